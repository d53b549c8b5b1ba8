"""`nn-playground lesson check FILE`: exit 0 for good lessons, 2 with every problem and its place; no Qt."""

import os
import subprocess
import sys

import pytest

from playground import resources
from playground.core.lessons.lesson import MAX_LESSON_BYTES


def run(*args):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "error"})


def test_every_shipped_lesson_checks_fine():
    paths = [str(p) for p in resources.shipped_lessons()]
    r = run("lesson", "check", *paths)
    assert r.returncode == 0, r.stderr
    assert r.stderr == "" and r.stdout.count(": ok: ") == len(paths)


BAD = {
    "empty": ("", "the file is empty"),
    "garbage": ("\x01garbage{", "not valid JSON"),
    "version": ('{"format": "nn-playground-lesson", "version": 7, "title": "t", "steps": []}', "version: made by a newer"),
    "keys": ('{"format": "nn-playground-lesson", "version": 1, "steps": []}', "title: missing"),
    "panel": ('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [{"text": "x", '
              '"state": {"preset": "xor"}, "visible": ["plot", "sofa"]}]}', "steps[0].visible[1]: unknown panel 'sofa'"),
    "answer": ('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [{"text": "x", '
               '"state": {"preset": "xor"}, "question": {"type": "number", "prompt": "?"}}]}',
               "steps[0].question.answer: missing (the question has no answer)"),
    # a 400-digit whole number: float() of it overflows (it raised OverflowError, a traceback)
    "huge answer": ('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [{"text": "x", '
                    '"state": {"preset": "xor"}, "question": {"type": "number", "prompt": "?", "answer": 1' + "0" * 400
                    + '}}]}', "steps[0].question.answer: the number is too large"),
    "huge tolerance": ('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [{"text": "x", '
                       '"state": {"preset": "xor"}, "question": {"type": "number", "prompt": "?", "answer": 1, '
                       '"tolerance": -1' + "0" * 400 + '}}]}', "steps[0].question.tolerance: the number is too large"),
}


@pytest.mark.parametrize("name", BAD)
def test_malformed_lessons_exit_2_naming_the_place(tmp_path, name):
    text, message = BAD[name]
    path = tmp_path / f"{name}.nnlesson"
    path.write_text(text, encoding="utf-8")
    r = run("lesson", "check", str(path))
    assert r.returncode == 2 and r.stdout == ""
    assert message in r.stderr and str(path) in r.stderr
    assert "Traceback" not in r.stderr


def test_a_huge_file_and_a_missing_one(tmp_path):
    huge = tmp_path / "huge.nnlesson"
    with open(huge, "wb") as f:
        f.truncate(MAX_LESSON_BYTES + 1)
    r = run("lesson", "check", str(huge), str(tmp_path / "nope.nnlesson"))
    assert r.returncode == 2 and "too large" in r.stderr and "cannot read" in r.stderr and "Traceback" not in r.stderr


def test_lesson_check_imports_no_qt(tmp_path):
    code = ("import sys; from playground.cli import main; rc = main(['lesson', 'check', sys.argv[1]]); "
            "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'Qt imported'; "
            "sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code, str(resources.shipped_lessons()[0])], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_usage_mistakes_are_one_line():
    r = run("lesson")
    assert r.returncode == 2 and r.stderr.count("\n") == 1

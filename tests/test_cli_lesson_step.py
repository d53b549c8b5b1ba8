"""``nn-playground LESSON --screenshot OUT.png --lesson-step N``: a lesson's step N on the picture (1 is the first).

A step that is not in the lesson, a lesson that is not a lesson and the option without --screenshot are refused
in one line before any window opens (no picture written); a good step is the one shown.
"""

import os
import subprocess
import sys

import pytest

from playground import cli, resources

LESSON = next(p for p in resources.shipped_lessons() if p.stem.startswith("02"))  # five steps


@pytest.mark.parametrize("step", ["0", "6", "60"])
def test_a_step_outside_the_lesson_is_refused_in_one_line_naming_the_step_count(capsys, tmp_path, step):
    png = tmp_path / "never-written.png"
    assert cli.main([str(LESSON), "--screenshot", str(png), "--lesson-step", step]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    assert f"--lesson-step {step}" in err and "has 5 steps" in err and LESSON.name in err, err
    assert not png.exists()


@pytest.mark.parametrize("args", [["--lesson-step", "2"],  # no screenshot: the window would open at step 1
                                  ["--preset", "xor", "--screenshot", "{png}", "--lesson-step", "2"],  # no lesson
                                  ["{lesson}", "--lesson-step", "2"]])
def test_the_option_needs_a_screenshot_and_a_lesson(capsys, tmp_path, args):
    png = tmp_path / "never-written.png"
    assert cli.main([a.format(png=png, lesson=LESSON) for a in args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--lesson-step" in err and ".nnlesson" in err, err
    assert not png.exists()


def test_a_lesson_that_cannot_be_read_is_named_in_one_line(capsys, tmp_path):
    bad = tmp_path / "broken.nnlesson"
    bad.write_text("{not json", encoding="utf-8")
    png = tmp_path / "never-written.png"
    assert cli.main([str(bad), "--screenshot", str(png), "--lesson-step", "1"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "broken.nnlesson" in err and "Traceback" not in err, err
    assert not png.exists()


def test_the_screenshot_shows_the_step_asked_for(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "NN_PLAYGROUND_DATA_DIR": str(tmp_path / "data")}
    png = tmp_path / "step3.png"
    r = subprocess.run([sys.executable, "-m", "playground", str(LESSON), "--screenshot", str(png), "--size", "1366x768",
                        "--presentation", "--lesson-step", "3"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "lesson: step 3 of 5" in r.stdout.splitlines() and png.stat().st_size > 0

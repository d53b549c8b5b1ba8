"""Every reader refuses an input that is not a regular file — a FIFO, a symbolic link to one, a folder,
a device — at once, with a message naming the file, and never blocks on it.

Opening a FIFO for reading waits until some process writes to it, so before the fix a FIFO given
as a document, a CSV table, a lesson or found as an autosave hung the command line and the window.
Each reader is checked directly and the command line as a subprocess (exit status 2, one line); the
window's File > Open and Open Lesson are in tests/ui/test_file_inputs.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from playground.core.files.autosave import read_autosave
from playground.core.data.dataset import DataError
from playground.core.files.documents import read_any, read_csv, read_document
from playground.core.lessons.lesson import read_lesson
from playground.core.lessons.lesson_translation import read_translation
from tests.special_files import WORDS, make, needs_fifos, unstuck

pytestmark = needs_fifos
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INPUTS = ("fifo", "link to fifo", "folder", "device")


def make_input(path: Path, kind: str) -> Path:
    """A FIFO, a link to one, a folder, or (readable by anyone) a link to the zero device, at ``path``."""
    if kind == "device":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero on this system")
        path.symlink_to("/dev/zero")  # reading it never ends: only a limit or a refusal stops a reader
        return path
    return make(path, kind)


READERS = {
    "document": (read_document, "doc.nnp"),
    "CSV table": (read_csv, "table.csv"),
    "file of any kind": (read_any, "table.csv"),
    "autosave": (read_autosave, "a1b2c3.autosave.json"),
    "lesson": (read_lesson, "one.nnlesson"),
    "lesson translation": (lambda path: read_translation(path, "de"), "one.de.json"),
}


@pytest.mark.parametrize("kind", INPUTS)
@pytest.mark.parametrize("reader", READERS)
def test_every_reader_refuses_what_is_not_a_regular_file(tmp_path, reader, kind):
    read, name = READERS[reader]
    path = make_input(tmp_path / name, kind)
    with unstuck(path), pytest.raises(DataError) as info:  # LessonError is a DataError too
        read(path)
    assert str(info.value) == f"cannot read {path}: it is {WORDS[kind]}, not a regular file"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "error", "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("args, name, kind", [
    (["train"], "table.csv", "fifo"),
    (["train"], "doc.nnp", "link to fifo"),
    (["study", "--seeds", "2"], "doc.json", "fifo"),
    (["export", "--script", "out.py"], "table.csv", "device"),
    (["lesson", "check"], "one.nnlesson", "fifo"),
    ([], "doc.nnp", "fifo"),  # the window, opened with a file
    ([], "one.nnlesson", "fifo"),  # the window, opened with a lesson
])
def test_the_command_line_refuses_a_fifo_in_one_line(tmp_path, args, name, kind):
    path = make_input(tmp_path / name, kind)
    args = [str(tmp_path / a) if a.endswith(".py") else a for a in args]
    with unstuck(path):
        r = run_cli(*args, str(path))
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert lines == [f"nn-playground: error: cannot read {path}: it is {WORDS[kind]}, not a regular file"], r.stderr
    assert not (tmp_path / "out.py").exists()

"""Writers never replace what is not a regular file at their target: a FIFO, a symbolic link to one,
a folder or a device is refused with a message naming it, and is still there afterwards.

The one writer (core.fileio.atomic_write_bytes, under documents.atomic_write_text) is checked
directly and through the command line's writing commands as a subprocess (``export --script`` /
``--notebook``, ``--screenshot``, ``--install-desktop-entry``); the window's Save As and Export
menu are in tests/ui/test_file_targets.py.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from playground.core.files import fileio
from playground.core.files.documents import DocumentError, atomic_write_text
from tests.special_files import KINDS, WORDS, kind_at, make, needs_fifos, unstuck

pytestmark = needs_fifos
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "error", "QT_QPA_PLATFORM": "offscreen",
                                         **(env or {})})


def assert_one_line_error(r, *words):
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), r.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


@pytest.mark.parametrize("kind", KINDS)
def test_the_atomic_writer_refuses_and_keeps_a_target_that_is_not_a_file(tmp_path, kind):
    target = make(tmp_path / "out.txt", kind)
    with pytest.raises(DocumentError) as info:
        atomic_write_text(target, "text")
    assert str(info.value) == f"cannot save {target}: it is {WORDS[kind]}, not a regular file"
    assert kind_at(target) == kind
    assert sorted(os.listdir(tmp_path)) == sorted(["out.txt"] + (["out.txt.real-fifo"] if kind == "link to fifo"
                                                                 else []))  # no temp file left behind
    with pytest.raises(fileio.NotARegularFile):
        fileio.atomic_write_bytes(target, b"bytes")
    assert kind_at(target) == kind


def test_a_link_to_a_file_is_written_through_and_kept(tmp_path):
    real = tmp_path / "real.py"
    real.write_text("old")
    (tmp_path / "link.py").symlink_to(real)
    r = run_cli("export", "--preset", "xor", "--script", str(tmp_path / "link.py"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "link.py").is_symlink() and "syn0" in real.read_text()


@pytest.mark.parametrize("option, kind", [("--script", "fifo"), ("--notebook", "link to fifo"),
                                          ("--script", "folder"), ("--notebook", "device")])
def test_export_on_the_command_line_refuses_a_target_that_is_not_a_file(tmp_path, option, kind):
    target = make(tmp_path / ("out.py" if option == "--script" else "out.ipynb"), kind)
    r = run_cli("export", "--preset", "xor", option, str(target))
    assert_one_line_error(r, f"cannot save {target}", f"it is {WORDS[kind]}, not a regular file")
    assert kind_at(target) == kind


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_screenshot_is_refused_before_the_window_opens(tmp_path, kind):
    target = make(tmp_path / "shot.png", kind)
    with unstuck(target):  # before the fix Qt's save blocked opening the FIFO for writing
        r = run_cli("--screenshot", str(target), "--preset", "xor")
    assert_one_line_error(r, f"cannot write the screenshot {target}", f"it is {WORDS[kind]}, not a regular file")
    assert kind_at(target) == kind


def test_the_desktop_entry_installer_refuses_a_fifo_in_its_place(tmp_path):
    from playground import DESKTOP_FILE_NAME

    share = tmp_path / "share"
    (share / "applications").mkdir(parents=True)
    target = make(share / "applications" / f"{DESKTOP_FILE_NAME}.desktop", "fifo")
    r = run_cli("--install-desktop-entry", env={"HOME": str(tmp_path), "XDG_DATA_HOME": str(share),
                                                "PATH": os.defpath})
    assert_one_line_error(r, str(target), "it is a FIFO (named pipe), not a regular file")
    assert kind_at(target) == "fifo"

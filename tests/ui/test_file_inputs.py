"""File > Open and Lessons > Open Lesson refuse a file that is not a regular file — a FIFO, a link to
one, a device — at once, with a dialog naming it, and leave the window as it was (before the fix a
FIFO hung the window: opening it for reading waits for a writer). The file chooser is replaced."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from playground.ui.main_window import MainWindow
from tests.special_files import WORDS, make, needs_fifos, unstuck

pytestmark = needs_fifos
KINDS = ("fifo", "link to fifo", "device")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.documents.interactive = True  # as with a user in front of it
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def make_input(path, kind):
    if kind == "device":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero on this system")
        path.symlink_to("/dev/zero")  # reading it never ends
        return path
    return make(path, kind)


def choose(monkeypatch, path):
    """The open dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", ["table.csv", "work.nnp"])
def test_file_open_refuses_what_is_not_a_regular_file(window, tmp_path, monkeypatch, name, kind):
    window.dataset_model.setData(window.dataset_model.index(0, 0), "1")
    before = (window.dataset().copy(), window.windowTitle())
    path = make_input(tmp_path / name, kind)
    choose(monkeypatch, path)
    with unstuck(path):
        window.documents.open_action.trigger()
    box = window.documents.error_box
    assert box is not None and box.isVisible() and box.windowTitle() == f"Cannot open {name}"
    assert box.informativeText() == f"cannot read {path}: it is {WORDS[kind]}, not a regular file"
    assert (window.dataset(), window.windowTitle()) == before and window.isWindowModified()


@pytest.mark.parametrize("kind", KINDS)
def test_open_lesson_refuses_what_is_not_a_regular_file(window, tmp_path, monkeypatch, kind):
    path = make_input(tmp_path / "class.nnlesson", kind)
    choose(monkeypatch, path)
    with unstuck(path):
        window.lessons.open_action.trigger()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Cannot open the lesson"]
    assert boxes[0].text() == "“class.nnlesson” could not be opened."
    assert boxes[0].detailedText() == f"cannot read {path}: it is {WORDS[kind]}, not a regular file"
    assert window.lessons.lesson is None

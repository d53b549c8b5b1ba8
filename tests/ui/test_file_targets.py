"""The window's Save As, Export CSV and Export menu never replace what is not a regular file: a FIFO,
a symbolic link to one, a folder or a device chosen in the save dialog is refused with a message
naming it, and is still there afterwards (the file chooser is replaced; the rest is the window's own).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.special_files import KINDS, WORDS, kind_at, kinds_here, make, needs_fifos, unstuck

pytestmark = needs_fifos


@pytest.fixture
def window(window):
    """The main window of tests/ui/conftest.py at 1280 x 800."""
    window.resize(1280, 800)
    return window


def choose(monkeypatch, path, chosen_filter=""):
    """The save dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), chosen_filter)))


@pytest.mark.parametrize("kind", KINDS)
def test_save_as_refuses_and_keeps_a_target_that_is_not_a_file(window, tmp_path, monkeypatch, kind):
    target = make(tmp_path / "work.nnp", kind)
    window.dataset_model.setData(window.dataset_model.index(0, 0), "1")
    choose(monkeypatch, target)
    with unstuck(target):
        window.documents.save_as_action.trigger()
    box = window.documents.error_box
    assert box is not None and box.isVisible() and box.text() == "“work.nnp” was not saved."
    assert f"cannot save {target}: it is {WORDS[kind]}, not a regular file" in box.informativeText()
    assert kind_at(target) == kind and window.documents.path is None and window.isWindowModified()


@pytest.mark.parametrize("kind", KINDS)
def test_export_csv_refuses_and_keeps_a_target_that_is_not_a_file(window, tmp_path, kind):
    target = make(tmp_path / "table.csv", kind)
    with unstuck(target):
        assert not window.documents.export_csv(str(target))
    box = window.documents.error_box
    assert box.isVisible() and box.text() == "The table was not exported."
    assert box.informativeText() == f"cannot save {target}: it is {WORDS[kind]}, not a regular file"
    assert kind_at(target) == kind


EXPORTS = [  # Export menu action, file name chosen, what the message calls it
    ("script", "experiment.py", "Could not export (Python script)"),
    ("notebook", "experiment.ipynb", "Could not export (Jupyter notebook)"),
    ("error_plot", "plot.png", "Could not save the picture"),
    ("network", "network.svg", "Could not save the picture"),
]


@pytest.mark.parametrize("action, name, says", EXPORTS, ids=[e[0] for e in EXPORTS])
def test_the_export_menu_refuses_and_keeps_a_target_that_is_not_a_file(window, tmp_path, monkeypatch, action, name,
                                                                     says):
    window.load_preset("xor")
    for kind in kinds_here():
        folder = tmp_path / kind.replace(" ", "-")
        folder.mkdir()
        target = make(folder / name, kind)
        choose(monkeypatch, target, "SVG drawing (*.svg)" if name.endswith(".svg") else "")
        window.message_bar.hide()
        with unstuck(target):  # before the fix a picture was written by opening the FIFO, which waits for a reader
            window.exports.actions[action].trigger()
        assert window.message_bar.isVisible(), kind
        text = window.message_bar.text()
        assert text.startswith(says) and f"{target}" in text and f"it is {WORDS[kind]}, not a regular file" in text
        assert kind_at(target) == kind

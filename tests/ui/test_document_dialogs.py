"""The documents controller's dialogs (document_dialogs.py), built and looked at without being run."""

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from playground import APP_NAME
from playground.core.data.settings import Settings
from playground.core.files.autosave import Autosave
from playground.core.files.documents import Document
from playground.core.data.presets import get_preset
from playground.ui.documents.document_dialogs import error_box, recover_box, save_changes_box, unreadable_box

B = QMessageBox.StandardButton


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def autosave(original="/home/ann/lessons/xor <b>1.nnp", saved_at=1_800_000_000.0, notes=()):
    return Autosave("/tmp/x.autosave", Document(get_preset("xor").dataset(), Settings()), original, saved_at,
                    list(notes))


def named(box, name):
    return next(b for b in box.buttons() if b.objectName() == name)


def test_save_changes_names_the_document_and_what_happens_next_and_saves_by_default(parent):
    box = save_changes_box(parent, "xor <draft>.nnp", "opening another file")
    assert box.text() == "Save the changes to “xor <draft>.nnp” before opening another file?"
    assert box.standardButtons() == B.Save | B.Discard | B.Cancel
    assert box.defaultButton() is box.button(B.Save)
    assert "lost" in box.informativeText()
    assert box.windowTitle() == APP_NAME


def test_recovery_names_the_file_the_time_what_was_left_out_and_recovers_by_default(parent):
    box = recover_box(parent, autosave(notes=["a setting 'lr' of 'fast'"]), "1 more will be offered next time.")
    assert box.objectName() == "recoverBox"
    assert "“xor <b>1.nnp”" in box.text()  # the name as written: plain text, no markup
    info = box.informativeText()
    assert info.startswith("Autosaved at ") and "1 more will be offered next time." in info
    assert "Left out of the autosave file: a setting 'lr' of 'fast'." in info
    assert {b.objectName() for b in box.buttons()} == {"recoverButton", "discardButton", "laterButton"}
    assert box.defaultButton() is named(box, "recoverButton")
    assert box.buttonRole(named(box, "laterButton")) == QMessageBox.ButtonRole.RejectRole  # Escape: later


def test_a_never_saved_document_at_an_unknown_time_says_so(parent):
    box = recover_box(parent, autosave(original=None, saved_at=None), "")
    assert "“Untitled”" in box.text()
    assert box.informativeText() == "Autosaved at an unknown time."


def test_an_unreadable_autosave_gives_the_reason_and_keeps_it_by_default(parent):
    box = unreadable_box(parent, "/data/autosave/a.autosave", "a.autosave: not JSON")
    assert box.objectName() == "unreadableAutosaveBox"
    assert box.informativeText().startswith("a.autosave: not JSON\n\n")
    assert "/data/autosave/a.autosave" in box.informativeText()
    assert box.defaultButton() is named(box, "laterButton")
    assert box.defaultButton().text() == "Keep for later"


def test_an_error_opens_without_blocking_and_shows_its_details(parent, qtbot):
    box = error_box(parent, "Open", "“a.csv” could not be read.", "row 3: 'x' is not a number")
    assert box.isVisible()  # opened, and returned at once: the window stays usable
    assert box.objectName() == "documentErrorBox"
    assert box.text() == "“a.csv” could not be read." and box.informativeText() == "row 3: 'x' is not a number"
    assert "Open" in box.windowTitle()
    box.close()

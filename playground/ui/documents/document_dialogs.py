"""The documents controller's dialogs: Save changes?, Recover?, an unreadable autosave, an error.

Each function builds the box (``ask_*`` in :mod:`playground.ui.documents.documents_controller` shows it and reads
the answer; tests look at the box itself). Their texts keep the controller's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from playground import APP_NAME
from playground.ui.language import shown
from playground.ui.kit.plain import window_title

if TYPE_CHECKING:
    from playground.core.files.autosave import Autosave

translate = QCoreApplication.translate
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"  # the answers of the questions (``ask_*``)
RECOVER, LATER = "recover", "later"


def save_changes_box(parent: QWidget, title: str, doing: str) -> QMessageBox:
    """Save, Discard or Cancel the changes to ``title`` before ``doing`` ("closing", ...)."""
    doing_text = {"closing": translate("DocumentsController", "closing"),
                  "starting a new document": translate("DocumentsController", "starting a new document"),
                  "opening another file": translate("DocumentsController", "opening another file"),
                  "recovering the autosaved document": translate("DocumentsController",
                                                                 "recovering the autosaved document"),
                  "opening a lesson": translate("DocumentsController", "opening a lesson")}
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      translate("DocumentsController", "Save the changes to “{title}” before {doing}?").format(
                          title=title, doing=doing_text.get(doing, doing)),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the document's name as written
    box.setInformativeText(translate("DocumentsController", "If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box


def recover_box(parent: QWidget, item: Autosave, more: str) -> QMessageBox:
    """Recover, Discard or Later, saying what was wrong with the file; ``more``: how many more are offered
    next time ("" for none)."""
    if item.saved_at is None:  # read_autosave keeps only times that can be shown
        when = translate("DocumentsController", "an unknown time")
    else:
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(item.saved_at)), QLocale.FormatType.ShortFormat)
    question = translate("DocumentsController", "{app} was closed without saving “{title}”. Recover the changes?")
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question.format(app=APP_NAME, title=shown(item.title())),
                      parent=parent)
    box.setObjectName("recoverBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    text = translate("DocumentsController", "Autosaved at {when}.").format(when=when)
    if more:
        text += " " + more
    for note in item.notes:
        note_text = translate("DocumentsController", "Left out of the autosave file: {note}.")
        text += "\n" + note_text.format(note=shown(note))
    box.setInformativeText(text)
    recover = box.addButton(translate("DocumentsController", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    recover.setObjectName("recoverButton")
    box.addButton(translate("DocumentsController", "Discard"),
                  QMessageBox.ButtonRole.DestructiveRole).setObjectName("discardButton")
    box.addButton(translate("DocumentsController", "Later"), QMessageBox.ButtonRole.RejectRole).setObjectName(
        "laterButton")
    box.setDefaultButton(recover)
    return box


def unreadable_box(parent: QWidget, path: str, reason: str) -> QMessageBox:
    """Discard an autosave that cannot be read, or keep it for later, with the reason."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      translate("DocumentsController",
                                "An autosaved document from a session that ended unexpectedly cannot be read."),
                      parent=parent)
    box.setObjectName("unreadableAutosaveBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(reason + "\n\n" + translate(
        "DocumentsController",
        "Discard it, or keep it for later (it is offered again at the next start): {path}").format(path=path))
    box.addButton(translate("DocumentsController", "Discard"),
                  QMessageBox.ButtonRole.DestructiveRole).setObjectName("discardButton")
    later = box.addButton(translate("DocumentsController", "Keep for later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("laterButton")
    box.setDefaultButton(later)
    return box


def error_box(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """A warning that does not block (the window stays usable), opened."""
    box = QMessageBox(QMessageBox.Icon.Warning, window_title(title), text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and problems, as written
    box.setInformativeText(details)
    box.setStyleSheet("QLabel { min-width: 28em; }")  # long file names wrap less
    box.setObjectName("documentErrorBox")
    box.open()
    return box

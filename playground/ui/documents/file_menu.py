"""The File menu's actions: New, Open, Open Recent, Save, Save As, Export CSV and Quit.

Made for the documents controller (:mod:`playground.ui.documents.documents_controller`), whose methods they
trigger; their texts keep its translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate


def file_actions(window, documents) -> tuple:
    """(new, open, save, save as, export, quit, the Open Recent menu), triggering ``documents``' methods."""
    SK = QKeySequence.StandardKey

    def action(text, slot, shortcut=None, name=""):
        act = QAction(text, window, objectName=name)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        return act

    return (action(translate("DocumentsController", "&New"), documents.new_document, SK.New, "newAction"),
            action(translate("DocumentsController", "&Open…"), lambda: documents.open_file(), SK.Open, "openAction"),
            action(translate("DocumentsController", "&Save"), documents.save, SK.Save, "saveAction"),
            action(translate("DocumentsController", "Save &As…"), lambda: documents.save_as(),
                   QKeySequence("Ctrl+Shift+S"), "saveAsAction"),
            action(translate("DocumentsController", "&Export CSV…"), lambda: documents.export_csv(), None,
                   "exportCsvAction"),
            action(translate("DocumentsController", "&Quit"), window.close, SK.Quit, "quitAction"),
            QMenu(translate("DocumentsController", "Open &Recent"), window, objectName="recentMenu"))


def fill_file_menu(menu: QMenu, documents) -> None:
    """The File menu: New, Open, Open Recent; Save, Save As, Export CSV; Quit."""
    for act in (documents.new_action, documents.open_action):
        menu.addAction(act)
    menu.addMenu(documents.recent_menu)
    menu.addSeparator()
    for act in (documents.save_action, documents.save_as_action, documents.export_action):
        menu.addAction(act)
    menu.addSeparator()
    menu.addAction(documents.quit_action)

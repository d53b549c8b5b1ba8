"""The File menu (playground.ui.documents.file_menu): its actions, shortcuts and order, each calling the documents
controller."""

from types import SimpleNamespace

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from playground.ui.documents.file_menu import file_actions, fill_file_menu


def test_each_action_calls_the_controller_and_the_menu_keeps_its_order(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    documents = SimpleNamespace(new_document=lambda: calls.append("new"), open_file=lambda: calls.append("open"),
                                save=lambda: calls.append("save"), save_as=lambda: calls.append("save as"),
                                export_csv=lambda: calls.append("export"))
    new, open_, save, save_as, export, quit_, recent = file_actions(window, documents)
    for act in (new, open_, save, save_as, export):
        act.trigger()
    assert calls == ["new", "open", "save", "save as", "export"]
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert save_as.shortcut() == QKeySequence("Ctrl+Shift+S")
    parts = SimpleNamespace(new_action=new, open_action=open_, recent_menu=recent, save_action=save,
                            save_as_action=save_as, export_action=export, quit_action=quit_)
    menu = QMenu()
    qtbot.addWidget(menu)
    fill_file_menu(menu, parts)
    texts = [a.text() if not a.isSeparator() else "-" for a in menu.actions()]
    assert texts == ["&New", "&Open…", "Open &Recent", "-", "&Save", "Save &As…", "&Export CSV…", "-", "&Quit"]
    window.show()
    assert window.isVisible()
    quit_.trigger()  # Quit closes the window (which then asks the controller about unsaved work)
    assert not window.isVisible()

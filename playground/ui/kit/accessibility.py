"""Keyboard and screen-reader support that spans the whole window.

Each panel names its own controls (``setAccessibleName`` where it builds them).
What is left is what no single panel owns:

* toolbar buttons take the focus with Tab (Qt's default is "never"), and show it;
* View > Language and Help > Keyboard shortcuts;
* status changes of a run (started, finished, stopped, diverged, failed) announced
  to screen readers through accessibility events, not only shown in colour or in
  a status line a reader does not watch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from playground.ui.language import LanguageMenu

# A focused toolbar button keeps a visible outline, also over the Train button's own colours
# and in presentation mode (the width is in pixels of the scaled font's screen).
FOCUS_STYLE = "QToolButton:focus { outline: none; border: 2px solid palette(highlight); border-radius: 4px; }"


def make_toolbars_keyboard_reachable(window: QMainWindow) -> None:
    """Every toolbar button takes the focus with Tab and shows it."""
    for bar in window.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button":
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar.setStyleSheet(bar.styleSheet() + FOCUS_STYLE)


class Announcer(QObject):
    """Says what happened to a run through the accessibility layer (a screen reader speaks it)."""

    announced = Signal(str)  # the text, for tests and for anything else that wants it

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def announce(self, text: str, assertive: bool = False) -> None:
        event = QAccessibleAnnouncementEvent(self.window, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    @Slot()
    def started(self) -> None:
        self.announce(self.tr("Training started"))

    @Slot(str)
    def finished(self, status: str) -> None:
        texts = {"done": self.tr("Training finished"), "target reached": self.tr("Training reached the target error"),
                 "stopped": self.tr("Training stopped"),
                 "diverged": self.tr("Training stopped: the values became non-finite"),
                 "failed": self.tr("Training failed")}
        self.announce(texts.get(status, texts["done"]), assertive=status in ("diverged", "failed"))


class Accessibility(QObject):
    """Installs the window-wide keyboard and screen-reader support (see the module's docstring)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        make_toolbars_keyboard_reachable(window)
        view_menu = window.findChild(QMenu, "viewMenu")
        self.language_menu = LanguageMenu(window, view_menu) if view_menu is not None else None
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window, objectName="shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+F1"))
        self.shortcuts_action.setToolTip(self.tr("Every keyboard shortcut of the window (Ctrl+F1)"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.shortcuts_action)
        help_menu = window.findChild(QMenu, "helpMenu")
        if help_menu is not None:
            help_menu.addAction(self.shortcuts_action)
        self.announcer = Announcer(window)
        window.trainingFinished.connect(self.announcer.finished)
        window.run.started.connect(self.announcer.started)

    @Slot()
    def show_shortcuts(self) -> None:
        self.window.classroom.show_help().show_page("shortcuts")

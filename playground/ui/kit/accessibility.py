"""Keyboard and screen-reader support that spans the whole window.

Each panel names its own controls (``setAccessibleName`` where it builds them).
What is left is what no single panel owns:

* toolbar buttons take the focus with Tab (Qt's default is "never"), and show it;
* View > Language and Help > Keyboard shortcuts;
* status changes of a run (started, finished, stopped, diverged, failed) announced
  to screen readers through accessibility events, not only shown in colour or in
  a status line a reader does not watch; a long run's quarters and its end are announced
  with its numbers (the error, from where, rows right: :mod:`playground.ui.kit.plot_description`);
* what a screen reader says for the window's parts no panel names: the status and progress bars,
  toolbar buttons whose text begins with a symbol ("▶  Train" is named "Train"), the drawing
  surfaces of the plots (the view takes the focus and carries the name, not its viewport).
"""

from __future__ import annotations

import unicodedata

import shiboken6

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QComboBox, QGraphicsView, QMainWindow, QMenu,
                               QProgressBar, QToolBar, QToolButton, QWidget)

from playground.core.explain.plot_facts import MILESTONES, milestone
from playground.ui.kit.plot_description import finished_text, milestone_text, run_facts
from playground.ui.language import LanguageMenu

# A focused toolbar button keeps a visible outline, also over the Train button's own colours
# and in presentation mode (the width is in pixels of the scaled font's screen).
FOCUS_STYLE = "QToolButton:focus { outline: none; border: 2px solid palette(highlight); border-radius: 4px; }"


ARITHMETIC = set("+-−=<>×÷±≤≥")  # symbols that carry meaning in a control's name ("+ Row")
# A run shorter than this is not announced by quarters (a Step, a Step N of a few iterations): its end is enough.
MILESTONE_LEAST = 100


def spoken_text(text: str) -> str:
    """A control's text as a screen reader should say it: without its mnemonic's "&" and without the
    pictograms it begins or ends with ("▶  Play" is "Play", "Next ▶" is "Next")."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("\t", " ")
    words = text.split()
    while words and all(map(is_pictogram, words[0])):
        words.pop(0)
    while words and all(map(is_pictogram, words[-1])):
        words.pop()
    return " ".join(words)


def is_pictogram(char: str) -> bool:
    """A symbol drawn for the eye (▶ ■ ⟲ ⚄ ✓), not a sign a reader should say ("+ Row", "− Column")."""
    return unicodedata.category(char).startswith("S") and char not in ARITHMETIC


def name_as_spoken(button: QAbstractButton, text: str | None = None) -> None:
    """Name ``button`` for a screen reader by its (or ``text``'s) words, without pictograms."""
    button.setAccessibleName(spoken_text(button.text() if text is None else text))


def follow_action_names(button: QToolButton) -> None:
    """A tool button of an action is named by the action's words, and follows its text (Play / Pause)."""
    action = button.defaultAction()
    if action is None or button.property("followsActionName"):  # once: the bar's maker and the window both ask
        return
    button.setProperty("followsActionName", True)
    name_as_spoken(button, action.iconText())

    def renamed() -> None:
        if shiboken6.isValid(button):  # the action may outlive its toolbar's button
            name_as_spoken(button, action.iconText())

    action.changed.connect(renamed)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (an AT-SPI announcement from ``widget``), polite unless assertive."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def quiet_surface(view: QAbstractScrollArea) -> None:
    """The drawing surface (viewport) of a plot or diagram takes no focus: the view does, and carries the
    name; a focusable unnamed surface was a second, silent stop for a screen reader."""
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)


def label_combos(pairs) -> None:
    """Each (label, combo box) pair: the label is the box's buddy, so AT-SPI readers (which name a combo box
    from its label relation) say what the box chooses; the label is named as the box is."""
    for label, combo in pairs:
        label.setBuddy(combo)
        if isinstance(combo, QComboBox) and combo.accessibleName():
            label.setAccessibleName(combo.accessibleName())


def make_toolbars_keyboard_reachable(window: QMainWindow) -> None:
    """Every toolbar button takes the focus with Tab and shows it, and is named by its words alone."""
    for bar in window.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button":
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                follow_action_names(button)
        bar.setStyleSheet(bar.styleSheet() + FOCUS_STYLE)


def name_window_parts(window: QMainWindow) -> None:
    """The parts of the window no panel names: the status bar, its progress bar, the plots' surfaces."""
    window.statusBar().setAccessibleName(QCoreApplication.translate("Accessibility", "Status"))
    for bar in window.statusBar().findChildren(QProgressBar):
        bar.setAccessibleName(QCoreApplication.translate("Accessibility", "Training progress"))
    for view in window.findChildren(QGraphicsView):  # the error plot, the diagram (the decision map does its own)
        quiet_surface(view)


class Announcer(QObject):
    """Says what happened to a run through the accessibility layer (a screen reader speaks it)."""

    announced = Signal(str)  # the text, for tests and for anything else that wants it

    def __init__(self, window: QWidget, run=None) -> None:
        super().__init__(window)
        self.window = window
        self.run = run  # the Run whose numbers are announced (None: the status alone)
        self._heard = 0  # the iteration of the run last looked at for a milestone
        self._mask = None  # a lesson's AnswerMask: while it hides the error or the outputs, no numbers are said

    def follow_mask(self, mask) -> None:
        """Say no numbers (the error, the rows right) while ``mask`` hides the error or the outputs."""
        self._mask = mask

    def _numbers_hidden(self) -> bool:
        return self._mask is not None and (self._mask.hides("error") or self._mask.hides("outputs"))

    def announce(self, text: str, assertive: bool = False) -> None:
        announce(self.window, text, assertive)
        self.announced.emit(text)

    @Slot()
    def started(self) -> None:
        self._heard = getattr(self.run, "iteration", 0)
        self.announce(self.tr("Training started"))

    @Slot(object)
    def progressed(self, _snapshot=None) -> None:
        """At each quarter of a long run: how far, and its numbers (a reader does not watch the plot)."""
        run = self.run
        start, end, now = run.base_iteration, run.until, run.iteration
        before, self._heard = self._heard, now
        if not isinstance(end, int) or end - start < MILESTONE_LEAST:
            return
        part = milestone(before, now, start, end)
        facts = run_facts(run) if part is not None and not self._numbers_hidden() else None
        if facts is not None:
            self.announce(milestone_text(part, MILESTONES, facts))

    @Slot(str)
    def finished(self, status: str) -> None:
        facts = run_facts(self.run) if self.run is not None and not self._numbers_hidden() else None
        self.announce(finished_text(status, facts), assertive=status in ("diverged", "failed"))


class Accessibility(QObject):
    """Installs the window-wide keyboard and screen-reader support (see the module's docstring)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        make_toolbars_keyboard_reachable(window)
        name_window_parts(window)
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
        self.announcer = Announcer(window, window.run)
        window.trainingFinished.connect(window.error_plot.describe)  # its end, as announced
        window.trainingFinished.connect(self.announcer.finished)
        window.run.started.connect(self.announcer.started)
        window.run.changed.connect(self.announcer.progressed)

    @Slot()
    def show_shortcuts(self) -> None:
        self.window.classroom.show_help().show_page("shortcuts")

"""The window on a projector's screen, in presentation mode with a lesson open, in English, German and Spanish.

Two ways a teacher gets there that tests/ui/test_lesson_layout.py does not take:

* presentation mode (F9) first, then a lesson opened and walked step by step at 1280x720: the window stays within
  the screen, every control of the lesson panel is inside it, and no toolbar hides an action behind its "»"
  button (steps that bring Train, Reset and New seed back made the toolbars wider than the window);
* the window laid out at 1366x768 on a wide step, then the screen becomes 1280x720 (a projector connected, the
  window moved to another screen): the window comes within the new screen, whatever its tables asked for before.

The screen is forced: ``QScreen.availableGeometry`` answers the size under test, and the screen tells that it
changed (``availableGeometryChanged``) as a real one does. One window per language.
"""

import os

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QToolBar, QToolButton

from playground import resources
from playground.ui.main_window import MainWindow
from tests.ui.test_layout import settle
from tests.ui.test_lesson_layout import LargestSize, panel_problems

LESSONS = resources.shipped_lessons()
SCREENSHOTS = os.environ.get("NN_PLAYGROUND_SCREENSHOTS")  # a folder: save the fitted states to look at


class ForcedScreen:
    """The window's screen, answering the available geometry a test gives it."""

    def __init__(self, monkeypatch, window) -> None:
        self.window = window
        self.rect = QRect(0, 0, 1366, 768)
        monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(self.rect))

    def become(self, width: int, height: int) -> None:
        """The screen's available area is now ``width`` x ``height``, as after a projector was connected."""
        self.rect = QRect(0, 0, width, height)
        self.window.screen().availableGeometryChanged.emit(QRect(self.rect))
        settle()


def toolbar_problems(window) -> list[str]:
    """Toolbar actions not shown in full: behind the "»" button, hidden, or outside their toolbar."""
    problems = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None and ext.isVisible():
            problems.append(f"toolbar {bar.objectName()} overflows ({bar.width()} px, asks "
                            f"{bar.sizeHint().width()} px)")
        for action in bar.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            widget = bar.widgetForAction(action)
            name = action.text() or action.objectName() or type(widget).__name__
            if widget is None or not widget.isVisible():
                problems.append(f"toolbar {bar.objectName()}: {name!r} is not shown")
            elif not bar.rect().contains(widget.geometry()):
                problems.append(f"toolbar {bar.objectName()}: {name!r} at {widget.geometry()} is outside "
                                f"{bar.rect()}")
    return problems


def fit_problems(window, screen: ForcedScreen, largest: LargestSize, where: str) -> list[str]:
    rect, problems = screen.rect, []
    if largest.width > rect.width() or largest.height > rect.height():
        problems.append(f"{where}: the window was laid out {largest.width}x{largest.height}")
    if window.width() > rect.width() or window.height() > rect.height():
        problems.append(f"{where}: the window is {window.width()}x{window.height()}")
    problems += [f"{where}: {p}" for p in panel_problems(window, window.lessons.panel)]
    problems += [f"{where}: {p}" for p in toolbar_problems(window)]
    largest.reset()
    return problems


def screenshot(window, name: str) -> None:
    if SCREENSHOTS:
        window.grab().save(os.path.join(SCREENSHOTS, f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_projector_screen_with_a_lesson(qtbot, qapp, monkeypatch, language):
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    window = MainWindow()
    try:
        qtbot.addWidget(window)
        window.documents.interactive = False  # a lesson's state replaces the table without asking
        window.show()
        screen = ForcedScreen(monkeypatch, window)
        screen.become(1280, 720)
        window.resize(1280, 720)
        window.classroom.presentation_action.trigger()  # F9 before any lesson
        settle()
        assert window.classroom.scale == 1.5
        largest = LargestSize(window)
        player, problems = window.lessons, []

        # Presentation mode first, then every lesson, every step, at 1280x720.
        for path in LESSONS:
            assert player.open_file(str(path), ask=False)
            player.go(0)
            for index in range(len(player.lesson.steps)):
                if index:
                    player.next()
                settle()
                problems += fit_problems(window, screen, largest, f"{language} 1280x720 {path.stem} step {index + 1}")
                if (path.stem, index) == ("06-adder", 1):
                    screenshot(window, f"{language}-1280x720-presentation-first-{path.stem}-step{index + 1}")
            player.close()
            settle()
        # Steps with the inspector (lesson 2) put the plot's toggles away while its plot was hidden: back now.
        plot = window.error_plot
        assert plot.log_check.isVisible() and plot.all_check.isVisible() and plot.clear_button.isVisible()

        # Laid out at 1366x768 on each step, then the screen shrinks to 1280x720.
        for path in LESSONS:
            assert player.open_file(str(path), ask=False)
            player.go(0)
            for index in range(len(player.lesson.steps)):
                screen.become(1366, 768)
                window.resize(1366, 768)
                if index:
                    player.next()
                settle()
                wide = window.width()
                largest.reset()
                screen.become(1280, 720)
                where = f"{language} {path.stem} step {index + 1} laid out {wide} px wide, then 1280x720"
                problems += fit_problems(window, screen, largest, where)
                if (path.stem, index) == ("01-one-layer", 2):
                    screenshot(window, f"{language}-1366-then-1280x720-{path.stem}-step{index + 1}")
            player.close()
            settle()
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        install_translators(qapp, "en")

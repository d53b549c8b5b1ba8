"""Window-wide keyboard and screen-reader support (playground.ui.kit.accessibility): a run's end is announced, more
urgently when it went wrong, and toolbar buttons are reached with Tab."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

from playground.ui.kit.accessibility import FOCUS_STYLE, Announcer, make_toolbars_keyboard_reachable


def test_each_end_of_a_run_is_announced_in_words(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    announcer = Announcer(host)
    said = []
    announcer.announced.connect(said.append)
    announcer.started()
    for status in ("done", "target reached", "stopped", "diverged", "failed", "something new"):
        announcer.finished(status)
    assert said == ["Training started", "Training finished", "Training reached the target error", "Training stopped",
                    "Training stopped: the values became non-finite", "Training failed", "Training finished"]


def test_toolbar_buttons_take_the_focus_with_tab_and_show_it(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.addToolBar("Training")
    bar.addAction(QAction("Train", window))
    bar.addAction(QAction("Stop", window))
    make_toolbars_keyboard_reachable(window)
    buttons = [b for b in bar.findChildren(QToolButton) if b.objectName() != "qt_toolbar_ext_button"]
    assert len(buttons) == 2
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in buttons)
    assert FOCUS_STYLE in bar.styleSheet()

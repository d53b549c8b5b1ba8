"""Screen readers and keyboards: every control has a name, every main task works by keys alone."""

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QToolButton, QAbstractButton, QAbstractScrollArea, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QHeaderView, QLineEdit, QPlainTextEdit, QScrollBar, QTabBar, QTextEdit,
                               QWidget)

from playground.ui.help import HelpDialog
from playground.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider, QAbstractItemView, QTabBar,
               QPlainTextEdit, QTextEdit)


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt's accessibility layer, as AT-SPI or UIA ask it).

    A combo box is the exception: on Unix Qt reports its current text as its name by design
    (AT-SPI readers take the name from the label relation instead), so the name given to
    it, which Windows and macOS report, is what is checked.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def current_value(widget: QWidget) -> str | None:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QAbstractSpinBox, QLineEdit)):
        return widget.text()
    if isinstance(widget, QAbstractSlider):
        return str(widget.value())
    return None


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The visible widgets a user can operate or focus, without Qt's own parts of them.

    Left out: the line edit inside a spin box, scroll bars, table headers and corner
    buttons (Qt names those from the widget they belong to), and hidden widgets.
    """
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.objectName().startswith("qt_") or isinstance(w, (QScrollBar, QHeaderView)):
            continue
        if isinstance(w.parent(), QAbstractScrollArea) and w is w.parent().viewport():
            continue  # the drawing surface of a view; the view itself carries the name
        if isinstance(w, INTERACTIVE) or w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(w)
    return found


def unnamed(root: QWidget) -> list[str]:
    bad = []
    for w in interactive_widgets(root):
        name = accessible_name(w).strip()
        value = current_value(w)
        if not name or (value and name == value.strip()):
            bad.append(f"{type(w).__name__} {w.objectName()!r}: name {name!r}, value {value!r}")
    return bad


def test_every_control_of_the_window_and_its_docks_has_a_name_that_is_not_its_value(qtbot, window):
    window.classroom.inspector_action.trigger()  # the dock and the panel built in it
    qtbot.waitUntil(lambda: window.classroom.inspector_dock.isVisible())
    walked = set()
    for tab in range(window.tabs.count()):  # each result tab (the decision map is built when shown)
        window.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        assert unnamed(window) == []
        walked |= {id(w) for w in interactive_widgets(window)}
    assert len(walked) >= 38  # the walk reached the panels (guards against a walk that finds nothing)


@pytest.mark.parametrize("open_dialog", [
    lambda w: w.classroom.show_help(),
    lambda w: w.table.open_generator(),
    lambda w: w.table.open_fill_target(),
    lambda w: w.open_study(),
], ids=["help", "generator", "fill-target", "study"])
def test_every_control_of_the_dialogs_has_a_name(qtbot, window, open_dialog):
    dialog = open_dialog(window)
    qtbot.waitUntil(dialog.isVisible)
    assert len(interactive_widgets(dialog)) >= 2
    assert unnamed(dialog) == []
    dialog.close()


def test_the_activation_box_is_named_for_what_it_sets_not_for_its_choice(window):
    combo = window.findChild(QComboBox, "activationCombo")
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        assert accessible_name(combo) == "Hidden activation"


# -- keyboard only ------------------------------------------------------------------------------

TIMEOUT = 60_000


class NoMouse(QObject):
    """Fails the test if any mouse button event reaches the application while it is installed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick):
            self.seen.append(type(obj).__name__)
        return False


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot, window, widget: QWidget, limit: int = 80) -> int:
    """Press Tab until ``widget`` has the focus; the number of presses (fails if Tab never gets there)."""
    for presses in range(1, limit + 1):
        qtbot.keyClick(focused() or window, Qt.Key.Key_Tab)
        if focused() is widget:
            return presses
    raise AssertionError(f"Tab never reached {widget.objectName()}; stuck at {focused()}")


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused() or window, k, modifier)


def test_the_main_tasks_by_keys_alone(qtbot, window, tmp_path, monkeypatch):
    no_mouse = NoMouse()
    QApplication.instance().installEventFilter(no_mouse)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    monkeypatch.setattr(window.documents, "ask_save_path", lambda *a: str(tmp_path / "keys.nnp"))
    try:
        # edit a cell: Tab into the table, type over the first cell, Enter keeps it
        tab_to(qtbot, window, window.table)
        assert window.dataset().values[0, 0] == 0
        key(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first cell
        key(qtbot, window, Qt.Key.Key_1)
        key(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.dataset().values[0, 0] == 1)
        # add a row: Tab out of the table to "+ Row" and press Space
        rows = window.dataset().n_rows
        tab_to(qtbot, window, window.add_row_button)
        key(qtbot, window, Qt.Key.Key_Space)
        assert window.dataset().n_rows == rows + 1
        # change the hidden units: Alt+U (the label's mnemonic), then the Up key
        key(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        assert focused() is window.controls.hidden_spin
        key(qtbot, window, Qt.Key.Key_Up)
        assert window.settings().hidden == (5,)
        # Train (F5) runs to the end
        with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as done:
            key(qtbot, window, Qt.Key.Key_F5)
        assert done.args == ["done"]
        # Train a long run and Stop it (Esc)
        window.controls.iterations_spin.setValue(10**9)
        with qtbot.waitSignal(window.run.started, timeout=TIMEOUT):
            key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as stopped:
            key(qtbot, window, Qt.Key.Key_Escape)
        assert stopped.args == ["stopped"]
        # Step (F6): one more iteration
        before = window.run.iteration
        with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
            key(qtbot, window, Qt.Key.Key_F6)
        assert window.run.iteration == before + 1
        # open the inspector (Ctrl+I)
        key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.classroom.inspector_dock.isVisible)
        # save (Ctrl+S): a new document asks for a name (answered above), then writes it
        key(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert (tmp_path / "keys.nnp").is_file()
    finally:
        QApplication.instance().removeEventFilter(no_mouse)
    assert no_mouse.seen == []


def test_tab_leaves_every_table(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for table in window.findChildren(QAbstractItemView):
        if not table.isVisible() or isinstance(table, QHeaderView):
            continue
        table.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus(), table.objectName()
        table.setFocus(Qt.FocusReason.BacktabFocusReason)
        qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert not table.hasFocus(), table.objectName()


def test_every_toolbar_button_takes_the_focus_with_tab(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for name in ("trainButton", "playButton", "stepButton"):
        button = window.findChild(QToolButton, name)
        if not button.isEnabled():
            continue
        tab_to(qtbot, window, button, limit=120)


def test_every_action_with_a_shortcut_is_on_the_shortcuts_page(qtbot, window):
    window.accessibility.shortcuts_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog.pages.currentWidget() is dialog.shortcuts
    text = dialog.shortcuts.toPlainText()
    for name in ("trainAction", "resetAction", "newSeedAction", "inspectorAction", "helpAction", "saveAction"):
        act = window.findChild(QAction, name)
        assert act.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text, name
    assert "Keyboard shortcuts" in text


def test_status_changes_are_announced(qtbot, window):
    heard: list[str] = []
    window.accessibility.announcer.announced.connect(heard.append)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    assert heard[0] == "Training started" and heard[-1].startswith("Training finished. Error 0.00")


def test_the_pictures_have_text_alternatives(qtbot, window):
    """The plot, the diagram and the decision map describe what they show, for a screen reader."""
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train()
    plot = window.error_plot.plot_widget.accessibleDescription()
    assert re.fullmatch(r"Error 0\.00\d+ at iteration \d\d,\d\d\d, falling from 0\.\d+; 4 of 4 rows right\.", plot), plot
    diagram = window.network_view.accessibleDescription()
    assert diagram.startswith("Layers 3 – 4 – 1. Strongest weights: w[") and "Outputs for the selected row: y = 0.00" in diagram
    view = window.decision_map
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.graphics.accessibleDescription() != "", timeout=TIMEOUT)
    assert view.graphics.accessibleDescription().startswith("The output y over x1 (across) and x2 (up)")

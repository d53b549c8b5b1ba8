"""The wheel scrolls the settings panel; a field under the pointer changes only when it has the focus."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea

from playground.ui.kit.wheel_guard import WheelGuard
from playground.ui.main_window import MainWindow


def wheel(widget, steps: int = -1) -> None:
    """Turn the wheel ``steps`` notches over the middle of ``widget`` (negative: towards the user, scroll down)."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_panel_and_changes_nothing(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 560)  # short: the settings panel scrolls
    w.show()
    qtbot.waitExposed(w)
    assert isinstance(w.controls.wheel_guard, WheelGuard)
    scroll = w.findChild(QScrollArea, "settingsScroll")
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    before = w.settings()
    fields = [f for f in w.controls.fields.values() if isinstance(f, (QAbstractSpinBox, QComboBox)) and f.isVisible()]
    assert len(fields) >= 4
    for field in fields:
        assert not field.hasFocus()
        wheel(field)
    assert w.settings() == before  # no setting moved
    assert bar.value() > 0  # the panel scrolled instead
    assert w.editor.stack.count() == 0  # and nothing was done that Undo would have to take back


def test_a_focused_field_takes_the_wheel(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    spin = w.controls.fields["seed"]
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    wheel(spin, +1)
    assert spin.value() == before + 1
    assert w.settings().seed == before + 1

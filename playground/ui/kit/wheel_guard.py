"""The mouse wheel scrolls a panel, not the field that happens to be under the pointer.

A student scrolling the settings panel with the wheel changed the spin box or the combo box that
passed under the pointer (the learning rate, the activation) without noticing. With
:func:`guard_wheel` such a field takes the wheel only while it has the keyboard focus (clicked or
tabbed into); otherwise the wheel event goes to the scroll area around the field, which scrolls. The fields then take the focus by click or Tab only, never by the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    """An event filter: a wheel over an unfocused guarded field goes to the field's parent instead."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, GUARDED) or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # a sent event is not passed up the parents: hand it to the scroll area itself
            QApplication.sendEvent(area.viewport(), event)
        return True  # the field itself never sees it


def guard_wheel(container: QWidget) -> WheelGuard:
    """Guard every spin box, combo box and slider inside ``container`` (made now); returns the filter."""
    guard = WheelGuard(container)
    for field in container.findChildren(QWidget):
        if isinstance(field, GUARDED):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus by click or Tab, never by the wheel
            field.installEventFilter(guard)
    return guard


__all__ = ["WheelGuard", "guard_wheel"]

"""The settings form's number fields: the hidden layers ("4,3") and decimals shown as written.

They read what ``playground.core.number_text`` reads (ASCII digits only) and take their ranges
from ``playground.core.settings.FIELDS``, so a document's value is never clamped on opening.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox

from playground.core.number_text import parse_float
from playground.core.settings import FIELD, MAX_HIDDEN_UNITS, parse_hidden


def hidden_state(text: str) -> QValidator.State:
    """Acceptable for what parse_hidden accepts; intermediate while typing ('4,'); invalid for other characters."""
    if not set(text) <= set("0123456789, "):
        return QValidator.State.Invalid
    try:
        parse_hidden(text)
    except ValueError:
        return QValidator.State.Intermediate
    return QValidator.State.Acceptable


class HiddenLayersBox(QAbstractSpinBox):
    """The one field for the hidden layers: ``4`` (one layer of 4 units), ``4,3`` (two layers), ``0`` (none).

    Its arrows, the Up/Down keys and the wheel change the units of a single hidden layer (0 to
    MAX_HIDDEN_UNITS); with several layers they are off and the sizes are typed.
    """

    textEdited = Signal(str)  # typed, or stepped by the arrows: the user changed it

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lineEdit().textEdited.connect(self.textEdited)  # signal to signal: no Python hop in between
        self.lineEdit().textChanged.connect(self._text_changed)

    def validate(self, text: str, pos: int):
        return hidden_state(text), text, pos

    def fixup(self, text: str) -> str:
        return text  # a wrong text stays as typed: the message under the field says what is wrong

    def setText(self, text: str) -> None:
        self.lineEdit().setText(text)

    def _single(self) -> int | None:
        """The units of the one hidden layer (0: none), or None for several layers or a wrong text."""
        try:
            hidden = parse_hidden(self.text())
        except ValueError:
            return None
        return None if len(hidden) > 1 else (hidden[0] if hidden else 0)

    def stepEnabled(self):
        n = self._single()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if n is not None and n > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if n is not None and n < MAX_HIDDEN_UNITS:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        n = self._single()
        if n is None:
            return
        text = str(min(max(n + steps, 0), MAX_HIDDEN_UNITS))
        if text != self.text():
            self.lineEdit().setText(text)
            self.lineEdit().selectAll()
            self.textEdited.emit(text)

    def _text_changed(self, _text: str) -> None:
        self.update()  # the arrows follow: on for one layer, off for several

    def sizeHint(self):
        hint = super().sizeHint()
        room = self.fontMetrics().horizontalAdvance("88,88,88") + 2 * self.fontMetrics().height()  # text + arrows
        hint.setWidth(max(hint.width(), room))
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()


class WrittenSpin(QDoubleSpinBox):
    """A number shown as written (1, 0.5, 0.123456, 1e-05): no rounding to a few decimals.

    A plain QDoubleSpinBox rounds to its decimals, so a document's value would change
    silently on opening; this keeps 15 decimals and shows the shortest text. It reads what
    core.number_text reads (ASCII digits only: not '²', '٣' or '３', which Python's float()
    takes), with the language's decimal comma as well as the point (German: 0,5 or 0.5).
    """

    def __init__(self, minimum: float, maximum: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setDecimals(15)
        self.setRange(minimum, maximum)

    def _point(self) -> str:
        return self.locale().decimalPoint()

    def _as_written(self, text: str) -> str:
        """``text`` with a decimal comma read as a point, in every language; nothing else changed.

        These fields never group digits, so a comma can only be meant as a decimal mark: in an
        English window the comma of "0,5" was refused as a keystroke and the field read 5.
        """
        return text.strip().replace(",", ".")

    def textFromValue(self, value: float) -> str:
        return f"{value:.10g}".replace(".", self._point() if self._point() == "," else ".")

    def valueFromText(self, text: str) -> float:
        try:
            return parse_float(self._as_written(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        t = self._as_written(text)
        try:
            value = parse_float(t)
        except ValueError:  # allow what is on its way to a number: "", "-", "1e", "0.", "1e-"
            partial = t == "" or all(c in "0123456789.eE+-" for c in t)
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


class LearningRateSpin(WrittenSpin):
    """The learning rate, as written, within the one range of core.settings."""

    def __init__(self, **kwargs) -> None:
        super().__init__(FIELD["learning_rate"].low, FIELD["learning_rate"].high, **kwargs)


class FractionSpin(WrittenSpin):
    """A number in [minimum, maximum) shown as written (0.9, 0.999, 1e-08), like LearningRateSpin."""


def field_spin(name: str, **kwargs) -> FractionSpin:
    """A spin box for setting ``name`` over its range in core.settings.FIELDS: a document's value is then
    never clamped on opening. An open end moves in by the box's resolution (15 decimals)."""
    f = FIELD[name]
    return FractionSpin(f.low + 1e-15 if f.open_low else f.low, f.high - 1e-15 if f.open_high else f.high, **kwargs)


def _preview_widget():
    """The hidden layers and the learning rate, as the settings form has them."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    box = QWidget()
    form = QFormLayout(box)
    hidden = HiddenLayersBox()
    hidden.setText("4,3")
    lr = LearningRateSpin()
    lr.setValue(0.05)
    form.addRow("Hidden units", hidden)
    form.addRow("Learning rate", lr)
    return box


if __name__ == "__main__":  # python -m playground.ui.setting_fields
    from playground.ui.preview import preview

    preview(_preview_widget, size=(320, 120))

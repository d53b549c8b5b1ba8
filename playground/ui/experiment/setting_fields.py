"""The settings form's fields: one widget per setting of ``playground.core.data.settings.FIELDS``.

``field_widget(field)`` makes the widget a field's kind asks for (the hidden layers' "4,3" box, a
decimal shown as written, a whole-number box, a check box, a list of choices) with its range, its
tooltip and its accessible name. The number fields read what ``playground.core.number_text`` reads
(ASCII digits only) and take their ranges from the field, so a document's value is never clamped on
opening.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Property, QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from playground.core.number_text import parse_float
from playground.core.data.settings import FIELD, MAX_HIDDEN_UNITS, Field, parse_hidden
from playground.ui.language import shown

MAX_SPIN = 2**31 - 1  # a Qt spin box holds a 32-bit int


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

    # What a screen reader reads as the box's value: Qt's spin-box accessibility asks for the "value",
    # "minimum" and "maximum" properties, which a QAbstractSpinBox lacks (it reported 0 for any text).
    def _units(self) -> int:
        """The hidden units: of the one layer, or of all layers together; 0 for a wrong text."""
        try:
            return sum(parse_hidden(self.text()))
        except ValueError:
            return 0

    value = Property(int, _units)
    minimum = Property(int, lambda self: 0)
    maximum = Property(int, lambda self: MAX_HIDDEN_UNITS)

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

    def typed_number(self) -> float | None:
        """The number the box's text reads now (in range or not), or None while it is not one ("", "1e")."""
        try:
            return parse_float(self._as_written(self.text()))
        except ValueError:
            return None

    def validate(self, text: str, pos: int):
        t = self._as_written(text)
        try:
            value = parse_float(t)
        except ValueError:  # allow what is on its way to a number: "", "-", "1e", "0.", "1e-"
            partial = t == "" or all(c in "0123456789.eE+-" for c in t)
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


def field_spin(name: str, **kwargs) -> WrittenSpin:
    """A spin box for setting ``name`` over its range in core.settings.FIELDS: a document's value is then
    never clamped on opening. An open end moves in by the box's resolution (15 decimals)."""
    f = FIELD[name]
    high = sys.float_info.max if f.high is None else f.high - 1e-15 if f.open_high else f.high
    return WrittenSpin(f.low + 1e-15 if f.open_low else f.low, high, **kwargs)


def field_name(f: Field) -> str:
    """The name a screen reader says for setting ``f``, in the window's language (its title without the &)."""
    return shown(f.spoken) if f.spoken else shown(f.title).replace("&", "") if f.title else f.label


def field_widget(f: Field) -> QWidget:
    """The settings form's widget for setting ``f``: its kind's box over its range, with its tooltip and name.

    A whole number that may be None (the batch size) gets one more value below its range, shown as the
    field's ``none_text`` ("all rows")."""
    if f.kind is tuple:
        widget = HiddenLayersBox()
        widget.setAccessibleDescription(QCoreApplication.translate("ControlsPanel", "Hidden layer sizes"))
        widget.lineEdit().setPlaceholderText(QCoreApplication.translate("ControlsPanel", "e.g. 4,3"))
    elif f.choices:
        widget = QComboBox()
        widget.addItems(list(f.choices))
    elif f.kind is bool:
        widget = QCheckBox(shown(f.title) if f.title else f.label)
    elif f.kind is int:
        widget = QSpinBox(minimum=int(f.low) - (1 if f.optional else 0),
                          maximum=MAX_SPIN if f.high is None else int(min(f.high, MAX_SPIN)))
        widget.setGroupSeparatorShown(f.grouped)
        if f.optional and f.none_text:
            widget.setSpecialValueText(shown(f.none_text))
    else:
        widget = field_spin(f.name)
    if f.step is not None:
        widget.setSingleStep(f.step)
    widget.setToolTip(shown(f.help))
    if f.kind is not bool:  # a check box is named by its own text
        widget.setAccessibleName(field_name(f))
    return widget


def _preview_widget():
    """The hidden layers and the learning rate, as the settings form has them."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    box = QWidget()
    form = QFormLayout(box)
    hidden = HiddenLayersBox()
    hidden.setText("4,3")
    lr = field_widget(FIELD["learning_rate"])
    lr.setValue(0.05)
    form.addRow("Hidden units", hidden)
    form.addRow("Learning rate", lr)
    return box


if __name__ == "__main__":  # python -m playground.ui.experiment.setting_fields
    from playground.ui.preview import preview

    preview(_preview_widget, size=(320, 120))

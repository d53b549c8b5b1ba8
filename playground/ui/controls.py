"""The network and training settings form: shape, iterations, learning rate, activation, bias, seed."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QSpinBox, QWidget)

from playground.core.activations import ACTIVATIONS
from playground.core.settings import (FIELD, MAX_HIDDEN_UNITS, MAX_ITERATIONS, MAX_SEED, Settings, format_hidden,
                                      parse_hidden)


class _HiddenValidator(QValidator):
    """Accepts what parse_hidden accepts; intermediate while typing ('4,')."""

    def validate(self, text: str, pos: int):
        allowed = set("0123456789, ")
        if not set(text) <= allowed:
            return QValidator.State.Invalid, text, pos
        try:
            parse_hidden(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class LearningRateSpin(QDoubleSpinBox):
    """A learning rate as written (1, 0.5, 0.123456, 1e-05): no rounding to a few decimals.

    A plain QDoubleSpinBox rounds to its decimals, so a document's rate would change
    silently on opening; this keeps 15 decimals and shows the shortest text.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setDecimals(15)
        self.setRange(FIELD["learning_rate"].low, FIELD["learning_rate"].high)  # the one range (core.settings)

    def textFromValue(self, value: float) -> str:
        return f"{value:.10g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        t = text.strip()
        try:
            value = float(t)
        except ValueError:  # allow what is on its way to a number: "", "1e", "0.", "1e-"
            partial = t == "" or all(c in "0123456789.eE+-" for c in t)
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


class ControlsPanel(QWidget):
    """Edits a Settings object. ``settingsChanged`` fires on every change."""

    settingsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hidden_spin = QSpinBox(objectName="hiddenSizeSpin", minimum=0, maximum=MAX_HIDDEN_UNITS)
        self.hidden_spin.setToolTip(self.tr("Units in the hidden layer. 0 = no hidden layer: the inputs connect "
                                            "straight to the output, like the notebook's first example."))
        self.hidden_spin.setAccessibleName(self.tr("Hidden units"))
        self.layers_edit = QLineEdit(objectName="hiddenLayersEdit")
        self.layers_edit.setValidator(_HiddenValidator(self.layers_edit))
        self.layers_edit.setToolTip(self.tr("Several hidden layers: their sizes separated by commas, e.g. 4,3. "
                                            "0 = no hidden layer."))
        self.layers_edit.setPlaceholderText(self.tr("e.g. 4,3"))
        self.layers_edit.setAccessibleName(self.tr("Hidden layer sizes"))
        self.iterations_spin = QSpinBox(objectName="iterationsSpin", minimum=1, maximum=MAX_ITERATIONS)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.iterations_spin.setSingleStep(1000)
        self.iterations_spin.setToolTip(self.tr("How many times the network sees the whole table and adjusts its "
                                                "weights."))
        self.iterations_spin.setAccessibleName(self.tr("Iterations"))
        self.lr_spin = LearningRateSpin(objectName="learningRateSpin")
        self.lr_spin.setSingleStep(0.1)
        self.lr_spin.setToolTip(self.tr("Learning rate: how big each weight change is. The notebook uses 1. "
                                        "Too big and the units saturate; too small and learning is slow."))
        self.lr_spin.setAccessibleName(self.tr("Learning rate"))
        self.activation_combo = QComboBox(objectName="activationCombo")
        self.activation_combo.addItems(list(ACTIVATIONS))
        self.activation_combo.setToolTip(self.tr("The function each hidden unit applies to its input. "
                                                 "The output always uses the sigmoid, so it lies between 0 and 1."))
        # named for what it sets: a screen reader would otherwise announce its choice ("sigmoid") as its name
        self.activation_combo.setAccessibleName(self.tr("Hidden activation"))
        self.bias_check = QCheckBox(self.tr("&Bias"), objectName="biasCheck")
        self.bias_check.setToolTip(self.tr("Give every unit an extra weight from a constant 1, so it can shift its "
                                           "threshold. The notebook has none: its third input column is always 1."))
        self.seed_spin = QSpinBox(objectName="seedSpin", minimum=0, maximum=MAX_SEED)
        self.seed_spin.setToolTip(self.tr("The random seed of the starting weights. The same seed always gives "
                                          "the same start, so runs can be repeated exactly."))
        self.seed_spin.setAccessibleName(self.tr("Seed"))
        self.log_every_spin = QSpinBox(objectName="logEverySpin", minimum=1, maximum=MAX_ITERATIONS)
        self.log_every_spin.setGroupSeparatorShown(True)
        self.log_every_spin.setToolTip(self.tr("Write the error to the log every this many iterations "
                                               "(the notebook prints every 10,000)."))
        self.log_every_spin.setAccessibleName(self.tr("Log every"))
        self.layers_error = QLabel(objectName="hiddenLayersError")
        self.layers_error.setWordWrap(True)
        self.layers_error.setStyleSheet("color: #B3261E;")
        self.layers_error.hide()

        hidden_row = QHBoxLayout()
        hidden_row.addWidget(self.hidden_spin)
        hidden_row.addWidget(self._label(self.tr("la&yers:"), self.layers_edit))
        hidden_row.addWidget(self.layers_edit, 1)
        form = QFormLayout(self)
        # Alt + the underlined letter moves to a field; the letters avoid the menus' (F E T P R V H X)
        form.addRow(self._label(self.tr("Hidden &units"), self.hidden_spin), hidden_row)
        form.addRow("", self.layers_error)
        form.addRow(self._label(self.tr("&Iterations"), self.iterations_spin), self.iterations_spin)
        form.addRow(self._label(self.tr("Lear&ning rate"), self.lr_spin), self.lr_spin)
        form.addRow(self._label(self.tr("&Activation"), self.activation_combo), self.activation_combo)
        form.addRow("", self.bias_check)
        form.addRow(self._label(self.tr("&Seed"), self.seed_spin), self.seed_spin)
        form.addRow(self._label(self.tr("Lo&g every"), self.log_every_spin), self.log_every_spin)

        self._updating = False
        self.set_settings(Settings())
        self.hidden_spin.valueChanged.connect(self._hidden_spin_changed)
        self.layers_edit.textEdited.connect(self._layers_edited)
        for w in (self.iterations_spin, self.seed_spin, self.log_every_spin):
            w.valueChanged.connect(self._changed)
        self.lr_spin.valueChanged.connect(self._changed)
        self.activation_combo.currentIndexChanged.connect(self._changed)
        self.bias_check.toggled.connect(self._changed)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def settings(self) -> Settings:
        """The settings shown, or raises ValueError naming the field that is wrong."""
        try:
            hidden = parse_hidden(self.layers_edit.text())
        except ValueError as e:
            raise ValueError(self.tr("Hidden layers: {problem}").format(problem=e)) from None
        return Settings(hidden=hidden, iterations=self.iterations_spin.value(), learning_rate=self.lr_spin.value(),
                        activation=self.activation_combo.currentText(), bias=self.bias_check.isChecked(),
                        seed=self.seed_spin.value(), log_every=self.log_every_spin.value())

    def problem(self) -> str | None:
        try:
            problems = self.settings().problems()
        except ValueError as e:
            return str(e)
        return problems[0] if problems else None

    def set_settings(self, s: Settings) -> None:
        self._updating = True
        try:
            self.hidden_spin.setValue(s.hidden[0] if s.hidden else 0)
            self.layers_edit.setText(format_hidden(s.hidden))
            self.iterations_spin.setValue(s.iterations)
            self.lr_spin.setValue(s.learning_rate)
            self.activation_combo.setCurrentText(s.activation)
            self.bias_check.setChecked(s.bias)
            self.seed_spin.setValue(s.seed)
            self.log_every_spin.setValue(s.log_every)
        finally:
            self._updating = False
        self._changed()

    def set_shape_locked(self, locked: bool) -> None:
        """While training, everything that changes the run is read-only (and looks it)."""
        for w in (self.hidden_spin, self.layers_edit, self.iterations_spin, self.lr_spin, self.activation_combo,
                  self.bias_check, self.seed_spin, self.log_every_spin):
            w.setEnabled(not locked)

    @Slot(int)
    def _hidden_spin_changed(self, value: int) -> None:
        if self._updating:
            return
        self.layers_edit.setText(str(value))  # the spin sets a single hidden layer
        self._changed()

    @Slot(str)
    def _layers_edited(self, text: str) -> None:
        try:
            hidden = parse_hidden(text)
        except ValueError:
            hidden = None
        if hidden is not None:
            self._updating = True
            self.hidden_spin.setValue(hidden[0] if hidden else 0)
            self._updating = False
        self._changed()

    @Slot()
    def _changed(self) -> None:
        if self._updating:
            return
        try:
            parse_hidden(self.layers_edit.text())
            self.layers_error.hide()
        except ValueError as e:
            self.layers_error.setText(str(e))
            self.layers_error.show()
        self.settingsChanged.emit()


if __name__ == "__main__":  # python -m playground.ui.controls
    from playground.ui.preview import preview

    preview(ControlsPanel, size=(420, 420))

"""The network and training settings form: shape, iterations, learning rate, activation, bias, seed.

The form shows an experiment's settings (``playground.core.experiment``) and changes them only
through commands: an edited field becomes one ``SetSettings`` of that field, pushed on the window's
undo stack when it has one. Nothing reads the settings back out of the fields; a hidden-layers
text that does not parse yet stays in its field (``typing_problem``) and changes nothing.

Below them an "Advanced" section (output and loss, L2 weight decay, optimiser, batch size) starts
collapsed whenever the settings are the notebook's rule, so a first-time student sees only the
notebook's knobs; it opens by itself for settings that use it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QSpinBox, QToolButton, QWidget)

from playground.core.activations import ACTIVATIONS
from playground.core.experiment import Change, Experiment, SetSettings
from playground.core.losses import LOSSES, OUTPUTS
from playground.core.losses import PAIRS as _PAIRS
from playground.core.optimizers import OPTIMIZERS
from playground.core.settings import MAX_BATCH_SIZE, MAX_ITERATIONS, MAX_SEED, Settings, format_hidden, parse_hidden
from playground.ui.setting_fields import HiddenLayersBox, LearningRateSpin, field_spin
from playground.ui.undo import SettingsCommand


_W = TypeVar("_W", bound=QWidget)


def _described(widget: _W, tooltip: str, accessible_name: str, items=(), step: float | None = None) -> _W:
    """``widget`` with its tooltip and accessible name set (both already translated), for chaining;
    a combo box gets ``items``, a spin box its single ``step``."""
    widget.setToolTip(tooltip)
    widget.setAccessibleName(accessible_name)
    if items:
        widget.addItems(list(items))
    if step is not None:
        widget.setSingleStep(step)
    return widget


# the loss that goes with each output layer when the chosen pair does not fit
OWN_LOSS = {"sigmoid": "notebook", "softmax": "cross-entropy", "linear": "squared"}


class ControlsPanel(QWidget):
    """Shows an experiment's settings and edits them through commands. ``settingsChanged`` fires when
    they change (and when the hidden-layers text starts or stops parsing).

    Numbers are typed in ASCII digits only (core.number_text): the hidden layers and the decimal
    fields check so themselves; Qt's whole-number boxes read only their locale's digits, which
    are 0 to 9 for every language the app ships (tests/ui/test_number_fields.py types '²', '٣').
    """

    settingsChanged = Signal()

    def __init__(self, parent: QWidget | None = None, experiment: Experiment | None = None) -> None:
        super().__init__(parent)
        self.experiment = experiment if experiment is not None else Experiment()
        self._stack: QUndoStack | None = None
        self._typing: str | None = None  # why the hidden-layers text does not parse, while it does not
        self._own_edit = False
        # One field for the hidden layers ("4" or "4,3"): a spin box and a text field that edited the
        # same setting could disagree.
        self.hidden_spin = HiddenLayersBox(objectName="hiddenSizeSpin")
        self.hidden_spin.setToolTip(self.tr("Units in the hidden layer. 0 = no hidden layer: the inputs connect "
                                            "straight to the output, like the notebook's first example.") + "\n"
                                    + self.tr("Several hidden layers: their sizes separated by commas, e.g. 4,3. "
                                              "0 = no hidden layer."))
        self.hidden_spin.setAccessibleName(self.tr("Hidden units"))
        self.hidden_spin.setAccessibleDescription(self.tr("Hidden layer sizes"))
        self.hidden_spin.lineEdit().setPlaceholderText(self.tr("e.g. 4,3"))
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
                                                 "The output uses the sigmoid (0 to 1) unless Advanced chooses another."))
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
        self.layers_error = QLabel(objectName="hiddenLayersError", textFormat=Qt.TextFormat.PlainText)  # quotes the field
        self.layers_error.setWordWrap(True)
        self.layers_error.setStyleSheet("color: #B3261E;")
        self.layers_error.hide()
        self._build_advanced()

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a label above its field when narrow
        # Alt + the underlined letter moves to a field; the letters avoid the menus' (F E T P R V H X)
        form.addRow(self._label(self.tr("Hidden &units"), self.hidden_spin), self.hidden_spin)
        form.addRow("", self.layers_error)
        form.addRow(self._label(self.tr("&Iterations"), self.iterations_spin), self.iterations_spin)
        form.addRow(self._label(self.tr("Lear&ning rate"), self.lr_spin), self.lr_spin)
        form.addRow(self._label(self.tr("&Activation"), self.activation_combo), self.activation_combo)
        form.addRow("", self.bias_check)
        form.addRow(self._label(self.tr("&Seed"), self.seed_spin), self.seed_spin)
        form.addRow(self._label(self.tr("Lo&g every"), self.log_every_spin), self.log_every_spin)
        form.addRow(self.advanced_button)
        form.addRow(self.advanced)

        self._updating = False
        # the field of each setting (the order of Settings)
        self.fields = {"hidden": self.hidden_spin, "iterations": self.iterations_spin, "learning_rate": self.lr_spin,
                       "activation": self.activation_combo, "bias": self.bias_check, "seed": self.seed_spin,
                       "log_every": self.log_every_spin, "output": self.output_combo, "loss": self.loss_combo,
                       "l2": self.l2_spin, "optimizer": self.optimizer_combo, "momentum": self.momentum_spin,
                       "beta1": self.beta1_spin, "beta2": self.beta2_spin, "eps": self.eps_spin,
                       "batch_size": self.batch_spin}
        self._setting_of = {widget: name for name, widget in self.fields.items()}
        self._show(self.experiment.settings, open_advanced=True)
        self.experiment.events.settings.connect(self._settings_shown)
        self.experiment.events.locks.connect(self._locks_shown)
        self.hidden_spin.textEdited.connect(self._edited)
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._edited)
            elif widget is not self.hidden_spin:
                widget.valueChanged.connect(self._edited)
        self.advanced_button.toggled.connect(self.set_advanced_open)
        for spin in self.findChildren(QAbstractSpinBox):  # the spin box has the focus and asks its line edit
            spin.installEventFilter(self)
            spin.lineEdit().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Undo and Redo keys in a field go to the window's Edit menu, not to the field's own text.

        Every change of a field is already a step of the window's undo history (a setting
        change); the line edit inside a spin box would otherwise take Ctrl+Z, Ctrl+Shift+Z and
        Ctrl+Y for its own text, and after Enter they did nothing a student could see.
        """
        if event.type() == QEvent.Type.ShortcutOverride and (
                any(event.matches(key) for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo))
                or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):  # the Edit menu's Redo
            event.ignore()  # not overridden: the shortcut goes on to the window's actions
            return True
        return super().eventFilter(obj, event)

    def _build_advanced(self) -> None:
        """The Advanced section's fields (playground.core.rules), in a form that starts collapsed."""
        self.advanced_button = QToolButton(objectName="advancedButton", text=self.tr("Advanced"), checkable=True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolTip(self.tr("Beyond the notebook: the output layer and its loss, weight decay, "
                                                "the optimiser and mini-batches"))
        self.advanced = QWidget(objectName="advancedSection")
        self.output_combo = _described(QComboBox(objectName="outputCombo"),
                                       self.tr("The output layer: sigmoid (0 to 1, the notebook's), softmax (one "
                                               "probability per target column, for classes) or linear (any number)."),
                                       self.tr("Output layer"), items=OUTPUTS)
        self.loss_combo = _described(QComboBox(objectName="lossCombo"),
                                     self.tr("What the network learns to make small. notebook: 0.5*sum((y - out)^2) "
                                             "through the sigmoid's slope; cross-entropy: delta = y - out, so a "
                                             "unit that is sure and wrong still learns fast; squared: for linear."),
                                     self.tr("Loss"), items=LOSSES)
        self.l2_spin = _described(field_spin("l2", objectName="l2Spin"),
                                  self.tr("L2 weight decay: every update also pulls each weight towards 0 by "
                                          "lr * L2 * weight. 0 = none (the notebook)."),
                                  self.tr("L2 weight decay"), step=0.001)
        self.momentum_spin = _described(field_spin("momentum", objectName="momentumSpin"),
                                        self.tr("Momentum mu: how much of the last step is kept (0.9 keeps 90%)."),
                                        self.tr("Momentum"), step=0.05)
        self.optimizer_combo = _described(QComboBox(objectName="optimizerCombo"),
                                          self.tr("gd: the notebook's step. momentum: v = mu*v + direction, "
                                                  "step lr*v. adam: steps scaled by running averages of each "
                                                  "gradient and its square."),
                                          self.tr("Optimizer"), items=OPTIMIZERS)
        self.beta1_spin = field_spin("beta1", objectName="beta1Spin")
        self.beta2_spin = field_spin("beta2", objectName="beta2Spin")
        self.eps_spin = field_spin("eps", objectName="epsSpin")
        for spin, name in ((self.beta1_spin, "beta1"), (self.beta2_spin, "beta2"), (self.eps_spin, "eps")):
            spin.setAccessibleName(name)
            spin.setToolTip(self.tr("Adam's {name}").format(name=name))
        self.batch_spin = _described(QSpinBox(objectName="batchSizeSpin", minimum=0, maximum=MAX_BATCH_SIZE),
                                     self.tr("Rows per update. All rows = the notebook's full batch; fewer: each "
                                             "epoch shuffles the training rows and updates once per batch."),
                                     self.tr("Batch size"))
        self.batch_spin.setSpecialValueText(self.tr("all rows"))
        # Two fields a row, and the optimiser's own knobs on one row shown only for it: the whole
        # section stays four rows high, so the window still fits a 1366 x 768 projector.
        form = QFormLayout(self.advanced)
        form.setContentsMargins(12, 0, 0, 0)

        def pair(*widgets) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                row.addWidget(w, 0 if isinstance(w, QLabel) else 1)
            return box

        form.addRow(self._label(self.tr("Output"), self.output_combo),
                    pair(self.output_combo, self._label(self.tr("Loss"), self.loss_combo), self.loss_combo))
        form.addRow(self._label(self.tr("L2 decay"), self.l2_spin),
                    pair(self.l2_spin, self._label(self.tr("Batch"), self.batch_spin), self.batch_spin))
        self.momentum_label = self._label(self.tr("mu"), self.momentum_spin)
        self.adam_labels = [self._label(name, spin) for name, spin in
                            (("beta1", self.beta1_spin), ("beta2", self.beta2_spin), ("eps", self.eps_spin))]
        self.optimizer_params = pair(self.momentum_label, self.momentum_spin,
                                     *[w for label, spin in zip(self.adam_labels, (self.beta1_spin, self.beta2_spin,
                                                                                    self.eps_spin))
                                       for w in (label, spin)])
        form.addRow(self._label(self.tr("Optimizer"), self.optimizer_combo), self.optimizer_combo)
        form.addRow("", self.optimizer_params)
        self._advanced_form = form
        self.advanced.hide()

    @Slot(bool)
    def set_advanced_open(self, open_: bool) -> None:
        """Show or hide the Advanced section (its button says which)."""
        if self.advanced_button.isChecked() != open_:
            self.advanced_button.setChecked(open_)  # comes back here through toggled
            return
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.advanced.setVisible(open_)

    def _show_optimizer_rows(self) -> None:
        """Momentum's mu for momentum, beta1, beta2 and eps for Adam, nothing for gd."""
        name = self.optimizer_combo.currentText()
        for w in (self.momentum_label, self.momentum_spin):
            w.setVisible(name == "momentum")
        for w in self.adam_labels + [self.beta1_spin, self.beta2_spin, self.eps_spin]:
            w.setVisible(name == "adam")
        self._advanced_form.setRowVisible(self.optimizer_params, name != "gd")

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------------ the experiment
    def set_experiment(self, experiment: Experiment) -> None:
        """Show (and edit) another experiment's settings."""
        if experiment is self.experiment:
            return
        self.experiment.events.settings.disconnect(self._settings_shown)
        self.experiment.events.locks.disconnect(self._locks_shown)
        self.experiment = experiment
        experiment.events.settings.connect(self._settings_shown)
        experiment.events.locks.connect(self._locks_shown)
        self._typing = None
        self._show(experiment.settings, open_advanced=True)
        self.settingsChanged.emit()

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        """Push each edit on ``stack`` (as a ``playground.ui.undo.SettingsCommand``); None: do it at once."""
        self._stack = stack

    def settings(self) -> Settings:
        """The experiment's settings (what the form shows, but never read out of it)."""
        return self.experiment.settings

    def typing_problem(self) -> str | None:
        """Why the hidden-layers text does not parse (the settings keep the last sizes that did), or None."""
        return self._typing

    def problem(self) -> str | None:
        """Why these settings cannot train: the text being typed, else the settings' first problem."""
        if self._typing:
            return self.tr("Hidden layers: {problem}").format(problem=self._typing)
        problems = self.experiment.settings.problems()
        return problems[0] if problems else None

    def set_settings(self, s: Settings) -> None:
        """Show ``s`` as the experiment's settings, outside the undo history (a document, a lesson's state).

        A decimal field keeps 15 decimals, as Qt rounds them (``QDoubleSpinBox::round``): a value it changes by
        a hair (0.1 + 0.2) is taken as the field shows it (0.3). The documents refuse any bigger difference."""
        self._typing = None
        held = {name: float(f"{getattr(s, name):.{widget.decimals()}f}") for name, widget in self.fields.items()
                if isinstance(widget, QDoubleSpinBox)}
        if any(getattr(s, name) != value for name, value in held.items()):
            s = s.with_(**held)
        if s == self.experiment.settings:
            self._show(s, open_advanced=True)
            self.settingsChanged.emit()
        else:
            self.experiment.update(settings=s)  # shown by _settings_shown

    def shown_settings(self) -> Settings:
        """The settings as the fields hold them, or ValueError naming the field that is wrong.

        Only to check that the fields can show a value exactly (a document's settings are refused
        when a field would clamp or round one); the window itself never reads settings from here."""
        return Settings(**{name: self._field_value(name) for name in self.fields})

    def _field_value(self, name: str):
        """The value the field of setting ``name`` holds (ValueError for a hidden-layers text that does not parse)."""
        widget = self.fields[name]
        if name == "hidden":
            try:
                return parse_hidden(widget.text())
            except ValueError as e:
                raise ValueError(self.tr("Hidden layers: {problem}").format(problem=e)) from None
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if name == "batch_size":
            return widget.value() or None
        return widget.value()

    def _show(self, s: Settings, open_advanced: bool) -> None:
        """Put ``s`` in the fields; a field that holds it already is left alone (its text may be half typed)."""
        self._updating = True
        try:
            for name, widget in self.fields.items():
                value = getattr(s, name)
                if name == "hidden" and self._typing:
                    continue  # the text being typed stays until it parses (or other settings come in)
                try:
                    if self._field_value(name) == value:
                        continue
                except ValueError:  # a hidden-layers text that does not parse: replaced
                    pass
                if name == "hidden":
                    widget.setText(format_hidden(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentText(value)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                elif name == "batch_size":
                    widget.setValue(value or 0)  # 0: "all rows"
                else:
                    widget.setValue(value)
        finally:
            self._updating = False
        self._show_optimizer_rows()
        if self._typing is None:
            self.layers_error.hide()
        if open_advanced:
            self.set_advanced_open(not s.is_notebook_rule)  # collapsed on the notebook's rule

    def _locks_shown(self, change: Change) -> None:
        """Training locks every field; a lesson the settings it keeps (``Locks.settings``)."""
        locks = change.new
        for name, widget in self.fields.items():
            widget.setEnabled(not (locks.running or name in locks.settings))

    def _settings_shown(self, change: Change) -> None:
        """The experiment's settings changed (an edit here, Undo, a document): the fields follow."""
        if not self._own_edit:
            self._typing = None  # the hidden-layers text is replaced by the sizes in force
        self._show(change.new, open_advanced=not self._own_edit)
        self.settingsChanged.emit()

    def set_shape_locked(self, locked: bool) -> None:
        """While training, everything that changes the run is read-only (and looks it)."""
        for w in (self.hidden_spin, self.iterations_spin, self.lr_spin, self.activation_combo,
                  self.bias_check, self.seed_spin, self.log_every_spin, self.output_combo, self.loss_combo,
                  self.l2_spin, self.optimizer_combo, self.momentum_spin, self.beta1_spin, self.beta2_spin,
                  self.eps_spin, self.batch_spin):
            w.setEnabled(not locked)

    @Slot()
    def _edited(self) -> None:
        """A field was changed by the user: one command setting that field (and the loss an output needs)."""
        name = self._setting_of.get(self.sender())
        if self._updating or name is None:
            return
        self._show_optimizer_rows()
        if name == "hidden":
            try:
                value = parse_hidden(self.hidden_spin.text())
            except ValueError as e:  # half typed ("4,"): the settings keep the sizes that parsed last
                self._set_typing(str(e))
                return
            self._set_typing(None)
        else:
            value = self._field_value(name)
        changes = {name: value}
        if name == "output" and (value, self.experiment.settings.loss) not in _PAIRS:
            changes["loss"] = OWN_LOSS[value]  # a new output layer takes its own loss when the chosen one does not fit
        command = SetSettings(changes)
        if all(getattr(self.experiment.settings, k) == v for k, v in changes.items()):
            return
        if self.experiment.refusal(command):  # e.g. training: the fields are disabled then anyway
            self._show(self.experiment.settings, open_advanced=False)
            return
        self._own_edit = True
        try:
            if self._stack is not None:
                self._stack.push(SettingsCommand(self.experiment, command))
            else:
                command.do(self.experiment)
        finally:
            self._own_edit = False

    def _set_typing(self, problem: str | None) -> None:
        """Show why the hidden-layers text does not parse (or hide it); the window hears of a change."""
        if problem:
            self.layers_error.setText(problem)
        self.layers_error.setVisible(bool(problem))
        if problem != self._typing:
            self._typing = problem
            self.settingsChanged.emit()


if __name__ == "__main__":  # python -m playground.ui.controls
    from playground.ui.preview import preview

    preview(ControlsPanel, size=(420, 420))

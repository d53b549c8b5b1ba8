"""The network and training settings form, built from ``playground.core.data.settings.FIELDS``.

One widget per setting (``playground.ui.experiment.setting_fields.field_widget``): the notebook's settings
first, one row each (hidden layers, iterations, learning rate, activation, bias, seed, log
interval), then an "Advanced" section with those beyond the notebook (output and loss, L2 weight
decay, optimiser, batch size). A field with ``beside`` shares another's row; fields used only for
some value of another (``shown_when``: momentum's mu, Adam's betas) share one row below it, shown
only then. A new entry of FIELDS appears here with no edit.

The form shows an experiment's settings (``playground.core.data.experiment``) and changes them only
through commands: an edited field becomes one ``SetSettings`` of that field, pushed on the window's
undo stack when it has one. Nothing reads the settings back out of the fields; a hidden-layers
text that does not parse yet stays in its field (``typing_problem``) and changes nothing.

The Advanced section starts collapsed whenever the settings are the notebook's rule, so a
first-time student sees only the notebook's knobs; it opens by itself for settings that use it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QUndoStack, QValidator
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QToolButton, QWidget)

from playground.core.data import settings as settings_module
from playground.core.data.experiment import Change, Experiment, SetSettings
from playground.core.nn.losses import PAIRS as _PAIRS
from playground.core.data.settings import ADVANCED, NOTEBOOK, Field, Settings, format_hidden, parse_hidden
from playground.ui.kit.wheel_guard import guard_wheel
from playground.ui.language import problem_text, shown
from playground.ui.experiment.setting_fields import HiddenLayersBox, WrittenSpin, field_widget
from playground.ui.experiment.undo import SettingsCommand

# the loss that goes with each output layer when the chosen pair does not fit
OWN_LOSS = {"sigmoid": "notebook", "softmax": "cross-entropy", "linear": "squared"}
# The widgets are the panel's attributes ``<setting>_spin``, ``_combo`` or ``_check`` and have the object
# name ``<setting in camel case>Spin``, ``Combo`` or ``Check``; a few keep the shorter names they always had.
_ATTRIBUTE = {"learning_rate": "lr_spin", "batch_size": "batch_spin"}
_OBJECT_NAME = {"hidden": "hiddenSizeSpin"}


def _suffix(f: Field) -> str:
    return "combo" if f.choices else "check" if f.kind is bool else "spin"


def attribute_of(f: Field) -> str:
    """The ControlsPanel attribute that holds setting ``f``'s widget (``iterations_spin``, ``lr_spin``)."""
    return _ATTRIBUTE.get(f.name) or f"{f.name}_{_suffix(f)}"


def object_name_of(f: Field) -> str:
    """The object name of setting ``f``'s widget (``iterationsSpin``, ``learningRateSpin``)."""
    first, *rest = f.name.split("_")
    return _OBJECT_NAME.get(f.name) or first + "".join(w.capitalize() for w in rest) + _suffix(f).capitalize()


class ControlsPanel(QWidget):
    """Shows an experiment's settings and edits them through commands. ``settingsChanged`` fires when
    they change (and when the hidden-layers text starts or stops parsing).

    ``fields`` maps each setting's name to its widget (in the order of FIELDS, read when the panel is
    made). Numbers are typed in ASCII digits only (core.number_text): the hidden layers and the decimal
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
        self._updating = False
        self._fields_of: dict[str, Field] = {f.name: f for f in settings_module.FIELDS}  # read now: a test may swap it
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        for f in self._fields_of.values():
            widget = field_widget(f)
            widget.setObjectName(object_name_of(f))
            self.fields[f.name] = widget
            setattr(self, attribute_of(f), widget)
        self.layers_error = QLabel(objectName="hiddenLayersError", textFormat=Qt.TextFormat.PlainText)  # quotes the field
        self.layers_error.setWordWrap(True)
        self.layers_error.setStyleSheet("color: #B3261E;")
        self.layers_error.hide()
        # While a number typed into a field is outside its range, why (the box keeps its value when left): a
        # learning rate of 0 went back to 1 on Tab without a word. One line under the notebook's fields and
        # one under the advanced ones.
        self.range_hints = {group: QLabel(objectName=f"rangeHint{group.capitalize()}", wordWrap=True,
                                          textFormat=Qt.TextFormat.PlainText) for group in (NOTEBOOK, ADVANCED)}
        for hint in self.range_hints.values():
            hint.setStyleSheet("color: #B3261E;")
            hint.hide()
        self.advanced_button = QToolButton(objectName="advancedButton", text=self.tr("Advanced"), checkable=True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolTip(self.tr("Beyond the notebook: the output layer and its loss, weight decay, "
                                                "the optimiser and mini-batches"))
        self.advanced = QWidget(objectName="advancedSection")
        self._used_rows: list[tuple[str, QWidget, QFormLayout]] = []  # (setting, row of its dependants, form)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a label above its field when narrow
        # Alt + the underlined letter of a title moves to a field; the letters avoid the menus' (F E T P R V H X)
        self._add_rows(form, NOTEBOOK)
        form.addRow(self.range_hints[NOTEBOOK])  # one widget, no label: hidden, the row takes no room
        form.addRow(self.advanced_button)
        form.addRow(self.advanced)
        advanced = QFormLayout(self.advanced)
        # a label above its field when narrow, as above: Adam's three knobs beside a long label ("Decaimiento L2")
        # held the panel 515 px wide in Spanish at 1.5x, past a 1280x720 projector beside a lesson
        advanced.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        advanced.setContentsMargins(12, 0, 0, 0)
        # Two fields a row, and the optimiser's own knobs on one row shown only for it: the whole
        # section stays four rows high, so the window still fits a 1366 x 768 projector.
        self._add_rows(advanced, ADVANCED)
        advanced.addRow(self.range_hints[ADVANCED])
        self.advanced.hide()

        self._setting_of = {widget: name for name, widget in self.fields.items()}
        self._show(self.experiment.settings, open_advanced=True)
        self.experiment.events.settings.connect(self._settings_shown)
        self.experiment.events.locks.connect(self._locks_shown)
        for name, widget in self.fields.items():
            if isinstance(widget, HiddenLayersBox):
                widget.textEdited.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._edited)
            else:
                widget.valueChanged.connect(self._edited)
                widget.lineEdit().textEdited.connect(lambda _text, n=name: self._typed(n))  # also what it refuses
                widget.editingFinished.connect(lambda n=name: self.range_hints[self._fields_of[n].group].hide())
        self.advanced_button.toggled.connect(self.set_advanced_open)
        self.wheel_guard = guard_wheel(self)  # the wheel scrolls the panel; a field takes it only when focused
        for spin in self.findChildren(QAbstractSpinBox):  # the spin box has the focus and asks its line edit
            spin.installEventFilter(self)
            spin.lineEdit().installEventFilter(self)

    def _typed(self, name: str) -> None:
        """Say why the number being typed into ``name``'s box cannot be taken, or hide the hint."""
        f, widget = self._fields_of[name], self.fields[name]
        hint = self.range_hints[f.group]
        if isinstance(widget, WrittenSpin):
            value = widget.typed_number()
        else:  # a QSpinBox: its text read as the box reads it (the language's digits and grouping)
            value, ok = widget.locale().toLongLong(widget.cleanText().replace(widget.locale().groupSeparator(), ""))
            value = value if ok else None
        state = widget.validate(widget.text(), 0)[0]  # Acceptable: taken as typed (a batch size's 0 is "all rows")
        problem = f.problem(value) if value is not None and state != QValidator.State.Acceptable else None
        if problem:
            hint.setText(self.tr("{problem} (leaving the field keeps {value})").format(
                problem=shown(problem), value=widget.textFromValue(widget.value())))
        hint.setVisible(bool(problem))

    def _add_rows(self, form: QFormLayout, group: str) -> None:
        """The rows of the settings of ``group``: each with its label, those ``beside`` it on its row, and below
        it one row of the settings used only for some of its values (hidden when none of them is)."""
        fields = [f for f in self._fields_of.values() if f.group == group]
        for f in fields:
            if f.beside in self._fields_of or f.shown_when and f.shown_when[0] in self._fields_of:
                continue  # on another setting's row
            widgets = [self.fields[f.name]]
            for other in fields:
                if other.beside == f.name:
                    widgets += [self._label(other), self.fields[other.name]]
            if f.kind is bool:
                form.addRow("", self._row(widgets))
            else:
                form.addRow(self._label(f), self._row(widgets))
            if f.kind is tuple:
                form.addRow("", self.layers_error)
            used = [w for other in self._fields_of.values() if other.shown_when and other.shown_when[0] == f.name
                    for w in (self._label(other), self.fields[other.name])]
            if used:
                row = self._row(used)
                form.addRow("", row)
                self._used_rows.append((f.name, row, form))

    @staticmethod
    def _row(widgets: list[QWidget]) -> QWidget:
        """One widget alone, or several side by side (labels at their size, fields sharing the rest)."""
        if len(widgets) == 1:
            return widgets[0]
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w, 0 if isinstance(w, QLabel) else 1)
        return box

    def _label(self, f: Field) -> QLabel:
        """Setting ``f``'s label (its title, translated), the buddy of its widget."""
        label = QLabel(shown(f.title) if f.title else f.label)  # a field without a title: its messages' words
        label.setBuddy(self.fields[f.name])
        self.labels[f.name] = label
        return label

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

    @Slot(bool)
    def set_advanced_open(self, open_: bool) -> None:
        """Show or hide the Advanced section (its button says which)."""
        if self.advanced_button.isChecked() != open_:
            self.advanced_button.setChecked(open_)  # comes back here through toggled
            return
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.advanced.setVisible(open_)

    def _show_used_fields(self) -> None:
        """Show the settings used only for some values of another (momentum's mu, Adam's betas) when they are."""
        for name, row, form in self._used_rows:
            value = self._field_value(name) if name != "hidden" or not self._typing else None
            any_used = False
            for other in self._fields_of.values():
                if other.shown_when and other.shown_when[0] == name:
                    used = value in other.shown_when[1]
                    self.fields[other.name].setVisible(used)
                    self.labels[other.name].setVisible(used)
                    any_used |= used
            form.setRowVisible(row, any_used)

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
        """Push each edit on ``stack`` (as a ``playground.ui.experiment.undo.SettingsCommand``); None: do it at once."""
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
        return shown(problems[0]) if problems else None

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
        if isinstance(widget, HiddenLayersBox):
            try:
                return parse_hidden(widget.text())
            except ValueError as e:
                raise ValueError(self.tr("Hidden layers: {problem}").format(problem=e)) from None
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if self._fields_of[name].optional and widget.value() == widget.minimum():
            return None  # the value below the range: "all rows"
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
                if isinstance(widget, HiddenLayersBox):
                    widget.setText(format_hidden(value))
                elif isinstance(widget, QComboBox):
                    widget.setCurrentText(value)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                elif value is None:
                    widget.setValue(widget.minimum())  # the value below the range: "all rows"
                else:
                    widget.setValue(value)
        finally:
            self._updating = False
        self._show_used_fields()
        if self._typing is None:
            self.layers_error.hide()
        if open_advanced:
            self.set_advanced_open(not s.is_notebook_rule)  # collapsed on the notebook's rule

    def _locks_shown(self, change: Change) -> None:
        """Training locks every field; a lesson the settings it keeps (``Locks.settings``)."""
        locks = change.new
        self.set_locked(set(self.fields) if locks.running else set(locks.settings))

    def set_locked(self, names) -> None:
        """Make the fields of the settings ``names`` read-only (and look it), and every other field editable."""
        for name, widget in self.fields.items():
            widget.setEnabled(name not in names)

    def _settings_shown(self, change: Change) -> None:
        """The experiment's settings changed (an edit here, Undo, a document): the fields follow."""
        if not self._own_edit:
            self._typing = None  # the hidden-layers text is replaced by the sizes in force
        self._show(change.new, open_advanced=not self._own_edit)
        self.settingsChanged.emit()

    def set_shape_locked(self, locked: bool) -> None:
        """While training, everything that changes the run is read-only (and looks it)."""
        for w in self.fields.values():
            w.setEnabled(not locked)

    @Slot()
    def _edited(self) -> None:
        """A field was changed by the user: one command setting that field (and the loss an output needs)."""
        name = self._setting_of.get(self.sender())
        if self._updating or name is None:
            return
        self._show_used_fields()
        if name == "hidden":
            try:
                value = parse_hidden(self.hidden_spin.text())
            except ValueError as e:  # half typed ("4,"): the settings keep the sizes that parsed last
                self._set_typing(problem_text(e))  # core's reason, in the window's language
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


if __name__ == "__main__":  # python -m playground.ui.experiment.controls
    from playground.ui.preview import preview

    preview(ControlsPanel, size=(420, 420))

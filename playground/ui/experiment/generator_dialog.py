"""Dialogs that compute a table: generate a whole truth table, or fill a target column from an expression.

Both check as you type and show the core's message; a syntax error is drawn with
a caret under the place (``a xor (b`` -> "expected ')' at column 9"). OK stays
disabled until the input is good, so accepting never fails.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from playground.core.data.dataset import DataError, Dataset, default_names, generate, name_problem
from playground.core.data.expression import ExpressionError, fill_target
from playground.ui.language import shown

MAX_WINDOW_INPUTS = 12  # 4,096 rows: the most a table in the window is meant to hold
EXAMPLE_RULES = "a xor b    (a and c) or not b    a + b + c >= 2"  # rules are written in English words


def examples() -> str:
    return QCoreApplication.translate("ExpressionField", "e.g.  {rules}").format(rules=EXAMPLE_RULES)


def new_column_text() -> str:
    return QCoreApplication.translate("FillTargetDialog", "New target column…")


def split_names(text: str) -> list[str]:
    """'a, b c' -> ['a', 'b', 'c']: names separated by commas or spaces."""
    return [n for n in re.split(r"[,\s]+", text.strip()) if n]


def expression_problem(e: ExpressionError) -> str:
    """A rule's problem in the interface language: what (core's words, translated), where (the rule's
    text with a caret under the place), and a hint."""
    text = shown(e.reason)
    if e.position is not None:
        text += QCoreApplication.translate("ExpressionField", " at column {number}:").format(number=e.position + 1)
        text += e.excerpt
    return text + ("\n" + shown(e.note) if e.note else "")


class ExpressionField(QWidget):
    """A line edit for an expression, and under it the problem (monospace, so the caret lines up)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(objectName="expressionEdit", placeholderText=self.tr("optional: {examples}").format(examples=examples()))
        self.edit.setToolTip(self.tr("A rule over the input names: and, or, xor, not, nand, nor, ->, "
                             "+ - * / %, comparisons (== != < <= > >=), parentheses, true/false.\n") + examples())
        self.edit.setAccessibleName(self.tr("Target rule"))
        self.problem_label = QLabel(objectName="expressionProblem", textFormat=Qt.TextFormat.PlainText)  # quotes the rule
        self.problem_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problem_label.setStyleSheet("color: #B3261E;")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem_label)
        self.edit.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.edit.text()

    def show_problem(self, text: str | None) -> None:
        self.problem_label.setText(text or "")
        self.problem_label.setVisible(bool(text))
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #B3261E; }" if text else "")


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _problem_and_buttons(name: str, ok_text: str) -> tuple[QLabel, QDialogButtonBox, QPushButton]:
    """A dialog's problem line (red, wrapped) and its OK/Cancel buttons with OK reading ``ok_text``."""
    problem = QLabel(objectName=name, wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # quotes typed names
    problem.setStyleSheet("color: #B3261E;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    return problem, buttons, ok_button


def _lay_out(dialog: QDialog, form: QFormLayout, note: QLabel, problem: QLabel, buttons: QDialogButtonBox) -> None:
    """Stack the form, a note, the problem line and the buttons; OK/Cancel accept/reject the dialog."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in (note, problem, buttons):
        layout.addWidget(widget)
    dialog.resize(560, dialog.sizeHint().height())
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)


class GeneratorDialog(QDialog):
    """Choose n inputs and their names, a target and optionally its rule; ``dataset()`` is the table."""

    def __init__(self, parent: QWidget | None = None, n_inputs: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("generatorDialog")
        self.setWindowTitle(self.tr("Generate a truth table"))
        self.inputs_spin = QSpinBox(objectName="inputsSpin", minimum=1, maximum=MAX_WINDOW_INPUTS)
        self.inputs_spin.setValue(max(1, min(n_inputs, MAX_WINDOW_INPUTS)))
        self.inputs_spin.setToolTip(self.tr("How many inputs (1 to {most}); every combination of "
                                            "0 and 1 becomes a row").format(most=MAX_WINDOW_INPUTS))
        self.inputs_spin.setAccessibleName(self.tr("Inputs"))
        self.names_edit = QLineEdit(objectName="inputNamesEdit")
        self.names_edit.setToolTip(self.tr("The inputs' names, separated by spaces or commas"))
        self.target_edit = QLineEdit("y", objectName="targetNameEdit")
        self.target_edit.setToolTip(self.tr("The target column's name"))
        self.expression = ExpressionField()
        self.rows_label = _bold(QLabel(objectName="rowsLabel"))
        self.problem_label, self.buttons, self.ok_button = _problem_and_buttons("generatorProblem",
                                                                                self.tr("Generate"))

        form = QFormLayout()
        form.addRow(self.tr("Inputs"), self.inputs_spin)
        form.addRow(self.tr("Input names"), self.names_edit)
        form.addRow(self.tr("Target name"), self.target_edit)
        form.addRow(self.tr("Target rule"), self.expression)
        _lay_out(self, form, self.rows_label, self.problem_label, self.buttons)

        self._dataset: Dataset | None = None
        self._syncing = False
        self.names_edit.setText(" ".join(default_names(self.inputs_spin.value())))
        self.inputs_spin.valueChanged.connect(self._count_changed)
        self.names_edit.textEdited.connect(self._names_edited)
        self.target_edit.textChanged.connect(self._check)
        self.expression.changed.connect(self._check)
        self._check()

    def dataset(self) -> Dataset | None:
        """The generated table (targets filled from the rule, or zeros), or None while the input is bad."""
        return self._dataset

    def problem(self) -> str | None:
        return self.problem_label.text() or self.expression.problem_label.text() or None

    @Slot(int)
    def _count_changed(self, n: int) -> None:
        if self._syncing:
            return
        names = split_names(self.names_edit.text())[:n]
        for name in default_names(MAX_WINDOW_INPUTS * 2):  # extend with unused default names
            if len(names) >= n:
                break
            if name not in names:
                names.append(name)
        self.names_edit.setText(" ".join(names))
        self._check()

    @Slot(str)
    def _names_edited(self, text: str) -> None:
        n = len(split_names(text))
        if 1 <= n <= MAX_WINDOW_INPUTS:
            self._syncing = True
            self.inputs_spin.setValue(n)
            self._syncing = False
        self._check()

    @Slot()
    def _check(self) -> None:
        self._dataset, problem, expr_problem = None, None, None
        names, target = split_names(self.names_edit.text()), self.target_edit.text().strip()
        if not 1 <= len(names) <= MAX_WINDOW_INPUTS:
            problem = self.tr("Give 1 to {most} input names (there are {count})").format(most=MAX_WINDOW_INPUTS,
                                                                                         count=len(names))
        elif name_problem(target, names):
            problem = self.tr("Target name: {problem}").format(problem=shown(name_problem(target, names)))
        else:
            try:
                ds = generate(names, [target])
            except DataError as e:
                text = shown(e.args[0]) if e.args and isinstance(e.args[0], str) else str(e)
                problem = text[:1].upper() + text[1:]
            else:
                rule = self.expression.text()
                try:
                    if rule.strip():
                        ds.values[:, -1] = fill_target(rule, ds)
                    self._dataset = ds
                except ExpressionError as e:
                    expr_problem = expression_problem(e)
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        self.expression.show_problem(expr_problem)
        rows = 2 ** len(names) if len(names) <= MAX_WINDOW_INPUTS else None
        filled = self.tr("the target from the rule") if self.expression.text().strip() else self.tr("the target set to 0")
        self.rows_label.setText(self.tr("%Ln row(s), {filled}", "", rows).format(filled=filled) if rows else "")
        self.ok_button.setEnabled(self._dataset is not None)


class FillTargetDialog(QDialog):
    """Choose a target column (or a new one) and a rule over the inputs; ``choice()`` says what to fill."""

    def __init__(self, dataset: Dataset, parent: QWidget | None = None, column: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillTargetDialog")
        self.setWindowTitle(self.tr("Fill a target from a rule"))
        self._data = dataset
        self.column_combo = QComboBox(objectName="targetCombo")
        self.column_combo.setAccessibleName(self.tr("Target column"))
        for c in dataset.target_columns:
            self.column_combo.addItem(dataset.names[c], c)
        self.column_combo.addItem(new_column_text(), -1)
        if column is not None and column in dataset.target_columns:
            self.column_combo.setCurrentIndex(dataset.target_columns.index(column))
        self.name_edit = QLineEdit(objectName="newTargetNameEdit", placeholderText=self.tr("name of the new column"))
        self.expression = ExpressionField()
        self.expression.edit.setPlaceholderText(examples())
        names = ", ".join(dataset.input_names) or self.tr("(none)")
        self.names_label = QLabel(self.tr("Inputs you can use: {names}").format(names=names), wordWrap=True,
                                  textFormat=Qt.TextFormat.PlainText)  # column names, as written
        self.problem_label, self.buttons, self.ok_button = _problem_and_buttons("fillProblem", self.tr("Fill"))
        form = QFormLayout()
        form.addRow(self.tr("Target column"), self.column_combo)
        form.addRow(self.tr("New column name"), self.name_edit)
        form.addRow(self.tr("Rule"), self.expression)
        _lay_out(self, form, self.names_label, self.problem_label, self.buttons)
        self.column_combo.currentIndexChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        self.expression.changed.connect(self._check)
        self._ok = False
        self._check()

    def choice(self) -> tuple[str, int | None, str | None]:
        """(rule, target column or None, new column name or None)."""
        col = self.column_combo.currentData()
        if col == -1:
            return self.expression.text(), None, self.name_edit.text()
        return self.expression.text(), col, None

    def problem(self) -> str | None:
        return self.problem_label.text() or self.expression.problem_label.text() or None

    @Slot()
    def _check(self) -> None:
        new = self.column_combo.currentData() == -1
        self.name_edit.setEnabled(new)
        if new and not self.name_edit.text():
            taken = set(self._data.names)
            self.name_edit.setText(next(n for n in ["y"] + [f"y{k}" for k in range(2, 1000)] if n not in taken))
        problem = name_problem(self.name_edit.text(), self._data.names) if new else None
        expr_problem = None
        if not self.expression.text().strip():
            expr_problem = None
            self._ok = False
        else:
            try:
                fill_target(self.expression.text(), self._data)
                self._ok = problem is None
            except ExpressionError as e:
                expr_problem, self._ok = expression_problem(e), False
        self.problem_label.setText(self.tr("New column name: {problem}").format(problem=shown(problem)) if problem
                                   else "")
        self.problem_label.setVisible(bool(problem))
        self.expression.show_problem(expr_problem)
        self.ok_button.setEnabled(self._ok)


__all__ = ["GeneratorDialog", "FillTargetDialog", "ExpressionField", "MAX_WINDOW_INPUTS", "split_names"]


if __name__ == "__main__":  # python -m playground.ui.experiment.generator_dialog
    from playground.ui.preview import preview

    preview(lambda: GeneratorDialog(n_inputs=3), size=(520, 420))

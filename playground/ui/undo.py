"""Undo commands: one ``QUndoCommand`` per kind of edit, each over the model's mutation methods.

A command's first ``redo`` (run by ``QUndoStack.push``) does the edit; ``undo``
puts back exactly what ``redo`` changed, from what the model's mutation method
returned. Every command is one step on the stack however many cells it touches
(a paste of 53,000 cells is one ``set_block``), and its text is what the Edit
menu shows after "Undo".
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from playground.core.dataset import Dataset
from playground.core.settings import Settings
from playground.ui.dataset_model import DatasetModel

SETTINGS_COMMAND_ID = 1001

# The Edit menu's "Undo ..." texts, in the interface language (commands are not QObjects: one context).
_FIELD_WORDS = {"hidden": QT_TRANSLATE_NOOP("Undo", "hidden layers"),
                "iterations": QT_TRANSLATE_NOOP("Undo", "iterations"),
                "learning_rate": QT_TRANSLATE_NOOP("Undo", "learning rate"),
                "activation": QT_TRANSLATE_NOOP("Undo", "activation"), "bias": QT_TRANSLATE_NOOP("Undo", "bias"),
                "seed": QT_TRANSLATE_NOOP("Undo", "seed"), "log_every": QT_TRANSLATE_NOOP("Undo", "log interval"),
                "output": QT_TRANSLATE_NOOP("Undo", "output"), "loss": QT_TRANSLATE_NOOP("Undo", "loss"),
                "l2": QT_TRANSLATE_NOOP("Undo", "L2 decay"), "optimizer": QT_TRANSLATE_NOOP("Undo", "optimizer"),
                "momentum": QT_TRANSLATE_NOOP("Undo", "momentum"), "beta1": "beta1", "beta2": "beta2", "eps": "eps",
                "batch_size": QT_TRANSLATE_NOOP("Undo", "batch size")}


translate = QCoreApplication.translate


class Undo(QObject):
    """The texts that count something, with plural forms (lupdate marks those only in ``self.tr``)."""

    def insert_rows(self, n: int) -> str:
        return self.tr("Insert %n row(s)", "", n)

    def remove_rows(self, n: int) -> str:
        return self.tr("Remove %n row(s)", "", n)

    def mark_rows(self, n: int, test: bool) -> str:
        return self.tr("Mark %n row(s) as test", "", n) if test else self.tr("Mark %n row(s) as training", "", n)

    def remove_columns(self, n: int) -> str:
        return self.tr("Remove %n column(s)", "", n)

    def make_columns(self, n: int, role: str) -> str:
        return self.tr("Make %n column(s) inputs", "", n) if role == "input" else self.tr("Make %n column(s) targets",
                                                                                            "", n)


_counted = Undo()


class SetCellsCommand(QUndoCommand):
    """Scattered cells set to new values (a typed cell, Delete, Space)."""

    def __init__(self, model: DatasetModel, rows, cols, values, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.rows, self.cols = np.asarray(rows, dtype=int), np.asarray(cols, dtype=int)
        self.new = np.broadcast_to(np.asarray(values, dtype=float), self.rows.shape).copy()
        self.old: np.ndarray | None = None

    def redo(self) -> None:
        self.old = self.model.set_cells(self.rows, self.cols, self.new)

    def undo(self) -> None:
        self.model.set_cells(self.rows, self.cols, self.old)


class PasteCommand(QUndoCommand):
    """A block written at (row, col), first growing the table by rows and new columns where it runs past."""

    def __init__(self, model: DatasetModel, row: int, col: int, block: np.ndarray,
                 new_columns: Sequence[tuple[str, str]] = (), text: str = "Paste") -> None:
        super().__init__(text)
        self.model, self.row, self.col = model, row, col
        self.block = np.array(block, dtype=float, ndmin=2)
        self.new_columns = list(new_columns)  # (name, role) appended at the right
        self.added_rows = max(0, row + self.block.shape[0] - model.rowCount())
        self.old: np.ndarray | None = None

    def redo(self) -> None:
        m = self.model
        with m.batch():
            if self.added_rows:
                m.insert_rows(m.rowCount(), self.added_rows)
            for name, role in self.new_columns:
                m.insert_column(m.columnCount(), name, role, validate=False)
            self.old = m.set_block(self.row, self.col, self.block)

    def undo(self) -> None:
        m = self.model
        with m.batch():
            m.set_block(self.row, self.col, self.old)
            for _ in self.new_columns:
                m.remove_column(m.columnCount() - 1)
            if self.added_rows:
                m.remove_rows(m.rowCount() - self.added_rows, self.added_rows)


class InsertRowsCommand(QUndoCommand):
    def __init__(self, model: DatasetModel, row: int, count: int, text: str | None = None, values=None) -> None:
        super().__init__(text or _counted.insert_rows(count))
        self.model, self.row, self.count, self.values = model, row, count, values

    def redo(self) -> None:
        self.model.insert_rows(self.row, self.count, self.values)

    def undo(self) -> None:
        self.model.remove_rows(self.row, self.count)


def _runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted distinct indices as (start, count) runs: [1, 2, 3, 7] -> [(1, 3), (7, 1)]."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(indices)):
        if runs and runs[-1][0] + runs[-1][1] == i:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    return runs


class RemoveRowsCommand(QUndoCommand):
    """Rows removed (any selection: contiguous runs are removed bottom-up and restored top-down)."""

    def __init__(self, model: DatasetModel, rows: Sequence[int], text: str | None = None) -> None:
        self.runs = _runs(rows)
        removed = sum(n for _, n in self.runs)
        super().__init__(text or _counted.remove_rows(removed))
        self.model = model
        self.removed: list[np.ndarray] = []

    def redo(self) -> None:
        flags = self.model.test_flags()
        self.flags = [flags[start:start + n] for start, n in self.runs]  # test rows come back as test rows
        with self.model.batch():
            self.removed = [self.model.remove_rows(start, n) for start, n in reversed(self.runs)][::-1]

    def undo(self) -> None:
        with self.model.batch():
            for (start, n), values, flags in zip(self.runs, self.removed, self.flags):
                self.model.insert_rows(start, n, values, flags)


class SetTestRowsCommand(QUndoCommand):
    """Rows marked as held-out test rows, or back as training rows."""

    def __init__(self, model: DatasetModel, rows: Sequence[int], test: bool) -> None:
        super().__init__(_counted.mark_rows(len(rows), test))
        self.model, self.rows, self.test = model, list(rows), test
        self.old = None

    def redo(self) -> None:
        self.old = self.model.set_test_rows(self.rows, self.test)

    def undo(self) -> None:
        self.model.set_test_rows(self.rows, self.old)


class InsertColumnCommand(QUndoCommand):
    def __init__(self, model: DatasetModel, col: int, name: str, role: str, values=None,
                 text: str | None = None) -> None:
        insert = (translate("Undo", "Insert input column {name}") if role == "input"
                  else translate("Undo", "Insert target column {name}"))
        super().__init__(text or insert.format(name=repr(name)))
        self.model, self.col, self.name, self.role, self.values = model, col, name, role, values

    def redo(self) -> None:
        self.model.insert_column(self.col, self.name, self.role, self.values, validate=False)

    def undo(self) -> None:
        self.model.remove_column(self.col)


class RemoveColumnsCommand(QUndoCommand):
    def __init__(self, model: DatasetModel, cols: Sequence[int]) -> None:
        self.cols = sorted(set(cols))
        names = [model.dataset().names[c] for c in self.cols]
        super().__init__(translate("Undo", "Remove column {name}").format(name=repr(names[0])) if len(names) == 1
                         else _counted.remove_columns(len(names)))
        self.model = model
        self.removed: list[tuple[str, str, np.ndarray]] = []

    def redo(self) -> None:
        with self.model.batch():
            self.removed = [self.model.remove_column(c) for c in reversed(self.cols)][::-1]

    def undo(self) -> None:
        with self.model.batch():
            for c, (name, role, values) in zip(self.cols, self.removed):
                self.model.insert_column(c, name, role, values, validate=False)


class RenameColumnCommand(QUndoCommand):
    def __init__(self, model: DatasetModel, col: int, name: str) -> None:
        self.old = model.dataset().names[col]
        super().__init__(translate("Undo", "Rename column {old} to {new}").format(old=repr(self.old),
                                                                                  new=repr(name)))
        self.model, self.col, self.name = model, col, name

    def redo(self) -> None:
        self.model.rename_column(self.col, self.name, validate=False)

    def undo(self) -> None:
        self.model.rename_column(self.col, self.old, validate=False)


class SetRolesCommand(QUndoCommand):
    """Columns made inputs or targets."""

    def __init__(self, model: DatasetModel, cols: Sequence[int], role: str) -> None:
        names = [model.dataset().names[c] for c in cols]
        if len(names) == 1:
            text = (translate("Undo", "Make {name} an input") if role == "input"
                    else translate("Undo", "Make {name} a target")).format(name=repr(names[0]))
        else:
            text = _counted.make_columns(len(names), role)
        super().__init__(text)
        self.model, self.cols, self.role = model, list(cols), role
        self.old: list[str] = []

    def redo(self) -> None:
        with self.model.batch():
            self.old = [self.model.set_role(c, self.role) for c in self.cols]

    def undo(self) -> None:
        with self.model.batch():
            for c, role in zip(self.cols, self.old):
                self.model.set_role(c, role)


class FillColumnCommand(QUndoCommand):
    """A column set from computed values (a target from an expression), optionally a new column."""

    def __init__(self, model: DatasetModel, col: int, values: np.ndarray, text: str,
                 new_column: tuple[str, str] | None = None) -> None:
        super().__init__(text)
        self.model, self.col, self.new_column = model, col, new_column
        self.values = np.asarray(values, dtype=float).reshape(-1, 1)
        self.old: np.ndarray | None = None

    def redo(self) -> None:
        with self.model.batch():
            if self.new_column:
                self.model.insert_column(self.col, *self.new_column, validate=False)
            self.old = self.model.set_block(0, self.col, self.values)

    def undo(self) -> None:
        with self.model.batch():
            if self.new_column:
                self.model.remove_column(self.col)
            else:
                self.model.set_block(0, self.col, self.old)


Experiment = tuple[Dataset, "Settings | None"]


class ReplaceExperimentCommand(QUndoCommand):
    """The whole table and the settings replaced (a preset, a generated truth table).

    ``apply(dataset, settings)`` shows them; settings None leaves the settings as they are.
    Copies are applied, so later edits never reach the datasets kept here.
    """

    def __init__(self, apply: Callable[[Dataset, Settings | None], None], old: Experiment, new: Experiment,
                 text: str) -> None:
        super().__init__(text)
        self.apply = apply
        self.old = (old[0].copy(), old[1])
        self.new = (new[0].copy(), new[1])

    def redo(self) -> None:
        self.apply(self.new[0].copy(), self.new[1])

    def undo(self) -> None:
        self.apply(self.old[0].copy(), self.old[1])


def settings_change_text(old: Settings, new: Settings) -> str:
    """'Change learning rate', 'Change seed and bias', 'Change settings'."""
    changed = [translate("Undo", _FIELD_WORDS.get(k, k)) for k, v in new.to_dict().items() if old.to_dict()[k] != v]
    if not changed or len(changed) > 2:
        return translate("Undo", "Change settings")
    return translate("Undo", "Change {what}").format(what=translate("Undo", " and ").join(changed))


class SettingsCommand(QUndoCommand):
    """A change in the settings form. Consecutive changes of the same fields merge (typing 0.05 is one step)."""

    def __init__(self, apply: Callable[[Settings], None], old: Settings, new: Settings) -> None:
        super().__init__(settings_change_text(old, new))
        self.apply, self.old, self.new = apply, old, new
        self._first = True

    def changed_fields(self) -> set[str]:
        a, b = self.old.to_dict(), self.new.to_dict()
        return {k for k in a if a[k] != b[k]}

    def id(self) -> int:
        return SETTINGS_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SettingsCommand) or other.changed_fields() != self.changed_fields():
            return False
        self.new = other.new
        if self.new == self.old:  # typed back to where it was: nothing left to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._first:  # the form already shows the change the user made
            self._first = False
            return
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)

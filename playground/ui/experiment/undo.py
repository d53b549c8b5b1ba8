"""Undo commands: each ``QUndoCommand`` wraps one command of ``playground.core.data.experiment``.

A command's first ``redo`` (run by ``QUndoStack.push``) does the core command on the
window's ``Experiment``; ``undo`` undoes it, which puts back exactly the table and
settings it started from. The views follow the experiment's events. Every command is
one step on the stack however many cells it touches (a paste of 53,000 cells is one
step), and its text, in the interface language, is what the Edit menu shows after "Undo".
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from playground.core.data.dataset import Dataset
from playground.core.data.experiment import Command, Experiment, ReplaceExperiment, SetSettings
from playground.core.data.table_edits import (FillColumn, InsertColumn, InsertRows, Paste, RemoveColumns, RemoveRows,
                                         RenameColumn, SetCells, SetRoles, SetTestRows, runs)
from playground.core.data.settings import Settings

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


class ExperimentCommand(QUndoCommand):
    """A core command on the undo stack: ``redo`` does it on the experiment, ``undo`` undoes it."""

    def __init__(self, experiment: Experiment, command: Command, text: str | None = None) -> None:
        super().__init__(text if text is not None else command.text)
        self.experiment, self.command = experiment, command

    def redo(self) -> None:
        self.command.do(self.experiment)

    def undo(self) -> None:
        self.command.undo(self.experiment)


class SetCellsCommand(ExperimentCommand):
    """Scattered cells set to new values (a typed cell, Delete, Space)."""

    def __init__(self, experiment: Experiment, rows, cols, values, text: str) -> None:
        super().__init__(experiment, SetCells(rows, cols, np.array(values, dtype=float), text))


class PasteCommand(ExperimentCommand):
    """A block written at (row, col), first growing the table by rows and new columns where it runs past."""

    def __init__(self, experiment: Experiment, row: int, col: int, block: np.ndarray,
                 new_columns: Sequence[tuple[str, str]] = (), text: str = "Paste") -> None:
        super().__init__(experiment, Paste(row, col, block, new_columns, text))
        self.block = self.command.block  # the view selects what was pasted


class InsertRowsCommand(ExperimentCommand):
    def __init__(self, experiment: Experiment, row: int, count: int, text: str | None = None, values=None) -> None:
        super().__init__(experiment, InsertRows(row, count, values), text or _counted.insert_rows(count))


class RemoveRowsCommand(ExperimentCommand):
    """Rows removed (any selection); Undo brings them back where they were, test rows as test rows."""

    def __init__(self, experiment: Experiment, rows: Sequence[int], text: str | None = None) -> None:
        removed = sum(n for _, n in runs(rows))
        super().__init__(experiment, RemoveRows(rows), text or _counted.remove_rows(removed))


class SetTestRowsCommand(ExperimentCommand):
    """Rows marked as held-out test rows, or back as training rows."""

    def __init__(self, experiment: Experiment, rows: Sequence[int], test: bool) -> None:
        super().__init__(experiment, SetTestRows(rows, test), _counted.mark_rows(len(rows), test))


class InsertColumnCommand(ExperimentCommand):
    def __init__(self, experiment: Experiment, col: int, name: str, role: str, values=None,
                 text: str | None = None) -> None:
        insert = (translate("Undo", "Insert input column {name}") if role == "input"
                  else translate("Undo", "Insert target column {name}"))
        super().__init__(experiment, InsertColumn(col, name, role, values), text or insert.format(name=repr(name)))


class RemoveColumnsCommand(ExperimentCommand):
    def __init__(self, experiment: Experiment, cols: Sequence[int]) -> None:
        names = [experiment.dataset.names[c] for c in sorted(set(cols))]
        super().__init__(experiment, RemoveColumns(cols),
                         translate("Undo", "Remove column {name}").format(name=repr(names[0])) if len(names) == 1
                         else _counted.remove_columns(len(names)))


class RenameColumnCommand(ExperimentCommand):
    def __init__(self, experiment: Experiment, col: int, name: str) -> None:
        old = experiment.dataset.names[col]
        super().__init__(experiment, RenameColumn(col, name), translate(
            "Undo", "Rename column {old} to {new}").format(old=repr(old), new=repr(name)))


class SetRolesCommand(ExperimentCommand):
    """Columns made inputs or targets."""

    def __init__(self, experiment: Experiment, cols: Sequence[int], role: str) -> None:
        names = [experiment.dataset.names[c] for c in cols]
        if len(names) == 1:
            text = (translate("Undo", "Make {name} an input") if role == "input"
                    else translate("Undo", "Make {name} a target")).format(name=repr(names[0]))
        else:
            text = _counted.make_columns(len(names), role)
        super().__init__(experiment, SetRoles(cols, role), text)


class FillColumnCommand(ExperimentCommand):
    """A column set from computed values (a target from an expression), optionally a new column."""

    def __init__(self, experiment: Experiment, col: int, values: np.ndarray, text: str,
                 new_column: tuple[str, str] | None = None) -> None:
        super().__init__(experiment, FillColumn(col, values, new_column), text)


class ReplaceExperimentCommand(ExperimentCommand):
    """The whole table and the settings replaced (a preset, a generated truth table); settings None keeps them.

    The tables are frozen (``Dataset.frozen``): later edits never reach the ones kept here."""

    def __init__(self, experiment: Experiment, dataset: Dataset, settings: Settings | None, text: str) -> None:
        super().__init__(experiment, ReplaceExperiment(dataset, settings), text)


def settings_change_text(fields: Iterable[str]) -> str:
    """'Change learning rate', 'Change seed and bias', 'Change settings' (for the settings named)."""
    changed = [translate("Undo", _FIELD_WORDS.get(k, k)) for k in _FIELD_WORDS if k in set(fields)]
    if not changed or len(changed) > 2:
        return translate("Undo", "Change settings")
    return translate("Undo", "Change {what}").format(what=translate("Undo", " and ").join(changed))


class SettingsCommand(ExperimentCommand):
    """A change in the settings form. Consecutive changes of the same fields merge (typing 0.05 is one step)."""

    def __init__(self, experiment: Experiment, command: SetSettings) -> None:
        super().__init__(experiment, command, settings_change_text(command.changes))

    def id(self) -> int:
        return SETTINGS_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SettingsCommand) or not self.command.merge(other.command):
            return False
        if self.command.obsolete:  # typed back to where it was: nothing left to undo
            self.setObsolete(True)
        return True

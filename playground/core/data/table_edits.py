"""The table edits of an experiment, as undoable commands (``playground.core.data.experiment``).

Each edit is made of steps (rows inserted, cells changed, ...), each making a new frozen table
from the one before; ``undo`` walks the same steps back to the very table the edit started from.
A command records what it replaced (``old``, ``removed``) for callers that return it.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from playground.core.data.dataset import INPUT, TARGET, Dataset
from playground.core.data.experiment import (CELLS, COLUMNS_CHANGED, COLUMNS_INSERTED, COLUMNS_REMOVED, ROWS_CHANGED,
                                        ROWS_INSERTED, ROWS_REMOVED, Command, Experiment, Step)


class TableCommand(Command):
    """A table edit made of steps; undo walks the same steps back to the very table it started from."""

    changes_table = True

    def __init__(self) -> None:
        self.before: Dataset | None = None
        self.steps: list[Step] = []

    def _steps(self, ds: Dataset) -> list[Step]:
        """The steps of this edit, made on ``ds``; may record what undo or a caller needs."""
        raise NotImplementedError

    def do(self, experiment: Experiment) -> None:
        experiment.check(self)
        self.before = experiment.dataset
        self.steps = self._steps(self.before)
        experiment.update(dataset=self.steps[-1].dataset if self.steps else self.before, steps=self.steps)

    def undo(self, experiment: Experiment) -> None:
        experiment.check(self)
        if not self.steps:
            return
        if experiment.dataset is not self.steps[-1].dataset:  # changed since outside this history
            experiment.update(dataset=self.before)
            return
        befores = [self.before] + [s.dataset for s in self.steps[:-1]]
        back = [step.inverse(before) for step, before in zip(reversed(self.steps), reversed(befores))]
        experiment.update(dataset=self.before, steps=back)


def _table(names, roles, values, test) -> Dataset:
    return Dataset(list(names), list(roles), values, test).frozen()


def _index_arrays(ds: Dataset, rows, cols) -> tuple[np.ndarray, np.ndarray]:
    rows = np.asarray(rows, dtype=int).reshape(-1)
    cols = np.asarray(cols, dtype=int).reshape(-1)
    if rows.shape != cols.shape:
        raise ValueError(f"{rows.size} rows but {cols.size} columns")
    n_rows, n_cols = ds.values.shape
    if rows.size and (rows.min() < 0 or cols.min() < 0 or rows.max() >= n_rows or cols.max() >= n_cols):
        raise IndexError(f"cells outside the {n_rows}x{n_cols} table")
    return rows, cols


def _with_block(ds: Dataset, row: int, col: int, block: np.ndarray) -> Step:
    values = ds.values.copy()
    values[row:row + block.shape[0], col:col + block.shape[1]] = block
    new = _table(ds.names, ds.roles, values, ds.test_mask)
    return Step(CELLS, new, row, row + block.shape[0] - 1, col, col + block.shape[1] - 1)


def _insert_rows(ds: Dataset, row: int, values: np.ndarray, flags: np.ndarray) -> Step:
    new = _table(ds.names, ds.roles, np.concatenate([ds.values[:row], values, ds.values[row:]]),
                 np.concatenate([ds.test_mask[:row], flags, ds.test_mask[row:]]))
    return Step(ROWS_INSERTED, new, row, row + len(values) - 1)


def _remove_rows(ds: Dataset, row: int, count: int) -> Step:
    keep = np.r_[0:row, row + count:ds.n_rows]
    new = _table(ds.names, ds.roles, ds.values[keep], ds.test_mask[keep])
    return Step(ROWS_REMOVED, new, row, row + count - 1)


def _insert_column(ds: Dataset, col: int, name: str, role: str, values: np.ndarray) -> Step:
    names, roles = list(ds.names), list(ds.roles)
    names.insert(col, name)
    roles.insert(col, role)
    new = _table(names, roles, np.insert(ds.values, col, values, axis=1), ds.test_mask)
    return Step(COLUMNS_INSERTED, new, col, col)


def _remove_column(ds: Dataset, col: int) -> Step:
    names, roles = list(ds.names), list(ds.roles)
    del names[col], roles[col]
    return Step(COLUMNS_REMOVED, _table(names, roles, np.delete(ds.values, col, axis=1), ds.test_mask), col, col)


def _check_role(role: str) -> None:
    if role not in (INPUT, TARGET):
        raise ValueError(f"unknown column role {role!r} (use 'input' or 'target')")


class SetCells(TableCommand):
    """Scattered cells set to new values (a typed cell, Delete, Space, one value pasted over a selection)."""

    def __init__(self, rows, cols, values, text: str = "Set cells") -> None:
        super().__init__()
        self.rows, self.cols = np.asarray(rows, dtype=int).reshape(-1), np.asarray(cols, dtype=int).reshape(-1)
        self.values, self.text = values, text
        self.old: np.ndarray | None = None  # the cells' values before

    def _steps(self, ds):
        rows, cols = _index_arrays(ds, self.rows, self.cols)
        new = np.broadcast_to(np.asarray(self.values, dtype=float), rows.shape)
        self.old = ds.values[rows, cols].copy()
        if not rows.size:
            return [Step(CELLS, ds.frozen())]
        values = ds.values.copy()
        values[rows, cols] = new
        return [Step(CELLS, _table(ds.names, ds.roles, values, ds.test_mask), int(rows.min()), int(rows.max()),
                     int(cols.min()), int(cols.max()))]


class SetBlock(TableCommand):
    """A 2-D block of numbers written with its top-left corner at (row, col)."""

    def __init__(self, row: int, col: int, block, text: str = "Set cells") -> None:
        super().__init__()
        self.row, self.col, self.text = row, col, text
        self.block = np.array(block, dtype=float, ndmin=2)
        if self.block.ndim != 2:
            raise ValueError(f"a block must be 2-D, got shape {self.block.shape}")
        self.old: np.ndarray | None = None

    def _steps(self, ds):
        (n, m), (row, col) = self.block.shape, (self.row, self.col)
        if row < 0 or col < 0 or row + n > ds.n_rows or col + m > len(ds.names):
            raise ValueError(f"a {n}x{m} block at row {row + 1}, column {col + 1} "
                             f"does not fit in {ds.n_rows}x{len(ds.names)}")
        self.old = ds.values[row:row + n, col:col + m].copy()
        return [_with_block(ds, row, col, self.block)]


class Paste(TableCommand):
    """A block written at (row, col), first growing the table by rows and new columns where it runs past."""

    def __init__(self, row: int, col: int, block, new_columns: Sequence[tuple[str, str]] = (),
                 text: str = "Paste") -> None:
        super().__init__()
        self.row, self.col, self.text = row, col, text
        self.block = np.array(block, dtype=float, ndmin=2)
        self.new_columns = list(new_columns)  # (name, role) appended at the right

    def _steps(self, ds):
        steps: list[Step] = []
        grow = max(0, self.row + self.block.shape[0] - ds.n_rows)
        if grow:
            steps.append(_insert_rows(ds, ds.n_rows, np.zeros((grow, len(ds.names))), np.zeros(grow, bool)))
        for name, role in self.new_columns:
            now = steps[-1].dataset if steps else ds
            steps.append(_insert_column(now, len(now.names), name, role, np.zeros(now.n_rows)))
        steps.append(_with_block(steps[-1].dataset if steps else ds, self.row, self.col, self.block))
        return steps


class InsertRows(TableCommand):
    """``count`` rows before ``row`` (zeros unless ``values`` are given; training rows unless ``test`` says)."""

    def __init__(self, row: int, count: int, values=None, test=None, text: str = "Insert rows") -> None:
        super().__init__()
        self.row, self.count, self.values, self.test, self.text = row, count, values, test, text

    def _steps(self, ds):
        if not 0 <= self.row <= ds.n_rows or self.count < 0:
            raise IndexError(f"cannot insert {self.count} rows at row {self.row + 1}")
        if self.count == 0:
            return []
        n_cols = len(ds.names)
        values = (np.zeros((self.count, n_cols)) if self.values is None
                  else np.array(self.values, dtype=float).reshape(self.count, n_cols))
        flags = (np.zeros(self.count, dtype=bool) if self.test is None
                 else np.asarray(self.test, dtype=bool).reshape(self.count))
        return [_insert_rows(ds, self.row, values, flags)]


def runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted distinct indices as (start, count) runs: [1, 2, 3, 7] -> [(1, 3), (7, 1)]."""
    out: list[tuple[int, int]] = []
    for i in sorted(set(indices)):
        if out and out[-1][0] + out[-1][1] == i:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((i, 1))
    return out


class RemoveRows(TableCommand):
    """Rows removed (any selection: each run of neighbouring rows is one step, from the bottom up)."""

    def __init__(self, rows: Sequence[int], text: str = "Remove rows") -> None:
        super().__init__()
        self.runs, self.text = runs(rows), text
        self.removed: list[np.ndarray] = []  # per run, top-down: the rows' values

    def _steps(self, ds):
        for start, n in self.runs:
            if start < 0 or n < 0 or start + n > ds.n_rows:
                raise IndexError(f"cannot remove {n} rows at row {start + 1} of {ds.n_rows}")
        self.removed = [ds.values[start:start + n].copy() for start, n in self.runs]
        steps: list[Step] = []
        for start, n in reversed(self.runs):
            if n:
                steps.append(_remove_rows(steps[-1].dataset if steps else ds, start, n))
        return steps


class SetTestRows(TableCommand):
    """Rows marked as held-out test rows (True) or as training rows (False)."""

    def __init__(self, rows: Sequence[int], test, text: str = "Mark rows") -> None:
        super().__init__()
        self.rows, self.test, self.text = np.asarray(list(rows), dtype=int), test, text
        self.old: np.ndarray | None = None

    def _steps(self, ds):
        mask = ds.test_mask.copy()
        self.old = mask[self.rows].copy()
        mask[self.rows] = self.test
        new = _table(ds.names, ds.roles, ds.values, mask)
        if not len(self.rows):
            return [Step(ROWS_CHANGED, new)]
        return [Step(ROWS_CHANGED, new, int(self.rows.min()), int(self.rows.max()))]


class InsertColumn(TableCommand):
    """A column before ``col`` (zeros unless ``values`` are given). The name is not checked here."""

    def __init__(self, col: int, name: str, role: str = INPUT, values=None, text: str = "Insert column") -> None:
        super().__init__()
        _check_role(role)
        self.col, self.name, self.role, self.values, self.text = col, name, role, values, text

    def _steps(self, ds):
        if not 0 <= self.col <= len(ds.names):
            raise IndexError(f"cannot insert a column at column {self.col + 1}")
        values = np.zeros(ds.n_rows) if self.values is None else np.array(self.values, float).reshape(ds.n_rows)
        return [_insert_column(ds, self.col, self.name, self.role, values)]


class RemoveColumns(TableCommand):
    """Columns removed, one step each from the right."""

    def __init__(self, cols: Sequence[int], text: str = "Remove columns") -> None:
        super().__init__()
        self.cols, self.text = sorted(set(cols)), text
        self.removed: list[tuple[str, str, np.ndarray]] = []  # left to right: (name, role, values)

    def _steps(self, ds):
        for c in self.cols:
            if not 0 <= c < len(ds.names):
                raise IndexError(f"no column {c + 1}")
        self.removed = [(ds.names[c], ds.roles[c], ds.values[:, c].copy()) for c in self.cols]
        steps: list[Step] = []
        for c in reversed(self.cols):
            steps.append(_remove_column(steps[-1].dataset if steps else ds, c))
        return steps


class RenameColumn(TableCommand):
    """A column renamed (the name is not checked here: callers ask ``name_problem`` first)."""

    def __init__(self, col: int, name: str, text: str = "Rename column") -> None:
        super().__init__()
        self.col, self.name, self.text = col, name, text
        self.old: str | None = None

    def _steps(self, ds):
        names = list(ds.names)
        self.old, names[self.col] = names[self.col], self.name
        return [Step(COLUMNS_CHANGED, _table(names, ds.roles, ds.values, ds.test_mask), self.col, self.col)]


class SetRoles(TableCommand):
    """Columns made inputs or targets."""

    def __init__(self, cols: Sequence[int], role: str, text: str = "Set roles") -> None:
        super().__init__()
        _check_role(role)
        self.cols, self.role, self.text = list(cols), role, text
        self.old: list[str] = []

    def _steps(self, ds):
        roles = list(ds.roles)
        self.old = [roles[c] for c in self.cols]
        for c in self.cols:
            roles[c] = self.role
        new = _table(ds.names, roles, ds.values, ds.test_mask)
        if not self.cols:
            return [Step(COLUMNS_CHANGED, new)]
        return [Step(COLUMNS_CHANGED, new, min(self.cols), max(self.cols))]


class FillColumn(TableCommand):
    """A column set from computed values (a target from an expression), or a new column holding them."""

    def __init__(self, col: int, values, new_column: tuple[str, str] | None = None, text: str = "Fill column") -> None:
        super().__init__()
        self.col, self.new_column, self.text = col, new_column, text
        self.values = np.asarray(values, dtype=float).reshape(-1)

    def _steps(self, ds):
        if self.new_column:
            return [_insert_column(ds, self.col, *self.new_column, self.values.reshape(ds.n_rows))]
        return [_with_block(ds, 0, self.col, self.values.reshape(-1, 1))]


__all__ = ["TableCommand", "SetCells", "SetBlock", "Paste", "InsertRows", "RemoveRows", "SetTestRows",
           "InsertColumn", "RemoveColumns", "RenameColumn", "SetRoles", "FillColumn", "runs"]

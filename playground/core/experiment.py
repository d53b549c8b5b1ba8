"""The experiment a person works on: the table, the settings, where a lesson is, and what is locked.

One owner for what used to be read back out of widgets (STYLE idea 16, napari's ``EventedModel``
without pydantic or Qt). An :class:`Experiment` holds four values and tells listeners when one
changes::

    experiment.events.dataset.connect(callback)   # callback(change): change.old, change.new, change.steps
    experiment.events.settings / .lesson / .locks  # the same, change.steps empty

Every value is immutable: a :class:`~playground.core.settings.Settings`, a frozen
:class:`~playground.core.dataset.Dataset` (read-only arrays, see ``Dataset.frozen``), a
:class:`LessonPosition`, :class:`Locks`. An edit makes a new table and never changes the old
one, so a run (or an undo step, or a document being saved) that took a table keeps it as it was.

Edits are :class:`Command` objects: ``do(experiment)`` makes the change, ``undo(experiment)``
puts back exactly what was there. :class:`CommandHistory` keeps them in undo and redo lists for
headless use; the window's ``QUndoStack`` wraps the same commands (``playground.ui.undo``).
:meth:`Experiment.refusal` says why the locks refuse a command (training runs, a lesson keeps the
table or a setting), and ``do`` raises :class:`CommandRefused` with that sentence.

A table edit is described as well as made: ``change.steps`` lists its :class:`Step` s (rows
inserted, cells changed, ...), each with the table after it, so a view (the window's table model)
can move through them with exact signals instead of redrawing everything.
"""

from __future__ import annotations

import inspect
import weakref
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import numpy as np

from playground.core.dataset import INPUT, TARGET, Dataset
from playground.core.settings import FIELD, Settings
from playground.core.texts import say

# Step kinds: what one step of a table edit did (``first``..``last`` are rows or columns as named).
CELLS = "cells"  # rows first..last, columns first_column..last_column hold new numbers
ROWS_INSERTED, ROWS_REMOVED = "rows inserted", "rows removed"
COLUMNS_INSERTED, COLUMNS_REMOVED = "columns inserted", "columns removed"
COLUMNS_CHANGED = "columns changed"  # names or roles of columns first..last
ROWS_CHANGED = "rows changed"  # test flags of rows first..last
RESET = "reset"  # anything: a new table
_INVERSE = {ROWS_INSERTED: ROWS_REMOVED, ROWS_REMOVED: ROWS_INSERTED,
            COLUMNS_INSERTED: COLUMNS_REMOVED, COLUMNS_REMOVED: COLUMNS_INSERTED}


class CommandRefused(ValueError):
    """A lock refuses a command; the message says which and why."""


@dataclass(frozen=True)
class Step:
    """One step of a table edit and the table after it."""

    kind: str
    dataset: Dataset = field(repr=False)
    first: int = 0
    last: int = -1
    first_column: int = 0
    last_column: int = -1

    def inverse(self, before: Dataset) -> "Step":
        """The step that goes back to ``before`` (the table before this step)."""
        return replace(self, kind=_INVERSE.get(self.kind, self.kind), dataset=before)


@dataclass(frozen=True)
class Change:
    """What an event tells its listeners: the value before, the value now, and for a table the steps."""

    old: object
    new: object
    steps: tuple[Step, ...] = ()


class Event:
    """Callbacks told about one kind of change, in the order they connected.

    A bound method is held weakly (as Qt holds a slot): a view that listens to an experiment is
    not kept alive by it, and no reference cycle ties the view's Qt object to the experiment
    (Python's garbage collector would then delete Qt objects at arbitrary times)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callable[[], Callable[[Change], object] | None]] = []

    @staticmethod
    def _ref(callback: Callable[[Change], object]) -> Callable[[], Callable[[Change], object] | None]:
        if inspect.ismethod(callback):
            return weakref.WeakMethod(callback)
        return lambda: callback

    def _live(self) -> list[Callable[[Change], object]]:
        live = [ref() for ref in self._callbacks]
        if None in live:
            self._callbacks = [ref for ref, cb in zip(self._callbacks, live) if cb is not None]
        return [cb for cb in live if cb is not None]

    def connect(self, callback: Callable[[Change], object]) -> Callable[[Change], object]:
        if callback not in self._live():
            self._callbacks.append(self._ref(callback))
        return callback

    def disconnect(self, callback: Callable[[Change], object]) -> None:
        live = self._live()
        if callback in live:
            del self._callbacks[live.index(callback)]

    def emit(self, change: Change) -> None:
        for callback in self._live():
            callback(change)


class Events:
    """The experiment's events: one per value."""

    def __init__(self) -> None:
        self.dataset, self.settings = Event("dataset"), Event("settings")
        self.lesson, self.locks = Event("lesson"), Event("locks")


@dataclass(frozen=True)
class LessonPosition:
    """Where a lesson is: its key (the lesson file's name; "" for one being written) and the step (0-based)."""

    lesson: str
    step: int


@dataclass(frozen=True)
class Locks:
    """What may not change now: everything while training runs; what a lesson keeps as it is."""

    running: bool = False
    table: bool = False  # a lesson keeps the table
    settings: frozenset[str] = frozenset()  # the settings a lesson keeps (names of Settings fields)

    def with_(self, **changes) -> "Locks":
        if "settings" in changes:
            changes["settings"] = frozenset(changes["settings"])
        return replace(self, **changes)


def empty_dataset() -> Dataset:
    """A table with no columns and no rows (what a new experiment shows until one is loaded)."""
    return Dataset([], [], np.zeros((0, 0))).frozen()


_KEEP = object()


class Experiment:
    """The table, the settings, the lesson position and the locks, with an event for each."""

    def __init__(self, dataset: Dataset | None = None, settings: Settings | None = None) -> None:
        self._dataset = (dataset if dataset is not None else empty_dataset()).frozen()
        self._settings = settings if settings is not None else Settings()
        self._lesson: LessonPosition | None = None
        self._locks = Locks()
        self.events = Events()

    @property
    def dataset(self) -> Dataset:
        """The table (frozen: never changed in place; an edit makes a new one)."""
        return self._dataset

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def lesson(self) -> LessonPosition | None:
        """The lesson step on show, or None."""
        return self._lesson

    @property
    def locks(self) -> Locks:
        return self._locks

    def update(self, *, dataset=_KEEP, settings=_KEEP, lesson=_KEEP, locks=_KEEP,
               steps: Sequence[Step] = ()) -> None:
        """Store new values, then tell each value's listeners once (outside any history; commands call this).

        A table counts as changed when it is another object (every edit makes one); the other values
        when they differ. Every value is stored before any listener runs, so each sees the whole new state.
        ``steps`` describe a table edit (default: one RESET step)."""
        told: list[tuple[Event, Change]] = []
        if dataset is not _KEEP and dataset is not self._dataset:
            dataset = dataset.frozen()
            told.append((self.events.dataset, Change(self._dataset, dataset,
                                                     tuple(steps) or (Step(RESET, dataset),))))
            self._dataset = dataset
        for name, value in (("settings", settings), ("lesson", lesson), ("locks", locks)):
            old = getattr(self, "_" + name)
            if value is not _KEEP and value != old:
                setattr(self, "_" + name, value)
                told.append((getattr(self.events, name), Change(old, value)))
        for event, change in told:
            event.emit(change)

    # -- locks --
    def refusal(self, command: "Command") -> str | None:
        """Why the locks refuse ``command`` now (one sentence), or None."""
        locks = self._locks
        if locks.running:
            return say("Nothing can be changed while training (press Stop first)")
        if locks.table and command.changes_table:
            return say("The lesson keeps the table as it is")
        kept = sorted(command.settings_fields() & locks.settings)
        if kept:
            return say("The lesson keeps the {setting} as it is", setting=FIELD[kept[0]].label)
        return None

    def check(self, command: "Command") -> None:
        """Raise CommandRefused when the locks refuse ``command``."""
        why = self.refusal(command)
        if why:
            raise CommandRefused(why)

    def execute(self, command: "Command") -> "Command":
        """Do ``command`` outside any history (CommandRefused when locked); returns it (it holds what it changed)."""
        command.do(self)
        return command


# ---------------------------------------------------------------------- commands

class Command:
    """One undoable edit: ``do`` makes it, ``undo`` puts back exactly what was there; ``text`` names it."""

    text = ""
    changes_table = False  # locked by Locks.table

    def settings_fields(self) -> set[str]:
        """The settings this command may change (locked by Locks.settings)."""
        return set()

    def do(self, experiment: Experiment) -> None:
        raise NotImplementedError

    def undo(self, experiment: Experiment) -> None:
        raise NotImplementedError

    def merge(self, other: "Command") -> bool:
        """Take ``other`` (done just after this) into this command; False when they stay two steps."""
        return False

    @property
    def obsolete(self) -> bool:
        """True when the command (after merging) changes nothing: it need not be kept."""
        return False


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


class ReplaceExperiment(Command):
    """The whole table and the settings replaced (a preset, a generated truth table); settings None keeps them."""

    changes_table = True

    def __init__(self, dataset: Dataset, settings: Settings | None = None, text: str = "Replace the table") -> None:
        self.dataset, self.settings, self.text = dataset.frozen(), settings, text
        self.before: tuple[Dataset, Settings] | None = None

    def settings_fields(self) -> set[str]:
        return set(FIELD) if self.settings is not None else set()

    def do(self, experiment: Experiment) -> None:
        experiment.check(self)
        self.before = (experiment.dataset, experiment.settings)
        experiment.update(dataset=self.dataset, settings=self.settings if self.settings is not None else _KEEP)

    def undo(self, experiment: Experiment) -> None:
        experiment.check(self)
        experiment.update(dataset=self.before[0], settings=self.before[1])


class SetSettings(Command):
    """Some settings changed (a field of the form). Consecutive changes of the same fields merge."""

    def __init__(self, changes: dict, text: str = "Change settings") -> None:
        self.changes, self.text = dict(changes), text
        self.old: dict | None = None  # the same fields before the first do

    @classmethod
    def between(cls, old: Settings, new: Settings, text: str = "Change settings") -> "SetSettings":
        """The command that takes ``old`` to ``new`` (only the fields that differ)."""
        return cls({f: getattr(new, f) for f in FIELD if getattr(new, f) != getattr(old, f)}, text)

    def settings_fields(self) -> set[str]:
        return set(self.changes)

    def do(self, experiment: Experiment) -> None:
        experiment.check(self)
        now = experiment.settings
        if self.old is None:
            self.old = {f: getattr(now, f) for f in self.changes}
        experiment.update(settings=replace(now, **self.changes))

    def undo(self, experiment: Experiment) -> None:
        experiment.check(self)
        experiment.update(settings=replace(experiment.settings, **self.old))

    def merge(self, other: Command) -> bool:
        if not isinstance(other, SetSettings) or set(other.changes) != set(self.changes):
            return False
        self.changes = dict(other.changes)
        return True

    @property
    def obsolete(self) -> bool:
        return self.old is not None and self.changes == self.old  # typed back to where it was


class CommandHistory:
    """Undo and redo lists of commands done on one experiment (the headless form of the window's undo stack)."""

    def __init__(self, experiment: Experiment, limit: int = 200) -> None:
        self.experiment, self.limit = experiment, limit
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def do(self, command: Command) -> Command:
        """Do ``command`` (CommandRefused when locked, nothing changes then) and keep it for undo."""
        command.do(self.experiment)
        self.undone.clear()
        if self.done and self.done[-1].merge(command):
            if self.done[-1].obsolete:
                self.done.pop()
        else:
            self.done.append(command)
            del self.done[:-self.limit]
        return command

    def undo(self) -> Command | None:
        """Undo the last command (None when there is none)."""
        if not self.done:
            return None
        self.done[-1].undo(self.experiment)
        self.undone.append(self.done.pop())
        return self.undone[-1]

    def redo(self) -> Command | None:
        """Do again the last command undone (None when there is none)."""
        if not self.undone:
            return None
        self.undone[-1].do(self.experiment)
        self.done.append(self.undone.pop())
        return self.done[-1]

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()


__all__ = ["Experiment", "Events", "Event", "Change", "Step", "LessonPosition", "Locks", "CommandRefused",
           "Command", "TableCommand", "SetCells", "SetBlock", "Paste", "InsertRows", "RemoveRows", "SetTestRows",
           "InsertColumn", "RemoveColumns", "RenameColumn", "SetRoles", "FillColumn", "ReplaceExperiment",
           "SetSettings", "CommandHistory", "empty_dataset", "runs", "CELLS", "ROWS_INSERTED", "ROWS_REMOVED",
           "COLUMNS_INSERTED", "COLUMNS_REMOVED", "COLUMNS_CHANGED", "ROWS_CHANGED", "RESET"]

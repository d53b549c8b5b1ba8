"""The experiment a person works on: the table, the settings, where a lesson is, and what is locked.

One owner for what used to be read back out of widgets (STYLE idea 16, napari's ``EventedModel``
without pydantic or Qt). An :class:`Experiment` holds four values and tells listeners when one
changes::

    experiment.events.dataset.connect(callback)   # callback(change): change.old, change.new, change.steps
    experiment.events.settings / .lesson / .locks  # the same, change.steps empty

Every value is immutable: a :class:`~playground.core.data.settings.Settings`, a frozen
:class:`~playground.core.data.dataset.Dataset` (read-only arrays, see ``Dataset.frozen``), a
:class:`LessonPosition`, :class:`Locks`. An edit makes a new table and never changes the old
one, so a run (or an undo step, or a document being saved) that took a table keeps it as it was.

Edits are :class:`Command` objects: ``do(experiment)`` makes the change, ``undo(experiment)``
puts back exactly what was there (the table edits are in ``playground.core.data.table_edits``). :class:`CommandHistory` keeps them in undo and redo lists for
headless use; the window's ``QUndoStack`` wraps the same commands (``playground.ui.experiment.undo``).
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

from playground.core.data.dataset import Dataset
from playground.core.data.settings import FIELD, Settings
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
        experiment.update(settings=now.with_(**self.changes))

    def undo(self, experiment: Experiment) -> None:
        experiment.check(self)
        experiment.update(settings=experiment.settings.with_(**self.old))

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
           "Command", "ReplaceExperiment", "SetSettings", "CommandHistory", "empty_dataset", "CELLS", "ROWS_INSERTED",
           "ROWS_REMOVED", "COLUMNS_INSERTED", "COLUMNS_REMOVED", "COLUMNS_CHANGED", "ROWS_CHANGED", "RESET"]

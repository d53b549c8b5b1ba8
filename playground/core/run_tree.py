"""Every run of an experiment: editing after training branches instead of erasing.

A ``RunTree`` holds ``RunRecord``s (core/run_record.py) linked by ``parent``: a change after training
(a typed weight, an edited row, a new learning rate) starts a child of the current run at the
iteration where it was made (``branch``), and the child becomes current. Nothing is erased: Undo
selects the parent again (``select``), with its curve and its Error: lines. ``path`` is the chain
from the root to the current run; ``path_curve`` and ``path_logged`` are what the plot and the log
show along it: each ancestor up to the iteration its child branched at, then the run's own.

Bounds (so a document stays small however long a lesson goes on):

* Up to ``MAX_RUNS`` (64) runs are kept whole.
* Past that, the oldest runs *off the current path* are thinned first: each keeps at most
  ``THIN_CHECKPOINTS`` (8) checkpoints and ``THIN_CURVE_POINTS`` (256) curve points (its start, its last
  state and its Error: lines stay exact). The current path is never thinned.
* Past ``MAX_KEPT_RUNS`` (``core/limits.py``: 512) the oldest leaves off the current path are dropped,
  the oldest first; a run with children is never dropped before them, so every kept run still has its
  parent.

Listeners (``subscribe``) are plain callables without arguments called after any change: the
window's Qt adapter turns them into a signal; the CLI and tests need no Qt.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from playground.core.dataset import DataError, Dataset
from playground.core.json_checks import JsonProblem, kind_of
from playground.core.json_values import get_member
from playground.core.limits import MAX_KEPT_RUNS
from playground.core.run_record import Checkpoint, RunRecord, Series
from playground.core.settings import Settings
from playground.core.texts import say

THIN_CHECKPOINTS = 8
THIN_CURVE_POINTS = 256


class RunTree:
    """Every run of an experiment: editing after training branches instead of erasing."""

    MAX_RUNS = 64  # documented bound; older branches thin their checkpoints/curves first

    def __init__(self) -> None:
        self._runs: dict[str, RunRecord] = {}
        self._current: str | None = None
        self._next = 1
        self._listeners: list[Callable[[], None]] = []

    # -- reading --

    @property
    def current(self) -> RunRecord | None:
        return None if self._current is None else self._runs[self._current]

    def __len__(self) -> int:
        return len(self._runs)

    def __iter__(self) -> Iterator[RunRecord]:
        return iter(list(self._runs.values()))

    def __contains__(self, run_id: object) -> bool:
        return run_id in self._runs

    def get(self, run_id: str) -> RunRecord:
        try:
            return self._runs[run_id]
        except KeyError:
            raise KeyError(f"no run {run_id!r} in this tree") from None

    def parent(self, run_id: str | None = None) -> RunRecord | None:
        """The run that ``run_id`` (default: the current run) branched from, or None for a root."""
        record = self._record(run_id)
        return None if record is None or record.parent is None else self._runs[record.parent]

    def children(self, run_id: str) -> list[RunRecord]:
        """The runs that branched from ``run_id``, in the order they were made."""
        return [r for r in self._runs.values() if r.parent == run_id]

    def path(self, run_id: str | None = None) -> list[RunRecord]:
        """The root .. the current run (or .. ``run_id``)."""
        out: list[RunRecord] = []
        record = self._record(run_id)
        while record is not None:
            out.append(record)
            record = None if record.parent is None else self._runs[record.parent]
        return out[::-1]

    def path_curve(self, run_id: str | None = None) -> Series:
        """The curve along the path: each ancestor up to where its child branched, then the run's own."""
        return self._along(run_id, "curve")

    def path_logged(self, run_id: str | None = None) -> Series:
        """Likewise the Error: lines."""
        return self._along(run_id, "logged")

    def path_checkpoints(self, run_id: str | None = None) -> list[Checkpoint]:
        """The exact states along the path (for the History): each ancestor's up to where its child branched."""
        path = self.path(run_id)
        out: list[Checkpoint] = []
        for record, child in zip(path, path[1:] + [None]):
            end = None if child is None else child.branched_at
            out += [c for c in record.states() if end is None or c.iteration < end]
        return out

    def _along(self, run_id: str | None, name: str) -> Series:
        path = self.path(run_id)
        parts = []
        for record, child in zip(path, path[1:] + [None]):
            series: Series = getattr(record, name)
            # iteration i is recorded before update i, so the child records its own start iteration
            parts.append(series if child is None else series.upto(child.branched_at - 1))
        return Series.concat(parts)

    def find(self, dataset: Dataset, settings: Settings, start_iteration: int) -> RunRecord | None:
        """The latest run with this table, these settings (but for the number of iterations) and this
        start iteration (Undo/Redo find the run they go back to), or None."""
        for record in reversed(list(self._runs.values())):
            if (record.start_iteration == start_iteration and record.settings.same_run(settings)
                    and record.dataset == dataset):
                return record
        return None

    def _record(self, run_id: str | None) -> RunRecord | None:
        return self.current if run_id is None else self.get(run_id)

    # -- changing --

    def add_root(self, dataset: Dataset, settings: Settings, start: Checkpoint | None = None,
                 change: str = "") -> RunRecord:
        """A new run without a parent (a new experiment, or one reopened from an older document); it becomes current."""
        record = RunRecord(self._new_id(), dataset.copy(), settings, start, None,
                           branched_at=0 if start is None else start.iteration, change=change)
        return self._added(record)

    def branch(self, at: Checkpoint, dataset: Dataset, settings: Settings, change: str) -> RunRecord:
        """A child of the current run starting at ``at`` (a state the current run passed through: its start,
        a checkpoint or its last); it becomes current. ValueError for any other state."""
        parent = self.current
        if parent is None:
            raise ValueError("there is no current run to branch from")
        if not parent.start_iteration <= at.iteration <= parent.iteration or not parent.passed_through(at):
            raise ValueError(f"iteration {at.iteration:,} is not a state run {parent.id} passed through "
                             f"(its start, a checkpoint or its last state)")
        # a table the parent trained on is shared, not copied (it is never mutated)
        table = parent.dataset if dataset == parent.dataset else dataset.copy()
        record = RunRecord(self._new_id(), table, settings, at, None, parent=parent.id, branched_at=at.iteration,
                           change=change)
        return self._added(record)

    def update(self, record: RunRecord) -> None:
        """Replace the record of the same id (the run moved on)."""
        old = self.get(record.id)
        if (record.parent, record.branched_at) != (old.parent, old.branched_at):
            raise ValueError(f"run {record.id}: its parent and branch iteration cannot change")
        self._runs[record.id] = record
        self._changed()

    def select(self, run_id: str) -> RunRecord:
        """Make ``run_id`` current (Undo back to the parent, Redo to the child)."""
        record = self.get(run_id)
        if self._current != run_id:
            self._current = run_id
            self._changed()
        return record

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after any change."""
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _new_id(self) -> str:
        while f"r{self._next}" in self._runs:
            self._next += 1
        run_id = f"r{self._next}"
        self._next += 1
        return run_id

    def _added(self, record: RunRecord) -> RunRecord:
        self._runs[record.id] = record
        self._current = record.id
        self._bound()
        self._changed()
        return record

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    def _bound(self) -> None:
        """Thin, then drop, the oldest runs off the current path (module docstring: Bounds)."""
        if len(self._runs) <= self.MAX_RUNS:
            return
        on_path = {r.id for r in self.path()}
        off = [r for r in self._runs.values() if r.id not in on_path]
        for record in off[:len(self._runs) - self.MAX_RUNS]:  # the oldest first; the newest MAX_RUNS stay whole
            self._runs[record.id] = thin(record)
        while len(self._runs) > MAX_KEPT_RUNS:
            parents = {r.parent for r in self._runs.values()}
            leaf = next((r for r in self._runs.values() if r.id not in on_path and r.id not in parents), None)
            if leaf is None:
                break
            del self._runs[leaf.id]

    # -- JSON --

    def to_json(self) -> dict:
        """``{"current": id, "runs": [...]}``: the runs in the order added, parents before their children; a run
        on its parent's table leaves the table out."""
        runs = []
        for record in self._runs.values():
            parent = None if record.parent is None else self._runs[record.parent]
            runs.append(record.to_json(dataset=parent is None or record.dataset != parent.dataset))
        return {"current": self._current, "runs": runs}

    @classmethod
    def from_json(cls, data: Any, where: str = "runs") -> "RunTree":
        """A tree from its JSON; raises DataError naming the place (a run's, or the tree's: unknown or later
        parents, cycles, a branch past its parent's end)."""
        try:
            return cls._from_json(data, where)
        except JsonProblem as e:
            raise DataError(str(e)) from None

    @classmethod
    def _from_json(cls, data: Any, where: str) -> "RunTree":
        if not isinstance(data, dict):
            raise JsonProblem(where, say("expected an object, got {kind}", kind=kind_of(data)))
        raw = get_member(data, where, "runs", list)
        if len(raw) > MAX_KEPT_RUNS:
            raise JsonProblem(f"{where}.runs", say("{n:,} items; the limit is {limit:,}", n=len(raw),
                                                   limit=MAX_KEPT_RUNS))
        # the links first, so that a cycle or an unknown parent is named before any run is read whole
        ids: dict[str, int] = {}
        parents: list[str | None] = []
        for i, run in enumerate(raw):
            place = f"{where}.runs[{i}]"
            run_id = get_member(run, place, "id", str)
            if run_id in ids:
                raise JsonProblem(f"{place}.id", say("run {id!r} appears twice", id=run_id[:40]))
            ids[run_id] = i
            parents.append(None if run.get("parent") is None else get_member(run, place, "parent", str))
        for i, parent in enumerate(parents):
            if parent is None:
                continue
            if parent not in ids:
                raise JsonProblem(f"{where}.runs[{i}].parent", say("no run {id!r} in this tree", id=parent[:40]))
            seen, j = {i}, ids[parent]
            while j not in seen:  # up the parents: back at a run already seen is a cycle
                seen.add(j)
                if parents[j] is None or parents[j] not in ids:
                    break
                j = ids[parents[j]]
            else:
                raise JsonProblem(f"{where}.runs[{i}].parent", say("the runs' parents make a cycle"))
            if ids[parent] > i:
                raise JsonProblem(f"{where}.runs[{i}].parent", say("the parent {id!r} must come before its children",
                                                                   id=parent[:40]))
        tree = cls()
        for i, run in enumerate(raw):
            place = f"{where}.runs[{i}]"
            parent = None if parents[i] is None else tree._runs[parents[i]]
            record = RunRecord._from_json(run, place, None if parent is None else parent.dataset)
            if parent is not None:
                if record.start is None:
                    raise JsonProblem(f"{place}.start", say("a branch needs the state it started from"))
                if record.branched_at > parent.iteration or record.branched_at < parent.start_iteration:
                    raise JsonProblem(f"{place}.branched_at", say(
                        "{at:,} is outside its parent's iterations ({start:,} to {end:,})", at=record.branched_at,
                        start=parent.start_iteration, end=parent.iteration))
                if parent.dataset == record.dataset:
                    record = record.with_(dataset=parent.dataset)  # shared, as branch() shares it
            tree._runs[record.id] = record
        current = data.get("current")
        if current is not None and current not in tree._runs:
            raise JsonProblem(f"{where}.current", say("no run {id!r} in this tree",
                                                      id=str(current)[:40] if isinstance(current, str) else current))
        if current is None and tree._runs:
            current = list(tree._runs)[-1]
        tree._current = current
        return tree


def thin(record: RunRecord) -> RunRecord:
    """The record with at most THIN_CHECKPOINTS checkpoints (spread evenly) and THIN_CURVE_POINTS curve points."""
    checkpoints = record.checkpoints
    if len(checkpoints) > THIN_CHECKPOINTS:
        step = -(-len(checkpoints) // THIN_CHECKPOINTS)
        checkpoints = checkpoints[::step]
    return record.with_progress(checkpoints=checkpoints, curve=record.curve.thinned(THIN_CURVE_POINTS))


__all__ = ["RunTree", "thin", "THIN_CHECKPOINTS", "THIN_CURVE_POINTS"]

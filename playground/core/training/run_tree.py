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
* A document writes at most ``MAX_SAVED_RUN_NUMBERS`` (``core/limits.py``: 1,000,000, about 20 MB) numbers
  of runs (``to_json(max_numbers)``): past that every run keeps fewer checkpoints, then the oldest leaves
  off the current path are left out of the file.

Listeners (``subscribe``) are plain callables without arguments called after any change: the
window's Qt adapter turns them into a signal; the CLI and tests need no Qt.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from playground.core.data.dataset import DataError, Dataset
from playground.core.files.json_checks import JsonProblem, kind_of
from playground.core.files.json_values import get_member
from playground.core.limits import MAX_KEPT_RUNS
from playground.core.training.run_record import Checkpoint, RunRecord, Series, check_unicode
from playground.core.data.settings import Settings
from playground.core.texts import say

THIN_CHECKPOINTS = 8
THIN_CURVE_POINTS = 256


class RunTree:
    """Every run of an experiment: editing after training branches instead of erasing."""

    MAX_RUNS = 64  # documented bound; older branches thin their checkpoints/curves first

    def __init__(self, runs: Iterable[RunRecord] = (), current: str | None = None) -> None:
        """An empty tree, or one of these records (parents before their children; ids unique) with ``current``
        (None: the last record) as the current run."""
        self._runs: dict[str, RunRecord] = {}
        for record in runs:
            if record.id in self._runs or record.parent is not None and record.parent not in self._runs:
                raise ValueError(f"run {record.id}: a repeated id, or its parent does not come before it")
            self._runs[record.id] = record
        if current is not None and current not in self._runs:
            raise ValueError(f"no run {current!r} in this tree")
        self._current = current if current is not None else next(reversed(self._runs), None)
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

    def branch(self, at: Checkpoint, dataset: Dataset, settings: Settings, change: str,
               start: Checkpoint | None = None) -> RunRecord:
        """A child of the current run branching at ``at`` (a state the current run passed through: its start,
        a checkpoint or its last); it becomes current. ValueError for any other state.

        The child starts from ``at`` itself, or from ``start``: a state at the same iteration that differs
        from it (a weight typed into the network after training)."""
        parent = self.current
        if parent is None:
            raise ValueError("there is no current run to branch from")
        if not parent.start_iteration <= at.iteration <= parent.iteration or not parent.passed_through(at):
            raise ValueError(f"iteration {at.iteration:,} is not a state run {parent.id} passed through "
                             f"(its start, a checkpoint or its last state)")
        if start is not None and start.iteration != at.iteration:
            raise ValueError(f"a branch at iteration {at.iteration:,} cannot start at iteration {start.iteration:,}")
        # a table the parent trained on is shared, not copied (it is never mutated)
        table = parent.dataset if dataset == parent.dataset else dataset.copy()
        record = RunRecord(self._new_id(), table, settings, at if start is None else start, None, parent=parent.id,
                           branched_at=at.iteration, change=change)
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

    def to_json(self, max_numbers: int | None = None) -> dict:
        """``{"current": id, "runs": [...]}``: the runs in the order added, parents before their children; a run
        on its parent's table leaves the table out.

        ``max_numbers`` bounds the numbers written (a document's size): past it every run keeps fewer
        checkpoints (spread evenly, down to none), then the oldest leaves off the current path are left out,
        until it fits. The current path is always written whole but for its checkpoints."""
        records = list(self._runs.values())
        if max_numbers is not None:
            records = self._fitted(records, max_numbers)
        kept = {r.id: r for r in records}
        runs = []
        for record in records:
            parent = None if record.parent is None else kept[record.parent]
            runs.append(record.to_json(dataset=parent is None or record.dataset != parent.dataset))
        current = self._current if self._current in kept else None
        return {"current": current, "runs": runs}

    def _fitted(self, records: list[RunRecord], max_numbers: int) -> list[RunRecord]:
        def size(r: RunRecord, checkpoints: int) -> int:
            return (4 * (len(r.curve) + len(r.logged)) + (int(r.start is not None) + int(r.last is not None)
                    + checkpoints) * _numbers(r.last or r.start))

        most = max((len(r.checkpoints) for r in records), default=0)
        while most > 0 and sum(size(r, min(len(r.checkpoints), most)) for r in records) > max_numbers:
            most //= 2
        records = [r if len(r.checkpoints) <= most else r.with_progress(checkpoints=_spread(r.checkpoints, most))
                   for r in records]
        on_path = {r.id for r in self.path()}
        total = sum(size(r, len(r.checkpoints)) for r in records)
        while total > max_numbers:
            parents = {r.parent for r in records}
            leaf = next((r for r in records if r.id not in on_path and r.id not in parents), None)
            if leaf is None:
                break
            records.remove(leaf)
            total -= size(leaf, len(leaf.checkpoints))
        return records

    @classmethod
    def from_json(cls, data: Any, where: str = "runs") -> "RunTree":
        """A tree from its JSON; raises DataError naming the place (a run's, or the tree's: unknown or later
        parents, cycles, a branch past its parent's end)."""
        try:
            return cls.parse(data, where)
        except JsonProblem as e:
            raise DataError(str(e)) from None

    @classmethod
    def parse(cls, data: Any, where: str = "runs") -> "RunTree":
        """As from_json, raising JsonProblem (a file's reader names the file)."""
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
            run_id = check_unicode(get_member(run, place, "id", str), f"{place}.id")
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
        runs: dict[str, RunRecord] = {}
        for i, run in enumerate(raw):
            place = f"{where}.runs[{i}]"
            parent = None if parents[i] is None else runs[parents[i]]
            record = RunRecord.parse(run, place, None if parent is None else parent.dataset)
            if parent is not None:
                if record.start is None:
                    raise JsonProblem(f"{place}.start", say("a branch needs the state it started from"))
                if record.branched_at > parent.iteration or record.branched_at < parent.start_iteration:
                    raise JsonProblem(f"{place}.branched_at", say(
                        "{at:,} is outside its parent's iterations ({start:,} to {end:,})", at=record.branched_at,
                        start=parent.start_iteration, end=parent.iteration))
                if parent.dataset == record.dataset:
                    record = record.with_(dataset=parent.dataset)  # shared, as branch() shares it
            runs[record.id] = record
        current = data.get("current")
        if current is not None and current not in runs:
            raise JsonProblem(f"{where}.current", say("no run {id!r} in this tree",
                                                      id=str(current)[:40] if isinstance(current, str) else current))
        return cls(runs.values(), current)


def _numbers(state: Checkpoint | None) -> int:
    """How many numbers a checkpoint writes (weights, biases, optimiser state)."""
    if state is None:
        return 0
    arrays = list(state.weights) + list(state.biases or ()) + [x for v in (state.optimizer or {}).values() for x in v]
    return sum(a.size for a in arrays)


def _spread(checkpoints: tuple[Checkpoint, ...], n: int) -> tuple[Checkpoint, ...]:
    """At most ``n`` of the checkpoints, spread evenly (none for n = 0)."""
    if n <= 0:
        return ()
    if len(checkpoints) <= n:
        return checkpoints
    step = -(-len(checkpoints) // n)
    return checkpoints[::step]


def thin(record: RunRecord) -> RunRecord:
    """The record with at most THIN_CHECKPOINTS checkpoints (spread evenly) and THIN_CURVE_POINTS curve points."""
    return record.with_progress(checkpoints=_spread(record.checkpoints, THIN_CHECKPOINTS),
                                curve=record.curve.thinned(THIN_CURVE_POINTS))


__all__ = ["RunTree", "thin", "THIN_CHECKPOINTS", "THIN_CURVE_POINTS"]

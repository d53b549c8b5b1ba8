"""The bookkeeping of one run, without Qt: what the helper reports becomes the run's RunRecord.

A ``RunBook`` holds one run's record (core/run_record.py) and moves it on with each report:

* ``apply(snapshot)``: a ``Snapshot`` of the helper (core/run.py): the state now (iteration, weights,
  biases, optimiser state), the whole thinned curve, the Error: lines and weight snapshots that are new
  since the previous one, and the status (None while running);
* ``apply_trainer(trainer, status)``: the same from a Trainer in this process (the command line's
  ``train``), through the same bookkeeping.

Each becomes a new record: ``last`` is the state now, ``curve`` the run's own part of the curve (from its
start on), ``logged`` its Error: lines, ``checkpoints`` the weight snapshots kept as the helper keeps them
(a ``WeightTimeline`` mirror: bounded, evenly spread), and ``state`` follows the status: "running" while
reports come, then "finished", "paused" (stopped), "diverged"; ``fail`` makes it "failed". With a
``RunTree`` the book also puts every new record into it (``RunTree.update``), so the tree's listeners hear
of the run's progress.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.training.run_record import STATE_OF_RESULT, Checkpoint, RunRecord, Series
from playground.core.training.run_tree import RunTree
from playground.core.data.settings import Settings
from playground.core.training.timeline import WeightTimeline


class RunBook:
    """One run's bookkeeping: reports in, RunRecords out."""

    def __init__(self, record: RunRecord, tree: RunTree | None = None) -> None:
        self._record = record
        self._tree = tree
        net = record.network()
        self._timeline = WeightTimeline.for_sizes(net.sizes, net.has_bias, len(net.optimizer_state))
        self._checkpoints: dict[int, Checkpoint] = {}  # by iteration: made once per weight snapshot
        self._trainer_seq = 0  # the snapshots of a Trainer's timeline already taken (apply_trainer)
        self._lines: list[tuple[int, float, float, float]] = list(zip(
            record.logged.iterations.tolist(), record.logged.errors.tolist(), record.logged.losses.tolist(),
            record.logged.tests.tolist()))
        self._test = record.dataset.has_test_rows
        self.message = ""

    @property
    def record(self) -> RunRecord:
        return self._record

    def apply(self, snapshot: Any) -> RunRecord:
        """Move on with a helper's Snapshot (core/run.py): its state, curve, new lines and new weight snapshots."""
        its, errors = snapshot.curve
        tests = snapshot.curve_test if self._test else None
        curve = Series(its, errors, snapshot.curve_loss, tests)
        lines = [(int(i), float(e), np.nan, np.nan) for i, e in snapshot.logged]
        last = Checkpoint(snapshot.iteration, snapshot.weights, snapshot.biases, snapshot.optimizer)
        self.message = snapshot.message or self.message
        return self._progress(last, curve, lines, snapshot.timeline, snapshot.timeline_stride, snapshot.status)

    def apply_trainer(self, trainer: Any, status: str | None = None) -> RunRecord:
        """Move on with a Trainer of this process (core/training.py), as ``apply`` does with a helper's report;
        its Error: lines keep their losses and test errors."""
        h = trainer.history
        curve = Series.of_history(h)
        if not self._test:
            curve = Series(curve.iterations, curve.errors, curve.losses, None)
        done = {line[0] for line in self._lines}
        logged = Series.of_history(h, logged=True)
        tests = logged.tests if self._test else np.full(len(logged), np.nan)
        lines = [line for line in zip(logged.iterations.tolist(), logged.errors.tolist(), logged.losses.tolist(),
                                      tests.tolist()) if line[0] not in done]
        timeline = trainer.timeline
        new = [] if timeline is None else timeline.since(self._trainer_seq)
        stride = 1 if timeline is None else timeline.stride
        self._trainer_seq = 0 if timeline is None else timeline.seq
        return self._progress(Checkpoint.from_network(trainer.network), curve, lines, new, stride, status)

    def fail(self, message: str) -> RunRecord:
        """The run could not go on (a helper that died, a bad job)."""
        self.message = message
        return self._put(self._record.with_progress(state="failed"))

    def _progress(self, last: Checkpoint, curve: Series, lines: list, timeline: list, stride: int,
                  status: str | None) -> RunRecord:
        first = self._record.start_iteration
        new = [line for line in lines if line[0] >= first and (not self._lines or line[0] > self._lines[-1][0])]
        self._lines += new
        self._timeline.merge([s for s in timeline if s.iteration >= first], stride)
        logged = self._record.logged
        if new or len(logged) != len(self._lines):  # only a report with new lines builds the series again
            logged = Series(*(np.array(column) for column in zip(*self._lines))) if self._lines else Series.empty()
        kept = {s.iteration: s for s in self._timeline}
        self._checkpoints = {i: self._checkpoints.get(i) or Checkpoint.from_snapshot(s) for i, s in kept.items()}
        checkpoints = tuple(self._checkpoints[i] for i in sorted(self._checkpoints))
        state = "running" if status is None else STATE_OF_RESULT.get(status, status)
        return self._put(self._record.with_progress(last=last, curve=curve.since(first), logged=logged,
                                                    checkpoints=checkpoints, state=state))

    def _put(self, record: RunRecord) -> RunRecord:
        self._record = record
        if self._tree is not None:
            self._tree.update(record)
        return record


def record_of_trainer(trainer: Any, dataset: Dataset, settings: Settings, status: str,
                      start: Checkpoint | None = None, run_id: str = "r1") -> RunRecord:
    """The record of a run a Trainer made from ``start`` (None: the seed's weights), as its RunBook keeps it:
    the command line's ``train --json``."""
    book = RunBook(RunRecord(run_id, dataset, settings, start, None, branched_at=0 if start is None else
                             start.iteration))
    return book.apply_trainer(trainer, status)


__all__ = ["RunBook", "record_of_trainer"]

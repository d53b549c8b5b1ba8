"""A training run without Qt: the state machine and the bookkeeping the window and ``nn-playground train`` share.

A :class:`RunSession` is the one owner of everything a training run knows: the settings and
dataset it started from, the live network, the error curve, the Error: lines, the weight
timeline, the state (idle, running, paused, finished, diverged, failed) and whether Play can go
on with it (a reopened run too). It alone talks to its helper (:class:`~playground.core.training.run_states.Helper`:
the window's ``HelperLink`` to a helper process, or :class:`~playground.core.training.in_process.InProcessRunner`)
and tells what happens through its :class:`~playground.core.training.run_states.RunEvents` (``events``):

* ``reset``: a new untrained network (or none, when the table or settings have a problem);
* ``started``: the helper took a job;
* ``changed(Snapshot)``: the live run moved on: new Error: lines, new weights, the curve;
* ``finished(Snapshot)``: the job ended; ``state`` says how;
* ``failed(message)``;
* ``stalled(seconds)``: the helper has not answered for that long; ``answered``: it did again.
  ``silent_for`` holds the seconds (None while it answers). A helper killed after Stop
  (``on_killed``) ends the run as stopped, with the curve, lines and weights received so far;
  Play goes on from them;
* ``state_changed(state)``, ``shown_changed`` (the weights shown changed: the live ones, or an
  earlier iteration while looking back in History), ``row_changed(row)``.

The helper's reports come in through ``on_progress(snapshot)``, ``on_finished(snapshot)``,
``on_failed(message)``, ``on_stalled(seconds)``, ``on_answered()`` and ``on_killed(message)``;
an in-process Trainer's end through ``on_finished(snapshot, trainer)``, whose record is then
kept by a :class:`~playground.core.training.run_book.RunBook` (with the losses and test errors of its
Error: lines, as ``train --json`` prints it).

Every run is kept in a :class:`~playground.core.training.run_tree.RunTree` (``tree``): editing after
training starts a branch instead of erasing the run (:class:`~playground.core.training.run_branching.Branching`).
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from playground.core.training import branch_rules as branches
from playground.core.data.dataset import Dataset
from playground.core.nn.network import Network
from playground.core.training.run import Job, Snapshot, measure
from playground.core.training.run_branching import Branching
from playground.core.training.run_record import Checkpoint
from playground.core.training.run_states import (DIVERGED_STATE, FAILED, FINISHED, IDLE, PAUSED, PLAY, RUNNING, STEP, TRAIN,
                                        Helper, RunEvents, Wording, table_key)
from playground.core.training.run_tree import RunTree
from playground.core.data.settings import Settings, experiment_problems
from playground.core.training.timeline import WeightTimeline
from playground.core.training.training import DIVERGED, DONE, STOPPED

if TYPE_CHECKING:  # loaded when first used (saving, a lesson): not needed to paint the first frame
    from playground.core.files.documents import Trained


class RunSession(Branching):
    """One training run (see the module docstring)."""

    def __init__(self, helper: Helper, events: RunEvents | None = None, wording: Wording | None = None, *,
                 later: Callable[[Callable[[], None]], None] | None = None,
                 wait: Callable[[Callable[[], None]], None] | None = None) -> None:
        self.helper = helper
        # ``later(f)`` calls f in a later turn of an event loop (the window's Run gives one): a job's end is
        # then shown at once and the run ended in that turn (see on_finished). None: all at once.
        # ``wait(f)``: the same after a few milliseconds (the end's third turn; default ``later``).
        self._later = later
        self._wait = wait if wait is not None else later
        self._ending: Snapshot | None = None
        self._untold: Snapshot | None = None  # a job's end whose ``finished`` waits for the third turn
        self.events = events if events is not None else RunEvents()
        self.wording = wording if wording is not None else Wording()
        self.dataset: Dataset | None = None
        self.settings: Settings | None = None
        self.network: Network | None = None  # the live network (None: nothing can be shown)
        self.curve = (np.zeros(0, np.int64), np.zeros(0))  # the path's thinned curve
        self.logged: list[tuple[int, float]] = []  # the path's Error: lines
        self.timeline = WeightTimeline()  # the weights the helper keeps for History, since the job's start
        self._made: dict[int, Checkpoint] = {}  # the timeline's snapshots made Checkpoints, by their seq
        self.iteration = 0  # updates done by the live network
        self.outputs: np.ndarray | None = None  # the live network's outputs, once trained
        self.state = IDLE
        self.kind = TRAIN
        self.last: Snapshot | None = None  # the last snapshot received
        self.label = ""  # the run's name in legends: its table and settings
        self.table_name = ""  # the table's name in legends (a preset's or a document's)
        self.group = ""  # which table it trains on (table_key)
        self.row = 0
        self.started_at = 0.0  # perf_counter at the start of the job: for iterations a second
        self.base_iteration = 0  # the iteration the job started from
        self.until = 0
        self.ended_at = 0.0  # perf_counter when the job ended
        self.silent_for: float | None = None  # seconds the helper has not answered (None: it answers)
        self.tree = RunTree()  # every run of this document: never forgotten, a document keeps it
        self.trees_used = 1  # a new tree for each document: names its runs apart from the last one's
        self.record_id: str | None = None  # the record on show (None: a network not trained yet)
        self.branch_start = 0  # the iteration the branch on show started at (0: a run from the seed)
        self.change_texts: dict[str, str] = {}  # record id -> its change in the interface language
        self._session = False  # the helper holds this run's network: a Job can go on with it
        self._saved: Trained | None = None  # a reopened run that Play and Step continue
        self._look_back: int | None = None  # the History index shown, None: the live network
        self._before: list = []  # History entries (Checkpoints) before the timeline: the path's
        # The record left for a network that is not in the tree (an edit with a problem, another seed):
        # (id, state on show, whether an edit may still branch from it). Undo finds it again.
        self._anchor: tuple[str, Checkpoint, bool] | None = None
        self._booked = False  # the record on show was written by a Trainer's RunBook since the last snapshot

    # ------------------------------------------------------------------ what the views ask
    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def can_continue(self) -> bool:
        """Play can go on with this run (the helper's network, or a reopened one)."""
        return self.network is not None and (self._session or self._saved is not None)

    def keeps(self, settings: Settings | None) -> bool:
        """True when ``settings`` differ from the run's only in Iterations: the run can go on under them."""
        return (settings is not None and self.settings is not None and self.can_continue()
                and not settings.problems() and settings.same_run(self.settings))

    def trained(self) -> bool:
        """True once the network on show has learnt something (a run, or a reopened one)."""
        return self.state != IDLE or self._saved is not None

    def looking_back(self) -> bool:
        return self._look_back is not None

    def history(self) -> list:
        """The History's entries along the path (each with ``iteration``, ``weights``, ``biases``)."""
        before = self._before
        end = before[-1].iteration if before else -1
        return before + [s for s in self.timeline if s.iteration > end]

    def history_iterations(self) -> list[int]:
        return [s.iteration for s in self.history()]

    def shown_iteration(self) -> int:
        """The iteration whose weights are shown."""
        return self.iteration if self._look_back is None else self.history()[self._look_back].iteration

    def shown_network(self) -> Network | None:
        """The network whose weights are shown: the live one, or a copy at an earlier iteration."""
        if self.network is None or self._look_back is None:
            return self.network
        snap = self.history()[self._look_back]
        net = Network.from_settings(self.settings, self.network.sizes[0], self.network.sizes[-1])
        net.set_state(snap.weights, snap.biases, snap.optimizer)  # momentum's v, Adam's m and s as they were
        net.t = snap.iteration  # the updates done: which mini-batch comes next
        return net

    def shown_outputs(self) -> np.ndarray | None:
        """The outputs of the weights shown; None before anything was trained (shown as "–")."""
        if self.network is None or not self.trained():
            return None
        if self._look_back is None:
            return self.outputs  # None until the helper's first snapshot
        with np.errstate(all="ignore"):
            return self.shown_network().predict(self.dataset.X)

    def result(self) -> Trained | None:
        """The run as a document keeps it (weights, curve, Error: lines), once it has finite weights."""
        if self.network is None or not self.trained() or not self.network.is_finite():
            return None
        from playground.core.files.documents import Trained

        logged = np.array(self.logged, dtype=float).reshape(-1, 2)
        last = self.last
        same = last is not None and len(last.curve[0]) == len(self.curve[0])  # its loss and test series fit
        return Trained(self.iteration, self.network.weights, self.network.biases, *self.curve,
                       logged[:, 0].astype(np.int64), logged[:, 1],
                       optimizer=self.network.get_state()["optimizer"] or None,
                       history_losses=last.curve_loss if same else None,
                       history_tests=last.curve_test if same else None)

    # ------------------------------------------------------------------ what the window does
    def show(self, dataset: Dataset, settings: Settings | None, table_name: str = "") -> bool:
        """Show the untrained network of these settings (the seed's weights), or none when the table or
        the settings have a problem; earlier runs stay in the tree. False (and nothing changes) while a
        job runs. ``table_name`` names the table in legends (a preset's or a document's name)."""
        if self.running:
            return False
        self._tell_end()
        self._sync()
        ok = settings is not None and not experiment_problems(dataset, settings)
        self.dataset, self.settings = dataset, settings if ok else None
        self.network = Network.from_settings(settings, len(dataset.input_columns),
                                             len(dataset.target_columns)) if ok else None
        self.curve = (np.zeros(0, np.int64), np.zeros(0))
        self.logged = []
        self.set_timeline(WeightTimeline())
        self.iteration = 0
        self.outputs = None
        self.last = None
        self.label = self.wording.label(settings, table_name) if ok else ""
        self.table_name = table_name
        self.group = table_key(dataset)
        self.record_id = None
        self.branch_start = 0
        self._before = []
        self._anchor = None
        self._session = False
        self._saved = None
        self._booked = False
        self._look_back = None
        self.row = min(self.row, max(dataset.n_rows - 1, 0))
        self._set_state(IDLE)
        self.events.reset()
        self.events.shown_changed()
        return True

    def restore(self, dataset: Dataset, settings: Settings, saved: Trained, table_name: str = "") -> bool:
        """Show a run reopened from a document (a root of the tree): its network, curve and Error: lines;
        Play and Step go on from it, Train starts again from the seed."""
        if not self.show(dataset, settings, table_name) or self.network is None:
            return False
        self.network.set_state(saved.weights, saved.biases, saved.optimizer)
        self.network.t = saved.iterations_done
        self._saved = saved
        self.iteration = saved.iterations_done
        self.curve = (saved.history_iterations, saved.history_errors)
        self.logged = list(zip(saved.logged_iterations.tolist(), saved.logged_errors.tolist()))
        self.outputs, error = measure(self.network, dataset)
        snap = Snapshot(self.iteration, self.network.weights, self.network.biases, self.outputs, self.curve,
                        list(self.logged), len(self.logged), output_error=error,
                        curve_loss=saved.history_losses, curve_test=saved.history_tests)
        self.last = snap
        self._set_state(FINISHED)
        self.record_id = self.tree.add_root(dataset.copy(), settings).id
        self._sync()
        self.events.changed(snap)
        self.events.shown_changed()
        return True

    def train(self, dataset: Dataset, settings: Settings, until: int | None = None, *, kind: str = TRAIN,
              target_error: float | None = None, speed: float | None = None, table_name: str = "") -> bool:
        """Start again from the seed's weights (Train; Play or Step with nothing to go on) up to ``until``
        (default: Iterations): a new root of the tree."""
        if self.running:
            return False
        job, sent = None, False
        if settings is not None and not experiment_problems(dataset, settings):
            # The job goes first: the helper starts training while the views reset below (~15 ms of the
            # UI thread, on the other core), instead of after them.
            job = Job(dataset, settings, settings.iterations if until is None else int(until), target_error, speed)
            sent = self._send(job)
        if not self.show(dataset, settings, table_name) or self.network is None or not sent:
            return False
        return self._submit(job, kind, sent=True)

    def go_on(self, settings: Settings, until: int, *, kind: str = PLAY, target_error: float | None = None,
              speed: float | None = None) -> bool:
        """Continue this run (pause + play = one uninterrupted run) up to iteration ``until``."""
        if self.running or not self.keeps(settings) or until <= self.iteration:
            return False
        self._tell_end()
        self.settings = settings  # Iterations may have changed
        job = Job(self.dataset, settings, int(until), target_error, speed, start=self._saved,
                  go_on=self._session)
        return self._submit(job, kind)

    def stop(self) -> None:
        self.helper.stop()

    def set_speed(self, rate: float | None) -> None:
        self.helper.set_speed(rate)

    def look_back(self, index: int | None) -> None:
        """Show the weights of History entry ``index`` (None: the live network). Nothing is retrained."""
        if self.network is None or self.running:
            return
        entries = self.history()
        index = None if index is None or not 0 <= index < len(entries) else index
        if index is not None and entries[index].iteration == self.iteration:
            index = None  # the latest entry is the live network
        self._look_back = index
        self.events.shown_changed()

    def select_row(self, row: int) -> None:
        """The example looked at (0-based): the diagram's activations, the inspector's outline."""
        if row != self.row:
            self.row = row
            self.events.row_changed(row)

    def shutdown(self) -> None:
        self._tell_end()
        self.helper.shutdown()

    # ------------------------------------------------------------------ the helper's answers
    def _send(self, job: Job) -> bool:
        """Hand the job to the helper (False: it cannot take one now)."""
        self.helper.set_speed(job.speed)
        return self.helper.submit(job)

    def _submit(self, job: Job, kind: str, sent: bool = False) -> bool:
        """Send ``job`` (unless ``sent`` already) and make it the running job of the record on show."""
        if not sent and not self._send(job):
            return False
        self._ending = None  # a new job: an earlier one's end still waiting for its turn does not end it
        if not job.go_on:
            if job.start is None or self.record_id is None:  # Train: a new root of the tree
                self._sync()
                start = None if job.start is None else branches.checkpoint(self.network, self.iteration)
                self.record_id = self.tree.add_root(job.dataset.copy(), job.settings, start).id
                self.branch_start = self.iteration if job.start is not None else 0
                self._before = []
            else:  # going on from a record: its History so far stays, the helper's follows
                self._before = [self.checkpoint_of(e) for e in self.history() if e.iteration < self.iteration]
                self.tree.select(self.record_id)
            self.set_timeline(WeightTimeline.for_sizes(self.network.sizes, self.network.has_bias))
        self._session = True
        self._saved = None
        self._look_back = None
        self._anchor = None
        self.kind, self.until = kind, job.until
        self.started_at, self.base_iteration = time.perf_counter(), self.iteration
        self.silent_for = None
        self._set_state(RUNNING)
        self.events.started()
        self.events.shown_changed()
        return True

    def _take(self, snap: Snapshot) -> None:
        self._booked = False
        self.last = snap
        self.iteration = snap.iteration
        self.network.set_state(snap.weights, snap.biases, snap.optimizer)
        self.network.t = snap.iteration
        self.outputs = snap.outputs
        self.curve = snap.curve
        self.logged.extend(snap.logged)
        self.timeline.merge(snap.timeline, snap.timeline_stride)

    def on_progress(self, snap: Snapshot) -> None:
        if self.state != RUNNING:
            return
        self._take(snap)
        self.events.changed(snap)
        self.events.shown_changed()

    def on_finished(self, snap: Snapshot, trainer: Any = None) -> None:
        """The job ended (``snap.status``); ``trainer``: the in-process Trainer that ran it, whose history
        the record then keeps (a :class:`~playground.core.training.run_book.RunBook`).

        Given ``later`` (the window's Run), the end comes in three turns of the event loop: the last state
        is taken now and told as any snapshot (``changed``; the views that follow a run at most so often
        draw it with the end, as ever); the run ends in the next turn (its state, and with it the error
        plot's final fit and the controls unlocked; the record in the tree); ``finished`` and
        ``shown_changed`` are told a few milliseconds later (``wait``). Together they were the UI thread's
        longest piece of work while training (19 ms here); a timer or an input between them keeps the window
        answering (benchmarks/gui_training.py), and the wait lets the timers already due (a 5 ms tick) run
        before it, not after. Anything that starts something new before the third turn (Train, Play, an
        edit, another run selected, a failure, closing) has the end told first (:meth:`_tell_end`), so
        ``finished`` always comes before what follows it."""
        if self._later is not None and trainer is None and self.state == RUNNING:
            self._take(snap)
            self.events.changed(replace(snap, status=None, message="", hint=None))
            self.events.shown_changed()
            for entry in self.timeline:  # the History as the record keeps it (converted once), in this turn
                self.checkpoint_of(entry)
            self._ending = snap
            self._later(lambda: self._end_job(snap))
            return
        self._ending = None
        self._finish(snap, trainer)

    def _end_job(self, snap: Snapshot) -> None:
        """The second turn of a job's end (see on_finished): only if nothing came between for another job."""
        if snap is self._ending and self.state == RUNNING:
            self._ending = None
            self._finish(snap, None, shown=True, tell_later=True)

    def _tell_end(self, snap: Snapshot | None = None) -> None:
        """The third turn of a job's end (see on_finished): ``finished`` and ``shown_changed`` for the end
        still untold (``snap``'s only, from its turn; any, from something new starting before it)."""
        if self._untold is None or (snap is not None and snap is not self._untold):
            return
        snap, self._untold = self._untold, None
        self.events.finished(snap)
        self.events.shown_changed()  # (a view that follows a run's weights at most so often shows them now)

    def _finish(self, snap: Snapshot, trainer: Any, shown: bool = False, tell_later: bool = False) -> None:
        """The run ends with ``snap`` (``shown``: its lines and weights are taken and shown already;
        ``tell_later``: ``finished`` in a later turn)."""
        self._tell_end()  # an earlier job's end still untold comes first
        self.ended_at = time.perf_counter()
        self.silent_for = None
        if shown:
            self.last = snap
        else:
            self._take(snap)
        if snap.status == DIVERGED:
            self._session = False  # going on would only diverge again
            state = DIVERGED_STATE
        elif snap.status == STOPPED or (snap.status == DONE and self.kind == STEP):
            state = PAUSED
        else:
            state = FINISHED
        if not shown:
            self.events.changed(snap)
        self._set_state(state)
        if trainer is not None and self.record_id is not None:
            self._book(trainer, snap.status, state)
        else:
            self._sync()  # the tree keeps the run as it ended (a document saves it)
        self._untold = snap
        if tell_later:
            self._wait(lambda: self._tell_end(snap))
        else:
            self._tell_end()

    def _book(self, trainer: Any, status: str, state: str) -> None:
        """The record on show as a Trainer's RunBook keeps it: its whole history since the record's start,
        the Error: lines with their losses and test errors."""
        from playground.core.training.run_book import RunBook

        record = RunBook(self.tree.get(self.record_id), self.tree).apply_trainer(trainer, status)
        if record.state != state:  # a Step that did its steps pauses
            self.tree.update(record.with_progress(state=state))
        self._booked = True

    def record(self):
        """The record on show as the tree keeps it (None before anything trained)."""
        if self.record_id is None:
            return None
        self._sync()
        return self.tree.get(self.record_id)

    def on_failed(self, message: str) -> None:
        self._tell_end()
        self.silent_for = None
        self._ending = None  # a job's end still to come in a later turn is no longer this run's
        self._session = False
        self._set_state(FAILED)
        self.events.failed(message)

    def on_stalled(self, seconds: float) -> None:
        if self.state == RUNNING:
            self.silent_for = seconds
            self.events.stalled(seconds)

    def on_answered(self) -> None:
        if self.silent_for is not None:
            self.silent_for = None
            self.events.answered()

    def on_killed(self, message: str) -> None:
        """The helper did not answer Stop and was killed: the run stops where the last snapshot left it."""
        if self.network is None:
            self.on_failed(message)
            return
        last = self.last if self.last is not None else Snapshot(
            self.iteration, self.network.weights, self.network.biases, self.outputs, self.curve,
            n_logged=len(self.logged))
        # The helper and its network are gone: Play goes on from the weights received, as from a saved run.
        self._session = False
        self._saved = self.result()
        self.on_finished(replace(last, logged=[], n_logged=len(self.logged), timeline=[], status=STOPPED,
                                  message=message, hint=None))

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.events.state_changed(state)

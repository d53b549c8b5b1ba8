"""The messages between the window and its helper processes: typed, small, each belonging to a job.

The window runs the maths in helper processes (each its own GIL: the window never stutters)
and talks to each over one ``multiprocessing`` pipe. Every message is one of the dataclasses
below (or of :mod:`playground.core.training.study`'s), pickled by ``multiprocessing`` between our own
processes; no user file is ever unpickled. This docstring is the whole protocol.

Messages::

    window -> helper   Job        train a network (below); ``job_id`` set by the window
                       StudyJob   a convergence study (``playground.core.training.study``); ``job_id`` likewise
                       Cancel     end job ``job_id`` now (ignored when that job is no longer running)
                       None       quit
    helper -> window   Progress   what is new in a training Job since its previous Progress
                       StudyDelta what is new in a StudyJob since its previous StudyDelta
                       Failed     a bug or a bad job; the helper keeps serving
                       Heartbeat  "I am alive" (below); the only message without a job id

Job ids. The window gives every job an id, unique in its process (``next_job_id``). Every
Progress, StudyDelta and Failed carries the id of the job it belongs to, so a relay drops
whatever belongs to a job that is no longer its current one (a job it gave up on).

Order. A helper runs one job at a time. While it runs it sends a Progress (StudyDelta) at
most every ``progress_interval`` (1/30 s; a study 1/4 s) with ``status`` None, and at the end
one or more with ``status`` None followed by exactly one with the final ``status`` (training's
DONE, STOPPED, DIVERGED or TARGET_REACHED; a study's DONE or STOPPED); nothing of that job
follows it. Messages of a job arrive in order and every one is needed: the window rebuilds
the run from them (:class:`playground.core.training.progress.RunMirror`, in the relay thread, so the
UI thread receives the same whole :class:`Snapshot` as ever).

Only what is new. A Progress carries the latest state whole (weights, biases, optimiser
state, the outputs for every row, their error: small for the networks a student trains) and,
of the growing series, only what the window does not have yet, within a byte budget
(``MESSAGE_BYTES``, 2 KB: for the notebook's network every message is below it, at iteration
10 as at 10 million, the first and the final one too). A bigger network's state alone can
be larger: its message is then the state and about 1 KB of what is new; and a weight
snapshot larger than the budget still goes, one a message. Either way a message costs the
same at any iteration:

* Error: lines, oldest first, none skipped, with ``n_logged`` (the lines sent so far). The
  log must be complete and exact, so when more lines are due than fit (a small ``log_every``
  at full speed) the helper sends as many messages as they need, at once, in order.
* Weight snapshots of the timeline, oldest first, at least one a message, with the helper's
  stride: the window's :meth:`~playground.core.training.timeline.WeightTimeline.merge` mirrors it
  (a snapshot the helper thinned away before it was sent is simply never sent). A message's
  snapshots travel packed (:class:`~playground.core.training.timeline.PackedSnapshots`: one array
  of their float64 numbers, a third of their bytes as separate arrays for the notebook's network)
  and are unpacked, bit for bit, by the window's mirror.
* Error-curve points (iteration, error, loss, test error), with the helper's ``curve_stride``:
  the helper keeps its curve thinned to at most 2,048 points (:mod:`playground.core.training.history`),
  and the window's mirror (:class:`~playground.core.training.history.CurveMirror`) drops what the
  helper's stride drops, so the window's curve is always a subset of the helper's, with the
  same values. At full speed early in a run far more points are new within 1/30 s than a
  message holds (thousands at first). They are then sent coarse-first: the latest point
  always (the error shown is the newest), then the missing points of the coarsest stride
  (largest power of two dividing their iteration; newest first among equals). So every
  message shows the whole run so far, evenly, and each refines it until the window has
  caught up; at the end the helper sends until nothing is missing, so a finished run's
  curve is the helper's exactly. (Sending the oldest first would leave the curve behind
  the weights; thinning to a coarser stride for good would leave gaps.) New
  points come at about 1,500/t a second at time t of a full-speed run (the stride doubles as
  the run does) and a message takes 20-40: the backlog is gone after a few seconds, on any
  machine; the weight snapshots (at least one a message, oldest first) catch up likewise
  within seconds, and the final messages send whatever is left.

A report that needs more than one message (due lines, or the end of a job) is sent as several
in a row; only the last carries the state (weights, outputs: the same all through the report)
and, at the end of a job, the status; the window shows a report once its last message is in.

Where a Job starts: the seed's starting weights (``start`` None, ``go_on`` False: Train),
given weights with their history (``start``, a run reopened from a document; the window
already has its curve and lines, so they are not sent again), or the network the helper
already holds (``go_on`` True: Play and Step after a pause; the same network and the same
mirrors, so pause + play = one uninterrupted run). It runs until iteration ``until``, or
earlier once a recorded error is at most ``target_error`` (None: never), on Cancel, or when
the weights become non-finite.

Cancel by id. The helper's main loop reads its pipe between chunks (every few ms, where it
also beats): a Cancel for the running job stops it (the job ends with its final message, as
STOPPED); anything else that arrives meanwhile waits for the job's end. One helper's job is
cancelled without touching any other helper. The speed is a shared ``multiprocessing.Value``
per helper (iterations a second, 0 = full speed) read between chunks, so a speed control
changes a run that is going on; ``Job.speed`` is its value when the job starts.

Pool. :class:`playground.ui.run.helper_pool.HelperPool` is the one place helper processes are made:
every :class:`~playground.ui.run.relay.HelperLink` (the main window's Run, the study window)
asks it for a helper of its own and keeps it while it has work there (a Job goes on with the
network its helper holds), so a training and a study, in different helpers, run at once on
different cores. The pool is sized to the cores (``os.cpu_count()``, at least 2): while fewer
helpers than that live it keeps one spare warm, started only once a job runs (never before
the first frame), so the next link starts at once (a spare that beats less often than that
link's watchdog asks is ended and a new helper made). A job never waits for a helper: beyond
the size (many windows) a helper is still made and the system shares the cores. A link that
is closed (its window closes) ends its helper; the pool ends the rest when the app quits.

Heartbeat and watchdog. While a helper starts (imports, warm-up) a small thread sends
Heartbeats; after that only its main loop does, from the call that asks whether the job was
cancelled between chunks (and every few ms while slow motion waits), whenever nothing else
was sent for a heartbeat (``HEARTBEAT_SECONDS``; the window starts its helpers with a tenth
of the watchdog's limit). A beat therefore means "the training loop is going round", not
merely "the process exists": a helper stopped with SIGSTOP, and one wedged in a computation
that does not return (a chunk longer than the watchdog's limit counts as wedged: chunks are
sized to a few ms), both fall silent. The window's relay thread (``playground.ui.run.relay``)
notes when each message arrives; after ``STALL_SECONDS`` (5 s) without one while a job runs
it reports the stall (every second after that, until the helper answers again), and once
Stop was pressed it gives the helper ``STOP_GRACE_SECONDS`` (1 s) to answer before it kills
it (SIGKILL): the run ends with what it had received. A helper that dies closes the pipe,
which ends the job as failed. The window sends no beats: when it goes, the pipe closes and
the helper ends.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.training.heartbeat import HEARTBEAT_SECONDS, Heartbeat  # noqa: F401 - part of the protocol
from playground.core.nn.network import Network
from playground.core.data.settings import Settings
from playground.core.training.timeline import PackedSnapshots, WeightSnapshot

if TYPE_CHECKING:  # documents (JSON and CSV reading) is loaded when first used: the window's start-up
    from playground.core.files.documents import Trained

MESSAGE_BYTES = 2048  # what a Progress's new lines, snapshots and points may bring it to (pickled)

_job_ids = itertools.count(1)


def next_job_id() -> int:
    """A new job id, unique in this process (0 means "not given one")."""
    return next(_job_ids)


@dataclass(frozen=True)
class Job:
    """Train ``settings`` on ``dataset`` up to iteration ``until`` (see the module docstring)."""

    dataset: Dataset
    settings: Settings
    until: int
    target_error: float | None = None
    speed: float | None = None  # iterations a second at the start; None = full speed
    start: Trained | None = None  # given weights and history (a reopened run), else the seed's
    go_on: bool = False  # go on with the network the helper holds (dataset and start are then ignored)
    job_id: int = 0  # given by the window when it sends the job


@dataclass(frozen=True)
class Cancel:
    """window -> helper: end job ``job_id`` now (nothing happens when it no longer runs)."""

    job_id: int


class _Compact:
    """Pickled as a plain tuple of its fields (no field names): a message stays small."""

    def __reduce__(self):
        return type(self), astuple_shallow(self)


def astuple_shallow(obj) -> tuple:
    """The fields' values as they are (``dataclasses.astuple`` would deep-copy the arrays)."""
    return tuple(getattr(obj, f) for f in obj.__dataclass_fields__)


@dataclass(frozen=True)
class Progress(_Compact):
    """helper -> window: a training job's latest state and what is new since its previous Progress.

    ``lines`` is an (m, 2) array of new Error: lines (iteration, error), ``points`` a (k, 4) array
    of new curve points (iteration, error, loss, test error), (k, 3) without the test error when the
    run has no held-out rows; None when there are none. Iterations travel as float64, exact up to 2**53.
    """

    job_id: int
    iteration: int  # updates done
    # The state, in the last message of a report only (None in the others: it is the same all through):
    weights: list[np.ndarray] | None
    biases: list[np.ndarray] | None
    optimizer: dict | None
    outputs: np.ndarray | None
    output_error: float | None
    lines: np.ndarray | None
    n_logged: int  # Error: lines sent so far, these included
    points: np.ndarray | None
    curve_stride: int
    has_test: bool  # the run has held-out rows (else the curve's test errors mean nothing)
    timeline: PackedSnapshots | list[WeightSnapshot]  # new weight snapshots, packed (an empty list: none)
    timeline_stride: int
    status: str | None = None
    message: str = ""
    hint: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """The run now, as the window's Run receives it (rebuilt from Progress messages): all copies."""

    iteration: int  # updates done
    weights: list[np.ndarray]
    biases: list[np.ndarray] | None
    outputs: np.ndarray | None  # a[L] for every row of the table (held-out rows too), from these weights
    curve: tuple[np.ndarray, np.ndarray]  # the whole thinned error curve (iterations, errors)
    logged: list[tuple[int, float]] = field(default_factory=list)  # new Error: lines (iteration, error)
    n_logged: int = 0  # Error: lines in the run so far; the new ones are the last len(logged)
    timeline: list[WeightSnapshot] = field(default_factory=list)  # new weight snapshots
    timeline_stride: int = 1  # the helper's timeline keeps every stride-th iteration
    status: str | None = None  # None while running; then training's DONE, STOPPED, DIVERGED or TARGET_REACHED
    message: str = ""  # why it diverged
    hint: str | None = None  # advice when the error is stuck on a plateau
    output_error: float | None = None  # mean(|Y - outputs|) on the training rows: the error of these weights
    curve_loss: np.ndarray | None = None  # the loss at the curve's iterations
    curve_test: np.ndarray | None = None  # the held-out rows' mean |error| there (None without test rows)
    optimizer: dict | None = None  # the optimiser's state (momentum's v, Adam's m and s), so a saved run goes on

    def after(self, older: Snapshot) -> Snapshot:
        """This snapshot and an older unread one as one: this state, the new lines and weights of both."""
        return replace(self, logged=older.logged + self.logged, timeline=older.timeline + self.timeline)

    @property
    def error(self) -> float | None:
        """The latest recorded error, or None before the first."""
        errors = self.curve[1]
        return float(errors[-1]) if len(errors) else None


def table_rows(dataset: Dataset) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X of every row, X of the training rows, Y of the training rows): what :func:`measure` reads, once
    for a run (a helper measures the same table 30 times a second). Without held-out rows both X are
    one array."""
    X, Y, X_test, _ = dataset.split()
    return (X, X, Y) if len(X_test) == 0 else (dataset.X, X, Y)


def measure(network: Network, dataset: Dataset,
            rows: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, float]:
    """The outputs a[L] for every row of the table, and mean(|Y - a[L]|) over its training rows: the
    error of these very weights (a recorded Error: comes from the forward pass before an update;
    this one after the last). ``rows``: the table's :func:`table_rows`, when the caller keeps them."""
    X_all, X, Y = table_rows(dataset) if rows is None else rows
    with np.errstate(all="ignore"):  # a diverged network's NaN outputs are shown as they are
        outputs = network.predict(X_all)
        train = outputs if X is X_all else network.predict(X)  # no held-out rows: the same pass
        return outputs, float(np.mean(np.abs(Y - train)))


@dataclass(frozen=True)
class StudyDelta(_Compact):
    """helper -> window: a study's state and the recorded columns new since its previous StudyDelta.

    The study's recorded errors only grow by columns (one per recorded iteration; a column is
    final once sent), so the window appends them (:class:`playground.core.training.progress.StudyMirror`).
    """

    job_id: int
    iteration: int
    iterations: int
    seeds: np.ndarray
    new_iterations: np.ndarray  # (m,)
    new_errors: np.ndarray  # (K, m)
    diverged_at: np.ndarray
    final_errors: np.ndarray | None
    target_error: float
    status: str | None


@dataclass(frozen=True)
class Failed:
    """A job could not run; the message says why (the first line is for people)."""

    message: str
    job_id: int = 0

    def after(self, older: object) -> Failed:
        return self

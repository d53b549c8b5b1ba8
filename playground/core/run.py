"""The messages between the window and its helper process: typed, sent over the pipe as they are.

The window runs the maths in a helper process (its own GIL: the window never stutters)
and talks to it over one ``multiprocessing`` pipe. Every message is one of these
dataclasses, pickled by ``multiprocessing`` between our own two processes; no user
file is ever unpickled. The protocol:

    window -> helper   Job        train a network (below)
                       StudyJob   a convergence study (``playground.core.study``)
                       None       quit
    helper -> window   Snapshot       while a Job runs, at most every 1/30 s (``status`` None),
                                      then exactly once more with the final ``status``
                       StudyProgress  likewise for a StudyJob (``status`` None, then DONE or STOPPED)
                       Failed         a bug or a bad job; the helper keeps serving
                       Heartbeat      "I am alive": while it starts and while a job runs, whenever
                                      nothing else was sent for a heartbeat (``HEARTBEAT_SECONDS``,
                                      0.5 s: the window starts its helper with a tenth of the
                                      watchdog's limit)

A ``Job`` starts from one of three places: the seed's starting weights (``start`` None,
``go_on`` False: Train), given weights with their history (``start``, a run reopened
from a document), or the network the helper already holds (``go_on`` True: Play and Step
after a pause; the same network, so pause + play = one uninterrupted run). It runs until
iteration ``until``, or earlier once a recorded error is at most ``target_error`` (None:
never), or on Stop, or when the weights become non-finite.

Stop is a shared ``multiprocessing.Event`` checked between chunks (every few ms). The speed
is a shared ``multiprocessing.Value`` (iterations a second, 0 = full speed) read between
chunks, so a speed control changes a run that is going on; ``Job.speed`` is its value when
the job starts.

Heartbeat and watchdog. While the helper starts (imports, warm-up) a small thread sends the
beats; after that only its main loop does, from the call that asks whether Stop was pressed
between chunks (and every few ms while slow motion waits). A beat therefore means "the
training loop is going round", not merely "the process exists": a helper stopped with
SIGSTOP, and one wedged in a computation that does not return (a chunk longer than the
watchdog's limit counts as wedged: chunks are sized to a few ms), both fall silent. The
window's relay thread (``playground.ui.relay``) notes when each message arrives; after
``STALL_SECONDS`` (5 s) without one while a job runs it reports the stall (every second
after that, until the helper answers again), and once Stop was pressed it gives the helper
``STOP_GRACE_SECONDS`` (1 s) to answer before it kills it (SIGKILL): the run ends with what
it had received. A helper that dies closes the pipe, which ends the job as failed.
The window sends no beats: when it goes, the pipe closes and the helper ends.

A Snapshot carries the new Error: lines and the new weight snapshots since the previous
one (each is sent once over a session: a fresh start and the go-ons after it), and the
whole error curve, which the helper keeps thinned to at most 2,048 points.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from playground.core.dataset import Dataset
from playground.core.helper_entry import HEARTBEAT_SECONDS, Heartbeat  # noqa: F401 - part of the protocol
from playground.core.network import Network
from playground.core.settings import Settings
from playground.core.timeline import WeightSnapshot

if TYPE_CHECKING:  # documents (JSON and CSV reading) is loaded when first used: the window's start-up
    from playground.core.documents import Trained


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


@dataclass(frozen=True)
class Snapshot:
    """The run now: what a viewer needs to draw it, all copies."""

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


def measure(network: Network, dataset: Dataset) -> tuple[np.ndarray, float]:
    """The outputs a[L] for every row of the table, and mean(|Y - a[L]|) over its training rows: the
    error of these very weights (a recorded Error: comes from the forward pass before an update;
    this one after the last)."""
    X, Y, _, _ = dataset.split()
    with np.errstate(all="ignore"):  # a diverged network's NaN outputs are shown as they are
        return network.predict(dataset.X), float(np.mean(np.abs(Y - network.predict(X))))


@dataclass(frozen=True)
class Failed:
    """A job could not run; the message says why (the first line is for people)."""

    message: str

    def after(self, older: object) -> Failed:
        return self

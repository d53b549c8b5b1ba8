"""A race in a helper process: the job, its small messages, and how the window puts them together again.

The window sends a :class:`RaceJob` to a helper of the pool (``HelperPool.acquire(...).send(job)``); the
helper's main loop (:mod:`playground.core.helper.remote`) calls its ``serve_in_helper(pulse)``, which trains
the branches in turns (:class:`~playground.core.landscape.race.RaceRunner`), asks ``pulse.should_stop()``
between turns (a ``Cancel`` with the job's id stops it; the pulse also sends the heartbeats), and sends:

* :class:`RaceProgress`, at most about 30 a second and each under ``MESSAGE_BYTES`` (2 KB) pickled: every
  branch's iteration now, the curve points recorded since the last message (branch, iteration, error; a
  branch with more new points than fit sends an even choice of them with its newest, since the final message
  carries every branch's exact curve), and the latest weights of one branch, each branch in turn (left out
  when they alone would not fit);
* one :class:`RaceFinished`, with each branch's :class:`~playground.core.landscape.race.RaceResult` (its whole
  RunRecord: this message is as large as the records, as a document's runs are) and the race's status
  (done or stopped); or a ``Failed`` (core.training.run) when the race could not run.

:class:`RaceMirror` is the window's side: it applies the messages (in its reading thread) and gives the
curves and weights so far.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.core.landscape.race import Race, RaceResult, RaceRunner
from playground.core.training.progress import pickled_size
from playground.core.training.run import MESSAGE_BYTES, Failed
from playground.core.training.training import DONE, STOPPED

PROGRESS_INTERVAL = 1 / 30  # seconds between two progress messages at most ~30 a second
POINTS_KEPT = 48  # new curve points a branch sends at most in one message (an even choice when it has more)


@dataclass(frozen=True)
class RaceProgress:
    """helper -> window: the race now (see the module docstring). ``points`` is an (m, 3) float64 array of
    (branch, iteration, error); ``weights``/``biases`` are branch ``branch``'s latest, or None."""

    job_id: int
    iterations: tuple[int, ...]
    points: np.ndarray
    branch: int = -1
    weights: tuple[np.ndarray, ...] | None = None
    biases: tuple[np.ndarray, ...] | None = None


@dataclass(frozen=True)
class RaceFinished:
    """helper -> window: the race ended (``status`` DONE or STOPPED); every branch's result."""

    job_id: int
    status: str
    results: tuple[RaceResult, ...]


class RaceSender:
    """What the window has of each branch (the last iteration of its curve sent), and the next message."""

    def __init__(self, runner: RaceRunner) -> None:
        self.runner = runner
        self.sent = [-1] * len(runner.trainers)  # the last curve iteration sent, per branch
        self._next_weights = 0

    def message(self, job_id: int) -> RaceProgress:
        trainers = self.runner.trainers
        parts = []
        for i, t in enumerate(trainers):
            its, errors = t.history.curve
            new = its > self.sent[i]
            its, errors = its[new], errors[new]
            if len(its) > POINTS_KEPT:  # an even choice, always with the newest (the final message has them all)
                keep = np.unique(np.linspace(0, len(its) - 1, POINTS_KEPT).round().astype(int))
                its, errors = its[keep], errors[keep]
            if len(its):
                self.sent[i] = int(its[-1])
            parts.append(np.column_stack([np.full(len(its), float(i)), its.astype(float), errors]))
        points = np.concatenate(parts) if parts else np.zeros((0, 3))
        iterations = tuple(int(t.iteration) for t in trainers)
        branch = self._next_weights % len(trainers)
        self._next_weights += 1
        net = trainers[branch].network
        weights = tuple(np.array(w) for w in net.weights)
        biases = None if net.biases is None else tuple(np.array(b).reshape(-1) for b in net.biases)
        message = RaceProgress(job_id, iterations, points, branch, weights, biases)
        if pickled_size(message) > MESSAGE_BYTES:
            message = RaceProgress(job_id, iterations, points)  # the weights alone are too many for one message
        while pickled_size(message) > MESSAGE_BYTES and len(message.points) > 1:
            message = RaceProgress(job_id, iterations, _halved(message.points), message.branch, message.weights,
                                   message.biases)
        return message


def _halved(points: np.ndarray) -> np.ndarray:
    """Every other point of each branch, keeping each branch's newest (what was sent stays sent)."""
    keep = np.zeros(len(points), dtype=bool)
    for b in np.unique(points[:, 0]):
        rows = np.flatnonzero(points[:, 0] == b)
        keep[rows[::-2]] = True
    return points[keep]


@dataclass(eq=False)
class RaceJob:
    """The race a window sends to a helper process (its own object, pickled by the window)."""

    job_id: int
    race: Race
    progress_interval: float = PROGRESS_INTERVAL

    def serve_in_helper(self, pulse: Any) -> None:
        """Run the race, sending through ``pulse`` (see the module docstring); stop when it says so."""
        try:
            runner = RaceRunner(self.race)
        except ValueError as e:
            pulse.send(Failed(str(e), self.job_id))
            return
        sender = RaceSender(runner)
        next_report = time.monotonic() + self.progress_interval
        status = DONE
        while not runner.done:
            if pulse.should_stop():
                runner.stop()
                status = STOPPED
                break
            runner.turn()
            if time.monotonic() >= next_report:
                pulse.send(sender.message(self.job_id))
                next_report = time.monotonic() + self.progress_interval
        pulse.send(sender.message(self.job_id))
        pulse.send(RaceFinished(self.job_id, status, tuple(runner.results())))


@dataclass
class RaceMirror:
    """The window's picture of a running race, from its messages: curves, iterations, latest weights."""

    branches: int
    curves: list[list[tuple[int, float]]] = field(default_factory=list)
    iterations: list[int] = field(default_factory=list)
    weights: dict[int, tuple] = field(default_factory=dict)  # branch -> (weights, biases)

    def __post_init__(self) -> None:
        self.curves = [[] for _ in range(self.branches)]
        self.iterations = [0] * self.branches

    def apply(self, message: RaceProgress) -> None:
        self.iterations = list(message.iterations)
        for b, it, err in message.points.tolist():
            self.curves[int(b)].append((int(it), err))
        if message.weights is not None and 0 <= message.branch < self.branches:
            self.weights[message.branch] = (message.weights, message.biases)

    def curve(self, branch: int) -> tuple[np.ndarray, np.ndarray]:
        points = self.curves[branch]
        return (np.array([p[0] for p in points], dtype=np.int64), np.array([p[1] for p in points], dtype=float))


__all__ = ["RaceJob", "RaceProgress", "RaceFinished", "RaceSender", "RaceMirror", "PROGRESS_INTERVAL"]

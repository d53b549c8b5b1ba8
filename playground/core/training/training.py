"""The training loop: chunks, progress callbacks, cancel, divergence guard.

Knows nothing about threads or Qt: a caller (the CLI, a worker thread, a
helper process) passes plain callables. ``Trainer.run(until)`` advances the
network to an iteration count in chunks of roughly ``CHUNK_SECONDS`` each;
between chunks it checks ``should_stop()``, checks that every weight is
still finite and, at most every ``progress_interval`` seconds, calls
``on_progress(trainer)``. It can be called again to continue (pause/play).

Iteration i is the i-th update (0-based); its recorded error comes from
its own forward pass, before its update, as the notebook prints it.

Slow motion: ``run(..., max_rate=r)`` does at most r iterations a second
(``r`` may be a callable, read between chunks, so a speed control can change
it during the run). Below 1/progress_interval iterations a second every single
iteration is reported, so a viewer can show each change. Pacing only splits
the work into smaller chunks: the numbers are the same as at full speed.

Held-out rows: with ``X_test, Y_test`` the trainer learns from (X, Y) only and, at every
recorded iteration, also records mean |Y_test - output| of the same weights (before that
iteration's update) and the loss of the iteration's forward pass (``ErrorHistory``).

With ``keep_timeline=True`` the trainer also keeps snapshots of the weights
(:mod:`playground.core.training.timeline`) for a history scrubber.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable, Union

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.explain.hints import smaller_rate, update_rows
from playground.core.training.history import ErrorHistory
from playground.core.nn.network import Network
from playground.core.data.settings import Settings
from playground.core.texts import say
from playground.core.training.timeline import WeightTimeline

CHUNK_SECONDS = 0.005  # short enough that Stop answers within a few ms
PACE_SLEEP = 0.01  # while waiting for the next paced iteration, check Stop and the speed this often
DONE, STOPPED, DIVERGED, TARGET_REACHED = "done", "stopped", "diverged", "target reached"


def next_chunk(chunk: int, seconds: float, steps: int, target: float = CHUNK_SECONDS) -> int:
    """Iterations for the next chunk so it takes about ``target`` seconds (growing at most twofold)."""
    per_step = max(seconds / max(steps, 1), 1e-7)
    return int(min(max(target / per_step, 1), 2 * chunk + 1, 1_000_000))


@dataclass
class RunResult:
    """How a run ended: its status, the iteration it reached and a message for a person."""

    status: str  # DONE, STOPPED, DIVERGED or TARGET_REACHED
    iteration: int
    message: str = ""


Rate = Union[float, None, Callable[[], Union[float, None]]]


def _rate_value(max_rate: Rate) -> float | None:
    """The pace now: a positive finite number of iterations a second, or None for full speed."""
    r = max_rate() if callable(max_rate) else max_rate
    if r is None:
        return None
    r = float(r)
    return r if r > 0 and math.isfinite(r) else None


class Trainer:
    """A network learning one dataset; resumable."""

    def __init__(self, network: Network, X: np.ndarray, Y: np.ndarray, log_every: int = 10000,
                 history_capacity: int = 2048, keep_timeline: bool = False,
                 X_test: np.ndarray | None = None, Y_test: np.ndarray | None = None) -> None:
        self.network = network
        self.X = np.ascontiguousarray(X, dtype=float)
        self.Y = np.ascontiguousarray(Y, dtype=float)
        has_test = X_test is not None and len(X_test) > 0
        self.X_test = np.ascontiguousarray(X_test, dtype=float) if has_test else None
        self.Y_test = np.ascontiguousarray(Y_test, dtype=float).reshape(len(X_test), -1) if has_test else None
        self.history = ErrorHistory(log_every, history_capacity)
        # snapshots of the weights for the history scrubber (the helper process keeps them)
        self.timeline = WeightTimeline.for_sizes(network.sizes, network.has_bias, len(network.optimizer_state)) \
            if keep_timeline else None
        self._chunk = 16

    @property
    def iteration(self) -> int:
        """Iterations done: the network's update count (which Adam and the batch order use)."""
        return self.network.t

    @iteration.setter
    def iteration(self, value: int) -> None:
        self.network.t = int(value)

    @classmethod
    def from_settings(cls, dataset: Dataset, settings: Settings, **kwargs) -> "Trainer":
        net = Network.from_settings(settings, len(dataset.input_columns), len(dataset.target_columns))
        X, Y, X_test, Y_test = dataset.split()
        return cls(net, X, Y, settings.log_every, X_test=X_test, Y_test=Y_test, **kwargs)

    def final_error(self) -> float:
        """mean(|Y - output|) of the current weights on the training rows."""
        return float(np.mean(np.abs(self.Y - self.network.predict(self.X))))

    def test_error(self) -> float | None:
        """mean(|Y_test - output|) of the current weights on the test rows, or None without any."""
        if self.X_test is None:
            return None
        with np.errstate(all="ignore"):
            return float(np.mean(np.abs(self.Y_test - self.network.predict(self.X_test))))

    def run(self, until: int, *, on_progress: Callable[["Trainer"], None] | None = None,
            should_stop: Callable[[], bool] | None = None, progress_interval: float = 1 / 30,
            target_error: float | None = None, max_rate: Rate = None, report_end: bool = True) -> RunResult:
        """Train until ``iteration == until``, a stop request, a target error or divergence.

        ``max_rate``: at most this many iterations a second (None = full speed), or a
        callable giving it, read between chunks. ``on_progress`` is called about every
        ``progress_interval`` seconds and, unless ``report_end`` is False (a caller that
        reports the end itself, as the helper's final report), once more at the end.
        """
        clock = time.perf_counter
        next_report = clock() + progress_interval
        result = RunResult(DONE, self.iteration)
        pace, pace_t, pace_it, last_t = None, 0.0, 0, None  # the paced clock: iteration pace_it at pace_t
        with np.errstate(all="ignore"):  # saturation is normal; non-finite values are checked below
            while self.iteration < until:
                rate = _rate_value(max_rate)
                if rate is not None:
                    if rate != pace:  # a new speed counts from the last iteration done (or now)
                        pace, pace_it = rate, self.iteration
                        pace_t = last_t if last_t is not None else clock()
                    wait = pace_t + (self.iteration - pace_it) / rate - clock()
                    if wait > 0:  # not yet: sleep a little, then look at Stop and the speed again
                        if should_stop is not None and should_stop():
                            result = RunResult(STOPPED, self.iteration)
                            break
                        time.sleep(min(wait, PACE_SLEEP))
                        continue
                pace = rate
                if should_stop is not None and should_stop():
                    result = RunResult(STOPPED, self.iteration)
                    break
                frame = None if rate is None else max(1, int(rate * progress_interval))  # iterations a report
                chunk = self._chunk if frame is None else min(self._chunk, frame)
                start, end = self.iteration, min(self.iteration + chunk, until)
                saved = self.network.get_state()
                t0 = clock()
                self._advance(start, end)
                if not self.network.is_finite():
                    result = self._find_divergence(saved, start, end)
                    break
                last_t = clock()
                self._adapt_chunk(last_t - t0, end - start)
                if target_error is not None:
                    last = self.history.last()
                    if last is not None and last[0] >= start and last[1] <= target_error:
                        result = RunResult(TARGET_REACHED, self.iteration)
                        break
                if on_progress is not None and (end - start == frame or clock() >= next_report):
                    on_progress(self)
                    next_report = clock() + progress_interval
        self._keep_weights()
        result.iteration = self.iteration
        if on_progress is not None and report_end:
            on_progress(self)
        return result

    def _keep_weights(self) -> None:
        """Snapshot the weights now if the timeline wants this iteration."""
        if self.timeline is not None and self.timeline.wants(self.iteration):
            self.timeline.add(self.iteration, self.network.weights, self.network.biases,
                              self.network.optimizer_state)

    def _advance(self, i: int, end: int) -> None:
        """Iterations i..end-1, computing the error only where the history wants it."""
        steps, X, Y, history, timeline = self.network.steps, self.X, self.Y, self.history, self.timeline
        while i < end:
            stop = end
            if timeline is not None:
                if timeline.wants(i):  # the weights after i updates, before iteration i changes them
                    timeline.add(i, self.network.weights, self.network.biases, self.network.optimizer_state)
                stop = min(end, timeline.next_wanted(i + 1))
            wanted = history.next_wanted(i)
            if wanted >= stop:
                steps(X, Y, stop - i)
                i = stop
                continue
            # iterations i..wanted-1 unrecorded, then iteration `wanted` with its error
            if self.X_test is None:
                error, test = steps(X, Y, wanted - i + 1, True), np.nan
            else:  # the test rows' error from the weights before `wanted`'s update
                if wanted > i:
                    steps(X, Y, wanted - i)
                test = self.test_error()
                error = steps(X, Y, 1, True)
            history.add(wanted, error, self.network.last_loss, test)
            i = wanted + 1
        self.iteration = end

    def _find_divergence(self, saved: dict, start: int, end: int) -> RunResult:
        """Replay a chunk that went non-finite one step at a time; keep the last finite weights."""
        self.network.set_state(saved["weights"], saved["biases"], saved["optimizer"])
        self.history.truncate(start)
        if self.timeline is not None:
            self.timeline.truncate(start)
        for i in range(start, end):
            self.iteration = i
            self._keep_weights()
            before = self.network.get_state()
            want = self.history.next_wanted(i) == i
            test = self.test_error() if want and self.X_test is not None else np.nan
            error = self.network.step(self.X, self.Y, want)
            if not self.network.is_finite():
                self.network.set_state(before["weights"], before["biases"], before["optimizer"])
                self.iteration = i
                lr = self.network.learning_rate
                return RunResult(DIVERGED, i, say(
                    "Training stopped at iteration {i:,}: the weights became infinite or NaN. "
                    "The last finite weights are kept. Try a smaller learning rate (now {lr:g}).", i=i, lr=lr))
            if want:
                self.history.add(i, error, self.network.last_loss, test)
            self.iteration = i + 1
        return RunResult(DONE, self.iteration)  # not reached: the chunk diverged before

    def _adapt_chunk(self, seconds: float, steps: int) -> None:
        self._chunk = next_chunk(self._chunk, seconds, steps)


def output_slope_scales_updates(network: Network) -> bool:
    """True when the output's slope a*(1-a) multiplies every update: a sigmoid output with the
    notebook's loss. Outputs at exactly 0 or 1 then stop learning. Cross-entropy's delta is
    Y - a (no slope: a saturated output still learns) and a linear output has no slope at all."""
    return network.rule.output == "sigmoid" and network.rule.loss == "notebook"


def outputs_saturated(trainer: Trainer, slope: float = 1e-12) -> bool:
    """True when every output's slope a*(1-a) is below ``slope`` on the training rows and that slope
    scales the updates (output_slope_scales_updates): the outputs sit at 0 or 1 and barely learn."""
    if not output_slope_scales_updates(trainer.network):
        return False
    with np.errstate(all="ignore"):
        out = trainer.network.predict(trainer.X)
        return bool(np.all(out * (1 - out) < slope))


def plateau_hint(trainer: Trainer) -> str | None:
    """A hint when the error has frozen on a plateau well above zero, or None.

    With the notebook's loss on a sigmoid output, a*(1-a) scales every update; a too-large
    learning rate throws the outputs to exactly 0 or 1 where that slope is ~0, and learning
    stops. A small learning rate can also stall (a symmetric or dead start): then other
    seeds, more hidden units or a bias (when it is off) help.
    """
    its, errs = trainer.history.curve
    if len(errs) < 8 or trainer.iteration < 100:
        return None
    tail = errs[its >= its[-1] * 3 // 4]  # the last quarter of the run
    level = float(tail[-1])
    if level < 0.05 or float(tail.max() - tail.min()) > 1e-4 * level:
        return None
    net = trainer.network
    lr = net.learning_rate
    if lr > 10 and outputs_saturated(trainer, 1e-6):  # the error froze there: saturation explains it
        proposed = smaller_rate(lr, update_rows(len(trainer.X), net.rule.batch_size))
        return say("The error is stuck at {level:.3g}: the learning rate ({lr:g}) is so large that the outputs "
                   "saturate at 0 or 1 and stop learning. Try a smaller learning rate, such as {proposed:g}.",
                   level=level, lr=lr, proposed=proposed)
    if net.has_bias:
        return say("The error is stuck at {level:.3g}. Try another seed or more hidden units.", level=level)
    return say("The error is stuck at {level:.3g}. Try another seed, more hidden units, or turning bias on.",
               level=level)


def saturation_warning(trainer: Trainer) -> str | None:
    """A warning when the outputs are stuck at exactly 0 or 1 and have not learned, or None.

    With the notebook's loss the sigmoid's slope a*(1-a) scales every update; where it is
    below 1e-12 for every output the network can no longer learn (a huge learning rate does
    that in one step). The plateau hint says the same after a long run; this also catches a
    short one. Other outputs and losses have no such slope in their updates (a linear output's
    values are not bounded by 0 and 1 at all), so they never get this warning.
    """
    if not outputs_saturated(trainer):
        return None
    with np.errstate(all="ignore"):
        error = float(np.mean(np.abs(trainer.Y - trainer.network.predict(trainer.X))))
    if not error >= 0.05:
        return None
    net = trainer.network
    lr, proposed = net.learning_rate, smaller_rate(net.learning_rate, update_rows(len(trainer.X), net.rule.batch_size))
    return (f"the outputs are stuck at 0 or 1 (error {error:.3g}): the learning rate ({lr:g}) is so large that "
            f"the units saturate and stop learning; try a smaller one, such as {proposed:g}")


def snapshot(trainer: Trainer, logged_from: int = 0, outputs: bool = True, timeline_from: int = 0) -> dict:
    """What a viewer needs to draw the run now: plain data, all copies (safe to send elsewhere).

    ``logged`` holds only the Error: lines from index ``logged_from`` on, and
    ``timeline`` only the weight snapshots added after ``timeline_from`` (see
    ``timeline_seq``), so a stream of snapshots sends each line and each
    weight snapshot once.
    """
    net = trainer.network
    curve_it, curve_err = trainer.history.curve
    state = net.get_state()
    with np.errstate(all="ignore"):
        out = net.predict(trainer.X) if outputs else None
    return {
        "iteration": trainer.iteration,
        "curve": (curve_it, curve_err),
        "curve_loss": trainer.history.curve_loss,
        "curve_test": trainer.history.curve_test if trainer.X_test is not None else None,
        "stride": trainer.history.stride,
        "logged": trainer.history.logged_since(logged_from),
        "n_logged": trainer.history.n_logged,
        "weights": state["weights"],
        "biases": state["biases"],
        "outputs": out,
        "timeline": [] if trainer.timeline is None else trainer.timeline.since(timeline_from),
        "timeline_stride": 1 if trainer.timeline is None else trainer.timeline.stride,
        "timeline_seq": 0 if trainer.timeline is None else trainer.timeline.seq,
    }

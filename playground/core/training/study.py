"""Convergence study: one setting trained from K seeds at once, vectorised over a leading axis.

The K networks share the dataset, the layer sizes and the training settings; they
differ only in the seed of their initial weights: ``seed, seed + 1, ..., seed + K - 1``.
They train together as a :class:`~playground.core.nn.stack.NetworkStack` (weights stacked on a
leading axis, one Python-level iteration for all K; see :mod:`playground.core.nn.stack`), so
network j ends where a single training with seed ``seed + j`` ends, bit for bit, and draws
its own batches from ``RandomState(seed + j + 1)``.
Training uses the dataset's training rows; held-out rows only give the final test errors.
With a ``test_fraction`` (``--test-fraction``) network j holds out the rows its own seed
chooses (:mod:`playground.core.data.held_out`), as ``train --seed S+j`` does: every network then has
its own training rows, a ``(K, rows, n)`` stack, and trains with ``rules.step`` (the same
operations as the notebook's loop, so the numbers stay bit for bit a single training's).
So study seed j is the single training with seed S + j, to the last bit: the same held-out
rows, starting weights, batch order and errors; and network j's numbers do not depend on the
other seeds trained beside it (a study of seeds S..S+5 equals one of S..S+1 beside one of S+2..S+5).

A network whose weights become non-finite stops as a single training does: its chunk
is replayed on its own by a :class:`~playground.core.training.training.Trainer`, which keeps the
last finite weights; the stack carries on with the others.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from playground.core.training.budget import check_study, study_seconds
from playground.core.data.dataset import Dataset
from playground.core.data.held_out import held_out_count, held_out_mask
from playground.core.nn.network import Network, layer_sizes
from playground.core.nn.rules import Rule
from playground.core.data.settings import MAX_SEED, Settings
from playground.core.nn.stack import NetworkStack
from playground.core.training.training import DONE, STOPPED, Trainer, next_chunk

MAX_SEEDS = 256
DEFAULT_TARGET_ERROR = 0.05
CHUNK_SECONDS = 0.02


def _own_rows(dataset: Dataset, fraction: float, seeds: Sequence[int]) -> tuple[np.ndarray, ...]:
    """(K, rows, n) stacks of X, Y, X_test, Y_test: network j's rows are those its seed holds in or out."""
    X_all, Y_all = dataset.X, dataset.Y
    n, held = dataset.n_rows, held_out_count(fraction, dataset.n_rows)
    stacks = [np.empty((len(seeds), rows, cols)) for rows in (n - held, held) for cols in (X_all.shape[1],
                                                                                         Y_all.shape[1])]
    X, Y, X_test, Y_test = stacks[0], stacks[1], stacks[2], stacks[3]
    for j, seed in enumerate(seeds):  # filled one network at a time: no list of K tables beside the stacks
        test = held_out_mask(fraction, n, seed)
        X[j], Y[j], X_test[j], Y_test[j] = X_all[~test], Y_all[~test], X_all[test], Y_all[test]
    return X, Y, X_test, Y_test


def record_every_for(iterations: int, log_every: int, points: int = 1000) -> int:
    """The error is recorded every log_every iterations (the Error: lines), thinned to at most ~points."""
    logged = -(-iterations // log_every)
    return log_every * max(1, -(-logged // points))


@dataclass
class StudyProgress:
    """What a viewer needs to draw a study now: plain data, all copies."""

    iteration: int
    iterations: int
    seeds: np.ndarray  # (K,)
    recorded_iterations: np.ndarray  # (n,)
    recorded_errors: np.ndarray  # (K, n): NaN after a network diverged
    diverged_at: np.ndarray  # (K,) the iteration a network stopped at, -1 while it trains
    final_errors: np.ndarray | None  # (K,) mean |Y - output| of the final weights, when finished
    target_error: float
    status: str | None  # None while running, then DONE or STOPPED

    def after(self, older: "StudyProgress") -> "StudyProgress":
        """The newer of two unread progress messages stands for both (each holds the whole study)."""
        return self


@dataclass(frozen=True)
class StudyJob:
    """Train ``settings`` on ``dataset`` from seeds seed .. seed + count - 1 (see :mod:`playground.core.training.run`)."""

    dataset: Dataset
    settings: Settings
    count: int
    target_error: float = DEFAULT_TARGET_ERROR
    record_every: int | None = None
    job_id: int = 0  # given by the window when it sends the job (playground.core.training.run)


class Study:
    """One setting trained from seeds seed .. seed + count - 1 at once; resumable like Trainer.

    ``test_fraction``: network j holds out the rows its own seed chooses (held_out.py), as
    ``train --seed S+j --test-fraction F`` does, instead of the dataset's test rows. ``X``, ``Y``,
    ``X_test`` and ``Y_test`` are then (K, rows, n) stacks, one table per network; else (rows, n)
    tables all networks share.
    """

    def __init__(self, dataset: Dataset, settings: Settings, count: int, *,
                 target_error: float = DEFAULT_TARGET_ERROR, record_every: int | None = None,
                 test_fraction: float | None = None, learning_rates: Sequence[float] | None = None) -> None:
        """``learning_rates``: network j's own rate (one per seed; default the settings' for all)."""
        self.record_every = Study.check(dataset, settings, count, record_every=record_every,
                                        test_fraction=test_fraction)
        seeds = range(settings.seed, settings.seed + count)
        self.sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))
        rule = Rule.from_settings(settings)
        n_max = -(-settings.iterations // self.record_every) + 1
        if test_fraction is None:
            self.X, self.Y, self.X_test, self.Y_test = dataset.split()
            problems = settings.data_problems(self.Y)
        else:  # each seed's own held-out rows, as its single training chooses them
            self.X, self.Y, self.X_test, self.Y_test = _own_rows(dataset, test_fraction, seeds)
            problems = next(filter(None, (settings.data_problems(Y) for Y in self.Y)), [])
        if problems:
            raise ValueError("; ".join(problems))
        self.dataset, self.settings, self.target_error = dataset, settings, float(target_error)
        self.test_fraction = test_fraction
        self.stack = NetworkStack(self.sizes, seeds, activation=settings.activation, bias=settings.bias,
                                  learning_rate=settings.learning_rate, rule=rule, learning_rates=learning_rates)
        self.iteration = 0
        self.diverged_at = np.full(count, -1, dtype=np.int64)
        self._frozen: dict[int, Network] = {}  # diverged networks, at their last finite weights
        self._rec_it = np.empty(n_max, dtype=np.int64)
        self._rec_err = np.full((count, n_max), np.nan)
        self._n_rec = 0
        self._chunk = 16
        self.status: str | None = None

    @staticmethod
    def check(dataset: Dataset, settings: Settings, count: int, *, record_every: int | None = None,
              test_fraction: float | None = None) -> int:
        """Refuse a study that cannot run, before anything large is allocated: ValueError (BudgetError
        for memory: the need, the limit and how many seeds would fit). Returns its record_every."""
        if not 1 <= count <= MAX_SEEDS:
            raise ValueError(f"a study trains 1 to {MAX_SEEDS} seeds, got {count}")
        problems = settings.problems() + [p.describe(dataset.names)
                                          for p in dataset.problems(output=settings.output)]
        if problems:
            raise ValueError("; ".join(problems))
        if settings.seed + count - 1 > MAX_SEED:
            raise ValueError(f"seeds {settings.seed} to {settings.seed + count - 1} go past {MAX_SEED}")
        sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))
        held = int(dataset.test_mask.sum()) if test_fraction is None else held_out_count(test_fraction, dataset.n_rows)
        every = int(record_every or record_every_for(settings.iterations, settings.log_every))
        check_study(sizes, dataset.n_rows - held, count, Rule.from_settings(settings), bias=settings.bias,
                    own_rows=test_fraction is not None, table_rows=dataset.n_rows,
                    records=-(-settings.iterations // every) + 1)
        return every

    def estimated_seconds(self) -> float:
        """A rough, pessimistic estimate of the whole study's time (budget.study_seconds)."""
        s = self.settings
        return study_seconds(self.sizes, self.rows, self.count, s.iterations, self.stack.rule, bias=s.bias,
                             own_rows=self.test_fraction is not None)

    @property
    def rows(self) -> int:
        """The training rows of each network."""
        return self.X.shape[-2]

    def own(self, arrays: np.ndarray, j: int) -> np.ndarray:
        """Network j's part of X, Y, X_test or Y_test (the shared table when there is one)."""
        return arrays[j] if arrays.ndim == 3 else arrays

    @property
    def seeds(self) -> np.ndarray:
        return self.stack.seeds.copy()

    @property
    def count(self) -> int:
        return self.stack.count

    # -- running --

    def run(self, until: int | None = None, *, on_progress: Callable[["Study"], None] | None = None,
            should_stop: Callable[[], bool] | None = None, progress_interval: float = 0.1) -> str:
        """Train every network until ``iteration == until`` (the settings' iterations by default) or a stop."""
        until = self.settings.iterations if until is None else int(until)
        if until > self._rec_it.size * self.record_every:
            raise ValueError("a study cannot run past the iterations it was set up for")
        clock = time.perf_counter
        next_report = clock() + progress_interval
        self.status = None
        status = DONE
        with np.errstate(all="ignore"):  # saturation is normal; non-finite weights are checked per chunk
            while self.iteration < until:
                if should_stop is not None and should_stop():
                    status = STOPPED
                    break
                start, end = self.iteration, min(self.iteration + self._chunk, until)
                alive = self.diverged_at < 0
                saved = None  # the last chunk's copy goes before the next is made (budget.py counts one)
                saved = self._save() if alive.any() else None
                t0 = clock()
                self._advance(start, end)
                self._adapt_chunk(clock() - t0, end - start)
                if saved is not None:
                    broken = np.flatnonzero(alive & ~self.stack.finite())
                    for j in broken:  # rare: replay the chunk for that network alone
                        self._replay_diverged(int(j), saved, start, end)
                if on_progress is not None and clock() >= next_report:
                    on_progress(self)
                    next_report = clock() + progress_interval
        self.stack.release_buffers()  # the fast loop's buffers are made again if the study goes on
        self.status = status
        if on_progress is not None:
            on_progress(self)
        return status

    def _advance(self, i: int, end: int) -> None:
        """Iterations i..end-1, computing the errors only at multiples of record_every."""
        every, steps, X, Y = self.record_every, self.stack.steps, self.X, self.Y
        first = self._n_rec
        while i < end:
            wanted = -(-i // every) * every
            if wanted >= end:
                steps(X, Y, end - i)
                break
            errors = steps(X, Y, wanted - i + 1, True)
            self._rec_it[self._n_rec] = wanted
            self._rec_err[:, self._n_rec] = errors
            self._n_rec += 1
            i = wanted + 1
        self.iteration = end
        if self._frozen:  # a diverged network's curve ends where it stopped
            self._rec_err[list(self._frozen), first:self._n_rec] = np.nan

    def _save(self):
        s = self.stack
        return ([w.copy() for w in s.weights], None if s.biases is None else [b.copy() for b in s.biases],
                {k: [x.copy() for x in v] for k, v in s.optimizer_state.items()})

    def _replay_diverged(self, j: int, saved, start: int, end: int) -> None:
        """Network j went non-finite in iterations start..end-1: find where, as a single training would."""
        weights, biases, optimizer = saved
        net = self._single(j)
        net.set_state([w[j] for w in weights], None if biases is None else [b[j] for b in biases],
                      {k: [x[j] for x in v] for k, v in optimizer.items()})
        trainer = Trainer(net, self.own(self.X, j), self.own(self.Y, j), log_every=self.record_every)
        trainer.iteration = start
        result = trainer.run(end)
        self.diverged_at[j] = result.iteration
        self._frozen[j] = trainer.network
        # the errors of the replayed chunk come from the single network (up to where it stopped)
        rec = self._rec_it[: self._n_rec]
        in_chunk = np.flatnonzero(rec >= start)
        logged = dict(zip(*(a.tolist() for a in trainer.history.logged)))
        for c in in_chunk:
            self._rec_err[j, c] = logged.get(int(rec[c]), np.nan)

    def _adapt_chunk(self, seconds: float, steps: int) -> None:
        self._chunk = next_chunk(self._chunk, seconds, steps, CHUNK_SECONDS)

    # -- results --

    def _single(self, j: int) -> Network:
        """Network j as a single network (its seed and learning rate), at its seed's starting weights."""
        settings = self.settings.with_(learning_rate=float(self.stack.learning_rates[j]))
        return Network.from_settings(settings, self.sizes[0], self.sizes[-1], seed=int(self.stack.seeds[j]))

    def network(self, j: int) -> Network:
        """Network j (seed + j) now: its last finite weights if it diverged."""
        frozen = self._frozen.get(j)
        if frozen is not None:
            net = self._single(j)
            net.set_state(frozen.weights, frozen.biases, frozen.optimizer_state)
            net.t = frozen.t
            return net
        return self.stack.network(j)

    def outputs(self, X: np.ndarray | None = None) -> np.ndarray:
        """(K, rows, n_out): every network's outputs for its training rows (or X: rows all share, or
        a (K, rows, n) stack of each network's own), from its current weights."""
        X = self.X if X is None else X
        out = self.stack.predict(X)
        for j, net in self._frozen.items():
            out[j] = net.predict(self.own(X, j))
        return out

    def final_errors(self) -> np.ndarray:
        """(K,) mean |Y - output| of each network's current weights on its training rows, in seed order."""
        return np.abs(self.Y - self.outputs()).mean(axis=(1, 2))

    def final_test_errors(self) -> np.ndarray | None:
        """(K,) mean |Y - output| on each network's held-out rows, or None without any."""
        if not self.X_test.shape[-2]:
            return None
        return np.abs(self.Y_test - self.outputs(self.X_test)).mean(axis=(1, 2))

    @property
    def recorded(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the recorded iterations (n,) and every network's errors there (K, n)."""
        return self._rec_it[: self._n_rec].copy(), self._rec_err[:, : self._n_rec].copy()

    def progress(self, final: bool = False) -> StudyProgress:
        its, errs = self.recorded
        return StudyProgress(self.iteration, self.settings.iterations, self.seeds, its, errs,
                             self.diverged_at.copy(), self.final_errors() if final else None,
                             self.target_error, self.status)

    def summary(self) -> dict:
        """Plain data for --json: the seeds, final errors, and how many reached the target."""
        final = self.final_errors()
        its, errs = self.recorded
        reached = final <= self.target_error
        s = self.settings
        return {
            "layers": self.sizes,
            "iterations": self.iteration,
            "learning_rate": s.learning_rate,
            "activation": s.activation,
            "bias": s.bias,
            "seeds": self.stack.seeds.tolist(),
            "final_errors": _plain(final),
            "target_error": self.target_error,
            "reached": int(reached.sum()),
            "reached_seeds": self.stack.seeds[reached].tolist(),
            "diverged_seeds": self.stack.seeds[self.diverged_at >= 0].tolist(),
            "recorded_iterations": its.tolist(),
            "errors": [_plain(row) for row in errs],
            "status": self.status or STOPPED,
            **({} if (test := self.final_test_errors()) is None else {"final_test_errors": _plain(test)}),
        }


def error_histogram(errors: np.ndarray, bins: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """Counts of the finite errors in ``bins`` bins spaced evenly in log10(error): (log10 edges, counts).

    Errors span decades (0.002 for a run that learnt, 0.5 for one that is stuck), so
    the bins are even on a log scale; a single value gets one bin a decade wide."""
    errors = np.asarray(errors, dtype=float)
    logs = np.log10(np.clip(errors[np.isfinite(errors)], 1e-12, None))
    if logs.size == 0:
        return np.array([-2.0, 0.0]), np.zeros(1, dtype=np.int64)
    lo, hi = float(logs.min()), float(logs.max())
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, bins + 1)
    counts, _ = np.histogram(logs, edges)
    return edges, counts


def error_band(errors: np.ndarray, low: float = 10.0, high: float = 90.0) -> np.ndarray:
    """(3, n): per recorded iteration, the ``low``, 50th and ``high`` percentiles of the networks'
    finite errors (K, n); NaN where no network has a finite error. A study window draws this band
    and the median instead of hundreds of curves while the study runs.

    The percentile is NumPy's default ("linear"): with the c finite values of a column sorted,
    v[p] at position p = (c - 1) * q / 100, interpolated between its two neighbours. Written
    with one sort (NaN sorts last) because ``np.nanpercentile`` loops over columns in Python."""
    errors = np.asarray(errors, dtype=float)
    k, n = errors.shape
    out = np.full((3, n), np.nan)
    if k == 0 or n == 0:
        return out
    ordered = np.sort(np.where(np.isfinite(errors), errors, np.nan), axis=0)
    count = np.isfinite(ordered).sum(axis=0)
    some = count > 0
    cols = np.nonzero(some)[0]
    for i, q in enumerate((low, 50.0, high)):
        pos = (count[some] - 1) * (q / 100.0)
        below = np.floor(pos).astype(int)
        above = np.minimum(below + 1, count[some] - 1)
        v0, v1 = ordered[below, cols], ordered[above, cols]
        out[i, some] = v0 + (v1 - v0) * (pos - below)
    return out


def _plain(values: np.ndarray) -> list:
    """Floats for JSON, with None where a value is not finite (JSON has no NaN)."""
    return [float(v) if np.isfinite(v) else None for v in values]


def describe(summary: dict) -> str:
    """A few lines for a terminal or a class: how many runs reached the target, and the spread."""
    final = np.array([np.nan if e is None else e for e in summary["final_errors"]], dtype=float)
    seeds = summary["seeds"]
    k = len(seeds)
    q = np.nanquantile(final, [0.0, 0.25, 0.5, 0.75, 1.0]) if np.isfinite(final).any() else [np.nan] * 5
    lines = [
        f"Trained {k} networks (layers {'-'.join(map(str, summary['layers']))}) for "
        f"{summary['iterations']:,} iterations, seeds {seeds[0]} to {seeds[-1]}.",
        f"Reached the target error {summary['target_error']:g}: {summary['reached']} of {k} "
        f"({100 * summary['reached'] / k:.0f}%).",
        "Final error: min {:.4g}, quartiles {:.4g} / {:.4g} / {:.4g}, max {:.4g}.".format(*q),
    ]
    if summary["diverged_seeds"]:
        lines.append(f"Diverged (weights became non-finite): seeds {summary['diverged_seeds']}.")
    if np.isfinite(final).any():
        best, worst = int(np.nanargmin(final)), int(np.nanargmax(final))
        lines.append(f"Best seed {seeds[best]} ({final[best]:.4g}); worst seed {seeds[worst]} ({final[worst]:.4g}).")
    return "\n".join(lines)


__all__ = ["NetworkStack", "Study", "StudyProgress", "MAX_SEEDS", "DEFAULT_TARGET_ERROR", "describe", "error_band",
           "error_histogram", "record_every_for", "StudyJob"]

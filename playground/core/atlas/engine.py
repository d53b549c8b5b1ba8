"""Cells of one shape trained together in one NetworkStack, each exactly as ``nn-playground train`` trains it.

API (``playground.core.atlas.engine``)::

    train_cells(grid, cells, *, should_stop=None) -> list[CellRecord] | None
        cells: Cells of one shape_key (grid.py); their records in the order given; None when
        should_stop() said so between chunks of iterations

How the bit-identity with ``train`` holds: the stack's network j starts from ``initial_weights(sizes,
seed_j)`` and multiplies its updates by its own learning rate (NetworkStack: every product is the single
network's own BLAS call), and its held-out rows are ``held_out_mask(F, rows, seed_j)``, so its numbers are
a single training's. The notebook's rule runs through fast_loop.FastLoop (NetworkStack.steps with the
bias sums as row adds: the same numbers). A network whose weights become non-finite in a chunk of iterations is replayed alone
from the chunk's start by a Trainer, as ``train`` would run it (it stops there, keeping the last finite
weights), as the convergence study does (core/training/study.py); the stack carries on with the others,
whose numbers do not depend on it.

Recorded: the error every ``every`` iterations (a power of two with at most grid.CURVE_POINTS points,
so each is a point of ``train``'s own thinned curve, whose stride is a smaller power of two) and at
each of the last labels.TAIL iterations; then the final errors and the measures the labels need.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from playground.core.atlas import labels as atlas_labels
from playground.core.atlas.fast_loop import FastLoop
from playground.core.atlas.grid import CURVE_POINTS, Cell, Grid
from playground.core.atlas.records import CellRecord
from playground.core.data.held_out import held_out_mask
from playground.core.nn.network import Network, layer_sizes
from playground.core.nn.rules import Rule
from playground.core.nn.stack import NetworkStack
from playground.core.training.training import Trainer

CHUNK = 512  # iterations between finiteness checks and stop requests
RECORD_POINTS = 100  # points of the curve a record keeps (for the hover plot)


def curve_every(iterations: int, points: int = CURVE_POINTS) -> int:
    """The smallest power of two s with ceil(iterations / s) <= points: record the error every s iterations."""
    s = 1
    while -(-iterations // s) > points:
        s *= 2
    return s


def _rows(grid: Grid, cells: Sequence[Cell]):
    """X, Y, X_test, Y_test: (rows, n) tables all share, or (K, rows, n) stacks of each seed's own rows."""
    fraction = cells[0].test_fraction
    if fraction is None:
        return grid.dataset.split()
    X_all, Y_all, n = grid.dataset.X, grid.dataset.Y, grid.dataset.n_rows
    masks = [held_out_mask(fraction, n, c.seed) for c in cells]
    return (np.stack([X_all[~m] for m in masks]), np.stack([Y_all[~m] for m in masks]),
            np.stack([X_all[m] for m in masks]), np.stack([Y_all[m] for m in masks]))


def _own(arrays: np.ndarray, j: int) -> np.ndarray:
    return arrays[j] if arrays.ndim == 3 else arrays


class _Run:
    """The stack of one group of cells and what is recorded while it trains."""

    def __init__(self, grid: Grid, cells: Sequence[Cell]) -> None:
        s = cells[0].settings
        self.settings, self.cells = s, list(cells)
        self.sizes = layer_sizes(len(grid.dataset.input_columns), s.hidden, len(grid.dataset.target_columns))
        self.rule = Rule.from_settings(s)
        self.X, self.Y, self.X_test, self.Y_test = (np.ascontiguousarray(a, dtype=float) for a in _rows(grid, cells))
        self.stack = NetworkStack(self.sizes, [c.seed for c in cells], activation=s.activation, bias=s.bias,
                                  rule=self.rule, learning_rates=[c.settings.learning_rate for c in cells])
        self.fast = FastLoop(self.stack, self.X, self.Y) if FastLoop.fits(self.stack, self.X, self.Y) else None
        K, N = len(cells), grid.iterations
        self.every = curve_every(N)
        self.rec_it = np.arange(0, N, self.every)
        self.curve = np.full((K, len(self.rec_it)), np.nan)
        self.tail_start = max(0, N - atlas_labels.TAIL)
        self.tail = np.full((K, N - self.tail_start), np.nan)
        self.diverged_at = np.full(K, -1, dtype=np.int64)
        self.frozen: dict[int, Network] = {}

    def wanted(self, i: int) -> int:
        """The first iteration >= i whose error is recorded."""
        return min(-(-i // self.every) * self.every, max(i, self.tail_start))

    def record(self, i: int, errors: np.ndarray) -> None:
        if i % self.every == 0:
            self.curve[:, i // self.every] = errors
        if i >= self.tail_start:
            self.tail[:, i - self.tail_start] = errors

    def advance(self, i: int, end: int) -> None:
        """Iterations i..end-1 of every network, recording the errors it wants (the fast loop held throughout:
        its weights are copied in and out once, not at each recorded error)."""
        if self.fast is None:
            self._advance(i, end, self.stack.steps)
            return
        with self.fast.held():
            self._advance(i, end, lambda _X, _Y, n, want=False: self.fast.steps(n, want))

    def _advance(self, i: int, end: int, steps) -> None:
        X, Y = self.X, self.Y
        while i < end:
            w = self.wanted(i)
            if w >= end:
                steps(X, Y, end - i)
                return
            self.record(w, steps(X, Y, w - i + 1, True))
            i = w + 1

    def save(self):
        s = self.stack
        return ([w.copy() for w in s.weights], None if s.biases is None else [b.copy() for b in s.biases],
                {k: [x.copy() for x in v] for k, v in s.optimizer_state.items()})

    def single(self, j: int) -> Network:
        cell = self.cells[j]
        return Network.from_settings(cell.settings, self.sizes[0], self.sizes[-1], seed=cell.seed)

    def replay(self, j: int, saved, start: int, end: int) -> None:
        """Network j went non-finite in iterations start..end-1: run them alone, as ``train`` does, and stop there."""
        weights, biases, optimizer = saved
        net = self.single(j)
        net.set_state([w[j] for w in weights], None if biases is None else [b[j] for b in biases],
                      {k: [x[j] for x in v] for k, v in optimizer.items()})
        trainer = Trainer(net, _own(self.X, j), _own(self.Y, j), log_every=1)
        trainer.iteration = start
        result = trainer.run(end)
        self.diverged_at[j] = result.iteration
        self.frozen[j] = trainer.network
        logged = dict(zip(*(a.tolist() for a in trainer.history.logged)))
        for i in range(start, end):  # its errors in this chunk are the single network's, up to where it stopped
            if i % self.every == 0:
                self.curve[j, i // self.every] = logged.get(i, np.nan)
            if i >= self.tail_start:
                self.tail[j, i - self.tail_start] = logged.get(i, np.nan)

    def final_weights(self):
        """The stacked final weights and biases, a diverged network's last finite ones in its place."""
        weights = [w.copy() for w in self.stack.weights]
        biases = None if self.stack.biases is None else [b.copy() for b in self.stack.biases]
        for j, net in self.frozen.items():
            for W, w in zip(weights, net.weights):
                W[j] = w
            if biases is not None:
                for B, b in zip(biases, net.biases):
                    B[j] = b
        return weights, biases

    def errors(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """(K,) mean |Y - output| of each network's final weights, computed as Trainer.final_error does."""
        out = self.stack.predict(X)
        values = np.empty(len(self.cells))
        for j in range(len(self.cells)):
            net_out = self.frozen[j].predict(_own(X, j)) if j in self.frozen else out[j]
            values[j] = float(np.mean(np.abs(_own(Y, j) - net_out)))
        return values


def train_cells(grid: Grid, cells: Sequence[Cell], *, should_stop: Callable[[], bool] | None = None,
                chunk: int = CHUNK) -> list[CellRecord] | None:
    """Train cells of one shape in one stack (module docstring); their records, or None when stopped."""
    run = _Run(grid, cells)
    N = grid.iterations
    with np.errstate(all="ignore"):
        i = 0
        while i < N:
            if should_stop is not None and should_stop():
                return None
            end = min(i + chunk, N)
            alive = run.diverged_at < 0
            saved = run.save() if alive.any() else None
            run.advance(i, end)
            if saved is not None:
                for j in np.flatnonzero(alive & ~run.stack.finite()):
                    run.replay(int(j), saved, i, end)
            i = end
        run.stack.release_buffers()
        return _records(grid, run)


def _records(grid: Grid, run: _Run) -> list[CellRecord]:
    final = run.errors(run.X, run.Y)
    test = run.errors(run.X_test, run.Y_test) if run.X_test.shape[-2] else None
    weights, biases = run.final_weights()
    measures = atlas_labels.facts_of(weights, biases, run.settings.activation, run.rule, run.X, run.Y)
    facts = atlas_labels.RunFacts(run.curve, run.tail, final, run.diverged_at >= 0, target_error=grid.target_error,
                                  **measures)
    labels = atlas_labels.labels_of(facts)
    keep = max(1, -(-len(run.rec_it) // RECORD_POINTS))  # every keep-th recorded point: at most ~100
    out = []
    recorded = run.rec_it[::keep].tolist()
    kept = run.curve[:, ::keep]
    gaps = np.isnan(kept).any(axis=1)
    kept = kept.tolist()
    below = run.curve <= grid.target_error
    reaches = below.any(axis=1)
    for j, cell in enumerate(run.cells):
        to_target = int(run.rec_it[np.argmax(below[j])]) if reaches[j] else (
            grid.iterations if final[j] <= grid.target_error and run.diverged_at[j] < 0 else None)
        # the points the run recorded: a diverged run's curve ends where it stopped, as train's does
        curve = tuple((it, e) for it, e in zip(recorded, kept[j]) if e == e) if gaps[j] else tuple(zip(recorded, kept[j]))
        out.append(CellRecord(cell.index, grid.coordinates(cell.index), cell.seed, float(final[j]),
                              None if test is None else float(test[j]), to_target, labels[j],
                              atlas_labels.main_label(labels[j]), curve,
                              int(run.diverged_at[j]) if run.diverged_at[j] >= 0 else None))
    return out


__all__ = ["train_cells", "curve_every", "CHUNK", "RECORD_POINTS"]

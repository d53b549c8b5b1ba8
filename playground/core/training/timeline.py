"""Snapshots of the weights during a run, in bounded memory (for the history scrubber).

Kept like the error curve in :mod:`playground.core.training.history`: the weights at
iterations 0, s, 2s, ... (s = ``stride``). When ``capacity`` snapshots are
stored, the stride doubles and every other snapshot is dropped, so a run of any
length keeps between capacity/2 and capacity snapshots, spread evenly over it.

"The weights at iteration i" are the weights after i updates: the ones that
iteration i's forward pass uses (iteration 0 = the seed's starting weights).

The helper process keeps one timeline and streams new snapshots to the window
(:meth:`WeightTimeline.since`); the window keeps a mirror and applies the
helper's stride (:meth:`WeightTimeline.merge`), so both hold the same snapshots.
On the way the snapshots of a message travel packed (:class:`PackedSnapshots`): one array of
their numbers, not a handful of small arrays each.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

DEFAULT_CAPACITY = 256
MEMORY_BUDGET = 32 * 2**20  # bytes of weights kept per timeline, however large the network
MIN_CAPACITY = 8


class WeightSnapshot:
    """The weights (and biases, and the optimiser's state) after ``iteration`` updates; ``seq`` orders additions.

    With the optimiser's state (momentum's v, Adam's m and s; None or {} for plain gradient descent) a
    snapshot is an exact state a run can go on from bit for bit (``run_record.Checkpoint.from_snapshot``)."""

    __slots__ = ("iteration", "weights", "biases", "seq", "optimizer")

    def __init__(self, iteration: int, weights: list[np.ndarray], biases: list[np.ndarray] | None,
                 seq: int = 0, optimizer: dict[str, list[np.ndarray]] | None = None) -> None:
        self.iteration = int(iteration)
        self.weights = weights
        self.biases = biases
        self.seq = seq
        self.optimizer = optimizer

    def __getstate__(self) -> tuple:
        return self.iteration, self.weights, self.biases, self.seq, self.optimizer

    def __setstate__(self, state: tuple) -> None:
        if len(state) == 4:  # pickled before snapshots kept the optimiser's state
            state = (*state, None)
        self.iteration, self.weights, self.biases, self.seq, self.optimizer = state


def layout_of(snapshot: WeightSnapshot) -> tuple:
    """The shapes of a snapshot's arrays: weights, biases (None without), the optimiser's (None without)."""
    optimizer = snapshot.optimizer
    return (tuple(w.shape for w in snapshot.weights),
            None if snapshot.biases is None else tuple(b.shape for b in snapshot.biases),
            tuple((k, tuple(x.shape for x in v)) for k, v in optimizer.items()) if optimizer else None)


def _shapes(layout: tuple) -> list[tuple[int, ...]]:
    weights, biases, optimizer = layout
    return [*weights, *(biases or ()), *(shape for _, shapes in optimizer or () for shape in shapes)]


class PackedSnapshots:
    """Weight snapshots of one layout as one message carries them: their iterations, one (n, P) float64
    array of their numbers (each row a snapshot's weights, biases and optimiser state, flattened in that
    order) and the shapes once. Pickled alone, a snapshot's every array brings ~100 bytes of class, shape
    and dtype: for the notebook's network (16 numbers) 384 bytes a snapshot against 136 packed. The
    numbers are the same float64s, so a snapshot unpacked is the one packed, bit for bit.

    Iterating gives the :class:`WeightSnapshot` s (``seq`` 0: a mirror numbers what it merges)."""

    __slots__ = ("iterations", "values", "layout")

    def __init__(self, iterations: np.ndarray, values: np.ndarray, layout: tuple) -> None:
        self.iterations = iterations
        self.values = values
        self.layout = layout

    @classmethod
    def pack(cls, snapshots: Sequence[WeightSnapshot]) -> "PackedSnapshots":
        """Snapshots that share one layout (:func:`layout_of`), packed."""
        layout = layout_of(snapshots[0])
        rows = []
        for s in snapshots:
            if layout_of(s) != layout:
                raise ValueError("snapshots of different layouts cannot be packed together")
            arrays = [*s.weights, *(s.biases or ()), *(x for v in (s.optimizer or {}).values() for x in v)]
            rows.append(np.concatenate([np.asarray(a, dtype=float).ravel() for a in arrays]))
        return cls(np.array([s.iteration for s in snapshots], dtype=np.int64), np.array(rows), layout)

    def __reduce__(self):
        return type(self), (self.iterations, self.values, self.layout)

    def __len__(self) -> int:
        return len(self.iterations)

    def __iter__(self):
        weights, biases, optimizer = self.layout
        shapes = _shapes(self.layout)
        ends = np.cumsum([int(np.prod(shape)) for shape in shapes]).tolist()
        spans = list(zip([0, *ends[:-1]], ends, shapes))
        nw, nb = len(weights), len(biases or ())
        groups, k = [], nw + nb  # the optimiser's arrays: (key, first index, end index) each
        for key, key_shapes in optimizer or ():
            groups.append((key, k, k + len(key_shapes)))
            k += len(key_shapes)
        for iteration, row in zip(self.iterations.tolist(), self.values):
            row = row.copy()  # each snapshot owns its numbers, read-only (a Checkpoint then keeps them as they are)
            row.flags.writeable = False
            arrays = [row[a:b].reshape(shape) for a, b, shape in spans]
            state = {key: arrays[a:b] for key, a, b in groups} if optimizer else None
            yield WeightSnapshot(iteration, arrays[:nw], arrays[nw:nw + nb] if biases is not None else None, 0, state)


def capacity_for(n_parameters: int, budget: int = MEMORY_BUDGET, capacity: int = DEFAULT_CAPACITY) -> int:
    """How many snapshots fit the memory budget (even, between MIN_CAPACITY and ``capacity``)."""
    fit = budget // max(8 * int(n_parameters), 1)
    n = int(min(capacity, max(MIN_CAPACITY, fit)))
    return n - n % 2


class WeightTimeline:
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 2 or capacity % 2:
            raise ValueError("capacity must be an even number >= 2")
        self.capacity = capacity
        self.stride = 1
        self._items: list[WeightSnapshot] = []
        self._seq = 0

    @classmethod
    def for_sizes(cls, sizes: Sequence[int], bias: bool, optimizer_slots: int = 0) -> "WeightTimeline":
        """A timeline whose capacity keeps a network of these layer sizes within the memory budget
        (with ``optimizer_slots`` more arrays per parameter: momentum's v, Adam's m and s)."""
        n = sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + (sum(sizes[1:]) if bias else 0)
        return cls(capacity_for(n * (1 + optimizer_slots)))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> WeightSnapshot:
        return self._items[index]

    @property
    def iterations(self) -> list[int]:
        return [s.iteration for s in self._items]

    @property
    def seq(self) -> int:
        """The number of snapshots ever added (for :meth:`since`)."""
        return self._seq

    def next_wanted(self, i: int) -> int:
        """The first iteration >= i whose weights the timeline wants."""
        return -(-i // self.stride) * self.stride

    def wants(self, i: int) -> bool:
        return i % self.stride == 0 and (not self._items or i > self._items[-1].iteration)

    def add(self, i: int, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None,
            optimizer: dict[str, Sequence[np.ndarray]] | None = None) -> None:
        """Keep copies of the weights (and the optimiser's state) after i updates, if the timeline wants iteration i."""
        if not self.wants(i):
            return
        if len(self._items) == self.capacity:
            self._thin(self.stride * 2)
            if i % self.stride:
                return
        self._seq += 1
        self._items.append(WeightSnapshot(i, [np.array(w, dtype=float) for w in weights],
                                    None if biases is None else [np.array(b, dtype=float) for b in biases],
                                    self._seq,
                                    {k: [np.array(x, dtype=float) for x in v] for k, v in optimizer.items()}
                                    if optimizer else None))

    def since(self, seq: int) -> list[WeightSnapshot]:
        """Snapshots added after ``seq`` that are still kept."""
        return [s for s in self._items if s.seq > seq]

    def merge(self, entries: Sequence[WeightSnapshot], stride: int) -> None:
        """Mirror another timeline: add its new snapshots, then drop what its stride dropped."""
        for s in entries:
            if not self._items or s.iteration > self._items[-1].iteration:
                self._seq += 1
                self._items.append(WeightSnapshot(s.iteration, list(s.weights),
                                                  None if s.biases is None else list(s.biases), self._seq,
                                                  getattr(s, "optimizer", None)))
        if stride > self.stride:
            self._thin(stride)
        while len(self._items) > self.capacity:
            self._thin(self.stride * 2)

    def truncate(self, end: int) -> None:
        """Forget every snapshot after iteration ``end`` (a chunk rolled back)."""
        self._items = [s for s in self._items if s.iteration <= end]

    def clear(self) -> None:
        self._items.clear()
        self.stride = 1

    def nearest(self, iteration: int) -> int:
        """Index of the snapshot closest to ``iteration`` (the earlier one on a tie); -1 if empty."""
        if not self._items:
            return -1
        its = np.array(self.iterations)
        return int(np.argmin(np.abs(its - iteration)))

    def _thin(self, stride: int) -> None:
        self.stride = stride
        self._items = [s for s in self._items if s.iteration % stride == 0]

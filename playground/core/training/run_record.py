"""One run as a value: what it started from, what it did, where it came from (the one shape of a run).

A ``RunRecord`` holds the table and settings it trained on, the exact state it started from
(``start``: a ``Checkpoint``, or None for the seed's starting weights at iteration 0), its latest
state (``last``), its own thinned error curve and its own ``Error:`` lines (``Series``, from its
start on), the checkpoints the History scrubs through, its state, and its provenance: the run it
branched from, the iteration it branched at and what changed, in plain English words.

A ``Checkpoint`` is an exact state after ``iteration`` updates: the weights, the biases and the
optimiser's state (momentum's v, Adam's m and s). The batch order depends on the iteration alone
(core/batches.py), so a Trainer started from a checkpoint (``trainer_from``) goes on bit for bit as
the run that passed through it did.

JSON (``to_json``/``from_json``, published as ``playground/data/schemas/run_record.schema.json``):
plain JSON types only; arrays as lists; floats written with Python's shortest repr read back to the
same bits; a value that is not a number (NaN: an unknown loss, no test rows) is null, and an
infinite one is the string "inf" or "-inf". Reading (``core/run_record_json.py``) checks every place
and raises ``DataError`` naming it (``run.last.weights[1]: expected 4 items, got 3``).

Arrays in these values are read-only copies: a record never changes after it is made; a run that
moves on is a new record (``with_progress``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from playground.core.data.dataset import DataError, Dataset
from playground.core.files.json_checks import JsonProblem, kind_of
from playground.core.files.json_values import array, dataset_to_json, get_member, number
from playground.core.limits import MAX_HISTORY_POINTS
from playground.core.nn.network import Network, layer_sizes
from playground.core.data.settings import Settings
from playground.core.texts import lone_surrogate, say

STATES = ("idle", "running", "paused", "finished", "diverged", "failed")
# a Trainer's RunResult status (core/training.py) as the state of the run it ends
STATE_OF_RESULT = {"done": "finished", "target reached": "finished", "stopped": "paused", "diverged": "diverged"}
MAX_CHECKPOINTS = 256  # a run's History: as many as a weight timeline keeps (core/timeline.py)


def _read_only(a: np.ndarray) -> bool:
    """Whether ``a`` and every array it views are read-only (as a weight snapshot the window unpacked:
    ``timeline.PackedSnapshots``, which makes its buffer read-only before any view of it). A writable view
    made before its owner was made read-only would still write; none of ours is."""
    while isinstance(a, np.ndarray):
        if a.flags.writeable:
            return False
        a = a.base
    return a is None


def _frozen(a: Any, dtype: type = float, ndim: int | None = None) -> np.ndarray:
    """A read-only copy of ``a``; ``ndim`` 1 flattens (biases), 2 keeps rows (weights). An array that is
    already read-only throughout (:func:`_read_only`), of this type and shape, is kept as it is."""
    if (isinstance(a, np.ndarray) and a.dtype == dtype and (ndim is None or a.ndim == ndim)
            and _read_only(a)):
        return a
    out = np.array(a, dtype=dtype)
    if ndim == 1:
        out = out.reshape(-1)
    elif ndim == 2:
        out = np.array(out, ndmin=2)
    out.flags.writeable = False
    return out


def _same(a: Any, b: Any) -> bool:
    """Exact equality of two arrays (NaN equals NaN: an unknown value is the same unknown)."""
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"))


@dataclass(frozen=True, eq=False)
class Checkpoint:
    """The exact state after `iteration` updates: a branch started here is bit-exact.

    Weights are ``sizes[k] x sizes[k+1]`` matrices; biases flat vectors (the Network keeps them as
    1 x n rows: ``Network.set_state`` takes either); the optimiser's arrays follow the weights then
    the biases, shaped as they are."""

    iteration: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...] | None
    optimizer: dict[str, list[np.ndarray]] | None  # momentum's v, Adam's m and s (as Network.get_state()["optimizer"])

    def __post_init__(self) -> None:
        weights = tuple(_frozen(w, ndim=2) for w in self.weights)
        biases = None if self.biases is None else tuple(_frozen(b, ndim=1) for b in self.biases)
        optimizer = None
        if self.optimizer:  # gd keeps no state: {} and None are the same
            n = len(weights)
            optimizer = {k: [_frozen(x, ndim=2 if i < n else 1) for i, x in enumerate(v)]
                         for k, v in self.optimizer.items()}
        object.__setattr__(self, "iteration", int(self.iteration))
        object.__setattr__(self, "weights", weights)
        object.__setattr__(self, "biases", biases)
        object.__setattr__(self, "optimizer", optimizer)

    @classmethod
    def from_network(cls, network: Network) -> "Checkpoint":
        """The network's state now (its update count is the iteration)."""
        state = network.get_state()
        return cls(network.t, state["weights"], state["biases"], state["optimizer"])

    @classmethod
    def from_snapshot(cls, snapshot: Any) -> "Checkpoint":
        """A weight timeline's snapshot (core/timeline.py ``WeightSnapshot``) as a checkpoint."""
        return cls(snapshot.iteration, snapshot.weights, snapshot.biases, getattr(snapshot, "optimizer", None))

    def apply(self, network: Network) -> None:
        """Give this state to ``network``: weights, biases, optimiser state and update count."""
        network.set_state(self.weights, self.biases, self.optimizer)
        network.t = self.iteration

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Checkpoint) or self.iteration != other.iteration:
            return False
        if not _same_arrays(self.weights, other.weights) or not _same_arrays(self.biases, other.biases):
            return False
        mine, theirs = self.optimizer or {}, other.optimizer or {}
        return mine.keys() == theirs.keys() and all(_same_arrays(mine[k], theirs[k]) for k in mine)

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict:
        out: dict[str, Any] = {"iteration": self.iteration, "weights": [w.tolist() for w in self.weights],
                               "biases": None if self.biases is None else [b.tolist() for b in self.biases]}
        if self.optimizer:
            out["optimizer"] = {k: [x.tolist() for x in v] for k, v in self.optimizer.items()}
        return out

    @classmethod
    def from_json(cls, data: Any, where: str, sizes: list[int], bias: bool, optimizer: str) -> "Checkpoint":
        """A checkpoint for a network of layer ``sizes`` (with or without ``bias``) trained by ``optimizer``;
        raises JsonProblem naming the place (core/run_record_json.py)."""
        from playground.core.training.run_record_json import checkpoint_from_json

        return checkpoint_from_json(data, where, sizes, bias, optimizer)


def _same_arrays(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))


def _float_json(values: np.ndarray) -> list:
    """Floats as JSON: finite numbers as they are, NaN as null, infinities as "inf" / "-inf"."""
    return [v if math.isfinite(v) else None if v != v else ("inf" if v > 0 else "-inf") for v in values.tolist()]


def check_unicode(text: str, where: str) -> str:
    """``text`` unless it holds a lone surrogate, which no UTF-8 file can hold (it would open, then not save)."""
    bad = lone_surrogate(text)
    if bad is not None:
        raise JsonProblem(where, say("not valid Unicode (a lone surrogate at character {n})", n=bad + 1))
    return text


def _float_array(raw: Any, where: str, n: int) -> np.ndarray:
    """The inverse of _float_json, checking that there are ``n`` items."""
    if not isinstance(raw, list):
        raise JsonProblem(where, say("expected a list, got {kind}", kind=kind_of(raw)))
    if len(raw) != n:
        raise JsonProblem(where, say("expected {n} items, got {got}", n=n, got=len(raw)))
    special = {None: math.nan, "inf": math.inf, "-inf": -math.inf}
    out = np.empty(n)
    for i, v in enumerate(raw):
        if isinstance(v, (str, type(None))) and v in special:
            out[i] = special[v]
        else:
            out[i] = number(v, f"{where}[{i}]", float)
    return out


@dataclass(frozen=True, eq=False)
class Series:
    """Recorded values at iterations: the thinned curve, or the exact Error: lines."""

    iterations: np.ndarray  # int64, increasing
    errors: np.ndarray
    losses: np.ndarray  # NaN where unknown
    tests: np.ndarray  # NaN without held-out rows

    def __post_init__(self) -> None:
        its = _frozen(self.iterations, np.int64, 1)
        object.__setattr__(self, "iterations", its)
        for name in ("errors", "losses", "tests"):
            values = getattr(self, name)
            values = np.full(len(its), np.nan) if values is None else values
            object.__setattr__(self, name, _frozen(values, float, 1))
            if len(getattr(self, name)) != len(its):
                raise ValueError(f"{name}: {len(getattr(self, name))} values for {len(its)} iterations")

    @staticmethod
    def empty() -> "Series":
        return Series(np.zeros(0, np.int64), np.zeros(0), np.zeros(0), np.zeros(0))

    @classmethod
    def of_history(cls, history: Any, logged: bool = False) -> "Series":
        """An ErrorHistory's curve (or, with ``logged``, its Error: lines) as a Series."""
        its, errors = history.logged if logged else history.curve
        losses = history.logged_loss if logged else history.curve_loss
        tests = history.logged_test if logged else history.curve_test
        return cls(its, errors, losses, tests)

    @staticmethod
    def concat(parts: list["Series"]) -> "Series":
        parts = [p for p in parts if len(p)]
        if not parts:
            return Series.empty()
        return Series(*(np.concatenate([getattr(p, name) for p in parts])
                        for name in ("iterations", "errors", "losses", "tests")))

    def _take(self, keep: Any) -> "Series":
        return Series(self.iterations[keep], self.errors[keep], self.losses[keep], self.tests[keep])

    def upto(self, iteration: int) -> "Series":
        """The points with iterations <= iteration."""
        return self._take(slice(0, int(np.searchsorted(self.iterations, iteration, side="right"))))

    def since(self, iteration: int) -> "Series":
        """The points with iterations >= iteration."""
        return self._take(slice(int(np.searchsorted(self.iterations, iteration, side="left")), None))

    def thinned(self, max_points: int) -> "Series":
        """At most ``max_points`` points: doubling the stride as the error curve does (core/history.py),
        keeping the first and the last point."""
        if len(self) <= max_points:
            return self
        its, stride = self.iterations, 1
        keep = np.ones(len(its), dtype=bool)
        while keep.sum() > max_points:
            stride *= 2
            keep = (its - its[0]) % stride == 0
            keep[-1] = True
        return self._take(keep)

    def __len__(self) -> int:
        return len(self.iterations)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Series) and all(_same(getattr(self, n), getattr(other, n))
                                                 for n in ("iterations", "errors", "losses", "tests"))

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict:
        return {"iterations": self.iterations.tolist(), "errors": _float_json(self.errors),
                "losses": _float_json(self.losses), "tests": _float_json(self.tests)}

    @classmethod
    def from_json(cls, data: Any, where: str) -> "Series":
        raw = get_member(data, where, "iterations", list)
        if len(raw) > MAX_HISTORY_POINTS:
            raise JsonProblem(f"{where}.iterations", say("{n:,} points; the limit is {limit:,}", n=len(raw),
                                                         limit=MAX_HISTORY_POINTS))
        its = array(raw, f"{where}.iterations", (None,), int)
        if np.any(np.diff(its) <= 0):
            raise JsonProblem(f"{where}.iterations", say("the iteration numbers must increase"))
        values = [_float_array(get_member(data, where, name, list, [None] * len(its)), f"{where}.{name}", len(its))
                  for name in ("errors", "losses", "tests")]
        return cls(its, *values)


@dataclass(frozen=True, eq=False)
class RunRecord:
    """One run: what it started from, what it did, where it came from."""

    id: str  # unique within its tree, e.g. "r1", "r2"
    dataset: Dataset  # the table it trained on (a value: never mutated afterwards)
    settings: Settings
    start: Checkpoint | None  # the state it started from (None: the seed's starting weights, iteration 0)
    last: Checkpoint | None  # the latest state (None: not trained yet)
    curve: Series = field(default_factory=Series.empty)  # its own thinned error curve, from its start on
    logged: Series = field(default_factory=Series.empty)  # its own Error: lines, from its start on
    checkpoints: tuple[Checkpoint, ...] = ()  # for the History (bounded), from its start on
    state: str = "idle"  # one of STATES
    parent: str | None = None  # the run it branched from
    branched_at: int = 0  # the parent's iteration it started at (== start.iteration; 0 for a root)
    change: str = ""  # what changed from the parent, plain English words

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown run state {self.state!r}")
        object.__setattr__(self, "checkpoints", tuple(self.checkpoints))

    @property
    def iteration(self) -> int:
        """Updates done (last.iteration, else start's, else 0)."""
        state = self.last or self.start
        return 0 if state is None else state.iteration

    @property
    def start_iteration(self) -> int:
        return 0 if self.start is None else self.start.iteration

    @property
    def sizes(self) -> list[int]:
        return layer_sizes(len(self.dataset.input_columns), self.settings.hidden, len(self.dataset.target_columns))

    def network(self) -> Network:
        """A network at this run's latest state (its seed's starting weights when it has none)."""
        net = Network.from_settings(self.settings, len(self.dataset.input_columns), len(self.dataset.target_columns))
        state = self.last or self.start
        if state is not None:
            state.apply(net)
        return net

    def start_checkpoint(self) -> Checkpoint:
        """The state it started from, made from the seed when ``start`` is None."""
        if self.start is not None:
            return self.start
        net = Network.from_settings(self.settings, len(self.dataset.input_columns), len(self.dataset.target_columns))
        return Checkpoint.from_network(net)

    def states(self) -> list[Checkpoint]:
        """Every exact state it passed through that it keeps: start, checkpoints, last (by iteration)."""
        out: dict[int, Checkpoint] = {}
        for c in (self.start, *self.checkpoints, self.last):
            if c is not None:
                out.setdefault(c.iteration, c)
        return [out[i] for i in sorted(out)]

    def passed_through(self, checkpoint: Checkpoint) -> bool:
        """True when ``checkpoint`` is a state this run kept (its start, one of its checkpoints or its last)."""
        if self.start is None and checkpoint.iteration == 0 and checkpoint == self.start_checkpoint():
            return True
        return any(c.iteration == checkpoint.iteration and c == checkpoint for c in self.states())

    def with_progress(self, *, last: Checkpoint | None = None, curve: Series | None = None,
                      logged: Series | None = None, checkpoints: tuple[Checkpoint, ...] | list | None = None,
                      state: str | None = None) -> "RunRecord":
        """This run moved on: the given parts replaced, the others kept."""
        changes: dict[str, Any] = {}
        if last is not None:
            changes["last"] = last
        if curve is not None:
            changes["curve"] = curve
        if logged is not None:
            changes["logged"] = logged
        if checkpoints is not None:
            changes["checkpoints"] = tuple(checkpoints)
        if state is not None:
            changes["state"] = state
        return replace(self, **changes)

    def with_(self, **changes: Any) -> "RunRecord":
        return replace(self, **changes)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, RunRecord) and self.to_json() == other.to_json())

    __hash__ = None  # type: ignore[assignment]

    def to_json(self, dataset: bool = True) -> dict:
        """Plain JSON types only; ``dataset=False`` leaves out the table (a tree writes it once per change)."""
        out: dict[str, Any] = {"id": self.id}
        if dataset:
            out["dataset"] = dataset_to_json(self.dataset)
        out.update({
            "settings": self.settings.to_dict(),
            "start": None if self.start is None else self.start.to_json(),
            "last": None if self.last is None else self.last.to_json(),
            "curve": self.curve.to_json(), "logged": self.logged.to_json(),
            "checkpoints": [c.to_json() for c in self.checkpoints],
            "state": self.state, "parent": self.parent, "branched_at": self.branched_at, "change": self.change})
        return out

    @classmethod
    def from_json(cls, data: dict, where: str = "run", dataset: Dataset | None = None) -> "RunRecord":
        """A record from its JSON; raises DataError naming the place. ``dataset``: the table when the JSON
        leaves it out (a tree's run on its parent's table)."""
        try:
            return cls.parse(data, where, dataset)
        except JsonProblem as e:
            raise DataError(str(e)) from None

    @classmethod
    def parse(cls, data: Any, where: str = "run", dataset: Dataset | None = None) -> "RunRecord":
        """As from_json, raising JsonProblem (a file's reader names the file): core/run_record_json.py."""
        from playground.core.training.run_record_json import record_from_json

        return record_from_json(data, where, dataset)


def trainer_from(dataset: Dataset, settings: Settings, checkpoint: Checkpoint | None, curve: Series | None = None,
                 logged: Series | None = None, **kwargs: Any):
    """A Trainer (core/training.py) at ``checkpoint`` (None: the seed's starting weights): weights, biases,
    optimiser state and iteration, so that it goes on bit for bit as the run that passed through it did
    (the batch order and Adam's bias correction depend on the iteration alone).

    ``curve`` and ``logged`` (the run's so far, ending before the checkpoint) are restored into its
    history so that it extends them, as a reopened document goes on; without them it records from the
    checkpoint on, as a new branch does. ``kwargs`` go to ``Trainer.from_settings`` (``keep_timeline``)."""
    from playground.core.training.training import Trainer  # training imports nothing of this module; kept lazy for speed

    trainer = Trainer.from_settings(dataset, settings, **kwargs)
    if checkpoint is not None:
        checkpoint.apply(trainer.network)
    if curve is not None or logged is not None:
        curve, logged = curve or Series.empty(), logged or Series.empty()
        its = curve.iterations
        stride = int(its[1] - its[0]) if len(its) > 1 else 1
        trainer.history.restore((its, curve.errors, curve.losses, curve.tests),
                                (logged.iterations, logged.errors, logged.losses, logged.tests), stride)
    return trainer


def to_trained(checkpoint: Checkpoint, curve: Series | None = None, logged: Series | None = None):
    """The documents' ``Trained`` (core/documents.py) of a checkpoint and the curves that led to it: what the
    helper's Job takes as its start (``Job.start``) and what older documents hold."""
    from playground.core.files.documents import Trained  # documents reads run trees: imported here, not at the top

    curve, logged = curve or Series.empty(), logged or Series.empty()
    n = len(checkpoint.weights)
    optimizer = None if not checkpoint.optimizer else {
        k: [np.array(x) if i < n else np.array(x).reshape(-1) for i, x in enumerate(v)]
        for k, v in checkpoint.optimizer.items()}
    return Trained(checkpoint.iteration, [np.array(w) for w in checkpoint.weights],
                   None if checkpoint.biases is None else [np.array(b) for b in checkpoint.biases],
                   curve.iterations, curve.errors, logged.iterations, logged.errors, optimizer=optimizer,
                   history_losses=curve.losses, history_tests=curve.tests, logged_losses=logged.losses,
                   logged_tests=logged.tests)


def from_trained(trained: Any) -> tuple[Checkpoint, Series, Series]:
    """(checkpoint, curve, Error: lines) of a documents' ``Trained``: an older document's single run."""
    curve = Series(trained.history_iterations, trained.history_errors, trained.history_losses, trained.history_tests)
    logged = Series(trained.logged_iterations, trained.logged_errors, trained.logged_losses, trained.logged_tests)
    return Checkpoint(trained.iterations_done, trained.weights, trained.biases, trained.optimizer), curve, logged


__all__ = ["Checkpoint", "Series", "RunRecord", "STATES", "MAX_CHECKPOINTS", "trainer_from", "to_trained", "from_trained",
           "STATE_OF_RESULT"]

"""The loss landscape around a state of a run: exact 2-D slices, 1-D interpolations, random-direction planes.

Every result is a :class:`Landscape`, labelled with what it is (``kind``):

``"exact slice"`` (:func:`error_slice`)
    Two weights (or biases) ``w1``, ``w2`` by the inspector's names; every other parameter frozen at
    the shown ``state``. ``errors[i, j]`` is the training error of the network with
    ``w1 = coordinates[0][i]`` and ``w2 = coordinates[1][j]`` (``indexing="ij"``: the first axis is w1).
    The run's path (:func:`~playground.core.landscape.paths.weight_path`) lies *in* this plane only
    where its other weights equal the state's: elsewhere it is the path's shadow on the plane.

``"interpolation"`` (:func:`interpolation`, Goodfellow et al. 2015)
    Every parameter at once along the line ``theta(t) = (1 - t) * start + t * end``, t in
    [-0.5, 1.5] by default: ``errors[i]`` at ``t = coordinates[0][i]``; t = 0 is the start, 1 the end.

``"projection"`` (:func:`direction_slice`, Li et al. 2018)
    The plane ``theta(alpha, beta) = state + alpha * d1 + beta * d2`` through the state along two
    filter-normalised random directions (:func:`random_directions`): each direction is Gaussian, then
    every column of each of its weight matrices (the weights into one unit) is scaled to the norm of
    the same column of the state's weights, so that alpha = 1 moves each unit by as much as it
    weighs. Biases get no direction (zero), as Li et al. leave them. ``errors[i, j]`` at
    ``alpha = coordinates[0][i]``, ``beta = coordinates[1][j]``. The run's path is *projected* onto it
    (least squares; :func:`~playground.core.landscape.paths.projected_path`).

The values: ``errors`` is the run's recorded error, mean |Y - output| over the training rows and
outputs (what ``Error:`` prints; with mini-batches a run records its batch's error, this is every
training row's); ``losses`` the rule's loss summed over the training rows (``loss_name`` says which:
``0.5 * sum((Y - a)^2)`` for the notebook, cross-entropy, with ``+ 0.5 * l2 * sum(W^2)`` under L2),
the function the update descends and whose curvature :mod:`playground.core.landscape.sharpness` measures.

Speed: all n * n networks of a grid are evaluated at once (:class:`~playground.core.landscape.evaluate.Problem`,
forward passes of stacked weights; in an exact slice only the layers holding the two weights are
stacked, the others are shared). A 101 x 101 slice of the notebook's network takes a few
milliseconds (benchmarks/landscape.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings
from playground.core.landscape.evaluate import Problem
from playground.core.landscape.weights import BIAS, WeightRef, flatten, parse_weight
from playground.core.nn.network import Network

EXACT_SLICE, INTERPOLATION, PROJECTION = "exact slice", "interpolation", "projection"
MAX_GRID = 1001  # points along one axis
DEFAULT_GRID = 51


@dataclass(frozen=True, eq=False)
class Landscape:
    """A grid of training errors and losses over one or two coordinates (module docstring)."""

    kind: str  # EXACT_SLICE, INTERPOLATION or PROJECTION
    axes: tuple[str, ...]  # what each coordinate is: ("syn0[0, 1]", "syn1[2, 0]"), ("t",), ("alpha", "beta")
    coordinates: tuple[np.ndarray, ...]  # the values along each axis
    errors: np.ndarray  # shape (n,) or (n1, n2): mean |Y - output| over the training rows
    losses: np.ndarray  # the same shape: the rule's loss (loss_name)
    loss_name: str
    iteration: int  # the shown state's iteration (the end's for an interpolation)
    marks: dict = field(default_factory=dict)  # named points on the axes: {"shown": (x, y)}, {"start": (0,), "end": (1,)}
    description: str = ""

    def to_json(self) -> dict:
        """Plain JSON (non-finite values as null): what ``nn-playground landscape --json`` prints."""
        def clean(a: np.ndarray) -> Any:
            if a.ndim == 1:
                return [_json_value(v) for v in a.tolist()]
            return [[_json_value(v) for v in row] for row in a.tolist()]

        return {"kind": self.kind, "description": self.description, "iteration": self.iteration,
                "axes": list(self.axes), "coordinates": [c.tolist() for c in self.coordinates],
                "errors": clean(self.errors), "losses": clean(self.losses), "loss": self.loss_name,
                "marks": {k: list(v) for k, v in self.marks.items()}}

    def to_csv(self) -> str:
        """One row per grid point: the coordinates, the error, the loss (a header first)."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow([*self.axes, "error", "loss"])
        if self.errors.ndim == 1:
            for x, e, l in zip(self.coordinates[0], self.errors, self.losses):
                w.writerow([repr(float(x)), repr(float(e)), repr(float(l))])
        else:
            for i, x in enumerate(self.coordinates[0]):
                for j, y in enumerate(self.coordinates[1]):
                    w.writerow([repr(float(x)), repr(float(y)), repr(float(self.errors[i, j])),
                                repr(float(self.losses[i, j]))])
        return out.getvalue()


def _json_value(v: float) -> float | None:
    return v if np.isfinite(v) else None


def _grid(n: int) -> int:
    n = int(n)
    if not 2 <= n <= MAX_GRID:
        raise ValueError(f"the grid needs 2 to {MAX_GRID} points along each axis, got {n}")
    return n


def _axis(bounds: Sequence[float], n: int, what: str) -> np.ndarray:
    lo, hi = (float(x) for x in bounds)
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError(f"the range of {what} must be two finite numbers, the first below the second; got {lo:g}:{hi:g}")
    return np.linspace(lo, hi, n)


def state_or_start(dataset: Dataset, settings: Settings, state: Any) -> Any:
    """``state``, or the seed's starting weights when it is None (a Network at iteration 0)."""
    if state is not None:
        return state
    return Network.from_settings(settings, len(dataset.input_columns), len(dataset.target_columns))


def weight_ref(w: WeightRef | str, problem: Problem) -> WeightRef:
    """A WeightRef from itself or from its name (ValueError naming a bad one)."""
    return w if isinstance(w, WeightRef) else parse_weight(w, problem.sizes, problem.bias)


def range_around(values: Sequence[float], margin: float = 0.2, least: float = 2.0) -> tuple[float, float]:
    """A range holding every value (the shown weight, the path's) with ``margin`` of its width on each
    side, at least ``least`` wide: the landscape window's and the command line's default."""
    v = np.asarray([x for x in values if np.isfinite(x)] or [0.0], dtype=float)
    lo, hi = float(v.min()), float(v.max())
    pad = max((hi - lo) * margin, (least - (hi - lo)) / 2, 0.0)
    return lo - pad, hi + pad


def error_slice(dataset: Dataset, settings: Settings, state: Any, w1: WeightRef | str, w2: WeightRef | str,
                range1: Sequence[float] | None = None, range2: Sequence[float] | None = None,
                n: int = DEFAULT_GRID) -> Landscape:
    """The exact errors over an n x n grid of two parameters with every other one at ``state`` (a
    Checkpoint, snapshot or Network; None: the seed's starting weights). ``range1``/``range2``: (low,
    high) of each weight's values (default: :func:`range_around` its value). ValueError for a bad name,
    the same weight twice, a bad range or grid."""
    problem = Problem.of(dataset, settings)
    state = state_or_start(dataset, settings, state)
    r1, r2 = weight_ref(w1, problem), weight_ref(w2, problem)
    if r1 == r2:
        raise ValueError(f"choose two different weights (both are {r1.name})")
    n = _grid(n)
    problem.check_work(n * n)
    v1 = _axis(range1 or range_around([r1.value(state)]), n, r1.name)
    v2 = _axis(range2 or range_around([r2.value(state)]), n, r2.name)
    G1, G2 = np.meshgrid(v1, v2, indexing="ij")
    flat1, flat2 = G1.reshape(-1), G2.reshape(-1)
    W = [np.asarray(w, dtype=float) for w in state.weights]
    b = None if state.biases is None else [np.asarray(x, dtype=float).reshape(1, -1) for x in state.biases]
    errors, losses = np.empty(n * n), np.empty(n * n)
    chunk = problem.chunk()
    for at in range(0, n * n, chunk):
        m = min(chunk, n * n - at)
        Wc, bc = list(W), None if b is None else list(b)
        for ref, values in ((r1, flat1[at:at + m]), (r2, flat2[at:at + m])):
            # only the layers holding a chosen weight are stacked (m copies); the others stay shared
            arrays = bc if ref.kind == BIAS else Wc
            base = (b if ref.kind == BIAS else W)[ref.layer]
            if arrays[ref.layer] is base:
                arrays[ref.layer] = np.repeat(base[None], m, axis=0)
            arrays[ref.layer][:, 0 if ref.kind == BIAS else ref.i, ref.j] = values
        errors[at:at + m], losses[at:at + m] = problem.evaluate(Wc, bc)
    return Landscape(EXACT_SLICE, (r1.name, r2.name), (v1, v2), errors.reshape(n, n), losses.reshape(n, n),
                     problem.loss_name, _iteration(state), {"shown": (r1.value(state), r2.value(state))},
                     f"exact slice: the training error over {r1.name} and {r2.name}, every other weight as at "
                     f"iteration {_iteration(state):,}")


def _iteration(state: Any) -> int:
    return int(getattr(state, "iteration", getattr(state, "t", 0)))


def interpolation(dataset: Dataset, settings: Settings, start: Any, end: Any, n: int = 101,
                  t_range: Sequence[float] = (-0.5, 1.5)) -> Landscape:
    """The errors along the straight line from ``start`` (t = 0) to ``end`` (t = 1) through every parameter
    at once, ``(1 - t) * start + t * end`` (Goodfellow et al.); None as ``start``: the seed's starting weights."""
    problem = Problem.of(dataset, settings)
    a, b = flatten(state_or_start(dataset, settings, start)), flatten(end)
    t = _axis(t_range, _grid(n), "t")
    problem.check_work(len(t))
    errors, losses = problem.evaluate_flat((1 - t)[:, None] * a + t[:, None] * b)
    first = _iteration(start) if start is not None else 0
    return Landscape(INTERPOLATION, ("t",), (t,), errors, losses, problem.loss_name, _iteration(end),
                     {"start": (0.0,), "end": (1.0,)},
                     f"interpolation: every weight along the straight line from iteration {first:,} (t = 0) to "
                     f"iteration {_iteration(end):,} (t = 1); the run itself did not travel this line")


def random_directions(state: Any, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two filter-normalised random directions (Li et al.) as flattened vectors (weights, then zero for the
    biases): Gaussian from ``numpy.random.default_rng(seed)``, each weight matrix's columns scaled to the
    norms of the state's columns."""
    rng = np.random.default_rng(int(seed))
    out = []
    for _ in range(2):
        parts = []
        for w in state.weights:
            w = np.asarray(w, dtype=float)
            d = rng.standard_normal(w.shape)
            norms = np.linalg.norm(d, axis=0)
            d *= np.linalg.norm(w, axis=0) / np.where(norms > 0, norms, 1.0)
            parts.append(d.reshape(-1))
        if state.biases is not None:
            parts += [np.zeros(np.size(x)) for x in state.biases]
        out.append(np.concatenate(parts))
    return out[0], out[1]


def direction_slice(dataset: Dataset, settings: Settings, state: Any, directions: tuple[np.ndarray, np.ndarray],
                    range1: Sequence[float] = (-1.0, 1.0), range2: Sequence[float] = (-1.0, 1.0),
                    n: int = DEFAULT_GRID) -> Landscape:
    """The errors over the plane ``state + alpha * d1 + beta * d2`` (Li et al.; ``directions`` from
    :func:`random_directions`): an n x n grid, alpha along the first axis."""
    problem = Problem.of(dataset, settings)
    state = state_or_start(dataset, settings, state)
    theta = flatten(state)
    d1, d2 = (np.asarray(d, dtype=float).reshape(-1) for d in directions)
    if d1.shape != theta.shape or d2.shape != theta.shape:
        raise ValueError(f"directions of {d1.size} and {d2.size} numbers for a network of {theta.size} parameters")
    n = _grid(n)
    problem.check_work(n * n)
    alpha, beta = _axis(range1, n, "alpha"), _axis(range2, n, "beta")
    A, B = np.meshgrid(alpha, beta, indexing="ij")
    A, B = A.reshape(-1), B.reshape(-1)
    errors, losses = np.empty(n * n), np.empty(n * n)
    chunk = problem.chunk()
    for at in range(0, n * n, chunk):
        s = slice(at, at + chunk)
        errors[s], losses[s] = problem.evaluate_flat(theta + A[s, None] * d1 + B[s, None] * d2)
    return Landscape(PROJECTION, ("alpha", "beta"), (alpha, beta), errors.reshape(n, n), losses.reshape(n, n),
                     problem.loss_name, _iteration(state), {"shown": (0.0, 0.0)},
                     f"projection: the training error on a plane through iteration {_iteration(state):,} along two "
                     "filter-normalised random directions (Li et al.); the run's path is projected onto it")


__all__ = ["EXACT_SLICE", "INTERPOLATION", "PROJECTION", "MAX_GRID", "DEFAULT_GRID", "Landscape", "error_slice",
           "interpolation", "random_directions", "direction_slice", "range_around", "state_or_start", "weight_ref"]

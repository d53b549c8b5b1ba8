"""The decision map: the network's output over a square of two inputs, other inputs held fixed.

For a grid of ``resolution x resolution`` points spanning the chosen axes, every
other input is held at a fixed value (a constant column, such as the notebook's
x3 which acts as a bias, at its constant), and the network runs forward on all
points at once. The map holds the output of each target and the activation of
each unit of the first hidden layer, which shows what that unit has learnt (a
line across the square for a sigmoid unit: its weights are the line's normal).

Grids are indexed ``[row, column] = [y, x]``: row 0 is the lowest y.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from playground.core.nn.network import Network

MAX_RESOLUTION = 64
MIN_RESOLUTION = 16
WORK_BUDGET = 4_000_000  # multiply-adds per map: a 64 x 64 map of a small network is far below


def constant_columns(X: np.ndarray) -> list[int]:
    """Input columns holding one value in every row (no use as an axis: nothing varies along it)."""
    X = np.asarray(X, dtype=float)
    if len(X) == 0:
        return []
    return [c for c in range(X.shape[1]) if np.all(X[:, c] == X[0, c])]


def axis_candidates(X: np.ndarray) -> list[int]:
    """The inputs that can be map axes: the varying ones first, then the constant ones."""
    X = np.asarray(X, dtype=float)
    constant = constant_columns(X)
    return [c for c in range(X.shape[1]) if c not in constant] + constant


def extent(values: np.ndarray, pad: float = 0.15) -> tuple[float, float]:
    """The axis range for a column: its min..max widened by ``pad`` of the span (0..1 -> -0.15..1.15)."""
    values = np.asarray(values, dtype=float)
    lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
    span = hi - lo
    if span == 0:
        return lo - 0.5, hi + 0.5
    return lo - pad * span, hi + pad * span


def resolution_for(sizes: Sequence[int]) -> int:
    """Grid points a side: 64 for small networks, fewer for big ones so a live map stays cheap."""
    per_point = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    side = int(np.sqrt(WORK_BUDGET / max(per_point, 1)))
    return int(np.clip(side, MIN_RESOLUTION, MAX_RESOLUTION))


@dataclass
class DecisionMap:
    xs: np.ndarray  # (resolution,) x coordinates of the columns
    ys: np.ndarray  # (resolution,) y coordinates of the rows
    inputs: np.ndarray  # (resolution * resolution, n_inputs) the points fed to the network
    outputs: np.ndarray  # (n_outputs, resolution, resolution)
    hidden: np.ndarray | None  # (n_units of hidden layer 1, resolution, resolution), None without hidden layers


def grid_inputs(n_inputs: int, x_col: int, y_col: int, fixed: Sequence[float],
                x_range: tuple[float, float], y_range: tuple[float, float], resolution: int):
    """The points of the map: x and y run over their ranges, every other input holds ``fixed[c]``."""
    if x_col == y_col:
        raise ValueError("the two axes must be different inputs")
    xs = np.linspace(x_range[0], x_range[1], resolution)
    ys = np.linspace(y_range[0], y_range[1], resolution)
    points = np.empty((resolution, resolution, n_inputs))
    points[:] = np.asarray(fixed, dtype=float)
    points[:, :, x_col] = xs[None, :]
    points[:, :, y_col] = ys[:, None]
    return xs, ys, points.reshape(-1, n_inputs)


def decision_map(net: Network, x_col: int, y_col: int, fixed: Sequence[float],
                 x_range: tuple[float, float], y_range: tuple[float, float],
                 resolution: int | None = None) -> DecisionMap:
    """Run the network on the grid: outputs and first-hidden-layer activations, as images."""
    res = resolution or resolution_for(net.sizes)
    xs, ys, points = grid_inputs(net.sizes[0], x_col, y_col, fixed, x_range, y_range, res)
    a = net.forward(points)  # a[1] is the first hidden layer (or the output without hidden layers)

    def images(layer: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(layer.T.reshape(-1, res, res))

    return DecisionMap(xs, ys, points, images(a[-1]), images(a[1]) if net.n_layers > 1 else None)


def slice_values(column: np.ndarray, steps: int = 100, few: int = 11) -> np.ndarray:
    """The values a slider offers for a fixed input: the column's own values when it has few
    (0 and 1 for a truth table), else ``steps + 1`` even steps from its min to its max."""
    column = np.asarray(column, dtype=float)
    unique = np.unique(column)
    if len(unique) <= few:
        return unique
    return np.linspace(unique[0], unique[-1], steps + 1)


def rows_on_slice(X: np.ndarray, x_col: int, y_col: int, fixed: Sequence[float]) -> np.ndarray:
    """(rows,) bool: the rows whose other inputs equal the fixed values, so they lie on the map's slice."""
    X = np.asarray(X, dtype=float)
    others = [c for c in range(X.shape[1]) if c not in (x_col, y_col)]
    if not others:
        return np.ones(len(X), dtype=bool)
    fixed = np.asarray(fixed, dtype=float)
    return np.all(np.isclose(X[:, others], fixed[others][None, :], rtol=0, atol=1e-9), axis=1)


__all__ = ["DecisionMap", "decision_map", "grid_inputs", "constant_columns", "axis_candidates", "extent",
           "resolution_for", "rows_on_slice", "slice_values"]

"""The numbers a described plot says: where the error is, where it started, how many rows are right.

The error plot and the decision map are pictures; a screen reader (and the back of the room)
gets their text alternative instead, made by ``playground.ui.views.plot_description`` from the
facts computed here. No wording here and no Qt: only which numbers, so a test can recompute them.

A row is *right* when every output lies on its target's side of 0.5 (|target − output| < 0.5),
the reading a student makes of a truth table; the held-out rows count like any other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FALLING, RISING, LEVEL, FIRST, NOT_FINITE = "falling", "rising", "level", "first", "not finite"
# The error counts as level when it moved less than this share of its start value: a curve that
# wobbles around where it began is "about level", not "falling" by a hair.
LEVEL_SHARE = 0.05
MILESTONES = 4  # a run's progress is announced at each quarter of its iterations


@dataclass(frozen=True)
class CurveFacts:
    """The error curve of a run, in the few numbers its description says."""

    iteration: int  # updates done
    error: float  # the mean |error| of the weights at ``iteration``
    start: float  # the curve's first error (the untrained network's, for a run from its seed)
    start_iteration: int
    trend: str  # FALLING, RISING, LEVEL, FIRST (one point so far) or NOT_FINITE
    rows_right: int | None = None  # rows whose outputs are all on their target's side of 0.5
    rows: int | None = None


def rows_right(outputs: np.ndarray | None, targets: np.ndarray) -> int | None:
    """How many rows have every output within 0.5 of its target (None without outputs)."""
    if outputs is None:
        return None
    outputs, targets = np.asarray(outputs, dtype=float), np.asarray(targets, dtype=float)
    if outputs.shape != targets.shape:
        return None
    with np.errstate(invalid="ignore"):
        close = np.abs(targets - outputs) < 0.5  # NaN compares False: a non-finite output is never right
    return int(np.count_nonzero(np.all(close.reshape(len(close), -1), axis=1)))


def trend(start: float, error: float) -> str:
    """Which way the error went since the start (LEVEL within LEVEL_SHARE of the start)."""
    if not (math.isfinite(start) and math.isfinite(error)):
        return NOT_FINITE
    if abs(error - start) <= LEVEL_SHARE * abs(start):
        return LEVEL
    return FALLING if error < start else RISING


def curve_facts(iterations: np.ndarray, errors: np.ndarray, iteration: int | None = None,
                error: float | None = None, outputs: np.ndarray | None = None,
                targets: np.ndarray | None = None) -> CurveFacts | None:
    """The facts of a curve (None when it has no point yet).

    ``iteration`` and ``error`` are the run's latest (a thinned curve's last point may lie behind
    them); by default the curve's last point. ``outputs`` and ``targets`` give the rows right.
    """
    x, y = np.asarray(iterations), np.asarray(errors, dtype=float)
    if not len(y):
        return None
    now = int(x[-1]) if iteration is None else int(iteration)
    value = float(y[-1]) if error is None else float(error)
    if iteration is not None and int(x[-1]) > now:  # looking at an earlier point than the curve's end
        now, value = int(x[-1]), float(y[-1])
    first = len(y) == 1 and now == int(x[0])
    right = rows_right(outputs, targets) if targets is not None else None
    return CurveFacts(now, value, float(y[0]), int(x[0]), FIRST if first else trend(float(y[0]), value),
                      right, None if right is None else int(np.asarray(targets).shape[0]))


def milestone(before: int, now: int, start: int, end: int, parts: int = MILESTONES) -> int | None:
    """The last of ``parts`` equal marks of the run from ``start`` to ``end`` passed between
    ``before`` and ``now`` (1 for the first quarter, ...), or None; the end itself is not one (the run's
    end is announced as such)."""
    span = end - start
    if span <= 0 or now <= before:
        return None
    passed = [k for k in range(1, parts) if before < start + span * k / parts <= now]
    return passed[-1] if passed else None


@dataclass(frozen=True)
class MapFacts:
    """A decision map in the few numbers its description says."""

    share: float  # percent of the square where the output is above 0.5
    rows_right: int | None  # of the rows shown as markers (on the map's slice), those on their target's side
    rows_shown: int
    corners: list[tuple[float, float, float]]  # (x, y, output) at the square's four corners


def map_facts(xs: np.ndarray, ys: np.ndarray, grid: np.ndarray, on_slice: np.ndarray,
              outputs: np.ndarray | None, targets: np.ndarray) -> MapFacts:
    """The facts of one output's map: ``grid`` (len(ys), len(xs)) of outputs, the rows on the slice
    (a bool mask), the network's ``outputs`` and the ``targets`` of that output for every row."""
    with np.errstate(invalid="ignore"):
        share = float(np.mean(grid > 0.5)) * 100
    mask = np.asarray(on_slice, dtype=bool)
    right = None if outputs is None else rows_right(np.asarray(outputs)[mask], np.asarray(targets)[mask])
    corners = [(float(xs[i]), float(ys[j]), float(grid[j, i])) for j, i in ((0, 0), (0, -1), (-1, 0), (-1, -1))]
    return MapFacts(share, right, int(np.count_nonzero(mask)), corners)

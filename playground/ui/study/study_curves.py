"""The study window's curves as pyqtgraph draws them: many curves as one NaN-separated line, thinned,
and axis ranges rounded out to whole decades or leading digits."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor


def joined(its: np.ndarray, errs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Many curves as one: each row of errs against its, separated by NaN (drawn with connect='finite')."""
    k, n = errs.shape
    if k == 0 or n == 0:
        return np.zeros(0), np.zeros(0)
    x = np.empty((k, n + 1))
    y = np.empty((k, n + 1))
    x[:, :n] = its[None, :]
    y[:, :n] = errs
    x[:, n] = y[:, n] = np.nan
    return x.ravel(), y.ravel()


def evenly_chosen(count: int, at_most: int) -> np.ndarray:
    """Indices of at most ``at_most`` of ``count`` items, spread evenly from the first to the last."""
    if count <= at_most:
        return np.arange(count)
    return distinct(np.linspace(0, count - 1, at_most).round().astype(int))


def thinned(its: np.ndarray, errs: np.ndarray, points: int) -> tuple[np.ndarray, np.ndarray]:
    """Every ``step``-th recorded point of each curve (and always the last), at most ``points`` or so."""
    n = len(its)
    if n <= points:
        return its, errs
    keep = distinct(np.append(np.arange(0, n, math.ceil(n / points)), n - 1))
    return its[keep], errs[:, keep]


def distinct(ascending: np.ndarray) -> np.ndarray:
    """The values of a non-decreasing array, each once. (np.unique imports numpy.ma when first
    called: a 50 ms pause at a study's first update.)"""
    return ascending[np.r_[True, ascending[1:] != ascending[:-1]]]


def rounded_up(count: int) -> float:
    """A count axis's top: ``count`` rounded up to its leading digit (256 -> 300), at least 1."""
    if count <= 1:
        return 1.0
    step = 10 ** math.floor(math.log10(count))
    return float(math.ceil(count / step) * step)


def decades(values: np.ndarray, empty: tuple[float, float]) -> tuple[float, float]:
    """log10 of the smallest and largest positive finite values, rounded out to whole decades."""
    values = values[np.isfinite(values) & (values > 0)]
    if values.size == 0:
        return empty
    lo, hi = math.floor(math.log10(values.min())), math.ceil(math.log10(values.max()))
    return float(lo), float(max(hi, lo + 1))


def curve_pen(colour: str, n: int, alpha: int, scale: float):
    """Faint enough that ``n`` curves build up where most runs go; a few stay visible."""
    c = QColor(colour)
    c.setAlpha(int(np.clip(alpha * 8 / math.sqrt(max(n, 1)), alpha, 220)))
    # a 1-pixel cosmetic pen is drawn by Qt's fast line path; wider ones are stroked as polygons
    return pg.mkPen(c, width=max(1, round(scale)))

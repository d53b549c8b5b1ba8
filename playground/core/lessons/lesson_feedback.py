"""Predict-then-check: compare a student's number with the engine's and name the factor that differs.

A student picks one cell of one matrix of the inspector (``l2_delta``, row 3),
types what they expect, and presses Step. The engine's value is the cell of the
:class:`~playground.core.explain.inspection.IterationTrace` of the iteration that Step
performs. A prediction within the tolerance is right. A wrong one is taken
apart along the line of the loop that computes it, so the feedback can say
*which* factor of the chain rule the student got wrong:

    l2_delta = l2_error * nonlin'(l2)          (nonlin'(l2) = l2 * (1 - l2), the slope)
        the prediction is -l2_delta            -> the error's sign (y - l2, not l2 - y)
        the prediction is l2_error alone        -> the slope was left out
        the prediction is the slope alone       -> the error was left out
        l2_error * l2, or l2_error * (1 - l2)   -> the slope's formula
        otherwise                               -> the slope your number implies vs the real one
    l1_error = l2_delta.dot(syn1.T)             sign -> l2_delta's sign; one term only -> the sum
    l1_delta = l1_error * f'(l1)                as l2_delta, with the hidden layer's slope
    syn0 update = lr * l0.T.dot(l1_delta)       sign -> the delta's sign; one row only -> the
                                                sum over rows; no lr -> the learning rate
    l1 = f(l0.dot(syn0))                        the weighted sum itself -> f was not applied
    l2_error = y - l2                           sign -> target minus output, not the reverse

Each feedback lists the cells of its factors (:class:`Cell`), which the
inspector highlights. The numbers come from the trace, that is from the
engine's own forward/backward/updates; nothing here recomputes the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from playground.core.nn.activations import get_activation
from playground.core.explain.inspection import IterationTrace
from playground.core.texts import say

# A prediction is right within max(ABS_TOLERANCE, REL_TOLERANCE * |value|) unless the lesson
# gives its own tolerance: two significant figures typed by a student are accepted.
ABS_TOLERANCE = 5e-4
REL_TOLERANCE = 0.02


@dataclass(frozen=True)
class Cell:
    """One cell of one matrix of the inspector (0-based row and column)."""

    name: str
    row: int
    column: int


@dataclass(frozen=True)
class Feedback:
    """The verdict on one prediction."""

    correct: bool
    predicted: float
    actual: float
    tolerance: float
    factor: str | None  # what differs: "l2_error", "slope", "sum over rows", ... (None when right or unknown)
    message: str  # for the student: both numbers and, when wrong, the factor
    cells: tuple[Cell, ...] = ()  # the factors of the cell, to highlight


def tolerance_for(actual: float, tolerance: float | None = None) -> float:
    """The tolerance a prediction of ``actual`` is checked with."""
    if tolerance is not None:
        return float(tolerance)
    return max(ABS_TOLERANCE, REL_TOLERANCE * abs(actual))


def _close(p: float, x: float, tol: float) -> bool:
    return bool(np.isfinite(x)) and abs(p - x) <= tol


def _fmt(v: float) -> str:
    return f"{v:.4g}"


def _n_layers(trace: IterationTrace) -> int:
    return sum(1 for n in trace.names() if re.fullmatch(r"syn\d+", n))


def check_prediction(trace: IterationTrace, name: str, row: int, column: int, predicted: float,
                     activation: str = "sigmoid", tolerance: float | None = None) -> Feedback:
    """Compare ``predicted`` with cell (row, column) of quantity ``name`` and name the factor that differs.

    ``activation`` is the hidden layers' (the output is always a sigmoid). KeyError or
    IndexError when the quantity or the cell does not exist.
    """
    q = trace[name]
    if not (0 <= row < q.value.shape[0] and 0 <= column < q.value.shape[1]):
        raise IndexError(f"{name} has {q.value.shape[0]} rows and {q.value.shape[1]} columns; "
                         f"there is no row {row + 1}, column {column + 1}")
    actual = float(q.value[row, column])
    predicted = float(predicted)
    tol = tolerance_for(actual, tolerance)
    where = f"{name}[{q.row_names[row]}, {q.column_names[column]}]"
    both = say("You predicted {predicted:.4g}; the engine computed {actual:.4g} for {where}.",
               predicted=predicted, actual=actual, where=where)
    if not np.isfinite(predicted):
        return Feedback(False, predicted, actual, tol, None, say("Type a number to predict."))
    if _close(predicted, actual, tol):
        return Feedback(True, predicted, actual, tol, None,
                        say("{both} Right (within ±{tolerance:.4g}).", both=both, tolerance=tol))
    factor, why, cells = _diagnose(trace, name, row, column, predicted, actual, tol, activation)
    return Feedback(False, predicted, actual, tol, factor, say("{both} {why}", both=both, why=why) if why else both,
                    tuple(cells))


def _slope(activation: str, a: float) -> float:
    return float(get_activation(activation).derivative(np.array([a]))[0])


def _diagnose(trace, name, r, c, p, actual, tol, activation):
    """(factor, explanation, cells) for a wrong prediction."""
    L = _n_layers(trace)
    sign_flipped = _close(p, -actual, tol) and actual != 0
    m = re.fullmatch(r"l(\d+)_delta", name)
    if m:  # delta = error * slope
        k = int(m.group(1))
        error, a = float(trace[f"l{k}_error"].value[r, c]), float(trace[f"l{k}"].value[r, c])
        act = "sigmoid" if k == L else activation
        slope = _slope(act, a)
        err_name, slope_name = f"l{k}_error", f"nonlin'(l{k})" if act == "sigmoid" else f"f'(l{k})"
        formula = {"sigmoid": f"l{k} * (1 - l{k})", "tanh": f"1 - l{k}**2", "relu": f"1 if l{k} > 0 else 0"}[act]
        cells = [Cell(err_name, r, c), Cell(f"l{k}", r, c)]
        sign_source = (say("{y} (target minus output), not {wrong}", y=f"y - l{L}", wrong=f"l{L} - y") if k == L
                       else say("{delta} sent back along {syn}", delta=f"l{k + 1}_delta", syn=f"syn{k}"))
        names = {"err": err_name, "slope_name": slope_name, "formula": formula, "layer": f"l{k}"}
        if sign_flipped:
            return (err_name, say("The sign is wrong, and the slope {slope_name} = {formula} is never negative, so it "
                                  "comes from the error factor: {err} = {error:.4g} ({source}).",
                                  error=error, source=sign_source, **names), cells)
        if _close(p, error, tol):
            return ("slope", say("That is {err} alone: multiply it by the slope {slope_name} = {formula} = "
                                 "{slope:.4g}.", slope=slope, **names), cells)
        if _close(p, slope, tol):
            return (err_name, say("That is the slope {slope_name} alone: multiply it by the error {err} = "
                                  "{error:.4g}.", error=error, **names), cells)
        if act == "sigmoid" and (_close(p, error * a, tol) or _close(p, error * (1 - a), tol)):
            return ("slope", say("The slope's formula: {slope_name} = {formula} = {slope:.4g}, with "
                                 "{layer} = {a:.4g}.", slope=slope, a=a, **names), cells)
        if error != 0 and np.sign(p) == np.sign(error * slope):
            return ("slope", say("With {err} = {error:.4g}, your number means a slope of {means:.4g}; the slope "
                                 "{slope_name} = {formula} is {slope:.4g} ({layer} = {a:.4g}).",
                                 error=error, means=p / error, slope=slope, a=a, **names), cells)
        return (err_name, say("Check the error factor first: {err} = {error:.4g} ({source}); then the "
                              "slope {slope_name} = {slope:.4g}.", error=error, source=sign_source, slope=slope,
                              **names), cells)
    m = re.fullmatch(r"l(\d+)_error", name)
    if m and int(m.group(1)) == L:  # E = y - output
        y, out = float(trace["y"].value[r, c]), float(trace[f"l{L}"].value[r, c])
        cells = [Cell("y", r, c), Cell(f"l{L}", r, c)]
        if sign_flipped:
            return (name, say("The sign: the error is target minus output, {formula} = {y:.4g} - {out:.4g}.",
                              formula=f"y - l{L}", y=y, out=out), cells)
        return (name, say("The error is {formula} = {y:.4g} - {out:.4g}.", formula=f"y - l{L}", y=y, out=out), cells)
    if m:  # a hidden layer's error: the next delta sent back along the weights
        k = int(m.group(1))
        delta, W = trace[f"l{k + 1}_delta"].value[r], trace[f"syn{k}"].value[c]
        terms = delta * W[:len(delta)]
        cells = [Cell(f"l{k + 1}_delta", r, j) for j in range(len(delta))] + \
                [Cell(f"syn{k}", c, j) for j in range(len(delta))]
        names = {"err": f"l{k}_error", "delta": f"l{k + 1}_delta", "syn": f"syn{k}", "layer": k + 1}
        if sign_flipped:
            return (f"l{k + 1}_delta", say("The sign: {err} is {delta} times the weights {syn}, and {delta} = "
                                           "{values} carries the sign.",
                                           values=", ".join(map(_fmt, delta)), **names), cells)
        if len(terms) > 1 and any(_close(p, t, tol) for t in terms):
            return ("sum over units", say("That is one term only: {err} adds {delta} × weight over all {n} units "
                                          "of layer {layer}.", n=len(terms), **names), cells)
        return (f"syn{k}", say("{err} = sum of {delta} × {syn} over the units of layer {layer}: {terms}.",
                               terms=" + ".join(f"{_fmt(d)} × {_fmt(w)}" for d, w in zip(delta, W)), **names), cells)
    m = re.fullmatch(r"syn(\d+) update", name)
    if m:  # lr * sum over rows of (input carried) * (delta where it arrives)
        k = int(m.group(1))
        delta = trace[f"l{k + 1}_delta"].value[:, c]
        inputs = trace[f"l{k}"].value
        bias = r >= inputs.shape[1]
        x = np.ones(len(delta)) if bias else inputs[:, r]
        raw = float(np.sum(x * delta))
        lr = actual / raw if raw != 0 else 1.0
        cells = [Cell(f"l{k + 1}_delta", i, c) for i in range(len(delta))]
        cells += [] if bias else [Cell(f"l{k}", i, r) for i in range(len(delta))]
        carried = say("1 (the bias input)") if bias else f"l{k}[:, {r + 1}]"
        delta_name = f"l{k + 1}_delta"
        if sign_flipped:
            return (delta_name, say("The sign: the update adds input × {delta}, and the delta (target minus output, "
                                    "times the slope) carries the sign.", delta=delta_name), cells)
        if any(_close(p, lr * xi * di, tol) for xi, di in zip(x, delta)) and len(delta) > 1:
            return ("sum over rows", say("That is one row only: the update sums {carried} × {delta} over all {n} "
                                         "rows of the table.", carried=carried, delta=delta_name, n=len(delta)), cells)
        if abs(lr - 1.0) > 1e-9 and _close(p, raw, tol):
            return ("learning rate", say("Multiply by the learning rate {lr:g}.", lr=lr), cells)
        if abs(lr - 1.0) <= 1e-9:
            return (delta_name, say("The update is the sum over rows of {carried} × {delta}.", carried=carried,
                                    delta=delta_name), cells)
        return (delta_name, say("The update is the sum over rows of {carried} × {delta}, times the learning rate "
                                "{lr:g}.", carried=carried, delta=delta_name, lr=lr), cells)
    m = re.fullmatch(r"l(\d+)", name)
    if m and int(m.group(1)) > 0:  # a layer's output: f(weighted sum)
        k = int(m.group(1))
        prev, W = trace[f"l{k - 1}"].value[r], trace[f"syn{k - 1}"].value[:, c]
        z = float(prev @ W[:len(prev)] + (W[len(prev)] if len(W) > len(prev) else 0.0))
        cells = [Cell(f"l{k - 1}", r, j) for j in range(len(prev))] + [Cell(f"syn{k - 1}", j, c) for j in range(len(W))]
        f = "nonlin" if k == L or activation == "sigmoid" else activation
        if _close(p, z, tol):
            return ("activation", say("That is the weighted sum z = {z:.4g}: the layer's output is {f}(z).", z=z, f=f),
                    cells)
        return ("weighted sum", say("The weighted sum is z = {z:.4g}, and {f}(z) = {actual:.4g}.", z=z, f=f,
                                    actual=actual), cells)
    return (None, "", [])


__all__ = ["Cell", "Feedback", "check_prediction", "tolerance_for", "ABS_TOLERANCE", "REL_TOLERANCE"]

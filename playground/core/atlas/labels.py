"""Why a training failed: labels computed from the run itself (its curve, its last iterations, its weights,
its gradient and its hidden units' pre-activations on the training rows), never from the final error alone.

API (``playground.core.atlas.labels``)::

    LABELS                 the labels, in the order main_label picks them (its priority)
    RunFacts(...)          what the labels are computed from, for K networks at once (stacked arrays)
    facts_of(weights, biases, activation, rule, X, Y, ...)   the weight-based measures of RunFacts
    labels_of(facts) -> list[tuple[str, ...]]               each network's labels (at least one)
    main_label(labels) -> str                               the first of LABELS among them

The labels and their thresholds (``E`` is the mean |error| on the training rows, as ``Error:`` prints it;
the *curve* is E recorded every s iterations, s a power of two, at most CURVE_POINTS points; the *tail*
is E at each of the last TAIL iterations of the run):

    diverged     the weights became infinite or NaN (``train`` stops: status "diverged"), or the final
                 E is above 1 and above DIVERGE_GROWTH (10) times the first E (growing without bound:
                 only a linear output can, a sigmoid's E is at most 1)
    converged    the final E is at most the target error (the grid's, default 0.05)
    dead_relu    ReLU hidden units: at least DEAD_SHARE (50%) of them have a pre-activation z <= 0 on
                 every training row (never active, so they never learn again)
    saturated    at least SATURATED_SHARE (50%) of the hidden units have |z| above SATURATED_Z on at
                 least SATURATED_ROWS (3/4) of the training rows: 5 for a sigmoid (slope below 0.0066),
                 2.5 for tanh (slope below 0.027); ReLU has no saturation. Or every output is: a
                 sigmoid output with the notebook's loss whose |z| is above 5 on every row (its slope
                 scales every update: ``train``'s saturation warning)
    oscillating  the error rises and falls: in the tail it rises at least TAIL_RISES (4) times by more
                 than 0.1%, or along the curve at least CURVE_RISES (3) times by more than 1%
    plateau      not converged, the error flat over the last quarter of the curve (it moved by at most
                 FLAT (1%) of its level) and the gradient tiny: the mean |dLoss/dW| per weight and
                 per row below PLATEAU_GRADIENT (1e-4)
    too_slow     not converged, no plateau, and still falling: over the last quarter of the curve the
                 error dropped by more than FALLING (0.01%) of its level

A cell can carry several labels (a converged network often has saturated hidden units). One that is
neither converged nor diverged and got no other label is "plateau" when its error is flat and
"too_slow" otherwise, so every cell has at least one. The map shows the main label: the first of
diverged, converged, dead_relu, saturated, oscillating, plateau, too_slow that it carries.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.nn import step
from playground.core.nn.activations import get_activation
from playground.core.nn.rules import Rule

LABELS = ("diverged", "converged", "dead_relu", "saturated", "oscillating", "plateau", "too_slow")
DIVERGE_GROWTH = 10.0
DEAD_SHARE = 0.5
SATURATED_SHARE = 0.5
SATURATED_ROWS = 0.75
SATURATED_Z = {"sigmoid": 5.0, "tanh": 2.5}
TAIL = 16
TAIL_RISES, TAIL_RISE = 4, 1e-3
CURVE_RISES, CURVE_RISE = 3, 1e-2
FLAT = 0.01
FALLING = 1e-4
PLATEAU_GRADIENT = 1e-4


@dataclass
class RunFacts:
    """What the labels of K networks are computed from: (K,) arrays, or (K, n) for the curve and the tail."""

    curve: np.ndarray  # (K, n) the recorded errors, NaN where a network had stopped (diverged)
    tail: np.ndarray  # (K, t) the errors of the last t iterations (NaN for a diverged network)
    final_error: np.ndarray  # (K,) mean |Y - output| of the final (last finite) weights
    nonfinite: np.ndarray  # (K,) bool: the weights became infinite or NaN (the run stopped there)
    saturated_share: np.ndarray  # (K,) share of hidden units saturated (1 when the outputs are: facts_of)
    dead_share: np.ndarray  # (K,) share of ReLU hidden units inactive on every row (0 for other activations)
    gradient: np.ndarray  # (K,) mean |dLoss/dW| per weight and per row at the final weights
    target_error: float


def facts_of(weights, biases, activation: str, rule: Rule, X: np.ndarray, Y: np.ndarray) -> dict:
    """saturated_share, dead_share and gradient of K networks from their stacked (K, ...) final weights
    and biases (None without bias) on their training rows X, Y ((rows, n) shared or (K, rows, n) own)."""
    act = get_activation(activation)
    L = len(weights)
    with np.errstate(all="ignore"):
        a, z_out = step.forward(weights, biases, act, rule.output, X)
        zs = []
        for k in range(L - 1):  # the hidden layers' pre-activations, again (forward keeps the outputs only)
            z = np.matmul(a[k], weights[k])
            zs.append(z if biases is None else z + biases[k])
        K = weights[0].shape[0]
        bound = SATURATED_Z.get(activation)
        if zs and bound is not None:
            units = sum(z.shape[-1] for z in zs)
            saturated = sum(((np.abs(z) > bound).mean(axis=-2) >= SATURATED_ROWS).sum(axis=-1) for z in zs) / units
        else:
            saturated = np.zeros(K)
        if rule.output == "sigmoid" and rule.loss == "notebook":  # its slope a(1 - a) scales every update
            stuck = (np.abs(z_out) > SATURATED_Z["sigmoid"]).all(axis=(-2, -1))
            saturated = np.where(stuck, 1.0, saturated)
        if activation == "relu" and zs:
            dead = sum((z <= 0).all(axis=-2).sum(axis=-1) for z in zs) / sum(z.shape[-1] for z in zs)
        else:
            dead = np.zeros(K)
        _, deltas = step.backward(weights, act, rule.output, rule.loss, a, Y)
        gW, _ = step.directions(weights, biases, a, deltas, rule.l2)
        rows = X.shape[-2]
        count = sum(g[0].size for g in gW)
        gradient = sum(np.abs(g).sum(axis=(-2, -1)) for g in gW) / (count * rows)
    return {"saturated_share": np.asarray(saturated, float), "dead_share": np.asarray(dead, float),
            "gradient": np.asarray(gradient, float)}


def _rises(values: np.ndarray, rel: float) -> np.ndarray:
    """(K,) how many times each row of values rises by more than ``rel`` of its level from one point to the next."""
    with np.errstate(all="ignore"):
        up = values[:, 1:] > values[:, :-1] * (1 + rel)
    return up.sum(axis=1)


def _quarter(curve: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(level at 3/4 of the curve, the last level, max - min over the last quarter) of each network."""
    n = curve.shape[1]
    start = min(n - 1, (3 * n) // 4)
    part = curve[:, start:]
    return part[:, 0], part[:, -1], part.max(axis=1) - part.min(axis=1)


def labels_of(facts: RunFacts) -> list[tuple[str, ...]]:
    """Each network's labels (module docstring), in the order of LABELS."""
    f = facts
    K = f.final_error.shape[0]
    with np.errstate(all="ignore"):
        first = f.curve[:, 0] if f.curve.shape[1] else np.full(K, np.nan)
        grows = (f.final_error > 1) & (f.final_error > DIVERGE_GROWTH * first)
        diverged = f.nonfinite | grows | ~np.isfinite(f.final_error)
        converged = ~diverged & (f.final_error <= f.target_error)
        if f.curve.shape[1] >= 2:
            at34, last, spread = _quarter(f.curve)
            flat = spread <= FLAT * np.abs(last)
            falling = (at34 - last) > FALLING * np.abs(at34)
        else:
            flat, falling = np.zeros(K, bool), np.zeros(K, bool)
        rising = (_rises(f.tail, TAIL_RISE) >= TAIL_RISES) | (_rises(f.curve, CURVE_RISE) >= CURVE_RISES)
        oscillating = ~diverged & rising
    dead = ~diverged & (f.dead_share >= DEAD_SHARE)
    saturated = ~diverged & (f.saturated_share >= SATURATED_SHARE)
    failing = ~diverged & ~converged
    plateau = failing & flat & (f.gradient < PLATEAU_GRADIENT)
    too_slow = failing & falling & ~plateau
    table = {"diverged": diverged, "converged": converged, "dead_relu": dead, "saturated": saturated,
             "oscillating": oscillating, "plateau": plateau, "too_slow": too_slow}
    out = []
    for j in range(K):
        got = tuple(name for name in LABELS if table[name][j])
        if not got:  # neither converged nor diverged, and no failure found: flat or not
            got = ("plateau",) if flat[j] else ("too_slow",)
        out.append(got)
    return out


def main_label(labels: tuple[str, ...] | list[str]) -> str:
    """The label the map shows: the first of LABELS that the cell carries."""
    return next(name for name in LABELS if name in labels)


def whole_percentages(counts: list[int]) -> list[int]:
    """Each count's share of their sum in whole percent, summing to exactly 100 (largest remainders get the
    points rounding down lost: 3 labels of 1 cell each are 34%, 33%, 33%, not 33% three times or 101%)."""
    total = sum(counts)
    if total <= 0:
        return [0] * len(counts)
    exact = [100 * c / total for c in counts]
    whole = [int(x) for x in exact]
    for i in sorted(range(len(counts)), key=lambda i: (whole[i] - exact[i], i))[:100 - sum(whole)]:
        whole[i] += 1
    return whole


__all__ = ["LABELS", "RunFacts", "whole_percentages", "facts_of", "labels_of", "main_label", "DIVERGE_GROWTH", "DEAD_SHARE",
           "SATURATED_SHARE", "SATURATED_ROWS", "SATURATED_Z", "TAIL", "TAIL_RISES", "CURVE_RISES", "FLAT", "FALLING",
           "PLATEAU_GRADIENT"]

"""Naming one weight or bias as the inspector and the formula panel show it, and reading it from a state.

Names (core/explain/edge_formula.py ``EdgeFormula.name``):

    syn{k}[i, j]   W[k][i, j], the weight from unit i of layer k to unit j of layer k+1 (from 0)
    b{k+1}[j]      b[k][j], the bias of unit j of layer k+1 (only with bias on)

:class:`WeightRef` is one such parameter as ``(layer k, kind "weights" or "bias", i, j)``;
:func:`parse_weight` reads a name for a network of layer ``sizes`` and raises ``ValueError`` with a
one-line message naming what is wrong (``syn2 does not exist: the network has syn0 to syn1``).

A *state* is anything with ``weights`` (one ``sizes[k] x sizes[k+1]`` matrix per layer) and
``biases`` (None, or one vector or 1 x n row per layer): a ``Checkpoint``, a timeline's
``WeightSnapshot``, or a ``Network``. :func:`flatten` lays every parameter of a state out as one
vector, weights first (row by row), then biases: the order the landscape's directions and the
sharpness's Hessian use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

WEIGHTS, BIAS = "weights", "bias"
# ASCII digits, at most 6 (no network has a million units): a 5,000-digit index reached int()'s own limit
_NAME = re.compile(r"^\s*(syn|b)\s*([0-9]{1,6})\s*\[\s*([0-9]{1,6})\s*(?:,\s*([0-9]{1,6})\s*)?\]\s*$")


@dataclass(frozen=True)
class WeightRef:
    """One weight W[layer][i, j] (kind "weights") or bias b[layer][j] (kind "bias", i None)."""

    layer: int
    kind: str
    i: int | None
    j: int

    @property
    def name(self) -> str:
        """The inspector's name: ``syn0[0, 1]`` or ``b1[2]``."""
        return f"b{self.layer + 1}[{self.j}]" if self.kind == BIAS else f"syn{self.layer}[{self.i}, {self.j}]"

    def __str__(self) -> str:
        return self.name

    def value(self, state: Any) -> float:
        """This parameter's value in ``state`` (a Checkpoint, snapshot or Network)."""
        if self.kind == BIAS:
            return float(np.reshape(state.biases[self.layer], -1)[self.j])
        return float(np.asarray(state.weights[self.layer])[self.i, self.j])

    def index(self, sizes: Sequence[int]) -> int:
        """Its place in :func:`flatten`'s vector for a network of these layer sizes."""
        shapes = list(zip(sizes[:-1], sizes[1:]))
        if self.kind == WEIGHTS:
            return sum(a * b for a, b in shapes[:self.layer]) + self.i * shapes[self.layer][1] + self.j
        return sum(a * b for a, b in shapes) + sum(sizes[1:self.layer + 1]) + self.j


def parse_weight(name: str, sizes: Sequence[int], bias: bool) -> WeightRef:
    """The weight or bias ``name`` ("syn0[0, 1]", "b1[2]") of a network of layer ``sizes`` (with or
    without ``bias``); ValueError with a one-line message when it is not one."""
    m = _NAME.match(str(name))
    if not m:
        raise ValueError(f"{str(name)[:40]!r} is not a weight name; write syn0[0, 1] (a weight) or b1[0] (a bias)")
    kind, number, first, second = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    L = len(sizes) - 1
    if kind == "syn":
        if second is None:
            raise ValueError(f"{name.strip()}: a weight has two indices, as in syn{number}[0, 1]")
        if number >= L:
            raise ValueError(f"syn{number} does not exist: the network has syn0 to syn{L - 1}")
        i, j = first, int(second)
        if i >= sizes[number] or j >= sizes[number + 1]:
            raise ValueError(f"syn{number}[{i}, {j}] does not exist: syn{number} is {sizes[number]} x "
                             f"{sizes[number + 1]} (indices from 0)")
        return WeightRef(number, WEIGHTS, i, j)
    if not bias:
        raise ValueError(f"{name.strip()}: the network has no biases (bias is off)")
    if second is not None:
        raise ValueError(f"{name.strip()}: a bias has one index, as in b{number}[0]")
    if not 1 <= number <= L:
        raise ValueError(f"b{number} does not exist: the network has b1 to b{L}")
    if first >= sizes[number]:
        raise ValueError(f"b{number}[{first}] does not exist: layer {number} has {sizes[number]} units (from 0)")
    return WeightRef(number - 1, BIAS, None, first)


def weight_names(sizes: Sequence[int], bias: bool) -> list[str]:
    """Every parameter's name, in :func:`flatten`'s order."""
    names = [f"syn{k}[{i}, {j}]" for k in range(len(sizes) - 1) for i in range(sizes[k]) for j in range(sizes[k + 1])]
    if bias:
        names += [f"b{k + 1}[{j}]" for k in range(len(sizes) - 1) for j in range(sizes[k + 1])]
    return names


def flatten(state: Any) -> np.ndarray:
    """Every weight (row by row, layer by layer), then every bias, as one vector (a new array)."""
    parts = [np.asarray(w, dtype=float).reshape(-1) for w in state.weights]
    if state.biases is not None:
        parts += [np.asarray(b, dtype=float).reshape(-1) for b in state.biases]
    return np.concatenate(parts)


def unflatten(theta: np.ndarray, sizes: Sequence[int], bias: bool) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
    """(weights, biases as 1 x n rows) of :func:`flatten`'s vector; ``theta`` may carry leading axes (a stack)."""
    theta = np.asarray(theta, dtype=float)
    lead = theta.shape[:-1]
    out, at = [], 0
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        out.append(theta[..., at:at + n_in * n_out].reshape(*lead, n_in, n_out))
        at += n_in * n_out
    biases = None
    if bias:
        biases = []
        for n in sizes[1:]:
            biases.append(theta[..., at:at + n].reshape(*lead, 1, n))
            at += n
    if at != theta.shape[-1]:
        raise ValueError(f"{theta.shape[-1]} numbers for a network of layer sizes {list(sizes)}")
    return out, biases


__all__ = ["WEIGHTS", "BIAS", "WeightRef", "parse_weight", "weight_names", "flatten", "unflatten"]

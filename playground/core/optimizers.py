"""Optimisers: how an update direction becomes a change of the weights.

``g`` is the update direction of one parameter (a weight matrix or a bias row): the
*negative* gradient of the summed loss, ``a.T @ delta - l2 * W`` for a weight matrix
and ``delta.sum(axis=0)`` for a bias. ``lr`` is the learning rate and ``t`` counts
updates from 1.

    gd        W += lr * g                                        (the notebook's rule)
    momentum  v = mu * v + g;   W += lr * v                      v starts at 0
    adam      m = b1 * m + (1 - b1) * g
              s = b2 * s + (1 - b2) * g**2
              W += lr * (m / (1 - b1**t)) / (sqrt(s / (1 - b2**t)) + eps)   m, s start at 0

Momentum keeps a running sum of past directions, so on a long flat stretch (a plateau,
where every g is small but points the same way) the steps grow up to 1 / (1 - mu)
times. Adam divides each weight's step by the size of its recent gradients, so every
weight moves about lr per update whatever the scale of its gradient.

State arrays have the parameters' shapes, so a stack of K networks works unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OPTIMIZERS = ("gd", "momentum", "adam")


@dataclass(frozen=True)
class OptimizerSpec:
    name: str = "gd"
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def slots(self) -> tuple[str, ...]:
        """The names of the state arrays this optimiser keeps per parameter."""
        return {"gd": (), "momentum": ("v",), "adam": ("m", "s")}[self.name]


def new_state(spec: OptimizerSpec, params: list[np.ndarray]) -> dict[str, list[np.ndarray]]:
    """Zero state for each slot (v, or m and s), one array per parameter."""
    return {slot: [np.zeros_like(p) for p in params] for slot in spec.slots()}


def apply(spec: OptimizerSpec, state: dict[str, list[np.ndarray]], params: list[np.ndarray],
          directions: list[np.ndarray], lr: float, t: int) -> None:
    """Change every parameter in place by one update (the t-th, counting from 1)."""
    if spec.name == "gd":
        for p, g in zip(params, directions):
            p += lr * g
    elif spec.name == "momentum":
        for p, v, g in zip(params, state["v"], directions):
            v *= spec.momentum
            v += g
            p += lr * v
    elif spec.name == "adam":
        b1, b2 = spec.beta1, spec.beta2
        c1, c2 = 1 - b1 ** t, 1 - b2 ** t  # bias corrections: m and s start at 0
        for p, m, s, g in zip(params, state["m"], state["s"], directions):
            m *= b1
            m += (1 - b1) * g
            s *= b2
            s += (1 - b2) * (g * g)
            p += lr * (m / c1) / (np.sqrt(s / c2) + spec.eps)
    else:
        raise ValueError(f"unknown optimizer {spec.name!r}; choose one of {', '.join(OPTIMIZERS)}")


__all__ = ["OPTIMIZERS", "OptimizerSpec", "new_state", "apply"]

"""Activation functions and their derivatives.

Every derivative is written in terms of the activation's *output* ``a``
(not its input ``z``), as the notebook does with ``nonlin(l1, deriv=True)``:

    sigmoid  a = 1 / (1 + exp(-z))   da/dz = a * (1 - a)
    tanh     a = tanh(z)             da/dz = 1 - a**2
    relu     a = max(z, 0)           da/dz = 1 if a > 0 else 0

The functions write into ``out`` so the training loop allocates nothing per
iteration. ``out`` may be the same array as the input. The order of the
floating-point operations is the notebook's, so results agree bit for bit.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np

# 0-d arrays rather than Python floats: a ufunc converts a Python float on
# every call, which costs as much as the arithmetic on these tiny arrays.
_ONE = np.array(1.0)
_ZERO = np.array(0.0)


def sigmoid(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """1 / (1 + exp(-z)); exp overflows to inf for z < -709 and gives 0 (callers silence the warning)."""
    out = np.negative(z, out)
    np.exp(out, out)
    np.add(_ONE, out, out)  # notebook: 1 + exp(-x)
    return np.divide(_ONE, out, out)


def sigmoid_derivative(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """a * (1 - a), evaluated as the notebook's ``x*(1-x)``."""
    out = np.subtract(_ONE, a, out)
    return np.multiply(a, out, out)


def tanh(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.tanh(z, out)


def tanh_derivative(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """1 - a**2."""
    out = np.multiply(a, a, out)
    return np.subtract(_ONE, out, out)


def relu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.maximum(z, _ZERO, out=out)


def relu_derivative(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """1 where the unit is active (a > 0), else 0."""
    if out is None:
        out = np.empty_like(a)
    return np.greater(a, _ZERO, out=out, casting="unsafe")


def in_place(fn: Callable[..., np.ndarray], x: np.ndarray, out: np.ndarray) -> list[tuple]:
    """``fn(x, out)`` as the list of (ufunc, args) calls it makes, in its order: a loop can run them
    itself (``f(*args)``) and skip a Python call per layer. Unknown functions are one call of ``fn``."""
    if fn is sigmoid:
        return [(np.negative, (x, out)), (np.exp, (out, out)), (np.add, (_ONE, out, out)),
                (np.divide, (_ONE, out, out))]
    if fn is sigmoid_derivative:
        return [(np.subtract, (_ONE, x, out)), (np.multiply, (x, out, out))]
    if fn is tanh:
        return [(np.tanh, (x, out))]
    if fn is tanh_derivative:
        return [(np.multiply, (x, x, out)), (np.subtract, (_ONE, out, out))]
    return [(fn, (x, out))]


class Activation(NamedTuple):
    """One activation, as :mod:`playground.core.nn.step` describes it: the numbers, the code, the maths."""

    name: str
    forward: Callable[..., np.ndarray]
    derivative: Callable[..., np.ndarray]  # in terms of the output a
    formula: str  # how a student would write it with NumPy (the body of the exported function)
    derivative_formula: str
    call: str = "nonlin({})"  # the training loop's call on a layer's input, in the notebook's names
    slope: str = "nonlin({}, deriv=True)"  # the loop's slope of a layer, from its output
    maths: str = "sigmoid({})"  # the README's notation for a = f(z)
    slope_maths: str = "{0} * (1 - {0})"  # the README's notation for f'(a), from the output a


ACTIVATIONS: dict[str, Activation] = {
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_derivative, "1/(1+np.exp(-x))", "x*(1-x)"),
    "tanh": Activation("tanh", tanh, tanh_derivative, "np.tanh(x)", "1-x**2", "np.tanh({})", "(1 - {}**2)",
                       "tanh({})", "1 - {}**2"),
    "relu": Activation("relu", relu, relu_derivative, "np.maximum(x, 0)", "(x > 0)*1.0", "np.maximum({}, 0)",
                       "({} > 0)", "max({}, 0)", "({} > 0)"),
}


def get_activation(name: str) -> Activation:
    """Look an activation up by name, with a message listing the valid names."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(
            f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}"
        ) from None

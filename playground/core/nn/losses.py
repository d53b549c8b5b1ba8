"""Output layers and losses: what the last layer computes and which error it learns from.

``z`` is the output layer's input (``a[L-1] @ W[L-1] + b[L-1]``), ``a`` its output and
``Y`` the targets. Every pair below gives the error signal ``delta`` of the output
layer as the *negative* gradient of its loss with respect to ``z``, summed over rows:

    output   loss            a              loss value                          delta
    sigmoid  notebook        1/(1+e^-z)     0.5 * sum((Y - a)^2)                (Y - a) * a * (1 - a)
    sigmoid  cross-entropy   1/(1+e^-z)     -sum(Y log a + (1 - Y) log(1 - a))  Y - a
    softmax  cross-entropy   e^z / sum e^z  -sum(Y log a)                       Y - a
    linear   squared         z              0.5 * sum((Y - a)^2)                Y - a

Cross-entropy's delta has no ``a * (1 - a)`` factor: a sigmoid unit that is wrong and
saturated (a near 0 while Y = 1) still gets the full error ``Y - a``, where the
notebook's loss multiplies it by a slope of almost zero and learning stalls.

The displayed error stays ``mean(|Y - a|)`` for every pair. All functions work on the
last two axes, so a stack of K networks (``(K, rows, n)``) works like one network.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np

from playground.core.nn.activations import sigmoid, sigmoid_derivative
from playground.core.texts import say

OUTPUTS = ("sigmoid", "softmax", "linear")
LOSSES = ("notebook", "cross-entropy", "squared")


def softmax(z: np.ndarray) -> np.ndarray:
    """e^z / sum(e^z) over each row, computed stably: the row's largest z is subtracted first."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _linear(z: np.ndarray) -> np.ndarray:
    return z.copy()


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return sigmoid(z)


def _slope_delta(a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    E = Y - a
    return E * sigmoid_derivative(a)  # the notebook's l2_error * nonlin(l2, deriv=True)


def _error_delta(a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    return Y - a


def _squared(z, a, Y):
    return 0.5 * (Y - a) ** 2


def _sigmoid_cross_entropy(z, a, Y):
    # log a = -log(1 + e^-z) and log(1 - a) = -log(1 + e^z), from z: never log(0)
    return Y * np.logaddexp(0.0, -z) + (1 - Y) * np.logaddexp(0.0, z)


def _softmax_cross_entropy(z, a, Y):
    shifted = z - z.max(axis=-1, keepdims=True)  # log softmax(z) = z - max - log sum e^(z - max)
    log_a = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return -Y * log_a


class OutputRule(NamedTuple):
    """An output layer with its loss, as :mod:`playground.core.nn.step` describes it."""

    output: str
    loss: str
    forward: Callable[[np.ndarray], np.ndarray]  # a = g(z), a new array
    delta: Callable[[np.ndarray, np.ndarray], np.ndarray]  # delta = -dLoss/dz from (a, Y)
    terms: Callable  # the loss of each row and output, from (z, a, Y)
    call: str  # the loop's a = g(z) in the notebook's names ("{}" is the layer's input)
    delta_code: str  # the loop's delta ({error}: the output error, {a}: the output layer)
    maths: str  # a = g(z) in the README's notation
    delta_maths: str  # delta in the README's notation ({E}, {a})
    loss_maths: str


OUTPUT_RULES: dict[tuple[str, str], OutputRule] = {r[:2]: r for r in (
    OutputRule("sigmoid", "notebook", _sigmoid, _slope_delta, _squared, "nonlin({})",
               "{error} * nonlin({a}, deriv=True)", "sigmoid({})", "{E} * {a} * (1 - {a})", "0.5 * sum((Y - a)^2)"),
    OutputRule("sigmoid", "cross-entropy", _sigmoid, _error_delta, _sigmoid_cross_entropy, "nonlin({})",
               "{error}", "sigmoid({})", "{E}", "-sum(Y log a + (1-Y) log(1-a))"),
    OutputRule("softmax", "cross-entropy", softmax, _error_delta, _softmax_cross_entropy, "softmax({})",
               "{error}", "softmax({})", "{E}", "-sum(Y log a)"),
    OutputRule("linear", "squared", _linear, _error_delta, _squared, "{}",
               "{error}", "{}", "{E}", "0.5 * sum((Y - a)^2)"),
)}
PAIRS = set(OUTPUT_RULES)
PAIR_NAMES = ", ".join(f"{o} + {l}" for o, l in OUTPUT_RULES)


def pair_problem(output: str, loss: str) -> str | None:
    """Why this output and loss cannot go together, or None."""
    if output not in OUTPUTS:
        return say("unknown output {value}; choose one of {choices}", value=repr(output), choices=", ".join(OUTPUTS))
    if loss not in LOSSES:
        return say("unknown loss {value}; choose one of {choices}", value=repr(loss), choices=", ".join(LOSSES))
    if (output, loss) not in PAIRS:
        return say("the {output} output cannot learn with the {loss} loss; use one of: {pairs}", output=output,
                   loss=loss, pairs=PAIR_NAMES)
    return None


def output_rule(output: str, loss: str = "") -> OutputRule:
    """The rule of this output and loss (without a loss: the output's own, for its forward pass)."""
    rule = OUTPUT_RULES.get((output, loss))
    if rule is None:
        rule = next((r for r in OUTPUT_RULES.values() if r.output == output), None)
        if rule is None or loss:
            raise ValueError(pair_problem(output, loss) or f"unknown output {output!r}")
    return rule


def output_forward(output: str, z: np.ndarray) -> np.ndarray:
    """The output layer's activation a = g(z) (a new array)."""
    return output_rule(output).forward(z)


def output_delta(output: str, loss: str, a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """delta = -dLoss/dz for each row: (Y - a) * a(1 - a) for the notebook's loss, else Y - a."""
    return output_rule(output, loss).delta(a, Y)


def loss_value(output: str, loss: str, z: np.ndarray, a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """The loss summed over rows and outputs (one value per network in a stack).

    Cross-entropy is computed from z, not from a rounded a: log a = -log(1 + e^-z) and
    log(1 - a) = -log(1 + e^z) with np.logaddexp, and log softmax(z) = z - max - log sum e^(z - max),
    so a saturated unit gives a large finite loss instead of log(0)."""
    return output_rule(output, loss).terms(z, a, Y).sum(axis=(-2, -1))


def target_problems(output: str, Y: np.ndarray) -> list[str]:
    """Why these targets (rows x columns) cannot be learned by this output, one sentence each."""
    if Y.size == 0:
        return []
    if output == "softmax":
        if Y.shape[1] < 2:
            return [say("a softmax output needs at least 2 target columns (one per class); "
                        "use a sigmoid output for one target")]
        bad = np.flatnonzero((np.abs(Y.sum(axis=1) - 1) > 1e-9) | ((Y != 0) & (Y != 1)).any(axis=1))
        if bad.size:
            if bad.size > 1:
                return [say("row {row}: a softmax output needs one-hot targets (one 1, the rest 0) ({n} more rows too)",
                            row=int(bad[0]) + 1, n=bad.size - 1)]
            return [say("row {row}: a softmax output needs one-hot targets (one 1, the rest 0)", row=int(bad[0]) + 1)]
    return []


__all__ = ["OUTPUTS", "LOSSES", "PAIRS", "OUTPUT_RULES", "OutputRule", "output_rule", "pair_problem", "softmax", "output_forward", "output_delta",
           "loss_value", "target_problems"]

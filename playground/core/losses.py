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

import numpy as np

from playground.core.activations import sigmoid, sigmoid_derivative

OUTPUTS = ("sigmoid", "softmax", "linear")
LOSSES = ("notebook", "cross-entropy", "squared")
PAIRS = {("sigmoid", "notebook"), ("sigmoid", "cross-entropy"), ("softmax", "cross-entropy"),
         ("linear", "squared")}
PAIR_NAMES = "sigmoid + notebook, sigmoid + cross-entropy, softmax + cross-entropy, linear + squared"


def pair_problem(output: str, loss: str) -> str | None:
    """Why this output and loss cannot go together, or None."""
    if output not in OUTPUTS:
        return f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}"
    if loss not in LOSSES:
        return f"unknown loss {loss!r}; choose one of {', '.join(LOSSES)}"
    if (output, loss) not in PAIRS:
        return f"the {output} output cannot learn with the {loss} loss; use one of: {PAIR_NAMES}"
    return None


def softmax(z: np.ndarray) -> np.ndarray:
    """e^z / sum(e^z) over each row, computed stably: the row's largest z is subtracted first."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def output_forward(output: str, z: np.ndarray) -> np.ndarray:
    """The output layer's activation a = g(z) (a new array)."""
    if output == "softmax":
        return softmax(z)
    if output == "linear":
        return z.copy()
    return sigmoid(z)


def output_delta(output: str, loss: str, a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """delta = -dLoss/dz for each row: (Y - a) * a(1 - a) for the notebook's loss, else Y - a."""
    E = Y - a
    if loss == "notebook":  # the notebook's l2_error * nonlin(l2, deriv=True)
        return E * sigmoid_derivative(a)
    return E


def loss_value(output: str, loss: str, z: np.ndarray, a: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """The loss summed over rows and outputs (one value per network in a stack).

    Cross-entropy is computed from z, not from a rounded a: log a = -log(1 + e^-z) and
    log(1 - a) = -log(1 + e^z) with np.logaddexp, and log softmax(z) = z - max - log sum e^(z - max),
    so a saturated unit gives a large finite loss instead of log(0)."""
    if loss == "cross-entropy" and output == "sigmoid":
        terms = Y * np.logaddexp(0.0, -z) + (1 - Y) * np.logaddexp(0.0, z)
    elif loss == "cross-entropy":
        shifted = z - z.max(axis=-1, keepdims=True)
        log_a = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
        terms = -Y * log_a
    else:
        terms = 0.5 * (Y - a) ** 2
    return terms.sum(axis=(-2, -1))


def target_problems(output: str, Y: np.ndarray) -> list[str]:
    """Why these targets (rows x columns) cannot be learned by this output, one sentence each."""
    if Y.size == 0:
        return []
    if output == "softmax":
        if Y.shape[1] < 2:
            return ["a softmax output needs at least 2 target columns (one per class); "
                    "use a sigmoid output for one target"]
        bad = np.flatnonzero((np.abs(Y.sum(axis=1) - 1) > 1e-9) | ((Y != 0) & (Y != 1)).any(axis=1))
        if bad.size:
            return [f"row {int(bad[0]) + 1}: a softmax output needs one-hot targets (one 1, the rest 0)"
                    + (f" ({bad.size - 1} more rows too)" if bad.size > 1 else "")]
    return []


__all__ = ["OUTPUTS", "LOSSES", "PAIRS", "pair_problem", "softmax", "output_forward", "output_delta",
           "loss_value", "target_problems"]

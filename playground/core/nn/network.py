"""A fully connected feed-forward network trained by plain backpropagation.

Layer sizes are ``[n_inputs, *hidden, n_outputs]``; ``hidden`` may be empty
(the notebook's first cell: one weight matrix). For the notebook's second
cell the names map as

    a[0] = l0 = X      W[0] = syn0      delta[0] = l1_delta
    a[1] = l1          W[1] = syn1      delta[1] = l2_delta
    a[2] = l2          E    = l2_error

The maths, which other tools rely on to 1e-9:

    forward   a[k+1] = f(a[k] @ W[k] + b[k])   f = hidden activation, sigmoid on the output
    error     E = Y - a[L]                      recorded as mean(|E|)
    backward  delta[L-1] = E * a[L] * (1 - a[L])
              delta[k-1] = (delta[k] @ W[k].T) * f'(a[k])
    update    W[k] += lr * (a[k].T @ delta[k]),   b[k] += lr * delta[k].sum(axis=0)

The update follows the negative gradient of ``0.5 * sum(E**2)`` summed over
rows (no averaging), which is the notebook's rule. Weights start as
``2 * rng.random_sample((n_in, n_out)) - 1`` drawn layer by layer from
``RandomState(seed)`` (the notebook's ``np.random.seed(1)``); biases start
at zero and draw nothing.

Each stage is described once in :mod:`playground.core.nn.step` (its numbers, its notebook line,
its formula); ``forward``/``backward``/``updates`` here are those stages for one network.
Other output layers, losses, L2 decay, optimisers and mini-batches (``rule``, see
:mod:`playground.core.nn.rules`) train through ``step.train_step``; with the default rule the
fast loop below runs: the same stages for the notebook's rule, specialised into in-place
ufunc calls (tests/core/test_step_forms.py checks every form against the others).
``t`` counts the updates done (the iteration).
"""

from __future__ import annotations

import sys
import threading
from typing import Sequence

import numpy as np

from playground.core.nn import optimizers

from playground.core.nn import rules

from playground.core.nn import step
from playground.core.nn.activations import get_activation, in_place, sigmoid, sigmoid_derivative
from playground.core.nn.batches import BatchOrder
from playground.core.nn.rules import Rule


def layer_sizes(n_inputs: int, hidden: Sequence[int], n_outputs: int) -> list[int]:
    """The layer sizes ``[n_in, *hidden, n_out]``: the one place they are put together."""
    return [int(n_inputs), *(int(h) for h in hidden), int(n_outputs)]


def layer_functions(activation, n_layers: int) -> list[tuple]:
    """(f, f') of each layer k+1, k = 0..n_layers-1: the hidden ``activation``, a sigmoid on the output."""
    return [(sigmoid, sigmoid_derivative) if k == n_layers - 1 else (activation.forward, activation.derivative)
            for k in range(n_layers)]


_SEEDED: list = []  # one RandomState, made on first use (numpy.random is imported then), re-seeded per call
_SEEDED_LOCK = threading.Lock()
#: Up to this many weights, and while numpy.random is not imported yet, the weights are drawn by Python's own
#: Mersenne Twister (see _python_draws): the window's first network is drawn without importing numpy.random.
PYTHON_DRAWS_UP_TO = 4096


def _mt19937_seeded(seed: int) -> list[int]:
    """The 624 words of MT19937's state after ``init_genrand(seed)``, as ``RandomState(seed)`` seeds itself."""
    state = [seed & 0xFFFFFFFF]
    for i in range(1, 624):
        p = state[-1]
        state.append((1812433253 * (p ^ (p >> 30)) + i) & 0xFFFFFFFF)
    return state


def _python_draws(sizes: Sequence[int], seed: int) -> list[np.ndarray]:
    """``initial_weights`` drawn by Python's ``random.Random``, put in the state ``RandomState(seed)`` starts in.

    Both are the same generator (MT19937) and both make a double in [0, 1) from two 32-bit draws the same
    way (genrand_res53: ``((a >> 5) * 2**26 + (b >> 6)) / 2**53``, exact), so the numbers are the same bits
    (tests/core/test_network_seed.py compares them over many seeds and shapes). Importing numpy.random costs
    ~10 ms (it brings hashlib, secrets and seven extension modules) of the window's first frame; this, for
    the notebook's 16 weights, ~0.2 ms."""
    import random  # noqa: PLC0415 - in the standard library, imported at start-up by the rest already

    rng = random.Random()
    rng.setstate((3, (*_mt19937_seeded(seed), 624), None))
    draw = rng.random
    return [2 * np.array([draw() for _ in range(n_in * n_out)]).reshape(n_in, n_out) - 1
            for n_in, n_out in zip(sizes[:-1], sizes[1:])]


def initial_weights(sizes: Sequence[int], seed: int) -> list[np.ndarray]:
    """The notebook's initialisation: uniform in [-1, 1), layer by layer from one RandomState(seed).

    ``RandomState.seed(seed)`` puts a generator in the state ``RandomState(seed)`` starts in (a new one first
    seeds itself from the operating system: 100 us, a tenth of an atlas's setup), so one is kept and re-seeded.
    Before numpy.random is first imported, a small network's weights come from ``_python_draws``: the same bits.
    """
    if not 0 <= seed <= 0xFFFFFFFF:
        raise ValueError(f"the seed must be between 0 and 2**32 - 1, got {seed}")
    if "numpy.random" not in sys.modules and sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) <= PYTHON_DRAWS_UP_TO:
        return _python_draws(sizes, seed)
    with _SEEDED_LOCK:
        if not _SEEDED:
            _SEEDED.append(np.random.RandomState(0))
        rng = _SEEDED[0]
        rng.seed(seed)
        return [2 * rng.random_sample((n_in, n_out)) - 1 for n_in, n_out in zip(sizes[:-1], sizes[1:])]


class Network:
    """Weights, biases and the four steps of backprop (forward, error, backward, update)."""

    def __init__(
        self,
        sizes: Sequence[int],
        *,
        activation: str = "sigmoid",
        bias: bool = False,
        seed: int = 1,
        learning_rate: float = 1.0,
        rule: Rule | None = None,
    ) -> None:
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"layer sizes must be at least two positive numbers, got {sizes}")
        self.sizes = sizes
        self.activation = get_activation(activation)
        self.seed = int(seed)
        self.learning_rate = float(learning_rate)
        self.weights = initial_weights(sizes, self.seed)
        self.biases = [np.zeros((1, n)) for n in sizes[1:]] if bias else None
        self.rule = rule or Rule()
        self.t = 0  # updates done so far
        self.last_loss: float | None = None  # the loss of the last iteration whose error was asked for
        self.optimizer_state = optimizers.new_state(self.rule.optimizer, self.params())
        self._order: BatchOrder | None = None
        self._buffers: _StepBuffers | None = None

    @classmethod
    def from_settings(cls, settings, n_inputs: int, n_outputs: int, seed: int | None = None) -> "Network":
        """The network that ``settings`` (a core ``Settings``) describe for a table with these column
        counts, at its seed's starting weights (``seed`` overrides the settings' seed: the study's
        seed + j). The one place a Network is built from settings."""
        return cls(layer_sizes(n_inputs, settings.hidden, n_outputs), activation=settings.activation,
                   bias=settings.bias, seed=settings.seed if seed is None else seed,
                   learning_rate=settings.learning_rate, rule=Rule.from_settings(settings))

    @property
    def n_layers(self) -> int:
        """Number of weight matrices (L); activations are a[0] .. a[L]."""
        return len(self.weights)

    @property
    def has_bias(self) -> bool:
        return self.biases is not None

    def params(self) -> list[np.ndarray]:
        """The weights, then the biases: the arrays the optimiser updates, in its order."""
        return self.weights + (self.biases or [])

    # -- the readable version of each step (used by the inspector and the tests) --

    def forward(self, X: np.ndarray) -> list[np.ndarray]:
        """All layer outputs [a0, a1, ..., aL] for the rows of X (step.forward)."""
        # exp(-z) overflows to inf for z << 0 (sigmoid is then 0); huge weights may give inf - inf
        with np.errstate(over="ignore", invalid="ignore"):
            return step.forward(self.weights, self.biases, self.activation, self.rule.output,
                                np.asarray(X, dtype=float))[0]

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The network's outputs a[L] for the rows of X."""
        return self.forward(X)[-1]

    def backward(self, a: list[np.ndarray], Y: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """Error E = Y - a[L] and the deltas of every layer, delta[k] belonging to a[k+1] (step.backward)."""
        _, deltas = step.backward(self.weights, self.activation, self.rule.output, self.rule.loss, a, Y)
        return step.error(a[-1], Y), deltas

    def updates(self, a: list[np.ndarray], deltas: list[np.ndarray]):
        """The changes plain gradient descent adds: lr * (a[k].T @ delta[k] - l2 * W[k]) and lr * sum of delta[k]."""
        lr = self.learning_rate
        gW, gb = step.directions(self.weights, self.biases, a, deltas, self.rule.l2)
        return [lr * g for g in gW], None if gb is None else [lr * g for g in gb]

    # -- the fast version: the same operations in the same order, into reused buffers --

    def step(self, X: np.ndarray, Y: np.ndarray, want_error: bool = False) -> float | None:
        """One iteration of training; returns mean(|E|) of its forward pass when asked."""
        return self.steps(X, Y, 1, want_error)

    def steps(self, X: np.ndarray, Y: np.ndarray, n: int, want_error: bool = False) -> float | None:
        """n iterations of training; returns mean(|E|) of the last one's forward pass when asked.

        The same operations in the same order as forward/backward/updates, so the
        numbers agree bit for bit, but as a flat list of in-place calls into reused
        buffers (:func:`notebook_calls`): on the notebook's tiny arrays the cost is all
        per-call overhead, and this makes the general loop faster than the notebook's
        own. Call inside ``np.errstate(over="ignore")``.

        Any other rule (rules.py) takes ``_rule_steps``: readable, and slower.
        """
        if not self.rule.is_notebook(X.shape[0]):
            return self._rule_steps(X, Y, n, want_error)
        if n <= 0:
            return None
        buf = self._buffers
        if buf is None or not buf.fits(self, X, Y):
            buf = self._buffers = _StepBuffers(self, X, Y)
        self.t += n
        # The iteration is a flat list of in-place NumPy calls with fixed arguments (the buffers
        # stay): the loop below only calls them, with no indexing or branching per layer.
        before, after = buf.before_error, buf.after_error
        whole = before + after
        for _ in range(n - 1 if want_error else n):
            for f, args in whole:
                f(*args)
        if not want_error:
            return None
        for f, args in before:  # the last iteration, with its error recorded before the update
            f(*args)
        error = float(np.mean(np.abs(buf.E)))
        flat = buf.E_flat
        self.last_loss = 0.5 * float(np.dot(flat, flat))  # the notebook's loss, 0.5 * sum(E**2)
        for f, args in after:
            f(*args)
        return error

    def _rule_steps(self, X: np.ndarray, Y: np.ndarray, n: int, want_error: bool) -> float | None:
        """n iterations of rules.step, each on the rows of its batch."""
        order = self._order
        if order is None or order.n != X.shape[0]:
            order = self._order = BatchOrder(X.shape[0], self.rule.batch_size, self.seed)
        error = None
        for i in range(n):
            rows = order.rows(self.t)
            Xb, Yb = (X, Y) if order.full else (X[rows], Y[rows])
            want = want_error and i == n - 1
            got = rules.step(self.weights, self.biases, self.activation, self.rule, Xb, Yb,
                             self.optimizer_state, self.learning_rate, self.t + 1, want)
            self.t += 1
            if got is not None:
                error, self.last_loss = float(got[0]), float(got[1])
        return error

    # -- state --

    def get_state(self) -> dict:
        """Copies of the weights and biases (JSON-friendly with .tolist())."""
        return {
            "weights": [w.copy() for w in self.weights],
            "biases": None if self.biases is None else [b.copy() for b in self.biases],
            "optimizer": {k: [x.copy() for x in v] for k, v in self.optimizer_state.items()},
        }

    def set_state(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None,
                  optimizer: dict | None = None) -> None:
        """Replace the weights (and biases, and the optimiser's v or m, s), checking the shapes.

        Without ``optimizer`` the optimiser starts again from zero state."""
        weights = [np.array(w, dtype=float) for w in weights]
        expected = list(zip(self.sizes[:-1], self.sizes[1:]))
        if [w.shape for w in weights] != expected:
            raise ValueError(f"weight shapes {[w.shape for w in weights]} do not fit layers {self.sizes}")
        if (biases is None) != (self.biases is None):
            raise ValueError("biases given for a network without bias, or missing for one with bias")
        if biases is not None:
            biases = [np.array(b, dtype=float).reshape(1, -1) for b in biases]
            if [b.shape[1] for b in biases] != self.sizes[1:]:
                raise ValueError(f"bias sizes do not fit layers {self.sizes}")
            self.biases = biases
        self.weights = weights
        fresh = optimizers.new_state(self.rule.optimizer, self.params())
        if optimizer:
            for slot, arrays in fresh.items():
                given = [np.array(x, dtype=float).reshape(p.shape) for x, p in zip(optimizer[slot], arrays)]
                if len(given) != len(arrays):
                    raise ValueError(f"optimizer state {slot!r} has {len(given)} arrays, expected {len(arrays)}")
                fresh[slot] = given
        self.optimizer_state = fresh

    def is_finite(self) -> bool:
        params = self.weights + (self.biases or [])
        return all(np.isfinite(p).all() for p in params)


def notebook_calls(a, W, b, Y, E, deltas, tmp, grads, sums, fns, lr, lr_bias, product) -> tuple[list, list]:
    """The notebook rule's iteration (sigmoid output, its loss, gradient descent, all rows) as two
    flat lists of in-place NumPy calls ``(f, args)`` with fixed arguments: up to the error, and after.

    These are the stages of :mod:`playground.core.nn.step` in their order, each writing into a buffer:

        forward   a[k+1] = f(a[k] @ W[k] + b[k])               product, add, f's ufuncs
        error     E = Y - a[L]                                 subtract
        backward  delta[L-1] = E * a[L] * (1 - a[L])             subtract, multiply, multiply
                  delta[k-1] = (delta[k] @ W[k].T) * f'(a[k])   product, f''s ufuncs, multiply
        update    W[k] += lr * (a[k].T @ delta[k])              product, (multiply), add
                  b[k] += lr * delta[k] summed over rows        add.reduce, multiply, add

    Every array may carry a leading axis of K networks (NetworkStack: ``product`` np.matmul, ``lr``
    a (K, 1, 1) array) or not (Network: np.dot, a 0-d array); ``lr`` None skips the multiplication
    (a rate of 1). A loop then runs ``for f, args in calls: f(*args)``: no indexing or branching per layer.
    """
    L = len(W)
    aT = [x.swapaxes(-1, -2) for x in a]  # views stay valid: the buffers are written in place
    WT = [w.swapaxes(-1, -2) for w in W]
    add, multiply = np.add, np.multiply
    before: list[tuple] = []
    for k in range(L):  # forward
        before.append((product, (a[k], W[k], a[k + 1])))
        if b is not None:
            before.append((add, (a[k + 1], b[k], a[k + 1])))
        before += in_place(fns[k][0], a[k + 1], a[k + 1])
    before.append((np.subtract, (Y, a[L], E)))  # E = Y - a[L]
    after = in_place(sigmoid_derivative, a[L], deltas[L - 1]) + [(multiply, (E, deltas[L - 1], deltas[L - 1]))]
    for k in range(L - 1, 0, -1):  # backward
        after.append((product, (deltas[k], WT[k], deltas[k - 1])))
        after += in_place(fns[k - 1][1], a[k], tmp[k - 1])
        after.append((multiply, (deltas[k - 1], tmp[k - 1], deltas[k - 1])))
    for k in range(L):  # update
        after.append((product, (aT[k], deltas[k], grads[k])))
        if lr is not None:
            after.append((multiply, (grads[k], lr, grads[k])))
        after.append((add, (W[k], grads[k], W[k])))
        if b is not None:
            after += [(np.add.reduce, (deltas[k], -2, None, sums[k], True)), (multiply, (lr_bias, sums[k], sums[k])),
                      (add, (b[k], sums[k], b[k]))]
    return before, after


class _StepBuffers:
    """Arrays and the calls of Network.steps (:func:`notebook_calls`) for one X, Y and set of weight arrays."""

    def __init__(self, net: Network, X: np.ndarray, Y: np.ndarray) -> None:
        rows = X.shape[0]
        self.X, self.Y, self.lr_value = X, Y, net.learning_rate
        self.param_ids = [id(p) for p in net.params()]
        self.a = [X] + [np.empty((rows, n)) for n in net.sizes[1:]]
        self.E = np.empty((rows, net.sizes[-1]))
        self.E_flat = self.E.reshape(-1)  # a view: E's squares summed by one dot
        self.deltas = [np.empty((rows, n)) for n in net.sizes[1:]]
        self.tmp = [np.empty((rows, n)) for n in net.sizes[1:-1]]
        grads = [np.empty_like(w) for w in net.weights]
        sums = [np.empty((1, n)) for n in net.sizes[1:]] if net.biases is not None else None
        lr = None if net.learning_rate == 1.0 else np.array(net.learning_rate)
        self.before_error, self.after_error = notebook_calls(
            self.a, net.weights, net.biases, Y, self.E, self.deltas, self.tmp, grads, sums,
            layer_functions(net.activation, net.n_layers), lr, np.array(net.learning_rate), np.dot)

    def fits(self, net: Network, X: np.ndarray, Y: np.ndarray) -> bool:
        return (X is self.X and Y is self.Y and self.lr_value == net.learning_rate
                and self.param_ids == [id(p) for p in net.params()])

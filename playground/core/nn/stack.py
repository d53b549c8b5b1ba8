"""K networks trained at once, vectorised over a leading axis, each with its own seed and learning rate.

Every weight matrix becomes a stack of shape ``(K, n_in, n_out)`` and every layer output a
stack ``(K, rows, n)``. ``np.matmul`` multiplies the K pairs of matrices in one call and the
activations work element-wise on whole stacks, so one Python-level iteration trains all K
networks; network j's learning rate is the j-th of a ``(K, 1, 1)`` array (:func:`step.per_network`)
that multiplies its own updates only:

    forward   a[k+1][j] = f(a[k][j] @ W[k][j] + b[k][j])     for every network j at once
    error     E[j] = Y - a[L][j]                              recorded as mean(|E[j]|)
    backward  delta[L-1] = E * a[L] * (1 - a[L])
              delta[k-1] = (delta[k] @ W[k].T) * f'(a[k])     (.T swaps the last two axes)
    update    W[k] += lr[j] * (a[k].T @ delta[k]),   b[k] += lr[j] * delta[k].sum(over rows)

These are :mod:`playground.core.nn.network`'s operations in the same order, on the same shapes:
every stack is stored network by network, (K, rows, n), so ``np.matmul`` hands BLAS each
network's pair of matrices exactly as a single network's ``np.dot`` does (``a[0] = X``, one
``(rows, n0)`` matrix shared by all networks, is broadcast, not copied), and a per-network rate
multiplies element by element as a single network's number does. Network j therefore ends where
a single training with its seed and learning rate ends, bit for bit. (Storing layer 1
rows-outside, (rows, K, n1), makes ``X @ W[0]`` one wide product and is faster on tiny networks, but
BLAS then sums in another order for some shapes and the last bit differs: the atlas's
core/atlas/fast_loop.py does it only where it has checked the bits on this machine's BLAS.)

Any other learning rule (output and loss, L2, optimiser, mini-batches: :mod:`playground.core.nn.rules`)
trains with ``step.train_step``, which works on stacks as on single networks; network j then draws
its own batches from ``RandomState(seed_j + 1)``, as a single training with its seed does, so its
numbers never depend on which networks are trained beside it.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from playground.core.nn import losses

from playground.core.nn import optimizers

from playground.core.nn import rules

from playground.core.nn import step
from playground.core.nn.activations import get_activation
from playground.core.nn.batches import BatchOrder
from playground.core.nn.network import Network, initial_weights, layer_functions, notebook_calls
from playground.core.nn.rules import Rule


class NetworkStack:
    """K networks of one shape, their weights stacked on a leading axis (the batched Network)."""

    def __init__(self, sizes: Sequence[int], seeds: Sequence[int], *, activation: str = "sigmoid",
                 bias: bool = False, learning_rate: float = 1.0, rule: Rule | None = None,
                 learning_rates: Sequence[float] | None = None) -> None:
        """``learning_rates``: one rate per seed (else ``learning_rate`` for all)."""
        self.sizes = [int(s) for s in sizes]
        self.seeds = np.array([int(s) for s in seeds], dtype=np.int64)
        if len(self.seeds) < 1:
            raise ValueError("a study needs at least one seed")
        self.activation = get_activation(activation)
        rates = [learning_rate] * len(self.seeds) if learning_rates is None else list(learning_rates)
        if len(rates) != len(self.seeds):
            raise ValueError(f"{len(rates)} learning rates for {len(self.seeds)} seeds")
        self.learning_rates = np.array(rates, dtype=float)  # (K,): network j's rate
        self._lr = step.per_network(self.learning_rates)  # (K, 1, 1): multiplies network j's updates
        # Each network's start is the single network's: initial_weights with its own seed.
        starts = [initial_weights(self.sizes, int(s)) for s in self.seeds]
        self.weights = [np.stack([w[k] for w in starts]) for k in range(len(self.sizes) - 1)]
        self.biases = [np.zeros((len(self.seeds), 1, n)) for n in self.sizes[1:]] if bias else None
        self.rule = rule or Rule()
        self.t = 0  # updates done
        self.optimizer_state = optimizers.new_state(self.rule.optimizer, self.weights + (self.biases or []))
        self._orders: list[BatchOrder] | None = None
        self._buffers: _StackBuffers | None = None

    def set_learning_rates(self, rates: Sequence[float]) -> None:
        """Give network j the rate rates[j] from the next update on."""
        rates = np.array(rates, dtype=float).reshape(-1)
        if rates.shape != self.learning_rates.shape:
            raise ValueError(f"{rates.size} learning rates for {self.count} networks")
        self.learning_rates, self._lr = rates, step.per_network(rates)

    @property
    def count(self) -> int:
        return len(self.seeds)

    @property
    def n_layers(self) -> int:
        return len(self.weights)

    def network(self, j: int) -> Network:
        """Network j on its own (a copy of its weights), e.g. to draw or predict with it."""
        net = Network(self.sizes, activation=self.activation.name, bias=self.biases is not None,
                      seed=int(self.seeds[j]), learning_rate=float(self.learning_rates[j]), rule=self.rule)
        net.set_state([w[j] for w in self.weights], None if self.biases is None else [b[j] for b in self.biases],
                      {k: [x[j] for x in v] for k, v in self.optimizer_state.items()})
        net.t = self.t
        return net

    def set_network(self, j: int, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None) -> None:
        for W, w in zip(self.weights, weights):
            W[j] = w
        if self.biases is not None:
            for B, b in zip(self.biases, biases):
                B[j] = np.reshape(b, (1, -1))

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The outputs a[L] of every network for the rows of X: shape (K, rows, n_out)."""
        a = np.asarray(X, dtype=float)
        forward = [f for f, _ in layer_functions(self.activation, self.n_layers)]
        with np.errstate(over="ignore", invalid="ignore"):
            for k, W in enumerate(self.weights):
                z = np.matmul(a, W)
                if self.biases is not None:
                    z += self.biases[k]
                if k == self.n_layers - 1 and self.rule.output != "sigmoid":
                    a = losses.output_forward(self.rule.output, z)
                else:
                    a = forward[k](z, z)
        return a

    def release_buffers(self) -> None:
        """Free the fast loop's buffers (a study that ends; steps makes them again when needed)."""
        self._buffers = None

    def finite(self) -> np.ndarray:
        """(K,) bool: which networks still have only finite weights and biases."""
        ok = np.ones(self.count, dtype=bool)
        for p in self.weights + (self.biases or []):
            ok &= np.isfinite(p).all(axis=(1, 2))
        return ok

    def steps(self, X: np.ndarray, Y: np.ndarray, n: int, want_error: bool = False) -> np.ndarray | None:
        """n iterations of all K networks; the (K,) errors mean(|E|) of the last one's forward pass when asked.

        X and Y are the rows all networks share, (rows, n), or each network's own, (K, rows, n).

        Runs Network.steps' calls (:func:`~playground.core.nn.network.notebook_calls`) with a leading
        seed axis: ``a[k]`` (K, rows, n_k) is the notebook's ``l{k}`` for every network (``a[0] = X``
        is shared), ``W[k]`` (K, n_k, n_k+1) its ``syn{k}``, ``deltas[k]`` its ``l{k+1}_delta`` and
        ``E`` its ``l{L}_error``; network j's updates are multiplied by its own rate. Call inside
        ``np.errstate(all="ignore")``. Any other rule than the notebook's, or rows of each
        network's own, take ``_rule_steps``.
        """
        if X.ndim == 3 or not self.rule.is_notebook(X.shape[0]):
            return self._rule_steps(X, Y, n, want_error)
        if n <= 0:
            return None
        buf = self._buffers
        if buf is None or not buf.fits(self, X, Y):
            buf = self._buffers = _StackBuffers(self, X, Y)
        self.t += n
        before, after = buf.before_error, buf.after_error  # network.notebook_calls, with a leading axis
        whole = before + after
        for _ in range(n - 1 if want_error else n):
            for f, args in whole:
                f(*args)
        if not want_error:
            return None
        for f, args in before:  # the last iteration, with its errors recorded before the update
            f(*args)
        errors = np.abs(buf.E).mean(axis=(1, 2))
        for f, args in after:
            f(*args)
        return errors

    def _rule_steps(self, X: np.ndarray, Y: np.ndarray, n: int, want_error: bool) -> np.ndarray | None:
        """n iterations of rules.step for all K networks; network j learns from its own batches."""
        rows = X.shape[-2]
        if self._orders is None or self._orders[0].n != rows:
            self._orders = [BatchOrder(rows, self.rule.batch_size, int(s)) for s in self.seeds]
        own = np.arange(self.count)[:, None] if X.ndim == 3 else None  # network j's rows are X[j]
        errors = None
        for i in range(n):
            if self._orders[0].full:
                Xb, Yb = X, Y
            else:  # (K, B) row indices: a (K, B, n0) stack of batches
                idx = np.stack([order.rows(self.t) for order in self._orders])
                Xb, Yb = (X[idx], Y[idx]) if own is None else (X[own, idx], Y[own, idx])
            got = rules.step(self.weights, self.biases, self.activation, self.rule, Xb, Yb,
                             self.optimizer_state, self._lr, self.t + 1, want_error and i == n - 1)
            self.t += 1
            if got is not None:
                errors = got[0]
        return errors


class _StackBuffers:
    """Arrays and the calls of NetworkStack.steps for one X, Y and set of weight stacks: Network's
    _StepBuffers with a leading seed axis (X, shared, keeps its two dimensions)."""

    def __init__(self, stack: NetworkStack, X: np.ndarray, Y: np.ndarray) -> None:
        K, rows, sizes = stack.count, X.shape[0], stack.sizes
        self.X, self.Y, self.rates = X, Y, stack.learning_rates.copy()
        self.param_ids = [id(p) for p in stack.weights + (stack.biases or [])]
        self.a: list[np.ndarray] = [X] + [np.empty((K, rows, n)) for n in sizes[1:]]
        self.E = np.empty((K, rows, sizes[-1]))
        self.deltas = [np.empty((K, rows, n)) for n in sizes[1:]]
        self.tmp = [np.empty((K, rows, n)) for n in sizes[1:-1]]
        grads = [np.empty_like(w) for w in stack.weights]
        sums = None if stack.biases is None else [np.empty((K, 1, n)) for n in sizes[1:]]
        # lr 1 everywhere skips the multiplication, as the single network's loop does (x * 1.0 is x anyway)
        rates = stack.learning_rates.reshape(-1, 1, 1).copy()
        lr = None if (stack.learning_rates == 1.0).all() else rates
        self.before_error, self.after_error = notebook_calls(
            self.a, stack.weights, stack.biases, Y, self.E, self.deltas, self.tmp, grads, sums,
            layer_functions(stack.activation, stack.n_layers), lr, rates, np.matmul)

    def fits(self, stack: NetworkStack, X: np.ndarray, Y: np.ndarray) -> bool:
        return (X is self.X and Y is self.Y and np.array_equal(self.rates, stack.learning_rates)
                and self.param_ids == [id(p) for p in stack.weights + (stack.biases or [])])


__all__ = ["NetworkStack"]

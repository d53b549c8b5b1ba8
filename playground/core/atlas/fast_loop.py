"""NetworkStack.steps for the atlas, with the bias sums as row-by-row adds: the same numbers, faster.

``FastLoop(stack, X, Y).steps(n, want_error)`` runs the notebook rule's iteration of
:func:`~playground.core.nn.network.notebook_calls` on the stack's own weights and biases, exactly as
``NetworkStack.steps`` does, except for one call: the bias update's ``delta[k]`` summed over the rows.
``np.add.reduce(delta, axis=-2)`` on a (K, rows, n) stack walks the rows with a stride and costs a fifth of
an atlas's time on XOR (4 rows); here it is ``sum = delta[:, 0]; sum += delta[:, 1]; ...``, rows - 1 adds
of (K, 1, n) arrays. The numbers are the same because NumPy reduces a C-ordered (rows, n) array over its
rows, n >= 2, in just that order: it starts from the first row and adds the next rows one at a time,
column by column (benchmarks/atlas.py and tests/core/test_atlas_fast_loop.py check it against
``NetworkStack.steps`` and single trainings). With n == 1 the rows are contiguous and NumPy sums them
pairwise in blocks, so a layer of one unit keeps ``np.add.reduce``; so does a table of more than
ROW_ADDS rows (the adds would cost more than the reduction).

``FastLoop.fits(stack, X, Y)``: whether it applies (the notebook's rule on rows all networks share).
"""

from __future__ import annotations

import numpy as np

from playground.core.nn.network import layer_functions, notebook_calls
from playground.core.nn.stack import NetworkStack

ROW_ADDS = 16


def _row_adds(delta: np.ndarray, out: np.ndarray) -> list[tuple]:
    """delta (K, rows, n) summed over its rows into out (K, 1, n): a copy of row 0, then each row added."""
    rows = delta.shape[-2]
    calls = [(np.copyto, (out, delta[:, 0:1, :]))]
    calls += [(np.add, (out, delta[:, r:r + 1, :], out)) for r in range(1, rows)]
    return calls


class FastLoop:
    """The stack's notebook iteration as flat in-place calls, the bias sums as row adds (module docstring)."""

    @staticmethod
    def fits(stack: NetworkStack, X: np.ndarray, Y: np.ndarray) -> bool:
        return X.ndim == 2 and stack.rule.is_notebook(X.shape[0])

    def __init__(self, stack: NetworkStack, X: np.ndarray, Y: np.ndarray) -> None:
        K, rows, sizes = stack.count, X.shape[0], stack.sizes
        self.stack, self.X, self.Y = stack, X, Y
        self.a = [X] + [np.empty((K, rows, n)) for n in sizes[1:]]
        self.E = np.empty((K, rows, sizes[-1]))
        deltas = [np.empty((K, rows, n)) for n in sizes[1:]]
        tmp = [np.empty((K, rows, n)) for n in sizes[1:-1]]
        grads = [np.empty_like(w) for w in stack.weights]
        sums = None if stack.biases is None else [np.empty((K, 1, n)) for n in sizes[1:]]
        rates = stack.learning_rates.reshape(-1, 1, 1).copy()
        lr = None if (stack.learning_rates == 1.0).all() else rates  # as NetworkStack: a rate of 1 multiplies nothing
        before, after = notebook_calls(self.a, stack.weights, stack.biases, Y, self.E, deltas, tmp, grads, sums,
                                       layer_functions(stack.activation, stack.n_layers), lr, rates, np.matmul)
        self.before, self.after = before, [c for call in after for c in self._faster(call)]

    @staticmethod
    def _faster(call: tuple) -> list[tuple]:
        f, args = call
        if getattr(f, "__self__", None) is np.add and f.__name__ == "reduce":  # np.add.reduce: a new object each time
            delta, out = args[0], args[3]
            if delta.shape[-1] >= 2 and delta.shape[-2] <= ROW_ADDS:
                return _row_adds(delta, out)
        return [call]

    def steps(self, n: int, want_error: bool = False) -> np.ndarray | None:
        """n iterations of every network (NetworkStack.steps); the (K,) errors of the last one when asked."""
        if n <= 0:
            return None
        self.stack.t += n
        before, after = self.before, self.after
        whole = before + after
        for _ in range(n - 1 if want_error else n):
            for f, args in whole:
                f(*args)
        if not want_error:
            return None
        for f, args in before:
            f(*args)
        errors = np.abs(self.E).mean(axis=(1, 2))
        for f, args in after:
            f(*args)
        return errors


__all__ = ["FastLoop", "ROW_ADDS"]

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
pairwise in blocks of 8 or more (fewer than PAIRWISE_FROM it adds one at a time, in order, so those get row
adds too), so a layer of one unit and 8 rows or more keeps ``np.add.reduce``; so does a table of more than
ROW_ADDS rows (the adds would cost more than the reduction).

The first layer's bias rides in its product (``fold``, when X has at least 2 columns, the first hidden
layer at least 2 units and the networks have biases): X gets a column of ones, and W[0] a last row, b[0], in
one (K, d + 1, n) array. ``[X, 1] @ [W; b]`` is ``X @ W + b`` to the bit, because BLAS's product adds one
fused multiply-add at a time from +0 along the inner axis (1 x b added last is b added exactly); and
``[X, 1].T @ delta`` is ``X.T @ delta`` with, as its last row, the rows of delta added from the first, NumPy's
order for the bias sum (above). That drops the broadcast add of b[0] (a slow (K, rows, n) + (K, 1, n) with a
short inner axis), the bias sum and the bias update's two calls: a sixth of an XOR atlas's time. (Up to the
sign of a zero: a sum of zeros is +0 here; NumPy's starts from the first row, which may be -0; the two
compare equal and x + 0 = x either way.) The weights and biases are copied into the folded array when
``steps`` starts and back when it returns, so the stack's own arrays are always current.
``tests/core/test_atlas_fast_loop.py`` checks it against ``NetworkStack.steps`` on random (not only 0/1) tables.

``FastLoop.fits(stack, X, Y)``: whether it applies (the notebook's rule on rows all networks share).

Tried and dropped (measured slower, though bit-identical where this OpenBLAS was checked): for a table of
0s and 1s, the first layer's ``X @ W[0]`` and ``X.T @ delta[0]`` as sums of weights (OpenBLAS's small
products add one fused multiply-add at a time from +0, and with 0/1 inputs each product is exact), and
the output's delta sent back as an element-wise product; and element-wise calls iterated with the
networks' axis innermost. NumPy's per-network BLAS calls cost 15-45 ns each; the element-wise forms
of the same sums cost more in calls on (K, 1, n) slices. The remaining products cannot be written
element-wise at all: OpenBLAS fuses their multiply-adds, which NumPy's element-wise operations cannot.
"""

from __future__ import annotations

import numpy as np

from playground.core.nn.network import layer_functions, notebook_calls
from playground.core.nn.stack import NetworkStack

ROW_ADDS = 16
PAIRWISE_FROM = 8  # NumPy's pairwise sum adds fewer contiguous values than this one at a time, in order


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
        self.folded = None
        if stack.biases is not None and X.shape[1] >= 2 and sizes[1] >= 2 and rows >= 2:
            before, after = self._fold(before, after, grads[0], sums[0], deltas[0], lr)
        constants = {id(Y), id(rates)} | ({id(lr)} if lr is not None else set())
        before, after = (self._spread(calls, constants) for calls in (before, after))
        self.before, self.after = before, [c for call in after for c in self._faster(call)]

    @staticmethod
    def _spread(calls: list, constants: set) -> list:
        """The targets Y and the rates, broadcast once to the shape each element-wise call writes: the same
        values, but a (K, rows, n) operand instead of a (rows, n) or (K, 1, 1) one NumPy would broadcast
        on every call (a short strided inner loop: a fifth of the call's time, measured)."""
        spread = []
        for f, args in calls:
            if isinstance(f, np.ufunc) and f.nin == 2 and len(args) == 3 and isinstance(args[2], np.ndarray):
                out = args[2]
                args = tuple(np.ascontiguousarray(np.broadcast_to(x, out.shape))
                             if i < 2 and id(x) in constants and np.shape(x) != out.shape else x
                             for i, x in enumerate(args))
            spread.append((f, args))
        return spread

    def _fold(self, before: list, after: list, grad: np.ndarray, bias_sum: np.ndarray, delta: np.ndarray, lr):
        """The first layer's bias folded into its products (module docstring): the calls, rewritten."""
        W, b, X = self.stack.weights[0], self.stack.biases[0], self.X
        d = X.shape[1]
        X1 = np.ascontiguousarray(np.hstack([X, np.ones((X.shape[0], 1))]))
        self.folded = np.empty((W.shape[0], d + 1, W.shape[2]))
        G = np.empty_like(self.folded)
        assert before[0][1][1] is W and before[1][1][1] is b  # product(X, W[0], a[1]), add(a[1], b[0], a[1])
        before = [(np.matmul, (X1, self.folded, self.a[1]))] + before[2:]
        mine = {id(grad), id(bias_sum)}
        at = next(i for i, (_f, args) in enumerate(after) if any(id(x) in mine for x in args))
        kept = [c for c in after if not any(id(x) in mine for x in c[1])]
        update = [(np.matmul, (X1.T, delta, G))] + ([] if lr is None else [(np.multiply, (G, lr, G))])
        update.append((np.add, (self.folded, G, self.folded)))
        return before, kept[:at] + update + kept[at:]

    @staticmethod
    def _faster(call: tuple) -> list[tuple]:
        f, args = call
        if getattr(f, "__self__", None) is np.add and f.__name__ == "reduce":  # np.add.reduce: a new object each time
            delta, out = args[0], args[3]
            rows, n = delta.shape[-2], delta.shape[-1]
            if (n >= 2 and rows <= ROW_ADDS) or rows < PAIRWISE_FROM:
                return _row_adds(delta, out)
        return [call]

    def steps(self, n: int, want_error: bool = False) -> np.ndarray | None:
        """n iterations of every network (NetworkStack.steps); the (K,) errors of the last one when asked."""
        if n <= 0:
            return None
        self.stack.t += n
        folded = self.folded
        if folded is not None:
            d = folded.shape[1] - 1
            folded[:, :d], folded[:, d:] = self.stack.weights[0], self.stack.biases[0]
        try:
            return self._steps(n, want_error)
        finally:
            if folded is not None:
                self.stack.weights[0][...], self.stack.biases[0][...] = folded[:, :d], folded[:, d:]

    def _steps(self, n: int, want_error: bool) -> np.ndarray | None:
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

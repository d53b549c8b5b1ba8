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
one (K, d + 1, n) array, where ``[X, 1] @ [W; b]`` is ``X @ W + b`` to the bit and ``[X, 1].T @ delta`` is
``X.T @ delta`` with, as its last row, NumPy's bias sum (above): so where the BLAS adds one fused multiply-add at
a time from +0 along the inner axis, which :mod:`~playground.core.atlas.fold_check` checks (a BLAS with several
partial sums gets no fold). That drops the broadcast add of b[0] (a slow (K, rows, n) + (K, 1, n) with a
short inner axis), the bias sum and the bias update's two calls: a sixth of an XOR atlas's time. (Up to the
sign of a zero: a sum of zeros is +0 here, NumPy's may be -0; they compare equal and x + 0 = x either way.)
The weights and biases are copied into the folded array when ``steps`` starts and back when it returns.
``tests/core/test_atlas_fast_loop.py`` checks it against ``NetworkStack.steps`` on random (not only 0/1) tables.

Layouts (``FastLoop(stack, X, Y, layout)``; by default :func:`choose_layout`'s), for a folded first layer
on at most WIDE_ROWS rows:

* "narrow": every array stored network by network, (K, rows, n), as NetworkStack stores them; each
  product is K BLAS calls, one per network.
* "wide": the first hidden layer's arrays stored rows outside, (rows, K, n), and its folded weights
  (d + 1, K, n): network j's matrices are then strided slices, and the first layer's two products, whose
  left factor [X, 1] (or its transpose) all networks share, become ONE product each,
  ``[X, 1] @ (d + 1, K * n)`` and ``[X, 1].T @ (rows, K * n)``: a BLAS product of a shared left factor
  sums each element over the same inner axis in the same order however many columns it has (checked,
  not assumed: see choose_layout). With one hidden layer, the output layer is stored rows outside too,
  and its delta is sent back as multiplications (``_outer_calls``: a product over one term; from
  SPREAD_FROM hidden units on, d is first spread over the units by one BLAS product [d, 0] @ [1; 0], exact
  whatever the BLAS, then multiplied by W broadcast over the rows: long inner loops). 1.3-1.8x fewer
  CPU-seconds per network-iteration than "narrow" on XOR (benchmarks/atlas.py prints the whole).
* With one hidden layer and one output unit, both "wide" layouts also keep -W[1] and -b[1] (and, after a
  sigmoid hidden layer, the folded first layer negated) while ``steps`` runs (``_negate``): the products
  then give -z, and the sigmoids skip their np.negative pass (1-2.5% of an iteration); exact, since
  rounding to nearest is symmetric.
* "copy": "wide" with the second layer's gradient ``a[1].T @ delta[1]`` taken from network-by-network
  copies of a[1] and delta[1] made each iteration: for 2 or 3 hidden units OpenBLAS takes another path
  for the strided a[1] (or delta[1]) and the last bit differs (so does ``delta[1].T @ a[1]``, checked).

Every element-wise call whose operands have one shape and are stored alike (the rows-outside views, the
spread targets and rates) is made on 1-d views of their memory (``_flat_call``): the same elements pair
up, so every result is the same, and NumPy takes its contiguous path instead of an iterator over three
strided axes. ``FastLoop.held()`` keeps the folded and negated weights in place over a block of ``steps``
calls (the engine holds a chunk of 512 iterations, which it cuts at each of the ~600 recorded errors).

``choose_layout`` tries "wide", then "copy", and keeps the first that passes two checks (else "narrow"),
once per shape, network count and process: each product the layout computes otherwise than the stack,
compared alone with the stack's on dense random numbers of the real widths and strides (at least
PROBE_NETWORKS networks' worth: two orders of summation agree on most elements, and through a whole
iteration a gradient's last-bit difference is often rounded away when added to a larger weight and
shows up only later: a review found such stacks of 2-11 networks); then 3 whole iterations of up to
WHOLE_NETWORKS networks against ``NetworkStack.steps`` on random rows, with the stack's activation and
with the sigmoid (a ReLU's zeros hide differences). The layout thus follows the BLAS on the machine; a BLAS that sums in another order
only costs speed. Larger tables (more than WIDE_ROWS rows) stay "narrow": BLAS splits a long inner axis
into blocks, whose order may depend on the product's width.

``FastLoop.fits(stack, X, Y)``: whether it applies (the notebook's rule on rows all networks share).

What was tried and dropped (slower, or other bits) is listed in benchmarks/atlas.py.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import numpy as np

from playground.core.nn.activations import sigmoid
from playground.core.nn.network import layer_functions, notebook_calls
from playground.core.nn.stack import NetworkStack
from playground.core.atlas.fold_check import PROBE_NETWORKS, fold_agrees

ROW_ADDS = 16
LAYOUTS = ("wide", "copy", "narrow")
SPREAD_FROM = 3  # a layer of one unit sends its delta back with one multiplication per unit below this many (_outer_calls)
WIDE_ROWS = 256  # larger tables: BLAS splits the rows' sum of X.T @ delta into blocks, in another order when wide
WHOLE_NETWORKS = 64  # ... and whole iterations on at most this many (the products were checked at the real width)
PAIRWISE_FROM = 8  # NumPy's pairwise sum adds fewer contiguous values than this one at a time, in order


def _row_sums(rows: int, n: int) -> bool:
    """Whether a layer of n units sums its delta over the rows as row adds (else np.add.reduce: docstring)."""
    return (n >= 2 and rows <= ROW_ADDS) or rows < PAIRWISE_FROM


def _row_adds(delta: np.ndarray, out: np.ndarray) -> list[tuple]:
    """delta (K, rows, n) summed over its rows into out (K, 1, n): row 0 plus row 1 (a copy of row 0 with row 1
    added: the same operation), then each next row added."""
    rows = delta.shape[-2]
    if rows == 1:
        return [(np.copyto, (out, delta[:, 0:1, :]))]
    calls = [(np.add, (delta[:, 0:1, :], delta[:, 1:2, :], out))]
    calls += [(np.add, (out, delta[:, r:r + 1, :], out)) for r in range(2, rows)]
    return calls


def _rows_outside(K: int, rows: int, n: int) -> np.ndarray:
    """A (K, rows, n) array stored rows outside, (rows, K, n): network j's (rows, n) matrix has a row stride of K * n."""
    return np.empty((rows, K, n)).transpose(1, 0, 2)


def _flat(stack: np.ndarray) -> np.ndarray:
    """A rows-outside (K, rows, n) stack as the (rows, K * n) matrix it is stored as (a view)."""
    K, rows, n = stack.shape
    flat = stack.transpose(1, 0, 2).reshape(rows, K * n)
    assert np.shares_memory(flat, stack)
    return flat


def _network_copy(stack: np.ndarray) -> tuple[np.ndarray, tuple]:
    """A network-by-network (K, rows, n) array, and the call that copies a rows-outside ``stack`` into it: as
    (rows, K) -> (K, rows) items of n floats each (void items: one memcpy each, 4x faster than floats)."""
    K, rows, n = stack.shape
    own = np.empty((K, rows, n))
    item = np.dtype((np.void, n * stack.itemsize))
    source, target = stack.base.reshape(rows, K * n).view(item).T, own.reshape(K, rows * n).view(item)
    assert np.shares_memory(source, stack) and source.shape == target.shape == (K, rows)
    return own, (np.copyto, (target, source))


def _spread_like(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """x broadcast to out's shape, in out's memory order (so an element-wise call walks both alike)."""
    spread = np.empty_like(out)
    np.copyto(spread, np.broadcast_to(x, out.shape))
    return spread


def _outer_calls(delta: np.ndarray, W: np.ndarray, out: np.ndarray) -> list[tuple]:
    """out = delta @ W.T for a layer of one unit (delta (K, rows, 1), W (K, n, 1)): each element one product.

    BLAS computes a product with one term as fma(d, w, +0): d * w to the bit, except that a -0 comes out +0;
    out (the first layer's delta) only feeds its gradient, a BLAS sum that starts from +0 too, so no weight's
    bits change. Written as multiplications: per column for fewer than SPREAD_FROM units (long inner loops);
    for more, d is first spread over the n columns by one BLAS product, [d, 0] @ [1; 0] (each element d * 1 +
    0 * 0: d itself in any order of evaluation, up to the sign of a zero, as above), then multiplied by W
    broadcast over the rows: two calls with long inner loops instead of a broadcast whose inner loop is n long
    (h8: 12 ns a network instead of 26). ``out`` stored rows outside (its (rows * K, n) memory C-ordered)."""
    n = out.shape[2]
    if n < SPREAD_FROM:
        d = delta[:, :, 0]
        return [(np.multiply, (d, W[:, i], out[:, :, i])) for i in range(n)]
    K, rows = delta.shape[:2]
    memory = out.transpose(1, 0, 2)  # (rows, K, n)
    if not (memory.flags.c_contiguous and W.flags.c_contiguous):
        return [(np.multiply, (delta, W.swapaxes(1, 2), out))]
    spread = np.zeros((rows, K, 2))  # column 0: d (rows, K), copied each iteration; column 1: zeros, never written
    picks = np.zeros((2, n))
    picks[0] = 1.0
    rows_flat = memory.reshape(rows, K * n)
    assert np.shares_memory(rows_flat, out)
    return [(np.copyto, (spread[:, :, 0], delta[:, :, 0].T)),
            (np.matmul, (spread.reshape(rows * K, 2), picks, memory.reshape(rows * K, n))),
            (np.multiply, (rows_flat, W.reshape(1, K * n), rows_flat))]

def _memory_order(x: np.ndarray) -> tuple[int, ...] | None:
    """The axes of x (those longer than 1) from the largest stride to the smallest, when x's elements fill one
    contiguous block in that order (x is then a C-contiguous array seen through a transposition); else None."""
    axes = sorted((i for i in range(x.ndim) if x.shape[i] != 1), key=lambda i: -x.strides[i])
    expected = x.itemsize
    for i in reversed(axes):
        if x.strides[i] != expected:
            return None
        expected *= x.shape[i]
    return tuple(axes)


def _flat_call(call: tuple) -> tuple:
    """An element-wise call on arrays of one shape stored alike (e.g. the rows-outside (K, rows, n) views) made
    on the 1-d views of their memory: element j of each operand is the same element as before, so every result
    is the same; NumPy then takes its contiguous fast path instead of building an iterator over three strided
    axes (0.5-2 us a call, measured). 0-d operands stay; a call with any other operand is left as it is."""
    f, args = call
    if (not isinstance(f, np.ufunc) or f.signature is not None) and f is not np.copyto:  # np.matmul: a gufunc
        return call
    arrays = [x for x in args if isinstance(x, np.ndarray) and x.ndim > 0]
    if not arrays or any(not isinstance(x, np.ndarray) for x in args):
        return call
    shape, order = arrays[0].shape, _memory_order(arrays[0])
    if order is None or any(x.shape != shape or _memory_order(x) != order for x in arrays):
        return call

    def flat(x: np.ndarray) -> np.ndarray:
        if x.ndim == 0:
            return x
        dense = x.transpose(order + tuple(i for i in range(x.ndim) if x.shape[i] == 1))
        assert dense.flags.c_contiguous
        view = dense.reshape(-1)
        assert np.shares_memory(view, x) and view.size == x.size
        return view

    return f, tuple(flat(x) for x in args)


_VERIFIED: dict = {}


def choose_layout(stack: NetworkStack, X: np.ndarray) -> str:
    """The fastest layout whose numbers this machine's BLAS makes the stack's own (module docstring): its
    products alone (_products_agree) with as many networks as the stack has (a BLAS may choose its kernel by a
    product's size and strides), then 3 whole iterations (_same_numbers) of up to WHOLE_NETWORKS networks (the
    wiring: folds, copies, the order of the calls); kept for the shape and count in this process (10-30 ms,
    about 1% of a chunk). "narrow" is the stack's own storage."""
    rows, d, sizes, K = X.shape[0], X.shape[1], tuple(stack.sizes), stack.count
    key = (rows, d, sizes, stack.activation.name, K)
    if key not in _VERIFIED:
        rng = np.random.default_rng([rows, d, K, *sizes])
        Xp = rng.standard_normal((rows, d))
        Yp = (rng.random((rows, sizes[-1])) > 0.5).astype(float)
        # the stack's own activation, and the sigmoid: its hidden values are never 0, so every product sums
        # several terms (a ReLU's many zeros can make two orders of summation agree on a probe, not later)
        activations = dict.fromkeys((stack.activation.name, "sigmoid"))
        _VERIFIED[key] = "narrow"
        for layout in ("wide", "copy") if fold_agrees(rows, d, sizes[1]) else ():  # both fold the first layer
            if _products_agree(layout, rows, d + 1, sizes, K) and all(
                    _same_numbers(layout, sizes, min(K, WHOLE_NETWORKS), activation, stack.rule, Xp, Yp)
                    for activation in activations):
                _VERIFIED[key] = layout
                break
    return _VERIFIED[key]


def _outside(layout: str, rows: int, sizes) -> set[int]:
    """The layers whose arrays ``layout`` stores rows outside: the first; with one hidden layer, the output's
    too when its bias sum is row adds (np.add.reduce sums a strided axis in another order than a contiguous one)."""
    L = len(sizes) - 1
    if layout == "narrow":
        return set()
    return {1, L} if L == 2 and _row_sums(rows, sizes[L]) else {1}


def _products_agree(layout: str, rows: int, d: int, sizes, K: int) -> bool:
    """Whether every product ``layout`` computes otherwise than the stack gives the stack's bits, each compared
    alone on dense random numbers (through a whole iteration a last-bit difference of a gradient is often
    rounded away when added to a larger weight, and shows up iterations later): the wide first-layer products,
    the second layer's from the strided a[1], its gradient (in "wide"; "copy" takes it from copies), and the
    delta sent back into the strided first layer. ``d``: the table's columns with the column of ones.

    Two orders of summation agree on about two elements in three, so a few networks get fresh numbers
    several times: at least PROBE_NETWORKS networks' worth of products in all."""
    rng = np.random.default_rng([rows, d, K, *sizes])
    return all(_products_agree_once(layout, rows, d, sizes, K, rng) for _ in range(-(-PROBE_NETWORKS // K)))


def _products_agree_once(layout: str, rows: int, d: int, sizes, K: int, rng: np.random.Generator) -> bool:
    n, m = sizes[1], sizes[2]
    outside = _outside(layout, rows, sizes)

    def stored(rows_outside: bool, values: np.ndarray) -> np.ndarray:
        out = _rows_outside(*values.shape) if rows_outside else np.empty(values.shape)
        out[...] = values
        return out

    X1 = rng.standard_normal((rows, d))
    X1[:, -1] = 1.0
    W, delta, a, W2, delta2 = (rng.standard_normal(shape) for shape in
                               ((K, d, n), (K, rows, n), (K, rows, n), (K, n, m), (K, rows, m)))
    A, G, B = _rows_outside(K, rows, n), _rows_outside(K, d, n), _rows_outside(K, rows, n)
    np.matmul(X1, _flat(stored(True, W)), out=_flat(A))
    np.matmul(X1.T, _flat(stored(True, delta)), out=_flat(G))
    a_stored, d2_stored = stored(True, a), stored(2 in outside, delta2)
    forward = stored(2 in outside, np.zeros((K, rows, m)))
    np.matmul(a_stored, W2, out=forward)
    if len(sizes) == 3 and m == 1:
        for f, args in _outer_calls(d2_stored, W2, B):
            f(*args)
    else:
        np.matmul(d2_stored, W2.swapaxes(1, 2), out=B)
    same = [(A, np.matmul(X1, W)), (G, np.matmul(X1.T, delta)), (forward, np.matmul(a, W2)),
            (B, np.matmul(delta2, W2.swapaxes(1, 2)))]
    if layout == "wide":
        same.append((np.matmul(a_stored.swapaxes(1, 2), d2_stored), np.matmul(a.swapaxes(1, 2), delta2)))
    return all(np.array_equal(x, y) for x, y in same)


def _same_numbers(layout: str, sizes, K: int, activation: str, rule, X: np.ndarray, Y: np.ndarray) -> bool:
    """Whether 3 iterations in ``layout`` give NetworkStack.steps's errors, weights and biases, bit for bit."""
    rates = np.logspace(-1, 1, K)
    ours, theirs = (NetworkStack(sizes, range(K), activation=activation, bias=True, rule=rule, learning_rates=rates)
                    for _ in range(2))
    with np.errstate(all="ignore"):
        got, want = FastLoop(ours, X, Y, layout).steps(3, True), theirs.steps(X, Y, 3, True)
    return bool(np.array_equal(got, want) and all(np.array_equal(p, q) for p, q in
                                                 zip(ours.weights + ours.biases, theirs.weights + theirs.biases)))


class FastLoop:
    """The stack's notebook iteration as flat in-place calls, the bias sums as row adds (module docstring)."""

    @staticmethod
    def fits(stack: NetworkStack, X: np.ndarray, Y: np.ndarray) -> bool:
        return X.ndim == 2 and stack.rule.is_notebook(X.shape[0])

    def __init__(self, stack: NetworkStack, X: np.ndarray, Y: np.ndarray, layout: str | None = None) -> None:
        """``layout``: "wide", "copy" or "narrow" (module docstring); None: :func:`choose_layout`'s."""
        if layout not in (None, *LAYOUTS):
            raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
        K, rows, sizes = stack.count, X.shape[0], stack.sizes
        L = len(sizes) - 1
        self.stack, self.X, self.Y = stack, X, Y
        self._held = False
        fold = (stack.biases is not None and X.shape[1] >= 2 and sizes[1] >= 2 and rows >= 2
                and fold_agrees(rows, X.shape[1], sizes[1]))
        if not fold or rows > WIDE_ROWS or L < 2:
            layout = "narrow"
        elif layout is None:
            layout = choose_layout(stack, X)
        self.layout = layout
        wide = layout != "narrow"
        # layers whose rows are stored outside: the first; with one hidden layer, the output's too when its
        # bias sum is row adds (np.add.reduce sums a strided axis in another order than a contiguous one)
        outside = _outside(layout, rows, sizes)

        def buffer(k: int, n: int) -> np.ndarray:
            return _rows_outside(K, rows, n) if k in outside else np.empty((K, rows, n))

        self.a = [X] + [buffer(k, n) for k, n in enumerate(sizes[1:], 1)]
        self.E = buffer(L, sizes[-1])
        deltas = [buffer(k, n) for k, n in enumerate(sizes[1:], 1)]
        tmp = [buffer(k, n) for k, n in enumerate(sizes[1:-1], 1)]
        grads = [np.empty_like(w) for w in stack.weights]
        sums = None if stack.biases is None else [np.empty((K, 1, n)) for n in sizes[1:]]
        rates = stack.learning_rates.reshape(-1, 1, 1).copy()
        lr = None if (stack.learning_rates == 1.0).all() else rates  # as NetworkStack: a rate of 1 multiplies nothing
        before, after = notebook_calls(self.a, stack.weights, stack.biases, Y, self.E, deltas, tmp, grads, sums,
                                       layer_functions(stack.activation, stack.n_layers), lr, rates, np.matmul)
        self.folded = None
        if fold:
            before, after = self._fold(before, after, grads[0], sums[0], deltas[0], lr)
        # (the stack's array, its negation kept here: _negate); with one hidden layer and one output unit
        self.negated: list[tuple[np.ndarray, np.ndarray]] = []
        self.folded_negated = False
        if wide and L == 2 and sizes[2] == 1:
            self.negated = [(w, np.empty_like(w)) for w in (stack.weights[1], stack.biases[1])]
            after = [c for call in after for c in (_outer_calls(call[1][0], self.negated[0][1], deltas[0])
                                                   if call[0] is np.matmul and call[1][2] is deltas[0] else [call])]
        if layout == "copy":
            after = self._copy_for_gradient(after, K, rows, sizes[1])
        if self.negated:
            before, after = self._negate(before, after, stack.activation.forward is sigmoid)
        constants = {id(Y), id(rates)} | ({id(lr)} if lr is not None else set())
        before, after = (self._spread(calls, constants) for calls in (before, after))
        after = [c for call in after for c in self._faster(call)]
        self.before, self.after = [_flat_call(c) for c in before], [_flat_call(c) for c in after]

    def _negate(self, before: list, after: list, hidden_sigmoid: bool) -> tuple[list, list]:
        """Keep -W[1] and -b[1] (and, with a sigmoid hidden layer, the folded first layer negated): the
        products then give -z, which the sigmoids take without their np.negative pass. Exact: rounding to
        nearest is symmetric, so every fused multiply-add and sum of negated terms is the negated result;
        the output's delta sent back through -W[1] is the first layer's delta negated, whose gradient is then
        negated too, and the updates subtract where they added (x - y is x + (-y)). Up to the sign of a zero."""
        (W1, nW1), (b1, nb1) = self.negated
        swap = {id(W1): nW1, id(b1): nb1}
        a1, a2 = self.a[1], self.a[2]
        drop = {id(a2)} | ({id(a1)} if hidden_sigmoid else set())
        self.folded_negated = hidden_sigmoid

        def rewrite(calls: list) -> list:
            out = []
            for f, args in calls:
                if f is np.negative and id(args[0]) in drop and args[0] is args[1]:
                    continue  # exp(-z): the product gave -z already
                args = tuple(swap.get(id(x), x) for x in args)
                if f is np.add and (args[0] is nW1 or args[0] is nb1) and args[2] is args[0]:
                    f = np.subtract  # -W[1] - lr * grad
                elif f is np.add and args[0] is self.folded and args[2] is self.folded and not hidden_sigmoid:
                    f = np.subtract  # W[0] - lr * (the gradient of the negated delta)
                out.append((f, args))
            return out

        return rewrite(before), rewrite(after)

    def _copy_for_gradient(self, after: list, K: int, rows: int, n: int) -> list:
        """The second layer's gradient a[1].T @ delta[1] from network-by-network copies of a[1] and, when it is
        stored rows outside, of delta[1] ("copy" layout, module docstring)."""
        a1 = self.a[1]
        out = []
        for f, args in after:
            if f is np.matmul and args[0].base is not None and np.shares_memory(args[0], a1):
                own_a, copy_a = _network_copy(a1)
                delta = args[1]
                if delta.strides[0] < delta.strides[1]:  # rows outside
                    own_d, copy_d = _network_copy(delta)
                    out += [copy_a, copy_d, (np.matmul, (own_a.swapaxes(1, 2), own_d, *args[2:]))]
                else:
                    out += [copy_a, (np.matmul, (own_a.swapaxes(1, 2), *args[1:]))]
            else:
                out.append((f, args))
        return out

    @staticmethod
    def _spread(calls: list, constants: set) -> list:
        """The targets Y and the rates, broadcast once to the shape each element-wise call writes: the same
        values, but a (K, rows, n) operand instead of a (rows, n) or (K, 1, 1) one NumPy would broadcast
        on every call (a short strided inner loop: a fifth of the call's time, measured)."""
        spread = []
        for f, args in calls:
            if isinstance(f, np.ufunc) and f.nin == 2 and len(args) == 3 and isinstance(args[2], np.ndarray):
                out = args[2]
                args = tuple(_spread_like(x, out) if i < 2 and id(x) in constants and np.shape(x) != out.shape else x
                             for i, x in enumerate(args))
            spread.append((f, args))
        return spread

    def _fold(self, before: list, after: list, grad: np.ndarray, bias_sum: np.ndarray, delta: np.ndarray, lr):
        """The first layer's bias folded into its products (module docstring): the calls, rewritten."""
        W, b, X = self.stack.weights[0], self.stack.biases[0], self.X
        d = X.shape[1]
        X1 = np.ascontiguousarray(np.hstack([X, np.ones((X.shape[0], 1))]))
        K, n = W.shape[0], W.shape[2]
        assert before[0][1][1] is W and before[1][1][1] is b  # product(X, W[0], a[1]), add(a[1], b[0], a[1])
        if self.layout != "narrow":  # one product for all networks: [X, 1] (rows, d + 1) @ (d + 1, K * n), in rows-outside memory
            self.folded, G = _rows_outside(K, d + 1, n), _rows_outside(K, d + 1, n)
            forward = (np.matmul, (X1, _flat(self.folded), _flat(self.a[1])))
            gradient = (np.matmul, (X1.T, _flat(delta), _flat(G)))
        else:
            self.folded = np.empty((K, d + 1, n))
            G = np.empty_like(self.folded)
            forward, gradient = (np.matmul, (X1, self.folded, self.a[1])), (np.matmul, (X1.T, delta, G))
        before = [forward] + before[2:]
        mine = {id(grad), id(bias_sum)}
        at = next(i for i, (_f, args) in enumerate(after) if any(id(x) in mine for x in args))
        kept = [c for c in after if not any(id(x) in mine for x in c[1])]
        update = [gradient] + ([] if lr is None else [(np.multiply, (G, lr, G))])
        update.append((np.add, (self.folded, G, self.folded)))
        return before, kept[:at] + update + kept[at:]

    @staticmethod
    def _faster(call: tuple) -> list[tuple]:
        f, args = call
        if getattr(f, "__self__", None) is np.add and f.__name__ == "reduce":  # np.add.reduce: a new object each time
            delta, out = args[0], args[3]
            rows, n = delta.shape[-2], delta.shape[-1]
            if _row_sums(rows, n):
                return _row_adds(delta, out)
        return [call]

    def steps(self, n: int, want_error: bool = False) -> np.ndarray | None:
        """n iterations of every network (NetworkStack.steps); the (K,) errors of the last one when asked."""
        if n <= 0:
            return None
        self.stack.t += n
        with self.held():
            return self._steps(n, want_error)

    @contextmanager
    def held(self) -> Iterator[None]:
        """The stack's first-layer weights and biases in the folded array, and -W[1], -b[1] in their negated
        copies (_negate), while the block runs; copied back (exactly: copies and negations) when it ends. steps
        inside the block skip these copies: the engine holds the loop over a chunk of iterations (it calls steps
        once per recorded error, 600-odd times a chunk). The stack's own arrays are stale inside the block."""
        if self._held:
            yield
            return
        folded = self.folded
        sign = -1.0 if self.negated and self.folded_negated else 1.0
        if folded is not None:
            d = folded.shape[1] - 1
            folded[:, :d], folded[:, d:] = self.stack.weights[0], self.stack.biases[0]
            if sign < 0:
                np.negative(folded, out=folded)
        for mine, kept in self.negated:
            np.negative(mine, out=kept)
        self._held = True
        try:
            yield
        finally:
            self._held = False
            if folded is not None:
                self.stack.weights[0][...], self.stack.biases[0][...] = sign * folded[:, :d], sign * folded[:, d:]
            for mine, kept in self.negated:
                np.negative(kept, out=mine)

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
        errors = np.abs(np.ascontiguousarray(self.E)).mean(axis=(1, 2))
        for f, args in after:
            f(*args)
        return errors


__all__ = ["FastLoop", "ROW_ADDS"]

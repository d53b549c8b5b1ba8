"""The atlas's fast loop (bias sums as row adds, the first bias folded into its products) is NetworkStack.steps bit for bit, on tables of 2 to 20 rows."""

import numpy as np
import pytest

from playground.core.atlas import fast_loop, fold_check
from playground.core.atlas.fast_loop import FastLoop, choose_layout
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.nn.rules import Rule
from playground.core.nn.stack import NetworkStack


@pytest.mark.parametrize("rows, sizes, activation", [
    (4, [2, 3, 1], "sigmoid"), (7, [2, 3, 1], "tanh"), (8, [2, 3, 1], "sigmoid"), (4, [3, 8, 2], "tanh"), (8, [3, 4, 3, 1], "relu"), (16, [4, 1, 5], "sigmoid"),
    (20, [2, 6, 2], "tanh"), (2, [1, 2, 1], "sigmoid"),
])
def test_the_fast_loop_is_the_stacks_own_loop_bit_for_bit(rows, sizes, activation):
    rng = np.random.default_rng(rows)
    X = rng.standard_normal((rows, sizes[0]))
    Y = (rng.random((rows, sizes[-1])) > 0.5).astype(float)
    rates = np.logspace(-2, 1.5, 12)
    ours = NetworkStack(sizes, range(12), activation=activation, bias=True, learning_rates=rates)
    theirs = NetworkStack(sizes, range(12), activation=activation, bias=True, learning_rates=rates)
    assert FastLoop.fits(ours, X, Y)
    fast = FastLoop(ours, X, Y)
    # the first layer's bias folded in where the shape allows it and this machine's BLAS gives it the same bits
    assert (fast.folded is not None) == (sizes[0] >= 2 and sizes[1] >= 2 and fold_check.fold_agrees(rows, *sizes[:2]))
    with np.errstate(all="ignore"):
        for n in (1, 7, 40):
            got, want = fast.steps(n, True), theirs.steps(X, Y, n, True)
            assert np.array_equal(got, want, equal_nan=True)
    for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b, equal_nan=True)
    assert ours.t == theirs.t == 48


def test_own_rows_or_another_rule_do_not_fit():
    stack = NetworkStack([2, 3, 1], range(2), bias=True)
    assert not FastLoop.fits(stack, np.zeros((2, 4, 2)), np.zeros((2, 4, 1)))
    adam = NetworkStack([2, 3, 1], range(2), bias=True, rule=Rule(optimizer=OptimizerSpec("adam")))
    assert not FastLoop.fits(adam, np.zeros((4, 2)), np.zeros((4, 1)))


XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


@pytest.mark.parametrize("sizes", [[2, 2, 1], [2, 3, 1], [2, 4, 1], [2, 8, 1], [3, 5, 2], [2, 4, 3, 1]])
@pytest.mark.parametrize("layout", [None, "narrow"])
def test_the_chosen_layout_trains_the_stacks_numbers(sizes, layout):
    """The layout choose_layout picks on this machine (and the plain one) give NetworkStack.steps's errors
    and weights, on XOR and on random rows, for the atlas's shapes."""
    rng = np.random.default_rng(len(sizes) * 10 + sizes[1])
    for X in (XOR if sizes[0] == 2 else rng.random((4, sizes[0])), rng.standard_normal((9, sizes[0]))):
        Y = (rng.random((X.shape[0], sizes[-1])) > 0.5).astype(float)
        rates = np.logspace(-2, 2, 16)
        ours, theirs = (NetworkStack(sizes, range(16), bias=True, learning_rates=rates) for _ in range(2))
        fast = FastLoop(ours, X, Y, layout)
        assert fast.layout == (layout or choose_layout(ours, X))
        with np.errstate(all="ignore"):
            for n in (1, 16, 33):
                assert np.array_equal(fast.steps(n, True), theirs.steps(X, Y, n, True), equal_nan=True)
        for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
            assert np.array_equal(a, b, equal_nan=True)


def test_the_wide_layouts_are_used_on_the_atlas_shapes_of_this_machine():
    """On XOR with 2-8 hidden units this machine's BLAS allows a wide layout (else the atlas is slow, not wrong:
    the benchmark would show it; this says which)."""
    chosen = {h: choose_layout(NetworkStack([2, h, 1], range(2), bias=True), XOR) for h in (2, 3, 4, 8)}
    assert set(chosen.values()) <= {"wide", "copy"}, chosen


def test_a_layout_whose_bits_differ_is_not_chosen(monkeypatch):
    """choose_layout checks each layout against NetworkStack.steps: a layout made to compute a last bit
    differently (its delta sent back with one ulp more) falls back to the network-by-network one."""
    real = fast_loop._outer_calls

    def off_by_an_ulp(delta, W, out):
        return real(delta, W, out) + [(np.nextafter, (out, np.inf, out))]

    monkeypatch.setattr(fast_loop, "_outer_calls", off_by_an_ulp)
    monkeypatch.setattr(fast_loop, "_VERIFIED", {})
    for h in (2, 4, 8):
        stack = NetworkStack([2, h, 1], range(2), bias=True)
        assert choose_layout(stack, XOR) == "narrow"
        assert FastLoop(stack, XOR, np.zeros((4, 1))).layout == "narrow"


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="unknown layout 'tall'"):
        FastLoop(NetworkStack([2, 3, 1], range(2), bias=True), XOR, np.zeros((4, 1)), "tall")


@pytest.mark.parametrize("count", [4, 16])
@pytest.mark.parametrize("activation", ["relu", "tanh"])
def test_the_chosen_layout_holds_for_hundreds_of_iterations_of_sparse_activations(count, activation):
    """A ReLU's zeros made a probe pass where two BLAS paths sum in different orders (4 networks, 3 units):
    the layout is checked on the sigmoid's dense values too, and the atlas's own XOR run then stays equal."""
    rates = np.logspace(-1, 2, count)
    ours, theirs = (NetworkStack([2, 3, 1], [3] * count, activation=activation, bias=True, learning_rates=rates)
                    for _ in range(2))
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    fast = FastLoop(ours, XOR, Y)
    with np.errstate(all="ignore"):
        for _ in range(8):
            assert np.array_equal(fast.steps(50, True), theirs.steps(XOR, Y, 50, True), equal_nan=True)
    for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b, equal_nan=True)


ROWS7 = np.array([[0, 1], [1, 1], [0, 0], [1, 1], [0, 0], [1, 0], [0, 1]], float)
Y7 = np.array([[0], [1], [0], [1], [1], [0], [1]], float)


@pytest.mark.parametrize("X, Y", [(ROWS7, Y7), (XOR, np.array([[0.0], [1.0], [1.0], [0.0]]))])
@pytest.mark.parametrize("hidden", [(2,), (3,), (2, 1), (3, 1)])
@pytest.mark.parametrize("count", [2, 3, 4, 5, 8, 11])
@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_small_stacks_keep_the_stacks_bits(X, Y, hidden, count, activation):
    """A review found stacks of 2-11 networks where a whole-iteration check passed the wide layout although its
    strided second-layer gradient sums in another order (the difference, rounded away at first, shows later):
    choose_layout now compares each product alone, on at least PROBE_NETWORKS networks' numbers."""
    sizes = [2, *hidden, 1]
    rates = np.logspace(-1, 1, count)
    ours, theirs = (NetworkStack(sizes, range(1, count + 1), activation=activation, bias=True, learning_rates=rates)
                    for _ in range(2))
    fast = FastLoop(ours, X, Y)
    with np.errstate(all="ignore"):
        for _ in range(8):
            assert np.array_equal(fast.steps(50, True), theirs.steps(X, Y, 50, True)), fast.layout
    for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b), fast.layout


def test_a_strided_gradient_that_sums_in_another_order_is_found_on_two_networks():
    """For 2 hidden units this OpenBLAS sums the strided a[1].T @ delta[1] in another order: the product check
    finds it even with 2 networks (4 numbers a draw, several draws), so "wide" is refused and "copy" kept."""
    a = np.random.default_rng(0).random((2, 7, 2))
    strided = fast_loop._rows_outside(2, 7, 2)
    strided[...] = a
    d = np.random.default_rng(1).standard_normal((64, 2, 7, 1))
    if all(np.array_equal(np.matmul(strided.swapaxes(1, 2), x), np.matmul(a.swapaxes(1, 2), x)) for x in d):
        pytest.skip("this machine's BLAS sums the strided gradient in the same order: nothing to refuse")
    assert not fast_loop._products_agree("wide", 7, 3, (2, 2, 1), 2)
    assert fast_loop._products_agree("copy", 7, 3, (2, 2, 1), 2)


@pytest.mark.parametrize("n", [3, 4, 8])
def test_the_spread_delta_is_each_product_whatever_the_values(n):
    """From SPREAD_FROM units the output's delta goes back as [d, 0] @ [1; 0] (d spread over the units by BLAS)
    times W: each element d * w, also for infinities, NaN, zeros and subnormals (up to the sign of a zero)."""
    assert n >= fast_loop.SPREAD_FROM
    K, rows = 64, 4
    rng = np.random.default_rng(n)
    special = np.array([np.inf, -np.inf, np.nan, 0.0, -0.0, 5e-324, -2.5e-310, 1e308])
    delta = fast_loop._rows_outside(K, rows, 1)
    delta[...] = rng.choice(np.concatenate([special, rng.standard_normal(56)]), (K, rows, 1))
    W = rng.choice(np.concatenate([special, rng.standard_normal(56)]), (K, n, 1))
    out = fast_loop._rows_outside(K, rows, n)
    calls = fast_loop._outer_calls(delta, W, out)
    assert any(f is np.matmul for f, _ in calls)  # the spread, not a broadcast multiplication
    with np.errstate(all="ignore"):
        for f, args in calls:
            f(*args)
        assert np.array_equal(out, delta * W.swapaxes(1, 2), equal_nan=True)


def test_steps_held_together_are_the_stacks_steps():
    """The engine holds the loop over a chunk (its folded and negated weights stay in place between steps
    calls): the errors on the way and the stack's weights after the block are NetworkStack.steps's."""
    rates = np.logspace(-2, 2, 32)
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    for h in (2, 3, 4, 8):
        ours, theirs = (NetworkStack([2, h, 1], range(32), bias=True, learning_rates=rates) for _ in range(2))
        fast = FastLoop(ours, XOR, Y)
        with np.errstate(all="ignore"):
            for _ in range(3):
                with fast.held():
                    for n in (1, 15, 16):
                        assert np.array_equal(fast.steps(n, True), theirs.steps(XOR, Y, n, True), equal_nan=True)
                for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
                    assert np.array_equal(a, b, equal_nan=True), (h, fast.layout)
        assert ours.t == theirs.t == 96


def test_element_wise_calls_on_arrays_stored_alike_run_on_their_memory():
    """_flat_call: the rows-outside views of one shape become 1-d views of the same memory (same elements);
    a broadcast operand or a strided slice leaves the call as it is."""
    a, b = fast_loop._rows_outside(8, 4, 3), fast_loop._rows_outside(8, 4, 3)
    one = np.array(1.0)
    f, args = fast_loop._flat_call((np.subtract, (one, a, b)))
    assert f is np.subtract and args[0] is one and args[1].shape == args[2].shape == (96,)
    assert np.shares_memory(args[1], a) and np.shares_memory(args[2], b)
    a[...] = np.arange(96.0).reshape(8, 4, 3)
    f(*args)
    assert np.array_equal(b, 1.0 - a)
    bias = np.zeros((8, 1, 3))
    assert fast_loop._flat_call((np.add, (a, bias, a)))[1][1] is bias
    column = a[:, :, 0]
    assert fast_loop._flat_call((np.multiply, (column, column, column)))[1][0] is column


def test_where_the_blas_sums_a_folded_product_otherwise_nothing_is_folded_and_the_numbers_stay(monkeypatch):
    """A BLAS that sums ``[X, 1] @ [W; b]`` in another order than ``X @ W + b`` (OpenBLAS's Haswell kernels on an
    AMD EPYC with NumPy 2.4 do, for 9 rows of 2 columns): no fold, no wide layout, the stack's own numbers."""
    monkeypatch.setattr(fold_check, "_FOLDS", {})
    monkeypatch.setattr(fast_loop, "_VERIFIED", {})
    monkeypatch.setattr(fold_check, "_fold_agrees_once", lambda *args: False)
    stack, theirs = (NetworkStack([2, 4, 1], range(8), bias=True) for _ in range(2))
    assert not fold_check.fold_agrees(4, 2, 4) and choose_layout(stack, XOR) == "narrow"
    fast = FastLoop(stack, XOR, XOR[:, :1])
    assert fast.folded is None and fast.layout == "narrow"
    with np.errstate(all="ignore"):
        assert np.array_equal(fast.steps(20, True), theirs.steps(XOR, XOR[:, :1], 20, True))
    for a, b in zip(stack.weights + stack.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b)


def test_the_fold_check_finds_a_folded_product_one_last_bit_off(monkeypatch):
    """fold_agrees compares the real products: a BLAS whose [X, 1] @ [W; b] is one ulp off in one element is caught."""

    class OneUlpOff:
        def __getattr__(self, name):
            return getattr(np, name)

        @staticmethod
        def matmul(a, b, *args, **kwargs):
            out = np.matmul(a, b, *args, **kwargs)
            if a.shape[-1] == 3:  # [X, 1] @ [W; b] for a table of 2 columns
                out.flat[0] = np.nextafter(out.flat[0], np.inf)
            return out

    monkeypatch.setattr(fold_check, "_FOLDS", {})
    monkeypatch.setattr(fold_check, "np", OneUlpOff())
    assert not fold_check.fold_agrees(4, 2, 4)


@pytest.mark.parametrize("rows, sizes", [(4, [2, 4, 4, 1]), (8, [2, 8, 8, 1])])
def test_a_product_of_square_layers_as_wide_as_the_table_is_not_taken_for_an_element_wise_call(rows, sizes):
    """np.matmul is a (generalised) ufunc: where a[k], W[k] and a[k+1] had one shape and storage, the flat-call
    rewrite made it a dot product of three vectors, the same number in every element (found by a review: 60 of
    7,452 shapes differed from the stack, all of this kind; "narrow", where shapes whose fold differs now go)."""
    rng = np.random.default_rng(0)
    X, Y = rng.standard_normal((rows, 2)), (rng.random((rows, 1)) > 0.5).astype(float)
    ours, theirs = (NetworkStack(sizes, range(4), bias=True) for _ in range(2))
    fast = FastLoop(ours, X, Y, "narrow")
    with np.errstate(all="ignore"):
        assert np.array_equal(fast.steps(10, True), theirs.steps(X, Y, 10, True))
    for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b)

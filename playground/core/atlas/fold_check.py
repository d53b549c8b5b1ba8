"""Whether this machine's BLAS lets the atlas fold the first layer's bias into its products, bit for bit.

:mod:`playground.core.atlas.fast_loop` computes ``[X, 1] @ [W; b]`` where the stack computes ``X @ W`` and
then adds ``b``, and takes the bias's gradient as the last row of ``[X, 1].T @ delta`` where the stack sums
delta's rows with NumPy. Both agree to the bit when the BLAS sums an inner axis one fused multiply-add at a
time from +0, in order; a BLAS that keeps several partial sums does not (OpenBLAS 0.3.31's Haswell kernels,
which NumPy 2.4 uses on an AMD EPYC, differ in a last bit on about one element in ten for 9 rows of 2
columns, though not for XOR's 4 rows). So it is checked, not assumed: :func:`fold_agrees` compares both
products with the stack's on dense random numbers, once per shape and process, and the fast loop folds
(and chooses a wide layout, which compares itself with the folded products) only where they agree.
"""

from __future__ import annotations

import numpy as np

PROBE_NETWORKS = 256  # each product is compared on at least this many networks' random numbers
FOLD_PROBE_NUMBERS = 2**18  # numbers per array in one round of the probe (a large table: fewer networks a round)
_FOLDS: dict = {}


def fold_agrees(rows: int, d: int, n: int) -> bool:
    """Whether this machine's BLAS gives the folded first layer's products the stack's own bits (module
    docstring): ``[X, 1] @ [W; b]`` against ``X @ W`` then ``+ b``, and ``[X, 1].T @ delta`` against ``X.T @ delta``
    with, as its last row, NumPy's sum of delta's rows. Each compared alone on dense random numbers,
    PROBE_NETWORKS networks' worth (in at most 16 rounds of FOLD_PROBE_NUMBERS numbers: fewer for a large
    table); once per shape and process. A BLAS that sums an inner axis with more than one accumulator
    (OpenBLAS's Haswell kernels on an AMD EPYC, NumPy 2.4) differs in a last bit on about one element in ten:
    no fold then, and no wide layout (they compare themselves with the folded products)."""
    key = (rows, d, n)
    if key not in _FOLDS:
        rng = np.random.default_rng([rows, d, n, 1])
        k = int(min(PROBE_NETWORKS, max(1, FOLD_PROBE_NUMBERS // (rows * (n + d + 1)))))
        _FOLDS[key] = all(_fold_agrees_once(rows, d, n, k, rng) for _ in range(min(-(-PROBE_NETWORKS // k), 16)))
    return _FOLDS[key]


def _fold_agrees_once(rows: int, d: int, n: int, K: int, rng: np.random.Generator) -> bool:
    X = rng.standard_normal((rows, d))
    X1 = np.ascontiguousarray(np.hstack([X, np.ones((rows, 1))]))
    W, b, delta = rng.standard_normal((K, d, n)), rng.standard_normal((K, 1, n)), rng.standard_normal((K, rows, n))
    z = np.matmul(X, W)
    np.add(z, b, out=z)  # the stack's forward: its product, then its bias
    G = np.matmul(X1.T, delta)
    return bool(np.array_equal(np.matmul(X1, np.concatenate([W, b], axis=1)), z)
                and np.array_equal(G[:, :d], np.matmul(X.T, delta))
                and np.array_equal(G[:, d:], np.add.reduce(delta, axis=-2, keepdims=True)))

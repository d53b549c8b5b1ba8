"""Engine speed against the notebook's own loop and against bare NumPy, measured in the same run.

    python benchmarks/engine.py [--repeats 5] [--busy]

Prints, each as a ratio against a baseline measured in the same run:
  * engine time / notebook time for the notebook preset (60000 iterations,
    hidden 4): goal <= 0.8, must be <= 1.0; and the largest difference between
    the printed errors (must be 0: bit-identical);
  * the 12-input x 4,096-row table with 64 hidden units: the engine's throughput
    / a bare NumPy loop of the same maths written here (goal >= 0.9), the achieved
    GFLOP/s / this machine's single-thread matmul GFLOP/s, and the engine with the
    app's BLAS threads (core/threads.py) / with NumPy's default threads.
  * K = 16 notebook networks with 16 seeds and 16 learning rates trained at once (NetworkStack,
    the batched form the study and the atlas use) / the same 16 trained one by one, and whether
    each network's weights equal its single training's (must: bit-identical).
With ``--busy`` everything is measured again with one CPU-bound background
process running (started and stopped here, bounded in time). Runs are
interleaved and the median is taken, since this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from threadpoolctl import threadpool_limits

from busy import add_busy_option, busy_machine, phases
from playground.core.helper import threads

from playground.core.data.dataset import generate
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer


def notebook_loop(X, y):
    """The notebook's second cell, copied as the baseline (printing collected instead)."""
    def nonlin(x, deriv=False):
        if (deriv == True):  # noqa: E712 - the notebook's code, as written
            return x * (1 - x)
        return 1 / (1 + np.exp(-x))

    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    printed = []
    for j in range(60000):
        l0 = X
        l1 = nonlin(np.dot(l0, syn0))
        l2 = nonlin(np.dot(l1, syn1))
        l2_error = y - l2
        if (j % 10000) == 0:
            printed.append("Error:" + str(np.mean(np.abs(l2_error))))
        l2_delta = l2_error * nonlin(l2, deriv=True)
        l1_error = l2_delta.dot(syn1.T)
        l1_delta = l1_error * nonlin(l1, deriv=True)
        syn1 += l1.T.dot(l2_delta)
        syn0 += l0.T.dot(l1_delta)
    return printed


def engine_run(dataset, settings):
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    return ["Error:" + repr(float(e)) for e in trainer.history.logged[1]]


def notebook_contract(repeats: int) -> None:
    preset = get_preset("notebook")
    dataset, settings = preset.dataset(), preset.settings
    X_int = dataset.X.astype(int)  # the notebook's arrays are integer arrays
    y_int = dataset.Y.astype(int)
    engine_times, notebook_times = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        nb = notebook_loop(X_int, y_int)
        notebook_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ours = engine_run(dataset, settings)
        engine_times.append(time.perf_counter() - t0)
    ratios = [e / n for e, n in zip(engine_times, notebook_times)]
    same = max(abs(float(a[6:]) - float(b[6:])) for a, b in zip(nb, ours))
    print(f"  notebook loop, 60000 iterations: median {statistics.median(notebook_times) * 1e3:.0f} ms; "
          f"engine (notebook preset): median {statistics.median(engine_times) * 1e3:.0f} ms")
    print(f"  engine / notebook time ratio: {statistics.median(ratios):.3f} (median of {repeats} interleaved pairs; "
          f"min {min(ratios):.3f}, max {max(ratios):.3f}; goal <= 0.8, must be <= 1.0)")
    print(f"  largest difference between the printed errors: {same:.1e} (must be 0: bit-identical)")


# -- the big table: 12 inputs x 4096 rows (12-bit parity), 64 hidden units --------------------

def big_table():
    big = generate([f"x{i}" for i in range(12)])
    big.values[:, -1] = big.X.sum(axis=1) % 2  # parity of 12 bits
    return big, Settings(hidden=(64,), iterations=10**6, log_every=10**6)


def bare_loop(X, Y, W0, W1, n: int) -> None:
    """The same maths as the engine (12-64-1, sigmoid, lr 1, no bias), written as tightly as
    plain NumPy allows: buffers allocated once, every ufunc writing in place."""
    rows = X.shape[0]
    l1, l2 = np.empty((rows, W0.shape[1])), np.empty((rows, W1.shape[1]))
    E, d2, d1, tmp = np.empty_like(l2), np.empty_like(l2), np.empty_like(l1), np.empty_like(l1)
    g0, g1 = np.empty_like(W0), np.empty_like(W1)
    XT, l1T, W1T = X.T, l1.T, W1.T
    with np.errstate(over="ignore"):  # as the engine: exp(-z) overflows to inf for large |z|, sigmoid is 0
        _bare_steps(X, Y, W0, W1, n, l1, l2, E, d2, d1, tmp, g0, g1, XT, l1T, W1T)


def _bare_steps(X, Y, W0, W1, n, l1, l2, E, d2, d1, tmp, g0, g1, XT, l1T, W1T) -> None:
    for _ in range(n):
        np.dot(X, W0, l1)
        np.negative(l1, l1); np.exp(l1, l1); np.add(1.0, l1, l1); np.divide(1.0, l1, l1)  # noqa: E702
        np.dot(l1, W1, l2)
        np.negative(l2, l2); np.exp(l2, l2); np.add(1.0, l2, l2); np.divide(1.0, l2, l2)  # noqa: E702
        np.subtract(Y, l2, E)
        np.subtract(1.0, l2, d2); np.multiply(l2, d2, d2); np.multiply(E, d2, d2)  # noqa: E702
        np.dot(d2, W1T, d1)
        np.subtract(1.0, l1, tmp); np.multiply(l1, tmp, tmp); np.multiply(d1, tmp, d1)  # noqa: E702
        np.dot(l1T, d2, g1); np.add(W1, g1, W1)  # noqa: E702
        np.dot(XT, d1, g0); np.add(W0, g0, W0)  # noqa: E702


def flops_per_iteration(rows: int, sizes: list[int]) -> int:
    """Multiply-adds x 2 of one iteration's products: forward a@W, update a.T@delta, and delta@W.T
    for every layer but the first (element-wise work not counted)."""
    layer = [2 * rows * a * b for a, b in zip(sizes[:-1], sizes[1:])]
    return 2 * sum(layer) + sum(layer[1:])


def engine_rate(big, settings, n: int) -> float:
    trainer = Trainer.from_settings(big, settings)
    trainer.run(3)  # buffers ready
    t0 = time.perf_counter()
    trainer.run(3 + n)
    return n / (time.perf_counter() - t0)


def bare_rate(big, settings, n: int) -> float:
    from playground.core.nn.network import initial_weights

    W0, W1 = initial_weights([12, 64, 1], settings.seed)
    X, Y = np.ascontiguousarray(big.X, dtype=float), np.ascontiguousarray(big.Y, dtype=float)
    bare_loop(X, Y, W0, W1, 3)
    t0 = time.perf_counter()
    bare_loop(X, Y, W0, W1, n)
    return n / (time.perf_counter() - t0)


def single_thread_matmul_gflops(size: int = 512, repeats: int = 7) -> float:
    a, b = np.random.default_rng(0).random((2, size, size))
    out = np.empty((size, size))
    with threadpool_limits(limits=1, user_api="blas"):
        np.dot(a, b, out)
        best = min(_timed(lambda: np.dot(a, b, out)) for _ in range(repeats))
    return 2 * size**3 / best / 1e9


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def big_table_figures(repeats: int, iterations: int) -> None:
    big, settings = big_table()
    rows, sizes = big.X.shape[0], [12, 64, 1]
    app_threads = threads.blas_threads_for(threads.largest_product_flops(rows, sizes), beside_window=True)
    engine, bare, default = [], [], []
    for r in range(repeats):  # interleaved, order alternating: the three see the same machine load
        with threadpool_limits(limits=app_threads, user_api="blas"):
            if r % 2:
                bare.append(bare_rate(big, settings, iterations))
                engine.append(engine_rate(big, settings, iterations))
            else:
                engine.append(engine_rate(big, settings, iterations))
                bare.append(bare_rate(big, settings, iterations))
        default.append(engine_rate(big, settings, iterations))  # NumPy's own choice: every core
    peak = single_thread_matmul_gflops()
    e, b, d = statistics.median(engine), statistics.median(bare), statistics.median(default)
    gflops = flops_per_iteration(rows, sizes) * e / 1e9
    print(f"  12 inputs x 4096 rows, hidden 64, {app_threads} BLAS thread(s) as the app pins: engine {e:,.0f} it/s, "
          f"bare NumPy loop {b:,.0f} it/s")
    print(f"  engine / bare NumPy throughput: {e / b:.3f} (median of {repeats}; per run "
          f"{', '.join(f'{x / y:.2f}' for x, y in zip(engine, bare))}; goal >= 0.9)")
    print(f"  achieved {gflops:.1f} GFLOP/s (products only) / single-thread 512x512 matmul {peak:.1f} GFLOP/s "
          f"= {gflops / peak:.2f}")
    print(f"  app's BLAS threads / NumPy's default ({threads.available_cores()} threads): {e / d:.2f}x the throughput "
          f"(default {d:,.0f} it/s)")


def stack_figures(repeats: int, iterations: int = 5000, count: int = 16) -> None:
    from playground.core.nn.network import Network
    from playground.core.nn.stack import NetworkStack

    dataset = get_preset("notebook").dataset()
    X, Y = np.ascontiguousarray(dataset.X), np.ascontiguousarray(dataset.Y)
    seeds, rates = list(range(1, count + 1)), [0.25 * (1 + j % 8) for j in range(count)]
    stacked, single, same = [], [], True
    for _ in range(repeats):
        t0 = time.perf_counter()
        stack = NetworkStack([3, 4, 1], seeds, learning_rates=rates)
        with np.errstate(all="ignore"):
            stack.steps(X, Y, iterations)
        stacked.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        nets = [Network([3, 4, 1], seed=s, learning_rate=r) for s, r in zip(seeds, rates)]
        with np.errstate(all="ignore"):
            for net in nets:
                net.steps(X, Y, iterations)
        single.append(time.perf_counter() - t0)
        same = same and all(np.array_equal(a, b) for j, net in enumerate(nets)
                            for a, b in zip(stack.network(j).weights, net.weights))
    ratio = statistics.median(s / t for s, t in zip(stacked, single))
    print(f"  {count} notebook networks, a seed and a learning rate each, {iterations} iterations: stacked / one by one "
          f"time {ratio:.3f} (median of {repeats}); each equals its single training bit for bit: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--iterations", type=int, default=200, help="iterations per big-table measurement")
    add_busy_option(parser)
    args = parser.parse_args()
    for name, loaded in phases(args.busy):
        with busy_machine(loaded, max_seconds=600):
            print(f"{name} machine{' (one CPU-bound background process)' if loaded else ''}:")
            notebook_contract(args.repeats)
            big_table_figures(args.repeats, args.iterations)
            stack_figures(args.repeats)


if __name__ == "__main__":
    main()

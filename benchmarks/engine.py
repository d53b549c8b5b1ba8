"""Engine speed against the notebook's own loop, measured in the same run.

    python benchmarks/engine.py [--repeats 5]

Prints the ratio engine time / notebook time for the notebook preset
(60000 iterations, hidden 4): goal <= 0.8, must be <= 1.0. Runs are
interleaved and the median is taken, since this machine is shared and noisy.
Also prints iterations per second for a 12-input, 4096-row truth table with
64 hidden units.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from playground.core.dataset import generate
from playground.core.presets import get_preset
from playground.core.settings import Settings
from playground.core.training import Trainer


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    preset = get_preset("notebook")
    dataset, settings = preset.dataset(), preset.settings
    X_int = dataset.X.astype(int)  # the notebook's arrays are integer arrays
    y_int = dataset.Y.astype(int)
    engine_times, notebook_times = [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        nb = notebook_loop(X_int, y_int)
        notebook_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ours = engine_run(dataset, settings)
        engine_times.append(time.perf_counter() - t0)
    ratios = [e / n for e, n in zip(engine_times, notebook_times)]
    print(f"notebook loop, 60000 iterations: median {statistics.median(notebook_times) * 1e3:.0f} ms")
    print(f"engine (notebook preset):        median {statistics.median(engine_times) * 1e3:.0f} ms")
    print(f"engine / notebook time ratio: {statistics.median(ratios):.3f} (median of {args.repeats} interleaved pairs; "
          f"min {min(ratios):.3f}, max {max(ratios):.3f}; goal <= 0.8, must be <= 1.0)")
    same = max(abs(float(a[6:]) - float(b[6:])) for a, b in zip(nb, ours))
    print(f"largest difference between the printed errors: {same:.1e}")

    big = generate([f"x{i}" for i in range(12)])
    big.values[:, -1] = big.X.sum(axis=1) % 2  # parity of 12 bits
    big_settings = Settings(hidden=(64,), iterations=200, log_every=100)
    trainer = Trainer.from_settings(big, big_settings)
    trainer.run(5)  # warm the buffers
    t0 = time.perf_counter()
    trainer.run(5 + big_settings.iterations)
    elapsed = time.perf_counter() - t0
    print(f"12 inputs x 4096 rows, hidden 64: {big_settings.iterations / elapsed:,.0f} iterations/s")


if __name__ == "__main__":
    main()

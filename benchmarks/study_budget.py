"""A study's memory and time, estimated before it starts against what it takes, per update rule.

    python benchmarks/study_budget.py [--repeats 3] [--iterations-scale 1.0] [--shape NAME] [--busy]

For each update rule (the notebook's, momentum, Adam, L2, mini-batches, held-out rows per
seed) and a few shapes (parameters-heavy, rows-heavy, tiny), one study runs here and prints:

  memory  estimated (budget.study_bytes, what Study checks before allocating) and measured
          (tracemalloc's peak: NumPy reports its arrays to it), their ratio, and the ratio
          the estimate before per-rule budgets gave (3 x parameters + 4 floats per unit-row);
  time    estimated (budget.study_seconds) and measured (Study.run, one BLAS thread, as the
          window's helper; the median of --repeats runs, every rule's runs interleaved), their
          ratio, and the ratio of the estimate before (one training's estimate_seconds x K,
          the same for every rule).

A ratio measured / estimated at most 1 means the estimate is on the safe side; the time
estimate aims at the long side on a busy 2-core machine (--busy runs everything again with
one CPU-bound process beside it).
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc

import numpy as np

from busy import add_busy_option, busy_machine, phases
from playground.core.helper import threads
from playground.core.training.budget import estimate_seconds, study_bytes, study_seconds
from playground.core.data.dataset import Dataset
from playground.core.data.held_out import held_out_count
from playground.core.data.presets import get_preset
from playground.core.nn.rules import Rule
from playground.core.data.settings import Settings
from playground.core.training.study import Study, record_every_for

RULES = {
    "notebook": dict(),
    "momentum": dict(optimizer="momentum", learning_rate=0.01),
    "adam": dict(optimizer="adam", learning_rate=0.001),
    "l2": dict(l2=0.001),
    "batch 64": dict(batch_size=64),
    "adam batch 64": dict(optimizer="adam", learning_rate=0.001, batch_size=64),
    "held out 25%": dict(test_fraction=0.25),
}


def table(rows: int, n_in: int, n_out: int) -> Dataset:
    rng = np.random.default_rng(0)
    return Dataset.from_arrays(rng.random((rows, n_in)), (rng.random((rows, n_out)) > 0.5).astype(float))


SHAPES = [  # name, dataset, hidden, seeds, iterations
    ("parameters-heavy 8-256-256-1, 32 rows", lambda: table(32, 8, 1), (256, 256), 16, 150),
    ("rows-heavy 4-16-1, 4,096 rows", lambda: table(4096, 4, 1), (16,), 16, 150),
    ("mixed 8-64-32-2, 1,024 rows", lambda: table(1024, 8, 2), (64, 32), 16, 150),
    ("tiny: the notebook preset 3-4-1, 4 rows", lambda: get_preset("notebook").dataset(), (4,), 64, 3000),
]


def old_bytes(sizes, rows, count) -> int:
    """The study's estimate before per-rule budgets (the gradient descent's parameters only)."""
    params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
    return 8 * count * (3 * params + rows * (sum(sizes[1:]) * 4 + sizes[-1]))


def timed(dataset: Dataset, settings: Settings, count: int, fraction) -> float:
    study = Study(dataset, settings, count, test_fraction=fraction)
    t0 = time.perf_counter()
    study.run()
    return time.perf_counter() - t0


def peak_bytes(dataset: Dataset, settings: Settings, count: int, fraction) -> int:
    """tracemalloc's peak over making, running and measuring a study."""
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    study = Study(dataset, settings, count, test_fraction=fraction)
    study.run()
    study.final_errors()
    study.final_test_errors()
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak


def measure(dataset: Dataset, hidden, count: int, iterations: int, rules: dict, repeats: int) -> dict:
    """Per rule: the estimates and the measured peak and (median, runs interleaved) time."""
    out = {}
    times: dict[str, list[float]] = {name: [] for name in rules}
    cases = {}
    for name, kw in rules.items():
        kw = dict(kw)
        fraction = kw.pop("test_fraction", None)
        settings = Settings(hidden=hidden, iterations=iterations, log_every=max(1, iterations // 10), bias=True, **kw)
        cases[name] = settings, fraction
    for _ in range(repeats):  # interleaved: a busy spell slows every rule, not one
        for name, (settings, fraction) in cases.items():
            times[name].append(timed(dataset, settings, count, fraction))
    sizes = [dataset.X.shape[1], *hidden, dataset.Y.shape[1]]
    for name, (settings, fraction) in cases.items():
        rule, own = Rule.from_settings(settings), fraction is not None
        rows = dataset.n_rows - (held_out_count(fraction, dataset.n_rows) if own else 0)
        short = settings.with_(iterations=min(iterations, 40))  # the peak comes within a few chunks
        peak = peak_bytes(dataset, short, count, fraction)
        records = -(-short.iterations // record_every_for(short.iterations, short.log_every)) + 1
        out[name] = {
            "peak": peak,
            "bytes": study_bytes(sizes, rows, count, rule, bias=True, own_rows=own, table_rows=dataset.n_rows,
                                 records=records),
            "old_bytes": old_bytes(sizes, rows, count),
            "seconds": statistics.median(times[name]),
            "estimate": study_seconds(sizes, rows, count, iterations, rule, bias=True, own_rows=own),
            "old_estimate": estimate_seconds(rows, sizes, iterations) * count,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations-scale", type=float, default=1.0, help="run every study this much longer")
    parser.add_argument("--shape", help="only the shapes whose name contains this")
    parser.add_argument("--repeats", type=int, default=3, help="time each study this many times (median)")
    add_busy_option(parser)
    args = parser.parse_args()
    threads.pin_blas_threads(1)  # as the window's helper runs a study
    for name, loaded in phases(args.busy):
        with busy_machine(loaded, max_seconds=900):
            print(f"== {name} machine{' (one CPU-bound background process)' if loaded else ''} ==")
            for shape, make, hidden, count, iterations in SHAPES:
                if args.shape and args.shape not in shape:
                    continue
                iterations = max(1, int(iterations * args.iterations_scale))
                print(f"\n{shape}: {count} seeds x {iterations:,} iterations")
                print(f"  {'rule':14s} {'memory: measured':>17s} {'estimated':>10s} {'ratio':>6s} {'before':>7s}   "
                      f"{'time: measured':>15s} {'estimated':>10s} {'ratio':>6s} {'before':>7s}")
                for rule, r in measure(make(), hidden, count, iterations, RULES, args.repeats).items():
                    print(f"  {rule:14s} {r['peak'] / 2**20:14.1f} MB {r['bytes'] / 2**20:7.1f} MB "
                          f"{r['peak'] / r['bytes']:6.2f} {r['peak'] / r['old_bytes']:7.2f}   "
                          f"{r['seconds']:13.2f} s {r['estimate']:8.2f} s {r['seconds'] / r['estimate']:6.2f} "
                          f"{r['seconds'] / r['old_estimate']:7.2f}")
    print("\nratio = measured / estimated (at most 1: the estimate is on the safe side); before = measured / "
          "the estimate before per-rule budgets")


if __name__ == "__main__":
    main()

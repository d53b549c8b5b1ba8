"""Atlas speed: 8,192 networks x 10,000 iterations against a plain NumPy batched loop, in the same run.

    python benchmarks/atlas.py [--quick] [--workers 2] [--baseline-iterations N]

The grid of the acceptance: 128 seeds x 16 learning rates log-spaced 0.01-100 x hidden {2, 3, 4, 8} on XOR
(the xor preset: 2 inputs, sigmoid, bias, gradient descent, 4 rows), 10,000 iterations each: 8,192
networks, 81.92 M network-iterations. Prints, for the atlas (``compute`` with ``--workers`` processes,
default 2: both cores) and for a straightforward plain-NumPy batched loop written here (all networks of
one hidden size stacked on a leading axis, ``@`` and fresh arrays, one BLAS thread, one process):

  * wall seconds, CPU seconds (this process and its children), network-iterations per second of wall
    time and per CPU-second (the machine is shared: the CPU figure is the one that does not depend on
    how busy it is), and the 1-minute load average before and after;
  * the ratios atlas / baseline (goal: wall <= 20 s on a 2-core machine, >= 4x the baseline);
  * whether random cells are bit-identical to single trainings (core Trainer, as ``train`` runs them),
    and how far the baseline's final errors are from the atlas's (a check that it computes the same thing).

``--quick``: 32 seeds x 16 rates x {2, 4} x 3,000 iterations (seconds, for a smoke test).
``--baseline-iterations N``: time the baseline on N iterations only and scale to the full count (its cost
per iteration is constant); the default runs it in full. ``--rounds N``: the atlas and the baseline in turn N
times, each round's ratios and their medians (on a shared machine one round's ratio moves with the load).

Measured 7 Dec 2026, afternoon (the machine shared with GUI start-up measurements in bursts), after the
spread delta (3+ hidden units), the flat element-wise calls, the held loop and the balanced last chunk
(fast_loop.py, engine.py, compute.py): in turn with main's code, ``--rounds 1`` three times each, load
average 1.1-1.6: atlas 7.0, 7.5 and 11.2 s wall, 13.7, 13.8 and 14.7 CPU-seconds, against main's 9.6, 8.3
and 10.4 s, 16.2, 15.7 and 16.1 CPU-seconds; the plain loop 31.0-35.0 s in the same rounds; ratios 4.4,
4.6 and 2.9x by wall time (2.3, 2.5, 2.1x by CPU time) against main's 3.2, 4.0 and 3.4x (1.9, 2.1, 2.1x); the
2.9 and 3.4 in a burst of other work. Per network-iteration (CPU, 2,048 XOR networks, main and this code
in turn 4 times): h2 122 -> 122 ns, h3 156 -> 149, h4 167 -> 152, h8 214 -> 199; the largest process of
the 2 (CPU-seconds, in turn 3 times): 7.67-7.79 -> 6.82-6.88. ``--rounds 4`` four times in the next hour,
each started at load average 0.6-1.1, each overtaken by other jobs (a test run with pytest -n auto among
them; load average 2.4-4.6 at the end): by wall time 3.5, 2.2, 1.7, 2.1x; 2.2, 2.2, 4.1, 2.2x; 2.0, 2.0, 2.1,
2.1x; 3.3, 2.3, 1.7, 2.0x; by CPU time 1.7-2.2x: the atlas's two processes got about one core between them,
the plain loop a whole one. No quiet --rounds run this afternoon: re-run on a quiet machine. Two more pairs in
turn at 15:03-15:06 (load average 0.65-1.1, the plain loop slower that hour: 33-36 s): this code 3.9x
(8.4 s, 16.5 CPU-s) and 4.5x (8.0 s, 15.8 CPU-s), main 3.7x (9.7 s, 18.5 CPU-s) and 3.6x (10.0 s, 18.7 CPU-s).

Fast loop (playground/core/atlas/fast_loop.py): tried and dropped (measured slower, though bit-identical where this OpenBLAS was checked): for a table of
0s and 1s, the first layer's ``X @ W[0]`` and ``X.T @ delta[0]`` as sums of weights (OpenBLAS's small
products add one fused multiply-add at a time from +0, and with 0/1 inputs each product is exact); and
element-wise calls iterated with the networks' axis innermost (the per-network products then need
copies). The second layer's products (``a[1] @ W[1]``, ``a[1].T @ delta[1]``) stay one BLAS call per
network (35-45 ns each, half of what is left): OpenBLAS fuses their multiply-adds in an order of its
own, which NumPy's element-wise operations cannot reproduce. Also slower (7 Dec 2026, in turn with the
kept code): the output layer stored network by network in "copy" (h2 +3%, h3 +7%: its bias add and
row adds get short inner loops). The gradient from the strided delta[1] without its copy gives other bits
for 2 or 3 units (choose_layout then keeps "narrow": +50%).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import time

import numpy as np
from threadpoolctl import threadpool_limits

from playground.core.atlas.compute import compute
from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.data.presets import get_preset
from playground.core.nn.network import initial_weights
from playground.core.training.training import Trainer


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the atlas's worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def plain_loop(X, Y, W0, b0, W1, b1, lr, n):
    """The baseline: the notebook's maths with a leading axis of networks, written plainly."""
    for _ in range(n):
        l1 = 1 / (1 + np.exp(-(X @ W0 + b0)))
        l2 = 1 / (1 + np.exp(-(l1 @ W1 + b1)))
        l2_delta = (Y - l2) * (l2 * (1 - l2))
        l1_delta = (l2_delta @ W1.transpose(0, 2, 1)) * (l1 * (1 - l1))
        W1 += lr * (l1.transpose(0, 2, 1) @ l2_delta)
        b1 += lr * l2_delta.sum(axis=1, keepdims=True)
        W0 += lr * (X.T @ l1_delta)
        b0 += lr * l1_delta.sum(axis=1, keepdims=True)
    l1 = 1 / (1 + np.exp(-(X @ W0 + b0)))
    return np.abs(Y - 1 / (1 + np.exp(-(l1 @ W1 + b1)))).mean(axis=(1, 2))


def baseline(grid: Grid, iterations: int) -> tuple[float, float, dict]:
    """Wall and CPU seconds of the plain loop over every cell of the grid, and its final errors by cell."""
    X, Y = grid.dataset.X, grid.dataset.Y
    groups: dict = {}
    for cell in grid.cells():
        groups.setdefault(cell.settings.hidden, []).append(cell)
    wall = cpu = 0.0
    finals = {}
    with threadpool_limits(1), np.errstate(all="ignore"):
        for hidden, cells in groups.items():
            sizes = [X.shape[1], *hidden, Y.shape[1]]
            starts = [initial_weights(sizes, c.seed) for c in cells]
            W0, W1 = (np.stack([s[k] for s in starts]) for k in range(2))
            b0, b1 = np.zeros((len(cells), 1, hidden[0])), np.zeros((len(cells), 1, 1))
            lr = np.array([c.settings.learning_rate for c in cells]).reshape(-1, 1, 1)
            t0, c0 = time.perf_counter(), time.process_time()
            errors = plain_loop(X, Y, W0, b0, W1, b1, lr, iterations)
            wall += time.perf_counter() - t0
            cpu += time.process_time() - c0
            finals.update({c.index: e for c, e in zip(cells, errors)})
    return wall, cpu, finals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small grid, for a smoke test")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline-iterations", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=1, help="atlas then baseline this many times (the machine is "
                        "shared: the ratio of each round, and their median)")
    args = parser.parse_args()
    xor = get_preset("xor")
    seeds, rates, hidden, iterations = (32, 16, ((2,), (4,)), 3000) if args.quick else (
        128, 16, ((2,), (3,), (4,), (8,)), 10_000)
    grid = Grid(xor.dataset(), xor.settings, [Axis("seed", tuple(range(1, seeds + 1))),
                                              Axis("learning_rate", log_space(0.01, 100, rates), log=True),
                                              Axis("hidden", hidden)], iterations=iterations)
    work = grid.size * iterations
    print(f"atlas benchmark: {grid.size:,} networks x {iterations:,} iterations = {work / 1e6:.2f} M "
          f"network-iterations; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    def line(name, wall, cpu):
        print(f"  {name:<34} wall {wall:7.1f} s ({work / wall / 1e6:5.2f} M net-it/s)   "
              f"CPU {cpu:7.1f} s ({work / cpu / 1e6:5.2f} M net-it per CPU-s)")

    ratios = []
    for round_ in range(1, args.rounds + 1):
        if args.rounds > 1:
            print(f" round {round_} of {args.rounds}")
        t0, c0 = time.perf_counter(), cpu_seconds()
        records = compute(grid, workers=args.workers)
        atlas_wall, atlas_cpu = time.perf_counter() - t0, cpu_seconds() - c0
        load_mid = os.getloadavg()[0]

        base_its = iterations if args.baseline_iterations is None else min(iterations, args.baseline_iterations)
        base_wall, base_cpu, base_finals = baseline(grid, base_its)
        scale = iterations / base_its
        base_wall, base_cpu = base_wall * scale, base_cpu * scale

        line(f"atlas, {args.workers} processes", atlas_wall, atlas_cpu)
        line("plain NumPy batched loop, 1 thread" + (" (scaled)" if scale != 1 else ""), base_wall, base_cpu)
        print(f"  load average: {load_mid:.1f} after the atlas, {os.getloadavg()[0]:.1f} at the end")
        print(f"  atlas / baseline: {base_wall / atlas_wall:.1f}x by wall time (goal >= 4), "
              f"{base_cpu / atlas_cpu:.1f}x by CPU time; atlas wall {atlas_wall:.1f} s (goal <= 20 s on 2 idle cores; "
              f"its CPU time over {args.workers} idle cores: {atlas_cpu / args.workers:.1f} s)")
        ratios.append((base_wall / atlas_wall, base_cpu / atlas_cpu, atlas_wall))
    if args.rounds > 1:
        walls, cpus, seconds = (sorted(r[k] for r in ratios) for k in range(3))
        print(f" {args.rounds} rounds: atlas / baseline by wall time {', '.join(f'{w:.1f}' for w, _c, _s in ratios)}x "
              f"(median {statistics.median(walls):.1f}); by CPU time median {statistics.median(cpus):.1f}x; "
              f"atlas wall median {statistics.median(seconds):.1f} s")

    same = 0
    for r in random.Random(0).sample(records, 8):
        cell = grid.cell(r.index)
        trainer = Trainer.from_settings(grid.dataset, cell.settings)
        trainer.run(cell.settings.iterations)
        same += r.final_error == trainer.final_error()
    print(f"  bit-identical to single trainings: {same} of 8 random cells")
    if scale == 1:
        diff = max(abs(r.final_error - base_finals[r.index]) for r in records if np.isfinite(r.final_error))
        print(f"  largest |atlas - baseline| final error: {diff:.2g}")
    counts = {}
    for r in records:
        counts[r.main_label] = counts.get(r.main_label, 0) + 1
    print("  main labels: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()

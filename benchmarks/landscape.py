"""Loss-landscape speed: a 101 x 101 exact slice of the notebook network, vectorised against a per-point loop.

    python benchmarks/landscape.py [--repeats 5] [--grid 101]

The notebook preset (3-4-1, sigmoid, 4 rows) after 60,000 iterations; the slice over syn0[0, 1] and
syn1[2, 0]. The vectorised slice (core/landscape/slice.py ``error_slice``: all n * n networks in one
stacked forward pass) against the baseline of n * n single networks, each with the two weights set,
predicted one by one (``Network.predict``). Prints both (CPU seconds, median of the repeats: the machine
is shared), their ratio (goal: the slice <= 1 s), and that both give the same grid to 1e-12. Also the
sharpness curve ``train --sharpness`` adds (101 points) and a 101 x 101 random-direction plane.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from playground.core.data.presets import get_preset
from playground.core.landscape.sharpness import curve_of_states, states_every
from playground.core.landscape.slice import direction_slice, error_slice, random_directions
from playground.core.landscape.weights import parse_weight
from playground.core.training.run_record import Checkpoint, trainer_from


def per_point(dataset, settings, state, r1, r2, v1, v2) -> np.ndarray:
    """The baseline: one network per grid point, its two weights set, predicted on its own."""
    X, Y, _, _ = dataset.split()
    net = trainer_from(dataset, settings, state).network
    out = np.empty((len(v1), len(v2)))
    for i, x in enumerate(v1):
        for j, y in enumerate(v2):
            net.weights[r1.layer][r1.i, r1.j] = x
            net.weights[r2.layer][r2.i, r2.j] = y
            out[i, j] = np.mean(np.abs(Y - net.predict(X)))
    return out


def cpu(f):
    t0 = time.process_time()
    result = f()
    return time.process_time() - t0, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--grid", type=int, default=101)
    args = parser.parse_args()
    p = get_preset("notebook")
    dataset, settings = p.dataset(), p.settings
    trainer = trainer_from(dataset, settings, None)
    trainer.run(settings.iterations)
    state = Checkpoint.from_network(trainer.network)
    r1, r2 = (parse_weight(w, trainer.network.sizes, False) for w in ("syn0[0, 1]", "syn1[2, 0]"))
    n = args.grid
    fast, slow = [], []
    for _ in range(args.repeats):  # interleaved, so both see the same load
        t, land = cpu(lambda: error_slice(dataset, settings, state, r1, r2, (-8, 8), (-12, 4), n))
        fast.append(t)
        t, grid = cpu(lambda: per_point(dataset, settings, state, r1, r2, *land.coordinates))
        slow.append(t)
    a, b = statistics.median(fast), statistics.median(slow)
    print(f"{n} x {n} exact slice of the notebook network (CPU seconds, median of {args.repeats}):")
    print(f"  vectorised   {a:.4f} s   (goal <= 1 s)")
    print(f"  per point    {b:.4f} s")
    print(f"  ratio        {b / a:.0f}x faster; largest difference {np.max(np.abs(land.errors - grid)):.1e}")
    d = random_directions(state, 0)
    t, _ = cpu(lambda: direction_slice(dataset, settings, state, d, (-1, 1), (-1, 1), n))
    print(f"{n} x {n} random-direction plane: {t:.4f} s")
    t, states = cpu(lambda: states_every(dataset, settings, settings.iterations, settings.iterations // 100))
    t2, curve = cpu(lambda: curve_of_states(dataset, settings, states))
    print(f"sharpness curve of {len(states)} points (train --sharpness): states {t:.3f} s, power iterations "
          f"{t2:.3f} s, all converged: {bool(curve.converged.all())}")


if __name__ == "__main__":
    main()

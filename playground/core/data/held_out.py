"""Held-out rows chosen by a fraction: which rows a seed keeps out of training.

``--test-fraction F`` holds out ``count = round(F * n)`` of the n rows (at least one, never
all), the first ``count`` of

    RandomState(seed + 2).permutation(n)

where ``seed`` is the run's seed: ``RandomState(seed)`` draws the starting weights and
``RandomState(seed + 1)`` the mini-batch order (batches.py). The choice belongs to the
seed, so a study's network j (seed S + j) holds out the rows that a single training with
seed S + j holds out: the study is K single trainings.
"""

from __future__ import annotations

import numpy as np


def held_out_count(fraction: float, n_rows: int) -> int:
    """round(fraction * n_rows) rows, at least 1 and at most n_rows - 1."""
    if not 0 < fraction < 1:
        raise ValueError(f"the fraction of held-out rows must be between 0 and 1, got {fraction}")
    return min(max(1, round(fraction * n_rows)), n_rows - 1)


def held_out_mask(fraction: float, n_rows: int, seed: int) -> np.ndarray:
    """One bool per row, True for the rows a run with this seed holds out (see the module docstring)."""
    test = np.zeros(n_rows, dtype=bool)
    test[np.random.RandomState(seed + 2).permutation(n_rows)[:held_out_count(fraction, n_rows)]] = True
    return test


__all__ = ["held_out_count", "held_out_mask"]

"""Resource budgets: what a job will need, estimated before anything is allocated.

A training keeps, per row of the table, every layer's outputs, its deltas and a
scratch array, and the activation functions make a temporary or two: about
``FLOATS_PER_UNIT`` float64 numbers per row for every unit after the inputs
(rows x widest layer x depth, summed over the layers), plus the table itself, the
weight timeline (at most ``timeline.MEMORY_BUDGET``) and the error history (a few
thousand points). That estimate is compared with ``MEMORY_BUDGET`` before the job
starts; over it, :class:`BudgetError` says the size and the limit in one line.

Time: one iteration does about 3 multiply-adds per weight per row (forward, the
delta sent back, the weight update), a few element-wise operations per unit per row
(the activation and its slope: exp is the costly one) and a fixed cost per layer per
call that dominates on small tables (NumPy's call overhead). ``estimate_seconds``
turns that into seconds with rates measured on this project's 2-core test machine
while busy (65,536 rows x 16-256-1: 1.8 s an iteration measured, 2.1 s estimated), so
it errs on the long side; a training estimated over ``LONG_RUN_SECONDS`` is announced
before it starts.
"""

from __future__ import annotations

from typing import Sequence

from playground.core.timeline import MEMORY_BUDGET as TIMELINE_BYTES

MEMORY_BUDGET = 1024 * 2**20  # bytes one training (or one study) may use
FLOATS_PER_UNIT = 5  # per row and per unit: output, delta, scratch and the activation's temporaries
LONG_RUN_SECONDS = 180.0  # "a few minutes": longer trainings are announced before they start
MULTIPLY_ADDS_PER_SECOND = 0.8e9  # one busy core, large matrices
SECONDS_PER_UNIT_ROW = 60e-9  # element-wise work (activation, slope, delta) per unit per row and iteration
SECONDS_PER_LAYER_CALL = 12e-6  # NumPy's per-call overhead, per layer and iteration, forward and back


class BudgetError(ValueError):
    """A job that would need more than its budget; the message names the size and the limit."""


def _mb(n: float) -> str:
    return f"{n / 2**30:,.1f} GB" if n >= 2**30 else f"{n / 2**20:,.0f} MB"


def training_bytes(rows: int, sizes: Sequence[int]) -> int:
    """About the memory one training of a network of these layer sizes takes on ``rows`` rows."""
    units = sum(sizes[1:])
    params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
    table = rows * (sizes[0] + sizes[-1]) * 8 * 2  # X and Y, and the dataset they came from
    history = 2 * 2048 * 8 + 100_000 * 16  # the error curve and at most 100,000 Error: lines
    return table + rows * units * FLOATS_PER_UNIT * 8 + 4 * params * 8 + min(TIMELINE_BYTES, 64 * params * 8) + history


def check_training(rows: int, sizes: Sequence[int], budget: int = MEMORY_BUDGET) -> None:
    """BudgetError when a training of these sizes would not fit the memory budget."""
    need = training_bytes(rows, sizes)
    if need > budget:
        widest = max(sizes[1:])
        raise BudgetError(f"this training would need about {_mb(need)} of memory ({rows:,} rows x "
                          f"{sum(sizes[1:]):,} units, widest layer {widest}); the limit is {_mb(budget)}: "
                          "use fewer rows or smaller hidden layers")


def estimate_seconds(rows: int, sizes: Sequence[int], iterations: int) -> float:
    """A rough, pessimistic estimate of how long ``iterations`` iterations take."""
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    per_iteration = (3 * rows * weights / MULTIPLY_ADDS_PER_SECOND + rows * sum(sizes[1:]) * SECONDS_PER_UNIT_ROW
                     + 2 * (len(sizes) - 1) * SECONDS_PER_LAYER_CALL)
    return iterations * per_iteration


def describe_duration(seconds: float) -> str:
    """'about 4 minutes', 'about 3 hours', 'about 2 days'."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= 1.5 * size or unit == "minute":
            n = max(1, round(seconds / size))
            return f"about {n:,} {unit}{'s' if n != 1 else ''}"
    return "about a minute"


def long_run_warning(rows: int, sizes: Sequence[int], iterations: int) -> str | None:
    """A sentence announcing a training estimated to take more than a few minutes, or None."""
    seconds = estimate_seconds(rows, sizes, iterations)
    if seconds <= LONG_RUN_SECONDS:
        return None
    return (f"this training of {iterations:,} iterations on {rows:,} rows (layers "
            f"{'-'.join(map(str, sizes))}) will take {describe_duration(seconds)} (a rough estimate); "
            "fewer iterations, fewer rows or smaller hidden layers make it shorter")


def memory_message(job: str) -> str:
    """What to say when a MemoryError happens anyway."""
    return (f"there is not enough memory for {job}; the limit is {_mb(MEMORY_BUDGET)} and this machine had "
            "less free: use fewer rows or smaller hidden layers")


__all__ = ["MEMORY_BUDGET", "LONG_RUN_SECONDS", "BudgetError", "training_bytes", "check_training",
           "estimate_seconds", "describe_duration", "long_run_warning", "memory_message"]

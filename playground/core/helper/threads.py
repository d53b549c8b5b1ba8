"""How many BLAS threads a job gets, and pinning them (with threadpoolctl).

NumPy's OpenBLAS starts one thread per core and spreads every matrix product over
all of them. Its threads wait for each other at the end of each product, spinning.
That only pays when a product is big and every core is free: measured on a 2-core
machine (benchmarks/engine.py prints these figures again), the 12-input x 4,096-row
table with 64 hidden units trains at about the same speed with one or two threads
on an idle machine, but with one other busy program two threads fall to a fraction
of one thread's speed, because each product waits for its slowest thread and that
thread shares a core. The window's own process paints beside the training helper,
so the app would compete with itself.

The rule, per job:

* beside the window (the training helper, a study started from the window, the
  window itself): always one thread. The app's products are small (at most a few
  hundred thousand multiply-adds a row block) and a core is kept free for painting;
* headless (``nn-playground train`` / ``study``): one thread, unless the largest
  product of an iteration has at least ``BIG_PRODUCT_FLOPS`` and other cores are
  idle (the 1-minute load average says how many are busy); then one thread per
  ``BIG_PRODUCT_FLOPS``, at most the idle cores. Results agree to 1e-12 whatever
  the count (OpenBLAS splits a product by rows and columns, not along the sum).

Pinning is process-wide and lasts (each helper process runs one kind of work).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

# A product of at least this many floating-point operations (2 * m * k * n) gains from a
# second thread on an idle machine (measured: 4096x256 @ 256x256 trains 1.3-1.6x faster
# with two threads idle, 4096x12 @ 12x64 only ~1.1x, and both lose when a core is busy).
BIG_PRODUCT_FLOPS = 2 * 10**8


def largest_product_flops(rows: int, sizes: Sequence[int], networks: int = 1) -> int:
    """Flops of the largest single BLAS call in one training iteration.

    Forward ``a[k] @ W[k]`` is (rows, n_k) @ (n_k, n_k+1): 2 * rows * n_k * n_k+1, the
    same as the update ``a[k].T @ delta[k]``. A study of K networks multiplies the
    shared first layer for all K at once: (rows, n0) @ (n0, K * n1)."""
    layer_flops = [2 * rows * a * b for a, b in zip(sizes[:-1], sizes[1:])]
    if not layer_flops:
        return 0
    return max([layer_flops[0] * max(1, networks)] + layer_flops[1:])


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def idle_cores() -> int:
    """Cores not busy with other programs, from the 1-minute load average (all of them if unknown)."""
    cores = available_cores()
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        return cores
    return max(1, min(cores, cores - int(round(busy))))


def blas_threads_for(flops: int, *, beside_window: bool, idle: int | None = None) -> int:
    """The number of BLAS threads for a job whose largest product has ``flops`` (see the module's rule)."""
    if beside_window or flops < BIG_PRODUCT_FLOPS:
        return 1
    idle = idle_cores() if idle is None else idle
    return max(1, min(idle, flops // BIG_PRODUCT_FLOPS))


def pin_blas_threads(n: int) -> None:
    """Limit every BLAS library loaded in this process to ``n`` threads (from now on)."""
    from threadpoolctl import threadpool_limits  # imported when a job starts, not at start-up

    threadpool_limits(limits=max(1, int(n)), user_api="blas")


def pin_for_job(rows: int, sizes: Sequence[int], *, networks: int = 1, beside_window: bool) -> int:
    """Choose and pin the BLAS threads for one training or study; returns the count."""
    n = blas_threads_for(largest_product_flops(rows, sizes, networks), beside_window=beside_window)
    pin_blas_threads(n)
    return n


def blas_info() -> list[dict]:
    """threadpoolctl's description of the BLAS libraries in this process (their ``num_threads``)."""
    from threadpoolctl import threadpool_info

    return [dict(d) for d in threadpool_info() if d.get("user_api") == "blas"]


@dataclass(frozen=True)
class ThreadsQuery:
    """Sent to a helper process: which BLAS threads do you run? (answered with a ThreadsReport)"""


@dataclass(frozen=True)
class ThreadsReport:
    """A helper's answer: threadpoolctl's description of its BLAS libraries (``num_threads`` each)."""

    blas: list[dict]


__all__ = ["ThreadsQuery", "ThreadsReport", "BIG_PRODUCT_FLOPS", "available_cores", "blas_info", "blas_threads_for", "idle_cores",
           "largest_product_flops", "pin_blas_threads", "pin_for_job"]

"""Computing an atlas: the grid cut into chunks of cells of one shape, trained here, in processes or on Dask.

API (``playground.core.atlas.compute``)::

    compute(grid, *, backend="local", workers=None, scheduler=None, on_records=None, should_stop=None)
        -> list[CellRecord]
        Every cell's record, in grid order. backend "local": ``workers`` processes (default: the
        cores; 1 trains in this process); "dask": chunks of cells as tasks on a dask.distributed
        cluster (``scheduler`` its address, else a LocalCluster of ``workers`` workers).
        ``on_records(list)`` gets each chunk's records as it finishes; ``should_stop()`` is asked
        between chunks (and between iterations in this process): a stop returns the records so far.
    chunks(grid, indices=None, size=None) -> list[list[int]]
        flat cell numbers cut into chunks: each chunk one shape (one NetworkStack), at most ``size``
        cells, the costliest first
    shares(grid, n, indices=None) -> list[tuple]    cells dealt to n helpers (whole shape chunks, balanced)
    run_chunk(grid, indices) -> list[CellRecord]     one chunk trained (a task of either backend)
    AtlasJob(job_id, grid, indices)                  a helper job: .serve_in_helper(pulse)

With processes and the default cut, the last (cheapest) chunk is cut into pieces for the processes that
are free first, so that all end at about the same time (``_balanced``, from the estimated cost of each
chunk).

Every backend computes every cell with :func:`~playground.core.atlas.engine.train_cells`, whose numbers
depend on the cell alone (grid.py's seed rule; NetworkStack is bit for bit a single training), so the
records are the same however the grid is cut, on one process, two, or a cluster. What crosses to a
process or a Dask worker is the Grid (built by our code from a table and settings) and a list of cell
numbers, pickled by us; nothing a user or a file supplies is ever unpickled.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from playground.core.atlas.engine import train_cells
from playground.core.atlas.grid import MAX_STACK, Grid
from playground.core.atlas.records import AtlasRecords, CellRecord

BACKENDS = ("local", "dask")
SEND_EVERY = 0.1  # seconds: a helper job sends at most ~10 messages a second, besides a stack's parts
MESSAGE_RECORDS = 64  # records a message at most: ~80 KB, unpickled in about a millisecond
QUICK_SECONDS = 2.0  # a grid estimated (pessimistically) below this trains in this process by default
MAX_WORKERS_PER_CORE = 4  # local processes (or LocalCluster workers) at most, per core
HELPER_STACK = 512  # cells a stack in a helper job: large enough to be fast, small enough that the map fills in
CHUNK_CELLS = 160  # a chunk's own cost (its setup and records, and the calls of its loop whatever its size) in
#                   cells of its shape: about this many more cells (XOR, measured: a network-iteration costs
#                   a + c / K with K the stack's cells, c / a about 160)
MIN_PIECE = 64  # _balanced cuts no piece smaller than this


def max_workers() -> int:
    """The most processes (or LocalCluster workers) an atlas starts on this machine: 4 a core."""
    return MAX_WORKERS_PER_CORE * (os.cpu_count() or 1)


def _cost(grid: Grid, flat: int) -> int:
    """A rough cost of a cell, to hand out the costliest chunks first (weights x training rows)."""
    s = grid.cell(flat).settings
    sizes = [len(grid.dataset.input_columns), *s.hidden, len(grid.dataset.target_columns)]
    return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + 8 * len(sizes)


def chunks(grid: Grid, indices: Sequence[int] | None = None, size: int | None = None) -> list[list[int]]:
    """The cells (flat numbers, default all) grouped by shape, each group cut into chunks of at most ``size``."""
    size = MAX_STACK if size is None else max(1, int(size))
    groups = grid.shape_groups(indices)
    out = []
    for members in groups.values():
        n = -(-len(members) // size)
        per = -(-len(members) // n)  # even chunks: 2 x 1024 rather than 2048 + 1
        out += [members[i:i + per] for i in range(0, len(members), per)]
    out.sort(key=lambda c: -len(c) * _cost(grid, c[0]))
    return out


def shares(grid: Grid, n: int, indices: Sequence[int] | None = None, size: int | None = None) -> list[tuple[int, ...]]:
    """The cells (default all) dealt to ``n`` helpers as AtlasJob indices: whole chunks of one shape (at most
    ``size``, default HELPER_STACK cells), the costliest first, each to the helper with the least so far."""
    load, out = [0] * max(1, n), [[] for _ in range(max(1, n))]
    for part in chunks(grid, indices, HELPER_STACK if size is None else size):
        k = load.index(min(load))
        out[k] += part
        load[k] += len(part) * _cost(grid, part[0])
    return [tuple(sorted(s)) for s in out if s]


def _balanced(grid: Grid, parts: list[list[int]], workers: int) -> list[list[int]]:
    """``parts`` (costliest first) with the last one cut so that ``workers`` processes that take the parts in
    order, each the next when it is free, end at about the same time: the earlier a process is estimated to be
    free, the larger its piece (pieces in decreasing size, as processes free up). With 4 shapes of 2,048 cells on
    2 processes (benchmarks/atlas.py) one process would otherwise train the costliest and the cheapest shape
    while the other waits for it a tenth of the time. Estimates: _cost per cell and CHUNK_CELLS a chunk; the
    cut changes no record (a cell's numbers do not depend on its chunk)."""
    if workers < 2 or len(parts) < 2:
        return parts
    free = [0.0] * workers
    for part in parts[:-1]:
        k = free.index(min(free))
        free[k] += (len(part) + CHUNK_CELLS) * _cost(grid, part[0])
    last, unit = parts[-1], _cost(grid, parts[-1][0])
    free.sort()
    m = workers
    while m > 1:  # the m processes free first share the last part and end together at `end`
        end = (sum(free[:m]) + (len(last) + m * CHUNK_CELLS) * unit) / m
        if end - free[m - 1] >= (MIN_PIECE + CHUNK_CELLS) * unit:
            break
        m -= 1
    if m < 2:
        return parts
    sizes = [int((end - f) / unit) - CHUNK_CELLS for f in free[:m]]
    sizes[0] += len(last) - sum(sizes)
    if min(sizes) < MIN_PIECE or sizes != sorted(sizes, reverse=True):
        return parts
    pieces, at = [], 0
    for size in sizes:
        pieces.append(last[at:at + size])
        at += size
    return parts[:-1] + pieces


def run_chunk(grid: Grid, indices: Sequence[int], should_stop: Callable[[], bool] | None = None):
    """Train one chunk of cells of one shape: their records (None when stopped)."""
    return train_cells(grid, [grid.cell(i) for i in indices], should_stop=should_stop)


def run_chunk_pinned(grid: Grid, indices: Sequence[int]) -> list[CellRecord]:
    """run_chunk with one BLAS thread (a worker process or a Dask task: the cores are used by processes)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return run_chunk(grid, indices)


def _one_blas_thread() -> None:
    """A worker process's start: one BLAS thread (the cores are used by processes); the engine is already
    imported by this module, so a worker has NumPy loaded before its first chunk arrives."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _start_pool(workers: int):
    """``workers`` spawned processes, started now: they import NumPy while this process cuts the grid."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter imports only core and NumPy (never a window's Qt, never a forked lock)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_one_blas_thread)
    pool.submit(int)  # the first task starts every process (spawned pools start them all at once)
    return pool


def compute(grid: Grid, *, backend: str = "local", workers: int | None = None, scheduler: str | None = None,
            on_records: Callable[[list[CellRecord]], None] | None = None,
            should_stop: Callable[[], bool] | None = None, chunk_size: int | None = None,
            processes: bool = True) -> list[CellRecord]:
    """Every cell's record, in grid order (module docstring); those finished so far when stopped.

    ``chunk_size``: at most this many cells a task (default: enough tasks for every worker);
    ``processes``: a Dask LocalCluster's workers are processes (False: threads of this process)."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    grid.check()
    if workers is None:  # the cores, unless the grid is done sooner than processes start
        workers = (os.cpu_count() or 1) if grid.estimated_seconds() > QUICK_SECONDS else 1
    workers = max(1, int(workers))
    if scheduler is None:  # processes of this machine: at most a few a core (1,000 would stall it)
        workers = min(workers, max_workers())
    chunk_size_given = chunk_size
    if chunk_size is None:  # enough chunks to keep every worker busy to the end, none larger than a stack
        chunk_size = min(MAX_STACK, max(64, -(-grid.size // (2 * workers))))
    # more cells than a chunk holds: several chunks for sure, so the processes start before the grid is cut
    pool = _start_pool(workers) if backend == "local" and workers > 1 and grid.size > chunk_size else None
    parts = chunks(grid, size=chunk_size)
    if pool is not None and chunk_size_given is None:
        parts = _balanced(grid, parts, workers)
    done: list[CellRecord] = []

    def take(records: list[CellRecord]) -> None:
        done.extend(records)
        if on_records is not None:
            on_records(records)

    if backend == "dask":
        from playground.core.atlas.dask_backend import run_on_dask

        run_on_dask(grid, parts, take, should_stop, scheduler=scheduler, workers=workers, processes=processes)
    elif pool is None and (workers == 1 or len(parts) == 1):
        for part in parts:
            records = run_chunk(grid, part, should_stop)
            if records is None:
                break
            take(records)
    else:
        _run_in_processes(pool or _start_pool(min(workers, len(parts))), grid, parts, take, should_stop)
    done.sort(key=lambda r: grid.flat(r.index))
    return done


def _run_in_processes(pool, grid: Grid, parts, take, should_stop) -> None:
    from concurrent.futures import FIRST_COMPLETED, wait

    with pool:
        pending = {pool.submit(run_chunk, grid, part) for part in parts}
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    take(future.result())
                if should_stop is not None and should_stop():
                    break
        finally:
            for future in pending:
                future.cancel()


@dataclass(frozen=True)
class AtlasJob:
    """A chunk of an atlas for a helper process (``HelperPool``): its cells trained there, its records sent
    back as :class:`AtlasRecords` as they finish (at most ~10 messages a second, the last with ``final``)."""

    job_id: int
    grid: Grid
    indices: tuple[int, ...]

    def serve_in_helper(self, pulse) -> None:
        """Train the cells, stacks of one shape at a time, asking ``pulse.should_stop()`` between chunks."""
        unsent: list[CellRecord] = []
        last = time.monotonic()
        stopped = False
        for part in chunks(self.grid, self.indices, HELPER_STACK):
            if pulse.should_stop():
                stopped = True
                break
            records = run_chunk(self.grid, part, pulse.should_stop)
            if records is None:
                stopped = True
                break
            unsent += records
            while len(unsent) > MESSAGE_RECORDS or (unsent and time.monotonic() - last >= SEND_EVERY):
                pulse.send(AtlasRecords(self.job_id, tuple(unsent[:MESSAGE_RECORDS]), False))
                unsent, last = unsent[MESSAGE_RECORDS:], time.monotonic()
        pulse.send(AtlasRecords(self.job_id, tuple(unsent), True, stopped))


__all__ = ["compute", "max_workers", "chunks", "shares", "run_chunk", "run_chunk_pinned", "AtlasJob", "AtlasRecords", "BACKENDS"]

"""The atlas on an existing distributed engine: dask.distributed (``pip install nn-playground[cluster]``).

``run_on_dask(grid, parts, take, should_stop, scheduler=None, workers=2)``: every chunk of cells (one
shape each, compute.chunks) is one task, ``compute.run_chunk(grid, indices)`` with one BLAS thread;
``take(records)`` gets each task's records as it completes (``as_completed``). With ``scheduler`` (an
address such as ``tcp://10.0.0.5:8786``) it uses that cluster, whose workers must have this package
installed; else it starts a ``LocalCluster`` of ``workers`` single-threaded workers and closes it after.
The records are the same as the local backend's (compute.py says why). The tasks carry the Grid, built
by our code, and lists of cell numbers: nothing a user supplies is pickled.
"""

from __future__ import annotations

import os
from typing import Callable

MISSING = ("the dask backend needs dask and distributed: pip install 'nn-playground[cluster]' "
           "(or pip install 'dask[distributed]')")


def run_on_dask(grid, parts, take: Callable, should_stop: Callable[[], bool] | None = None, *,
                scheduler: str | None = None, workers: int = 2, processes: bool = True) -> None:
    """Run every chunk as a Dask task (module docstring); stop handing out results when should_stop() says so."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError(MISSING) from None
    from playground.core.atlas.compute import run_chunk_pinned

    cluster = None
    if scheduler is None:
        # no more workers than chunks or than a few a core: 1,000 worker processes hung the machine
        workers = max(1, min(workers, len(parts), 4 * (os.cpu_count() or 1)))
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=10)
        except (OSError, ValueError, TypeError) as e:  # unreachable, or not an address at all ("garbage!!")
            raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        shared = client.scatter(grid, broadcast=True)  # sent to each worker once, not with every task
        futures = client.map(run_chunk_pinned, [shared] * len(parts), parts, pure=False)
        for future in as_completed(futures):
            take(future.result())
            if should_stop is not None and should_stop():
                client.cancel(futures)
                break
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


__all__ = ["run_on_dask", "MISSING"]

"""The atlas on dask.distributed: a LocalCluster of two workers gives the local backend's records."""

import pytest

from playground.core.atlas.compute import compute
from playground.core.atlas.dask_backend import run_on_dask
from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.data.presets import get_preset

pytest.importorskip("distributed")  # the cluster extra (pip install nn-playground[cluster]); CI's test extra has it


def test_a_local_cluster_of_two_workers_gives_the_local_records():
    xor = get_preset("xor")
    grid = Grid(xor.dataset(), xor.settings, [Axis("seed", (1, 2, 3, 4)), Axis("learning_rate", log_space(0.1, 100, 4)),
                                             Axis("activation", ("sigmoid", "relu"))], iterations=400)
    parts = []
    # threads of this process: quick to start; the tasks, their pickling and as_completed are the cluster's
    on_dask = compute(grid, backend="dask", workers=2, processes=False, chunk_size=4, on_records=parts.append)
    assert on_dask == compute(grid, workers=1)
    assert len(parts) == 8 and sum(len(p) for p in parts) == grid.size


def test_run_on_dask_hands_each_chunk_over_as_it_completes_and_stops_when_asked():
    xor = get_preset("xor")
    grid = Grid(xor.dataset(), xor.settings, [Axis("seed", tuple(range(1, 9)))], iterations=100)
    parts = [[i] for i in range(grid.size)]
    got = []
    run_on_dask(grid, parts, got.append, lambda: len(got) >= 2, workers=1, processes=False)
    assert 2 <= len(got) < len(parts)
    assert got[0] == compute(grid, workers=1)[got[0][0].index[0]:got[0][0].index[0] + 1]

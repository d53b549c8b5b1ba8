"""compute's balanced cut: the last chunk is shared by the processes that are free first, and no record changes."""

from playground.core.atlas import compute as compute_module
from playground.core.atlas.compute import _balanced, chunks, compute
from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.data.presets import get_preset

XOR = get_preset("xor")


def grid_of(seeds, rates, hidden, iterations):
    return Grid(XOR.dataset(), XOR.settings, [Axis("seed", tuple(range(1, seeds + 1))),
                                              Axis("learning_rate", log_space(0.01, 100, rates), log=True),
                                              Axis("hidden", hidden)], iterations=iterations)


def test_the_benchmark_grid_shares_its_cheapest_shape_between_the_two_processes():
    grid = grid_of(128, 16, ((2,), (3,), (4,), (8,)), 10_000)
    parts = chunks(grid, size=2048)
    cut = _balanced(grid, parts, 2)
    assert cut[:3] == parts[:3] and len(cut) == 5  # the costliest three stay whole
    assert len(cut[3]) > len(cut[4]) >= compute_module.MIN_PIECE and cut[3] + cut[4] == parts[3]
    assert sorted(i for part in cut for i in part) == list(range(grid.size))


def test_a_cut_that_would_not_pay_is_not_made():
    grid = grid_of(4, 4, ((2,), (3,)), 100)
    parts = chunks(grid, size=8)
    assert _balanced(grid, parts, 1) == parts and _balanced(grid, parts[:1], 2) == parts[:1]
    assert _balanced(grid, parts, 2) == parts  # pieces would be smaller than MIN_PIECE


def test_two_processes_with_a_balanced_cut_give_the_records_of_one(monkeypatch):
    monkeypatch.setattr(compute_module, "MIN_PIECE", 1)
    monkeypatch.setattr(compute_module, "CHUNK_CELLS", 1)
    grid = grid_of(4, 6, ((2,), (3,), (4,)), 30)  # 72 cells: chunks of at most 64, so two processes start
    parts = []
    records = compute(grid, workers=2, on_records=parts.append)
    assert len(parts) > len(chunks(grid, size=64))  # the last chunk was cut
    assert records == compute(grid, workers=1)

"""Computing an atlas: every cell is a single training, whatever the chunks, the processes or the helper."""

import multiprocessing
import threading
from types import SimpleNamespace

import pytest


from playground.core.atlas import compute as compute_module
from playground.core.atlas.compute import AtlasJob, chunks, compute, shares
from playground.core.atlas.engine import RECORD_POINTS, curve_every
from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.atlas.records import AtlasRecords, CellRecord
from playground.core.data.presets import get_preset
from playground.core.helper import remote
from playground.core.training.run import Cancel, Heartbeat
from playground.core.training.training import DIVERGED, Trainer

XOR = get_preset("xor")


def small_grid(iterations=300, **base):
    return Grid(XOR.dataset(), XOR.settings.with_(**base), [Axis("seed", (1, 2, 3)),
                                                             Axis("learning_rate", log_space(0.1, 30, 4), log=True),
                                                             Axis("hidden", ((2,), (3,)))], iterations=iterations)


def single(grid, record):
    """The cell's training as `train` runs it: its Trainer, its result."""
    cell = grid.cell(record.index)
    dataset = grid.dataset
    trainer = Trainer.from_settings(dataset, cell.settings)
    return trainer, trainer.run(cell.settings.iterations)


def assert_is_the_single_training(grid, record):
    trainer, result = single(grid, record)
    assert record.final_error == trainer.final_error()
    its, errors = trainer.history.curve
    curve = dict(zip(its.tolist(), errors.tolist()))
    for i, e in record.curve:
        assert curve[i] == e, (record.coordinates, i)
    assert (record.diverged_at is not None) == (result.status == DIVERGED)


def test_every_cell_is_its_single_training_bit_for_bit():
    grid = small_grid()
    records = compute(grid, workers=1)
    assert [r.index for r in records] == [c.index for c in grid.cells()]
    for r in records[::5]:
        assert_is_the_single_training(grid, r)
        assert r.seed == r.coordinates["seed"] and len(r.curve) <= 100


def test_the_recorded_iterations_are_points_of_trains_own_curve():
    # train's curve keeps every stride-th error, stride the smallest power of two giving <= 2048 points;
    # the atlas records every curve_every-th: a larger power of two, so a subset
    for n in (1, 100, 2048, 2049, 10_000, 123_457):
        s = curve_every(n)
        assert s & (s - 1) == 0 and -(-n // s) <= 1024 and (s == 1 or -(-n // (s // 2)) > 1024)
    record = compute(small_grid(iterations=5000), workers=1)[0]
    assert 50 <= len(record.curve) <= RECORD_POINTS
    assert all(i % curve_every(5000) == 0 for i, _ in record.curve)


def test_diverging_cells_stop_as_train_stops_them_and_the_others_are_unchanged():
    grid = Grid(XOR.dataset(), XOR.settings.with_(output="linear", loss="squared", activation="tanh"),
                [Axis("learning_rate", (0.05, 100.0)), Axis("seed", (1, 2))], iterations=600)
    records = compute(grid, workers=1)
    wild = [r for r in records if r.coordinates["learning_rate"] == 100.0]
    assert all(r.diverged_at is not None and r.main_label == "diverged" for r in wild)
    assert all(i < r.diverged_at for r in wild for i, _ in r.curve)  # the curve ends where the run stopped
    for r in records:
        assert_is_the_single_training(grid, r)


def test_records_do_not_depend_on_how_the_grid_is_cut():
    grid = small_grid()
    whole = compute(grid, workers=1)
    assert max(len(c) for c in chunks(grid, size=5)) <= 5 and len(chunks(grid, size=5)) == 6
    cut = compute(grid, workers=1, chunk_size=5)
    assert cut == whole
    # the cells of a smaller grid with the same coordinates are the same records
    part = Grid(XOR.dataset(), XOR.settings, [Axis("seed", (3,)), Axis("learning_rate", grid.axes[1].values[2:]),
                                             Axis("hidden", ((3,),))], iterations=300)
    for r in compute(part, workers=1):
        twin = next(w for w in whole if w.coordinates == r.coordinates)
        assert (r.final_error, r.curve, r.labels) == (twin.final_error, twin.curve, twin.labels)


def test_two_processes_give_the_same_records_and_report_chunks_as_they_finish():
    grid = small_grid()
    parts = []
    records = compute(grid, workers=2, chunk_size=6, on_records=parts.append)
    assert records == compute(grid, workers=1)
    assert len(parts) == 4 and sum(len(p) for p in parts) == grid.size


def test_a_stop_returns_the_records_finished_so_far():
    grid = small_grid()
    got = []
    records = compute(grid, workers=1, chunk_size=6, on_records=got.append, should_stop=lambda: len(got) >= 1)
    assert 0 < len(records) < grid.size and all(isinstance(r, CellRecord) for r in records)


def test_a_record_is_plain_json():
    r = compute(small_grid(iterations=50), workers=1)[0]
    out = r.to_json()
    assert out["coordinates"]["hidden"] == [2] and out["index"] == [0, 0, 0] and out["labels"] == list(r.labels)
    assert all(len(point) == 2 for point in out["curve"])


@pytest.fixture
def helper():
    """remote.serve in a thread at the other end of a real pipe (as tests/core/test_helper_heartbeat.py)."""
    ours, theirs = multiprocessing.Pipe()
    stop = threading.Event()
    thread = threading.Thread(target=remote.serve, args=(theirs, stop, 1 / 30, SimpleNamespace(value=0.0)),
                              kwargs={"heartbeat": 0.05}, daemon=True)
    thread.start()
    yield ours
    stop.set()
    ours.send(None)
    thread.join(60)


def messages_until_final(conn) -> list:
    messages = []
    while not messages or not messages[-1].final:
        assert conn.poll(60), "the helper did not answer"
        m = conn.recv()
        if not isinstance(m, Heartbeat):
            messages.append(m)
    return messages


def test_a_cancelled_atlas_job_ends_with_a_final_stopped_message(helper):
    grid = small_grid(iterations=200_000)  # minutes of work: only a Cancel ends it soon
    helper.send(AtlasJob(8, grid, tuple(range(grid.size))))
    helper.send(Cancel(8))
    messages = messages_until_final(helper)
    assert messages[-1].stopped and messages[-1].job_id == 8
    assert sum(len(m.records) for m in messages) < grid.size


def test_an_atlas_job_serves_itself_in_a_helper_and_sends_its_records_in_parts(monkeypatch, helper):
    monkeypatch.setattr(compute_module, "MESSAGE_RECORDS", 5)  # several parts even for a small grid
    ours = helper
    grid = small_grid()
    indices = tuple(range(0, grid.size, 2))
    ours.send(AtlasJob(5, grid, indices))
    messages = messages_until_final(ours)
    assert all(isinstance(m, AtlasRecords) and m.job_id == 5 for m in messages)
    assert not messages[-1].stopped and [m.final for m in messages].count(True) == 1
    assert len(messages) >= 3 and all(len(m.records) <= 5 for m in messages)
    got = sorted((r for m in messages for r in m.records), key=lambda r: grid.flat(r.index))
    whole = compute(grid, workers=1)
    assert got == [whole[i] for i in indices]


def test_shares_deal_every_cell_once_in_whole_shape_chunks_to_each_helper():
    grid = small_grid()
    dealt = shares(grid, 2, size=4)
    assert len(dealt) == 2 and sorted(i for s in dealt for i in s) == list(range(grid.size))
    assert abs(len(dealt[0]) - len(dealt[1])) <= 4
    assert sorted(shares(grid, 5, indices=[0, 1])) == [(0,), (1,)]  # two shapes (hidden 2 and 3): two helpers


def test_a_cells_table_has_the_held_out_rows_of_its_seed():
    from playground.core.data.held_out import held_out_mask

    majority = get_preset("majority3")
    grid = Grid(majority.dataset(), majority.settings, [Axis("seed", (4, 9))], iterations=10, test_fraction=0.25)
    table = grid.cell_dataset((1,))
    assert list(table.test_mask) == list(held_out_mask(0.25, 8, 9)) and table.is_frozen
    assert not small_grid().cell_dataset(0).has_test_rows


def test_more_workers_than_the_machine_can_use_start_at_most_four_processes_a_core(monkeypatch):
    """A review asked for --workers 1000 on 2 cores and got a process per chunk (15); now at most 4 a core."""
    started = []
    real = compute_module._start_pool

    def counted(workers):
        started.append(workers)
        return real(workers)

    monkeypatch.setattr(compute_module, "_start_pool", counted)
    monkeypatch.setattr(compute_module.os, "cpu_count", lambda: 1)
    assert compute_module.max_workers() == 4
    grid = small_grid(iterations=20)
    assert compute(grid, workers=1000, chunk_size=2) == compute(grid, workers=1)
    assert started == [4]

"""Computing an atlas: every cell is a single training, whatever the chunks, the processes or the helper."""

import multiprocessing
import threading
from types import SimpleNamespace

import numpy as np

from playground.core.atlas.compute import AtlasJob, chunks, compute
from playground.core.atlas.engine import RECORD_POINTS, curve_every
from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.atlas.records import AtlasRecords, CellRecord
from playground.core.data.presets import get_preset
from playground.core.helper import remote
from playground.core.training.run import Heartbeat
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
        if np.isnan(e):
            assert i not in curve or result.status == DIVERGED
        else:
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


def test_an_atlas_job_serves_itself_in_a_helper_and_sends_its_records_in_parts():
    ours, theirs = multiprocessing.Pipe()
    stop = threading.Event()
    thread = threading.Thread(target=remote.serve, args=(theirs, stop, 1 / 30, SimpleNamespace(value=0.0)),
                              kwargs={"heartbeat": 0.05}, daemon=True)
    thread.start()
    try:
        grid = small_grid()
        indices = tuple(range(0, grid.size, 2))
        ours.send(AtlasJob(5, grid, indices))
        messages = []
        while not messages or not messages[-1].final:
            assert ours.poll(60), "the helper did not answer"
            m = ours.recv()
            if not isinstance(m, Heartbeat):
                messages.append(m)
        assert all(isinstance(m, AtlasRecords) and m.job_id == 5 for m in messages)
        assert not messages[-1].stopped and [m.final for m in messages].count(True) == 1
        got = sorted((r for m in messages for r in m.records), key=lambda r: grid.flat(r.index))
        whole = compute(grid, workers=1)
        assert got == [whole[i] for i in indices]
    finally:
        stop.set()
        ours.send(None)
        thread.join(60)

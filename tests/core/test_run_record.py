"""RunRecord, Checkpoint and Series: one run as a value, and its JSON that reads back exactly."""

import json
import math

import numpy as np
import pytest

from playground.core.data.dataset import DataError
from playground.core.data.presets import get_preset
from playground.core.training.run_record import Checkpoint, RunRecord, Series, trainer_from
from playground.core.training.timeline import WeightTimeline
from playground.core.training.training import Trainer


def trained_record(preset="notebook", n=300, **changes):
    p = get_preset(preset)
    settings = p.settings.with_(log_every=50, **changes)
    dataset = p.dataset()
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    trainer.run(n)
    h = trainer.history
    record = RunRecord("r1", dataset, settings, None, Checkpoint.from_network(trainer.network),
                       Series.of_history(h), Series.of_history(h, logged=True),
                       tuple(Checkpoint.from_snapshot(s) for s in trainer.timeline), "finished")
    return record, trainer


def through_text(data):
    """The JSON as a file holds it: no NaN or infinity allowed in the text."""
    return json.loads(json.dumps(data, allow_nan=False))


@pytest.mark.parametrize("preset, changes", [("notebook", {}), ("mini-batches", {"optimizer": "adam"}),
                                             ("overfitting", {"optimizer": "momentum"})])
def test_a_trained_run_reads_back_from_its_json_bit_for_bit(preset, changes):
    record, trainer = trained_record(preset, **changes)
    again = RunRecord.from_json(through_text(record.to_json()))
    assert again == record
    for a, b in zip(again.last.weights, trainer.network.weights):
        assert a.tobytes() == b.tobytes()
    assert again.logged.errors.tobytes() == record.logged.errors.tobytes()
    assert again.curve.tests.tobytes() == record.curve.tests.tobytes()  # NaN without test rows, numbers with
    assert again.iteration == 300 and again.state == "finished" and again.dataset == record.dataset
    if changes.get("optimizer") == "adam":
        assert set(again.last.optimizer) == {"m", "s"}
        assert all(np.array_equal(x, y.reshape(x.shape)) for x, y in
                   zip(again.last.optimizer["m"], trainer.network.optimizer_state["m"]))


def test_nan_and_infinite_values_and_awkward_floats_round_trip():
    values = np.array([0.1, 1 / 3, 5e-324, 1.7976931348623157e308, -0.0, math.nan, math.inf, -math.inf])
    s = Series(np.arange(len(values)), values, values[::-1].copy(), np.full(len(values), math.nan))
    again = Series.from_json(through_text(s.to_json()), "curve")
    assert again == s and again.errors.tobytes() == s.errors.tobytes()
    assert through_text(s.to_json())["errors"][5:] == [None, "inf", "-inf"]


def test_series_upto_and_since_cut_at_iterations():
    s = Series(np.array([0, 10, 20, 30]), np.array([4.0, 3, 2, 1]), None, None)
    assert s.upto(20).iterations.tolist() == [0, 10, 20] and s.upto(19).iterations.tolist() == [0, 10]
    assert s.since(20).iterations.tolist() == [20, 30] and s.since(21).iterations.tolist() == [30]
    assert len(Series.empty()) == 0 and len(s.thinned(2)) == 2


def test_a_record_is_a_value_its_arrays_cannot_be_changed():
    record, trainer = trained_record()
    with pytest.raises(ValueError):
        record.last.weights[0][0, 0] = 5.0
    trainer.run(400)  # the trainer moving on changes nothing in the record
    assert record.iteration == 300 and record.last != Checkpoint.from_network(trainer.network)


def test_the_timeline_keeps_the_optimizer_state_so_every_history_entry_is_a_checkpoint():
    record, trainer = trained_record("mini-batches", optimizer="adam")
    timeline: WeightTimeline = trainer.timeline
    kept = Checkpoint.from_snapshot(timeline[len(timeline) // 2])
    assert kept.optimizer is not None and set(kept.optimizer) == {"m", "s"}
    # the same state as a trainer that ran exactly that far
    again = trainer_from(record.dataset, record.settings, None)
    again.run(kept.iteration)
    assert Checkpoint.from_network(again.network) == kept


HOSTILE = [
    (["last", "weights", 0, 0, 0], None, "run.last.weights[0][0][0]", "expected a number, got null"),
    (["last", "weights"], [[[1.0]]], "run.last.weights", "expected 2 weight matrices"),
    (["last", "iteration"], -3, "run.last.iteration", "out of range"),
    (["start"], {"iteration": 400, "weights": "x"}, "run.start.weights", "expected a list"),
    (["curve", "iterations"], [0, 5, 5], "run.curve.iterations", "must increase"),
    (["curve"], {"iterations": [0, 5, 300], "errors": [0.5, 0.4, 0.3]}, "run.curve.iterations", "outside the run"),
    (["logged", "errors"], [0.5], "run.logged.errors", "expected 6 items, got 1"),
    (["state"], "exploded", "run.state", "expected one of"),
    (["settings", "seed"], -1, "run.settings.seed", "seed"),
    (["dataset", "rows", 0, 0], "NaN", "run.dataset.rows[0][0]", "expected a number"),
    (["checkpoints", 1, "iteration"], 0, "run.checkpoints[1].iteration", "not after the one before"),
    (["branched_at"], 7, "run.branched_at", "not the run's start iteration"),
]


@pytest.mark.parametrize("path, value, place, words", HOSTILE, ids=[".".join(map(str, h[0])) for h in HOSTILE])
def test_a_broken_record_is_refused_naming_the_place(path, value, place, words):
    record, _ = trained_record()
    d = through_text(record.to_json())
    target = d
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    with pytest.raises(DataError) as refused:
        RunRecord.from_json(d)
    assert str(refused.value).startswith(place + ":") and words in str(refused.value), str(refused.value)


def test_a_checkpoint_keeps_a_read_only_snapshot_as_it_is_and_copies_anything_writable():
    """The window's History entries arrive read-only (unpacked from the helper's messages): a Checkpoint of one
    keeps its arrays without a copy; an array that is writable, or views a writable one, is copied."""
    base = np.arange(12.0)
    base.flags.writeable = False
    frozen_view = base[:12].reshape(3, 4)
    kept = Checkpoint(5, [frozen_view], None, None)
    assert kept.weights[0] is frozen_view
    writable = np.arange(12.0)
    view = writable.reshape(3, 4)
    view.flags.writeable = False  # read-only, but its base is not: someone can still change the numbers
    copied = Checkpoint(5, [view], None, None)
    assert copied.weights[0] is not view and not copied.weights[0].flags.writeable
    writable[0] = 99.0
    assert copied.weights[0][0, 0] == 0.0

"""A race from the same start is exact: branches with the same settings are bit-identical to each other and to the
unbranched run; a branch under other settings is bit-identical to the headless ``nn-playground train`` session
(``RunSession`` with its in-process runner) started from a document saved with the start's weights. The records
carry the run tree's provenance, and a branch goes into the tree as a branch of its parent. The race also runs in a
helper's main loop (``serve_in_helper``), with messages under 2 KB and Stop by job id."""

import multiprocessing
import threading
from types import SimpleNamespace

import numpy as np
import pytest

from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.files.documents import Document, read_document, write_document
from playground.core.helper import remote
from playground.core.landscape.race import (Race, RaceStart, adopt, parse_values, reached_at, turn_iterations,
                                            values_text)
from playground.core.landscape.race_job import RaceFinished, RaceJob, RaceMirror, RaceProgress
from playground.core.training.in_process import headless_session
from playground.core.training.progress import pickled_size
from playground.core.training.run import MESSAGE_BYTES, Cancel, Failed, Heartbeat
from playground.core.training.run_book import record_of_trainer
from playground.core.training.run_record import Checkpoint, Series, to_trained, trainer_from
from playground.core.training.run_tree import RunTree
from playground.core.training.training import DONE, STOPPED

WAIT = 60

CASES = {  # (preset, settings changes, the field that differs, its values: two unchanged, one changed)
    "notebook": (DEFAULT_PRESET, {}, "learning_rate", (1.0, 1.0, 0.5)),
    "adam-mini-batches": ("mini-batches", {"optimizer": "adam", "learning_rate": 0.01}, "optimizer",
                          ("adam", "adam", "momentum")),
}


def experiment(case):
    name, changes, field, values = CASES[case]
    p = get_preset(name)
    return p.dataset(), p.settings.with_(**changes), field, values


def same_bits(a: Checkpoint, b: Checkpoint) -> None:
    assert a.iteration == b.iteration
    for x, y in zip(a.weights + (a.biases or ()), b.weights + (b.biases or ())):
        assert x.tobytes() == y.tobytes()
    assert a == b


def bits(series: Series, since: int = 0):
    s = series.since(since)
    return s.iterations.tolist(), s.errors.tobytes()


def straight_run(dataset, settings, until):
    """The unbranched run to ``until``, with its History (weight snapshots)."""
    t = trainer_from(dataset, settings, None, keep_timeline=True)
    t.run(until)
    return t


@pytest.mark.parametrize("case", list(CASES))
def test_same_settings_branches_equal_each_other_and_the_unbranched_run(case):
    dataset, settings, field, values = experiment(case)
    n = 2600
    straight = straight_run(dataset, settings, n)
    record = record_of_trainer(straight, dataset, settings, DONE)
    k = next(c.iteration for c in reversed(record.checkpoints) if 0 < c.iteration < n // 2 and c.iteration % 7)
    race = Race(RaceStart.of_record(record, k), field, values, n - k)
    results = race.run()
    a, b = results[0].record, results[1].record
    assert a.settings == b.settings == settings
    same_bits(a.last, b.last)
    same_bits(a.last, Checkpoint.from_network(straight.network))
    assert bits(a.logged) == bits(b.logged) == bits(record.logged, k)
    common = np.intersect1d(a.curve.iterations, record.curve.iterations)
    assert len(common) > 10
    pick = lambda s: s.errors[np.searchsorted(s.iterations, common)]  # noqa: E731
    assert pick(a.curve).tobytes() == pick(b.curve).tobytes() == pick(record.curve).tobytes()
    assert results[2].record.last != a.last  # the changed branch does differ: the comparison can fail


@pytest.mark.parametrize("case", list(CASES))
def test_a_changed_branch_is_the_headless_train_from_the_saved_weights(case, tmp_path):
    dataset, settings, field, values = experiment(case)
    first = straight_run(dataset, settings, 700)
    start = RaceStart(dataset, settings, Checkpoint.from_network(first.network), parent="r1")
    race = Race(start, field, values, 1500)
    changed = race.run()[2]
    assert changed.status == DONE and changed.record.settings == settings.with_(**{field: values[2]})
    # save a document with the start's weights under the branch's settings, read it back, train it headless
    path = tmp_path / "start.nnp"
    write_document(path, Document(dataset, changed.record.settings, trained=to_trained(race.start_of(2))))
    doc = read_document(path)
    session, runner = headless_session(keep_timeline=False, raise_errors=True)
    assert session.restore(doc.dataset, doc.settings, doc.trained)
    assert session.go_on(doc.settings, race.until)
    runner.run()
    same_bits(changed.record.last, Checkpoint.from_network(runner.trainer.network))
    assert bits(changed.record.logged) == bits(Series.of_history(runner.trainer.history, logged=True), 700)
    assert changed.final_error == runner.trainer.final_error()


def test_a_race_from_the_untrained_start_is_the_straight_run_and_reports_the_target():
    dataset, settings, _, _ = experiment("notebook")
    race = Race(RaceStart.untrained(dataset, settings), "optimizer", ("gd", "momentum", "adam"), 3000, 0.05)
    results = race.run()
    straight = straight_run(dataset, settings, 3000)
    same_bits(results[0].record.last, Checkpoint.from_network(straight.network))
    for r in results:
        its, errors = r.record.curve.iterations, r.record.curve.errors
        assert r.reached_at == reached_at(r.record, 0.05)
        if r.reached_at is not None:  # the first recorded point at or below the target, none before it
            assert errors[its == r.reached_at][0] <= 0.05 and np.all(errors[its < r.reached_at] > 0.05)
        assert r.final_error == pytest.approx(float(np.mean(np.abs(dataset.split()[1] - r.record.network().predict(
            dataset.split()[0])))), abs=0)


def test_the_records_carry_the_run_trees_provenance_and_join_the_tree_as_branches():
    dataset, settings, _, _ = experiment("notebook")
    tree = RunTree()
    root = tree.add_root(dataset, settings)
    trained = straight_run(dataset, settings, 2000)
    root = record_of_trainer(trained, dataset, settings, DONE, run_id=root.id)
    tree.update(root)
    k = root.checkpoints[len(root.checkpoints) // 2].iteration
    race = Race(RaceStart.of_record(root, k), "learning_rate", (1.0, 0.5, 2.0), 500)
    results = race.run()
    changes = [r.record.change for r in results]
    assert changes == ["nothing changed", "learning rate 1 → 0.5", "learning rate 1 → 2"]
    for r in results:
        assert (r.record.parent, r.record.branched_at, r.record.start_iteration, r.record.iteration) == \
            (root.id, k, k, k + 500)
    kept = adopt(tree, results[1].record)
    assert tree.current.id == kept.id != root.id
    assert [r.id for r in tree.path(kept.id)] == [root.id, kept.id]
    got = tree.get(kept.id)
    assert (got.parent, got.branched_at, got.change, got.settings.learning_rate) == (root.id, k, results[1].record.change,
                                                                                     0.5)
    same_bits(got.last, results[1].record.last)
    assert got.start == race.start_of(1)
    # an untrained start becomes a root
    fresh = Race(RaceStart.untrained(dataset, settings), "learning_rate", (0.5, 1.0), 50).run()[0].record
    assert adopt(tree, fresh).parent is None


def test_values_are_read_as_typed_and_bad_ones_are_told():
    assert parse_values("learning_rate", "0.1, 0.5; 2") == (0.1, 0.5, 2.0)
    assert parse_values("optimizer", "GD, momentum, adam") == ("gd", "momentum", "adam")
    assert parse_values("batch_size", "all, 2, 1") == (None, 2, 1)
    assert parse_values("batch_size", values_text((None, 2, 1))) == (None, 2, 1)
    for field, text in (("optimizer", "gd, sgd"), ("learning_rate", "0.5, fast"), ("learning_rate", "1"),
                        ("learning_rate", "1, 1"), ("seed", "1, 2"), ("learning_rate", "-1, 2")):
        with pytest.raises(ValueError):
            parse_values(field, text)
    dataset, settings, _, _ = experiment("notebook")
    assert Race(RaceStart.untrained(dataset, settings), "hidden", ((2,), (3,)), 10).problems()


@pytest.fixture
def helper():
    """remote.serve in a thread at the other end of a real pipe (as test_helper_heartbeat's)."""
    ours, theirs = multiprocessing.Pipe()
    stop = threading.Event()
    thread = threading.Thread(target=remote.serve, args=(theirs, stop, 1 / 30, SimpleNamespace(value=0.0)),
                              kwargs={"heartbeat": 0.02}, daemon=True)
    thread.start()
    yield ours
    stop.set()
    ours.send(None)
    thread.join(WAIT)
    assert not thread.is_alive()


def race_messages(conn) -> list:
    out = []
    while not out or not isinstance(out[-1], (RaceFinished, Failed)):
        assert conn.poll(WAIT), "the helper did not answer"
        m = conn.recv()
        if not isinstance(m, Heartbeat):
            out.append(m)
    return out


def test_a_race_in_the_helper_sends_small_messages_and_the_records_of_the_race_here(helper):
    dataset, settings, _, _ = experiment("notebook")
    race = Race(RaceStart.untrained(dataset, settings), "optimizer", ("gd", "momentum", "adam"), 4000)
    helper.send(RaceJob(11, race))
    messages = race_messages(helper)
    final = messages[-1]
    assert isinstance(final, RaceFinished) and final.job_id == 11 and final.status == DONE
    progress = messages[:-1]
    assert progress and all(isinstance(m, RaceProgress) and m.job_id == 11 for m in progress)
    assert max(pickled_size(m) for m in progress) <= MESSAGE_BYTES
    here = race.run()
    assert [r.record for r in final.results] == [r.record for r in here]
    assert [(r.final_error, r.reached_at) for r in final.results] == [(r.final_error, r.reached_at) for r in here]
    mirror = RaceMirror(3)
    for m in progress:
        mirror.apply(m)
    assert mirror.iterations == [4000] * 3
    for i, r in enumerate(here):  # every point the window got that the record still keeps is the record's own
        its, errors = mirror.curve(i)
        assert len(its) and its[-1] == r.record.curve.iterations[-1] and np.all(np.diff(its) > 0)
        kept = np.isin(its, r.record.curve.iterations)
        assert kept.sum() > 10
        where = np.searchsorted(r.record.curve.iterations, its[kept])
        assert errors[kept].tobytes() == r.record.curve.errors[where].tobytes()


def test_a_cancel_by_job_id_stops_the_race_and_the_helper_serves_on(helper):
    dataset, settings, _, _ = experiment("notebook")
    race = Race(RaceStart.untrained(dataset, settings), "learning_rate", (0.5, 1.0), 5_000_000)
    helper.send(RaceJob(12, race))
    assert helper.poll(WAIT)
    helper.send(Cancel(99))  # another job's Cancel changes nothing
    helper.send(Cancel(12))
    final = race_messages(helper)[-1]
    assert isinstance(final, RaceFinished) and final.status == STOPPED
    assert all(r.status == STOPPED and 0 < r.record.iteration < 5_000_000 for r in final.results)
    small = Race(RaceStart.untrained(dataset, settings), "learning_rate", (0.5, 1.0), 10)
    helper.send(RaceJob(13, small))
    assert race_messages(helper)[-1].status == DONE


def test_a_race_that_cannot_run_fails_with_a_message(helper):
    dataset, settings, _, _ = experiment("notebook")
    helper.send(RaceJob(14, Race(RaceStart.untrained(dataset, settings), "learning_rate", (0.5, 1.0), 0)))
    final = race_messages(helper)[-1]
    assert isinstance(final, Failed) and final.job_id == 14 and "iterations" in final.message


def test_a_turn_is_fixed_by_the_network_and_the_table():
    dataset, settings, _, _ = experiment("notebook")
    assert turn_iterations(dataset, settings) == turn_iterations(dataset, settings.with_(learning_rate=3.0))
    assert turn_iterations(dataset, settings.with_(hidden=(64, 64))) < turn_iterations(dataset, settings)

"""The helper's protocol (core.run): typed Jobs in, typed Progress deltas out over a real pipe, and the
window's mirror (core.progress) rebuilding whole Snapshots from them."""

import multiprocessing
import threading

import numpy as np
import pytest

from playground.core.helper import remote
from playground.core.files.documents import Trained
from playground.core.data.presets import get_preset
from playground.core.training.progress import RunMirror, StudyMirror
from playground.core.training.run import Failed, Heartbeat, Job, Progress, Snapshot, StudyDelta
from playground.core.training.study import StudyJob
from playground.core.training.training import DONE, TARGET_REACHED, Trainer

NOTEBOOK = get_preset("notebook")


@pytest.fixture
def helper():
    """serve() in a thread at the other end of a real multiprocessing pipe (every message is pickled)."""
    ours, theirs = multiprocessing.Pipe()
    stop = threading.Event()
    thread = threading.Thread(target=remote.serve, args=(theirs, stop, 0.0), daemon=True)
    thread.start()

    def run(job):
        ours.send(job)
        messages = []
        while True:
            m = ours.recv()
            if isinstance(m, Heartbeat):  # sent when nothing else was for a while (a busy machine)
                continue
            messages.append(m)
            if isinstance(m, Failed) or m.status is not None:
                return messages

    yield run
    ours.send(None)
    thread.join(5)
    assert not thread.is_alive()


def lines(messages):
    return [(int(it), err) for m in messages if m.lines is not None for it, err in m.lines.tolist()]


def rebuilt(mirror, messages) -> Snapshot:
    """The whole Snapshot the window's relay makes of a job's messages."""
    for m in messages:
        mirror.apply(m)
    return mirror.take()


def test_pause_and_go_on_is_one_uninterrupted_run_and_each_line_is_sent_once(helper):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=500)
    first = helper(Job(ds, s, 1200, job_id=1))
    second = helper(Job(ds, s, 3000, go_on=True, job_id=2))
    assert all(isinstance(m, Progress) for m in first + second)
    assert {m.job_id for m in first} == {1} and {m.job_id for m in second} == {2}
    assert first[-1].status == DONE and first[-1].iteration == 1200 and second[-1].iteration == 3000
    whole = Trainer.from_settings(ds, s)
    whole.run(3000)
    for a, b in zip(second[-1].weights, whole.network.weights):
        assert np.array_equal(a, b)
    its, errs = whole.history.logged
    assert lines(first + second) == list(zip(its.tolist(), errs.tolist()))
    assert second[-1].n_logged == 6
    assert second[-1].output_error == pytest.approx(whole.final_error(), abs=1e-15)
    # the window's mirror, kept across the go-on, ends with the helper's whole curve
    mirror = RunMirror(Job(ds, s, 1200))
    assert rebuilt(mirror, first).logged == lines(first)
    snap = rebuilt(mirror, second)
    assert snap.logged == lines(second) and snap.n_logged == 6 and snap.status == DONE
    for mine, theirs in zip((*snap.curve, snap.curve_loss), (*whole.history.curve, whole.history.curve_loss)):
        np.testing.assert_array_equal(mine, theirs)
    assert snap.curve_test is None  # the notebook has no held-out rows


def test_a_saved_run_goes_on_from_its_weights_without_repeating_its_lines(helper):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=500)
    part = Trainer.from_settings(ds, s)
    part.run(1000)
    saved = Trained(1000, part.network.weights, None, *part.history.curve, *part.history.logged)
    job = Job(ds, s, 2000, start=saved)
    messages = helper(job)
    whole = Trainer.from_settings(ds, s)
    whole.run(2000)
    assert np.array_equal(messages[-1].weights[0], whole.network.weights[0])
    assert [it for it, _ in lines(messages)] == [1000, 1500]
    # the saved curve is not sent again, yet the window's rebuilt curve is the whole one
    assert all(m.points is None or m.points[:, 0].min() >= 1000 for m in messages)
    snap = rebuilt(RunMirror(job), messages)
    np.testing.assert_array_equal(snap.curve[0], whole.history.curve[0])
    np.testing.assert_array_equal(snap.curve[1], whole.history.curve[1])
    assert snap.n_logged == 4


def test_a_target_error_ends_the_job_early(helper):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=100)
    job = Job(ds, s, 60000, target_error=0.05)
    last = rebuilt(RunMirror(job), helper(job))
    assert last.status == TARGET_REACHED and last.iteration < 60000 and last.error <= 0.05


def test_a_bad_job_fails_with_a_message_and_the_helper_keeps_serving(helper):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    failed = helper(Job(ds, s, 10, go_on=True))  # nothing to go on with
    assert isinstance(failed[-1], Failed) and "before any start" in failed[-1].message
    assert helper(Job(ds, s, 10))[-1].status == DONE


def test_a_study_runs_in_the_same_helper(helper):
    xor = get_preset("xor")
    messages = helper(StudyJob(xor.dataset(), xor.settings.with_(iterations=300), 3, record_every=100, job_id=5))
    assert all(isinstance(m, StudyDelta) and m.job_id == 5 for m in messages)
    assert all(m.status is None for m in messages[:-1])  # exactly one final message
    final = rebuilt(StudyMirror(), messages)
    assert final.status == DONE and final.seeds.tolist() == [1, 2, 3] and final.final_errors.shape == (3,)
    assert final.recorded_iterations.tolist() == [0, 100, 200] and final.recorded_errors.shape == (3, 3)


def test_merged_snapshots_keep_the_lines_and_weights_of_both():
    a = Snapshot(1, [np.zeros((1, 1))], None, None, (np.zeros(0), np.zeros(0)), [(0, 0.5)], 1)
    b = Snapshot(2, [np.ones((1, 1))], None, None, (np.zeros(0), np.zeros(0)), [(1, 0.4)], 2)
    merged = b.after(a)
    assert merged.iteration == 2 and merged.logged == [(0, 0.5), (1, 0.4)] and merged.weights[0][0, 0] == 1


@pytest.mark.parametrize("preset", ["notebook", "overfitting"])
def test_measure_with_the_tables_rows_kept_gives_the_same_numbers(preset):
    """A helper keeps the table's arrays (table_rows) and measures them at every report: the same outputs and
    error as measuring the table afresh, with held-out rows (two passes) and without (one)."""
    from playground.core.nn.network import Network
    from playground.core.training.run import measure, table_rows

    p = get_preset(preset)
    ds = p.dataset()
    X, Y, _, _ = ds.split()
    net = Network.from_settings(p.settings, X.shape[1], Y.shape[1])
    rows = table_rows(ds)
    assert (rows[0] is rows[1]) == (not ds.has_test_rows)
    outputs, error = measure(net, ds, rows)
    again, error_again = measure(net, ds)
    assert outputs.tobytes() == again.tobytes() and error == error_again
    assert error == float(np.mean(np.abs(Y - net.predict(X))))

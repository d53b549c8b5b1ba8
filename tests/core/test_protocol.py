"""The helper protocol's deltas (core.run, core.progress): every message small, none lost, the mirror exact.

The sizes are the bytes that cross the pipe: the helper's ``serve`` runs in a thread at the other
end of a real ``multiprocessing`` pipe and each message is read with ``recv_bytes``."""

import multiprocessing
import pickle
import threading
from multiprocessing.reduction import ForkingPickler

import numpy as np
import pytest

from playground.core.helper import remote
from playground.core.files.documents import Trained
from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.training.progress import RunMirror, coarse_first, pickled_int_width
from playground.core.helper.remote import Session
from playground.core.training.run import MESSAGE_BYTES, Cancel, Heartbeat, Job, Progress
from playground.core.training.timeline import WeightTimeline
from playground.core.training.training import DONE, STOPPED, Trainer

NOTEBOOK = get_preset(DEFAULT_PRESET)
WAIT = 120  # seconds: only a hang reaches it


@pytest.fixture
def wire():
    """``serve`` at full speed at the other end of a real pipe; ``run(job)`` gives (bytes, message) of every
    message of the job up to its final one (heartbeats left out)."""
    ours, theirs = multiprocessing.Pipe()
    thread = threading.Thread(target=remote.serve, args=(theirs, None, 1 / 30), daemon=True)
    thread.start()

    def run(job, then=None):
        ours.send(job)
        if then is not None:
            then(ours)
        got = []
        while True:
            assert ours.poll(WAIT), "the helper did not finish"
            data = ours.recv_bytes()
            message = pickle.loads(data)  # our own message from our own helper
            if isinstance(message, Heartbeat):
                continue
            assert isinstance(message, Progress), message
            got.append((len(data), message))
            if message.status is not None:
                return got

    yield run
    ours.send(None)
    thread.join(WAIT)
    assert not thread.is_alive()


def rebuild(job, messages):
    mirror = RunMirror(job)
    for _, m in messages:
        mirror.apply(m)
    return mirror.take()


def check_sizes(got):
    sizes = [n for n, _ in got]
    assert len(sizes) >= 2
    assert max(sizes) < MESSAGE_BYTES, (sizes[0], sizes[-1], max(sizes))
    assert got[-1][1].status is not None and all(m.status is None for _, m in got[:-1])


def test_every_message_of_the_notebook_at_full_speed_is_under_2_kb_and_the_window_gets_the_whole_run(wire):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    job = Job(ds, s, s.iterations, job_id=3)
    got = wire(job)
    check_sizes(got)
    assert {m.job_id for _, m in got} == {3}
    whole = Trainer.from_settings(ds, s, keep_timeline=True)
    whole.run(s.iterations)
    snap = rebuild(job, got)
    assert snap.status == DONE and snap.iteration == s.iterations
    for mine, theirs in zip((*snap.curve, snap.curve_loss), (*whole.history.curve, whole.history.curve_loss)):
        np.testing.assert_array_equal(mine, theirs)  # the helper's thinned curve, exactly
    its, errs = whole.history.logged
    assert snap.logged == list(zip(its.tolist(), errs.tolist())) and snap.n_logged == len(its)
    for a, b in zip(snap.weights, whole.network.weights):
        np.testing.assert_array_equal(a, b)
    sent = [e.iteration for _, m in got for e in m.timeline]
    assert sent == sorted(set(sent)) and set(whole.timeline.iterations) <= set(sent)


def test_at_iteration_ten_the_messages_are_as_small(wire):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=1)
    job = Job(ds, s, 10, job_id=8)
    got = wire(job)
    assert max(n for n, _ in got) < MESSAGE_BYTES and got[-1][1].status == DONE
    whole = Trainer.from_settings(ds, s)
    whole.run(10)
    snap = rebuild(job, got)
    np.testing.assert_array_equal(snap.curve[1], whole.history.curve[1])
    assert snap.curve[0].tolist() == list(range(10)) and len(snap.logged) == 10


def test_at_iteration_ten_million_the_messages_are_as_small(wire):
    """A run reopened at iteration 10,000,000 (its thinned curve and 1,000 Error: lines) goes on: the same
    sizes, and nothing of the saved history is sent again."""
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    part = Trainer.from_settings(ds, s)
    part.run(1000)
    start = 10**7
    its = np.arange(0, start, 2**13)  # as the helper keeps 10 million iterations: 1,221 points
    logged = np.arange(0, start, s.log_every)
    saved = Trained(start, part.network.weights, None, its, np.linspace(0.5, 0.01, len(its)), logged,
                    np.linspace(0.5, 0.01, len(logged)))
    job = Job(ds, s, start + 40_000, start=saved, job_id=4)
    got = wire(job)
    check_sizes(got)
    assert all(m.points is None or m.points[:, 0].min() >= start for _, m in got)
    assert [int(it) for _, m in got if m.lines is not None for it in m.lines[:, 0]] == [start + 10_000 * k
                                                                                      for k in range(4)]
    snap = rebuild(job, got)
    assert snap.iteration == start + 40_000 and snap.n_logged == len(logged) + 4
    assert snap.curve[0][0] == 0 and snap.curve[0][-1] >= start + 32_768


def test_many_error_lines_go_over_several_messages_in_order_and_none_is_lost(wire):
    """Log every iteration: more lines are due at each report than a message holds; all come, in order."""
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=1)
    job = Job(ds, s, 20_000, job_id=5)
    got = wire(job)
    check_sizes(got)
    whole = Trainer.from_settings(ds, s)
    whole.run(20_000)
    its, errs = whole.history.logged
    snap = rebuild(job, got)
    assert snap.logged == list(zip(its.tolist(), errs.tolist()))  # every line, exact, in order
    assert [m.n_logged for _, m in got] == sorted(m.n_logged for _, m in got)


def test_cancel_by_id_stops_the_running_job_and_a_stale_cancel_does_nothing(wire):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    got = wire(Job(ds, s, 10**9, job_id=6), then=lambda conn: (conn.send(Cancel(5)), conn.send(Cancel(6))))
    assert got[-1][1].status == STOPPED and got[-1][1].iteration < 10**9
    got = wire(Job(ds, s, 500, job_id=7), then=lambda conn: conn.send(Cancel(6)))  # the old job's: ignored
    assert got[-1][1].status == DONE and got[-1][1].iteration == 500


def test_the_mirror_is_always_a_subset_of_the_helpers_curve_with_the_same_values():
    """At every report of a run at full speed (thousands of points new at first), the window's curve holds
    only points the helper holds, with the same numbers; the latest point always; equal at the end."""
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    job = Job(ds, s, s.iterations)
    session, mirror = Session(job), RunMirror(job)
    checked = []

    def report(t) -> None:
        for m in session.report(1):
            assert len(pickle.dumps(m)) < MESSAGE_BYTES
            mirror.apply(m)
        snap = mirror.take()
        its, errs = t.history.curve
        at = np.searchsorted(its, snap.curve[0])
        np.testing.assert_array_equal(its[at], snap.curve[0])
        np.testing.assert_array_equal(errs[at], snap.curve[1])
        assert snap.curve[0][-1] == its[-1]  # the error shown is the newest
        checked.append(len(its) - len(snap.curve[0]))

    result = session.trainer.run(s.iterations, on_progress=report)
    for m in session.report(1, result.status):
        mirror.apply(m)
    np.testing.assert_array_equal(mirror.take().curve[0], session.trainer.history.curve[0])
    assert len(checked) >= 3 and max(checked) > 0  # points were missing at some report (then sent)


def test_points_go_coarse_first_with_the_newest_first():
    its = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    assert its[coarse_first(its)].tolist() == [9, 0, 8, 4, 6, 2, 7, 5, 3, 1]


def test_the_first_points_of_the_coarse_first_order_are_found_without_sorting_them_all():
    """A report while the run goes on sends ~80 of up to ~2,000 missing points: the first k of the order alone
    are the first k of the whole order, ties in the coarsest level kept in order."""
    rng = np.random.default_rng(7)
    for _ in range(200):
        its = np.unique(rng.integers(0, 4000, int(rng.integers(1, 300))) * int(rng.choice([1, 2, 8, 64])))
        whole = coarse_first(its).tolist()
        for k in (0, 1, 2, 5, 40, len(its) - 1, len(its), len(its) + 3):
            assert coarse_first(its, k).tolist() == whole[:k]


def trained_through_a_mirror(ds, s, until):
    """A helper's Session trained to ``until``, each report's messages applied to a window's mirror in turn:
    (session, mirror, the messages, the run's result)."""
    job = Job(ds, s, until)
    session, mirror = Session(job), RunMirror(job)
    messages = []

    def report(status=None, message=""):
        for m in session.report(1, status, message):
            messages.append(m)
            mirror.apply(m)

    result = session.trainer.run(until, on_progress=lambda _t: report())
    report(result.status, result.message)
    return session, mirror, messages, result


def test_a_network_with_held_out_rows_is_rebuilt_with_its_test_errors_and_only_its_last_messages_carry_state():
    """A bigger run (held-out rows, a larger state): the window's curve, loss and test errors are the helper's;
    the messages without the state stay within the budget and one weight snapshot, those with it add about as
    much to the state."""
    preset = get_preset("overfitting")
    ds, s = preset.dataset(), preset.settings
    session, mirror, messages, result = trained_through_a_mirror(ds, s, 3000)
    snap = mirror.take()
    h = session.trainer.history
    assert snap.status == result.status and snap.curve_test is not None
    for mine, theirs in zip((*snap.curve, snap.curve_loss, snap.curve_test),
                            (*h.curve, h.curve_loss, h.curve_test)):
        np.testing.assert_array_equal(mine, theirs)
    # a weight snapshot of this network is itself near the budget, and a message takes at least one
    entry = max(len(pickle.dumps(e)) for m in messages for e in m.timeline)
    stateless = [m for m in messages if m.weights is None]
    assert stateless and all(len(pickle.dumps(m)) < MESSAGE_BYTES + entry for m in stateless)
    state = len(pickle.dumps(messages[-1].weights)) + len(pickle.dumps(messages[-1].outputs))
    assert all(len(pickle.dumps(m)) < state + MESSAGE_BYTES + entry for m in messages if m.weights is not None)


ADAM_WITH_BIAS = {"bias": True, "optimizer": "adam", "learning_rate": 0.01}


@pytest.mark.parametrize("preset, changes", [("notebook", {}), ("overfitting", ADAM_WITH_BIAS)])
def test_the_weight_snapshots_cross_packed_and_the_window_gets_the_helpers_timeline_bit_for_bit(preset, changes):
    """Snapshots travel packed (one array a message) and curve points without the test column when there are no
    held-out rows; what the window rebuilds is the helper's timeline and curve exactly, optimiser state too."""
    from playground.core.training.timeline import PackedSnapshots

    p = get_preset(preset)
    ds, s = p.dataset(), p.settings.with_(**changes)
    session, mirror, messages, result = trained_through_a_mirror(ds, s, 3000)
    one = len(pickle.dumps(PackedSnapshots.pack(session.trainer.timeline[:1])))  # a message takes one at least
    assert all(len(pickle.dumps(m)) < MESSAGE_BYTES + (one if one > MESSAGE_BYTES // 4 else 0)
               for m in messages if m.weights is None)
    packs = [m.timeline for m in messages if len(m.timeline)]
    assert packs and all(isinstance(t, PackedSnapshots) for t in packs)
    assert {m.points.shape[1] for m in messages if m.points is not None} == {4 if ds.has_test_rows else 3}
    snap = mirror.take()
    window = WeightTimeline()
    window.merge(snap.timeline, snap.timeline_stride)
    helper = session.trainer.timeline
    assert window.iterations == helper.iterations
    for mine, theirs in zip(window, helper):
        for a, b in zip(mine.weights + (mine.biases or []), theirs.weights + (theirs.biases or [])):
            assert a.tobytes() == b.tobytes()
        for key in theirs.optimizer or {}:
            assert all(a.tobytes() == b.tobytes() for a, b in zip(mine.optimizer[key], theirs.optimizer[key]))
    h = session.trainer.history
    for mine, theirs in zip((*snap.curve, snap.curve_loss), (*h.curve, h.curve_loss)):
        np.testing.assert_array_equal(mine, theirs)
    assert (snap.curve_test is None) == (not ds.has_test_rows)


class InlineHelper:
    """A helper that runs each job when told, in this thread, through the helper's Session and the window's
    RunMirror (what the relay does), and reports the mirror's final snapshot to the session."""

    def __init__(self):
        self.session = self.mirror = self.run = None
        self.jobs = []

    def submit(self, job):
        self.jobs.append(job)
        return True

    def set_speed(self, rate):
        pass

    def stop(self):
        pass

    def shutdown(self):
        pass

    def run_next(self):
        job = self.jobs.pop(0)
        if not job.go_on:
            self.session = Session(job)
        if not job.go_on or self.mirror is None:
            self.mirror = RunMirror(job)
        session, mirror = self.session, self.mirror

        def report(status=None, message=""):
            for m in session.report(1, status, message):
                mirror.apply(m)

        result = session.trainer.run(job.until, on_progress=lambda _t: report())
        report(result.status, result.message)
        self.run.on_finished(mirror.take())


def test_a_branch_played_after_its_parent_went_on_keeps_its_whole_curve_in_the_window_and_its_record():
    """A branch's path curve is its parent's points up to the branch and its own at a finer stride than the parent
    has by then: the window's mirror, seeded with it, keeps what the helper keeps (found by a review: a mirror that
    thinned at every read dropped the branch's own points, and its record lost them)."""
    from playground.core.training.run_session import RunSession

    helper = InlineHelper()
    run = helper.run = RunSession(helper)
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=100)
    run.train(ds, s.with_(iterations=1000))
    helper.run_next()
    parent = run.record_id
    slower = s.with_(learning_rate=0.5, iterations=1100)
    assert run.follow(ds, slower) and run.go_on(slower, 1100)
    helper.run_next()
    child = run.record_id
    assert run.follow(ds, s.with_(iterations=300_000)) and run.record_id == parent  # back to the parent
    assert run.go_on(s.with_(iterations=300_000), 300_000)
    helper.run_next()
    assert helper.session.trainer.history.stride > 1  # the parent's curve thinned
    assert run.select(child) and run.go_on(slower.with_(iterations=1300), 1300)
    helper.run_next()
    np.testing.assert_array_equal(run.curve[0], helper.session.trainer.history.curve[0])
    helper_curve = helper.session.trainer.history.curve[0]
    own = run.record().curve.iterations  # the branch's own curve: the helper's from the branch's start
    assert own.tolist() == helper_curve[helper_curve >= 1000].tolist() and own[:3].tolist() == [1000, 1001, 1002]


def test_a_documents_irregular_curve_is_kept_whole_by_the_window_when_the_run_goes_on():
    saved_part = Trainer.from_settings(NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=10))
    saved_part.run(30)
    saved = Trained(30, saved_part.network.weights, None, np.array([0, 10, 20, 25]), np.array([.5, .4, .3, .2]),
                    np.array([0, 10, 20]), np.array([.5, .4, .3]))
    job = Job(NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=10), 100, start=saved)
    session, mirror = Session(job), RunMirror(job)
    for m in [*session.report(1)]:
        mirror.apply(m)
    result = session.trainer.run(100, on_progress=lambda _t: [mirror.apply(m) for m in session.report(1)])
    for m in session.report(1, result.status):
        mirror.apply(m)
    window = mirror.take().curve[0].tolist()
    assert 25 in window and window == session.trainer.history.curve[0].tolist()


def test_a_reports_messages_are_pickled_once_and_that_pickle_is_what_the_pipe_carries():
    """Session.pickled_report gives the sender's own size-check pickles, and they are the messages' pickles;
    a running report's empty-message sizes are worked out once per width of its integers, and the messages
    come out byte for byte as when they are worked out at every report (across pickle's 1-, 2- and 4-byte ints)."""
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    cached, fresh = Session(Job(ds, s, 70000, job_id=3)), Session(Job(ds, s, 70000, job_id=3))
    fresh.sender.cache_sizes = False
    reports = 0
    for until in (1, 2, 255, 256, 257, 4000, 65535, 65536, 65537, 70000):
        for session in (cached, fresh):
            session.trainer.run(until, report_end=False)
        payloads = cached.pickled_report(3)
        messages = fresh.report(3)
        assert [bytes(p) for p in payloads] == [bytes(ForkingPickler.dumps(m)) for m in messages]
        assert [bytes(p) for p in payloads] == [bytes(p) for p in fresh.sender.payloads]
        assert all(len(p) < MESSAGE_BYTES for p in payloads)
        reports += 1
    final = cached.pickled_report(3, DONE)
    assert pickle.loads(bytes(final[-1])).status == DONE and reports == 10


def test_integers_of_one_width_pickle_to_the_same_size():
    widths: dict[int, set[int]] = {}
    for n in (0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**40, -2**40 - 1,
              2**47, -2**47, -2**47 - 1, 2**63 - 1, 2**63):
        widths.setdefault(pickled_int_width(n), set()).add(len(ForkingPickler.dumps(n)))
    assert len(widths) >= 7 and all(len(sizes) == 1 for sizes in widths.values()), widths


def test_the_helpers_pulse_reads_what_waits_in_the_pipe_between_chunks_and_a_closed_pipe_ends_it():
    ours, theirs = multiprocessing.Pipe()
    pulse = remote.Pulse(theirs)
    pulse.begin(4)
    assert not pulse.should_stop()  # nothing waits
    ours.send(Cancel(3))  # an ended job's: means nothing
    ours.send("the next job")
    assert not pulse.should_stop()
    ours.send(Cancel(4))
    assert pulse.should_stop()
    assert pulse.receive() == "the next job"  # kept for after the job
    pulse.begin(5)
    ours.close()
    with pytest.raises(EOFError):  # serve() then ends, as when the window is gone
        pulse.should_stop()

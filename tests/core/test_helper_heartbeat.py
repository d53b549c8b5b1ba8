"""The helper's heartbeat: it beats while it starts and while its loop goes round, and only then.

A heartbeat means "the main loop is going round": a paced run and a study beat between their
progress messages, a main loop wedged in one computation falls silent (so the window's
watchdog can tell), and the start-up beats end before the main loop sends anything."""

import multiprocessing
import threading
from types import SimpleNamespace

import pytest

from playground.core.helper import helper_entry

from playground.core.helper import remote
from playground.core.nn.network import Network
from playground.core.data.presets import get_preset
from playground.core.training.run import Failed, Heartbeat, Job, Progress, StudyDelta
from playground.core.training.study import StudyJob
from playground.core.training.training import DONE

NOTEBOOK = get_preset("notebook")
BEAT = 0.02  # the heartbeat these helpers are started with: short, so the tests are quick
WAIT = 60  # seconds: only a hang reaches it


@pytest.fixture
def helper():
    """remote.serve in a thread at the other end of a real pipe, with a short heartbeat and a speed control."""
    ours, theirs = multiprocessing.Pipe()
    stop = threading.Event()
    rate = SimpleNamespace(value=0.0)  # iterations a second, 0 = full speed (a shared Value in the window)
    thread = threading.Thread(target=remote.serve, args=(theirs, stop, 1 / 30, rate), kwargs={"heartbeat": BEAT},
                              daemon=True)
    thread.start()
    yield SimpleNamespace(conn=ours, stop=stop, rate=rate)
    stop.set()
    ours.send(None)
    thread.join(WAIT)
    assert not thread.is_alive()


def messages_until_the_end(conn) -> list:
    """Every message of one job, up to its final one."""
    messages = []
    while True:
        assert conn.poll(WAIT), "the helper did not finish"
        m = conn.recv()
        messages.append(m)
        assert not isinstance(m, Failed), m.message
        if isinstance(m, (Progress, StudyDelta)) and m.status is not None:
            return messages


def test_a_slow_motion_run_beats_between_its_snapshots(helper):
    """At 5 iterations a second a snapshot comes every 0.2 s; the heartbeat (0.02 s) fills the gaps."""
    helper.rate.value = 5.0
    helper.conn.send(Job(NOTEBOOK.dataset(), NOTEBOOK.settings, 4))
    messages = messages_until_the_end(helper.conn)
    snapshots = [i for i, m in enumerate(messages) if isinstance(m, Progress)]
    assert messages[-1].status == DONE and messages[-1].iteration == 4
    assert all(isinstance(m, (Progress, Heartbeat)) for m in messages)
    # between two paced iterations (not the last snapshots of the run, sent one after the other)
    between = [sum(isinstance(m, Heartbeat) for m in messages[a + 1:b]) for a, b in zip(snapshots, snapshots[1:])
               if messages[b].iteration > messages[a].iteration]
    assert len(between) >= 3 and all(n >= 1 for n in between), between


def test_a_study_beats_between_its_progress_messages(helper):
    """A study reports every 0.25 s; in between, its loop beats."""
    settings = NOTEBOOK.settings.with_(iterations=10**7, log_every=10**6)
    helper.conn.send(StudyJob(NOTEBOOK.dataset(), settings, 4))
    seen = []
    while sum(isinstance(m, StudyDelta) for m in seen) < 3:
        assert helper.conn.poll(WAIT)
        seen.append(helper.conn.recv())
    helper.stop.set()
    last = messages_until_the_end(helper.conn)[-1]
    assert last.status == "stopped"
    progress = [i for i, m in enumerate(seen) if isinstance(m, StudyDelta)]
    assert all(isinstance(m, (StudyDelta, Heartbeat)) for m in seen)
    assert all(any(isinstance(m, Heartbeat) for m in seen[a + 1:b]) for a, b in zip(progress, progress[1:]))


def test_a_main_loop_wedged_in_one_computation_sends_nothing(helper, monkeypatch):
    """The beat comes from the training loop itself: while one step does not return, the helper is silent."""
    wedged, release = threading.Event(), threading.Event()
    steps = Network.steps

    def wedging_steps(self, *args, **kwargs):
        if self.t >= 200 and not release.is_set():  # a computation that does not return, mid-run
            wedged.set()
            release.wait(WAIT)
        return steps(self, *args, **kwargs)

    monkeypatch.setattr(Network, "steps", wedging_steps)
    helper.conn.send(Job(NOTEBOOK.dataset(), NOTEBOOK.settings.with_(iterations=2000), 2000))
    try:
        assert wedged.wait(WAIT)
        while helper.conn.poll(0):  # what it sent before the wedge
            helper.conn.recv()
        assert not helper.conn.poll(50 * BEAT), "a wedged main loop must not beat"
    finally:
        release.set()
    messages = messages_until_the_end(helper.conn)
    assert messages[-1].status == DONE and messages[-1].iteration == 2000


def test_the_start_up_beats_go_until_the_helper_is_ready():
    ours, theirs = multiprocessing.Pipe()
    done = threading.Event()
    beats = threading.Thread(target=helper_entry.beat_until, args=(theirs, done, BEAT), daemon=True)
    beats.start()
    for _ in range(3):
        assert ours.poll(WAIT)
        assert isinstance(ours.recv(), Heartbeat)
    done.set()
    beats.join(WAIT)
    assert not beats.is_alive()
    while ours.poll(0):  # a beat sent just before done
        assert isinstance(ours.recv(), Heartbeat)
    assert not ours.poll(10 * BEAT)


def test_the_helper_process_beats_while_it_starts_and_answers_after():
    """Spawned as the window spawns it: whatever it sends before its first answer is a Heartbeat."""
    from playground.core.helper.threads import ThreadsQuery, ThreadsReport

    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    stop = ctx.Event()
    proc = ctx.Process(target=helper_entry.serve, args=(child, stop, 1 / 30, None, 0.001), daemon=True)
    proc.start()
    child.close()
    try:
        parent.send(ThreadsQuery())
        before = []
        while True:
            assert parent.poll(WAIT)
            m = parent.recv()
            if not isinstance(m, Heartbeat):
                break
            before.append(m)
        assert isinstance(m, ThreadsReport)
        assert before, "a start-up of several ms sends beats at 1 ms"
        parent.send(None)
        proc.join(WAIT)
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join(WAIT)
    assert proc.exitcode == 0


class CountingJob:
    """A job kind of its own (as an atlas chunk or a race is): it serves itself in the helper."""

    def __init__(self, job_id: int, chunks: int) -> None:
        self.job_id, self.chunks = job_id, chunks

    def serve_in_helper(self, pulse) -> None:
        for i in range(self.chunks):
            if pulse.should_stop():
                pulse.send(("stopped", self.job_id, i))
                return
            pulse.send(("chunk", self.job_id, i))
        pulse.send(("done", self.job_id, self.chunks))


def test_a_job_of_another_kind_serves_itself_and_the_helper_serves_on(helper):
    """A job with serve_in_helper runs through the same Pulse; the next ordinary Job still trains."""
    helper.conn.send(CountingJob(7, 3))
    got = []
    while not got or got[-1][0] != "done":
        assert helper.conn.poll(WAIT), "the helper did not answer"
        m = helper.conn.recv()
        if not isinstance(m, Heartbeat):
            got.append(m)
    assert got == [("chunk", 7, 0), ("chunk", 7, 1), ("chunk", 7, 2), ("done", 7, 3)]
    helper.conn.send(Job(NOTEBOOK.dataset(), NOTEBOOK.settings, 10))
    final = messages_until_the_end(helper.conn)[-1]
    assert final.status == DONE

"""The relay worker: it rebuilds whole Snapshots from a helper's deltas, drops what belongs to another job,
and cancels by id. The helper here is a stand-in that answers a job with the messages a real helper's
session makes (core.remote.Session), so the worker runs in the test's thread and nothing is timed."""

import queue
from types import SimpleNamespace

import numpy as np

from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.helper.remote import Session
from playground.core.training.run import Cancel, Job
from playground.core.training.training import DONE, Trainer
from playground.ui.run.relay import RelayWorker

NOTEBOOK = get_preset(DEFAULT_PRESET)


class StandInHelper:
    """Answers a Job at once with ``answer(job)``'s messages; keeps what it was sent."""

    def __init__(self, answer):
        self.inbox = queue.SimpleQueue()
        self.rate = SimpleNamespace(value=0.0)
        self.pid = 12345
        self.sent = []
        self._answer = answer

    def is_alive(self):
        return True

    def send(self, message):
        self.sent.append(message)
        if isinstance(message, Job):
            for m in self._answer(message):
                self.inbox.put(m)


class StandInPool:
    def __init__(self, helper):
        self.helper = helper

    def acquire(self, name, progress_interval, heartbeat):
        return self.helper

    def warm(self, progress_interval, heartbeat):
        pass

    def release(self, helper, timeout=0):
        pass


def run_messages(job, until, job_id):
    """What a helper sends for ``job`` run to ``until`` (a report every 500 iterations), as job ``job_id``."""
    session = Session(job)
    out = []
    for at in range(500, until + 1, 500):
        session.trainer.run(at)
        out += session.report(job_id)
    return out + session.report(job_id, DONE)


def test_the_worker_rebuilds_the_run_and_drops_another_jobs_messages(qtbot):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings.with_(log_every=250)
    other = NOTEBOOK.settings.with_(log_every=100, seed=7)

    def answer(job):  # a late message of an older job comes first, then the job's own
        return run_messages(Job(ds, other, 1000), 1000, job.job_id - 1)[:3] + run_messages(job, 2000, job.job_id)

    worker = RelayWorker(StandInPool(StandInHelper(answer)), "nn-playground-test")
    finished = []
    worker.finished.connect(finished.append)
    worker.run_job(Job(ds, s, 2000, job_id=41))
    whole = Trainer.from_settings(ds, s)
    whole.run(2000)
    [snap] = finished
    unread = worker.take_progress()  # what the GUI thread had not taken went with the final one
    assert unread is None and snap.status == DONE and snap.iteration == 2000
    its, errs = whole.history.logged
    assert snap.logged == list(zip(its.tolist(), errs.tolist())) and snap.n_logged == len(its)
    np.testing.assert_array_equal(snap.curve[0], whole.history.curve[0])
    np.testing.assert_array_equal(snap.curve[1], whole.history.curve[1])
    for a, b in zip(snap.weights, whole.network.weights):
        np.testing.assert_array_equal(a, b)


def test_stop_before_the_job_reaches_the_worker_sends_a_cancel_with_its_id(qtbot):
    ds, s = NOTEBOOK.dataset(), NOTEBOOK.settings
    helper = StandInHelper(lambda job: run_messages(job, 500, job.job_id))
    worker = RelayWorker(StandInPool(helper), "nn-playground-test")
    worker.cancel(42)  # Stop pressed while the job was still queued for the worker's thread
    worker.run_job(Job(ds, s, 500, job_id=42))
    assert [type(m).__name__ for m in helper.sent] == ["Job", "Cancel"] and helper.sent[1] == Cancel(42)
    worker.cancel(42)  # the job has ended: nothing more is sent
    assert len(helper.sent) == 2

"""The helper process's side of the pipe: it runs the Jobs and StudyJobs it is sent, one at a time.

Any other job kind (an atlas chunk, a race) brings its own ``serve_in_helper(pulse)``: it is called
with the :class:`Pulse`, sends its messages through ``pulse.send`` and asks ``pulse.should_stop()``
between chunks (a Cancel with its ``job_id`` then stops it), so it beats like the others.

Why a process: a Python thread running the NumPy loop holds the GIL most of the time,
and the UI thread then waits up to the switch interval (5 ms) at every Python call while
painting: the window stutters. A separate process has its own GIL. The messages, their ids,
sizes and order are documented once, in :mod:`playground.core.training.run`; besides them, a
:class:`~playground.core.helper.threads.ThreadsQuery` is answered at once with a
:class:`~playground.core.helper.threads.ThreadsReport` (the helper's BLAS threads, for tests).

The helper runs NumPy with one BLAS thread (:mod:`playground.core.helper.threads` says why) and,
when it starts, trains a tiny network once, so the first Train finds it warm.

Heartbeat and Cancel: everything the helper sends goes through a :class:`Pulse`, which the
training and study loops also ask, between chunks and while they wait in slow motion, whether
their job was cancelled; it then reads what has come down the pipe (a Cancel for the running
job stops it; anything else waits for the job's end) and, when nothing was sent for a
heartbeat, sends a :class:`~playground.core.training.heartbeat.Heartbeat`. So a beat means the main
loop is going round: a stopped helper (SIGSTOP) and one wedged in a computation that does not
return both fall silent, and the window's watchdog (:mod:`playground.ui.run.relay`) says so.
"""

from __future__ import annotations

import time
import traceback
from collections import deque
from typing import TYPE_CHECKING, Callable

import numpy as np

from playground.core.training import heartbeat

from playground.core.helper import threads
from playground.core.training.budget import memory_message
from playground.core.training.heartbeat import HEARTBEAT_SECONDS, Heartbeat
from playground.core.explain.hints import run_learning_rate_hint
from playground.core.nn.network import Network
from playground.core.training.progress import ProgressSender, StudySender, restore_history
from playground.core.training.run import Cancel, Failed, Job, Progress, Snapshot, measure
from playground.core.training.training import Trainer, plateau_hint

if TYPE_CHECKING:  # core.study is loaded with the first StudyJob (unpickling it imports it): a faster boot
    from playground.core.training.study import StudyJob

describe_exit = heartbeat.describe_exit  # named here too, where the helper's side is


def _hint(trainer: Trainer) -> str | None:
    """What to tell the student after a run: lr too large for the rows of an update, else a plateau, else nothing."""
    return run_learning_rate_hint(trainer) or plateau_hint(trainer)


def _poller(conn) -> Callable[[], bool]:
    """Whether something waits in the pipe, asked between chunks (every ~5 ms): ``select.poll`` on its
    descriptor, registered once, where there is one. ``conn.poll(0)`` makes, fills and closes a selector at
    each call: ~1% of a notebook training. A closed pipe counts as readable either way (recv then says so)."""
    try:
        import select

        poller = select.poll()
        poller.register(conn.fileno(), select.POLLIN)
    except (AttributeError, OSError, ValueError, TypeError):  # no poll (Windows) or no descriptor (a test's pipe)
        return lambda: conn.poll(0)
    return lambda: bool(poller.poll(0))


class Pulse:
    """The helper's way out and in while a job runs: every message it sends, a Heartbeat when it has sent
    nothing for a while, and a Cancel for the running job (read between chunks)."""

    def __init__(self, conn, stop_event=None, heartbeat: float = HEARTBEAT_SECONDS) -> None:
        self._conn = conn
        self._stop_event = stop_event  # optional: stops whatever job runs (an in-process helper's tests)
        self._heartbeat = heartbeat
        self._sent = time.monotonic()
        self._waiting: deque = deque()  # what came during a job and is not for it: read after it
        self._waiting_to_read = _poller(conn)
        self.job_id = 0
        self._cancelled = False

    def send(self, message) -> None:
        self._conn.send(message)
        self._sent = time.monotonic()

    def send_all(self, messages) -> None:
        for message in messages:
            self.send(message)

    def send_pickled(self, payloads) -> None:
        """Send messages pickled already, as ``send`` would pickle them (the other end's ``recv`` reads them)."""
        for payload in payloads:
            self._conn.send_bytes(payload)
            self._sent = time.monotonic()

    def begin(self, job_id: int) -> None:
        """A job starts: Cancels for it count from now."""
        self.job_id, self._cancelled = job_id, False

    def receive(self):
        """The next message for the main loop (what waited during the last job first)."""
        return self._waiting.popleft() if self._waiting else self._conn.recv()

    def should_stop(self) -> bool:
        """Was the job cancelled? Asked by the main loop between chunks, so this is also where it beats."""
        if time.monotonic() - self._sent >= self._heartbeat:
            self.send(Heartbeat())
        while not self._cancelled and self._waiting_to_read():
            message = self._conn.recv()
            if isinstance(message, Cancel):
                self._cancelled = message.job_id == self.job_id  # a Cancel of an ended job means nothing
            else:
                self._waiting.append(message)
        return self._cancelled or (self._stop_event is not None and self._stop_event.is_set())


class Session:
    """The network the helper holds between Jobs, and what the window has of its run."""

    def __init__(self, job: Job) -> None:
        trainer = Trainer.from_settings(job.dataset, job.settings, keep_timeline=True)
        saved = job.start
        if saved is not None:  # go on from given weights (a reopened document)
            trainer.network.set_state(saved.weights, saved.biases, saved.optimizer)
            trainer.iteration = saved.iterations_done
            restore_history(trainer.history, saved)
        self.trainer = trainer
        self.dataset = job.dataset
        self.sender = ProgressSender(trainer, job.dataset, trainer.history.n_logged)
        self.lines_sent = trainer.history.n_logged  # for snapshot(): Error: lines already reported
        self.timeline_sent = 0  # for snapshot(): the timeline's seq already reported

    def report(self, job_id: int, status: str | None = None, message: str = "") -> list[Progress]:
        """The Progress messages of one report (see :class:`~playground.core.training.progress.ProgressSender`);
        with a status, the final ones (and the hint)."""
        if status is None:
            return self.sender.report(job_id)
        return self.sender.report(job_id, status, message, _hint(self.trainer), final=True)

    def pickled_report(self, job_id: int, status: str | None = None, message: str = "") -> list:
        """:meth:`report`'s messages as the pipe sends them: the sender pickles each once, to check its
        size, and that pickle is what goes (not a second one)."""
        self.report(job_id, status, message)
        return self.sender.payloads

    def snapshot(self, status: str | None = None, message: str = "") -> Snapshot:
        """The run now, whole, in this process (the messages send only what is new), with the lines and
        weight snapshots not yet given by a previous call."""
        t = self.trainer
        state = t.network.get_state()
        logged = t.history.logged_since(self.lines_sent)
        timeline = t.timeline.since(self.timeline_sent)
        self.lines_sent, self.timeline_sent = t.history.n_logged, t.timeline.seq
        outputs, output_error = measure(t.network, self.dataset, self.sender.rows)
        test = t.history.curve_test if t.X_test is not None and len(t.X_test) else None
        return Snapshot(t.iteration, state["weights"], state["biases"], outputs, t.history.curve, logged,
                        t.history.n_logged, timeline, t.timeline.stride, status, message,
                        _hint(t) if status is not None else None, output_error, t.history.curve_loss, test,
                        state["optimizer"] or None)


def run_study(out: Pulse, job: StudyJob, progress_interval: float = 0.25) -> None:
    """One convergence study: what is new while it runs, then the final delta."""
    from playground.core.training.study import Study

    study = Study(job.dataset, job.settings, job.count, target_error=job.target_error,
                  record_every=job.record_every)
    threads.pin_for_job(study.rows, study.sizes, networks=study.count, beside_window=True)
    sender = StudySender()

    def report(s) -> None:
        if s.status is None:  # the final delta follows, with the final errors
            out.send(sender.delta(job.job_id, s))

    study.run(on_progress=report, should_stop=out.should_stop, progress_interval=progress_interval)
    out.send(sender.delta(job.job_id, study, final=True))


def _warm() -> None:
    """Train a tiny network once, so the first real job finds NumPy's code paths and buffers ready."""
    trainer = Trainer(Network([3, 4, 1], seed=1), np.zeros((4, 3)), np.zeros((4, 1)), log_every=1000)
    trainer.run(50)


def serve(conn, stop_event=None, progress_interval: float = 1 / 30, rate=None, *,
          heartbeat: float = HEARTBEAT_SECONDS, ready: Callable[[], None] | None = None) -> None:
    """The helper process's main loop: run jobs until sent None or the pipe closes.

    ``stop_event``: optional; when set, it stops whatever job runs (the window cancels by id).
    ``rate``: an optional shared ``multiprocessing.Value`` of the speed (iterations
    a second; 0 or less = full speed). ``heartbeat``: while a job runs, something is sent
    at least this often. ``ready`` is called once warm, before anything is sent.
    """
    session: Session | None = None
    max_rate = None if rate is None else (lambda: rate.value)
    threads.pin_blas_threads(1)  # beside the window: one BLAS thread
    _warm()
    if ready is not None:
        ready()
    out = Pulse(conn, stop_event, heartbeat)
    while True:
        try:
            job = out.receive()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        if isinstance(job, Cancel):  # its job has ended already
            continue
        if isinstance(job, threads.ThreadsQuery):
            out.send(threads.ThreadsReport(threads.blas_info()))
            continue
        job_id = getattr(job, "job_id", 0)
        out.begin(job_id)
        try:
            if not isinstance(job, Job):
                # Any other kind of job (an atlas chunk, a race, ...) serves itself: it is the window's
                # own object, pickled by the window, never something a user or a file supplies.
                serve_in_helper = getattr(job, "serve_in_helper", None)
                if callable(serve_in_helper):
                    serve_in_helper(out)
                    continue
                from playground.core.training.study import StudyJob

                if not isinstance(job, StudyJob):
                    raise TypeError(f"the helper runs Jobs and StudyJobs, not {type(job).__name__}")
                run_study(out, job)
                continue
            if not job.go_on:
                session = None
                session = Session(job)
                threads.pin_for_job(len(session.trainer.X), session.trainer.network.sizes, beside_window=True)
            elif session is None:
                raise RuntimeError("a Job to go on before any start")
            s = session
            result = s.trainer.run(job.until, on_progress=lambda _t: out.send_pickled(s.pickled_report(job_id)),
                                   should_stop=out.should_stop, progress_interval=progress_interval,
                                   target_error=job.target_error, max_rate=max_rate,
                                   report_end=False)  # the final report follows: everything up to the end
            out.send_pickled(s.pickled_report(job_id, result.status, result.message))
        except (EOFError, OSError, BrokenPipeError):
            return
        except MemoryError:  # the window checks the budget first; this is what slips through
            try:
                out.send(Failed(memory_message("this job").capitalize() + ".", job_id))
            except (OSError, BrokenPipeError):
                return
        except Exception as e:  # report, keep serving: the window shows the message
            try:
                out.send(Failed(f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}", job_id))
            except (OSError, BrokenPipeError):
                return

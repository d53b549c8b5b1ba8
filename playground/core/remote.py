"""The helper process's side of the pipe: it runs the Jobs and StudyJobs it is sent.

Why a process: a Python thread running the NumPy loop holds the GIL most of the time,
and the UI thread then waits up to the switch interval (5 ms) at every Python call while
painting: the window stutters. A separate process has its own GIL. The messages and
their order are documented once, in :mod:`playground.core.run`; besides them, a
:class:`~playground.core.threads.ThreadsQuery` is answered at once with a
:class:`~playground.core.threads.ThreadsReport` (the helper's BLAS threads, for tests).

The helper runs NumPy with one BLAS thread (:mod:`playground.core.threads` says why) and,
when it starts, trains a tiny network once, so the first Train finds it warm.

Heartbeat: everything the helper sends goes through a :class:`Pulse`, which the training
and study loops also ask, between chunks and while they wait in slow motion, whether Stop
was pressed; when nothing was sent for a heartbeat it sends a
:class:`~playground.core.helper_entry.Heartbeat`. So a beat means the main loop is going
round: a stopped helper (SIGSTOP) and one wedged in a computation that does not return
both fall silent, and the window's watchdog (:mod:`playground.ui.relay`) says so.
"""

from __future__ import annotations

import time
import traceback
from typing import TYPE_CHECKING, Callable

import numpy as np

from playground.core import threads
from playground.core.budget import memory_message
from playground.core.helper_entry import HEARTBEAT_SECONDS, Heartbeat
from playground.core.helper_entry import describe_exit  # noqa: F401 - here too, where the helper's side is
from playground.core.hints import run_learning_rate_hint
from playground.core.network import Network
from playground.core.run import Failed, Job, Snapshot, measure
from playground.core.training import Trainer, plateau_hint

if TYPE_CHECKING:  # core.study is loaded with the first StudyJob (unpickling it imports it): a faster boot
    from playground.core.study import StudyJob


def _hint(trainer: Trainer) -> str | None:
    """What to tell the student after a run: lr too large for the rows of an update, else a plateau, else nothing."""
    return run_learning_rate_hint(trainer) or plateau_hint(trainer)


class Pulse:
    """The helper's way out: every message it sends, and a Heartbeat when it has sent nothing for a while."""

    def __init__(self, conn, stop_event, heartbeat: float = HEARTBEAT_SECONDS) -> None:
        self._conn = conn
        self._stop_event = stop_event
        self._heartbeat = heartbeat
        self._sent = time.monotonic()

    def send(self, message) -> None:
        self._conn.send(message)
        self._sent = time.monotonic()

    def should_stop(self) -> bool:
        """Was Stop pressed? Asked by the main loop between chunks, so this is also where it beats."""
        if time.monotonic() - self._sent >= self._heartbeat:
            self.send(Heartbeat())
        return self._stop_event.is_set()


class Session:
    """The network the helper holds between Jobs, and what has been sent of its run."""

    def __init__(self, job: Job) -> None:
        trainer = Trainer.from_settings(job.dataset, job.settings, keep_timeline=True)
        saved = job.start
        if saved is not None:  # go on from given weights (a reopened document)
            trainer.network.set_state(saved.weights, saved.biases, saved.optimizer)
            trainer.iteration = saved.iterations_done
            its = saved.history_iterations
            stride = int(its[1] - its[0]) if len(its) > 1 else 1
            trainer.history.restore((its, saved.history_errors, saved.history_losses, saved.history_tests),
                                    (saved.logged_iterations, saved.logged_errors, saved.logged_losses,
                                     saved.logged_tests), stride)
        self.trainer = trainer
        self.dataset = job.dataset
        self.lines_sent = trainer.history.n_logged  # Error: lines already sent (a given run's are known)
        self.timeline_sent = 0  # the timeline's seq already sent

    def snapshot(self, status: str | None = None, message: str = "") -> Snapshot:
        """The run now, with only what has not been sent yet of the lines and weight snapshots."""
        t = self.trainer
        state = t.network.get_state()
        logged = t.history.logged_since(self.lines_sent)
        timeline = t.timeline.since(self.timeline_sent)
        self.lines_sent, self.timeline_sent = t.history.n_logged, t.timeline.seq
        outputs, output_error = measure(t.network, self.dataset)
        test = t.history.curve_test if t.X_test is not None and len(t.X_test) else None
        return Snapshot(t.iteration, state["weights"], state["biases"], outputs, t.history.curve, logged,
                        t.history.n_logged, timeline, t.timeline.stride, status, message,
                        _hint(t) if status is not None else None, output_error, t.history.curve_loss, test,
                        state["optimizer"] or None)


def run_study(out: Pulse, job: StudyJob, progress_interval: float = 0.25) -> None:
    """One convergence study: progress while it runs, then the final progress."""
    from playground.core.study import Study

    study = Study(job.dataset, job.settings, job.count, target_error=job.target_error,
                  record_every=job.record_every)
    threads.pin_for_job(study.rows, study.sizes, networks=study.count, beside_window=True)

    def report(s) -> None:
        if s.status is None:  # the final progress follows, with the final errors
            out.send(s.progress())

    study.run(on_progress=report, should_stop=out.should_stop, progress_interval=progress_interval)
    out.send(study.progress(final=True))


def _warm() -> None:
    """Train a tiny network once, so the first real job finds NumPy's code paths and buffers ready."""
    trainer = Trainer(Network([3, 4, 1], seed=1), np.zeros((4, 3)), np.zeros((4, 1)), log_every=1000)
    trainer.run(50)


def serve(conn, stop_event, progress_interval: float = 1 / 30, rate=None, *,
          heartbeat: float = HEARTBEAT_SECONDS, ready: Callable[[], None] | None = None) -> None:
    """The helper process's main loop: run jobs until sent None or the pipe closes.

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
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        if isinstance(job, threads.ThreadsQuery):
            out.send(threads.ThreadsReport(threads.blas_info()))
            continue
        try:
            if not isinstance(job, Job):
                from playground.core.study import StudyJob

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
            result = s.trainer.run(job.until, on_progress=lambda _t: out.send(s.snapshot()),
                                   should_stop=out.should_stop, progress_interval=progress_interval,
                                   target_error=job.target_error, max_rate=max_rate)
            out.send(s.snapshot(result.status, result.message))
        except (EOFError, OSError, BrokenPipeError):
            return
        except MemoryError:  # the window checks the budget first; this is what slips through
            try:
                out.send(Failed(memory_message("this job").capitalize() + "."))
            except (OSError, BrokenPipeError):
                return
        except Exception as e:  # report, keep serving: the window shows the message
            try:
                out.send(Failed(f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}"))
            except (OSError, BrokenPipeError):
                return

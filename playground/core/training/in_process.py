"""A helper in this process: runs a :class:`~playground.core.training.run_session.RunSession`'s jobs with a Trainer here.

The window's session talks to a helper process (``playground.ui.run.relay.HelperLink``); the command
line's ``train`` and the tests give theirs an :class:`InProcessRunner` instead, so both go through
the same state machine and bookkeeping. ``submit(job)`` queues the job, as a helper's pipe does;
:meth:`InProcessRunner.run` runs what is queued, to its end, and reports to the session as a helper
does: ``on_progress(snapshot)`` while it runs (``live``), then ``on_finished(snapshot, trainer)``,
or ``on_failed(message)``. ``stop()`` (from a listener, while it runs) ends the job as stopped;
``go_on`` jobs continue the Trainer it holds, so pause + play is one uninterrupted run.

``on_start(trainer)`` is called before each job runs (the command line pins its BLAS threads) and
``on_progress(trainer)`` at each of the Trainer's reports (the command line prints the new Error:
lines), both with the Trainer itself.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

import numpy as np

from playground.core.training.budget import memory_message
from playground.core.training.run import Job, Snapshot, measure
from playground.core.training.training import RunResult, Trainer


class InProcessRunner:
    """Runs a session's jobs in this process (module docstring)."""

    def __init__(self, *, keep_timeline: bool = True, live: bool = False,
                 on_start: Callable[[Trainer], Any] | None = None,
                 on_progress: Callable[[Trainer], Any] | None = None, raise_errors: bool = False) -> None:
        self.keep_timeline = keep_timeline  # weight snapshots for the History (the command line keeps none)
        self.live = live  # report a Snapshot at each of the Trainer's reports, as a helper does
        self.on_start, self.on_progress = on_start, on_progress
        self.raise_errors = raise_errors  # let exceptions through (the command line reports its own)
        self.session: Any = None
        self.trainer: Trainer | None = None  # the network it holds between jobs
        self.result: RunResult | None = None  # how the last job ended
        self._dataset = None
        self._queue: list[Job] = []
        self._stop = False
        self._speed: float | None = None
        self._lines_sent = 0
        self._timeline_sent = 0

    def report_to(self, session: Any) -> None:
        """Send the reports of every job to ``session`` (its ``on_progress``, ``on_finished``, ``on_failed``)."""
        self.session = session

    # ------------------------------------------------------------------ the Helper interface
    def submit(self, job: Job) -> bool:
        if self._queue:
            return False  # one job at a time, as a helper link
        self._queue.append(job)
        return True

    def stop(self) -> None:
        self._stop = True

    def set_speed(self, rate: float | None) -> None:
        self._speed = float(rate) if rate is not None and rate > 0 else None

    def shutdown(self) -> None:
        self._queue.clear()
        self.trainer = None

    # ------------------------------------------------------------------ running
    def run(self) -> RunResult | None:
        """Run the queued job to its end, reporting to the session; its result (None: nothing queued, or it
        failed)."""
        if not self._queue:
            return None
        job = self._queue[0]
        self._stop = False
        self.result = None
        try:
            trainer = self._trainer_for(job)
            if self.on_start is not None:
                self.on_start(trainer)
            watch = self._progress if self.live or self.on_progress is not None else None
            self.result = trainer.run(job.until, on_progress=watch, should_stop=lambda: self._stop,
                                      target_error=job.target_error, max_rate=lambda: self._speed)
        except Exception as e:  # a bug or a bad job (MemoryError too)
            self._queue.clear()
            if self.raise_errors:
                raise
            self._report_failure(e)
            return None
        self._queue.clear()
        self.session.on_finished(self._snapshot(self.result.status, self.result.message), trainer)
        return self.result

    def _report_failure(self, e: Exception) -> None:
        """The job could not run: reported as a helper reports it (the first line is for people)."""
        self.trainer = None
        if isinstance(e, MemoryError):
            self.session.on_failed(memory_message("this job").capitalize() + ".")
        else:
            self.session.on_failed(f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}")

    def _trainer_for(self, job: Job) -> Trainer:
        if job.go_on:
            if self.trainer is None:
                raise RuntimeError("a Job to go on before any start")
            return self.trainer
        from playground.core.training.progress import restore_history

        trainer = Trainer.from_settings(job.dataset, job.settings, keep_timeline=self.keep_timeline)
        saved = job.start
        if saved is not None:  # go on from given weights (a reopened document, a branch)
            trainer.network.set_state(saved.weights, saved.biases, saved.optimizer)
            trainer.iteration = saved.iterations_done
            restore_history(trainer.history, saved)
        self.trainer, self._dataset = trainer, job.dataset
        self._lines_sent, self._timeline_sent = trainer.history.n_logged, 0
        return trainer

    def _progress(self, trainer: Trainer) -> None:
        if self.on_progress is not None:
            self.on_progress(trainer)
        if self.live:
            self.session.on_progress(self._snapshot())

    def _snapshot(self, status: str | None = None, message: str = "") -> Snapshot:
        """The run now, with the Error: lines and weight snapshots not given before (as the helper's)."""
        t = self.trainer
        state = t.network.get_state()
        logged = t.history.logged_since(self._lines_sent)
        timeline = [] if t.timeline is None else t.timeline.since(self._timeline_sent)
        self._lines_sent = t.history.n_logged
        self._timeline_sent = 0 if t.timeline is None else t.timeline.seq
        outputs, output_error = measure(t.network, self._dataset)
        its, errors = t.history.curve
        test = np.array(t.history.curve_test) if t.X_test is not None else None
        return Snapshot(t.iteration, state["weights"], state["biases"], outputs, (np.array(its), np.array(errors)),
                        logged, t.history.n_logged, timeline, 1 if t.timeline is None else t.timeline.stride, status,
                        message, None, output_error, np.array(t.history.curve_loss), test, state["optimizer"] or None)


def headless_session(**runner_options: Any):
    """A RunSession with an InProcessRunner (``runner_options``): ``(session, runner)``."""
    from playground.core.training.run_session import RunSession

    runner = InProcessRunner(**runner_options)
    session = RunSession(runner)
    runner.report_to(session)
    return session, runner

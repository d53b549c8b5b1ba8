"""The race window's line to a helper process: send a RaceJob, read its messages on a thread, Stop, close.

:class:`RaceLink` lives in the GUI thread. ``start(job)`` takes a helper of the app's
:class:`~playground.ui.run.helper_pool.HelperPool` and sends it the :class:`~playground.core.landscape.race_job.RaceJob`;
a plain Python thread reads the helper's inbox (``HelperProcess.inbox``, filled by its own reading thread)
with a :class:`~playground.ui.run.job_reader.JobReader`,
applies the race's messages to a :class:`~playground.core.landscape.race_job.RaceMirror` and hands the
picture to the GUI thread by queued signals: ``progressed`` is emitted once until the window has taken the
picture (``take``), so a busy window is never behind by a backlog; then ``finished(RaceFinished)`` or
``failed(message)``. Heartbeats keep it patient: a helper silent for ``STALL_SECONDS`` is reported
(``stalled``); after Stop (a ``Cancel`` with the job's id) a helper silent for ``STOP_GRACE_SECONDS`` is
ended and the race ends with ``failed``. The helper is given back to the pool (which ends it) when the race
ends, so no helper outlives its race; ``shutdown`` (the window closing) stops a running race first.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from playground.core.landscape.race_job import PROGRESS_INTERVAL, RaceFinished, RaceJob, RaceMirror, RaceProgress
from playground.core.training.run import Failed
from playground.ui.run import relay
from playground.ui.run.helper_pool import HelperPool, HelperProcess, PipeClosed
from playground.ui.run.job_reader import KILLED, JobReader

POLL_SECONDS = 0.02


class RaceLink(QObject):
    """Runs one race at a time in a helper process of the pool (see the module docstring)."""

    progressed = Signal()  # a new picture waits in take()
    finished = Signal(object)  # the RaceFinished
    failed = Signal(str)
    stalled = Signal(float)  # seconds the helper has been silent during a race
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: HelperPool | None = None,
                 name: str = "nn-playground-race") -> None:
        super().__init__(parent)
        self._pool = pool
        self._name = name
        self._lock = threading.Lock()
        self._helper: HelperProcess | None = None
        self._thread: threading.Thread | None = None
        self._reader: JobReader | None = None  # the running race's (its stop() cancels it)
        self._mirror: RaceMirror | None = None
        self._unread = False
        self.finished.connect(self._ended)
        self.failed.connect(self._ended)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def helper_pid(self) -> int | None:
        helper = self._helper
        return helper.pid if helper is not None and helper.is_alive() else None

    def start(self, job: RaceJob) -> bool:
        """Send ``job`` to a helper of its own; False while another race runs."""
        if self.running:
            return False
        pool = self._pool or HelperPool.shared()
        helper = pool.acquire(self._name, PROGRESS_INTERVAL, relay.STALL_SECONDS / relay.BEATS_PER_STALL)
        reader = JobReader(helper, job.job_id, self._on_message, stall_seconds=relay.STALL_SECONDS,
                           grace_seconds=relay.STOP_GRACE_SECONDS, poll_seconds=POLL_SECONDS,
                           stalled=self.stalled.emit, kill=lambda: self._release(kill=True))
        with self._lock:
            self._helper, self._reader = helper, reader
            self._mirror, self._unread = RaceMirror(len(job.race.values)), False
        helper.send(job)
        self._thread = threading.Thread(target=self._read, args=(reader,), name=f"{self._name}-relay", daemon=True)
        self._thread.start()
        self.runningChanged.emit(True)
        return True

    def stop(self) -> None:
        """Cancel the running race by its id (the helper ends it within a turn; a silent one is ended)."""
        with self._lock:
            if self._helper is None or self._reader is None:
                return
            self._reader.stop()  # (once: a second Stop changes nothing)

    def take(self) -> RaceMirror | None:
        """The race so far (the mirror itself: read it in the GUI thread before the next ``progressed``)."""
        with self._lock:
            self._unread = False
            return self._mirror

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop a running race and wait for its thread; the helper is ended."""
        self.stop()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        self._release()

    # ------------------------------------------------------------------ the reading thread
    def _read(self, reader: JobReader) -> None:
        end = reader.run()
        if end is KILLED:  # (the reader has given the helper back to the pool, which killed it)
            self._finish(self.failed, self.tr("The helper process did not answer, so it was ended."))
        elif isinstance(end, PipeClosed):
            self._finish(self.failed, self.tr("The helper process stopped unexpectedly ({how}).").format(
                how=end.reason))
        elif isinstance(end, Failed):
            self._finish(self.failed, end.message)

    def _on_message(self, message) -> bool:
        """One message of the race (in the reading thread); True for its last."""
        if isinstance(message, RaceFinished):
            self._finish(self.finished, message)
            return True
        if isinstance(message, RaceProgress):
            with self._lock:
                self._mirror.apply(message)
                first, self._unread = not self._unread, True
            if first:
                self.progressed.emit()
        return False

    def _finish(self, signal, value) -> None:
        self._release()
        signal.emit(value)

    def _release(self, kill: bool = False) -> None:
        with self._lock:
            helper, self._helper = self._helper, None
        if helper is not None:
            (self._pool or HelperPool.shared()).release(helper, 0 if kill else relay.CLOSE_SECONDS)

    def _ended(self, _value=None) -> None:
        """In the GUI thread, after the last signal of a race."""
        with self._lock:
            self._reader = None
        if self._thread is not None:
            self._thread.join(1.0)  # it returns right after its last signal
        self.runningChanged.emit(False)

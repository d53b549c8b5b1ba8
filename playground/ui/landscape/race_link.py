"""The race window's line to a helper process: send a RaceJob, read its messages on a thread, Stop, close.

:class:`RaceLink` lives in the GUI thread. ``start(job)`` takes a helper of the app's
:class:`~playground.ui.run.helper_pool.HelperPool` and sends it the :class:`~playground.core.landscape.race_job.RaceJob`;
a plain Python thread reads the helper's inbox (``HelperProcess.inbox``, filled by its own reading thread),
applies the race's messages to a :class:`~playground.core.landscape.race_job.RaceMirror` and hands the
picture to the GUI thread by queued signals: ``progressed`` is emitted once until the window has taken the
picture (``take``), so a busy window is never behind by a backlog; then ``finished(RaceFinished)`` or
``failed(message)``. Heartbeats keep it patient: a helper silent for ``STALL_SECONDS`` is reported
(``stalled``); after Stop (a ``Cancel`` with the job's id) a helper silent for ``STOP_GRACE_SECONDS`` is
ended and the race ends with ``failed``. The helper is given back to the pool (which ends it) when the race
ends, so no helper outlives its race; ``shutdown`` (the window closing) stops a running race first.
"""

from __future__ import annotations

import queue
import threading
import time

from PySide6.QtCore import QObject, Signal

from playground.core.landscape.race_job import PROGRESS_INTERVAL, RaceFinished, RaceJob, RaceMirror, RaceProgress
from playground.core.training.run import Cancel, Failed
from playground.ui.run import relay
from playground.ui.run.helper_pool import HelperPool, HelperProcess, PipeClosed

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
        self._job_id: int | None = None
        self._stop_at: float | None = None  # when Stop was pressed for the running race
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
        with self._lock:
            self._helper, self._job_id, self._stop_at = helper, job.job_id, None
            self._mirror, self._unread = RaceMirror(len(job.race.values)), False
        helper.send(job)
        self._thread = threading.Thread(target=self._read, args=(helper, job.job_id), name=f"{self._name}-relay",
                                        daemon=True)
        self._thread.start()
        self.runningChanged.emit(True)
        return True

    def stop(self) -> None:
        """Cancel the running race by its id (the helper ends it within a turn; a silent one is ended)."""
        with self._lock:
            if self._helper is None or self._job_id is None or self._stop_at is not None:
                return
            self._stop_at = time.monotonic()
            self._helper.send(Cancel(self._job_id))

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
    def _read(self, helper: HelperProcess, job_id: int) -> None:
        heard = time.monotonic()
        report_at = relay.STALL_SECONDS
        while True:
            try:
                message = helper.inbox.get(timeout=POLL_SECONDS)
            except queue.Empty:
                message = None
            now = time.monotonic()
            if message is not None:
                heard = now
                report_at = relay.STALL_SECONDS
                if isinstance(message, PipeClosed):
                    self._finish(self.failed, self.tr("The helper process stopped unexpectedly ({how}).").format(
                        how=message.reason))
                    return
                if isinstance(message, Failed) and message.job_id in (0, job_id):
                    self._finish(self.failed, message.message)
                    return
                if isinstance(message, RaceFinished) and message.job_id == job_id:
                    self._finish(self.finished, message)
                    return
                if isinstance(message, RaceProgress) and message.job_id == job_id:
                    with self._lock:
                        self._mirror.apply(message)
                        first, self._unread = not self._unread, True
                    if first:
                        self.progressed.emit()
            with self._lock:
                stop_at = self._stop_at
            if stop_at is not None and now - max(stop_at, heard) >= relay.STOP_GRACE_SECONDS:
                self._release(kill=True)
                self._finish(self.failed, self.tr("The helper process did not answer, so it was ended."))
                return
            if now - heard >= report_at:
                self.stalled.emit(now - heard)
                report_at = float(int(now - heard)) + 1.0

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
            self._job_id = None
        if self._thread is not None:
            self._thread.join(1.0)  # it returns right after its last signal
        self.runningChanged.emit(False)

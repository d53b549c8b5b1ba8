"""Work off the UI thread: a helper process does the maths, a worker thread relays its messages.

One mechanism for single trainings and convergence studies. ``HelperLink`` lives in
the GUI thread and is what a :class:`~playground.ui.run.Run` or the study window talks
to. It owns a ``QThread`` with a :class:`RelayWorker` moved onto it; the worker owns the
pipe to a helper process running :func:`playground.core.remote.serve` (started through
:func:`playground.core.helper_entry.serve`) and turns the
helper's typed messages (:mod:`playground.core.run`) into signals. It never touches a
widget. The helper is started once (``prestart``, after the window first paints, or at
the first job) and serves every job after that.

Why a process: a thread running the NumPy loop holds the GIL, and the UI thread then
waits up to 5 ms at every Python call while painting (150-1000 ms freezes were measured);
a process has its own GIL.

Teardown follows the Qt pattern: Stop ends the running job within a few ms, the worker
closes its helper in its own thread and then quits the thread's event loop, and
``QThread.finished`` deletes the worker (``deleteLater``). ``QThread.terminate`` is only
the last resort when the thread does not end in time (a helper that no longer answers).
"""

from __future__ import annotations

import multiprocessing
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.core import helper_entry
from playground.core.helper_entry import describe_exit
from playground.core.run import Failed

POLL_SECONDS = 0.02
PROGRESS_INTERVAL = 1 / 30  # the helper sends at most ~30 progress messages a second


class RelayWorker(QObject):
    """Lives in the worker thread; relays one job at a time to the helper process."""

    progressed = Signal(object)  # None: progress (a Snapshot or StudyProgress) waits in take_progress()
    finished = Signal(object)  # the final one (its status is set)
    failed = Signal(str)

    def __init__(self, stop_event, rate, name: str) -> None:
        super().__init__()
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._stop_event = stop_event
        self._rate = rate  # shared speed (iterations a second, 0 = full speed), read by the helper
        self._name = name
        self._conn = None
        self._process = None
        # Progress handed to the GUI thread but not yet taken: while the GUI thread is behind
        # (a busy machine), newer progress is merged into it instead of queueing more events,
        # so the UI thread never works through a backlog of stale snapshots.
        self._lock = threading.Lock()
        self._unread = None

    @Slot()
    def ensure_helper(self) -> None:
        """Start the helper process unless it is running."""
        if self._process is not None and self._process.is_alive():
            return
        self.close_helper(timeout=0.1)
        parent, child = self._ctx.Pipe()
        # helper_entry.serve imports the training side (core.remote) in the helper, not here
        proc = self._ctx.Process(target=helper_entry.serve, args=(child, self._stop_event, PROGRESS_INTERVAL, self._rate),
                                 name=self._name, daemon=True)
        proc.start()
        child.close()
        self._conn, self._process = parent, proc

    @Slot(object)
    def run_job(self, job) -> None:
        """Send a job and relay its messages until it ends (Stop ends it within a few ms)."""
        try:
            self.ensure_helper()
            self._conn.send(job)
        except Exception as e:  # noqa: BLE001 - e.g. a process that cannot start
            self.failed.emit(self.tr("Could not start the helper process: {problem}").format(
                problem=f"{type(e).__name__}: {e}"))
            return
        pending = None
        while True:
            try:
                if not self._conn.poll(POLL_SECONDS):
                    if not self._process.is_alive():
                        how = describe_exit(self._process.exitcode)
                        self.close_helper(timeout=0)
                        self.failed.emit(self.tr("The helper process stopped unexpectedly ({how}); press the "
                                                 "button again to retry.").format(how=how))
                        return
                    continue
                # Drain what has arrived so a slow UI gets one merged message, not a backlog.
                while True:
                    message = self._conn.recv()
                    if isinstance(message, Failed):
                        self.failed.emit(message.message)
                        return
                    pending = message if pending is None else message.after(pending)
                    if pending.status is not None:
                        unread = self.take_progress()  # not drawn yet: its lines go with the final one
                        self.finished.emit(pending if unread is None else pending.after(unread))
                        return
                    if not self._conn.poll(0):
                        break
                self._post(pending)
                pending = None
            except (EOFError, OSError) as e:
                proc = self._process
                if proc is not None:
                    proc.join(1.0)  # the pipe closed because the process ended: learn how
                how = describe_exit(proc.exitcode) if proc is not None and proc.exitcode is not None else (
                    str(e) or type(e).__name__)
                self.close_helper(timeout=0)
                self.failed.emit(self.tr("The helper process stopped unexpectedly ({how}); press the button again "
                                         "to retry.").format(how=how))
                return

    def _post(self, message) -> None:
        """Hand progress to the GUI thread: one event, until it takes the message (take_progress)."""
        with self._lock:
            first = self._unread is None
            self._unread = message if first else message.after(self._unread)
        if first:
            self.progressed.emit(None)

    def take_progress(self):
        """The progress not yet taken (merged), or None; called from the GUI thread."""
        with self._lock:
            message, self._unread = self._unread, None
        return message

    def helper_pid(self) -> int | None:
        """The helper process's id while it runs (for diagnostics and tests), else None."""
        proc = self._process
        return proc.pid if proc is not None and proc.is_alive() else None

    @Slot()
    def finish(self) -> None:
        """The last call in the worker thread: close the helper, then end the thread's event loop."""
        self.close_helper()
        self.thread().quit()

    def close_helper(self, timeout: float = 1.0) -> None:
        """Ask the helper to quit and wait for it (then end it)."""
        conn, proc, self._conn, self._process = self._conn, self._process, None, None
        if conn is not None:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            proc.join(timeout)
            if proc.is_alive():
                proc.terminate()
                proc.join(1.0)


class HelperLink(QObject):
    """The GUI thread's handle on one helper process: submit, stop, speed, clean shutdown."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    runningChanged = Signal(bool)
    _job = Signal(object)
    _prestart = Signal()
    _close = Signal()

    def __init__(self, parent: QObject | None = None, name: str = "nn-playground-helper") -> None:
        super().__init__(parent)
        self._name = name
        # The relay thread, its worker and the values shared with the helper are made when first
        # needed (prestart, after the window's first paint, or the first job), not while the window
        # is built: creating the shared values starts multiprocessing's resource tracker process.
        self._thread: QThread | None = None
        self._worker: RelayWorker | None = None
        self._stop_event = None
        self._rate = None
        self._speed = 0.0  # iterations a second, 0 = full speed (copied into the shared value)
        self._running = False
        self._closed = False

    def _start(self) -> None:
        if self._thread is not None or self._closed:
            return
        ctx = multiprocessing.get_context("spawn")
        self._stop_event = ctx.Event()
        # The speed, shared with the helper process so a change applies to a run going on.
        # A plain double needs no lock: one writer (this thread), one reader.
        self._rate = ctx.RawValue("d", self._speed)
        self._thread = QThread()
        self._thread.setObjectName(f"{self._name}-relay")
        worker = RelayWorker(self._stop_event, self._rate, self._name)
        worker.moveToThread(self._thread)
        # Signals cross to slots of objects in the right thread (never to lambdas).
        for signal, slot in ((self._job, worker.run_job), (self._prestart, worker.ensure_helper),
                             (self._close, worker.finish), (worker.progressed, self._on_progressed),
                             (worker.finished, self._on_finished), (worker.failed, self._on_failed),
                             (self._thread.finished, worker.deleteLater)):
            signal.connect(slot)
        self._worker = worker
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._running

    def is_alive(self) -> bool:
        """True until :meth:`shutdown` has ended the relay thread."""
        return not self._closed

    def prestart(self) -> None:
        """Start the helper process in the background (call after the window first paints)."""
        if not self._closed:
            self._start()
            self._prestart.emit()

    def submit(self, job) -> bool:
        """Run a Job or StudyJob; False while another runs or after shutdown."""
        if self._running or self._closed:
            return False
        self._start()
        self._stop_event.clear()  # safe: no job is running
        self._set_running(True)
        self._job.emit(job)
        return True

    def set_speed(self, iterations_per_second: float | None) -> None:
        """Slow motion: at most this many iterations a second; None = full speed. Applies at once."""
        if not self._closed:
            r = iterations_per_second
            self._speed = float(r) if r is not None and r > 0 else 0.0
            if self._rate is not None:
                self._rate.value = self._speed

    def speed(self) -> float | None:
        """The speed set by :meth:`set_speed` (None = full speed)."""
        return None if self._closed else (self._speed or None)

    def stop(self) -> None:
        """Ask the running job to stop; ``finished`` follows within a few milliseconds."""
        if not self._closed and self._stop_event is not None:
            self._stop_event.set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any job, close the helper process and end the thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._thread is None:  # never started: no thread, no helper
            return
        self._stop_event.set()
        self._close.emit()  # queued behind the running job, which returns after Stop; then the thread quits
        if not self._thread.wait(timeout_ms):
            # Last resort: the worker is stuck in a call that does not return (a helper that
            # neither answers nor dies). Ending a thread this way can leak what it held.
            self._thread.terminate()
            self._thread.wait()
        self._worker = None  # deleted by deleteLater at the thread's end; drops the shared Event and Value
        self._stop_event = self._rate = None

    def helper_pid(self) -> int | None:
        """The helper process's id while it runs, else None."""
        return None if self._worker is None else self._worker.helper_pid()

    def thread_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    @Slot(object)
    def _on_progressed(self, _ignored) -> None:
        worker = self._worker
        message = None if worker is None else worker.take_progress()
        if self._running and message is not None:
            self.progressed.emit(message)

    @Slot(object)
    def _on_finished(self, message) -> None:
        self._set_running(False)
        self.finished.emit(message)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self.failed.emit(message)

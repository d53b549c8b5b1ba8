"""Training off the UI thread: a helper process does the maths, a worker thread relays.

``TrainWorker`` is a QObject moved to a QThread. It owns the pipe to the helper
process (:mod:`playground.core.remote`) and turns the helper's messages into
signals. It never touches a widget. ``TrainingController`` lives in the GUI
thread, owns the thread and the worker, and is what the window talks to.

Why a process: a thread running the NumPy loop holds the GIL, and the UI thread
then waits up to 5 ms at every Python call while painting (150-1000 ms freezes
were measured); a process has its own GIL. The helper is started once, when the
window first shows, so pressing Train pays no start-up cost.
"""

from __future__ import annotations

import multiprocessing

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.core import remote

POLL_SECONDS = 0.02


def _merge(older: dict, newer: dict) -> dict:
    """Two progress snapshots as one: the newer state, with the Error: lines and weight snapshots of both."""
    merged = dict(newer)
    merged["logged"] = older["logged"] + newer["logged"]
    merged["timeline"] = older.get("timeline", []) + newer.get("timeline", [])
    return merged


class TrainWorker(QObject):
    """Lives in the worker thread; relays one job at a time to the helper process."""

    progressed = Signal(object)  # snapshot dict (see core.training.snapshot)
    finished = Signal(object, object)  # final snapshot, result dict
    failed = Signal(str)
    helperReady = Signal()

    def __init__(self, stop_event, rate=None) -> None:
        super().__init__()
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process, works frozen
        self._stop_event = stop_event
        self._rate = rate  # shared speed (iterations a second, 0 = full speed), read by the helper
        self._conn = None
        self._process = None

    @Slot()
    def ensure_helper(self) -> None:
        """Start the helper process unless it is running."""
        if self._process is not None and self._process.is_alive():
            return
        self._close_helper(timeout=0.1)
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=remote.serve, args=(child, self._stop_event, 1 / 30, self._rate),
                                 name="nn-playground-trainer", daemon=True)
        proc.start()
        child.close()
        self._conn, self._process = parent, proc
        self.helperReady.emit()

    @Slot(str, object)
    def run_job(self, kind: str, job: dict) -> None:
        """Send a job and relay its messages until it ends (Stop ends it within a few ms)."""
        try:
            self.ensure_helper()
            self._conn.send((kind, job))
        except Exception as e:  # noqa: BLE001 - e.g. a process that cannot start
            self.failed.emit(f"Could not start training: {e}")
            return
        pending = None
        while True:
            try:
                if not self._conn.poll(POLL_SECONDS):
                    if not self._process.is_alive():
                        self._close_helper(timeout=0)
                        self.failed.emit("The training process stopped unexpectedly; press Train to try again.")
                        return
                    continue
                # Drain what has arrived so a slow UI gets one merged snapshot, not a backlog.
                while True:
                    message = self._conn.recv()
                    if message[0] == "progress":
                        pending = message[1] if pending is None else _merge(pending, message[1])
                    elif message[0] == "finished":
                        final = message[1] if pending is None else _merge(pending, message[1])
                        self.finished.emit(final, message[2])
                        return
                    else:
                        self.failed.emit(str(message[1]))
                        return
                    if not self._conn.poll(0):
                        break
                self.progressed.emit(pending)
                pending = None
            except (EOFError, OSError) as e:
                self._close_helper(timeout=0)
                self.failed.emit(f"The training process stopped unexpectedly ({e}); press Train to try again.")
                return

    def _close_helper(self, timeout: float = 1.0) -> None:
        conn, proc, self._conn, self._process = self._conn, self._process, None, None
        if conn is not None:
            try:
                conn.send(("quit", None))
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            proc.join(timeout)
            if proc.is_alive():
                proc.terminate()
                proc.join(1.0)

    def shutdown(self) -> None:
        """Stop the helper process; call once the thread has finished."""
        self._close_helper()


class TrainingController(QObject):
    """The window's handle on training: start, continue, stop, and clean shutdown."""

    started = Signal()
    progressed = Signal(object)
    finished = Signal(object, object)
    failed = Signal(str)
    runningChanged = Signal(bool)
    _job = Signal(str, object)
    _prestart = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        ctx = multiprocessing.get_context("spawn")
        self._stop_event = ctx.Event()
        # The speed, shared with the helper process so a change applies to a run going on.
        # A plain double needs no lock: one writer (this thread), one reader.
        self._rate = ctx.RawValue("d", 0.0)
        self._thread = QThread()
        self._thread.setObjectName("trainWorkerThread")
        self._worker = TrainWorker(self._stop_event, self._rate)
        self._worker.moveToThread(self._thread)
        # Signals cross to slots of objects in the right thread (never to lambdas).
        self._job.connect(self._worker.run_job)
        self._prestart.connect(self._worker.ensure_helper)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._running = False
        self._closed = False

    @property
    def running(self) -> bool:
        return self._running

    def prestart(self) -> None:
        """Start the helper process in the background (call after the window first paints)."""
        if not self._closed:
            self._prestart.emit()

    def start(self, job: dict) -> bool:
        """Train a fresh network: job has names, roles, values, settings (dict), until."""
        return self._submit("start", job)

    def resume(self, until: int, target_error: float | None = None) -> bool:
        """Continue the last network to iteration ``until``."""
        return self._submit("continue", {"until": until, "target_error": target_error})

    def set_rate(self, iterations_per_second: float | None) -> None:
        """Slow motion: at most this many iterations a second; None = full speed. Applies at once."""
        if self._rate is not None:
            r = iterations_per_second
            self._rate.value = float(r) if r is not None and r > 0 else 0.0

    def rate(self) -> float | None:
        """The speed set by :meth:`set_rate` (None = full speed)."""
        return (self._rate.value or None) if self._rate is not None else None

    def _submit(self, kind: str, job: dict) -> bool:
        if self._running or self._closed:
            return False
        self._stop_event.clear()  # safe: no job is running
        self._set_running(True)
        self.started.emit()
        self._job.emit(kind, job)
        return True

    def stop(self) -> None:
        """Ask the running job to stop; ``finished`` follows within a few milliseconds."""
        if self._stop_event is not None:  # None once shut down
            self._stop_event.set()

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Stop any run, end the thread and the helper process. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._stop_event.set()
        self._thread.quit()  # run_job returns after Stop; then the event loop quits
        if not self._thread.wait(timeout_ms):
            self._thread.terminate()
            self._thread.wait()
        self._worker.shutdown()
        # Drop the shared Event now, so its semaphores are released before the interpreter exits.
        self._worker._stop_event = None
        self._stop_event = None
        self._worker._rate = None
        self._rate = None

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    @Slot(object)
    def _on_progressed(self, snap: dict) -> None:
        if self._running:
            self.progressed.emit(snap)

    @Slot(object, object)
    def _on_finished(self, snap: dict, result: dict) -> None:
        self._set_running(False)
        self.finished.emit(snap, result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self.failed.emit(message)

"""A convergence study off the UI thread: a helper process does the maths, a worker thread relays.

Each study runs :func:`playground.core.study.serve` in a fresh ``spawn`` process
(its own GIL: a study of 256 networks is a Python loop of ~10^4 iterations, which
in a thread would make the window stutter). ``StudyWorker`` lives in a QThread,
polls the pipe and turns messages into signals; it never touches a widget.
``StudyController`` lives in the GUI thread and is what the study window uses.
The messages are our own plain data between our own two processes.
"""

from __future__ import annotations

import multiprocessing

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.core import study

POLL_SECONDS = 0.02


class StudyWorker(QObject):
    """Lives in the worker thread; runs one study at a time in a helper process."""

    progressed = Signal(object)  # core.study.StudyProgress
    finished = Signal(object)  # the final StudyProgress (with final_errors)
    failed = Signal(str)

    def __init__(self, stop_event) -> None:
        super().__init__()
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._stop_event = stop_event

    @Slot(object)
    def run_job(self, job: dict) -> None:
        """Start the helper, relay its messages until the study ends, then let the process go."""
        try:
            parent, child = self._ctx.Pipe()
            proc = self._ctx.Process(target=study.serve, args=(child, self._stop_event, job),
                                     name="nn-playground-study", daemon=True)
            proc.start()
            child.close()
        except Exception as e:  # noqa: BLE001 - e.g. a process that cannot start
            self.failed.emit(f"Could not start the study: {type(e).__name__}: {e}")
            return
        try:
            self._relay(parent, proc)
        finally:
            parent.close()
            proc.join(2.0)
            if proc.is_alive():
                proc.terminate()
                proc.join(1.0)

    def _relay(self, conn, proc) -> None:
        while True:
            try:
                if not conn.poll(POLL_SECONDS):
                    if not proc.is_alive() and not conn.poll(0):
                        self.failed.emit("The study process stopped unexpectedly.")
                        return
                    continue
                latest = None
                while True:  # drain: a slow UI gets the newest progress, not a backlog
                    kind, payload = conn.recv()
                    if kind == "progress":
                        latest = payload
                    elif kind == "finished":
                        self.finished.emit(payload)
                        return
                    else:
                        self.failed.emit(str(payload))
                        return
                    if not conn.poll(0):
                        break
                self.progressed.emit(latest)
            except (EOFError, OSError) as e:
                self.failed.emit(f"The study process stopped unexpectedly ({e}).")
                return


class StudyController(QObject):
    """The study window's handle: start, stop, and a clean shutdown."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    runningChanged = Signal(bool)
    _job = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop_event = multiprocessing.get_context("spawn").Event()
        self._thread = QThread()
        self._thread.setObjectName("studyWorkerThread")
        self._worker = StudyWorker(self._stop_event)
        self._worker.moveToThread(self._thread)
        # Signals cross to slots of objects in the right thread (never to lambdas).
        self._job.connect(self._worker.run_job)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._running = False
        self._closed = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, job: dict) -> bool:
        """Run a study: job has names, roles, values, settings (dict), count, target_error, record_every."""
        if self._running or self._closed:
            return False
        self._stop_event.clear()  # safe: no study is running
        self._set_running(True)
        self._job.emit(job)
        return True

    def stop(self) -> None:
        """Ask the study to stop; ``finished`` follows with the networks as far as they got."""
        if self._stop_event is not None:
            self._stop_event.set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any study and end the thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._stop_event.set()
        self._thread.quit()  # run_job returns after Stop; then the event loop quits
        if not self._thread.wait(timeout_ms):
            self._thread.terminate()
            self._thread.wait()
        self._worker._stop_event = None
        self._stop_event = None

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    @Slot(object)
    def _on_progressed(self, progress) -> None:
        if self._running:
            self.progressed.emit(progress)

    @Slot(object)
    def _on_finished(self, progress) -> None:
        self._set_running(False)
        self.finished.emit(progress)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self.failed.emit(message)

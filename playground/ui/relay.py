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

Watchdog. The helper sends a heartbeat whenever it has sent nothing else for a tenth of
``STALL_SECONDS`` (:mod:`playground.core.run` describes it); :class:`HelperProcess` reads
and writes its pipe from two small threads, so the relay thread never blocks on it and
notes when each message arrives, whatever the GUI thread is doing. While a job runs and the
helper has been silent for ``STALL_SECONDS``, ``stalled(seconds)`` says so (and again every
second); ``answered`` follows if it is heard again. After Stop, a helper silent for
``STOP_GRACE_SECONDS`` is killed (SIGKILL, which a stopped process cannot ignore) and
``killed(message)`` ends the job: the caller keeps what it was sent. The next job starts a
new helper. "Silent" means the helper's main loop has not gone round: stopped, wedged in a
computation that does not return, or (rarely) busy with one iteration that takes longer than
``STALL_SECONDS``, which the report then honestly describes too and which ends when it answers.

Teardown follows the Qt pattern: Stop ends the running job within a few ms (or the watchdog
kills the helper), the worker closes its helper in its own thread (killing it if it does not
quit within ``CLOSE_SECONDS``) and then quits the thread's event loop, and
``QThread.finished`` deletes the worker (``deleteLater``). ``QThread.terminate`` is only
the last resort when the thread does not end in time.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.core import helper_entry
from playground.core.helper_entry import describe_exit
from playground.core.run import Failed, Heartbeat

POLL_SECONDS = 0.02
PROGRESS_INTERVAL = 1 / 30  # the helper sends at most ~30 progress messages a second
# The watchdog (see the module docstring); tests lower them. A tenth of STALL_SECONDS is the helper's heartbeat,
# given to it when it starts.
STALL_SECONDS = 5.0  # a helper silent this long while a job runs is reported (and every second after that)
STOP_GRACE_SECONDS = 1.0  # after Stop, a helper silent this long is killed and the job ends with what it sent
BEATS_PER_STALL = 10
CLOSE_SECONDS = 0.5  # closing: how long a helper has to quit when asked, before it is killed


@dataclass(frozen=True)
class PipeClosed:
    """Put in a helper's inbox after its last message: the pipe closed (the process ended)."""

    reason: str


_CLOSE_WRITER = object()  # ends the writing thread


class HelperProcess:
    """One helper process and its pipe, read and written by two small threads of their own.

    Nothing in the relay then blocks on the helper: a helper stopped with SIGSTOP neither reads
    a large job (its send would block once the pipe's buffer is full) nor finishes writing a
    snapshot it began (a ``recv`` would wait for the rest), and both would hang the relay thread.
    """

    def __init__(self, ctx, name: str, args: tuple) -> None:
        parent, child = ctx.Pipe()
        # helper_entry.serve imports the training side (core.remote) in the helper, not here
        self.process = ctx.Process(target=helper_entry.serve, args=(child, *args), name=name, daemon=True)
        self.process.start()
        child.close()
        self._conn = parent
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()  # what the helper sent, then a PipeClosed
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read, name=f"{name}-reader", daemon=True)
        self._writer = threading.Thread(target=self._write, name=f"{name}-writer", daemon=True)
        self._reader.start()
        self._writer.start()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def send(self, message) -> None:
        """Hand a message to the writing thread (never blocks)."""
        self._outbox.put(message)

    def _read(self) -> None:
        while True:
            try:
                message = self._conn.recv()
            except (EOFError, OSError) as e:
                self.inbox.put(PipeClosed(str(e) or type(e).__name__))
                return
            except Exception as e:  # noqa: BLE001 - a message that cannot be read (the next ones still can)
                message = Failed(f"{type(e).__name__}: {e}")
            self.inbox.put(message)

    def _write(self) -> None:
        while True:
            message = self._outbox.get()
            if message is _CLOSE_WRITER:
                return
            try:
                self._conn.send(message)
            except (OSError, ValueError):
                return  # the helper is gone: the reading thread says so
            except Exception as e:  # noqa: BLE001 - a job that cannot be pickled never reaches the helper
                self.inbox.put(Failed(f"{type(e).__name__}: {e}"))
                continue
            if message is None:  # "quit": nothing follows
                return

    def close(self, timeout: float = CLOSE_SECONDS) -> None:
        """Ask the helper to quit; if it has not within ``timeout`` seconds, kill it."""
        self.send(None)
        self.process.join(timeout)
        self.kill()

    def kill(self) -> None:
        """End the helper now (SIGKILL: a stopped process ignores every other signal until continued), then
        its threads and pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(2.0)
        self._outbox.put(_CLOSE_WRITER)
        # the helper's end of the pipe closed with it: the reading thread has its EOF, the writing one an error
        self._reader.join(1.0)
        self._writer.join(1.0)
        if not (self._reader.is_alive() or self._writer.is_alive()):
            self._conn.close()


_NOTHING = object()


class RelayWorker(QObject):
    """Lives in the worker thread; relays one job at a time to the helper process, and watches it."""

    progressed = Signal(object)  # None: progress (a Snapshot or StudyProgress) waits in take_progress()
    finished = Signal(object)  # the final one (its status is set)
    failed = Signal(str)
    stalled = Signal(float)  # seconds the helper has been silent while a job runs: at STALL_SECONDS, then every second
    answered = Signal()  # the helper was heard again after a stall
    killed = Signal(str)  # the helper did not answer after Stop and was killed: the job ended without its final message

    def __init__(self, stop_event, rate, name: str) -> None:
        super().__init__()
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._stop_event = stop_event
        self._rate = rate  # shared speed (iterations a second, 0 = full speed), read by the helper
        self._name = name
        self._helper: HelperProcess | None = None
        # Progress handed to the GUI thread but not yet taken: while the GUI thread is behind
        # (a busy machine), newer progress is merged into it instead of queueing more events,
        # so the UI thread never works through a backlog of stale snapshots.
        self._lock = threading.Lock()
        self._unread = None

    @Slot()
    def ensure_helper(self) -> None:
        """Start the helper process unless it is running."""
        if self._helper is not None and self._helper.is_alive():
            return
        self.close_helper(timeout=0.1)
        self._helper = HelperProcess(self._ctx, self._name, (self._stop_event, PROGRESS_INTERVAL, self._rate,
                                                             STALL_SECONDS / BEATS_PER_STALL))

    @Slot(object)
    def run_job(self, job) -> None:
        """Send a job and relay its messages until it ends (Stop ends it within a few ms), watching the helper:
        silent for STALL_SECONDS, it is reported (``stalled``); silent for STOP_GRACE_SECONDS after Stop, it is
        killed (``killed``)."""
        try:
            self.ensure_helper()
        except Exception as e:  # noqa: BLE001 - e.g. a process that cannot start
            self.failed.emit(self.tr("Could not start the helper process: {problem}").format(
                problem=f"{type(e).__name__}: {e}"))
            return
        helper = self._helper
        helper.send(job)
        heard = time.monotonic()  # when the helper was last heard from (the job's start counts)
        stop_seen = None  # when Stop was first seen
        report_at = STALL_SECONDS  # the silence at which the next stall report is due
        pending = None
        while True:
            try:
                message = helper.inbox.get(timeout=POLL_SECONDS)
            except queue.Empty:
                message = _NOTHING
            now = time.monotonic()
            if message is not _NOTHING:
                heard = now
                if report_at > STALL_SECONDS:
                    report_at = STALL_SECONDS
                    self.answered.emit()
                # Drain what has arrived so a slow UI gets one merged message, not a backlog.
                while True:
                    if isinstance(message, PipeClosed):
                        self._helper_died(message.reason)
                        return
                    if isinstance(message, Failed):
                        self.failed.emit(message.message)
                        return
                    if not isinstance(message, Heartbeat):
                        pending = message if pending is None else message.after(pending)
                        if pending.status is not None:
                            unread = self.take_progress()  # not drawn yet: its lines go with the final one
                            self.finished.emit(pending if unread is None else pending.after(unread))
                            return
                    try:
                        message = helper.inbox.get_nowait()
                    except queue.Empty:
                        break
                if pending is not None:
                    self._post(pending)
                    pending = None
            if stop_seen is None and self._stop_event.is_set():
                stop_seen = now
            if stop_seen is not None and now - max(stop_seen, heard) >= STOP_GRACE_SECONDS:
                self.close_helper(timeout=0)  # kills it
                self.killed.emit(self.tr("The helper process did not answer, so it was ended; what it had sent "
                                         "so far is kept."))
                return
            silent = now - heard
            if silent >= report_at:
                self.stalled.emit(silent)
                report_at = float(int(silent)) + 1.0

    def _helper_died(self, reason: str) -> None:
        """The pipe closed during a job: the helper ended. Say how."""
        helper = self._helper
        helper.process.join(1.0)  # the pipe closed because the process ended: learn how
        code = helper.process.exitcode
        self.close_helper(timeout=0)
        self.failed.emit(self.tr("The helper process stopped unexpectedly ({how}); press the button again "
                                 "to retry.").format(how=describe_exit(code) if code is not None else reason))

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
        helper = self._helper
        return helper.pid if helper is not None and helper.is_alive() else None

    @Slot()
    def finish(self) -> None:
        """The last call in the worker thread: close the helper, then end the thread's event loop."""
        self.close_helper()
        self.thread().quit()

    def close_helper(self, timeout: float = CLOSE_SECONDS) -> None:
        """Ask the helper to quit and wait ``timeout`` seconds for it, then kill it."""
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.close(timeout)


class HelperLink(QObject):
    """The GUI thread's handle on one helper process: submit, stop, speed, clean shutdown."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    stalled = Signal(float)  # the helper has not answered for this many seconds (a job runs)
    answered = Signal()  # it answered again after a stall
    killed = Signal(str)  # it did not answer Stop and was killed; the job ended (the message says so)
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
                             (worker.stalled, self._on_stalled), (worker.answered, self._on_answered),
                             (worker.killed, self._on_killed),
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
        """Ask the running job to stop; ``finished`` follows within a few milliseconds (``killed`` within
        STOP_GRACE_SECONDS when the helper does not answer)."""
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

    @Slot(float)
    def _on_stalled(self, seconds: float) -> None:
        if self._running:
            self.stalled.emit(seconds)

    @Slot()
    def _on_answered(self) -> None:
        if self._running:
            self.answered.emit()

    @Slot(str)
    def _on_killed(self, message: str) -> None:
        self._set_running(False)
        self.killed.emit(message)

"""Work off the UI thread: helper processes do the maths, a worker thread relays each one's messages.

One mechanism for single trainings and convergence studies. ``HelperLink`` lives in
the GUI thread and is what a :class:`~playground.ui.run.run.Run` or the study window talks
to. It owns a ``QThread`` with a :class:`RelayWorker` moved onto it; the worker asks the
app's :class:`~playground.ui.run.helper_pool.HelperPool` for a helper process of its own (running
:func:`playground.core.helper.remote.serve`, started through :func:`playground.core.helper.helper_entry.serve`)
and keeps it while its link lives, so a link's jobs go on with the network its helper holds.
The helper's typed messages (:mod:`playground.core.training.run`, which documents the whole protocol)
are small deltas; the worker rebuilds the whole Snapshot (StudyProgress) from them with a
mirror (:mod:`playground.core.training.progress`), in its own thread, and hands it on as a signal. It
never touches a widget. The helper is taken once (``prestart``, after the window first
paints, or at the first job) and serves every job after that.

Every job the link submits gets an id; the worker drops any message of another job, and Stop
cancels the link's job by its id (a ``Cancel``), touching no other helper.

Why a process: a thread running the NumPy loop holds the GIL, and the UI thread then
waits up to 5 ms at every Python call while painting (150-1000 ms freezes were measured);
a process has its own GIL.

Watchdog. The helper sends a heartbeat whenever it has sent nothing else for a tenth of
``STALL_SECONDS`` (:mod:`playground.core.training.run` describes it); :class:`HelperProcess` reads
and writes its pipe from two small threads, so the relay thread never blocks on it and
notes when each message arrives, whatever the GUI thread is doing. While a job runs and the
helper has been silent for ``STALL_SECONDS``, ``stalled(seconds)`` says so (and again every
second); ``answered`` follows if it is heard again. After Stop, a helper silent for
``STOP_GRACE_SECONDS`` is killed (SIGKILL, which a stopped process cannot ignore) and
``killed(message)`` ends the job: the caller keeps what it was sent. The next job starts a
new helper. "Silent" means the helper's main loop has not gone round: stopped, wedged in a
computation that does not return, or (rarely) busy with one iteration that takes longer than
``STALL_SECONDS``, which the report then honestly describes too and which ends when it answers.
The reading and the watchdog are :class:`~playground.ui.run.job_reader.JobReader`'s, shared with the atlas
runner and the race link; the worker adds what is its own: the mirror, the merged progress and its signals.

Teardown follows the Qt pattern: Stop ends the running job within a few ms (or the watchdog
kills the helper), the worker gives its helper back to the pool in its own thread (which ends
it, killing it if it does not quit within ``CLOSE_SECONDS``) and then quits the thread's event
loop, and ``QThread.finished`` deletes the worker (``deleteLater``). ``QThread.terminate`` is
only the last resort when the thread does not end in time.
"""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.core.helper.helper_entry import describe_exit
from playground.core.training.progress import RunMirror, StudyMirror
from playground.core.training.run import Failed, Job, Progress, StudyDelta, next_job_id
from playground.ui.run.helper_pool import CLOSE_SECONDS, HelperPool, HelperProcess, PipeClosed
from playground.ui.run.job_reader import KILLED, JobReader

POLL_SECONDS = 0.02
PROGRESS_INTERVAL = 1 / 30  # the helper sends at most ~30 progress messages a second
# The watchdog (see the module docstring); tests lower them. A tenth of STALL_SECONDS is the helper's heartbeat,
# given to it when it starts.
STALL_SECONDS = 5.0  # a helper silent this long while a job runs is reported (and every second after that)
STOP_GRACE_SECONDS = 1.0  # after Stop, a helper silent this long is killed and the job ends with what it sent
BEATS_PER_STALL = 10



class RelayWorker(QObject):
    """Lives in the worker thread; relays one job at a time to the helper process, and watches it."""

    progressed = Signal(object)  # None: progress (a Snapshot or StudyProgress) waits in take_progress()
    finished = Signal(object)  # the final one (its status is set)
    failed = Signal(str)
    stalled = Signal(float)  # seconds the helper has been silent while a job runs: at STALL_SECONDS, then every second
    answered = Signal()  # the helper was heard again after a stall
    killed = Signal(str)  # the helper did not answer after Stop and was killed: the job ended without its final message

    def __init__(self, pool: HelperPool, name: str, speed: float = 0.0) -> None:
        super().__init__()
        self._pool = pool
        self._name = name
        self._helper: HelperProcess | None = None
        # Shared with the GUI thread (set_speed, cancel) under this lock: the helper, the speed,
        # the running job's reader and the last job Stop was pressed for.
        self._state_lock = threading.Lock()
        self._speed = speed  # iterations a second, 0 = full speed (written into the helper's shared value)
        self._reader: JobReader | None = None  # the running job's
        self._cancelled: int | None = None
        self._mirror: RunMirror | None = None  # the training session's, kept across jobs that go on
        # Progress handed to the GUI thread but not yet taken: while the GUI thread is behind
        # (a busy machine), newer progress is merged into it instead of queueing more events,
        # so the UI thread never works through a backlog of stale snapshots.
        self._lock = threading.Lock()
        self._unread = None

    @Slot()
    def ensure_helper(self) -> None:
        """Take a helper from the pool unless this worker's is running."""
        if self._helper is not None and self._helper.is_alive():
            return
        self.close_helper(timeout=0.1)
        helper = self._pool.acquire(self._name, PROGRESS_INTERVAL, STALL_SECONDS / BEATS_PER_STALL)
        with self._state_lock:
            self._helper = helper
            helper.rate.value = self._speed

    def set_speed(self, speed: float) -> None:
        """The speed (iterations a second, 0 = full speed), applied at once; any thread."""
        with self._state_lock:
            self._speed = speed
            if self._helper is not None:
                self._helper.rate.value = speed

    def cancel(self, job_id: int) -> None:
        """Stop job ``job_id`` (a Cancel to its helper); any thread. The watchdog then waits for the end."""
        with self._state_lock:
            self._cancelled = job_id
            reader = self._reader
            if self._helper is not None and reader is not None and reader.job_id == job_id:
                reader.stop()

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
        job_id = job.job_id
        if isinstance(job, Job):
            if not job.go_on or self._mirror is None:
                self._mirror = RunMirror(job)
            mirror = self._mirror
        else:
            mirror = StudyMirror()
        helper = self._helper
        reader = self._reader_for(helper, job_id, mirror)
        with self._state_lock:
            self._reader = reader
            helper.send(job)
            if self._cancelled == job_id:  # Stop came before the job reached this thread
                reader.stop()
        try:
            self._relay(reader)
        finally:
            with self._state_lock:
                self._reader = None

    def _reader_for(self, helper: HelperProcess, job_id: int, mirror) -> JobReader:
        """The reader of job ``job_id``'s messages: each applied to ``mirror``; what a turn brought is posted as
        one snapshot, the final one goes with ``finished``."""
        applied = False

        def on_message(message) -> bool:
            nonlocal applied
            if not isinstance(message, (Progress, StudyDelta)):
                return False
            mirror.apply(message)
            applied = True
            if message.status is None:
                return False
            final = mirror.take()
            unread = self.take_progress()  # not drawn yet: its lines go with the final one
            self.finished.emit(final if unread is None else final.after(unread))
            return True

        def tick() -> None:  # a slow UI gets one merged message a turn, not a backlog
            nonlocal applied
            if applied:
                applied = False
                snapshot = mirror.take()  # None: the rest of a report is on its way
                if snapshot is not None:
                    self._post(snapshot)

        return JobReader(helper, job_id, on_message, stall_seconds=STALL_SECONDS, grace_seconds=STOP_GRACE_SECONDS,
                         poll_seconds=POLL_SECONDS, stalled=self.stalled.emit, answered=self.answered.emit, tick=tick,
                         kill=lambda: self.close_helper(timeout=0))

    def _relay(self, reader: JobReader) -> None:
        """The loop of :meth:`run_job`: until the job's final message, a failure, or the watchdog ends it."""
        try:  # a spare for the next link, while this one works (the pool starts one only below its size)
            self._pool.warm(PROGRESS_INTERVAL, STALL_SECONDS / BEATS_PER_STALL)
        except Exception:  # noqa: BLE001 - a spare that cannot start changes nothing here
            pass
        end = reader.run()
        if end is KILLED:  # (the reader has closed the helper, which kills it)
            self.killed.emit(self.tr("The helper process did not answer, so it was ended; what it had sent "
                                     "so far is kept."))
        elif isinstance(end, PipeClosed):
            self._helper_died(end.reason)
        elif isinstance(end, Failed):
            self.failed.emit(end.message)

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
        """Give the helper back to the pool, which asks it to quit and kills it after ``timeout`` seconds."""
        with self._state_lock:
            helper, self._helper = self._helper, None
        self._mirror = None  # its network is gone with it
        if helper is not None:
            self._pool.release(helper, timeout)


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

    def __init__(self, parent: QObject | None = None, name: str = "nn-playground-helper",
                 pool: HelperPool | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._pool = pool  # None: the app's (HelperPool.shared())
        # The relay thread, its worker and the helper are made when first needed (prestart, after the
        # window's first paint, or the first job), not while the window is built: starting a helper
        # starts multiprocessing's resource tracker process too.
        self._thread: QThread | None = None
        self._worker: RelayWorker | None = None
        self._speed = 0.0  # iterations a second, 0 = full speed (copied into the helper's shared value)
        self._job_id: int | None = None  # the job submitted last
        self._running = False
        self._closed = False

    def _start(self) -> None:
        if self._thread is not None or self._closed:
            return
        self._thread = QThread()
        self._thread.setObjectName(f"{self._name}-relay")
        worker = RelayWorker(self._pool or HelperPool.shared(), self._name, self._speed)
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
        """Run a Job or StudyJob (given a new job id); False while another runs or after shutdown."""
        if self._running or self._closed:
            return False
        self._start()
        job = dataclasses.replace(job, job_id=next_job_id())
        self._job_id = job.job_id
        self._set_running(True)
        self._job.emit(job)
        return True

    def set_speed(self, iterations_per_second: float | None) -> None:
        """Slow motion: at most this many iterations a second; None = full speed. Applies at once."""
        if not self._closed:
            r = iterations_per_second
            self._speed = float(r) if r is not None and r > 0 else 0.0
            if self._worker is not None:
                self._worker.set_speed(self._speed)

    def speed(self) -> float | None:
        """The speed set by :meth:`set_speed` (None = full speed)."""
        return None if self._closed else (self._speed or None)

    def stop(self) -> None:
        """Ask the running job to stop; ``finished`` follows within a few milliseconds (``killed`` within
        STOP_GRACE_SECONDS when the helper does not answer)."""
        if not self._closed and self._worker is not None and self._running:
            self._worker.cancel(self._job_id)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any job, close the helper process and end the thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._thread is None:  # never started: no thread, no helper
            return
        if self._running:
            self._worker.cancel(self._job_id)
        self._close.emit()  # queued behind the running job, which returns after Stop; then the thread quits
        if not self._thread.wait(timeout_ms):
            # Last resort: the worker is stuck in a call that does not return (a helper that
            # neither answers nor dies). Ending a thread this way can leak what it held.
            self._thread.terminate()
            self._thread.wait()
        self._worker = None  # deleted by deleteLater at the thread's end

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

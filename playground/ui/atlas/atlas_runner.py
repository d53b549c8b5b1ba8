"""Computes an atlas grid on helper processes, off the UI thread, and hands the records to the UI thread.

The grid's cells are split into chunks (``AtlasJob(job_id, grid, indices)``, each serving itself in a helper:
:mod:`playground.core.helper.remote`). The runner takes ``HELPERS`` helpers from the app's
:class:`~playground.ui.run.helper_pool.HelperPool` (two cores: two helpers) and gives each a Python thread
of its own, which sends it the next chunk, reads its inbox (``AtlasRecords``, ``Heartbeat``, ``Failed``)
and puts the records where the UI thread takes them. The threads never touch a widget: they emit
``recordsReady`` (a Qt signal of an object living in the UI thread, so it is queued), at most
``UPDATES_PER_SECOND`` times a second and only when the UI thread has taken what came before, so a busy
window gets one merged batch, never a backlog.

Each chunk's messages are read by a :class:`~playground.ui.run.job_reader.JobReader`, as the training
relay's are (:mod:`playground.ui.run.relay`), with its watchdog: a helper silent for ``STALL_SECONDS``
while it works is reported (``stalled``). Stop sends a ``Cancel`` with the running chunk's job id to each
helper; a helper silent ``STOP_GRACE_SECONDS`` after Stop is killed. Every helper is given back to the pool
(which ends it) when its thread ends: when the grid is done, after Stop, or when the window closes
(``shutdown`` waits for the threads).
"""

from __future__ import annotations

import math
import queue
import threading
import time

from PySide6.QtCore import QObject, Signal, Slot

from playground.core.atlas.compute import AtlasJob, chunks as shape_chunks
from playground.core.atlas.records import AtlasRecords
from playground.core.training.run import Failed, next_job_id
from playground.ui.run.helper_pool import HelperPool, PipeClosed
from playground.ui.run.job_reader import DONE, JobReader
from playground.ui.run.relay import BEATS_PER_STALL, STALL_SECONDS, STOP_GRACE_SECONDS

HELPERS = 2  # two cores here: one helper each (the pool still makes more beyond its size if asked)
UPDATES_PER_SECOND = 10
CHUNKS_PER_HELPER = 8  # at least this many chunks per helper: the map fills in in steps, and both stay busy
MAX_CHUNK = 512  # cells per chunk at most
MIN_CHUNK = 4
POLL_SECONDS = 0.05
PROGRESS_INTERVAL = 1 / 30


def chunks(grid, indices: list, helpers: int = HELPERS) -> list[list[int]]:
    """The cells (flat numbers) in chunks of one shape each (the core's grouping, so each trains as one stack):
    at least CHUNKS_PER_HELPER per helper, so the map fills in in steps and both helpers stay busy, at least
    MIN_CHUNK cells each (fewer, larger stacks are faster), at most MAX_CHUNK."""
    n = len(indices)
    if n == 0:
        return []
    size = max(MIN_CHUNK, min(MAX_CHUNK, math.ceil(n / (helpers * CHUNKS_PER_HELPER))))
    return [list(c) for c in shape_chunks(grid, indices, size)]


class AtlasRunner(QObject):
    """Runs one grid at a time on helper processes; the records arrive through ``recordsReady``."""

    recordsReady = Signal()  # records wait in take_records() (emitted from the helpers' threads: queued)
    finished = Signal(bool)  # every thread has ended; True when Stop (or a failure) ended the grid early
    failed = Signal(str)
    stalled = Signal(float)  # seconds a helper has been silent while it works
    answered = Signal()  # a helper reported stalled was heard again
    _ended = Signal(bool)  # a thread's last word (from that thread; queued to the UI thread)
    _problem = Signal(str)
    _silent = Signal(float)
    _heard = Signal()

    def __init__(self, parent: QObject | None = None, pool: HelperPool | None = None,
                 helpers: int = HELPERS) -> None:
        super().__init__(parent)
        self._pool = pool
        self.helpers = helpers
        self._lock = threading.Lock()
        self._pending: list = []
        self._signalled = False
        self._last_emit = 0.0
        self._chunks: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running = 0
        self._stopped_early = False
        self._pids: set[int] = set()
        self._ended.connect(self._thread_ended)
        self._problem.connect(self.failed)
        self._silent.connect(self.stalled)
        self._heard.connect(self.answered)

    # ------------------------------------------------------------------ the UI thread's side
    @property
    def running(self) -> bool:
        return self._running > 0

    def start(self, grid, indices: list) -> bool:
        """Compute ``indices`` (cells of ``grid``) on the helpers; False while a grid runs."""
        if self.running:
            return False
        work = chunks(grid, [int(i) for i in indices], self.helpers)
        if not work:
            return False
        self._stop.clear()
        self._stopped_early = False
        self._chunks = queue.SimpleQueue()
        for chunk in work:
            self._chunks.put(chunk)
        pool = self._pool or HelperPool.shared()
        count = min(self.helpers, len(work))
        self._running = count
        self._threads = [threading.Thread(target=self._serve, args=(pool, grid, n), daemon=True,
                                          name=f"nn-playground-atlas-{n}") for n in range(count)]
        for t in self._threads:
            t.start()
        return True

    def stop(self) -> None:
        """End the grid: no further chunk starts, and the running ones are cancelled by their job ids."""
        self._stop.set()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop and wait for the threads, which give their helpers back to the pool (ending them)."""
        self.stop()
        end = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, end - time.monotonic()))

    def helper_pids(self) -> set[int]:
        """The ids of the helper processes this runner has used (for tests: none may outlive Stop)."""
        with self._lock:
            return set(self._pids)

    def take_records(self) -> list:
        """The records that arrived since the last call (the UI thread calls this on ``recordsReady``)."""
        with self._lock:
            records, self._pending = self._pending, []
            self._signalled = False
            self._last_emit = time.monotonic()
        return records

    @Slot(bool)
    def _thread_ended(self, early: bool) -> None:
        self._stopped_early = self._stopped_early or early
        self._running -= 1
        if self._running == 0:
            self.finished.emit(self._stopped_early or self._stop.is_set())

    # ------------------------------------------------------------------ the helpers' threads
    def _post(self, records: list | None) -> None:
        """Keep records for the UI thread and signal it, at most UPDATES_PER_SECOND times a second."""
        with self._lock:
            if records:
                self._pending.extend(records)
            due = (self._pending and not self._signalled
                   and time.monotonic() - self._last_emit >= 1.0 / UPDATES_PER_SECOND)
            if due:
                self._signalled = True
        if due:
            self.recordsReady.emit()

    def _flush(self) -> None:
        """The last records of a thread go at once (then the thread's end is told, in that order)."""
        with self._lock:
            due = self._pending and not self._signalled
            if due:
                self._signalled = True
        if due:
            self.recordsReady.emit()

    def _serve(self, pool: HelperPool, grid, n: int) -> None:
        early = False
        helper = None
        try:
            helper = pool.acquire(f"nn-playground-atlas-{n}", PROGRESS_INTERVAL, STALL_SECONDS / BEATS_PER_STALL)
            with self._lock:
                self._pids.add(helper.pid)
            while not self._stop.is_set():
                try:
                    indices = self._chunks.get_nowait()
                except queue.Empty:
                    break
                if not self._run_chunk(helper, AtlasJob(next_job_id(), grid, tuple(indices))):
                    early = True
                    break
        except Exception as e:  # noqa: BLE001 - a helper that cannot start: say so in the window
            self._problem.emit(f"{type(e).__name__}: {e}")
            early = True
        finally:
            if helper is not None:
                pool.release(helper)
            self._flush()
            self._ended.emit(early or self._stop.is_set())

    def _run_chunk(self, helper, job) -> bool:
        """Send one chunk and relay its messages until its final one; False when it ended otherwise."""
        helper.send(job)

        def on_message(message) -> bool:
            if not isinstance(message, AtlasRecords):
                return False
            self._post(list(message.records))
            return message.final

        end = JobReader(helper, job.job_id, on_message, stall_seconds=STALL_SECONDS,
                        grace_seconds=STOP_GRACE_SECONDS, poll_seconds=POLL_SECONDS, stopping=self._stop.is_set,
                        stalled=self._silent.emit, answered=self._heard.emit,
                        tick=lambda: self._post(None)).run()  # records kept back by the throttle go once it allows
        if end is DONE:
            return not self._stop.is_set()
        if isinstance(end, PipeClosed):
            self._problem.emit(end.reason)
        elif isinstance(end, Failed):
            self._problem.emit(end.message.splitlines()[0] if end.message else "failed")
        return False  # (or KILLED: the reader has killed the helper)

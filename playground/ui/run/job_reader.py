"""Reads one job's messages from a helper process, watching the helper: the loop the training relay, the atlas
runner and the race link share.

A :class:`JobReader` runs in the caller's worker thread (``run()``). It takes the helper's messages from its
inbox (``HelperProcess.inbox``, filled by the helper's own reading thread, so this never blocks on the pipe)
and hands each message of its job to ``on_message``, in order, until that returns True (the job is done).
Around that it keeps the watchdog every caller needs:

* every message (a heartbeat too) means the helper was heard; after a stall report, ``answered()`` says so;
* a message of another (earlier) job is dropped; a ``Failed`` of the job (or of no job: id 0) or a
  ``PipeClosed`` (the helper ended) ends the reading, and ``run()`` returns that message for the caller
  to tell;
* silent for ``stall_seconds``, ``stalled(seconds)`` is called, then again at every further whole second;
* :meth:`stop` (any thread; or ``stopping()`` seen true in the loop) sends ``Cancel(job_id)`` once; a helper
  silent for ``grace_seconds`` after that (and after its last message) is killed (``kill()``, by default
  ``helper.kill``) and ``run()`` returns :data:`KILLED`.

``tick()`` is called once a turn (after the messages that had arrived, or after a poll that found none),
before the watchdog's checks: a caller that throttles or merges what it hands on does it there.

Nothing here is Qt: the callbacks are plain callables, called in the reading thread (pass a Qt signal's
``emit`` to have it queued to an object of the GUI thread). The clock (``now``) and the wait for the next
message (``poll``) can be given, so a test drives time without sleeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from playground.core.training.run import Cancel, Failed
from playground.ui.run.helper_pool import PipeClosed

DONE = "done"  # run() returns it when on_message said the job is done
KILLED = "killed"  # run() returns it when the helper stayed silent after Stop and was killed

_NOTHING = object()


def _never() -> bool:
    return False


def _nothing(*_args) -> None:
    return None


class JobReader:
    """One job's messages from one helper, with the watchdog (see the module docstring)."""

    def __init__(self, helper, job_id: int, on_message: Callable[[object], bool], *,
                 stall_seconds: float, grace_seconds: float, poll_seconds: float,
                 stopping: Callable[[], bool] = _never,
                 stalled: Callable[[float], object] = _nothing,
                 answered: Callable[[], object] = _nothing,
                 tick: Callable[[], object] = _nothing,
                 kill: Callable[[], object] | None = None,
                 now: Callable[[], float] = time.monotonic,
                 poll: Callable[[float], object] | None = None) -> None:
        """``helper``: has ``inbox`` (a queue), ``send(message)`` and ``kill()``. ``on_message(message)``: a
        message of job ``job_id`` (a Failed aside); True when it was the job's last. ``poll(seconds)``: the
        next message, waiting at most that long, or raises ``queue.Empty`` (default: the helper's inbox)."""
        self.helper = helper
        self.job_id = job_id
        self._on_message = on_message
        self._stall = stall_seconds
        self._grace = grace_seconds
        self._poll_seconds = poll_seconds
        self._stopping = stopping
        self._stalled = stalled
        self._answered = answered
        self._tick = tick
        self._kill = helper.kill if kill is None else kill
        self._now = now
        self._poll = (lambda seconds: helper.inbox.get(timeout=seconds)) if poll is None else poll
        self._lock = threading.Lock()
        self._stop_at: float | None = None  # when Stop was asked (on ``now``'s clock)

    def stop(self) -> None:
        """Ask the job to end: ``Cancel(job_id)`` to the helper, once (any thread; later calls do nothing). The
        grace before the helper is killed counts from now."""
        with self._lock:
            if self._stop_at is not None:
                return
            self._stop_at = self._now()
            self.helper.send(Cancel(self.job_id))

    def stop_asked(self) -> bool:
        with self._lock:
            return self._stop_at is not None

    def run(self) -> object:
        """Read until the job ends: :data:`DONE`, :data:`KILLED`, or the ``Failed`` / ``PipeClosed`` that ended it."""
        import queue  # noqa: PLC0415 - in the reader's thread, not at the window's start (~1.5 ms)

        heard = self._now()  # when the helper was last heard from (the start counts)
        report_at = self._stall  # the silence at which the next stall report is due
        while True:
            try:
                message = self._poll(self._poll_seconds)
            except queue.Empty:
                message = _NOTHING
            now = self._now()
            if message is not _NOTHING:
                heard = now
                if report_at > self._stall:
                    report_at = self._stall
                    self._answered()
                while True:  # what has arrived meanwhile, in order, before the watchdog looks again
                    end = self._take(message)
                    if end is not None:
                        return end
                    try:
                        message = self.helper.inbox.get_nowait()
                    except queue.Empty:
                        break
            self._tick()
            if not self.stop_asked() and self._stopping():
                self.stop()
            with self._lock:
                stop_at = self._stop_at
            if stop_at is not None and now - max(stop_at, heard) >= self._grace:
                self._kill()
                return KILLED
            silent = now - heard
            if silent >= report_at:
                self._stalled(silent)
                report_at = float(int(silent)) + 1.0

    def _take(self, message) -> object | None:
        """What ends the reading, or None: a message of another job (or a heartbeat) is dropped."""
        if isinstance(message, PipeClosed):
            return message
        job_id = getattr(message, "job_id", None)
        if isinstance(message, Failed):
            return message if job_id in (0, self.job_id) else None
        if job_id == self.job_id and self._on_message(message):
            return DONE
        return None

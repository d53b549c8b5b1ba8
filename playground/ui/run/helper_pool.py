"""The helper processes of the app: the one place they are made, each with its pipe, its speed and two threads.

:class:`HelperPool` makes every helper process (:mod:`playground.core.training.run` documents the pool
among the rest of the protocol). Each :class:`~playground.ui.run.relay.HelperLink` asks it for a
helper of its own and gives it back when its window closes; so the main window's training and
the study window's study run at once, in separate processes, on separate cores. The pool is
sized to the cores (``os.cpu_count()``, at least 2): while fewer helpers than that live, it
keeps one spare warm (started once a job runs, never before the window's first frame), so the
next link's first job finds a helper that has booted. A link is never refused one: beyond the
size (many windows) a helper is still made and the system shares the cores. A helper given
back is ended, never reused (it may be stopped or wedged, and it holds its link's network);
``shutdown`` ends the spare and any helper still out, when the app quits.

Nothing here is Qt: the pool is used from the links' relay threads, under a lock.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from dataclasses import dataclass

from playground.core.helper import helper_entry
from playground.core.training.run import Failed

CLOSE_SECONDS = 0.5  # closing: how long a helper has to quit when asked, before it is killed
SPARE_NAME = "nn-playground-spare"


@dataclass(frozen=True)
class PipeClosed:
    """Put in a helper's inbox after its last message: the pipe closed (the process ended)."""

    reason: str


_CLOSE_WRITER = object()  # ends the writing thread


class HelperProcess:
    """One helper process and its pipe, read and written by two small threads of their own.

    Nothing in the relay then blocks on the helper: a helper stopped with SIGSTOP neither reads
    a large job (its send would block once the pipe's buffer is full) nor finishes writing a
    message it began (a ``recv`` would wait for the rest), and both would hang the relay thread.
    ``rate`` is the helper's speed (iterations a second, 0 = full speed), shared with it.
    """

    def __init__(self, ctx, name: str, progress_interval: float, heartbeat: float) -> None:
        parent, child = ctx.Pipe()
        # The speed, shared with the helper so a change applies to a run going on. A plain
        # double needs no lock: one writer (the link), one reader.
        self.rate = ctx.RawValue("d", 0.0)
        self.heartbeat = heartbeat
        # helper_entry.serve imports the training side (core.remote) in the helper, not here
        self.process = ctx.Process(target=helper_entry.serve,
                                   args=(child, None, progress_interval, self.rate, heartbeat),
                                   name=name, daemon=True)
        self.process.start()
        child.close()
        self._conn = parent
        import queue  # noqa: PLC0415 - with the first helper, after the first frame (~1.5 ms of the start)

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
        """Hand a message to the writing thread (never blocks; any thread)."""
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
                self.inbox.put(Failed(f"{type(e).__name__}: {e}", getattr(message, "job_id", 0)))
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


class HelperPool:
    """Makes, lends and ends the helper processes (see the module docstring)."""

    _shared: HelperPool | None = None
    _shared_lock = threading.Lock()

    def __init__(self, size: int | None = None) -> None:
        self.size = max(2, os.cpu_count() or 1) if size is None else max(1, int(size))
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._lock = threading.Lock()
        self._spare: HelperProcess | None = None
        self._warming = False
        self._out: list[HelperProcess] = []  # lent to links
        self._closed = False

    @classmethod
    def shared(cls) -> HelperPool:
        """The app's pool (made when first asked; its helpers end when the app does)."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
                atexit.register(cls._shared.shutdown)
            return cls._shared

    def live(self) -> int:
        """Helper processes alive now: lent out, and the spare."""
        with self._lock:
            helpers = self._out + ([self._spare] if self._spare is not None else [])
        return sum(h.is_alive() for h in helpers)

    def acquire(self, name: str, progress_interval: float, heartbeat: float) -> HelperProcess:
        """A helper for a link: the spare when it is alive and beats often enough, else a new one."""
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None and spare.is_alive() and spare.heartbeat <= heartbeat:
            spare.process.name = name
            helper = spare
        else:
            if spare is not None:
                spare.close(0)
            helper = HelperProcess(self._ctx, name, progress_interval, heartbeat)
        with self._lock:
            self._out.append(helper)
        return helper

    def warm(self, progress_interval: float, heartbeat: float) -> None:
        """Start a spare unless there is one or ``size`` helpers live (called when a job starts)."""
        with self._lock:
            if self._closed or self._warming or self._spare is not None:
                return
            self._out = [h for h in self._out if h.is_alive()]
            if len(self._out) >= self.size:
                return
            self._warming = True
        try:
            spare = HelperProcess(self._ctx, SPARE_NAME, progress_interval, heartbeat)
        finally:
            with self._lock:
                self._warming = False
        with self._lock:
            if self._closed or self._spare is not None:
                spare, keep = None, spare
            else:
                self._spare, keep = spare, None
        if keep is not None:
            keep.close(0)

    def release(self, helper: HelperProcess, timeout: float = CLOSE_SECONDS) -> None:
        """A link gives its helper back: it is ended (asked to quit; killed after ``timeout`` seconds)."""
        with self._lock:
            if helper in self._out:
                self._out.remove(helper)
        helper.close(timeout)

    def shutdown(self, timeout: float = CLOSE_SECONDS) -> None:
        """End every helper of the pool (the app quits): the spare at once (it holds nothing), the others
        asked to quit first."""
        with self._lock:
            self._closed = True
            helpers, spare = self._out, self._spare
            self._out, self._spare = [], None
        if spare is not None:
            spare.close(0)
        for helper in helpers:
            helper.close(timeout)

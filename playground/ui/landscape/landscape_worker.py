"""The landscape window's worker thread: computes surfaces, paths and curves off the UI thread.

A 101 x 101 slice of the notebook network takes well under a second in NumPy (which releases the
GIL in its loops), so a thread of this process is enough; the window never waits for it. One
worker object lives in its own :class:`QThread` (pyqtgraph's and Mu's pattern: requests arrive as queued
signals, ``quit`` + ``wait`` when the window closes; the next request starts the thread again). Each request
carries an id; a request older than the newest one is skipped when its turn comes, so dragging
through iterations or re-gridding twice computes only what will be shown.

The worker never touches a widget: it emits ``done(id, kind, result)`` or ``failed(id, kind,
message)``, connected to slots of the window (an object of the GUI thread), so they run there.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    """Lives in the worker thread; calls the request's function with its arguments."""

    done = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.newest: dict[str, int] = {}  # kind -> newest request id, written by the GUI thread

    @Slot(int, str, object)
    def compute(self, request: int, kind: str, call: object) -> None:
        if request < self.newest.get(kind, request):
            return  # a newer request of this kind is waiting: this result would be replaced at once
        try:
            result = call()
        except (ValueError, ArithmeticError, IndexError, KeyError, MemoryError) as error:
            self.failed.emit(request, kind, str(error) or type(error).__name__)
            return
        self.done.emit(request, kind, result)


class SurfaceThread(QObject):
    """Submit computations (``submit(kind, call)``); ``done``/``failed`` arrive in the GUI thread.

    ``kind`` names what is computed ("surface", "ghosts", "sharpness"): only the newest request of each
    kind is computed, and only its result is reported (``done`` for an older id is never emitted after a
    newer one was submitted)."""

    done = Signal(str, object)  # kind, result (only the newest request's)
    failed = Signal(str, str)  # kind, message
    _request = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._newest: dict[str, int] = {}
        self._pending: set[str] = set()
        self._thread = QThread(self)
        self._thread.setObjectName("nn-playground-landscape")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.compute)
        self._worker.done.connect(self._done)  # queued: self lives in the GUI thread
        self._worker.failed.connect(self._failed)
        self._thread.start()

    def submit(self, kind: str, call: Callable[[], object]) -> int:
        """Compute ``call()`` in the worker thread; returns the request's id."""
        if not self._thread.isRunning():
            self._thread.start()  # stopped when its window closed; opened again, it computes again
        request = next(self._ids)
        self._newest[kind] = request
        self._worker.newest[kind] = request
        self._pending.add(kind)
        self._request.emit(request, kind, call)
        return request

    def running(self) -> bool:
        """True while the thread runs (from the first request until ``shutdown``)."""
        return self._thread.isRunning()

    def busy(self, kind: str | None = None) -> bool:
        """True while a request (of ``kind``) has not reported yet."""
        return bool(self._pending) if kind is None else kind in self._pending

    @Slot(int, str, object)
    def _done(self, request: int, kind: str, result: object) -> None:
        if request == self._newest.get(kind):
            self._pending.discard(kind)
            self.done.emit(kind, result)

    @Slot(int, str, str)
    def _failed(self, request: int, kind: str, message: str) -> None:
        if request == self._newest.get(kind):
            self._pending.discard(kind)
            self.failed.emit(kind, message)

    def shutdown(self) -> None:
        """Stop the thread (after the computation under way, at most about a second); requests not yet
        started are dropped. ``submit`` starts it again."""
        self._pending.clear()
        self._newest.clear()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

"""Reading a large file without freezing the window: in a helper process, with a busy dialog and Cancel.

``json.loads`` and the CSV reader hold the GIL for the whole parse (up to about a second for the
largest file the limits accept), so a thread would still freeze the window. A process has its own
GIL: it reads the file with :func:`playground.core.files.documents.read_any` and sends back the
Document (our own plain data between our own two processes; the file itself is never unpickled)
or the DataError's message. Cancel ends the process and leaves the document on screen as it was.

The window's thread never touches the pipe. A Document is several MB, so the helper's message
arrives in many pieces; a ``recv`` that began when the first bytes came would wait forever for
the rest if the helper stopped (SIGSTOP, a wedged machine) in the middle of sending. A small
thread of each load (:class:`Reading`) does the ``recv`` and puts what came into a queue, which
the window's thread looks at from a timer; the thread touches no Qt object, so nothing of Qt
has to outlive it. Cancel kills the helper (SIGKILL, which a stopped process cannot ignore):
its end of the pipe closes with it, and the waiting ``recv`` ends with EOFError, which ends the
thread. A stalled send is thus a stalled helper like any other: the busy dialog stays
responsive and its Cancel ends the load.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from playground.core.files.documents import send_document
from playground.ui.language import shown

POLL_MS = 20
END_SECONDS = 1.0  # after SIGKILL, how long the window waits for the helper to end (a few ms unless wedged)


class Reading:
    """One load: the helper process reading the file, and a thread of its own that receives its one message.

    ``result`` gets ("ok", Document), ("error", core's message) or ("closed", why): the pipe closed or
    could not be read before a message came (the helper ended, was killed, or sent something unreadable).
    """

    def __init__(self, ctx, path: str) -> None:
        conn, child = ctx.Pipe(duplex=False)
        # the child runs core code only (no Qt imported there): it starts faster
        self.process = ctx.Process(target=send_document, args=(child, path), name="nn-playground-open", daemon=True)
        try:
            self.process.start()
        except BaseException:
            conn.close()
            raise
        finally:
            child.close()  # the helper holds the only writing end: the pipe closes when it ends
        self.result: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._receive, args=(conn,), name="nn-playground-open-reader",
                                        daemon=True)
        self._thread.start()

    def _receive(self, conn) -> None:
        """In the reading thread: wait for the helper's message, however long it takes to come whole."""
        try:
            message = conn.recv()
        except EOFError:
            message = ("closed", "the reading process ended")
        except Exception as e:  # noqa: BLE001 - OSError, MemoryError, a message that cannot be unpickled
            message = ("closed", f"{type(e).__name__}: {e}")
        finally:
            conn.close()  # only this thread ever uses the pipe
        self.result.put(message)

    def end(self) -> None:
        """Kill the helper if it still runs (it sent its message, or it is cancelled) and reap it; the reading
        thread then gets EOF (if it still waits) and ends."""
        if self.process.is_alive():
            self.process.kill()  # SIGKILL: a stopped (SIGSTOP) process would keep a SIGTERM until continued
        self.process.join(END_SECONDS)
        if self.process.exitcode is not None:  # its end of the pipe is closed: the thread has its EOF now
            self._thread.join(END_SECONDS)


class FileLoader(QObject):
    """Loads one file at a time in a helper process; ``loaded(path, Document)`` or ``failed(path, message)``."""

    loaded = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, parent_widget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._reading: Reading | None = None
        self.path: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._reading is not None

    def start(self, path: str) -> None:
        """Start reading ``path`` (a load going on is cancelled first)."""
        self.cancel()
        self._reading, self.path = Reading(self._ctx, path), path
        dialog = QProgressDialog(self.tr("Opening {path}…").format(path=path), self.tr("Cancel"), 0, 0,
                                 self._parent_widget)
        dialog.setObjectName("openingDialog")
        dialog.setWindowTitle(self.tr("Opening"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick load shows nothing
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._timer.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the load going on, if any; the document on screen stays as it was."""
        path = self.path
        if self._finish() and path is not None:
            self.cancelled.emit(path)

    def _finish(self) -> bool:
        """End the helper (killed if it still runs), its reading thread and the dialog; True if a load was
        going on."""
        self._timer.stop()
        reading, self._reading, self.path = self._reading, None, None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        if reading is not None:
            reading.end()
        return reading is not None

    @Slot()
    def _poll(self) -> None:
        """From the timer: take the helper's message if the reading thread has it (never waits for it)."""
        if self._reading is None:
            return
        try:
            kind, value = self._reading.result.get_nowait()
        except queue.Empty:
            return
        path = self.path
        self._finish()
        if kind == "ok":
            self.loaded.emit(path, value)
        elif kind == "error":
            self.failed.emit(path, shown(value))  # core's message, in the window's language
        else:
            self.failed.emit(path, self.tr("{path}: cannot be read ({problem})").format(path=path, problem=value))

"""Reading a large file without freezing the window: in a helper process, with a busy dialog and Cancel.

``json.loads`` and the CSV reader hold the GIL for the whole parse (up to about a second for the
largest file the limits accept), so a thread would still freeze the window. A process has its own
GIL: it reads the file with :func:`playground.core.documents.read_any` and sends back the
Document (our own plain data between our own two processes; the file itself is never unpickled)
or the DataError's message. The window polls the pipe from a timer, so its thread never waits;
Cancel ends the process and leaves the document on screen as it was.
"""

from __future__ import annotations

import multiprocessing

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from playground.core.documents import send_document
from playground.ui.language import shown

POLL_MS = 20


class FileLoader(QObject):
    """Loads one file at a time in a helper process; ``loaded(path, Document)`` or ``failed(path, message)``."""

    loaded = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, parent_widget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process; works frozen
        self._process = None
        self._conn = None
        self.path: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._process is not None

    def start(self, path: str) -> None:
        """Start reading ``path`` (a load going on is cancelled first)."""
        self.cancel()
        parent, child = self._ctx.Pipe(duplex=False)
        # the child runs core code only (no Qt imported there): it starts faster
        proc = self._ctx.Process(target=send_document, args=(child, path), name="nn-playground-open", daemon=True)
        proc.start()
        child.close()
        self._process, self._conn, self.path = proc, parent, path
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
        if self._finish(terminate=True) and path is not None:
            self.cancelled.emit(path)

    def _finish(self, terminate: bool = False) -> bool:
        """Close the pipe, the process and the dialog; True if a load was going on."""
        self._timer.stop()
        proc, conn, self._process, self._conn, self.path = self._process, self._conn, None, None, None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        if conn is not None:
            conn.close()
        if proc is not None:
            if terminate and proc.is_alive():
                proc.kill()  # SIGKILL: a stopped (SIGSTOP) process would keep a SIGTERM until continued
            proc.join(1.0)
        return proc is not None

    @Slot()
    def _poll(self) -> None:
        if self._conn is None:
            return
        path = self.path
        try:
            if not self._conn.poll(0):
                if not self._process.is_alive():
                    raise EOFError("the reading process ended")
                return
            kind, value = self._conn.recv()
        except (EOFError, OSError) as e:
            self._finish(terminate=True)
            self.failed.emit(path, self.tr("{path}: cannot be read ({problem})").format(path=path, problem=e))
            return
        self._finish()
        if kind == "ok":
            self.loaded.emit(path, value)
        else:
            self.failed.emit(path, shown(value))  # core's message, in the window's language

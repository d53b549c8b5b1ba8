"""A document the desktop hands to the running app opens in a window of its own.

How a second document reaches the app, and why it never disturbs the first:

* Linux and Windows start a new process for every double-click (the desktop
  entry's ``Exec=nn-playground-gui %f``): each process has its own window, its own
  training helper and its own settings writes, so two documents never share
  state. Saving is atomic, so two windows saving the same file leave one complete
  version, never a mix.
* macOS's Launch Services sends the document to the app that is already running,
  as a ``QFileOpenEvent`` (also at launch, for the document that started it, which
  then opens beside the untitled first window). :class:`DocumentOpener` opens it in a
  new window: the window already open (perhaps training, perhaps with unsaved edits)
  is never touched.

No ``QLocalServer`` forwarding on Linux: it would pull QtNetwork into the bundle and
make a hung first instance swallow every later double-click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from playground import APP_NAME
from playground.core.data.dataset import DataError
from playground.ui.language import shown


class DocumentOpener(QObject):
    """Event filter for the QApplication: each FileOpen event opens its document in a new MainWindow."""

    windowOpened = Signal(object)  # the new MainWindow
    openFailed = Signal(str)  # the message shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows: list = []  # keeps the windows opened here alive
        self._message_box: QMessageBox | None = None  # the last "cannot open" message (no parent keeps it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open_document(event.file())
            return True
        return super().eventFilter(watched, event)

    def open_document(self, path: str):
        """Open ``path`` in a new window and show it; a bad file shows a message and opens nothing."""
        from playground.ui.main_window import MainWindow

        window = MainWindow()
        try:
            window.open_path(path)
        except DataError as e:
            window.close()
            window.deleteLater()
            problem = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)  # core's Text, if it is one
            message = QCoreApplication.translate("DocumentOpener", "Cannot open {path}:").format(path=path) + \
                "\n" + shown(problem)
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok)
            box.setObjectName("openFailedBox")
            box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name and the problem, as written
            box.finished.connect(box.deleteLater)
            box.show()  # not exec(): the other windows keep running
            self._message_box = box
            self.openFailed.emit(message)
            return None
        self.windows.append(window)
        window.show()
        self.windowOpened.emit(window)
        return window

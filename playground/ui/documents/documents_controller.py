"""The window's document: New, Open, Save, Save As, Export CSV, Open Recent, drops, autosave and recovery.

A document is the table, the settings, the last finished run and every run of the window's run
tree (``Run.runs()``; :mod:`playground.ui.documents.document_runs`); opening one shows its tree again.
"Modified" is the undo stack's clean state: every edit is a command, saving marks the stack clean,
and a finished run (new weights that are not on disk) marks it modified. Nothing is lost:

* New, Open and closing ask Save / Discard / Cancel while there are unsaved changes;
* saving is atomic (the core writes a temporary file and renames it); when it fails
  the dialog says why and the document stays modified;
* every 30 s a modified document is written to ``<app data>/autosave/`` (a lock file beside it
  marks it as this running session's); at start-up, autosaves whose session is gone (a crash)
  are offered for recovery (:mod:`playground.ui.documents.document_recovery`);
* a file that cannot be read is reported in a dialog naming the file, the place and the problem,
  and the document on screen is left as it was;
* opening is all or nothing: a document is checked whole (core's reader, then ``check_document``)
  before the first widget changes, so one the window cannot show leaves the table, the settings,
  the run, the title and the file Save writes as they were.

The prompts (``ask_*``) are methods so tests can answer them without a dialog
(:mod:`playground.ui.documents.document_dialogs` builds them).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from playground import APP_NAME
from playground.core.data.dataset import DataError, generate
from playground.core.files.fileio import display_name
from playground.core.data.settings import Settings
from playground.ui.documents import document_dialogs as dialogs, recent_files as recent
from playground.ui.documents.document_dialogs import CANCEL, DISCARD, LATER, RECOVER, SAVE
from playground.ui.documents.document_checks import settings_problem
from playground.ui.documents.document_runs import DocumentRuns
from playground.ui.documents.file_menu import file_actions, fill_file_menu
from playground.ui.language import problem_text
from playground.ui.kit.plain import window_title
from playground.ui.documents.recent_files import FOLDER_KEY, MAX_RECENT, RECENT_KEY, app_settings

if TYPE_CHECKING:
    from playground.core.files.autosave import Autosave
    from playground.core.files.documents import Document, Trained
    from playground.ui.documents.autosaver import Autosaver
    from playground.ui.documents.file_loader import FileLoader

# Reading and writing files (core.documents, core.autosave, ui.autosaver, ui.file_loader) is
# imported when first used, not while the window opens: the first frame needs none of it.

AUTOSAVE_INTERVAL_MS = 30_000
BACKGROUND_BYTES = 2 * 2**20  # files larger than this are read in a helper process (about 0.1 s of parsing)
DOCUMENT_EXTENSIONS = (".nnp", ".json")
# the file dialogs' filters (translated where used: the patterns in brackets stay as they are)
OPEN_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "Documents and tables (*.nnp *.json *.csv);;NN Playground "
                                "documents (*.nnp *.json);;CSV tables (*.csv);;All files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "NN Playground document (*.nnp);;JSON document (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "CSV table (*.csv)")


class DocumentsController(QObject):
    """Owns the window's file name, modified state, File menu actions, autosave and recovery.

    ``window`` must offer ``load_experiment(dataset, settings, saved=None)``, ``run`` (the
    :class:`~playground.ui.run.run.Run`, whose finished runs the document keeps), ``dataset_model``,
    ``controls``, ``show_message`` and ``statusBar``.
    """

    documentChanged = Signal()  # the file name or the modified state changed

    def __init__(self, window, editor, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window, self.editor, self.stack = window, editor, editor.stack
        self.path: str | None = None
        self.error_box: QMessageBox | None = None
        self._autosaver: Autosaver | None = None  # made on first use (see the properties)
        self._autosave_failed = False
        self._loader: FileLoader | None = None
        # Nobody can answer a dialog on the offscreen platform (tests, scripts, --screenshot): then nothing
        # is asked, autosaved or recovered, and closing never waits for an answer.
        self.interactive = QGuiApplication.platformName() not in ("offscreen", "minimal")

        self._timer = QTimer(self, interval=AUTOSAVE_INTERVAL_MS)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        self.stack.cleanChanged.connect(self._update_title)
        self.runs = DocumentRuns(window, editor, self)  # the last finished run and the tree of runs it keeps
        self.run = window.run
        self.run.stateChanged.connect(self._run_state_changed)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._make_actions()
        self._update_title()

    @property
    def trained(self) -> Trained | None:
        """The last finished run, while it still belongs to the document (what Save keeps)."""
        return self.runs.trained

    @property
    def autosaver(self) -> Autosaver:
        """This session's autosave file (nothing is on disk before its first write)."""
        if self._autosaver is None:
            from playground.ui.documents.autosaver import Autosaver

            self._autosaver = Autosaver()
        return self._autosaver

    @property
    def loader(self) -> FileLoader:
        """Reads large files in a helper process, so the window never freezes (ui/file_loader.py)."""
        if self._loader is None:
            from playground.ui.documents.file_loader import FileLoader

            self._loader = FileLoader(self.window)
            self._loader.loaded.connect(self._file_loaded)
            self._loader.failed.connect(self._file_failed)
        return self._loader

    def _make_actions(self) -> None:  # the File menu's (ui/file_menu.py)
        (self.new_action, self.open_action, self.save_action, self.save_as_action, self.export_action,
         self.quit_action, self.recent_menu) = file_actions(self.window, self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def build_file_menu(self, menu: QMenu) -> None:
        fill_file_menu(menu, self)

    @Slot()
    def _fill_recent_menu(self) -> None:
        recent.fill_recent_menu(self.recent_menu, self.recent_files(), self._open_recent, self.clear_recent)

    @Slot()
    def _open_recent(self) -> None:
        self.open_file(self.sender().data())

    @Slot(str)
    def _run_state_changed(self, _state: str) -> None:
        running = self.run.running
        for act in (self.new_action, self.open_action):
            act.setEnabled(not running)
        self.recent_menu.setEnabled(not running)

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        return not self.stack.isClean()

    def title(self) -> str:
        return display_name(os.path.basename(self.path)) if self.path else self.tr("Untitled")

    @Slot()
    def _update_title(self) -> None:
        if not shiboken6.isValid(self.window):  # the stack clears itself while the window is destroyed
            return
        self.window.setWindowTitle(f"{window_title(self.title())}[*] — {APP_NAME}")
        self.window.setWindowModified(self.is_modified())
        self.documentChanged.emit()

    def document(self) -> Document:
        """What Save writes: the table, the settings, the last finished run (if it still applies) and the runs."""
        return self.runs.document(self.window.dataset_model.dataset().copy(), self.editor.settings() or Settings())

    # ------------------------------------------------------------------ prompts (tests replace these)
    def ask_save_changes(self, doing: str) -> str:
        """Save, Discard or Cancel, before ``doing`` ("closing", "opening another file", ...)."""
        box = self.save_changes_box(doing)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
            QMessageBox.StandardButton(answer), CANCEL)

    def save_changes_box(self, doing: str) -> QMessageBox:
        """The question ``ask_save_changes`` asks."""
        return dialogs.save_changes_box(self.window, self.title(), doing)

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open"), recent.last_folder(), self.tr(OPEN_FILTER))
        return path or None

    def ask_save_path(self, title: str, suggestion: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, os.path.join(recent.last_folder(), suggestion),
                                              file_filter)
        return path or None

    def recover_box(self, item: Autosave, others: int) -> QMessageBox:
        """The question ``ask_recover`` asks: Recover, Discard or Later, saying what was wrong with the file."""
        more = self.tr("%n more will be offered next time.", "", others) if others else ""  # (lupdate's plural)
        return dialogs.recover_box(self.window, item, more)

    def ask_recover(self, item: Autosave, others: int) -> str:
        """Recover, Discard, or Later (keep it for the next start)."""
        box = self.recover_box(item, others)
        box.exec()
        return {"recoverButton": RECOVER, "discardButton": DISCARD}.get(
            box.clickedButton().objectName() if box.clickedButton() else "", LATER)

    def unreadable_box(self, path: str, reason: str) -> QMessageBox:
        """The question ``ask_unreadable`` asks: Discard or Later, with the reason."""
        return dialogs.unreadable_box(self.window, path, reason)

    def ask_unreadable(self, path: str, reason: str) -> str:
        """Discard an autosave that cannot be read, or keep it for later."""
        box = self.unreadable_box(path, reason)
        box.exec()
        clicked = box.clickedButton()
        return DISCARD if clicked is not None and clicked.objectName() == "discardButton" else LATER

    def show_error(self, title: str, text: str, details: str = "") -> QMessageBox:
        """A warning that does not block (the window stays usable); kept in ``error_box``."""
        if self.error_box is not None:
            self.error_box.close()
            self.error_box.deleteLater()
        self.error_box = dialogs.error_box(self.window, title, text, details)
        return self.error_box

    # ------------------------------------------------------------------ New and Open
    def maybe_save(self, doing: str = "closing") -> bool:
        """True when it is fine to drop the current document (saved, discarded, or unchanged)."""
        if not self.is_modified() or not self.interactive:
            return True
        answer = self.ask_save_changes(doing)
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def _busy(self) -> bool:
        if self.editor.locked:
            self.window.show_message(self.tr("Stop training before opening or starting another document"))
            return True
        return False

    @Slot()
    def new_document(self) -> bool:
        """An empty two-input table with the default settings, untitled."""
        if self._busy() or not self.maybe_save("starting a new document"):
            return False
        from playground.core.files.documents import Document

        self.put_document(Document(generate(["a", "b"], ["y"]), Settings()), None)
        return True

    def open_file(self, path: str | None = None) -> bool:
        """Open a document or a CSV table (asking for it when ``path`` is None); errors go to a dialog.

        True when it was opened, or, for a file over ``BACKGROUND_BYTES``, when its reading has
        started in the background (``loader.loaded`` or ``loader.failed`` follows; Cancel stops it)."""
        if self._busy():
            return False
        if path is None:
            path = self.ask_open_path()
            if not path:
                return False
        try:
            large = os.path.getsize(path) > BACKGROUND_BYTES
        except OSError:
            large = False  # read_any names the problem
        from playground.core.files.documents import read_any

        if large:  # read in the background: True means the opening has started
            self.loader.start(path)
            return True
        try:
            doc = read_any(path)
        except DataError as e:
            self._file_failed(path, problem_text(e))
            return False
        return self._file_loaded(path, doc)

    @Slot(str, object)
    def _file_loaded(self, path: str, doc: Document) -> bool:
        """Show ``doc``, read from ``path`` here or in the background: all of it, or nothing and a message."""
        try:
            self.check_document(doc, path)
        except DataError as e:
            self._file_failed(path, problem_text(e))
            return False
        if self._busy() or not self.maybe_save("opening another file"):
            return False
        try:
            self.put_document(doc, path)
        except DataError as e:
            self._file_failed(path, problem_text(e))
            return False
        recent.remember(path)
        return True

    @Slot(str, str)
    def _file_failed(self, path: str, message: str) -> None:
        name = display_name(os.path.basename(path))
        self.show_error(self.tr("Cannot open {name}").format(name=name),
                        self.tr("“{name}” could not be opened.").format(name=name), message)
        if not os.path.exists(path):
            recent.forget(path)

    def load(self, path: str) -> None:
        """Open without asking anything (the command line); DataError when the file cannot be read or shown,
        and then nothing on screen has changed."""
        if self.editor.locked:
            raise DataError(f"cannot open {path} while training (press Stop first)")
        from playground.core.files.documents import read_any

        doc = read_any(path)
        self.check_document(doc, path)
        self.put_document(doc, path)
        recent.remember(path)

    def set_trained(self, trained) -> None:
        """The network Save keeps from now on (a core Trained): weights typed into the inspector."""
        self.runs.set_trained(trained)

    def show_document(self, doc: Document) -> bool:
        """Show ``doc`` as a new untitled document without asking (a lesson's step loads its state so).

        False, with a message, when the window cannot show it: then nothing on screen has changed."""
        try:
            self.check_document(doc)
            self.put_document(doc, None)
        except DataError as e:
            self.show_error(APP_NAME, self.tr("This table and its settings cannot be shown."), problem_text(e))
            return False
        return True

    # ------------------------------------------------------------------ the one way a document reaches the screen
    # Every document shown (Open, Open Recent, a drop, the command line, a file read in the background,
    # a recovered autosave, a lesson's step) goes read -> check_document -> put_document. The core reader
    # has checked the file and that the network takes its saved state; check_document builds the one model
    # core cannot (the settings fields); only then does put_document change the screen.

    def check_document(self, doc: Document, source: str | None = None) -> None:
        """Raise DataError naming ``source`` and the problem unless the window can show ``doc`` exactly.

        Nothing on screen changes here: the settings go into a settings form of their own, which must
        hold every value as it is (a field that would clamp or overflow refuses the document)."""
        try:
            problem = settings_problem(doc.settings)
        except Exception as e:  # noqa: BLE001 - whatever a document holds: a message, never a traceback
            problem = self.tr("the settings cannot be shown ({problem})").format(problem=f"{type(e).__name__}: {e}")
        if problem:
            from playground.core.files.documents import DocumentError

            where = source if source is not None else self.tr("the document")
            raise DocumentError(f"{where}: {problem}", source)

    def put_document(self, doc: Document, path: str | None, modified: bool = False) -> None:
        """Put ``doc`` on screen, as the document of ``path`` (checked by check_document first).

        Should the window still fail half-way, the table, settings and run it showed are put back and
        DataError is raised: the file name, the undo history and the modified state stay as they were."""
        before = self.runs.on_screen()
        self.runs.loading = True
        try:
            self.runs.show(doc)
        except Exception as e:  # noqa: BLE001 - a bug must not leave half a document on screen
            self.runs.put_back(*before)
            from playground.core.files.documents import DocumentError

            where = path if path is not None else self.tr("the document")
            raise DocumentError(self.tr("{path}: the window could not show it ({problem})").format(
                path=where, problem=f"{type(e).__name__}: {e}"), path) from e
        finally:
            self.runs.loading = False
        self.runs.adopt(doc)
        self.path = path
        self.stack.clear()  # the history belongs to the previous document
        if modified:
            self.stack.resetClean()
        self._remove_autosave()
        self._update_title()

    # ------------------------------------------------------------------ Save
    @Slot()
    def save(self) -> bool:
        """Save to the document's file; a new document, or one opened from CSV, asks for a name first."""
        if self.path is None or not self.path.lower().endswith(DOCUMENT_EXTENSIONS):
            return self.save_as()
        return self._write(self.path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            path = self._ask_path_for_title(self.tr("Save As"), ".nnp", self.tr(SAVE_FILTER))
            if not path:
                return False
        if not path.lower().endswith(DOCUMENT_EXTENSIONS):
            path += ".nnp"  # CSV cannot hold the settings or the weights: Export CSV writes tables
        return self._write(path)

    def _ask_path_for_title(self, title: str, extension: str, file_filter: str) -> str | None:
        """ask_save_path, suggesting the document's title with ``extension``; empty or None when cancelled."""
        return self.ask_save_path(title, os.path.splitext(self.title())[0] + extension, file_filter)

    def _write(self, path: str) -> bool:
        from playground.core.files.documents import write_document

        try:
            write_document(path, self.document())
        except DataError as e:
            name = display_name(os.path.basename(path))
            self.show_error(self.tr("Cannot save {name}").format(name=name),
                            self.tr("“{name}” was not saved.").format(name=name),
                            f"{problem_text(e)}\n\n" + self.tr("Nothing was lost: the document is still open with its changes. "
                                                "Fix the problem, or choose File ▸ Save As… to save it somewhere "
                                                "else."))
            return False
        self.path = path
        self.stack.setClean()
        recent.remember(path)
        self._remove_autosave()
        self._update_title()
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def export_csv(self, path: str | None = None) -> bool:
        """Write the table alone as CSV (inputs first, targets last); the document keeps its own file."""
        if path is None:
            path = self._ask_path_for_title(self.tr("Export CSV"), ".csv", self.tr(CSV_FILTER))
            if not path:
                return False
        from playground.core.files.documents import write_csv

        try:
            write_csv(path, self.window.dataset_model.dataset())
        except DataError as e:
            name = display_name(os.path.basename(path))
            self.show_error(self.tr("Cannot export {name}").format(name=name),
                            self.tr("The table was not exported."), problem_text(e))
            return False
        recent.set_last_folder(path)
        self.window.statusBar().showMessage(self.tr("Exported the table to {path}").format(path=path), 5000)
        return True

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        return recent.recent_files()

    @Slot()
    def clear_recent(self) -> None:
        recent.store_recent([])

    # ------------------------------------------------------------------ drops
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if recent.dropped_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = recent.dropped_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.open_file(path)
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ autosave and recovery
    @Slot()
    def autosave(self) -> bool:
        """Write the modified document to the autosave folder (the timer calls this every 30 s)."""
        if not self.is_modified() or not self.interactive:
            self._remove_autosave()
            return False
        try:
            written = self.autosaver.write(self.document(), self.path)
        except (OSError, DataError) as e:
            if not self._autosave_failed:  # say it once, not every 30 s
                self.window.statusBar().showMessage(self.tr("Autosave failed: {problem}").format(problem=e), 10000)
            self._autosave_failed = True
            return False
        self._autosave_failed = False
        return written

    def _remove_autosave(self) -> None:
        if self._autosaver is not None:  # none made yet: nothing written
            self._autosaver.remove()

    def recoverable(self) -> list[str]:
        """Autosaves that crashed sessions left behind, newest first."""
        from playground.ui.documents.document_recovery import recoverable

        return recoverable(self.autosaver)

    def offer_recovery(self) -> bool:
        """Offer the newest autosave of a crashed session; True when it was recovered into this window."""
        from playground.ui.documents.document_recovery import offer_recovery

        return offer_recovery(self)

    def shutdown(self) -> None:
        """The window is closing with nothing left to save: stop autosaving and remove our autosave."""
        if self._loader is not None:
            self._loader.cancel()
        self._timer.stop()
        if self._autosaver is not None:
            self._autosaver.close()


__all__ = ["DocumentsController", "app_settings", "FOLDER_KEY", "RECENT_KEY", "MAX_RECENT", "BACKGROUND_BYTES", "SAVE",
           "DISCARD", "CANCEL", "RECOVER", "LATER"]

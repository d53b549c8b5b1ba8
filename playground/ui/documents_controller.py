"""The window's document: New, Open, Save, Save As, Export CSV, Open Recent, drops, autosave and recovery.

A document is the table, the settings, the last finished run (weights and error
history) and every run of the window's run tree (``Run.runs()``: the branches
made by editing after training); opening one shows its tree again. "Modified"
is the undo stack's clean state: every edit is a command, saving marks the stack
clean, and a finished run (new weights that are not on disk) marks it modified. Nothing is lost:

* New, Open and closing ask Save / Discard / Cancel while there are unsaved changes;
* saving is atomic (the core writes a temporary file and renames it); when it fails
  the dialog says why and the document stays modified;
* every 30 s a modified document is written to ``<app data>/autosave/`` (a lock
  file beside it marks it as this running session's); at start-up, autosaves whose
  session is gone (a crash) are offered for recovery;
* a file that cannot be read is reported in a dialog naming the file, the place
  and the problem, and the document on screen is left as it was;
* opening is all or nothing: a document is checked whole (core's reader, then
  ``check_document``) before the first widget changes, so one the window cannot
  show leaves the table, the settings, the run, the title and the file Save writes
  as they were.

The prompts (``ask_*``) are methods so tests can answer them without a dialog.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from playground import APP_NAME, ORG_NAME
from playground.core.dataset import DataError, generate
from playground.core.fileio import display_name
from playground.core.settings import FIELDS, Settings
from playground.ui.controls import ControlsPanel
from playground.ui.language import problem_text, shown
from playground.ui.plain import menu_text, tooltip, window_title

if TYPE_CHECKING:
    from playground.core.autosave import Autosave
    from playground.core.documents import Document, Trained
    from playground.ui.autosaver import Autosaver
    from playground.ui.file_loader import FileLoader

# Reading and writing files (core.documents, core.autosave, ui.autosaver, ui.file_loader) is
# imported when first used, not while the window opens: the first frame needs none of it.

AUTOSAVE_INTERVAL_MS = 30_000
BACKGROUND_BYTES = 2 * 2**20  # files larger than this are read in a helper process (about 0.1 s of parsing)
MAX_RECENT = 10
RECENT_KEY = "documents/recent"
FOLDER_KEY = "documents/last_folder"
DOCUMENT_EXTENSIONS = (".nnp", ".json")
# the file dialogs' filters (translated where used: the patterns in brackets stay as they are)
OPEN_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "Documents and tables (*.nnp *.json *.csv);;NN Playground "
                                "documents (*.nnp *.json);;CSV tables (*.csv);;All files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "NN Playground document (*.nnp);;JSON document (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("DocumentsController", "CSV table (*.csv)")
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RECOVER, LATER = "recover", "later"


def app_settings() -> QSettings:
    """The app's QSettings (tests redirect them with QSettings.setPath)."""
    return QSettings(ORG_NAME, APP_NAME)


class DocumentsController(QObject):
    """Owns the window's file name, modified state, File menu actions, autosave and recovery.

    ``window`` must offer ``load_experiment(dataset, settings, saved=None)``, ``run`` (the
    :class:`~playground.ui.run.Run`, whose finished runs the document keeps), ``dataset_model``,
    ``controls``, ``show_message`` and ``statusBar``.
    """

    documentChanged = Signal()  # the file name or the modified state changed

    def __init__(self, window, editor, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window, self.editor, self.stack = window, editor, editor.stack
        self.path: str | None = None
        self.trained: Trained | None = None  # the last finished run, while it still belongs to the document
        self._trained_settings: Settings | None = None
        self.error_box: QMessageBox | None = None
        self._loading = False
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
        window.dataset_model.datasetChanged.connect(self._table_changed)
        window.controls.settingsChanged.connect(self._settings_changed)
        window.reset_action.triggered.connect(self._network_reset)
        self.run = window.run
        self.run.finished.connect(self._run_finished)
        self.run.stateChanged.connect(self._run_state_changed)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._make_actions()
        self._update_title()

    @property
    def autosaver(self) -> Autosaver:
        """This session's autosave file (nothing is on disk before its first write)."""
        if self._autosaver is None:
            from playground.ui.autosaver import Autosaver

            self._autosaver = Autosaver()
        return self._autosaver

    @property
    def loader(self) -> FileLoader:
        """Reads large files in a helper process, so the window never freezes (ui/file_loader.py)."""
        if self._loader is None:
            from playground.ui.file_loader import FileLoader

            self._loader = FileLoader(self.window)
            self._loader.loaded.connect(self._file_loaded)
            self._loader.failed.connect(self._file_failed)
        return self._loader

    # ------------------------------------------------------------------ actions
    def _make_actions(self) -> None:
        w = self.window
        SK = QKeySequence.StandardKey

        def action(text, slot, shortcut=None, name=""):
            act = QAction(text, w, objectName=name)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(slot)
            return act

        self.new_action = action(self.tr("&New"), self.new_document, SK.New, "newAction")
        self.open_action = action(self.tr("&Open…"), lambda: self.open_file(), SK.Open, "openAction")
        self.save_action = action(self.tr("&Save"), self.save, SK.Save, "saveAction")
        self.save_as_action = action(self.tr("Save &As…"), lambda: self.save_as(), QKeySequence("Ctrl+Shift+S"),
                                     "saveAsAction")
        self.export_action = action(self.tr("&Export CSV…"), lambda: self.export_csv(), None, "exportCsvAction")
        self.quit_action = action(self.tr("&Quit"), w.close, SK.Quit, "quitAction")
        self.recent_menu = QMenu(self.tr("Open &Recent"), w, objectName="recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def build_file_menu(self, menu: QMenu) -> None:
        for act in (self.new_action, self.open_action):
            menu.addAction(act)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        for act in (self.save_action, self.save_as_action, self.export_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent):
            name = menu_text(os.path.basename(path))  # an "&" in the name is shown, not a shortcut
            act = self.recent_menu.addAction(f"&{i + 1}  {name}" if i < 9 else name)
            act.setToolTip(tooltip(path))
            act.setStatusTip(path)
            act.setData(path)
            act.triggered.connect(self._open_recent)
        if not recent:
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.clear_recent)

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
        """What Save writes: the table, the settings and the last finished run (if it still applies)."""
        from playground.core.documents import Document

        settings = self.editor.settings() or Settings()
        runs = self.run.runs()
        return Document(self.window.dataset_model.dataset().copy(), settings, self.trained,
                        runs=runs if len(runs) else None)

    @Slot()
    def _table_changed(self) -> None:
        # An edit of the table resets the network on screen: the run no longer belongs to the table.
        if not self._loading:
            self.trained = None

    @Slot()
    def _settings_changed(self) -> None:
        # A new shape, seed or rate resets the network on screen; more or fewer iterations alone do not.
        if self._loading or self.trained is None:
            return
        now = self.editor.settings()
        if now is None or not now.same_run(self._trained_settings):
            self.trained = None

    @Slot()
    def _network_reset(self) -> None:
        """Reset forgets the run: the document no longer has one."""
        if self.trained is not None:
            self.trained = None
            self.stack.resetClean()

    @Slot(object)
    def _run_finished(self, _snapshot) -> None:
        saved = self.run.result()
        if saved is None:  # non-finite weights: the document keeps what it had
            return
        self.trained = saved
        self._trained_settings = self.editor.settings()
        self.stack.resetClean()  # new weights that are not on disk yet

    # ------------------------------------------------------------------ prompts (tests replace these)
    def ask_save_changes(self, doing: str) -> str:
        """Save, Discard or Cancel, before ``doing`` ("closing", "opening another file", ...)."""
        box = self.save_changes_box(doing)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
            QMessageBox.StandardButton(answer), CANCEL)

    def save_changes_box(self, doing: str) -> QMessageBox:
        """The question ``ask_save_changes`` asks."""
        doing_text = {"closing": self.tr("closing"), "starting a new document": self.tr("starting a new document"),
                      "opening another file": self.tr("opening another file"),
                      "recovering the autosaved document": self.tr("recovering the autosaved document"),
                      "opening a lesson": self.tr("opening a lesson")}
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          self.tr("Save the changes to “{title}” before {doing}?").format(
                              title=self.title(), doing=doing_text.get(doing, doing)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the document's name as written
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open"), self._last_folder(), self.tr(OPEN_FILTER))
        return path or None

    def ask_save_path(self, title: str, suggestion: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, os.path.join(self._last_folder(), suggestion),
                                              file_filter)
        return path or None

    def recover_box(self, item: Autosave, others: int) -> QMessageBox:
        """The question ``ask_recover`` asks: Recover, Discard or Later, saying what was wrong with the file."""
        if item.saved_at is None:  # read_autosave keeps only times that can be shown
            when = self.tr("an unknown time")
        else:
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(item.saved_at)),
                                      QLocale.FormatType.ShortFormat)
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                          self.tr("{app} was closed without saving “{title}”. Recover the changes?").format(
                              app=APP_NAME, title=shown(item.title())),
                          parent=self.window)
        box.setObjectName("recoverBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr("Autosaved at {when}.").format(when=when)
        if others:
            text += " " + self.tr("%n more will be offered next time.", "", others)
        for note in item.notes:
            text += "\n" + self.tr("Left out of the autosave file: {note}.").format(note=shown(note))
        box.setInformativeText(text)
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        recover.setObjectName("recoverButton")
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("discardButton")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole).setObjectName("laterButton")
        box.setDefaultButton(recover)
        return box

    def ask_recover(self, item: Autosave, others: int) -> str:
        """Recover, Discard, or Later (keep it for the next start)."""
        box = self.recover_box(item, others)
        box.exec()
        return {"recoverButton": RECOVER, "discardButton": DISCARD}.get(
            box.clickedButton().objectName() if box.clickedButton() else "", LATER)

    def unreadable_box(self, path: str, reason: str) -> QMessageBox:
        """The question ``ask_unreadable`` asks: Discard or Later, with the reason."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          self.tr("An autosaved document from a session that ended unexpectedly cannot be read."),
                          parent=self.window)
        box.setObjectName("unreadableAutosaveBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(reason + "\n\n" + self.tr(
            "Discard it, or keep it for later (it is offered again at the next start): {path}").format(path=path))
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("discardButton")
        later = box.addButton(self.tr("Keep for later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        box.setDefaultButton(later)
        return box

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
        box = QMessageBox(QMessageBox.Icon.Warning, window_title(title), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and problems, as written
        box.setInformativeText(details)
        box.setStyleSheet("QLabel { min-width: 28em; }")  # long file names wrap less
        box.setObjectName("documentErrorBox")
        box.open()
        self.error_box = box
        return box

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
        from playground.core.documents import Document

        self._set_document(Document(generate(["a", "b"], ["y"]), Settings()), None)
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
        from playground.core.documents import read_any

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
            self._set_document(doc, path)
        except DataError as e:
            self._file_failed(path, problem_text(e))
            return False
        self._remember(path)
        return True

    @Slot(str, str)
    def _file_failed(self, path: str, message: str) -> None:
        name = display_name(os.path.basename(path))
        self.show_error(self.tr("Cannot open {name}").format(name=name),
                        self.tr("“{name}” could not be opened.").format(name=name), message)
        if not os.path.exists(path):
            self._forget_recent(path)

    def load(self, path: str) -> None:
        """Open without asking anything (the command line); DataError when the file cannot be read or shown,
        and then nothing on screen has changed."""
        if self.editor.locked:
            raise DataError(f"cannot open {path} while training (press Stop first)")
        from playground.core.documents import read_any

        doc = read_any(path)
        self.check_document(doc, path)
        self._set_document(doc, path)
        self._remember(path)

    def set_trained(self, trained) -> None:
        """The network Save keeps from now on (a core Trained): weights typed into the inspector."""
        self.trained, self._trained_settings = trained, self.editor.settings()

    def show_document(self, doc: Document) -> bool:
        """Show ``doc`` as a new untitled document without asking (a lesson's step loads its state so).

        False, with a message, when the window cannot show it: then nothing on screen has changed."""
        try:
            self.check_document(doc)
            self._set_document(doc, None)
        except DataError as e:
            self.show_error(APP_NAME, self.tr("This table and its settings cannot be shown."), problem_text(e))
            return False
        return True

    # ------------------------------------------------------------------ the one way a document reaches the screen
    # Every document shown (Open, Open Recent, a drop, the command line, a file read in the background,
    # a recovered autosave, a lesson's step) goes read -> check_document -> _set_document. The core reader
    # has checked the file and that the network takes its saved state; check_document builds the one model
    # core cannot (the settings fields); only then does _set_document change the screen.

    def check_document(self, doc: Document, source: str | None = None) -> None:
        """Raise DataError naming ``source`` and the problem unless the window can show ``doc`` exactly.

        Nothing on screen changes here: the settings go into a settings form of their own, which must
        hold every value as it is (a field that would clamp or overflow refuses the document)."""
        try:
            problem = self._settings_problem(doc.settings)
        except Exception as e:  # noqa: BLE001 - whatever a document holds: a message, never a traceback
            problem = self.tr("the settings cannot be shown ({problem})").format(problem=f"{type(e).__name__}: {e}")
        if problem:
            from playground.core.documents import DocumentError

            where = source if source is not None else self.tr("the document")
            raise DocumentError(f"{where}: {problem}", source)

    def _settings_problem(self, settings: Settings) -> str | None:
        """Why the settings form cannot show ``settings`` as they are, or None. Its number fields keep 15
        decimals: a value they change by less than a billionth of itself (0.30000000000000004 shown as 0.3)
        opens as shown; any other difference (clamped to the field's range, rounded away) refuses it."""
        form = ControlsPanel()  # never shown, deleted at once
        try:
            try:
                form.set_settings(settings)
                shown = form.shown_settings()
            except (OverflowError, ValueError, TypeError) as e:
                return self.tr("the settings cannot be shown ({problem})").format(problem=str(e) or type(e).__name__)
            for f in FIELDS:
                value, now = getattr(settings, f.name), getattr(shown, f.name)
                if now != value and not (isinstance(value, float) and math.isclose(now, value, rel_tol=1e-9)):
                    return self.tr("settings.{name}: the window cannot show {value} (its field would hold {shown})"
                                   ).format(name=f.name, value=repr(value), shown=repr(now))
        finally:
            shiboken6.delete(form)
        return None

    def _set_document(self, doc: Document, path: str | None, modified: bool = False) -> None:
        """Put ``doc`` on screen, as the document of ``path`` (checked by check_document first).

        Should the window still fail half-way, the table, settings and run it showed are put back and
        DataError is raised: the file name, the undo history and the modified state stay as they were."""
        # what is on screen now (the table is replaced by the new one, never changed in place)
        before = (self.window.dataset(), self.editor.settings(), self.trained, self._trained_settings,
                  self.run.runs())
        self._loading = True
        try:
            from playground.core.run_tree import RunTree

            self.run.use_tree(RunTree())  # the runs of the document before are not this one's
            runs = doc.runs if doc.runs is not None and len(doc.runs) else None
            self.window.load_experiment(doc.dataset, doc.settings, None if runs is not None else doc.trained)
            self.editor.reset_settings_baseline()
            if runs is not None:  # every run and branch it kept, its current one on show
                self._open_runs(runs, doc.trained)
        except Exception as e:  # noqa: BLE001 - a bug must not leave half a document on screen
            self._put_back(*before)
            from playground.core.documents import DocumentError

            where = path if path is not None else self.tr("the document")
            raise DocumentError(self.tr("{path}: the window could not show it ({problem})").format(
                path=where, problem=f"{type(e).__name__}: {e}"), path) from e
        finally:
            self._loading = False
        self.trained, self._trained_settings = doc.trained, self.editor.settings() or doc.settings
        self.path = path
        self.stack.clear()  # the history belongs to the previous document
        if modified:
            self.stack.resetClean()
        self._remove_autosave()
        self._update_title()

    def _open_runs(self, runs, trained) -> None:
        """Show a document's tree at its current run; a tree whose current run trained another table or
        other settings is kept, and the document's trained network shown as a run of its own."""
        w = self.window
        if not self.run.open_tree(runs, w.dataset(), w.settings(), w.table_name()) and trained is not None:
            self.run.restore(w.dataset(), w.settings(), trained, w.table_name())

    def _put_back(self, dataset, settings, trained, trained_settings, runs) -> None:
        """Show again what was on screen before a document failed half-way."""
        from playground.core.run_tree import RunTree

        self.run.use_tree(RunTree())
        self.window.load_experiment(dataset, settings, trained if not len(runs) else None)
        self.editor.reset_settings_baseline()
        if len(runs):
            self._open_runs(runs, trained)
        self.trained, self._trained_settings = trained, trained_settings

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
        from playground.core.documents import write_document

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
        self._remember(path)
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
        from playground.core.documents import write_csv

        try:
            write_csv(path, self.window.dataset_model.dataset())
        except DataError as e:
            name = display_name(os.path.basename(path))
            self.show_error(self.tr("Cannot export {name}").format(name=name),
                            self.tr("The table was not exported."), problem_text(e))
            return False
        self._set_last_folder(path)
        self.window.statusBar().showMessage(self.tr("Exported the table to {path}").format(path=path), 5000)
        return True

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = app_settings().value(RECENT_KEY, [], type=list)
        return [str(p) for p in (value if isinstance(value, list) else [value]) if p][:MAX_RECENT]

    def _store_recent(self, paths: list[str]) -> None:
        if paths:
            app_settings().setValue(RECENT_KEY, paths[:MAX_RECENT])
        else:
            app_settings().remove(RECENT_KEY)  # an empty list would be stored as an invalid value

    @staticmethod
    def _storable(path: str) -> bool:
        """Can QSettings keep the name? Not one with bytes that are not valid UTF-8 (Python's lone
        surrogates): QSettings drops them silently, so Open Recent would open another file."""
        return display_name(path) == path

    def _remember(self, path: str) -> None:
        path = os.path.abspath(path)
        if self._storable(path):
            self._store_recent([path] + [p for p in self.recent_files() if p != path])
        self._set_last_folder(path)

    def _forget_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self._store_recent([p for p in self.recent_files() if p != path])

    @Slot()
    def clear_recent(self) -> None:
        self._store_recent([])

    def _last_folder(self) -> str:
        return app_settings().value(FOLDER_KEY, os.path.expanduser("~"), type=str)

    def _set_last_folder(self, path: str) -> None:
        folder = os.path.dirname(os.path.abspath(path))
        if self._storable(folder):
            app_settings().setValue(FOLDER_KEY, folder)

    # ------------------------------------------------------------------ drops
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.open_file(path)
                return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _dropped_path(event) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return paths[0] if paths else None

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
        found = self.autosaver.leftovers()
        for _, lock in found:
            lock.unlock()
        return [path for path, _ in found]

    def offer_recovery(self) -> bool:
        """Offer the newest autosave of a crashed session; True when it was recovered into this window."""
        found = self.autosaver.leftovers() if self.interactive else []
        if not found:
            return False
        from playground.core.autosave import read_autosave
        from playground.ui.autosaver import discard

        (path, lock), others = found[0], found[1:]
        for _, other in others:
            other.unlock()  # offered next time
        try:
            item = read_autosave(path)
            self.check_document(item.document, path)
        except DataError as e:
            reason = problem_text(e)
        except Exception as e:  # noqa: BLE001 - whatever the file holds (even MemoryError), never a traceback
            reason = self.tr("{path}: cannot be read ({problem})").format(path=path, problem=f"{type(e).__name__}: {e}")
        else:
            reason = None
        if reason is not None:
            if self.ask_unreadable(path, reason) == DISCARD:
                discard(path)
            lock.unlock()  # a kept one is offered again next time
            return False
        answer = self.ask_recover(item, len(others))
        if answer == RECOVER and not self.maybe_save("recovering the autosaved document"):
            answer = LATER
        if answer == RECOVER:
            try:
                self._set_document(item.document, item.original, modified=True)
            except DataError as e:  # the window is as it was; the autosave stays for the next start
                self.show_error(APP_NAME, self.tr("The autosaved document could not be recovered."), problem_text(e))
                answer = LATER
        if answer == RECOVER:
            self.autosave()  # our own copy first, then drop the old one
        if answer in (RECOVER, DISCARD):
            discard(path)
        lock.unlock()  # removes the lock file; an autosave kept for Later is offered again next time
        return answer == RECOVER

    def shutdown(self) -> None:
        """The window is closing with nothing left to save: stop autosaving and remove our autosave."""
        if self._loader is not None:
            self._loader.cancel()
        self._timer.stop()
        if self._autosaver is not None:
            self._autosaver.close()

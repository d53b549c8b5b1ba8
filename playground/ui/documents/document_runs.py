"""The runs a document keeps: the last finished run and the window's tree of runs, saved and opened.

:class:`DocumentRuns` is the documents controller's part that follows the window's
:class:`~playground.ui.run.run.Run`: a finished run becomes the document's ``trained`` network (and marks
the document modified: new weights that are not on disk); an edit that resets the network, or Reset,
drops it. Save writes ``trained`` and ``Run.runs()`` (every run and branch); opening a document shows
its tree at its current run (or its trained network as a run of its own), and a document that fails
half-way puts back the runs shown before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from playground.core.data.settings import Settings

if TYPE_CHECKING:
    from playground.core.files.documents import Document, Trained


class DocumentRuns(QObject):
    """The document's runs (module docstring); ``loading`` is set while a document reaches the screen."""

    def __init__(self, window, editor, parent: QObject) -> None:
        super().__init__(parent)
        self.window, self.editor, self.stack, self.run = window, editor, editor.stack, window.run
        self.trained: Trained | None = None  # the last finished run, while it still belongs to the document
        self.trained_settings: Settings | None = None
        self.loading = False
        window.dataset_model.datasetChanged.connect(self._table_changed)
        window.controls.settingsChanged.connect(self._settings_changed)
        window.reset_action.triggered.connect(self._network_reset)
        self.run.finished.connect(self._run_finished)

    def set_trained(self, trained) -> None:
        """The network Save keeps from now on (a core Trained): weights typed into the inspector."""
        self.trained, self.trained_settings = trained, self.editor.settings()

    def document(self, dataset, settings: Settings) -> Document:
        """What Save writes: the table, the settings, the last finished run (if it still applies) and the runs."""
        from playground.core.files.documents import Document

        runs = self.run.runs()
        return Document(dataset, settings, self.trained, runs=runs if len(runs) else None)

    # ------------------------------------------------------------------ following the Run and the edits
    @Slot()
    def _table_changed(self) -> None:
        # An edit of the table resets the network on screen: the run no longer belongs to the table.
        if not self.loading:
            self.trained = None

    @Slot()
    def _settings_changed(self) -> None:
        # A new shape, seed or rate resets the network on screen; more or fewer iterations alone do not.
        if self.loading or self.trained is None:
            return
        now = self.editor.settings()
        if now is None or not now.same_run(self.trained_settings):
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
        self.trained_settings = self.editor.settings()
        self.stack.resetClean()  # new weights that are not on disk yet

    # ------------------------------------------------------------------ opening
    def on_screen(self) -> tuple:
        """What is on screen now, for ``put_back`` (the table is replaced by a new one, never changed in place)."""
        return (self.window.dataset(), self.editor.settings(), self.trained, self.trained_settings, self.run.runs())

    def show(self, doc: Document) -> None:
        """Put ``doc``'s table, settings and runs on screen (``trained`` follows with ``adopt``)."""
        from playground.core.training.run_tree import RunTree

        self.run.use_tree(RunTree())  # the runs of the document before are not this one's
        runs = doc.runs if doc.runs is not None and len(doc.runs) else None
        self.window.load_experiment(doc.dataset, doc.settings, None if runs is not None else doc.trained)
        self.editor.reset_settings_baseline()
        if runs is not None:  # every run and branch it kept, its current one on show
            self._open_runs(runs, doc.trained)

    def adopt(self, doc: Document) -> None:
        """``doc`` is on screen: its trained network is the one Save keeps."""
        self.trained, self.trained_settings = doc.trained, self.editor.settings() or doc.settings

    def put_back(self, dataset, settings, trained, trained_settings, runs) -> None:
        """Show again what was on screen before a document failed half-way (``on_screen``)."""
        from playground.core.training.run_tree import RunTree

        self.run.use_tree(RunTree())
        self.window.load_experiment(dataset, settings, trained if not len(runs) else None)
        self.editor.reset_settings_baseline()
        if len(runs):
            self._open_runs(runs, trained)
        self.trained, self.trained_settings = trained, trained_settings

    def _open_runs(self, runs, trained) -> None:
        """Show a document's tree at its current run; a tree whose current run trained another table or
        other settings is kept, and the document's trained network shown as a run of its own."""
        w = self.window
        if not self.run.open_tree(runs, w.dataset(), w.settings(), w.table_name()) and trained is not None:
            self.run.restore(w.dataset(), w.settings(), trained, w.table_name())

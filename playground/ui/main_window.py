"""The main window: dataset table, settings, Train/Stop, live error plot, network diagram, predictions, log."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from playground import APP_NAME
from playground.core.data.dataset import Dataset
from playground.core.data.experiment import Experiment
from playground.core.nn.network import Network, layer_sizes
from playground.core.data.presets import DEFAULT_PRESET, get_preset, matching_preset
from playground.core.training.run import Snapshot
from playground.core.data.settings import MAX_ITERATIONS, Settings
from playground.core.training.training import DIVERGED
from playground.ui.kit.accessibility import Accessibility
from playground.ui.classroom.classroom import Classroom
from playground.ui.experiment.controls import ControlsPanel
from playground.ui.experiment.dataset_editor import DatasetEditor
from playground.ui.experiment.dataset_model import DatasetModel
from playground.ui.documents.documents_controller import DocumentsController
from playground.ui.views.error_plot import ErrorPlot
from playground.ui.documents.exports import ExportMenu
from playground.ui.language import shown
from playground.ui.run.log_view import LogView
from playground.ui.classroom.presentation_fit import FormulaRoom, PutAway
from playground.ui.views.formula_link import FormulaLink
from playground.ui.lessons.lesson_inspector import TypedCells
from playground.ui.views.network_view import NetworkView
from playground.ui.kit.plain import tooltip
from playground.ui.views.predictions_model import PredictionsModel
from playground.ui.run.branches import UNNAMED_TABLE
from playground.ui.run.run import PLAY, TRAIN, Run
from playground.ui.run.run_check import RunCheck
from playground.ui.run.run_status import RunProgress, RunStatusLabel
from playground.ui.window_tools import WindowTools
from playground.ui.window_panes import (fit_panes, DatasetBox, ResultTabs, TrainingActions, editing_menus, message_bar,
                                       predictions_view, presets_menu, same_rows, settings_group)
from playground.ui.window_ports import classroom_parts, lesson_parts, typed_cell_parts

if TYPE_CHECKING:
    from playground.ui.lessons.lesson_player import LessonPlayer
    from playground.core.files.documents import Trained
    from playground.ui.views.decision_map import DecisionMapView
    from playground.ui.study.study_panel import StudyWindow


class MainWindow(QMainWindow):
    """One experiment: a dataset, settings, and the network trained on them."""

    trainingFinished = Signal(str)  # the run's status: done, stopped, diverged, failed
    firstPainted = Signal()  # once, just after the first frame is painted (and what it did not show is made)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self.run = Run(self)  # owns the training run; the views listen to it
        self.run_check = RunCheck(self)  # memory budget and long-run estimate, before a run starts
        self._painted = False
        self._loading = False
        self.study_window: StudyWindow | None = None  # Run > Convergence study, made when first opened

        self._build_widgets()
        # the panes keep within the window beside its docks; the result tabs move when the plots get too narrow
        self.pane_room, self.compact_results = fit_panes(self)
        self.pane_holds = PutAway()  # panes put away for a panel at a projector (the inspector's, the formula's)
        self._build_actions()
        self._connect()
        # Play/Pause/Step, inspector, history, presentation mode, help: given its parts, not the window
        self.classroom = Classroom(self, classroom_parts(self))
        self._build_editing()
        self.load_preset(DEFAULT_PRESET)
        self.editor.stack.clear()  # the start-up preset is not an edit: nothing to undo, nothing to save
        self.exports = ExportMenu(self)  # pictures, code (script, notebook) and CSV
        # The Lessons menu's title is in the first frame; the player that fills the menu and owns the
        # lesson dock (playground.ui.lessons.lesson_player, and the lesson modules it loads, ~40 ms) is made
        # when first used: the menu opening, a lesson file opened, a lesson event reported.
        self.lessons_menu = QMenu(QCoreApplication.translate("LessonPlayer", "&Lessons"), self,
                                  objectName="lessonsMenu")
        help_menu = self.findChild(QMenu, "helpMenu")
        self.menuBar().insertMenu(help_menu.menuAction(), self.lessons_menu)
        self.lessons_menu.aboutToShow.connect(self._lessons_menu_opening)
        # Until then it holds one entry: macOS's menu bar hides an empty menu, which then never opens.
        # Owned by the menu, so the player's first fill_menu (menu.clear) deletes it.
        self.lessons_menu.addAction(QCoreApplication.translate("LessonPlayer", "Open Lesson…")).triggered.connect(
            self._open_lesson)
        self._lessons: LessonPlayer | None = None
        self.typed_cells = TypedCells(self, typed_cell_parts(self))  # weights and predictions typed into the inspector
        self.formula_link = FormulaLink(self)  # diagram <-> formula panel <-> exported script; inspector -> diagram
        # at a projector the formula panel beside a narrow main area puts the table and settings away for the plots
        self.formula_room = FormulaRoom(self, self.formula_link.dock, (self.side_panel,), self.pane_holds, self.tabs)
        self.accessibility = Accessibility(self)  # focusable toolbars, Language menu, shortcuts page, announcements

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        self.experiment = Experiment()  # the table and the settings: the views show it, edits are its commands
        self.dataset_model = DatasetModel(parent=self, experiment=self.experiment)
        self.dataset_box = data_box = DatasetBox(self.dataset_model, self.experiment)
        self.table, self.dataset_buttons = data_box.table, data_box.buttons
        self.dataset_locked_label = data_box.locked_label
        (self.add_row_button, self.remove_row_button, self.add_input_button, self.add_target_button,
         self.remove_column_button) = self.dataset_buttons

        self.controls = ControlsPanel(experiment=self.experiment)
        settings_box = settings_group(self.controls)
        self.settings_box = settings_box  # a lesson hides it whole (not an empty frame)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(data_box)
        left.addWidget(settings_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        self.side_panel = left  # presentation mode with the inspector puts it away (presentation_fit.InspectorFocus)

        self.error_plot = ErrorPlot(fit_when_shown=True)  # its axes fitted at the size shown, not while built
        self.network_view = NetworkView()
        self.predictions_model = PredictionsModel(self)
        self.predictions = predictions_view(self.predictions_model)
        self.log_view = LogView()
        self.log_view.setAccessibleName(self.tr("Log"))
        self.tabs = ResultTabs(self.predictions, self.log_view, self._decision_map_built)

        center = QSplitter(Qt.Orientation.Vertical)
        center.addWidget(self.error_plot)
        center.addWidget(self.network_view)
        center.setStretchFactor(0, 1)
        center.setStretchFactor(1, 1)
        self.center_splitter = center

        main = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        main.addWidget(left)
        main.addWidget(center)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 5)
        main.setStretchFactor(2, 3)
        main.setSizes([360, 560, 340])
        main.setChildrenCollapsible(False)
        self.main_splitter = main

        self.message_bar = message_bar()  # quotes file names, column names and typed values: plain text
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        self.progress = RunProgress()
        self.status_label = RunStatusLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_actions(self) -> None:
        t = TrainingActions(self)  # Train, Stop, Reset, Clear previous runs, Convergence study; the toolbar
        self.addToolBar(t.toolbar)
        self.train_action, self.stop_action, self.reset_action = t.train, t.stop, t.reset
        self.clear_runs_action, self.study_action = t.clear_runs, t.study
        self.train_button, self.stop_button, self.train_blocked_label = t.train_button, t.stop_button, t.blocked_label
        self.centralWidget().layout().insertWidget(0, self.train_blocked_label)
        self.preset_actions = presets_menu(self.menuBar(), self._preset_chosen)
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        run_menu.setObjectName("runMenu")
        for a in (self.train_action, self.stop_action, self.reset_action, self.clear_runs_action, self.study_action):
            run_menu.addAction(a)
        self.tools = WindowTools(self, self.run, self.experiment, lambda: self.editor.stack, run_menu,
                                 self.show_message, lambda: self.train(), self.network_view)  # race, landscape, atlas

    def _connect(self) -> None:
        for action, slot in ((self.train_action, self.train), (self.stop_action, self.stop),
                             (self.reset_action, self.reset), (self.clear_runs_action, self.error_plot.clear_runs),
                             (self.study_action, self.open_study)):
            action.triggered.connect(slot)
        for view in (self.error_plot, self.network_view, self.predictions_model, self.log_view, self.status_label,
                     self.progress):
            view.listen_to(self.run)
        for signal, slot in ((self.run.started, self.message_bar.hide), (self.run.finished, self._on_finished),
                             (self.run.failed, self._on_failed), (self.run.stateChanged, self._on_state_changed),
                             (self.run.stalled, self._on_stalled),
                             (self.controls.settingsChanged, self._settings_changed),
                             (self.dataset_model.datasetChanged, self._dataset_changed),
                             (self.dataset_model.editRejected, self.show_message)):
            signal.connect(slot)
        same_rows(self.table, self.predictions, self.run.select_row)  # the two tables on one row; the run shows it

    # ------------------------------------------------------------------ state
    def load_preset(self, name: str) -> None:
        """Replace the dataset and settings with a preset's (one undoable step)."""
        preset = get_preset(name)
        self.replace_experiment(preset.dataset(), preset.settings, self.tr("Load preset {name}").format(name=name))

    def replace_experiment(self, dataset: Dataset, settings: Settings | None, text: str | None = None) -> None:
        """Replace the dataset and the settings (None: keep them) as one undoable edit."""
        if self.run.running:
            return
        self.editor.replace_experiment(dataset, settings, text if text is not None else self.tr("Replace the table"))

    def load_experiment(self, dataset: Dataset, settings: Settings | None, saved: Trained | None = None) -> None:
        """Show a dataset and settings (None: keep them) as given, outside the undo history; with ``saved``,
        a run reopened from a document (Play and Step go on from it)."""
        if self.run.running:
            return
        self._loading = True  # one reset at the end, not one per signal
        try:
            self.dataset_model.set_dataset(dataset)
            if settings is not None:
                self.controls.set_settings(settings)
        finally:
            self._loading = False
        self._replaced = False  # this load's own table reset is handled here
        restored = saved is not None and self.run.restore(self.dataset(), self.settings(), saved, self.table_name())
        # a preset starts again from the seed (the runs stay in the tree); its Undo finds the run before it
        if not restored and not self.run.follow(self.dataset(), self._settings_or_none(), self.table_name(),
                                                branch=False):
            self.reset()
        self._update_train_enabled()

    def show_saved(self, saved: Trained, change: tuple[str, str] = ("", "")) -> None:
        """Show the table and settings on screen with a network of given weights at the iteration on show
        (typed weights: after training a branch, whose ``change`` is (English, shown)); Play and Step go
        on from it."""
        if not self.run.put_weights(saved, change, self.table_name()):
            self.reset()

    def open_path(self, path: str) -> None:
        """Open a CSV file, a document or a lesson without asking; raises DataError naming the place and problem."""
        if path.lower().endswith(".nnlesson"):
            self.lessons.open_file(path, ask=False)
        else:
            self.documents.load(path)

    def dataset(self) -> Dataset:
        """The experiment's table (frozen: an edit makes a new one, so a run keeps the table it started from)."""
        return self.experiment.dataset

    def settings(self) -> Settings:
        """The experiment's settings (never read out of the form's fields)."""
        return self.experiment.settings

    def table_name(self) -> str:
        """The table's name for legends: the preset it equals, else the document's file name, else 'table'."""
        preset = matching_preset(self.dataset())
        if preset:
            return preset
        path = self.documents.path
        return os.path.splitext(os.path.basename(path))[0] if path else UNNAMED_TABLE

    def shown_network(self) -> Network | None:
        """The network whose weights the window shows (diagram, predictions, decision map)."""
        return self.run.shown_network()

    @Slot()
    def _open_lesson(self) -> None:
        self.lessons.ask_open()

    @Slot()
    def _lessons_menu_opening(self) -> None:
        if self._lessons is None:
            # made now: its own aboutToShow connection, made during this emission, is not called for it
            self.lessons.fill_menu()

    @property
    def lessons(self) -> LessonPlayer:
        """The lesson being played and the Lessons menu (made when first used)."""
        if self._lessons is None:
            from playground.ui.lessons.lesson_player import LessonPlayer

            self._lessons = LessonPlayer(self, lesson_parts(self))
            if self.classroom.scale != 1.0:  # made after presentation mode was switched on
                self.classroom.set_scale(self.classroom.scale, save=False)
        return self._lessons

    @Slot()
    def open_study(self) -> StudyWindow:
        """The convergence study window; each study trains the table and settings shown at its start."""
        from playground.ui.study.study_panel import StudyWindow  # imported when first used: faster start-up

        if self.study_window is None:
            self.study_window = StudyWindow(self, source=self._study_experiment)
        self.study_window.refresh_experiment()
        if self.study_window.isVisible():
            self.study_window.raise_()  # already open: bring it to the front
        self.study_window.show()
        return self.study_window

    def _study_experiment(self) -> tuple[Dataset, Settings | None, str | None]:
        try:
            settings = self.settings()
        except ValueError:
            settings = None
        return self.dataset(), settings, self.blocking_reason()

    def blocking_reason(self) -> str | None:
        """Why Train is disabled now, or None."""
        reason = self.dataset_model.first_problem_text()
        if reason:
            return reason
        reason = self.controls.problem()  # a hidden-layers text that does not parse yet, or the settings' problem
        if reason:
            return reason
        fit = self.settings().data_problems(self.dataset().split()[1])  # e.g. softmax needs one-hot rows
        return shown(fit[0]) if fit else None

    @Slot()
    def _dataset_changed(self) -> None:
        if self._loading:
            return
        self.message_bar.hide()  # e.g. "'abc' is not a number": the table has changed since
        self._update_train_enabled()
        self._follow()

    @Slot()
    def _settings_changed(self) -> None:
        settings = self._settings_or_none()
        if settings is not None:  # only a linear output lets targets lie outside [0, 1]
            self.dataset_model.set_output(settings.output)
        if self._loading:
            return
        self._update_train_enabled()
        if not self.run.keeps(self._settings_or_none()):  # Iterations alone: Play goes on
            self._follow()

    def _follow(self) -> None:
        """The table or the settings changed (an edit, Undo, Redo): after training the run branches from
        the iteration on show, or Undo's experiment finds its branch again (``Run.follow``). A whole new
        table (a preset, a generated one: the table model resets) starts again from the seed instead."""
        if not getattr(self, "_watching_resets", False):  # the first follow (at start-up) starts watching
            self._watching_resets = True
            self.dataset_model.modelReset.connect(self._table_replaced)
        branch, self._replaced = not getattr(self, "_replaced", False), False
        if not self.run.running and self.run.follow(self.dataset(), self._settings_or_none(), self.table_name(),
                                                    branch=branch):
            self._update_train_enabled()

    @Slot()
    def _table_replaced(self) -> None:
        self._replaced = True  # read by the _follow of the datasetChanged that comes next

    def _settings_or_none(self) -> Settings | None:
        """The settings, or None while the hidden-layers text does not parse (no network is shown then)."""
        return None if self.controls.typing_problem() else self.experiment.settings

    def _update_train_enabled(self) -> None:
        running = self.run.running
        reason = None if running else self.blocking_reason()
        self.train_action.setEnabled(not running and reason is None)
        self.stop_action.setEnabled(running)
        self.train_blocked_label.setText(self.tr("Cannot train: {reason}").format(reason=reason) if reason else "")
        self.train_blocked_label.setToolTip(tooltip(reason or ""))
        self.train_blocked_label.setVisible(bool(reason))
        self.classroom.update_enabled(running, reason is None)

    # ------------------------------------------------------------------ training
    @Slot()
    def train(self, until: int | None = None, kind: str = TRAIN) -> bool:
        """Start again from the seed with the table and settings shown (Train); ``until`` defaults to
        Iterations. ``kind`` says who asked: Train, or Play / Step with nothing to go on."""
        if self.run.running or self.blocking_reason():
            return False
        until = None if isinstance(until, bool) else until  # QAction.triggered(bool)
        if not self._within_budget(self.settings().iterations if until is None else until):
            return False
        return self.run.train(self.dataset(), self.settings(), until, kind=kind,
                              target_error=self.classroom.target_error(), speed=self.classroom.transport.rate(),
                              table_name=self.table_name())

    def go_on(self, until: int, kind: str = PLAY) -> bool:
        """Continue the run on show (Play, Step) up to iteration ``until``."""
        if self.run.running or self.blocking_reason():
            return False
        if until > MAX_ITERATIONS:  # what a document can hold: Step near the end stops there
            until = MAX_ITERATIONS
            if until <= self.run.iteration:
                self.show_message(self.tr("This run has done {limit} iterations, the most a run can do.").format(
                    limit=QLocale().toString(MAX_ITERATIONS)))
                return False
        if not self._within_budget(until - self.run.iteration):
            return False
        return self.run.go_on(self.settings(), until, kind=kind, target_error=self.classroom.target_error(),
                              speed=self.classroom.transport.rate())

    def _within_budget(self, iterations: int) -> bool:
        ds, s = self.dataset(), self.settings()
        sizes = layer_sizes(len(ds.input_columns), s.hidden, len(ds.target_columns))
        return self.run_check.allows(ds.n_rows, sizes, max(int(iterations), 0))

    @Slot()
    def stop(self) -> None:
        self.run.stop()

    @Slot()
    def reset(self) -> None:
        """Show the untrained network of the current settings (the seed's starting weights); the runs
        before stay in the tree."""
        if self.run.show(self.dataset(), self._settings_or_none(), self.table_name()):
            self._update_train_enabled()

    @Slot(str)
    def _on_state_changed(self, _state: str) -> None:
        running = self.run.running
        self.controls.set_shape_locked(running)
        for b in self.dataset_buttons:
            b.setEnabled(not running)
        for act in self.preset_actions.values():
            act.setEnabled(not running)
        self.reset_action.setEnabled(not running)
        self.dataset_locked_label.setVisible(running)
        self.editor.set_locked(running)
        self._update_train_enabled()

    @Slot(float)
    def _on_stalled(self, _seconds: float) -> None:
        self.statusBar().clearMessage()  # a passing message would hide the status line that says so

    @Slot(object)
    def _on_finished(self, snap: Snapshot) -> None:
        if snap.status == DIVERGED or snap.message:  # diverged, or stopped by ending a helper that did not answer
            self.show_message(snap.message)
        elif snap.hint:
            self.show_message(snap.hint)
        self.trainingFinished.emit(snap.status)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.show_message(self.tr("Training failed: {problem}").format(problem=message.splitlines()[0]))
        self.trainingFinished.emit("failed")

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Show a message above the plots, readable from the back of a room, until the next run."""
        text = shown(text)  # a message of core, in the window's language
        self.message_bar.setText(text)
        self.message_bar.show()
        self.statusBar().showMessage(text.splitlines()[0], 8000)

    @property
    def decision_map(self) -> DecisionMapView:
        """The decision-map panel, built on first use in place of its placeholder tab."""
        return self.tabs.decision_map

    def _decision_map_built(self, view: DecisionMapView) -> None:
        if self.classroom.scale != 1.0:  # built after presentation mode was switched on
            self.classroom.set_scale(self.classroom.scale, save=False)
        view.listen_to(self.run)
        view.pointClicked.connect(self.editor.add_point)  # drawing data by hand; Ctrl+Z takes it back

    # ------------------------------------------------------------------ editing
    def _build_editing(self) -> None:
        """Undoable editing (Edit and Table menus) and documents (File menu, autosave, drops)."""
        self.editor = DatasetEditor(self.dataset_model, self.controls, parent=self)
        self.table.set_editor(self.editor)
        self.documents = DocumentsController(self, self.editor)
        self.editor.refused.connect(self.show_message)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.dataset_box.set_editor(self.editor)  # the row and column buttons edit through it
        editing_menus(self.menuBar(), self.documents, self.editor, self.table)
        self.addActions([self.editor.undo_action, self.editor.redo_action])

    @Slot()
    def _preset_chosen(self) -> None:
        self.load_preset(self.sender().data())

    # ------------------------------------------------------------------ window
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            # Zero timers posted now run once this paint and its children's are done (posted in
            # showEvent they would run before the first paint: measured). Then the training helper
            # process starts (spawned by the relay thread; it boots on another core, so a first
            # Train finds it warm), and firstPainted says the first frame is on screen.
            self._painted = True
            QTimer.singleShot(0, self.run.helper.prestart)
            QTimer.singleShot(0, self._first_frame_done)

    @Slot()
    def _first_frame_done(self) -> None:
        self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.maybe_save("closing"):
            event.ignore()  # Cancel, or a save that failed: the window and its work stay
            return
        self.documents.shutdown()
        self.run.shutdown()
        if self.study_window is not None:
            self.study_window.shutdown()
        self.tools.shutdown()
        super().closeEvent(event)


if __name__ == "__main__":  # python -m playground.ui.main_window (the helper process is spawned: guarded)
    from playground.ui.preview import preview

    preview(MainWindow, size=(1280, 800))

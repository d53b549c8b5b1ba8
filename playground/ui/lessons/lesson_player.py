"""Plays a lesson in the main window: the Lessons menu, the lesson dock, and what each step asks.

:class:`LessonPlayer` lives in the GUI thread as a child of the window. For each
step it loads the step's state (as an untitled document, so nothing of the
student's is overwritten without the usual Save / Discard question), shows only
the panels the step names, recognises the step's action from the Run's signals
(a Train, Play or Step job ending, with its iterations) and the experiment's events (a setting
or the table changed) and checks the answer to the step's question; a prediction is checked
against the engine's iteration with ``core.lesson_feedback``.

Where the lesson is and what its step keeps as it is belong to the window's
:class:`~playground.core.data.experiment.Experiment`: going to a step sets ``experiment.lesson``
(the lesson's file name and the step) and ``experiment.locks`` (``Step.keeps``: what the step's
hidden panels would change), closing the lesson clears both. The table and the settings form
follow the locks themselves, and the editor refuses an edit or Undo they forbid. How far each
lesson got follows the experiment's lesson position into QSettings (``lessons/<file name>``),
where opening the lesson again finds it.

It is handed the window only as a ``QMainWindow`` host (its dock and dialogs go there) and what
it works with as :class:`~playground.ui.window_ports.LessonParts`: the Run, the experiment, the
classroom, the window's panels by the lesson format's names, and the window's requests as callables.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMessageBox

from playground import resources
from playground.core.files.documents import Document, Trained
from playground.core.data.experiment import Change, LessonPosition
from playground.core.files.fileio import display_name
from playground.core.explain.inspection import trace_iteration
from playground.core.lessons.lesson import (SUFFIX, WEIGHTS, Event, Lesson, LessonError, action_done, check_choice,
                                    check_number, read_lesson)
from playground.core.lessons.lesson_answers import AnswerLog, choice_answer, number_answer
from playground.core.lessons.lesson_feedback import Cell, Feedback, check_prediction
from playground.core.lessons.lesson_translation import lesson_in
from playground.core.number_text import is_digits
from playground.ui.classroom import presentation
from playground.ui.kit.answer_mask import AnswerMask
from playground.ui.kit.run_starter import CONTROLS, RunStarter
from playground.ui.language import current_language, problem_text, shown
from playground.ui.lessons.lesson_pages import show_result_pages, toolbar_item
from playground.ui.lessons.lesson_panel import LessonPanel
from playground.ui.kit.plain import menu_text
from playground.ui.run.run import PLAY, STEP, TRAIN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from playground.ui.window_ports import LessonParts

PROGRESS_KEY = "lessons/{}"  # + the lesson file's name: the furthest step reached (1-based), "done" when finished
LESSON_SHARE = 0.3  # of the window's width: the lesson panel's width when it opens, where the panes leave room


def read_lesson_shown(path, problems: list | None = None) -> Lesson:
    """A lesson file as the window shows it: in the interface language when a translation of its
    texts is beside it (core.lesson_translation), else as written (what is wrong with a translation
    that cannot be used is appended to ``problems``). LessonError if the lesson cannot be read."""
    return lesson_in(read_lesson(path), path, current_language(), problems)


class LessonPlayer(QObject):
    """The lesson being played in one window, and the Lessons menu."""

    stepShown = Signal(int)  # the step's index (0-based)
    stepCompleted = Signal(int)  # the step's action is done and its question answered right
    predictionChecked = Signal(object)  # a core Feedback

    def __init__(self, host: QMainWindow, parts: LessonParts) -> None:
        super().__init__(host)
        self.host, self.parts = host, parts
        self.run, self.port, self.classroom = parts.run, parts.port, parts.classroom
        self.experiment = parts.experiment  # holds the lesson position (the step on show) and the step's locks
        self.lesson: Lesson | None = None
        self.key = ""  # the lesson's file name, for its progress ("" for one being written)
        self.action_is_done = False
        self.answered_right = False
        self.feedback: Feedback | None = None
        self._prediction = None  # (value, trace) locked in before the step's action
        self._applying = False
        self._reload_pending = False  # a wrong prediction: the step's state comes back once training stops
        self._inspector_was_visible = False
        self._titles: dict[str, str] = {}
        self.answers = AnswerLog()  # every checked answer of the lesson on show: the teacher's report
        # What the step on show hides until its question is settled (Step.hidden); the views follow it.
        self.mask = AnswerMask(self)
        for view in parts.masked_views:
            view.follow_mask(self.mask)
        # The run controls the step on show shows (Train, Step, Play): the views' hints name one of them.
        self.starter = RunStarter(self)
        for view in parts.starter_views:
            view.follow_starter(self.starter)

        self.panel = LessonPanel()
        self.panel.follow_mask(self.mask)  # its note says why numbers show "?" and when they come back
        self.dock = QDockWidget(self.tr("Lesson"), host, objectName="lessonDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # The lesson keeps the window's whole height: the inspector's dock below the plots stops beside it
        # (spanning the bottom corner it left the lesson too short for its question's choices).
        host.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        host.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.hide()
        from playground.ui.lessons.lesson_author import LessonAuthor  # teacher authoring: its entries of the menu

        self.author = LessonAuthor(host, self)
        self._build_menu()
        self._connect()

    # ------------------------------------------------------------------ building
    def _build_menu(self) -> None:
        host = self.host
        self.menu = self.parts.menu  # the window's: its title is in the first frame, before this player is made
        self.menu.aboutToShow.connect(self.fill_menu)
        self.open_action = QAction(self.tr("Open Lesson…"), host, objectName="openLessonAction")
        self.open_action.triggered.connect(self.ask_open)
        self.close_action = QAction(self.tr("Close Lesson"), host, objectName="closeLessonAction", enabled=False)
        self.close_action.triggered.connect(self.close)
        from playground.ui.lessons.lesson_report import LessonReport, plot_picture

        plot = self.parts.panels["plot"][0]
        self.report_answers = LessonReport(host, self.answers, lambda: plot_picture(plot.plot_widget))
        self.fill_menu(with_lessons=False)  # the lessons are read when the menu opens: start-up stays fast

    def fill_menu(self, with_lessons: bool = True) -> None:
        """The Lessons menu's entries: the shipped lessons (read now) with their progress, then the commands."""
        self.menu.clear()
        paths = []
        try:
            paths = resources.shipped_lessons() if with_lessons else []
        except FileNotFoundError as e:
            self.menu.addAction(menu_text(str(e))).setEnabled(False)
        for n, path in enumerate(paths, 1):
            title = self._titles.get(path.name)
            if title is None:
                try:
                    title = self._titles[path.name] = read_lesson_shown(path).title
                except LessonError:
                    title = path.stem
            act = self.menu.addAction(f"{n}. {menu_text(title)}{self._progress_text(path.name)}")  # "&" as written
            act.setObjectName(f"lesson_{path.stem}")
            act.setData(str(path))
            act.triggered.connect(self._shipped_chosen)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.close_action)
        self.menu.addAction(self.report_answers.action)
        self.menu.addSeparator()
        self.menu.addActions(self.author.actions())

    def _progress_text(self, key: str) -> str:
        value = presentation.settings().value(PROGRESS_KEY.format(key), "", type=str)
        if value == "done":
            return "  ✓"
        return "  " + self.tr("(reached step {number})").format(number=value) if is_digits(value) else ""

    def _connect(self) -> None:
        p = self.panel
        p.backRequested.connect(self.back)
        p.nextRequested.connect(self.next)
        p.closeRequested.connect(self.close)
        p.answered.connect(self.answer)
        self.run.finished.connect(self._run_ended)
        self.run.stateChanged.connect(self._state_changed)
        events = self.experiment.events
        events.settings.connect(self._settings_changed)
        events.dataset.connect(self._dataset_changed)
        events.lesson.connect(self._position_changed)

    # ------------------------------------------------------------------ opening and moving
    @Slot()
    def _shipped_chosen(self) -> None:
        self.open_file(self.sender().data())

    @Slot()
    def ask_open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.host, self.tr("Open Lesson"), "", self.tr(
            "Lessons (*{suffix});;All files (*)").format(suffix=SUFFIX))
        return self.open_file(path) if path else False

    def open_file(self, path: str, ask: bool = True) -> bool:
        """Open a lesson file; a problem is shown in a dialog (``ask``) or raised as LessonError."""
        problems: list = []
        try:
            lesson = read_lesson_shown(path, problems)
        except LessonError as e:
            if not ask:
                raise
            name = display_name(os.path.basename(path))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open the lesson"),
                              self.tr("“{name}” could not be opened.").format(name=name),
                              QMessageBox.StandardButton.Ok, self.host)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is shown as it is, never as markup
            box.setDetailedText(problem_text(e))  # core's message, in the window's language
            box.show()
            return False
        opened = self.open(lesson, os.path.basename(path), ask=ask)
        if opened and problems:  # after the step's state is loaded (a new table clears the message bar)
            self.port.show_message(self.tr("The lesson's translation cannot be used, so it is shown as written: "
                                           "{problem}").format(problem=shown(problems[0])))
        return opened

    def open(self, lesson: Lesson, key: str, ask: bool = True) -> bool:
        """Start playing ``lesson`` at the step its progress reached (``key``: its file name, "" for none)."""
        if self.run.running:
            self.port.show_message(self.tr("Stop training before opening a lesson"))
            return False
        if ask and not self.parts.maybe_save("opening a lesson"):
            return False
        if self.lesson is None:
            self._inspector_was_visible = self.classroom.inspector_dock.isVisible()
        self.lesson, self.key = lesson, key
        self.answers.start(lesson.title)
        saved = presentation.settings().value(PROGRESS_KEY.format(key), "", type=str) if key else ""
        start = int(saved) - 1 if is_digits(saved) and 0 < int(saved) <= len(lesson.steps) else 0
        self.close_action.setEnabled(True)
        self.go(start)
        if not self.dock.isVisible():
            self.parts.pane_room.fit(showing=self.dock)  # the tables make room first: the window stays as wide
            self.dock.show()
            # a share of the window, as far as the panes beside it leave room (else its least width)
            width = max(self.dock.minimumSizeHint().width(), int(self.host.width() * LESSON_SHARE))
            self.host.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        return True

    @property
    def index(self) -> int:
        """The step on show (0-based): the experiment's lesson position (0 with no lesson open)."""
        position = self.experiment.lesson
        return position.step if position is not None else 0

    def go(self, index: int, load_state_in_force: bool = True) -> None:
        """Show step ``index``: the experiment's lesson position and locks, its state (or the one in
        force), its panels, its question."""
        lesson = self.lesson
        if lesson is None or not 0 <= index < len(lesson.steps):
            return
        step = lesson.steps[index]
        self._mask_step(step)  # before its state shows: the numbers it asks for are never on show
        self.parts.panels_changing()  # before the step's table and panels come: the result tabs beside the plots
        keeps = step.keeps()
        # one update: a listener sees the new position with its locks (a lesson's state loads beside them)
        self.experiment.update(lesson=LessonPosition(self.key, index),
                               locks=self.experiment.locks.with_(table=keeps.table, settings=keeps.settings))
        self.action_is_done = step.action is None
        self.answered_right = step.question is None
        self.feedback, self._prediction = None, None
        if step.state is not None or load_state_in_force:
            self._load_state()
        self.apply_visibility(step.visible)
        self.panel.show_step(lesson.title, index, len(lesson.steps), step)
        self._clear_verdicts()
        self.stepShown.emit(index)

    def _mask_step(self, step) -> None:
        """Hide what the step's question asks for until it is settled (nothing for a step without a question)."""
        names = step.hidden() if step.question is not None else ()
        if names:
            shows_inspector = step.visible is None or "inspector" in step.visible
            if shows_inspector or self.classroom.inspector_dock.widget() is not None:  # built: it may show later
                self.classroom.inspector.follow_mask(self.mask)
        self.mask.set_names(names)

    def _clear_verdicts(self) -> None:
        """What an earlier step's answer showed goes with it: the verdict, its colour, the inspector's outlines."""
        self.panel.set_feedback("", None)
        self.classroom.clear_verdicts()
        self.port.hide_message()

    @Slot()
    def next(self) -> None:
        if self.lesson is None:
            return
        if self.index == len(self.lesson.steps) - 1:
            self._save_progress("done")
            self.close()
            return
        self.go(self.index + 1, load_state_in_force=False)

    @Slot()
    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.go(self.index - 1)

    @Slot()
    def close(self) -> None:
        """Stop the lesson: every panel comes back, nothing is kept locked; the table and network stay as they are."""
        if self.lesson is None:
            return
        self.lesson = None
        self.mask.reveal()
        self._clear_verdicts()
        self.experiment.update(lesson=None, locks=self.experiment.locks.with_(table=False, settings=()))
        self.dock.hide()  # first: the toolbars then have the whole width for the controls coming back
        self.apply_visibility(None)
        self.classroom.inspector_dock.setVisible(self._inspector_was_visible)
        self.close_action.setEnabled(False)

    def is_complete(self) -> bool:
        """The current step's action is done and its question answered right."""
        return self.lesson is not None and self.action_is_done and self.answered_right

    def _position_changed(self, change: Change) -> None:
        """The experiment's lesson position moved: remember how far its lesson got."""
        position = change.new
        if position is not None:
            self._save_progress(str(position.step + 1), position.lesson)

    def _save_progress(self, value: str, lesson_key: str | None = None) -> None:
        lesson_key = self.key if lesson_key is None else lesson_key
        if not lesson_key:  # a lesson being written has no file yet
            return
        s = presentation.settings()
        key = PROGRESS_KEY.format(lesson_key)
        if s.value(key, "", type=str) == "done" and value != "done":
            return  # a finished lesson stays finished when replayed
        s.setValue(key, value)

    def _load_state(self) -> None:
        """Load the state in force at the current step as an untitled document."""
        doc, start = self.lesson.state_at(self.index)
        trained = None
        if start == WEIGHTS and doc.trained is not None:
            t = doc.trained
            trained = Trained(t.iterations_done, t.weights, t.biases)  # no curve: the run starts here
        self._applying = True
        try:
            self.parts.show_document(Document(doc.dataset.copy(), doc.settings, trained))
        finally:
            self._applying = False

    # ------------------------------------------------------------------ panels
    def apply_visibility(self, visible: tuple[str, ...] | None) -> None:
        """Show the named panels and hide the others (None: show everything)."""
        self.parts.panels_changing()  # the result tabs back beside the plots first; they find their place after
        c = self.classroom
        t = c.transport
        shown = (lambda name: True) if visible is None else (lambda name: name in visible)
        speed = (t.findChild(QLabel, "speedTitleLabel"), t.speed_slider, t.speed_label, t.target_check, t.target_spin)
        items = {name: list(targets) for name, targets in self.parts.panels.items()}
        for name, targets in {
            "reset": [c.new_seed_action], "play": [t.play_action],
            "step": [t.step_action, t.step_n_action, toolbar_item(t, t.step_n_spin)],
            "speed": [toolbar_item(t, x) for x in speed if x is not None], "history": [c.history_bar],
        }.items():
            items.setdefault(name, []).extend(targets)
        for name, targets in items.items():
            for target in targets:
                if target is not None:
                    target.setVisible(shown(name))
        show_result_pages(self.parts.tabs, shown, choose=visible is not None)
        if visible is not None:
            c.inspector_dock.setVisible("inspector" in visible)
        c.inspector_action.setVisible(shown("inspector"))
        self.starter.set_shown(name for name in CONTROLS if shown(name))

    # ------------------------------------------------------------------ what the student does
    @Slot(object)
    def _run_ended(self, snap) -> None:
        """A job of the Run ended: Train, Play or Step (N), with how many iterations it did."""
        run = self.run
        kind = {TRAIN: "train", PLAY: "play", STEP: "step"}.get(run.kind, run.kind)
        self.report(Event(kind, iteration=run.iteration, count=run.iteration - run.base_iteration))

    def _settings_changed(self, change: Change) -> None:
        """The experiment's settings changed (a field edited, Undo): each setting that changed, unless a
        step's state is being loaded."""
        if self._applying:
            return
        before, now = change.old.to_dict(), change.new.to_dict()
        for key, value in now.items():
            if before.get(key) != value:
                self.report(Event("setting", setting=key))

    def _dataset_changed(self, _change: Change) -> None:
        if not self._applying:
            self.mask.reveal()  # another table (a preset, a document, an edit): not the one the question is about
            self.report(Event("edit_cell"))

    def report(self, event: Event) -> None:
        """Something the student did; ticks the step's action when it is the one asked for."""
        if self.lesson is None or self.action_is_done:
            return
        step = self.lesson.steps[self.index]
        if step.action is None or not action_done(step.action, event):
            return
        question = step.question
        if question is not None and question.kind == "prediction":
            self._check_prediction()
            if not self.answered_right:
                return
        self.action_is_done = True
        self.panel.set_action(step.action.describe(), True)
        self._maybe_completed()

    def answer(self, value) -> None:
        """The student's answer: a choice's index, or a typed number (a prediction is locked in)."""
        if self.lesson is None:
            return
        question = self.lesson.steps[self.index].question
        if question is None:
            return
        step = self.lesson.steps[self.index]
        if question.kind == "choice":
            ok, text = check_choice(question, int(value))
            self.answers.add(choice_answer(self.index, step.title, question, int(value), ok, shown(text)))
        elif question.kind == "number":
            ok, text = check_number(question, float(value))
            self.answers.add(number_answer(self.index, step.title, question, float(value), question.answer, ok,
                                           shown(text), self._number))
        else:
            self._lock_prediction(float(value))
            return
        self.answered_right = self.answered_right or ok
        if ok:
            self.mask.reveal()  # settled: what it hid is the answer's check
        self.panel.set_feedback(text, ok)
        self._maybe_completed()

    def _number(self, value: float) -> str:
        """A number as the lesson panel writes it (the interface language's digits and separators)."""
        return self.panel.locale().toString(float(value), "g", 6)

    def _lock_prediction(self, value: float) -> None:
        """Remember the prediction with the iteration the step's action will do (the weights shown now)."""
        net = self.port.shown_network()
        if net is None or self.run.running:
            self.panel.set_feedback(self.tr("Wait until the network is shown and not training, then lock in."), False)
            return
        ds = self.port.dataset()
        trace = trace_iteration(net, ds.X, ds.Y, ds.input_names, ds.target_names)
        self._prediction = (value, trace)
        step = self.lesson.steps[self.index]
        self.panel.set_feedback(self.tr("Locked in: {value}. Now: {action}").format(
            value=self.panel.locale().toString(value, "g", 6), action=shown(step.action.describe())), None)

    def _check_prediction(self) -> None:
        question = self.lesson.steps[self.index].question
        if self._prediction is None:
            self.panel.set_feedback(self.tr("Lock in a prediction first; the step's starting weights are back."),
                                    False)
            self._retry()
            return
        value, trace = self._prediction
        self._prediction = None
        fb = check_prediction(trace, question.quantity, question.row, question.column, value,
                              activation=self.experiment.settings.activation, tolerance=question.tolerance)
        self.feedback = fb
        self.mask.reveal()  # checked, right or wrong: its feedback names the engine's number ("the engine computed")
        self.answers.add(number_answer(self.index, self.lesson.steps[self.index].title, question, value, fb.actual,
                                       fb.correct, shown(fb.message), self._number))
        self.predictionChecked.emit(fb)
        inspector = self.classroom.inspector
        if self.classroom.inspector_dock.isVisible() and inspector.trace() is not None:
            inspector.mark_cells([Cell(question.quantity, question.row, question.column), *fb.cells])
            inspector.show_feedback(shown(fb.message), fb.correct)
        if fb.correct:
            self.answered_right = True
            self.panel.set_feedback(shown(fb.message) + (" " + question.explanation if question.explanation else ""),
                                    True)
        else:
            self.panel.set_feedback(self.tr("{feedback} The step's starting weights are back: predict again.").format(
                feedback=shown(fb.message)), False)
            self._retry()

    def _retry(self) -> None:
        """Back to the step's starting state (after a wrong prediction), once training has ended."""
        self._reload_pending = self.lesson is not None
        self._state_changed()

    @Slot()
    def _state_changed(self, _state: str = "") -> None:
        if not self.run.running and self._reload_pending:
            self._reload_pending = False
            if self.lesson is not None:
                self._load_state()

    def _maybe_completed(self) -> None:
        if self.is_complete():
            self.stepCompleted.emit(self.index)

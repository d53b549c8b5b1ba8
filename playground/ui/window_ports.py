"""What the classroom and the lesson player are handed instead of the main window.

:class:`~playground.ui.classroom.classroom.Classroom` and :class:`~playground.ui.lessons.lesson_player.LessonPlayer`
once took the window and read about 45 of its attributes between them: the window was their service
locator, and any rename inside it broke them. Now each takes the window only as a plain
``QMainWindow`` host (the Qt parent and the frame its toolbars, docks, menus and dialogs go in) and a
record of what it uses, named one by one: the :class:`~playground.ui.run.run.Run`, the widgets it adds to,
hides or fits, and the window's requests as callables (:class:`WindowPort`).

:func:`classroom_parts`, :func:`lesson_parts` and :func:`typed_cell_parts` are the one place that knows
where in the window each thing lives. ``tests/ui/test_interfaces.py`` keeps it so: it walks the
classroom's, the player's and the typed cells' source and fails on any use of the window beyond
QMainWindow's own API.

The records are named tuples, immutable like frozen dataclasses: they are made before the first frame, and
making a frozen dataclass (six generated methods, each compiled) took ~0.6 ms each, a named tuple ~0.06.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QSpinBox, QSplitter, QTabWidget

    from PySide6.QtGui import QUndoStack

    from playground.core.data.dataset import Dataset
    from playground.core.files.documents import Document, Trained
    from playground.core.data.experiment import Experiment
    from playground.core.lessons.lesson import Event
    from playground.core.nn.network import Network
    from playground.core.data.settings import Settings
    from playground.ui.classroom.classroom import Classroom
    from playground.ui.main_window import MainWindow
    from playground.ui.classroom.presentation_fit import PaneRoom, PutAway
    from playground.ui.run.run import Run


class WindowPort(NamedTuple):
    """The window's requests, as plain callables: what the classroom and the lessons ask of it."""

    train: Callable[..., bool]  # (until=None, kind=TRAIN): start again from the seed; False if it cannot
    go_on: Callable[..., bool]  # (until, kind): continue the run on show up to iteration ``until``
    blocking_reason: Callable[[], str | None]  # why Train cannot start now, or None
    settings: Callable[[], Settings]  # the settings shown (ValueError while a field is invalid)
    dataset: Callable[[], Dataset]  # the table shown
    shown_network: Callable[[], Network | None]  # the network whose weights are on show
    show_message: Callable[[str], None]  # the message bar above the plots
    hide_message: Callable[[], None]  # the message bar goes (a lesson's next step: an earlier hint is not its own)
    show_status: Callable[[str], None]  # a passing line in the status bar


class ClassroomParts(NamedTuple):
    """What :class:`~playground.ui.classroom.classroom.Classroom` works with besides its host."""

    run: Run
    port: WindowPort
    training_toolbar: QToolBar  # New seed goes after Reset; the view actions at its right end
    run_menu: QMenu | None  # Play, Step, Step N and New seed are added to it
    reset_action: QAction  # these three get the classroom's longer tooltips
    stop_action: QAction
    clear_runs_action: QAction
    clear_runs_button: QAbstractButton  # the error plot's button for the same
    seed_spin: QSpinBox  # New seed sets it
    table: QAbstractItemView  # the dataset table: rows selected from the inspector; Ctrl+ and Ctrl− stay its own
    put_away: tuple[QWidget, ...]  # hidden while presentation mode shows the inspector in the main area
    center_splitter: QSplitter  # the error plot and the diagram, side by side beside the inspector
    holds: PutAway  # the window's panes put away for a panel (shared with the formula's room)


class LessonParts(NamedTuple):
    """What :class:`~playground.ui.lessons.lesson_player.LessonPlayer` (and its authoring half) work with besides
    the host."""

    run: Run
    experiment: Experiment  # the player sets its lesson position and locks and hears its edits
    port: WindowPort
    classroom: Classroom  # the transport bar, inspector dock, History bar and New seed a step may hide
    menu: QMenu  # the Lessons menu (its title is in the first frame, before the player is made)
    maybe_save: Callable[[str], bool]  # ask to save the student's work before a lesson replaces it
    show_document: Callable[[Document], None]  # load a step's state as an untitled document
    document: Callable[[], Document]  # the table, settings and weights shown, as a document
    pane_room: PaneRoom  # makes room for the lesson dock beside the tables
    panels: Mapping[str, tuple[QWidget | QAction, ...]]  # the window's panels by the lesson format's names
    tabs: QTabWidget  # the result tabs; their pages are known by object name (lesson_pages.RESULT_PAGES)
    panels_changing: Callable[[], None]  # before a step shows and hides panels (classroom.compact_results)
    # the views that show numbers a step may hide until its question is answered: each has follow_mask(mask)
    # (the inspector, built on first use, is the classroom's)
    masked_views: tuple[object, ...] = ()
    # the views whose hints name a run control ("Press Train"): each has follow_starter(starter), a RunStarter
    starter_views: tuple[object, ...] = ()


class TypedCellParts(NamedTuple):
    """What :class:`~playground.ui.lessons.lesson_inspector.TypedCells` works with: the models and the few requests."""

    run: Run
    experiment: Experiment  # its settings (a prediction's activation)
    classroom: Classroom  # the inspector (built when first shown), its dock and the History scrubber
    undo_stack: QUndoStack  # a typed weight is one undoable edit on the window's stack
    edge_double_clicked: SignalInstance  # the diagram's (k, i, j): open the inspector's editor on that weight
    shown_network: Callable[[], Network | None]  # the network whose weights are on show
    show_weights: Callable[[Trained, tuple[str, str]], None]  # show typed weights (after training: a branch)
    set_trained: Callable[[Trained | None], None]  # the network Save keeps from now on
    table_name: Callable[[], str]  # the table's name for legends
    report: Callable[[Event], None]  # tell the lesson player (made when first needed) what the student did


def window_port(window: MainWindow) -> WindowPort:
    """The window's requests as callables; each looks the method up when called (tests replace some)."""
    return WindowPort(
        train=lambda *args, **kwargs: window.train(*args, **kwargs),
        go_on=lambda *args, **kwargs: window.go_on(*args, **kwargs),
        blocking_reason=lambda: window.blocking_reason(),
        settings=lambda: window.settings(),
        dataset=lambda: window.dataset(),
        shown_network=lambda: window.shown_network(),
        show_message=lambda text: window.show_message(text),
        hide_message=lambda: window.message_bar.hide(),
        show_status=lambda text: window.statusBar().showMessage(text, 8000),
    )


def classroom_parts(window: MainWindow) -> ClassroomParts:
    """The classroom's parts of ``window`` (its widgets, actions and panels built)."""
    plot = window.error_plot
    return ClassroomParts(
        run=window.run, port=window_port(window),
        training_toolbar=window.findChild(QToolBar, "trainingToolbar"),
        run_menu=window.menuBar().findChild(QMenu, "runMenu"),
        reset_action=window.reset_action, stop_action=window.stop_action,
        clear_runs_action=window.clear_runs_action, clear_runs_button=plot.clear_button,
        seed_spin=window.controls.seed_spin, table=window.table,
        put_away=(window.side_panel, window.tabs, plot.log_check, plot.all_check, plot.clear_button),
        center_splitter=window.center_splitter, holds=window.pane_holds,
    )


def lesson_parts(window: MainWindow) -> LessonParts:
    """The lesson player's parts of ``window`` (its classroom and documents made)."""
    documents = window.documents
    return LessonParts(
        run=window.run, experiment=window.experiment, port=window_port(window), classroom=window.classroom,
        menu=window.lessons_menu,
        maybe_save=lambda doing: documents.maybe_save(doing),
        show_document=lambda doc: documents.show_document(doc),
        document=lambda: documents.document(),
        pane_room=window.pane_room,
        panels={"dataset": (window.table.parentWidget(),), "settings": (window.settings_box,),
                "train": (window.train_action, window.stop_action), "reset": (window.reset_action,),
                "plot": (window.error_plot,), "diagram": (window.network_view,)},
        tabs=window.tabs,
        panels_changing=lambda: window.compact_results.release(),
        masked_views=(window.predictions_model, window.network_view, window.log_view, window.status_label,
                      window.error_plot, window.accessibility.announcer),
        starter_views=(window.status_label, window.error_plot),
    )


def typed_cell_parts(window: MainWindow) -> TypedCellParts:
    """The typed cells' parts of ``window`` (its classroom, editor and diagram made; the documents and the
    lesson player are looked up when used)."""
    return TypedCellParts(
        run=window.run, experiment=window.experiment, classroom=window.classroom, undo_stack=window.editor.stack,
        edge_double_clicked=window.network_view.edgeDoubleClicked,
        shown_network=lambda: window.shown_network(),
        show_weights=lambda trained, change: window.show_saved(trained, change),
        set_trained=lambda trained: window.documents.set_trained(trained),
        table_name=lambda: window.table_name(),
        report=lambda event: window.lessons.report(event),
    )


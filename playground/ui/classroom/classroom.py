"""Classroom mode for the main window: the transport bar, the inspector dock, the History bar,
presentation mode and help.

:class:`Classroom` lives in the GUI thread as a child of the window. It adds its toolbars,
dock and menu entries to the window and turns the transport's buttons into requests to the
window's :class:`~playground.ui.run.run.Run` (Play goes on with the run on show, Step does N
iterations then pauses). It keeps no run state: the inspector, the History scrubber and the
iteration counter listen to the Run.

It is handed the window only as a ``QMainWindow`` host (its toolbars, dock and menus go there) and
what it works with as :class:`~playground.ui.window_ports.ClassroomParts`: the Run, the few widgets
it adds to, and the window's requests (Train, go on, why not) as callables.

Train stays "start again from the seed and run to Iterations"; Stop and Pause both keep the
state, and Play goes on from it.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QAction, QFontInfo, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QSizePolicy, QToolBar, QWidget

from playground.ui.classroom import presentation
from playground.ui.classroom.presentation_fit import InspectorFocus
from playground.ui.help import HelpDialog, help_title
from playground.ui.kit.pictogram_text import show_pictogram
from playground.ui.run.run import PLAY, STEP
from playground.ui.run.scrubber import HistoryScrubber
from playground.ui.run.transport import TransportBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from playground.ui.views.inspector import InspectorPanel
    from playground.ui.window_ports import ClassroomParts

INSPECTOR_SHARE = 0.5  # of the window's height, when the inspector first opens


class Classroom(QObject):
    def __init__(self, host: QMainWindow, parts: ClassroomParts) -> None:
        super().__init__(host)
        self.host, self.parts = host, parts
        self.run = parts.run
        self.port = parts.port
        self._help: HelpDialog | None = None
        self.scale = 1.0
        self._build()
        self._connect()
        scale = presentation.load_scale()
        if scale != 1.0:  # at 1 the window is already as built: skip the walk over every widget
            self.set_scale(scale, save=False)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        w, parts = self.host, self.parts
        self.transport = TransportBar(w)
        w.addToolBarBreak()
        w.addToolBar(self.transport)

        # The inspector panel itself is built the first time the dock is shown (start-up time).
        self._inspector: InspectorPanel | None = None
        self._inspector_focus: InspectorFocus | None = None  # made with the inspector
        self.inspector_dock = QDockWidget(self.tr("Backprop inspector: every number of one iteration"), w,
                                          objectName="inspectorDock")
        self.inspector_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea |
                                            Qt.DockWidgetArea.RightDockWidgetArea)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.inspector_dock)
        self.inspector_dock.hide()
        self.inspector_action = self.inspector_dock.toggleViewAction()
        self.inspector_action.setText(self.tr("Inspector"))
        self.inspector_action.setObjectName("inspectorAction")
        self.inspector_action.setShortcut(QKeySequence("Ctrl+I"))
        self.inspector_action.setToolTip(self.tr("Show or hide the backprop inspector (Ctrl+I): every matrix of the "
                                         "current iteration, with the notebook's names and NumPy lines"))

        self.scrubber = HistoryScrubber()
        self.scrubber.listen_to(self.run)
        self.transport.listen_to(self.run)
        self.history_bar = QToolBar(self.tr("History"), w, objectName="historyToolbar")
        self.history_bar.setMovable(False)
        self.history_bar.addWidget(self.scrubber)
        w.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.history_bar)

        self.new_seed_action = QAction(w, objectName="newSeedAction")
        show_pictogram(self.new_seed_action, self.tr("⚄  New seed"))  # the die on its button, words in the menu
        self.new_seed_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.new_seed_action.setToolTip(self.tr("Pick a new random seed: different starting weights (shown in the Seed "
                                        "field). Reset always goes back to the starting weights of the seed shown."))
        tb = parts.training_toolbar
        actions = tb.actions()
        after = actions.index(parts.reset_action) + 1
        tb.insertAction(actions[after] if after < len(actions) else None, self.new_seed_action)
        parts.reset_action.setToolTip(self.tr("Forget the training: back to the starting weights of this seed "
                                      "(the same ones every time)"))
        parts.stop_action.setToolTip(self.tr("Stop training now (Esc); the weights learnt so far are kept and Play goes on "
                                     "from them"))
        parts.clear_runs_action.setToolTip(self.tr("Remove the faded curves of earlier runs from the error plot"))
        parts.clear_runs_button.setToolTip(parts.clear_runs_action.toolTip())

        self.presentation_action = QAction(self.tr("Presentation mode"), w, objectName="presentationAction", checkable=True)
        self.presentation_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.presentation_action.setToolTip(self.tr("Presentation mode (F9): everything larger, to read from the back of "
                                            "a room. Ctrl+ and Ctrl− change the size, Ctrl+0 goes back to normal."))
        self.zoom_in_action = QAction(self.tr("Larger"), w, objectName="zoomInAction")
        self.zoom_out_action = QAction(self.tr("Smaller"), w, objectName="zoomOutAction")
        self._zoom_keys(True)
        self.zoom_reset_action = QAction(self.tr("Normal size"), w, objectName="zoomResetAction")
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.full_screen_action = QAction(self.tr("Full screen"), w, objectName="fullScreenAction", checkable=True)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setToolTip(self.tr("Fill the whole screen (F11)"))
        self.help_action = QAction(help_title(), w, objectName="helpAction")
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setToolTip(self.tr("What the network does in each iteration, in the names the app uses (F1)"))
        for a, keys in ((self.zoom_in_action, self.tr("Ctrl+")), (self.zoom_out_action, self.tr("Ctrl−")),
                        (self.zoom_reset_action, self.tr("Ctrl+0"))):
            a.setToolTip(self.tr("{action} text and lines, for a projector ({keys})").format(action=a.text(), keys=keys))

        spacer = QWidget(objectName="trainingToolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)  # the view actions sit at the right end of the first row
        for a in (self.inspector_action, self.presentation_action, self.help_action):
            tb.addAction(a)

        menu_bar = w.menuBar()
        run_menu = parts.run_menu
        if run_menu is not None:
            run_menu.addSeparator()
            for a in (self.transport.play_action, self.transport.step_action, self.transport.step_n_action,
                      self.new_seed_action):
                run_menu.addAction(a)
        view: QMenu = menu_bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        for a in (self.inspector_action, None, self.presentation_action, self.zoom_in_action, self.zoom_out_action,
                  self.zoom_reset_action, self.full_screen_action):
            view.addSeparator() if a is None else view.addAction(a)
        help_menu: QMenu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.help_action)

    def _connect(self) -> None:
        t = self.transport
        triggered = {t.play_action: self.play_pause, t.step_action: self.step, t.step_n_action: self.step_n,
                     self.new_seed_action: self.new_seed, self.zoom_in_action: self.zoom_in,
                     self.zoom_out_action: self.zoom_out, self.zoom_reset_action: self.zoom_reset,
                     self.help_action: self.show_help}
        for action, slot in triggered.items():
            action.triggered.connect(slot)
        t.rateChanged.connect(self.run.set_speed)
        self.inspector_dock.visibilityChanged.connect(self._inspector_visibility)
        self.presentation_action.toggled.connect(self._presentation_toggled)
        self.full_screen_action.toggled.connect(self._full_screen_toggled)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ transport
    @Slot()
    def play_pause(self) -> bool:
        """Pause a run that goes on, or play: go on from the network on show (or start one)."""
        if self.run.running:
            self.run.stop()
            return True
        return self.play()

    def play(self) -> bool:
        port, run = self.port, self.run
        if run.running or port.blocking_reason():
            return False
        total = port.settings().iterations
        if not run.can_continue():
            return port.train(kind=PLAY)
        if run.iteration >= total:
            port.show_message(self.tr("The run has done its {number} iterations. Raise Iterations and press Play to "
                                   "go on, or press Train to start again from the seed.").format(
                number=QLocale().toString(total)))
            return False
        return port.go_on(total, PLAY)

    @Slot()
    def step(self) -> bool:
        """Exactly one iteration, then pause."""
        return self.step_by(1)

    @Slot()
    def step_n(self) -> bool:
        return self.step_by(self.transport.step_count())

    def step_by(self, n: int) -> bool:
        if self.run.running or self.port.blocking_reason() or n < 1:
            return False
        if not self.run.can_continue():
            return self.port.train(until=n, kind=STEP)
        return self.port.go_on(self.run.iteration + n, STEP)

    def target_error(self) -> float | None:
        return self.transport.target_error()

    @Slot()
    def new_seed(self) -> None:
        """Draw a new seed (different from the one shown); the window resets to its starting weights."""
        if self.run.running:
            return
        spin = self.parts.seed_spin
        seed = spin.value()
        while seed == spin.value():
            seed = random.SystemRandom().randrange(0, spin.maximum())
        spin.setValue(seed)

    def update_enabled(self, running: bool, can_start: bool) -> None:
        self.transport.set_running(running, can_start)
        self.new_seed_action.setEnabled(not running)

    # ------------------------------------------------------------------ row selection
    @Slot(int)
    def select_row(self, row: int) -> None:
        """Select an example (0-based) in the table: every view follows."""
        table = self.parts.table
        if not 0 <= row < table.model().rowCount():
            return
        column = max(table.currentIndex().column(), 0)
        table.selectionModel().setCurrentIndex(table.model().index(row, column),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ------------------------------------------------------------------ inspector
    @Slot(bool)
    def _inspector_visibility(self, visible: bool) -> None:
        if visible:
            self.inspector  # noqa: B018 - built on first show; it refreshes itself when shown
            if not self.inspector_dock.property("sized"):
                self.inspector_dock.setProperty("sized", True)
                self.host.resizeDocks([self.inspector_dock], [int(self.host.height() * INSPECTOR_SHARE)],
                                      Qt.Orientation.Vertical)
        if self._inspector_focus is not None:
            self._inspector_focus.update()

    def clear_verdicts(self) -> None:
        """Predict-then-check's verdict line and outlined cells go (nothing to do while the inspector is unbuilt)."""
        if self._inspector is not None:
            self._inspector.show_feedback("")
            self._inspector.mark_cells(())

    @property
    def inspector(self) -> InspectorPanel:
        """The inspector panel, built on first use."""
        if self._inspector is None:
            from playground.ui.views.inspector import InspectorPanel  # built on first use

            self._inspector = InspectorPanel()
            self._inspector.rowSelected.connect(self.select_row)
            self._inspector.listen_to(self.run)
            self.inspector_dock.setWidget(self._inspector)
            self._inspector_focus = InspectorFocus(self.host, self.inspector_dock, self._inspector,
                                                   self.parts.put_away, self.parts.center_splitter,
                                                   self.parts.holds)
            if self.scale != 1.0:
                self.set_scale(self.scale, save=False)
        return self._inspector

    # ------------------------------------------------------------------ presentation
    def set_scale(self, factor: float, save: bool = True) -> None:
        """Scale fonts, lines and markers of the whole window (1 = normal); remembered when ``save``."""
        factor = float(factor)
        if self._inspector_focus is not None:
            self._inspector_focus.release_font()  # a font it fitted is not a font of its own to scale
        presentation.scale_window(self.host, factor)
        if self._help is not None:
            self._help.setFont(self.host.font())
        self.scale = factor
        if self._inspector_focus is not None:
            self._inspector_focus.update()
        self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(factor > 1.0)
        self.presentation_action.blockSignals(False)
        if save:
            presentation.save_scale(factor)

    @Slot(bool)
    def _presentation_toggled(self, on: bool) -> None:
        if not on:
            self.set_scale(1.0)
            return
        screen = self.host.screen()
        height = screen.availableGeometry().height() if screen is not None else 0
        text_px = QFontInfo(self.host.font()).pixelSize() / self.scale  # the body text at scale 1
        self.set_scale(presentation.load_presentation_scale(height, text_px))

    @Slot()
    def zoom_in(self) -> None:
        self.set_scale(presentation.next_scale(self.scale, 1))

    @Slot()
    def zoom_out(self) -> None:
        self.set_scale(presentation.next_scale(self.scale, -1))

    @Slot()
    def zoom_reset(self) -> None:
        self.set_scale(1.0)

    def _zoom_keys(self, on: bool) -> None:
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")] if on else [])
        self.zoom_out_action.setShortcuts([QKeySequence.StandardKey.ZoomOut] if on else [])

    @Slot(object, object)
    def _focus_changed(self, _old, new) -> None:
        # In the dataset table Ctrl+ and Ctrl− insert and remove rows (as in a spreadsheet); elsewhere they zoom.
        table = self.parts.table
        in_table = new is not None and (new is table or table.isAncestorOf(new))
        if in_table == bool(self.zoom_in_action.shortcuts()):
            self._zoom_keys(not in_table)

    @Slot(bool)
    def _full_screen_toggled(self, on: bool) -> None:
        if on:
            self.host.showFullScreen()
        else:
            self.host.showNormal()

    # ------------------------------------------------------------------ help
    @Slot()
    def show_help(self) -> HelpDialog:
        if self._help is None:
            self._help = HelpDialog(self.host)
        self._help.show_page("help")
        self._help.setFont(self.host.font())
        if self._help.isVisible():
            self._help.raise_()  # already open behind the window: bring it forward
        self._help.show()
        return self._help

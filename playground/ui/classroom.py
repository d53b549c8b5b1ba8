"""Classroom mode for the main window: transport, inspector, history scrubber, presentation, help.

:class:`Classroom` lives in the GUI thread as a child of the window. It adds its
toolbars, dock and menu entries to the window and keeps the state the
classroom needs:

* a *session*: the helper process holds the network of the last Train (or
  Play / Step from scratch). Play and Step continue it with the helper's
  "continue" (the same network, so pause + play = one uninterrupted run);
  Reset, a new seed, or any change to the table or the settings other than
  Iterations end the session;
* the live iteration and the latest weights;
* a mirror of the helper's weight timeline, for the history scrubber.

Train stays "start again from the seed and run to Iterations"; Stop and Pause
both keep the state, and Play goes on from it. The window calls the ``on_*``
hooks at the points where its own state changes.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING
import time

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QSizePolicy, QToolBar, QWidget

from playground.core.settings import Settings
from playground.core.timeline import WeightTimeline
from playground.core.training import DIVERGED, DONE, STOPPED, TARGET_REACHED
from playground.ui import presentation
from playground.ui.help import HelpDialog, help_title
from playground.ui.scrubber import HistoryScrubber
from playground.ui.transport import TransportBar

if TYPE_CHECKING:
    from playground.ui.inspector import InspectorPanel

FRESH, PLAY, STEP = "train", "play", "step"
INSPECTOR_SHARE = 0.5  # of the window's height, when the inspector first opens


class Classroom(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.session: Settings | None = None  # the settings of the network the helper holds
        self.iteration = 0  # the live iteration: updates done by the network shown at the right of History
        self.timeline = WeightTimeline()
        self._live = None  # (weights, biases, outputs) of the live network
        self._kind = FRESH
        self._pending_kind: str | None = None
        self._restored = None  # a saved run (core Trained) shown from a document, that Play/Step continue
        self._restored_settings: Settings | None = None
        self._pending_base = 0
        self._X = self._Y = None
        self._names = ((), ())
        self._inspector_stale = True
        self._help: HelpDialog | None = None
        self.scale = 1.0
        self._build()
        self._connect()
        scale = presentation.load_scale()
        if scale != 1.0:  # at 1 the window is already as built: skip the walk over every widget
            self.set_scale(scale, save=False)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        w = self.w
        self.transport = TransportBar(w)
        w.addToolBarBreak()
        w.addToolBar(self.transport)

        # The inspector panel itself is built the first time the dock is shown (start-up time).
        self._inspector: InspectorPanel | None = None
        self.inspector_dock = QDockWidget("Backprop inspector: every number of one iteration", w,
                                          objectName="inspectorDock")
        self.inspector_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea |
                                            Qt.DockWidgetArea.RightDockWidgetArea)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.inspector_dock)
        self.inspector_dock.hide()
        self.inspector_action = self.inspector_dock.toggleViewAction()
        self.inspector_action.setText("Inspector")
        self.inspector_action.setObjectName("inspectorAction")
        self.inspector_action.setShortcut(QKeySequence("Ctrl+I"))
        self.inspector_action.setToolTip("Show or hide the backprop inspector (Ctrl+I): every matrix of the "
                                         "current iteration, with the notebook's names and NumPy lines")

        self.scrubber = HistoryScrubber()
        self.history_bar = QToolBar("History", w, objectName="historyToolbar")
        self.history_bar.setMovable(False)
        self.history_bar.addWidget(self.scrubber)
        w.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.history_bar)

        self.new_seed_action = QAction("⚄  New seed", w, objectName="newSeedAction")
        self.new_seed_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.new_seed_action.setToolTip("Pick a new random seed: different starting weights (shown in the Seed "
                                        "field). Reset always goes back to the starting weights of the seed shown.")
        tb = w.findChild(QToolBar, "trainingToolbar")
        actions = tb.actions()
        after = actions.index(w.reset_action) + 1
        tb.insertAction(actions[after] if after < len(actions) else None, self.new_seed_action)
        w.reset_action.setToolTip("Forget the training: back to the starting weights of this seed "
                                  "(the same ones every time)")
        w.stop_action.setToolTip("Stop training now (Esc); the weights learnt so far are kept and Play goes on "
                                 "from them")
        w.clear_runs_action.setToolTip("Remove the faded curves of earlier runs from the error plot")
        w.error_plot.clear_button.setToolTip(w.clear_runs_action.toolTip())

        self.presentation_action = QAction("Presentation mode", w, objectName="presentationAction", checkable=True)
        self.presentation_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.presentation_action.setToolTip("Presentation mode (F9): everything larger, to read from the back of "
                                            "a room. Ctrl+ and Ctrl− change the size, Ctrl+0 goes back to normal.")
        self.zoom_in_action = QAction("Larger", w, objectName="zoomInAction")
        self.zoom_out_action = QAction("Smaller", w, objectName="zoomOutAction")
        self._zoom_keys(True)
        self.zoom_reset_action = QAction("Normal size", w, objectName="zoomResetAction")
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.full_screen_action = QAction("Full screen", w, objectName="fullScreenAction", checkable=True)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setToolTip("Fill the whole screen (F11)")
        self.help_action = QAction(help_title(), w, objectName="helpAction")
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setToolTip("What the network does in each iteration, in the names the app uses (F1)")
        for a, keys in ((self.zoom_in_action, "Ctrl+"), (self.zoom_out_action, "Ctrl−"),
                        (self.zoom_reset_action, "Ctrl+0")):
            a.setToolTip(f"{a.text()} text and lines, for a projector ({keys})")

        spacer = QWidget(objectName="trainingToolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)  # the view actions sit at the right end of the first row
        for a in (self.inspector_action, self.presentation_action, self.help_action):
            tb.addAction(a)

        menu_bar = w.menuBar()
        run_menu = next((a.menu() for a in menu_bar.actions() if a.menu() and a.text() == "&Run"), None)
        if run_menu is not None:
            run_menu.addSeparator()
            for a in (self.transport.play_action, self.transport.step_action, self.transport.step_n_action,
                      self.new_seed_action):
                run_menu.addAction(a)
        view: QMenu = menu_bar.addMenu("&View")
        view.setObjectName("viewMenu")
        for a in (self.inspector_action, None, self.presentation_action, self.zoom_in_action, self.zoom_out_action,
                  self.zoom_reset_action, self.full_screen_action):
            view.addSeparator() if a is None else view.addAction(a)
        help_menu: QMenu = menu_bar.addMenu("&Help")
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.help_action)

    def _connect(self) -> None:
        t = self.transport
        t.play_action.triggered.connect(self.play_pause)
        t.step_action.triggered.connect(self.step)
        t.step_n_action.triggered.connect(self.step_n)
        t.rateChanged.connect(self._rate_changed)
        self.w.controller.set_rate(t.rate())
        self.new_seed_action.triggered.connect(self.new_seed)
        self.scrubber.scrubbed.connect(self._scrubbed)
        self.inspector_dock.visibilityChanged.connect(self._inspector_visibility)
        self.presentation_action.toggled.connect(self._presentation_toggled)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action.triggered.connect(self.zoom_reset)
        self.full_screen_action.toggled.connect(self._full_screen_toggled)
        self.help_action.triggered.connect(self.show_help)
        self.w.controller.failed.connect(self._on_failed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ transport
    @Slot()
    def play_pause(self) -> bool:
        """Pause a run that goes on, or play: go on from the live network (or start one)."""
        if self.w.controller.running:
            self.w.controller.stop()
            return True
        return self.play()

    def play(self) -> bool:
        w = self.w
        if w.controller.running or w.blocking_reason():
            return False
        total = w.settings().iterations
        if self.session is None and self._restored is None:
            return w.train()
        if self.iteration >= total:
            w.show_message(f"The run has done its {total:,} iterations. Raise Iterations and press Play to go on, "
                           f"or press Train to start again from the seed.")
            return False
        if self.session is None:
            return self._continue_restored(total, PLAY)
        return self._resume(total, PLAY)

    @Slot()
    def step(self) -> bool:
        """Exactly one iteration, then pause."""
        return self.step_by(1)

    @Slot()
    def step_n(self) -> bool:
        return self.step_by(self.transport.step_count())

    def step_by(self, n: int) -> bool:
        w = self.w
        if w.controller.running or w.blocking_reason() or n < 1:
            return False
        if self.session is None and self._restored is not None:
            return self._continue_restored(self.iteration + n, STEP)
        if self.session is None:
            self._pending_kind = STEP
            return w.train(until=n)
        return self._resume(self.iteration + n, STEP)

    def _continue_restored(self, until: int, kind: str) -> bool:
        """Play or Step on a network opened from a document: the helper starts from its saved weights."""
        trained = self._restored
        its = trained.history_iterations
        initial = {"weights": trained.weights, "biases": trained.biases, "iteration": trained.iterations_done,
                   "history": {"curve": (its, trained.history_errors),
                               "logged": (trained.logged_iterations, trained.logged_errors),
                               "stride": int(its[1] - its[0]) if len(its) > 1 else 1}}
        self._pending_kind = kind if kind == STEP else FRESH
        self._pending_base = trained.iterations_done
        started = self.w.train(until=until, initial=initial)
        if started:
            self._restored = None
        else:
            self._pending_kind, self._pending_base = None, 0
        return started

    def _resume(self, until: int, kind: str) -> bool:
        w = self.w
        self.scrubber.go_live()
        w.message_bar.hide()
        w._run_settings = w.settings()
        w._run_started = time.perf_counter()
        w._run_base = self.iteration
        self._kind = kind
        return w.controller.resume(until, self.transport.target_error())

    def target_error(self) -> float | None:
        return self.transport.target_error()

    @Slot(object)
    def _rate_changed(self, rate) -> None:
        self.w.controller.set_rate(rate)

    @Slot()
    def new_seed(self) -> None:
        """Draw a new seed (different from the one shown); the window resets to its starting weights."""
        if self.w.controller.running:
            return
        spin = self.w.controls.seed_spin
        seed = spin.value()
        while seed == spin.value():
            seed = random.SystemRandom().randrange(0, spin.maximum())
        spin.setValue(seed)

    def keeps_session(self) -> bool:
        """True when the settings differ from the session's (or the reopened run's) only in Iterations:
        Play can go on."""
        base = self.session if self.session is not None else self._restored_settings if self._restored else None
        if base is None:
            return False
        try:
            s = self.w.settings()
        except ValueError:
            return False
        return s.same_run(base) and not s.problems()

    # ------------------------------------------------------------------ hooks called by the window
    def on_fresh_start(self, settings: Settings) -> None:
        """Train (or Play/Step without a session) sent a fresh 'start' to the helper."""
        self.session = settings
        self.iteration = self._pending_base  # 0, or the iteration of a saved run being continued
        self._kind = self._pending_kind or FRESH
        self._pending_kind = None
        self._remember_table()
        sizes = [len(self._names[0]), *settings.hidden, len(self._names[1])]
        self.timeline = WeightTimeline.for_sizes(sizes, settings.bias)
        self.scrubber.go_live()
        self.w._run_base = self._pending_base
        self._pending_base = 0

    def on_reset(self, ok: bool) -> None:
        """The window shows the untrained network of the current settings (or none, when ``ok`` is False)."""
        self.session = None
        self._restored = None
        self.iteration = 0
        self.timeline = WeightTimeline()
        self._pending_kind = None
        net = self.w._display_net if ok else None
        self._live = None if net is None else (net.weights, net.biases, None)
        if ok:
            self._remember_table()
        self.scrubber.set_points([], 0)
        self.transport.set_iteration(0)
        self.w.error_plot.set_cursor(None)
        self._refresh_inspector()
        self.on_row_changed(self.w.selected_row())  # the caption names the (maybe renamed) columns

    def on_restored(self, trained) -> None:
        """The window shows a saved network (a core ``Trained`` from a document).

        Its iteration goes in the counter and the inspector; Play and Step continue it (the helper
        starts from the saved weights and history), Train starts again from the seed.
        """
        net = self.w._display_net
        self._restored = trained
        self._restored_settings = self.w.settings()
        self.iteration = int(trained.iterations_done)
        self._live = (net.weights, net.biases, None)
        self.scrubber.set_points([], self.iteration)
        self.transport.set_iteration(self.iteration)
        self._refresh_inspector()

    def on_snapshot(self, snap: dict) -> None:
        """A progress or final snapshot from the helper has been drawn."""
        self.iteration = snap["iteration"]
        self.timeline.merge(snap.get("timeline", []), snap.get("timeline_stride", 1))
        self._live = (snap["weights"], snap["biases"], snap["outputs"])
        self.scrubber.set_points(self.timeline.iterations, self.iteration)
        self.transport.set_iteration(self.iteration)
        self.w.error_plot.set_cursor(None)
        self._refresh_inspector()

    def on_finished(self, snap: dict, result: dict) -> None:
        """The run ended: say so in the classroom's words (paused, stepped, target reached)."""
        w, it, status = self.w, result["iteration"], result["status"]
        text = w.status_label.text()
        if status == STOPPED:
            w.status_label.setText(text + " · Play goes on from here")
        elif status == TARGET_REACHED:
            w.status_label.setText(text.replace(f"Done at iteration {it:,}",
                                                f"Reached the target error by iteration {it:,}", 1))
        elif status == DONE and self._kind == STEP:
            w.status_label.setText(text.replace("Done at", "Paused at", 1) + " · Step again, or Play to go on")
        if status == DIVERGED:
            self.session = None  # going on would only diverge again

    def update_enabled(self, running: bool, can_start: bool) -> None:
        self.transport.set_running(running, can_start)
        self.scrubber.set_running(running)
        self.new_seed_action.setEnabled(not running)

    def on_row_changed(self, row: int) -> None:
        """The selected example changed: outline it in the inspector, name it on the diagram."""
        if self._inspector is not None:
            self._inspector.set_highlight_row(row)
        X = self._X
        if X is None or not 0 <= row < len(X):
            self.w.network_view.set_row_caption("")
            return
        values = "  ".join(f"{n}={v:g}" for n, v in zip(self._names[0], X[row]))
        self.w.network_view.set_row_caption(f"row {row + 1}:  {values}")

    @Slot(str)
    def _on_failed(self, _message: str) -> None:
        self.session = None

    # ------------------------------------------------------------------ row selection
    @Slot(int)
    def select_row(self, row: int) -> None:
        """Select an example (0-based) in the table: every view follows."""
        table = self.w.table
        if not 0 <= row < table.model().rowCount():
            return
        column = max(table.currentIndex().column(), 0)
        table.selectionModel().setCurrentIndex(table.model().index(row, column),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _remember_table(self) -> None:
        ds = self.w.dataset()
        self._X, self._Y = ds.X, ds.Y
        self._names = (tuple(ds.input_names), tuple(ds.target_names))

    # ------------------------------------------------------------------ history scrubber
    @Slot(int, bool)
    def _scrubbed(self, index: int, live: bool) -> None:
        w = self.w
        net = w._display_net
        if net is None or self._live is None:
            return
        if live:
            weights, biases, outputs = self._live
            it = self.iteration
        else:
            snap = self.timeline[index]
            weights, biases, outputs, it = snap.weights, snap.biases, None, snap.iteration
        net.set_state(weights, biases)
        w.network_view.set_weights(net.weights, net.biases)
        if self.session is not None:  # untrained (after Reset) shows "–", as before
            w.predictions_model.set_outputs(net.predict(self._X) if outputs is None else outputs)
        w._show_selected_activations()
        self.transport.set_iteration(it, looking_back=not live)
        w.error_plot.set_cursor(None if live else it)
        if not live:
            w.status_label.setText(f"Looking back at iteration {it:,} of {self.iteration:,}: drag History to the "
                                   f"right end to come back")
        else:
            w.status_label.setText(f"Iteration {it:,}")
        self._refresh_inspector()

    def shown_iteration(self) -> int:
        """The iteration whose weights are shown (the scrubber's position)."""
        return self.scrubber.iteration() if not self.scrubber.is_live() else self.iteration

    # ------------------------------------------------------------------ inspector
    @Slot(bool)
    def _inspector_visibility(self, visible: bool) -> None:
        if visible:
            if not self.inspector_dock.property("sized"):
                self.inspector_dock.setProperty("sized", True)
                self.w.resizeDocks([self.inspector_dock], [int(self.w.height() * INSPECTOR_SHARE)],
                                   Qt.Orientation.Vertical)
            if self._inspector_stale:
                self._refresh_inspector(force=True)

    @property
    def inspector(self) -> InspectorPanel:
        """The inspector panel, built on first use."""
        if self._inspector is None:
            from playground.ui.inspector import InspectorPanel  # built on first use

            self._inspector = InspectorPanel()
            self._inspector.rowSelected.connect(self.select_row)
            self.inspector_dock.setWidget(self._inspector)
            if self.scale != 1.0:
                self.set_scale(self.scale, save=False)
        return self._inspector

    def _refresh_inspector(self, force: bool = False) -> None:
        """Recompute the inspector from the weights shown (only while it is visible: it is not free)."""
        if not self.inspector_dock.isVisible() and not force:
            self._inspector_stale = True
            return
        net = self.w._display_net
        if net is None or self._X is None or self._live is None:
            self.inspector.clear()
            return
        from playground.core.inspection import trace_iteration

        trace = trace_iteration(net, self._X, self._Y, *self._names)
        note = "" if self.scrubber.is_live() else "looking back in History"
        self.inspector.set_trace(trace, self.shown_iteration(), note)
        self.inspector.set_highlight_row(self.w.selected_row())
        self._inspector_stale = False

    # ------------------------------------------------------------------ presentation
    def set_scale(self, factor: float, save: bool = True) -> None:
        """Scale fonts, lines and markers of the whole window (1 = normal); remembered when ``save``."""
        factor = float(factor)
        presentation.scale_window(self.w, factor)
        if self._help is not None:
            self._help.setFont(self.w.font())
        self.scale = factor
        self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(factor > 1.0)
        self.presentation_action.blockSignals(False)
        if save:
            presentation.save_scale(factor)

    @Slot(bool)
    def _presentation_toggled(self, on: bool) -> None:
        self.set_scale(presentation.load_presentation_scale() if on else 1.0)

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
        table = self.w.table
        in_table = new is not None and (new is table or table.isAncestorOf(new))
        if in_table == bool(self.zoom_in_action.shortcuts()):
            self._zoom_keys(not in_table)

    @Slot(bool)
    def _full_screen_toggled(self, on: bool) -> None:
        if on:
            self.w.showFullScreen()
        else:
            self.w.showNormal()

    # ------------------------------------------------------------------ help
    @Slot()
    def show_help(self) -> HelpDialog:
        if self._help is None:
            self._help = HelpDialog(self.w)
        self._help.show_page("help")
        self._help.setFont(self.w.font())
        if self._help.isVisible():
            self._help.raise_()  # already open behind the window: bring it forward
        self._help.show()
        return self._help

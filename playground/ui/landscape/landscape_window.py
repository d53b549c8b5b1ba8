"""The loss-landscape window: the error surface the run travels over, its path, and the other optimisers'.

Pick two weights (the two lists, or click two edges of the network diagram) and the window draws the
exact error of the network with those two weights set over a grid, every other weight frozen at the
iteration on show (it says which), as a heatmap with contours and a colour bar; the run's path on it,
a point per recorded iteration (exactly the recorded weights), the shown iteration's point moving as
the run trains; the ghost paths gradient descent, momentum and Adam take from the same start. Two other
modes look at every weight at once, each labelled as what it is: the interpolation from the start
weights to the shown ones (1-D), and the projection on two filter-normalised random directions (Li et
al. 2018). Zoom with the mouse, Re-grid over the range in view, export PNG, SVG and CSV; Sharpness
draws the largest eigenvalue of the Hessian along the run against 2/η (:mod:`landscape_sharpness`).

The window takes the :class:`~playground.ui.run.run.Run` (the run on show, its History) and, when
given, the network diagram, and listens: it asks the run for numbers and never reads another view.
The maths is :mod:`playground.core.landscape` (through :class:`~.landscape_maths.LandscapeMaths`),
computed in a worker thread (:mod:`landscape_worker`). The surface is computed again when the shown
iteration has moved by a lot (RECOMPUTE_SHARE of the run) or on request; the path and the point follow
every snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from playground.ui.language import number
from playground.ui.classroom.presentation import ScaledView, current_scale
from playground.ui.landscape.landscape_controls import DIRECTIONS, EXACT, INTERPOLATION, LandscapeControls, mode_caption, mode_title
from playground.ui.landscape.landscape_export import export_landscape, line_csv, surface_csv
from playground.ui.landscape.landscape_maths import LandscapeMaths, Surface
from playground.ui.landscape.landscape_plot import SurfacePlot
from playground.ui.landscape.landscape_sharpness import SharpnessPlot
from playground.ui.landscape.landscape_worker import SurfaceThread

RECOMPUTE_SHARE = 0.2  # the surface follows the shown iteration when it moved by this share of the run
RECOMPUTE_LEAST = 50  # ... and by at least this many iterations
CAPTION_PT, CONTROLS_PT = 13.0, 11.0
ZOOM_STEP = 0.8  # the keyboard's + shows 80% of the range


class LandscapeWindow(ScaledView, QDialog):
    """The loss landscape of the run on show (see the module docstring)."""

    surfaceShown = Signal()  # a surface (or the interpolation curve) was drawn
    ghostsShown = Signal()
    sharpnessShown = Signal()
    failed = Signal(str)

    def __init__(self, run, parent: QWidget | None = None, maths: LandscapeMaths | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeWindow")
        self.setWindowTitle(self.tr("Loss landscape"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        self.run = run
        self.maths = maths or LandscapeMaths()
        self.thread = SurfaceThread(self)
        self.controls = LandscapeControls(self)
        self.title_label = QLabel(objectName="landscapeTitle", wordWrap=True)
        self.caption_label = QLabel(objectName="landscapeCaption", wordWrap=True)
        self.summary_label = QLabel(objectName="landscapeSummary", wordWrap=True)
        for label in (self.title_label, self.caption_label, self.summary_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # weight and column names are user text
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot = SurfacePlot(self)
        self.sharpness = SharpnessPlot(self)
        self.sharpness.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.plot)
        splitter.addWidget(self.sharpness)
        splitter.setSizes([480, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.title_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)

        self.surface: Surface | None = None  # what is drawn now
        self.line = None  # the interpolation drawn now
        self._next_pick = 0  # which weight the next edge click in the diagram chooses
        self._range = None  # (x name, y name, x range, y range): Re-grid's or the ghosts' range, else None
        self._closed = False
        self._diagram = None
        self._later = QTimer(self, singleShot=True, interval=100)  # at most ten path updates a second
        self._later.timeout.connect(self._follow)
        c = self.controls
        c.mode_combo.currentIndexChanged.connect(self._mode_changed)
        c.first_combo.currentIndexChanged.connect(self._weights_changed)
        c.second_combo.currentIndexChanged.connect(self._weights_changed)
        c.grid_spin.editingFinished.connect(self.recompute)
        c.seed_spin.editingFinished.connect(self._seed_changed)
        c.recompute_button.clicked.connect(self.recompute)
        c.regrid_button.clicked.connect(self.regrid)
        c.ghost_check.toggled.connect(self._ghosts_toggled)
        c.sharpness_check.toggled.connect(self._sharpness_toggled)
        c.png_action.triggered.connect(lambda: self.export(kind="png"))
        c.svg_action.triggered.connect(lambda: self.export(kind="svg"))
        c.csv_action.triggered.connect(lambda: self.export(kind="csv"))
        self.thread.done.connect(self._computed)
        self.thread.failed.connect(self._compute_failed)
        run.shownChanged.connect(self._shown_changed)
        run.changed.connect(self._shown_changed)
        run.finished.connect(self._shown_changed)  # the last snapshot brings the History's last entries
        run.reset.connect(self._run_reset)
        self._update_pick_hint()
        c.update_for_mode()
        self._apply_scale()
        scale = current_scale(parent.window()) if parent is not None else 1.0
        if scale != 1.0:
            self.set_scale(scale)
        self._run_reset()

    # ------------------------------------------------------------------ what to draw
    def mode(self) -> str:
        return self.controls.mode()

    def set_mode(self, mode: str) -> None:
        self.controls.set_mode(mode)

    def choose_weights(self, first: str, second: str) -> None:
        """Show the exact slice over these two weights (names as the inspector shows them)."""
        c = self.controls
        for combo, name in ((c.first_combo, first), (c.second_combo, second)):
            index = combo.findText(name)
            if index < 0:
                raise KeyError(name)
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        if self.mode() != EXACT:
            self.set_mode(EXACT)  # recomputes
        else:
            self.recompute()

    def weights(self) -> tuple[str, str]:
        return self.controls.weights()

    def listen_to_diagram(self, diagram) -> None:
        """Pick the weights by clicking two edges of the network diagram (its ``edgeSelected``)."""
        self._diagram = diagram
        diagram.edgeSelected.connect(self.pick_edge)

    def pick_edge(self, k: int, i: int, j: int) -> None:
        """An edge clicked in the diagram: it becomes weight 1, then weight 2, then weight 1 again..."""
        network = self.run.shown_network()
        if network is None:
            return
        name = self.maths.edge_name(k, i, j)
        combo = (self.controls.first_combo, self.controls.second_combo)[self._next_pick]
        index = combo.findText(name)
        if index < 0:
            return
        self._next_pick = 1 - self._next_pick
        self._update_pick_hint()
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        if self.mode() != EXACT:
            self.set_mode(EXACT)
        else:
            self.recompute()

    def _update_pick_hint(self) -> None:
        self.controls.pick_label.setText(
            self.tr("Click an edge of the network diagram to choose weight {number}.").format(
                number=self._next_pick + 1))

    # ------------------------------------------------------------------ computing
    def _state(self):
        """(dataset, settings, the shown network, its iteration, the History's entries) or None."""
        run = self.run
        network = run.shown_network()
        if network is None or run.dataset is None or run.settings is None:
            return None
        return run.dataset, run.settings, network, run.shown_iteration(), run.history()

    def recompute(self, ghosts: bool = True) -> None:
        """Compute what the mode draws, with the other weights frozen at the iteration on show now (and the
        ghost paths with it, unless ``ghosts`` is False)."""
        state = self._state()
        if state is None:
            self._show_nothing()
            return
        dataset, settings, network, iteration, history = state
        mode, n = self.mode(), self.controls.grid_spin.value()
        if mode == EXACT:
            first, second = self.weights()
            if not first or not second or first == second:
                self._show_nothing(self.tr("Choose two different weights."))
                return
            call = self.maths.slice_call(dataset, settings, network, iteration, history, first, second, n,
                                         self._kept_range(first, second))
        elif mode == DIRECTIONS:
            call = self.maths.directions_call(dataset, settings, network, iteration, history,
                                              self.controls.seed_spin.value(), n, self._kept_range("alpha", "beta"))
        else:
            call = self.maths.interpolation_call(dataset, settings, network, iteration, history, n)
        self.summary_label.setText(self.tr("Computing…"))
        self.thread.submit("surface", call)
        if mode == EXACT and ghosts and self.controls.ghost_check.isChecked():
            self._submit_ghosts()  # a projection's ghosts need its plane: asked for when it is drawn
        if self.controls.sharpness_check.isChecked():
            self._submit_sharpness()

    def regrid(self) -> None:
        """Compute the surface again over the range in view (after a zoom)."""
        if self.surface is None or self.mode() == INTERPOLATION:
            return
        x_range, y_range = self.plot.shown_range()
        self._range = (self.surface.x_name, self.surface.y_name, x_range, y_range)
        self.recompute()

    def _kept_range(self, first: str, second: str):
        """The range Re-grid chose for these axes, or None (the default range around the path)."""
        kept = self._range
        if kept is not None and kept[:2] == (first, second) and self.mode() != INTERPOLATION:
            return kept[2], kept[3]
        return None

    def _submit_ghosts(self) -> None:
        """Ask for the other optimisers' paths: on the two weights, or projected on the plane drawn."""
        state = self._state()
        if state is None or self.mode() == INTERPOLATION:
            return
        dataset, settings, network, _iteration, history = state
        if self.mode() == EXACT:
            call = self.maths.ghosts_call(dataset, settings, network, history, axes=self.weights())
        elif self.surface is not None and not self.surface.exact:
            call = self.maths.ghosts_call(dataset, settings, network, history, surface=self.surface)
        else:
            return
        self.thread.submit("ghosts", call)

    def _submit_sharpness(self) -> None:
        state = self._state()
        if state is not None:
            dataset, settings, network, iteration, history = state
            self.thread.submit("sharpness", self.maths.sharpness_call(dataset, settings, history))

    def _computed(self, kind: str, result) -> None:
        if kind == "surface":
            self._show_result(result)
        elif kind == "ghosts":
            if self.mode() != INTERPOLATION and self.controls.ghost_check.isChecked() and self.surface is not None:
                self.plot.show_ghosts(result, {key: self._ghost_name(key) for key in result})
                self.ghostsShown.emit()
                self._widen(result)
        elif kind == "sharpness":
            self.sharpness.show_curve(*result)
            self.sharpnessShown.emit()

    def _ghost_name(self, key: str) -> str:
        names = {"gd": self.tr("gradient descent"), "momentum": self.tr("momentum"), "adam": self.tr("Adam")}
        name = names.get(key, key)
        settings = self.run.settings
        if settings is not None and settings.optimizer == key:
            return self.tr("{optimiser} (as this run)").format(optimiser=name)
        return name

    def _widen(self, ghosts) -> None:
        """Once per choice of weights: when a ghost path leaves the default grid, compute the grid that holds
        them all (a student should see where momentum and Adam went, not a line into the margin)."""
        s = self.surface
        if not s.exact or self._kept_range(s.x_name, s.y_name) is not None:
            return  # a projection's plane, or a range the student chose (Re-grid)
        ranges = self.maths.widened(s, ghosts)
        if ranges is not None:
            self._range = (s.x_name, s.y_name, *ranges)
            self.recompute(ghosts=False)

    def _compute_failed(self, kind: str, message: str) -> None:
        self.summary_label.setText(self.tr("Could not compute: {reason}").format(reason=message))
        self.failed.emit(message)

    # ------------------------------------------------------------------ showing
    def _show_result(self, result) -> None:
        mode = self.mode()
        if mode == INTERPOLATION:
            self.surface, self.line = None, result
            self.plot.show_line(result.t, result.errors, self.tr("t (0: start weights, 1: shown weights)"),
                                marks=(0.0, 1.0), states=result.states)
            self.title_label.setText(mode_title(mode))
            self.caption_label.setText(mode_caption(mode).format(
                start=QLocale().toString(result.start_iteration), iteration=QLocale().toString(result.iteration)))
            low = result.lowest()
            self.summary_label.setText(self.tr("Lowest error {error} at t = {t}; start {start}, end {end}.").format(
                error=number(low[1], ".4g"), t=number(low[0], ".3g"), start=number(result.at(0.0), ".4g"),
                end=number(result.at(1.0), ".4g")))
        else:
            self.surface, self.line = result, None
            self.plot.show_surface(result.grid, result.a, result.b, result.x_name, result.y_name)
            self.plot.show_path(result.path)
            self.title_label.setText(mode_title(mode))
            self.caption_label.setText(mode_caption(mode).format(
                iteration=QLocale().toString(result.iteration), seed=self.controls.seed_spin.value()))
            self._follow()
            if mode == DIRECTIONS and self.controls.ghost_check.isChecked():
                self._submit_ghosts()
        self.plot.setAccessibleName(self._description())
        self.plot.setAccessibleDescription(self.caption_label.text())
        self.surfaceShown.emit()

    def _description(self) -> str:
        """What a screen reader says of the picture."""
        if self.line is not None:
            low = self.line.lowest()
            return self.tr("error along the interpolation from the start weights to the shown ones; "
                           "lowest {error} at t = {t}").format(error=number(low[1], ".4g"), t=number(low[0], ".3g"))
        s = self.surface
        if s is None:
            return self.tr("Loss landscape: nothing computed")
        x, y, error = s.lowest()
        return self.tr("error surface over {x} and {y}; lowest {error} at {x} = {x_value}, {y} = {y_value}").format(
            x=s.x_name, y=s.y_name, error=number(error, ".4g"), x_value=number(x, ".4g"), y_value=number(y, ".4g"))

    def _show_nothing(self, reason: str = "") -> None:
        self.surface = self.line = None
        self.summary_label.setText(reason or self.tr("Train or open a network to see its landscape."))
        self.plot.setAccessibleName(self._description())

    def _shown_changed(self, *_args) -> None:
        """The run moved or History looks back: the path and the point follow; the surface when it moved a lot."""
        if not self._later.isActive():
            self._later.start()

    def _follow(self) -> None:
        state = self._state()
        s = self.surface
        if state is None or s is None:
            return
        dataset, settings, network, iteration, history = state
        self.plot.show_path(self.maths.path(s, history, network))
        point = self.maths.point(s, network)
        self.plot.show_current(point)
        x, y, error = s.lowest()
        text = self.tr("Iteration {iteration}: {x} = {x_value}, {y} = {y_value}; the lowest error on the grid is "
                       "{error}, at ({x_low}, {y_low}).").format(
            iteration=QLocale().toString(iteration), x=s.x_name, y=s.y_name, x_value=number(point[0], ".4g"),
            y_value=number(point[1], ".4g"), error=number(error, ".4g"), x_low=number(x, ".4g"), y_low=number(y, ".4g"))
        self.summary_label.setText(text)
        moved = abs(iteration - s.iteration)
        if moved >= max(RECOMPUTE_LEAST, RECOMPUTE_SHARE * max(iteration, s.iteration)) \
                and not self.thread.busy("surface"):
            self.recompute()

    def _run_reset(self) -> None:
        network = self.run.shown_network()
        self.controls.set_names([] if network is None else self.maths.weight_names(network))
        c = self.controls
        if network is not None and c.first_combo.currentText() == c.second_combo.currentText() \
                and c.second_combo.count() > 1:
            c.second_combo.setCurrentIndex(self.maths.default_second(c.second_combo.count(), network))
        self._range = None
        self.recompute()

    # ------------------------------------------------------------------ controls
    def _mode_changed(self) -> None:
        self.controls.update_for_mode()
        if self.mode() == INTERPOLATION:
            self.plot.show_ghosts({}, {})
        self.recompute()

    def _weights_changed(self) -> None:
        if self.mode() == EXACT:
            self.recompute()

    def _seed_changed(self) -> None:
        if self.mode() == DIRECTIONS:
            self.recompute()

    def _ghosts_toggled(self, on: bool) -> None:
        if on:
            self._submit_ghosts()
        else:
            self.plot.show_ghosts({}, {})

    def _sharpness_toggled(self, on: bool) -> None:
        self.sharpness.setVisible(on)
        if on:  # a third of the height: room for its legend at the presentation scale
            splitter = self.plot.parentWidget()
            total = sum(splitter.sizes())
            splitter.setSizes([total - total // 3, total // 3])
        if on:
            self._submit_sharpness()

    # ------------------------------------------------------------------ export
    def export(self, path: str | None = None, kind: str = "png") -> str | None:
        """Write the picture (``png``, ``svg``) or the numbers (``csv``); asks for a path when none is given."""
        return export_landscape(self, self.plot.currentWidget(), self.csv_text, path, kind)

    def csv_text(self) -> str:
        """The numbers drawn, as CSV (see :mod:`landscape_export`)."""
        about = self.title_label.text() + " · " + self.caption_label.text()
        if self.line is not None:
            return line_csv(self.line.t, self.line.errors, about)
        s = self.surface
        if s is None:
            raise ValueError(self.tr("Nothing is drawn yet."))
        return surface_csv(s.grid, s.a, s.b, s.x_name, s.y_name, about)

    # ------------------------------------------------------------------ scale, close
    def _apply_scale(self) -> None:
        s = self._scale
        self.plot.set_scale(s)
        self.sharpness.set_scale(s)
        caption = QFont(self.font())
        caption.setPointSizeF(CAPTION_PT * s)
        bold = QFont(caption)
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.caption_label.setFont(caption)
        self.summary_label.setFont(caption)
        controls = QFont(self.font())
        controls.setPointSizeF(CONTROLS_PT * s)
        for widget in [self.controls, *self.controls.findChildren(QWidget)]:
            widget.setFont(controls)
        # Two lines kept for the caption and the summary: a wrapped label told its new height only after the
        # window was laid out, and the second line was cut off at 1366x768 in presentation mode.
        for label in (self.caption_label, self.summary_label):
            margins = label.contentsMargins()
            label.setMinimumHeight(2 * QFontMetrics(caption).lineSpacing() + margins.top() + margins.bottom())
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.caption_label.setStyleSheet(f"color: {muted.name()}")

    def keyPressEvent(self, event) -> None:
        """+ and - zoom the surface, 0 shows the whole grid again (then Re-grid, Ctrl+R, computes the view)."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.plot.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.plot.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.plot.whole_grid()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._later.stop()
        self.thread.shutdown()  # no thread outlives a closed window (nor the app's quit)
        self._closed = True
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._closed:  # opened again: the run may have moved on while it was closed
            self._closed = False
            self.recompute()

    def shutdown(self) -> None:
        """Stop the worker thread (the window's owner calls it when the app quits)."""
        self.thread.shutdown()


def open_landscape(parent: QWidget, run, diagram=None, maths: LandscapeMaths | None = None) -> LandscapeWindow:
    """The landscape window of ``parent``'s run: made once (kept as a child named "landscapeWindow"), then
    shown again and raised. ``diagram`` (the network diagram) lets edge clicks choose the weights."""
    window = parent.findChild(LandscapeWindow, "landscapeWindow")
    if window is None:
        window = LandscapeWindow(run, parent, maths)
        if diagram is not None:
            window.listen_to_diagram(diagram)
    if window.isVisible():
        window.raise_()  # already open: bring it to the front
    window.show()
    return window


def shutdown_landscape(parent: QWidget) -> None:
    """Stop the worker thread of ``parent``'s landscape window, if it has one (its owner closing: a window
    closed with its parent gets no closeEvent, and a running QThread must not be destroyed)."""
    for window in parent.findChildren(LandscapeWindow):
        window.shutdown()


if __name__ == "__main__":  # python -m playground.ui.landscape.landscape_window: the notebook, trained here
    from playground.ui.preview import after_close, preview, sample_trained
    from playground.ui.run.run import Run

    def _sample() -> LandscapeWindow:
        run = Run()
        after_close(run.shutdown)
        run.restore(*sample_trained("notebook", 3000), table_name="notebook")
        window = LandscapeWindow(run)
        after_close(window.shutdown)
        return window

    preview(_sample, size=(1000, 720))

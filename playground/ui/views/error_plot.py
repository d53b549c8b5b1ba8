"""Live training-error curve: mean |error| against iteration, with faded previous runs.

A branch of the run tree (``Run.path()``) is drawn with its ancestors: each ancestor's curve up
to where the path leaves it, dashed and fainter, then the branch's own curve from the iteration
it started at. The ancestors are drawn again only when the path changes (a branch, Undo, Redo),
never per snapshot; runs from another root fade into the previous runs as before.

One ``pg.PlotDataItem`` per run; the training loop re-sends the (already
downsampled) current series ~30 times a second and we redraw it with ``setData``
(pyqtgraph's ``examples/PlotSpeedTest.py``). Nothing here does maths beyond
formatting numbers for display.

The panel is in eight modules: this one (the widget: its controls and look), the view range
(:mod:`~playground.ui.views.error_range`), the runs (:mod:`~playground.ui.views.error_curves`), the legend
(:mod:`~playground.ui.views.error_legend`), following a Run (:mod:`~playground.ui.views.error_follow`), the axes
(:mod:`~playground.ui.views.error_axes`), the row of controls (:mod:`~playground.ui.views.error_controls`) and the
read-out of the point under the mouse (:mod:`~playground.ui.views.error_hover`).
"""

import math
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QTextOption
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from playground.ui.kit.contrast import is_high_contrast, readable
from playground.ui.views.error_axes import ErrorAxis, FittedAxis, IterationAxis, error_plot_widget, format_iterations
from playground.ui.views.error_curves import (CURRENT_COLOUR, DEFAULT_RUN_LABEL, LIVE_POINTS_PER_PX, MAX_OVERLAYS,
                                        MAX_PREVIOUS_RUNS, PREVIOUS_COLOURS, TEST_COLOUR, PlotRun, RunCurves,
                                        describe_point, empty_text, format_duration, start_text)
from playground.ui.views.error_controls import ControlsFitting
from playground.ui.views.error_follow import FINISH_MS, LIVE_REFIT_S, RunFollowing
from playground.ui.views.error_hover import HoverReadout
from playground.ui.views.error_legend import LegendPlacement, RunSample
from playground.ui.views.error_range import RangeFitting
from playground.ui.kit.plot_description import empty_plot_text, error_plot_text
from playground.ui.kit.flow_layout import FlowLayout
from playground.ui.kit.line_breaks import bars_joined
from playground.ui.kit.run_starter import PLAY, STEP
from playground.ui.classroom.presentation import ScaledView, fit_controls
from playground.ui.kit.plain import escape

# What other modules import from here (the names lived here before the panel was split).
__all__ = ["CURRENT_COLOUR", "LIVE_REFIT_S", "MAX_OVERLAYS", "MAX_PREVIOUS_RUNS", "PREVIOUS_COLOURS", "TEST_COLOUR",
           "ErrorAxis", "ErrorPlot", "IterationAxis", "describe_point", "error_plot_widget", "format_duration",
           "format_iterations"]

# Base sizes, chosen to be read from the back of a classroom; set_scale multiplies them.
TICK_PT = 12.0
AXIS_LABEL_PT = 14.0
LEGEND_PT = 11.0
NOTE_PT = 11.0  # the error axis title's note while a lesson's question hides the error's numbers


class ErrorPlot(ControlsFitting, HoverReadout, RunFollowing, RangeFitting, LegendPlacement, RunCurves, ScaledView, QWidget):
    """The training-error panel: live current curve, faded previous runs, log toggle, hover read-out.

    The view follows the current run: its x range is the current run's, earlier runs
    of the same dataset (``group``) are faded overlays clipped to it, and runs of other
    datasets are kept but hidden until "All runs" is ticked.
    """

    fit_row = staticmethod(fit_controls)  # its row of controls at the projector (ControlsFitting)

    def __init__(self, parent: QWidget | None = None, *, fit_when_shown: bool = False) -> None:
        super().__init__(parent)
        self._fits_wait = fit_when_shown  # the axes fitted first when shown or exported (RangeFitting._fit_axes)
        self.setObjectName("errorPlot")
        self._scale = 1.0
        self._ratio_override: float | None = None  # a picture export's pixels per px
        self._log_scale = True
        self._show_all = False
        self._follow = True  # False once the user pans or zooms; a new run follows again
        self._setting_range = False
        self._previous: list[PlotRun] = []
        self._current: PlotRun | None = None
        self._ancestors: list[PlotRun] = []  # the branch on show's ancestors, root first
        self._root: str | None = None  # the root of the runs drawn as the current path
        self._branch_start = 0  # the iteration the current curve starts at (a branch's)
        self._path_data: tuple | None = None  # the whole path's curve: what fades when a new root starts
        self._runs_started = 0  # gives each run a stable hue, even after old ones are dropped
        self._legend_corner = "top right"
        self._legend_texts: list[str] = []
        self._legend_wanted = False  # some shown run has points
        self._run = None  # the Run listened to, if any
        self._mask = None  # a lesson's AnswerMask (follow_mask): while it hides the error, no numbers are said
        self._starter = None  # a lesson's RunStarter (follow_starter): the empty plot names the control it shows
        self._last_refresh = -math.inf  # time.monotonic() of the last full _refresh
        self._refit_timer = QTimer(self)  # the trailing exact refresh after live updates
        self._refit_timer.setSingleShot(True)
        self._refit_timer.timeout.connect(self._live_refit)
        self._stale = ""  # the axes ("x", "y") a live re-fit has not caught up with yet
        # A streamed snapshot's curve is drawn in an event-loop turn of its own (a zero timer), never
        # inside the snapshot's handling, and only the newest of those that came meanwhile.
        self._draw_timer = QTimer(self, singleShot=True, interval=0)
        self._draw_timer.timeout.connect(self._draw_live)
        # A run that stopped is fitted exactly in a turn of its own, a few ms on: after the timers due by then
        # (error_follow._run_state_changed)
        self._finish_timer = QTimer(self, singleShot=True, interval=FINISH_MS)
        self._finish_timer.timeout.connect(self.finish_live)
        self._pending: tuple | None = None  # (iterations, errors, test errors or None) not drawn yet
        self._reached: float | None = None  # the iteration the Run followed has reached
        self._live_fitted = False  # the view was last fitted by the live rules (error_range)
        self._last_axis = "y"  # the axis the last live re-fit moved

        self.plot_widget = error_plot_widget("errorPlotWidget", self.tr("Error plot"))
        item = self.plot_widget.getPlotItem()
        # PlotItem pushes these onto every curve it adds (per-curve options would be
        # overwritten): draw only the visible x range, and at most a few points per pixel,
        # keeping each pixel's min and max so noise spikes stay visible.
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        # Placed by _place_legend in the corner no curve passes through.
        self._legend = item.addLegend(offset=(-10, 10), sampleType=RunSample)
        # pyqtgraph keeps legends at screen size whatever the painter's scale, so a 2x PNG
        # had a 1x legend. Parented to the view box (pixel coordinates, never zoomed), the
        # legend needs no such protection.
        self._legend.setFlag(self._legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        # The current run's held-out (test) rows: a dashed curve beside the training curve.
        self._test_curve = pg.PlotDataItem(antialias=True, autoDownsampleFactor=LIVE_POINTS_PER_PX)
        self._test_curve.setObjectName("testCurve")
        self._test_curve.setZValue(11)
        self._test_curve.hide()  # on the plot only while the run has test rows (set_test_data)
        # The hovered point, drawn above the live curve it sits on.
        self._marker = pg.PlotDataItem(symbol="o", symbolSize=12, pen=None, antialias=True)
        self._marker.setZValue(20)
        item.addItem(self._marker, ignoreBounds=True)
        # The history scrubber's position: a vertical line at the iteration shown (hidden when live).
        self._cursor = pg.InfiniteLine(angle=90, movable=False)
        self._cursor.setZValue(15)
        self._cursor.hide()
        item.addItem(self._cursor, ignoreBounds=True)
        # Empty state: a sentence in the middle instead of an empty legend box.
        self._placeholder = pg.TextItem(bars_joined(empty_text()), anchor=(0.5, 0.5))  # '|error|' kept whole
        self._placeholder.setParentItem(item.getViewBox())
        self._placeholder.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        item.setLogMode(x=False, y=self._log_scale)
        item.getViewBox().disableAutoRange()
        item.getViewBox().sigRangeChangedManually.connect(self._stop_following)
        item.getViewBox().sigResized.connect(self._resized)

        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setChecked(self._log_scale)
        self.log_check.setToolTip(self.tr("Logarithmic error axis: the error usually falls over several decades"))
        self.log_check.toggled.connect(self.set_log_scale)

        self.all_check = QCheckBox(self.tr("All runs"))
        self.all_check.setObjectName("showAllRunsCheck")
        self.all_check.setToolTip(self.tr("Also show the runs on other tables, over the longest run's iterations. "
                                  "Off: the plot follows the current run, with earlier runs on the same table faded"))
        self.all_check.toggled.connect(self.set_show_all)

        self.clear_button = QPushButton(self.tr("Clear previous runs"))
        self.clear_button.setObjectName("clearRunsButton")
        self.clear_button.clicked.connect(self.clear_runs)

        self.hover_label = self._make_readout(self.tr("Point under the mouse"))  # over the plot (HoverReadout)

        self._controls = controls = FlowLayout(spacing=8)  # one line where it fits (ControlsFitting), else wraps
        controls.setContentsMargins(6, 0, 6, 0)
        controls.addWidget(self.log_check)
        controls.addWidget(self.all_check)
        controls.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(controls)

        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._apply_palette()
        self._apply_scale()
        self._refresh()
        self._describe(np.empty(0), np.empty(0))  # before any run: says so, never an empty description

    # ----- runs -------------------------------------------------------------

    def start_run(self, label: str, group: str = "") -> None:
        """Fade the current curve into the previous runs (if it has data) and start an empty one.

        ``label`` names the run's settings in the legend (the plot adds its iterations);
        ``group`` names its dataset: earlier runs of the same group are shown faded.
        """
        if self._current is not None:
            if self._has_data(self._current):
                self._fade(self._current)
                self._previous.append(self._current)
                while len(self._previous) > MAX_PREVIOUS_RUNS:
                    self._remove(self._previous.pop(0))
            else:
                self._remove(self._current)
            self._current = None
        self._current = self._new_current(label, group)
        self._follow = True
        self._clear_hover()
        self._refresh()

    def set_data(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """Replace the current curve's points (an already-downsampled series)."""
        x, y = self._put_data(iterations, errors)
        self._refresh()
        self._describe(x, y)

    def _put_data(self, iterations: np.ndarray, errors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x = np.asarray(iterations, dtype=float)
        y = np.asarray(errors, dtype=float)
        if x.shape != y.shape:
            raise ValueError(f"iterations and errors differ in shape: {x.shape} vs {y.shape}")
        if self._current is None:
            self._current = self._new_current(self.tr(DEFAULT_RUN_LABEL), "")
        # Zeros (a perfect fit) cannot go on a log axis: pyqtgraph maps them to NaN,
        # silently, and draws a gap. The raw values are kept for the read-out.
        self._current.curve.setData(x, y)
        return x, y

    def _describe(self, x: np.ndarray, y: np.ndarray) -> None:
        """The plot's text alternative for a screen reader: the run's error now, from where, rows right
        (the text is :mod:`playground.ui.kit.plot_description`'s)."""
        if self._mask is not None and (self._mask.hides("error") or self._mask.hides("outputs")):  # rows right
            self.plot_widget.setAccessibleDescription(self.tr(
                "Error plot: its numbers are hidden until you answer the lesson's question."))
            return
        text = error_plot_text(self._run, x, y)
        starter = self._starter.starter() if self._starter is not None else None
        if text == empty_plot_text() and starter in (STEP, PLAY):  # names the control on show, as the sentence does
            text = (self.tr("Error plot: no run yet. Press Step (F6) and the mean |error| of every iteration is "
                            "drawn here.") if starter == STEP else
                    self.tr("Error plot: no run yet. Press Play (Ctrl+Space) and the mean |error| of every "
                            "iteration is drawn here."))
        self.plot_widget.setAccessibleDescription(text)

    def follow_mask(self, mask) -> None:
        """Say and show no error numbers while ``mask`` (an AnswerMask) hides the error: a lesson's open question
        asks for them. The curves are still drawn (the student watches the error fall), on an error axis without
        tick numbers whose title says they are hidden; the hover read-out names the iteration alone, the
        description no number. Revealed, all of them come back at once."""
        self._mask = mask
        mask.changed.connect(self._mask_changed)
        self._mask_changed()

    def follow_starter(self, starter) -> None:
        """The empty plot's sentence names the control ``starter`` (a RunStarter) says starts a run: "Press Step"
        where a lesson's step shows Step and no Train."""
        self._starter = starter
        starter.changed.connect(self._starter_changed)
        self._starter_changed()

    def placeholder_text(self) -> str:
        """The sentence the plot shows while no run has points."""
        return self._placeholder.textItem.toPlainText()

    def _starter_changed(self) -> None:
        text = bars_joined(start_text(self._starter.starter()))  # '|error|' kept whole
        if self._placeholder.textItem.toPlainText() != text:
            self._placeholder.setText(text)
            self._place_overlays()
        self.describe()

    def error_hidden(self) -> bool:
        """Whether a lesson's open question hides the error's numbers now (follow_mask)."""
        return self._mask is not None and self._mask.hides("error")

    def _mask_changed(self) -> None:
        axis = self.plot_widget.getPlotItem().getAxis("left")
        hidden = self.error_hidden()
        if axis.numbers_shown() == hidden:
            axis.show_numbers(not hidden)
            self._set_axis_labels()
            self._fit_axes("y")  # the axis is narrower without its numbers: the curve gets the room
            self._place_overlays()
        self.describe()
        self._clear_hover()

    def describe(self) -> None:
        """Say the followed run's newest numbers (its end, which may come after the last curve drawn)."""
        self._describe(*self.current_data())

    def set_test_data(self, iterations: np.ndarray | None, errors: np.ndarray | None) -> None:
        """The current run's error on its held-out rows (a dashed curve), or None to hide it."""
        self._put_test_data(iterations, errors)
        self._refresh()

    def _put_test_data(self, iterations: np.ndarray | None, errors: np.ndarray | None) -> None:
        item = self.plot_widget.getPlotItem()
        on_plot = self._test_curve in item.listDataItems()
        if iterations is None or errors is None:
            self._test_curve.setData([], [])
            self._test_curve.hide()
            if on_plot:
                item.removeItem(self._test_curve)
        else:
            if not on_plot:
                item.addItem(self._test_curve, ignoreBounds=True)
            self._test_curve.setData(np.asarray(iterations, dtype=float), np.asarray(errors, dtype=float))
            self._test_curve.show()

    def test_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The test curve's (iterations, errors), empty when there is none."""
        x, y = self._test_curve.getOriginalDataset()
        if x is None or y is None or not self._test_curve.isVisible():
            return np.empty(0), np.empty(0)
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    # ----- view options -----------------------------------------------------

    def log_scale(self) -> bool:
        return self._log_scale

    def set_log_scale(self, on: bool) -> None:
        """Switch the error axis between logarithmic and linear; mirrored by the checkbox."""
        on = bool(on)
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)  # re-enters through toggled
            return
        if on == self._log_scale:
            return
        self._log_scale = on
        self.plot_widget.getPlotItem().setLogMode(x=False, y=on)
        self._clear_hover()
        self._refresh()

    def show_all(self) -> bool:
        return self._show_all

    def set_show_all(self, on: bool) -> None:
        """Show every kept run over the longest one's range (True), or follow the current run."""
        on = bool(on)
        if self.all_check.isChecked() != on:
            self.all_check.setChecked(on)
            return
        self._show_all = on
        self._follow = True
        self._clear_hover()
        self._refresh()

    @contextmanager
    def exporting(self, ratio: float):
        """While a picture is drawn at ``ratio`` pixels per px: lines as thick as on screen."""
        self._fits_wait = False  # a picture of a plot never shown: its axes fitted now
        self._ratio_override = float(ratio)
        self._apply_scale()
        try:
            yield self.plot_widget.getPlotItem()
        finally:
            self._ratio_override = None
            self._apply_scale()

    def set_cursor(self, iteration: float | None) -> None:
        """Mark an iteration with a vertical line (the history scrubber's position); None hides it."""
        if iteration is None:
            self._cursor.hide()
            return
        self._cursor.setValue(float(iteration))
        self._cursor.show()

    def cursor_iteration(self) -> float | None:
        return float(self._cursor.value()) if self._cursor.isVisible() else None

    def view_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """((x0, x1), (y0, y1)) shown, y in log10 units on the log scale."""
        (x0, x1), (y0, y1) = self.plot_widget.getPlotItem().getViewBox().viewRange()
        return (float(x0), float(x1)), (float(y0), float(y1))

    # ----- look -------------------------------------------------------------

    def high_contrast(self) -> bool:
        """Whether the widget's palette is high-contrast (see playground.ui.kit.contrast)."""
        return is_high_contrast(self.palette())

    def _shade(self, colour: str) -> QColor:
        """A curve colour; in a high-contrast palette, a shade readable on the plot's background."""
        return readable(colour, self._colours()[0]) if self.high_contrast() else QColor(colour)

    def current_colour(self) -> QColor:
        """The colour the current run's curve is drawn in (its pen's; before any run, the one it will get)."""
        if self._current is None:
            return self._shade(CURRENT_COLOUR)
        return QColor(pg.mkPen(self._current.curve.opts["pen"]).color())

    def background_colour(self) -> QColor:
        """The plot's background (the palette's Base)."""
        return QColor(self._colours()[0])

    def _colours(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)

    def _apply_palette(self) -> None:
        """Follow the widget palette so the plot suits light and dark desktops."""
        background, foreground = self._colours()
        self.plot_widget.setBackground(background)
        item = self.plot_widget.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(foreground, width=self.line_ratio()))
            axis.setTextPen(pg.mkPen(foreground))
        legend_background = QColor(background)
        legend_background.setAlpha(200)
        self._legend.setBrush(legend_background)
        border = QColor(foreground)
        border.setAlpha(60)
        self._legend.setPen(pg.mkPen(border))
        self._legend.setLabelTextColor(foreground)
        self._size_legend()
        muted = QColor(foreground)
        muted.setAlpha(160)
        self._placeholder.setColor(muted)
        self._marker.setSymbolBrush(self._shade(CURRENT_COLOUR))
        self._apply_marker_pen()
        self._set_axis_labels()
        for run in getattr(self, "_previous", []) + getattr(self, "_ancestors", []):  # shades follow the palette
            self._restyle(run, current=False)
        if getattr(self, "_current", None) is not None:
            self._restyle(self._current, current=True)

    def _apply_marker_pen(self) -> None:
        self._marker.setSymbolPen(pg.mkPen(self._colours()[1], width=2 * self._scale * self.line_ratio()))

    def _set_axis_labels(self) -> None:
        _, foreground = self._colours()
        style = {"color": foreground.name(), "font-size": f"{AXIS_LABEL_PT * self._scale:.0f}pt"}
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("iteration"), **style)
        title = escape(self.tr("mean |error|"))
        if self.error_hidden():  # the tick numbers are left out: the title says why (under it, nearer the ticks,
            # smaller: a long note would shrink the whole title in a short plot)
            title += (f"<br><span style='font-size: {NOTE_PT * self._scale:.0f}pt'>"
                      + escape(self.tr("(hidden until you answer)")) + "</span>")
        item.setLabel("left", title, **style)
        item.getAxis("left").center_label_lines()
        self._show_axis_titles()  # setLabel shows them again

    def _apply_scale(self) -> None:
        s = self._scale
        item = self.plot_widget.getPlotItem()
        # Room for the top tick label and the last x tick.
        item.setContentsMargins(4 * s, 10 * s, 14 * s, 4 * s)
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(TICK_PT * s)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=tick_font, tickTextOffset=int(round(6 * s)))
            axis.setPen(pg.mkPen(self._colours()[1], width=self.line_ratio()))
            axis.gap = FittedAxis.LABEL_GAP * s
        # the iteration axis's first and last ticks stand at its ends early in a run (0 and 1 after one Step):
        # pyqtgraph hid a text reaching past the axis by a pixel, so a step-by-step lesson showed no iteration
        item.getAxis("bottom").setStyle(hideOverlappingLabels=int(round(12 * s)))
        self._set_axis_labels()
        self._legend.setLabelTextSize(f"{LEGEND_PT * s:.0f}pt")
        self._marker.setSymbolSize(12 * s * self.line_ratio())
        self._apply_marker_pen()
        self._cursor.setPen(pg.mkPen(self._colours()[1], width=2 * s * self.line_ratio(),
                                     style=Qt.PenStyle.DashLine))
        for run in self._previous + self._ancestors:
            self._restyle(run, current=False)
        if self._current is not None:
            self._restyle(self._current, current=True)
        self._size_legend()
        placeholder_font = QFont(self.font())
        placeholder_font.setPointSizeF(LEGEND_PT * s)
        self._placeholder.setFont(placeholder_font)
        self._style_readout()  # the point under the mouse, read out over the plot at its full scale (HoverReadout)
        self._fit_controls()
        self._fit_axes()
        self._place_overlays()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.DevicePixelRatioChange:
            self._apply_scale()
        super().changeEvent(event)


if __name__ == "__main__":  # python -m playground.ui.views.error_plot
    from playground.ui.preview import listening, preview

    preview(listening(ErrorPlot), size=(800, 450))

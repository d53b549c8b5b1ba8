"""Live training-error curve: mean |error| against iteration, with faded previous runs.

A branch of the run tree (``Run.path()``) is drawn with its ancestors: each ancestor's curve up
to where the path leaves it, dashed and fainter, then the branch's own curve from the iteration
it started at. The ancestors are drawn again only when the path changes (a branch, Undo, Redo),
never per snapshot; runs from another root fade into the previous runs as before.

One ``pg.PlotDataItem`` per run; the training loop re-sends the (already
downsampled) current series ~30 times a second and we redraw it with ``setData``
(pyqtgraph's ``examples/PlotSpeedTest.py``). Nothing here does maths beyond
formatting numbers for display.
"""

import html
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QLabel, QPushButton, QVBoxLayout, QWidget

from playground.ui.contrast import is_high_contrast, readable
from playground.ui.flow_layout import FlowLayout
from playground.ui.language import number
from playground.ui.presentation import ScaledView

# Okabe-Ito colour-blind-safe palette. Vermillion marks the current run (it reads
# on white and on dark grey); previous runs cycle through the rest. Yellow is left
# out: faded, it vanishes on a white projector screen.
CURRENT_COLOUR = "#D55E00"
TEST_COLOUR = "#0072B2"  # the held-out rows' curve, dashed: blue beside the vermillion training curve
PREVIOUS_COLOURS = ("#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999")

MAX_PREVIOUS_RUNS = 8  # kept, over every table
MAX_OVERLAYS = 4  # earlier runs on the current table drawn (and listed in the legend) by default
DEFAULT_RUN_LABEL = QT_TRANSLATE_NOOP("ErrorPlot", "current run")  # translated where drawn
def empty_text() -> str:
    """What the empty plot says, in the interface language."""
    return QCoreApplication.translate("ErrorPlot", "Press Train: the mean |error| of every iteration is drawn here")
EMPTY_ITERATIONS = 1000.0  # x range before any run
MIN_LEGEND_SHRINK = 0.5
MIN_Y_SPAN = {True: 0.3, False: 0.05}  # log10 units / error units: a flat curve still gets room
# While a run streams snapshots (~30 a second) the view is re-fitted and the legend re-placed
# at most this often; in between only the curve's points and the live legend text change.
# Each live re-fit moves one axis, x and y in turn: an axis whose range changes is measured
# and drawn again (~3 ms each), and two in one frame made the longest pause of a run.
# The last snapshot is always followed by an exact refresh (timer, or the run stopping).
LIVE_REFIT_S = 0.2

# The live curve is drawn again with every snapshot, antialiased and 3 px wide: with peak
# downsampling (each bin's lowest and highest point) at one bin per two pixels instead of
# pyqtgraph's five points a pixel, a 1,875-point curve on a 460 px plot is drawn from ~460
# points, and a spike is still drawn. Stroking the 3 px line is most of the plot's frame:
# ~940 points (one bin a pixel) cost 3.8 ms a frame, ~460 cost 2.3 ms (same run, same data).
LIVE_POINTS_PER_PX = 0.5

# Base sizes, chosen to be read from the back of a classroom; set_scale multiplies them.
TICK_PT = 12.0
AXIS_LABEL_PT = 14.0
SHORT_PLOT_PX = 120  # a plot less tall than this (times the presentation scale) draws no axis titles
LEGEND_PT = 11.0
CONTROLS_PT = 12.0
CURRENT_WIDTH = 3.0
PREVIOUS_WIDTH = 2.0
PREVIOUS_ALPHA = 120  # of 255


def format_iterations(value: float) -> str:
    """Short SI-style tick text for an iteration count: 500, 2.5k, 100k, 1M, 1.5G."""
    magnitude = abs(value)
    for factor, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if magnitude >= factor:
            return f"{value / factor:.3g}{suffix}"
    return f"{value:.4g}"


def format_duration(seconds: float) -> str:
    """A time left as people say it: '<1 s', '45 s', '4 min 12 s', '14 min', '1 h 14 min', '2 d 3 h'."""
    if not math.isfinite(seconds) or seconds < 1:
        return "<1 s"
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 600:
        return f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    m = int(round(seconds / 60))
    if m < 60:
        return f"{m} min"
    if m < 24 * 60:
        return f"{m // 60} h {m % 60} min" if m % 60 else f"{m // 60} h"
    h = int(round(seconds / 3600))
    return f"{h // 24} d {h % 24} h" if h % 24 else f"{h // 24} d"


def describe_point(iteration: float, error: float) -> str:
    """The hover read-out text for one point: 'iteration 12,345   error 0.00500243'."""
    return QCoreApplication.translate("ErrorPlot", "iteration {number}   error {value}").format(
        number=QLocale().toString(int(round(iteration))), value=number(error, ".6g"))


class _FittedAxis(pg.AxisItem):
    """An axis that sizes itself so its label never overlaps its tick numbers.

    pyqtgraph reserves a fixed width or grows it only after the ticks were drawn once,
    and puts the label 5 px outside the axis, so wide ticks (0.005 at presentation
    scale) ran under the label. :meth:`fit` measures the tick texts of a range with
    the tick font and reserves the label's height plus a gap beside them.
    """

    LABEL_GAP = 4  # px at scale 1 between the label and the widest tick text

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.label.document().setDocumentMargin(0)  # its bounding rect is then the text's
        self.gap = float(self.LABEL_GAP)

    def tick_texts(self, lo: float, hi: float, length: float) -> list[str]:
        """Every tick text a range [lo, hi] (axis units) of ``length`` px would show."""
        texts = []
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or length <= 0:
            return texts
        for spacing, values in self.tickValues(lo, hi, length):
            texts += self.tickStrings(list(values), self.autoSIPrefixScale * self.scale, spacing or 1.0)
        return texts

    def label_rect(self) -> QRectF:
        """Where the label is drawn, in the axis's coordinates."""
        return self.label.mapRectToParent(self.label.boundingRect())

    def resizeEvent(self, ev=None):
        if self.label is None:  # closing
            return super().resizeEvent(ev)
        br = self.label.boundingRect()
        length, thickness = br.width() * self.label.scale(), br.height() * self.label.scale()
        if self.orientation == "left":  # rotated -90 degrees: its height is its width on screen
            self.label.setPos(QPointF(0, int(self.size().height() / 2 + length / 2)))
        elif self.orientation == "bottom":
            self.label.setPos(QPointF(int(self.size().width() / 2 - length / 2), self.size().height() - thickness))
        else:
            return super().resizeEvent(ev)
        self.picture = None

    def fit(self, lo: float, hi: float, length: float) -> None:
        """Reserve room for the label and every tick text of the range [lo, hi] (axis units)."""
        font = self.style["tickFont"] or QFont()
        metrics = QFontMetricsF(font)
        texts = self.tick_texts(lo, hi, length) or ["0"]
        label = self.label.boundingRect()
        # A label longer than a small plot's side is drawn smaller rather than cut off.
        shrink = min(1.0, 0.95 * length / label.width()) if label.width() > 0 and length > 0 else 1.0
        if self.label.scale() != shrink:
            self.label.setScale(shrink)
        thickness = label.height() * shrink
        ticks = max(0.0, float(self.style["tickLength"]))
        if self.orientation == "left":
            widest = max(metrics.boundingRect(QRectF(0, 0, 1000, 100), Qt.AlignmentFlag.AlignCenter, t).width()
                         for t in texts)
            need = math.ceil(thickness + self.gap + widest + self.style["tickTextOffset"][0] + ticks + 1)
            if self.fixedWidth != need:
                self.setWidth(need)
        elif self.orientation == "bottom":
            tall = metrics.boundingRect(QRectF(0, 0, 1000, 100), Qt.AlignmentFlag.AlignCenter, "0").height() * 0.8
            need = math.ceil(thickness + self.gap + tall + self.style["tickTextOffset"][1] + ticks + 1)
            if self.fixedHeight != need:
                self.setHeight(need)
        self.resizeEvent()


class IterationAxis(_FittedAxis):
    """Bottom axis with '100k', '1M' ticks instead of pyqtgraph's '(x1e+06)' label suffix."""

    def tickStrings(self, values, scale, spacing):
        return [format_iterations(v * scale) for v in values]


class ErrorAxis(_FittedAxis):
    """Left axis whose log ticks read 0.5, 0.2, 0.1, 0.05 ... rather than bare powers of ten."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        # Values here are log10(error). Decades are labelled; when the view spans only a
        # few decades the 2× and 5× steps are labelled too, the rest are unlabelled minor ticks.
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal - minVal > 6:
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        decades, halves, minor = [], [], []
        for v in range(int(math.floor(minVal)), int(math.ceil(maxVal)) + 1):
            for m in range(1, 10):
                t = v + math.log10(m)
                if minVal <= t <= maxVal:
                    (decades if m == 1 else halves if m in (2, 5) else minor).append(t)
        return [(1.0, decades), (None, halves), (None, minor)]

    def logTickStrings(self, values, scale, spacing):
        strings = super().logTickStrings(values, scale, spacing)
        out = []
        for v, fallback in zip(values, strings):
            real = 10.0 ** float(v) * scale
            plain = f"{real:.1g}"
            out.append(plain if 1e-4 <= real < 1e5 and "e" not in plain else fallback)
        return out


class RunSample(pg.ItemSample):
    """Legend swatch drawn opaque and at least 3 px thick, so faded runs stay identifiable."""

    def __init__(self, item):
        super().__init__(item)
        self.set_size(20.0)

    def set_size(self, size: float) -> None:
        """Side of the swatch in px (it grows with the legend's text)."""
        self._size = float(size)
        self.setFixedWidth(self._size)
        self.setFixedHeight(self._size)

    def boundingRect(self):
        return QRectF(0, 0, self._size, self._size)

    def paint(self, p, *args):
        if not self.item.isVisible():
            return super().paint(p, *args)  # pyqtgraph's "hidden" eye icon
        pen = QPen(pg.mkPen(self.item.opts["pen"]))
        colour = pen.color()
        colour.setAlpha(255)
        pen.setColor(colour)
        pen.setWidthF(max(pen.widthF(), 3.0 * self._size / 20))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(pen)
        y = self._size * 0.55
        p.drawLine(QPointF(self._size * 0.05, y), QPointF(self._size * 0.95, y))


@dataclass
class _Run:
    label: str
    group: str
    number: int  # 1, 2, 3 ... in the order the runs started: names twins apart in the legend
    curve: pg.PlotDataItem
    colour: str
    ancestor: bool = False  # an ancestor of the branch on show (dashed, up to where the branch left it)
    text: str = ""  # the legend's text when it never changes (an ancestor's)
    root: str | None = None  # the root of the run tree it belongs to (None: not in a tree)


def _legend_corners(width: float, height: float, w: float, h: float, margin: float) -> list[tuple[str, QRectF]]:
    """Candidate legend rectangles inside a width x height box, in the order they are preferred.

    Error curves start high on the left and end low on the right, so the top right and
    the bottom left are usually empty.
    """
    right, bottom = width - w - margin, height - h - margin
    return [("top right", QRectF(right, margin, w, h)), ("bottom left", QRectF(margin, bottom, w, h)),
            ("top left", QRectF(margin, margin, w, h)), ("bottom right", QRectF(right, bottom, w, h))]


def error_plot_widget(name: str, accessible_name: str) -> pg.PlotWidget:
    """A plot of error against iteration: the app's axes, a light grid, no pyqtgraph menu or buttons."""
    widget = pg.PlotWidget(axisItems={"bottom": IterationAxis("bottom"), "left": ErrorAxis("left")})
    widget.setObjectName(name)
    widget.setAccessibleName(accessible_name)
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=True, y=True, alpha=0.15)
    # The axes draw the grid across the whole plot: ~2.5 ms a frame while a run streams
    # snapshots (~30 a second). They change only when the range does (a few times a
    # second at most), so Qt keeps each as a pixmap in device pixels and blits it.
    for name in ("left", "bottom"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return widget


class ErrorPlot(ScaledView, QWidget):
    """The training-error panel: live current curve, faded previous runs, log toggle, hover read-out.

    The view follows the current run: its x range is the current run's, earlier runs
    of the same dataset (``group``) are faded overlays clipped to it, and runs of other
    datasets are kept but hidden until "All runs" is ticked.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPlot")
        self._scale = 1.0
        self._ratio_override: float | None = None  # a picture export's pixels per px
        self._log_scale = True
        self._show_all = False
        self._follow = True  # False once the user pans or zooms; a new run follows again
        self._setting_range = False
        self._previous: list[_Run] = []
        self._current: _Run | None = None
        self._ancestors: list[_Run] = []  # the branch on show's ancestors, root first
        self._root: str | None = None  # the root of the runs drawn as the current path
        self._branch_start = 0  # the iteration the current curve starts at (a branch's)
        self._path_data: tuple | None = None  # the whole path's curve: what fades when a new root starts
        self._runs_started = 0  # gives each run a stable hue, even after old ones are dropped
        self._legend_corner = "top right"
        self._legend_texts: list[str] = []
        self._legend_wanted = False  # some shown run has points
        self._run = None  # the Run listened to, if any
        self._last_refresh = -math.inf  # time.monotonic() of the last full _refresh
        self._refit_timer = QTimer(self)  # the trailing exact refresh after live updates
        self._refit_timer.setSingleShot(True)
        self._refit_timer.timeout.connect(self._live_refit)
        self._stale = ""  # the axes ("x", "y") a live re-fit has not caught up with yet
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
        self._placeholder = pg.TextItem(empty_text(), anchor=(0.5, 0.5))
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

        self.hover_label = QLabel("")
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setAccessibleName(self.tr("Point under the mouse"))
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = FlowLayout(spacing=8)  # wraps in a narrow pane (presentation mode at 1280 pixels)
        controls.setContentsMargins(6, 0, 6, 0)
        controls.addWidget(self.log_check)
        controls.addWidget(self.all_check)
        controls.addWidget(self.clear_button)
        controls.addWidget(self.hover_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(controls)

        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._apply_palette()
        self._apply_scale()
        self._refresh()

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

    def set_live_data(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """Like :meth:`set_data`, for a run that streams snapshots: cheap per call.

        The curve's points and the live legend entry's text change at once; the view's
        range, the axes and the legend's corner follow at most every ``LIVE_REFIT_S``
        seconds, always in an event-loop turn of their own (a single-shot timer), and
        exactly after the last call (that timer, or :meth:`finish_live` when the run stops).
        """
        x, y = self._put_data(iterations, errors)
        self._update_legend(self._shown())
        self._describe(x, y)
        self._stale = "xy"
        # The re-fit (an axis and its grid drawn afresh: the longest thing the plot does) runs in an event-loop
        # turn of its own, never inside the snapshot's handling: on a busy machine the two together made the
        # window's longest pauses (benchmarks/gui_training.py --busy).
        wait = self._last_refresh + LIVE_REFIT_S - time.monotonic()
        if not self._refit_timer.isActive():
            self._refit_timer.start(max(1, int(wait * 1000)))

    def _live_refit(self) -> None:
        """Re-fit one axis (x and y in turn); the other follows LIVE_REFIT_S later, snapshots or not."""
        axis = self._stale if len(self._stale) == 1 else "x" if self._last_axis == "y" else "y"
        self._refresh(axes=axis)
        self._last_axis = axis
        self._stale = self._stale.replace(axis, "")
        if self._stale:
            self._refit_timer.start(int(LIVE_REFIT_S * 1000))

    def finish_live(self) -> None:
        """The stream stopped: do a pending refresh now rather than on the timer."""
        if self._refit_timer.isActive() or self._stale:
            self._refresh()

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
        """The plot's text alternative for a screen reader: where the curve is now and where it goes."""
        if not len(y):
            self.plot_widget.setAccessibleDescription(empty_text())
            return
        trend = self.tr("falling") if len(y) > 1 and y[-1] < y[0] else self.tr("not falling")
        self.plot_widget.setAccessibleDescription(
            self.tr("Iteration {number}: mean |error| {value}, {trend} since the start of the run").format(
                number=QLocale().toString(int(x[-1])), value=number(y[-1], ".6g"), trend=trend))

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

    def clear_runs(self) -> None:
        """Remove every previous run; the current curve stays."""
        for run in self._previous:
            self._remove(run)
        self._previous.clear()
        self._clear_hover()
        self._follow = True
        self._refresh()

    def drop_copies_of_current(self) -> None:
        """Remove previous runs that are exact copies of the current one (same label, same points):
        reopening a document just trained shows its curve once."""
        if self._current is None:
            return
        x, y = self.current_data()
        for run in list(self._previous):
            px, py = self._data(run)
            if run.label == self._current.label and np.array_equal(px, x) and np.array_equal(py, y):
                self._previous.remove(run)
                self._remove(run)
        self._refresh()

    def runs(self) -> list[str]:
        """Run labels of every kept run: previous runs (oldest first), then the current run."""
        return [run.label for run in self._all_runs()]

    def shown_runs(self) -> list[str]:
        """Labels of the runs drawn now, in legend order (the current run last)."""
        return [run.label for run in self._shown()]

    def legend_texts(self) -> list[str]:
        """The legend's entries as plain text, in order."""
        return list(self._legend_texts)

    def current_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The current curve's (iterations, errors), empty arrays if there is none."""
        if self._current is None:
            return np.empty(0), np.empty(0)
        return self._data(self._current)

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.Run`: a reset starts an empty current curve (the one
        before fades into the previous runs), new points redraw it, a reopened run is shown once, and
        looking back in History puts a cursor at the iteration shown."""
        self._run = run
        run.reset.connect(self._run_reset)
        run.changed.connect(self._run_changed)
        run.shownChanged.connect(self._shown_changed)
        run.stateChanged.connect(self._run_state_changed)

    def _run_reset(self) -> None:
        run = self._run
        root = getattr(run, "root_id", None)
        if root is not None and root == self._root and self._current is not None:
            self._set_path()  # a branch of the runs on show, or Undo / Redo to one: the same path
        else:
            if self._current is not None and self._path_data is not None and len(self._path_data[0]):
                self._current.curve.setData(*self._path_data)  # the whole path fades as one run
                self._current.root = self._root
            self._clear_ancestors()
            self._path_data = None
            self._branch_start = 0
            self.start_run(run.label or self.tr(DEFAULT_RUN_LABEL), run.group)
            self._root = root
            if root is not None:
                for faded in [r for r in self._previous if r.root == root]:  # back to runs faded before
                    self._previous.remove(faded)
                    self._remove(faded)
                self._set_path()
        self.set_test_data(None, None)
        self.set_cursor(None)

    def _set_path(self) -> None:
        """Draw the ancestors of the branch on show (each up to where the path leaves it) and name it."""
        from playground.ui.branches import branched_text
        from playground.ui.run import run_label

        run = self._run
        path = run.path()
        self._clear_ancestors()
        for record, after in zip(path, path[1:]):
            part = record.curve.upto(after.branched_at - 1)
            if not len(part):
                continue
            # the root named as a run is; a branch by where and what changed (its settings are the root's
            # but for that change)
            label = (run_label(record.settings, run.table_name) if record.parent is None
                     else branched_text(record.branched_at, run.change_text(record)))
            curve = pg.PlotDataItem(antialias=True)
            curve.setZValue(5)  # under the live curve, over the faded runs
            self.plot_widget.getPlotItem().addItem(curve, ignoreBounds=True)
            curve.setData(np.asarray(part.iterations, dtype=float), np.asarray(part.errors, dtype=float))
            ancestor = _Run(label=label, group=self._current.group, number=self._current.number, curve=curve,
                            colour=CURRENT_COLOUR, ancestor=True)
            ancestor.text = self.tr("{label} · {iterations} iterations").format(  # up to where the path left it
                label=label, iterations=format_iterations(after.branched_at))
            curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # still between path changes
            self._restyle(ancestor, current=False)
            self._ancestors.append(ancestor)
        self._branch_start = run.branch_start
        label = run.label or self.tr(DEFAULT_RUN_LABEL)
        if path and path[-1].parent is not None:
            label = branched_text(path[-1].branched_at, run.change_text(path[-1]))
        self._current.label = label
        self._current.group = str(run.group)
        self._follow = True
        self._refresh()

    def _clear_ancestors(self) -> None:
        for run in self._ancestors:
            self._remove(run)
        self._ancestors.clear()

    def ancestor_runs(self) -> list[str]:
        """Labels of the ancestors drawn for the branch on show, root first."""
        return [run.label for run in self._ancestors]

    def ancestor_data(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The ancestors' curves as drawn, root first."""
        return [self._data(run) for run in self._ancestors]

    def _run_changed(self, snapshot) -> None:
        run = self._run
        if self._root is None:
            self._root = getattr(run, "root_id", None)  # the first job of a new root
        self._path_data = x, y = run.curve
        test = getattr(snapshot, "curve_test", None)
        has_test = test is not None and len(test) == len(x)
        if self._branch_start:  # a branch: its own curve from where it started (the ancestors are drawn)
            i = int(np.searchsorted(x, self._branch_start))
            x, y = x[i:], y[i:]
            test = test[i:] if has_test else test
        if run.running:  # a snapshot of many: cheap now, exact within LIVE_REFIT_S
            if has_test:
                self._put_test_data(x, test)
            self.set_live_data(x, y)
            return
        self.set_data(x, y)
        if has_test:
            self.set_test_data(x, test)
        if not self._run.running and self._run.last is not None and self._run.last.status is None:
            self.drop_copies_of_current()  # a reopened document's curve, maybe just trained or opened

    def _run_state_changed(self, _state) -> None:
        if not self._run.running:
            self.finish_live()  # the final snapshot came while still running: fit it exactly now

    def _shown_changed(self) -> None:
        run = self._run
        self.set_cursor(run.shown_iteration() if run.looking_back() else None)

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

    # ----- hover read-out ---------------------------------------------------

    def describe_at(self, x: float) -> str | None:
        """Read-out text for the point nearest to view x on the current curve (or the latest run)."""
        point = self._nearest_point(x)
        if point is None:
            return None
        return describe_point(*point)

    def _nearest_point(self, x: float) -> tuple[float, float] | None:
        if not math.isfinite(x):
            return None
        runs = self._shown()[::-1]  # the current run first; a branch's ancestor where the branch has no points
        covering = [r for r in runs if len(self._data(r)[0]) and np.nanmin(self._data(r)[0]) <= x]
        for run in covering[:1] + runs:
            xs, ys = self._data(run)
            if len(xs) == 0:
                continue
            distance = np.abs(xs - x)
            if not np.isfinite(distance).any():
                continue
            i = int(np.nanargmin(distance))
            return float(xs[i]), float(ys[i])
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view_box = self.plot_widget.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            self._clear_hover()
            return
        x = view_box.mapSceneToView(scene_pos).x()
        point = self._nearest_point(x)
        if point is None:
            self._clear_hover()
            return
        self.hover_label.setText(describe_point(*point))
        self._marker.setData([point[0]], [point[1]])

    def _clear_hover(self) -> None:
        self.hover_label.setText("")
        self._marker.setData([], [])

    # ----- which runs, what range -------------------------------------------

    def _all_runs(self) -> list[_Run]:
        return self._previous + ([self._current] if self._current is not None else [])

    def _shown(self) -> list[_Run]:
        """The runs drawn: all of them, or the current one (with its ancestors) and the latest earlier
        runs on its table."""
        if self._show_all or self._current is None:
            return self._previous + self._ancestors + ([self._current] if self._current is not None else [])
        same = [r for r in self._previous if r.group == self._current.group]
        return same[-MAX_OVERLAYS:] + self._ancestors + [self._current]

    def _refresh(self, axes: str = "xy") -> None:
        """Show the right runs, name them, and fit the view to them (after every change); a live re-fit
        fits only ``axes``."""
        self._refit_timer.stop()
        if axes == "xy":
            self._stale = ""
        self._last_refresh = time.monotonic()
        shown = self._shown()
        shown_ids = {id(r) for r in shown}
        for run in self._all_runs():
            run.curve.setVisible(id(run) in shown_ids)
        self._update_legend(shown)
        if self._follow:
            self._fit_range(shown, axes=axes)
        if axes != "x":  # a live re-fit of x alone leaves the legend's corner to the next one (y)
            self._place_overlays()

    def _x_end(self, shown: list[_Run]) -> float | None:
        """The last iteration the view must show."""
        runs = shown if self._show_all else self._ancestors + [self._current] if self._current is not None else []
        ends = [float(np.nanmax(x)) for x, _ in map(self._data, runs) if len(x) and np.isfinite(x).any()]
        if not ends and not self._show_all:  # a run just started: its table's earlier runs, if any
            ends = [float(np.nanmax(x)) for x, _ in map(self._data, shown) if len(x) and np.isfinite(x).any()]
        return max(ends) if ends else None

    def _fit_range(self, shown: list[_Run], headroom: float = 0.0, axes: str = "xy") -> None:
        """Fit the view to the shown runs; ``headroom`` px above the highest curve stay empty (legend);
        only the ``axes`` named ("x", "y" or both) move."""
        x_end = self._x_end(shown)
        ys = []
        if x_end is not None:
            for x, y in [self._data(run) for run in shown] + [self.test_data()]:
                keep = (x <= x_end) & np.isfinite(y) & (y > 0 if self._log_scale else np.isfinite(y))
                ys.append(y[keep])
        y = np.concatenate(ys) if ys else np.empty(0)
        if x_end is None or y.size == 0:  # nothing yet: iterations from 0, an error between 0 and 1
            x_range = (0.0, float(x_end) if x_end else EMPTY_ITERATIONS)
            y_range = (-3.0, 0.0) if self._log_scale else (0.0, 1.0)
        else:
            x_range = (0.0, max(float(x_end), 1.0))
            if self._log_scale:
                lo, hi = math.log10(float(y.min())), math.log10(float(y.max()))
            else:
                lo, hi = 0.0, float(y.max())
            if hi - lo < MIN_Y_SPAN[self._log_scale]:  # a flat curve: a little room above and below
                middle = (hi + lo) / 2
                lo, hi = middle - MIN_Y_SPAN[self._log_scale] / 2, middle + MIN_Y_SPAN[self._log_scale] / 2
                if not self._log_scale:
                    lo = max(lo, 0.0)
            pad = 0.04 * (hi - lo)
            y_range = (lo - (pad if self._log_scale else 0.0), hi + pad)
        view_box = self.plot_widget.getPlotItem().getViewBox()
        height = view_box.height()
        if headroom > 0 and height > 2 * headroom:
            extra = (y_range[1] - y_range[0]) * headroom / (height - headroom)
            # On the log axis the band goes below the lowest error (above would show errors
            # over 1, which cannot happen); on the linear axis above the highest (not below 0).
            y_range = (y_range[0] - extra, y_range[1]) if self._log_scale else (y_range[0], y_range[1] + extra)
        pad_x = 0.01 * (x_range[1] - x_range[0])
        x_range = (x_range[0], x_range[1] + pad_x)
        now_x, now_y = view_box.viewRange()
        self._setting_range = True
        try:
            view_box.setRange(xRange=x_range if "x" in axes else now_x, yRange=y_range if "y" in axes else now_y,
                              padding=0)
        finally:
            self._setting_range = False
        self._fit_axes(axes)

    def _resized(self, *_) -> None:
        self._show_axis_titles()
        self._fit_axes()  # a taller view can show more (and longer) tick numbers
        self._place_overlays()

    def _show_axis_titles(self) -> None:
        """The axis titles, unless the plot is a short strip (above the inspector in presentation
        mode): there they were cut in half and took the curve's height; the ticks stay."""
        short = self.plot_widget.height() < SHORT_PLOT_PX * self._scale
        item = self.plot_widget.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            if axis.label.isVisible() == short:
                axis.showLabel(not short)

    def _stop_following(self, *_) -> None:
        if not self._setting_range:
            self._follow = False  # the user panned or zoomed: leave the view where they put it

    def _fit_axes(self, axes: str = "xy") -> None:
        """Room for the tick texts of the axes named ("x": bottom, "y": left)."""
        item = self.plot_widget.getPlotItem()
        view_box = item.getViewBox()
        (x0, x1), (y0, y1) = view_box.viewRange()
        height = max(view_box.height(), 100.0)
        width = max(view_box.width(), 100.0)
        if "y" in axes:
            item.getAxis("left").fit(y0, y1, height)
        if "x" in axes:
            item.getAxis("bottom").fit(x0, x1, width)
        item.layout.activate()  # now, not at the next event: pictures and tests see the fitted axes

    # ----- legend -----------------------------------------------------------

    def _legend_text(self, run: _Run) -> str:
        if run.text:
            return run.text
        x, _ = self._data(run)
        if len(x) == 0 or not np.isfinite(x).any():
            return run.label
        done = int(round(float(np.nanmax(x))))
        return self.tr("{label} · {iterations} iterations").format(label=run.label, iterations=format_iterations(done))

    def _update_legend(self, shown: list[_Run]) -> None:
        texts = [self._legend_text(r) for r in shown]
        # Two runs with the same table, settings and length: their numbers tell them apart.
        texts = [f"{t} · run {r.number}" if texts.count(t) > 1 else t for t, r in zip(texts, shown)]
        current = [(id(sample.item), label.text) for sample, label in self._legend.items
                   if sample.item is not self._test_curve]  # the runs' entries come first
        wanted = [(id(r.curve), html.escape(t)) for r, t in zip(shown, texts)]
        self._legend_texts = texts
        if [key for key, _ in current] == [key for key, _ in wanted] and current != wanted:
            # The same runs, new text (the live run's iterations): relabel in place. Rebuilding
            # ~30 times a second cost most of the UI thread's time while training.
            resized = False
            for (sample, label), (_, text) in zip(self._legend.items, wanted):
                if label.text != text:
                    size = label.item.boundingRect().size()  # the text's own rectangle, updated at once
                    label.setText(text)  # keeps its bold and size options
                    resized |= label.item.boundingRect().size() != size
            if resized:  # "12.3k" -> "12.4k" keeps the width (digits are equally wide): no new layout
                self._legend.updateSize()
                self._fit_legend()
        elif current != wanted:
            self._legend.clear()
            for run, text in zip(shown, texts):
                self._legend.addItem(run.curve, html.escape(text))
                if run is self._current:
                    self._set_legend_bold(run, True)  # the live run stands out in the legend
            self._size_legend()
        has_test = self._test_curve.isVisible()
        if has_test != any(sample.item is self._test_curve for sample, _ in self._legend.items):
            if has_test:
                self._legend.addItem(self._test_curve, self.tr("test rows (held out)"))
            else:
                self._legend.removeItem(self._test_curve)
            self._size_legend()
        self._legend_wanted = bool(shown) and any(self._has_data(r) for r in shown)
        self._legend.setVisible(self._legend_wanted)

    def _size_legend(self) -> None:
        for sample, label in self._legend.items:
            if isinstance(sample, RunSample):
                sample.set_size(20.0 * self._scale)
            label.setText(label.text)  # LegendItem.setLabelTextSize/Color only change stored options
        self._legend.layout.setHorizontalSpacing(4 * self._scale)
        self._legend.updateSize()
        self._fit_legend()

    def _fit_legend(self) -> None:
        """A legend wider than a small plot is drawn smaller (down to half size) rather than cut off."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        room = view_box.width() - 16 * self._scale
        width = self._legend.boundingRect().width()
        shrink = max(MIN_LEGEND_SHRINK, min(1.0, room / width)) if width > 0 and room > 0 else 1.0
        if self._legend.scale() != shrink:
            self._legend.setScale(shrink)

    def legend_rect(self) -> QRectF:
        """The legend's rectangle in the view box's pixel coordinates."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        return self._legend.mapRectToItem(view_box, self._legend.boundingRect())

    def curve_pixels(self) -> list[np.ndarray]:
        """Every shown curve as (N, 2) points in the view box's pixels, densely sampled along x."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = view_box.viewRange()
        w, h = view_box.width(), view_box.height()
        if x1 <= x0 or y1 <= y0:
            return []
        out = []
        curves = [run.curve for run in self._shown()] + ([self._test_curve] if self._test_curve.isVisible() else [])
        for curve in curves:
            x, y = curve.getData()  # as drawn: log10 applied
            if x is None or len(x) == 0:
                continue
            x, y = np.asarray(x, float), np.asarray(y, float)
            ok = np.isfinite(x) & np.isfinite(y)
            x, y = x[ok], y[ok]
            if x.size == 0:
                continue
            grid = np.linspace(max(x0, x.min()), min(x1, x.max()), 400)
            gy = np.interp(grid, x, y) if x.size > 1 else np.full(grid.shape, y[0])
            out.append(np.column_stack([(grid - x0) / (x1 - x0) * w, (y1 - gy) / (y1 - y0) * h]))
        return out

    def _place_legend(self) -> None:
        if not self._legend_wanted:
            return
        view_box = self.plot_widget.getPlotItem().getViewBox()
        self._fit_legend()
        rect = self._legend.mapRectToItem(view_box, self._legend.boundingRect())
        margin = 8.0 * self._scale
        # A plot squeezed to a strip (the inspector open on a small screen) has no room for a
        # legend that covers no curve: leave it out there (the window names the run elsewhere).
        room = view_box.height() > 2 * (rect.height() + 2 * margin)
        self._legend.setVisible(room)
        if not room:
            return
        corners = _legend_corners(view_box.width(), view_box.height(), rect.width(), rect.height(), margin)
        points = self.curve_pixels()

        def covered(r: QRectF) -> int:
            grown = r.adjusted(-3, -3, 3, 3)
            return sum(int(((p[:, 0] >= grown.left()) & (p[:, 0] <= grown.right()) & (p[:, 1] >= grown.top())
                            & (p[:, 1] <= grown.bottom())).sum()) for p in points)

        counts = {name: covered(r) for name, r in corners}
        if counts.get(self._legend_corner, 1) == 0:
            best = self._legend_corner  # still free: it does not jump around while the curve moves
        elif min(counts.values()) == 0:
            best = next(name for name, _ in corners if counts[name] == 0)
        else:
            # Every corner has a curve in it: make an empty band below (log) or above the curves.
            best = "bottom left" if self._log_scale else "top right"
            if self._follow:
                self._fit_range(self._shown(), headroom=rect.height() + 2 * margin)
        self._legend_corner = best
        anchor = {"top right": (1, 0), "bottom left": (0, 1), "top left": (0, 0), "bottom right": (1, 1)}[best]
        offset = (margin if anchor[0] == 0 else -margin, margin if anchor[1] == 0 else -margin)
        self._legend.anchor(itemPos=anchor, parentPos=anchor, offset=offset)

    def empty_text_shown(self) -> bool:
        """Whether the empty-state sentence is drawn (no run has points yet)."""
        return self._placeholder.isVisible()

    def empty_text_span(self) -> tuple[float, float]:
        """Left and right end of the empty-state sentence, in pixels of the plot's view box."""
        rect = self._placeholder.mapRectToParent(self._placeholder.boundingRect())
        return rect.left(), rect.right()

    def legend_corner(self) -> str:
        return self._legend_corner

    def _place_overlays(self, *_) -> None:
        """Legend away from the curves; the empty-state sentence in the middle."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        empty = not any(self._has_data(r) for r in self._shown())
        self._placeholder.setVisible(empty)
        if empty:
            # One line where it fits; wrapped to the plot's width where not (presentation mode at 1366x768)
            room = max(view_box.width() - 16, 40.0)
            self._placeholder.setTextWidth(-1)
            if self._placeholder.textItem.document().idealWidth() > room:
                self._placeholder.setTextWidth(room)
            self._placeholder.setPos(view_box.width() / 2, view_box.height() / 2)
        self._place_legend()

    # ----- curves -----------------------------------------------------------

    @staticmethod
    def _data(run: _Run) -> tuple[np.ndarray, np.ndarray]:
        x, y = run.curve.getOriginalDataset()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def _new_current(self, label: str, group: str) -> _Run:
        colour = CURRENT_COLOUR
        curve = pg.PlotDataItem(antialias=True, autoDownsampleFactor=LIVE_POINTS_PER_PX)
        curve.setZValue(10)  # the live curve is drawn over the faded runs
        self.plot_widget.getPlotItem().addItem(curve, ignoreBounds=True)
        self._runs_started += 1
        run = _Run(label=label, group=str(group), number=self._runs_started, curve=curve, colour=colour)
        self._restyle(run, current=True)
        return run

    def _fade(self, run: _Run) -> None:
        index = (run.number - 1) % len(PREVIOUS_COLOURS)
        run.colour = PREVIOUS_COLOURS[index]
        run.curve.setZValue(0)
        # A finished run's curve changes only with the view's range: cached as a pixmap, it costs a
        # blit per frame instead of an antialiased path (~1.2 ms each, up to MAX_OVERLAYS shown).
        run.curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._restyle(run, current=False)

    def _restyle(self, run: _Run, current: bool) -> None:
        ratio = self._scale * self.line_ratio()
        if current:
            pen = pg.mkPen(self._shade(run.colour), width=CURRENT_WIDTH * ratio)
            self._test_curve.setPen(pg.mkPen(self._shade(TEST_COLOUR), width=CURRENT_WIDTH * ratio,
                                             style=Qt.PenStyle.DashLine))
        else:
            colour = self._shade(run.colour)
            if not self.high_contrast():
                colour.setAlpha(PREVIOUS_ALPHA)
            pen = pg.mkPen(colour, width=PREVIOUS_WIDTH * ratio,
                           style=Qt.PenStyle.DashLine if run.ancestor else Qt.PenStyle.SolidLine)
        run.curve.setPen(pen)

    def _remove(self, run: _Run) -> None:
        self.plot_widget.getPlotItem().removeItem(run.curve)  # also drops its legend entry

    def _legend_label(self, run: _Run) -> pg.LabelItem:
        for sample, label in self._legend.items:
            if sample.item is run.curve:
                return label
        raise LookupError(run.label)

    def _set_legend_bold(self, run: _Run, bold: bool) -> None:
        label = self._legend_label(run)
        label.setAttr("bold", bold)
        label.setText(label.text)  # LabelItem.setAttr alone does not re-render
        self._legend.updateSize()

    @staticmethod
    def _has_data(run: _Run) -> bool:
        xs, _ = run.curve.getOriginalDataset()
        return xs is not None and len(xs) > 0

    # ----- look -------------------------------------------------------------

    def high_contrast(self) -> bool:
        """Whether the widget's palette is high-contrast (see playground.ui.contrast)."""
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
        item.setLabel("left", self.tr("mean |error|"), **style)
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
            axis.gap = _FittedAxis.LABEL_GAP * s
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
        controls_font = QFont(self.font())
        controls_font.setPointSizeF(CONTROLS_PT * s)
        for widget in (self.log_check, self.all_check, self.clear_button, self.hover_label):
            widget.setFont(controls_font)
        self._fit_axes()
        self._place_overlays()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.DevicePixelRatioChange:
            self._apply_scale()
        super().changeEvent(event)


if __name__ == "__main__":  # python -m playground.ui.error_plot
    from playground.ui.preview import listening, preview

    preview(listening(ErrorPlot), size=(800, 450))

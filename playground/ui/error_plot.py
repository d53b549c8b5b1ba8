"""Live training-error curve: mean |error| against iteration, with faded previous runs.

One ``pg.PlotDataItem`` per run; the training loop re-sends the (already
downsampled) current series ~30 times a second and we redraw it with ``setData``
(pyqtgraph's ``examples/PlotSpeedTest.py``). Nothing here does maths beyond
formatting numbers for display.
"""

import html
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Okabe-Ito colour-blind-safe palette. Vermillion marks the current run (it reads
# on white and on dark grey); previous runs cycle through the rest. Yellow is left
# out: faded, it vanishes on a white projector screen.
CURRENT_COLOUR = "#D55E00"
PREVIOUS_COLOURS = ("#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999")

MAX_PREVIOUS_RUNS = 8
DEFAULT_RUN_LABEL = "current run"

# Base sizes, chosen to be read from the back of a classroom; set_scale multiplies them.
TICK_PT = 12.0
AXIS_LABEL_PT = 14.0
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


def describe_point(iteration: float, error: float) -> str:
    """The hover read-out text for one point: 'iteration 12,345   error 0.00500243'."""
    return f"iteration {int(round(iteration)):,}   error {error:.6g}"


class IterationAxis(pg.AxisItem):
    """Bottom axis with '100k', '1M' ticks instead of pyqtgraph's '(x1e+06)' label suffix."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [format_iterations(v * scale) for v in values]


class ErrorAxis(pg.AxisItem):
    """Left axis whose log ticks read 0.5, 0.2, 0.1, 0.05 ... rather than bare powers of ten."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)  # no '(x0.001)' suffix on the label: students read the ticks

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

    def paint(self, p, *args):
        if not self.item.isVisible():
            return super().paint(p, *args)  # pyqtgraph's "hidden" eye icon
        pen = QPen(pg.mkPen(self.item.opts["pen"]))
        colour = pen.color()
        colour.setAlpha(255)
        pen.setColor(colour)
        pen.setWidthF(max(pen.widthF(), 3.0))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(pen)
        p.drawLine(QPointF(1, 11), QPointF(19, 11))


@dataclass
class _Run:
    label: str
    curve: pg.PlotDataItem
    colour: str


class ErrorPlot(QWidget):
    """The training-error panel: live current curve, faded previous runs, log toggle, hover read-out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPlot")
        self._scale = 1.0
        self._log_scale = True
        self._previous: list[_Run] = []
        self._current: _Run | None = None
        self._runs_started = 0  # gives each run a stable hue, even after old ones are dropped

        self.plot_widget = pg.PlotWidget(
            axisItems={"bottom": IterationAxis("bottom"), "left": ErrorAxis("left")}
        )
        self.plot_widget.setObjectName("errorPlotWidget")
        self.plot_widget.setAccessibleName(self.tr("Error plot"))
        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setContentsMargins(4, 10, 14, 4)  # room for the top tick label and the last x tick
        item.showGrid(x=True, y=True, alpha=0.15)
        # PlotItem pushes these onto every curve it adds (per-curve options would be
        # overwritten): draw only the visible x range, and at most a few points per pixel,
        # keeping each pixel's min and max so noise spikes stay visible.
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        # Bottom left: error curves start high on the left and end low on the right,
        # so that corner is the one they leave empty. The legend can be dragged.
        self._legend = item.addLegend(offset=(-10, 10), sampleType=RunSample)
        # The hovered point, drawn above the live curve it sits on.
        self._marker = pg.PlotDataItem(symbol="o", symbolSize=12, pen=None, antialias=True)
        self._marker.setZValue(20)
        item.addItem(self._marker, ignoreBounds=True)
        # The history scrubber's position: a vertical line at the iteration shown (hidden when live).
        self._cursor = pg.InfiniteLine(angle=90, movable=False)
        self._cursor.setZValue(15)
        self._cursor.hide()
        item.addItem(self._cursor, ignoreBounds=True)
        item.setLogMode(x=False, y=self._log_scale)
        item.enableAutoRange()

        self.log_check = QCheckBox("Log scale")
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setChecked(self._log_scale)
        self.log_check.setToolTip("Logarithmic error axis: the error usually falls over several decades")
        self.log_check.toggled.connect(self.set_log_scale)

        self.clear_button = QPushButton("Clear previous runs")
        self.clear_button.setObjectName("clearRunsButton")
        self.clear_button.clicked.connect(self.clear_runs)

        self.hover_label = QLabel("")
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setAccessibleName(self.tr("Point under the mouse"))
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        controls.setContentsMargins(6, 0, 6, 0)
        controls.addWidget(self.log_check)
        controls.addWidget(self.clear_button)
        controls.addStretch(1)
        controls.addWidget(self.hover_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(controls)

        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._apply_palette()
        self._apply_scale()

    # ----- runs -------------------------------------------------------------

    def start_run(self, label: str, keep_current: bool = True) -> None:
        """Fade the current curve into the previous runs (if it has data and ``keep_current``) and start
        an empty one."""
        if self._current is not None:
            if keep_current and self._has_data(self._current):
                self._fade(self._current)
                self._previous.append(self._current)
                while len(self._previous) > MAX_PREVIOUS_RUNS:
                    self._remove(self._previous.pop(0))
            else:
                self._remove(self._current)
            self._current = None
        self._current = self._new_current(label)
        self._clear_hover()
        self.plot_widget.getPlotItem().enableAutoRange()

    def set_data(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """Replace the current curve's points (an already-downsampled series)."""
        x = np.asarray(iterations, dtype=float)
        y = np.asarray(errors, dtype=float)
        if x.shape != y.shape:
            raise ValueError(f"iterations and errors differ in shape: {x.shape} vs {y.shape}")
        if self._current is None:
            self._current = self._new_current(DEFAULT_RUN_LABEL)
        # Zeros (a perfect fit) cannot go on a log axis: pyqtgraph maps them to NaN,
        # silently, and draws a gap. The raw values are kept for the read-out.
        self._current.curve.setData(x, y)

    def clear_runs(self) -> None:
        """Remove every previous run; the current curve stays."""
        for run in self._previous:
            self._remove(run)
        self._previous.clear()
        self._clear_hover()
        self.plot_widget.getPlotItem().enableAutoRange()

    def drop_copies_of_current(self) -> None:
        """Remove previous runs that are exact copies of the current one (same label, same points):
        reopening a document just trained shows its curve once."""
        if self._current is None:
            return
        x, y = self.current_data()
        for run in list(self._previous):
            px, py = run.curve.getOriginalDataset()
            if (run.label == self._current.label and px is not None and np.array_equal(px, x)
                    and np.array_equal(py, y)):
                self._previous.remove(run)
                self._remove(run)

    def runs(self) -> list[str]:
        """Run labels in legend order: previous runs (oldest first), then the current run."""
        labels = [run.label for run in self._previous]
        if self._current is not None:
            labels.append(self._current.label)
        return labels

    def current_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The current curve's (iterations, errors), empty arrays if there is none."""
        if self._current is None:
            return np.empty(0), np.empty(0)
        x, y = self._current.curve.getOriginalDataset()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.Run`: a reset starts an empty current curve (the one
        before fades into the previous runs, unless it was only a reopened document's), new points
        redraw it, and looking back in History puts a cursor at the iteration shown."""
        self._run = run
        self._current_is_saved = False
        run.reset.connect(self._run_reset)
        run.started.connect(self._run_started)
        run.changed.connect(self._run_changed)
        run.shownChanged.connect(self._shown_changed)

    def _run_reset(self) -> None:
        self.start_run(self._run.label or DEFAULT_RUN_LABEL, keep_current=not self._current_is_saved)
        self._current_is_saved = False
        self.set_cursor(None)

    def _run_started(self) -> None:
        self._current_is_saved = False

    def _run_changed(self, _snapshot) -> None:
        self.set_data(*self._run.curve)
        if not self._run.running and self._run.last is not None and self._run.last.status is None:
            self._current_is_saved = True  # a reopened document's curve
            self.drop_copies_of_current()

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
        self.plot_widget.getPlotItem().enableAutoRange()
        self._clear_hover()

    def set_scale(self, factor: float) -> None:
        """Multiply fonts and line widths (presentation mode)."""
        if not factor > 0:
            raise ValueError(f"scale factor must be positive, got {factor}")
        self._scale = float(factor)
        self._apply_scale()

    def scale_factor(self) -> float:
        return self._scale

    def set_cursor(self, iteration: float | None) -> None:
        """Mark an iteration with a vertical line (the history scrubber's position); None hides it."""
        if iteration is None:
            self._cursor.hide()
            return
        self._cursor.setValue(float(iteration))
        self._cursor.show()

    def cursor_iteration(self) -> float | None:
        return float(self._cursor.value()) if self._cursor.isVisible() else None

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
        candidates = ([self._current] if self._current is not None else []) + self._previous[::-1]
        for run in candidates:
            xs, ys = run.curve.getOriginalDataset()
            if xs is None or len(xs) == 0:
                continue
            distance = np.abs(np.asarray(xs, dtype=float) - x)
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

    # ----- curves -----------------------------------------------------------

    def _new_current(self, label: str) -> _Run:
        colour = CURRENT_COLOUR
        curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=CURRENT_WIDTH * self._scale), antialias=True)
        curve.setZValue(10)  # the live curve is drawn over the faded runs
        self.plot_widget.getPlotItem().addItem(curve)
        self._legend.addItem(curve, html.escape(label))
        run = _Run(label=label, curve=curve, colour=colour)
        self._set_legend_bold(run, True)  # the live run stands out in the legend
        self._runs_started += 1
        return run

    def _fade(self, run: _Run) -> None:
        index = (self._runs_started - 1) % len(PREVIOUS_COLOURS)
        run.colour = PREVIOUS_COLOURS[index]
        run.curve.setZValue(0)
        self._restyle(run, current=False)
        self._set_legend_bold(run, False)

    def _restyle(self, run: _Run, current: bool) -> None:
        if current:
            pen = pg.mkPen(run.colour, width=CURRENT_WIDTH * self._scale)
        else:
            colour = QColor(run.colour)
            colour.setAlpha(PREVIOUS_ALPHA)
            pen = pg.mkPen(colour, width=PREVIOUS_WIDTH * self._scale)
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

    def _rerender_legend(self) -> None:
        # LegendItem.setLabelTextSize/Color only change the labels' stored options.
        for _, label in self._legend.items:
            label.setText(label.text)
        self._legend.updateSize()

    @staticmethod
    def _has_data(run: _Run) -> bool:
        xs, _ = run.curve.getOriginalDataset()
        return xs is not None and len(xs) > 0

    # ----- look -------------------------------------------------------------

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
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        legend_background = QColor(background)
        legend_background.setAlpha(200)
        self._legend.setBrush(legend_background)
        border = QColor(foreground)
        border.setAlpha(60)
        self._legend.setPen(pg.mkPen(border))
        self._legend.setLabelTextColor(foreground)
        self._rerender_legend()
        self._marker.setSymbolBrush(QColor(CURRENT_COLOUR))
        self._marker.setSymbolPen(pg.mkPen(foreground, width=2))
        self._set_axis_labels()

    def _set_axis_labels(self) -> None:
        _, foreground = self._colours()
        style = {"color": foreground.name(), "font-size": f"{AXIS_LABEL_PT * self._scale:.0f}pt"}
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", "iteration", **style)
        item.setLabel("left", "mean |error|", **style)

    def _apply_scale(self) -> None:
        s = self._scale
        item = self.plot_widget.getPlotItem()
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(TICK_PT * s)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=tick_font, tickTextOffset=int(round(6 * s)))
        item.getAxis("left").setWidth(int(round(62 * s)))
        self._set_axis_labels()
        self._legend.setLabelTextSize(f"{LEGEND_PT * s:.0f}pt")
        self._marker.setSymbolSize(12 * s)
        self._cursor.setPen(pg.mkPen(self._colours()[1], width=2 * s, style=Qt.PenStyle.DashLine))
        for run in self._previous:
            self._restyle(run, current=False)
        if self._current is not None:
            self._restyle(self._current, current=True)
        self._rerender_legend()
        controls_font = QFont(self.font())
        controls_font.setPointSizeF(CONTROLS_PT * s)
        for widget in (self.log_check, self.clear_button, self.hover_label):
            widget.setFont(controls_font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    demo = ErrorPlot()
    demo.resize(800, 450)
    rng = np.random.default_rng(1)
    iterations = np.linspace(0, 60_000, 2000)
    noise = 1 + 0.05 * rng.standard_normal(iterations.size)
    # Two synthetic runs: a slow learner, then one falling from 0.47 to 0.002.
    demo.start_run("hidden 2 · lr 1 · sigmoid · seed 1")
    demo.set_data(iterations, 0.5 * np.exp(-iterations / 40_000) * noise)
    demo.start_run("hidden 4 · lr 1 · sigmoid · seed 1")
    demo.set_data(iterations, 0.47 * (0.002 / 0.47) ** (iterations / 60_000) * noise[::-1])
    demo.show()
    sys.exit(app.exec())

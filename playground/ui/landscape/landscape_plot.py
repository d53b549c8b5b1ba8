"""The landscape window's plots: the error surface as a heatmap with contours, and the 1-D interpolation.

The surface plot draws what it is handed, in weight coordinates: grid point ``(a[i], b[j])`` is the
centre of image pixel ``(i, j)`` (so the image reaches half a step beyond the first and last grid
values), contour lines at levels spread evenly in log(error) through ``pg.functions.isocurve``
mapped onto the same coordinates, a colour bar, the run's path (a point for each recorded
iteration: exactly the recorded weights), the point of the iteration on show, and the ghost paths of
the other optimisers with a legend. The line plot shows a 1-D curve (the interpolation from the start
weights to the end weights). Mouse drag and wheel zoom; the window's Re-grid asks the range shown
(:meth:`SurfacePlot.shown_range`). Colours are Okabe-Ito, readable by colour-blind students.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStackedWidget, QWidget

from playground.ui.classroom.presentation import ScaledView
from playground.ui.kit.accessibility import quiet_surface
from playground.ui.kit.plot_style import LABEL_PT, TICK_PT, label_style, style_plot

# Okabe-Ito, as the study window and the error plot use them
GHOST_COLOURS = {"gd": "#0072B2", "momentum": "#E69F00", "adam": "#009E73"}
EXTRA_COLOURS = ("#CC79A7", "#56B4E9", "#F0E442")
PATH_COLOUR, CURRENT_COLOUR = "#D55E00", "#D55E00"
CONTOUR_LEVELS = 10
SURFACE, LINE = 0, 1


def contour_levels(grid: np.ndarray, count: int = CONTOUR_LEVELS) -> list[float]:
    """``count`` levels between the grid's least and greatest finite value, evenly spread in log(error)
    when every value is positive (a valley's floor gets as many lines as its walls), else evenly."""
    finite = grid[np.isfinite(grid)]
    if finite.size == 0:
        return []
    low, high = float(finite.min()), float(finite.max())
    if not high > low:
        return []
    if low > 0:
        levels = np.geomspace(low, high, count + 2)[1:-1]
    else:
        levels = np.linspace(low, high, count + 2)[1:-1]
    return [float(v) for v in levels]


def decade_ticks(low: float, high: float) -> list | None:
    """The colour bar's ticks for log10(error) from ``low`` to ``high``: the decades labelled (0.001, 0.01,
    0.1), 2 to 9 times them marked without a label (pyqtgraph labelled all of them: 0.09 0.08 0.07 ...); None
    (pyqtgraph's own) when fewer than two decades lie in the range."""
    decades = list(range(int(np.ceil(low)), int(np.floor(high)) + 1))
    if len(decades) < 2:
        return None
    major = [(float(d), f"{10.0 ** d:g}") for d in decades]
    minor = [(float(d + np.log10(k)), "") for d in range(decades[0] - 1, decades[-1] + 1) for k in range(2, 10)
             if low <= d + np.log10(k) <= high]
    return [major, minor]


def grid_rect(a: np.ndarray, b: np.ndarray) -> QRectF:
    """The image's rectangle: each grid value the centre of its pixel."""
    da = (a[-1] - a[0]) / max(len(a) - 1, 1) or 1.0
    db = (b[-1] - b[0]) / max(len(b) - 1, 1) or 1.0
    return QRectF(float(a[0] - da / 2), float(b[0] - db / 2), float(a[-1] - a[0] + da), float(b[-1] - b[0] + db))


def plain_numbers(axis: pg.AxisItem) -> None:
    """Errors and weights as they are (0.5), never scaled with an SI prefix ("500 (x0.001)"). pyqtgraph 0.14's
    ``enableAutoSIPrefix(False)`` alone still scaled an axis without units: no range enables it either."""
    axis.enableAutoSIPrefix(False)
    axis.setSIPrefixEnableRanges(())
    axis.updateAutoSIPrefix()


def legend_text(legend: pg.LegendItem, colour: QColor, points: float) -> None:
    """Size and colour every label of ``legend``, those added before too (pyqtgraph's setters reach only
    the labels added after them)."""
    legend.setLabelTextSize(f"{points:.0f}pt")
    legend.setLabelTextColor(colour)
    for _sample, label in legend.items:
        label.setAttr("color", colour.name())
        label.setAttr("size", f"{points:.0f}pt")
        label.setText(label.text)


class SurfacePlot(ScaledView, QStackedWidget):
    """A heatmap with contours, paths and ghost paths (page SURFACE), or a 1-D curve (page LINE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapePlot")
        self.surface_widget = pg.PlotWidget()
        self.surface_widget.setObjectName("landscapeSurface")
        self.line_widget = pg.PlotWidget()
        self.line_widget.setObjectName("landscapeLine")
        # each page takes the focus and is named (the window names this stack by what it shows); not its surface
        self.surface_widget.setAccessibleName(self.tr("Error surface"))
        self.line_widget.setAccessibleName(self.tr("Error along the straight line"))
        for widget in (self.surface_widget, self.line_widget):
            quiet_surface(widget)
        self.addWidget(self.surface_widget)
        self.addWidget(self.line_widget)
        item = self.surface_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseMode(pg.ViewBox.RectMode)  # drag a rectangle to zoom into it; wheel zooms too
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.contours = pg.PlotCurveItem(connect="finite")
        item.addItem(self.contours)
        self.colour_map = pg.colormap.get("viridis")
        self.colour_bar = pg.ColorBarItem(colorMap=self.colour_map, interactive=False, width=18)
        self.colour_bar.setImageItem(self.image, insert_in=item)
        plain_numbers(self.colour_bar.axis)
        self.colour_bar.axis.setWidth(None)  # as wide as its tick labels (0.0025 did not fit its fixed 45 px)
        self.legend = item.addLegend(offset=(10, 10))
        self.path = pg.PlotDataItem(symbol="o", symbolSize=5)
        self.current = pg.ScatterPlotItem(size=14, symbol="o")
        self.ghosts: dict[str, pg.PlotDataItem] = {}
        item.addItem(self.path)
        item.addItem(self.current)
        self.path.setZValue(10)  # above the ghost paths: gradient descent's ghost of a gd run lies under it
        self.current.setZValue(11)
        self.legend.addItem(self.path, self.tr("this run"))
        line = self.line_widget.getPlotItem()
        line.setMenuEnabled(False)
        line.hideButtons()
        self.line = pg.PlotDataItem(symbol="o", symbolSize=4)
        line.addItem(self.line)
        self.line_marks = pg.ScatterPlotItem(size=12, symbol="d")
        line.addItem(self.line_marks)
        # the run's recorded states, each at its projection t on the line and at its own error (off the line)
        self.line_states = pg.ScatterPlotItem(size=6, symbol="o")
        line.addItem(self.line_states)
        self.line_legend = line.addLegend(offset=(-10, 10))
        self.line_legend.addItem(self.line, self.tr("the straight line start → end"))
        self.line_legend.addItem(self.line_states, self.tr("the run's states (at their projection on the line)"))
        self.grid = np.zeros((0, 0))
        self.log_colours = False  # the image shows log10(error)
        self.axes_values = (np.zeros(0), np.zeros(0))
        self.levels: list[float] = []
        self._path_points = np.zeros((0, 2))
        self._labels = ("", "")
        self._apply_scale()

    # ------------------------------------------------------------------ the surface
    def show_surface(self, grid: np.ndarray, a: np.ndarray, b: np.ndarray, x_label: str, y_label: str) -> None:
        """Draw ``grid[i, j]`` (the error at ``a[i]``, ``b[j]``) with contours, over the whole grid."""
        self.setCurrentIndex(SURFACE)
        self.grid, self.axes_values = np.asarray(grid, dtype=float), (np.asarray(a, float), np.asarray(b, float))
        # Colours follow log10(error) when every error is positive: a valley's floor (0.001 to 0.01) gets as
        # many colours as its walls (0.1 to 1); the colour bar's axis reads in errors (log mode).
        finite = self.grid[np.isfinite(self.grid)]
        self.log_colours = bool(finite.size) and bool(finite.min() > 0)
        shown = np.log10(np.where(self.grid > 0, self.grid, np.nan)) if self.log_colours else self.grid.copy()
        usable = shown[np.isfinite(shown)]
        low, high = (float(usable.min()), float(usable.max())) if usable.size else (0.0, 1.0)
        if not high > low:
            high = low + 1e-12
        # row-major: a row is one value of b (the vertical axis), a column one value of a
        self.image.setImage(np.where(np.isfinite(shown), shown, high).T, levels=(low, high))
        self.image.setRect(grid_rect(*self.axes_values))
        self.colour_bar.setLevels((low, high))
        self.colour_bar.axis.setLogMode(self.log_colours)
        self.colour_bar.axis.setTicks(decade_ticks(low, high) if self.log_colours else None)
        self.levels = contour_levels(self.grid)
        self._draw_contours()
        self._labels = (x_label, y_label)
        self._set_axis_labels()
        view = self.surface_widget.getPlotItem().getViewBox()
        view.setRange(rect=grid_rect(*self.axes_values), padding=0)

    def _draw_contours(self) -> None:
        a, b = self.axes_values
        xs, ys = [], []
        if len(a) > 1 and len(b) > 1:
            data = np.where(np.isfinite(self.grid), self.grid, np.nanmax(np.where(np.isfinite(self.grid), self.grid,
                                                                                  -np.inf)))
            for level in self.levels:
                for line in pg.functions.isocurve(data, level, connected=True, extendToEdge=True):
                    points = np.asarray(line, dtype=float)
                    # index coordinates -> weights (index i lies at a[i]: the grid is evenly spaced)
                    xs.extend(np.interp(points[:, 0], np.arange(len(a)), a))
                    ys.extend(np.interp(points[:, 1], np.arange(len(b)), b))
                    xs.append(np.nan)
                    ys.append(np.nan)
        self.contours.setData(np.array(xs, dtype=float), np.array(ys, dtype=float))

    def contour_count(self) -> int:
        """How many contour lines are drawn (each a run of points between breaks)."""
        x = self.contours.getData()[0]
        if x is None or len(x) == 0:
            return 0
        return int(np.sum(np.isnan(x)))

    def show_path(self, points: np.ndarray) -> None:
        """The run's path: one point per recorded iteration, ``points[:, 0]`` on x, ``points[:, 1]`` on y."""
        self._path_points = np.asarray(points, dtype=float).reshape(-1, 2)
        self.path.setData(self._path_points[:, 0], self._path_points[:, 1])

    def path_points(self) -> np.ndarray:
        return self._path_points.copy()

    def show_current(self, point: Sequence[float] | None) -> None:
        """The point of the iteration on show (None: hidden)."""
        if point is None:
            self.current.setData([], [])
        else:
            self.current.setData([float(point[0])], [float(point[1])])

    def current_point(self) -> tuple[float, float] | None:
        x, y = self.current.getData()
        return None if len(x) == 0 else (float(x[0]), float(y[0]))

    def show_ghosts(self, paths: Mapping[str, np.ndarray], names: Mapping[str, str]) -> None:
        """The other optimisers' paths from the same start, each in its colour with its legend entry."""
        item = self.surface_widget.getPlotItem()
        for key, curve in list(self.ghosts.items()):
            if key not in paths:
                item.removeItem(curve)
                self.legend.removeItem(curve)
                del self.ghosts[key]
        extra = iter(EXTRA_COLOURS)
        for key, points in paths.items():
            points = np.asarray(points, dtype=float).reshape(-1, 2)
            curve = self.ghosts.get(key)
            if curve is None:
                colour = GHOST_COLOURS.get(key) or next(extra, "#999999")
                curve = pg.PlotDataItem(connect="finite")
                curve.setProperty("colour", colour)
                item.addItem(curve)
                self.legend.addItem(curve, names.get(key, key))
                legend_text(self.legend, self.palette().color(QPalette.ColorRole.Text), TICK_PT * self._scale)
                self.ghosts[key] = curve
            curve.setData(points[:, 0], points[:, 1])
        self._style_ghosts()

    def ghost_points(self) -> dict[str, np.ndarray]:
        return {key: np.column_stack(curve.getData()) for key, curve in self.ghosts.items()}

    def legend_texts(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    def shown_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The weights' ranges in view (after a zoom): what Re-grid computes."""
        (x0, x1), (y0, y1) = self.surface_widget.getPlotItem().getViewBox().viewRange()
        return (float(x0), float(x1)), (float(y0), float(y1))

    def zoom(self, factor: float) -> None:
        """Zoom the surface about its centre (factor < 1: in); the keyboard's + and -."""
        self.surface_widget.getPlotItem().getViewBox().scaleBy((factor, factor))

    def whole_grid(self) -> None:
        """Show the whole computed grid again (the keyboard's 0)."""
        if len(self.axes_values[0]) > 1:
            self.surface_widget.getPlotItem().getViewBox().setRange(rect=grid_rect(*self.axes_values), padding=0)

    def set_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        self.surface_widget.getPlotItem().getViewBox().setRange(xRange=x, yRange=y, padding=0)

    # ------------------------------------------------------------------ the 1-D curve
    def show_line(self, t: np.ndarray, errors: np.ndarray, x_label: str, marks: Sequence[float] = (),
                  states: np.ndarray | None = None) -> None:
        """A curve of the error along one line through weight space (``t``: 0 at the start, 1 at the end), and
        ``states`` (m, 2): the run's recorded states at their t and their own error."""
        self.setCurrentIndex(LINE)
        states = np.zeros((0, 2)) if states is None else np.asarray(states, dtype=float).reshape(-1, 2)
        self.line_states.setData(states[:, 0], states[:, 1])
        t, errors = np.asarray(t, float), np.asarray(errors, float)
        self.line.setData(t, errors)
        marked = [float(m) for m in marks]
        self.line_marks.setData(marked, [float(np.interp(m, t, errors)) for m in marked] if len(t) else [])
        self._labels = (x_label, self.tr("mean |error|"))
        self._set_axis_labels()
        self.line_widget.getPlotItem().enableAutoRange()

    def line_states_data(self) -> np.ndarray:
        x, y = self.line_states.getData()
        return np.column_stack([x, y]) if len(x) else np.zeros((0, 2))

    def line_data(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.line.getData()
        return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))

    # ------------------------------------------------------------------ scale and palette
    def _set_axis_labels(self) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        style = label_style(self.palette(), self._scale)
        plot = self.surface_widget.getPlotItem() if self.currentIndex() == SURFACE else self.line_widget.getPlotItem()
        plot.setLabel("bottom", self._labels[0], **style)
        plot.setLabel("left", self._labels[1], **style)
        if self.currentIndex() == SURFACE:  # the colour bar's own axis label overlaps its ticks: a title instead
            plot.setTitle(self.tr("colour: mean |error| over the training rows"), color=text.name(),
                          size=f"{LABEL_PT * self._scale:.0f}pt")

    def axis_labels(self) -> tuple[str, str]:
        return self._labels

    def _apply_scale(self) -> None:
        s = self._scale
        text = self.palette().color(QPalette.ColorRole.Text)
        base = self.palette().color(QPalette.ColorRole.Base)
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(TICK_PT * s)
        for widget in (self.surface_widget, self.line_widget):
            style_plot(widget, self.palette(), self.font(), s)
            for name in ("left", "bottom"):
                plain_numbers(widget.getPlotItem().getAxis(name))
        bar_axis = self.colour_bar.axis
        bar_axis.setStyle(tickFont=tick_font)
        bar_axis.setPen(pg.mkPen(text))
        bar_axis.setTextPen(pg.mkPen(text))
        contour = QColor(255, 255, 255, 150)
        self.contours.setPen(pg.mkPen(contour, width=1 * s))
        outline = pg.mkPen(text if base.lightness() > 128 else QColor("white"), width=1.5 * s)
        self.path.setPen(pg.mkPen(PATH_COLOUR, width=2.5 * s))
        self.path.setSymbolBrush(pg.mkBrush(PATH_COLOUR))
        self.path.setSymbolPen(pg.mkPen(PATH_COLOUR))
        self.path.setSymbolSize(5 * s)
        self.current.setPen(outline)
        self.current.setBrush(pg.mkBrush(CURRENT_COLOUR))
        self.current.setSize(14 * s)
        self.line.setPen(pg.mkPen(PATH_COLOUR, width=2.5 * s))
        self.line.setSymbolBrush(pg.mkBrush(PATH_COLOUR))
        self.line.setSymbolSize(4 * s)
        self.line_states.setPen(pg.mkPen(GHOST_COLOURS["gd"]))
        self.line_states.setBrush(pg.mkBrush(GHOST_COLOURS["gd"]))
        self.line_states.setSize(6 * s)
        legend_text(self.line_legend, text, TICK_PT * s)
        self.line_marks.setPen(outline)
        self.line_marks.setBrush(pg.mkBrush(CURRENT_COLOUR))
        self.line_marks.setSize(12 * s)
        legend_text(self.legend, text, TICK_PT * s)
        self.legend.setBrush(pg.mkBrush(QColor(base.red(), base.green(), base.blue(), 200)))
        self._style_ghosts()
        self._set_axis_labels()

    def _style_ghosts(self) -> None:
        for curve in self.ghosts.values():
            colour = curve.property("colour")
            curve.setPen(pg.mkPen(colour, width=2.5 * self._scale, style=Qt.PenStyle.DashLine))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "line_marks"):
            self._apply_scale()


def _sample() -> SurfacePlot:
    """A bowl sixteen times as steep across as along, and a path bouncing down it."""
    plot = SurfacePlot()
    a, b = np.linspace(-1, 3, 41), np.linspace(-1, 3, 41)
    grid = 0.5 * (4 * (a[:, None] - 1) ** 2 + 0.25 * (b[None, :] - 1) ** 2) + 1e-3
    plot.show_surface(grid, a, b, "syn0[0, 0]", "syn0[1, 0]")
    steps = np.arange(12)
    path = np.column_stack([1 + 2 * (-0.8) ** steps, 1 - 1.5 * 0.89 ** steps])
    plot.show_path(path)
    plot.show_current(path[-1])
    return plot


if __name__ == "__main__":  # python -m playground.ui.landscape.landscape_plot
    from playground.ui.preview import preview

    preview(_sample, size=(800, 560))

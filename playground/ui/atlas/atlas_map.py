"""The atlas's heatmap: one square per cell of the grid, filled in as the records arrive.

Cell (column, row) covers [column, column + 1] x [row, row + 1] in the plot's coordinates; the axes'
ticks name the values in the user's units (learning rates at whole decades, placed on their log scale).
The mouse: hover says which cell is under it (``hovered``), a click chooses it (``chosen``), a drag draws
a rectangle and asks for a finer grid of it (``regionChosen``, in cell coordinates). The keyboard: the
arrows move a cell cursor (``hovered`` follows it), Enter or Return chooses the cell under it.

Only the cells that changed are coloured again; the image is handed to pyqtgraph once an update.
"""

from __future__ import annotations

import math
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from playground.ui.atlas.atlas_colours import BY_LABEL, ERROR_MAP, ITERATIONS_MAP, cell_colour, error_range, scale_colours
from playground.ui.atlas.atlas_model import AtlasModel
from playground.ui.language import number

EMPTY = (0, 0, 0, 0)  # a cell not computed yet: the background shows through
MOST_TICKS = 9


def is_log_axis(axis) -> bool:
    return bool(getattr(axis, "log", False)) or getattr(axis, "name", "") in ("learning_rate", "lr")


def is_numeric_axis(axis) -> bool:
    values = list(axis.values)
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def value_text(value) -> str:
    if isinstance(value, (tuple, list)):
        return ",".join(str(v) for v in value)
    if isinstance(value, float):
        return number(value, ".3g")
    return str(value)


def axis_ticks(axis) -> list[tuple[float, str]]:
    """(position, text) ticks for an axis of the map: whole decades on a log axis, else evenly chosen cells."""
    values = list(axis.values)
    n = len(values)
    if n == 0:
        return []
    if is_log_axis(axis) and n > 1 and is_numeric_axis(axis) and min(values) > 0:
        low, high = math.log10(values[0]), math.log10(values[-1])
        first, last = math.ceil(min(low, high) - 1e-9), math.floor(max(low, high) + 1e-9)
        if last - first >= 1 and high != low:
            # value v lies at cell (log v - log v0) / (log v_last - log v0) * (n - 1), plus half a cell
            step = max(1, math.ceil((last - first + 1) / MOST_TICKS))
            return [((d - low) / (high - low) * (n - 1) + 0.5, number(10.0 ** d, "g"))
                    for d in range(first, last + 1, step)]
    step = max(1, math.ceil(n / MOST_TICKS))
    return [(i + 0.5, value_text(values[i])) for i in range(0, n, step)]


class MapBox(pg.ViewBox):
    """The map's view box: no pan or zoom of its own; a click chooses a cell, a drag draws a rectangle."""

    clicked = Signal(float, float)
    dragged = Signal(QRectF)  # the finished rectangle, in the map's coordinates

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(False, False)
        self.band = QGraphicsRectItem()
        self.band.setZValue(20)
        self.band.hide()
        self.addItem(self.band, ignoreBounds=True)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            p = self.mapSceneToView(ev.scenePos())
            self.clicked.emit(p.x(), p.y())
        else:
            ev.ignore()

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        a, b = self.mapSceneToView(ev.buttonDownScenePos()), self.mapSceneToView(ev.scenePos())
        rect = QRectF(a, b).normalized()
        if ev.isFinish():
            self.band.hide()
            self.dragged.emit(rect)
        else:
            self.band.setRect(rect)
            self.band.show()


class AtlasMap(pg.PlotWidget):
    """The heatmap of an :class:`AtlasModel` (see the module docstring)."""

    hovered = Signal(int, int)  # the cell under the mouse or the cursor; (-1, -1) when none
    chosen = Signal(int, int)
    regionChosen = Signal(float, float, float, float)  # x0, x1, y0, y1 in cell coordinates

    def __init__(self, model: AtlasModel, parent=None) -> None:
        self.box = MapBox()
        super().__init__(parent, viewBox=self.box)
        self.setObjectName("atlasMap")
        self.model = model
        self.mode = BY_LABEL
        self._scale = 1.0
        self._tables = {name: scale_colours(name) for name in (ERROR_MAP, ITERATIONS_MAP)}
        self._rgba = np.zeros((0, 0, 4), np.uint8)
        self.error_logs = (-3.0, 0.0)
        self.most_iterations = 1
        self._scaled = False  # the scales have taken a record
        self.cursor = (0, 0)
        self._bottom_ticks: list[tuple[float, str]] = []  # (position, text) of the map's bottom axis
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.image = pg.ImageItem(axisOrder="col-major")
        item.addItem(self.image)
        self.cursor_items = [QGraphicsRectItem(), QGraphicsRectItem()]  # a dark and a light outline: seen on any cell
        for z, r in enumerate(self.cursor_items):
            r.setZValue(10 + z)
            self.box.addItem(r, ignoreBounds=True)
            r.hide()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.box.clicked.connect(self._clicked)
        self.box.dragged.connect(self._dragged)
        model.gridChanged.connect(self._grid_changed)
        model.recordsAdded.connect(self._records_added)
        self.apply_style()
        self._grid_changed()  # (a model with no grid yet: no axes; one that has one, a preview: its cells)
        if model.grid is not None:
            self.redraw()

    # ------------------------------------------------------------------ drawing
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.redraw()

    def _grid_changed(self) -> None:
        columns, rows = self.model.shape()
        self._rgba = np.zeros((columns, rows, 4), np.uint8)
        self.cursor = (min(self.cursor[0], max(columns - 1, 0)), min(self.cursor[1], max(rows - 1, 0)))
        item = self.getPlotItem()
        self._bottom_ticks = []
        for name in ("bottom", "left"):  # no axes of a map with no grid (pyqtgraph's -0.5 .. 0.5 meant nothing)
            item.showAxis(name, bool(columns and rows))
        if columns and rows:
            x, y = self.model.x_axis, self.model.y_axis
            self._bottom_ticks = axis_ticks(x)
            item.getAxis("bottom").setTicks([self._bottom_ticks, []])
            item.getAxis("left").setTicks([axis_ticks(y), []] if y is not None else [[], []])
            self.box.setRange(xRange=(0, columns), yRange=(0, rows), padding=0.0)
        self.error_logs, self.most_iterations, self._scaled = (-3.0, 0.0), 1, False
        self._grow_scales(self.model.records())  # (none, unless the model had some: a preview)
        self._set_image()
        self._place_cursor()
        self._keep_end_labels()

    def _keep_end_labels(self) -> None:
        """Room on the right for half the last tick's text when it stands at the map's right end (the plot
        reaches the panel's edge, and a learning rate of 100 there was cut to '10')."""
        ticks = self._bottom_ticks
        columns = self.model.shape()[0]
        font = self.font()
        font.setPointSizeF(10.0 * self._scale)
        last = ticks[-1] if ticks else None
        half = QFontMetricsF(font).horizontalAdvance(last[1]) / 2 if last and last[0] > columns - 1 else 0.0
        self.getPlotItem().setContentsMargins(0, 0, math.ceil(half) + 2, 0)

    @contextmanager
    def cursor_hidden(self):
        """The map without its cell cursor while the block runs (a picture for a slide)."""
        shown = [r.isVisible() for r in self.cursor_items]
        for r in self.cursor_items:
            r.hide()
        try:
            yield
        finally:
            for r, visible in zip(self.cursor_items, shown):
                r.setVisible(visible)

    def _records_added(self, positions: list) -> None:
        added = [self.model.record(*at) for at in positions]
        if self._grow_scales(added) and self.mode != BY_LABEL:
            self.redraw()  # the scale grew: every cell's colour moves
            return
        for at in positions:
            self._colour(*at)
        self._set_image()

    def _grow_scales(self, records: list) -> bool:
        """Widen the error decades and the most iterations the colour scales span to take ``records`` (while a
        grid runs they only grow, so an update costs what it adds); True when they changed."""
        errors = [r.final_error for r in records if r.final_error is not None and math.isfinite(r.final_error)
                  and r.final_error > 0]
        logs = self.error_logs
        if errors:
            logs = error_range(errors)
            if self._scaled:
                logs = (min(logs[0], self.error_logs[0]), max(logs[1], self.error_logs[1]))
            self._scaled = True  # the first finite errors set the scale; later ones only widen it
        its = max([r.iterations_to_target for r in records if r.iterations_to_target is not None]
                  + [self.most_iterations])
        changed = (logs, its) != (self.error_logs, self.most_iterations)
        self.error_logs, self.most_iterations = logs, its
        return changed

    def redraw(self) -> None:
        self._rgba[:] = 0
        columns, rows = self.model.shape()
        for c in range(columns):
            for r in range(rows):
                self._colour(c, r)
        self._set_image()

    def _colour(self, column: int, row: int) -> None:
        record = self.model.record(column, row)
        self._rgba[column, row] = EMPTY if record is None else cell_colour(
            record, self.mode, self.error_logs, self.most_iterations, self._tables)

    def _set_image(self) -> None:
        columns, rows = self._rgba.shape[:2]
        if columns and rows:
            self.image.setImage(self._rgba, levels=(0, 255), autoLevels=False)
            self.image.setRect(QRectF(0, 0, columns, rows))
        else:
            self.image.clear()

    def colour_at(self, column: int, row: int) -> tuple[int, int, int, int]:
        """The RGBA colour a cell is drawn in (for tests and the description)."""
        return tuple(int(v) for v in self._rgba[column, row])

    # ------------------------------------------------------------------ the user
    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        columns, rows = self.model.shape()
        c, r = math.floor(x), math.floor(y)
        return (c, r) if 0 <= c < columns and 0 <= r < rows else None

    def cell_centre(self, column: int, row: int) -> QPointF:
        """Where a cell's centre is in scene coordinates (for tests that point at a cell)."""
        return self.box.mapViewToScene(QPointF(column + 0.5, row + 0.5))

    def _mouse_moved(self, pos) -> None:
        p = self.box.mapSceneToView(pos)
        cell = self.cell_at(p.x(), p.y())
        self.hovered.emit(*(cell if cell is not None else (-1, -1)))

    def _clicked(self, x: float, y: float) -> None:
        cell = self.cell_at(x, y)
        if cell is not None:
            self.move_cursor_to(*cell)
            self.chosen.emit(*cell)

    def _dragged(self, rect: QRectF) -> None:
        columns, rows = self.model.shape()
        x0, x1 = max(0.0, rect.left()), min(float(columns), rect.right())
        y0, y1 = max(0.0, rect.top()), min(float(rows), rect.bottom())
        if x1 - x0 > 0.05 and y1 - y0 > 0.05:  # a real rectangle, not a shaky click
            self.regionChosen.emit(x0, x1, y0, y1)

    def move_cursor_to(self, column: int, row: int) -> None:
        self.cursor = (column, row)
        self._place_cursor()
        self.hovered.emit(column, row)

    def _place_cursor(self) -> None:
        columns, rows = self.model.shape()
        shown = columns > 0 and rows > 0
        for r in self.cursor_items:
            r.setRect(QRectF(self.cursor[0], self.cursor[1], 1, 1))
            r.setVisible(shown)

    def keyPressEvent(self, event) -> None:
        columns, rows = self.model.shape()
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        key = event.key()
        if key in steps and columns and rows:
            dx, dy = steps[key]
            c, r = self.cursor
            self.move_cursor_to(min(max(c + dx, 0), columns - 1), min(max(r + dy, 0), rows - 1))
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and columns and rows:
            self.chosen.emit(*self.cursor)
            event.accept()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ scale and palette
    def set_scale(self, factor: float) -> None:
        self._scale = float(factor)
        self.apply_style()
        self._keep_end_labels()

    def apply_style(self) -> None:
        s = self._scale
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        self.setBackground(base)
        font = self.font()
        font.setPointSizeF(10.0 * s)
        item = self.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font, tickTextOffset=int(round(4 * s)), hideOverlappingLabels=False)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.label.setFont(font)
        dark, light = QPen(QColor("#000000"), 3 * s), QPen(QColor("#ffffff"), 1.5 * s)
        for r, pen in zip(self.cursor_items, (dark, light)):
            pen.setCosmetic(True)
            r.setPen(pen)
        band = QPen(text, 1.5 * s, Qt.PenStyle.DashLine)
        band.setCosmetic(True)
        self.box.band.setPen(band)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(50)
        self.box.band.setBrush(fill)

    def set_axis_titles(self, x: str, y: str) -> None:
        s = self._scale
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        style = {"color": colour, "font-size": f"{11 * s:.0f}pt"}
        item = self.getPlotItem()
        item.setLabel("bottom", x, **style)
        item.setLabel("left", y, **style)


if __name__ == "__main__":  # python -m playground.ui.atlas.atlas_map: a small XOR atlas computed here
    from playground.ui.atlas.atlas_model import sample_model
    from playground.ui.preview import preview

    preview(lambda: AtlasMap(sample_model()), size=(700, 450))

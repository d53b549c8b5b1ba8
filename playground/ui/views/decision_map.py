"""Decision map: the network's output as a heatmap over two inputs, the dataset's rows drawn on it.

Below the map, one small map per unit of the first hidden layer shows what that
unit has learnt. The values come from :mod:`playground.core.explain.decision` (the
network run forward on a grid); this widget only draws them. It follows the
weights the window shows (``set_network`` ~30 times a second while training):
a map is recomputed at most once per event-loop turn, no more often than every
four times its own cost (and ``LIVE_HZ`` times a second while a run trains: the
newest weights each time, so the last map of a run is always its final one), and
only while the widget is visible.

With more than two inputs, two combo boxes pick the axes and a slider per other
varying input fixes its value; a constant input (such as the notebook's x3,
always 1) is held at its constant and offered last as an axis.
"""

from __future__ import annotations

import math
import time
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QComboBox, QGraphicsItem, QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from playground.core.data.dataset import Dataset
from playground.core.explain.decision import (DecisionMap, axis_candidates, constant_columns, decision_map, extent,
                                      rows_on_slice, slice_values)
from playground.core.nn.network import Network
from playground.ui.views.decision_drawing import CONTROLS_PT, LABEL_PT, OUTPUT_CMAP, TICK_PT, TITLE_PT, MapDrawing
from playground.ui.language import number
from playground.ui.kit.accessibility import label_combos, quiet_surface
from playground.ui.kit.plot_description import map_description
from playground.ui.kit.plain import html_text, tooltip

# Okabe-Ito vermillion (output 0) through white (0.5, undecided) to blue (output 1): the
THROTTLE = 4.0  # recompute no more often than every THROTTLE x the cost of the last map
LIVE_HZ = 10  # maps a second at most while a run trains
# While a run trains, the map's text alternative (its accessible description: share above 0.5, rows right,
# corners; it runs the network over every row) is written at most this often; once the run stops, at once.
DESCRIBE_S = 1.0


class DecisionMapView(MapDrawing, QWidget):
    """The decision map panel: output heatmap with the rows, axis choice, sliders, hidden-unit maps."""

    mapUpdated = Signal()  # a new map is on screen
    pointClicked = Signal(object)  # a click on the map: the new row's values, every column of the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMap")
        self._scale = 1.0
        self._ratio_override: float | None = None  # a picture export's pixels per px
        self._conflicts: dict[int, list[int]] = {}
        self._rows_drawn: tuple | None = None  # what the row markers show (_draw_rows)
        self._dataset: Dataset | None = None
        self._net: Network | None = None
        self._selected_row: int | None = None
        self._map: DecisionMap | None = None
        self._fixed = np.zeros(0)
        self._slider_values: dict[int, np.ndarray] = {}
        self._sliders: dict[int, QSlider] = {}
        self._last_cost = 0.0
        self._dirty = False
        self._run = None  # the Run listened to, if any
        self._frame: tuple | None = None  # the axes' ranges and labels drawn
        self._described_at = -math.inf  # time.monotonic() of the last description written while a run trains
        self._undescribed: tuple | None = None  # the map drawn but not described yet (while a run trains)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.refresh)

        self.output_combo = QComboBox(objectName="decisionOutputCombo",
                                      toolTip=self.tr("Which output the map shows (the dataset has several targets)"))
        self.x_combo = QComboBox(objectName="decisionXCombo", toolTip=self.tr("The input along the horizontal axis"))
        self.y_combo = QComboBox(objectName="decisionYCombo", toolTip=self.tr("The input along the vertical axis"))
        self.output_combo.setAccessibleName(self.tr("Output shown"))
        self.x_combo.setAccessibleName(self.tr("Horizontal axis input"))
        self.y_combo.setAccessibleName(self.tr("Vertical axis input"))
        for combo in (self.output_combo, self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.output_label = QLabel(self.tr("Output"), textFormat=Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        x_label, y_label = (QLabel(t, textFormat=Qt.TextFormat.PlainText) for t in ("x", "y"))
        label_combos(((self.output_label, self.output_combo), (x_label, self.x_combo), (y_label, self.y_combo)))
        for w in (self.output_label, self.output_combo, x_label, self.x_combo, y_label, self.y_combo):
            row.addWidget(w)
        row.addStretch(1)
        self._controls_row = row
        self.sliders_box = QWidget(objectName="decisionSliders")
        self._sliders_grid = QGridLayout(self.sliders_box)
        self._sliders_grid.setContentsMargins(4, 0, 4, 0)
        self.message = QLabel(objectName="decisionMessage", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("decisionGraphics")
        self.graphics.setAccessibleName(self.tr("Decision map"))
        quiet_surface(self.graphics)  # the view takes the focus and carries the name, not its drawing surface
        self.graphics.setToolTip(self.tr("Colour: the network's output at each point (blue 1, white 0.5, vermillion 0); "
                                 "the dashed line is where it crosses 0.5. Markers: the dataset's rows, "
                                 "coloured by their target (circle 1, square 0)."))
        self.plot = self.graphics.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):  # they change only with the axes chosen: kept as pixmaps between maps
            self.plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(OUTPUT_CMAP)
        self.image.setLevels((0.0, 1.0))
        self.plot.addItem(self.image)
        self.boundary = pg.IsocurveItem(level=0.5, axisOrder="row-major")
        self.boundary.setParentItem(self.image)
        self.boundary.setPos(0.5, 0.5)  # through the pixel centres, where the values were computed
        self.points = pg.ScatterPlotItem(pxMode=True)
        self.points.setZValue(10)
        self.plot.addItem(self.points)
        # Rows whose inputs equal another row's but whose targets differ: a cross over them.
        self.conflicting = pg.ScatterPlotItem(pxMode=True, symbol="x", brush=None)
        self.conflicting.setZValue(12)
        self.plot.addItem(self.conflicting)
        # The selected row: a dashed outline in its marker's own shape (a circle round a square
        # read as "target 1"). Not part of pictures.
        self.selected = pg.ScatterPlotItem(pxMode=True, brush=None)
        self.selected.setZValue(11)
        self.plot.addItem(self.selected)
        self.plot.setTitle("")  # the legend line: what the markers mean (drawn in pictures too)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=OUTPUT_CMAP, interactive=False, width=14,
                                        colorMapMenu=False)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.hidden_layout = self.graphics.addLayout(row=1, col=0)
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.hidden_title = QLabel(objectName="decisionHiddenTitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self._hidden_boxes: list[tuple[pg.LabelItem, pg.ViewBox, pg.ImageItem]] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.sliders_box)
        layout.addWidget(self.message)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.hidden_title)

        self.graphics.scene().sigMouseClicked.connect(self._mouse_clicked)
        self.output_combo.currentIndexChanged.connect(self._view_changed)
        self.x_combo.currentIndexChanged.connect(self._axis_changed)
        self.y_combo.currentIndexChanged.connect(self._axis_changed)
        self._apply_palette()
        self._apply_scale()
        self._show_message(self.tr("Open or build a dataset with at least two inputs to see its decision map."))

    # ------------------------------------------------------------------ model
    def set_dataset(self, dataset: Dataset) -> None:
        """The rows to draw and the inputs to offer as axes; keeps the chosen axes when the inputs stay."""
        old = self._dataset
        if old is not None and old == dataset:
            return
        self._dataset = dataset.copy()
        self._conflicts = self._dataset.conflicts()
        X = self._dataset.X
        same_inputs = old is not None and old.input_names == dataset.input_names
        if not same_inputs:
            candidates = axis_candidates(X)
            self._fill_combo(self.x_combo, dataset.input_names, candidates[0] if candidates else -1)
            self._fill_combo(self.y_combo, dataset.input_names, candidates[1] if len(candidates) > 1 else -1)
        if old is None or old.target_names != dataset.target_names:
            self._fill_combo(self.output_combo, dataset.target_names, 0)
        multi = len(dataset.target_names) > 1
        self.output_combo.setVisible(multi)
        self.output_label.setVisible(multi)
        self._build_sliders(keep=same_inputs)
        self._schedule()

    def set_network(self, net: Network | None, selected_row: int | None = None) -> None:
        """The network whose output to map (read when the map is drawn) and the row to ring."""
        self._net = net
        self._selected_row = selected_row
        self._schedule()

    def axes(self) -> tuple[int, int]:
        """The input columns (indices among the inputs) on the x and y axes."""
        return self.x_combo.currentIndex(), self.y_combo.currentIndex()

    def set_axes(self, x: int, y: int) -> None:
        self.x_combo.blockSignals(True)
        self.x_combo.setCurrentIndex(x)
        self.x_combo.blockSignals(False)
        self.y_combo.setCurrentIndex(y)
        self._axis_changed()

    def output_index(self) -> int:
        return max(self.output_combo.currentIndex(), 0)

    def set_fixed(self, column: int, value: float) -> None:
        """Move the slider of an input to the offered value nearest ``value``."""
        values = self._slider_values[column]
        self._sliders[column].setValue(int(np.argmin(np.abs(values - value))))

    def current_map(self) -> DecisionMap | None:
        """The map on screen (grid points, outputs, hidden activations), or None."""
        return self._map

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: its table's rows, the weights shown, the example
        looked at."""
        self._run = run
        run.reset.connect(self._run_reset)
        run.shownChanged.connect(self._shown_changed)
        run.rowChanged.connect(self._shown_changed)
        run.stateChanged.connect(self._state_changed)
        self._run_reset()
        self._shown_changed()

    def _run_reset(self) -> None:
        if self._run.network is not None:
            self.set_dataset(self._run.dataset)

    def _state_changed(self, _state: str) -> None:
        if not self._run.running:
            self._described_at = -math.inf  # the next run's first map is described at once
            if self._undescribed is not None:  # the last map drawn while the run trained
                self._describe_map(*self._undescribed)

    def _shown_changed(self, *_args) -> None:
        run = self._run
        if run.network is not None:
            self.set_network(run.shown_network(), run.row)
    # ------------------------------------------------------------------ building
    @staticmethod
    def _fill_combo(combo: QComboBox, names: list[str], current: int) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def _build_sliders(self, keep: bool) -> None:
        old = self._fixed.copy() if keep else None
        while self._sliders_grid.count():
            w = self._sliders_grid.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self._sliders.clear()
        self._slider_values.clear()
        ds = self._dataset
        X = ds.X
        self._fixed = X[0].copy() if len(X) else np.zeros(X.shape[1])
        x, y = self.axes()
        constant = constant_columns(X)
        row = 0
        for c, name in enumerate(ds.input_names):
            if c in (x, y) or c in constant:
                continue
            values = slice_values(X[:, c])
            start = values[0] if old is None or c >= len(old) else old[c]
            index = int(np.argmin(np.abs(values - start)))
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"decisionSlider_{c}")
            slider.setRange(0, len(values) - 1)
            slider.setValue(index)
            slider.setToolTip(tooltip(self.tr("Hold {name} at this value; the markers show the rows that have it")
                                      .format(name=name)))
            slider.setAccessibleName(self.tr("Value of {name}").format(name=name))
            value_label = QLabel(textFormat=Qt.TextFormat.PlainText)
            self._sliders_grid.addWidget(QLabel(name, textFormat=Qt.TextFormat.PlainText), row, 0)
            self._sliders_grid.addWidget(slider, row, 1)
            self._sliders_grid.addWidget(value_label, row, 2)
            self._sliders[c] = slider
            self._slider_values[c] = values
            self._fixed[c] = values[index]
            value_label.setText(number(values[index], ".4g"))
            slider.valueChanged.connect(lambda i, c=c, label=value_label: self._slider_moved(c, i, label))
            row += 1
        self.sliders_box.setVisible(row > 0)
        self._apply_scale()

    def _slider_moved(self, column: int, index: int, label: QLabel) -> None:
        value = self._slider_values[column][index]
        self._fixed[column] = value
        label.setText(number(value, ".4g"))
        self._schedule()

    @Slot()
    def _axis_changed(self) -> None:
        if self._dataset is None:
            return
        x, y = self.axes()
        if x == y and self.x_combo.count() > 1:  # keep two different axes: move the other one
            other = self.y_combo if self.sender() is self.x_combo else self.x_combo
            other.blockSignals(True)
            other.setCurrentIndex(next(c for c in axis_candidates(self._dataset.X) if c != x))
            other.blockSignals(False)
        self._build_sliders(keep=True)
        self._schedule()

    @Slot()
    def _view_changed(self) -> None:
        self._schedule()

    # ------------------------------------------------------------------ drawing
    def _schedule(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        if not self._timer.isActive():
            wait = THROTTLE * self._last_cost
            if self._run is not None and self._run.running:  # nobody follows a map changing faster
                wait = max(wait, 1 / LIVE_HZ)
            self._timer.start(int(1000 * wait))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self._timer.start(0)

    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.graphics.setVisible(not text)
        if text:
            self.hidden_title.hide()

    @Slot()
    def refresh(self) -> None:
        """Compute and draw the map now from the network given last."""
        self._timer.stop()
        ds, net = self._dataset, self._net
        if ds is None or len(ds.input_names) < 2:
            self._map = None
            self._show_message(self.tr("The decision map needs a dataset with at least two inputs."))
            return
        if net is None or net.sizes[0] != len(ds.input_names) or net.sizes[-1] != len(ds.target_names):
            self._map = None
            self._show_message(self.tr("The decision map appears when the network fits the table (press Reset or Train)."))
            return
        self._show_message(None)
        self.hidden_title.show()
        t0 = time.perf_counter()
        x, y = self.axes()
        X, Y = ds.X, ds.Y
        xr, yr = extent(X[:, x]), extent(X[:, y])
        with np.errstate(all="ignore"):
            m = decision_map(net, x, y, self._fixed, xr, yr)
        self._map = m
        out = min(self.output_index(), m.outputs.shape[0] - 1)
        self._draw_image(self.image, m.outputs[out], m.xs, m.ys, levels=(0.0, 1.0))
        self.boundary.setData(m.outputs[out])
        on_slice = rows_on_slice(X, x, y, self._fixed)
        self._draw_rows(X[:, x], X[:, y], Y[:, out], on_slice)
        frame = (xr, yr, ds.input_names[x], ds.input_names[y])
        if frame != self._frame:  # a new label or range draws the axes afresh: only when they change
            self._frame = frame
            self.plot.setXRange(*xr, padding=0)
            self.plot.setYRange(*yr, padding=0)
            self.plot.setLabel("bottom", html_text(ds.input_names[x]))  # pyqtgraph's labels are HTML
            self.plot.setLabel("left", html_text(ds.input_names[y]))
        self._describe_map(ds, net, m, out, x, y, on_slice)
        self._draw_hidden(m, net)
        self._last_cost = time.perf_counter() - t0
        self.mapUpdated.emit()

    def _describe_map(self, ds, net, m, out: int, x: int, y: int, on_slice) -> None:
        """The map's text alternative (playground.ui.kit.plot_description): share above 0.5, rows right, corners;
        at most every DESCRIBE_S seconds while the Run followed trains (the last map is described when it stops)."""
        if self._run is not None and self._run.running:
            now = time.monotonic()
            if now - self._described_at < DESCRIBE_S:
                self._undescribed = (ds, net, m, out, x, y, on_slice)
                return
            self._described_at = now
        self._undescribed = None
        self.graphics.setAccessibleDescription(map_description(ds, net, m, out, x, y, on_slice))

    def line_ratio(self) -> float:
        """Device pixels per px for outlines: the screen's (HiDPI), or a picture export's."""
        if self._ratio_override is not None:
            return self._ratio_override
        return max(1.0, float(self.devicePixelRatioF()))

    @contextmanager
    def exporting(self, ratio: float):
        """While a picture is drawn: outlines as thick as on screen, and no selection outline."""
        self._ratio_override = float(ratio)
        self.selected.hide()
        self._apply_scale()
        if self._map is not None:
            self.refresh()
        try:
            yield self.graphics.ci
        finally:
            self._ratio_override = None
            self.selected.show()
            self._apply_scale()
            if self._map is not None:
                self.refresh()

    def row_at(self, x: float, y: float, target: float) -> np.ndarray | None:
        """The table row a click at (x, y) adds: the map's axes at x and y, the other inputs at their
        fixed values, the output shown at ``target`` (1 or 0) and any other targets at 0."""
        ds = self._dataset
        if ds is None or self._map is None or len(self._fixed) != len(ds.input_names):
            return None
        inputs = np.array(self._fixed, dtype=float)
        ax, ay = self.axes()
        inputs[ax], inputs[ay] = x, y
        row = np.zeros(len(ds.names))
        row[ds.input_columns] = inputs
        row[ds.target_columns[min(self.output_index(), len(ds.target_columns) - 1)]] = target
        return row

    def _mouse_clicked(self, event) -> None:
        """Left click: a new row with target 1 there; right click: target 0 (the editor makes it undoable)."""
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton) or self._map is None:
            return
        pos = event.scenePos()
        if not self.plot.vb.sceneBoundingRect().contains(pos):
            return
        point = self.plot.vb.mapSceneToView(pos)
        row = self.row_at(point.x(), point.y(), 1.0 if button == Qt.MouseButton.LeftButton else 0.0)
        if row is not None:
            event.accept()
            self.pointClicked.emit(row)

    # ------------------------------------------------------------------ scale and palette
    def set_scale(self, factor: float) -> None:
        """Presentation mode: multiply fonts, markers and line widths by ``factor``."""
        if not factor > 0:
            raise ValueError(f"scale must be positive, got {factor}")
        self._scale = float(factor)
        self._apply_scale()
        self._schedule()

    def scale_factor(self) -> float:
        return self._scale

    def _apply_scale(self) -> None:
        s = self._scale
        text = self.palette().color(QPalette.ColorRole.Text)
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(TICK_PT * s)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setStyle(tickFont=tick_font, tickTextOffset=int(round(5 * s)))
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.label.setFont(QFont(self.font().family(), int(round(LABEL_PT * s))))
        self.colorbar.axis.setStyle(tickFont=tick_font)
        self.colorbar.axis.setTextPen(pg.mkPen(text))
        self.boundary.setPen(pg.mkPen(text, width=2.5 * s * self.line_ratio(), style=Qt.PenStyle.DashLine))
        for title, _, _ in self._hidden_boxes:
            title.setAttr("size", f"{TITLE_PT * s:.0f}pt")
            title.setAttr("color", text.name())
            title.setText(title.text)
        controls_font = QFont(self.font())
        controls_font.setPointSizeF(CONTROLS_PT * s)
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLabel, QComboBox, QSlider)):
                w.setFont(controls_font)

    def _apply_palette(self) -> None:
        self.graphics.setBackground(self.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "graphics"):
            self._apply_palette()
            self._apply_scale()
            self._schedule()  # the markers' shades follow the palette


if __name__ == "__main__":  # python -m playground.ui.views.decision_map: the xor preset's network after training
    from playground.ui.preview import listening, preview

    preview(listening(DecisionMapView, "xor"), size=(520, 720))

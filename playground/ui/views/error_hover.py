"""The error plot's read-out of the point under the mouse, floated over the plot beside that point (a mixin of
ErrorPlot).

It was the last item of the row of controls under the plot, and took a line of its own whenever it held text: the
plot shrank under the mouse as the read-out appeared and grew back as it went (~30 px at 1280x800, more at the
projector), so the curve moved under the pointer. Floated, it lays nothing out anew, and it is as large as the
plot's other texts at the projector.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel

from playground.ui.views.error_controls import CONTROLS_PT
from playground.ui.views.error_curves import describe_point

READOUT_GAP_PX = 10  # between the point and its read-out, at scale 1


class HoverReadout:
    """``hover_label``: a label over the plot's view, beside the marked point; empty and hidden off the curves.

    It is the panel's child, not the plot's: a picture of the plot (a lesson report's) never holds it. It goes when
    the pointer leaves the plot, and follows its point when the view moves or changes size."""

    def _make_readout(self, name: str) -> QLabel:
        label = QLabel("", self, objectName="hoverLabel", textFormat=Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the plot keeps the mouse
        label.setAutoFillBackground(True)  # readable over the grid and the curves
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.hide()
        self.plot_widget.viewport().installEventFilter(self)  # its Leave: the read-out goes
        view_box = self.plot_widget.getPlotItem().getViewBox()
        view_box.geometryChanged.connect(self._follow_readout)  # moved by the axes beside it
        view_box.sigTransformChanged.connect(self._follow_readout)  # resized, or its range changed
        self._hovered: tuple[float, float] | None = None  # the point read out (iteration, error)
        return label

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Leave and obj is self.plot_widget.viewport():
            self._clear_hover()  # pyqtgraph reports no move out of the view when the pointer leaves at speed
        return super().eventFilter(obj, event)

    def _style_readout(self) -> None:
        """The read-out's size at the plot's scale (its font; its padding)."""
        font = QFont(self.hover_label.font())
        font.setPointSizeF(CONTROLS_PT * self._scale)
        self.hover_label.setFont(font)
        self.hover_label.setMargin(round(3 * self._scale))
        self._follow_readout()

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
        self.hover_label.setText(describe_point(*point, hidden=self.error_hidden()))  # the iteration alone, or both
        self._hovered = point
        on_axis = not (self._log_scale and not point[1] > 0)  # an error of 0 has no place on a log axis
        self._marker.setData([point[0]] if on_axis else [], [point[1]] if on_axis else [])
        self._place_readout()

    def _clear_hover(self) -> None:
        self.hover_label.setText("")
        self.hover_label.hide()
        self._hovered = None
        self._marker.setData([], [])

    def _follow_readout(self, *_) -> None:
        if self.hover_label.text():
            self._place_readout()

    def _place_readout(self) -> None:
        """Above the marked point, to its right (left where the view ends first; below where the top does); on two
        lines where one is wider than the view (1.5x at a 1366x768 projector). An error of 0 on the log scale has
        no place on it: its read-out stands at the bottom."""
        label = self.hover_label
        if self._hovered is None or not math.isfinite(self._hovered[0]):
            return
        x_data, y_data = self._hovered
        view_box = self.plot_widget.getPlotItem().getViewBox()
        to_panel = self.plot_widget.mapTo(self, QPoint(0, 0))
        room = self.plot_widget.mapFromScene(view_box.sceneBoundingRect()).boundingRect().translated(to_panel)
        if self._log_scale:
            y_data = math.log10(y_data) if y_data > 0 else -math.inf
        y_drawn = y_data if math.isfinite(y_data) else view_box.viewRange()[1][0]  # off the axis: at its bottom
        at = self.plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(x_data, y_drawn))) + to_panel
        label.setText(label.text().replace("\n", "   "))
        label.adjustSize()
        if label.width() > room.width() and "   " in label.text():  # wider than the view: the error under the iteration
            label.setText(label.text().replace("   ", "\n"))
            label.adjustSize()
        gap = READOUT_GAP_PX * self._scale
        x = at.x() + gap if at.x() + gap + label.width() <= room.right() else at.x() - gap - label.width()
        y = at.y() - gap - label.height() if at.y() - gap - label.height() >= room.top() else at.y() + gap
        x = max(room.left(), min(x, room.right() - label.width()))
        y = max(room.top(), min(y, room.bottom() - label.height()))
        label.move(round(x), round(y))
        label.show()
        label.raise_()

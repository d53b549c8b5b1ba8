"""The error plot's read-out of the point under the mouse, floated over the plot beside that point (a mixin of
ErrorPlot).

It was the last item of the row of controls under the plot, and took a line of its own whenever it held text: the
plot shrank under the mouse as the read-out appeared and grew back as it went (~30 px at 1280x800, more at the
projector), so the curve moved under the pointer. Floated, it lays nothing out anew, and it is as large as the
plot's other texts at the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel

from playground.ui.views.error_controls import CONTROLS_PT
from playground.ui.views.error_curves import describe_point

READOUT_GAP_PX = 10  # between the point and its read-out, at scale 1


class HoverReadout:
    """``hover_label``: a label over the plot's view, beside the marked point; empty and hidden off the curves."""

    def _make_readout(self, name: str) -> QLabel:
        label = QLabel("", self.plot_widget, objectName="hoverLabel", textFormat=Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the plot keeps the mouse
        label.setAutoFillBackground(True)  # readable over the grid and the curves
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.hide()
        return label

    def _style_readout(self) -> None:
        """The read-out's size at the plot's scale (its font; its padding)."""
        font = QFont(self.hover_label.font())
        font.setPointSizeF(CONTROLS_PT * self._scale)
        self.hover_label.setFont(font)
        self.hover_label.setMargin(round(3 * self._scale))
        if self.hover_label.text():
            self._place_readout()

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
        self._marker.setData([point[0]], [point[1]])
        self._place_readout()

    def _clear_hover(self) -> None:
        self.hover_label.setText("")
        self.hover_label.hide()
        self._marker.setData([], [])

    def _place_readout(self) -> None:
        """Above the marked point, to its right (left where the view ends first; below where the top does); on two
        lines where one is wider than the view (1.5x at a 1366x768 projector)."""
        label = self.hover_label
        xs, ys = self._marker.getData()  # as drawn (log10 on the log scale)
        if xs is None or len(xs) == 0:
            return
        view_box = self.plot_widget.getPlotItem().getViewBox()
        at = self.plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(float(xs[0]), float(ys[0]))))
        room = self.plot_widget.mapFromScene(view_box.sceneBoundingRect()).boundingRect()
        label.adjustSize()
        if label.width() > room.width() and "   " in label.text():  # wider than the view: the error under the iteration
            label.setText(label.text().replace("   ", "\n"))
            label.adjustSize()
        gap = READOUT_GAP_PX * self._scale
        x = at.x() + gap if at.x() + gap + label.width() <= room.right() else at.x() - gap - label.width()
        y = at.y() - gap - label.height() if at.y() - gap - label.height() >= room.top() else at.y() + gap
        label.move(round(max(room.left(), x)), round(min(y, room.bottom() - label.height())))
        label.show()
        label.raise_()

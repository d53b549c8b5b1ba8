"""The network diagram under the pointer: what is at a point (node or edge), the hover read-out.

A mixin of :class:`playground.ui.network_view.NetworkView`.
Its texts are translated in the context "NetworkView" (the widget's), whichever module writes them.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication

from playground.ui.network_items import format_value


class DiagramPointer:
    """Hit-testing and the hover read-out of the network diagram (mixed into NetworkView)."""

    def node_position(self, layer: int, index: int) -> tuple[float, float]:
        """Centre of unit ``index`` of ``layer``, in view (data) coordinates."""
        if not 0 <= index < self._sizes[layer]:
            raise IndexError(f"layer {layer} has {self._sizes[layer]} units, no index {index}")
        x, y = self._pos[self._layer_start[layer] + index]
        return float(x), float(y)

    def bias_position(self, layer: int) -> tuple[float, float]:
        """Centre of the bias node feeding layer ``layer + 1``."""
        if not self._bias:
            raise IndexError("the network has no bias nodes")
        x, y = self._pos[self._bias_node[layer]]
        return float(x), float(y)

    def describe_at(self, x: float, y: float) -> str | None:
        """Hover text for the node or edge at view point (x, y), or None if nothing is there."""
        if len(self._pos) == 0:
            return None
        point = np.array([x, y], float)
        dist = np.hypot(*(self._pos - point).T)
        node = int(np.argmin(dist))
        radius = self._node_sizes()[node] / 2
        if dist[node] <= max(radius * 1.25, radius + self._pixel_tolerance()):
            return self._describe_node(node)
        edge = self._edge_near(point)
        return None if edge is None else self._describe_edge(edge)

    def _edge_near(self, point: np.ndarray) -> int | None:
        """The edge within a few pixels of view point ``point``, or None."""
        if len(self._adj) == 0:
            return None
        a, b = self._pos[self._adj[:, 0]], self._pos[self._adj[:, 1]]
        ab = b - a
        t = np.clip(((point - a) * ab).sum(axis=1) / (ab * ab).sum(axis=1), 0.0, 1.0)
        seg_dist = np.hypot(*(a + t[:, None] * ab - point).T)
        edge = int(np.argmin(seg_dist))
        return edge if seg_dist[edge] <= self._pixel_tolerance() else None

    def edge_at(self, x: float, y: float) -> tuple[int, int, int] | None:
        """(matrix k, from-unit i or -1 for the bias, to-unit j) of the edge at view point (x, y), or None."""
        if len(self._pos) == 0:
            return None
        point = np.array([x, y], float)
        dist = np.hypot(*(self._pos - point).T)
        if dist.min() <= self._node_sizes()[int(np.argmin(dist))] / 2:
            return None  # on a node
        edge = self._edge_near(point)
        if edge is None:
            return None
        return int(self._edge_layer[edge]), int(self._edge_from[edge]), int(self._edge_to[edge])

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        p = self._vb.mapSceneToView(self.mapToScene(event.position().toPoint()))
        found = self.edge_at(p.x(), p.y())
        if found is not None:
            self.edgeDoubleClicked.emit(*found)
        super().mouseDoubleClickEvent(event)

    def _pixel_tolerance(self, pixels: float = 5.0) -> float:
        """``pixels`` screen pixels in data units (a fixed guess before the view has a size)."""
        if self._vb.width() < 20:
            return 0.15
        px_w, px_h = self._vb.viewPixelSize()
        return pixels * max(px_w, px_h)

    def _describe_node(self, node: int) -> str:
        k, i = int(self._node_layer[node]), int(self._node_index[node])
        if i < 0:
            return QCoreApplication.translate("NetworkView", "bias = 1 (feeds {layer})").format(layer=self._layer_titles[k + 1])
        name = self._names[k][i]
        if self._activations is None:
            return name
        return f"{name} = {format_value(self._activations[k][i])}"

    def _describe_edge(self, edge: int) -> str:
        k, i, j = int(self._edge_layer[edge]), int(self._edge_from[edge]), int(self._edge_to[edge])
        target = self._names[k + 1][j]
        label = f"b[{target}]" if i < 0 else f"w[{self._names[k][i]} → {target}]"
        if self._edge_values is None or not np.isfinite(self._edge_values[edge]):
            return label
        return f"{label} = {format_value(self._edge_values[edge])}"

    def _on_mouse_moved(self, scene_pos: QtCore.QPointF) -> None:
        if not self._vb.sceneBoundingRect().contains(scene_pos):
            self._last_mouse = None
            self._hover.hide()
            return
        p = self._vb.mapSceneToView(scene_pos)
        self._last_mouse = (p.x(), p.y())
        self._refresh_hover()

    def _refresh_hover(self) -> None:
        if self._last_mouse is None:
            return
        x, y = self._last_mouse
        text = self.describe_at(x, y)
        if text is None:
            self._hover.hide()
            return
        (vx0, vx1), (vy0, vy1) = self._vb.viewRange()
        # Keep the read-out inside the view: open it away from the nearest edges.
        ax = -0.1 if x < (vx0 + vx1) / 2 else 1.1
        ay = 1.3 if y < (vy0 + vy1) / 2 else -0.3
        self._hover.setAnchor((ax, ay))
        self._hover.setText(text)
        self._hover.setPos(x, y)
        self._hover.setVisible(True)  # not show(): TextItem.setVisible refreshes its scaling

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        self._last_mouse = None
        self._hover.hide()
        super().leaveEvent(event)

    def hover_text(self) -> str | None:
        """The on-diagram hover read-out, or None when hidden."""
        return self._hover.toPlainText() if self._hover.isVisible() else None


"""The network diagram under the pointer: what is at a point (node or edge), the hover read-out.

A mixin of :class:`playground.ui.views.network_view.NetworkView`.
Its texts are translated in the context "NetworkView" (the widget's), whichever module writes them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication

from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.views.network_items import format_value

# Okabe-Ito yellow: apart from both weight colours (blue, vermillion), on light and dark backgrounds.
HALO_COLOR = (0xF0, 0xE4, 0x42)


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
        return f"{name} = {self._masked_value(self._node_quantity(k), self._activations[k][i])}"

    def _node_quantity(self, k: int) -> str:
        """What a unit's activation is called in a lesson's ``hide``: the outputs, or the layer (l1)."""
        return "outputs" if k == len(self._sizes) - 1 else f"l{k}"

    def _masked_value(self, name: str, value: float) -> str:
        """A value as the diagram writes it, or "?" while a lesson's AnswerMask hides ``name``."""
        return PLACEHOLDER if self._mask is not None and self._mask.hides(name) else format_value(value)

    def _describe_edge(self, edge: int) -> str:
        k, i, j = int(self._edge_layer[edge]), int(self._edge_from[edge]), int(self._edge_to[edge])
        target = self._names[k + 1][j]
        label = f"b[{target}]" if i < 0 else f"w[{self._names[k][i]} → {target}]"
        if self._edge_values is None or not np.isfinite(self._edge_values[edge]):
            return label
        return f"{label} = {self._masked_value('weights', self._edge_values[edge])}"

    def _on_mouse_moved(self, scene_pos: QtCore.QPointF) -> None:
        if not self._vb.sceneBoundingRect().contains(scene_pos):
            self._last_mouse = None
            self._hover.hide()
            self._hover_changed(None, None)
            return
        p = self._vb.mapSceneToView(scene_pos)
        self._last_mouse = (p.x(), p.y())
        self._hover_changed(p.x(), p.y())
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
        self._hover_changed(None, None)
        super().leaveEvent(event)

    def hover_text(self) -> str | None:
        """The on-diagram hover read-out, or None when hidden."""
        return self._hover.toPlainText() if self._hover.isVisible() else None


    # ------------------------------------------------------------------ selection (the formula link)

    def _make_overlay(self) -> None:
        """A halo drawn under the edges: the selected edge and the edges of a quantity chosen in the
        inspector. Set only when the selection, structure, scale or palette changes, never per snapshot."""
        self._halo = pg.PlotCurveItem(connect="pairs", antialias=True)
        self._halo.setZValue(-1)  # under the edges: their colour (the weight's sign) stays visible
        self._selected_halo = pg.PlotCurveItem(connect="pairs", antialias=True)
        self._selected_halo.setZValue(-0.5)  # over the yellow halo of the inspector's edges
        for item in (self._halo, self._selected_halo):
            self._vb.addItem(item, ignoreBounds=True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # arrow keys walk the edges

    def _refresh_overlay(self) -> None:
        ratio = self._scale * self.line_ratio()
        # The inspector's edges in yellow; the one edge the formula is about in the text colour (black on a
        # light palette, white on a dark one): it stands out among highlighted edges and from blue and orange.
        marked = QtGui.QColor(*HALO_COLOR)
        chosen = self.palette().color(QtGui.QPalette.ColorRole.Text)
        for item, edges, width, alpha, colour in ((self._halo, self._marked_edges, 7.0, 0.55, marked),
                                                  (self._selected_halo, [] if self._selected_edge is None
                                                   else [self._selected_edge], 11.0, 0.45, chosen)):
            edges = np.asarray(edges, int)
            if len(self._adj) == 0 or edges.size == 0:
                item.setData([], [])
                continue
            ends = self._pos[self._adj[edges]].reshape(-1, 2)
            shade = QtGui.QColor(colour)
            shade.setAlphaF(alpha)
            item.setPen(pg.mkPen(shade, width=width * ratio))
            item.setData(ends[:, 0], ends[:, 1])

    def _edge_number(self, k: int, i: int, j: int) -> int:
        """The edge's index in the diagram's edge order (weights in row-major order, then the bias's)."""
        found = np.flatnonzero((self._edge_layer == k) & (self._edge_from == i) & (self._edge_to == j))
        if found.size == 0:
            raise IndexError(f"the diagram has no edge syn{k}[{i}, {j}]")
        return int(found[0])

    def _edge_key(self, edge: int) -> tuple[int, int, int]:
        return int(self._edge_layer[edge]), int(self._edge_from[edge]), int(self._edge_to[edge])

    def select_edge(self, k: int, i: int, j: int) -> None:
        """Select edge (matrix k, from-unit i or -1 for the bias, to-unit j): outlined, and ``edgeSelected``."""
        self._selected_edge = self._edge_number(k, i, j)
        self._refresh_overlay()
        self.edgeSelected.emit(k, i, j)

    def selected_edge(self) -> tuple[int, int, int] | None:
        return None if self._selected_edge is None else self._edge_key(self._selected_edge)

    def set_highlighted_edges(self, edges) -> None:
        """Outline these edges [(k, i, j), ...] (a quantity chosen in the inspector); [] or None clears."""
        numbers = [self._edge_number(*e) for e in edges or [] if self._has_edge(*e)]
        self._marked_edges = np.array(sorted(set(numbers)), int)
        self._refresh_overlay()

    def _has_edge(self, k: int, i: int, j: int) -> bool:
        return bool(((self._edge_layer == k) & (self._edge_from == i) & (self._edge_to == j)).any())

    def highlighted_edges(self) -> list[tuple[int, int, int]]:
        return [self._edge_key(int(e)) for e in self._marked_edges]

    def edge_point(self, k: int, i: int, j: int) -> QtCore.QPoint:
        """A point of the widget on edge (k, i, j) that picks that edge and no other (for tests and
        keyboard users' tooltips): along the edge, where the nearest other edge is farthest."""
        edge = self._edge_number(k, i, j)
        a, b = self._pos[self._adj[edge]]
        best, best_room = a + 0.5 * (b - a), -1.0
        for t in np.linspace(0.1, 0.9, 33):
            point = a + t * (b - a)
            if self.edge_at(*point) != (k, i, j):  # on a node, or nearer another edge
                continue
            others = self._segment_distances(point)
            others[edge] = np.inf
            room = float(others.min()) if others.size > 1 else np.inf
            if room > best_room:
                best, best_room = point, room
        return self._widget_point(best)

    def node_point(self, layer: int, index: int) -> QtCore.QPoint:
        """The centre of a unit (index -1: the bias node feeding layer + 1), in widget coordinates."""
        return self._widget_point(self.bias_position(layer) if index < 0 else self.node_position(layer, index))

    def _widget_point(self, point) -> QtCore.QPoint:
        scene = self._vb.mapViewToScene(QtCore.QPointF(float(point[0]), float(point[1])))
        return self.mapFromScene(scene)

    def _segment_distances(self, point: np.ndarray) -> np.ndarray:
        a, b = self._pos[self._adj[:, 0]], self._pos[self._adj[:, 1]]
        ab = b - a
        t = np.clip(((point - a) * ab).sum(axis=1) / (ab * ab).sum(axis=1), 0.0, 1.0)
        return np.hypot(*(a + t[:, None] * ab - point).T)

    def _node_at(self, point: np.ndarray) -> int | None:
        if len(self._pos) == 0:
            return None
        dist = np.hypot(*(self._pos - point).T)
        node = int(np.argmin(dist))
        return node if dist[node] <= self._node_sizes()[node] / 2 else None

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton and len(self._pos):
            p = self._vb.mapSceneToView(self.mapToScene(event.position().toPoint()))
            point = np.array([p.x(), p.y()], float)
            node, edge = self._node_at(point), None
            if node is None:
                edge = self._edge_near(point)
            if edge is not None:
                self.select_edge(*self._edge_key(edge))
            elif node is not None:
                self._selected_edge = None
                self._refresh_overlay()
                self.nodeSelected.emit(int(self._node_layer[node]), int(self._node_index[node]))
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Arrow keys walk the edges (Right/Down the next, Left/Up the one before); Enter opens the
        selected edge's formula (``selectionActivated``); Escape clears the selection."""
        key, Key = event.key(), QtCore.Qt.Key
        if len(self._adj) and key in (Key.Key_Right, Key.Key_Down, Key.Key_Left, Key.Key_Up):
            step = 1 if key in (Key.Key_Right, Key.Key_Down) else -1
            current = self._selected_edge
            edge = (0 if step > 0 else len(self._adj) - 1) if current is None else (current + step) % len(self._adj)
            self.select_edge(*self._edge_key(edge))
            self.setAccessibleDescription(self._describe_edge(edge))  # a screen reader says the edge chosen
            return
        if key in (Key.Key_Return, Key.Key_Enter) and self._selected_edge is not None:
            self.selectionActivated.emit()
            return
        if key == Key.Key_Escape and self._selected_edge is not None:
            self._selected_edge = None
            self._refresh_overlay()
            return
        super().keyPressEvent(event)

    def _hover_changed(self, x: float | None, y: float | None) -> None:
        """Tell listeners which edge is under the pointer, when that changes."""
        edge = None if x is None else self.edge_at(x, y)
        edge = edge or (-1, -1, -1)
        if edge != getattr(self, "_hovered", None):
            self._hovered = edge
            self.edgeHovered.emit(*edge)

"""Live network diagram: one ``pg.GraphItem`` for nodes and edges, text labels, hover read-out.

The view only draws what it is given.  Layer sizes and names, weights and
activations come from the model; nothing here computes anything beyond layout,
colours and formatting.

Edges are ordered so that the weights can be copied in with one concatenate:
for each layer ``k`` the ``sizes[k] * sizes[k+1]`` weight edges in row-major
order of ``weights[k]`` (from-unit major), then, when bias is on, the
``sizes[k+1]`` edges leaving that layer's bias node.

The widget is split over flat modules: :mod:`~playground.ui.views.network_items` (constants and
graphics items), :mod:`~playground.ui.views.network_follow` (following a Run), :mod:`~playground.ui.views.network_text` (labels, legend, fitting, the text
alternative) and :mod:`~playground.ui.views.network_pointer` (hit-testing, hover, and the selection
the formula panel follows: click, arrow keys, Enter; the halo of edges a quantity is about).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from playground.ui.kit.contrast import is_high_contrast, readable
from playground.ui.views.network_items import (FILL_HIGH, FILL_LOW, FILL_STEPS, LEVELS, MAX_ALPHA, MAX_LAYER_SPAN,
                                         MAX_WIDTH, MIN_ALPHA, MIN_ALPHA_DARK, MIN_DENSITY_FACTOR, MIN_LAYER_GAP,
                                         MIN_WIDTH, NEGATIVE_COLOR, NEUTRAL_ALPHA, NEUTRAL_COLOR, NEUTRAL_WIDTH,
                                         PEN_DTYPE, POSITIVE_COLOR, POSITIVE_COLOR_DARK, BIAS_ROW_GAP, EdgeGraphItem,
                                         format_value)
from playground.ui.views.network_follow import DiagramFollowing
from playground.ui.views.network_pointer import DiagramPointer
from playground.ui.views.network_text import DiagramText
from playground.ui.classroom.presentation import ScaledView

__all__ = ["NetworkView", "PEN_DTYPE", "POSITIVE_COLOR", "NEGATIVE_COLOR", "MIN_WIDTH", "MAX_WIDTH", "format_value"]


class NetworkView(DiagramFollowing, DiagramText, DiagramPointer, ScaledView, pg.GraphicsLayoutWidget):
    """The live network diagram: layers left to right, weights as coloured edges."""

    # An edge was double-clicked: (weight matrix k, from-unit i or -1 for the bias, to-unit j)
    edgeDoubleClicked = QtCore.Signal(int, int, int)
    # Selection (network_pointer): an edge clicked or chosen with the arrow keys, (k, i or -1, j);
    # the edge under the pointer ((-1, -1, -1) when none); a unit clicked (layer, index); Enter pressed.
    edgeSelected = QtCore.Signal(int, int, int)
    edgeHovered = QtCore.Signal(int, int, int)
    nodeSelected = QtCore.Signal(int, int)
    selectionActivated = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fit_due = False  # a fit asked for while hidden, done when shown (showEvent)
        self.setObjectName("networkView")
        self.setAccessibleName(self.tr("Network diagram"))
        self.setAntialiasing(True)
        self.ci.setContentsMargins(0, 0, 0, 0)
        self.ci.layout.setSpacing(0)

        # A fixed picture: no pan, zoom or context menu, so a teacher can't lose it.
        self._vb = self.addViewBox(row=0, col=0, enableMenu=False)
        self._vb.setMouseEnabled(x=False, y=False)
        self._vb.setAspectLocked(True)
        self._vb.disableAutoRange()

        self._graph = EdgeGraphItem()
        # No item cache for the edges: a device-coordinate cache made before the view box had
        # its size (a file opened before the window shows) kept painting the old picture, at the
        # wrong place and clipped. Edges are one path per pen (below), cheap to replay.
        self._vb.addItem(self._graph)

        self._legend = pg.TextItem(anchor=(0, 0))
        self._legend.setParentItem(self._vb)  # parented to the box, not its data: pixel coords
        self._legend.setPos(4, 2)

        self._hover = pg.TextItem(anchor=(0, 1))
        self._hover.setZValue(100)
        self._hover.hide()
        self._vb.addItem(self._hover, ignoreBounds=True)
        self._last_mouse: tuple[float, float] | None = None

        self._scale = 1.0
        self._ratio_override: float | None = None  # a picture export's pixels per px
        self._contrast: tuple[int, bool] | None = None  # (the palette's cacheKey, whether it is high-contrast)
        self._row_caption = ""  # names the example whose activations fill the nodes
        self._mask = None  # a lesson's AnswerMask (follow_mask): weights and outputs it hides are "?"
        self._describe_later = 0  # > 0: inside _one_description, which describes once at its end
        self._description_due = False
        self._text_color = QtGui.QColor(0, 0, 0)
        self._base_color = QtGui.QColor(255, 255, 255)
        # One brush per fill level; made from plain ints (pg.mkBrush took ~2.5 ms for the 256: the cold start)
        levels = (FILL_LOW + (FILL_HIGH - FILL_LOW) * np.arange(FILL_STEPS)[:, None] / (FILL_STEPS - 1)).astype(int)
        self._fill_brushes = [QtGui.QBrush(QtGui.QColor(r, g, b)) for r, g, b in levels.tolist()]

        self._clear_structure()
        self._apply_palette()
        self._make_overlay()  # the halo under selected and highlighted edges (network_pointer)
        self._ready = True
        self._vb.sigResized.connect(self._fit)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # ------------------------------------------------------------------ structure

    def _clear_structure(self) -> None:
        self._selected_edge: int | None = None  # network_pointer: the edge clicked or chosen by key
        self._marked_edges = np.zeros(0, int)  # network_pointer: edges of a quantity chosen in the inspector
        self._sizes: list[int] = []
        self._bias = False
        self._names: list[list[str]] = []
        self._pos = np.zeros((0, 2))
        self._node_layer = np.zeros(0, int)
        self._node_index = np.zeros(0, int)  # -1 for a bias node
        self._layer_start: list[int] = []
        self._bias_node: list[int] = []
        self._spacing: list[float] = []
        self._layer_x: list[float] = []
        self._bias_y = 0.0
        self._adj = np.zeros((0, 2), int)
        self._edge_layer = np.zeros(0, int)
        self._edge_from = np.zeros(0, int)  # -1 for a bias edge
        self._edge_to = np.zeros(0, int)
        self._edge_density = np.zeros(0)
        self._px_per_unit = 60.0  # a guess until the view box has a size
        self._edge_values: np.ndarray | None = None
        self._activations: list[np.ndarray] | None = None
        self._pens = np.zeros(0, PEN_DTYPE)
        self._brushes: list[QtGui.QBrush] = []
        self._name_items: list[list[pg.TextItem]] = []
        self._caption_items: list[pg.TextItem] = []
        self._layer_titles: list[str] = []
        self._bias_items: list[pg.TextItem] = []
        self._bias_label: pg.TextItem | None = None

    def set_structure(
        self, sizes: Sequence[int], input_names: Sequence[str], target_names: Sequence[str], bias: bool
    ) -> None:
        """Lay out layers ``sizes = [n_inputs, *hidden, n_outputs]`` and their labels."""
        sizes = [int(n) for n in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"need at least an input and an output layer of >= 1 unit, got {sizes}")
        for item in self._all_text_items():
            self._vb.removeItem(item)
        self._clear_structure()
        self._sizes = sizes
        self._bias = bool(bias)
        n_layers = len(sizes)

        def names(given: Sequence[str], prefix: str, n: int) -> list[str]:
            given = [str(s) for s in given][:n]
            return given + [f"{prefix}{i + 1}" for i in range(len(given), n)]

        self._names = [names(input_names, "x", sizes[0])]
        self._names += [[f"h{k}.{j + 1}" for j in range(sizes[k])] for k in range(1, n_layers - 1)]
        self._names.append(names(target_names, "y", sizes[-1]))

        # Node positions: layers left to right, each centred vertically.
        self._spacing = [min(1.0, MAX_LAYER_SPAN / (n - 1)) if n > 1 else 1.0 for n in sizes]
        tallest = max((n - 1) * sp for n, sp in zip(sizes, self._spacing))
        gap = max(MIN_LAYER_GAP, 0.8 * tallest)
        self._layer_x = [k * gap for k in range(n_layers)]
        self._bias_y = tallest / 2 + BIAS_ROW_GAP
        xs, ys, layer, index = [], [], [], []
        for k, (n, sp) in enumerate(zip(sizes, self._spacing)):
            self._layer_start.append(len(xs))
            xs += [self._layer_x[k]] * n
            ys += list((n - 1) / 2 * sp - np.arange(n) * sp)
            layer += [k] * n
            index += list(range(n))
        if self._bias:
            for k in range(n_layers - 1):
                self._bias_node.append(len(xs))
                xs.append(self._layer_x[k])
                ys.append(self._bias_y)
                layer.append(k)
                index.append(-1)
        self._pos = np.column_stack([xs, ys]).astype(float)
        self._node_layer = np.array(layer, int)
        self._node_index = np.array(index, int)

        # Edges, in the order set_weights concatenates the values.
        adj, e_layer, e_from, e_to = [], [], [], []
        for k in range(n_layers - 1):
            n_from, n_to = sizes[k], sizes[k + 1]
            i = np.repeat(np.arange(n_from), n_to)
            j = np.tile(np.arange(n_to), n_from)
            adj.append(np.column_stack([self._layer_start[k] + i, self._layer_start[k + 1] + j]))
            e_layer.append(np.full(i.size, k))
            e_from.append(i)
            e_to.append(j)
            if self._bias:
                j = np.arange(n_to)
                adj.append(np.column_stack([np.full(n_to, self._bias_node[k]), self._layer_start[k + 1] + j]))
                e_layer.append(np.full(n_to, k))
                e_from.append(np.full(n_to, -1))
                e_to.append(j)
        self._adj = np.concatenate(adj).astype(int)
        self._edge_layer = np.concatenate(e_layer)
        self._edge_from = np.concatenate(e_from)
        self._edge_to = np.concatenate(e_to)
        spacing = np.array(self._spacing)
        room = np.minimum(spacing[self._edge_layer], spacing[self._edge_layer + 1])
        self._edge_density = np.clip(np.sqrt(room), MIN_DENSITY_FACTOR, 1.0)

        self._make_text_items()
        self._brushes = self._neutral_brushes()
        self._push_graph()
        self._hover.hide()
        self._fit()

    def _push_graph(self) -> None:
        """Hand nodes and edges to the GraphItem (on structure or scale changes, not per frame)."""
        self._pens = self._compute_pens()
        self._graph.setData(
            pos=self._pos,
            adj=self._adj,
            pen=self._pens,
            size=self._node_sizes(),  # data units (pxMode off): nodes never overlap, whatever the zoom
            symbol=["o"] * sum(self._sizes) + ["s"] * len(self._bias_node),
            symbolBrush=self._brushes,
            symbolPen=self._node_pens(),
            pxMode=False,
        )
        self._refresh_overlay()

    # ------------------------------------------------------------------ values

    def set_weights(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray] | None) -> None:
        """Show weights (and biases) as edge colour (sign) and width (|w|); cheap, ~30x a second."""
        n_layers = len(self._sizes)
        if len(weights) != n_layers - 1:
            raise ValueError(f"expected {n_layers - 1} weight matrices, got {len(weights)}")
        parts = []
        for k, w in enumerate(weights):
            w = np.asarray(w, float)
            if w.shape != (self._sizes[k], self._sizes[k + 1]):
                raise ValueError(
                    f"weights[{k}] has shape {w.shape}, expected {(self._sizes[k], self._sizes[k + 1])}"
                )
            parts.append(w.ravel())
            if self._bias:
                if biases is None:
                    parts.append(np.full(self._sizes[k + 1], np.nan))  # unknown: drawn neutral
                    continue
                b = np.asarray(biases[k], float).ravel()
                if b.size != self._sizes[k + 1]:
                    raise ValueError(f"biases[{k}] has {b.size} values, expected {self._sizes[k + 1]}")
                parts.append(b)
        self._edge_values = np.concatenate(parts) if parts else np.zeros(0)
        pens = self._compute_pens()
        # Widths and colours come in LEVELS steps, so most snapshots leave every pen as it was:
        # then the edges' picture is kept rather than drawn again (~1.5 ms a frame).
        if not np.array_equal(pens, self._pens):
            self._pens = pens
            self._graph.setPen(self._pens)  # the only per-frame graphics call: one pen array
        self._refresh_hover()
        self._describe()

    def _compute_pens(self) -> np.ndarray:
        pens = np.zeros(len(self._adj), PEN_DTYPE)
        pens["red"], pens["green"], pens["blue"] = NEUTRAL_COLOR
        pens["alpha"] = NEUTRAL_ALPHA
        ratio = self._scale * self.line_ratio()
        pens["width"] = NEUTRAL_WIDTH * ratio
        values = self._edge_values
        if values is None or values.size == 0:
            return pens
        known = np.isfinite(values)
        magnitude = np.abs(np.where(known, values, 0.0))
        largest = magnitude.max()
        level = np.rint(magnitude / largest * LEVELS) / LEVELS if largest > 0 else np.zeros_like(magnitude)
        negative = known & (values < 0)
        positive = known & ~negative
        for mask, rgb in ((positive, self._positive_color()), (negative, self._negative_color())):
            pens["red"][mask], pens["green"][mask], pens["blue"][mask] = rgb
        # Opacity rises faster than width (power < 1): mid-sized weights stay visible.
        # A high-contrast palette draws every weight opaque (its width still shows its size).
        low = MAX_ALPHA if self.high_contrast() else MIN_ALPHA_DARK if self._dark() else MIN_ALPHA
        pens["alpha"][known] = np.rint(low + (MAX_ALPHA - low) * level[known] ** 0.6)
        widest = MAX_WIDTH * self._edge_density[known]
        pens["width"][known] = (MIN_WIDTH + (widest - MIN_WIDTH) * level[known]) * ratio
        return pens

    def _dark(self) -> bool:
        return self._base_color.lightness() < 128

    def high_contrast(self) -> bool:
        """Whether the widget's palette is high-contrast (see playground.ui.kit.contrast)."""
        palette = self.palette()  # asked a few times a snapshot: worked out once a palette
        if self._contrast is None or self._contrast[0] != palette.cacheKey():
            self._contrast = (palette.cacheKey(), is_high_contrast(palette))
        return self._contrast[1]

    def _shade(self, rgb: tuple[int, int, int]) -> tuple[int, int, int]:
        if not self.high_contrast():
            return rgb
        return readable(QtGui.QColor(*rgb), self._base_color).getRgb()[:3]

    def _positive_color(self) -> tuple[int, int, int]:
        return self._shade(POSITIVE_COLOR_DARK if self._dark() else POSITIVE_COLOR)

    def _negative_color(self) -> tuple[int, int, int]:
        return self._shade(NEGATIVE_COLOR)

    def weight_colours(self) -> tuple[QtGui.QColor, QtGui.QColor]:
        """The opaque colours of positive and negative weights on the current background."""
        return QtGui.QColor(*self._positive_color()), QtGui.QColor(*self._negative_color())

    def background_colour(self) -> QtGui.QColor:
        """The diagram's background (the palette's Base)."""
        return QtGui.QColor(self._base_color)

    def set_activations(self, values: Sequence[np.ndarray] | None) -> None:
        """Fill nodes by the selected row's activations (clipped to [0, 1]); None = neutral."""
        if values is None:
            self._activations = None
            self._brushes = self._neutral_brushes()
        else:
            if len(values) != len(self._sizes):
                raise ValueError(f"expected {len(self._sizes)} activation arrays, got {len(values)}")
            acts = []
            for k, v in enumerate(values):
                v = np.asarray(v, float).ravel()
                if v.size != self._sizes[k]:
                    raise ValueError(f"activations[{k}] has {v.size} values, expected {self._sizes[k]}")
                acts.append(v)
            self._activations = acts
            flat = np.nan_to_num(np.concatenate(acts), nan=0.0)
            steps = np.rint(np.clip(flat, 0.0, 1.0) * (FILL_STEPS - 1)).astype(int)
            brushes = [self._fill_brushes[s] for s in steps] + self._bias_brushes()
            if brushes == self._brushes:  # the same fills (FILL_STEPS levels): nothing to draw again
                self._refresh_hover()
                self._describe()
                return
            self._brushes = brushes
        self._graph.scatter.setBrush(self._brushes)
        self._refresh_hover()
        self._describe()

    def _neutral_brushes(self) -> list[QtGui.QBrush]:
        return [pg.mkBrush(self._base_color)] * sum(self._sizes) + self._bias_brushes()

    def _bias_brushes(self) -> list[QtGui.QBrush]:
        return [pg.mkBrush(self._base_color)] * len(self._bias_node)

    def _node_pens(self) -> list[QtGui.QPen]:
        pens = []
        for k, i in zip(self._node_layer, self._node_index):
            tall = i >= 0 and self._spacing[k] < 0.5
            pens.append(pg.mkPen(self._text_color, width=(1.0 if tall else 1.6) * self._scale * self.line_ratio()))
        return pens

    # ------------------------------------------------------------------ scale, palette, fitting

    def set_scale(self, factor: float) -> None:
        """Presentation mode: multiply fonts, node sizes and line widths by ``factor``."""
        if not factor > 0:
            raise ValueError(f"scale must be positive, got {factor}")
        self._scale = float(factor)
        if self._sizes:
            self._push_graph()
            self._place_text_items()
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._fit_due:  # fits asked for while hidden, done once at the size shown (DiagramText._fit)
            self._fit()

    @contextmanager
    def exporting(self, ratio: float):
        """While a picture is drawn at ``ratio`` pixels per px: weights and outlines as thick as on screen.

        Qt draws pyqtgraph's cosmetic pens in device pixels, whatever the painter's scale.
        """
        self._ratio_override = float(ratio)
        self._restyle_lines()
        note = self._left_out_note()
        try:
            yield self.ci
        finally:
            if note is not None:
                note.setParentItem(None)
                self.scene().removeItem(note)
            self._ratio_override = None
            self._restyle_lines()

    def _left_out_note(self) -> pg.TextItem | None:
        """In an exported picture, the labels left out for lack of room are named in a line along its foot
        (plain text, wrapped to the picture's width): a picture has no tooltip."""
        tip = self.toolTip()
        if not tip:
            return None
        note = pg.TextItem(tip, color=self._text_color, anchor=(0, 1))
        note.setParentItem(self._vb)  # pixel coordinates of the box, like the legend
        width = max(40.0, self._vb.width() - 8)
        note.textItem.setTextWidth(width)
        note.setPos(4, self._vb.height() - 2)
        return note

    def _restyle_lines(self) -> None:
        if self._sizes:
            self._pens = self._compute_pens()
            self._graph.setPen(self._pens)
            self._graph.scatter.setPen(self._node_pens())
            self._refresh_overlay()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        # Qt sends change events from inside the base constructor, before our state exists.
        if event.type() == QtCore.QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self._apply_palette()
        elif event.type() == QtCore.QEvent.Type.DevicePixelRatioChange and getattr(self, "_ready", False):
            self._restyle_lines()

    def _apply_palette(self) -> None:
        """Follow the widget palette so the diagram reads in light and dark themes."""
        palette = self.palette()
        self._base_color = palette.color(QtGui.QPalette.ColorRole.Base)
        self._text_color = palette.color(QtGui.QPalette.ColorRole.Text)
        self.setBackground(self._base_color)
        self._graph.background = self._base_color.getRgb()[:3]
        if self._sizes:
            if self._activations is None:
                self._brushes = self._neutral_brushes()
            else:
                self._brushes = self._brushes[: sum(self._sizes)] + self._bias_brushes()
            self._graph.scatter.setBrush(self._brushes)
            self._graph.scatter.setPen(self._node_pens())
        fill = QtGui.QColor(self._base_color)
        fill.setAlpha(235)
        self._hover.fill = pg.mkBrush(fill)
        self._hover.border = pg.mkPen(self._text_color)
        self._hover.setColor(self._text_color)
        self._apply_text_colors()
        if self._sizes:
            self._pens = self._compute_pens()  # the positive colour follows the theme
            self._graph.setPen(self._pens)
            self._refresh_overlay()

    # ------------------------------------------------------------------ accessors (tests, other panels)

    def view_box(self) -> pg.ViewBox:
        """The box holding the diagram (data coordinates = layout units)."""
        return self._vb

    def sizes(self) -> list[int]:
        return list(self._sizes)

    def node_count(self) -> int:
        """Units plus bias nodes."""
        return len(self._pos)

    def edge_count(self) -> int:
        return len(self._adj)

    def edge_pens(self) -> np.ndarray:
        """Per-edge pen record array (red, green, blue, alpha, width), in set_weights order."""
        return self._pens.copy()

    def node_brushes(self) -> list[QtGui.QBrush]:
        """Per-node fill brushes: units layer by layer, then bias nodes."""
        return [QtGui.QBrush(b) for b in self._brushes]

    def name_labels(self) -> list[pg.TextItem]:
        """Text items of the input names then the target names."""
        return [it for layer in self._name_items for it in layer]

    def caption_labels(self) -> list[pg.TextItem]:
        return list(self._caption_items)


if __name__ == "__main__":  # python -m playground.ui.views.network_view
    from playground.ui.preview import listening, preview

    preview(listening(NetworkView), size=(700, 450))

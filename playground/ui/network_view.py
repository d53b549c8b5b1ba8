"""Live network diagram: one ``pg.GraphItem`` for nodes and edges, text labels, hover read-out.

The view only draws what it is given.  Layer sizes and names, weights and
activations come from the model; nothing here computes anything beyond layout,
colours and formatting.

Edges are ordered so that the weights can be copied in with one concatenate:
for each layer ``k`` the ``sizes[k] * sizes[k+1]`` weight edges in row-major
order of ``weights[k]`` (from-unit major), then, when bias is on, the
``sizes[k+1]`` edges leaving that layer's bias node.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from playground.ui.contrast import is_high_contrast, readable
from playground.ui.language import number
from playground.ui.presentation import ScaledView

__all__ = ["NetworkView", "PEN_DTYPE", "POSITIVE_COLOR", "NEGATIVE_COLOR"]

# Okabe-Ito colour-blind-safe pair: blue for positive weights, vermillion for negative.
POSITIVE_COLOR = (0x00, 0x72, 0xB2)
NEGATIVE_COLOR = (0xD5, 0x5E, 0x00)
POSITIVE_COLOR_DARK = (0x56, 0xB4, 0xE9)  # Okabe-Ito sky blue: the dark blue vanishes on a dark background
NEUTRAL_COLOR = (0x99, 0x99, 0x99)  # structure shown before any weights arrive

MIN_WIDTH, MAX_WIDTH = 0.5, 6.0  # px at scale 1
# Edges into a tall layer get a smaller maximum width (sqrt of the node spacing, at
# least this share), otherwise 64 x 16 thick lines merge into one blot.
MIN_DENSITY_FACTOR = 0.35
LABEL_GAP_PX = 3.0
MIN_ALPHA, MAX_ALPHA = 40, 255  # tiny weights are drawn faint
# On a dark background faint thin lines vanish (the eye resolves less contrast in the dark):
# the faintest weight keeps a contrast ratio of about 1.7 with the background there.
MIN_ALPHA_DARK = 100
NEUTRAL_WIDTH, NEUTRAL_ALPHA = 1.0, 110
# |w| / max|w| is rounded to this many steps, so edges share a few dozen pens and
# the whole diagram repaints as a handful of paths (fast for 64 x 64 = 4096 edges).
LEVELS = 24

PEN_DTYPE = np.dtype(
    [("red", np.ubyte), ("green", np.ubyte), ("blue", np.ubyte), ("alpha", np.ubyte), ("width", float)]
)

# Layout, in data units: nodes of a small layer are one unit apart, the tallest
# layer spans at most MAX_LAYER_SPAN units (so 64 units squeeze together).
MAX_LAYER_SPAN = 7.0
MIN_LAYER_GAP = 3.0
BIAS_ROW_GAP = 1.0
NODE_DIAMETER = 0.56
BIAS_DIAMETER = 0.46
NODE_FILL_OF_SPACING = 0.8  # in a tall layer a node takes this share of the spacing

# Fonts, in pixels at scale 1.
NAME_PX = 17
CAPTION_PX = 14
BIAS_PX = 14
LEGEND_PX = 13
HOVER_PX = 16
MIN_FONT_PX = 6

# Node fill for an activation: light grey at 0 to dark grey at 1 (ColorBrewer Greys ends).
FILL_LOW = np.array([0xF7, 0xF7, 0xF7], float)
FILL_HIGH = np.array([0x25, 0x25, 0x25], float)
FILL_STEPS = 256


def format_value(value: float) -> str:
    """Short, exact-enough text for a weight or activation (``1``, ``0.734``, ``-2.5e-05``)."""
    v = float(value)
    if not np.isfinite(v):
        return str(v)
    if v == int(v) and abs(v) < 1e6:
        return str(int(v))
    if abs(v) >= 1e4 or abs(v) < 1e-3:
        return number(v, ".3g")
    return number(v, ".3f")  # displayed: the language's decimal point


class _DataSizedScatter(pg.ScatterPlotItem):
    """Scatter whose symbols are sized in data units (pxMode off) in pictures too.

    pyqtgraph's ImageExporter passes its resolution (2 for a 2x PNG) to scatter items so
    that pixel-sized symbols grow with the picture; it applies it to data-sized symbols
    as well, which then came out twice too large and overlapping. Here the painter's
    scale already sizes them, so the resolution is left out.
    """

    def setExportMode(self, export, opts=None):
        if export and opts and self.opts.get("pxMode") is False:
            opts = {k: v for k, v in opts.items() if k != "resolutionScale"}
        return super().setExportMode(export, opts)


class _EdgeGraphItem(pg.GraphItem):
    """GraphItem that paints all edges sharing a pen as one opaque, flat-capped path.

    The stock GraphItem calls ``mkPen`` and ``drawLine`` once per edge when given a
    pen record array.  Here edges are grouped by pen, and a pen's alpha is baked into
    an opaque colour mixed with the background: Qt strokes wide translucent or
    round-capped paths tens of times slower, and 4096 edges must repaint quickly.
    Groups are drawn faintest first, so strong weights stay on top.
    """

    background = (255, 255, 255)

    def __init__(self, **kwds):
        super().__init__(**kwds)
        self.scatter.setParentItem(None)
        self.scatter = _DataSizedScatter()
        self.scatter.setParentItem(self)

    def generatePicture(self):
        pen = self.pen
        if (
            not isinstance(pen, np.ndarray)
            or pen.dtype.fields is None
            or self.pos is None
            or self.adjacency is None
        ):
            super().generatePicture()
            return
        self.picture = QtGui.QPicture()
        pts = self.pos[self.adjacency]  # (M, 2 ends, xy)
        unique, inverse = np.unique(pen, return_inverse=True)
        inverse = inverse.ravel()
        order = np.argsort(inverse, kind="stable")
        groups = np.split(order, np.cumsum(np.bincount(inverse, minlength=len(unique)))[:-1])
        rgb = np.column_stack([unique["red"], unique["green"], unique["blue"]]).astype(float)
        opacity = unique["alpha"][:, None] / 255.0
        opaque = np.rint(np.asarray(self.background, float) * (1 - opacity) + rgb * opacity).astype(int)
        painter = QtGui.QPainter(self.picture)
        try:
            for u in np.lexsort((unique["width"], unique["alpha"])):
                if unique["alpha"][u] == 0 or unique["width"][u] <= 0:
                    continue
                qpen = pg.mkPen(color=tuple(opaque[u]), width=float(unique["width"][u]))
                qpen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)  # ends are under the nodes anyway
                painter.setPen(qpen)
                seg = pts[groups[u]].reshape(-1, 2)
                painter.drawPath(pg.arrayToQPath(seg[:, 0], seg[:, 1], connect="pairs"))
        finally:
            painter.end()


class NetworkView(ScaledView, pg.GraphicsLayoutWidget):
    """The live network diagram: layers left to right, weights as coloured edges."""

    # An edge was double-clicked: (weight matrix k, from-unit i or -1 for the bias, to-unit j)
    edgeDoubleClicked = QtCore.Signal(int, int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
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

        self._graph = _EdgeGraphItem()
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
        self._row_caption = ""  # names the example whose activations fill the nodes
        self._describe_later = 0  # > 0: inside _one_description, which describes once at its end
        self._description_due = False
        self._text_color = QtGui.QColor(0, 0, 0)
        self._base_color = QtGui.QColor(255, 255, 255)
        self._fill_brushes = [
            pg.mkBrush(*(FILL_LOW + (FILL_HIGH - FILL_LOW) * i / (FILL_STEPS - 1)).astype(int))
            for i in range(FILL_STEPS)
        ]

        self._clear_structure()
        self._apply_palette()
        self._ready = True
        self._vb.sigResized.connect(self._fit)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # ------------------------------------------------------------------ structure

    def _clear_structure(self) -> None:
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

    def _make_text_items(self) -> None:
        last = len(self._sizes) - 1
        for k in (0, last):
            items = []
            for j, name in enumerate(self._names[k]):
                item = pg.TextItem(name, anchor=(1, 0.5) if k == 0 else (0, 0.5))
                items.append(item)
                self._vb.addItem(item, ignoreBounds=True)
            self._name_items.append(items)
        for k, n in enumerate(self._sizes):
            if k == 0:
                caption = self.tr("inputs")
            elif k == last:
                caption = self.tr("output") if n == 1 else self.tr("outputs")
            else:
                caption = self.tr("hidden {number}").format(number=k)
            self._layer_titles.append(caption)
            if n > 8:
                caption += f" ({n})"  # too many to count by eye
            item = pg.TextItem(caption, anchor=(0.5, 0))
            self._caption_items.append(item)
            self._vb.addItem(item, ignoreBounds=True)
        for node in self._bias_node:
            item = pg.TextItem("1", anchor=(0.5, 0.5))
            item.setPos(*self._pos[node])
            self._bias_items.append(item)
            self._vb.addItem(item, ignoreBounds=True)
        if self._bias:
            self._bias_label = pg.TextItem(self.tr("bias"), anchor=(1, 0.5))
            self._vb.addItem(self._bias_label, ignoreBounds=True)
        self._place_text_items()
        self._apply_text_colors()

    def _all_text_items(self) -> list[pg.TextItem]:
        items = [it for layer in self._name_items for it in layer] + self._caption_items + self._bias_items
        return items + ([self._bias_label] if self._bias_label is not None else [])

    def label_items(self) -> list[pg.TextItem]:
        """The labels drawn beside the diagram (unit names, layer captions, "bias"), those shown."""
        items = [it for layer in self._name_items for it in layer] + self._caption_items
        return [it for it in items + ([self._bias_label] if self._bias_label else []) if it.isVisible()]

    def node_radius(self, layer: int) -> float:
        """Radius of a unit of ``layer`` in view (data) units."""
        return self._radius(layer)

    def _radius(self, layer: int) -> float:
        """Node radius in data units for a layer (scaled, never touching neighbours)."""
        return min(NODE_DIAMETER * self._scale, NODE_FILL_OF_SPACING * self._spacing[layer]) / 2

    def _bias_radius(self) -> float:
        return min(BIAS_DIAMETER * self._scale, 0.8 * BIAS_ROW_GAP) / 2

    def _node_sizes(self) -> np.ndarray:
        sizes = np.array([2 * self._radius(k) for k in self._node_layer], float)
        sizes[self._node_index < 0] = 2 * self._bias_radius()
        return sizes

    def _place_text_items(self) -> None:
        if not self._sizes:
            return
        last = len(self._sizes) - 1
        gap = LABEL_GAP_PX * self._scale / self._px_per_unit  # pixels to data units
        for k, items in zip((0, last), self._name_items):
            r = self._radius(k) + gap
            side = -r if k == 0 else r
            for j, item in enumerate(items):
                x, y = self.node_position(k, j)
                item.setPos(x + side, y)
        bottom = min(self._pos[self._node_index >= 0, 1]) - max(self._radius(k) for k in range(last + 1))
        for k, item in enumerate(self._caption_items):
            item.setPos(self._layer_x[k], bottom - 2 * gap)
        if self._bias_label is not None:
            self._bias_label.setPos(self._layer_x[0] - self._bias_radius() - gap, self._bias_y)

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

    @contextmanager
    def _one_description(self):
        """Weights and activations set together (a snapshot): the text alternative is made once, at the end."""
        self._describe_later += 1
        try:
            yield
        finally:
            self._describe_later -= 1
            if not self._describe_later and self._description_due:
                self._describe()

    def _describe(self) -> None:
        """The diagram's text alternative: the layers, the strongest weights, the selected row's outputs."""
        self._description_due = self._describe_later > 0
        if self._description_due:
            return
        text = self.tr("Layers {sizes}.").format(sizes=" – ".join(str(n) for n in self._sizes))
        values = self._edge_values
        if values is not None and values.size:
            magnitude = np.where(np.isfinite(values), np.abs(values), -1.0)
            strongest = [e for e in np.argsort(-magnitude)[:3] if magnitude[e] >= 0]
            if strongest:
                text += " " + self.tr("Strongest weights: {weights}.").format(
                    weights="; ".join(self._describe_edge(int(e)) for e in strongest))
        if self._activations is not None:
            outputs = ", ".join(self._describe_node(n) for n in range(len(self._node_layer))
                                if self._node_layer[n] == len(self._sizes) - 1 and self._node_index[n] >= 0)
            text += " " + self.tr("Outputs for the selected row: {values}.").format(values=outputs)
        self.setAccessibleDescription(text)

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
        """Whether the widget's palette is high-contrast (see playground.ui.contrast)."""
        return is_high_contrast(self.palette())

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

    @contextmanager
    def exporting(self, ratio: float):
        """While a picture is drawn at ``ratio`` pixels per px: weights and outlines as thick as on screen.

        Qt draws pyqtgraph's cosmetic pens in device pixels, whatever the painter's scale.
        """
        self._ratio_override = float(ratio)
        self._restyle_lines()
        try:
            yield self.ci
        finally:
            self._ratio_override = None
            self._restyle_lines()

    def _restyle_lines(self) -> None:
        if self._sizes:
            self._pens = self._compute_pens()
            self._graph.setPen(self._pens)
            self._graph.scatter.setPen(self._node_pens())

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

    def _apply_text_colors(self) -> None:
        muted = QtGui.QColor(self._text_color)
        muted.setAlphaF(0.7)
        for item in [it for layer in self._name_items for it in layer] + self._bias_items:
            item.setColor(self._text_color)
        for item in self._caption_items:
            item.setColor(muted)
        if self._bias_label is not None:
            self._bias_label.setColor(muted)
        swatch = "&#9473;&#9473;"  # a short heavy line in the edge colour
        positive = "#{:02x}{:02x}{:02x}".format(*self._positive_color())
        negative = "#{:02x}{:02x}{:02x}".format(*self._negative_color())
        positive_text, negative_text = self.tr("positive"), self.tr("negative")  # (lupdate skips f-strings)
        self._legend.setHtml(
            f"<span style='color:{self._text_color.name()}'>"
            f"<b style='color:{positive}'>{swatch}</b> {positive_text} &nbsp; "
            f"<b style='color:{negative}'>{swatch}</b> {negative_text} &nbsp; "
            + self.tr("thicker = larger |weight|")
            + (f"<br><b>{html.escape(self._row_caption)}</b><br>" + self.tr("fill = activation:")
               + " &#9675; 0 &#8230; &#9679; 1" if self._row_caption else "")
            + "</span>"
        )

    def set_row_caption(self, text: str) -> None:
        """A line under the legend naming the selected example (its activations fill the nodes)."""
        if text != self._row_caption:
            self._row_caption = text
            self._apply_text_colors()
            self._fit()

    def row_caption(self) -> str:
        return self._row_caption

    def legend_text(self) -> str:
        """The legend over the diagram, as plain text."""
        return self._legend.textItem.toPlainText().replace("\xa0", " ")

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.Run`: its layers, the weights it shows, and the
        activations and name of the example it looks at."""
        self._run = run
        self._shown_structure = None
        run.reset.connect(self._run_reset)
        run.shownChanged.connect(self._shown_changed)
        run.rowChanged.connect(self._row_changed)

    def _run_reset(self) -> None:
        run = self._run
        if run.network is None:
            return
        structure = (run.network.sizes, run.dataset.input_names, run.dataset.target_names, run.network.has_bias)
        if structure != self._shown_structure:  # rebuilding labels is the slow part; skip when unchanged
            self.set_structure(*structure)
            self._shown_structure = structure

    def _shown_changed(self) -> None:
        with self._one_description():  # ~30 times a second while training: one text alternative, not two
            net = self._run.shown_network()
            if net is not None:
                self.set_weights(net.weights, net.biases)
            self._row_changed()

    def _row_changed(self, *_args) -> None:
        run = self._run
        net, X = run.shown_network(), None if run.dataset is None else run.dataset.X
        if net is None or X is None or not 0 <= run.row < len(X):
            self.set_activations(None)
            self.set_row_caption("")
            return
        self.set_activations([a[0] for a in net.forward(X[run.row:run.row + 1])])
        values = "  ".join(f"{n}={v:g}" for n, v in zip(run.dataset.input_names, X[run.row]))
        self.set_row_caption(self.tr("row {number}:  {values}").format(number=run.row + 1, values=values))

    def _font(self, px: float, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        font.setPixelSize(max(MIN_FONT_PX, int(round(px))))
        font.setBold(bold)
        return font

    def _update_fonts(self, px_per_unit: float | None) -> None:
        """Set fonts at scale, shrinking names in tall layers so neighbours don't overlap."""

        def fitted(base: float, room_units: float) -> float:
            px = base * self._scale
            return px if px_per_unit is None else min(px, room_units * px_per_unit)

        last = len(self._sizes) - 1
        for k, items in zip((0, last), self._name_items):
            font = self._font(fitted(NAME_PX, 0.85 * self._spacing[k]))
            for item in items:
                item.setFont(font)
        caption_px = fitted(CAPTION_PX, 0.9 * MIN_LAYER_GAP / 2)
        if px_per_unit is not None and len(self._layer_x) > 1:
            # Neighbouring captions ("inputs", "hidden 1", "outputs") share a layer gap: keep them apart.
            gap_px = 0.9 * (self._layer_x[1] - self._layer_x[0]) * px_per_unit
            probe = QtGui.QFontMetricsF(self._font(100))
            widest = max(probe.horizontalAdvance(item.toPlainText()) for item in self._caption_items) / 100
            if widest > 0:
                caption_px = min(caption_px, gap_px / widest)
        caption_font = self._font(caption_px)
        for item in self._caption_items:
            item.setFont(caption_font)
        bias_px = fitted(BIAS_PX, 1.3 * self._bias_radius())
        for item in self._bias_items:
            item.setFont(self._font(bias_px, bold=True))
            item.setVisible(bool(bias_px >= 8))  # a "1" too small to read is just noise
        if self._bias_label is not None:
            self._bias_label.setFont(self._font(fitted(CAPTION_PX, 0.9 * BIAS_ROW_GAP)))
        self._legend.setFont(self._font(LEGEND_PX * self._scale))
        self._hover.setFont(self._font(HOVER_PX * self._scale))

    @staticmethod
    def _text_size(item: pg.TextItem) -> tuple[float, float]:
        rect = item.textItem.boundingRect()  # pixels: TextItem ignores the view scale
        return rect.width(), rect.height()

    def _fit(self) -> None:
        """Fit the diagram and its pixel-sized labels into the view box."""
        if not self._sizes:
            self._update_fonts(None)
            return
        width, height = self._vb.width(), self._vb.height()
        last = len(self._sizes) - 1
        r_max = max([self._radius(k) for k in range(last + 1)] + [self._bias_radius() if self._bias else 0])
        x0, x1 = self._layer_x[0] - r_max, self._layer_x[-1] + r_max
        y0, y1 = self._pos[:, 1].min() - r_max, self._pos[:, 1].max() + r_max
        if width < 20 or height < 20:
            self._update_fonts(None)
            self._vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.1)
            return
        pad = 6.0
        px_per_unit = None
        for _ in range(3):  # fonts depend on the zoom, the zoom on the label sizes
            self._update_fonts(px_per_unit)
            left_items = self._name_items[0] + ([self._bias_label] if self._bias_label is not None else [])
            label_gap = LABEL_GAP_PX * self._scale
            left = max(self._text_size(it)[0] for it in left_items) + pad + label_gap
            right = max(self._text_size(it)[0] for it in self._name_items[-1]) + pad + label_gap
            top = self._text_size(self._legend)[1] + pad
            bottom = max(self._text_size(it)[1] for it in self._caption_items) + pad + 2 * label_gap
            # Half a caption may stick out left of the input column or right of the outputs.
            left = max(left, self._text_size(self._caption_items[0])[0] / 2 + pad)
            right = max(right, self._text_size(self._caption_items[-1])[0] / 2 + pad)
            px_per_unit = max(
                1e-6, min((width - left - right) / (x1 - x0), (height - top - bottom) / (y1 - y0))
            )
            # In a wide, short view (a strip over the inspector) the legend goes beside the diagram
            # rather than above it, when that draws the diagram larger.
            beside = self._text_size(self._legend)[0] + pad
            px_beside = min((width - beside - left - right) / (x1 - x0), (height - 2 * pad - bottom) / (y1 - y0))
            if px_beside > px_per_unit:
                left, top, px_per_unit = left + beside, 2 * pad, px_beside
        self._px_per_unit = px_per_unit
        self._place_text_items()
        self._vb.setRange(
            xRange=(x0 - left / px_per_unit, x1 + right / px_per_unit),
            yRange=(y0 - bottom / px_per_unit, y1 + top / px_per_unit),
            padding=0,
        )

    # ------------------------------------------------------------------ hover

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
            return self.tr("bias = 1 (feeds {layer})").format(layer=self._layer_titles[k + 1])
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


if __name__ == "__main__":  # python -m playground.ui.network_view
    from playground.ui.preview import listening, preview

    preview(listening(NetworkView), size=(700, 450))

"""The network diagram's parts that are not the widget: its constants, number format and graphics items.

The diagram (:mod:`playground.ui.views.network_view`) draws nodes and edges with one
``pg.GraphItem``; :class:`EdgeGraphItem` paints its edges grouped by pen, and
:class:`DataSizedScatter` keeps node symbols sized in data units in pictures too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from playground.ui.language import number



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
# A pen's edges up to this many are drawn as lines, more as one path.
FEW_EDGES = 32

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


class DataSizedScatter(pg.ScatterPlotItem):
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


class EdgeGraphItem(pg.GraphItem):
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
        self.scatter = DataSizedScatter()
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
        # One integer per pen (its colour and alpha, and its width's rank): np.unique of a record array sorts
        # records, 30 times slower (half of a 64 x 64 x 64 diagram's picture).
        rgba = ((pen["red"].astype(np.uint64) << 24) | (pen["green"].astype(np.uint64) << 16)
                | (pen["blue"].astype(np.uint64) << 8) | pen["alpha"].astype(np.uint64)).ravel()
        widths, width_rank = np.unique(pen["width"].ravel(), return_inverse=True)
        keys, inverse = np.unique((rgba << 16) | width_rank.ravel().astype(np.uint64), return_inverse=True)
        inverse = inverse.ravel()
        order = np.argsort(inverse, kind="stable")
        groups = np.split(order, np.cumsum(np.bincount(inverse, minlength=len(keys)))[:-1])
        colour = (keys >> 16).astype(np.int64)
        rgb = np.column_stack([(colour >> 24) & 255, (colour >> 16) & 255, (colour >> 8) & 255]).astype(float)
        alpha = colour & 255
        width = widths[(keys & 0xFFFF).astype(np.int64)]
        opacity = alpha[:, None] / 255.0
        opaque = np.rint(np.asarray(self.background, float) * (1 - opacity) + rgb * opacity).astype(int).tolist()
        painter = QtGui.QPainter(self.picture)
        try:
            for u in np.lexsort((width, alpha)).tolist():
                if alpha[u] == 0 or width[u] <= 0:
                    continue
                qpen = QtGui.QPen(QtGui.QColor(*opaque[u]), float(width[u]))  # as pg.mkPen: cosmetic
                qpen.setCosmetic(True)
                qpen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)  # ends are under the nodes anyway
                painter.setPen(qpen)
                seg = pts[groups[u]]
                if len(seg) <= FEW_EDGES:  # a few lines: no path to build (arrayToQPath's numpy is the cost)
                    painter.drawLines([QtCore.QLineF(x0, y0, x1, y1) for (x0, y0), (x1, y1) in seg.tolist()])
                else:
                    seg = seg.reshape(-1, 2)
                    painter.drawPath(pg.arrayToQPath(seg[:, 0], seg[:, 1], connect="pairs"))
        finally:
            painter.end()



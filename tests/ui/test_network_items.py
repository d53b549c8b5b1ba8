"""The diagram's edges picture (playground/ui/views/network_items.py): one opaque pen per group, faintest first,
the same pixels whether a group is drawn as lines or as one path."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from playground.ui.views import network_items
from playground.ui.views.network_items import PEN_DTYPE, EdgeGraphItem


def _pens(rgba_width):
    pen = np.zeros(len(rgba_width), PEN_DTYPE)
    for i, (r, g, b, a, w) in enumerate(rgba_width):
        pen[i] = (r, g, b, a, w)
    return pen


def _item(pos, adj, pen):
    item = EdgeGraphItem()
    item.setData(pos=np.asarray(pos, float), adj=np.asarray(adj), pen=pen, size=0.01, pxMode=False,
                 symbolPen=None, symbolBrush=None)
    return item


def _render(item, size=(200, 200), scale=10.0):
    item.generatePicture()
    image = QtGui.QImage(*size, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor(255, 255, 255))
    painter = QtGui.QPainter(image)
    painter.scale(scale, scale)
    item.picture.play(painter)
    painter.end()
    return image


def _rgb(image, x, y):
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def test_each_pen_is_drawn_opaque_as_its_colour_over_the_background(qapp):
    # two horizontal edges: a faint wide blue one and a strong red one
    pen = _pens([(0, 0, 255, 51, 6.0), (255, 0, 0, 255, 6.0)])
    image = _render(_item([(1, 5), (19, 5), (1, 15), (19, 15)], [(0, 1), (2, 3)], pen))
    assert _rgb(image, 100, 50) == (204, 204, 255)  # 20% blue over white, opaque
    assert _rgb(image, 100, 150) == (255, 0, 0)


def test_fainter_pens_are_drawn_first_so_strong_weights_stay_on_top(qapp):
    # two crossing edges: the strong one is first in the data, the faint one must not cover it
    pen = _pens([(255, 0, 0, 255, 6.0), (0, 0, 255, 60, 6.0)])
    image = _render(_item([(1, 10), (19, 10), (10, 1), (10, 19)], [(0, 1), (2, 3)], pen))
    assert _rgb(image, 100, 100) == (255, 0, 0)


def test_invisible_pens_draw_nothing(qapp):
    pen = _pens([(255, 0, 0, 0, 6.0), (255, 0, 0, 255, 0.0)])
    image = _render(_item([(1, 5), (19, 5), (1, 15), (19, 15)], [(0, 1), (2, 3)], pen))
    assert _rgb(image, 100, 50) == _rgb(image, 100, 150) == (255, 255, 255)


@pytest.mark.parametrize("edges", [3, 40])
def test_a_group_drawn_as_lines_or_as_one_path_gives_the_same_picture(qapp, monkeypatch, edges):
    """Up to FEW_EDGES edges of a pen are drawn as lines, more as one path: the pixels agree."""
    rng = np.random.default_rng(edges)
    pos = rng.uniform(1, 19, size=(2 * edges, 2))
    adj = np.arange(2 * edges).reshape(edges, 2)
    widths = rng.choice([1.0, 2.5, 4.0], size=edges)
    pen = _pens([(0, 114, 178, 200, w) if i % 2 else (213, 94, 0, 120, w) for i, w in enumerate(widths)])

    def drawn(few):
        monkeypatch.setattr(network_items, "FEW_EDGES", few)
        item = _item(pos, adj, pen)
        return _render(item)

    as_lines, as_path = drawn(10_000), drawn(0)
    a = np.array([[as_lines.pixel(x, y) for x in range(0, 200, 2)] for y in range(0, 200, 2)])
    b = np.array([[as_path.pixel(x, y) for x in range(0, 200, 2)] for y in range(0, 200, 2)])
    assert (a != 0xFFFFFFFF).sum() > 100  # something was drawn
    assert (a == b).mean() > 0.995, (a != b).sum()


def test_many_pens_are_grouped_each_drawn_once(qapp, monkeypatch):
    """The edges are grouped by pen (a few dozen levels): one setPen per distinct pen."""
    rng = np.random.default_rng(1)
    n = 500
    levels = rng.integers(0, 5, size=n)
    pen = _pens([(0, 114, 178, 40 + 40 * int(k), 0.5 + int(k)) for k in levels])
    pos = rng.uniform(1, 19, size=(2 * n, 2))
    item = _item(pos, np.arange(2 * n).reshape(n, 2), pen)
    pens = []
    original = QtGui.QPainter.setPen
    monkeypatch.setattr(QtGui.QPainter, "setPen", lambda painter, p: (pens.append(QtGui.QPen(p)),
                                                                      original(painter, p))[1])
    item.generatePicture()
    assert len(pens) == len(np.unique(levels))
    alphas = [255 - p.color().red() for p in pens]  # blue over white: fainter is lighter (more red)
    assert alphas == sorted(alphas)
    assert all(p.isCosmetic() and p.capStyle() == QtCore.Qt.PenCapStyle.FlatCap for p in pens)

"""Tick texts never overlap and iteration ticks are whole numbers, at every plot size from 250 px up."""

import pytest
from PySide6.QtGui import QFont, QImage, QPainter

from playground.ui.views.error_axes import error_plot_widget
from playground.ui.views.error_plot import TICK_PT


def drawn_texts(axis):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return texts


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])  # presentation mode's larger tick texts
@pytest.mark.parametrize("width,height", [(250, 300), (500, 400), (800, 500)])
@pytest.mark.parametrize("iterations", [3, 9_990, 60_000, 10_000_000])
def test_no_two_tick_texts_touch(qtbot, width, height, iterations, scale):
    widget = error_plot_widget("plot", "Error plot")
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(TICK_PT * scale)
    for name in ("left", "bottom"):
        widget.getPlotItem().getAxis(name).setStyle(tickFont=font)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    item = widget.getPlotItem()
    item.setLogMode(y=True)
    item.setXRange(0, iterations, padding=0)
    item.setYRange(-3, -0.3, padding=0)
    view = item.getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    item.getAxis("left").fit(y0, y1, max(view.height(), 100.0))  # room for the texts, as the error plot makes it
    item.getAxis("bottom").fit(x0, x1, max(view.width(), 100.0))
    item.layout.activate()
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        texts = drawn_texts(axis)
        assert texts, (name, width, iterations)  # something is labelled
        rects = [t[0] for t in texts]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not a.intersects(b), (name, width, iterations, [t[2] for t in texts])
    labels = [t[2] for t in drawn_texts(item.getAxis("bottom"))]
    assert all("." not in t or t.endswith(("k", "M", "G")) for t in labels), labels  # no 0.5 iterations

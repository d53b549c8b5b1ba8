"""The tool windows' plots share one look (playground.ui.kit.plot_style): the palette's colours, text at a scale."""

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette

from playground.ui.kit.plot_style import LABEL_PT, TICK_PT, style_plot


def test_a_plot_takes_the_palettes_colours_and_the_scaled_sizes(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor("#FFFF00"))  # a high-contrast palette's text
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    style = style_plot(widget, palette, widget.font(), 1.5, {"bottom": "iteration"}, title="Errors")
    assert style == {"color": "#ffff00", "font-size": f"{LABEL_PT * 1.5:.0f}pt"}
    item = widget.getPlotItem()
    assert widget.backgroundBrush().color() == QColor("#000000")
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        assert axis.style["tickFont"].pointSizeF() == TICK_PT * 1.5
        assert axis.pen().color() == QColor("#FFFF00") and axis.textPen().color() == QColor("#FFFF00")
    bottom = item.getAxis("bottom")
    assert bottom.labelText == "iteration" and bottom.labelStyle == style and item.titleLabel.text == "Errors"
    assert item.titleLabel.opts["size"] == f"{LABEL_PT * 1.5:.0f}pt" and item.titleLabel.opts["color"] == "#ffff00"

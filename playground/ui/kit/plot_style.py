"""The look the tool windows' plots share (study, race, landscape): the palette's colours, text at a scale.

A plot's background is the palette's base; its left and bottom axes (lines, ticks, tick texts) are in the
palette's text colour with ticks of ``TICK_PT`` points; its axis labels and title are of ``LABEL_PT`` points.
Called again when the scale (presentation mode) or the palette (high contrast) changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPalette

TICK_PT, LABEL_PT = 11.0, 12.0  # at scale 1


def label_style(palette: QPalette, scale: float) -> dict[str, str]:
    """The keywords of pyqtgraph's ``setLabel`` for an axis label at ``scale``."""
    return {"color": palette.color(QPalette.ColorRole.Text).name(), "font-size": f"{LABEL_PT * scale:.0f}pt"}


def style_plot(widget: pg.PlotWidget, palette: QPalette, font: QFont, scale: float,
               labels: dict[str, str] | None = None, title: str | None = None) -> dict[str, str]:
    """Give ``widget`` the shared look at ``scale``: ticks in ``font`` at ``TICK_PT`` points, ``labels``
    ({"bottom": text, "left": text}) and ``title`` (None: left as it is). Returns the axis labels' style."""
    text = palette.color(QPalette.ColorRole.Text)
    widget.setBackground(palette.color(QPalette.ColorRole.Base))
    tick_font = QFont(font)
    tick_font.setPointSizeF(TICK_PT * scale)
    item = widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setStyle(tickFont=tick_font, tickTextOffset=int(round(5 * scale)))
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    style = label_style(palette, scale)
    for side, label in (labels or {}).items():
        item.setLabel(side, label, **style)
    if title is not None:
        item.setTitle(title, color=text.name(), size=f"{LABEL_PT * scale:.0f}pt")
    return style


__all__ = ["LABEL_PT", "TICK_PT", "label_style", "style_plot"]

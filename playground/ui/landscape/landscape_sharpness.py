"""The landscape window's sharpness plot: the largest eigenvalue of the error's Hessian along the run, and 2/η.

For full-batch gradient descent with learning rate η, a valley whose sharpness (the Hessian's largest
eigenvalue) is above 2/η is too narrow for the step: each step jumps over the floor to a higher point of the
other wall, and the error oscillates (Cohen et al. 2021, the edge of stability). The curve comes from
:mod:`playground.core.landscape.sharpness`; this plot draws it with the edge of stability dashed (2/η for
gradient descent, (2 + 2μ)/η with momentum; Adam has none: its steps adapt, and the line is hidden).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QWidget

from playground.ui.language import number
from playground.ui.classroom.presentation import ScaledView
from playground.ui.landscape.landscape_plot import legend_text, plain_numbers

SHARPNESS_COLOUR, LIMIT_COLOUR = "#0072B2", "#D55E00"
TICK_PT, LABEL_PT = 10.0, 11.0


class SharpnessPlot(ScaledView, pg.PlotWidget):
    """Sharpness against iteration, with the 2/η line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeSharpnessPlot")
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.legend = item.addLegend(offset=(-10, 10))
        self.curve = pg.PlotDataItem(symbol="o", symbolSize=4)
        self.limit = pg.InfiniteLine(angle=0, movable=False)
        item.addItem(self.curve)
        item.addItem(self.limit, ignoreBounds=False)
        self.limit_sample = pg.PlotDataItem()  # the legend's sample of the 2/η line (an InfiniteLine has none)
        self.legend.addItem(self.curve, self.tr("sharpness (largest Hessian eigenvalue)"))
        self.legend.addItem(self.limit_sample, self.tr("edge of stability (2/η for gradient descent): above it, steps overshoot"))
        self.limit_value = float("nan")
        self.setAccessibleName(self.tr("Sharpness along the run"))
        self._apply_scale()

    def show_curve(self, iterations, values, limit: float) -> None:
        """``values[i]``: the sharpness at ``iterations[i]``; ``limit``: the edge of stability (nan: none)."""
        iterations, values = np.asarray(iterations, float), np.asarray(values, float)
        self.curve.setData(iterations, values)
        self.limit_value = float(limit)
        self.limit.setVisible(bool(np.isfinite(self.limit_value)))
        self.limit_sample.setVisible(bool(np.isfinite(self.limit_value)))
        if np.isfinite(self.limit_value):
            self.limit.setValue(self.limit_value)
        above = int(np.sum(values > limit))
        self.setAccessibleDescription(self.tr("{count} of {total} iterations measured are above the edge of stability {limit}").format(
            count=above, total=len(values), limit=number(limit, ".4g")))

    def curve_data(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.curve.getData()
        return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))

    def _apply_scale(self) -> None:
        s = self._scale
        text = self.palette().color(QPalette.ColorRole.Text)
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))
        item = self.getPlotItem()
        font = QFont(self.font())
        font.setPointSizeF(TICK_PT * s)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            plain_numbers(axis)
            axis.setStyle(tickFont=font, tickTextOffset=int(round(4 * s)))
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        style = {"color": text.name(), "font-size": f"{LABEL_PT * s:.0f}pt"}
        item.setLabel("bottom", self.tr("iteration"), **style)
        item.setLabel("left", self.tr("sharpness"), **style)
        self.curve.setPen(pg.mkPen(SHARPNESS_COLOUR, width=2 * s))
        self.curve.setSymbolBrush(pg.mkBrush(SHARPNESS_COLOUR))
        self.curve.setSymbolSize(4 * s)
        self.limit.setPen(pg.mkPen(LIMIT_COLOUR, width=2 * s, style=Qt.PenStyle.DashLine))
        self.limit_sample.setPen(self.limit.pen)
        legend_text(self.legend, text, TICK_PT * s)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "limit"):
            self._apply_scale()


def _sample() -> SharpnessPlot:
    plot = SharpnessPlot()
    iterations = np.arange(0, 2001, 50)
    plot.show_curve(iterations, 2.2 - 1.8 * np.exp(-iterations / 400) + 0.1 * np.sin(iterations / 60), 2.0)
    return plot


if __name__ == "__main__":  # python -m playground.ui.landscape.landscape_sharpness: sharpness rising to 2/η
    from playground.ui.preview import preview

    preview(_sample, size=(700, 260))

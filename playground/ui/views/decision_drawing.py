"""The decision map's drawings: the output image, the rows as markers with their legend, the hidden-unit maps.

``MapDrawing`` is the part of :class:`~playground.ui.views.decision_map.DecisionMapView` that draws
what :mod:`playground.core.explain.decision` computed; it computes nothing itself.
"""

from __future__ import annotations

import html
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPalette

from playground.core.explain.decision import DecisionMap
from playground.core.nn.network import Network
from playground.ui.kit.contrast import is_high_contrast, readable

# colour-blind-safe pair the diagram uses; rows are drawn in the same colours as their targets.
OUTPUT_COLOURS = ["#D55E00", "#FFFFFF", "#0072B2"]
OUTPUT_CMAP = pg.ColorMap([0.0, 0.5, 1.0], OUTPUT_COLOURS)
# Hidden units: light grey (low) to dark grey (high), as the diagram fills its nodes.
HIDDEN_CMAP = pg.ColorMap([0.0, 1.0], ["#F7F7F7", "#252525"])
MAX_HIDDEN_MAPS = 16
HIDDEN_COLUMNS = 4
MARKER_PX = 17
TICK_PT = 11.0
LABEL_PT = 12.0
TITLE_PT = 11.0
CONTROLS_PT = 11.0


class MapDrawing:
    """Drawing for a :class:`~playground.ui.views.decision_map.DecisionMapView` (a mixin: the view's own state)."""

    def _ensure_hidden_boxes(self, n: int) -> None:
        shown = min(n, MAX_HIDDEN_MAPS)
        if len(self._hidden_boxes) == shown:
            return
        self.hidden_layout.clear()
        self._hidden_boxes = []
        for i in range(shown):
            r, c = divmod(i, HIDDEN_COLUMNS)
            title = self.hidden_layout.addLabel(f"h1.{i + 1}", row=2 * r, col=c)
            box = self.hidden_layout.addViewBox(row=2 * r + 1, col=c, enableMenu=False)
            box.setMouseEnabled(x=False, y=False)
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(HIDDEN_CMAP)
            box.addItem(image)
            self._hidden_boxes.append((title, box, image))
        self._apply_scale()

    @staticmethod
    def _draw_image(image: pg.ImageItem, values: np.ndarray, xs: np.ndarray, ys: np.ndarray, levels) -> None:
        """Pixel (i, j)'s centre sits on the grid point (xs[j], ys[i]) where its value was computed."""
        dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        image.setImage(values, levels=levels, autoLevels=False)
        image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))

    def _draw_rows(self, xs: np.ndarray, ys: np.ndarray, targets: np.ndarray, on_slice: np.ndarray) -> None:
        """The rows on the map's slice (all of them with two inputs); if none lies on it, all of them, faint."""
        s, ratio = self._scale, self.line_ratio()
        outline = self.palette().color(QPalette.ColorRole.Text)
        # The rows depend on the table, the slice, the row looked at and the look, not on the weights:
        # while a run goes on the markers stay as they are (~1 ms a map refresh).
        key = (xs.tobytes(), ys.tobytes(), targets.tobytes(), on_slice.tobytes(), s, ratio, outline.rgba(),
               self.background_colour().rgba(), self.high_contrast(), tuple(sorted(self._conflicts)),
               self._selected_row)
        if key == self._rows_drawn:
            return
        self._rows_drawn = key
        faint = not on_slice.any()
        spots = []
        for i, (px, py, t, on) in enumerate(zip(xs, ys, targets, on_slice)):
            if not (on or faint):
                continue
            fill = self._marker_fill(t)
            pen_colour = QColor(outline)
            if faint and not self.high_contrast():
                fill.setAlpha(60)
                pen_colour.setAlpha(90)
            spots.append({"pos": (px, py), "size": MARKER_PX * s, "symbol": "o" if t >= 0.5 else "s",
                          "brush": fill, "pen": pg.mkPen(pen_colour, width=2 * s * ratio), "data": i})
        self.points.setData(spots)
        shown = [i for i, on in enumerate(on_slice) if on or faint]
        flagged = [i for i in shown if i in self._conflicts]
        self.conflicting.setData([xs[i] for i in flagged], [ys[i] for i in flagged], size=(MARKER_PX + 4) * s,
                                 pen=pg.mkPen(outline, width=2.5 * s * ratio), data=flagged)
        row = self._selected_row
        if row is not None and 0 <= row < len(xs) and (on_slice[row] or faint):
            pen = pg.mkPen(outline, width=2 * s * ratio, style=Qt.PenStyle.DashLine)
            self.selected.setData([xs[row]], [ys[row]], size=(MARKER_PX + 12) * s,
                                  symbol="o" if targets[row] >= 0.5 else "s", pen=pen, brush=None)
        else:
            self.selected.setData([], [])
        self._set_legend(bool(flagged), any(t >= 0.5 for t in targets[shown]), any(t < 0.5 for t in targets[shown]))

    def _set_legend(self, conflicts: bool, ones: bool, zeros: bool) -> None:
        """One line over the map naming its markers (only those on it)."""
        text = self.palette().color(QPalette.ColorRole.Text).name()
        parts = []
        if ones:
            parts.append(f"<span style='color:{self._marker_fill(1.0).name()}'>&#9679;</span> " + self.tr("target 1"))
        if zeros:
            parts.append(f"<span style='color:{self._marker_fill(0.0).name()}'>&#9632;</span> " + self.tr("target 0"))
        if conflicts:
            parts.append("&#10005; " + self.tr("same inputs, other target"))
        self._legend_html = " &nbsp; ".join(parts)
        self.plot.setTitle(self._legend_html, color=text, size=f"{TITLE_PT * self._scale:.0f}pt")

    def high_contrast(self) -> bool:
        """Whether the widget's palette is high-contrast (see playground.ui.kit.contrast)."""
        return is_high_contrast(self.palette())

    def _marker_fill(self, target: float) -> QColor:
        """A row's fill: its target's colour on the map; in a high-contrast palette a shade
        readable on the map's background."""
        fill = QColor(OUTPUT_CMAP.map(float(np.clip(target, 0, 1)), mode="qcolor"))
        return readable(fill, self.background_colour()) if self.high_contrast() else fill

    def background_colour(self) -> QColor:
        """The map's background (the palette's Base)."""
        return QColor(self.palette().color(QPalette.ColorRole.Base))

    def marker_colours(self) -> list[tuple[QColor, QColor]]:
        """(fill, outline) of every row marker drawn on the map."""
        return [(QColor(p.brush().color()), QColor(p.pen().color())) for p in self.points.points()]

    def legend_text(self) -> str:
        """The legend line over the map, as plain text."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.plot.titleLabel.text)).replace("\xa0", " ")

    def conflicting_rows(self) -> list[int]:
        """The rows flagged on the map (equal inputs, different targets)."""
        data = self.conflicting.data["data"]
        return [int(d) for d in data]

    def shown_rows(self) -> list[int]:
        """The dataset rows drawn on the map now."""
        return [int(d) for d in self.points.data["data"]]

    def _draw_hidden(self, m: DecisionMap, net: Network) -> None:
        if m.hidden is None:
            self._ensure_hidden_boxes(0)
            self.hidden_title.setText(self.tr("No hidden layer: the map is one sigmoid unit, so its boundary is a "
                                      "straight line."))
            return
        n = m.hidden.shape[0]
        self._ensure_hidden_boxes(n)
        more = (" " + self.tr("(the first {shown} of {count})").format(shown=MAX_HIDDEN_MAPS, count=n)
                if n > MAX_HIDDEN_MAPS else "")
        self.hidden_title.setText(self.tr("Small maps: what each unit of hidden layer 1 computes{more} "
                                          "({activation}; light low, dark high).").format(
            more=more, activation=net.activation.name))
        name = net.activation.name
        for i, (_, box, image) in enumerate(self._hidden_boxes):
            values = m.hidden[i]
            if name == "tanh":
                levels = (-1.0, 1.0)
            elif name == "relu":
                top = float(np.nanmax(values)) if np.isfinite(values).any() else 0.0
                levels = (0.0, top if top > 0 else 1.0)
            else:
                levels = (0.0, 1.0)
            self._draw_image(image, values, m.xs, m.ys, levels)
            box.setRange(xRange=(m.xs[0], m.xs[-1]), yRange=(m.ys[0], m.ys[-1]), padding=0)

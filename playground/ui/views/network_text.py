"""The network diagram's text: unit names, layer captions, the legend, and fitting them around the diagram.

A mixin of :class:`playground.ui.views.network_view.NetworkView` (it works on the view's own
layout and items); its fonts follow the presentation scale and shrink in tall layers.
Its texts are translated in the context "NetworkView" (the widget's), whichever module writes them.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QRectF

from playground.ui.kit.line_breaks import bars_joined, without_joiners
from playground.ui.views.network_items import (BIAS_DIAMETER, BIAS_PX, BIAS_ROW_GAP, CAPTION_PX, HOVER_PX, LABEL_GAP_PX,
                                         LEGEND_PX, MIN_FONT_PX, MIN_LAYER_GAP, NAME_PX, NODE_DIAMETER,
                                         NODE_FILL_OF_SPACING)
from playground.ui.kit.plain import escape


# A name's font in px per px between units: its line (about 1.17 times the font) then fits between its neighbours'
# (at 0.85 the lines of x1, x2 and x3 overlapped by a few px and the middle name was left out).
NAME_OF_SPACING = 0.8


class DiagramText:
    """Labels and legend of the network diagram, and the zoom that fits them (mixed into NetworkView)."""

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
                caption = QCoreApplication.translate("NetworkView", "inputs")
            elif k == last:
                caption = QCoreApplication.translate("NetworkView", "output") if n == 1 else QCoreApplication.translate("NetworkView", "outputs")
            else:
                caption = QCoreApplication.translate("NetworkView", "hidden {number}").format(number=k)
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
            self._bias_label = pg.TextItem(QCoreApplication.translate("NetworkView", "bias"), anchor=(1, 0.5))
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
        positive_text, negative_text = QCoreApplication.translate("NetworkView", "positive"), QCoreApplication.translate("NetworkView", "negative")  # (lupdate skips f-strings)
        self._legend.setHtml(
            f"<span style='color:{self._text_color.name()}'>"
            f"<b style='color:{positive}'>{swatch}</b> {positive_text} &nbsp; "
            f"<b style='color:{negative}'>{swatch}</b> {negative_text} &nbsp; "
            + bars_joined(QCoreApplication.translate("NetworkView", "thicker = larger |weight|"))
            + (f"<br><b>{escape(self._row_caption)}</b><br>" + QCoreApplication.translate("NetworkView", "fill = activation:")
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
        return without_joiners(self._legend.textItem.toPlainText().replace("\xa0", " "))

    def legend_lines(self) -> list[str]:
        """The legend over the diagram as it is laid out: the text of each drawn line."""
        lines, block = [], self._legend.textItem.document().begin()
        while block.isValid():
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                text = block.text()[line.textStart():line.textStart() + line.textLength()]
                lines.append(without_joiners(text.replace("\xa0", " ")))
            block = block.next()
        return lines

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
            font = self._font(fitted(NAME_PX, NAME_OF_SPACING * self._spacing[k]))
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
        """Fit the diagram and its pixel-sized labels into the view box.

        Not while the diagram is hidden (the window being built: its size is Qt's guess, 640 x 480): then the
        fit is due when it is shown (``NetworkView.showEvent``), at its size. Two such fits were ~4 ms of the
        first frame, and showing fitted it again."""
        if not self.isVisible():
            self._fit_due = True
            return
        self._fit_due = False
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
            self._legend.setTextWidth(-1)  # its own width, unless the view is narrower: then it wraps
            if self._text_size(self._legend)[0] > width - 2 * pad:
                self._legend.setTextWidth(max(40.0, width - 2 * pad))
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
        self._declutter_labels()

    def _label_rect(self, item: pg.TextItem) -> QRectF:
        """Where ``item``'s text is drawn, in the view box's pixels (its blank margin left out)."""
        margin = item.textItem.document().documentMargin()
        width, height = self._text_size(item)
        at = self._vb.mapFromView(item.pos())
        return QRectF(at.x() - item.anchor[0] * width + margin, at.y() - item.anchor[1] * height + margin,
                      width - 2 * margin, height - 2 * margin)

    def _declutter_labels(self) -> None:
        """No two labels overlap. In a diagram too small for them all (a narrow pane at 1280x720), a label
        that would run into one already placed is left out: the output names are placed first, then the
        input names, the layer captions and "bias". A unit keeps its name in its hover read-out; the
        diagram's tooltip names the labels left out."""
        names = [it for layer in self._name_items for it in layer]  # the inputs', then the outputs'
        others = self._caption_items + ([self._bias_label] if self._bias_label is not None else [])
        outputs = list(self._name_items[-1]) if self._name_items else []
        placed: list[QRectF] = []
        for item in outputs + [it for it in names if it not in outputs] + others:
            rect = self._label_rect(item)
            fits = not any(rect.intersects(other) for other in placed)
            item.setVisible(fits)
            if fits:
                placed.append(rect)
        left_out = [item.toPlainText() for item in names + others if not item.isVisible()]  # in label_items' order
        tip = (QCoreApplication.translate("NetworkView", "Labels left out for lack of room: {labels}").format(
            labels=", ".join(left_out)) if left_out else "")
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def follow_mask(self, mask) -> None:
        """Write the weights and activations a lesson's open question asks for as "?" (the hover read-out and the
        text alternative) while ``mask`` (an AnswerMask) hides them."""
        self._mask = mask
        mask.changed.connect(self._mask_changed)
        self._mask_changed()

    def _mask_changed(self) -> None:
        self._refresh_hover()
        self._describe()  # also in place of an edge's description said when chosen by key

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
        text = QCoreApplication.translate("NetworkView", "Layers {sizes}.").format(sizes=" – ".join(str(n) for n in self._sizes))
        values = self._edge_values
        if values is not None and values.size:
            magnitude = np.where(np.isfinite(values), np.abs(values), -1.0)
            strongest = [e for e in np.argsort(-magnitude)[:3] if magnitude[e] >= 0]
            if strongest:
                text += " " + QCoreApplication.translate("NetworkView", "Strongest weights: {weights}.").format(
                    weights="; ".join(self._describe_edge(int(e)) for e in strongest))
        if self._activations is not None:
            outputs = ", ".join(self._describe_node(n) for n in range(len(self._node_layer))
                                if self._node_layer[n] == len(self._sizes) - 1 and self._node_index[n] >= 0)
            text += " " + QCoreApplication.translate("NetworkView", "Outputs for the selected row: {values}.").format(values=outputs)
        self.setAccessibleDescription(text)

"""The atlas's legend: each label's colour and name (with its share of the cells), or the colour scale of the
final error (log, whole decades) or of the iterations to the target, with the colour of cells outside it.

Painted with the widget's font, so presentation mode (which scales the window's font) scales it too, and
an exported picture of the map panel includes it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from playground.core.atlas.labels import whole_percentages
from playground.ui.atlas.atlas_colours import (BY_ERROR, BY_LABEL, ERROR_MAP, ITERATIONS_MAP, LABELS, NOT_FINITE_COLOUR,
                                               NOT_REACHED_COLOUR, label_colour, label_name, scale_colours)
from playground.ui.language import number


class AtlasLegend(QWidget):
    """A legend for one colour mode of the map (``show_labels`` or ``show_scale``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("atlasLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.mode = BY_LABEL
        self.entries: list[tuple[str, str]] = []  # (colour, text) in label mode
        self.ticks: list[tuple[float, str]] = []  # (0..1 position, text) in scale mode
        self.outside: tuple[str, str] | None = None  # (colour, text) of cells off the scale
        self.title = ""

    def show_labels(self, counts: dict[str, int], total: int) -> None:
        """Every known label (and any other the records carry), each with its share of the finished cells."""
        self.mode = BY_LABEL
        names = [name for name, _, _ in LABELS] + sorted(k for k in counts if k not in {n for n, _, _ in LABELS})
        self.entries = []
        shares = whole_percentages([counts.get(name, 0) for name in names])
        for name, whole in zip(names, shares):
            share = f" {whole}%" if total else ""
            self.entries.append((label_colour(name), label_name(name) + share))
        self._changed()

    def show_scale(self, mode: str, ticks: list[tuple[float, str]], title: str) -> None:
        self.mode = mode
        self.ticks = ticks
        self.title = title
        if mode == BY_ERROR:
            self.outside = (NOT_FINITE_COLOUR, self.tr("not finite"))
        else:
            self.outside = (NOT_REACHED_COLOUR, self.tr("not reached"))
        self._changed()

    def text(self) -> str:
        """What the legend says, as plain text (its accessible description)."""
        if self.mode == BY_LABEL:
            return "; ".join(t for _, t in self.entries)
        ends = f"{self.ticks[0][1]} … {self.ticks[-1][1]}" if self.ticks else ""
        return f"{self.title}: {ends}; {self.outside[1] if self.outside else ''}"

    def _changed(self) -> None:
        self.setAccessibleDescription(self.text())
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ drawing
    def _rows(self, width: float) -> list[list[tuple[str, str]]]:
        fm = QFontMetricsF(self.font())
        box, gap = fm.height() * 0.9, fm.height() * 0.4
        rows, row, x = [], [], 0.0
        for colour, text in self.entries:
            w = box + gap + fm.horizontalAdvance(text) + 2 * gap
            if row and x + w > width:
                rows.append(row)
                row, x = [], 0.0
            row.append((colour, text))
            x += w
        if row:
            rows.append(row)
        return rows

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        line = fm.height() * 1.3
        if self.mode == BY_LABEL:
            rows = max(1, len(self._rows(max(self.width(), 200))))
            return QSize(400, int(rows * line + 6))
        return QSize(400, int(line * 2.4 + 6))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm = QFontMetricsF(self.font())
        if self.mode == BY_LABEL:
            return int(max(1, len(self._rows(width))) * fm.height() * 1.3 + 6)
        return int(fm.height() * 1.3 * 2.4 + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        edge = QPen(text_colour, 1)
        p.setPen(text_colour)
        line = fm.height() * 1.3
        box, gap = fm.height() * 0.9, fm.height() * 0.4
        if self.mode == BY_LABEL:
            y = 3.0
            for row in self._rows(self.width()):
                x = 0.0
                for colour, text in row:
                    p.setPen(edge)
                    p.setBrush(QColor(colour))
                    p.drawRect(QRectF(x, y + (line - box) / 2, box, box))
                    p.setPen(text_colour)
                    p.drawText(QRectF(x + box + gap, y, fm.horizontalAdvance(text) + gap, line),
                               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                    x += box + gap + fm.horizontalAdvance(text) + 2 * gap
                y += line
            p.end()
            return
        # a scale: title, the bar with its ticks below, then the colour of cells off the scale
        title_w = fm.horizontalAdvance(self.title) + 2 * gap
        p.drawText(QRectF(0, 3, title_w, line), Qt.AlignmentFlag.AlignVCenter, self.title)
        outside_w = box + gap + fm.horizontalAdvance(self.outside[1]) + gap if self.outside else 0
        bar = QRectF(title_w + fm.horizontalAdvance("0000") / 2, 3 + (line - box) / 2,
                     max(40.0, self.width() - title_w - outside_w - fm.horizontalAdvance("00000") - 2 * gap), box)
        lut = scale_colours(ERROR_MAP if self.mode == BY_ERROR else ITERATIONS_MAP, 16)
        gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
        for k, c in enumerate(lut):
            gradient.setColorAt(k / (len(lut) - 1), QColor(int(c[0]), int(c[1]), int(c[2])))
        p.setPen(edge)
        p.setBrush(gradient)
        p.drawRect(bar)
        p.setPen(text_colour)
        for at, text in self.ticks:
            x = bar.left() + at * bar.width()
            p.drawLine(int(x), int(bar.bottom()), int(x), int(bar.bottom() + gap / 2))
            w = fm.horizontalAdvance(text) + 4
            p.drawText(QRectF(x - w / 2, bar.bottom() + gap / 2, w, line), Qt.AlignmentFlag.AlignHCenter, text)
        if self.outside:
            x = bar.right() + 2 * gap
            p.setPen(edge)
            p.setBrush(QColor(self.outside[0]))
            p.drawRect(QRectF(x, bar.top(), box, box))
            p.setPen(text_colour)
            p.drawText(QRectF(x + box + gap, 3, fm.horizontalAdvance(self.outside[1]) + gap, line),
                       Qt.AlignmentFlag.AlignVCenter, self.outside[1])
        p.end()


def error_ticks(logs: tuple[float, float]) -> list[tuple[float, str]]:
    """Ticks of the final-error scale: its whole decades."""
    low, high = int(logs[0]), int(logs[1])
    step = max(1, (high - low + 5) // 6)
    return [((d - low) / max(high - low, 1), number(10.0 ** d, "g")) for d in range(low, high + 1, step)]


def iteration_ticks(most: int) -> list[tuple[float, str]]:
    """Ticks of the iterations scale: 0, half and the most."""
    return [(0.0, "0"), (0.5, number(most // 2, ",")), (1.0, number(most, ","))]


if __name__ == "__main__":  # python -m playground.ui.atlas.atlas_legend: the labels of a small XOR atlas
    from collections import Counter

    from playground.ui.atlas.atlas_model import sample_model
    from playground.ui.preview import preview

    def _sample() -> AtlasLegend:
        model = sample_model()
        legend = AtlasLegend()
        legend.show_labels(Counter(r.main_label for r in model.records()), model.done())
        return legend

    preview(_sample, size=(700, 80))

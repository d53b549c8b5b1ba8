"""A painted matrix of the backprop inspector: row and column names, tinted cells, the selected row outlined.

:class:`MatrixView` shows one :class:`~playground.core.explain.inspection.Quantity`; fonts come
from the widget's font, so presentation mode scales cells, padding and outlines.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from playground.core.explain.inspection import Quantity
from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.kit.plain import tooltip

__all__ = ["MatrixView", "format_cell", "is_dark", "POSITIVE", "POSITIVE_DARK", "NEGATIVE", "MAX_TINT",
           "MAX_ROWS", "MAX_COLUMNS"]

# Okabe-Ito, as in the network diagram: blue for positive, vermillion for negative (colour-blind safe);
# sky blue replaces the dark blue on a dark background.
POSITIVE = QColor(0x00, 0x72, 0xB2)
POSITIVE_DARK = QColor(0x56, 0xB4, 0xE9)
NEGATIVE = QColor(0xD5, 0x5E, 0x00)
MAX_TINT = 0.42  # the strongest cell tint: text stays readable on it, light or dark
MAX_ROWS, MAX_COLUMNS = 32, 32  # larger matrices show a window of rows/columns (and say so)

def format_cell(value: float) -> str:
    """A matrix entry in at most 8 characters, 3 significant digits: 0.612, -2.039, 0.00234, 7.3e-05, 1234."""
    v = float(value)
    if not np.isfinite(v):
        return str(v)
    if v == int(v) and abs(v) < 1e5:
        return str(int(v))  # inputs and targets: 0 and 1
    a = abs(v)
    if a < 1e-3 or a >= 1e5:
        return f"{v:.1e}"
    if a >= 100:
        return f"{v:.0f}"
    decimals = max(3, 2 - math.floor(math.log10(a)))  # 0.00234, 0.0234, 0.234, 2.340
    return f"{v:.{decimals}f}"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class MatrixView(QWidget):
    """A painted matrix with row and column names, tinted cells and an outlined selected row."""

    rowClicked = Signal(int)
    cellClicked = Signal(int, int)  # (row, column) of the full matrix; column -1: the row's name
    cellDoubleClicked = Signal(int, int)  # (row, column) of the full matrix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._q: Quantity | None = None
        self._highlight: int | None = None
        self._marked: set[tuple[int, int]] = set()  # cells outlined by predict-then-check (the factors)
        self._rows = np.zeros(0, int)  # the rows shown (all, or a window around the highlight)
        self._cols = np.zeros(0, int)
        self._masked = False  # a lesson's open question hides these numbers: "?" in every cell, no tint
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # ----- content
    def set_quantity(self, q: Quantity) -> None:
        resize = self._q is None or self._q.shape != q.shape or self._q.row_names != q.row_names \
            or self._q.column_names != q.column_names
        self._q = q
        self._choose_window()
        if resize:
            self.updateGeometry()
        self.update()

    def quantity(self) -> Quantity | None:
        return self._q

    def values(self) -> np.ndarray:
        """The full matrix shown (not just the visible window)."""
        return np.empty((0, 0)) if self._q is None else self._q.value.copy()

    def set_highlight(self, row: int | None) -> None:
        """Outline this example's row (matrices with a row per example only)."""
        self._highlight = row
        self._choose_window()
        self.update()

    def set_marked_cells(self, cells) -> None:
        """Outline these (row, column) cells: the factors a prediction's feedback names."""
        self._marked = {(int(r), int(c)) for r, c in cells}
        self.update()

    def marked_cells(self) -> set[tuple[int, int]]:
        return set(self._marked)

    def set_masked(self, on: bool) -> None:
        """Show every cell as the placeholder (a lesson's question asks for these numbers), or the numbers."""
        if bool(on) != self._masked:
            self._masked = bool(on)
            self.update()

    def masked(self) -> bool:
        return self._masked

    def cell_text(self, row: int, column: int) -> str:
        """The text drawn in cell (row, column) of the full matrix."""
        return PLACEHOLDER if self._masked else format_cell(self._q.value[row, column])

    def cell_texts(self) -> list[str]:
        """The texts drawn in the cells shown (the window of rows and columns), row by row."""
        if self._q is None:
            return []
        return [self.cell_text(int(r), int(c)) for r in self._rows for c in self._cols]

    def cell_rect(self, row: int, column: int) -> QRect | None:
        """Where cell (row, column) of the full matrix is drawn, or None when it is not shown."""
        if self._q is None or row not in self._rows or column not in self._cols:
            return None
        _, _, cell_w, cell_h, head_w = self._metrics()
        r_i, c_i = int(np.searchsorted(self._rows, row)), int(np.searchsorted(self._cols, column))
        return QRect(2 + head_w + c_i * cell_w, 2 + cell_h + r_i * cell_h, cell_w, cell_h)

    def highlighted_row(self) -> int | None:
        """The outlined row, or None (no row, or a matrix of weights)."""
        if self._q is None or not self._q.per_example or self._highlight is None:
            return None
        return self._highlight if 0 <= self._highlight < self._q.shape[0] else None

    def shown_rows(self) -> list[int]:
        return self._rows.tolist()

    def _choose_window(self) -> None:
        if self._q is None:
            return
        n, m = self._q.shape
        start = 0
        if n > MAX_ROWS and self.highlighted_row() is not None:
            start = min(max(self._highlight - MAX_ROWS // 2, 0), n - MAX_ROWS)
        self._rows = np.arange(start, min(n, start + MAX_ROWS))
        self._cols = np.arange(min(m, MAX_COLUMNS))

    # ----- geometry
    def _metrics(self) -> tuple[QFontMetrics, int, int, int, int]:
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)  # the outlined row is bold
        pad = max(3, fm.height() // 5)
        # the widest texts format_cell writes: every one of its forms, with a sign
        cell_w = max(wide.horizontalAdvance(t) for t in ("-8.8e-88", "-8.8e+88", "-0.00888", "-88.888", "-88888")) + 2 * pad
        if self._q is not None:
            names = [fm.horizontalAdvance(c) for c in self._q.column_names]
            cell_w = max([cell_w] + [w + 2 * pad for w in names])
        cell_h = fm.height() + pad
        head_w = 0
        if self._q is not None:
            head_w = max(wide.horizontalAdvance(r) for r in self._q.row_names) + 2 * pad
        return fm, pad, cell_w, cell_h, head_w

    def text_padding(self) -> int:
        """The room kept between a cell's text and its edges, each side."""
        return self._metrics()[1]

    def sizeHint(self) -> QSize:
        if self._q is None:
            return QSize(0, 0)
        _, _, cell_w, cell_h, head_w = self._metrics()
        return QSize(head_w + cell_w * len(self._cols) + 4, cell_h * (len(self._rows) + 1) + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self._q is None:
            return None
        _, _, cell_w, cell_h, head_w = self._metrics()
        r, c = (pos.y() - 2) // cell_h - 1, (pos.x() - 2 - head_w) // cell_w
        if 0 <= r < len(self._rows):
            return int(self._rows[r]), (int(self._cols[c]) if 0 <= c < len(self._cols) else -1)
        return None

    # ----- painting
    def _tint(self, value: float, largest: float, dark: bool) -> QColor | None:
        q = self._q
        if not np.isfinite(value) or largest <= 0 or value == 0:
            return None
        t = MAX_TINT * min(abs(value) / largest, 1.0) ** 0.6
        if q.kind in ("input", "target", "layer"):  # values in [0, 1]: grey, like the diagram's node fill
            base = QColor(255, 255, 255) if dark else QColor(0, 0, 0)
            t *= 0.8
        else:
            base = (POSITIVE_DARK if dark else POSITIVE) if value > 0 else NEGATIVE
        colour = QColor(base)
        colour.setAlphaF(t)
        return colour

    def paintEvent(self, event) -> None:
        q = self._q
        if q is None:
            return
        fm, pad, cell_w, cell_h, head_w = self._metrics()
        palette = self.palette()
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        values = q.value
        finite = np.abs(values[np.isfinite(values)])
        largest = float(finite.max()) if finite.size else 0.0
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        x0, y0 = 2 + head_w, 2 + cell_h
        p.setPen(muted)
        for c_i, c in enumerate(self._cols):
            p.drawText(QRect(x0 + c_i * cell_w, 2, cell_w, cell_h), Qt.AlignmentFlag.AlignCenter, q.column_names[c])
        bold = QFont(self.font())
        bold.setBold(True)
        hi = self.highlighted_row()
        for r_i, r in enumerate(self._rows):
            y = y0 + r_i * cell_h
            is_bias = q.bias_row and r == q.shape[0] - 1
            p.setPen(muted)
            p.setFont(bold if r == hi else self.font())
            p.drawText(QRect(2, y, head_w - pad, cell_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       q.row_names[r])
            for c_i, c in enumerate(self._cols):
                rect = QRect(x0 + c_i * cell_w, y, cell_w, cell_h)
                v = values[r, c]
                tint = None if self._masked else self._tint(v, largest, dark)
                if tint is not None:
                    p.fillRect(rect, tint)
                p.setPen(text)
                p.drawText(rect.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           self.cell_text(r, c))
            if is_bias:  # a line above the bias row: it is not a unit
                p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
                p.drawLine(x0, y, x0 + cell_w * len(self._cols), y)
        # grid: a frame and column rules
        p.setPen(QPen(grid, 1))
        p.drawRect(QRect(x0, y0, cell_w * len(self._cols), cell_h * len(self._rows)))
        if hi is not None and hi in self._rows:
            r_i = int(np.searchsorted(self._rows, hi))
            width = max(2, fm.height() // 7)
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), width)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            half = width // 2
            p.drawRect(QRect(2 + half, y0 + r_i * cell_h, head_w + cell_w * len(self._cols) - width,
                             cell_h).adjusted(0, 0, 0, 0))
        width = max(3, fm.height() // 5)
        p.setPen(QPen(QColor(0xB3, 0x26, 0x1E), width))  # the factors of a checked prediction: a thick red frame
        p.setBrush(Qt.BrushStyle.NoBrush)
        for r, c in self._marked:
            rect = self.cell_rect(r, c)
            if rect is not None:
                p.drawRect(rect.adjusted(width // 2, width // 2, -(width + 1) // 2, -(width + 1) // 2))
        p.end()

    # ----- interaction
    def mousePressEvent(self, event) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is not None and self._q is not None and self._q.per_example:
            self.rowClicked.emit(cell[0])
        if cell is not None:
            self.cellClicked.emit(*cell)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is not None and cell[1] >= 0:
            self.cellDoubleClicked.emit(*cell)
        super().mouseDoubleClickEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._q is not None:
            cell = self._cell_at(event.pos())
            if cell is not None and cell[1] >= 0:
                r, c = cell
                q = self._q
                where = "example " + q.row_names[r] if q.per_example else q.row_names[r]
                value = PLACEHOLDER if self._masked else repr(q.value[r, c])
                QToolTip.showText(event.globalPos(), tooltip(f"{q.name}[{r}, {c}] = {value}\n"
                                                             f"row: {where} · column: {q.column_names[c]}"), self)
                return True
        return super().event(event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


def _sample() -> MatrixView:
    from playground.core.explain.inspection import trace_iteration
    from playground.core.nn.network import Network
    from playground.core.data.presets import get_preset

    ds = get_preset("notebook").dataset()
    view = MatrixView()
    view.set_quantity(trace_iteration(Network([3, 4, 1], seed=1), ds.X, ds.Y, ds.input_names, ds.target_names)["l1"])
    view.set_highlight(2)
    return view


if __name__ == "__main__":  # python -m playground.ui.views.matrix_view
    from playground.ui.preview import preview

    preview(_sample, size=(420, 180))

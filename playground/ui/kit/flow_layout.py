"""A layout that places its items left to right and wraps to a new line when the width runs out.

Rows of buttons and the inspector's sections use it: a narrow window (a projector at 1280
pixels, presentation mode, longer translated words) gets two rows instead of cut texts or
a window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QWidget


class FlowLayout(QLayout):
    """Lays its items left to right and wraps to a new line when the width runs out (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self._height = 0  # the height the items took at the last placing
        self._width = 0  # the width they were placed in
        self._least_width = 0  # a floor under the least width (set_least_width)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._width = rect.width()
        height = self._arrange(rect, move=True)
        if height != self._height:  # one line more or less: the minimum height changed, tell the parents
            self._height = height
            QTimer.singleShot(0, self, self._tell_parents)  # not from inside the parent's own placing; never once deleted

    def _tell_parents(self) -> None:
        """The minimum height changed (one line more or less): parent layouts cache it, ask again."""
        self.invalidate()
        parent = self.parent()
        while isinstance(parent, QLayout):
            parent.invalidate()
            parent = parent.parent()
        if self.parentWidget() is not None:
            self.parentWidget().updateGeometry()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        size.setWidth(max(size.width(), self._least_width))
        width = self._width  # (geometry() is reset by every invalidate)
        if width > 0:  # wrapped to several lines at the width it has: a parent (a splitter) must leave them room
            size.setHeight(max(size.height(), self.heightForWidth(width)))
        return size

    def set_least_width(self, width: int) -> None:
        """Ask for at least ``width`` px (margins included) whatever the items' least widths: items drawn smaller to
        fit a narrow width (presentation.fit_controls) do not let the parents squeeze the layout narrower."""
        if width != self._least_width:
            self._least_width = width
            self.invalidate()

    def line_count(self, width: int) -> int:
        """How many lines the shown items take at ``width`` (0 with none shown)."""
        m = self.contentsMargins()
        return len(self._lines(width - m.left() - m.right()))

    def _lines(self, width: int) -> list[list]:
        """The shown items, a line at a time: a line takes items while their minimum widths fit ``width``."""
        items = [item for item in self._items if not item.isEmpty()]  # a hidden widget takes no room
        lines: list[list] = []
        used = 0
        for item in items:
            need = item.minimumSize().width()
            if lines and used + self._spacing + need <= width:
                lines[-1].append(item)
                used += self._spacing + need
            else:
                lines.append([item])
                used = need
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (when ``move``) and return the height they take at ``rect``'s width.

        A line takes items while their minimum widths fit; each item then gets its preferred
        width, or, when the line is short of room, its minimum plus a share of what is left.
        """
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines = self._lines(area.width())
        y = area.y()
        for i, line in enumerate(lines):
            hints = [item.sizeHint().width() for item in line]
            mins = [min(item.minimumSize().width(), h) for item, h in zip(line, hints)]
            room = area.width() - self._spacing * (len(line) - 1)
            if sum(hints) <= room or sum(hints) == sum(mins):
                widths = hints
            else:
                share = max(0.0, (room - sum(mins)) / (sum(hints) - sum(mins)))
                widths = [lo + int((hi - lo) * share) for lo, hi in zip(mins, hints)]
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item, width in zip(line, widths):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + (self._spacing if i < len(lines) - 1 else 0)
        return y - rect.y() + m.bottom()

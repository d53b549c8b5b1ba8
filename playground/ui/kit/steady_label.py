"""A label whose text changes many times a second without laying the window out again.

``QLabel.setText`` always calls ``updateGeometry()``: the label's layout is invalidated, its
parent is laid out again and, since every layout activation asks its own widget's parent
again ("ideally only if sizeHint() ... has changed", says Qt's source), the request climbs to
the main window, which lays out every pane (and its event filters fit the panes) - about 1 to
2 ms on the UI thread for each new iteration count, 30 times a second while a run streams
snapshots. A :class:`SteadyLabel` keeps its text itself and paints it; its size hint follows
a sample text (the widest it expects, e.g. "Iteration 1,000,000,000") and the font, so a new
text only repaints the label. A text wider than the sample asks for a new layout once.

It is still a ``QLabel`` (found as one, styled as one: font, palette, style sheet padding);
``text()`` and ``setText()`` are its own, and the accessible name carries the text for a
screen reader (Qt's label accessibility reads ``QLabel::text`` otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A one-line plain-text label sized by a sample text, repainted (never re-laid out) on new text.

    ``elide``: the label may be narrower than its text (a stretching status line): the text is
    cut with "…" and the whole text is the tooltip; otherwise its least width is its text's.
    """

    def __init__(self, sample: str = "", parent: QWidget | None = None, *, elide: bool = False,
                 objectName: str = "") -> None:  # noqa: N803 - Qt's keyword
        super().__init__(parent, objectName=objectName)
        self._text = ""
        self._sample = sample
        self._elide = elide
        self._hint_width = self._wanted_width()

    # ----- text
    def text(self) -> str:  # noqa: D102 - QLabel's
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's
        """Show ``text``: a repaint of the label only, unless it is wider than the sample."""
        text = str(text)
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        if self._elide:  # its width never depends on the text: say it whole where it is cut
            self.setToolTip(text if self._text_width() > self.contentsRect().width() else "")
        else:
            wanted = self._wanted_width()
            if wanted != self._hint_width:  # wider than the sample (or back to it): the only relayout
                self._hint_width = wanted
                self.updateGeometry()
        self.update()

    def set_sample(self, sample: str) -> None:
        """The widest text expected (a new language): the width the label asks for."""
        self._sample = sample
        self._hint_width = self._wanted_width()
        self.updateGeometry()

    # ----- size
    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._text)

    def _wanted_width(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(self._sample), 0 if self._elide else fm.horizontalAdvance(self._text))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        m = self.contentsMargins()
        fm = self.fontMetrics()
        self._hint_width = self._wanted_width()  # the font may have changed since (presentation mode)
        return QSize(self._hint_width + 2 * self.margin() + m.left() + m.right() + fm.averageCharWidth(),
                     fm.height() + 2 * self.margin() + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.sizeHint()
        if self._elide:
            m = self.contentsMargins()
            hint.setWidth(self.fontMetrics().horizontalAdvance("…") * 4 + m.left() + m.right())
        return hint

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        self._hint_width = self._wanted_width()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._elide:
            self.setToolTip(self._text if self._text_width() > self.contentsRect().width() else "")

    # ----- drawing
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)  # the frame, if any (QLabel's own text is empty)
        if not self._text:
            return
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        text = self._text
        if self._elide:
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
                                  QPalette.ColorRole.WindowText)


if __name__ == "__main__":  # python -m playground.ui.kit.steady_label
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QVBoxLayout

    from playground.ui.preview import preview

    def _labels() -> QWidget:
        """A counter sized by its sample and a status line that cuts what does not fit; both count."""
        box = QWidget()
        counter = SteadyLabel("Iteration 1,000,000,000")
        status = SteadyLabel(elide=True)
        layout = QVBoxLayout(box)
        layout.addWidget(counter)
        layout.addWidget(status)
        count = [0]

        def tick() -> None:
            count[0] += 1234
            counter.setText(f"Iteration {count[0]:,}")
            status.setText(f"Iteration {count[0]:,} · a status sentence longer than the window is wide, cut with …")

        timer = QTimer(box, interval=33)
        timer.timeout.connect(tick)
        timer.start()
        tick()
        return box

    preview(_labels, size=(320, 80))

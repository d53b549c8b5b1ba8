"""A table no taller than its rows: empty grid rows below the last one are room another pane can use.

On a projector a 4-row truth table kept 10 empty rows under it while the plots beside it were
squeezed. :class:`RowFit` caps a table view's height at its header, its rows and a few spare rows
(so a teacher adding rows by hand sees where the next goes), recomputed when rows come or go and
when the font or the header changes; a table with more rows than the room shows scrolls as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QTableView

QT_MAX = 16777215  # QWIDGETSIZE_MAX: no cap


class RowFit(QObject):
    """Caps ``view``'s maximum height at its rows plus ``spare`` empty ones."""

    def __init__(self, view: QTableView, spare: int = 2) -> None:
        super().__init__(view)
        self.view, self.spare = view, spare
        self._queued = False
        self._model = None
        view.installEventFilter(self)
        self._watch_model()
        self._queue()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._queue)

    def height_needed(self) -> int:
        """Header, rows and spare rows, frame and a horizontal scroll bar when it shows."""
        v = self.view
        rows = v.model().rowCount() if v.model() is not None else 0
        row = v.verticalHeader().defaultSectionSize()
        heights = sum(v.rowHeight(r) for r in range(rows))
        header = v.horizontalHeader()
        need = heights + self.spare * row + 2 * v.frameWidth()
        need += header.height() if not header.isHidden() else 0
        bar = v.horizontalScrollBar()
        if bar.isVisible():
            need += bar.height()
        return need

    @Slot()
    def _queue(self, *_args) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self.fit)

    @Slot()
    def fit(self) -> None:
        self._queued = False
        self._watch_model()
        need = self.height_needed()
        if self.view.maximumHeight() != need:
            self.view.setMaximumHeight(max(need, self.view.minimumSizeHint().height()))

    def release(self) -> None:
        """No cap any more."""
        self.view.removeEventFilter(self)
        self.view.setMaximumHeight(QT_MAX)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show,
                            QEvent.Type.LayoutRequest):
            self._queue()
        return False


__all__ = ["RowFit"]

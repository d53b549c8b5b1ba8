"""The predictions table's columns: the view that asks for the width of every column, and the fitter that keeps
each column as wide as its texts.

Both measure a column by its texts (Qt's ``sizeHintForColumn``: every cell of the first rows through the
delegate, ~0.5 ms a column here). When the outputs' texts change length (``textWidthsChanged``: the first
outputs after "–", a sign, another integer digit) only the columns that show outputs
(``PredictionsModel.output_columns``) are measured again; the inputs and targets keep theirs. Measuring every
column, twice (the fitter, then the view's width for the window's layout), was the UI thread's costliest
work at a run's first snapshots (benchmarks/gui_training.py --trace: 3-4.7 ms of a 15-20 ms pause).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def _output_columns(model) -> list[int] | None:
    """The columns a ``textWidthsChanged`` is about (None: every column)."""
    columns = getattr(model, "output_columns", None)
    return None if columns is None else list(columns())


def fit_columns(view: QTableView) -> None:
    """Keep a view's columns as wide as their texts, the last one also filling the width left (as
    ResizeToContents with a stretched last section did). They are measured again only when the
    model resets, says a text's length changed (then only the columns of outputs), or the view's
    font or style changes: ResizeToContents re-measured every cell at each of the ~30 snapshots a
    second, most of the UI thread's time per snapshot."""
    _ColumnFitter(view)


class _ColumnFitter(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._last_content = 0  # the last column's own width, before it fills what is left
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # done here: Qt's stretch keeps the default width as a minimum
        view.model().modelReset.connect(self.fit)
        view.model().textWidthsChanged.connect(self._fit_outputs)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Measure the columns' texts, then let the last column fill the view's width."""
        view = self._view
        view.resizeColumnsToContents()
        last = view.horizontalHeader().count() - 1
        self._last_content = view.columnWidth(last) if last >= 0 else 0
        self._fill()

    def _fit_outputs(self) -> None:
        """The outputs' texts changed length: measure the columns that show them."""
        view = self._view
        columns = _output_columns(view.model())
        if columns is None:
            self.fit()
            return
        last = view.horizontalHeader().count() - 1
        for column in columns:
            view.resizeColumnToContents(column)
            if column == last:
                self._last_content = view.columnWidth(last)
        self._fill()

    def _fill(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        last = header.count() - 1
        if last < 0:
            return
        others = header.length() - view.columnWidth(last)
        view.setColumnWidth(last, max(self._last_content, view.viewport().width() - others))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # While a view is destroyed its viewport still sends events here after PySide has let go of this
        # object's attributes (a preview closed, a test's table collected): nothing to fit then.
        view, viewport = getattr(self, "_view", None), getattr(self, "_viewport", None)
        kind = event.type()
        if view is not None and obj is view and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit)  # once the new font applies
        elif viewport is not None and obj is viewport and kind == QEvent.Type.Resize:
            self._fill()
        return False


class PredictionsView(QTableView):
    """The predictions table. It asks the splitter it sits in for the width that shows every
    column (up to MAX_SHARE of the window), so the outputs are never behind a sideways scroll."""

    MAX_SHARE = 0.45

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._need: int | None = None  # the width every column takes, measured when asked
        self._columns: list[int] | None = None  # each column's width from its texts, measured when asked
        self._stale: set[int] = set()  # columns whose texts changed length since they were measured

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged):
            signal.connect(self._columns_changed)
        # "1 → –" became "1 → 0.98", not at every new output: only the columns of outputs are measured again
        model.textWidthsChanged.connect(self._outputs_changed)

    def _columns_changed(self, *_args) -> None:
        self._need, self._columns = None, None
        self.updateGeometry()

    def _outputs_changed(self) -> None:
        columns = _output_columns(self.model())
        if columns is None or self._columns is None:
            self._columns_changed()
            return
        self._stale.update(columns)
        self._need = None
        self.updateGeometry()

    def _column_width(self, column: int) -> int:
        return max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))

    def needed_width(self) -> int:
        """Row numbers, every column at its contents' width, the frame and a vertical scroll bar."""
        if self._need is None:
            model = self.model()
            count = model.columnCount() if model is not None else 0
            if self._columns is None or len(self._columns) != count:
                self._columns, self._stale = [self._column_width(c) for c in range(count)], set()
            for column in sorted(self._stale):
                if column < count:
                    self._columns[column] = self._column_width(column)
            self._stale.clear()
            self._need = (self.verticalHeader().sizeHint().width() + sum(self._columns) + 2 * self.frameWidth()
                          + self.verticalScrollBar().sizeHint().width())
        return self._need

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        window = self.window()
        cap = int(window.width() * self.MAX_SHARE) if window is not self else self.needed_width()
        hint.setWidth(max(hint.width(), min(self.needed_width(), cap)))
        return hint

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns_changed()
        super().changeEvent(event)


if __name__ == "__main__":  # python -m playground.ui.views.predictions_columns
    from playground.ui.preview import listening, preview
    from playground.ui.views.predictions_model import PredictionsModel

    def fitted_table() -> PredictionsView:
        view = PredictionsView()
        view.setModel(PredictionsModel(view))
        fit_columns(view)
        return view

    preview(listening(fitted_table, listener=lambda view: [view.model()]), size=(620, 380))

"""When the window is narrow, the result tabs leave the plots' side, so the error plot keeps a readable width.

Side by side, the main area holds three panes: the table and settings, the plots (error plot over
the network diagram) and the result tabs (predictions, log, decision map). Beside a lesson docked
at 1366x768 in presentation mode that left the error plot a 250-px column (its placeholder one word
a line, its ticks on top of each other) while the predictions table kept 400 px of empty rows.

So when the plots would get less than :data:`MIN_PLOT_WIDTH` beside the tabs, :class:`CompactResults`
moves the tabs where there is height to spare, and only there:

* ``LEFT``: below the table, in the left column, when the table and the settings leave the height
  the tabs' rows need (a lesson step that hides the settings);
* ``BELOW``: below the plots, in their own column, when the plots keep their least readable
  heights above them (:data:`STACK_PLOT_PX`, and :data:`STACK_DIAGRAM_PX` when the diagram shows);
* else they stay ``BESIDE`` (a narrow plot is better than a flat one or a diagram whose labels
  overlap). When the room comes back (the lesson closed, presentation mode off) they go back
  beside the plots. The tabs widget itself moves, with its pages and their state: nothing is rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QTabWidget, QWidget

from playground.ui.classroom.presentation import current_scale
from playground.ui.kit.flow_layout import FlowLayout
from playground.ui.kit.row_fit import RowFit

MIN_PLOT_WIDTH = 500  # px: the error plot's least width beside the tabs before they move
PANE_MARGIN = 24  # px the plots' pane takes around the plot itself (its frame and margins)
BACK_MARGIN = 60  # px more than that before they come back beside it (no flapping at the edge)
STACK_PLOT_PX = 170  # at scale 1 (times the scale): the error plot's least height with the tabs below it
LEFT_SHARE, BELOW_SHARE = 0.5, 0.4  # of their column's height: the most the moved tabs take (a long table scrolls)
MOVED_ROWS = 2  # a table's rows the moved tabs show at least (a longer one scrolls)
STACK_DIAGRAM_PX = 190  # the same for the diagram, when it shows (below it its labels ran into each other)
BESIDE, LEFT, BELOW = "beside", "left", "below"
QWIDGETSIZE_MAX = 16777215  # Qt: no maximum
SPARE_KEY = "_nnSpareRows"  # dynamic property of a RowFit: its spare rows while the tabs stand below its table


class CompactResults(QObject):
    """Moves the result tabs out of the plots' way when the plots would be too narrow beside them, and back."""

    def __init__(self, window: QMainWindow, main: QSplitter, left: QSplitter, center: QSplitter, tabs: QTabWidget,
                 diagram, room, fit_panes) -> None:
        super().__init__(window)
        self.window, self.main, self.left, self.center, self.tabs = window, main, left, center, tabs
        self.diagram = diagram  # the network diagram: below it the plots need more height
        self.room = room  # callable: the width the main splitter may take (presentation_fit.PaneRoom.room)
        self.fit_panes = fit_panes  # callable: the wide tables' widths within that room (PaneRoom.fit)
        self._queued = False
        self._beside_sizes: list[int] | None = None  # the main splitter's sizes before the tabs moved
        self._sized_for = -1  # the column height the moved tabs were last sized for
        # _keep_height invalidated the window's layout, which posts the window a layout request of its own: that
        # one is answered without invalidating again (else each answered the last, for as long as the tabs stood
        # moved: ~650 window layouts a second, 60-70% of a core, with the window idle)
        self._invalidated = False
        for watched in (window, main, left, center):
            watched.installEventFilter(self)
        for i in range(tabs.count()):  # a page's rows change height with the font (presentation mode)
            tabs.widget(i).installEventFilter(self)
        tabs.currentChanged.connect(self._queue_size)

    @property
    def place(self) -> str:
        """Where the tabs are: BESIDE the plots, in the LEFT column or BELOW the plots."""
        if self.left.indexOf(self.tabs) >= 0:
            return LEFT
        return BELOW if self.center.indexOf(self.tabs) >= 0 else BESIDE

    @property
    def compact(self) -> bool:
        """Have the tabs left the plots' side?"""
        return self.place != BESIDE

    @property
    def pending(self) -> bool:
        """Is a look at the layout queued (a resize or a new step not yet answered)?"""
        return self._queued

    # ------------------------------------------------------------------ measuring
    def plot_width_beside(self) -> int:
        """The plots' width if the tabs stood beside them and the other panes gave way to their least widths."""
        others = 0
        for i in range(self.main.count()):
            pane = self.main.widget(i)
            if pane is self.center or pane is self.tabs or pane.isHidden():
                continue
            others += pane.minimumSizeHint().width() + self.main.handleWidth()  # what it keeps when it gives way
        tabs = max(self.tabs.minimumSizeHint().width(), self.tabs.sizeHint().width()) + self.main.handleWidth()
        # the splitter's own width: the docks beside it hold what they hold (a lesson's share of the window)
        return min(self.room(), self.main.width()) - others - tabs

    def tabs_height(self, rows: int | None = None) -> int:
        """The height the tabs' page on show needs for its rows (a table: every row, no empty one; at most
        ``rows`` of them when given)."""
        style = self.tabs.style()
        need = self.tabs.tabBar().sizeHint().height() + 2 * style.pixelMetric(style.PixelMetric.PM_DefaultFrameWidth)
        page = self.tabs.currentWidget()
        if not isinstance(page, QTableView) or page.model() is None:
            return need + 6 * self.tabs.fontMetrics().height()
        count = page.model().rowCount() if rows is None else min(rows, page.model().rowCount())
        need += sum(page.rowHeight(r) for r in range(count)) or page.verticalHeader().defaultSectionSize()
        header = page.horizontalHeader()
        need += (header.sizeHint().height() if not header.isHidden() else 0) + 2 * page.frameWidth()
        if page.horizontalScrollBar().maximum() > 0:
            need += page.horizontalScrollBar().sizeHint().height()
        return need

    def _left_spare(self) -> int:
        """Height the left column has beyond what its panes need (the table its rows, the settings their least),
        once it is as wide as the tabs (its rows of buttons wrap less)."""
        if self.left.isHidden():
            return -1
        wider = max(0, self.tabs.minimumSizeHint().width() - self.left.width())
        used = 0
        for i in range(self.left.count()):
            pane = self.left.widget(i)
            if pane is self.tabs or pane.isHidden():
                continue
            # as short as it can be (a scroll area), but a table capped at its rows (kit.row_fit) as tall as its rows
            used += pane.minimumSizeHint().height() + self.left.handleWidth() - self._rows_saved(pane, wider)
            for table in pane.findChildren(QTableView):
                if table.isVisibleTo(pane) and table.maximumHeight() < QWIDGETSIZE_MAX:
                    fit = table.findChild(RowFit)  # with the tabs below, its spare rows go (_move)
                    spare = fit.spare * table.verticalHeader().defaultSectionSize() if fit is not None else 0
                    used += max(0, table.maximumHeight() - spare - table.minimumSizeHint().height())
        return self.left.height() - used

    @staticmethod
    def _rows_saved(pane: QWidget, wider: int) -> int:
        """The height ``pane``'s wrapping rows (the dataset's buttons: a FlowLayout) give back ``wider`` px wider."""
        saved = 0
        for flow in pane.findChildren(FlowLayout) if wider > 0 else []:
            width = flow.geometry().width()
            if width > 0:
                saved += max(0, flow.heightForWidth(width) - flow.heightForWidth(width + wider))
        return saved

    def _tabs_need(self) -> int:
        """The least height the moved tabs take: their rows, but a long table (the adder's 16 rows, lesson
        10's 32) scrolls, showing MOVED_ROWS of them; it kept the plots 260 px wide beside it."""
        return max(self.tabs_height(MOVED_ROWS), self.tabs.minimumSizeHint().height())

    def _fits_height(self, column: QSplitter) -> bool:
        """Would ``column`` with the tabs added still fit the main area's height at its least? (Else the
        window would be laid out taller than the screen.)"""
        least = column.minimumSizeHint().height() + self.tabs.minimumSizeHint().height() + column.handleWidth()
        others = [self.main.widget(i).minimumSizeHint().height() for i in range(self.main.count())
                  if self.main.widget(i) not in (column, self.tabs) and not self.main.widget(i).isHidden()]
        main_least = max([least, *others])  # side by side: the tallest pane's least height
        window_least = self.window.minimumSizeHint().height() - self.main.minimumSizeHint().height() + main_least
        return window_least <= self.window.height()

    def _fits_left(self) -> bool:
        if self._left_spare() < self._tabs_need() + self.left.handleWidth() or not self._fits_height(self.left):
            return False
        # the left column becomes as wide as the wider of the table and the tabs: the plots keep the rest
        column = max(self.left.minimumSizeHint().width(), self.tabs.minimumSizeHint().width())
        return min(self.room(), self.main.width()) - column - 2 * self.main.handleWidth() >= MIN_PLOT_WIDTH + PANE_MARGIN

    def _fits_below(self) -> bool:
        scale = current_scale(self.window)
        need = STACK_PLOT_PX * scale + (STACK_DIAGRAM_PX * scale if not self.diagram.isHidden() else 0)
        return self.center.height() - self._tabs_need() >= need and self._fits_height(self.center)

    # ------------------------------------------------------------------ moving
    def update(self) -> None:
        """Put the tabs where the plots keep their least width (and height)."""
        if not self.window.isVisible():
            return
        beside = self.plot_width_beside()
        narrow = MIN_PLOT_WIDTH + PANE_MARGIN
        to = None
        if not self._plots_shown():
            to = BESIDE if self.compact else None  # no plots to make room for (lesson 3's decision map step)
        elif self.tabs.isHidden() and not self.compact:
            pass  # no tabs to move (a step without them): the plots may still have to take the room back
        elif not self.compact and beside < narrow:
            to = LEFT if self._fits_left() else BELOW if self._fits_below() else None
        elif self.compact and beside >= narrow + BACK_MARGIN:
            to = BESIDE
        if to is not None:
            self._move(to)
        elif self.center.width() < narrow and self._plots_shown():
            # the room is there but the other panes hold it (moved tabs left their width to the table's column)
            self._widen_plots(narrow - self.center.width())

    def _plots_shown(self) -> bool:
        return any(not self.center.widget(i).isHidden() and self.center.widget(i) is not self.tabs
                   for i in range(self.center.count()))

    def _move(self, to: str) -> None:
        if to == BESIDE:
            self._spare_rows(restore=True)
            self.main.addWidget(self.tabs)
            self.fit_panes()  # the tables beside the plots take only the room there is (presentation_fit.PaneRoom)
            self.main.setStretchFactor(self.main.indexOf(self.tabs), 3)
            if self._beside_sizes is not None and len(self._beside_sizes) == self.main.count():
                self.main.setSizes(self._beside_sizes)
            QTimer.singleShot(0, self, self._queue)  # then the plots get their width from the others
            return
        self._beside_sizes = self.main.sizes()
        if to == LEFT:
            self._spare_rows(restore=False)
            self.left.insertWidget(1, self.tabs)  # below the table, above the settings
            self.left.setStretchFactor(1, 0)
        else:
            self.center.addWidget(self.tabs)
            self.center.setStretchFactor(self.center.indexOf(self.tabs), 0)
        column = self.left if to == LEFT else self.center
        if column.minimumSizeHint().height() > self.main.height():
            # the column with the tabs is taller at its least than the estimate said (a 120-row table's column at
            # 1280x720): back beside the plots now, before the window is laid out taller than the screen
            self._move(BESIDE)
            return
        self._queue_size()

    def release(self) -> None:
        """Panels are about to be shown or hidden (a lesson's step): the tabs go back beside the plots now, so
        no column is ever laid out with them and a pane coming back; they find their place again after."""
        if self.compact:
            self._move(BESIDE)

    def _keep_height(self) -> None:
        """A pane of the tabs' column came back (a lesson step shows the settings): if the column with the tabs
        no longer fits the main area's height at its least, the tabs go back beside the plots at once, before
        the window would be laid out taller than the screen."""
        column = {LEFT: self.left, BELOW: self.center}.get(self.place)
        if column is not None and not self._invalidated:
            self._invalidated = True
            self.window.layout().invalidate()  # its least size as it is now, not as last cached
        else:
            self._invalidated = False
        if column is not None and (column.minimumSizeHint().height() > self.main.height()
                                   or self.window.minimumSizeHint().height() > self.window.height()):
            self._move(BESIDE)

    def _spare_rows(self, restore: bool) -> None:
        """The left column's tables show no spare row while the tabs stand below them (their rows, exactly)."""
        for pane in (self.left.widget(i) for i in range(self.left.count())):
            if pane is self.tabs:
                continue
            for table in pane.findChildren(QTableView):
                fit = table.findChild(RowFit)
                if fit is None:
                    continue
                if restore and fit.property(SPARE_KEY) is not None:
                    fit.spare = int(fit.property(SPARE_KEY))
                    fit.setProperty(SPARE_KEY, None)
                elif not restore and fit.property(SPARE_KEY) is None:
                    fit.setProperty(SPARE_KEY, fit.spare)
                    fit.spare = 0
                fit.fit()

    def _widen_plots(self, more: int) -> None:
        """The room is there but the other panes hold it (the splitter keeps their shares): they give it back,
        each in proportion to what it has beyond the width it asks for."""
        sizes = self.main.sizes()
        c = self.main.indexOf(self.center)
        taken = 0
        for least in (lambda pane: max(pane.minimumSizeHint().width(), pane.sizeHint().width()),
                      lambda pane: pane.minimumSizeHint().width()):  # what they ask for first, then their least
            spare = {}
            for i in range(self.main.count()):
                pane = self.main.widget(i)
                if i != c and not pane.isHidden():
                    spare[i] = max(0, sizes[i] - least(pane))
            total = sum(spare.values())
            if total <= 0:
                continue
            for i, can in spare.items():
                give = min(can, -(-(more - taken) * can // total))
                sizes[i] -= give
                taken += give
            if taken >= more:
                break
        if taken <= 0:
            return
        sizes[c] += taken
        self.main.setSizes(sizes)

    @Slot()
    def size_moved(self) -> None:
        """The moved tabs get the height their rows need; the other panes of their column share the rest."""
        splitter = {LEFT: self.left, BELOW: self.center}.get(self.place)
        if splitter is None:
            return
        sizes = splitter.sizes()
        i = splitter.indexOf(self.tabs)
        share = BELOW_SHARE if splitter is self.center else LEFT_SHARE  # below the plots: the curve keeps most
        need = min(self.tabs_height(), max(int(sum(sizes) * share), self._tabs_need()))
        others = [k for k in range(len(sizes)) if k != i and sizes[k] > 0]
        rest = sum(sizes) - need
        old = sum(sizes[k] for k in others)
        if not others or rest <= 0 or old <= 0:
            return
        for k in others:
            sizes[k] = int(rest * sizes[k] / old)
        sizes[i] = need
        self._sized_for = splitter.height()
        splitter.setSizes(sizes)

    # ------------------------------------------------------------------ events
    @Slot()
    def _queue_size(self, *_args) -> None:
        if self.compact:
            QTimer.singleShot(0, self, self.size_moved)

    def _queue(self) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._queued_update)

    @Slot()
    def _queued_update(self) -> None:
        self._queued = False
        self.update()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.left or obj is self.center:
            if kind == QEvent.Type.Resize and self.compact and obj.height() != self._sized_for:
                self._queue_size()  # a new column height: the rows' share again
            elif kind == QEvent.Type.LayoutRequest and not self.compact:
                self._queue()  # a pane asks for another size (a table capped at its rows): room to look again
        elif obj is self.window or obj is self.main:
            if obj is self.window and kind == QEvent.Type.LayoutRequest:
                self._keep_height()  # now, before the window applies its new minimum size
            if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
                self._queue()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.LayoutRequest):  # a page of the tabs
            self._queue_size()
        return False


__all__ = ["CompactResults", "MIN_PLOT_WIDTH", "BESIDE", "LEFT", "BELOW"]

"""Fitting the main window's panes in presentation mode and beside a lesson: what stays on a projector's screen.

* :class:`InspectorFocus`: presentation mode with the inspector open gives the inspector the main area
  (the side panel and result tabs put away, the plot and diagram side by side in a strip above it).
* :class:`FormulaRoom`: presentation mode with the formula panel beside a main area too narrow for three
  panes puts the table and settings away, so the error plot and the diagram stay readable.
* :class:`PaneRoom`: the wide tables get the width the window has beside its side docks, so a lesson
  docked beside them, or a larger scale, never pushes the window past the screen.
* :class:`PutAway`: what the first two hide, each widget shown again as it was when the last lets go.

The scaling itself (fonts, lines, toolbars) is ``playground.ui.classroom.presentation``.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QScreen
from PySide6.QtWidgets import (QAbstractScrollArea, QDockWidget, QMainWindow, QSizePolicy, QSplitter, QStyle,
                               QTabWidget, QWidget)

from playground.ui.classroom.presentation import LARGE_SCREEN_PX, current_scale

POLICY_KEY = "_nnBasePolicy"  # dynamic property: the size policy a tab's page was built with

MAX_INSPECTOR_SHARE = 0.8  # of the window's height: the diagram keeps a strip above the inspector
# The strip's least height in a window shorter than LARGE_SCREEN_PX, in px at scale 1 (times the scale):
# below it the error plot's curve was a flat line and the diagram's labels overlapped (1366x768, 1280x720).
# There the inspector scrolls instead; a 1080p window shows the whole iteration without scrolling.
STRIP_MIN_PX = 170
INSPECTOR_MAX_SCALE = 1.5
SMALL_TABLE_SHARE = 0.4  # of the room: a table with few columns shows them all up to this width (PaneRoom)  # the inspector's text grows no further with the inspector in the main area


class PutAway:
    """Widgets hidden while any holder holds them (the inspector's focus, the formula's room): a widget is
    shown again, as it was before the first took it, when the last lets go, whatever the order."""

    def __init__(self) -> None:
        self._held: dict[QWidget, tuple[bool, set]] = {}  # widget: (shown before it was first held, its holders)

    def hold(self, widget: QWidget, holder: object) -> None:
        if widget not in self._held:
            self._held[widget] = (not widget.isHidden(), set())  # not isVisibleTo: a parent may be hidden
            widget.hide()
        self._held[widget][1].add(holder)

    def release(self, widget: QWidget, holder: object) -> None:
        shown, holders = self._held.get(widget, (False, set()))
        if holder not in holders:
            return
        holders.discard(holder)
        if not holders:
            del self._held[widget]
            widget.setVisible(shown)

    def held(self, widget: QWidget) -> bool:
        return widget in self._held


class InspectorFocus(QObject):
    """Presentation mode with the inspector open: the inspector takes the main area.

    A projector shows the whole iteration (forward, error, backward, update) only when the
    inspector gets nearly all the height: the widgets ``put_away`` (the dataset and settings,
    the result tabs, the plot's toggles) are hidden (the inspector's ``l0`` and ``y`` show the
    table, its last layer the outputs), the error plot and the diagram (``center``, a splitter)
    sit side by side in a strip, and the dock is sized to show every matrix. Leaving either
    mode puts back what was there.
    """

    def __init__(self, window, dock, inspector, put_away, center, holds: PutAway | None = None) -> None:
        super().__init__(window)
        self.window, self.dock, self.inspector = window, dock, inspector
        self.put_away, self.center = list(put_away), center
        self.holds = holds if holds is not None else PutAway()  # shared with the window's other holders
        self._on = False  # the inspector has the main area
        inspector.contentChanged.connect(self.fit)
        dock.visibilityChanged.connect(self.update)
        dock.topLevelChanged.connect(self.update)
        window.installEventFilter(self)
        dock.installEventFilter(self)
        self._width = 0  # the dock's width at the last fit: a new width wraps the matrices anew
        self._height = 0  # the height asked for at the last fit
        self._tries = 0  # fits asked for since the last change: the main window may apply one late
        self._forced: QSize | None = None  # the window's size before a layout forced it larger

    def active(self) -> bool:
        return self._on

    def update(self, *_args) -> None:
        """Arrange the window for the current scale and inspector visibility."""
        w = self.window
        on = (current_scale(w) > 1.0 and self.dock.isVisibleTo(w) and not self.dock.isFloating()
              and w.dockWidgetArea(self.dock) == Qt.DockWidgetArea.BottomDockWidgetArea)
        if on and not self._on:
            self._on = True
            for widget in self.put_away:
                self.holds.hold(widget, self)
            self.center.setOrientation(Qt.Orientation.Horizontal)
            self.dock.setTitleBarWidget(QWidget())  # its title repeats the panel's: the matrices get the room
            if self._forced is not None:
                QTimer.singleShot(0, self._shrink_back)
        elif not on and self._on:
            self.release_font()
            self._on = False
            for widget in self.put_away:
                self.holds.release(widget, self)
            self.center.setOrientation(Qt.Orientation.Vertical)
            self.center.setMinimumHeight(0)
            self.dock.setTitleBarWidget(None)
            if self.dock.isVisibleTo(w):
                w.resizeDocks([self.dock], [int(w.height() * 0.5)], Qt.Orientation.Vertical)
        if self._on:
            self._fit_font()
        self.fit()
        self._tries = 0
        QTimer.singleShot(0, self.fit)  # again once the panels put away have left the layout

    def _shrink_back(self) -> None:
        """Back to the size the window had before the dock's first layout grew it (see eventFilter)."""
        size, self._forced = self._forced, None
        w = self.window
        if size is not None and size.isValid():
            w.layout().activate()  # the minimum without the side panel
            w.resize(size)  # (never below the window's minimum: Qt keeps to it)

    def fit(self) -> None:
        """Give the dock the height that shows every matrix (at most MAX_INSPECTOR_SHARE of the window,
        and in a short window no more than leaves the strip above it STRIP_MIN_PX)."""
        if not self._on:
            return
        w = self.window
        short = w.height() < LARGE_SCREEN_PX
        strip = round(STRIP_MIN_PX * current_scale(w)) if short else 0
        if self.center.minimumHeight() != strip:
            self.center.setMinimumHeight(strip)
        panel = self.dock.widget()
        top = panel.geometry().top() if panel.height() > 0 else panel.fontMetrics().height() + 8  # its title bar
        width = panel.width() if panel.width() > 100 else w.width()
        self._width = self.dock.width()
        room = int(w.height() * MAX_INSPECTOR_SHARE)
        height = self.inspector.needed_height(width) + top + 2
        self._height = min(height, room)
        w.resizeDocks([self.dock], [self._height], Qt.Orientation.Vertical)

    def _fit_font(self) -> None:
        """Above INSPECTOR_MAX_SCALE the inspector's text stays at that scale, so the whole
        iteration still fits 1920x1080 while the rest of the window is larger still."""
        factor = current_scale(self.window)
        if factor > INSPECTOR_MAX_SCALE:
            font = QFont(self.window.font())
            font.setPointSizeF(font.pointSizeF() * INSPECTOR_MAX_SCALE / factor)
            if self.inspector.font().pointSizeF() != font.pointSizeF():
                self.inspector.setFont(font)
        else:
            self.release_font()

    def release_font(self) -> None:
        """The inspector takes the window's font again (before the window is scaled anew)."""
        if self.inspector.font().pointSizeF() != self.window.font().pointSizeF():
            self.inspector.setFont(QFont())

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and obj is self.window and not self._on:
            # Showing the dock lays the window out once with the side panel still in it: a window
            # at its smallest then grows past the screen. Remember the size it had, to go back.
            old, new = event.oldSize().height(), event.size().height()
            forced = 0 <= old < new == self.window.minimumHeight()
            self._forced = event.oldSize() if forced and self.dock.isVisibleTo(self.window) else None
        if not self._on or kind not in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            return False
        if kind == QEvent.Type.Resize and (obj is self.window or obj.width() != self._width):
            self._tries = 0  # a new width: the matrices wrap anew
        elif abs(self.dock.height() - self._height) <= 2 or self._tries >= 5:
            return False
        # Once the window has laid out its new size and panels: a height asked for before can be
        # cut by the old layout's minimum sizes, so ask again (a few times at most).
        self._tries += 1
        QTimer.singleShot(0, self.fit)
        return False


# Presentation mode with the formula panel docked: below this width of the main area (the window's less the
# panel's, px) the table and settings are put away. At 1366x768 the main area beside the panel was ~960 px and its
# three panes left the error plot 260 px wide (its legend one word, its iteration axis "0 20k"), the diagram a
# thumbnail and both tables scrolling sideways; at 1920x1080 (~1340 px) the three fit.
FORMULA_MAIN_AREA_PX = 1200
FORMULA_BACK_PX = 60  # px more than that before they come back (no flapping at the edge)


class FormulaRoom(QObject):
    """Presentation mode with the formula panel docked beside a narrow main area: the widgets ``put_away`` (the
    table and settings) are put away while the panel shows, and come back as they were when it closes, floats or
    goes to the bottom, the window widens or presentation mode ends. The predictions tab repeats the table's
    inputs and targets beside the outputs, and the panel itself the rows' numbers of its formula."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, put_away, holds: PutAway,
                 tabs: QWidget | None = None) -> None:
        super().__init__(window)
        self.window, self.dock, self.put_away, self.holds = window, dock, tuple(put_away), holds
        # The result tabs: while they stand in a column put away (CompactResults moved them below the table, which
        # left the plots the width already), that column stays, else the tabs would go with it
        self.tabs = tabs
        self._on = False
        self._queued = False
        dock.visibilityChanged.connect(self._queue)
        dock.topLevelChanged.connect(self._queue)
        dock.dockLocationChanged.connect(self._queue)  # the bottom area takes no width: nothing to make room for
        window.installEventFilter(self)  # its size, and its font: presentation mode scales it
        if tabs is not None:
            tabs.installEventFilter(self)  # moved to another column (a ParentChange)

    def active(self) -> bool:
        """Whether the table and settings are put away for the panel."""
        return self._on

    def refit_pending(self) -> bool:
        """Whether a look at the window's width and panel is still to come (in the next turn)."""
        return self._queued

    def _queue(self, *_args) -> None:
        if not self._queued:  # once the window has laid out the dock it shows or hides
            self._queued = True
            QTimer.singleShot(0, self, self.update)

    def update(self) -> None:
        """Put the table and settings away, or back, for the window's scale, width and panel."""
        self._queued = False
        w, dock = self.window, self.dock
        beside = (dock.isVisibleTo(w) and not dock.isFloating()
                  and w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea)
        main_area = w.width() - (dock.width() if beside else 0)
        narrow = main_area < FORMULA_MAIN_AREA_PX + (FORMULA_BACK_PX if self._on else 0)
        tabs_inside = self.tabs is not None and any(widget.isAncestorOf(self.tabs) for widget in self.put_away)
        on = current_scale(w) > 1.0 and beside and narrow and not tabs_inside
        if on != self._on:
            self._on = on
            for widget in self.put_away:
                (self.holds.hold if on else self.holds.release)(widget, self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.ParentChange):
            self._queue()
        return False


class PaneRoom(QObject):
    """Keeps the panes of the main area within the width the window has beside its side docks.

    The dataset and the predictions ask for the width that shows every column (``wide``: each
    table with the share of that room it may take at most), and a splitter never squeezes a pane
    below its minimum: with a lesson docked beside them, presentation mode at 1366x768 pushed the
    window 1425 to 1801 pixels wide, the lesson's Next button off the screen. Here each wide table
    gets as its minimum width what it asks for as far as the room allows once every other pane has
    its own minimum (the rest of a table scrolls sideways). The room is the window's width less the
    side docks' least widths, so a dock never pushes the window wider either: it gets what is left.

    It fits again when the window lays itself out (before the new minimum is applied: panels shown
    or hidden, a lesson's step, presentation mode, a new language) and when a table asks anew. Should
    something else still have forced the window wider, it goes back to the width it had.

    The room follows the window's width, so the minimums it sets fill that width: the window could never
    get narrower by itself (a screen that shrank, a projector connected, the window moved to a smaller
    screen kept it 1292 to 1366 px wide at 1280x720). When the window's screen changes or its available
    area shrinks, the room becomes that area's and the window is brought within it (:meth:`fit_screen`).

    A tab widget among the panes asks for the room of the tab on show: the pages behind it are sized as
    "ignored" (a hidden decision map's combo boxes at scale 1.5 held the results pane 435 px wide).
    """

    def __init__(self, window: QMainWindow, splitter: QSplitter, wide: dict[QAbstractScrollArea, float]) -> None:
        super().__init__(window)
        self.window, self.splitter, self.wide = window, splitter, dict(wide)
        self._target = 0  # the window's width before a layout forced it wider (0: not forced)
        self._queued = False
        self._told = -1  # the splitter's least width when the window's layout was last told
        self._screen: QScreen | None = None  # the screen whose available area the window follows
        self.before_screen_fit: Callable[[], None] | None = None  # called before the window is fitted to a screen
        window.installEventFilter(self)
        splitter.installEventFilter(self)
        for i in range(splitter.count()):
            if isinstance(splitter.widget(i), QTabWidget):
                splitter.widget(i).currentChanged.connect(self._queue)  # the page on show asks for its room

    def _follow_screen(self) -> None:
        """Listen to the window's screen: a new one, or its available area changing."""
        handle = self.window.windowHandle()
        if handle is None:
            return
        if self._screen is None:
            handle.screenChanged.connect(self._screen_changed)
        self._screen_changed(handle.screen(), moved=False)  # where it is first shown is the window system's choice

    @Slot(QScreen)
    def _screen_changed(self, screen: QScreen | None, moved: bool = True) -> None:
        if screen is self._screen:
            return
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self.fit_screen)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self.fit_screen)
            if moved:
                self.fit_screen()

    def fit_screen(self, *_args) -> None:
        """Bring the window within its screen's available area: the tables' minimums first, then its size.

        A maximised or full-screen window is sized by the window system, which keeps to the minimum: it
        gets the lower minimum and follows the screen itself."""
        w, screen = self.window, self._screen
        if screen is None or not w.isVisible():
            return
        area = screen.availableGeometry()
        frame = w.frameGeometry().size() - w.size()  # the window system's title bar and borders
        width, height = area.width() - frame.width(), area.height() - frame.height()
        if width <= 0 or height <= 0 or (w.width() <= width and w.height() <= height):
            return
        if self.before_screen_fit is not None:
            self.before_screen_fit()  # e.g. the result tabs back beside the plots (compact_results): a lower minimum
        if w.width() > width:
            self._target = width
            self.fit()
            w.layout().activate()  # the window's minimum from the narrower tables
        if not (w.isMaximized() or w.isFullScreen()):
            w.resize(min(w.width(), width), min(w.height(), height))  # (never below its minimum: Qt keeps to it)

    def room(self, showing: QDockWidget | None = None) -> int:
        """The width the main splitter may take: the window's less the side docks (and ``showing``,
        a dock about to be shown) and the margins."""
        w = self.window
        width = self._target or w.width()
        separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
        for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            docks = [d for d in w.findChildren(QDockWidget) if d.parentWidget() is w
                     and (d.isVisibleTo(w) or d is showing) and not d.isFloating() and w.dockWidgetArea(d) == area]
            if docks:  # docks of one area are stacked or tabbed: the widest decides
                width -= max(max(d.minimumWidth(), d.minimumSizeHint().width()) for d in docks) + separator
        central = w.centralWidget()
        if central is not None and central.layout() is not None:
            m = central.layout().contentsMargins()
            width -= m.left() + m.right()
        return width

    def fit(self, showing: QDockWidget | None = None) -> None:
        """Set each wide table's minimum width: what it asks for, as far as the room allows.

        Call it with a dock about to be shown: showing a widget lays its window out at once, with
        the minimum widths it finds (a table's asked for before the dock took its room)."""
        w = self.window
        if w.width() <= 0:
            return
        room = self.room(showing)
        changed = self._size_pages()
        for _ in range(6):  # a table in a pane that something wider holds gives nothing back: try again
            tables = [t for t in self.wide if t.isVisibleTo(w)]
            if not tables:
                break
            ask = {t: self._ask(t, room) for t in tables}
            floor = {t: min(ask[t], QAbstractScrollArea.minimumSizeHint(t).width()) for t in tables}
            now = {t: t.minimumWidth() or ask[t] for t in tables}
            spare = room - self.splitter.minimumSizeHint().width()
            new = dict(now)
            if spare < 0:  # take the excess from the tables, each in proportion to what it can give
                give = {t: max(0, now[t] - floor[t]) for t in tables}
                total = sum(give.values())
                for t in tables:
                    if total > 0:
                        new[t] = now[t] - min(give[t], -(spare * give[t]) // total + 1)
            else:  # hand the spare width to the tables that ask for more, by their shares
                want = [t for t in tables if ask[t] > now[t]]
                shares = sum(self.wide[t] for t in want)
                for t in want:
                    new[t] = now[t] + min(ask[t] - now[t], int(spare * self.wide[t] / shares))
            new = {t: max(floor[t], min(new[t], ask[t])) for t in tables}
            if all(t.minimumWidth() == new[t] for t in tables):
                break
            for t in tables:
                t.setMinimumWidth(new[t])
            changed = True
        # The window's layout keeps the splitter's minimum it last read; a pane shown, hidden or narrowed
        # tells it only through posted requests. Tell it now, before it lays the window out again.
        least = self.splitter.minimumSizeHint().width()
        if changed or least != self._told:
            self._told = least
            self.splitter.updateGeometry()
            if self.splitter.parentWidget() is not None:
                self.splitter.parentWidget().updateGeometry()
        if self._target and w.width() > self._target and w.minimumSizeHint().width() <= self._target:
            QTimer.singleShot(0, self, self._shrink_back)

    def _ask(self, table: QAbstractScrollArea, room: int) -> int:
        """The least width ``table`` asks for within ``room``: its share of the room, or all of a small table.

        A table whose every column fits within its share of the window (its hint is not capped there) is
        small: it gets them all as long as they take at most SMALL_TABLE_SHARE of the room. Lesson 2's
        four German columns at 1366x768 and 1.5x need 36% of the room beside the lesson; held to 30%
        its target column scrolled out of view."""
        hint, share = table.minimumSizeHint().width(), self.wide[table]
        small = hint < int(self.window.width() * share) and hint <= int(room * SMALL_TABLE_SHARE)
        return hint if small else min(hint, int(room * share))

    def _size_pages(self) -> bool:
        """Size each tab widget's pages but the current one as ignored; whether a page changed."""
        changed = False
        for i in range(self.splitter.count()):
            tabs = self.splitter.widget(i)
            if not isinstance(tabs, QTabWidget):
                continue
            for p in range(tabs.count()):
                page = tabs.widget(p)
                own = page.property(POLICY_KEY)
                if own is None:  # the policy it was built with, before any page was put behind
                    policy = page.sizePolicy()
                    own = [policy.horizontalPolicy().value, policy.verticalPolicy().value]
                    page.setProperty(POLICY_KEY, own)
                ignored = QSizePolicy.Policy.Ignored
                horizontal, vertical = ((QSizePolicy.Policy(own[0]), QSizePolicy.Policy(own[1]))
                                        if p == tabs.currentIndex() else (ignored, ignored))
                policy = page.sizePolicy()
                if (policy.horizontalPolicy(), policy.verticalPolicy()) != (horizontal, vertical):
                    policy.setHorizontalPolicy(horizontal)
                    policy.setVerticalPolicy(vertical)
                    page.setSizePolicy(policy)
                    changed = True
        return changed

    def _shrink_back(self) -> None:
        target, self._target = self._target, 0
        if target and self.window.width() > target:
            self.window.resize(target, self.window.height())  # (never below its minimum: Qt keeps to it)

    def _queue(self, *_args) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._queued_fit)

    def _queued_fit(self) -> None:
        self._queued = False
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.LayoutRequest:
            self.fit()  # before the window applies its new minimum size
        elif obj is self.window and kind == QEvent.Type.Show:
            self._follow_screen()
        elif obj is self.window and kind == QEvent.Type.Resize:
            old, new = event.oldSize().width(), event.size().width()
            if 0 < old < new == self.window.minimumWidth():
                self._target = self._target or old  # forced wider by a minimum: go back once it fits
            elif new != self.window.minimumWidth():
                self._target = 0
            self._queue()
        elif obj is self.splitter and kind == QEvent.Type.LayoutRequest:
            self._queue()  # a pane asks for another width (a table's columns, a font)
        return False

"""Fitting the window's panes (presentation_fit.py), on a small main window of its own: PaneRoom keeps the wide
tables within the width beside the side docks, InspectorFocus gives the inspector the main area in presentation
mode and puts everything back after; through the window, FormulaRoom puts the table away for the formula panel at
a projector, and PutAway gives it back only when the inspector and the panel both let go."""

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QSizePolicy, QSplitter, QStyle, QTableWidget,
                               QTabWidget, QWidget)

from playground.ui.classroom.presentation import LARGE_SCREEN_PX, current_scale, scale_window
from playground.ui.classroom.presentation_fit import MAX_INSPECTOR_SHARE, STRIP_MIN_PX, InspectorFocus, PaneRoom


def table(columns):
    t = QTableWidget(4, columns)
    t.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)  # asks for every column's width
    return t


@pytest.fixture
def main(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    w.data, w.results = table(12), table(8)
    w.tabs = QTabWidget()
    w.tabs.addTab(w.results, "predictions")
    w.tabs.addTab(QLabel("a page behind"), "map")
    splitter.addWidget(w.data)
    splitter.addWidget(w.tabs)
    w.setCentralWidget(splitter)
    w.splitter = splitter
    w.resize(900, 500)
    return w


def right_dock(w, width):
    dock = QDockWidget("lesson", w)
    page = QWidget()
    page.setMinimumWidth(width)
    dock.setWidget(page)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def test_the_room_is_the_windows_width_less_the_side_docks(main, qtbot):
    room = PaneRoom(main, main.splitter, {main.data: 0.6, main.results: 0.5})
    main.show()
    qtbot.waitExposed(main)
    assert room.room() == main.width()
    dock = right_dock(main, 250)
    dock.hide()
    separator = main.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, main)
    least = max(dock.minimumWidth(), dock.minimumSizeHint().width())
    assert room.room(showing=dock) == main.width() - least - separator  # a dock about to be shown counts
    assert room.room() == main.width()  # a hidden one does not


def test_the_wide_tables_get_at_most_their_share_of_the_room_and_fit_beside_a_dock(main, qtbot):
    shares = {main.data: 0.6, main.results: 0.5}
    room = PaneRoom(main, main.splitter, shares)
    main.show()
    qtbot.waitExposed(main)
    dock = right_dock(main, 300)
    room.fit(showing=dock)
    dock.show()
    width = room.room()
    for t, share in shares.items():
        assert 0 < t.minimumWidth() <= max(int(width * share), 1)
    assert main.splitter.minimumSizeHint().width() <= width
    qtbot.waitUntil(lambda: main.width() <= 900)  # the dock took its room from the tables, not the screen


def test_the_pages_behind_a_tab_ask_for_no_room_and_the_page_on_show_does(main, qtbot):
    PaneRoom(main, main.splitter, {main.data: 0.6, main.results: 0.5})
    main.show()
    qtbot.waitExposed(main)
    ignored = QSizePolicy.Policy.Ignored
    behind = main.tabs.widget(1)
    qtbot.waitUntil(lambda: behind.sizePolicy().horizontalPolicy() == ignored)
    assert main.results.sizePolicy().horizontalPolicy() != ignored
    main.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: main.results.sizePolicy().horizontalPolicy() == ignored)
    assert behind.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Preferred  # the one it was built with


class Inspector(QWidget):
    """The part of the inspector InspectorFocus uses: it tells when its content changes and how tall it wants."""

    contentChanged = Signal()

    def __init__(self, needed):
        super().__init__()
        self.needed = needed

    def needed_height(self, width):
        return self.needed


@pytest.fixture
def presenting(main, qtbot):
    """The small window with a side panel, a plot/diagram splitter and an inspector dock, in InspectorFocus."""
    side = QLabel("settings")
    center = QSplitter(Qt.Orientation.Vertical)
    center.addWidget(QLabel("plot"))
    center.addWidget(QLabel("diagram"))
    main.splitter.insertWidget(0, side)
    main.splitter.addWidget(center)
    inspector = Inspector(needed=250)
    dock = QDockWidget("Inspector", main)
    dock.setWidget(inspector)
    main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    focus = InspectorFocus(main, dock, inspector, [side, main.tabs], center)
    return focus, side, center, dock, inspector


def test_presentation_mode_with_the_inspector_gives_it_the_main_area_and_leaving_puts_all_back(presenting, main, qtbot):
    focus, side, center, dock, inspector = presenting
    dock.show()
    assert not focus.active()  # at scale 1 nothing moves
    scale_window(main, 2.0)
    assert current_scale(main) == 2.0
    focus.update()
    assert focus.active()
    assert side.isHidden() and main.tabs.isHidden()
    assert center.orientation() == Qt.Orientation.Horizontal  # plot and diagram side by side in a strip
    assert main.height() < LARGE_SCREEN_PX and center.minimumHeight() == round(STRIP_MIN_PX * 2.0)  # a short window
    qtbot.waitUntil(lambda: abs(dock.height() - min(250 + dock.widget().geometry().top() + 2,
                                                     int(main.height() * MAX_INSPECTOR_SHARE))) <= 3)
    assert inspector.font().pointSizeF() < main.font().pointSizeF()  # its text grows no further than 1.5
    dock.hide()  # leaving: the inspector closed
    assert not focus.active()
    assert not side.isHidden() and not main.tabs.isHidden()
    assert center.orientation() == Qt.Orientation.Vertical and center.minimumHeight() == 0
    assert inspector.font().pointSizeF() == main.font().pointSizeF()


def test_a_panel_hidden_before_stays_hidden_after(presenting, main):
    focus, side, center, dock, inspector = presenting
    side.hide()
    scale_window(main, 1.5)
    dock.show()
    assert focus.active()
    dock.hide()
    assert side.isHidden() and not main.tabs.isHidden()


def test_a_widget_put_away_by_two_holders_comes_back_as_it_was_only_when_both_let_go_in_either_order(qtbot):
    from playground.ui.classroom.presentation_fit import PutAway

    for first, second in (("inspector", "formula"), ("formula", "inspector")):
        for shown in (True, False):
            parent = QWidget()
            qtbot.addWidget(parent)
            widget = QLabel("the table and settings", parent)
            widget.setVisible(shown)
            parent.show()
            holds = PutAway()
            holds.hold(widget, "inspector")
            holds.hold(widget, "formula")
            assert widget.isHidden() and holds.held(widget)
            holds.release(widget, first)
            assert widget.isHidden()  # the other still holds it
            holds.release(widget, first)  # a second release of the same holder changes nothing
            assert widget.isHidden()
            holds.release(widget, second)
            assert widget.isHidden() != shown and not holds.held(widget)


def click_edge(qtbot, w, k=0, i=0, j=0):
    view = w.network_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_point(k, i, j))


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_at_a_projector_the_formula_panel_puts_the_table_away_so_the_plots_stay_readable(qtbot, window, size):
    """Presentation mode at 1366x768 with the formula panel open left the error plot a 260 px column (its legend one
    word, its axis "0 20k") and the diagram a thumbnail: the table and settings make room while the panel shows, and
    come back when it closes, and when presentation mode ends."""
    from playground.ui.classroom.compact_results import MIN_PLOT_WIDTH

    window.resize(*size)
    qtbot.waitExposed(window)
    window.classroom.presentation_action.trigger()
    side, plot, dock = window.side_panel, window.error_plot, window.formula_link.dock
    qtbot.waitUntil(lambda: side.isVisible())
    click_edge(qtbot, window)
    qtbot.waitUntil(lambda: dock.isVisible() and not side.isVisible())
    qtbot.waitUntil(lambda: plot.width() >= 0.9 * MIN_PLOT_WIDTH)
    assert window.width() <= size[0]
    dock.close()
    qtbot.waitUntil(lambda: side.isVisible())
    click_edge(qtbot, window)
    qtbot.waitUntil(lambda: not side.isVisible())
    window.classroom.presentation_action.trigger()  # presentation mode off: the window's own sizes again
    qtbot.waitUntil(lambda: side.isVisible())
    assert dock.isVisible()


def test_on_a_large_screen_or_without_presentation_mode_the_formula_panel_keeps_the_table(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    click_edge(qtbot, window)
    dock = window.formula_link.dock
    qtbot.waitUntil(lambda: dock.isVisible())
    qtbot.waitUntil(lambda: not window.formula_room.refit_pending())
    assert window.side_panel.isVisible()
    window.resize(1920, 1080)
    window.classroom.presentation_action.trigger()
    qtbot.waitUntil(lambda: not window.formula_room.refit_pending())
    assert window.width() - dock.width() >= 1200 and window.side_panel.isVisible()


def test_the_inspector_and_the_formula_panel_together_give_the_table_back_whichever_closes_last(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.classroom.presentation_action.trigger()
    side, dock, inspector = window.side_panel, window.formula_link.dock, window.classroom.inspector_action
    for last in ("inspector", "formula"):
        click_edge(qtbot, window)
        qtbot.waitUntil(lambda: dock.isVisible() and not side.isVisible())
        inspector.trigger()  # the inspector's focus holds the table too
        qtbot.waitUntil(lambda: window.classroom.inspector_dock.isVisible())
        if last == "inspector":
            dock.close()
            qtbot.waitUntil(lambda: not window.formula_room.active())
            assert not side.isVisible()  # the inspector still has the main area
            inspector.trigger()
        else:
            inspector.trigger()
            qtbot.waitUntil(lambda: not window.classroom.inspector_dock.isVisible())
            qtbot.waitUntil(lambda: not window.formula_room.refit_pending())
            assert not side.isVisible()  # the formula panel still shows
            dock.close()
        qtbot.waitUntil(lambda: side.isVisible())


def settled(qtbot, w) -> None:
    """The window has laid itself out: no layout request, formula room or result tabs' move left to do."""
    from tests.ui.test_layout import settle

    for _ in range(3):
        settle()
        qtbot.waitUntil(lambda: not w.formula_room.refit_pending() and not w.compact_results.pending)


def test_the_formula_panel_in_the_bottom_area_takes_no_width_and_puts_nothing_away(qtbot, window):
    """Docked at the bottom the panel spans the window: the main area keeps its whole width (a review found the
    table put away there at 1920x1080, the panel's width counted as taken from the main area)."""
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.classroom.presentation_action.trigger()
    click_edge(qtbot, window)
    dock = window.formula_link.dock
    qtbot.waitUntil(lambda: dock.isVisible() and not window.side_panel.isVisible())
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)  # moved there without floating
    settled(qtbot, window)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea and dock.isVisible()
    assert window.side_panel.isVisible() and not window.formula_room.active()


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800)])
def test_the_result_tabs_moved_below_the_table_stay_with_the_formula_panel_open(qtbot, window, size):
    """At these sizes the result tabs may stand below the table (CompactResults: the plots have the width then): the
    formula panel must not put that column away with them in it (a review found the predictions gone)."""
    window.resize(*size)
    qtbot.waitExposed(window)
    window.classroom.presentation_action.trigger()
    settled(qtbot, window)
    click_edge(qtbot, window)
    qtbot.waitUntil(lambda: window.formula_link.dock.isVisible())
    settled(qtbot, window)
    assert window.tabs.isVisible() and window.predictions.isVisible()
    assert window.side_panel.isVisible() or window.compact_results.place != "left"

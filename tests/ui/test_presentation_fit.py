"""Fitting the window's panes (presentation_fit.py), on a small main window of its own: PaneRoom keeps the wide
tables within the width beside the side docks, InspectorFocus gives the inspector the main area in presentation
mode and puts everything back after."""

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

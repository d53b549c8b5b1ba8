"""A lesson at the projector: the error plot keeps a readable width, the diagram and Play/Step stay, no empty rows.

The step played is lesson 2's last one, which shows every panel (table, Train, Reset, Play, Step,
error plot, diagram, predictions, log) beside the lesson panel, in presentation mode.
"""

import pytest
from PySide6.QtGui import QImage, QPainter

from playground import resources
from playground.ui.classroom.compact_results import MIN_PLOT_WIDTH
from playground.ui.language import install_translators
from playground.ui.main_window import MainWindow
from tests.ui.test_layout import PLOT_MIN_PX, label_overlaps

LESSON = next(p for p in resources.shipped_lessons() if p.stem.startswith("02"))
EVERY_PANEL = 4
SPARE_ROWS = 2  # "no more than a few empty rows"


def empty_rows(view) -> float:
    """How many empty rows of the view's row height its viewport shows under its last row."""
    rows = view.model().rowCount()
    used = sum(view.rowHeight(r) for r in range(rows))
    row = view.verticalHeader().defaultSectionSize()
    return max(0, view.viewport().height() - used) / row


def texts_overlap(axis) -> bool:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        rects = [spec[0] for spec in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
    return any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


@pytest.fixture
def lesson_at(qtbot, qapp):
    windows = []

    def make(width, height, language="en", scale=1.5):
        install_translators(qapp, language)
        w = MainWindow()
        qtbot.addWidget(w)
        windows.append(w)
        w.documents.interactive = False
        w.resize(width, height)
        w.classroom.set_scale(scale, save=False)
        w.show()
        qtbot.waitExposed(w)
        assert w.lessons.open_file(str(LESSON), ask=False)
        w.lessons.go(EVERY_PANEL)
        # the splitters fit in queued turns after the step is shown: wait until the tables have their heights
        qtbot.waitUntil(lambda: not w.compact_results.pending and all(
            empty_rows(v) <= SPARE_ROWS for v in (w.table, w.predictions)), timeout=5000)
        return w

    yield make
    for w in windows:
        w.close()
    install_translators(qapp, "en")


@pytest.mark.parametrize("size,language", [((1366, 768), "en"), ((1366, 768), "de"), ((1366, 768), "es"),
                                           ((1280, 720), "en"), ((1920, 1080), "en")])
def test_the_plot_the_diagram_and_play_fit_beside_the_lesson(lesson_at, size, language):
    w = lesson_at(*size, language=language)
    assert w.width() <= size[0]  # the window did not grow past the screen
    assert w.lessons.dock.isVisible()
    plot = w.error_plot.plot_widget
    # at 1280x720 too: the tabs go below the table once its column is as wide as they are (its buttons on
    # fewer rows), where before they stayed beside a 260-px plot whose diagram ran its labels together
    assert plot.width() >= MIN_PLOT_WIDTH
    item = plot.getPlotItem()
    assert not texts_overlap(item.getAxis("bottom")) and not texts_overlap(item.getAxis("left"))
    diagram = w.network_view
    assert diagram.isVisible() and diagram.height() >= 100 and diagram.width() >= 200
    assert label_overlaps(diagram) == []
    if size != (1280, 720):  # there its curve keeps ~100 px under the diagram (the strip's own test: test_layout)
        assert item.getViewBox().height() >= PLOT_MIN_PX
    transport = w.classroom.transport
    assert transport.isVisible() and transport.play_action.isVisible() and transport.step_action.isVisible()
    for view in (w.table, w.predictions):
        assert view.isVisible()
        assert empty_rows(view) <= SPARE_ROWS, (view.objectName(), empty_rows(view))


def test_the_tabs_go_back_beside_the_plots_when_there_is_room_again(qtbot, lesson_at):
    w = lesson_at(1920, 1080, scale=2.0)  # the 1080p projector's presentation scale
    assert w.compact_results.compact  # beside a lesson taking its share
    w.classroom.set_scale(1.0, save=False)  # presentation mode off: every pane asks for less
    qtbot.waitUntil(lambda: not w.compact_results.compact, timeout=5000)
    assert w.main_splitter.indexOf(w.tabs) >= 0 and w.tabs.isVisible()


def test_with_no_plot_shown_the_tabs_stay_beside_the_table(qtbot, qapp):
    """Lesson 3's second step shows the table and the decision map only: no plot to make room for, so the
    tabs stay beside the table and the map keeps a readable height (below the table it was a 20-px strip)."""
    w = MainWindow()
    try:
        qtbot.addWidget(w)
        w.documents.interactive = False
        w.resize(1366, 768)
        w.classroom.set_scale(1.5, save=False)
        w.show()
        qtbot.waitExposed(w)
        assert w.lessons.open_file(str(next(p for p in resources.shipped_lessons() if p.stem.startswith("03"))),
                                   ask=False)
        w.lessons.go(1)
        qtbot.waitUntil(lambda: not w.compact_results.pending, timeout=5000)
        assert not w.error_plot.isVisible() and not w.network_view.isVisible()
        assert not w.compact_results.compact and w.tabs.isVisible()
        assert w.tabs.height() >= 0.6 * w.main_splitter.height()
    finally:
        w.close()

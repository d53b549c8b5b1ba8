"""The result tabs moved out of the plots' way (compact_results.py): with them moved, the window at rest does no
layout work. Each window layout request made CompactResults invalidate the window's layout, which posted the
next request: ~650 layouts a second, 60-70% of a core, for as long as the tabs stood moved (found by
benchmarks/gui_training.py: the idle window's longest pause 50 ms, the UI thread's CPU a snapshot tripled)."""

from PySide6.QtWidgets import QApplication

from playground.resources import shipped_lessons
from tests.ui.test_layout import settle
from tests.ui.test_steady_label import LayoutRequests


def test_with_the_tabs_moved_the_window_at_rest_lays_itself_out_no_more(qtbot, window):
    """A lesson's step with every panel beside the lesson, at a 1080p projector's scale: the tabs move."""
    window.documents.interactive = False
    window.resize(1920, 1080)
    window.classroom.set_scale(2.0, save=False)
    qtbot.waitExposed(window)
    assert window.lessons.open_file(str(next(p for p in shipped_lessons() if p.stem.startswith("02"))), ask=False)
    window.lessons.go(4)
    settle()
    qtbot.waitUntil(lambda: not window.compact_results.pending and window.compact_results.compact)
    requests = LayoutRequests(window)
    for _ in range(50):  # turns of the event loop, no time: each request answered posted the next
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    assert requests.count <= 2

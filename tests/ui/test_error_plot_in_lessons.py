"""The error plot inside a lesson at the projector (1366x768, presentation mode): its legend leaves a short
plot's curve in view, and its empty-state sentence names the control the step shows to start a run."""

import numpy as np
import pytest

from playground import resources
from playground.ui.language import install_translators
from playground.ui.main_window import MainWindow


def lesson(prefix: str) -> str:
    return str(next(p for p in resources.shipped_lessons() if p.stem.startswith(prefix)))


@pytest.fixture(scope="module")
def window(qapp):
    install_translators(qapp, "en")
    w = MainWindow()
    w.documents.interactive = False
    w.resize(1366, 768)
    w.classroom.set_scale(1.5, save=False)
    w.show()
    yield w
    w.close()
    w.deleteLater()


def inside(rect, points) -> int:
    return sum(int(((p[:, 0] >= rect.left()) & (p[:, 0] <= rect.right()) & (p[:, 1] >= rect.top())
                    & (p[:, 1] <= rect.bottom())).sum()) for p in points)


def test_the_hints_name_step_where_a_step_shows_step_and_no_train(window, qtbot):
    """Lesson 7 step 2 shows Step and hides Train: the empty plot said "Press Train: …"; lesson 2 step 3's
    status bar said "Ready: press Train (F5)". Both name Step now, and Train again once the lesson closes."""
    assert window.lessons.open_file(lesson("07"), ask=False)
    window.lessons.go(1)
    plot = window.error_plot
    plot.grab()
    assert not window.train_action.isVisible() and window.classroom.transport.step_action.isVisible()
    assert plot.empty_text_shown()
    assert plot.placeholder_text().startswith("Press Step:") and "Train" not in plot.placeholder_text()
    assert window.lessons.open_file(lesson("02"), ask=False)
    window.lessons.go(2)
    assert not window.train_action.isVisible()
    assert window.status_label.text() == "Ready: press Step (F6)"
    window.lessons.close()
    assert window.train_action.isVisible()
    assert window.status_label.text() == "Ready: press Train (F5)"
    assert plot.placeholder_text().startswith("Press Train:")


def test_a_short_plots_legend_is_one_line_and_leaves_its_curve_in_view(window, qtbot):
    """Lesson 7 step 1 after one Step: the plot beside the diagram is ~150 px tall; its legend's two wrapped
    lines covered most of it. One line now, at most a third of the view box, and off the curve."""
    assert window.lessons.open_file(lesson("07"), ask=False)
    window.lessons.go(0)
    with qtbot.waitSignal(window.trainingFinished, timeout=10000):
        assert window.classroom.step_by(1)
    plot = window.error_plot
    plot.grab()
    view_box = plot.plot_widget.getPlotItem().getViewBox()
    assert view_box.height() < 250  # the short plot this is about
    legend = plot.plot_widget.getPlotItem().legend
    assert legend.isVisible()
    rect = plot.legend_rect()
    assert rect.width() * rect.height() <= view_box.width() * view_box.height() / 3, (rect, view_box.boundingRect())
    assert rect.height() <= view_box.height() / 3
    for _, label in legend.items:
        assert label.item.toPlainText().strip()
        assert label.item.toPlainText().count("\n") == 0 and label.item.boundingRect().height() < rect.height()
    points = plot.curve_pixels()
    assert points and inside(rect, points) == 0  # the curve stays visible

"""The error plot's legend (error_legend.py): its corners, its swatches, its entries and where it goes."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from playground.ui.views.error_axes import format_iterations
from playground.ui.views.error_legend import MIN_LEGEND_SHRINK, RunSample, legend_corners
from playground.ui.views.error_plot import ErrorPlot


@pytest.fixture
def plot(qtbot):
    widget = ErrorPlot()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


def inside(rect, points):
    return sum(int(((p[:, 0] >= rect.left()) & (p[:, 0] <= rect.right()) & (p[:, 1] >= rect.top())
                    & (p[:, 1] <= rect.bottom())).sum()) for p in points)


def test_the_corners_are_inside_the_box_top_right_first():
    corners = legend_corners(300.0, 200.0, 80.0, 40.0, 8.0)
    assert [name for name, _ in corners] == ["top right", "bottom left", "top left", "bottom right"]
    box = QRectF(0, 0, 300, 200)
    for _, rect in corners:
        assert box.contains(rect) and (rect.width(), rect.height()) == (80.0, 40.0)
    rects = dict(corners)
    assert rects["top right"].right() == 300 - 8 and rects["top right"].top() == 8
    assert rects["bottom left"].left() == 8 and rects["bottom left"].bottom() == 200 - 8


def test_a_swatch_takes_the_size_it_is_given(plot):
    plot.start_run("a", "t")
    plot.set_data(np.arange(10.0), np.linspace(0.5, 0.1, 10))
    samples = [s for s, _ in plot.plot_widget.getPlotItem().legend.items if isinstance(s, RunSample)]
    assert samples
    samples[0].set_size(33.0)
    assert samples[0].boundingRect() == QRectF(0, 0, 33.0, 33.0)
    assert samples[0].minimumWidth() == samples[0].maximumWidth() == 33.0  # the layout keeps it


def test_entries_count_a_finished_runs_iterations_and_number_twins(plot):
    for _ in range(2):
        plot.start_run("xor · hidden 3", "xor")
        plot.set_data(np.linspace(0, 2000, 50), np.linspace(0.5, 0.1, 50))
    done = format_iterations(2000)
    assert plot.legend_texts() == [f"xor · hidden 3 · {done} iterations · run 1", f"xor · hidden 3 · {done} iterations · run 2"]


def test_a_falling_curve_leaves_the_top_right_corner_to_the_legend(plot):
    x = np.linspace(0, 5000, 300)
    plot.start_run("falling", "t")
    plot.set_data(x, 0.5 * (0.002 / 0.5) ** (x / 5000))
    plot.grab()
    assert plot.legend_corner() == "top right"
    assert inside(plot.legend_rect(), plot.curve_pixels()) == 0


def test_a_rising_curve_pushes_the_legend_to_a_free_corner(plot):
    plot.set_log_scale(False)
    x = np.linspace(0, 5000, 300)
    plot.start_run("rising", "t")
    plot.set_data(x, 0.01 + 0.5 * x / 5000)  # through the top right and the bottom left
    plot.grab()
    assert plot.legend_corner() in ("top left", "bottom right")
    assert inside(plot.legend_rect(), plot.curve_pixels()) == 0


@pytest.mark.parametrize("height, shortened", [(600, False), (220, True)])
def test_a_long_label_on_a_narrow_plot_wraps_or_ends_in_an_ellipsis_never_cut(plot, height, shortened):
    """Wrapped where the plot is tall enough for its lines, else one line cut short with "…"; either way
    inside the plot's view, no smaller than half size, and the whole text in the entry's tooltip."""
    plot.resize(300, height)
    label_text = ("a very long run label " * 6).strip()
    plot.start_run(label_text, "t")
    plot.set_data(np.linspace(0, 100, 20), np.linspace(0.5, 0.1, 20))
    plot.grab()
    legend = plot.plot_widget.getPlotItem().legend
    assert legend.isVisible() and MIN_LEGEND_SHRINK <= legend.scale() <= 1.0
    view = plot.plot_widget.getPlotItem().getViewBox().sceneBoundingRect()
    (_, label), = legend.items
    shown = label.item.toPlainText()
    assert view.contains(label.item.sceneBoundingRect()), (view, label.item.sceneBoundingRect())
    assert shown.endswith("…") == shortened and (shown == label.text) != shortened
    assert label.toolTip() == label.text == plot.legend_texts()[0]
    assert label_text in label.text


def test_a_cut_entry_whose_count_grows_is_cut_as_before_without_searching_again(plot, qtbot, monkeypatch):
    """A live run's entry ends in its iteration count, which changes at each re-fit: where the text is cut
    before the count, the cut is the one a fresh plot makes, found without setting the text ~6 times again."""
    import pyqtgraph as pg

    label_text = ("a very long run label " * 6).strip()

    def shown(widget, iterations):
        widget.start_run(label_text, "t") if not widget.legend_texts() else None
        widget.set_data(np.linspace(0, iterations, 20), np.linspace(0.5, 0.1, 20))
        widget.grab()
        (_, label), = widget.plot_widget.getPlotItem().legend.items
        return label.item.toPlainText()

    plot.resize(300, 220)
    first = shown(plot, 100)
    assert first.endswith("…") and "iterations" not in first
    assert shown(plot, 600) == first  # (a fit cuts at two widths in turn: both are known from here)
    calls = []
    original = pg.LabelItem.setText
    monkeypatch.setattr(pg.LabelItem, "setText", lambda label, text, **options: (calls.append(text),
                                                                                  original(label, text, **options))[1])
    for iterations in (1_100, 2_300, 15_000):
        calls.clear()
        again = shown(plot, iterations)
        cuts_tried = {text for text in calls if text.endswith("…")}
        assert again == first and len(cuts_tried) <= 2, calls  # one cut at each width, no search
        fresh = ErrorPlot()
        qtbot.addWidget(fresh)
        fresh.resize(300, 220)
        assert shown(fresh, iterations) == again


def test_the_empty_plot_shows_its_sentence_and_no_legend(plot):
    plot.grab()
    assert plot.empty_text_shown()
    left, right = plot.empty_text_span()
    assert 0 <= left < right
    plot.start_run("a", "t")
    plot.set_data(np.arange(5.0), np.full(5, 0.3))
    assert not plot.empty_text_shown()


def test_the_held_out_rows_curve_gets_an_entry_of_its_own_while_shown(plot):
    x = np.linspace(0, 3000, 60)
    plot.start_run("overfitting", "t")
    plot.set_data(x, 0.5 * (0.01 / 0.5) ** (x / 3000))
    plot.set_test_data(x, np.full(60, 0.3))
    legend = plot.plot_widget.getPlotItem().legend
    entries = [label.text for _, label in legend.items]
    assert entries[-1] == "test rows (held out)" and len(entries) == 2
    assert plot.legend_texts() == [entries[0]]  # the runs' entries; the test rows' follows them
    plot.grab()
    assert inside(plot.legend_rect(), plot.curve_pixels()) == 0  # clear of the test curve too
    plot.set_test_data(None, None)
    assert [label.text for _, label in legend.items] == entries[:1]


def drawn_text_pixels(plot, label) -> int:
    """How many pixels of ``label``'s text rectangle, in a fresh picture of the plot, stand out from the
    plot's background (the text's strokes)."""
    widget = plot.plot_widget
    image = widget.grab().toImage()
    rect = widget.mapFromScene(label.item.sceneBoundingRect()).boundingRect().intersected(image.rect())
    background = plot.background_colour().lightness()
    return sum(1 for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1)
               if abs(QColor(image.pixel(x, y)).lightness() - background) > 100)


def test_every_legend_entry_draws_its_text_with_held_out_rows_at_the_projector(qtbot):
    """Lesson 10 at 1366x768 in presentation mode: the held-out rows' entry showed its swatch and no text (its
    text's cached pixmap was the one drawn while the legend was being fitted, not refreshed when it was laid
    out anew). Every entry's text is non-empty, has a rectangle and is drawn, while training and after."""
    plot = ErrorPlot()
    qtbot.addWidget(plot)
    plot.resize(623, 375)  # the plot's size in lesson 10 at 1366x768, presentation mode
    plot.set_scale(1.5)
    plot.start_run("overfitting · hidden 32 · lr 1 · sigmoid · bias · seed 1", "overfitting")
    for n in (2, 50, 200, 400):  # a run's snapshots, the plot drawn after each
        x = np.linspace(0, 50.0 * n, n)
        plot.set_data(x, 0.5 * np.exp(-x / 2000) + 1e-5)
        plot.set_test_data(x, np.full(n, 0.3))
        plot.grab()
    labels = [label for _, label in plot.plot_widget.getPlotItem().legend.items]
    assert [label.text for label in labels][-1] == "test rows (held out)"
    for check in ("trained", "resized"):
        for label in labels:
            assert label.item.toPlainText().strip() and label.isVisible(), check
            assert label.item.boundingRect().width() > 0, check
            assert drawn_text_pixels(plot, label) > 50, (check, label.text)
        plot.resize(623, 330)  # laid out anew (a lesson's answer, a moved splitter)

"""The error plot while a lesson's open question hides the error (ErrorPlot.follow_mask, an AnswerMask).

The curve is still drawn, so the student watches it fall; the error axis draws no tick number and its title
says why; no text of the plot (drawn items, legend, hover read-out, description) holds the error. Revealed,
the numbers are back at once.
"""

import html
import re

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

from playground.ui.kit.answer_mask import PLACEHOLDER, AnswerMask
from playground.ui.views.error_plot import ErrorPlot

PLATEAU = 0.251873  # lesson 11's plateau: the asked number sits on a tick ("0.25") on a linear axis


@pytest.fixture(scope="module")
def shared(qapp):
    """One plot for the module (its tests leave the mask revealed and the log scale on)."""
    plot = ErrorPlot()
    plot.resize(700, 400)
    plot.show()
    mask = AnswerMask()
    plot.follow_mask(mask)
    yield plot, mask
    plot.close()
    plot.deleteLater()


@pytest.fixture
def plot(shared, qtbot):
    plot, mask = shared
    mask.reveal()
    plot.set_log_scale(True)
    plot.start_run("lr 0.5 · 8,000 iterations")
    plot.clear_runs()  # the runs of the tests before
    x = np.linspace(0, 8000, 400)
    plot.set_data(x, PLATEAU + 0.02 * np.exp(-x / 500))  # falls onto the plateau
    yield plot, mask
    mask.reveal()


def drawn_ticks(axis) -> list[str]:
    """The tick texts the axis draws (pyqtgraph's draw specs, as its paint uses them)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [text for _, _, text in specs[2]]


def plot_texts(plot: ErrorPlot) -> list[str]:
    """Every text the plot shows or says: its drawn text items, both axes' ticks and titles, the legend, the
    hover read-out, the controls, tooltips, accessible names and descriptions."""
    item = plot.plot_widget.getPlotItem()
    texts = [t for t in (i.toPlainText() if isinstance(i, QGraphicsTextItem) else i.text()
                         for i in plot.plot_widget.scene().items()
                         if isinstance(i, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and i.isVisible())]
    for name in ("left", "bottom"):
        texts += drawn_ticks(item.getAxis(name))
    texts += [html.unescape(label.text) for _, label in item.legend.items] + plot.legend_texts()
    texts += [plot.hover_label.text(), plot.plot_widget.accessibleDescription(), plot.plot_widget.toolTip()]
    return [t for t in texts if t]


def error_pattern(value: float) -> re.Pattern:
    """The value written with 2 to 4 significant digits, with a decimal point or comma."""
    texts = {f"{value:.{d}g}" for d in (2, 3, 4)} | {f"{value:.{d}f}" for d in (2, 3, 4)}
    texts |= {t.replace(".", ",") for t in texts}
    return re.compile("|".join(rf"(?<![\d.,]){re.escape(t)}(?!\d)" for t in sorted(texts, key=len, reverse=True)))


def hover_middle(plot: ErrorPlot) -> str:
    (x0, x1), _ = plot.view_range()
    return plot.describe_at((x0 + x1) / 2)


@pytest.mark.parametrize("log", [True, False])
def test_hidden_error_draws_the_curve_without_a_number(plot, log):
    plot, mask = plot
    plot.set_log_scale(log)
    left, bottom = plot.plot_widget.getPlotItem().getAxis("left"), plot.plot_widget.getPlotItem().getAxis("bottom")
    assert drawn_ticks(left) and drawn_ticks(bottom)
    shown_error = error_pattern(PLATEAU)
    if not log:  # "0.25" on the linear axis: the number the test must find while shown, and miss while hidden
        assert any(shown_error.search(t) for t in drawn_ticks(left))
    mask.set_names({"error"})
    assert plot.error_hidden()
    assert drawn_ticks(left) == [] and drawn_ticks(bottom)  # the iterations stay
    x, y = plot.current_data()
    assert len(x) == 400 and plot.shown_runs() == ["lr 0.5 · 8,000 iterations"]  # the curve is still drawn
    title = left.label.toPlainText()
    assert "mean |error|" in title and "hidden until you answer" in title
    assert PLACEHOLDER in hover_middle(plot)
    texts = plot_texts(plot)
    leaks = [t for t in texts if any(error_pattern(v).search(t) for v in (PLATEAU, y[-1], y[len(y) // 2]))]
    assert not leaks
    mask.reveal()
    assert drawn_ticks(left) and left.label.toPlainText().strip() == "mean |error|"
    assert PLACEHOLDER not in hover_middle(plot)
    if not log:
        assert any(shown_error.search(t) for t in drawn_ticks(left))


def test_the_error_axis_gives_its_number_room_to_the_curve_while_hidden(plot):
    plot, mask = plot
    view_box = plot.plot_widget.getPlotItem().getViewBox()
    width = view_box.width()
    mask.set_names({"error"})
    assert view_box.width() > width
    mask.reveal()
    assert view_box.width() == width


def test_only_the_error_hides_the_error_axis_numbers(plot):
    plot, mask = plot
    left = plot.plot_widget.getPlotItem().getAxis("left")
    mask.set_names({"weights", "l2_delta"})
    assert not plot.error_hidden() and drawn_ticks(left)
    assert left.label.toPlainText().strip() == "mean |error|"


def test_a_run_streamed_while_hidden_keeps_the_numbers_hidden(plot, qtbot):
    """New data, a new run, a log switch or a new scale re-fit the axes: the numbers stay hidden."""
    plot, mask = plot
    left = plot.plot_widget.getPlotItem().getAxis("left")
    mask.set_names({"error"})
    plot.start_run("again")
    plot.set_live_data(np.arange(50.0), np.linspace(0.5, 0.12345, 50))
    qtbot.waitUntil(lambda: not plot.refit_pending())
    plot.set_log_scale(False)
    plot.set_scale(1.5)
    try:
        assert drawn_ticks(left) == [] and "hidden until you answer" in left.label.toPlainText()
        assert not [t for t in plot_texts(plot) if error_pattern(0.12345).search(t)]
    finally:
        plot.set_scale(1.0)
    mask.reveal()
    assert drawn_ticks(left)


def test_in_a_short_plot_the_note_wraps_under_the_title_rather_than_shrink_it(plot):
    """Lesson 7's plot at the projector is ~130 px tall: the note '(hidden until you answer)', longer than the
    title, used to set the label's length, and the whole title was drawn at half size."""
    plot, mask = plot
    left = plot.plot_widget.getPlotItem().getAxis("left")
    mask.set_names({"error"})
    plot.resize(plot.width(), 170)
    plot.grab()
    layout = left.label.document().firstBlock().layout()
    assert layout.lineCount() >= 3  # the title, and the note on two lines or more
    title = layout.lineAt(0).naturalTextWidth()
    assert all(layout.lineAt(i).naturalTextWidth() <= title + 1 for i in range(layout.lineCount()))
    plot.resize(plot.width(), 900)
    plot.grab()
    assert left.label.document().firstBlock().layout().lineCount() == 2  # room again: title and note, a line each

"""ErrorPlot: live error curve, faded previous runs, log toggle, hover read-out."""

import html
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from playground.ui.views.error_plot import (
    CURRENT_COLOUR,
    MAX_OVERLAYS,
    MAX_PREVIOUS_RUNS,
    ErrorPlot,
    IterationAxis,
    describe_point,
    format_duration,
    format_iterations,
)


@pytest.fixture
def plot(qtbot):
    widget = ErrorPlot()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


def decaying(n=500, last=60_000, start=0.47, end=0.002):
    """Iterations 0..last and an error falling geometrically from start to end."""
    x = np.linspace(0, last, n)
    y = start * (end / start) ** (x / last)
    return x, y


def legend_labels(widget):
    legend = widget.plot_widget.getPlotItem().legend
    return [html.unescape(label.text) for _, label in legend.items]


def curves(widget):
    """Data items on the plot other than the hover marker (it has no pen)."""
    items = widget.plot_widget.getPlotItem().listDataItems()
    return [item for item in items if item.opts["pen"] is not None]


def test_widget_names_and_defaults(plot):
    assert plot.objectName() == "errorPlot"
    assert plot.findChild(type(plot.log_check), "logScaleCheck").isChecked()
    assert plot.findChild(type(plot.clear_button), "clearRunsButton").text() == "Clear previous runs"
    assert plot.findChild(type(plot.hover_label), "hoverLabel") is plot.hover_label
    item = plot.plot_widget.getPlotItem()
    assert item.getAxis("bottom").labelText == "iteration"
    assert item.getAxis("left").labelText == "mean |error|"
    assert item.legend is not None
    assert plot.runs() == []
    x, y = plot.current_data()
    assert x.size == 0 and y.size == 0


def test_set_data_shows_the_data(plot):
    plot.start_run("hidden 4 · lr 1 · sigmoid · seed 1")
    x, y = decaying()
    plot.set_data(x, y)
    got_x, got_y = plot.current_data()
    np.testing.assert_array_equal(got_x, x)
    np.testing.assert_array_equal(got_y, y)
    (curve,) = curves(plot)
    shown_x, shown_y = curve.getData()  # what is drawn, after the log10 mapping
    assert shown_x[0] == pytest.approx(0) and shown_x[-1] == pytest.approx(60_000)
    assert shown_y[0] == pytest.approx(np.log10(0.47))
    # Re-sending replaces the curve rather than adding one.
    plot.set_data(x[:100], y[:100])
    assert len(curves(plot)) == 1
    assert plot.current_data()[0].size == 100


def test_set_data_without_a_run_starts_a_default_one(plot):
    plot.set_data(*decaying(50))
    assert plot.runs() == ["current run"]


def test_set_data_rejects_mismatched_shapes(plot):
    with pytest.raises(ValueError):
        plot.set_data(np.arange(3.0), np.ones(4))


def test_start_run_moves_current_to_previous_with_its_label(plot):
    plot.start_run("hidden 2 · lr 1 · sigmoid · seed 1")
    plot.set_data(*decaying(end=0.05))
    old_curve = curves(plot)[0]
    current_width = old_curve.opts["pen"].widthF()
    plot.start_run("hidden 4 · lr 1 · sigmoid · seed 1")

    assert plot.runs() == ["hidden 2 · lr 1 · sigmoid · seed 1", "hidden 4 · lr 1 · sigmoid · seed 1"]
    # The legend adds how long each run is (the new one has no points yet).
    assert legend_labels(plot) == ["hidden 2 · lr 1 · sigmoid · seed 1 · 60k iterations",
                                   "hidden 4 · lr 1 · sigmoid · seed 1"]
    assert plot.legend_texts() == legend_labels(plot)
    x, _ = plot.current_data()
    assert x.size == 0  # the new current curve starts empty
    # The old curve is still drawn, faded: translucent, thinner, another hue.
    assert old_curve in curves(plot)
    pen = old_curve.opts["pen"]
    assert pen.color().alpha() < 255
    assert pen.widthF() < current_width
    assert pen.color().name().upper() != CURRENT_COLOUR.upper()


def test_start_run_discards_an_empty_current_curve(plot):
    plot.start_run("never trained")
    plot.start_run("hidden 3 · lr 0.5 · tanh · seed 2")
    assert plot.runs() == ["hidden 3 · lr 0.5 · tanh · seed 2"]
    assert legend_labels(plot) == plot.runs()


def test_previous_runs_are_capped_oldest_dropped(plot):
    x, y = decaying(20)
    for k in range(MAX_PREVIOUS_RUNS + 4):
        plot.start_run(f"run {k}")
        plot.set_data(x, y * (k + 1))
    # 11 runs were faded; the oldest 3 are gone. The current run comes last.
    expected = [f"run {k}" for k in range(3, MAX_PREVIOUS_RUNS + 3)] + [f"run {MAX_PREVIOUS_RUNS + 3}"]
    assert plot.runs() == expected
    assert len(curves(plot)) == MAX_PREVIOUS_RUNS + 1
    assert MAX_PREVIOUS_RUNS == 8
    # The latest few are drawn and listed; "All runs" shows every kept one.
    assert plot.shown_runs() == expected[-MAX_OVERLAYS - 1:]
    assert legend_labels(plot) == [f"{label} · 60k iterations" for label in expected[-MAX_OVERLAYS - 1:]]
    assert sum(c.isVisible() for c in curves(plot)) == MAX_OVERLAYS + 1
    plot.all_check.click()
    assert plot.shown_runs() == expected
    assert sum(c.isVisible() for c in curves(plot)) == MAX_PREVIOUS_RUNS + 1


def test_previous_run_hues_are_distinct(plot):
    x, y = decaying(20)
    for k in range(4):
        plot.start_run(f"run {k}")
        plot.set_data(x, y)
    previous = [c for c in curves(plot) if c.opts["pen"].color().alpha() < 255]
    hues = {c.opts["pen"].color().name() for c in previous}
    assert len(previous) == 3 and len(hues) == 3


def test_labels_with_markup_are_shown_literally(plot):
    plot.start_run("a < b & c")
    assert legend_labels(plot) == ["a < b & c"]
    assert plot.runs() == ["a < b & c"]


def test_clear_runs_button_keeps_the_current_curve(plot, qtbot):
    x, y = decaying(30)
    for k in range(3):
        plot.start_run(f"run {k}")
        plot.set_data(x, y)
    qtbot.mouseClick(plot.clear_button, Qt.MouseButton.LeftButton)
    assert plot.runs() == ["run 2"]
    assert legend_labels(plot) == ["run 2 · 60k iterations"]
    assert len(curves(plot)) == 1
    np.testing.assert_array_equal(plot.current_data()[1], y)


def test_log_scale_checkbox_flips_the_plot_log_mode(plot):
    plot.start_run("a")
    plot.set_data(*decaying(30))
    item = plot.plot_widget.getPlotItem()
    (curve,) = curves(plot)
    assert item.getAxis("left").logMode and curve.opts["logMode"] == [False, True]

    plot.log_check.click()  # as the user does: toggles the box, which drives the plot
    assert not plot.log_check.isChecked()
    assert not plot.log_scale()
    assert not item.getAxis("left").logMode and curve.opts["logMode"] == [False, False]

    plot.set_log_scale(True)  # the API mirrors onto the checkbox
    assert plot.log_check.isChecked()
    assert item.getAxis("left").logMode and curve.opts["logMode"] == [False, True]
    # New curves follow the current mode.
    plot.start_run("b")
    plot.set_data(*decaying(30))
    assert all(c.opts["logMode"] == [False, True] for c in curves(plot))


def test_zeros_on_a_log_axis_do_not_warn(plot):
    plot.start_run("perfect fit")
    x, y = decaying(200)
    y[150:] = 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot.set_data(x, y)
        image = plot.grab().toImage()  # paints: log10 of the zeros, auto-range, ticks
        plot.set_data(x, np.zeros_like(y))  # all zeros: nothing to draw, still no warning
        plot.plot_widget.getPlotItem().getViewBox().updateAutoRange()
        plot.set_log_scale(False)
        plot.set_log_scale(True)
    assert not image.isNull()
    assert plot.describe_at(60_000) == "iteration 60,000   error 0"


def test_x_up_to_a_billion(plot):
    plot.start_run("long run")
    x, y = decaying(3000, last=1e9)
    plot.set_data(x, y)
    view_box = plot.plot_widget.getPlotItem().getViewBox()
    view_box.updateAutoRange()
    (x_min, x_max), _ = view_box.viewRange()
    assert x_min <= 0 and 1e9 <= x_max < 1.2e9
    axis = plot.plot_widget.getPlotItem().getAxis("bottom")
    assert isinstance(axis, IterationAxis)
    assert axis.tickStrings([0, 2e8, 5e8, 1e9], 1.0, 1e8) == ["0", "200M", "500M", "1G"]
    assert axis.labelString().count("x1e") == 0  # no '(x1e+09)' suffix on the label
    assert plot.describe_at(1e9) == "iteration 1,000,000,000   error 0.002"


@pytest.mark.parametrize(
    "value, text",
    [(0, "0"), (500, "500"), (2500, "2.5k"), (100_000, "100k"), (1_000_000, "1M"), (1.5e9, "1.5G")],
)
def test_format_iterations(value, text):
    assert format_iterations(value) == text


def test_describe_at_gives_the_nearest_point(plot):
    assert plot.describe_at(10.0) is None  # nothing plotted yet
    plot.start_run("a")
    plot.set_data(np.array([0.0, 10_000.0, 12_345.0, 20_000.0]), np.array([0.4, 0.01, 0.00500243, 0.001]))
    assert plot.describe_at(12_000.0) == "iteration 12,345   error 0.00500243"
    assert plot.describe_at(-50.0) == "iteration 0   error 0.4"
    assert plot.describe_at(1e12) == "iteration 20,000   error 0.001"
    assert plot.describe_at(float("nan")) is None
    assert describe_point(12_345, 0.00500243) == "iteration 12,345   error 0.00500243"


def test_describe_at_falls_back_to_the_latest_previous_run(plot):
    plot.start_run("a")
    plot.set_data(np.array([0.0, 100.0]), np.array([0.3, 0.2]))
    plot.start_run("b")  # empty current curve
    assert plot.describe_at(90.0) == "iteration 100   error 0.2"


def test_mouse_move_over_the_plot_updates_the_hover_label(plot):
    plot.start_run("a")
    plot.set_data(np.array([0.0, 10_000.0, 12_345.0, 20_000.0]), np.array([0.4, 0.01, 0.00500243, 0.001]))
    plot.grab()  # lays the scene out so view <-> scene mapping is real
    item = plot.plot_widget.getPlotItem()
    view_box = item.getViewBox()
    scene = plot.plot_widget.scene()

    scene.sigMouseMoved.emit(view_box.mapViewToScene(QPointF(12_100.0, -2.0)))
    assert plot.hover_label.text() == "iteration 12,345   error 0.00500243"

    scene.sigMouseMoved.emit(QPointF(1.0, 1.0))  # outside the view box, over the axis corner
    assert plot.hover_label.text() == ""


def test_set_scale_multiplies_fonts_and_line_widths(plot):
    plot.start_run("a")
    plot.set_data(*decaying(30))
    plot.start_run("b")
    plot.set_data(*decaying(30))
    item = plot.plot_widget.getPlotItem()
    tick = item.getAxis("bottom").style["tickFont"].pointSizeF()
    controls = plot.log_check.font().pointSizeF()
    old, current = curves(plot)
    widths = old.opts["pen"].widthF(), current.opts["pen"].widthF()
    assert tick >= 11  # readable from the back of a classroom

    plot.resize(1600, 500)  # room for its controls on one line at 2x (narrower, they are drawn smaller: test_error_controls)
    plot.set_scale(2.0)
    assert item.getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(2 * tick)
    assert plot.log_check.font().pointSizeF() == pytest.approx(2 * controls)
    assert old.opts["pen"].widthF() == pytest.approx(2 * widths[0])
    assert current.opts["pen"].widthF() == pytest.approx(2 * widths[1])
    assert old.opts["pen"].color().alpha() < 255  # still faded
    assert "28pt" in item.getAxis("bottom").labelString()
    with pytest.raises(ValueError):
        plot.set_scale(0)


def test_background_follows_the_palette(plot):
    dark = QPalette(plot.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    plot.setPalette(dark)
    assert plot.plot_widget.backgroundBrush().color().name() == "#1e1e1e"
    axis = plot.plot_widget.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == "#e0e0e0"


def test_grab_draws_the_curve(plot):
    plot.start_run("previous")
    plot.set_data(*decaying(end=0.05))
    plot.start_run("current")
    plot.set_data(*decaying())
    image = plot.grab().toImage()
    assert image.width() == 700 and image.height() == 400
    current = QColor(CURRENT_COLOUR)
    colours = set()
    curve_pixels = 0
    for px in range(0, image.width(), 3):
        for py in range(0, image.height(), 3):
            colour = image.pixelColor(px, py)
            colours.add(colour.rgb())
            if (
                abs(colour.red() - current.red()) < 30
                and abs(colour.green() - current.green()) < 30
                and abs(colour.blue() - current.blue()) < 30
            ):
                curve_pixels += 1
    assert len(colours) > 20  # axes, text, grid, curves: not a blank image
    assert curve_pixels > 50  # the current curve is actually drawn


# ----- the view follows the current run; legend; empty state; axes; pictures -------------------------

def notebook_like(last, n=2000, start=0.47):
    """A realistic error curve: steep at first, then slowly down (as the notebook's 1/sqrt-like fall)."""
    x = np.linspace(0, last, n)
    return x, start / (1 + np.sqrt(x / (last / 2000)))


def current_span(widget):
    """Share of the plot's width the current run covers (0..1)."""
    (x0, x1), _ = widget.view_range()
    x, _ = widget.current_data()
    return (min(x.max(), x1) - max(x.min(), x0)) / (x1 - x0)


def test_a_short_run_after_a_long_run_on_another_table_fills_the_width(plot):
    plot.start_run("notebook · hidden 4 · lr 1 · sigmoid · no bias · seed 1", "notebook")
    plot.set_data(*notebook_like(1_000_000))
    plot.start_run("xor · hidden 3 · lr 1 · sigmoid · bias · seed 1", "xor")
    plot.set_data(*notebook_like(3000))
    assert current_span(plot) >= 0.8
    # The long run is kept but not drawn nor listed until "All runs" is ticked.
    assert plot.runs()[0].startswith("notebook") and plot.shown_runs() == [plot.runs()[1]]
    assert legend_labels(plot) == ["xor · hidden 3 · lr 1 · sigmoid · bias · seed 1 · 3k iterations"]
    plot.all_check.click()
    assert plot.shown_runs() == plot.runs()
    (_, x1), _ = plot.view_range()
    assert x1 >= 1_000_000  # all runs: the longest one's range
    labels = legend_labels(plot)
    assert labels[0] == "notebook · hidden 4 · lr 1 · sigmoid · no bias · seed 1 · 1M iterations"
    assert len(set(labels)) == len(labels) == 2
    plot.all_check.click()
    assert current_span(plot) >= 0.8


def test_earlier_runs_on_the_same_table_are_drawn_within_the_current_runs_range(plot):
    plot.start_run("xor · seed 1", "xor")
    plot.set_data(*notebook_like(30_000))
    plot.start_run("xor · seed 2", "xor")
    plot.set_data(*notebook_like(3000))
    assert plot.shown_runs() == ["xor · seed 1", "xor · seed 2"]
    (x0, x1), _ = plot.view_range()
    assert x0 <= 0 and 3000 <= x1 < 3000 * 1.05  # the current run's range, not the long one's
    older = [c for c in curves(plot) if c.opts["pen"].color().alpha() < 255]
    assert len(older) == 1 and older[0].isVisible()


def test_equal_runs_are_told_apart_in_the_legend(plot):
    for _ in range(3):
        plot.start_run("xor · hidden 3 · lr 1 · sigmoid · bias · seed 1", "xor")
        plot.set_data(*notebook_like(3000))
    labels = legend_labels(plot)
    assert len(labels) == 3 and len(set(labels)) == 3
    assert all(label.startswith("xor · hidden 3 · lr 1 · sigmoid · bias · seed 1 · 3k iterations") for label in labels)


def test_the_empty_plot_shows_errors_between_0_and_1_and_no_legend_box(plot):
    plot.grab()
    (x0, x1), (y0, y1) = plot.view_range()
    assert y1 <= 0.0 + 1e-9 and y0 >= -4  # log10: errors from 0.001 (or more) up to 1
    assert x0 == 0 and x1 >= 100  # whole iterations, not 0.2 .. 0.8
    legend = plot.plot_widget.getPlotItem().legend
    assert not legend.isVisible()
    assert plot.empty_text_shown()
    plot.set_log_scale(False)
    _, (y0, y1) = plot.view_range()
    assert (y0, y1) == (0.0, 1.0)
    plot.start_run("a")
    plot.set_data(*notebook_like(3000))
    assert legend.isVisible() and not plot.empty_text_shown()


def curve_points_inside(widget, rect):
    pts = widget.curve_pixels()
    return sum(int(((p[:, 0] >= rect.left()) & (p[:, 0] <= rect.right())
                    & (p[:, 1] >= rect.top()) & (p[:, 1] <= rect.bottom())).sum()) for p in pts)


@pytest.mark.parametrize("height", [400, 170])
@pytest.mark.parametrize("log", [True, False])
@pytest.mark.parametrize("shape", ["falling", "straight", "flat"])
def test_the_legend_covers_no_curve(plot, log, shape, height):
    plot.resize(700, height)
    plot.set_log_scale(log)
    for k in range(4):
        plot.start_run(f"xor · hidden 3 · lr 1 · sigmoid · bias · seed {k}", "xor")
        x = np.linspace(0, 3000, 600)
        y = {"falling": notebook_like(3000, 600)[1] * (1 + 0.3 * k),
             "straight": 0.5 * (0.01 / 0.5) ** (x / 3000) * (1 + 0.3 * k),  # crosses every corner
             "flat": np.full(x.shape, 0.2 + 0.05 * k)}[shape]
        plot.set_data(x, y)
    plot.grab()
    legend = plot.plot_widget.getPlotItem().legend
    if height >= 400:
        assert legend.isVisible()
    # a plot squeezed to a strip leaves the legend out rather than cover the curves
    assert not legend.isVisible() or curve_points_inside(plot, plot.legend_rect()) == 0


def tick_texts(axis):
    """(rectangle, text) of each tick label as a pyqtgraph axis draws them, in its coordinates."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _, text in texts]


def axis_text_rects(axis):
    """(tick text rectangles, label rectangle) as the axis draws them, in its coordinates."""
    return [rect for rect, _ in tick_texts(axis)], axis.label_rect()


def assert_label_clear_of_ticks(widget):
    item = widget.plot_widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        ticks, label = axis_text_rects(axis)
        assert ticks, name
        assert not any(rect.intersects(label) for rect in ticks), (name, label, ticks)


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
@pytest.mark.parametrize("log", [True, False])
def test_axis_labels_never_overlap_wide_tick_numbers(plot, scale, log):
    plot.set_scale(scale)
    plot.resize(int(700 * scale), int(400 * scale))
    plot.set_log_scale(log)
    plot.start_run("a")
    x = np.linspace(0, 1_234_567, 500)
    plot.set_data(x, 0.0052 - 0.003 * x / x.max())  # ticks like 0.0025, 0.005
    plot.grab()
    assert_label_clear_of_ticks(plot)


def ink_runs(image: QImage, left: int, right: int, top: int, bottom: int) -> list[tuple[int, int]]:
    """Runs of columns in [left, right) that hold text or lines (anything far from the background)."""
    background = image.pixelColor(left, top)
    inked = []
    for x in range(left, right):
        ink = False
        for y in range(top, bottom, 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) + abs(
                    c.blue() - background.blue()) > 200:
                ink = True
                break
        inked.append(ink)
    runs, start = [], None
    for i, ink in enumerate(inked + [False]):
        if ink and start is None:
            start = i
        elif not ink and start is not None:
            runs.append((left + start, left + i))
            start = None
    return runs


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_exported_png_keeps_the_y_label_apart_from_the_ticks_and_scales_the_legend(plot, tmp_path, scale):
    from playground.ui.documents.exports import PNG_RESOLUTION, save_picture

    plot.set_scale(scale)
    plot.resize(int(700 * scale), int(400 * scale))
    plot.start_run("a")
    x = np.linspace(0, 60_000, 500)
    plot.set_data(x, 0.0052 - 0.003 * x / x.max())
    plot.grab()
    item = plot.plot_widget.getPlotItem()
    source = item.sceneBoundingRect()
    image = QImage(save_picture(item, str(tmp_path / "plot.png"), plot))
    k = image.width() / source.width()
    assert k == pytest.approx(PNG_RESOLUTION, rel=0.01)
    axis = item.getAxis("left")
    rect = axis.sceneBoundingRect().translated(-source.topLeft())
    runs = ink_runs(image, int(rect.left() * k), int(rect.right() * k) - 2,
                    int(rect.top() * k) + 2, int(rect.bottom() * k) - 2)
    # The rotated label first, then (after a blank gap) the tick numbers and the axis line.
    label_width = axis.label.boundingRect().height() * k
    assert len(runs) >= 2, runs
    assert runs[0][1] - runs[0][0] <= label_width, (runs, label_width)
    # The legend is drawn at the picture's scale, like the axes (it stayed at 1x before).
    legend = item.legend
    assert not legend.flags() & legend.GraphicsItemFlag.ItemIgnoresTransformations
    # Lines are as thick as the window's: the export doubles the pen widths, then restores them.
    (curve,) = curves(plot)
    assert curve.opts["pen"].widthF() == pytest.approx(3.0 * scale)


def test_exporting_draws_lines_for_the_pictures_pixels(plot):
    plot.start_run("a")
    plot.set_data(*notebook_like(3000))
    (curve,) = curves(plot)
    width = curve.opts["pen"].widthF()
    assert plot.line_ratio() == 1.0  # offscreen: one device pixel per px
    with plot.exporting(2.0):
        assert curve.opts["pen"].widthF() == pytest.approx(2 * width)
    assert curve.opts["pen"].widthF() == pytest.approx(width)


@pytest.mark.parametrize("seconds, text", [
    (0.2, "<1 s"), (1, "1 s"), (45, "45 s"), (252, "4 min 12 s"), (120, "2 min"), (840, "14 min"),
    (4454, "1 h 14 min"), (7200, "2 h"), (3 * 86400 + 3 * 3600, "3 d 3 h"), (float("inf"), "<1 s")])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


class StreamedRun(QObject):
    """The part of ui.run.Run the plot listens to, driven by the test."""

    reset = Signal()
    changed = Signal(object)
    shownChanged = Signal()
    stateChanged = Signal(str)
    finished = Signal(object)

    def __init__(self):
        super().__init__()
        self.label, self.group, self.running, self.last = "hidden 4 · lr 1", "notebook", False, None
        self.curve = (np.empty(0), np.empty(0))

    def looking_back(self):
        return False


def test_a_streamed_run_relabels_the_legend_in_place_and_ends_as_a_full_refresh(plot, qtbot):
    plot.start_run("earlier · hidden 2", group="notebook")
    plot.set_data(*decaying(200, last=40_000))
    run = StreamedRun()
    plot.listen_to(run)
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    labels = None
    for k in range(1, 61):
        run.curve = decaying(10 * k, last=1000 * k)
        run.changed.emit(None)
        assert plot.live_pending()  # drawn in a turn of its own, not inside the snapshot's handling
        qtbot.waitUntil(lambda: not plot.live_pending())
        np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])
        items = plot.plot_widget.getPlotItem().legend.items
        if labels is None:
            labels = [label for _, label in items]
        # The same LabelItems stay (no rebuild per snapshot); the live one names a count of this run
        # (relabelled with the re-fits, at most every LIVE_REFIT_S).
        assert [label for _, label in items] == labels
        assert legend_labels(plot)[-1].startswith("hidden 4 · lr 1")
    qtbot.waitUntil(lambda: legend_labels(plot)[-1] == "hidden 4 · lr 1 · 60k iterations")
    # While still running, the view catches up with the newest point without another snapshot.
    qtbot.waitUntil(lambda: plot.view_range()[0][1] >= 60_000)
    run.curve = decaying(700, last=70_000)
    run.changed.emit(None)  # the final snapshot arrives while the run still counts as running
    run.running = False
    run.stateChanged.emit("finished")
    run.finished.emit(None)  # (as ui.run.Run ends a job: the state, then finished)
    streamed = (plot.view_range(), plot.legend_texts(), plot.legend_corner(), plot.legend_rect())
    assert streamed[0][0][1] >= 70_000

    fresh = ErrorPlot()
    qtbot.addWidget(fresh)
    fresh.resize(700, 400)
    fresh.start_run("earlier · hidden 2", group="notebook")
    fresh.set_data(*decaying(200, last=40_000))
    fresh.start_run("hidden 4 · lr 1", group="notebook")
    fresh.set_data(*decaying(700, last=70_000))
    assert np.allclose(streamed[0], fresh.view_range())
    assert streamed[1:3] == (fresh.legend_texts(), fresh.legend_corner())
    assert streamed[3] == fresh.legend_rect()


def test_finished_runs_and_axes_are_drawn_from_a_cache_that_follows_the_view(plot):
    """Faded runs and the axes (with their grid) are kept as pixmaps between frames, since only
    the live curve changes with each snapshot; when the range changes they are drawn afresh."""
    from PySide6.QtWidgets import QGraphicsItem

    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    plot.start_run("xor · seed 1", "xor")
    plot.set_data(*notebook_like(30_000))
    plot.start_run("xor · seed 2", "xor")
    plot.set_data(*notebook_like(3000))
    item = plot.plot_widget.getPlotItem()
    older = [c for c in curves(plot) if c.opts["pen"].color().alpha() < 255]
    live = [c for c in curves(plot) if c.opts["pen"].color().alpha() == 255 and c.isVisible()]
    assert len(older) == 1 and older[0].curve.cacheMode() == cached
    assert live and all(c.curve.cacheMode() == QGraphicsItem.CacheMode.NoCache for c in live)
    assert all(item.getAxis(name).cacheMode() == cached for name in ("left", "bottom"))
    plot.grab()  # the pixmaps are made
    plot.set_data(*notebook_like(20_000))  # the view and the axes change
    after = plot.grab().toImage()
    for c in older:
        c.curve.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for name in ("left", "bottom"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.NoCache)
    direct = plot.grab().toImage()
    differing = sum(after.pixelColor(x, y) != direct.pixelColor(x, y)
                    for x in range(0, after.width(), 2) for y in range(0, after.height(), 2))
    assert differing <= 0.002 * after.width() * after.height() / 4  # the same picture, not a stale one


def test_a_live_refit_moves_one_axis_at_a_time_and_the_other_follows(plot, qtbot):
    """Each axis whose range changes is measured and drawn again: a live re-fit moves x or y, in
    turn, and the other catches up LIVE_REFIT_S later even if no snapshot comes. The re-fit is
    never part of the snapshot's own handling: it comes in a later turn of the event loop."""
    from playground.ui.views.error_plot import LIVE_REFIT_S

    run = StreamedRun()
    plot.listen_to(run)
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    run.curve = decaying(100, last=10_000)
    run.changed.emit(None)
    qtbot.waitUntil(lambda: 10_000 <= plot.view_range()[0][1] < 11_000)
    qtbot.wait(int(2 * LIVE_REFIT_S * 1000) + 50)  # both axes caught up; the next snapshot re-fits at once
    before = plot.view_range()
    run.curve = decaying(200, last=20_000, end=0.0005)  # longer and lower: both axes must move
    run.changed.emit(None)
    assert plot.view_range() == before  # the snapshot's handling did not re-fit
    qtbot.waitUntil(lambda: plot.view_range() != before)  # the next turn of the event loop did
    after = plot.view_range()
    assert [before[i] != after[i] for i in (0, 1)].count(True) == 1
    qtbot.waitUntil(lambda: plot.view_range()[0][1] >= 20_000 and plot.view_range()[1][0] <= np.log10(0.0005))


def test_the_live_curve_is_drawn_from_about_two_points_a_pixel_and_keeps_its_spikes(plot):
    """Redrawn ~30 times a second, antialiased: thousands of points are thinned to each pixel's
    lowest and highest error, so a one-iteration spike still shows."""
    x, y = decaying(6000)
    y = y.copy()
    y[3001] = 0.9  # a spike
    plot.start_run("current")
    plot.set_data(x, y)
    plot.grab()
    drawn_x, drawn_y = curves(plot)[-1].curve.getData()  # as drawn, after downsampling
    width = plot.plot_widget.getPlotItem().getViewBox().width()
    assert len(drawn_x) <= 2.5 * width < len(x)
    assert np.isclose(np.nanmax(drawn_y), np.log10(0.9))  # log axis: drawn in log10 units


def test_the_empty_state_sentence_fits_a_narrow_plot_in_presentation_mode(plot, qtbot):
    """At 1366x768 in presentation mode the sentence ran past both sides of the plot
    ("n: the mean |error| of every iteration is d"): it wraps to the plot's width instead."""
    plot.resize(560, 260)
    plot.set_scale(1.5)
    plot.show()
    qtbot.waitExposed(plot)
    assert plot.empty_text_shown()
    box = plot.plot_widget.getPlotItem().getViewBox()
    left, right = plot.empty_text_span()
    assert 0 <= left < right <= box.width()
    plot.resize(1400, 400)  # room enough: one line again, centred
    qtbot.waitUntil(lambda: box.width() > 1000)
    left, right = plot.empty_text_span()
    assert 0 < left < right < box.width()
    assert abs((left + right) / 2 - box.width() / 2) < 2


def test_a_plot_in_a_short_strip_gives_its_axis_titles_room_to_the_curve(plot, qtbot):
    """Above the inspector in presentation mode (1366x768) the plot is a strip ~70 px high: the
    titles "iteration" and "mean |error|" were cut in half and left no height for the curve.
    There the titles are left out (the ticks stay); a plot of usual height keeps them."""
    item = plot.plot_widget.getPlotItem()
    plot.set_scale(1.5)
    plot.resize(700, 400)
    plot.show()
    qtbot.waitExposed(plot)
    assert item.getAxis("bottom").label.isVisible() and item.getAxis("left").label.isVisible()
    tall_box = item.getViewBox().height()
    plot.resize(700, 90)
    qtbot.waitUntil(lambda: not item.getAxis("bottom").label.isVisible())
    assert not item.getAxis("left").label.isVisible()
    with_titles = tall_box - (400 - 90)  # what the box would keep with the titles drawn
    assert item.getViewBox().height() > with_titles + 10
    plot.set_scale(1.0)  # a new scale draws the titles anew: still left out while short
    assert not item.getAxis("bottom").label.isVisible()
    plot.resize(700, 400)
    qtbot.waitUntil(lambda: item.getAxis("bottom").label.isVisible())
    assert item.getAxis("left").label.isVisible()

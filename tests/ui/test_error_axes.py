"""The error plot's axes (playground.ui.views.error_axes): iteration ticks in short SI form, log error ticks as plain
decimals, and the plot widget the panels build on."""

import math

from playground.ui.views.error_axes import ErrorAxis, IterationAxis, error_plot_widget, format_iterations


def test_iteration_ticks_read_short():
    assert [format_iterations(v) for v in (0, 500, 2500, 100_000, 1_000_000, 1.5e9)] == \
        ["0", "500", "2.5k", "100k", "1M", "1.5G"]


def test_log_error_ticks_label_decades_and_the_2_and_5_steps_as_decimals(qapp):
    axis = ErrorAxis("left")
    (_, decades), (_, halves), (_, minor) = axis.logTickValues(math.log10(0.01), math.log10(1.0), 300, None)
    assert [round(10 ** v, 12) for v in decades] == [0.01, 0.1, 1.0]
    assert [round(10 ** v, 12) for v in halves] == [0.02, 0.05, 0.2, 0.5]
    assert len(minor) == 12  # 3, 4, 6, 7, 8, 9 of the two decades
    assert axis.logTickStrings([math.log10(0.05), math.log10(0.5)], 1.0, 1.0) == ["0.05", "0.5"]


def test_the_plot_widget_has_the_apps_axes_and_its_names(qtbot):
    widget = error_plot_widget("errorPlot", "Training error")
    qtbot.addWidget(widget)
    item = widget.getPlotItem()
    assert isinstance(item.getAxis("bottom"), IterationAxis) and isinstance(item.getAxis("left"), ErrorAxis)
    assert widget.objectName() == "errorPlot" and widget.accessibleName() == "Training error"
    assert item.getAxis("bottom").tickStrings([1, 2], 1e5, 1) == ["100k", "200k"]


def test_iteration_ticks_are_whole_iterations_early_in_a_run_and_unchanged_later(qapp):
    axis = IterationAxis("bottom")
    early = [v for _, values in axis.tickValues(0.0, 2.5, 400) for v in values]
    assert early and all(float(v).is_integer() for v in early) and {0.0, 1.0, 2.0} <= set(early)
    later = axis.tickValues(0.0, 60000.0, 400)
    plain = [(s, list(v)) for s, v in super(IterationAxis, axis).tickValues(0.0, 60000.0, 400)]
    assert [(s, list(v)) for s, v in later] == plain  # a whole run's ticks are pyqtgraph's own


def test_after_one_step_the_iteration_axis_draws_its_end_ticks(qtbot):
    """After one Step the run spans iterations 0 to 1 and both ticks stand at the axis's ends: pyqtgraph hid a
    text that reached a pixel past the axis, so a step-by-step lesson showed no iteration number at all."""
    import numpy as np
    from PySide6.QtGui import QImage, QPainter

    from playground.ui.views.error_plot import ErrorPlot

    plot = ErrorPlot()
    qtbot.addWidget(plot)
    plot.resize(590, 230)
    plot.set_scale(1.5)
    plot.show()
    plot.start_run("one step")
    plot.set_data(np.array([0.0, 1.0]), np.array([4.0, 1.96]))
    plot.grab()
    image = QImage(800, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = plot.plot_widget.getPlotItem().getAxis("bottom").generateDrawSpecs(painter)
    finally:
        painter.end()
    assert [text for _, _, text in texts] == ["0", "1"]


def test_less_than_a_decade_in_view_labels_the_steps_between(qapp):
    """A review saw a plateau from 0.75 to 0.25 with one tick, 0.5, which read as a steep fall: with fewer than
    two decades or 2 and 5 steps in view, 0.3, 0.4, 0.6, 0.7 are labelled too (a labelled level, not minor)."""
    axis = ErrorAxis("left")
    levels = axis.logTickValues(math.log10(0.25), math.log10(0.75), 300, None)
    assert len(levels) == 2
    labelled = sorted(round(10 ** v, 6) for _, values in levels for v in values)
    assert labelled == [0.3, 0.4, 0.5, 0.6, 0.7]
    wide = axis.logTickValues(math.log10(0.01), math.log10(1.0), 300, None)
    assert len(wide) == 3  # two decades or more: the 3, 4, 6 ... steps stay minor

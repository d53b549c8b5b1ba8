"""The sharpness plot: the curve as given, and the edge of stability drawn only when the optimiser has one."""

import math

import numpy as np

from playground.ui.landscape.landscape_sharpness import SharpnessPlot


def test_the_curve_and_the_edge_of_stability(qtbot):
    plot = SharpnessPlot()
    qtbot.addWidget(plot)
    plot.show_curve([0, 10, 20], [0.5, 2.5, 1.5], 2.0)
    iterations, values = plot.curve_data()
    assert list(iterations) == [0, 10, 20] and list(values) == [0.5, 2.5, 1.5]
    assert plot.limit.isVisible() and plot.limit.value() == 2.0
    assert plot.accessibleDescription().startswith("1 of 3 iterations measured are above the edge of stability 2")
    plot.show_curve(np.arange(3), np.ones(3), math.nan)  # Adam: no edge of stability
    assert not plot.limit.isVisible() and math.isnan(plot.limit_value)
    plot.set_scale(2.0)
    assert plot.curve.opts["pen"].widthF() == 4.0

"""The main window's error plot fits its axes when first shown (or exported), not while the window is built.

Built at Qt's guessed size, the plot fitted its axes to their tick texts five times (~10 ms of the first
frame) before the show fitted them again at the real size."""

import numpy as np
from PySide6.QtGui import QImage

from playground.ui.views.error_plot import ErrorPlot
from tests.ui.test_error_plot import assert_label_clear_of_ticks, ink_runs


def data(plot):
    plot.start_run("a")
    x = np.linspace(0, 1_234_567, 500)
    plot.set_data(x, 0.0052 - 0.003 * x / x.max())  # ticks like 0.0025, 0.005: wide


def test_no_fit_while_built_then_fitted_when_shown(qtbot):
    plot = ErrorPlot(fit_when_shown=True)
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    data(plot)
    left = plot.plot_widget.getPlotItem().getAxis("left")
    width_while_built = left.width()
    plot.show()
    qtbot.waitExposed(plot)
    plot.grab()
    assert left.width() != width_while_built  # fitted to its tick texts only now
    assert_label_clear_of_ticks(plot)


def test_a_plot_never_shown_is_fitted_for_its_picture(qtbot, tmp_path):
    from playground.ui.documents.exports import save_picture

    plot = ErrorPlot(fit_when_shown=True)
    qtbot.addWidget(plot)
    plot.set_scale(2.0)  # presentation mode's twice as large tick texts: wider than the axis built for them
    plot.resize(1400, 800)
    data(plot)
    item = plot.plot_widget.getPlotItem()
    image = QImage(save_picture(item, str(tmp_path / "plot.png"), plot))
    source = item.sceneBoundingRect()
    k = image.width() / source.width()
    axis = item.getAxis("left")
    rect = axis.sceneBoundingRect().translated(-source.topLeft())
    runs = ink_runs(image, int(rect.left() * k), int(rect.right() * k) - 2, int(rect.top() * k) + 2,
                    int(rect.bottom() * k) - 2)
    assert len(runs) >= 2, runs  # the rotated label, then apart from it the tick numbers and the axis line
    assert runs[0][1] - runs[0][0] <= axis.label.boundingRect().height() * k, runs

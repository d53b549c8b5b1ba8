"""The error plot's row of controls (Log scale, All runs, Clear previous runs) at the projector: on one line, drawn
smaller (down to scale 1) where the presentation scale would wrap it to a second line under the plot; the read-out
of the point under the mouse floats over the plot and never moves it."""

import numpy as np
import pytest
from PySide6.QtWidgets import QStyle

from playground.ui.classroom.presentation import TOOLBAR_STEP, fit_controls
from playground.ui.main_window import MainWindow
from playground.ui.views.error_controls import CONTROLS_PT
from playground.ui.views.error_hover import READOUT_GAP_PX
from tests.ui.test_layout import settle


def row(plot) -> list:
    return [plot.log_check, plot.all_check, plot.clear_button]


def indicator(check) -> int:
    return check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check)


def into_presentation(window, width: int, height: int) -> int:
    """``window`` at width x height, then presentation mode (1.5x); the check boxes' mark before it, in px."""
    window.resize(width, height)
    settle()
    normal = indicator(window.error_plot.log_check)
    window.classroom.set_scale(1.5, save=False)
    settle()
    return normal


@pytest.fixture
def english(qapp):
    from playground.ui.language import install_translators

    yield install_translators
    install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_controls_keep_one_line_under_the_plot_at_a_1366x768_projector(qtbot, qapp, english, language):
    english(qapp, language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    normal_indicator = into_presentation(window, 1366, 768)
    plot = window.error_plot
    # one line: the three side by side, within the plot's width
    assert len({w.geometry().top() for w in row(plot)}) == 1, [w.geometry() for w in row(plot)]
    assert max(w.geometry().right() for w in row(plot)) <= plot.width()
    # as large as that leaves them: between scale 1 and the window's 1.5, the check boxes' marks the same factor
    factor = plot.controls_scale
    assert 1.0 <= factor <= 1.5
    assert plot.log_check.font().pointSizeF() == pytest.approx(CONTROLS_PT * factor)
    assert plot.clear_button.font().pointSizeF() == pytest.approx(CONTROLS_PT * factor)
    assert indicator(plot.log_check) >= normal_indicator
    if factor < 1.5:  # it had to shrink: the largest size that fits, one step larger wraps
        fit_controls(row(plot), CONTROLS_PT, min(1.5, factor / TOOLBAR_STEP), lambda: True)
        settle()
        assert len({w.geometry().top() for w in row(plot)}) == 2
    window.close()


def test_where_the_row_fits_it_is_drawn_at_the_full_presentation_scale_and_back_at_1(qtbot, window):
    normal_indicator = into_presentation(window, 1920, 1080)
    plot = window.error_plot
    assert plot.controls_scale == 1.5
    assert plot.log_check.font().pointSizeF() == pytest.approx(CONTROLS_PT * 1.5)
    assert indicator(plot.log_check) >= 1.4 * normal_indicator  # the window's scaler left the fitted marks alone
    # narrower: smaller, one line; wider again: full size again
    window.resize(1366, 768)
    settle()
    narrow = plot.controls_scale
    assert 1.0 <= narrow < 1.5
    assert len({w.geometry().top() for w in row(plot)}) == 1
    window.resize(1920, 1080)
    settle()
    assert plot.controls_scale == 1.5
    window.classroom.set_scale(1.0, save=False)
    settle()
    assert plot.controls_scale == 1.0
    assert plot.log_check.font().pointSizeF() == pytest.approx(CONTROLS_PT)
    assert indicator(plot.log_check) == normal_indicator


def test_controls_put_away_and_shown_again_are_fitted_with_the_row(qtbot, window):
    """Presentation mode's inspector puts the controls away; the plot may change width meanwhile."""
    into_presentation(window, 1366, 768)
    plot = window.error_plot
    for w in row(plot):
        w.hide()
    window.resize(1920, 1080)
    settle()
    window.resize(1366, 768)  # fitted while they were away: an empty row fits at any size
    settle()
    for w in row(plot):
        w.show()
    settle()
    assert len({w.geometry().top() for w in row(plot)}) == 1
    assert plot.controls_scale < 1.5


@pytest.mark.parametrize("size, scale", [((1280, 800), 1.0), ((1366, 768), 1.5)])
def test_the_read_out_of_the_point_under_the_mouse_floats_over_the_plot_and_never_moves_it(qtbot, window, size,
                                                                                              scale):
    from PySide6.QtCore import QPointF, QRectF

    window.resize(*size)
    window.classroom.set_scale(scale, save=False)
    settle()
    plot = window.error_plot
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()
    settle()
    before = plot.plot_widget.geometry(), [w.geometry() for w in row(plot)]
    view_box = plot.plot_widget.getPlotItem().getViewBox()
    scene = plot.plot_widget.scene()
    inside = plot.plot_widget.mapFromScene(view_box.sceneBoundingRect()).boundingRect()
    for share in (0.02, 0.5, 0.98):  # left, middle, right: beside the point, never past the view's edges
        rect = view_box.sceneBoundingRect()
        mouse = QPointF(rect.left() + share * rect.width(), rect.center().y())
        scene.sigMouseMoved.emit(mouse)
        settle()
        label = plot.hover_label
        assert label.isVisible() and label.text().startswith("iteration ")
        assert QRectF(inside).contains(QRectF(label.geometry())), (share, label.geometry(), inside)
        # beside the marked point (at the mouse's x, on the curve), never over it
        curve = plot.curve_pixels()[0]  # the view's pixels
        x = plot.plot_widget.mapFromScene(mouse).x()
        y = inside.top() + float(np.interp(x - inside.left(), curve[:, 0], curve[:, 1]))
        gap = READOUT_GAP_PX * scale - 2
        assert not QRectF(label.geometry()).adjusted(-gap, -gap, gap, gap).contains(QPointF(x, y)), (label.geometry(), x, y)
        assert label.font().pointSizeF() == pytest.approx(CONTROLS_PT * scale)
        assert (plot.plot_widget.geometry(), [w.geometry() for w in row(plot)]) == before  # nothing moved
    scene.sigMouseMoved.emit(QPointF(1.0, 1.0))  # off the view: gone
    settle()
    assert not plot.hover_label.isVisible() and plot.hover_label.text() == ""

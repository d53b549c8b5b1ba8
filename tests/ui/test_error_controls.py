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
        fit_controls(row(plot), CONTROLS_PT, min(1.5, factor / TOOLBAR_STEP), lambda: 1)  # drawn there
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


def point_px(plot) -> tuple[float, float]:
    """The point read out (its iteration, as the read-out says, on the current curve), in the panel's pixels."""
    import re

    from PySide6.QtCore import QPoint, QPointF

    view_box = plot.plot_widget.getPlotItem().getViewBox()
    offset = plot.plot_widget.mapTo(plot, QPoint(0, 0))
    inside = plot.plot_widget.mapFromScene(view_box.sceneBoundingRect()).boundingRect().translated(offset)
    iteration = float(re.sub(r"\D", "", plot.hover_label.text().split("error")[0]))
    x = plot.plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(iteration, 0.0))).x() + offset.x()
    curve = plot.curve_pixels()[0]
    return x, inside.top() + float(np.interp(x - inside.left(), curve[:, 0], curve[:, 1]))


def hover_at(qtbot, plot, share: float):
    """The pointer moved over the plot's view, ``share`` of its width from the left, at mid height."""
    from PySide6.QtCore import QPoint

    viewport = plot.plot_widget.viewport()
    rect = plot.plot_widget.mapFromScene(plot.plot_widget.getPlotItem().getViewBox().sceneBoundingRect()).boundingRect()
    where = QPoint(round(rect.left() + share * rect.width()), rect.center().y())
    qtbot.mouseMove(viewport, where - QPoint(2, 0))
    qtbot.mouseMove(viewport, where)
    qtbot.waitUntil(plot.hover_label.isVisible)
    return plot.plot_widget.mapTo(plot, where)


def decaying_run(plot, zero_from: float | None = None) -> None:
    x = np.arange(1, 2001, dtype=float)
    y = 0.5 * np.exp(-x / 300) + 0.01
    if zero_from is not None:
        y = np.where(x < zero_from, y, 0.0)  # a perfect fit: an error of exactly 0, which a log axis cannot show
    plot.start_run("probe")
    plot.set_data(x, y)
    settle()


def test_the_read_out_goes_when_the_pointer_leaves_and_is_never_in_a_picture_of_the_plot(qtbot, window):
    from PySide6.QtWidgets import QToolBar

    window.resize(1366, 768)
    settle()
    plot = window.error_plot
    decaying_run(plot)
    hover_at(qtbot, plot, 0.4)
    shown = plot.plot_widget.grab().toImage()  # what a lesson report puts in its PDF
    plot.hover_label.hide()
    assert plot.plot_widget.grab().toImage() == shown  # the read-out is the panel's, over the plot, not in it
    plot.hover_label.show()
    bar = window.findChild(QToolBar, "trainingToolbar")
    qtbot.mouseMove(bar, bar.rect().center())  # the teacher reaches for Train, fast: no move out is reported
    qtbot.waitUntil(lambda: not plot.hover_label.isVisible())
    assert plot.hover_label.text() == ""


def test_the_read_out_stays_beside_its_point_when_the_plot_changes_height(qtbot, window):
    window.resize(1366, 768)
    window.classroom.set_scale(1.5, save=False)
    settle()
    plot = window.error_plot
    decaying_run(plot)
    from PySide6.QtCore import QPointF, QRectF

    hover_at(qtbot, plot, 0.3)
    gap = READOUT_GAP_PX * 1.5 - 2
    for taller in (0, 80):
        plot.plot_widget.setMinimumHeight(plot.plot_widget.height() + taller)  # the inspector's focus ends, say
        settle()
        x, y = point_px(plot)
        near = QRectF(plot.hover_label.geometry()).adjusted(-gap, -gap, gap, gap)
        assert not near.contains(QPointF(x, y)) and near.adjusted(-40, -40, 40, 40).contains(QPointF(x, y)), (
            taller, plot.hover_label.geometry(), x, y)  # beside its point, not over it, not left where it was


def test_the_read_out_of_a_zero_error_on_the_log_scale_is_shown_in_the_view(qtbot, window):
    window.resize(1366, 768)
    settle()
    plot = window.error_plot
    decaying_run(plot, zero_from=1200)
    hover_at(qtbot, plot, 0.9)
    assert plot.hover_label.text().endswith("error 0")
    assert plot.rect().contains(plot.hover_label.geometry()), plot.hover_label.geometry()


def test_narrowing_a_1080p_window_at_scale_3_settles(qtbot, window):
    """The axes' fit resizes the view, which asked for a fit again: at a 152 px view the two alternated until
    Python's recursion limit (reachable once the row of controls no longer held the window wide)."""
    window.resize(1768, 1080)
    settle()
    window.classroom.set_scale(3.0, save=False)
    settle()
    for width in range(1760, 1280, -40):
        window.resize(width, 1080)
        settle()
    assert window.error_plot.controls_scale >= 1.0


def test_where_no_size_takes_one_line_the_row_is_drawn_at_1_the_least_tall(qtbot):
    """A 2x window at 1280 px in Spanish, say: every size takes three lines; at 1 they are the least tall."""
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox("Logarítmica")
    qtbot.addWidget(box)
    sizes = []

    def lines() -> int:
        sizes.append(box.font().pointSizeF())
        return 3

    assert fit_controls([box], CONTROLS_PT, 2.0, lines) == 1.0
    assert box.font().pointSizeF() == pytest.approx(CONTROLS_PT)
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == pytest.approx(2 * CONTROLS_PT)  # tried from the top
    assert fit_controls([box], CONTROLS_PT, 2.5, lambda: 1) == 2.5  # one line at once: the full scale

"""The inspector panel, the transport bar, the history scrubber and presentation helpers, on their own."""

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal

from playground.core.explain.inspection import trace_iteration
from playground.core.nn.network import Network
from playground.core.data.presets import get_preset
from playground.ui.classroom import presentation
from playground.ui.views.inspector import InspectorPanel, expression_html
from playground.ui.views.matrix_view import MAX_ROWS, format_cell
from playground.ui.run.scrubber import HistoryScrubber
from playground.ui.run.transport import FULL_SPEED_INDEX, SPEEDS, TransportBar, speed_text

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=float)


def test_cells_are_short_and_keep_three_significant_digits():
    assert [format_cell(v) for v in (0, 1, 0.61234, -2.0394, 0.0023456, 7.3e-5, 123.4, float("nan"))] == \
        ["0", "1", "0.612", "-2.039", "0.00235", "7.3e-05", "123", "nan"]
    assert all(len(format_cell(v)) <= 8 for v in np.geomspace(1e-9, 1e9, 200) * np.array([-1, 1]).repeat(100))


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_cell_text_fits_its_cell_in_bold_too(qtbot, scale):
    """The widest texts format_cell writes, in the bold of the selected row (the minus of
    -0.00159 was clipped)."""
    from dataclasses import replace

    from PySide6.QtGui import QFont, QFontMetrics

    from playground.ui.views.matrix_view import MatrixView

    view = MatrixView()
    qtbot.addWidget(view)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    view.setFont(font)
    q = trace_iteration(Network([2, 2, 1], seed=1), XOR_X, XOR_Y)["l1"]
    values = np.array([[-0.00159, -88.888], [-7.3e-5, -12345], [-3.3e5, 0.5], [-0.0123, -1.5]])
    view.set_quantity(replace(q, value=values))
    bold = QFont(view.font())
    bold.setBold(True)
    pad = view.text_padding()
    for row in range(4):
        view.set_highlight(row)
        for r in range(4):
            fm = QFontMetrics(bold if r == row else view.font())
            for c in range(2):
                text = format_cell(values[r, c])
                assert fm.horizontalAdvance(text) <= view.cell_rect(r, c).width() - 2 * pad, text


def test_the_panel_shows_every_quantity_with_its_line_and_bias_rows(qtbot):
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    net = Network([2, 3, 1], bias=True, seed=4)
    trace = trace_iteration(net, XOR_X, XOR_Y, ["a", "b"], ["xor"])
    panel.set_trace(trace, 17)
    assert panel.names() == trace.names() and panel.iteration() == 17
    assert "Iteration 17" in panel.title.text()
    for q in trace.quantities:
        np.testing.assert_array_equal(panel.matrix(q.name).values(), q.value)
    assert panel.matrix("syn0").values().shape == (3, 3)  # two inputs and the bias row
    np.testing.assert_array_equal(panel.matrix("syn0").values()[-1], net.biases[0][0])
    assert panel.card("l1").text().startswith("<b>l1</b>&nbsp;=&nbsp;nonlin(np.dot(l0,&nbsp;syn0)&nbsp;+&nbsp;b1)")
    assert expression_html(trace["syn1 update"]).startswith("<b>syn1</b>&nbsp;+=")
    panel.set_highlight_row(3)
    assert panel.matrix("l2_delta").highlighted_row() == 3 and panel.matrix("syn0").highlighted_row() is None
    panel.grab()  # paints
    panel.clear("nothing")
    assert panel.names() == [] and panel.title.text() == "nothing"


def test_clicking_a_matrix_row_asks_for_that_example(qtbot):
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace_iteration(Network([2, 2, 1], seed=1), XOR_X, XOR_Y), 0)
    panel.resize(1400, 700)  # every matrix in view: a click goes to what is under the pointer
    panel.show()
    matrix = panel.matrix("l1")
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: matrix.height() > 0)  # the layout has placed the cards
    height = matrix.height() / 5  # a header row and four rows
    with qtbot.waitSignal(panel.rowSelected) as blocker:
        qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(matrix.width() - 5, int(height * 3.5)))
    assert blocker.args == [2]


def test_a_tall_matrix_shows_a_window_around_the_selected_row(qtbot):
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    rng = np.random.default_rng(0)
    X = rng.integers(0, 2, (100, 3)).astype(float)
    panel.set_trace(trace_iteration(Network([3, 2, 1], seed=1), X, X[:, :1]), 0)
    matrix = panel.matrix("l0")
    assert matrix.shown_rows() == list(range(MAX_ROWS))
    panel.set_highlight_row(80)
    assert 80 in matrix.shown_rows() and len(matrix.shown_rows()) == MAX_ROWS
    assert matrix.values().shape == (100, 3)  # the values are all there


def test_transport_speeds_and_target(qtbot):
    bar = TransportBar()
    qtbot.addWidget(bar)
    assert bar.rate() is None and bar.speed_label.text() == "full speed"
    with qtbot.waitSignal(bar.rateChanged) as blocker:
        bar.set_rate_index(0)
    assert blocker.args == [1] and bar.speed_label.text() == speed_text(1) == "1 iteration a second"
    assert SPEEDS[FULL_SPEED_INDEX] is None
    assert bar.target_error() is None
    bar.target_check.setChecked(True)
    assert bar.target_error() == 0.01
    bar.set_running(True)
    assert bar.play_action.text().endswith("Pause") and not bar.step_action.isEnabled()
    bar.set_running(False, can_start=False)
    assert not bar.play_action.isEnabled() and not bar.step_n_action.isEnabled()


def test_scrubber_positions_end_at_the_live_network(qtbot):
    scrubber = HistoryScrubber()
    qtbot.addWidget(scrubber)
    assert not scrubber.slider.isEnabled()
    scrubber.set_points([0, 2, 4], 5)
    assert scrubber.count() == 4 and scrubber.is_live() and scrubber.iteration() == 5
    with qtbot.waitSignal(scrubber.scrubbed) as blocker:
        scrubber.set_index(1)
    assert blocker.args == [1, False] and scrubber.iteration() == 2 and "latest" not in scrubber.label.text()
    scrubber.set_points([0, 2, 4], 4)  # the live network is also the last snapshot: no duplicate
    assert scrubber.count() == 3
    scrubber.set_running(True)
    assert not scrubber.slider.isEnabled()


def test_scale_steps():
    assert presentation.next_scale(1.0, 1) == 1.25 and presentation.next_scale(1.0, -1) == 0.9
    assert presentation.next_scale(presentation.SCALES[-1], 1) == presentation.SCALES[-1]
    assert presentation.next_scale(1.1, 1) == 1.25


def test_presentation_mode_starts_at_24_px_text_on_a_1080p_screen():
    start = presentation.default_presentation_scale
    assert start(1080, 12) == 2.0 and 12 * start(1080, 12) >= presentation.TARGET_TEXT_PX
    assert start(1080, 13.3) == 1.75  # the step below 24 / 13.3 = 1.8: about 23 px
    assert start(1080, 8) == presentation.LARGEST_DEFAULT_SCALE  # tested at 1920x1080: no larger
    assert start(1080, 20) == start(768, 12) == start(720, 12) == presentation.DEFAULT_PRESENTATION_SCALE


def test_the_helper_link_keeps_the_speed_and_ends_its_thread(qtbot):
    from playground.ui.run.relay import HelperLink

    c = HelperLink()
    try:
        assert c.speed() is None
        c.set_speed(30)
        assert c.speed() == 30
        c.set_speed(None)
        assert c.speed() is None
    finally:
        c.shutdown()
    assert not c.thread_running() and c.speed() is None and not c.submit(object())


@pytest.mark.parametrize("hidden", [(), (3, 2)])
def test_the_panel_follows_a_change_of_shape(qtbot, hidden):
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace_iteration(Network([2, 4, 1], seed=1), XOR_X, XOR_Y), 0)
    trace = trace_iteration(Network([2, *hidden, 1], seed=1), XOR_X, XOR_Y)
    panel.set_trace(trace, 5)
    assert panel.names() == trace.names()


class StreamedRun(QObject):
    """What the panel reads of a ui.run.Run, driven by the test."""

    shownChanged = Signal()
    rowChanged = Signal(int)

    def __init__(self):
        super().__init__()
        self.dataset = get_preset("xor").dataset()
        self.network = Network([2, 3, 1], seed=1)
        self.running, self.row, self.iteration = False, 0, 0

    def shown_network(self):
        return self.network

    def shown_iteration(self):
        return self.iteration

    def looking_back(self):
        return False


def test_while_a_run_streams_the_panel_follows_at_most_every_live_interval_and_ends_exact(qtbot, monkeypatch):
    """~30 snapshots a second: the panel traces the newest one LIVE_INTERVAL_S after its last trace, not
    each; when the run stops, its last snapshot at once."""
    from playground.ui.views import inspector

    traced = []
    trace = inspector.trace_iteration
    monkeypatch.setattr(inspector, "trace_iteration", lambda *a, **k: (traced.append(1), trace(*a, **k))[1])
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    run = StreamedRun()
    panel.listen_to(run)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()  # traced just now
    traced.clear()
    run.running = True
    for k in range(1, 21):  # snapshots faster than the panel follows
        run.iteration = 100 * k
        run.shownChanged.emit()
    assert traced == []
    qtbot.waitUntil(lambda: len(traced) == 1, timeout=2000)  # then the newest, once
    assert "2,000" in panel.title.text() or "2000" in panel.title.text()
    run.running, run.iteration = False, 2100  # the run ends: its last snapshot is shown at once
    run.shownChanged.emit()
    assert len(traced) == 2 and ("2,100" in panel.title.text() or "2100" in panel.title.text())

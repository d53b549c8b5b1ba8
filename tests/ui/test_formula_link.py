"""The three-way link through the window: click an edge of the diagram, read its formula with the live
numbers (they evaluate to the change the next Step makes), open the exported script at the line that
assigns its matrix; choose a quantity in the inspector and see its edges outlined; all by keys too."""

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.core.explain.edge_formula import evaluate_program
from playground.core.explain.export import script_with_lines
from playground.core.data.settings import Settings
from playground.ui.views.formula_panel import short

TIMEOUT = 60_000


def step(qtbot, w, times=1):
    for _ in range(times):
        with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
            w.classroom.transport.step_action.trigger()


def weight(w, k, i, j):
    net = w.run.network
    return float(net.biases[k][0, j]) if i < 0 else float(net.weights[k][i, j])


def click_edge(qtbot, w, k, i, j):
    view = w.network_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_point(k, i, j))


@pytest.fixture
def trained(qtbot, window):
    """The notebook preset, shown at projector size, after a few Steps."""
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    step(qtbot, window, 3)
    return window


@pytest.mark.parametrize("edge", [(0, 1, 2), (1, 3, 0), (0, 2, 0)])
def test_clicking_an_edge_shows_its_formula_whose_numbers_give_the_next_change(qtbot, trained, edge):
    w, panel = trained, trained.formula_link.panel
    click_edge(qtbot, w, *edge)
    assert w.network_view.selected_edge() == edge and w.formula_link.dock.isVisible()
    f = panel.formula()
    k, i, j = edge
    assert (f.k, f.i, f.j) == edge and f.iteration == 3 == w.run.shown_iteration()
    text = panel.text()
    assert f"syn{k}[{i}, {j}]" in text and f"l{k}[r, {i}] * l{k + 1}_delta[r, {j}]" in text
    assert short(f.terms[0].input) in text and short(f.terms[0].delta) in text  # the live numbers
    before = weight(w, *edge)
    change = evaluate_program(f.program())
    assert f"= {short(change)}" in text
    step(qtbot, w)
    assert weight(w, *edge) - before == pytest.approx(change, abs=1e-12, rel=0)
    assert panel.formula().iteration == 4  # the panel follows the run


def test_show_in_script_opens_the_exported_script_at_the_line_that_assigns_the_matrix(qtbot, trained, tmp_path):
    w, panel = trained, trained.formula_link.panel
    click_edge(qtbot, w, 1, 2, 0)
    qtbot.mouseClick(panel.script_button, Qt.MouseButton.LeftButton)
    viewer = w.formula_link.script_view
    qtbot.waitUntil(viewer.isVisible)
    line = script_with_lines(w.dataset(), w.settings()).line_of("syn1 update")
    assert viewer.line() == line == viewer.cursor_line()
    exported = w.exports.export_script(str(tmp_path / "experiment.py"))
    file_line = Path(exported).read_text(encoding="utf-8").splitlines()[line - 1]
    assert viewer.highlighted_text() == file_line and re.match(r"\s*syn1\s*(\+=|-=|=)", file_line)
    assert viewer.editor.isReadOnly() and viewer.editor.extraSelections()


def test_choosing_a_quantity_in_the_inspector_outlines_its_edges(qtbot, trained):
    w, view = trained, trained.network_view
    w.classroom.inspector_action.trigger()
    qtbot.waitUntil(lambda: w.classroom.inspector.names() != [])
    inspector = w.classroom.inspector
    card = inspector.card("syn0 update")
    qtbot.waitUntil(card.isVisible)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() // 2, 1))  # its frame
    assert view.highlighted_edges() == [(0, i, j) for i in range(3) for j in range(4)]
    matrix = inspector.matrix("syn1")
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(2, 0).center())
    assert view.highlighted_edges() == [(1, 2, 0)]
    inspector.card("l1_delta").setFocus()
    qtbot.keyClick(inspector.card("l1_delta"), Qt.Key.Key_Space)  # a quantity of the units: no edges
    assert view.highlighted_edges() == []
    inspector.card("syn1 update").setFocus()
    qtbot.keyClick(inspector.card("syn1 update"), Qt.Key.Key_Space)
    assert view.highlighted_edges() == [(1, i, 0) for i in range(4)]


def test_the_keyboard_walks_the_edges_and_enter_opens_the_formula(qtbot, trained):
    w, view, panel = trained, trained.network_view, trained.formula_link.panel
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_edge() == (0, 0, 0) and panel.formula().name == "syn0[0, 0]"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_edge() == (0, 0, 1) and "syn0[0, 1]" in panel.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # before the first edge: the last one
    assert view.selected_edge() == (1, 3, 0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert w.formula_link.dock.isVisible() and panel.text_view.hasFocus()


def test_a_unit_shows_its_delta_and_hovering_previews_an_edge(qtbot, trained):
    view, panel = trained.network_view, trained.formula_link.panel
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_point(1, 2))
    assert panel.formula() is None and panel.quantity() == "l1_delta" and "h1.3" in panel.text()
    point = QPointF(view.edge_point(1, 0, 0))
    QApplication.sendEvent(view.viewport(), QMouseEvent(QEvent.Type.MouseMove, point, view.viewport().mapToGlobal(point),
                                                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                        Qt.KeyboardModifier.NoModifier))
    assert panel.formula() is not None and panel.formula().name == "syn1[0, 0]"
    assert view.hover_text().startswith("w[h1.1 → y]")
    view.edgeHovered.emit(-1, -1, -1)  # the pointer leaves the edge: the chosen unit again
    assert panel.formula() is None and panel.quantity() == "l1_delta"


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_every_optimiser_in_the_window_with_two_hidden_layers_and_bias(qtbot, window, optimizer):
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.controls.set_settings(Settings(hidden=(3, 2), bias=True, optimizer=optimizer, learning_rate=0.1,
                                          l2=0.01, seed=3))
    qtbot.waitUntil(lambda: window.network_view.sizes() == [3, 3, 2, 1])
    step(qtbot, window, 2)
    panel = window.formula_link.panel
    for edge in [(0, 2, 1), (1, -1, 0), (2, 1, 0)]:
        click_edge(qtbot, window, *edge)
        f = panel.formula()
        assert (f.k, f.i, f.j) == edge and f.optimizer.name == optimizer
        names = {"momentum": ["v_"], "adam": ["m_", "s_", "eps"]}[optimizer]
        assert all(n in panel.text() for n in names)
    changes = {e: evaluate_program(panel.formula().program()) for e in [(2, 1, 0)]}
    before = weight(window, 2, 1, 0)
    step(qtbot, window)
    assert weight(window, 2, 1, 0) - before == pytest.approx(changes[(2, 1, 0)], abs=1e-12, rel=0)
    assert np.isfinite(before)


def test_the_panel_follows_the_history_and_presentation_mode(qtbot, trained):
    w, panel = trained, trained.formula_link.panel
    click_edge(qtbot, w, 1, 1, 0)
    live = panel.formula()
    scrubber = w.classroom.scrubber
    scrubber.set_index(0)  # look back at the start
    qtbot.waitUntil(lambda: w.run.looking_back())
    back = panel.formula()
    assert back.iteration == w.run.shown_iteration() < live.iteration
    assert back.weight == float(w.run.shown_network().weights[1][1, 0]) != live.weight
    assert f"iteration {w.run.shown_iteration()}" in panel.text()
    size = panel.text_view.font().pointSizeF()
    w.classroom.set_scale(2.0, save=False)
    assert panel.text_view.font().pointSizeF() == pytest.approx(2 * size, rel=0.05)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_panel_gets_a_readable_width_at_a_projector_and_the_window_stays_on_the_screen(qtbot, window, size):
    """Presentation mode at projector sizes: the panel takes at least 30% of the width (the tables beside it
    scroll instead), so a formula's lines are not broken inside names, and the window stays as wide as asked."""
    window.resize(*size)
    qtbot.waitExposed(window)
    window.classroom.presentation_action.trigger()
    step(qtbot, window, 2)
    click_edge(qtbot, window, 0, 0, 0)
    dock = window.formula_link.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.width() >= 0.3 * size[0] - 2)
    qtbot.waitUntil(lambda: window.width() <= size[0] and window.minimumSizeHint().width() <= size[0])
    # room for 30 characters a line: no name of a formula (the longest, "beta1*m_syn1[3,", 15) is broken
    view = window.formula_link.panel.text_view
    assert view.viewport().width() >= view.fontMetrics().horizontalAdvance("m" * 30)


def test_while_a_lesson_is_open_the_panel_is_closed_and_clicks_do_not_open_it(qtbot, trained):
    """A lesson's step asks students to predict l2_delta or the next weight: the panel would show it."""
    from playground import resources

    w = trained
    click_edge(qtbot, w, 1, 0, 0)
    assert w.formula_link.dock.isVisible()
    assert w.lessons.open_file(str(resources.shipped_lessons()[1]), ask=False)
    qtbot.waitUntil(lambda: not w.formula_link.dock.isVisible())
    assert not w.formula_link.action.isEnabled()
    click_edge(qtbot, w, 1, 0, 0)
    w.network_view.selectionActivated.emit()  # Enter on the diagram
    QApplication.processEvents()
    assert not w.formula_link.dock.isVisible()
    w.lessons.close()
    qtbot.waitUntil(lambda: w.formula_link.action.isEnabled())
    click_edge(qtbot, w, 1, 0, 0)
    assert w.formula_link.dock.isVisible()


def test_with_a_wide_table_the_panel_gives_back_its_share_and_the_window_is_no_wider_than_its_panes_need(
        qtbot, window):
    """The spiral preset (160 rows, two hidden layers) at 1280x720 in presentation mode: the panel keeps at least
    its least width, and the window ends no wider than the screen when its panes allow it (the settings pane's
    advanced rows now wrap a label above its field, so the panes fit 1280 px beside the panel; before, the panel
    gave back its share and the window stayed 1286 px wide), else no wider than its panes' least width."""
    from playground.ui.views.formula_link import FORMULA_MIN_WIDTH

    window.resize(1280, 720)
    qtbot.waitExposed(window)
    window.load_preset("spiral")
    window.classroom.presentation_action.trigger()
    click_edge(qtbot, window, 0, 0, 0)
    dock = window.formula_link.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.width() >= FORMULA_MIN_WIDTH
                    and window.width() == max(1280, window.minimumSizeHint().width()))
    assert window.width() < 1280 + FORMULA_MIN_WIDTH

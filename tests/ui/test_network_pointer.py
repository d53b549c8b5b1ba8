"""The network diagram's pointer and keyboard (network_pointer.py): what a point hits, what a click, a double
click and the arrow keys choose, the outlined edges of a quantity."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.ui.views.network_pointer import DiagramPointer
from playground.ui.views.network_view import NetworkView


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(700, 450)
    widget.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=True)
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.waitUntil(lambda: widget.view_box().width() > 600)
    return widget


def edges(view):
    """Every edge (k, i, j) in the diagram's order: the weights row by row, then the bias's, matrix by matrix."""
    out = []
    for k, (n_in, n_out) in enumerate([(3, 4), (4, 1)]):
        out += [(k, i, j) for i in range(n_in) for j in range(n_out)] + [(k, -1, j) for j in range(n_out)]
    return out


def test_the_diagram_is_a_pointer(view):
    assert isinstance(view, DiagramPointer)


def test_a_unit_centre_is_that_unit_and_an_edge_middle_is_that_edge(view):
    x, y = view.node_position(0, 1)
    assert view.describe_at(x, y) == "x2"
    assert view.edge_at(x, y) is None  # on a unit, not an edge
    assert view.describe_at(*view.bias_position(0)) == "bias = 1 (feeds hidden 1)"
    with pytest.raises(IndexError):
        view.node_position(0, 3)
    a, b = np.array(view.node_position(1, 2)), np.array(view.node_position(2, 0))
    middle = a + 0.5 * (b - a)
    assert view.edge_at(*middle) == (1, 2, 0)
    assert view.describe_at(*middle).startswith("w[")


# The diagram alone (not in a window) lets a click go unaccepted to no parent: QTest says so.
@pytest.mark.qt_log_ignore('Mouse event "Mouse.*" not accepted')
def test_clicking_an_edge_selects_it_and_clicking_a_unit_selects_the_unit(view, qtbot):
    with qtbot.waitSignal(view.edgeSelected) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_point(0, 2, 3))
    assert chosen.args == [0, 2, 3] and view.selected_edge() == (0, 2, 3)
    with qtbot.waitSignal(view.nodeSelected) as unit:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_point(1, 1))
    assert unit.args == [1, 1] and view.selected_edge() is None


def test_every_edge_point_picks_its_own_edge(view):
    for k, i, j in edges(view):
        p = view.view_box().mapSceneToView(view.mapToScene(view.edge_point(k, i, j)))
        assert view.edge_at(p.x(), p.y()) == (k, i, j)


# The diagram alone (not in a window) lets a click go unaccepted to no parent: QTest says so.
@pytest.mark.qt_log_ignore('Mouse event "Mouse.*" not accepted')
def test_a_double_click_on_an_edge_is_told(view, qtbot):
    with qtbot.waitSignal(view.edgeDoubleClicked) as double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_point(1, -1, 0))
    assert double.args == [1, -1, 0]


def test_the_arrow_keys_walk_every_edge_enter_opens_escape_clears(view, qtbot):
    order = edges(view)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # from nothing, backwards: the last edge
    assert view.selected_edge() == order[-1]
    walked = []
    for _ in order:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        walked.append(view.selected_edge())
    assert walked == order[:] and view.accessibleDescription()  # round the whole diagram, read out
    with qtbot.waitSignal(view.selectionActivated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_edge() is None


def test_highlighted_edges_are_kept_once_in_order_and_unknown_ones_ignored(view):
    view.set_highlighted_edges([(1, 3, 0), (0, 0, 1), (1, 3, 0), (5, 0, 0)])
    assert view.highlighted_edges() == [(0, 0, 1), (1, 3, 0)]
    view.set_highlighted_edges(None)
    assert view.highlighted_edges() == []


def test_hovering_an_edge_shows_its_read_out_and_tells_which_edge(view, qtbot):
    with qtbot.waitSignal(view.edgeHovered) as hovered:
        qtbot.mouseMove(view.viewport(), view.edge_point(0, 0, 0))
    assert hovered.args == [0, 0, 0]
    qtbot.waitUntil(lambda: view.hover_text() is not None)
    assert view.hover_text().startswith("w[x1 →")

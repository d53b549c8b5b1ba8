"""The network diagram's text (network_text.py): unit names, layer captions, the legend, and fitting them."""

import pytest

from playground.ui.views.network_text import DiagramText
from playground.ui.views.network_view import NetworkView


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(700, 450)
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.waitUntil(lambda: widget.view_box().width() > 600)
    return widget


def texts(view):
    return [item.toPlainText() for item in view.label_items()]


def test_inputs_and_outputs_are_named_and_layers_captioned(view):
    assert isinstance(view, DiagramText)
    view.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=False)
    assert texts(view) == ["x1", "x2", "x3", "y", "inputs", "hidden 1", "output"]
    view.set_structure([2, 3, 3, 2], ["a", "b"], ["p", "q"], bias=True)
    assert texts(view) == ["a", "b", "p", "q", "inputs", "hidden 1", "hidden 2", "outputs", "bias"]


def test_a_layer_too_big_to_count_by_eye_gives_its_count(view):
    view.set_structure([2, 12, 1], ["a", "b"], ["y"], bias=False)
    assert "hidden 1 (12)" in texts(view)


def test_units_of_a_tall_layer_are_drawn_smaller(view):
    view.set_structure([2, 4, 1], ["a", "b"], ["y"], bias=False)
    few = view.node_radius(1)
    view.set_structure([2, 40, 1], ["a", "b"], ["y"], bias=False)
    assert view.node_radius(1) < few and view.node_radius(0) > view.node_radius(1)


def test_the_legend_explains_colours_and_widths_and_names_the_example_shown(view):
    view.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=False)
    legend = view.legend_text()
    assert "positive" in legend and "negative" in legend and "thicker = larger |weight|" in legend
    assert "fill = activation" not in legend
    view.set_row_caption("row 2: x1=0, x2=1, x3=1")
    assert view.row_caption() == "row 2: x1=0, x2=1, x3=1"
    assert "row 2: x1=0, x2=1, x3=1" in view.legend_text() and "fill = activation" in view.legend_text()


def test_labels_do_not_overlap_each_other(view):
    view.set_structure([6, 8, 3], [f"input {i}" for i in range(6)], ["out a", "out b", "out c"], bias=True)
    view.grab()
    rects = [item.mapRectToScene(item.boundingRect()) for item in view.label_items()]
    for n, a in enumerate(rects):
        for b in rects[n + 1:]:
            assert not a.intersects(b), (a, b)

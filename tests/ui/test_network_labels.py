"""The network diagram's labels never overlap (network_text.DiagramText._declutter_labels).

In a diagram too small for all its labels (a narrow pane beside a lesson at 1280x720, presentation mode), a label
that would run into one already placed is left out, output names first kept, then input names, layer captions and
"bias"; the diagram's tooltip names what was left out. Given the room again, every label comes back.
"""

import pytest

from tests.ui.test_layout import label_overlaps
from tests.ui.test_network_text import view  # noqa: F401 - the shown diagram fixture, shared


def shown(view) -> list[str]:
    return [item.toPlainText() for item in view.label_items()]


ALL = ["a1", "a0", "b1", "b0", "s1", "s0", "carry", "inputs", "hidden 1", "outputs", "bias"]


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_a_squeezed_diagram_leaves_labels_out_rather_than_overlap_them_and_says_which(qtbot, view, scale):
    view.set_scale(scale)
    view.set_structure([4, 8, 3], ["a1", "a0", "b1", "b0"], ["s1", "s0", "carry"], bias=True)
    assert shown(view) == ALL and label_overlaps(view) == [] and view.toolTip() == ""
    view.resize(170, 120)  # a sliver of a pane
    qtbot.waitUntil(lambda: view.view_box().width() < 200)
    view.grab()
    assert label_overlaps(view) == []
    left_out = [text for text in ALL if text not in shown(view)]
    assert left_out and shown(view)  # some go, some stay
    assert view.toolTip().endswith(", ".join(left_out))
    view.resize(700, 450)
    qtbot.waitUntil(lambda: view.view_box().width() > 600)
    view.grab()
    assert shown(view) == ALL and label_overlaps(view) == [] and view.toolTip() == ""


def test_a_wrapped_legend_never_breaks_inside_the_bars_of_weight(qtbot, view):
    """"thicker = larger |weight|" wraps where the view is narrow, but "|weight|" stays on one line (the Spanish
    legend at 1366x768 broke it as "mayor |" / "peso|")."""
    view.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=False)
    for width in range(150, 420, 10):
        view.resize(width, 300)
        qtbot.waitUntil(lambda: abs(view.view_box().width() - width) < 40)
        lines = view.legend_lines()
        assert any("|weight|" in line for line in lines), (width, lines)


def test_an_opening_bar_is_joined_to_its_word_and_nothing_else_changes():
    from playground.ui.kit.line_breaks import WORD_JOINER, bars_joined, without_joiners

    text = "más grueso = mayor |peso|; el | error| medio"
    joined = bars_joined(text)
    assert joined == f"más grueso = mayor |{WORD_JOINER}peso|; el | error| medio"  # a bar before a space: free
    assert without_joiners(joined) == text

"""The network diagram while a lesson's open question hides the weights or the outputs (NetworkView.follow_mask).

The edges still show the weights as colour and thickness (no number), but no number of them is drawn or said:
the texts drawn on the diagram, its legend, tooltip and description, and the read-out over every unit and
edge. Revealed, the read-outs give the numbers again.
"""

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

from playground.ui.kit.answer_mask import PLACEHOLDER, AnswerMask
from playground.ui.views.network_view import NetworkView

# None of them reads "1.1" or "1.2" at two digits: the hidden units are named h1.1 and h1.2.
WEIGHTS = [np.array([[0.7312, -1.4567], [2.3481, -0.2219]]), np.array([[1.6873], [-3.0641]])]
BIASES = [np.array([0.5432, -0.8765]), np.array([0.3579])]
ACTIVATIONS = [np.array([1.0, 0.0]), np.array([0.6231, 0.2847]), np.array([0.8136])]


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.set_structure([2, 2, 1], ["a", "b"], ["y"], bias=True)
    with qtbot.waitExposed(widget):
        widget.show()
    mask = AnswerMask()
    widget.follow_mask(mask)
    widget.set_weights(WEIGHTS, BIASES)
    widget.set_activations(ACTIVATIONS)
    return widget, mask


def numbers(values) -> re.Pattern:
    """Each value written with 2 to 4 significant digits (sign aside), with a decimal point or comma."""
    texts = set()
    for v in np.abs(np.concatenate([np.ravel(x) for x in values])):
        texts |= {f"{v:.{d}g}" for d in (2, 3, 4)} | {f"{v:.{d}f}" for d in (2, 3)}
    texts |= {t.replace(".", ",") for t in texts}
    return re.compile("|".join(rf"(?<![\d.,]){re.escape(t)}(?!\d)" for t in sorted(texts, key=len, reverse=True)))


def read_outs(view: NetworkView) -> list[str]:
    """The read-out over every unit and over the middle of every edge."""
    sizes, out = view.sizes(), []
    for k, n in enumerate(sizes):
        for i in range(n):
            out.append(view.describe_at(*view.node_position(k, i)) or "")
            if k + 1 < len(sizes):
                for j in range(sizes[k + 1]):
                    (x0, y0), (x1, y1) = view.node_position(k, i), view.node_position(k + 1, j)
                    out.append(view.describe_at((x0 + x1) / 2, (y0 + y1) / 2) or "")
    return [t for t in out if t]


def diagram_texts(view: NetworkView) -> list[str]:
    """Every text drawn on the diagram or said of it, and its read-outs."""
    drawn = [item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text()
             for item in view.scene().items()
             if isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and item.isVisible()]
    return [t for t in drawn + [view.legend_text(), view.toolTip(), view.accessibleDescription(),
                                view.hover_text() or ""] + read_outs(view) if t]


@pytest.mark.parametrize("hidden, values", [("weights", WEIGHTS + BIASES), ("outputs", ACTIVATIONS[-1:])])
def test_no_number_of_what_is_hidden_is_drawn_or_said_on_the_diagram(view, hidden, values):
    view, mask = view
    secret = numbers(values)
    assert [t for t in diagram_texts(view) if secret.search(t)]  # shown: the read-outs give them
    mask.set_names({hidden})
    assert not [t for t in diagram_texts(view) if secret.search(t)]
    assert any(t.endswith(f"= {PLACEHOLDER}") for t in read_outs(view))
    pens = view.edge_pens().copy()
    view.set_weights([w * 1.0 for w in WEIGHTS], BIASES)  # a new snapshot while hidden: still no number
    assert np.array_equal(view.edge_pens(), pens)  # the edges keep drawing the weights' sizes
    assert not [t for t in diagram_texts(view) if secret.search(t)]
    mask.reveal()
    assert [t for t in read_outs(view) if secret.search(t)]

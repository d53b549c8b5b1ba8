"""The decision map's drawings (decision_drawing.py): the row markers' colours and shapes, the legend of what
is on the map, and the small maps of the hidden units with their levels."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from playground.core.data.dataset import Dataset
from playground.core.data.presets import get_preset
from playground.core.nn.network import Network
from playground.ui.views.decision_drawing import MAX_HIDDEN_MAPS, OUTPUT_COLOURS
from tests.ui import test_decision_map as map_tests

view, show = map_tests.view, map_tests.show  # the map view fixture and its drawing helper, shared


def xor(**changes):
    """The xor table and an untrained network of its settings changed by ``changes``."""
    preset = get_preset("xor")
    settings = preset.settings.with_(**changes)
    return preset.dataset(), Network.from_settings(settings, 2, 1)


def hidden_images(view):
    boxes = [item for item in view.hidden_layout.items if isinstance(item, pg.ViewBox)]
    return [next(i for i in box.addedItems if isinstance(i, pg.ImageItem)) for box in boxes]


def test_rows_are_drawn_in_their_targets_colour_and_shape(qtbot, view):
    dataset, net = xor()
    show(qtbot, view, dataset, net)
    targets = dataset.split()[1][:, 0]
    fills = [fill for fill, _ in view.marker_colours()]
    for t, fill in zip(targets, fills):
        assert fill == QColor(OUTPUT_COLOURS[2] if t >= 0.5 else OUTPUT_COLOURS[0])
    symbols = [p.symbol() for p in view.points.points()]
    assert symbols == ["o" if t >= 0.5 else "s" for t in targets]


def test_the_legend_names_only_the_markers_on_the_map(qtbot, view):
    dataset, net = xor()
    values = dataset.values.copy()
    values[:, -1] = 1.0  # every row target 1
    show(qtbot, view, Dataset(dataset.names, dataset.roles, values), net)
    assert "target 1" in view.legend_text() and "target 0" not in view.legend_text()


def test_no_hidden_layer_says_the_boundary_is_a_straight_line(qtbot, view):
    dataset, net = xor(hidden=())
    show(qtbot, view, dataset, net)
    assert "straight line" in view.hidden_title.text()
    assert hidden_images(view) == []


def test_each_hidden_unit_gets_a_small_map_of_its_activation_on_the_grid(qtbot, view):
    dataset, net = xor(hidden=(3,), activation="tanh")
    m = show(qtbot, view, dataset, net)
    images = hidden_images(view)
    assert len(images) == 3
    hidden = net.forward(m.inputs)[1]
    for k, image in enumerate(images):
        np.testing.assert_array_equal(image.image.ravel(), hidden[:, k])
        assert tuple(image.levels) == (-1.0, 1.0)  # tanh's range, not the sigmoid's 0..1
    centre = images[0].mapToParent(QPointF(0.5, 0.5))  # the first pixel's centre is the first grid point
    assert (centre.x(), centre.y()) == pytest.approx((m.xs[0], m.ys[0]), abs=1e-9)
    assert "tanh" in view.hidden_title.text()


def test_many_hidden_units_show_the_first_sixteen_and_say_so(qtbot, view):
    dataset, net = xor(hidden=(MAX_HIDDEN_MAPS + 4,))
    show(qtbot, view, dataset, net)
    assert len(hidden_images(view)) == MAX_HIDDEN_MAPS
    assert f"(the first {MAX_HIDDEN_MAPS} of {MAX_HIDDEN_MAPS + 4})" in view.hidden_title.text()

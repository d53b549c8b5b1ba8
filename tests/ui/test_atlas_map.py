"""The atlas map's parts on a small XOR atlas computed in this process: the heatmap's colours and log ticks,
the legend, the hovered cell's text, the description and the CSV."""

import csv
import io

from PySide6.QtCore import QPointF

from playground.core.atlas.grid import Axis, log_space
from playground.ui.atlas.atlas_cell import CellPanel, describe, record_text
from playground.ui.atlas.atlas_colours import BY_LABEL, LABELS, label_colour, label_name
from playground.ui.atlas.atlas_export import csv_text
from playground.ui.atlas.atlas_legend import AtlasLegend
from playground.ui.atlas.atlas_map import AtlasMap, axis_ticks
from playground.ui.atlas.atlas_model import AtlasModel, sample_model


def test_a_learning_rate_axis_is_ticked_at_its_decades_on_the_log_scale():
    lr = Axis("learning_rate", log_space(0.01, 100, 9), log=True)  # two cells a decade
    ticks = axis_ticks(lr)
    assert [t for _, t in ticks] == ["0.01", "0.1", "1", "10", "100"]
    assert [p for p, _ in ticks] == [0.5, 2.5, 4.5, 6.5, 8.5]  # each at its cell's centre
    assert [t for _, t in axis_ticks(Axis("seed", (1, 2, 3)))] == ["1", "2", "3"]


def test_the_map_draws_every_record_in_its_labels_colour_and_nothing_elsewhere(qtbot):
    model = sample_model()
    view = AtlasMap(model)
    qtbot.addWidget(view)
    assert view.mode == BY_LABEL
    for r in model.records():
        assert view.colour_at(*r.index)[:3] == tuple(int(label_colour(r.main_label)[k:k + 2], 16) for k in (1, 3, 5))
    model.set_grid(model.grid)  # the same grid again: no records yet
    assert all(view.colour_at(c, r) == (0, 0, 0, 0) for c in range(12) for r in range(6))


def test_the_legend_names_every_label_with_its_share(qtbot):
    model = sample_model()
    legend = AtlasLegend()
    qtbot.addWidget(legend)
    legend.show_labels(model.label_counts, model.done())
    text = legend.text()
    for name, _, _ in LABELS:
        n = model.label_counts.get(name, 0)
        assert f"{label_name(name)} {100 * n / model.done():.0f}%" in text
    assert legend.accessibleDescription() == text


def test_the_cell_panel_and_the_description_say_what_a_cell_and_the_map_are(qtbot):
    model = sample_model()
    panel = CellPanel(model)
    qtbot.addWidget(panel)
    record = model.record(11, 5)
    axes = [panel.plot.getPlotItem().getAxis(n) for n in ("left", "bottom")]
    assert not any(a.isVisible() for a in axes) and panel.text.text().startswith("Point at a cell")  # no empty axes
    panel.show_cell((11, 5))
    assert all(a.isVisible() for a in axes)
    assert panel.text.text() == record_text(model, 11, 5)
    assert panel.text.text().startswith("learning rate 100 · seed 6\n")
    text = describe(model)
    assert text.startswith("72 of 72 cells computed; ")
    top = model.label_counts.most_common(1)[0]
    assert f"{100 * top[1] / 72:.0f}% {label_name(top[0])}" in text
    assert record.main_label
    assert describe(AtlasModel()).startswith("No atlas yet")


def test_the_csv_has_a_header_and_one_line_per_record_with_a_column_per_axis():
    model = sample_model()
    rows = list(csv.DictReader(io.StringIO(csv_text(model.records()))))
    assert len(rows) == 72
    assert {"learning_rate", "seed", "final_error", "iterations_to_target", "labels", "main_label", "curve"} <= set(
        rows[0])
    assert rows[0]["index"] == "[0, 0]" and float(rows[0]["learning_rate"]) == 0.01


def test_the_last_tick_at_the_maps_right_end_is_drawn_whole(qtbot):
    """A review saw '100' cut to '10(' at the right end of a 64-column map: the plot keeps room for half of it."""
    from PySide6.QtGui import QFontMetricsF

    from playground.core.atlas.grid import Grid
    from playground.core.data.presets import get_preset

    xor = get_preset("xor")
    model = AtlasModel()  # 64 learning rates 0.01-100: the last tick, 100, at the last cell's centre
    model.set_grid(Grid(xor.dataset(), xor.settings, [Axis("learning_rate", log_space(0.01, 100, 64), log=True),
                                                      Axis("seed", (1, 2))], iterations=10))
    view = AtlasMap(model)
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    for scale in (1.0, 1.5):
        view.set_scale(scale)
        font = view.font()
        font.setPointSizeF(10.0 * scale)
        position, text = axis_ticks(model.x_axis)[-1]
        assert text == "100"
        right = view.box.mapViewToScene(QPointF(position, 0)).x() + QFontMetricsF(font).horizontalAdvance(text) / 2
        assert right <= view.width(), (scale, right, view.width())


def test_an_exported_picture_has_no_cell_cursor_and_the_map_keeps_it(qtbot, tmp_path):
    """The keyboard's cell outline is for the screen, not the slide (found in review): two exports with the
    cursor on different cells are the same picture, and the cursor is there again after each."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from playground.ui.atlas.atlas_export import picture_bytes

    model = sample_model()
    panel = QWidget()
    view = AtlasMap(model)
    QVBoxLayout(panel).addWidget(view)
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    qtbot.waitExposed(panel)
    pictures = []
    for cell in ((0, 0), (5, 3)):
        view.move_cursor_to(*cell)
        pictures.append(picture_bytes(panel, svg=False))
        assert all(r.isVisible() for r in view.cursor_items)
    assert pictures[0] == pictures[1]


def test_a_map_with_no_grid_shows_no_axes_and_a_grid_brings_them(qtbot):
    """Before the first grid the map drew pyqtgraph's -0.5 .. 0.5 axes, which mean nothing in an atlas."""
    model = AtlasModel()
    view = AtlasMap(model)
    qtbot.addWidget(view)
    item = view.getPlotItem()
    assert not item.getAxis("bottom").isVisible() and not item.getAxis("left").isVisible()
    computed = sample_model()
    model.set_grid(computed.grid)
    view.show()
    assert item.getAxis("bottom").isVisible() and item.getAxis("left").isVisible()

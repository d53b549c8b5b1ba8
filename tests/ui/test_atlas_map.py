"""The atlas map's parts on a small XOR atlas computed in this process: the heatmap's colours and log ticks,
the legend, the hovered cell's text, the description and the CSV."""

import csv
import io

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

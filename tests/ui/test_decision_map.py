"""The decision map shows the network's own outputs at its grid points, the rows, and the hidden units."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from playground.core.data.dataset import Dataset
from playground.core.explain.decision import axis_candidates, constant_columns, extent, resolution_for, slice_values
from playground.core.nn.network import Network
from playground.core.data.presets import get_preset
from playground.core.training.training import Trainer
from playground.ui.views.decision_map import DecisionMapView


def trained(name, iterations=None):
    preset = get_preset(name)
    dataset = preset.dataset()
    trainer = Trainer.from_settings(dataset, preset.settings)
    trainer.run(iterations or preset.settings.iterations)
    return dataset, trainer.network


@pytest.fixture
def view(qtbot):
    v = DecisionMapView()
    qtbot.addWidget(v)
    v.resize(480, 720)
    v.show()
    return v


def show(qtbot, view, dataset, net, row=None):
    view.set_dataset(dataset)
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_network(net, row)
    return view.current_map()


def test_map_values_are_the_networks_outputs_at_the_grid_points(qtbot, view):
    dataset, net = trained("xor")
    m = show(qtbot, view, dataset, net, row=1)
    res = resolution_for(net.sizes)
    assert m.outputs.shape == (1, res, res) and res == 64
    # the image on screen holds exactly those values
    np.testing.assert_array_equal(view.image.image, m.outputs[0])
    # every pixel against the network run on its own point
    for i in (0, 17, res - 1):
        for j in (0, 40, res - 1):
            point = np.array([[m.xs[j], m.ys[i]]])
            assert m.outputs[0, i, j] == pytest.approx(net.predict(point)[0, 0], abs=1e-12)
            # and the pixel's centre sits on that point in the plot's coordinates
            centre = view.image.mapToParent(QPointF(j + 0.5, i + 0.5))
            assert (centre.x(), centre.y()) == pytest.approx((m.xs[j], m.ys[i]), abs=1e-9)
    assert (m.xs[0], m.xs[-1]) == pytest.approx(extent(dataset.X[:, 0]))
    # the rows are drawn where they are, coloured by target, the selected one ringed
    assert view.shown_rows() == [0, 1, 2, 3]
    np.testing.assert_array_equal(view.points.getData()[0], dataset.X[:, 0])
    np.testing.assert_array_equal(view.points.getData()[1], dataset.X[:, 1])
    assert view.selected.getData()[0].tolist() == [0.0] and view.selected.getData()[1].tolist() == [1.0]


def test_hidden_unit_maps_are_the_first_layers_activations(qtbot, view):
    dataset, net = trained("xor")
    m = show(qtbot, view, dataset, net)
    hidden = net.forward(m.inputs)[1]
    assert m.hidden.shape == (3, 64, 64)
    for k in range(3):
        np.testing.assert_array_equal(m.hidden[k].ravel(), hidden[:, k])
    assert len(view._hidden_boxes) == 3
    np.testing.assert_array_equal(view._hidden_boxes[2][2].image, m.hidden[2])
    assert "hidden layer 1" in view.hidden_title.text()


def test_a_constant_input_is_held_at_its_value_and_not_an_axis(qtbot, view):
    dataset, net = trained("notebook", 2000)
    assert constant_columns(dataset.X) == [2] and axis_candidates(dataset.X) == [0, 1, 2]
    m = show(qtbot, view, dataset, net)
    assert view.axes() == (0, 1)
    assert not view.sliders_box.isVisibleTo(view)  # x3 needs no slider: it is always 1
    assert np.all(m.inputs[:, 2] == 1.0)
    np.testing.assert_array_equal(m.outputs[0].ravel(), net.predict(m.inputs)[:, 0])


def test_more_inputs_get_axis_choices_and_sliders(qtbot, view):
    dataset, net = trained("majority3")
    m = show(qtbot, view, dataset, net)
    assert view.sliders_box.isVisibleTo(view) and list(view._sliders) == [2]
    assert slice_values(dataset.X[:, 2]).tolist() == [0.0, 1.0]
    assert np.all(m.inputs[:, 2] == 0.0)
    assert view.shown_rows() == [i for i in range(8) if dataset.X[i, 2] == 0]
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_fixed(2, 1.0)
    m = view.current_map()
    assert np.all(m.inputs[:, 2] == 1.0)
    np.testing.assert_array_equal(m.outputs[0].ravel(), net.predict(m.inputs)[:, 0])
    assert view.shown_rows() == [i for i in range(8) if dataset.X[i, 2] == 1]
    # other axes: c across, a fixed by a slider
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_axes(2, 1)
    m = view.current_map()
    assert list(view._sliders) == [0]
    assert np.all(m.inputs[:, 0] == 0.0)
    assert len(np.unique(m.inputs[:, 2])) == 64
    np.testing.assert_array_equal(m.outputs[0].ravel(), net.predict(m.inputs)[:, 0])


def test_choosing_the_same_axis_twice_moves_the_other(qtbot, view):
    dataset, net = trained("majority3", 10)
    show(qtbot, view, dataset, net)
    view.y_combo.setCurrentIndex(0)  # same as x
    x, y = view.axes()
    assert y == 0 and x != y


def test_several_targets_choose_the_output(qtbot, view):
    dataset, net = trained("adder2", 500)
    m = show(qtbot, view, dataset, net)
    assert view.output_combo.isVisibleTo(view) and view.output_combo.count() == 3
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.output_combo.setCurrentIndex(2)
    m = view.current_map()
    np.testing.assert_array_equal(view.image.image, m.outputs[2])
    np.testing.assert_array_equal(m.outputs[2].ravel(), net.predict(m.inputs)[:, 2])


def test_one_input_shows_a_message(qtbot, view):
    from playground.core.data.dataset import Dataset

    dataset = Dataset.from_arrays([[0], [1]], [0, 1])
    view.set_dataset(dataset)
    view.set_network(Network([1, 2, 1]))
    view.refresh()
    assert view.current_map() is None
    assert view.message.isVisibleTo(view) and "two inputs" in view.message.text()


def test_a_hidden_map_is_computed_when_shown(qtbot, view):
    dataset, net = trained("xor", 100)
    view.hide()
    view.set_dataset(dataset)
    view.set_network(net)
    assert view.current_map() is None  # nothing computed while hidden
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.show()
    np.testing.assert_array_equal(view.current_map().outputs[0].ravel(), net.predict(view.current_map().inputs)[:, 0])


def test_scale_enlarges_markers(qtbot, view):
    dataset, net = trained("xor", 10)
    show(qtbot, view, dataset, net)
    before = view.points.data["size"].copy()
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_scale(2.0)
    assert view.scale_factor() == 2.0
    np.testing.assert_allclose(view.points.data["size"], 2 * before)


def test_window_map_follows_training(qtbot):
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.load_preset("xor")
    w.tabs.setCurrentWidget(w.decision_map)
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        w.train()
    net = w.shown_network()

    def map_shows_final_weights():
        m = w.decision_map.current_map()
        assert m is not None and np.array_equal(m.outputs[0].ravel(), net.predict(m.inputs)[:, 0])

    qtbot.waitUntil(map_shows_final_weights, timeout=10_000)  # drawn on the next turn of the event loop
    m = w.decision_map.current_map()
    np.testing.assert_allclose(net.predict(w.dataset().X), w.predictions_model.outputs(), rtol=0, atol=0)
    np.testing.assert_array_equal(m.outputs[0].ravel(), net.predict(m.inputs)[:, 0])
    # trained XOR: high between the corners (0,1) and (1,0), low at (0,0) and (1,1)
    def near(x, y):
        return m.outputs[0, np.abs(m.ys - y).argmin(), np.abs(m.xs - x).argmin()]

    assert near(0, 0) < 0.5 and near(1, 1) < 0.5 and near(0, 1) > 0.5 and near(1, 0) > 0.5
    w.close()


def test_window_builds_the_map_on_first_use_at_the_presentation_scale(qtbot):
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    assert w.tabs.map_view is None  # not built at start-up
    w.classroom.set_scale(1.5, save=False)
    index = [w.tabs.tabText(i) for i in range(w.tabs.count())].index("Decision map")
    w.tabs.setCurrentIndex(index)
    assert w.tabs.map_view is not None and w.tabs.currentWidget() is w.decision_map
    assert w.decision_map.scale_factor() == 1.5


def test_legend_names_the_markers_and_the_selection_keeps_the_markers_shape(qtbot, view):
    dataset, net = trained("xor")
    show(qtbot, view, dataset, net, row=0)  # row 1: a=0, b=0, target 0 (a square)
    assert "● target 1" in view.legend_text() and "■ target 0" in view.legend_text()
    assert "same inputs" not in view.legend_text() and view.conflicting_rows() == []
    assert view.selected.opts["symbol"] == "s"  # a square outline round a square: not read as "target 1"
    assert view.selected.opts["pen"].style() == Qt.PenStyle.DashLine
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_network(net, 1)  # target 1: a circle
    assert view.selected.opts["symbol"] == "o"


def test_rows_with_equal_inputs_and_different_targets_are_flagged(qtbot, view):
    dataset, net = trained("xor")
    extra = Dataset(dataset.names, dataset.roles, np.vstack([dataset.values, [0, 0, 1]]))  # (0, 0) again, target 1
    show(qtbot, view, extra, net)
    assert view.conflicting_rows() == [0, 4]
    assert "✕ same inputs, other target" in view.legend_text()


def test_pictures_leave_out_the_selection_and_keep_the_legend(qtbot, view, tmp_path):
    from PySide6.QtGui import QImage

    from playground.ui.documents.exports import save_picture

    dataset, net = trained("xor")
    show(qtbot, view, dataset, net, row=0)
    width = view.points.data["pen"][0].widthF()
    seen = {}

    def spy(*args, **kwargs):
        seen["selected visible"] = view.selected.isVisible()
        seen["width"] = view.points.data["pen"][0].widthF()
        return original(*args, **kwargs)

    import pyqtgraph.exporters

    original = pyqtgraph.exporters.ImageExporter.export
    pyqtgraph.exporters.ImageExporter.export = spy
    try:
        path = save_picture(view.graphics.ci, str(tmp_path / "map.png"), view)
    finally:
        pyqtgraph.exporters.ImageExporter.export = original
    assert seen == {"selected visible": False, "width": pytest.approx(2 * width)}
    assert view.selected.isVisible() and view.points.data["pen"][0].widthF() == pytest.approx(width)
    assert not QImage(path).isNull()


def test_the_window_computes_no_map_and_no_inspector_trace_while_they_are_hidden(qtbot, window, monkeypatch):
    """The map and the inspector's iteration are maths on the UI thread: while training with both
    out of sight (another tab, the inspector closed) neither is computed; shown, they catch up."""
    from playground.ui.views import decision_map as dm
    from playground.ui.views import inspector

    maps, traces = [], []
    compute_map, trace = dm.decision_map, inspector.trace_iteration
    monkeypatch.setattr(dm, "decision_map", lambda *a, **k: (maps.append(1), compute_map(*a, **k))[1])
    monkeypatch.setattr(inspector, "trace_iteration", lambda *a, **k: (traces.append(1), trace(*a, **k))[1])
    view = window.decision_map  # built, as once opened
    window.tabs.setCurrentIndex(0)  # the predictions
    qtbot.waitUntil(lambda: not view.isVisible())
    maps.clear()
    window.controls.iterations_spin.setValue(30000)
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()
    assert maps == [] and traces == []
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        window.tabs.setCurrentWidget(view)
    assert len(maps) == 1
    assert np.array_equal(view.current_map().outputs[0].ravel(),
                          window.run.network.predict(view.current_map().inputs)[:, 0])  # the trained weights


def test_the_row_markers_are_drawn_again_only_when_they_change(qtbot, view, monkeypatch):
    """While a run goes on, each map refresh brings new weights but the same rows: their markers stay."""
    dataset, net = trained("xor", 500)
    show(qtbot, view, dataset, net)
    drawn = []
    original = view.points.setData
    monkeypatch.setattr(view.points, "setData", lambda *a, **k: (drawn.append(1), original(*a, **k))[1])
    later = trained("xor", 900)[1]
    m = show(qtbot, view, dataset, later)  # new weights: the map changes, the rows do not
    assert drawn == [] and np.array_equal(m.outputs[0].ravel(), later.predict(m.inputs)[:, 0])
    show(qtbot, view, dataset, later, row=2)  # another row looked at: drawn again, ringed
    assert drawn == [1] and len(view.selected.getData()[0]) == 1


def test_the_axes_are_named_after_the_inputs_chosen_and_kept_while_the_weights_change(qtbot, view):
    """The axes' titles and ranges are set when the inputs on them change (setting them each map drew
    the axes afresh ~10 times a second while training), and follow every choice."""
    dataset, net = trained("majority3")
    show(qtbot, view, dataset, net)
    bottom, left = view.plot.getAxis("bottom"), view.plot.getAxis("left")
    names = dataset.input_names
    assert (bottom.labelText, left.labelText) == (names[0], names[1])
    pictures = []
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_network(trained("majority3", 50)[1])  # other weights, the same inputs
    pictures.append((bottom.labelText, left.labelText))
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.set_axes(2, 0)
    pictures.append((bottom.labelText, left.labelText))
    assert pictures == [(names[0], names[1]), (names[2], names[0])]
    (x0, x1), (y0, y1) = view.plot.vb.viewRange()
    assert (x0, x1) == pytest.approx(extent(dataset.X[:, 2])) and (y0, y1) == pytest.approx(extent(dataset.X[:, 0]))


def test_while_a_run_trains_the_maps_description_waits_and_is_written_when_it_stops(qtbot, view, monkeypatch):
    from PySide6.QtCore import QObject, Signal

    from playground.ui.views import decision_map

    class FakeRun(QObject):
        reset, shownChanged, rowChanged, stateChanged = Signal(), Signal(), Signal(int), Signal(str)

        def __init__(self, dataset, net):
            super().__init__()
            self.dataset, self.network, self.row, self.running = dataset, net, 0, False

        def shown_network(self):
            return self.network

    monkeypatch.setattr(decision_map, "DESCRIBE_S", 1e9)  # no second description while this run trains
    dataset, untrained = trained("xor", iterations=1)
    _, net = trained("xor")
    run = FakeRun(dataset, untrained)
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        view.listen_to(run)
    run.running = True
    run.stateChanged.emit("running")
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        run.shownChanged.emit()  # the run's first map while it trains: described at once
    first = view.graphics.accessibleDescription()
    assert first.startswith("The output y over a (across) and b (up)")
    run.network = net
    with qtbot.waitSignal(view.mapUpdated, timeout=10_000):
        run.shownChanged.emit()  # a new map is drawn ...
    assert view.graphics.accessibleDescription() == first  # ... its description waits
    run.running = False
    run.stateChanged.emit("finished")  # the run stops: the map on screen is described
    right = int(np.sum(np.all(np.abs(dataset.Y - net.predict(dataset.X)) < 0.5, axis=1)))
    assert f"{right} of 4 rows shown right." in view.graphics.accessibleDescription()
    assert view.graphics.accessibleDescription() != first

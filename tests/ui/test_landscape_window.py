"""The loss-landscape window, driven as a student drives it, on a run the window's Run trained in a helper."""

import csv
import io
import pathlib

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.core.data.presets import get_preset
from playground.core.landscape.paths import ghost_paths, interpolation_path
from playground.core.landscape.slice import error_slice, interpolation
from playground.core.nn.network import Network
from playground.core.training.run_record import Checkpoint
from playground.ui.landscape.landscape_controls import DIRECTIONS, EXACT, INTERPOLATION
from playground.ui.landscape.landscape_plot import LINE, SURFACE
from playground.ui.landscape.landscape_window import LandscapeWindow, open_landscape, shutdown_landscape
from playground.ui.run.run import Run

TIMEOUT = 60_000
ITERATIONS = 400


@pytest.fixture
def trained(qtbot):
    """A Run that trained the notebook preset for ITERATIONS in a helper process, as Train does."""
    preset = get_preset("notebook")
    settings, dataset = preset.settings.with_(iterations=ITERATIONS), preset.dataset()
    run = Run()
    run.show(dataset, settings, "notebook")
    with qtbot.waitSignal(run.finished, timeout=TIMEOUT):
        assert run.train(dataset, settings)
    yield run
    run.shutdown()


@pytest.fixture
def landscape(qtbot, trained):
    """The window, ghost paths off (they widen the grid when they arrive: one more surface); tests of
    them turn them on."""
    window = LandscapeWindow(trained)
    qtbot.addWidget(window)
    window.controls.ghost_check.setChecked(False)
    window.show()
    yield window
    window.shutdown()


def error_with(network: Network, settings, dataset, values: dict) -> float:
    """The mean |error| of ``network`` with some weights set, computed here (not by core.landscape)."""
    weights = [w.copy() for w in network.weights]
    for (k, i, j), v in values.items():
        weights[k][i, j] = v
    copy = Network.from_settings(settings, network.sizes[0], network.sizes[-1])
    copy.set_state(weights, network.biases, None)
    return float(np.mean(np.abs(dataset.Y - copy.predict(dataset.X))))


def test_choosing_two_weights_shows_the_exact_slice_of_the_core(qtbot, landscape, trained):
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.choose_weights("syn0[1, 2]", "syn1[3, 0]")
    s = landscape.surface
    network = trained.shown_network()
    expected = error_slice(trained.dataset, trained.settings, Checkpoint.from_network(network), "syn0[1, 2]",
                           "syn1[3, 0]", (s.a[0], s.a[-1]), (s.b[0], s.b[-1]), len(s.a))
    assert np.array_equal(landscape.plot.grid, expected.errors)
    # the picture's numbers are the error of a network with those two weights set, every other as trained
    for i, j in ((0, 0), (7, 33), (len(s.a) - 1, len(s.b) - 1)):
        independent = error_with(network, trained.settings, trained.dataset, {(0, 1, 2): s.a[i], (1, 3, 0): s.b[j]})
        assert landscape.plot.grid[i, j] == pytest.approx(independent, abs=1e-12)
    assert landscape.plot.axis_labels() == ("syn0[1, 2]", "syn1[3, 0]")
    assert landscape.title_label.text() == "Exact slice of two weights"
    assert f"frozen at iteration {ITERATIONS}" in landscape.caption_label.text()
    x, y, lowest = s.lowest()
    assert lowest == np.min(expected.errors)
    assert landscape.plot.accessibleName().startswith("error surface over syn0[1, 2] and syn1[3, 0]; lowest")
    assert f"{lowest:.4g}" in landscape.plot.accessibleName()
    assert landscape.plot.contour_count() > 0


def test_the_path_is_the_recorded_weights_and_its_point_follows_the_history(qtbot, landscape, trained):
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.choose_weights("syn0[0, 1]", "syn1[1, 0]")
    history = trained.history()
    recorded = np.array([(h.weights[0][0, 1], h.weights[1][1, 0]) for h in history])
    assert len(recorded) > 10
    assert np.array_equal(landscape.plot.path_points(), recorded)
    assert landscape.plot.current_point() == tuple(recorded[-1])
    # History looks back a little: the point moves to that entry's weights, exactly; the surface stays
    back = len(history) - 3
    assert ITERATIONS - history[back].iteration < 50
    trained.look_back(back)
    qtbot.waitUntil(lambda: landscape.plot.current_point() == tuple(recorded[back]), timeout=TIMEOUT)
    assert landscape.surface.iteration == ITERATIONS
    # far back: the surface is computed again with the other weights frozen at that iteration
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        trained.look_back(1)
    assert landscape.surface.iteration == history[1].iteration
    assert f"frozen at iteration {history[1].iteration}" in landscape.caption_label.text()


def test_ghost_paths_of_three_optimisers_start_where_the_run_started(qtbot, landscape, trained):
    landscape.controls.ghost_check.setChecked(True)
    with qtbot.waitSignal(landscape.ghostsShown, timeout=TIMEOUT):
        landscape.choose_weights("syn0[2, 0]", "syn1[0, 0]")
    ghosts = landscape.plot.ghost_points()
    assert set(ghosts) == {"gd", "momentum", "adam"}
    assert {"gradient descent (as this run)", "momentum", "Adam"} <= set(landscape.plot.legend_texts())
    # the grid grows to hold every ghost path (once, when they arrive)
    qtbot.waitUntil(lambda: not landscape.thread.busy(), timeout=TIMEOUT)
    s = landscape.surface
    for points in ghosts.values():
        assert s.a[0] <= points[:, 0].min() and points[:, 0].max() <= s.a[-1]
        assert s.b[0] <= points[:, 1].min() and points[:, 1].max() <= s.b[-1]
    start = trained.history()[0]
    for points in ghosts.values():
        assert tuple(points[0]) == (start.weights[0][2, 0], start.weights[1][0, 0])
    # the run trained with gradient descent: its ghost ends exactly where the run ended
    assert trained.settings.optimizer == "gd"
    end = trained.shown_network()
    assert tuple(ghosts["gd"][-1]) == (end.weights[0][2, 0], end.weights[1][0, 0])
    adam = ghost_paths(trained.dataset, start, [trained.settings.with_(optimizer="adam")], "syn0[2, 0]",
                       "syn1[0, 0]", ITERATIONS, max(1, ITERATIONS // 200))[0]
    assert np.array_equal(ghosts["adam"], np.column_stack([adam.x, adam.y]))
    landscape.controls.ghost_check.setChecked(False)
    assert landscape.plot.ghost_points() == {}


def test_the_modes_switch_and_say_what_they_are(qtbot, landscape, trained):
    qtbot.waitUntil(lambda: landscape.surface is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.set_mode(INTERPOLATION)
    assert landscape.plot.currentIndex() == LINE
    assert landscape.title_label.text() == "Interpolation start → end"
    assert "interpolation start → end" in landscape.caption_label.text()
    t, errors = landscape.plot.line_data()
    expected = interpolation(trained.dataset, trained.settings, trained.history()[0],
                             Checkpoint.from_network(trained.shown_network()), landscape.controls.grid_spin.value())
    assert np.array_equal(errors, expected.errors) and np.array_equal(t, expected.coordinates[0])
    run_states = interpolation_path(trained.dataset, trained.settings, trained.history(), trained.history()[0],
                                    Checkpoint.from_network(trained.shown_network()))
    assert np.array_equal(landscape.plot.line_states_data(), np.column_stack([run_states.x, run_states.y]))
    assert landscape.plot.line_states_data()[-1, 0] == pytest.approx(1.0)  # the last state is the end: t = 1
    assert not landscape.controls.first_combo.isEnabled()
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.set_mode(DIRECTIONS)
    assert landscape.plot.currentIndex() == SURFACE
    assert landscape.title_label.text() == "Projection on two random directions"
    assert "projection on two random directions" in landscape.caption_label.text()
    assert landscape.plot.axis_labels() == ("alpha", "beta")
    assert landscape.controls.seed_spin.isEnabled()
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.set_mode(EXACT)
    assert landscape.title_label.text() == "Exact slice of two weights"


@pytest.mark.qt_log_ignore('Mouse event "Mouse.*" not accepted')
def test_clicking_two_edges_of_the_diagram_chooses_the_two_weights(qtbot, landscape, trained):
    from playground.ui.views.network_view import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(700, 450)
    network, dataset = trained.shown_network(), trained.dataset
    view.set_structure(network.sizes, dataset.input_names, dataset.target_names, bias=network.has_bias)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.view_box().width() > 600)
    landscape.listen_to_diagram(view)
    view.select_edge(0, 2, 3)
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_point(1, 2, 0))
    assert landscape.weights() == ("syn0[2, 3]", "syn1[2, 0]")
    assert landscape.surface.x_name == "syn0[2, 3]" and landscape.surface.y_name == "syn1[2, 0]"
    assert "weight 1" in landscape.controls.pick_label.text()


def test_regrid_computes_the_range_in_view(qtbot, landscape):
    qtbot.waitUntil(lambda: landscape.surface is not None, timeout=TIMEOUT)
    a, b = landscape.surface.a, landscape.surface.b
    x = (float(a[10]), float(a[20]))
    y = (float(b[5]), float(b[40]))
    landscape.plot.set_range(x, y)  # as a zoom with the mouse leaves it
    shown_x, shown_y = landscape.plot.shown_range()
    assert shown_x == pytest.approx(x) and shown_y == pytest.approx(y)
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        qtbot.mouseClick(landscape.controls.regrid_button, Qt.MouseButton.LeftButton)
    s = landscape.surface
    assert (s.a[0], s.a[-1]) == shown_x and (s.b[0], s.b[-1]) == shown_y
    assert len(s.a) == landscape.controls.grid_spin.value()


def test_export_writes_the_numbers_and_the_pictures(qtbot, landscape, tmp_path):
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.controls.grid_spin.setValue(11)
        landscape.choose_weights("syn0[0, 0]", "syn0[0, 1]")
    path = landscape.export(str(tmp_path / "slice.csv"), kind="csv")
    lines = list(csv.reader(io.StringIO(pathlib.Path(path).read_text(encoding="utf-8"))))
    assert lines[0][0].startswith("# Exact slice of two weights")
    assert lines[1] == ["syn0[0, 0]", "syn0[0, 1]", "error"]
    rows = np.array([[float(v) for v in line] for line in lines[2:]])
    s = landscape.surface
    assert len(rows) == 11 * 11
    assert np.array_equal(rows[:, 2].reshape(11, 11), s.grid)
    assert np.array_equal(rows[::11, 0], s.a) and np.array_equal(rows[:11, 1], s.b)
    png = landscape.export(str(tmp_path / "slice.png"), kind="png")
    assert pathlib.Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = landscape.export(str(tmp_path / "slice.svg"), kind="svg")
    assert b"<svg" in pathlib.Path(svg).read_bytes()
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        landscape.set_mode(INTERPOLATION)
    lines = pathlib.Path(landscape.export(str(tmp_path / "line.csv"), kind="csv")).read_text(encoding="utf-8").splitlines()
    assert lines[1] == "t,error" and len(lines) == 2 + 11
    t, errors = landscape.plot.line_data()
    assert [float(line.split(",")[1]) for line in lines[2:]] == list(errors)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_presentation_scaling_reaches_the_window(qtbot, trained):
    from PySide6.QtWidgets import QMainWindow

    from playground.ui.classroom.presentation import scale_window
    from playground.ui.landscape.landscape_window import CAPTION_PT

    host = QMainWindow()
    qtbot.addWidget(host)
    scale_window(host, 2.0)
    window = open_landscape(host, trained)
    try:
        assert window.scale_factor() == 2.0
        assert window.title_label.font().pointSizeF() == pytest.approx(2 * CAPTION_PT)
        assert window.plot.scale_factor() == 2.0 and window.sharpness.scale_factor() == 2.0
        assert open_landscape(host, trained) is window  # one window, shown again
        scale_window(host, 1.5)  # presentation mode changed while it is open
        assert window.scale_factor() == 1.5 and window.plot.scale_factor() == 1.5
        assert window.caption_label.font().pointSizeF() == pytest.approx(1.5 * CAPTION_PT)
    finally:
        window.shutdown()


def test_sharpness_is_drawn_against_the_edge_of_stability(qtbot, landscape, trained):
    from playground.core.landscape.sharpness import curve_of_states
    from playground.ui.landscape.landscape_maths import SHARPNESS_POINTS, thinned

    with qtbot.waitSignal(landscape.sharpnessShown, timeout=TIMEOUT):
        landscape.controls.sharpness_check.setChecked(True)
    assert landscape.sharpness.isVisible()
    iterations, values = landscape.sharpness.curve_data()
    states = thinned(trained.history(), SHARPNESS_POINTS)
    expected = curve_of_states(trained.dataset, trained.settings, states)
    assert np.array_equal(iterations, expected.iterations) and np.array_equal(values, expected.values)
    assert landscape.sharpness.limit_value == pytest.approx(2 / trained.settings.learning_rate)


def test_the_keyboard_zooms_and_recomputes(qtbot, landscape):
    qtbot.waitUntil(lambda: landscape.surface is not None, timeout=TIMEOUT)
    (x0, x1), _ = landscape.plot.shown_range()
    landscape.plot.setFocus()
    qtbot.keyClick(landscape, Qt.Key.Key_Plus)
    (z0, z1), _ = landscape.plot.shown_range()
    assert z1 - z0 == pytest.approx(0.8 * (x1 - x0))
    with qtbot.waitSignal(landscape.surfaceShown, timeout=TIMEOUT):
        qtbot.keyClick(landscape, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Re-grid
    assert (landscape.surface.a[0], landscape.surface.a[-1]) == (z0, z1)
    qtbot.keyClick(landscape, Qt.Key.Key_0)
    (w0, w1), _ = landscape.plot.shown_range()
    assert w0 < landscape.surface.a[0] and w1 > landscape.surface.a[-1]  # the whole grid: half a step beyond


def test_the_screenshot_script_draws_every_shot(tmp_path):
    from playground.ui.landscape.landscape_shots import SHOTS, main

    assert main(str(tmp_path), iterations=300) == 0
    for name, size, _scale, _mode in SHOTS:
        from PySide6.QtGui import QImage

        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == size


def test_lesson_twelves_valley_in_the_window(qtbot):
    """Lesson 12's second step as the student sees it: its two weights chosen at once, the zigzag path as
    recorded, the sharpness 4 against 2/η."""
    from playground import resources
    from playground.core.lessons.lesson import read_lesson

    doc, _start = read_lesson(resources.lessons_dir() / "12-landscape.nnlesson").state_at(1)
    run = Run()
    run.show(doc.dataset, doc.settings, "lesson")
    with qtbot.waitSignal(run.finished, timeout=TIMEOUT):
        assert run.train(doc.dataset, doc.settings)
    window = LandscapeWindow(run)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignals([window.surfaceShown, window.ghostsShown], timeout=TIMEOUT):
            window.show()
            window.recompute()
        assert window.weights() == ("syn0[0, 0]", "syn0[1, 0]")
        path = window.plot.path_points()
        assert np.array_equal(path, [h.weights[0].ravel() for h in run.history()])
        assert np.all(np.diff(np.sign(path[:12, 0] - 1)) != 0)  # from wall to wall
        with qtbot.waitSignal(window.sharpnessShown, timeout=TIMEOUT):
            window.controls.sharpness_check.setChecked(True)
        assert np.allclose(window.sharpness.curve_data()[1], 4.0, atol=1e-6)
        assert window.sharpness.limit_value == pytest.approx(2 / 0.45)
    finally:
        window.shutdown()
        run.shutdown()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_closing_stops_the_thread_and_opening_again_computes_again(qtbot, trained):
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    window = open_landscape(host, trained)
    qtbot.waitUntil(lambda: window.surface is not None, timeout=TIMEOUT)
    assert window.thread.running()
    window.close()
    assert not window.thread.running() and not window.thread.busy()
    with qtbot.waitSignal(window.surfaceShown, timeout=TIMEOUT):
        assert open_landscape(host, trained) is window
    shutdown_landscape(host)  # the main window closing: the open landscape window's thread stops
    assert not window.thread.running()


def test_the_point_follows_a_run_as_it_trains(qtbot):
    """Train with the window open: the surface of the untrained network first, then the path grows with the
    snapshots and the point ends on the final weights."""
    preset = get_preset("notebook")
    settings, dataset = preset.settings.with_(iterations=3000), preset.dataset()
    run = Run()
    run.show(dataset, settings, "notebook")
    window = LandscapeWindow(run)
    qtbot.addWidget(window)
    window.controls.ghost_check.setChecked(False)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.surface is not None, timeout=TIMEOUT)
        assert window.surface.iteration == 0
        with qtbot.waitSignal(run.finished, timeout=TIMEOUT):
            assert run.train(dataset, settings)
        end = run.shown_network()
        # (the path follows at most ten times a second: the last update comes a moment after the end)
        qtbot.waitUntil(lambda: window.plot.current_point() == (end.weights[0][0, 0], end.weights[1][0, 0])
                        and len(window.plot.path_points()) == len(run.history()), timeout=TIMEOUT)
        assert len(run.history()) > 2
        qtbot.waitUntil(lambda: window.surface.iteration > 0, timeout=TIMEOUT)  # moved a lot: computed again
    finally:
        window.shutdown()
        run.shutdown()

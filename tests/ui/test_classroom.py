"""Classroom mode through the window: Step, Step N, Pause/Play, Reset/New seed, inspector, history, presentation."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
                               QToolButton)

from playground import APP_NAME, ORG_NAME
from playground.core.explain.inspection import trace_iteration
from playground.core.nn.network import Network, initial_weights
from playground.core.training.training import Trainer
from playground.ui.classroom import presentation
from playground.ui.views.matrix_view import NEGATIVE, POSITIVE, POSITIVE_DARK
from playground.ui.main_window import MainWindow
from playground.ui.run.transport import FULL_SPEED_INDEX, SPEEDS
from tests.core.test_network import X_NB, Y_NB

TIMEOUT = 60_000



def headless(iterations, seed=1):
    t = Trainer(Network([3, 4, 1], seed=seed), X_NB, Y_NB)
    t.run(iterations)
    return t


def press_and_wait(qtbot, window, button):
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def shown_weights(window):
    return window.shown_network().weights


def assert_inspector_matches(window, network):
    """Every matrix of the inspector equals the core's value for the network's next iteration."""
    panel = window.classroom.inspector
    expected = trace_iteration(network, X_NB, Y_NB)
    assert panel.names() == expected.names()
    for q in expected.quantities:
        np.testing.assert_allclose(panel.matrix(q.name).values(), q.value, rtol=0, atol=1e-12, err_msg=q.name)
    # and those are forward / backward / updates of the engine
    a = network.forward(X_NB)
    E, deltas = network.backward(a, Y_NB)
    dW, _ = network.updates(a, deltas)
    for k, name in enumerate(["l0", "l1", "l2"]):
        np.testing.assert_allclose(panel.matrix(name).values(), a[k], rtol=0, atol=1e-12)
    np.testing.assert_allclose(panel.matrix("l2_error").values(), E, rtol=0, atol=1e-12)
    np.testing.assert_allclose(panel.matrix("l1_delta").values(), deltas[0], rtol=0, atol=1e-12)
    np.testing.assert_allclose(panel.matrix("l2_delta").values(), deltas[1], rtol=0, atol=1e-12)
    np.testing.assert_allclose(panel.matrix("syn0 update").values(), dW[0], rtol=0, atol=1e-12)
    np.testing.assert_allclose(panel.matrix("syn1").values(), network.weights[1], rtol=0, atol=1e-12)


def test_step_does_exactly_one_iteration_and_the_inspector_shows_it(qtbot, window):
    window.classroom.inspector_action.trigger()
    assert window.classroom.inspector_dock.isVisible()
    assert window.classroom.inspector.iteration() == 0
    assert_inspector_matches(window, Network([3, 4, 1], seed=1))
    t = window.classroom.transport
    for expected in (1, 2, 3):
        assert press_and_wait(qtbot, window, t.step_button) == "done"
        assert window.run.iteration == expected
        assert t.iteration_label.text() == f"Iteration {expected}"
        assert window.classroom.inspector.iteration() == expected
        core = headless(expected)
        for w, c in zip(shown_weights(window), core.network.weights):
            np.testing.assert_array_equal(w, c)
        assert_inspector_matches(window, core.network)
    assert "Paused at iteration 3" in window.status_label.text()
    # the log got iteration 0's Error: line once, not once per step
    assert window.log_view.toPlainText().splitlines() == [f"Error:{headless(0).final_error()!r}"]


def test_step_n_does_n_iterations(qtbot, window):
    t = window.classroom.transport
    t.step_n_spin.setValue(250)
    assert press_and_wait(qtbot, window, t.step_n_button) == "done"
    assert window.run.iteration == 250
    assert press_and_wait(qtbot, window, t.step_button) == "done"
    t.step_n_spin.setValue(749)
    assert press_and_wait(qtbot, window, t.step_n_button) == "done"
    assert window.run.iteration == 1000
    for w, c in zip(shown_weights(window), headless(1000).network.weights):
        np.testing.assert_array_equal(w, c)


def test_pause_then_play_ends_exactly_like_an_uninterrupted_run(qtbot, window):
    t = window.classroom.transport
    window.controls.iterations_spin.setValue(30000)
    t.set_rate_index(SPEEDS.index(1000))  # slow enough that the pause lands mid-run
    assert window.run.helper.speed() == 1000
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        qtbot.mouseClick(t.play_button, Qt.MouseButton.LeftButton)
    assert t.play_action.text().endswith("Pause") and not t.step_action.isEnabled()
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(t.play_button, Qt.MouseButton.LeftButton)  # Pause
    assert blocker.args == ["stopped"]
    paused_at = window.run.iteration
    assert 0 < paused_at < 30000
    assert t.play_action.text().endswith("Play") and t.step_action.isEnabled()
    t.set_rate_index(FULL_SPEED_INDEX)
    assert window.run.helper.speed() is None
    assert press_and_wait(qtbot, window, t.play_button) == "done"
    assert window.run.iteration == 30000
    whole = headless(30000)
    for w, c in zip(shown_weights(window), whole.network.weights):
        np.testing.assert_array_equal(w, c)
    lines = window.log_view.toPlainText().splitlines()
    assert lines == [f"Error:{e!r}" for e in whole.history.logged[1].tolist()]  # each line once
    its, errs = window.error_plot.current_data()
    assert np.array_equal(its, whole.history.curve[0]) and np.array_equal(errs, whole.history.curve[1])


def test_raising_iterations_after_the_end_lets_play_go_on(qtbot, window):
    t = window.classroom.transport
    window.controls.iterations_spin.setValue(1000)
    assert press_and_wait(qtbot, window, window.train_button) == "done"
    assert not t.play_action.text().endswith("Pause")
    assert not window.classroom.play()  # nothing left to do: says so instead of starting again
    assert "Raise Iterations" in window.message_bar.text()
    window.controls.iterations_spin.setValue(3000)  # only Iterations changed: the run is kept
    assert window.run.iteration == 1000
    assert press_and_wait(qtbot, window, t.play_button) == "done"
    assert window.run.iteration == 3000
    for w, c in zip(shown_weights(window), headless(3000).network.weights):
        np.testing.assert_array_equal(w, c)


def test_reset_gives_the_same_starting_weights_and_new_seed_other_ones(qtbot, window):
    start = initial_weights([3, 4, 1], 1)
    window.controls.iterations_spin.setValue(2000)
    assert press_and_wait(qtbot, window, window.train_button) == "done"
    assert not np.array_equal(shown_weights(window)[0], start[0])
    window.reset_action.trigger()
    for w, s in zip(shown_weights(window), start):
        np.testing.assert_array_equal(w, s)
    assert window.run.iteration == 0 and not window.run.can_continue()
    # Step after Reset starts from those weights again
    assert press_and_wait(qtbot, window, window.classroom.transport.step_button) == "done"
    for w, c in zip(shown_weights(window), headless(1).network.weights):
        np.testing.assert_array_equal(w, c)
    window.classroom.new_seed_action.trigger()
    seed = window.controls.seed_spin.value()
    assert seed != 1 and window.run.iteration == 0
    for w, s in zip(shown_weights(window), initial_weights([3, 4, 1], seed)):
        np.testing.assert_array_equal(w, s)
    assert press_and_wait(qtbot, window, window.train_button) == "done"
    window.reset_action.trigger()
    for w, s in zip(shown_weights(window), initial_weights([3, 4, 1], seed)):
        np.testing.assert_array_equal(w, s)


def test_the_history_scrubber_shows_stored_snapshots_without_retraining(qtbot, window):
    window.classroom.inspector_action.trigger()
    window.controls.iterations_spin.setValue(5000)
    assert press_and_wait(qtbot, window, window.train_button) == "done"
    classroom, scrubber = window.classroom, window.classroom.scrubber
    timeline = window.run.timeline
    its = timeline.iterations
    assert its[0] == 0 and len(its) > 100 and scrubber.count() == len(its) + (its[-1] != 5000)
    assert scrubber.slider.isEnabled() and scrubber.is_live()
    live = [w.copy() for w in shown_weights(window)]
    for k in (0, len(its) // 3, len(its) - 2):
        with qtbot.assertNotEmitted(window.run.started):
            scrubber.set_index(k)
        assert scrubber.iteration() == its[k]
        for w, stored in zip(shown_weights(window), timeline[k].weights):
            np.testing.assert_array_equal(w, stored)
        core = headless(its[k])  # the stored snapshot is the real state after that many iterations
        for w, c in zip(shown_weights(window), core.network.weights):
            np.testing.assert_array_equal(w, c)
        np.testing.assert_allclose(window.predictions_model.outputs(), core.network.predict(X_NB), rtol=0, atol=1e-12)
        assert classroom.inspector.iteration() == its[k]
        assert_inspector_matches(window, core.network)
        assert window.error_plot.cursor_iteration() == its[k]
        assert "looking back" in classroom.transport.iteration_label.text()
    scrubber.set_index(scrubber.count() - 1)
    for w, c in zip(shown_weights(window), live):
        np.testing.assert_array_equal(w, c)
    assert window.error_plot.cursor_iteration() is None and classroom.inspector.iteration() == 5000


def test_selecting_a_row_highlights_it_in_every_matrix_and_the_diagram(qtbot, window):
    window.classroom.inspector_action.trigger()
    panel = window.classroom.inspector
    window.table.setCurrentIndex(window.dataset_model.index(2, 0))
    for name in panel.names():
        q = panel.matrix(name).quantity()
        assert panel.matrix(name).highlighted_row() == (2 if q.per_example else None), name
    assert window.network_view.row_caption().startswith("row 3:")
    # clicking a row of a matrix selects that example everywhere
    matrix = panel.matrix("l1")
    matrix.rowClicked.emit(1)
    assert window.table.currentIndex().row() == 1
    assert panel.matrix("l2_delta").highlighted_row() == 1
    assert window.predictions.currentIndex().row() == 1


def test_target_error_stops_the_run_early(qtbot, window):
    t = window.classroom.transport
    t.target_check.setChecked(True)
    t.target_spin.setValue(0.02)
    assert press_and_wait(qtbot, window, window.train_button) == "target reached"
    assert window.run.iteration < 60000
    assert window.error_plot.current_data()[1][-1] <= 0.02
    assert "Reached the target error" in window.status_label.text()


def test_presentation_mode_scales_fonts_by_the_factor_and_back(qtbot, window):
    base = window.font().pointSizeF()
    label_base = window.status_label.font().pointSizeF()
    row_height = window.predictions.verticalHeader().defaultSectionSize()
    window.classroom.inspector_action.trigger()
    matrix = window.classroom.inspector.matrix("l1")
    assert matrix.font().pointSizeF() == pytest.approx(base)
    window.classroom.presentation_action.trigger()
    factor = presentation.DEFAULT_PRESENTATION_SCALE
    assert window.classroom.presentation_action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(base * factor)
    assert window.status_label.font().pointSizeF() == pytest.approx(label_base * factor)
    assert matrix.font().pointSizeF() == pytest.approx(base * factor)
    assert window.log_view.font().pointSizeF() == pytest.approx(base * factor)
    assert window.network_view.scale_factor() == factor and window.error_plot.scale_factor() == factor
    assert window.predictions.verticalHeader().defaultSectionSize() == round(row_height * factor)
    bar = window.findChild(type(window.classroom.transport), "transportToolbar")
    bar_scale = presentation.toolbar_scale(bar)  # as large as fits the window's width (no "»" menu)
    assert 1.0 < bar_scale <= factor
    assert f"{13 * bar_scale:.3g}pt" in bar.styleSheet()
    # remembered
    settings = QSettings(ORG_NAME, APP_NAME)
    assert settings.value("view/scale", type=float) == factor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.predictions.setFocus()  # in the dataset table, Ctrl+ and Ctrl− insert and remove rows instead
    qtbot.keyClick(window.predictions, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.classroom.scale == 1.75
    assert window.font().pointSizeF() == pytest.approx(base * 1.75)
    qtbot.keyClick(window.predictions, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.classroom.scale == 1.0 and not window.classroom.presentation_action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(base)
    assert window.status_label.font().pointSizeF() == pytest.approx(label_base)
    assert window.network_view.scale_factor() == 1.0 and window.error_plot.scale_factor() == 1.0
    assert window.predictions.verticalHeader().defaultSectionSize() == row_height
    qtbot.keyClick(window.predictions, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.classroom.scale == 0.9
    window.table.setFocus()  # the table's own Ctrl+ / Ctrl− win there, without an ambiguity
    assert not window.classroom.zoom_in_action.shortcuts()
    window.predictions.setFocus()
    assert window.classroom.zoom_in_action.shortcuts()
    # Presentation mode comes back at the size last used for presenting
    window.classroom.presentation_action.trigger()
    assert window.classroom.scale == 1.75


def test_the_scale_persists_into_a_new_window(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    base = first.font().pointSizeF()
    first.classroom.set_scale(2.0)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.classroom.scale == 2.0 and second.classroom.presentation_action.isChecked()
    assert second.font().pointSizeF() == pytest.approx(base * 2.0)
    assert second.network_view.scale_factor() == 2.0
    second.close()


def test_every_control_has_a_tooltip(window):
    missing = []
    for cls in (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit):
        for w in window.findChildren(cls):
            if not w.isVisibleTo(window) or w.objectName().startswith("qt_") or type(w).__name__ == "QLineEdit" \
                    and isinstance(w.parent(), QAbstractSpinBox):
                continue
            if isinstance(w, QToolButton) and w.defaultAction() is not None:
                text = w.defaultAction().toolTip()
                if text == w.defaultAction().text().replace("&", ""):  # Qt's default: the action's text
                    text = ""
            else:
                text = w.toolTip()
            if not text.strip():
                missing.append(f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}")
    assert not missing, missing


def test_help_page_explains_the_loop_in_the_apps_names(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.classroom._help
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for words in ("Forward pass", "Error", "Delta", "Update", "l1 = nonlin(np.dot(l0, syn0))", "l2_delta",
                  "syn0 += l0.T.dot(l1_delta)", "Step", "Play", "Reset", "New seed"):
        assert words in text, words
    dialog.close()


def test_weight_colours_stay_colour_blind_safe_in_a_dark_palette(qtbot, window):
    window.classroom.inspector_action.trigger()
    matrix = window.classroom.inspector.matrix("syn0")
    assert matrix._tint(1.0, 1.0, dark=False).rgb() == POSITIVE.rgb()
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    window.setPalette(dark)
    assert window.network_view._positive_color() == (0x56, 0xB4, 0xE9)
    assert matrix._tint(1.0, 1.0, dark=True).rgb() == POSITIVE_DARK.rgb()
    assert matrix._tint(-1.0, 1.0, dark=True).rgb() == NEGATIVE.rgb()
    matrix.grab()  # paints in the dark palette without warnings


def test_the_app_exits_cleanly_after_presentation_mode(tmp_path):
    """Quitting with presentation mode on once crashed (SIGSEGV) in Qt's clean-up: the scaled style
    of the sliders and check boxes was deleted before the widgets still using it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "NN_PLAYGROUND_DATA_DIR": str(tmp_path / "data")}
    shot = tmp_path / "shot.png"
    r = subprocess.run([sys.executable, "-m", "playground", "--screenshot", str(shot), "--size", "1280x720",
                        "--presentation", "--preset", "xor"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert shot.exists()

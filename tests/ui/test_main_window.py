"""The main window end to end: Train reproduces the notebook; Stop, close, rapid presses; bad input."""

import multiprocessing
import io
import json
from contextlib import redirect_stdout

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.cli import main as cli_main
from playground.ui.main_window import MainWindow
from tests.core.test_network import NOTEBOOK_ERRORS

TIMEOUT = 60_000



def train_and_wait(qtbot, window):
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def start_long_run(qtbot, window):
    """Start a run that would take hours, and wait until it is really going."""
    window.controls.iterations_spin.setValue(10**9)
    assert window.train_button.isEnabled(), window.train_blocked_label.text()
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)


def cli_json(*args):
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["train", *args, "--json"]) == 0
    return json.loads(out.getvalue())


def test_opens_in_the_notebook_state_with_named_widgets(window):
    for name in ("datasetTable", "hiddenSizeSpin", "iterationsSpin", "learningRateSpin",
                 "activationCombo", "biasCheck", "seedSpin", "trainButton", "stopButton", "progressBar",
                 "errorPlot", "networkView", "predictionsTable", "logView"):
        assert window.findChild(object, name) is not None, name
    s = window.settings()
    assert (s.hidden, s.iterations, s.seed, s.learning_rate, s.bias) == ((4,), 60000, 1, 1.0, False)
    assert window.dataset().X.tolist() == [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]
    assert window.train_button.isEnabled() and not window.stop_button.isEnabled()


def test_train_with_the_defaults_shows_the_notebooks_numbers(qtbot, window):
    assert train_and_wait(qtbot, window) == "done"
    expected = cli_json("--preset", "notebook")
    outputs = window.predictions_model.outputs()
    np.testing.assert_allclose(outputs, expected["summary"]["outputs"], rtol=0, atol=1e-12)
    lines = window.log_view.toPlainText().splitlines()
    assert len(lines) == 6 and all(line.startswith("Error:") for line in lines)
    assert [float(line[6:]) for line in lines] == pytest.approx(NOTEBOOK_ERRORS, abs=1e-12)
    its, errs = window.error_plot.current_data()
    assert its[0] == 0 and errs[0] == pytest.approx(NOTEBOOK_ERRORS[0], abs=1e-12) and its[-1] > 59000
    assert window.progress.value() == 1000
    assert window.train_button.isEnabled() and not window.stop_button.isEnabled()
    assert "60,000" in window.status_label.text()


def test_controls_are_read_only_while_training_and_stop_keeps_the_weights(qtbot, window):
    start_long_run(qtbot, window)
    assert not window.train_button.isEnabled() and window.stop_button.isEnabled()
    assert not window.controls.hidden_spin.isEnabled()
    index = window.dataset_model.index(0, 0)
    assert not (window.dataset_model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not window.add_row_button.isEnabled() and window.dataset_locked_label.isVisible()
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert blocker.args == ["stopped"]
    assert window.train_button.isEnabled() and not window.stop_button.isEnabled()
    assert window.dataset_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.controls.hidden_spin.isEnabled() and not window.dataset_locked_label.isVisible()
    assert "Stopped at iteration" in window.status_label.text()
    assert window.predictions_model.outputs() is not None


def test_closing_mid_run_stops_the_worker_and_the_helper(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    start_long_run(qtbot, w)
    assert "nn-playground-trainer" in [p.name for p in multiprocessing.active_children()]
    w.close()
    assert not w.run.helper.thread_running()
    assert "nn-playground-trainer" not in [p.name for p in multiprocessing.active_children()]


def test_a_hundred_rapid_train_stop_presses(qtbot, window):
    window.controls.iterations_spin.setValue(10**9)
    assert window.train_button.isEnabled(), window.train_blocked_label.text()
    statuses = []
    for _ in range(100):
        with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
            qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
        statuses.append(blocker.args[0])
    assert set(statuses) == {"stopped"}
    assert window.train_button.isEnabled() and not window.run.running
    # and the window still trains properly afterwards
    window.controls.iterations_spin.setValue(60000)
    assert train_and_wait(qtbot, window) == "done"
    lines = window.log_view.toPlainText().splitlines()
    assert float(lines[-1][6:]) == pytest.approx(NOTEBOOK_ERRORS[-1], abs=1e-12)


def test_an_invalid_cell_disables_train_with_the_reason(qtbot, window):
    with qtbot.waitSignal(window.dataset_model.validityChanged):
        window.dataset_model.setData(window.dataset_model.index(1, 3), "2")
    assert not window.train_button.isEnabled()
    reason = window.train_blocked_label.text()
    assert "Row 2" in reason and "'y'" in reason and "between 0 and 1" in reason
    window.dataset_model.setData(window.dataset_model.index(1, 3), "1")
    assert window.train_button.isEnabled() and window.train_blocked_label.text() == ""


def test_a_non_numeric_edit_is_refused_with_a_message(window):
    assert not window.dataset_model.setData(window.dataset_model.index(0, 0), "abc")
    assert window.dataset().values[0, 0] == 0
    assert "'abc' is not a number" in window.message_bar.text()


def type_hidden(qtbot, window, text: str) -> None:
    """Select the hidden-layers field's text and type ``text`` over it, key by key."""
    field = window.controls.hidden_spin
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field.lineEdit(), text)


def test_bad_hidden_layers_disable_train_with_a_message(qtbot, window):
    type_hidden(qtbot, window, ",")  # no size at all
    assert not window.train_button.isEnabled()
    assert "Hidden layers" in window.train_blocked_label.text()
    assert window.controls.layers_error.isVisible() and "layer sizes" in window.controls.layers_error.text()
    type_hidden(qtbot, window, "4,0")  # a layer of 0 units
    assert not window.train_button.isEnabled()
    assert "Hidden layers" in window.train_blocked_label.text()
    type_hidden(qtbot, window, "4,x")  # a letter: the field refuses it
    assert window.controls.hidden_spin.text() == "4,"
    assert window.train_button.isEnabled() and not window.controls.layers_error.isVisible()


def test_one_hidden_layers_field_takes_sizes_and_steps_a_single_layer(qtbot, window):
    field = window.controls.hidden_spin
    assert window.findChild(object, "hiddenLayersEdit") is None  # no second field to disagree with
    type_hidden(qtbot, window, "4,3")
    assert window.settings().hidden == (4, 3) and window.train_button.isEnabled()
    assert not field.isEnabled() or field.stepEnabled() == field.StepEnabledFlag.StepNone  # arrows off for two
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.settings().hidden == (4, 3)
    type_hidden(qtbot, window, "4")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.settings().hidden == (6,) and field.text() == "6"
    field.stepBy(-10)
    assert window.settings().hidden == () and field.text() == "0"  # 0: no hidden layer, not below
    assert not field.stepEnabled() & field.StepEnabledFlag.StepDownEnabled
    # undo takes the settings back, and the field follows a document's settings
    window.controls.set_settings(window.settings().__class__(hidden=(5, 2)))
    assert field.text() == "5,2"


def test_a_saturating_run_gets_a_hint_to_lower_the_learning_rate(qtbot, window):
    window.load_preset("xor")
    window.controls.activation_combo.setCurrentText("tanh")
    window.controls.lr_spin.setValue(1000)
    window.controls.iterations_spin.setValue(5000)
    assert train_and_wait(qtbot, window) == "done"
    assert window.message_bar.isVisible()
    assert "learning rate" in window.message_bar.text() and "1000" in window.message_bar.text()


def test_a_diverging_run_stops_with_a_message_and_keeps_finite_weights(qtbot, window, monkeypatch):
    import dataclasses

    from playground.core.data import settings as settings_module

    # the learning rate's range (at most 1e5) keeps this from happening with the usual tables: widen it
    monkeypatch.setattr(settings_module, "FIELDS", tuple(
        dataclasses.replace(f, high=1e300) if f.name == "learning_rate" else f for f in settings_module.FIELDS))
    type_hidden(qtbot, window, "8,8")
    window.controls.activation_combo.setCurrentText("relu")
    window.controls.lr_spin.setValue(100000)  # the largest the spin box allows
    window._run_settings = None
    # the spin box stops at 1e5; force the absurd rate the way a document could carry it
    window.controls.lr_spin.setMaximum(1e300)
    window.controls.lr_spin.setValue(1e300)
    assert train_and_wait(qtbot, window) == "diverged"
    text = window.message_bar.text()
    assert "iteration 1" in text and "learning rate" in text
    assert window.shown_network().is_finite()
    assert "non-finite" in window.status_label.text()


def test_presets_menu_loads_data_and_settings(window):
    window.preset_actions["adder2"].trigger()
    ds = window.dataset()
    assert ds.target_names == ["s1", "s0", "carry"] and ds.n_rows == 16
    assert window.network_view.sizes()[0] == 4 and window.network_view.sizes()[-1] == 3
    assert window.predictions_model.columnCount() == 1 + 3  # the inputs, then one 'target → output' per target


def test_selecting_a_row_shows_its_activations(qtbot, window):
    brushes_row0 = [b.color().name() for b in window.network_view.node_brushes()]
    window.table.setCurrentIndex(window.dataset_model.index(3, 0))
    brushes_row3 = [b.color().name() for b in window.network_view.node_brushes()]
    assert brushes_row0 != brushes_row3
    assert window.predictions.currentIndex().row() == 3


def test_previous_runs_stay_as_faded_curves(qtbot, window):
    window.controls.iterations_spin.setValue(2000)
    train_and_wait(qtbot, window)
    window.controls.seed_spin.setValue(2)
    train_and_wait(qtbot, window)
    runs = window.error_plot.runs()
    assert len(runs) == 2 and "seed 1" in runs[0] and "seed 2" in runs[1]


@pytest.mark.parametrize("lr", [0.123456, 1e-05, 1.0, 0.3, 2.5])
def test_learning_rate_is_shown_and_kept_as_written(window, lr):
    settings = window.settings().with_(learning_rate=lr)
    window.controls.set_settings(settings)
    assert window.settings().learning_rate == lr
    assert window.controls.lr_spin.text() == f"{lr:g}"


def test_the_refusal_message_goes_once_the_cell_is_corrected(window):
    """The yellow bar kept saying "'abc' is not a number" after the student typed a number into
    the same cell: a message about an edit that no longer stands."""
    model = window.dataset_model
    assert not model.setData(model.index(0, 0), "abc")
    assert window.message_bar.isVisible()
    assert model.setData(model.index(0, 0), "1")
    assert window.dataset().values[0, 0] == 1
    assert not window.message_bar.isVisible()

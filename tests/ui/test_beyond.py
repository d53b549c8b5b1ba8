"""The window beyond the notebook: the Advanced settings, test rows in the table, the test curve."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer
from playground.ui.experiment.controls import ControlsPanel
from playground.ui.main_window import MainWindow
from tests.core.test_rules import THREE_CLASSES

TIMEOUT = 60_000
ADVANCED = Settings(hidden=(3,), iterations=300, learning_rate=0.05, bias=True, seed=4, log_every=50,
                    output="softmax", loss="cross-entropy", optimizer="adam", batch_size=2, l2=0.01)



def three_classes() -> Dataset:
    ds = Dataset.from_arrays(THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:], ["x1", "x2"], ["red", "green", "blue"])
    ds.test = np.arange(6) == 4
    return ds


def test_advanced_is_collapsed_on_the_notebooks_rule_and_round_trips_every_field(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.advanced.isVisible() and panel.settings() == Settings()
    momentum = Settings(loss="cross-entropy", optimizer="momentum", momentum=0.8, l2=0.001, batch_size=3)
    for s in (ADVANCED, momentum, Settings(output="linear", loss="squared", eps=1e-7, beta2=0.99)):
        panel.set_settings(s)
        assert panel.advanced.isVisible() and panel.settings() == s
    assert panel.momentum_spin.isVisible() is False or panel.settings().optimizer == "momentum"
    panel.set_settings(momentum)
    assert panel.momentum_spin.isVisible() and not panel.beta1_spin.isVisible()
    panel.set_settings(Settings())
    assert not panel.advanced.isVisible()
    qtbot.mouseClick(panel.advanced_button, Qt.MouseButton.LeftButton)  # a student may open it
    assert panel.advanced.isVisible() and panel.settings() == Settings()


def test_a_new_output_takes_its_own_loss_and_a_bad_pair_is_named(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.output_combo.setCurrentText("softmax")
    assert panel.settings().loss == "cross-entropy"
    panel.output_combo.setCurrentText("linear")
    assert panel.settings().loss == "squared"
    panel.loss_combo.setCurrentText("notebook")
    assert "cannot learn with the notebook loss" in panel.problem()


def test_the_window_trains_any_rule_to_the_cores_numbers_and_draws_the_test_curve(qtbot, window):
    window.replace_experiment(three_classes(), ADVANCED, "three classes")
    assert window.train_button.isEnabled(), window.train_blocked_label.text()
    assert window.dataset_model.headerData(4, Qt.Orientation.Vertical) == "5 test"
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    trainer = Trainer.from_settings(three_classes(), ADVANCED)
    trainer.run(ADVANCED.iterations)
    lines = [ln for ln in window.log_view.toPlainText().splitlines() if ln.startswith("Error:")]
    np.testing.assert_allclose([float(ln[6:]) for ln in lines], trainer.history.logged[1], rtol=0, atol=1e-12)
    its, test = window.error_plot.test_data()
    np.testing.assert_allclose(its, trainer.history.curve[0])
    np.testing.assert_allclose(test, trainer.history.curve_test, rtol=0, atol=1e-12)
    assert "test rows (held out)" in [label.text for _, label in window.error_plot._legend.items]
    assert window.predictions_model.headerData(4, Qt.Orientation.Vertical) == "5 test"
    outputs = window.predictions_model.outputs()  # every row of the table, the test row too
    np.testing.assert_allclose(outputs[[0, 1, 2, 3, 5]], trainer.network.predict(trainer.X), rtol=0, atol=1e-12)
    np.testing.assert_allclose(outputs[[4]], trainer.network.predict(trainer.X_test), rtol=0, atol=1e-12)


def test_rows_marked_as_test_are_undoable_and_survive_row_edits(qtbot, window):
    view, model = window.table, window.dataset_model
    view.selectRow(1)
    assert view.test_rows_action.isEnabled()
    view.test_rows_action.trigger()
    assert model.test_flags().tolist() == [False, True, False, False]
    assert window.dataset().split()[2].tolist() == [[0, 1, 1]]
    view.selectRow(0)
    view.remove_rows_action.trigger()
    assert model.test_flags().tolist() == [True, False, False]
    window.editor.undo()
    assert model.test_flags().tolist() == [False, True, False, False]
    window.editor.undo()
    assert model.test_flags().tolist() == [False] * 4
    window.editor.redo()
    assert model.test_flags().tolist() == [False, True, False, False]
    view.selectAll()
    assert not window.editor.set_test_rows(range(4), True)  # one training row must stay
    assert model.test_flags().sum() == 1


def test_a_linear_output_accepts_targets_outside_zero_to_one(qtbot, window):
    ds = Dataset.from_arrays([[0.0], [1.0], [2.0]], [[-3.0], [2.5], [8.0]])
    window.replace_experiment(ds, Settings(hidden=(), iterations=500, learning_rate=0.01, bias=True, log_every=100),
                          "line")
    assert not window.train_button.isEnabled() and "between 0 and 1" in window.train_blocked_label.text()
    window.controls.output_combo.setCurrentText("linear")
    assert window.train_button.isEnabled(), window.train_blocked_label.text()
    window.controls.output_combo.setCurrentText("softmax")
    assert "target" in window.train_blocked_label.text()


def test_clicking_the_decision_map_adds_a_point_that_undo_takes_back(qtbot, window):
    from PySide6.QtCore import QPointF
    window.load_preset("circle")
    view = window.decision_map
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.current_map() is not None, timeout=TIMEOUT)
    rows = window.dataset_model.rowCount()
    vb = view.plot.vb

    def click(x, y, button):
        at = view.graphics.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        qtbot.mouseClick(view.graphics.viewport(), button, pos=at)

    click(0.1, -0.2, Qt.MouseButton.LeftButton)
    click(-0.6, 0.5, Qt.MouseButton.RightButton)
    ds = window.dataset()
    assert ds.n_rows == rows + 2
    np.testing.assert_allclose(ds.values[-2:], [[0.1, -0.2, 1.0], [-0.6, 0.5, 0.0]], atol=0.02)
    text = window.editor.stack.undoText()
    assert text.startswith("Add point x1=-0.") and text.endswith("→ 0"), text
    window.editor.undo()
    window.editor.undo()
    assert window.dataset().n_rows == rows

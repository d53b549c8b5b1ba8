"""The study window's seed j is the window's single training with seed S+j, to the last bit.

The window's held-out rows are the table's test rows (the same for every seed), so its study
and its trainings share them; Adam's state and the mini-batch order belong to each seed.
"""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.training.training import Trainer
from playground.ui.study.study_panel import StudyWindow

TIMEOUT = 60_000


def _majority_with_a_test_row():
    preset = get_preset("majority3")
    dataset = preset.dataset()
    dataset.test = np.arange(dataset.n_rows) == 1
    return dataset, preset.settings.with_(iterations=1000)


def _overfitting_with_adam_and_mini_batches():
    preset = get_preset("overfitting")  # 8 of its 32 rows are test rows
    return preset.dataset(), preset.settings.with_(iterations=400, optimizer="adam", learning_rate=0.01,
                                                   batch_size=5, l2=0.001)


@pytest.mark.parametrize("experiment", [_majority_with_a_test_row, _overfitting_with_adam_and_mini_batches],
                         ids=["the notebook's rule", "adam, mini-batches, L2"])
def test_the_windows_study_is_its_single_trainings_with_test_rows(qtbot, experiment):
    dataset, settings = experiment()
    settings = settings.with_(seed=4)
    window = StudyWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.set_experiment(dataset, settings)
        window.seeds_spin.setValue(3)
        with qtbot.waitSignal(window.studyFinished, timeout=TIMEOUT) as blocker:
            assert window.start()
        result = blocker.args[0]
    finally:
        window.shutdown()
    assert result.status == "done" and result.seeds.tolist() == [4, 5, 6]
    every = int(result.recorded_iterations[1] - result.recorded_iterations[0])
    for j, seed in enumerate(result.seeds):
        trainer = Trainer.from_settings(dataset, settings.with_(seed=int(seed), log_every=every))
        trainer.run(settings.iterations)
        assert trainer.X_test is not None and len(trainer.X_test) == dataset.test_mask.sum()
        assert result.final_errors[j] == trainer.final_error()
        its, errors = trainer.history.logged
        assert result.recorded_iterations.tolist() == its.tolist()
        np.testing.assert_array_equal(result.recorded_errors[j], errors)

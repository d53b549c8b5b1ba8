"""The study window refuses a study over the memory budget before its helper allocates anything."""

import pytest

from playground.core.training import budget
from playground.core.data.presets import get_preset
from playground.ui.study.study_panel import StudyWindow


@pytest.mark.parametrize("optimizer, rule", [("gd", "gradient descent"), ("momentum", "momentum"), ("adam", "Adam")])
def test_a_study_over_the_budget_is_refused_in_the_window_naming_its_rule(qtbot, monkeypatch, optimizer, rule):
    monkeypatch.setattr(budget, "STUDY_BUDGET", 8 * 2**20)
    preset = get_preset("encoder")
    window = StudyWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.set_experiment(preset.dataset(), preset.settings.with_(hidden=(128, 128), optimizer=optimizer,
                                                                      learning_rate=0.01))
        window.seeds_spin.setValue(64)
        assert not window.start()
        assert not window.controller.running
        text = window.summary_label.text()
        assert text.startswith("Cannot study this setting: 64 seeds of this network (8-128-128-8, ")
        assert f", {rule}) would need about " in text and "the limit for a study is 8 MB" in text
        assert "try at most" in text
    finally:
        window.shutdown()

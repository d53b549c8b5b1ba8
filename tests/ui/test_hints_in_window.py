"""The window says when the learning rate is too large for the number of rows (the maths stays)."""

import pytest

from playground.core.data.presets import NOTEBOOK
from playground.ui.main_window import MainWindow
from tests.core.test_hints import twelve_inputs



def test_4096_rows_at_lr_1_get_the_hint_in_the_window(qtbot, window):
    window.replace_experiment(twelve_inputs(), NOTEBOOK.with_(iterations=300, log_every=100))
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as blocker:
        window.train()
    assert blocker.args[0] == "done"
    text = window.message_bar.text()
    assert "too large for 4,096 rows" in text and "Try a learning rate of 0.005" in text

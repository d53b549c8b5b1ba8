"""The window and ``nn-playground train`` run through the same RunSession: the notebook preset gives the same
RunRecord either way (its curve, its Error: lines and its final weights, bit for bit)."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from playground.core.training.run_record import RunRecord

TIMEOUT = 120_000
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_window_and_the_command_line_keep_the_same_record_of_the_notebook_run(qtbot, window):
    done = subprocess.run([sys.executable, "-m", "playground", "train", "--preset", "notebook", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    cli = RunRecord.from_json(json.loads(done.stdout))
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    shown = window.run.record()
    assert shown.state == cli.state == "finished" and shown.iteration == cli.iteration == 60000
    assert shown.settings == cli.settings and shown.dataset == cli.dataset
    assert shown.curve == cli.curve  # iterations, errors, losses (and no test errors), every bit
    assert shown.last == cli.last  # weights and the optimiser's state, every bit
    assert shown.logged.iterations.tolist() == cli.logged.iterations.tolist()
    assert shown.logged.errors.tolist() == cli.logged.errors.tolist()

"""Save and reopen keep the run tree: the branches made by editing after training, their curves, Error:
lines and History, and the branch on show, driven through the window as a user drives it."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.ui.main_window import MainWindow

TIMEOUT = 60_000


@pytest.fixture
def other(qtbot):
    """A second window: the document is reopened where nothing of the first run is in memory."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def press(qtbot, w, button, until: int) -> None:
    w.controls.iterations_spin.setValue(until)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"


def shown(w) -> dict:
    """The tree and what the window shows of the branch on show."""
    x, y = w.error_plot.current_data()
    runs = [(r.id, r.parent, r.branched_at, r.change, r.iteration) for r in w.run.tree]
    return {"runs": runs, "current": w.run.record_id, "curve": (x.tolist(), y.tolist()),
            "ancestors": [(a.tolist(), b.tolist()) for a, b in w.error_plot.ancestor_data()],
            "log": w.log_view.toPlainText(), "history": w.run.history_iterations(), "iteration": w.run.iteration,
            "legend": w.error_plot.legend_texts(), "weights": [a.tolist() for a in w.shown_network().weights]}


def branched(qtbot, w) -> None:
    """Train 3,000 iterations, change the learning rate, Play the branch to 5,000."""
    w.controls.log_every_spin.setValue(1000)
    press(qtbot, w, w.train_button, 3000)
    w.controls.iterations_spin.setValue(5000)
    w.controls.lr_spin.setValue(2.0)
    press(qtbot, w, w.classroom.transport.play_button, 5000)


def test_save_and_reopen_keep_the_tree_and_the_branch_on_show(qtbot, window, other, tmp_path):
    branched(qtbot, window)
    path = str(tmp_path / "branches.nnp")
    assert window.documents.save_as(path)
    saved = json.loads((tmp_path / "branches.nnp").read_text(encoding="utf-8"))
    assert len(saved["runs"]["runs"]) == 2
    before = shown(window)
    assert len(before["ancestors"]) == 1 and "branched at 3,000: learning rate 1 → 2" in before["legend"][-1]

    other.open_path(path)
    after = shown(other)
    for key in before:
        assert after[key] == before[key], key
    assert other.status_label.text() == "Trained for 5,000 iterations (as saved)"
    # the run before the branch is still there: typing the learning rate back shows it, with its curve
    other.controls.lr_spin.setValue(1.0)
    assert other.run.record_id == before["runs"][0][0] and other.run.iteration == 3000
    assert other.log_view.toPlainText().count("Error:") == 3 and other.error_plot.ancestor_data() == []


def test_a_reopened_branch_goes_on_as_the_branch_would_have(qtbot, window, other, tmp_path):
    branched(qtbot, window)
    path = str(tmp_path / "branches.nnp")
    assert window.documents.save_as(path)
    other.open_path(path)
    for w in (window, other):
        press(qtbot, w, w.classroom.transport.play_button, 7000)
    assert list(other.run.logged) == list(window.run.logged) and len(window.run.logged) == 7
    assert all(np.array_equal(a, b) for a, b in zip(other.run.network.weights, window.run.network.weights))


def test_a_document_without_runs_opens_as_one_run(qtbot, window, other, tmp_path):
    window.controls.log_every_spin.setValue(1000)
    press(qtbot, window, window.train_button, 3000)
    path = tmp_path / "older.nnp"
    assert window.documents.save_as(str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["runs"]  # as an older version wrote it
    path.write_text(json.dumps(doc), encoding="utf-8")
    other.open_path(str(path))
    assert len(other.run.tree) == 1 and other.run.iteration == 3000
    assert other.log_view.toPlainText() == window.log_view.toPlainText()
    assert np.array_equal(other.error_plot.current_data()[0], window.error_plot.current_data()[0])
    other.controls.lr_spin.setValue(2.0)  # and it branches like a run trained here
    assert len(other.run.path()) == 2 and other.run.iteration == 3000

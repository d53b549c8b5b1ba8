"""The Log tab: a run's Error: lines as the notebook prints them, cleared when the run resets."""

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QObject, Signal

from playground.ui.run.log_view import LogView, error_line


class FakeRun(QObject):
    """The two signals of a Run the log listens to."""

    reset = Signal()
    changed = Signal(object)


def test_a_line_is_the_notebooks_print():
    l2_error = np.array([[0.1], [-0.2], [0.30000000000000004]])
    mean = np.mean(np.abs(l2_error))
    assert error_line(float(mean)) == "Error:" + str(mean)  # print("Error:" + str(np.mean(np.abs(l2_error))))


def test_lines_arrive_with_snapshots_and_go_on_reset(qtbot):
    view, run = LogView(), FakeRun()
    qtbot.addWidget(view)
    view.listen_to(run)
    run.changed.emit(SimpleNamespace(logged=[(0, 0.5), (10000, 0.0125)]))
    run.changed.emit(SimpleNamespace(logged=[]))  # a snapshot with no new line adds none
    run.changed.emit(SimpleNamespace(logged=[(20000, 0.01)]))
    assert view.toPlainText() == "Error:0.5\nError:0.0125\nError:0.01"
    run.reset.emit()
    assert view.toPlainText() == ""

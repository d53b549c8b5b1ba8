"""The run controls on show (kit/run_starter.py) and the hints that follow them: the status bar's sentence
(run_status.status_text, RunStatusLabel) and the empty error plot's (ErrorPlot.follow_starter)."""

from types import SimpleNamespace

import pytest

from playground.core.training.training import DONE
from playground.ui.kit.run_starter import PLAY, STEP, TRAIN, RunStarter
from playground.ui.run.run import IDLE, PAUSED
from playground.ui.run.run import STEP as STEP_KIND
from playground.ui.run.run_status import status_text
from playground.ui.views.error_plot import ErrorPlot


def stand_in_run(state, kind=STEP_KIND, status=DONE):
    """What status_text reads of a Run, at iteration 1 (an idle one has no snapshot)."""
    last = None if state == IDLE else SimpleNamespace(error=None, output_error=None, status=status)
    return SimpleNamespace(network=object(), state=state, silent_for=None, iteration=1, looking_back=lambda: False,
                           last=last, kind=kind)


def test_the_starter_is_train_where_shown_else_step_else_play(qapp):
    starter = RunStarter()
    changes = []
    starter.changed.connect(lambda: changes.append(starter.starter()))
    assert starter.starter() == TRAIN and starter.shown() == {TRAIN, STEP, PLAY}
    starter.set_shown([STEP, "plot", "dataset"])  # a step's panels: the others are no run controls
    assert starter.shown() == {STEP} and starter.starter() == STEP
    starter.set_shown([STEP])
    starter.set_shown([PLAY, STEP])
    starter.set_shown([])
    assert changes == [STEP, STEP, TRAIN]  # sent once a change; with none shown, Train (the Run menu's)


@pytest.mark.parametrize("shown, ready", [({TRAIN, STEP, PLAY}, "Ready: press Train (F5)"),
                                          ({STEP}, "Ready: press Step (F6)"),
                                          ({PLAY}, "Ready: press Play (Ctrl+Space)")])
def test_the_ready_sentence_names_a_control_on_show(qapp, shown, ready):
    assert status_text(stand_in_run(IDLE), shown=frozenset(shown)) == ready


@pytest.mark.parametrize("shown, tail", [({TRAIN, STEP, PLAY}, " · Step again, or Play to go on"),
                                         ({STEP}, " · Step again to go on"),
                                         ({TRAIN}, "")])
def test_a_paused_step_says_how_to_go_on_with_the_controls_on_show(qapp, shown, tail):
    assert status_text(stand_in_run(PAUSED), shown=frozenset(shown)) == "Paused at iteration 1" + tail


def test_the_empty_plot_names_the_starter_and_follows_it(qtbot):
    plot = ErrorPlot()
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    starter = RunStarter()
    plot.follow_starter(starter)
    assert plot.placeholder_text().startswith("Press Train:")
    starter.set_shown([STEP])
    assert plot.placeholder_text().startswith("Press Step:") and "Train" not in plot.placeholder_text()
    description = plot.plot_widget.accessibleDescription()
    assert "Press Step (F6)" in description and "Train" not in description
    plot.grab()
    left, right = plot.empty_text_span()
    assert plot.empty_text_shown() and 0 <= left < right <= plot.plot_widget.getPlotItem().getViewBox().width()
    starter.set_shown([PLAY])
    assert plot.placeholder_text().startswith("Press Play:")
    assert "Press Play" in plot.plot_widget.accessibleDescription()
    starter.set_shown([TRAIN, STEP])
    assert "Press Train (F5)" in plot.plot_widget.accessibleDescription()

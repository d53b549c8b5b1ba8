"""The Run menu's tools: each opens its window from the run on show and waits while the main window trains."""

from PySide6.QtWidgets import QMenu

from tests.ui.test_lessons import run_and_wait


def test_race_from_here_opens_on_the_trained_run_and_waits_while_training(qtbot, window):
    w = window
    menu = w.menuBar().findChild(QMenu, "runMenu")
    assert w.tools.race_action in menu.actions()
    w.controls.iterations_spin.setValue(300)
    with qtbot.waitSignal(w.run.started, timeout=60_000):
        w.train_action.trigger()
    assert not w.tools.race_action.isEnabled()  # a running run's live state is not in its tree yet
    qtbot.waitUntil(lambda: not w.run.running, timeout=60_000)
    assert w.tools.race_action.isEnabled()
    w.tools.race_action.trigger()
    assert len(w.tools.windows) == 1
    race = w.tools.windows[0]
    qtbot.waitExposed(race)
    race.close()
    qtbot.waitUntil(lambda: w.tools.windows == [], timeout=10_000)


def test_with_no_network_to_race_the_message_bar_says_why(qtbot, window):
    w = window
    target = w.dataset().names.index("y")
    w.editor.set_cell(0, target, 5.0)  # a target outside [0, 1] for a sigmoid output: nothing can train
    assert w.run.session.network is None
    assert w.tools.open_race() is None
    assert w.tools.windows == []
    assert w.message_bar.isVisibleTo(w) and "race" in w.message_bar.text()

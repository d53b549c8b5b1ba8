"""The atlas runner: the grid in chunks of one shape on two pool helpers; Stop and closing the window leave no
helper process running."""

import os

from PySide6.QtCore import Qt

from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.data.presets import get_preset
from playground.ui.atlas.atlas_runner import CHUNKS_PER_HELPER, HELPERS, chunks
from playground.ui.atlas.atlas_window import AtlasWindow

WAIT_MS = 120_000


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def long_atlas(qtbot) -> AtlasWindow:
    """A window computing a grid long enough to be stopped: 16 x 16 cells of 20,000 iterations."""
    preset = get_preset("xor")
    window = AtlasWindow(None, preset.dataset(), preset.settings.with_(hidden=(4,), bias=True))
    qtbot.addWidget(window)
    window.show()
    window.axis_edits[0].setText("0.01:100:16")
    window.axis_edits[1].setText("1:16")
    window.iterations_spin.setValue(20_000)
    with qtbot.waitSignal(window.drawn, timeout=WAIT_MS):  # the first records are on the map
        qtbot.mouseClick(window.compute_button, Qt.MouseButton.LeftButton)
    assert window.runner.running and window.stop_button.isEnabled()
    return window


def test_chunks_are_of_one_shape_cover_the_grid_and_keep_both_helpers_busy():
    preset = get_preset("xor")
    grid = Grid(preset.dataset(), preset.settings, [Axis("hidden", ((2,), (3,))),
                                                     Axis("learning_rate", log_space(0.1, 10, 64), log=True)])
    parts = chunks(grid, list(range(grid.size)))
    assert sorted(i for part in parts for i in part) == list(range(grid.size))
    assert all(len({grid.cell(i).settings.hidden for i in part}) == 1 for part in parts)
    assert len(parts) >= HELPERS * CHUNKS_PER_HELPER


def test_stop_ends_the_grid_early_and_leaves_no_helper_running(qtbot):
    window = long_atlas(qtbot)
    pids = window.runner.helper_pids()
    assert len(pids) == 2 and all(alive(p) for p in pids)
    with qtbot.waitSignal(window.gridFinished, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    assert 0 < window.model.done() < 256
    assert not any(alive(p) for p in pids)
    assert window.compute_button.isEnabled() and not window.stop_button.isEnabled()
    assert window.description().startswith(f"{window.model.done()} of 256 cells computed")


def test_closing_the_window_ends_its_helpers(qtbot):
    window = long_atlas(qtbot)
    pids = window.runner.helper_pids()
    window.close()
    assert not window.runner.running or not any(alive(p) for p in pids)
    assert not any(alive(p) for p in pids)


def test_a_silent_helper_is_reported_and_stop_kills_it(qtbot, monkeypatch):
    import signal

    from playground.ui.atlas import atlas_runner

    monkeypatch.setattr(atlas_runner, "STALL_SECONDS", 1.0)  # (heartbeats of a tenth of it)
    window = long_atlas(qtbot)
    pids = window.runner.helper_pids()
    with qtbot.waitSignal(window.runner.stalled, timeout=WAIT_MS):
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)  # stopped: neither beats nor answers Stop
    assert "has not answered" in window.message_label.text() and window.message_label.isVisible()
    with qtbot.waitSignal(window.gridFinished, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    assert not any(alive(p) for p in pids)
    assert not window.message_label.isVisible()  # the stall is over with the grid

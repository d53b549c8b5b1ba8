"""The Run menu's tools: each opens its window from the run on show and waits while the main window trains."""

from PySide6.QtWidgets import QMenu

from playground.ui.window_tools import WindowTools


def test_race_from_here_opens_on_the_trained_run_and_waits_while_training(qtbot, window):
    w = window
    assert isinstance(w.tools, WindowTools)
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


def test_loss_landscape_opens_on_the_run_and_edge_clicks_reach_it(qtbot, window):
    from playground.ui.landscape.landscape_window import LandscapeWindow

    w = window
    assert w.tools.landscape_action.isEnabled()
    w.tools.landscape_action.trigger()
    landscape = w.findChild(LandscapeWindow, "landscapeWindow")
    assert landscape is not None and landscape.isVisible()
    w.tools.landscape_action.trigger()  # asked again: the same window, brought to the front
    assert w.findChildren(LandscapeWindow) == [landscape]
    landscape.close()


def test_an_atlas_cell_opened_in_the_window_is_that_exact_run(qtbot, window):
    """The cell's record (core.atlas) and the window's run of the same cell end with the same error, bit for bit."""
    import numpy as np

    from playground.core.atlas.compute import run_chunk
    from playground.core.atlas.grid import Axis, Grid
    from playground.ui.atlas.atlas_window import AtlasWindow

    w = window
    w.tools.atlas_action.trigger()
    atlas = w.findChild(AtlasWindow)
    assert atlas is not None and atlas.isVisible()
    grid = Grid(w.dataset(), w.settings(), (Axis("seed", (3, 4)), Axis("learning_rate", (0.5, 2.0))), iterations=300)
    cell = grid.cell((1, 0))
    record = run_chunk(grid, [grid.flat(cell.index)])[0]
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        assert w.tools.open_cell(cell.settings, cell.seed)
    assert w.settings() == cell.settings and w.settings().seed == 4 and w.settings().learning_rate == 0.5
    final = w.run.session.last.output_error  # the error of the final weights, as the status bar says
    assert np.isfinite(final) and final == record.final_error
    atlas.close()


def test_an_atlas_cell_with_held_out_rows_opens_with_the_rows_its_seed_holds_out(qtbot, window):
    """A review clicked cells of a held-out-fraction axis and got runs that trained on every row: the cell's
    table (the rows its seed holds out) now comes with its settings, in one undoable step, and the run is the
    record's, train and held-out errors bit for bit."""
    import numpy as np

    from playground.core.atlas.compute import run_chunk
    from playground.core.atlas.grid import Axis, Grid
    from playground.core.data.held_out import held_out_mask

    w = window
    before = w.dataset()
    grid = Grid(before, w.settings(), (Axis("test_fraction", (0.25, 0.5)), Axis("seed", (1, 2))), iterations=300)
    cell = grid.cell((1, 1))
    record = run_chunk(grid, [grid.flat(cell.index)])[0]
    with qtbot.waitSignal(w.trainingFinished, timeout=60_000):
        assert w.tools.open_cell(cell.settings, cell.seed, grid.cell_dataset(cell.index))
    held = held_out_mask(0.5, before.n_rows, 2)
    assert held.sum() == 2 and np.array_equal(w.dataset().test_mask, held)
    assert w.settings() == cell.settings
    assert w.run.session.last.output_error == record.final_error
    w.tools.undo_stack().undo()  # one step back: the table and the settings as they were
    assert w.dataset() == before

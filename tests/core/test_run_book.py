"""RunBook: a run's reports (the helper's Snapshots, or a Trainer here) become its RunRecord, the same either way."""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.training.run import Snapshot
from playground.core.training.run_book import RunBook, record_of_trainer
from playground.core.training.run_record import Checkpoint, trainer_from
from playground.core.training.run_tree import RunTree


def helper_reports(trainer, stops, status="done"):
    """Snapshots as the helper sends them: the state now, the whole curve, only the new lines and weights."""
    lines_sent, seq = 0, 0
    for k, until in enumerate(stops):
        trainer.run(until)
        h, net = trainer.history, trainer.network
        state = net.get_state()
        yield Snapshot(trainer.iteration, state["weights"], state["biases"], None, h.curve, h.logged_since(lines_sent),
                       h.n_logged, trainer.timeline.since(seq), trainer.timeline.stride,
                       status if k == len(stops) - 1 else None, curve_loss=h.curve_loss,
                       curve_test=h.curve_test if trainer.X_test is not None else None,
                       optimizer=state["optimizer"] or None)
        lines_sent, seq = h.n_logged, trainer.timeline.seq


@pytest.mark.parametrize("preset, changes", [("notebook", {"log_every": 500}),
                                             ("overfitting", {"optimizer": "adam", "iterations": 3000})])
def test_the_helpers_reports_make_the_record_a_trainer_here_makes(preset, changes):
    p = get_preset(preset)
    dataset, settings = p.dataset(), p.settings.with_(**changes)
    tree = RunTree()
    root = tree.add_root(dataset, settings)
    heard = []
    tree.subscribe(lambda: heard.append(tree.current.state))
    book = RunBook(root, tree)
    helper = trainer_from(dataset, settings, None, keep_timeline=True)
    for snapshot in helper_reports(helper, [700, 1900, 3000]):
        record = book.apply(snapshot)
    assert heard == ["running", "running", "finished"] and tree.current is record
    here = trainer_from(dataset, settings, None, keep_timeline=True)
    here.run(3000)
    direct = record_of_trainer(here, dataset, settings, "done")
    assert record.last == direct.last == Checkpoint.from_network(here.network)
    assert record.curve.errors.tobytes() == direct.curve.errors.tobytes()
    assert record.logged.iterations.tolist() == direct.logged.iterations.tolist()
    assert record.logged.errors.tobytes() == direct.logged.errors.tobytes()  # the Error: lines, to the bit
    assert [c.iteration for c in record.checkpoints] == here.timeline.iterations  # kept as the helper keeps them
    assert all(a == b for a, b in zip(record.checkpoints, direct.checkpoints))
    assert (record.state, direct.state) == ("finished", "finished")


def test_a_branchs_book_keeps_only_its_own_part_and_a_stop_pauses_it():
    p = get_preset("notebook")
    dataset, settings = p.dataset(), p.settings.with_(log_every=100)
    tree = RunTree()
    book = RunBook(tree.add_root(dataset, settings), tree)
    first = trainer_from(dataset, settings, None, keep_timeline=True)
    for snapshot in helper_reports(first, [450], "stopped"):
        root = book.apply(snapshot)
    assert root.state == "paused" and root.iteration == 450
    child = tree.branch(root.last, dataset, settings.with_(learning_rate=3.0), "learning rate 1 → 3")
    book = RunBook(child, tree)
    # the helper goes on from the start with the run's history restored (a Job with a start)
    helper = trainer_from(dataset, child.settings, child.start, root.curve, root.logged, keep_timeline=True)
    for snapshot in helper_reports(helper, [600, 800]):
        record = book.apply(snapshot)
    assert record.curve.iterations[0] == 450 and record.logged.iterations.tolist() == [500, 600, 700]
    assert tree.path_logged().iterations.tolist() == list(range(0, 800, 100))
    assert all(450 <= c.iteration <= 800 for c in record.checkpoints)
    assert book.fail("the helper stopped answering").state == "failed" and tree.current.state == "failed"
    assert np.isnan(record.logged.tests).all()  # no held-out rows: not known

"""RunSession without Qt: the window's state machine and bookkeeping, driven with a Trainer in this process.

The window's Run is a Qt adapter of the same session (tests/ui/test_run*.py drive it through the window);
here the session is driven directly, as ``nn-playground train`` drives it.
"""

from dataclasses import replace

import numpy as np
import pytest

from playground.core.data.dataset import Dataset
from playground.core.training.in_process import InProcessRunner, headless_session
from playground.core.data.presets import get_preset
from playground.core.training.run_states import DIVERGED_STATE, FAILED, FINISHED, IDLE, PAUSED, RUNNING, STEP
from playground.core.training.training import STOPPED, Trainer
from tests.core.test_network import NOTEBOOK_ERRORS


def notebook(iterations=6000, **changes):
    p = get_preset("notebook")
    return p.dataset(), p.settings.with_(iterations=iterations, **changes)


def heard(session, *names):
    """Every event of ``names`` the session tells, in order, with its arguments."""
    out = []
    for name in names:
        getattr(session.events, name).connect(lambda *args, name=name: out.append((name, *args)))
    return out


def plain_run(dataset, settings, until):
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(until)
    return trainer


def same_weights(network, other):
    return all(np.array_equal(a, b) for a, b in zip(network.weights, other.weights))


def test_train_runs_to_the_end_with_the_notebooks_numbers_and_keeps_the_run_in_the_tree():
    dataset, settings = notebook(60000)
    session, runner = headless_session(live=True)
    events = heard(session, "reset", "started", "state_changed", "finished")
    assert session.state == IDLE
    assert session.train(dataset, settings)
    assert session.state == RUNNING and session.running
    assert not session.train(dataset, settings)  # one job at a time
    runner.run()
    assert session.state == FINISHED and session.iteration == 60000
    assert [e[0] for e in events] == ["reset", "state_changed", "started", "state_changed", "finished"]
    assert events[-1][1].status == "done"
    assert [e for _, e in session.logged] == pytest.approx(NOTEBOOK_ERRORS, abs=1e-12)
    record = session.record()
    assert record.state == "finished" and record.iteration == 60000 and record.parent is None
    plain = plain_run(dataset, settings, 60000)  # bit for bit: the session adds nothing to the maths
    assert record.logged.errors.tolist() == plain.history.logged[1].tolist()
    assert same_weights(session.network, plain.network)


def test_stop_pauses_and_play_goes_on_as_one_uninterrupted_run():
    dataset, settings = notebook(6000)
    session, runner = headless_session(live=True)

    def stop_midway(snapshot):
        if snapshot.iteration >= 1000 and snapshot.status is None:
            session.stop()
    session.events.changed.connect(stop_midway)
    session.train(dataset, settings, speed=30_000)  # slow motion: a report every 1,000 iterations, whatever the machine
    runner.run()
    assert session.state == PAUSED and session.last.status == STOPPED
    stopped_at = session.iteration
    assert 1000 <= stopped_at < 6000
    assert session.record().state == "paused" and session.can_continue() and session.keeps(settings)
    session.events.changed.disconnect(stop_midway)
    assert session.go_on(settings, 6000)
    assert session.state == RUNNING
    runner.run()
    assert session.state == FINISHED and session.iteration == 6000
    assert same_weights(session.network, plain_run(dataset, settings, 6000).network)
    assert session.record().last.iteration == 6000 and len(session.tree) == 1


def test_step_pauses_after_its_steps():
    dataset, settings = notebook(6000)
    session, runner = headless_session()
    session.train(dataset, settings, 10, kind=STEP)
    runner.run()
    assert session.state == PAUSED and session.iteration == 10 and session.record().state == "paused"


def test_an_edit_after_training_branches_and_select_goes_back_to_the_parent_with_its_curve():
    dataset, settings = notebook(3000)
    session, runner = headless_session()
    session.train(dataset, settings)
    runner.run()
    parent = session.record()
    faster = settings.with_(learning_rate=2.0)
    assert session.follow(dataset, faster)
    child = session.record()
    assert child.parent == parent.id and child.branched_at == 3000 and child.change == "learning rate 1 → 2"
    assert session.branch_start == 3000 and session.iteration == 3000
    assert len(session.curve[0]) == len(parent.curve)  # the path's curve: the parent's, until it trains
    assert session.go_on(faster.with_(iterations=5000), 5000)
    runner.run()
    assert session.iteration == 5000 and session.record().id == child.id and session.record().last.iteration == 5000
    assert session.tree.get(parent.id) == parent  # nothing of the parent was erased
    assert session.select(parent.id)
    assert session.record_id == parent.id and session.iteration == 3000
    assert np.array_equal(session.curve[1], parent.curve.errors)
    # a row added after training branches too, named in plain words
    longer = Dataset(dataset.names, dataset.roles, np.vstack([dataset.values, dataset.values[:1]])).frozen()
    session.follow(longer, settings)
    assert session.record().change == "row 5 added" and session.record().parent == parent.id


def test_look_back_shows_an_earlier_iteration_without_retraining():
    dataset, settings = notebook(3000)
    session, runner = headless_session()
    shown = heard(session, "shown_changed")
    session.train(dataset, settings)
    runner.run()
    iterations = session.history_iterations()
    assert iterations[0] == 0 and iterations[-1] <= 3000 and len(iterations) > 2
    before = len(shown)
    session.look_back(1)
    assert len(shown) == before + 1 and session.looking_back()
    assert session.shown_iteration() == iterations[1]
    assert same_weights(session.shown_network(), plain_run(dataset, settings, iterations[1]).network)
    assert session.iteration == 3000  # the live network stays
    session.look_back(None)
    assert not session.looking_back() and session.shown_network() is session.network


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_looking_back_with_an_optimizer_keeps_its_state_of_that_iteration(optimizer):
    # The inspector and the formula panel read v, m and s of the shown network: an earlier iteration's
    # network must carry the optimiser's state of that iteration, not a fresh zero state.
    dataset, settings = notebook(2000, optimizer=optimizer, learning_rate=0.1)
    session, runner = headless_session()
    session.train(dataset, settings)
    runner.run()
    session.look_back(2)
    shown = session.shown_network()
    plain = plain_run(dataset, settings, session.shown_iteration()).network
    assert same_weights(shown, plain) and shown.t == plain.t
    for key, arrays in plain.optimizer_state.items():
        assert all(np.array_equal(a, b) for a, b in zip(shown.optimizer_state[key], arrays)), key
    X, Y = dataset.split()[:2]
    shown.step(X, Y)
    plain.step(X, Y)
    assert same_weights(shown, plain)  # so its next step is the step the run made


def test_a_job_that_fails_is_told_and_the_run_cannot_go_on():
    dataset, settings = notebook(3000)

    def broken(trainer):
        raise ValueError("a broken job")
    session, runner = headless_session(on_start=broken)
    failed = heard(session, "failed")
    session.train(dataset, settings)
    runner.run()
    assert session.state == FAILED and not session.can_continue()
    assert failed and failed[0][1].startswith("ValueError: a broken job")


def test_a_diverging_run_ends_diverged_and_does_not_go_on():
    dataset, settings = notebook(3000, output="linear", loss="squared", learning_rate=50.0)
    session, runner = headless_session()
    session.train(dataset, settings)
    runner.run()
    assert session.state == DIVERGED_STATE and session.record().state == "diverged"
    assert not session.can_continue()


def test_a_stalled_helper_is_told_and_a_killed_one_leaves_the_run_paused_where_it_was():
    dataset, settings = notebook(3000)
    done, done_runner = headless_session()
    done.train(dataset, settings, 1000)
    done_runner.run()
    received = replace(done.last, status=None)  # what the helper had sent before it fell silent

    runner = InProcessRunner()
    session, _ = headless_session()
    session.helper = runner  # this helper never runs its job: it is stuck
    runner.report_to(session)
    events = heard(session, "stalled", "answered", "finished")
    session.train(dataset, settings)
    session.on_progress(received)
    assert session.iteration == 1000 and session.state == RUNNING
    session.on_stalled(5.0)
    assert session.silent_for == 5.0 and events[-1] == ("stalled", 5.0)
    session.on_answered()
    assert session.silent_for is None and events[-1] == ("answered",)
    session.on_stalled(6.0)
    session.stop()
    runner.shutdown()  # killed: its job and its network are gone
    session.on_killed("the helper did not answer, so it was ended")
    assert session.state == PAUSED and events[-1][0] == "finished"
    assert events[-1][1].status == STOPPED and events[-1][1].message.startswith("the helper did not answer")
    assert session.record().last.iteration == 1000 and session.can_continue()
    # Play goes on from the weights received, as from a saved run: the numbers of an uninterrupted run
    assert session.go_on(settings, 3000)
    runner.run()
    assert session.state == FINISHED and session.iteration == 3000
    assert same_weights(session.network, plain_run(dataset, settings, 3000).network)


@pytest.mark.parametrize("iterations", [1, 2500])
def test_the_in_process_record_is_the_runbooks_with_the_losses_of_its_lines(iterations):
    from playground.core.training.run_book import record_of_trainer

    dataset, settings = notebook(iterations)
    session, runner = headless_session(keep_timeline=False)
    session.train(dataset, settings)
    result = runner.run()
    expected = record_of_trainer(runner.trainer, dataset, settings, result.status)
    assert session.record() == expected
    assert not np.isnan(session.record().logged.losses).any()

"""RunSession (run_session.py) with a helper that only records: what the session sends and how it takes answers.

tests/core/test_run_session.py drives a session with a real Trainer in this process; here the helper is a
stand-in that keeps the jobs it is given, so each answer a helper process can give (progress, an end, a
failure, silence, being killed after Stop) is handed to the session directly and its state, events and jobs
checked.
"""

import numpy as np

from playground.core.data.presets import get_preset
from playground.core.nn.network import Network
from playground.core.training.run import Snapshot
from playground.core.training.run_session import RunSession
from playground.core.training.run_states import FAILED, FINISHED, IDLE, PAUSED, RUNNING
from playground.core.training.training import DONE, STOPPED


class RecordingHelper:
    """A helper that takes one job at a time and keeps it; the test answers for it."""

    def __init__(self, accepts=True):
        self.accepts = accepts
        self.jobs, self.stops, self.speeds, self.shut = [], 0, [], False

    def submit(self, job):
        if not self.accepts:
            return False
        self.jobs.append(job)
        return True

    def stop(self):
        self.stops += 1

    def set_speed(self, rate):
        self.speeds.append(rate)

    def shutdown(self):
        self.shut = True


def heard(session, *names):
    out = []
    for name in names:
        getattr(session.events, name).connect(lambda *args, name=name: out.append((name, *args)))
    return out


def notebook(**changes):
    p = get_preset("notebook")
    return p.dataset(), p.settings.with_(**changes)


def snapshot_after(settings, dataset, n, **extra):
    """What a helper reports after n iterations: a network trained so far, as a Snapshot."""
    X, Y, _, _ = dataset.split()
    net = Network.from_settings(settings, X.shape[1], Y.shape[1])
    with np.errstate(over="ignore"):
        error = net.steps(X, Y, n, want_error=True)
    return Snapshot(n, [w.copy() for w in net.weights], None, net.predict(X),
                    (np.array([n]), np.array([error])), **extra)


def test_train_sends_one_job_to_the_helper_up_to_iterations():
    helper = RecordingHelper()
    session = RunSession(helper)
    events = heard(session, "reset", "started", "state_changed")
    dataset, settings = notebook(iterations=500)
    assert session.train(dataset, settings, speed=120.0)
    [job] = helper.jobs
    assert (job.until, job.speed, job.go_on, job.start) == (500, 120.0, False, None)
    assert job.settings == settings
    assert helper.speeds == [120.0]
    assert session.state == RUNNING and session.running
    assert ("started",) in events and ("state_changed", RUNNING) in events
    assert session.record() is not None  # the run is a root of the tree from the start
    assert not session.train(dataset, settings)  # one job at a time
    assert len(helper.jobs) == 1


def test_a_helper_that_refuses_leaves_the_session_idle():
    session = RunSession(RecordingHelper(accepts=False))
    events = heard(session, "started")
    dataset, settings = notebook()
    assert not session.train(dataset, settings)
    assert session.state == IDLE and events == []
    assert session.network is not None  # the seed's network is on show all the same


def test_settings_with_a_problem_show_no_network_and_send_nothing():
    helper = RecordingHelper()
    session = RunSession(helper)
    events = heard(session, "reset")
    dataset, settings = notebook(learning_rate=-1.0)
    assert settings.problems()
    assert session.show(dataset, settings)
    assert session.network is None and session.settings is None and events == [("reset",)]
    assert not session.train(dataset, settings)
    assert helper.jobs == []


def test_progress_and_the_end_move_the_run_on():
    helper = RecordingHelper()
    session = RunSession(helper)
    dataset, settings = notebook(iterations=300)
    session.train(dataset, settings)
    events = heard(session, "changed", "finished", "state_changed")
    progress = snapshot_after(settings, dataset, 100, logged=[(0, 0.5)], n_logged=1)
    session.on_progress(progress)
    assert session.iteration == 100 and session.logged == [(0, 0.5)]
    np.testing.assert_array_equal(session.network.weights[0], progress.weights[0])
    end = snapshot_after(settings, dataset, 300, logged=[(200, 0.1)], n_logged=2, status=DONE)
    session.on_finished(end)
    assert session.state == FINISHED and session.iteration == 300
    assert session.logged == [(0, 0.5), (200, 0.1)]
    assert [e[0] for e in events] == ["changed", "changed", "state_changed", "finished"]
    assert session.record().state == FINISHED
    session.on_progress(snapshot_after(settings, dataset, 400))  # late progress after the end: ignored
    assert session.iteration == 300


def test_given_later_a_jobs_end_is_shown_at_once_and_the_run_ends_in_the_later_call():
    """The window's Run passes ``later`` (a zero timer): the final snapshot is shown in one turn of the event
    loop and the run ended in the next, so the UI thread's work at a job's end comes in two pieces."""
    turns = []
    session = RunSession(RecordingHelper(), later=turns.append)
    dataset, settings = notebook(iterations=300)
    session.train(dataset, settings)
    events = heard(session, "changed", "finished", "state_changed")
    end = snapshot_after(settings, dataset, 300, logged=[(0, 0.5), (200, 0.1)], n_logged=2, status=DONE,
                         hint="a hint")
    session.on_finished(end)
    # shown: the weights, lines and curve of the end, as a snapshot of a run still going (no status yet)
    assert session.state == RUNNING and session.iteration == 300 and session.logged == [(0, 0.5), (200, 0.1)]
    assert [e[0] for e in events] == ["changed"] and events[0][1].status is None and events[0][1].hint is None
    np.testing.assert_array_equal(session.network.weights[0], end.weights[0])
    assert len(turns) == 1
    turns.pop()()  # the next turn: the run ends, with the end's status, its lines taken once
    assert session.state == FINISHED and session.last.status == DONE
    assert [e[0] for e in events] == ["changed", "state_changed"]
    assert session.logged == [(0, 0.5), (200, 0.1)] and session.record().state == FINISHED
    np.testing.assert_array_equal(session.record().logged.errors, [0.5, 0.1])
    assert len(turns) == 1
    turns.pop()()  # the turn after: finished is told
    assert [e[0] for e in events] == ["changed", "state_changed", "finished"] and events[-1][1] is end
    assert turns == []


def test_anything_new_before_the_third_turn_has_the_end_told_first():
    """Between the turn that ends a run and the one that tells ``finished``, Train (or Play, an edit, Undo to
    another run, a failure, closing): ``finished`` comes first, once, and the late turn tells nothing."""
    for start_new in ("train", "go_on", "follow", "select", "failed", "shutdown"):
        turns = []
        helper = RecordingHelper()
        session = RunSession(helper, later=turns.append)
        dataset, settings = notebook(iterations=300)
        session.train(dataset, settings)
        first = session.record_id
        end = snapshot_after(settings, dataset, 300, status=DONE)
        session.on_finished(end)
        turns.pop()()  # the run ends; finished is still to be told
        events = heard(session, "finished", "reset", "state_changed", "failed")
        if start_new == "train":
            assert session.train(dataset, settings)
        elif start_new == "go_on":
            assert session.go_on(settings.with_(iterations=600), 600)
        elif start_new == "follow":
            assert session.follow(dataset, settings.with_(learning_rate=0.5))
        elif start_new == "select":
            assert session.select(first)
        elif start_new == "failed":
            session.on_failed("the helper stopped")
        else:
            session.shutdown()
        names = [e[0] for e in events]
        assert names[0] == "finished" and names.count("finished") == 1, (start_new, names)
        assert events[0][1] is end
        turns.pop()()  # the end's own third turn, late: nothing more
        assert [e[0] for e in events].count("finished") == 1, start_new


def test_given_later_an_end_that_comes_when_nothing_runs_ends_at_once():
    turns = []
    session = RunSession(RecordingHelper(), later=turns.append)
    dataset, settings = notebook(iterations=300)
    session.train(dataset, settings)
    session.stop()
    session.on_finished(snapshot_after(settings, dataset, 100, status=STOPPED))
    turns.pop()()
    assert session.state == PAUSED
    events = heard(session, "finished")
    session.on_finished(snapshot_after(settings, dataset, 200, status=DONE))  # not running: not split
    assert session.state == FINISHED and session.iteration == 200
    assert [e[1].status for e in events] == [STOPPED, DONE]  # the first end's finished, untold, came first
    turns.pop()()  # its own third turn, late: nothing more
    assert turns == [] and len(events) == 2


def test_an_end_waiting_for_its_turn_never_ends_a_later_job():
    """Between a job's two turns a failure and a new job (not an order today's relay makes, but nothing may
    depend on that): the first job's second turn then ends nothing (a review's probe ended the new job with
    the old job's snapshot)."""
    turns = []
    helper = RecordingHelper()
    session = RunSession(helper, later=turns.append)
    dataset, settings = notebook(iterations=300)
    session.train(dataset, settings)
    session.on_finished(snapshot_after(settings, dataset, 300, status=DONE))
    session.on_failed("the helper stopped")
    assert session.state == FAILED and session.train(dataset, settings) and session.state == RUNNING
    turns.pop(0)()  # the first job's second turn comes late
    assert session.state == RUNNING and session.iteration == 0 and len(helper.jobs) == 2


def test_silence_is_told_once_and_an_answer_clears_it():
    session = RunSession(RecordingHelper())
    events = heard(session, "stalled", "answered")
    session.on_stalled(5.0)  # nothing runs: nothing to tell
    assert session.silent_for is None and events == []
    session.train(*notebook())
    session.on_stalled(5.5)
    assert session.silent_for == 5.5
    session.on_answered()
    session.on_answered()
    assert session.silent_for is None
    assert events == [("stalled", 5.5), ("answered",)]


def test_a_killed_helper_pauses_the_run_where_its_last_report_left_it_and_play_goes_on_from_there():
    helper = RecordingHelper()
    session = RunSession(helper)
    dataset, settings = notebook(iterations=1000)
    session.train(dataset, settings)
    last = snapshot_after(settings, dataset, 250, logged=[(0, 0.47)], n_logged=1)
    session.on_progress(last)
    messages = []
    session.events.finished.connect(lambda snap: messages.append((snap.status, snap.message)))
    session.on_killed("the helper did not answer Stop")
    assert session.state == PAUSED and session.iteration == 250
    assert messages == [(STOPPED, "the helper did not answer Stop")]
    assert session.logged == [(0, 0.47)]  # the lines already received stay, none twice
    assert session.can_continue()
    assert session.go_on(settings, 1000)
    go_on = helper.jobs[-1]
    assert not go_on.go_on  # the helper's network is gone: the job carries the weights
    assert go_on.start is not None and go_on.start.iterations_done == 250
    np.testing.assert_array_equal(go_on.start.weights[0], last.weights[0])


def test_a_failure_ends_the_run_and_play_cannot_go_on():
    helper = RecordingHelper()
    session = RunSession(helper)
    dataset, settings = notebook()
    session.train(dataset, settings)
    failures = heard(session, "failed")
    session.on_failed("out of memory")
    assert session.state == FAILED and failures == [("failed", "out of memory")]
    assert not session.can_continue()
    assert not session.go_on(settings, settings.iterations + 10)


def test_stop_speed_and_shutdown_go_to_the_helper():
    helper = RecordingHelper()
    session = RunSession(helper)
    session.stop()
    session.set_speed(30.0)
    session.shutdown()
    assert (helper.stops, helper.speeds, helper.shut) == (1, [30.0], True)


def test_a_row_change_is_told_only_when_the_row_changes():
    session = RunSession(RecordingHelper())
    rows = heard(session, "row_changed")
    session.select_row(2)
    session.select_row(2)
    session.select_row(0)
    assert rows == [("row_changed", 2), ("row_changed", 0)]


def test_while_a_job_runs_the_table_cannot_be_swapped_and_history_cannot_be_looked_back_at():
    helper = RecordingHelper()
    session = RunSession(helper)
    dataset, settings = notebook(iterations=300)
    session.train(dataset, settings)
    shown = heard(session, "shown_changed", "reset")
    assert not session.show(dataset, settings.with_(seed=7))
    session.look_back(0)
    assert shown == [] and not session.looking_back() and session.settings == settings



def test_train_hands_the_job_to_the_helper_before_the_views_reset():
    """The helper trains while the window's views reset to the new run (on the other core), not after."""
    order = []

    class Ordered(RecordingHelper):
        def submit(self, job):
            order.append("job")
            return super().submit(job)

    session = RunSession(Ordered())
    session.events.reset.connect(lambda: order.append("reset"))
    session.events.started.connect(lambda: order.append("started"))
    assert session.train(*notebook(iterations=500))
    assert order == ["job", "reset", "started"]
    assert session.running and session.record() is not None


def test_train_with_a_helper_that_cannot_take_the_job_shows_the_new_network_and_says_no():
    helper = RecordingHelper(accepts=False)
    session = RunSession(helper)
    dataset, settings = notebook(iterations=500)
    assert not session.train(dataset, settings)
    assert session.state == IDLE and session.network is not None and session.settings == settings

"""The helper pool: a training and a study run at once, in helpers of their own; Stop cancels one job by its
id and no other; the pool makes, lends, warms and ends the helper processes."""

import numpy as np

from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.training.run import Job
from playground.core.training.study import Study
from playground.core.training.training import DONE, STOPPED, Trainer
from playground.ui.run.helper_pool import HelperPool
from playground.ui.run.relay import HelperLink
from playground.ui.run.run import PAUSED
from playground.ui.study.study_panel import StudyWindow
from tests.processes import gone

TIMEOUT = 60_000
NOTEBOOK = get_preset(DEFAULT_PRESET)


def test_the_window_trains_while_the_study_window_studies_and_both_get_the_headless_numbers(qtbot, window):
    # a training far too long to end by itself, from the window's Train
    window.controls.iterations_spin.setValue(10**8)
    window.controls.log_every_spin.setValue(1000)
    with qtbot.waitSignal(window.run.started, timeout=TIMEOUT):
        window.train_action.trigger()
    qtbot.waitUntil(lambda: len(window.run.logged) >= 2, timeout=TIMEOUT)
    study = StudyWindow()
    qtbot.addWidget(study)
    study.show()
    try:
        settings = NOTEBOOK.settings.with_(iterations=4000, log_every=500)
        study.set_experiment(NOTEBOOK.dataset(), settings)
        study.seeds_spin.setValue(8)
        with qtbot.waitSignal(study.studyFinished, timeout=TIMEOUT) as finished:
            study.start_button.click()
            qtbot.waitUntil(lambda: study.controller.helper_pid() is not None, timeout=TIMEOUT)
            during = window.run.iteration
            pids = {window.run.helper.helper_pid(), study.controller.helper_pid()}
        # the training went on in its own helper all the while
        assert None not in pids and len(pids) == 2
        assert window.run.running
        qtbot.waitUntil(lambda: window.run.iteration > during, timeout=TIMEOUT)
        result = finished.args[0]
        headless = Study(NOTEBOOK.dataset(), settings, 8, record_every=result.recorded_iterations[1])
        headless.run()
        assert result.status == DONE
        np.testing.assert_array_equal(result.final_errors, headless.final_errors())
        np.testing.assert_array_equal(result.recorded_errors, headless.recorded[1])
    finally:
        study.shutdown()
    with qtbot.waitSignal(window.run.finished, timeout=TIMEOUT) as ended:
        window.stop_action.trigger()
    assert ended.args[0].status == STOPPED and window.run.state == PAUSED
    stopped_at = window.run.iteration
    alone = Trainer.from_settings(window.dataset(), window.settings())
    alone.run(stopped_at)
    its, errs = alone.history.logged
    assert window.run.logged == list(zip(its.tolist(), errs.tolist()))
    assert window.log_view.toPlainText().count("Error:") == len(its)
    for mine, theirs in zip(window.run.network.weights, alone.network.weights):
        np.testing.assert_array_equal(mine, theirs)


def test_stop_cancels_one_links_job_and_no_other(qtbot):
    links = [HelperLink(name=f"nn-playground-test-{k}") for k in range(2)]
    try:
        job = Job(NOTEBOOK.dataset(), NOTEBOOK.settings.with_(iterations=10**8, log_every=10**6), 10**8)
        for link in links:
            with qtbot.waitSignal(link.progressed, timeout=TIMEOUT):
                assert link.submit(job)
        assert links[0].helper_pid() != links[1].helper_pid()
        with qtbot.waitSignal(links[0].finished, timeout=TIMEOUT) as first:
            links[0].stop()
        assert first.args[0].status == STOPPED and not links[0].running
        assert links[1].running
        with qtbot.waitSignal(links[1].progressed, timeout=TIMEOUT) as later:
            pass
        assert later.args[0].iteration > 0 and later.args[0].status is None
        with qtbot.waitSignal(links[1].finished, timeout=TIMEOUT) as second:
            links[1].stop()
        assert second.args[0].status == STOPPED
        # each job had an id of its own; the stopped helper serves the next job of its link
        with qtbot.waitSignal(links[0].finished, timeout=TIMEOUT) as again:
            assert links[0].submit(Job(NOTEBOOK.dataset(), NOTEBOOK.settings.with_(iterations=300), 300))
        assert again.args[0].status == DONE and again.args[0].iteration == 300
    finally:
        for link in links:
            link.shutdown()


def test_the_pool_lends_a_warm_spare_up_to_its_size_and_ends_what_it_made():
    pool = HelperPool(size=2)
    assert HelperPool().size >= 2
    try:
        first = pool.acquire("nn-playground-test-a", 1 / 30, 0.5)
        pool.warm(1 / 30, 0.5)
        assert pool.live() == 2
        pool.warm(1 / 30, 0.5)  # a spare is there already: nothing more
        assert pool.live() == 2
        second = pool.acquire("nn-playground-test-b", 1 / 30, 0.5)  # the spare
        assert second.pid != first.pid and second.process.name == "nn-playground-test-b"
        pool.warm(1 / 30, 0.5)  # two helpers live: the size is reached, no spare
        assert pool.live() == 2
        impatient = pool.acquire("nn-playground-test-c", 1 / 30, 0.5)  # beyond the size: still one
        assert pool.live() == 3
        pids = [first.pid, second.pid, impatient.pid]
        pool.release(first)
        assert gone(pids[0]) and pool.live() == 2
    finally:
        pool.shutdown()
    assert all(gone(pid) for pid in pids)


def test_a_spare_that_beats_too_slowly_for_the_watchdog_is_ended_not_lent():
    pool = HelperPool(size=4)
    try:
        pool.warm(1 / 30, 0.5)
        helper = pool.acquire("nn-playground-test-warm", 1 / 30, 0.5)  # the spare beats often enough
        pool.warm(1 / 30, 0.5)
        assert pool.live() == 2
        quick = pool.acquire("nn-playground-test-beat", 1 / 30, 0.05)  # a watchdog at 0.5 s wants beats of 0.05 s
        assert quick.heartbeat == 0.05 and pool.live() == 2  # a new helper; the slow spare was ended
        assert quick.pid != helper.pid
    finally:
        pool.shutdown()

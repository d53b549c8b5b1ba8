"""The landscape window's worker thread: computes off the UI thread, reports only the newest request of a kind."""

import threading

from playground.ui.landscape.landscape_worker import SurfaceThread


def test_a_computation_runs_in_the_worker_thread_and_reports_in_the_gui_thread(qtbot):
    worker = SurfaceThread()
    where = {}

    def compute():
        where["computed"] = threading.get_ident()
        return 42

    worker.done.connect(lambda kind, result: where.update(reported=threading.get_ident(), result=(kind, result)))
    try:
        with qtbot.waitSignal(worker.done, timeout=10_000):
            worker.submit("surface", compute)
            assert worker.busy("surface") and not worker.busy("ghosts")
        assert where["result"] == ("surface", 42)
        assert where["computed"] != threading.get_ident() and where["reported"] == threading.get_ident()
        assert not worker.busy()
    finally:
        worker.shutdown()


def test_only_the_newest_request_of_a_kind_is_reported(qtbot):
    worker = SurfaceThread()
    gate = threading.Event()
    results = []
    worker.done.connect(lambda kind, result: results.append((kind, result)))
    try:
        worker.submit("surface", lambda: gate.wait(10) and "first")  # holds the thread while more arrive
        worker.submit("surface", lambda: "second")
        worker.submit("ghosts", lambda: "ghosts")
        with qtbot.waitSignals([worker.done, worker.done], timeout=10_000):
            worker.submit("surface", lambda: "third")
            gate.set()
        assert sorted(results) == [("ghosts", "ghosts"), ("surface", "third")]
    finally:
        gate.set()
        worker.shutdown()


def test_a_bad_request_is_reported_as_a_message(qtbot):
    worker = SurfaceThread()

    def bad():
        raise ValueError("choose two different weights (both are syn0[0, 0])")

    try:
        with qtbot.waitSignal(worker.failed, timeout=10_000) as failed:
            worker.submit("surface", bad)
        assert failed.args == ["surface", "choose two different weights (both are syn0[0, 0])"]
    finally:
        worker.shutdown()


def test_a_stopped_thread_starts_again_for_the_next_request(qtbot):
    worker = SurfaceThread()
    try:
        worker.submit("surface", lambda: 1)
        worker.shutdown()
        assert not worker.busy()
        with qtbot.waitSignal(worker.done, timeout=10_000) as done:
            worker.submit("surface", lambda: 2)
        assert done.args == ["surface", 2]
    finally:
        worker.shutdown()

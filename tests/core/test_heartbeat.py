"""The helper's sign of life: beats go down the pipe until the helper is ready, and its end is told in words."""

import multiprocessing
import signal
import threading

from playground.core.training.heartbeat import Heartbeat, beat_until, describe_exit


def test_beats_until_done_then_stops():
    ours, theirs = multiprocessing.Pipe()
    done = threading.Event()
    beats = threading.Thread(target=beat_until, args=(theirs, done, 0.001), daemon=True)
    beats.start()
    assert ours.poll(60) and ours.recv() == Heartbeat()
    done.set()
    beats.join(60)
    assert not beats.is_alive()
    while ours.poll(0):  # beats sent before ``done``; none after the thread ended
        assert isinstance(ours.recv(), Heartbeat)
    assert not ours.poll(0.05)


def test_a_closed_pipe_ends_the_beats():
    ours, theirs = multiprocessing.Pipe()
    theirs.close()  # sending on it raises OSError: the thread returns instead of failing
    beats = threading.Thread(target=beat_until, args=(theirs, threading.Event(), 0.001), daemon=True)
    beats.start()
    beats.join(60)
    assert not beats.is_alive()


def test_describe_exit_names_the_signal_or_the_code():
    assert describe_exit(-signal.SIGTERM) == f"killed by signal {int(signal.SIGTERM)} (SIGTERM)"
    assert describe_exit(-200) == "killed by signal 200"  # no such signal: the number alone
    assert describe_exit(3) == "exit code 3"
    assert describe_exit(None) == "it stopped answering"

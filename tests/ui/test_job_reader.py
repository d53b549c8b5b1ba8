"""The shared reader of one job's messages from a helper (the training relay's, the atlas runner's and the race
link's loop): its job's messages in order, others dropped, Failed / PipeClosed end it, silence is reported, Stop
cancels once and kills a helper that stays silent. A stand-in helper and clock: the test drives time, nothing
sleeps."""

import queue
from dataclasses import dataclass

import pytest

from playground.core.training.heartbeat import Heartbeat
from playground.core.training.run import Cancel, Failed
from playground.ui.run.helper_pool import PipeClosed
from playground.ui.run.job_reader import DONE, KILLED, JobReader

JOB = 7
POLL = 0.25  # (binary fractions: the stand-in clock adds them up exactly)
STALL = 1.0
GRACE = 0.5


@dataclass(frozen=True)
class Note:
    """A message of a job (a stand-in for Progress, AtlasRecords, RaceProgress...)."""

    job_id: int
    n: int
    last: bool = False


class StandInHelper:
    """A helper with an inbox; ``plan(at, *things)`` makes messages arrive (or calls run) at a time of its clock,
    which only ``poll`` moves: a poll finding nothing waits its whole timeout."""

    def __init__(self):
        self.inbox = queue.Queue()
        self.pid = 4242
        self.sent = []
        self.kills = []
        self.t = 0.0
        self._plan = []
        self.on_cancel = None  # called with the time a Cancel is sent

    def now(self) -> float:
        return self.t

    def plan(self, at: float, *things) -> None:
        self._plan.append((at, things))
        self._plan.sort(key=lambda entry: entry[0])

    def poll(self, timeout: float):
        if self.inbox.empty():
            if self._plan and self._plan[0][0] <= self.t + timeout:
                at, things = self._plan.pop(0)
                self.t = max(self.t, at)
                for thing in things:
                    thing() if callable(thing) else self.inbox.put(thing)
            else:
                self.t += timeout
        return self.inbox.get_nowait()  # (queue.Empty when nothing came)

    def send(self, message) -> None:
        self.sent.append(message)
        if isinstance(message, Cancel) and self.on_cancel is not None:
            self.on_cancel(self.t)

    def kill(self) -> None:
        self.kills.append(self.t)


def reader_of(helper: StandInHelper, events: list, stopping=lambda: False) -> JobReader:
    def on_message(message) -> bool:
        events.append(("message", helper.t, message.n))
        return message.last

    return JobReader(helper, JOB, on_message, stall_seconds=STALL, grace_seconds=GRACE, poll_seconds=POLL,
                     stopping=stopping,
                     stalled=lambda seconds: events.append(("stalled", helper.t, seconds)),
                     answered=lambda: events.append(("answered", helper.t)),
                     now=helper.now, poll=helper.poll)


def test_the_jobs_messages_reach_the_callback_in_order_and_others_are_dropped():
    helper, events = StandInHelper(), []
    helper.plan(0.1, Note(JOB - 1, 100), Note(JOB, 1), Heartbeat(), Failed("an older job's", JOB - 1), Note(JOB, 2))
    helper.plan(0.2, Note(JOB - 1, 101, last=True), Note(JOB, 3))
    helper.plan(0.4, Note(JOB, 4, last=True), Note(JOB, 5))
    assert reader_of(helper, events).run() == DONE
    assert events == [("message", 0.1, 1), ("message", 0.1, 2), ("message", 0.2, 3), ("message", 0.4, 4)]
    assert helper.inbox.get_nowait() == Note(JOB, 5)  # what follows the last message is not read
    assert helper.sent == [] and helper.kills == []


@pytest.mark.parametrize("ending", [Failed("boom\nTraceback", JOB), Failed("no job", 0), PipeClosed("EOFError")],
                         ids=["its Failed", "a Failed of no job", "the pipe closed"])
def test_a_failure_or_a_closed_pipe_ends_the_reading_with_it(ending):
    helper, events = StandInHelper(), []
    helper.plan(0.5, Note(JOB, 1), ending, Note(JOB, 2))
    assert reader_of(helper, events).run() == ending
    assert events == [("message", 0.5, 1)] and helper.kills == []


def test_silence_is_reported_at_the_limit_then_every_second_and_an_answer_is_told():
    helper, events = StandInHelper(), []
    helper.plan(2.5, Heartbeat())
    helper.plan(5.0, Note(JOB, 1, last=True))
    assert reader_of(helper, events).run() == DONE
    assert events == [("stalled", 1.0, 1.0), ("stalled", 2.0, 2.0), ("answered", 2.5),
                      ("stalled", 3.5, 1.0), ("stalled", 4.5, 2.0), ("answered", 5.0), ("message", 5.0, 1)]


def test_heartbeats_keep_a_slow_job_from_being_reported():
    helper, events = StandInHelper(), []
    for k in range(1, 12):
        helper.plan(0.75 * k, Heartbeat())
    helper.plan(9.0, Note(JOB, 1, last=True))
    assert reader_of(helper, events).run() == DONE
    assert events == [("message", 9.0, 1)]


def test_stop_sends_one_cancel_and_kills_a_helper_that_stays_silent_after_the_grace():
    helper, events = StandInHelper(), []
    reader = reader_of(helper, events)
    helper.plan(0.5, Note(JOB, 1), reader.stop, reader.stop)
    helper.plan(0.75, reader.stop)
    assert reader.run() == KILLED
    assert helper.sent == [Cancel(JOB)] and helper.kills == [0.5 + GRACE]
    reader.stop()  # after the end too: nothing more is sent
    assert helper.sent == [Cancel(JOB)]


def test_a_helper_heard_after_stop_gets_the_grace_from_its_last_message():
    helper, events = StandInHelper(), []
    reader = reader_of(helper, events)
    helper.plan(1.5, reader.stop)
    helper.plan(1.75, Heartbeat())
    assert reader.run() == KILLED
    assert helper.kills == [1.75 + GRACE]
    assert [e[0] for e in events] == ["stalled", "answered"]


def test_a_helper_that_answers_stop_with_its_last_message_is_not_killed():
    helper, events = StandInHelper(), []
    reader = reader_of(helper, events)
    helper.on_cancel = lambda t: helper.plan(t + GRACE - POLL, Note(JOB, 9, last=True))
    helper.plan(0.5, reader.stop)
    assert reader.run() == DONE
    assert helper.sent == [Cancel(JOB)] and helper.kills == []
    assert events == [("message", 0.75, 9)]


def test_a_stop_flag_seen_by_the_loop_sends_the_cancel_once_and_a_given_kill_is_used():
    helper, events, flag, killed = StandInHelper(), [], [], []
    helper.plan(0.5, lambda: flag.append(True))
    reader = JobReader(helper, JOB, lambda message: False, stall_seconds=STALL, grace_seconds=GRACE,
                       poll_seconds=POLL, stopping=lambda: bool(flag), kill=lambda: killed.append(helper.t),
                       now=helper.now, poll=helper.poll)
    assert reader.run() == KILLED
    assert helper.sent == [Cancel(JOB)] and killed == [0.5 + GRACE] and helper.kills == []


def test_tick_comes_once_a_turn_after_the_messages_that_arrived():
    helper, log = StandInHelper(), []

    def on_message(message) -> bool:
        log.append(message.n)
        return message.last

    helper.plan(0.1, Note(JOB, 1), Note(JOB, 2))
    helper.plan(0.3, Note(JOB, 3, last=True))
    reader = JobReader(helper, JOB, on_message, stall_seconds=STALL, grace_seconds=GRACE, poll_seconds=POLL,
                       tick=lambda: log.append(f"tick {helper.t}"), now=helper.now, poll=helper.poll)
    assert reader.run() == DONE
    assert log == [1, 2, "tick 0.1", 3]  # (the last message ends the reading at once)


def test_without_a_poll_it_reads_the_helpers_inbox():
    helper = StandInHelper()
    for n in (1, 2, 3):
        helper.inbox.put(Note(JOB, n, last=n == 3))
    seen = []
    reader = JobReader(helper, JOB, lambda m: seen.append(m.n) or m.last, stall_seconds=STALL, grace_seconds=GRACE,
                       poll_seconds=POLL)
    assert reader.run() == DONE and seen == [1, 2, 3]

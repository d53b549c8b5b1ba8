"""The Run: the window's training run, a thin Qt adapter of a :class:`~playground.core.training.run_session.RunSession`.

The session (``playground/core/training/run_session.py``, no Qt) is the one owner of everything a
training run knows: the settings and dataset it started from, the live network, the error
curve, the Error: lines, the weight timeline, the state (idle, running, paused, finished,
diverged, failed), whether Play can go on with it, and the tree of runs (editing after training
branches, Undo selects the branch before: :mod:`playground.core.training.run_branching`). ``nn-playground
train`` runs through the same session with a Trainer in its own process.

The Run gives the session its :class:`~playground.ui.run.relay.HelperLink` (whose reports go straight
to the session) and its signals as the session's events, and speaks the interface language
(:class:`~playground.ui.run.branches.WindowWording`). Everything else (``iteration``, ``curve``,
``train``, ``follow``, ...) is the session's, read and called through the Run. Views take the Run
and listen (napari's ``QtDims(dims)``):

* ``reset``: a new untrained network (or none, when the table or settings have a problem):
  every view clears to it;
* ``started``: the helper took a job;
* ``changed(Snapshot)``: the live run moved on: new Error: lines, new weights, the curve;
* ``finished(Snapshot)``: the job ended; ``state`` says how;
* ``failed(message)``;
* ``stalled(seconds)``: the helper has not answered for that long (its watchdog, in
  :mod:`playground.ui.run.relay`); ``answered``: it did again. ``silent_for`` holds the seconds
  (None while it answers). Stop then ends the run within about a second: the helper is
  killed and the run ends as stopped, with the curve, lines and weights received so far
  (``finished`` with a Snapshot whose ``message`` says so); Play goes on from them and the
  next job starts a new helper;
* ``stateChanged(state)``; ``shownChanged``: the weights shown changed (the live ones, or an
  earlier iteration while looking back in History); ``rowChanged(row)``: the example looked at
  changed.

A snapshot reaches a view in three hops: the ``HelperLink``, the session, the view (the
signals' ``emit`` are the session's events themselves).

A view that needs a number asks the Run (``iteration``, ``shown_network()``, ...),
never another view or the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from playground.core.training.run_session import RunSession
from playground.core.training.run_states import (DIVERGED_STATE, FAILED, FINISHED, IDLE, PAUSED, PLAY, RUNNING, STEP, TRAIN,
                                        RunEvents, table_key)
from playground.ui.run.branches import WindowWording, run_label
from playground.ui.run.relay import HelperLink


# The session's names the Run answers to (read, written or called): its state, what the views ask, what the
# window does.
SESSION_NAMES = (
    "dataset", "settings", "network", "curve", "logged", "timeline", "iteration", "outputs", "state", "kind", "last",
    "label", "table_name", "group", "row", "started_at", "base_iteration", "until", "ended_at", "silent_for", "tree",
    "trees_used", "record_id", "branch_start", "change_texts", "root_id", "running",
    "can_continue", "keeps", "trained", "looking_back", "history", "history_iterations", "shown_iteration",
    "shown_network", "shown_outputs", "result", "path", "change_text", "checkpoint_of", "record",
    "show", "restore", "train", "go_on", "stop", "set_speed", "look_back", "select_row", "shutdown", "runs", "use_tree",
    "open_tree", "follow", "put_weights", "select", "set_timeline")


# The end's last turn (RunSession.on_finished) comes this long after the one before: later than any timer
# already due then (a 5 ms tick), and still within a frame or two of the run's end.
WAIT_MS = 8


class CallsOnTimer(QObject):
    """``calls(f)``: call f when a single-shot timer of ``interval`` ms fires, with every call given until then."""

    def __init__(self, parent: QObject, interval: int) -> None:
        super().__init__(parent)
        self._calls: list = []
        self._timer = QTimer(self, singleShot=True, interval=interval)
        self._timer.timeout.connect(self._fire)

    def __call__(self, call) -> None:
        self._calls.append(call)
        self._timer.start()

    def _fire(self) -> None:
        calls, self._calls = self._calls, []  # a call that gives another has it called at the next firing
        for call in calls:
            call()


class _Session:
    """A name of the Run that is its session's."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, run, owner=None):
        return self if run is None else getattr(run.session, self.name)

    def __set__(self, run, value) -> None:
        setattr(run.session, self.name, value)

    def __call__(self, run, *args, **kwargs):
        """``Run.show(run, ...)``, as for a method of the class (a test wraps one so)."""
        return getattr(run.session, self.name)(*args, **kwargs)


class Run(QObject):
    """One training run and what the window shows of it (see the module docstring)."""

    reset = Signal()
    started = Signal()
    changed = Signal(object)  # Snapshot
    finished = Signal(object)  # the final Snapshot
    failed = Signal(str)
    stalled = Signal(float)  # seconds the helper has not answered, while running
    answered = Signal()  # the helper answered again after a stall
    stateChanged = Signal(str)
    shownChanged = Signal()
    rowChanged = Signal(int)

    def __init__(self, parent: QObject | None = None, helper: HelperLink | None = None) -> None:
        super().__init__(parent)
        self.helper = helper if helper is not None else HelperLink(self, name="nn-playground-trainer")
        events = RunEvents(reset=self.reset.emit, started=self.started.emit, changed=self.changed.emit,
                           finished=self.finished.emit, failed=self.failed.emit, stalled=self.stalled.emit,
                           answered=self.answered.emit, state_changed=self.stateChanged.emit,
                           shown_changed=self.shownChanged.emit, row_changed=self.rowChanged.emit)
        # A job's later turns (RunSession.on_finished) run on a zero timer, not a posted call (QTimer.singleShot(0)
        # posts one): the event loop handles every posted event (the first turn's repaints among them) in one go
        # before it looks at its timers and input, so a posted end made one long pause of the turns and repaints.
        # The end's last turn (finished) waits a little: zero timers started in a turn come before the timers
        # already due a moment later (a view's, a 5 ms tick), so consecutive zero-timer turns made one pause.
        self.session = RunSession(self.helper, events, WindowWording(), later=CallsOnTimer(self, 0),
                                  wait=CallsOnTimer(self, WAIT_MS))
        s = self.session
        for signal, report in ((self.helper.progressed, s.on_progress), (self.helper.finished, s.on_finished),
                               (self.helper.failed, s.on_failed), (self.helper.stalled, s.on_stalled),
                               (self.helper.answered, s.on_answered), (self.helper.killed, s.on_killed)):
            signal.connect(report)


for _name in SESSION_NAMES:
    setattr(Run, _name, _Session(_name))

__all__ = ["Run", "run_label", "table_key", "IDLE", "RUNNING", "PAUSED", "FINISHED", "DIVERGED_STATE", "FAILED",
           "TRAIN", "PLAY", "STEP", "SESSION_NAMES"]

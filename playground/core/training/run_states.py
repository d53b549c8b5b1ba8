"""What a :class:`~playground.core.training.run_session.RunSession` is made of besides its maths: its states,
the events it tells, the helper it talks to, and how it words runs and changes.

* States: ``IDLE``, ``RUNNING``, ``PAUSED``, ``FINISHED``, ``DIVERGED_STATE``, ``FAILED``; what a
  person asked for: ``TRAIN`` (from the seed), ``PLAY``, ``STEP``.
* :class:`RunEvents`: one callable per event (``reset()``, ``started()``, ``changed(snapshot)``,
  ``finished(snapshot)``, ``failed(message)``, ``stalled(seconds)``, ``answered()``,
  ``state_changed(state)``, ``shown_changed()``, ``row_changed(row)``). Headless, each is an
  :class:`Event` that listeners ``connect`` to; the window gives its Qt signals' ``emit`` instead
  (``playground.ui.run.run``), so a snapshot goes from the helper link through the session straight to
  the views, with no hop between.
* :class:`Helper`: what runs the jobs (``submit``, ``stop``, ``set_speed``, ``shutdown``): the
  window's :class:`~playground.ui.run.relay.HelperLink`, or :class:`~playground.core.training.in_process.InProcessRunner`
  for the command line and tests. Whoever makes the helper sends its reports to the session's
  ``on_progress``, ``on_finished``, ``on_failed``, ``on_stalled``, ``on_answered``, ``on_killed``.
* :class:`Wording`: a run's label and a branch's change, in English; the window's speaks the
  interface language.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from playground.core.training import branch_rules
from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings

IDLE, RUNNING, PAUSED, FINISHED, DIVERGED_STATE, FAILED = "idle", "running", "paused", "finished", "diverged", "failed"
TRAIN, PLAY, STEP = "train", "play", "step"  # what the user asked for: Train from the seed, Play, Step
EVENTS = ("reset", "started", "changed", "finished", "failed", "stalled", "answered", "state_changed",
          "shown_changed", "row_changed")


def table_key(ds: Dataset) -> str:
    """Which table a run trained on: runs on the same table are drawn together in the error plot."""
    return f"{ds.names}|{ds.roles}|{hash(ds.values.tobytes())}"


class Event:
    """Callbacks called with an event's arguments, in the order they connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def __call__(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


class RunEvents:
    """The session's events (module docstring): each member an :class:`Event`, or the callable given
    for it (``RunEvents(changed=signal.emit, ...)``)."""

    def __init__(self, **sinks: Callable[..., Any]) -> None:
        unknown = set(sinks) - set(EVENTS)
        if unknown:
            raise TypeError(f"no run event {sorted(unknown)[0]!r}")
        for name in EVENTS:
            setattr(self, name, sinks.get(name) or Event())


class Helper(Protocol):
    """What runs a session's jobs; its reports go to the session's ``on_...`` methods."""

    def submit(self, job: Any) -> bool: ...  # False: it cannot take the job now (one runs, or it was shut down)

    def stop(self) -> None: ...

    def set_speed(self, rate: float | None) -> None: ...

    def shutdown(self) -> None: ...


class Wording:
    """How a session names a run and a change for people: plain English (what a record keeps)."""

    def label(self, settings: Settings, table_name: str = "") -> str:
        return branch_rules.english_label(settings, table_name)

    def describe(self, base: Any, dataset: Dataset, settings: Settings,
                 draft_change: tuple[str, str] | None = None) -> tuple[str, str]:
        """What changed from ``base``'s experiment: (English, as shown); a branch still being made
        (``draft_change``) keeps its typed weight."""
        parts = []
        if draft_change is not None and draft_change[0].startswith("weight"):
            parts.append((draft_change[0].split(";")[0], draft_change[1].split(";")[0]))
        facts = branch_rules.change_parts(base, dataset, settings)
        if not parts and not facts:
            facts = [branch_rules.ChangePart(branch_rules.NOTHING, branch_rules.NOTHING)]
        parts += [(p.english, self.part(p)) for p in facts]
        return "; ".join(p[0] for p in parts), "; ".join(p[1] for p in parts)

    def part(self, part: branch_rules.ChangePart) -> str:
        """One part of a change as shown."""
        return part.english

    def saved_change(self, english: str) -> str:
        """A change kept in a record (a reopened document's) as shown."""
        return english

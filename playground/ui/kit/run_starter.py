"""Which of the controls that start or continue a run the window shows now: what a hint may tell to press.

A lesson step may hide Train and show only Step (lesson 7), or show none of them. The lesson player owns
one :class:`RunStarter` and sets the controls its step shows (all of them again when the lesson closes);
the views with a hint ("Press Train: …", "Ready: press Train (F5)") take it (``follow_starter``), listen to
``changed`` and name a control the student can press.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

TRAIN, STEP, PLAY = "train", "step", "play"  # the lesson format's panel names of these controls
CONTROLS = (TRAIN, STEP, PLAY)  # in the order a hint prefers them


class RunStarter(QObject):
    """The run controls shown now (all of them outside a lesson); ``changed`` is sent when they change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: frozenset[str] = frozenset(CONTROLS)

    def shown(self) -> frozenset[str]:
        return self._shown

    def set_shown(self, controls: Iterable[str]) -> None:
        """These controls are shown (names from CONTROLS; others are ignored), the rest hidden."""
        shown = frozenset(controls) & frozenset(CONTROLS)
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()

    def starter(self) -> str:
        """The control a hint names to start a run: Train where shown, else Step, else Play (Train when
        none is: the menu's Run > Train still works)."""
        return next((c for c in CONTROLS if c in self._shown), TRAIN)

"""What the window masks now: the numbers a lesson's open question must not give away.

A lesson step may hide quantities until its question is answered (``hide`` in the lesson format,
:data:`playground.core.lessons.lesson.HIDE_NAMES` and the inspector's quantity names). The lesson
player owns one :class:`AnswerMask` and sets it when a step shows, clears it when the question is
settled and whenever the step is left; the views that show such numbers take the mask
(``follow_mask``), listen to ``changed`` and write :data:`PLACEHOLDER` for what it hides, in their
accessible names and descriptions too (a screen reader must not read the answer).

Names: ``outputs`` (the network's outputs), ``error`` (the error's numbers), ``weights`` (the weights'
numbers), or one quantity of the inspector (``l2_delta``, ``syn1 update``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

PLACEHOLDER = "?"  # what a masked number shows


class AnswerMask(QObject):
    """The names masked now; ``changed`` is sent when they change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: frozenset[str] = frozenset()

    def names(self) -> frozenset[str]:
        return self._names

    def set_names(self, names: Iterable[str]) -> None:
        """Mask these names (and nothing else)."""
        names = frozenset(names)
        if names != self._names:
            self._names = names
            self.changed.emit()

    def reveal(self) -> None:
        """Show everything again."""
        self.set_names(())

    def hides(self, name: str) -> bool:
        return name in self._names

    def hides_quantity(self, name: str, kind: str, output_layer: str) -> bool:
        """Whether a quantity of the inspector is masked: named itself, a weight matrix while the weights are,
        the output layer (``output_layer``: its name, "l2") or its error while the outputs are, the output's
        error while the error is."""
        names = self._names
        return (name in names or kind == "weights" and "weights" in names
                or "outputs" in names and name in (output_layer, f"{output_layer}_error")
                or "error" in names and name == f"{output_layer}_error")  # the error is mean(abs(l2_error))

    def text(self, name: str, text: str) -> str:
        """``text``, or the placeholder while ``name`` is masked."""
        return PLACEHOLDER if name in self._names else text


__all__ = ["AnswerMask", "PLACEHOLDER"]

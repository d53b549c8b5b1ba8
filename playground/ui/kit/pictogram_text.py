"""Actions whose buttons show a pictogram ("▶  Train") and whose menu items and names are words ("Train").

A menu item's accessible name is its action's text (Qt gives a menu item no name of its own), so a text that
begins with "▶" was read "black right-pointing triangle Train" in the Run menu. The pictogram belongs on the
action's tool buttons alone: it goes in the action's icon text (what a ``QToolButton`` shows), and the text
(what a menu shows and a screen reader says) is the words. The buttons themselves are named by their words by
:func:`playground.ui.kit.accessibility.follow_action_names`.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from playground.ui.kit.accessibility import is_pictogram


def words(text: str) -> str:
    """``text`` without the pictograms it begins or ends with, its mnemonic "&" kept ("▶  &Go" is "&Go")."""
    parts = text.split()
    while parts and all(is_pictogram(c) for c in parts[0] if c != "&"):
        parts.pop(0)
    while parts and all(is_pictogram(c) for c in parts[-1] if c != "&"):
        parts.pop()
    return " ".join(parts)


def show_pictogram(action: QAction, text: str) -> None:
    """``text`` ("▶  Train") on ``action``'s tool buttons; its words ("Train") in menus and for screen readers.

    Call it again (not ``setText``) when the text changes (Play becomes "❚❚  Pause")."""
    action.setIconText(text)
    action.setText(words(text))


__all__ = ["show_pictogram", "words"]

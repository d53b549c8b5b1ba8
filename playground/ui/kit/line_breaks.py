"""Where a wrapped text may break: never between a bar and the word it opens ("|peso|", "|error|").

Qt breaks a line after "|" (Unicode's break-after class), so a narrow label wrapped the Spanish "mayor |peso|"
as "mayor |" / "peso|". A word joiner (U+2060, not drawn) after each opening bar holds it to its word.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"


def bars_joined(text: str) -> str:
    """``text`` with each "|" that opens a word held to that word: a line may break before "|peso|", not in it."""
    return re.sub(r"\|(?=\w)", "|" + WORD_JOINER, text)


def without_joiners(text: str) -> str:
    """``text`` as read: the word joiners ``bars_joined`` put in taken out."""
    return text.replace(WORD_JOINER, "")


__all__ = ["WORD_JOINER", "bars_joined", "without_joiners"]

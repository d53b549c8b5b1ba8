"""Numbers written as text by people: ASCII digits only, one rule everywhere.

Python's ``int()`` and ``float()`` also read other scripts' digits (``'٣'``, ``'３'``) and
``'1_000'``, and ``str.isdigit()`` is true for ``'²'``, which ``int()`` then refuses with a
traceback. So nothing a user types goes to them unchecked: every command-line number, the
window's settings fields, table cells and pasted blocks use these patterns or functions.

The rule: an optional sign, the digits 0 to 9, for decimals one point and an exponent
(``1``, ``-2``, ``0.5``, ``.5``, ``5.``, ``1e-3``). No underscores, no other digits, no
``nan`` or ``inf``. Spaces and tabs around the number are ignored.
"""

from __future__ import annotations

import math
import re

INTEGER = r"[+-]?[0-9]+"
DECIMAL = r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_INTEGER = re.compile(INTEGER)
_DECIMAL = re.compile(DECIMAL)
_AROUND = " \t"
_MAX_DIGITS = 30  # int() refuses more than 4300 digits with its own message; no setting needs 30


def is_digits(text: str) -> bool:
    """True for one or more of the ASCII digits 0 to 9 and nothing else (``'²'.isdigit()`` is true too)."""
    return text.isascii() and text.isdigit()


def has_other_digits(text: str) -> bool:
    """True when ``text`` holds a digit that is not ASCII: ``'²'``, ``'٣'``, ``'３'``."""
    return any(ch.isdigit() or ch.isnumeric() for ch in text if not ch.isascii())


def _refusal(text: str, what: str) -> ValueError:
    hint = (" (write it with the digits 0 to 9)" if has_other_digits(text)
            else " (write it without underscores)" if "_" in text else "")
    return ValueError(f"{text!r} is not {what}{hint}")


def parse_int(text: str) -> int:
    """The whole number ``text`` writes (``'12'``, ``'-3'``); ValueError saying why it is not one."""
    t = text.strip(_AROUND)
    if not _INTEGER.fullmatch(t):
        raise _refusal(text, "a whole number")
    if len(t.lstrip("+-")) > _MAX_DIGITS:
        raise ValueError(f"{text!r} is too large")
    return int(t)


def parse_float(text: str) -> float:
    """The finite number ``text`` writes (``'0.5'``, ``'.5'``, ``'1e-3'``); ValueError saying why it is not one."""
    t = text.strip(_AROUND)
    if not _DECIMAL.fullmatch(t):
        raise _refusal(text, "a number")
    value = float(t)
    if not math.isfinite(value):  # 1e999
        raise ValueError(f"{text!r} is too large")
    return value


__all__ = ["INTEGER", "DECIMAL", "is_digits", "has_other_digits", "parse_int", "parse_float"]

"""Cells as text: one cell typed by hand, and blocks of cells copied or pasted.

A *block* is what a spreadsheet or a text editor puts on the clipboard: lines of
cells separated by tabs (LibreOffice, Excel), semicolons or commas (CSV text), or
spaces (a text editor). ``parse_block`` finds the separator, reads every cell
with the same rules as a cell typed by hand (``parse_number``), and refuses the
block as a whole when any cell is bad, listing each bad cell with its place.
``format_block`` writes a block as tab-separated text, which every spreadsheet
pastes back into cells.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from playground.core.data.dataset import MAX_ABS_VALUE, TARGET, DataError, Problem
from playground.core.number_text import DECIMAL, has_other_digits
from playground.core.texts import say

MAX_BLOCK_CELLS = 2_000_000
MAX_BLOCK_CHARS = 50 * 2**20
MAX_LISTED_PROBLEMS = 5

# Plain decimal notation in ASCII digits only: 1, -2, 0.5, .5, 5., 1e-3 (Python's float() would also take
# "nan", "1_000" and other scripts' digits such as "٣" or "３"; a regex's \d matches those too).
_NUMBER = re.compile(DECIMAL)
_WORDS = {"true": 1.0, "yes": 1.0, "false": 0.0, "no": 0.0}
_FAST = {"0": 0.0, "1": 1.0}  # almost every cell of a truth table


def format_value(value: float) -> str:
    """Compact cell text that round-trips: whole numbers without '.0', others with full precision."""
    v = float(value)
    if math.isfinite(v) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))  # also turns -0.0 into "0"
    return repr(v)  # shortest text that reads back as the same float


def parse_number(value: object, decimal_comma: bool = False) -> tuple[float | None, str | None]:
    """(number, None) for an acceptable cell, or (None, reason) saying why it is refused.

    Accepts Python/NumPy numbers and text such as "1", " 0.5 ", ".5", "1e-3", "-2",
    "true"/"yes" (1) and "false"/"no" (0). Refuses other text and non-finite numbers. With
    ``decimal_comma`` (a window whose language writes 0,5) a comma may stand for the point: "0,5" is 0.5.
    """
    if isinstance(value, (bool, np.bool_)):
        return float(value), None
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if not math.isfinite(number):
            return None, say("{value} is not a finite number", value=format_value(number))
        return number, None
    if not isinstance(value, str):
        return None, say("{value!r} is not a number", value=value)
    text = value.strip()
    if not text:
        return None, say("an empty cell is not a number")
    if text.lower() in _WORDS:
        return _WORDS[text.lower()], None
    pointed = text.replace(",", ".", 1) if decimal_comma and "." not in text else text  # 0,5 where a comma may be
    if _NUMBER.fullmatch(pointed):
        number = float(pointed)
        if not math.isfinite(number):  # e.g. 1e999 (said as it was typed)
            return None, say("{text!r} is too large to be a finite number", text=text)
        return number, None
    if _NUMBER.fullmatch(text.replace(",", ".", 1)):
        return None, say("{text!r} is not a number (use a point for decimals: {fixed})", text=text,
                          fixed=text.replace(",", ".", 1))
    if has_other_digits(text):
        return None, say("{text!r} is not a number (write numbers with the digits 0 to 9)", text=text)
    try:
        number = float(text)  # "nan", "inf", "-Infinity": numbers, but not finite ones
    except ValueError:
        number = 0.0
    if math.isfinite(number):
        return None, say("{value!r} is not a number", value=text)
    return None, say("{value!r} is not a finite number", value=text)


class BlockError(DataError):
    """A pasted block that cannot be used; ``problems`` hold the places (0-based within the block)."""

    def __init__(self, message: str, problems: Sequence[Problem] = (), total: int | None = None,
                 skipped: int = 0) -> None:
        super().__init__(message)
        self.problems = list(problems)
        self.total = len(self.problems) if total is None else total
        self.skipped = skipped  # lines of names skipped above the numbers (problem rows count them)


@dataclass(frozen=True)
class Block:
    """A parsed block: ``values`` (rows x columns), the separator found, and a skipped header line."""

    values: np.ndarray
    delimiter: str  # "\t", ";", ",", " " (runs of spaces) or "" (one cell per line)
    header: tuple[str, ...] | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape


def _delimiter(lines: list[str], decimal_comma: bool = False) -> str:
    """The separator of a block: tabs win, then semicolons, then commas, then spaces. Where the window writes a
    decimal comma, cells between tabs or semicolons may hold one (a German spreadsheet copies 0,5 so), and one
    line holding one comma is one cell (0,5, not 0 and 5); lines separated by commas alone stay CSV text, as in
    any language ("0,1" over "1,0" is two columns: a truth table)."""
    text = "\n".join(lines)
    if decimal_comma and len(lines) == 1 and text.count(",") == 1 and "\t" not in text and ";" not in text:
        return ""
    for d in ("\t", ";", ","):
        if d in text:
            return d
    return " " if any(len(line.split()) > 1 for line in lines) else ""


def _is_name(cell: str) -> bool:
    """A cell of a first line of names: text with a letter that no reading takes for a number ("x1", "carry"; not
    "0,5" or "1.000,5", which a paste refuses with its place rather than skipping the line without a word)."""
    return any(ch.isalpha() for ch in cell) and parse_number(cell, decimal_comma=True)[0] is None


def _split(lines: list[str], delimiter: str) -> list[list[str]]:
    if delimiter == "":
        return [[line.strip()] for line in lines]
    if delimiter == " ":
        return [line.split() for line in lines]
    # csv understands the quotes spreadsheets put around cells holding a separator or a line break.
    import csv  # noqa: PLC0415 - when a table is pasted: not part of the window's start

    rows = csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=delimiter, strict=False)
    return [[c.strip() for c in row] for row in rows]


def _describe(p: Problem) -> str:
    where = []
    if p.row is not None:
        where.append(f"line {p.row + 1}")
    if p.column is not None:
        where.append(f"cell {p.column + 1}")
    return (", ".join(where) + ": " if where else "") + p.reason


def _refuse(problems: list[Problem], total: int, skipped: int) -> BlockError:
    lines = [_describe(p) for p in problems[:MAX_LISTED_PROBLEMS]]
    if total > MAX_LISTED_PROBLEMS:
        lines.append(f"(and {total - MAX_LISTED_PROBLEMS} more)")
    return BlockError("\n".join(lines), problems, total, skipped)


def parse_block(text: str, decimal_comma: bool = False) -> Block:
    """The numbers of a pasted block; BlockError naming each bad cell's line and cell otherwise.

    Blank lines before and after the block are ignored; a separator ending every
    line (``1,2,``) is ignored; a first line of names above lines of numbers is
    skipped and returned as ``header``. With ``decimal_comma`` cells may write 0,5 (see ``parse_number``), and
    a comma separates no cells.
    """
    if len(text) > MAX_BLOCK_CHARS:
        raise BlockError(f"the text is too long to paste ({len(text):,} characters; "
                         f"the limit is {MAX_BLOCK_CHARS:,})")
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise BlockError("there is nothing to paste (the clipboard holds no text)")
    delimiter = _delimiter(lines, decimal_comma)
    rows = _split(lines, delimiter)
    width = len(rows[0])
    if width > 1 and all(len(r) == width and r[-1] == "" for r in rows):
        rows, width = [r[:-1] for r in rows], width - 1
    if len(rows) * width > MAX_BLOCK_CELLS:
        raise BlockError(f"the block has {len(rows) * width:,} cells; the limit is {MAX_BLOCK_CELLS:,}")
    header = None
    if len(rows) > 1 and all(_is_name(c) for c in rows[0]):
        header, rows = tuple(rows[0]), rows[1:]
    offset = 1 if header else 0  # line numbers count from the first line of the text
    values = np.empty((len(rows), width))
    problems: list[Problem] = []
    total = 0
    for r, cells in enumerate(rows):
        if len(cells) != width:
            total += 1
            if len(problems) <= MAX_LISTED_PROBLEMS:
                problems.append(Problem(r + offset, None, f"{len(cells)} cell{'s' if len(cells) != 1 else ''}, "
                                                         f"but line {offset + 1} has {width}"))
            continue
        for c, cell in enumerate(cells):
            number = _FAST.get(cell)
            if number is None:
                number, reason = parse_number(cell, decimal_comma)
                if number is None:
                    total += 1
                    if len(problems) <= MAX_LISTED_PROBLEMS:
                        problems.append(Problem(r + offset, c, reason))
                    continue
            values[r, c] = number
    if problems:
        raise _refuse(problems, total, offset)
    return Block(values, delimiter, header)


def value_problems(values: np.ndarray, roles: Sequence[str], limit: int = MAX_LISTED_PROBLEMS + 1) -> list[Problem]:
    """Cells of a block that its columns' roles do not allow (too large; targets outside [0, 1])."""
    v = np.asarray(values, dtype=float)
    bad = np.abs(v) > MAX_ABS_VALUE
    targets = np.array([r == TARGET for r in roles], dtype=bool)
    bad |= targets[None, :] & ((v < 0) | (v > 1))
    out = []
    for r, c in zip(*np.nonzero(bad)):
        if len(out) >= limit:
            break
        value = float(v[r, c])
        reason = (f"magnitude above {MAX_ABS_VALUE:g}, got {format_value(value)}" if abs(value) > MAX_ABS_VALUE
                  else f"targets must lie between 0 and 1, got {format_value(value)}")
        out.append(Problem(int(r), int(c), reason))
    return out


def format_block(values: np.ndarray) -> str:
    """Tab-separated lines, one per row, ending with a line break (as spreadsheets copy)."""
    v = np.asarray(values, dtype=float)
    if v.size and np.isin(v, (0.0, 1.0)).all():  # a truth table: skip per-cell formatting
        return "".join("\t".join("1" if x else "0" for x in row) + "\n" for row in v.tolist())
    return "".join("\t".join(format_value(x) for x in row) + "\n" for row in v.tolist())


__all__ = ["Block", "BlockError", "parse_block", "format_block", "value_problems", "parse_number",
           "format_value", "MAX_BLOCK_CELLS"]

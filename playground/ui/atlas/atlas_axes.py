"""The atlas window's axes: what a user types for an axis's values, read into a core ``Axis``, and the finer
axis of a region the user drew on the map (the zoom).

The values are written as on the command line (``nn-playground atlas``): ``A:B:N`` is N values from A to B
(log-spaced for the learning rate, evenly spaced for L2 and the held-out fraction), ``A:B`` every whole
number from A to B (seeds, hidden units, batch sizes), and a comma list gives the values themselves
(``sigmoid, tanh, relu``; ``all`` or ``none`` is every row for the batch size; ``4-3`` is two hidden layers of
4 and 3 units, ``0`` none). Numbers use a decimal point. Every message names the axis it is about.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from playground.core.atlas.grid import AXIS_TITLES, Axis, log_space
from playground.core.data.settings import FIELD
from playground.core.number_text import DECIMAL, INTEGER
from playground.ui.language import decimal_comma, problem_text, shown

# name, the values a new axis starts with (its title is core's, for messages and labels alike: AXIS_TITLES)
AXES = (
    ("seed", "1:16"),
    ("learning_rate", "0.01:100:16"),
    ("hidden", "1,2,3,4,8"),
    ("activation", ""),
    ("optimizer", ""),
    ("batch_size", "1,2,4,all"),
    ("l2", "0:0.01:6"),
    ("test_fraction", "0.1:0.5:5"),
)
WHOLE = ("seed", "hidden", "batch_size")  # whole numbers: A:B is every one from A to B
CHOICES = ("activation", "optimizer")
SPACED = ("learning_rate", "l2", "test_fraction")  # A:B:N: N values from A to B
MOST_VALUES = 512
ALL_ROWS = ("all", "none")  # the batch size of every row: the window's word and the command line's
_INTEGER, _DECIMAL = re.compile(INTEGER), re.compile(DECIMAL)
_COMMA_BETWEEN_DIGITS = re.compile(r"\d,\d")  # "0,5": in German or Spanish a decimal, here a list of 0 and 5


def axis_title(name: str) -> str:
    """An axis's name in the window's language (core's title, as its messages name the axis)."""
    return shown(AXIS_TITLES[name]) if name in AXIS_TITLES else name


def default_text(name: str) -> str:
    """The values a new axis of ``name`` starts with (every choice of a choice axis)."""
    if name in CHOICES:
        return ", ".join(FIELD[name].choices)
    return next(text for n, text in AXES if n == name)


def _refused(name: str, template: str, **values) -> ValueError:
    """A problem with the values typed for axis ``name``: ``template`` (marked with QT_TRANSLATE_NOOP in context
    AtlasAxes) in the window's language, after the axis's title."""
    problem = QCoreApplication.translate("AtlasAxes", template).format(**values)
    return ValueError(QCoreApplication.translate("AtlasAxes", "{axis}: {problem}").format(axis=axis_title(name),
                                                                                         problem=problem))


def _number(name: str, text: str, whole: bool = False):
    """A number typed for axis ``name`` (ASCII digits, a decimal point): ValueError naming the axis."""
    t = text.strip()
    if whole and _INTEGER.fullmatch(t):
        if len(t.lstrip("+-")) > 30:  # int() would take 4,300 digits; no axis needs 30
            raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” is too large"), text=t)
        return int(t)
    if not _DECIMAL.fullmatch(t):
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” is not a number"), text=t)
    if whole:  # 1.5, or 2e3: a number, but not written as a whole one
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” is not a whole number"), text=t)
    value = float(t)
    if not math.isfinite(value):
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” is not a finite number"), text=t)
    return value


def _too_many(name: str) -> ValueError:
    return _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "use 1 to {most} values"), most=MOST_VALUES)


def _hidden(text: str):
    """One value of the hidden-units axis: ``4`` (one layer), ``4-3`` (two layers of 4 and 3) or ``0`` (none)."""
    parts = [p.strip() for p in text.split("-")]
    if any(not p for p in parts):
        raise _refused("hidden", QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” has a dash with no layer size on one side; "
                                                   "write e.g. 4-3 for two layers of 4 and 3 units"),
                       text=text.strip())
    sizes = tuple(_number("hidden", p, whole=True) for p in parts)
    return () if sizes == (0,) else sizes


def parse_axis(name: str, text: str) -> Axis:
    """The axis a user typed (see the module docstring); ValueError with a message for the window, which names the
    axis (its title in the window's language)."""
    try:
        return _parse_axis(name, text)
    except ValueError as e:  # a core refusal (Axis) made with say(): shown in the window's language
        raise ValueError(problem_text(e)) from None


def _parse_axis(name: str, text: str) -> Axis:
    t = text.strip()
    if not t:
        raise ValueError(QCoreApplication.translate("AtlasAxes", "the {axis} axis has no values").format(
            axis=axis_title(name)))
    if name in SPACED and decimal_comma() and _COMMA_BETWEEN_DIGITS.search(t):
        # A German or Spanish teacher writes a half as 0,5: read as the list 0 and 5 it was refused for the 0,
        # or (L2) taken as two values without a word. Ambiguous, so refused, saying how to write either.
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}”: write decimals with a point here (0.5), "
                                               "and separate values with a semicolon (0.1; 0.5)"), text=t)
    if ":" in t and name not in CHOICES:
        parts = t.split(":")
        if name in SPACED and len(parts) == 3:
            low, high, n = _number(name, parts[0]), _number(name, parts[1]), _number(name, parts[2], whole=True)
            if not 1 <= n <= MOST_VALUES:
                raise _too_many(name)
            if name == "learning_rate":
                if low <= 0 or high <= 0:
                    raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}”: both ends must be above 0 (the "
                                                           "rates are spaced on a log scale)"), text=t)
                return Axis(name, tuple(_kept(v) for v in log_space(low, high, n)), log=True)
            step = (high - low) / (n - 1) if n > 1 else 0.0
            return Axis(name, tuple(_kept(low + i * step) for i in range(n)))
        if name in WHOLE and len(parts) == 2:
            low, high = _number(name, parts[0], whole=True), _number(name, parts[1], whole=True)
            if high < low:
                raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” ends before it starts"), text=t)
            if high - low + 1 > MOST_VALUES:
                raise _too_many(name)
            return Axis(name, tuple(_value(name, v) for v in range(low, high + 1)))
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "write {example} or a list separated by commas"),
                       example="A:B:N" if name in SPACED else "A:B")
    values = [v.strip() for v in t.replace(";", ",").split(",")]
    if any(not v for v in values):  # as the command line: "1,,2" is a slip, not the list 1, 2
        raise _refused(name, QT_TRANSLATE_NOOP("AtlasAxes", "“{text}” has an empty value; write one value between "
                                               "each two commas"), text=t)
    if len(values) > MOST_VALUES:  # a typed list is held to the same length as A:B and A:B:N
        raise _too_many(name)
    if name in CHOICES:
        return Axis(name, tuple(values))
    if name == "hidden":
        return Axis(name, tuple(_hidden(v) for v in values))
    if name == "batch_size":  # all rows: "all" (the window's word) or "none" (the command line's)
        return Axis(name, tuple(None if v.lower() in ALL_ROWS else _number(name, v, whole=True) for v in values))
    return Axis(name, tuple(_number(name, v, whole=name in WHOLE) for v in values), log=name == "learning_rate")


def _value(name: str, v):
    return (v,) if name == "hidden" else v


def _kept(v: float) -> float:
    """A spaced value as the axis keeps it: 6 significant digits (readable in the CSV and the labels)."""
    return float(f"{v:.6g}")


def axis_text(axis: Axis) -> str:
    """An axis written back as a user would type it (a list; two hidden layers of 4 and 3 as 4-3)."""
    if axis.name == "hidden":
        return ", ".join("-".join(map(str, v)) if v else "0" for v in axis.values)
    return ", ".join(axis.text(v) for v in axis.values)


def finer(axis: Axis, start: float, end: float) -> Axis:
    """The axis of a region drawn on the map from ``start`` to ``end`` (in cells along this axis): as many
    values as before, spread over the region, for a number axis; for whole numbers (hidden units, batch sizes)
every one between those of the cells it touches; the values of the cells it touches for any other."""
    n = len(axis.values)
    start, end = max(0.0, min(start, end)), min(float(n), max(start, end))
    # the cells the region touches (cell i spans i .. i + 1)
    first, last = min(n - 1, int(math.floor(start))), max(0, int(math.ceil(end)) - 1)
    inside = list(axis.values[first:max(first, last) + 1])
    if axis.name in SPACED and n > 1:
        # the cells' centres are at i + 0.5: the value at position p lies between them, on the axis's scale
        def at(p: float) -> float:
            i = min(max(p - 0.5, 0.0), n - 1.0)
            lo, hi = int(math.floor(i)), min(int(math.floor(i)) + 1, n - 1)
            a, b, f = axis.values[lo], axis.values[hi], i - lo
            if axis.log and a > 0 and b > 0:
                return 10 ** (math.log10(a) + f * (math.log10(b) - math.log10(a)))
            return a + f * (b - a)

        low, high = at(start), at(end)
        if high > low:
            values = log_space(low, high, n) if axis.log else [low + k * (high - low) / (n - 1) for k in range(n)]
            kept = tuple(dict.fromkeys(_kept(v) for v in values))
            return Axis(axis.name, kept, log=axis.log)
    if axis.name in ("hidden", "batch_size") and all(_whole(v) is not None for v in inside):
        first, last = _whole(inside[0]), _whole(inside[-1])
        if last - first + 1 > len(inside):  # every whole number between: finer than before
            return Axis(axis.name, tuple(_value(axis.name, v) for v in range(first, last + 1)))
    return Axis(axis.name, tuple(inside), log=axis.log)


def _whole(v) -> int | None:
    if isinstance(v, tuple) and len(v) == 1:
        v = v[0]
    return v if isinstance(v, int) and not isinstance(v, bool) else None

"""Reading JSON values the documents and run records share: numbers, arrays of numbers, a table, settings.

Every reader here raises ``JsonProblem`` naming the JSON path of the first problem (``dataset.rows[3][2]``,
``runs.runs[1].settings.seed``); the file's reader turns it into its own error naming the file. The writers
give plain JSON types whose floats read back bit for bit (Python writes the shortest repr that does).
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np

from playground.core.data.dataset import INPUT, TARGET, Dataset, Problem, name_problem
from playground.core.files.json_checks import JsonProblem, kind_of, member
from playground.core.limits import MAX_COLUMNS, MAX_NAME_CHARS, MAX_ROWS
from playground.core.data import settings as settings_module
from playground.core.data.settings import Settings
from playground.core.texts import lone_surrogate, say

MAX_REPORTED_PROBLEMS = 10


def get_member(obj: Any, path: str, key: str, expected: type, default: Any = ...) -> Any:
    """obj[key] checked to be of the expected JSON type ('' is the top level's path)."""
    if not isinstance(obj, dict):
        raise JsonProblem(path or "(top level)", say("expected an object, got {kind}", kind=kind_of(obj)))
    where, value, found = member(obj, path, key, default)
    if not found:
        return value
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise JsonProblem(where, say("expected a whole number, got {kind}", kind=kind_of(value)))
    if expected is float:
        return number(value, where, float)
    if not isinstance(value, expected) or expected is not bool and isinstance(value, bool):
        what = {str: say("a string"), bool: say("true or false"), list: say("a list"), dict: say("an object")}[expected]
        raise JsonProblem(where, say("expected {what}, got {kind}", what=what, kind=kind_of(value)))
    return value


def number(v: Any, path: str, kind: type) -> float | int:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or kind is int and not isinstance(v, int):
        raise JsonProblem(path, say("expected a whole number, got {kind}", kind=kind_of(v)) if kind is int else
                          say("expected a number, got {kind}", kind=kind_of(v)))
    if kind is int:
        if not 0 <= v < 2**63:
            raise JsonProblem(path, say("{v} is out of range", v=v))
        return v
    if isinstance(v, int) and abs(v) > 1e300:  # float() would overflow
        raise JsonProblem(path, say("the number is too large"))
    if not math.isfinite(v):
        raise JsonProblem(path, say("not a finite number"))
    return float(v)


def fast_array(value: Any, shape: tuple[int | None, ...], kind: type) -> np.ndarray | None:
    """The array for a well-formed 1- or 2-D list of plain numbers, checked at C speed; None otherwise.

    None sends the value through the item-by-item walk below, which names the first bad place."""
    if not isinstance(value, list) or len(shape) not in (1, 2) or shape[0] is not None and len(value) != shape[0]:
        return None
    if len(shape) == 2:
        if not all(type(row) is list for row in value):
            return None
        if shape[1] is not None and any(len(row) != shape[1] for row in value):
            return None
        flat = list(itertools.chain.from_iterable(value))
    else:
        flat = value
    if not set(map(type, flat)) <= ({int} if kind is int else {int, float}):  # no bool, str, None, list
        return None
    try:
        arr = np.array(flat, dtype=np.int64 if kind is int else float)
    except OverflowError:  # an integer beyond int64: the walk says which
        return None
    if kind is int and arr.size and arr.min() < 0 or kind is float and not np.isfinite(arr).all():
        return None
    return arr.reshape([-1 if n is None else n for n in shape])


def array(value: Any, path: str, shape: tuple[int | None, ...], kind: type = float) -> np.ndarray:
    """A nested list of numbers checked against ``shape`` (None: any length), as an array."""
    fast = fast_array(value, shape, kind)
    if fast is not None:
        return fast
    def walk(v: Any, p: str, dim: int) -> Any:
        if dim == len(shape):
            return number(v, p, kind)
        if not isinstance(v, list):
            raise JsonProblem(p, say("expected a list, got {kind}", kind=kind_of(v)))
        if shape[dim] is not None and len(v) != shape[dim]:
            raise JsonProblem(p, say("expected {n} items, got {got}", n=shape[dim], got=len(v)))
        return [walk(x, f"{p}[{i}]", dim + 1) for i, x in enumerate(v)]
    # At most one None in shape, so an empty list still gets the right number of dimensions.
    return np.array(walk(value, path, 0), dtype=np.int64 if kind is int else float).reshape(
        [-1 if n is None else n for n in shape])



def dataset_from_json(d: Any, check_values: bool = True, output: str = "sigmoid", where: str = "dataset") -> Dataset:
    """The table of a JSON object ``{"columns": [...], "rows": [...], "test_rows": [...]}`` at path ``where``.

    ``check_values=False`` accepts a table that cannot be trained on yet (work in progress, as an
    autosave holds it); cells must still be finite numbers."""
    columns = get_member(d, where, "columns", list)
    if not columns:
        raise JsonProblem(f"{where}.columns", say("the dataset has no columns"))
    names, roles = [], []
    for c, col in enumerate(columns):
        names.append(get_member(col, f"{where}.columns[{c}]", "name", str))
        roles.append(get_member(col, f"{where}.columns[{c}]", "role", str))
        if roles[-1] not in (INPUT, TARGET):
            raise JsonProblem(f"{where}.columns[{c}].role", say("expected 'input' or 'target', got {role!r}",
                                                                role=roles[-1]))
        if len(names[-1]) > MAX_NAME_CHARS or lone_surrogate(names[-1]) is not None:
            # a name no window can show, or JSON's \ud800 escapes (unsaveable): checked even in autosaves
            raise JsonProblem(f"{where}.columns[{c}].name", name_problem(names[-1], []))
    if len(columns) > MAX_COLUMNS:
        raise JsonProblem(f"{where}.columns", say("{n:,} columns; the limit is {limit}", n=len(columns),
                                                  limit=MAX_COLUMNS))
    rows = get_member(d, where, "rows", list)
    if len(rows) > MAX_ROWS:
        raise JsonProblem(f"{where}.rows", say("{n:,} rows; the limit is {limit:,}", n=len(rows), limit=MAX_ROWS))
    dataset = Dataset(names, roles, array(rows, f"{where}.rows", (None, len(names))))
    test_rows = array(get_member(d, where, "test_rows", list, []), f"{where}.test_rows", (None,), int)
    if np.any(test_rows >= dataset.n_rows):
        raise JsonProblem(f"{where}.test_rows", say("row index {row} is past the last row ({last})",
                                                    row=int(test_rows.max()), last=dataset.n_rows - 1))
    dataset.test[test_rows] = True
    problems = dataset.problems(limit=MAX_REPORTED_PROBLEMS + 1, output=output) if check_values else []
    if problems:
        place, reason = json_place(problems[0], names)
        raise JsonProblem(where + place[len("dataset"):] if place.startswith("dataset") else place, reason)
    return dataset


def dataset_to_json(ds: Dataset) -> dict:
    """The JSON object of a table (``test_rows`` only when some rows are held out)."""
    out = {"columns": [{"name": n, "role": r} for n, r in zip(ds.names, ds.roles)],
           "rows": [[plain(v) for v in row] for row in ds.values.tolist()]}
    test_rows = np.flatnonzero(ds.test_mask).tolist()
    if test_rows:
        out["test_rows"] = test_rows
    return out


def json_place(p: Problem, names: list[str]) -> tuple[str, str]:
    """(JSON path under "dataset", reason) of a table's problem."""
    if p.row is not None:
        return say("dataset.rows[{row}][{column}] (column {name!r})", row=p.row, column=p.column,
                   name=names[p.column]), p.reason
    return ("dataset" if p.column is None else f"dataset.columns[{p.column}].name"), p.reason


def settings_from_json(d: Any, check_values: bool = True, where: str = "settings") -> Settings:
    """Settings from their JSON object at path ``where``, one member per entry of ``core.settings.FIELDS``;
    missing members take their defaults and unknown members are ignored."""
    fields = settings_module.FIELDS  # read now: a new setting is read with no edit here
    kw = {}
    for f in fields:
        if f.optional and isinstance(d, dict) and d.get(f.name) is None:  # null: the field's "none" (all rows)
            kw[f.name] = None if f.name in d else f.default
            continue
        kind, default = (list, list(f.default)) if f.kind is tuple else (f.kind, f.default)
        kw[f.name] = get_member(d, where, f.name, kind, default)
        if f.kind is tuple:
            kw[f.name] = tuple(array(kw[f.name], f"{where}.{f.name}", (None,), int).tolist())
    # Every field's range holds always (the window shows nothing else, so nothing is clamped on
    # opening); only the rules between fields may wait in an autosave (check_values=False).
    for f in fields:
        problem = f.problem(kw[f.name])
        if problem:
            raise JsonProblem(f"{where}.{f.name}", problem)
    settings = Settings(**kw)
    if check_values and settings.problems():
        raise JsonProblem(where, "; ".join(settings.problems()))
    return settings


def settings_to_json(settings: Settings) -> dict:
    """The JSON object of settings: every entry of ``core.settings.FIELDS`` by name (the hidden sizes a list)."""
    return settings.to_dict()



def plain(v: float) -> int | float:
    """Whole numbers as ints (written 0, 1 without '.0'); other floats (and -0.0) stay floats.

    Python writes floats with the shortest repr that reads back to the same bits."""
    return int(v) if v.is_integer() and abs(v) < 2**53 and math.copysign(1.0, v) > 0 else v



def known_or_null(values: list, path: str, n: int) -> np.ndarray:
    """``n`` finite numbers where null means "not known" (NaN): a run reopened from a document that did
    not store its losses has none for its first part."""
    unknown = np.array([v is None for v in values], dtype=bool)
    out = array([0.0 if v is None else v for v in values], path, (n,))
    out[unknown] = np.nan
    return out


__all__ = ["get_member", "number", "fast_array", "array", "dataset_from_json", "dataset_to_json", "json_place",
           "settings_from_json", "settings_to_json", "plain", "known_or_null", "MAX_REPORTED_PROBLEMS"]

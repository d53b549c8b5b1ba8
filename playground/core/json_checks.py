"""Checks shared by the JSON readers (documents and lessons).

``JsonProblem`` is a problem at a JSON path ("dataset.rows", "steps[2].action"); each reader
turns it into its own error naming the file. ``kind_of`` names a JSON value's type the way the
messages say it ("a string", "null", ...). ``check_header`` checks the top level of a file: an
object whose "format" and "version" are the reader's. ``load_json`` parses text, saying where
it is not JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any


class JsonTextError(ValueError):
    """Text that does not parse as JSON; the message says where and why (no file name)."""


class _DuplicateKey(ValueError):
    def __init__(self, key: str, keys: list[str]) -> None:
        super().__init__(key)
        self.key, self.keys = key, keys


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    # json.loads keeps the last of two equal keys without a word: a file edited by hand that says
    # "seed" twice would train with one of them silently. Such a file is refused instead.
    obj: dict = {}
    for key, value in pairs:
        if key in obj:
            raise _DuplicateKey(key, list(obj))
        obj[key] = value
    return obj


def _place(text: str, index: int) -> str:
    """ "line L, column C" of the character at ``index`` of ``text``."""
    line = text.count("\n", 0, index) + 1
    return f"line {line}, column {index - (text.rfind(chr(10), 0, index) + 1) + 1}"


def load_json(text: str) -> Any:
    """The parsed JSON of ``text`` (a leading BOM is ignored); JsonTextError if it is not JSON
    or names a key twice in one object."""
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text, object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as e:
        raise JsonTextError(f"line {e.lineno}, column {e.colno}: {e.msg} (not valid JSON)") from None
    except RecursionError:
        raise JsonTextError("the JSON is nested too deeply") from None
    except _DuplicateKey as e:
        shown = ", ".join(json.dumps(k) for k in e.keys[:4]) + (", ..." if len(e.keys) > 4 else "")
        raise JsonTextError(f"the key {json.dumps(e.key)} appears twice in one object (the object "
                            f"with {shown}); which one is meant?") from None
    except ValueError:  # Python reads integers of at most 4,300 digits
        long = re.search(r"\d{4000,}", text)
        where = _place(text, long.start()) + ": " if long else ""
        digits = f"{len(long.group()):,} digits" if long else "too many digits"
        raise JsonTextError(f"{where}a number with {digits} (too long to be a number here)") from None


class JsonProblem(Exception):
    """A problem at a JSON path; the message is ``"<path>: <reason>"``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")


NO_DEFAULT: Any = ...  # a member that must be present


def member(obj: dict, path: str, key: str, default: Any = NO_DEFAULT) -> tuple[str, Any, bool]:
    """``(where, value, found)`` for ``obj[key]``: its JSON path, the value (``default`` when absent)
    and whether it was there; a missing member without a default is a JsonProblem."""
    where = f"{path}.{key}" if path else key
    if key in obj:
        return where, obj[key], True
    if default is NO_DEFAULT:
        raise JsonProblem(where, "missing")
    return where, default, False


def kind_of(v: Any) -> str:
    """The JSON type of a parsed value, as messages name it: "a string", "a list", "null", "true", ..."""
    if v is None or isinstance(v, bool):
        return json.dumps(v)
    return {str: "a string", list: "a list", dict: "an object"}.get(type(v), "a number")


def check_header(d: Any, format_name: str, version: int, what: str, version_word: str = "version",
                 hints: tuple[tuple[str, str], ...] = ()) -> int:
    """The version of a file's top level ``d``, after checking it is an object of format ``format_name``
    whose version is 1 to ``version``; ``what`` names the file kind in messages ("document"),
    ``hints`` are (other format, hint appended when the file has that format)."""
    if not isinstance(d, dict):
        raise JsonProblem("(top level)", f"expected an object, got {kind_of(d)}")
    fmt = d.get("format")
    if fmt != format_name:
        got = repr(fmt[:40]) if isinstance(fmt, str) else "nothing" if "format" not in d else kind_of(fmt)
        hint = next((h for other, h in hints if fmt == other), "")
        raise JsonProblem("format", f"not an NN Playground {what} (expected {format_name!r}, got {got}){hint}")
    if "version" not in d:
        raise JsonProblem("version", "missing")
    found = d["version"]
    if isinstance(found, bool) or not isinstance(found, int):
        raise JsonProblem("version", f"expected a whole number, got {kind_of(found)}")
    if found > version:
        raise JsonProblem("version", f"made by a newer NN Playground ({version_word} {found}); "
                                     f"this one reads version {version}")
    if found < 1:
        raise JsonProblem("version", f"unknown version {found}; this one reads version {version}")
    return found

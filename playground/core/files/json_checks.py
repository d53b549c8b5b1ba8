"""Checks shared by the JSON readers (documents and lessons).

``JsonProblem`` is a problem at a JSON path ("dataset.rows", "steps[2].action"); each reader
turns it into its own error naming the file. ``kind_of`` names a JSON value's type the way the
messages say it ("a string", "null", ...). ``check_header`` checks the top level of a file: an
object whose "format" and "version" are the reader's. ``load_json`` parses text, saying where
it is not JSON.
"""

from __future__ import annotations

import re
from typing import Any

from playground.core.texts import say


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
    return say("line {line}, column {column}", line=line, column=index - (text.rfind(chr(10), 0, index) + 1) + 1)


# The reasons Python's json module gives, so that the window can say them in its language; a reason
# not listed here (a newer Python's) is shown as Python words it.
_JSON_REASONS = {
    "Expecting value": say("Expecting value"),
    "Expecting ',' delimiter": say("Expecting ',' delimiter"),
    "Expecting ':' delimiter": say("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": say("Expecting property name enclosed in double quotes"),
    "Unterminated string starting at": say("Unterminated string starting at"),
    "Invalid control character at": say("Invalid control character at"),
    "Invalid \\escape": say("Invalid \\escape"),
    "Invalid \\uXXXX escape": say("Invalid \\uXXXX escape"),
    "Extra data": say("Extra data"),
    "Illegal trailing comma before end of object": say("Illegal trailing comma before end of object"),
    "Illegal trailing comma before end of array": say("Illegal trailing comma before end of array"),
}


def load_json(text: str) -> Any:
    """The parsed JSON of ``text`` (a leading BOM is ignored); JsonTextError if it is not JSON
    or names a key twice in one object."""
    import json  # noqa: PLC0415 - here, not at the top: the window's first frame reads no JSON (json: ~2.5 ms)

    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text, object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as e:
        raise JsonTextError(say("line {line}, column {column}: {reason} (not valid JSON)", line=e.lineno,
                                column=e.colno, reason=_JSON_REASONS.get(e.msg, e.msg))) from None
    except RecursionError:
        raise JsonTextError(say("the JSON is nested too deeply")) from None
    except _DuplicateKey as e:
        shown = ", ".join(json.dumps(k) for k in e.keys[:4]) + (", ..." if len(e.keys) > 4 else "")
        raise JsonTextError(say("the key {key} appears twice in one object (the object with {keys}); "
                                "which one is meant?", key=json.dumps(e.key), keys=shown)) from None
    except ValueError:  # Python reads integers of at most 4,300 digits
        long = re.search(r"\d{4000,}", text)
        if long:
            raise JsonTextError(say("{place}: a number with {n:,} digits (too long to be a number here)",
                                    place=_place(text, long.start()), n=len(long.group()))) from None
        raise JsonTextError(say("a number with too many digits (too long to be a number here)")) from None


class JsonProblem(Exception):
    """A problem at a JSON path; the message is ``"<path>: <reason>"``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(say("{path}: {reason}", path=path, reason=reason))


NO_DEFAULT: Any = ...  # a member that must be present


def member(obj: dict, path: str, key: str, default: Any = NO_DEFAULT) -> tuple[str, Any, bool]:
    """``(where, value, found)`` for ``obj[key]``: its JSON path, the value (``default`` when absent)
    and whether it was there; a missing member without a default is a JsonProblem."""
    where = f"{path}.{key}" if path else key
    if key in obj:
        return where, obj[key], True
    if default is NO_DEFAULT:
        raise JsonProblem(where, say("missing"))
    return where, default, False


def kind_of(v: Any) -> str:
    """The JSON type of a parsed value, as messages name it: "a string", "a list", "null", "true", ..."""
    if v is None or isinstance(v, bool):
        return {None: "null", True: "true", False: "false"}[v]  # as json.dumps writes them
    return {str: say("a string"), list: say("a list"), dict: say("an object")}.get(type(v), say("a number"))


def check_header(d: Any, format_name: str, version: int, what: str, version_word: str = "version",
                 hints: tuple[tuple[str, str], ...] = ()) -> int:
    """The version of a file's top level ``d``, after checking it is an object of format ``format_name``
    whose version is 1 to ``version``; ``what`` names the file kind in messages ("document"),
    ``hints`` are (other format, hint appended when the file has that format)."""
    if not isinstance(d, dict):
        raise JsonProblem("(top level)", say("expected an object, got {kind}", kind=kind_of(d)))
    fmt = d.get("format")
    if fmt != format_name:
        got = repr(fmt[:40]) if isinstance(fmt, str) else say("nothing") if "format" not in d else kind_of(fmt)
        hint = next((h for other, h in hints if fmt == other), "")
        raise JsonProblem("format", say("not an NN Playground {what} (expected {expected!r}, got {got}){hint}",
                                        what=what, expected=format_name, got=got, hint=hint))
    if "version" not in d:
        raise JsonProblem("version", say("missing"))
    found = d["version"]
    if isinstance(found, bool) or not isinstance(found, int):
        raise JsonProblem("version", say("expected a whole number, got {kind}", kind=kind_of(found)))
    if found > version:
        raise JsonProblem("version", say("made by a newer NN Playground ({word} {found}); this one reads version "
                                         "{version}", word=version_word, found=found, version=version))
    if found < 1:
        raise JsonProblem("version", say("unknown version {found}; this one reads version {version}", found=found,
                                         version=version))
    return found

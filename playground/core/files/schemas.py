"""The published JSON Schemas of the app's files, and the check that every file passes first.

``playground/data/schemas/document.schema.json`` describes a document (``.nnp``),
``autosave.schema.json`` an autosave, ``run_record.schema.json`` one training run (what
``nn-playground train --json`` prints) and ``run_tree.schema.json`` a document's tree of runs; all are documentation people can read (the README links
them) and what the readers check a parsed file against before their own checks (STYLE idea 20:
nbformat validates every notebook against its schema before anything reads it). The readers'
own checks come after and say what a schema cannot: a row's length against the columns, the
weights' shapes against the layer sizes, increasing iteration numbers, the rules between settings.

Speed: the readers check the items of the large arrays of numbers (the schema nodes whose
description starts with "(bulk"; a table has up to 65,536 x 64 of them) with their own vectorised
checks, which apply the same rules and name the same place; ``validator(name)`` is that variant,
``validator(name, full=True)`` the published schema itself. An autosave's reader leaves its
"document" member to the document's reader, which checks it against the document schema.

``jsonschema`` is imported at the first check, not with this module: the window's first frame
imports no reader at all, and a process that never opens a file never pays for it.
"""

from __future__ import annotations

import copy
import itertools
import json
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from playground.core.files.json_checks import JsonProblem, kind_of
from playground.core.data import settings as settings_module
from playground.core.data.settings import FIELD
from playground.core.files.settings_table import settings_schema
from playground.core.texts import say

NAMES = ("document", "autosave", "run_record", "run_tree")
MAX_ERRORS_LOOKED_AT = 20  # the best of the first few errors is named; a table of 65,536 bad rows is not walked


def schema_dir() -> Path:
    """The folder of the published schemas (in the package's data folder, as playground.resources finds it)."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's bundle folder
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "playground" / "data" / "schemas"
    return Path(__file__).resolve().parents[2] / "data" / "schemas"


def schema_path(name: str) -> Path:
    return schema_dir() / f"{name}.schema.json"


@lru_cache(maxsize=None)
def _published(name: str) -> dict:
    if name not in NAMES:
        raise ValueError(f"no schema {name!r}; schemas: {', '.join(NAMES)}")
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def schema(name: str) -> dict:
    """The schema ``name`` (one of NAMES) as a fresh dict: the published file, with a document's settings made
    from ``core.settings.FIELDS`` now (``settings_table.settings_schema``; the file holds the same, a test
    checks it), so a new setting is checked with no edit here."""
    out = copy.deepcopy(_published(name))
    if name == "document":
        out["$defs"]["settings"] = settings_schema()
    return out


def is_bulk(node: Any) -> bool:
    """True for a schema node the readers check the items of themselves: its description starts "(bulk"
    or "(version 2, bulk"."""
    text = node.get("description", "") if isinstance(node, dict) else ""
    return text.startswith("(") and "bulk" in text[:text.find(")")]


def _without_bulk_items(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_bulk_items(x) for x in node]
    if not isinstance(node, dict):
        return node
    return {k: _without_bulk_items(v) for k, v in node.items() if not (k == "items" and is_bulk(node))}


def reading_schema(name: str) -> dict:
    """The schema the readers check against: the published one without the items of the bulk arrays
    (checked by the readers' vectorised checks); an autosave's document is checked by the document's reader."""
    s = _without_bulk_items(schema(name))
    if name == "autosave":
        s["properties"]["document"] = {"description": "Checked by the document's reader, against document.schema.json.",
                                       "type": "object"}
    return s


def validator(name: str, full: bool = False):
    """A jsonschema validator for schema ``name``, built once for each settings table: the readers' variant,
    or with ``full`` the published schema (whose references to the other schemas resolve to the published files)."""
    return _validator(name, full, settings_module.FIELDS)


@lru_cache(maxsize=None)
def _validator(name: str, full: bool, fields: tuple):
    """``validator``'s work; ``fields`` (the settings table the schema's settings are made from) keys the cache."""
    from jsonschema.validators import validator_for
    from referencing import Registry, Resource

    registry = Registry().with_resources(
        (f"{n}.schema.json", Resource.from_contents(schema(n) if full else reading_schema(n))) for n in NAMES)
    s = schema(name) if full else reading_schema(name)
    return validator_for(s)(s, registry=registry)


def check(instance: Any, name: str, full: bool = False) -> None:
    """Raise JsonProblem (the place as a JSON path, the problem in plain words) if ``instance`` does not
    match schema ``name``; the best of the first errors is named."""
    from jsonschema.exceptions import best_match

    error = best_match(itertools.islice(validator(name, full).iter_errors(instance), MAX_ERRORS_LOOKED_AT))
    if error is not None:
        raise JsonProblem(*describe(error, instance))


def json_path(parts) -> str:
    """``dataset.rows[3][1]`` for the parts ("dataset", "rows", 3, 1); "(top level)" for none."""
    out = ""
    for part in parts:
        if not isinstance(part, int):
            part = part if len(part) <= 40 else part[:40] + "…"  # a hostile file's key of a million characters
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else part
    return out or "(top level)"


def shown(value: Any) -> str:
    """A JSON value as a message quotes it: a short repr of a string or a number, else its kind."""
    if isinstance(value, str):
        return repr(value[:40] + "…" if len(value) > 40 else value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:,}" if isinstance(value, int) else f"{value:g}"
        return text if len(text) <= 40 else text[:20] + "…"
    return kind_of(value)


_TYPE_WORDS = {"integer": say("a whole number"), "number": say("a number"), "string": say("a string"),
               "array": say("a list"), "object": say("an object"), "boolean": say("true or false"), "null": "null"}


def _type_words(types: str | list[str]):
    words = [_TYPE_WORDS[t] for t in ([types] if isinstance(types, str) else types)]
    return words[0] if len(words) == 1 else say("{one} or {other}", one=words[0], other=words[1])


def _choices(values: list) -> str:
    quoted = [repr(v) if isinstance(v, str) else json.dumps(v) for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


_RANGES = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_COUNTED = {"rows": "rows", "columns": "columns", "iterations": "points", "errors": "points", "losses": "points",
            "test_errors": "points", "tests": "points"}


def describe(error, root: Any) -> tuple[str, Any]:
    """(JSON path, plain words) of a jsonschema ValidationError found in ``root``: no schema terms, no long values."""
    path = list(error.absolute_path)
    keyword, rule, value = error.validator, error.validator_value, error.instance
    if isinstance(value, float) and not math.isfinite(value) and keyword in _RANGES:  # Python's json reads NaN
        return json_path(path), say("not a finite number")
    inner = path[1:] if path[:1] == ["document"] else path  # an autosave's document: the same words
    field = inner[1] if len(inner) >= 2 and inner[0] == "settings" and inner[1] in FIELD else None
    if field is not None and keyword in (*_RANGES, "enum", "maxItems"):
        # a setting's own words, as the window and the CLI say them ("learning rate must be between ...")
        at = len(path) - len(inner) + 2  # the path of the setting
        whole = value
        if len(path) > at:  # settings.hidden[i]: said of the whole list
            whole = root
            for part in path[:at]:
                whole = whole[part]
        try:
            problem = FIELD[field].problem(whole)
        except TypeError:  # another item of the list is not a number: said below for this item
            problem = None
        if problem and len(problem) <= 200:  # else a number of thousands of digits: said shortly below
            return json_path(path[:at]), problem
    where = json_path(path)
    if keyword == "type":
        return where, say("expected {what}, got {kind}", what=_type_words(rule), kind=kind_of(value))
    if keyword == "required":
        missing = next((k for k in rule if k not in value), rule[0])
        return json_path(path + [missing]), say("missing")
    if keyword in ("enum", "const"):
        return where, say("expected {choices}, got {value}", choices=_choices(rule if keyword == "enum" else [rule]),
                          value=shown(value))
    if keyword == "maxItems":
        noun = _COUNTED.get(path[-1] if path else "")
        if noun == "rows":
            return where, say("{n:,} rows; the limit is {limit:,}", n=len(value), limit=rule)
        if noun == "columns":
            return where, say("{n:,} columns; the limit is {limit}", n=len(value), limit=rule)
        if noun == "points":
            return where, say("{n:,} points; the limit is {limit:,}", n=len(value), limit=rule)
        return where, say("{n:,} items; the limit is {limit:,}", n=len(value), limit=rule)
    if keyword == "minItems":
        if inner == ["dataset", "columns"]:
            return where, say("the dataset has no columns")
        return where, say("expected at least {n} items, got {got}", n=rule, got=len(value))
    if keyword == "maximum" and inner == ["trained", "iterations_done"]:
        return where, say("{done} is more than the {limit:,} iterations the app can train", done=shown(value),
                          limit=rule)
    if keyword in _RANGES:
        value, limit = shown(value), shown(rule)
        if keyword == "minimum":
            return where, say("{value} is less than the least allowed, {limit}", value=value, limit=limit)
        if keyword == "maximum":
            return where, say("{value} is more than the most allowed, {limit}", value=value, limit=limit)
        if keyword == "exclusiveMinimum":
            return where, say("{value} must be more than {limit}", value=value, limit=limit)
        return where, say("{value} must be less than {limit}", value=value, limit=limit)
    if keyword == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = next((k for k in value if k not in allowed), "?")
        return json_path(path + [extra]), say("not expected here (expected {names})", names=_choices(allowed))
    if keyword in ("anyOf", "oneOf") and error.context:
        return describe(error.context[0], root)
    return where, say("does not fit the file format (the rule {rule!r})", rule=keyword)


__all__ = ["NAMES", "schema_dir", "schema_path", "schema", "reading_schema", "is_bulk", "validator", "check",
           "describe", "json_path", "shown"]

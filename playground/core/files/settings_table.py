"""What is made of the settings table ``core.settings.FIELDS`` for people to read: the JSON Schema's entry
of every setting and the README's settings table.

The validator checks documents against the schema with these entries made from ``FIELDS`` when it is
built (``playground.core.files.schemas``), so a new setting is checked with no edit there; the published file
``playground/data/schemas/document.schema.json`` and the README's table are kept equal to them by
tests/core/test_settings_table.py. After a change of FIELDS::

    python -m playground.core.files.settings_table --update        # rewrites both in place
    python -m playground.core.files.settings_table --readme-table  # prints the README's table
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playground.core.data import settings as settings_module
from playground.core.data.settings import MAX_HIDDEN_LAYERS, NOTEBOOK, Field

README_START = "<!-- the settings table: made by python -m playground.core.files.settings_table --update -->"
README_END = "<!-- end of the settings table -->"
SETTINGS_DESCRIPTION = ("The training settings, one member per setting. A setting left out takes its default; "
                        "a value outside its range is refused, never clamped.")


def _about(f: Field) -> str:
    """The field's help in one paragraph (the window's tooltip may have lines)."""
    return " ".join(str(f.help).split())


def _number(value: float, kind: type) -> int | float:
    """A bound as JSON writes it: whole numbers without '.0'."""
    return int(value) if kind is int or float(value).is_integer() and abs(value) < 2**53 else float(value)


def schema_entry(f: Field) -> dict:
    """The JSON Schema of setting ``f``'s member: its type and range, described in words with its default."""
    default = json.dumps(list(f.default) if f.kind is tuple else f.default)
    version = "" if f.group == NOTEBOOK else "(version 2) "
    written = " In a document: a list of the sizes ([4, 3]; [] for none)." if f.kind is tuple else ""
    out: dict = {"description": f"{version}{_about(f)} Allowed: {f.range_text()}.{written} Default {default}."}
    if f.kind is tuple:
        out.update(type="array", maxItems=MAX_HIDDEN_LAYERS,
                   items={"type": "integer", "minimum": _number(f.low, int), "maximum": _number(f.high, int)})
    elif f.choices:
        out["enum"] = list(f.choices)
    elif f.kind is bool:
        out["type"] = "boolean"
    else:
        kind = "integer" if f.kind is int else "number"
        out["type"] = [kind, "null"] if f.optional else kind
        out["exclusiveMinimum" if f.open_low else "minimum"] = _number(f.low, f.kind)
        if f.high is not None:
            out["exclusiveMaximum" if f.open_high else "maximum"] = _number(f.high, f.kind)
    return out


def settings_schema() -> dict:
    """The schema of a document's ``settings`` (``$defs.settings`` of document.schema.json), from FIELDS now."""
    return {"description": SETTINGS_DESCRIPTION, "type": "object",
            "properties": {f.name: schema_entry(f) for f in settings_module.FIELDS}}


def settings_schema_text(indent: str = "    ") -> str:
    """``settings_schema()`` as the published file writes it: a member per line, a setting's rules on one line."""
    s = settings_schema()
    lines = [f'{indent}"settings": {{', f'{indent}  "description": {json.dumps(s["description"], ensure_ascii=False)},',
             f'{indent}  "type": "object",', f'{indent}  "properties": {{']
    entries = []
    for name, entry in s["properties"].items():
        rules = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in entry.items() if k != "description")
        entries.append(f'{indent}    {json.dumps(name)}: {{\n'
                       f'{indent}      "description": {json.dumps(entry["description"], ensure_ascii=False)},\n'
                       f'{indent}      {rules}\n{indent}    }}')
    return "\n".join(lines) + "\n" + ",\n".join(entries) + f"\n{indent}  }}\n{indent}}}"


def with_settings_schema(text: str) -> str:
    """The text of document.schema.json with its ``$defs.settings`` replaced by ``settings_schema_text()``."""
    key = '\n    "settings": {\n'
    start = text.index(key, text.index('"$defs"')) + 1
    _, length = json.JSONDecoder().raw_decode(text[start + len('    "settings": '):])
    end = start + len('    "settings": ') + length
    return text[:start] + settings_schema_text() + text[end:]


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|")


def readme_table() -> str:
    """The README's settings table (Markdown): every setting, where to set it, its values and its default."""
    rows = ["| Setting (document) | In the window | Command line | Values | Default | What it does |",
            "|---|---|---|---|---|---|"]
    for f in settings_module.FIELDS:
        title = str(f.title).replace("&", "")
        where = title if f.group == NOTEBOOK else f"Advanced: {title}"
        if f.shown_when:
            where += f" (with {f.shown_when[0]} {' or '.join(f.shown_when[1])})"
        option = f"`{f.flag}`" if f.kind is not bool else f"`{f.flag}`, `--no-{f.flag[2:]}`"
        if f.metavar:
            option = f"`{f.flag} {f.metavar}`"
        rows.append(f"| `{f.name}` | {_cell(where)} | {option} | {_cell(f.range_text())} | {_cell(f.default_text())} "
                    f"| {_cell(_about(f))} |")
    return "\n".join(rows)


def with_readme_table(text: str) -> str:
    """The README's text with the part between its two settings-table marks replaced by ``readme_table()``."""
    start = text.index(README_START) + len(README_START)
    end = text.index(README_END)
    return text[:start] + "\n" + readme_table() + "\n" + text[end:]


def update(root: Path) -> list[Path]:
    """Rewrite the README's table and the published schema's settings under ``root``; the files that changed."""
    from playground.core.files.schemas import schema_path

    changed = []
    for path, rewrite in ((root / "README.md", with_readme_table), (schema_path("document"), with_settings_schema)):
        old = path.read_text(encoding="utf-8")
        new = rewrite(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str]) -> int:
    if argv == ["--readme-table"]:
        print(readme_table())
    elif argv == ["--schema"]:
        print(json.dumps(settings_schema(), indent=2, ensure_ascii=False))
    elif argv == ["--update"]:
        for path in update(Path(__file__).resolve().parents[2]):
            print(f"updated {path}")
    else:
        print("usage: python -m playground.core.files.settings_table --readme-table | --schema | --update", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build the interface translations with Qt's own tools (shipped in PySide6-Essentials).

    python packaging/translations.py update    # pyside6-lupdate: collect the texts into resources/translations/*.ts
    python packaging/translations.py release   # pyside6-lrelease: compile them to playground/data/translations/*.qm
    python packaging/translations.py check     # list unfinished and obsolete entries; exit status 1 if any

The ``.ts`` files are the sources translators edit (with Qt Linguist, ``pyside6-linguist``,
or any text editor); the compiled ``.qm`` files are committed in the package's data
folder, so an installed wheel, an editable install and the PyInstaller bundle all
carry them (playground/resources.py finds them). tests/test_translations.py runs
``check`` and compares the committed ``.qm`` files with a fresh ``release``.

English has a catalogue too, holding only the plural forms ("1 row" / "2 rows").
Adding a language: README.md, "Adding a language".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "playground" / "data" / "translations"
CATALOG = "nn_playground"
# the languages shipped, besides English; keep in step with playground/ui/language.py LANGUAGES
LANGUAGES = ("de", "es")
# where translatable texts are: the window's code (the headless CLI and core/ stay English)
SOURCES = ("playground/ui", "playground/app.py")


def tool(name: str) -> str:
    """A Qt tool from the environment running this script (PySide6 puts them beside python)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def source_files() -> list[str]:
    files: list[str] = []
    for src in SOURCES:
        path = ROOT / src
        files += sorted(str(p.relative_to(ROOT)) for p in path.rglob("*.py")) if path.is_dir() else [src]
    return files


CORE_TEXTS = ROOT / "playground" / "ui" / "core_texts.py"


def core_texts_source() -> str:
    """playground/ui/core_texts.py: the texts of core/ that the window shows (core imports no Qt, so
    lupdate cannot find them there), each marked for lupdate with QT_TRANSLATE_NOOP."""
    sys.path.insert(0, str(ROOT))
    from playground.core.data.presets import PRESETS

    lines = ['"""Texts of playground.core shown in the window, marked for translation (made by',
             'packaging/translations.py update; do not edit: tests/test_translations.py checks it is current)."""',
             "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "PRESET_DESCRIPTIONS = ["]
    lines += [f'    QT_TRANSLATE_NOOP("Presets", {p.description!r}),' for p in PRESETS.values()]
    lines += ["]", "", "# the templates of playground.core.texts.say(...) calls: messages of core shown in the window",
              "MESSAGES = ["]
    lines += [f'    QT_TRANSLATE_NOOP("Core", {t!r}),' for t in core_templates()]
    lines += ["]", ""]
    return "\n".join(lines)


def core_templates() -> list[str]:
    """Every template passed to ``say("...")`` in playground/core, once each (files in name order)."""
    import ast

    found: dict[str, None] = {}
    for path in sorted((ROOT / "playground" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "say":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise SystemExit(f"{path.name}:{node.lineno}: say() needs a string literal as its template")
                found[first.value] = None
    return list(found)


def update(folder: Path = TS_DIR, no_obsolete: bool = True) -> None:
    """Merge the texts of the sources into the ``.ts`` files (new ones arrive as unfinished)."""
    if folder == TS_DIR:
        CORE_TEXTS.write_text(core_texts_source(), encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    common = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-source-language", "en",
              *(["-no-obsolete"] if no_obsolete else [])]
    for language in LANGUAGES:
        subprocess.run([*common, *source_files(), "-target-language", language, "-ts",
                        str(ts_file(language, folder))], cwd=ROOT, check=True)
    subprocess.run([*common, "-pluralonly", *source_files(), "-target-language", "en", "-ts",
                    str(ts_file("en", folder))], cwd=ROOT, check=True)


def release(out: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts`` file to a ``.qm`` file in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in ("en", *LANGUAGES):
        qm = out / f"{CATALOG}_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)],
                       cwd=ROOT, check=True)
        written.append(qm)
    return written


def problems() -> dict[str, list[str]]:
    """Per language, the entries that are unfinished or obsolete once the sources are scanned again."""
    found: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", *LANGUAGES):
            shutil.copy(ts_file(language), ts_file(language, Path(tmp)))
        update(Path(tmp), no_obsolete=False)  # obsolete entries are kept, so they can be reported
        for language in ("en", *LANGUAGES):
            root = ET.parse(ts_file(language, Path(tmp))).getroot()
            bad = []
            for context in root.iter("context"):
                for message in context.iter("message"):
                    kind = message.find("translation").get("type")
                    if kind in ("unfinished", "obsolete", "vanished"):
                        bad.append(f"{kind}: [{context.findtext('name')}] {message.findtext('source')!r}")
            found[language] = bad
    if CORE_TEXTS.read_text(encoding="utf-8") != core_texts_source():
        found["en"].append("stale: playground/ui/core_texts.py (run: python packaging/translations.py update)")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
    elif command == "check":
        found = problems()
        for language, bad in found.items():
            print(f"{language}: {len(bad)} unfinished or obsolete")
            for line in bad:
                print("   ", line)
        return 1 if any(found.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""One table of limits for every kind of file (core/limits.py, LIMITS): each reader refuses a file over
each of its limits with a message that names the file and the limit, and the README's "Limits"
section lists every kind and number of the table.

Every file is read by the reader the command line and the window use for it: documents and CSV
tables by ``read_any``, autosaves by ``read_autosave`` (the start-up recovery), lessons by
``read_lesson`` and translations by ``read_translation`` (``lesson_in`` when a lesson opens).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from playground.core import limits
from playground.core.files.autosave import read_autosave
from playground.core.data.dataset import DataError, generate
from playground.core.files.documents import Document, Trained, document_to_dict, read_any
from playground.core.lessons.lesson import read_lesson
from playground.core.lessons.lesson_translation import FORMAT as TRANSLATION_FORMAT, read_translation
from playground.core.data.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


# -- the files, each over one limit -------------------------------------------------------------

def table(rows: int, columns: int = 3) -> dict:
    """A document's dict with a table of ``rows`` x ``columns`` (the last column the target)."""
    d = document_to_dict(Document(generate(["x1", "x2"]), Settings()))
    d["dataset"]["columns"] = [{"name": f"c{i}", "role": "input"} for i in range(columns - 1)] + \
                              [{"name": "y", "role": "target"}]
    d["dataset"]["rows"] = [[0] * columns] * rows
    return d


def long_name(document: dict | None = None) -> dict:
    """A document's dict whose first column's name is MAX_NAME_CHARS + 1 characters long."""
    d = document or table(2)
    d["dataset"]["columns"][0]["name"] = "n" * (limits.MAX_NAME_CHARS + 1)
    return d


def long_curve() -> dict:
    """A document's dict whose saved error curve has MAX_HISTORY_POINTS + 1 points."""
    n = limits.MAX_HISTORY_POINTS + 1
    trained = Trained(n, [np.zeros((2, 2)), np.zeros((2, 1))], None, np.arange(n), np.full(n, 0.5))
    return document_to_dict(Document(generate(["x1", "x2"]), Settings(hidden=(2,)), trained))


def autosave(document: dict) -> str:
    return json.dumps({"format": "nn-playground-autosave", "version": 1, "original": None, "saved_at": 1.7e9,
                       "document": document})


def lesson(steps: int = 1, text: str = "Hello") -> str:
    return json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "T",
                       "steps": [{"text": text, "state": {"preset": "notebook"}}] + [{"text": "More"}] * (steps - 1)})


def choice_lesson(choices: int = 2, text: str = "Yes", feedback: str = "") -> str:
    """A lesson whose one step asks a choice question: ``choices`` choices, the first with ``text`` and ``feedback``."""
    items = [{"text": text, "correct": True, "feedback": feedback}] + [{"text": f"No {i}"} for i in range(choices - 1)]
    return json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "T",
                       "steps": [{"text": "Hello", "state": {"preset": "notebook"},
                                  "question": {"type": "choice", "prompt": "Which?", "choices": items}}]})


def translation(texts: int = 1, english: str = "The table") -> str:
    return json.dumps({"format": TRANSLATION_FORMAT, "version": 1, "language": "de",
                       "texts": {english: "Die Tabelle", **{f"Text {i}": "Text" for i in range(texts - 1)}}})


def csv_text(rows: int, columns: int = 3) -> str:
    return ",".join(f"c{i}" for i in range(columns)) + "\n" + ("0," * (columns - 1) + "1\n") * rows


def huge(limit: int) -> tuple[str, int]:
    """Stands for a file one byte over ``limit`` (made sparse: no disk used)."""
    return ("huge", limit)


read_translation_de = lambda path: read_translation(path, "de")  # noqa: E731 - the language of the file

# kind -> (reader, file name, {limit name: (content, the limit's number)})
CASES = {
    "document": (read_any, "work.nnp", {
        "bytes": (huge(limits.MAX_FILE_BYTES), limits.MAX_FILE_BYTES),
        "rows": (json.dumps(table(limits.MAX_ROWS + 1)), limits.MAX_ROWS),
        "columns": (json.dumps(table(2, limits.MAX_COLUMNS + 1)), limits.MAX_COLUMNS),
        "name": (json.dumps(long_name()), limits.MAX_NAME_CHARS),
        "curve points": (json.dumps(long_curve()), limits.MAX_HISTORY_POINTS),
    }),
    "CSV table": (read_any, "table.csv", {
        "bytes": (huge(limits.MAX_FILE_BYTES), limits.MAX_FILE_BYTES),
        "rows": (csv_text(limits.MAX_ROWS + 1), limits.MAX_ROWS),
        "columns": (csv_text(2, limits.MAX_COLUMNS + 1), limits.MAX_COLUMNS),
        "name": ("n" * (limits.MAX_NAME_CHARS + 1) + ",y\n0,1\n", limits.MAX_NAME_CHARS),
    }),
    "autosave": (read_autosave, "a1b2c3.autosave.json", {
        "bytes": (huge(limits.MAX_FILE_BYTES), limits.MAX_FILE_BYTES),
        "rows": (autosave(table(limits.MAX_ROWS + 1)), limits.MAX_ROWS),
        "columns": (autosave(table(2, limits.MAX_COLUMNS + 1)), limits.MAX_COLUMNS),
        "name": (autosave(long_name()), limits.MAX_NAME_CHARS),
        "curve points": (autosave(long_curve()), limits.MAX_HISTORY_POINTS),
    }),
    "lesson": (read_lesson, "class.nnlesson", {
        "bytes": (huge(limits.MAX_LESSON_BYTES), limits.MAX_LESSON_BYTES),
        "steps": (lesson(steps=limits.MAX_STEPS + 1), limits.MAX_STEPS),
        "characters": (lesson(text="x" * (limits.MAX_TEXT_CHARS + 1)), limits.MAX_TEXT_CHARS),
        "choices": (choice_lesson(choices=limits.MAX_CHOICES + 1), limits.MAX_CHOICES),
        "question characters": (choice_lesson(text="x" * (limits.MAX_QUESTION_CHARS + 1)), limits.MAX_QUESTION_CHARS),
        "question lines": (choice_lesson(feedback="a\n" * (limits.MAX_QUESTION_LINES + 1)), limits.MAX_QUESTION_LINES),
    }),
    "lesson translation": (read_translation_de, "class.de.json", {
        "bytes": (huge(limits.MAX_TRANSLATION_BYTES), limits.MAX_TRANSLATION_BYTES),
        "texts": (translation(texts=limits.MAX_TRANSLATED_TEXTS + 1), limits.MAX_TRANSLATED_TEXTS),
        # a translated text is held to the limit of the text it replaces when it is applied, naming its
        # place (translate_lesson; tests/core/test_translated_texts.py); the reader refuses an English
        # text no lesson could hold
        "characters": (translation(english="x" * (limits.MAX_TEXT_CHARS + 1)), limits.MAX_TEXT_CHARS),
    }),
}
PARAMS = [(kind, limit) for kind, (_, _, over) in CASES.items() for limit in over]


@pytest.mark.parametrize("kind, limit", PARAMS, ids=[f"{k}-{n}" for k, n in PARAMS])
def test_a_file_over_a_limit_is_refused_naming_the_file_and_the_limit(tmp_path, kind, limit):
    read, name, over = CASES[kind]
    content, number = over[limit]
    path = tmp_path / name
    if isinstance(content, tuple):  # one byte over the size limit
        with open(path, "wb") as f:
            f.truncate(content[1] + 1)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        read(path)
    message = str(info.value)
    assert str(path) in message and f"{number:,}" in message, message
    assert "limit" in message, message


def test_every_kind_of_file_read_by_the_app_has_its_limits():
    """The table covers each kind CASES reads, and each number of the table is checked above."""
    assert [f.kind for f in limits.LIMITS] == list(CASES)
    for f in limits.LIMITS:
        numbers = {number for _, number in CASES[f.kind][2].values()}
        assert numbers == {f.max_bytes} | {n for _, n in f.other}, f.kind


# -- the README -----------------------------------------------------------------------------------

def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else None]


def readme_size(n: int) -> str:
    """A size as the README writes it: whole megabytes (2**20 bytes), "32 MB"."""
    assert n % 2**20 == 0, f"{n} bytes is not a whole number of MB: write it in the README by hand"
    return f"{n // 2**20} MB"


def test_the_readme_lists_every_file_kind_with_its_limits():
    section = readme_section("Limits")
    rows = [[cell.strip().replace("`", "") for cell in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|")]
    for f in limits.LIMITS:
        found = [r for r in rows if re.match(rf"{re.escape(f.kind)} \(", r[0], re.IGNORECASE)]
        assert len(found) == 1, f"README 'Limits' has no single row for {f.kind!r}"
        (first, size, most, *_), = found
        assert f.suffix in first, (f.kind, first)
        assert size == readme_size(f.max_bytes), (f.kind, size)
        for what, n in f.other:
            assert f"{n:,} {what}" in most, (f.kind, what, n, most)

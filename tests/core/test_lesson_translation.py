"""The shipped lessons in German and Spanish: complete translation files, and only texts change."""

import json
import re

import pytest

from playground import resources
from playground.core.lessons.lesson import read_lesson
from playground.core.lessons.lesson_translation import (FORMAT, lesson_in, lesson_texts, read_translation, translate_lesson,
                                                translation_path)

LESSONS = resources.shipped_lessons()
# what a translation keeps as it is: code spans and blocks, headings' and lists' marks, bold and emphasis
MARKS = re.compile(r"```.*?```|`[^`]*`|^#+ |^- |\*\*|\*", re.S | re.M)


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_shipped_lesson_is_translated_completely(path, language):
    lesson = read_lesson(path)
    texts = read_translation(translation_path(path, language), language)
    english = lesson_texts(lesson)
    assert [t for t in english if t not in texts] == []  # nothing left in English
    assert [t for t in texts if t not in english] == []  # nothing stale (a text the lesson no longer has)
    for source, translated in texts.items():
        assert MARKS.findall(translated).count("**") == MARKS.findall(source).count("**"), source
        assert [m for m in MARKS.findall(translated) if m.startswith("`")] == \
            [m for m in MARKS.findall(source) if m.startswith("`")], source


def test_a_translation_changes_the_texts_and_nothing_else():
    path = LESSONS[1]
    lesson = read_lesson(path)
    german = lesson_in(lesson, path, "de")
    assert german.title == "Eine verborgene Schicht, eine Iteration nach der anderen"
    assert german.steps[2].question.prompt == "Welchen Wert wird l2_delta für Zeile 3 haben?"
    for a, b in zip(lesson.steps, german.steps):
        assert (a.state, a.start, a.visible, a.action) == (b.state, b.start, b.visible, b.action)
        if a.question is not None:
            assert (a.question.kind, a.question.answer, a.question.quantity, a.question.row, a.question.column) == \
                (b.question.kind, b.question.answer, b.question.quantity, b.question.row, b.question.column)
            assert [c.correct for c in a.question.choices] == [c.correct for c in b.question.choices]
    assert lesson_in(lesson, path, "en") is lesson
    assert translate_lesson(lesson, {}) == lesson


def test_a_missing_or_broken_translation_leaves_the_lesson_as_written(tmp_path):
    lesson_file = tmp_path / "mine.nnlesson"
    lesson_file.write_bytes(LESSONS[0].read_bytes())
    lesson = read_lesson(lesson_file)
    assert lesson_in(lesson, lesson_file, "de") == lesson  # none beside it
    translation = translation_path(lesson_file, "de")
    translation.parent.mkdir()
    for broken in ("{", json.dumps({"format": FORMAT, "version": 1, "language": "es", "texts": {}}),
                   json.dumps({"format": FORMAT, "version": 1, "language": "de", "texts": {"The table": ""}})):
        translation.write_text(broken, encoding="utf-8")
        assert lesson_in(lesson, lesson_file, "de") == lesson
    translation.write_text(json.dumps({"format": FORMAT, "version": 1, "language": "de",
                                       "texts": {"The table": "Die Tabelle"}}), encoding="utf-8")
    assert lesson_in(lesson, lesson_file, "de").steps[0].title == "Die Tabelle"  # the rest stays as written
    assert lesson_in(lesson, lesson_file, "de").steps[1].title == lesson.steps[1].title

"""A lesson translation's texts are held to the limits of the lesson's own texts when they are applied."""

import json

import pytest

from playground.core.lessons.lesson import MAX_TITLE_CHARS, LessonError, lesson_from_dict
from playground.core.lessons.lesson_translation import FORMAT, lesson_in, translate_lesson, translation_path
from playground.core.limits import MAX_QUESTION_CHARS, MAX_QUESTION_LINES, MAX_TEXT_CHARS

LESSON = {"format": "nn-playground-lesson", "version": 1, "title": "T",
          "steps": [{"title": "First", "text": "Hello", "state": {"preset": "notebook"},
                     "question": {"type": "choice", "prompt": "Which?",
                                  "choices": [{"text": "this", "correct": True, "feedback": "yes"},
                                              {"text": "that", "correct": False}]}}]}
# The text that froze the window for 210 s: emphasis markers that never close, 200,000 characters.
MARKERS = "*a " * 66_667


def lesson():
    return lesson_from_dict(json.loads(json.dumps(LESSON)))


QUESTION_TEXTS = [("Which?", "steps[0].question.prompt"), ("this", "steps[0].question.choices[0].text"),
                  ("yes", "steps[0].question.choices[0].feedback")]


@pytest.mark.parametrize("english, place, limit", [("Hello", "steps[0].text", MAX_TEXT_CHARS)]
                         + [(english, place, MAX_QUESTION_CHARS) for english, place in QUESTION_TEXTS])
def test_a_translated_text_over_the_limit_is_refused_naming_its_place_and_the_limit(english, place, limit):
    with pytest.raises(LessonError) as e:
        translate_lesson(lesson(), {english: MARKERS}, "x.de.json")
    message = str(e.value)
    assert message == (f"x.de.json: the translation of {place} is {len(MARKERS):,} characters long; "
                       f"the limit is {limit:,}")


@pytest.mark.parametrize("english, place", QUESTION_TEXTS)
def test_a_translated_question_text_keeps_the_question_limits(english, place):
    """A translated prompt, choice or feedback is held to the limits the lesson's own are read with:
    as many characters and lines as the lesson panel shows a question's text in."""
    at_limit = ("x\n" * MAX_QUESTION_LINES)[:MAX_QUESTION_CHARS]
    translated = translate_lesson(lesson(), {english: at_limit})
    q = translated.steps[0].question
    assert at_limit in (q.prompt, q.choices[0].text, q.choices[0].feedback)
    with pytest.raises(LessonError) as e:
        translate_lesson(lesson(), {english: "x" * (MAX_QUESTION_CHARS + 1)}, "x.de.json")
    assert str(e.value) == (f"x.de.json: the translation of {place} is {MAX_QUESTION_CHARS + 1:,} characters long; "
                            f"the limit is {MAX_QUESTION_CHARS:,}")
    with pytest.raises(LessonError) as e:
        translate_lesson(lesson(), {english: "x\n" * (MAX_QUESTION_LINES + 1)}, "x.de.json")
    assert str(e.value) == (f"x.de.json: the translation of {place} has {MAX_QUESTION_LINES + 1} lines; "
                            f"the limit is {MAX_QUESTION_LINES}")


def test_a_text_at_the_limit_is_translated():
    text = ("*a " * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    assert translate_lesson(lesson(), {"Hello": text}).steps[0].text == text


@pytest.mark.parametrize("english, place", [("T", "title"), ("First", "steps[0].title")])
def test_titles_keep_the_title_limit(english, place):
    ok = translate_lesson(lesson(), {english: "x" * MAX_TITLE_CHARS})
    assert "x" * MAX_TITLE_CHARS in (ok.title, ok.steps[0].title)
    with pytest.raises(LessonError) as e:
        translate_lesson(lesson(), {english: "x" * (MAX_TITLE_CHARS + 1)})
    assert str(e.value) == f"<translation>: the translation of {place} is 201 characters long; the limit is 200"


def test_a_nul_in_a_translation_is_refused():
    with pytest.raises(LessonError, match=r"the translation of steps\[0\].text contains a NUL character"):
        translate_lesson(lesson(), {"Hello": "Hal\0lo"})


def test_the_window_keeps_the_lesson_as_written_and_learns_why(tmp_path):
    lesson_file = tmp_path / "mine.nnlesson"
    lesson_file.write_text(json.dumps(LESSON), encoding="utf-8")
    path = translation_path(lesson_file, "de")
    path.parent.mkdir()
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "language": "de",
                                "texts": {"First": "Erste", "Hello": MARKERS}}), encoding="utf-8")
    problems = []
    shown = lesson_in(lesson(), lesson_file, "de", problems)
    assert shown == lesson()  # all or nothing: not even the title that was fine
    assert len(problems) == 1 and str(path) in problems[0] and "steps[0].text" in problems[0]
    assert f"the limit is {MAX_TEXT_CHARS:,}" in problems[0]
    assert lesson_in(lesson(), lesson_file, "de") == lesson()  # without a list: as before, silently

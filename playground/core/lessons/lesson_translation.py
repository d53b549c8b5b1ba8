"""A lesson's texts in another language: a translation file beside the lesson, like a ``.ts`` for content.

A lesson's words (its title, each step's title and text, questions, choices, feedback and
explanations) are content written in the ``.nnlesson`` file, not the window's chrome, so
Qt's catalogues do not hold them. A translation of ``01-one-layer.nnlesson`` into German is
``translations/01-one-layer.de.json`` in the lesson's folder::

    {"format": "nn-playground-lesson-translation", "version": 1, "language": "de",
     "texts": {"The table": "Die Tabelle", "Which input does y copy?": "Welche Eingabe kopiert y?", ...}}

Each English text maps to its translation (the Markdown subset, code spans and names such as
``syn0`` kept). A text the file does not translate stays as the lesson writes it; the lesson's
state, actions and answers never change. ``tests/core/test_lesson_translation.py`` checks the
shipped lessons' translations are complete and hold no stale texts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Mapping

from playground.core.files.fileio import UnreadableText, display_name, read_text
from playground.core.files.json_checks import JsonTextError, load_json
from playground.core.lessons.lesson import MAX_TITLE_CHARS, Lesson, LessonError
from playground.core.limits import (MAX_QUESTION_CHARS, MAX_QUESTION_LINES, MAX_TEXT_CHARS, MAX_TRANSLATED_TEXTS,
                                    MAX_TRANSLATION_BYTES)
from playground.core.texts import say

FORMAT, VERSION = "nn-playground-lesson-translation", 1
FOLDER = "translations"


def lesson_texts(lesson: Lesson) -> list[str]:
    """Every text of the lesson a student reads, once each, in the order they appear."""
    found: dict[str, None] = {lesson.title: None}
    for step in lesson.steps:
        found.update(dict.fromkeys([step.title, step.text]))
        q = step.question
        if q is not None:
            found.update(dict.fromkeys([q.prompt, q.explanation]))
            for choice in q.choices:
                found.update(dict.fromkeys([choice.text, choice.feedback]))
    return [text for text in found if text]


def translate_lesson(lesson: Lesson, texts: Mapping[str, str], source: str = "<translation>") -> Lesson:
    """The lesson with every text that ``texts`` translates replaced; everything else as it was.

    A translation is held to the limits the lesson's own texts are read with (a title of
    MAX_TITLE_CHARS characters; a question's prompt, choice, feedback or explanation of
    MAX_QUESTION_CHARS characters and MAX_QUESTION_LINES lines; any other text of MAX_TEXT_CHARS;
    no NUL): a hostile or broken translation costs no more to show than a lesson can. LessonError
    names ``source``, the place of the text in the lesson and the limit."""
    def t(text: str, place: str, limit: int = MAX_TEXT_CHARS, lines: int | None = None) -> str:
        translated = texts.get(text, text) if text else text
        if translated is text:
            return text
        if len(translated) > limit:
            problem = say("the translation of {place} is {n:,} characters long; the limit is {limit:,}",
                          place=place, n=len(translated), limit=limit)
        elif lines is not None and len(translated.splitlines()) > lines:
            problem = say("the translation of {place} has {n:,} lines; the limit is {limit:,}",
                          place=place, n=len(translated.splitlines()), limit=lines)
        elif "\0" in translated:
            problem = say("the translation of {place} contains a NUL character", place=place)
        else:
            return translated
        raise LessonError(say("{source}: {problem}", source=source, problem=problem), source)

    def short(text: str, place: str) -> str:  # a question's text: a few lines of the lesson panel
        return t(text, place, MAX_QUESTION_CHARS, MAX_QUESTION_LINES)

    def question(q, path: str):
        if q is None:
            return None
        choices = tuple(dataclasses.replace(c, text=short(c.text, f"{path}.choices[{j}].text"),
                                            feedback=short(c.feedback, f"{path}.choices[{j}].feedback"))
                        for j, c in enumerate(q.choices))
        return dataclasses.replace(q, prompt=short(q.prompt, f"{path}.prompt"),
                                   explanation=short(q.explanation, f"{path}.explanation"), choices=choices)

    steps = [dataclasses.replace(s, title=t(s.title, f"steps[{i}].title", MAX_TITLE_CHARS),
                                 text=t(s.text, f"steps[{i}].text"),
                                 question=question(s.question, f"steps[{i}].question"))
             for i, s in enumerate(lesson.steps)]
    return dataclasses.replace(lesson, title=t(lesson.title, "title", MAX_TITLE_CHARS), steps=steps)


def translation_path(lesson_path: str | Path, language: str) -> Path:
    """Where the translation of a lesson file into ``language`` is: translations/<name>.<language>.json."""
    path = Path(lesson_path)
    return path.parent / FOLDER / f"{path.stem}.{language}.json"


def read_translation(path: str | Path, language: str) -> dict[str, str]:
    """The texts of a translation file; LessonError names the file and says what is wrong with it.

    A translation file is held to the limits of ``core.limits`` before its texts are used: only a
    regular file (a FIFO or a device is refused without blocking) of at most MAX_TRANSLATION_BYTES,
    at most MAX_TRANSLATED_TEXTS texts, each English text of at most MAX_TEXT_CHARS characters."""
    name = display_name(path)
    try:
        data = load_json(read_text(path, MAX_TRANSLATION_BYTES))
    except UnreadableText as e:
        raise LessonError(e.args[0], str(path)) from None
    except JsonTextError as e:
        raise LessonError(say("{source}: {problem}", source=name, problem=e.args[0]), str(path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise LessonError(f"{name}: not a lesson translation (format {FORMAT!r}, version {VERSION})")
    if data.get("language") != language:
        raise LessonError(f"{name}: its language is {data.get('language')!r}, not {language!r}")
    texts = data.get("texts")
    if not isinstance(texts, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                              for k, v in texts.items()):
        raise LessonError(f"{name}: 'texts' must map each English text to a non-empty translation")
    if len(texts) > MAX_TRANSLATED_TEXTS:
        raise LessonError(say("{source}: 'texts' holds {n:,} texts; the limit is {limit:,}", source=name,
                              n=len(texts), limit=MAX_TRANSLATED_TEXTS), str(path))
    # An English text longer than a lesson's text can never match one; each translation is held to the
    # limit of the text it replaces, with its place in the lesson, when it is applied (translate_lesson).
    long = next((text for text in texts if len(text) > MAX_TEXT_CHARS), None)
    if long is not None:
        raise LessonError(say("{source}: an English text in 'texts' is {n:,} characters long; the limit is "
                              "{limit:,} (it starts {start!r})", source=name, n=len(long), limit=MAX_TEXT_CHARS,
                              start=long[:40]), str(path))
    return dict(texts)


def lesson_in(lesson: Lesson, lesson_path: str | Path, language: str, problems: list | None = None) -> Lesson:
    """The lesson in ``language`` when a translation file is beside it, else as written.

    A translation that cannot be read or used leaves the lesson as written (its words are
    content; a broken translation must not keep a student from the lesson); what is wrong
    with it is appended to ``problems`` when given, for the window to say."""
    path = translation_path(lesson_path, language)
    if language == "en" or not path.is_file():
        return lesson
    try:
        return translate_lesson(lesson, read_translation(path, language), str(path))
    except LessonError as e:
        if problems is not None:
            problems.append(e.args[0])
        return lesson

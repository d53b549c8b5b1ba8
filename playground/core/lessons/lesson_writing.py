"""Writing lessons (teacher authoring): a :class:`~playground.core.lessons.lesson.Lesson` as the JSON of its file.

Every state is written out in full (no preset references), and nothing is written that
``playground.core.lessons.lesson.read_lesson`` would refuse: :func:`format_lesson` reads its own text back first.
"""

from __future__ import annotations

import json
import os
from typing import Any

from playground.core.data.dataset import DataError
from playground.core.files.documents import atomic_write_text, document_to_dict
from playground.core.lessons.lesson import FORMAT, VERSION, WEIGHTS, Lesson, LessonError, Question, lesson_from_dict


def lesson_to_dict(lesson: Lesson) -> dict:
    """The JSON-ready dict of a lesson; states are written out in full (no preset references)."""
    steps = []
    for step in lesson.steps:
        d: dict[str, Any] = {}
        if step.title:
            d["title"] = step.title
        d["text"] = step.text
        if step.state is not None:
            doc = document_to_dict(step.state)
            state = {"dataset": doc["dataset"], "settings": doc["settings"]}
            if step.start == WEIGHTS and doc["trained"] is not None:
                state["trained"] = doc["trained"]
            state["start"] = step.start
            d["state"] = state
        if step.visible is not None:
            d["visible"] = list(step.visible)
        if step.action is not None:
            a = step.action
            d["action"] = {"type": a.kind, **({"n": a.n} if a.kind == "step_n" else {}),
                           **({"iteration": a.n} if a.kind == "play_to" else {}),
                           **({"setting": a.setting} if a.setting else {})}
        if step.question is not None:
            d["question"] = _question_dict(step.question)
        if step.hide:
            d["hide"] = list(step.hide)
        steps.append(d)
    return {"format": FORMAT, "version": VERSION, "title": lesson.title, "audience": lesson.audience,
            "steps": steps}


def _question_dict(q: Question) -> dict:
    d: dict[str, Any] = {"type": q.kind, "prompt": q.prompt}
    if q.kind == "choice":
        d["choices"] = [{"text": c.text, "correct": c.correct, **({"feedback": c.feedback} if c.feedback else {})}
                        for c in q.choices]
    elif q.kind == "number":
        d["answer"] = q.answer
    else:
        d.update(quantity=q.quantity, row=q.row + 1, column=q.column + 1)
    if q.tolerance is not None:
        d["tolerance"] = q.tolerance
    if q.explanation:
        d["explanation"] = q.explanation
    return d


def format_lesson(lesson: Lesson) -> str:
    """The lesson as JSON text; DataError if it would not read back."""
    d = lesson_to_dict(lesson)
    try:
        lesson_from_dict(d)  # never write a file that read_lesson would refuse
    except LessonError as e:
        raise DataError(str(e).removeprefix("<lesson>: ")) from None
    return json.dumps(d, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def write_lesson(path: str | os.PathLike, lesson: Lesson) -> None:
    """Save the lesson atomically (the old file survives any failure)."""
    try:
        text = format_lesson(lesson)
    except DataError as e:
        raise LessonError(f"cannot save {os.fspath(path)}: {e}", os.fspath(path)) from None
    atomic_write_text(path, text)


__all__ = ["lesson_to_dict", "format_lesson", "write_lesson"]

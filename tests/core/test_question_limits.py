"""A question's texts and choices are held to the limits of core.limits, naming the place over one.

A choice, its feedback, the prompt and the explanation are a few lines of the lesson panel: at most
MAX_QUESTION_CHARS characters and MAX_QUESTION_LINES lines each; a question has at most MAX_CHOICES
choices. A lesson at every limit is read; one over a limit is refused by the reader the window and
the command line use, with the file, the place and the limit in the message.
"""

import json

import pytest

from playground.core.data.dataset import DataError
from playground.core.lessons.lesson import read_lesson
from playground.core.limits import MAX_CHOICES, MAX_QUESTION_CHARS, MAX_QUESTION_LINES

AT_LIMIT = ("line\n" * MAX_QUESTION_LINES)[:MAX_QUESTION_CHARS].rstrip("\n")
TOO_LONG = "x" * (MAX_QUESTION_CHARS + 1)
TOO_MANY_LINES = "a\n" * (MAX_QUESTION_LINES + 1)
CHARS = f"is {MAX_QUESTION_CHARS + 1:,} characters long; the limit is {MAX_QUESTION_CHARS:,}"
LINES = f"has {MAX_QUESTION_LINES + 1} lines; the limit is {MAX_QUESTION_LINES}"


def question(prompt=AT_LIMIT, explanation=AT_LIMIT, text=AT_LIMIT, feedback=AT_LIMIT, choices=MAX_CHOICES) -> dict:
    items = [{"text": text, "correct": True, "feedback": feedback}]
    items += [{"text": f"{AT_LIMIT[:-3]}{i}", "feedback": AT_LIMIT} for i in range(choices - 1)]
    return {"type": "choice", "prompt": prompt, "explanation": explanation, "choices": items}


def write(tmp_path, q: dict):
    path = tmp_path / "class.nnlesson"
    path.write_text(json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "T",
                                "steps": [{"text": "Hello", "state": {"preset": "notebook"}, "question": q}]}),
                    encoding="utf-8")
    return path


def test_a_question_at_every_limit_is_read(tmp_path):
    q = read_lesson(write(tmp_path, question())).steps[0].question
    assert len(q.choices) == MAX_CHOICES and q.choices[0].text == AT_LIMIT and q.prompt == AT_LIMIT
    assert len(AT_LIMIT.splitlines()) == MAX_QUESTION_LINES and len(AT_LIMIT) <= MAX_QUESTION_CHARS


@pytest.mark.parametrize("over, place, problem", [
    (dict(text=TOO_LONG), "steps[0].question.choices[0].text", CHARS),
    (dict(text=TOO_MANY_LINES), "steps[0].question.choices[0].text", LINES),
    (dict(feedback=TOO_LONG), "steps[0].question.choices[0].feedback", CHARS),
    (dict(feedback=TOO_MANY_LINES), "steps[0].question.choices[0].feedback", LINES),
    (dict(prompt=TOO_LONG), "steps[0].question.prompt", CHARS),
    (dict(prompt=TOO_MANY_LINES), "steps[0].question.prompt", LINES),
    (dict(explanation=TOO_LONG), "steps[0].question.explanation", CHARS),
    (dict(explanation=TOO_MANY_LINES), "steps[0].question.explanation", LINES),
    (dict(choices=MAX_CHOICES + 1), "steps[0].question.choices",
     f"{MAX_CHOICES + 1} choices; the limit is {MAX_CHOICES}"),
])
def test_a_question_over_a_limit_is_refused_naming_the_file_the_place_and_the_limit(tmp_path, over, place, problem):
    path = write(tmp_path, question(**over))
    with pytest.raises(DataError) as e:
        read_lesson(path)
    assert str(e.value) == f"{path}: {place}: {problem}"

"""What a student answered in one lesson, attempt by attempt: the content of the teacher's report.

The lesson player adds an :class:`Answer` for every checked answer (a choice, a typed number, a
prediction checked against the engine); :class:`AnswerLog` keeps them in order, wrong attempts
included (a teacher learns most from the first wrong guess), and starts afresh when a lesson opens.
The window's "Save my answers…" prints the log as a one-page PDF
(:mod:`playground.ui.lessons.lesson_report`). Everything here is plain text: a lesson's texts and a
student's numbers are never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from playground.core.lessons.lesson import Question


@dataclass(frozen=True)
class Answer:
    """One checked answer."""

    step: int  # 0-based; the report counts from 1
    title: str  # the step's title ("" when it has none)
    question: str  # the question's prompt, as shown
    given: str  # what the student chose or typed, as shown
    right: str  # the right value or choice, as shown
    correct: bool
    feedback: str  # what the student was told


@dataclass
class AnswerLog:
    """The answers given in the lesson on show, in the order they were given."""

    lesson: str = ""  # the lesson's title
    entries: list[Answer] = field(default_factory=list)

    def start(self, lesson_title: str) -> None:
        """A lesson opens: its answers start empty."""
        self.lesson, self.entries = lesson_title, []

    def add(self, answer: Answer) -> None:
        self.entries.append(answer)

    def steps_right(self) -> tuple[int, int]:
        """(steps whose question was answered right at least once, steps with an answered question)."""
        asked = {a.step for a in self.entries}
        right = {a.step for a in self.entries if a.correct}
        return len(right), len(asked)

    def first_try_right(self) -> int:
        """Questions answered right at the first attempt."""
        first: dict[int, bool] = {}
        for a in self.entries:
            first.setdefault(a.step, a.correct)
        return sum(first.values())


def right_choices(question: Question) -> str:
    """The right choice(s) of a choice question, as shown, joined by " / "."""
    return " / ".join(c.text for c in question.choices if c.correct)


def choice_answer(step: int, title: str, question: Question, index: int, correct: bool, feedback: str) -> Answer:
    """The Answer for choice ``index`` (0-based) of a choice question."""
    return Answer(step, title, question.prompt, question.choices[index].text, right_choices(question), correct,
                  feedback)


def number_answer(step: int, title: str, question: Question, given: float, right: float, correct: bool,
                  feedback: str, number: Callable[[float], str]) -> Answer:
    """The Answer for a typed number or a checked prediction; ``number`` writes a number in the interface language."""
    return Answer(step, title, question.prompt, number(given), number(right), correct, feedback)


__all__ = ["Answer", "AnswerLog", "right_choices", "choice_answer", "number_answer"]

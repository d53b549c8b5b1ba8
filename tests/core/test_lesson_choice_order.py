"""The shipped lessons do not give the answer away by its place: the right choice is not usually the first one."""

from playground import resources
from playground.core.lessons.lesson import read_lesson


def choice_questions():
    for path in sorted(resources.lessons_dir().glob("*.nnlesson")):
        for number, step in enumerate(read_lesson(path).steps, 1):
            if step.question is not None and step.question.kind == "choice":
                yield f"{path.stem} step {number}", step.question


def test_the_right_choice_is_first_in_at_most_half_of_the_choice_questions():
    questions = list(choice_questions())
    assert len(questions) >= 20  # every shipped lesson was read
    first = [where for where, q in questions if q.choices[0].correct]
    assert len(first) <= len(questions) // 2, f"right answer listed first in {len(first)} of {len(questions)}: {first}"


def test_the_right_choice_takes_more_than_one_place():
    places = {next(i for i, c in enumerate(q.choices) if c.correct) for _, q in choice_questions()}
    assert len(places) >= 3

"""The answers of one lesson, attempt by attempt: what the teacher's report counts."""

from playground.core.lessons.lesson import Choice, Question
from playground.core.lessons.lesson_answers import AnswerLog, choice_answer, number_answer, right_choices

QUESTION = Question("choice", "Which way?", choices=(Choice("left", False), Choice("right", True),
                                                    Choice("also right", True)))
NUMBER = Question("number", "How many?", answer=12.0)


def test_a_choice_answer_names_the_choice_given_and_the_right_ones():
    a = choice_answer(2, "Step three", QUESTION, 0, False, "Not that way.")
    assert (a.step, a.title, a.question, a.given, a.correct, a.feedback) == (
        2, "Step three", "Which way?", "left", False, "Not that way.")
    assert a.right == right_choices(QUESTION) == "right / also right"


def test_the_score_counts_steps_right_and_first_tries():
    log = AnswerLog()
    log.start("Lesson A")
    log.add(choice_answer(0, "", QUESTION, 0, False, "no"))
    log.add(choice_answer(0, "", QUESTION, 1, True, "yes"))
    log.add(number_answer(1, "", NUMBER, 12.0, 12.0, True, "yes", lambda v: f"{v:g}"))
    log.add(number_answer(2, "", NUMBER, 3.5, 12.0, False, "no", lambda v: f"{v:g}"))
    assert log.steps_right() == (2, 3)  # step 2 was never answered right
    assert log.first_try_right() == 1  # only step 1 at the first try
    assert [a.given for a in log.entries] == ["left", "right", "12", "3.5"]
    log.start("Lesson B")  # a new lesson starts empty
    assert log.entries == [] and log.lesson == "Lesson B" and log.steps_right() == (0, 0)

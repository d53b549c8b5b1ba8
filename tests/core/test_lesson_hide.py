"""A lesson step's ``hide``: what the window masks until the step's question is answered (core, no Qt)."""

import json

import pytest

from playground.core.files.json_checks import JsonProblem
from playground.core.lessons.lesson import HIDE_NAMES, LessonError, parse_lesson
from playground.core.lessons.lesson_quantities import QUANTITY, check_hidden
from playground.core.lessons.lesson_writing import format_lesson

FIRST = {"text": "Look.", "state": {"preset": "notebook"}}  # a 3-4-1 network


def lesson(step: dict) -> str:
    """A lesson whose second step is ``step`` (its place is steps[1])."""
    return json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": [FIRST, step]})


def step_with(hide, question=True) -> dict:
    step = {"text": "Answer first.", "action": {"type": "step"}, "hide": hide}
    if question:
        step["question"] = {"type": "number", "prompt": "The output?", "answer": 0.5}
    return step


def test_hide_takes_the_fixed_names_and_the_networks_quantities():
    step = parse_lesson(lesson(step_with(["outputs", "error", "weights", "l1", "l2_delta", "syn1 update",
                                          "outputs"]))).steps[1]
    assert step.hide == ("outputs", "error", "weights", "l1", "l2_delta", "syn1 update")  # once each, in order
    assert step.hidden() == step.hide
    assert set(HIDE_NAMES) == {"outputs", "error", "weights"} and not any(QUANTITY.fullmatch(n) for n in HIDE_NAMES)


def test_a_prediction_hides_its_own_quantity_undeclared():
    predict = {"text": "Predict.", "action": {"type": "step"},
               "question": {"type": "prediction", "prompt": "l2_delta?", "quantity": "l2_delta", "row": 3}}
    assert parse_lesson(lesson(predict)).steps[1].hidden() == ("l2_delta",)
    assert parse_lesson(lesson({**predict, "hide": ["outputs", "l2_delta"]})).steps[1].hidden() == \
        ("outputs", "l2_delta")
    assert parse_lesson(lesson({"text": "No question."})).steps[1].hidden() == ()


@pytest.mark.parametrize("step, message", [
    (step_with("outputs"), r"steps\[1\]\.hide: expected a list, got a string"),
    (step_with(["outputs", 3]), r"steps\[1\]\.hide\[1\]: expected a name, got a number"),
    (step_with(["output"]), r"steps\[1\]\.hide\[0\]: unknown name 'output'; choose from outputs, error, weights"),
    (step_with(["weights", "l3"]), r"steps\[1\]\.hide\[1\]: 'l3' does not exist in a network of layer sizes "
                                   r"\[3, 4, 1\]"),
    (step_with(["syn2 update"]), r"steps\[1\]\.hide\[0\]: 'syn2 update' does not exist"),
    (step_with(["error"], question=False), r"steps\[1\]\.hide: the step asks no question"),
])
def test_a_bad_hide_is_refused_with_its_place(step, message):
    with pytest.raises(LessonError, match=message):
        parse_lesson(lesson(step))


def test_check_hidden_alone_needs_no_network_for_a_fixed_name():
    check_hidden("error", "x", None)
    check_hidden("l9_delta", "x", None)  # no state to check it against: the name's form is enough
    with pytest.raises(JsonProblem, match="unknown name 'l2 delta'"):
        check_hidden("l2 delta", "x", None)


def test_a_written_lesson_keeps_what_its_steps_hide():
    written = format_lesson(parse_lesson(lesson(step_with(["outputs", "syn0 update"]))))
    assert json.loads(written)["steps"][1]["hide"] == ["outputs", "syn0 update"]
    assert parse_lesson(written).steps[1].hide == ("outputs", "syn0 update")

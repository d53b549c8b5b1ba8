"""The .nnlesson format: shipped lessons read, malformed files are named with their place, round trip."""

import json

import numpy as np
import pytest

from playground import resources
from playground.core.files.documents import Document, Trained
from playground.core.lessons.lesson import (MAX_LESSON_BYTES, PANELS, Action, Event, LessonError, action_done,
                                    check_choice, check_number, lesson_from_dict, parse_lesson, read_lesson)
from playground.core.lessons.lesson_writing import format_lesson, write_lesson
from playground.core.data.presets import get_preset

MINIMAL = {"format": "nn-playground-lesson", "version": 1, "title": "T",
           "steps": [{"text": "Hello", "state": {"preset": "notebook"}}]}


def lesson_with(**step) -> dict:
    d = json.loads(json.dumps(MINIMAL))
    d["steps"][0].update(step)
    return d


def problem(d, match: str) -> str:
    with pytest.raises(LessonError, match=match) as e:
        lesson_from_dict(d, source="t.nnlesson")
    assert str(e.value).startswith("t.nnlesson: ")
    return str(e.value)


def test_at_least_six_lessons_ship_and_each_reads():
    paths = resources.shipped_lessons()
    assert len(paths) >= 6
    for path in paths:
        lesson = read_lesson(path)
        assert lesson.title and lesson.steps and lesson.steps[0].state is not None
        assert any(s.question is not None for s in lesson.steps), path.name


def test_the_minimal_lesson_loads_its_preset_with_the_seeds_start():
    lesson = lesson_from_dict(MINIMAL)
    step = lesson.steps[0]
    preset = get_preset("notebook")
    assert step.state.settings == preset.settings
    assert np.array_equal(step.state.dataset.values, preset.dataset().values)
    assert step.start == "seed" and step.visible is None and step.action is None and step.question is None


def test_settings_override_the_presets_and_steps_inherit_the_state():
    d = lesson_with(state={"preset": "xor", "settings": {"learning_rate": 0.05}})
    d["steps"].append({"text": "next"})
    lesson = lesson_from_dict(d)
    assert lesson.steps[0].state.settings == get_preset("xor").settings.with_(learning_rate=0.05)
    assert lesson.steps[1].state is None
    assert lesson.state_at(1)[0] is lesson.steps[0].state


@pytest.mark.parametrize("text, match", [
    ("", "the file is empty"),
    ("   \n", "the file is empty"),
    ("garbage", r"line 1, column 1: .*not valid JSON"),
    ("[1, 2]", r"\(top level\): expected an object, got a list"),
    ('{"format": "nn-playground", "version": 1}', "not an NN Playground lesson.*this is a document"),
    ('{"format": "nn-playground-lesson", "version": 2, "title": "t", "steps": []}',
     "version: made by a newer NN Playground"),
    ('{"format": "nn-playground-lesson", "version": 1, "steps": []}', "title: missing"),
    ('{"format": "nn-playground-lesson", "version": 1, "title": "t"}', "steps: missing"),
    ('{"format": "nn-playground-lesson", "version": 1, "title": "t", "steps": []}', "steps: the lesson has no steps"),
    ("[" * 100_000, "nested too deeply|not valid JSON"),
])
def test_malformed_files_name_the_problem(text, match):
    with pytest.raises(LessonError, match=match):
        parse_lesson(text, source="t.nnlesson")


@pytest.mark.parametrize("step, match", [
    ({"text": 3}, r"steps\[0\]\.text: expected a string, got a number"),
    ({"visible": ["plot", "bogus"]}, r"steps\[0\]\.visible\[1\]: unknown panel 'bogus'"),
    ({"visble": ["plot"]}, r"steps\[0\]\.visble: unknown key"),
    ({"state": {"preset": "nope"}}, r"steps\[0\]\.state\.preset: unknown preset 'nope'"),
    ({"state": {"dataset": {"columns": [], "rows": []}}},
     r"steps\[0\]\.state: dataset\.columns: the dataset has no columns"),
    ({"state": {"dataset": {"columns": []}}}, r"steps\[0\]\.state: dataset\.rows: missing"),  # the schema's first word
    ({"state": {"preset": "xor", "settings": {"hidden": [0]}}}, r"steps\[0\]\.state: settings\.hidden: hidden layer 1"),
    ({"state": {"preset": "xor", "start": "weights"}}, r"steps\[0\]\.state\.trained: missing"),
    ({"action": {"type": "jump"}}, r"steps\[0\]\.action\.type: unknown action 'jump'"),
    ({"action": {"type": "step_n"}}, r"steps\[0\]\.action\.n: missing"),
    ({"action": {"type": "change_setting", "setting": "colour"}}, r"action\.setting: unknown setting 'colour'"),
    ({"question": {"type": "choice", "prompt": "?", "choices": [{"text": "a"}, {"text": "b"}]}},
     r"steps\[0\]\.question\.choices: no choice is marked .*has no answer"),
    ({"question": {"type": "number", "prompt": "?"}}, r"steps\[0\]\.question\.answer: missing .*has no answer"),
    ({"question": {"type": "prediction", "prompt": "?", "row": 1}, "action": {"type": "step"}},
     r"question\.quantity: missing"),
    ({"question": {"type": "prediction", "prompt": "?", "quantity": "l9_delta", "row": 1},
      "action": {"type": "step"}}, r"question\.quantity: 'l9_delta' does not exist in a network of layer sizes"),
    ({"question": {"type": "prediction", "prompt": "?", "quantity": "l2_delta", "row": 5},
      "action": {"type": "step"}}, r"question\.row: l2_delta has 4 rows, there is no row 5"),
    ({"question": {"type": "prediction", "prompt": "?", "quantity": "l2_delta", "row": 3}},
     r"steps\[0\]\.action: a prediction question needs an action that trains"),
    ({"question": {"type": "quiz", "prompt": "?"}}, r"question\.type: unknown question type 'quiz'"),
    ({"question": {"type": "number", "prompt": "", "answer": 1}}, r"question\.prompt: is empty"),
])
def test_malformed_steps_name_the_place(step, match):
    problem(lesson_with(**step), match)


def test_every_bad_step_is_reported_not_only_the_first():
    d = lesson_with()
    d["steps"] += [{"text": "ok"}, {"text": "x", "visible": ["nope"]}, {"text": ""}]
    message = problem(d, "steps")
    assert "steps[2].visible[0]: unknown panel 'nope'" in message and "steps[3].text: is empty" in message
    assert "steps[1]" not in message


def test_a_huge_or_binary_file_is_refused_before_parsing(tmp_path):
    huge = tmp_path / "huge.nnlesson"
    with open(huge, "wb") as f:
        f.truncate(MAX_LESSON_BYTES + 10)  # sparse: no disk used
    with pytest.raises(LessonError, match="too large"):
        read_lesson(huge)
    binary = tmp_path / "bin.nnlesson"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LessonError, match="UTF-8"):
        read_lesson(binary)
    with pytest.raises(LessonError, match="cannot read"):
        read_lesson(tmp_path / "missing.nnlesson")


def test_actions_are_recognised_from_events():
    assert action_done(Action("train"), Event("train", iteration=60000))
    assert not action_done(Action("train"), Event("step", iteration=1, count=1))
    assert action_done(Action("step"), Event("step", iteration=1, count=1))
    assert not action_done(Action("step"), Event("step", iteration=10, count=10))
    assert action_done(Action("step_n", n=10), Event("step", iteration=10, count=10))
    assert action_done(Action("play_to", n=500), Event("play", iteration=600))
    assert not action_done(Action("play_to", n=500), Event("play", iteration=400))
    assert action_done(Action("edit_cell"), Event("edit_cell"))
    assert action_done(Action("change_setting", setting="seed"), Event("setting", setting="seed"))
    assert not action_done(Action("change_setting", setting="seed"), Event("setting", setting="learning_rate"))
    assert action_done(Action("change_setting"), Event("setting", setting="learning_rate"))


def test_questions_accept_the_right_answer_and_refuse_a_wrong_one():
    lesson = read_lesson(resources.lessons_dir() / "01-one-layer.nnlesson")
    choice = lesson.steps[0].question
    right = next(i for i, c in enumerate(choice.choices) if c.correct)
    assert check_choice(choice, right)[0]
    ok, message = check_choice(choice, (right + 1) % len(choice.choices))
    assert not ok and "rows 2 and 3" in message
    number = lesson.steps[1].question
    assert check_number(number, 3.0) == (True, number.explanation)
    assert not check_number(number, 4.0)[0]
    assert not check_number(number, float("nan"))[0]


def test_a_lesson_with_weights_round_trips_bit_for_bit(tmp_path):
    preset = get_preset("notebook")
    weights = [np.full((3, 4), 0.5), np.full((4, 1), -0.5 + 1e-17)]
    doc = Document(preset.dataset(), preset.settings, Trained(0, weights))
    d = lesson_with(state={"preset": "notebook", "trained": {"iterations_done": 0, "weights": [
        w.tolist() for w in weights]}}, visible=["inspector", "step"], action={"type": "step"},
        question={"type": "prediction", "prompt": "l2_delta?", "quantity": "l2_delta", "row": 3, "tolerance": 0.01})
    lesson = lesson_from_dict(d)
    assert lesson.steps[0].start == "weights" and lesson.steps[0].state.trained == doc.trained
    path = tmp_path / "w.nnlesson"
    write_lesson(path, lesson)
    again = read_lesson(path)
    assert again.steps[0].state.trained == doc.trained
    assert again.steps[0].question == lesson.steps[0].question
    assert again.steps[0].visible == ("inspector", "step")
    assert format_lesson(again) == path.read_text(encoding="utf-8")


def test_panels_are_a_fixed_list():
    assert len(set(PANELS)) == len(PANELS) and "inspector" in PANELS and "plot" in PANELS


@pytest.mark.parametrize("visible, action, table, settings", [
    (None, None, False, "none"),  # every panel shown: nothing kept
    (["dataset", "settings"], None, False, "none"),
    (["train", "plot"], None, True, "all"),  # neither the table nor the form: both kept
    (["decision_map", "settings"], None, False, "none"),  # the map's clicks add rows: the table is not kept
    (["dataset", "train", "reset"], None, False, "all but seed"),  # New seed picks a seed
    (["dataset"], {"type": "change_setting", "setting": "learning_rate"}, False, "all but learning_rate"),
    (["dataset"], {"type": "change_setting"}, False, "none"),  # any setting may change
])
def test_a_step_keeps_what_its_hidden_panels_would_change(visible, action, table, settings):
    from playground.core.data.settings import FIELD

    step = {} if visible is None else {"visible": visible}
    if action is not None:
        step["action"] = action
    keeps = lesson_from_dict(lesson_with(**step)).steps[0].keeps()
    expected = {"none": set(), "all": set(FIELD), "all but seed": set(FIELD) - {"seed"},
                "all but learning_rate": set(FIELD) - {"learning_rate"}}[settings]
    assert (keeps.running, keeps.table, keeps.settings) == (False, table, expected)


def test_a_misspelt_setting_in_a_steps_state_is_named_with_its_place():
    """A document may carry keys a later version adds; a lesson is hand-written, so "learning_rat" is a typo that
    would silently keep the preset's learning rate."""
    lesson = json.loads(json.dumps(MINIMAL))
    lesson["steps"][0]["state"] = {"preset": "xor", "settings": {"learning_rat": 2.0}}
    with pytest.raises(LessonError, match=r"steps\[0\]\.state\.settings\.learning_rat: unknown key"):
        parse_lesson(json.dumps(lesson), source="t.nnlesson")
    lesson["steps"][0]["state"]["settings"] = {"learning_rate": 2.0}
    assert parse_lesson(json.dumps(lesson), source="t.nnlesson").steps[0].state.settings.learning_rate == 2.0

"""What a step hides until answered, in the step editor: shown as check boxes, written to the file's ``hide``,
kept for the inspector quantities the editor has no box for, and dropped with the question."""

from playground import resources
from playground.core.lessons.lesson import read_lesson
from playground.ui.lessons.lesson_author import StepDialog, NO_QUESTION


def dialog(qtbot, step):
    d = StepDialog(step, state=step.state)
    qtbot.addWidget(d)
    return d


def test_a_steps_hide_is_shown_edited_and_kept(qtbot):
    lesson = read_lesson(resources.lessons_dir() / "07-divergence.nnlesson")
    step = next(s for s in lesson.steps if s.hide)
    d = dialog(qtbot, step)
    assert {n for n, box in d.hide_checks.items() if box.isChecked()} == set(step.hide)
    assert d.step().hide == step.hide  # unchanged when nothing is edited
    d.hide_checks["weights"].setChecked(True)
    assert set(d.step().hide) == set(step.hide) | {"weights"}
    assert all(box.accessibleName().startswith("Hide until answered") for box in d.hide_checks.values())


def test_inspector_quantities_are_kept_and_a_step_without_a_question_hides_nothing(qtbot):
    lesson = read_lesson(resources.lessons_dir() / "02-hidden-layer.nnlesson")
    step = next(s for s in lesson.steps if s.question is not None)
    import dataclasses
    step = dataclasses.replace(step, hide=("outputs", "l1"))
    d = dialog(qtbot, step)
    assert d.step().hide == ("outputs", "l1")  # l1 has no box: kept as the file gave it
    d.question_combo.setCurrentIndex(d.question_combo.findData(NO_QUESTION))
    assert d.step().question is None and d.step().hide == ()  # the checker refuses a hide without a question
    assert not d.hide_box.isVisibleTo(d)

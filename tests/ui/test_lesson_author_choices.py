"""A choice question's choices in the step editor: text, Correct and feedback per choice; added, removed, moved;
written to the lesson file's ``choices`` and read back into the editor unchanged."""

import json

import pytest
from PySide6.QtWidgets import QApplication

from playground import resources
from playground.core.lessons.lesson import Choice, Lesson, read_lesson
from playground.core.lessons.lesson_writing import write_lesson
from playground.core.limits import MAX_CHOICES
from playground.ui.lessons.lesson_author import StepDialog
from playground.ui.lessons.lesson_author_choices import ChoicesEditor

A, B, C = Choice("x1", True, "Yes: y follows x1."), Choice("x2", False, "Rows 2 and 3 differ."), Choice("x3", False)


@pytest.fixture(scope="module")
def lesson():
    return read_lesson(resources.lessons_dir() / "01-one-layer.nnlesson")  # step 1 asks a choice question


def editor(qtbot, choices=(A, B, C)):
    e = ChoicesEditor(choices)
    qtbot.addWidget(e)
    e.show()
    e.activateWindow()  # the focus follows a moved choice: it needs an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is e)
    return e


def test_each_choice_has_its_text_its_correct_box_and_its_feedback(qtbot):
    e = editor(qtbot)
    assert e.choices() == (A, B, C)
    row = e.rows[1]
    row.text.setText("x2 (the second input)")
    row.correct.setChecked(True)
    row.feedback.setText("Also right.")
    assert e.choices()[1] == Choice("x2 (the second input)", True, "Also right.")
    assert [r.text.accessibleName() for r in e.rows] == ["Choice 1", "Choice 2", "Choice 3"]
    assert e.rows[2].feedback.accessibleName() == "Feedback for choice 3"


def test_choices_are_added_moved_and_removed_with_their_feedback(qtbot):
    e = editor(qtbot)
    with qtbot.waitSignal(e.changed):
        e.add_button.click()
    assert len(e.rows) == 4 and e.rows[3].text.hasFocus() and e.choices()[3] == Choice("", False, "")
    e.rows[3].text.setText("none of them")
    e.rows[0].down.click()  # x1 (right, with its feedback) goes below x2
    assert e.choices()[:2] == (B, A) and e.rows[1].down.hasFocus()
    e.rows[1].up.click()
    assert e.choices()[:3] == (A, B, C)
    assert not e.rows[0].up.isEnabled() and not e.rows[3].down.isEnabled()
    e.rows[1].remove.click()  # x2 goes, the ones below move up
    assert e.choices() == (A, C, Choice("none of them", False, ""))
    e.rows[2].remove.click()
    assert e.choices() == (A, C) and not e.rows[0].remove.isEnabled()  # the checker wants two at least
    e.set_choices([Choice(str(i), i == 0) for i in range(MAX_CHOICES)])
    assert len(e.rows) == MAX_CHOICES and not e.add_button.isEnabled()
    e.add_choice()
    assert len(e.rows) == MAX_CHOICES


def test_a_new_choice_question_starts_with_two_empty_choices(qtbot):
    e = editor(qtbot, ())
    assert e.choices() == (Choice("", False), Choice("", False))


def test_the_editor_writes_the_file_the_reader_reads_and_the_editor_shows_the_same(qtbot, lesson, tmp_path):
    step = lesson.steps[0]
    d = StepDialog(step, state=step.state, lesson_title=lesson.title, count=len(lesson.steps))
    qtbot.addWidget(d)
    e = d.choices_editor
    assert e.choices() == step.question.choices  # read from the lesson, feedback and all
    e.rows[1].feedback.setText("Compare x2 with y, row by row.")
    e.rows[2].correct.setChecked(True)
    e.rows[2].feedback.setText("x3 is right too: it is always 1, and so is y in row 4 only... no, think again.")
    e.add_choice()
    e.rows[3].text.setText("None of them")
    e.rows[3].feedback.setText("One of them matches y in every row.")
    e.move(3, -1)
    d.explanation_edit.setText("y is x1 in every row.")
    edited = d.step()
    path = tmp_path / "edited.nnlesson"
    write_lesson(path, Lesson(lesson.title, steps=[edited]))

    written = json.loads(path.read_text(encoding="utf-8"))["steps"][0]["question"]["choices"]
    assert [(c["text"], c["correct"], c.get("feedback", "")) for c in written] == [
        (c.text, c.correct, c.feedback) for c in edited.question.choices]
    assert written[2] == {"text": "None of them", "correct": False, "feedback": "One of them matches y in every row."}
    read = read_lesson(path).steps[0]
    assert read.question == edited.question and read.action == edited.action and read.visible == edited.visible
    again = StepDialog(read, state=read.state)
    qtbot.addWidget(again)
    back = again.step()
    assert (back.title, back.text, back.visible, back.action, back.question) == (
        edited.title, edited.text, edited.visible, edited.action, edited.question)


def test_a_question_turned_into_a_choice_question_shows_its_rows_whole(qtbot, lesson):
    step = lesson.steps[1]  # no question: the dialog opens as narrow as its other fields
    d = StepDialog(step, state=lesson.state_at(1)[0])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert not d.choices_editor.isVisible()
    d.question_combo.setCurrentIndex(d.question_combo.findData("choice"))
    qtbot.waitUntil(lambda: d.choices_editor.isVisible() and d.choices_editor.width() >= d.choices_editor
                    .minimumSizeHint().width())
    e = d.choices_editor
    right = e.rows[0].remove.mapTo(d, e.rows[0].remove.rect().topRight()).x()
    assert right <= d.scroll_area.viewport().mapTo(d, d.scroll_area.viewport().rect().topRight()).x()

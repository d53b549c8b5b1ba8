"""Preview step: the step being edited, unsaved edits included, as a student sees it in the lesson panel; a step the
lesson checker refuses gets one line naming the field instead; the lesson, its file and the window's document stay."""

import shutil

import numpy as np
import pytest

from playground import resources
from playground.core.lessons.lesson import Lesson, read_lesson
from playground.ui.lessons.lesson_author import StepDialog, validated
from playground.ui.lessons.lesson_preview import StepPreview


@pytest.fixture(scope="module")
def lesson():
    return read_lesson(resources.lessons_dir() / "01-one-layer.nnlesson")


@pytest.fixture
def dialog(qtbot, lesson):
    step = lesson.steps[0]  # a choice question, each choice with its feedback
    d = StepDialog(step, state=step.state, lesson_title=lesson.title, index=0, count=len(lesson.steps))
    d.validate = lambda edited: validated(Lesson(lesson.title, steps=[edited, *lesson.steps[1:]]))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.reject()


def test_the_preview_shows_the_unsaved_step_as_a_student_sees_it(qtbot, dialog, lesson):
    d = dialog
    d.text_edit.setPlainText("Edited, **not saved** yet.")
    d.prompt_edit.setText("Which input does y follow?")
    d.choices_editor.rows[2].text.setText("x3, the constant")
    d.preview_button.click()
    preview = d.preview
    qtbot.waitUntil(lambda: preview is not None and preview.isVisible())
    panel = preview.panel
    assert panel.text_view.toPlainText() == "Edited, not saved yet."
    assert "Which input does y follow?" in panel.prompt_label.text()
    assert [b.text() for b in panel.choice_buttons()] == ["x1", "x2", "x3, the constant"]
    assert "Step 1 of 4" in panel.progress_label.text() and lesson.title in panel.title_label.text()
    panel.choice_buttons()[1].click()  # each choice answers with its own feedback
    assert panel.feedback_label.text() == lesson.steps[0].question.choices[1].feedback
    panel.choice_buttons()[0].click()
    assert panel.feedback_label.text() == lesson.steps[0].question.choices[0].feedback
    assert d.step().text == "Edited, **not saved** yet." and lesson.steps[0].text != d.step().text

    d.text_edit.setPlainText("Edited again.")
    d.preview_button.click()  # the preview follows the edits
    assert panel.text_view.toPlainText() == "Edited again." and panel.feedback_label.text() == ""


def test_a_step_the_checker_refuses_is_named_by_its_field_instead_of_a_preview(qtbot, dialog):
    d = dialog
    assert d.show_preview() and d.preview.isVisible()
    d.choices_editor.rows[1].text.setText("  ")
    assert not d.show_preview()
    assert not d.preview.isVisible()  # no preview of a step the lesson cannot hold
    assert d.error_label.isVisible() and d.error_label.text() == "Choice 2: is empty"
    assert d.choices_editor.rows[1].text.hasFocus()
    d.choices_editor.rows[1].text.setText("x2")
    for row in d.choices_editor.rows:
        row.correct.setChecked(False)
    d.show_preview()
    assert d.error_label.text().startswith("Choices: no choice is marked")
    d.choices_editor.rows[0].correct.setChecked(True)
    d.prompt_edit.setText("x" * 600)
    d.show_preview()
    assert d.error_label.text() == "Question prompt: is 600 characters long; the limit is 500"
    d.prompt_edit.setText("Which input?")
    assert d.show_preview() and d.preview.isVisible() and not d.error_label.isVisible()


@pytest.fixture
def preview(qtbot):
    window = StepPreview()  # held until the test's events are done (its layouts' timers outlive the test's call)
    qtbot.addWidget(window)
    yield window


def test_a_number_question_checks_the_typed_answer_and_a_prediction_is_only_acknowledged(qtbot, preview):
    lesson = read_lesson(resources.lessons_dir() / "02-hidden-layer.nnlesson")
    number = next(s for s in lesson.steps if s.question is not None and s.question.kind == "number")
    preview.show_step(lesson.title, 1, 5, number)
    preview.show()
    qtbot.waitExposed(preview)
    panel = preview.panel
    assert panel.answer_edit.isVisible() and not panel.back_button.isEnabled() and not panel.next_button.isEnabled()
    panel.answer_edit.setText(str(number.question.answer))
    panel.check_button.click()
    assert panel.feedback_label.styleSheet().startswith("color: #0B6E2E")  # right
    panel.answer_edit.setText(str(number.question.answer + 1))
    panel.check_button.click()
    assert panel.feedback_label.text().startswith("Not quite")
    prediction = next(s for s in lesson.steps if s.question is not None and s.question.kind == "prediction")
    preview.show_step(lesson.title, 2, 5, prediction)
    panel.answer_edit.setText("0.1")
    panel.check_button.click()
    assert "checked against the network" in panel.feedback_label.text()
    panel.close_button.click()
    assert not preview.isVisible()


def test_previewing_in_the_window_changes_neither_the_lesson_nor_its_file_nor_the_document(qtbot, window, tmp_path):
    path = tmp_path / "lesson.nnlesson"
    shutil.copy(resources.lessons_dir() / "01-one-layer.nnlesson", path)
    before_file = path.read_bytes()
    player, author = window.lessons, window.lessons.author
    assert player.open_file(str(path), ask=False)
    step_before = player.lesson.steps[player.index]
    doc_before = window.documents.document()
    assert author.edit_step()
    d = author.dialog
    d.text_edit.setPlainText("Not saved")
    d.choices_editor.add_choice()
    d.choices_editor.rows[-1].text.setText("x4")
    for box in d.panel_checks.values():
        box.setChecked(False)  # the window's panels stay as the step has them while previewing
    assert d.show_preview()
    qtbot.waitUntil(d.preview.isVisible)
    assert [b.text() for b in d.preview.panel.choice_buttons()][-1] == "x4"
    d.preview.panel.choice_buttons()[0].click()
    assert player.lesson.steps[player.index] is step_before and player.lesson.steps[player.index].text != "Not saved"
    assert player.answers.entries == []  # the teacher's answer in the preview is no student's
    assert window.table.isVisible()
    doc = window.documents.document()
    assert np.array_equal(doc.dataset.X, doc_before.dataset.X) and doc.settings == doc_before.settings
    d.reject()
    assert not d.preview.isVisible() and player.lesson.steps[player.index] is step_before
    assert path.read_bytes() == before_file

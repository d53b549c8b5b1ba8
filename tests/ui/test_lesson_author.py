"""Teacher authoring: a lesson made from the window's state, steps edited in the dialog, saved, played back."""

import numpy as np
import pytest

from playground.cli import main as cli_main
from playground.core.lessons.lesson import Choice, read_lesson
from playground.core.nn.network import initial_weights
from playground.ui.main_window import MainWindow



def choose_key(combo, key):
    """Pick the item holding the lesson format's keyword ``key`` (items show names, not keywords)."""
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def fill(dialog, **fields):
    d = dialog
    if "title" in fields:
        d.title_edit.setText(fields["title"])
    if "text" in fields:
        d.text_edit.setPlainText(fields["text"])
    if "visible" in fields:
        for name, box in d.panel_checks.items():
            box.setChecked(name in fields["visible"])
    if "action" in fields:
        choose_key(d.action_combo, fields["action"])
    if "question" in fields:
        choose_key(d.question_combo, fields["question"])
    for key, widget in (("prompt", d.prompt_edit), ("explanation", d.explanation_edit)):
        if key in fields:
            widget.setText(fields[key])
    if "quantity" in fields:
        choose_key(d.quantity_combo, fields["quantity"])
    if "choices" in fields:  # [(text, correct, feedback), ...]
        d.choices_editor.set_choices([Choice(*c) for c in fields["choices"]])
    if "row" in fields:
        d.row_spin.setValue(fields["row"])


def test_a_teacher_makes_a_worksheet_lesson_saves_it_and_it_plays_back(qtbot, window, tmp_path):
    w = window
    player, author = w.lessons, w.lessons.author
    w.typed_cells.type_weight("syn0", 0, 0, 0.5)  # a worksheet's weight
    assert author.new_lesson("Worksheet")
    dialog = author.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, title="Predict", text="# One step\n\nPredict **l2_delta** for row 3, then press Step.",
         visible=["dataset", "inspector", "step"], action="step", question="prediction",
         prompt="l2_delta for row 3?", quantity="l2_delta", row=3)
    dialog.accept()
    assert not dialog.isVisible() and author.dialog is None
    step = player.lesson.steps[0]
    assert step.title == "Predict" and step.visible == ("dataset", "step", "inspector")
    assert step.question.quantity == "l2_delta" and step.question.row == 2
    assert step.start == "weights" and step.state.trained.weights[0][0, 0] == 0.5
    assert not w.network_view.isVisibleTo(w)  # the window follows the step's panels

    assert author.add_step()
    fill(author.dialog, text="Did it change?", question="choice", prompt="Did syn0 change?",
         choices=[("yes", False, ""), ("no", False, "")])
    author.dialog.accept()  # no choice marked right: refused, with the place
    assert author.dialog.isVisible() and author.dialog.error_label.text().startswith("Choices: no choice is marked")
    fill(author.dialog, choices=[("yes", True, ""), ("no", False, "It changed: look at syn0 again.")])
    author.dialog.accept()
    assert len(player.lesson.steps) == 2 and player.index == 1
    assert [(c.correct, c.feedback) for c in player.lesson.steps[1].question.choices] == [
        (True, ""), (False, "It changed: look at syn0 again.")]

    path = tmp_path / "worksheet.nnlesson"
    assert author.save_as(str(path))
    assert cli_main(["lesson", "check", str(path)]) == 0
    lesson = read_lesson(path)
    assert [s.title for s in lesson.steps] == ["Predict", ""]
    expected = initial_weights([3, 4, 1], 1)[0].copy()
    expected[0, 0] = 0.5
    assert np.array_equal(lesson.steps[0].state.trained.weights[0], expected)

    player.close()
    w.load_preset("xor")
    assert player.open_file(str(path), ask=False)
    assert player.index == 0
    assert np.array_equal(w.shown_network().weights[0], expected)  # the worksheet's weights are back


def test_a_step_dialog_cancelled_changes_nothing(qtbot, window):
    author = window.lessons.author
    author.new_lesson("T")
    author.dialog.accept()
    before = window.lessons.lesson.steps[0]
    author.edit_step()
    fill(author.dialog, text="changed")
    author.dialog.reject()
    assert window.lessons.lesson.steps[0] == before


def test_the_lesson_panel_and_the_step_dialog_name_every_control(qtbot, window):
    from playground import resources
    from tests.ui.test_accessibility import interactive_widgets, unnamed

    player = window.lessons
    player.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)  # a number question
    qtbot.waitUntil(player.dock.isVisible)
    assert len(interactive_widgets(player.dock)) >= 4 and unnamed(player.dock) == []
    player.author.edit_step()
    dialog = player.author.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert len(interactive_widgets(dialog)) >= 10 and unnamed(dialog) == []
    dialog.reject()

"""The truth-table generator and the fill-a-target dialog: live checks, the caret under a syntax error."""

import numpy as np
import pytest

from playground.core.data.dataset import generate
from playground.ui.experiment.generator_dialog import MAX_WINDOW_INPUTS, FillTargetDialog, GeneratorDialog


@pytest.fixture
def dialog(qtbot):
    d = GeneratorDialog(n_inputs=3)
    qtbot.addWidget(d)
    return d


def test_defaults_give_a_table_of_zeros(dialog):
    assert dialog.names_edit.text() == "a b c" and dialog.ok_button.isEnabled()
    ds = dialog.dataset()
    assert ds.names == ["a", "b", "c", "y"] and ds.values.shape == (8, 4) and not ds.Y.any()
    assert ds.X[5].tolist() == [1, 0, 1]  # counting in binary, the first input is the high bit
    assert dialog.rows_label.text() == "8 rows, the target set to 0"


def test_a_rule_fills_the_target(qtbot, dialog):
    qtbot.keyClicks(dialog.expression.edit, "a + b + c >= 2")
    ds = dialog.dataset()
    assert ds.Y[:, 0].tolist() == [0, 0, 0, 1, 0, 1, 1, 1]
    assert "from the rule" in dialog.rows_label.text() and dialog.ok_button.isEnabled()


def test_a_syntax_error_points_at_the_place_and_disables_generate(qtbot, dialog):
    qtbot.keyClicks(dialog.expression.edit, "(a and c) or not")
    assert not dialog.ok_button.isEnabled() and dialog.dataset() is None
    text = dialog.expression.problem_label.text()
    assert "expected a name, number or '(' but found the end at column 17" in text
    shown, caret = text.splitlines()[1:3]
    assert shown == "(a and c) or not" and caret == " " * 16 + "^"
    assert dialog.expression.problem_label.isVisibleTo(dialog)


def test_an_unknown_name_is_explained(qtbot, dialog):
    qtbot.keyClicks(dialog.expression.edit, "a xor d")
    assert "unknown name 'd'" in dialog.problem() and "known names: a, b, c" in dialog.problem()


def test_the_count_and_the_names_follow_each_other(qtbot, dialog):
    dialog.inputs_spin.setValue(5)
    assert dialog.names_edit.text() == "a b c d e"
    dialog.names_edit.clear()
    qtbot.keyClicks(dialog.names_edit, "p, q")
    assert dialog.inputs_spin.value() == 2 and dialog.dataset().names == ["p", "q", "y"]
    dialog.inputs_spin.setValue(3)
    assert dialog.names_edit.text() == "p q a"


def test_bad_names_are_refused(qtbot, dialog):
    dialog.names_edit.setText("a a")
    dialog.names_edit.textEdited.emit("a a")
    assert not dialog.ok_button.isEnabled() and "used twice" in dialog.problem()
    dialog.names_edit.setText("a b")
    dialog.names_edit.textEdited.emit("a b")
    dialog.target_edit.setText("a")
    assert not dialog.ok_button.isEnabled() and "Target name" in dialog.problem()


def test_twelve_inputs_is_the_most(dialog):
    dialog.inputs_spin.setValue(99)
    assert dialog.inputs_spin.value() == MAX_WINDOW_INPUTS
    ds = dialog.dataset()
    assert ds.values.shape == (4096, 13) and dialog.rows_label.text().startswith("4,096 rows")


def test_fill_dialog_checks_the_rule_against_the_table(qtbot):
    ds = generate(["a", "b"], ["y"])
    d = FillTargetDialog(ds, column=2)
    qtbot.addWidget(d)
    assert not d.ok_button.isEnabled()  # no rule yet
    qtbot.keyClicks(d.expression.edit, "a +")
    assert not d.ok_button.isEnabled() and "at column 4" in d.problem()
    d.expression.edit.setText("a + b")
    assert "row 4 gives 2" in d.problem()
    d.expression.edit.setText("a nand b")
    assert d.ok_button.isEnabled() and d.choice() == ("a nand b", 2, None)
    d.column_combo.setCurrentIndex(d.column_combo.count() - 1)
    assert d.name_edit.text() == "y2" and d.choice() == ("a nand b", None, "y2")
    d.name_edit.setText("a")
    assert not d.ok_button.isEnabled() and "used twice" in d.problem()


def test_generate_from_the_window_is_one_undoable_step(qtbot):
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    settings = w.settings()
    dialog = w.table.open_generator()
    dialog.inputs_spin.setValue(2)
    dialog.expression.edit.setText("a xor b")
    dialog.ok_button.click()
    assert w.dataset().names == ["a", "b", "y"] and w.dataset().Y[:, 0].tolist() == [0, 1, 1, 0]
    assert w.settings() == settings and w.editor.undo_action.text() == "&Undo Generate a truth table of 2 inputs"
    w.editor.undo()
    assert w.dataset().names == ["x1", "x2", "x3", "y"]
    np.testing.assert_array_equal(w.dataset().Y[:, 0], [0, 0, 1, 1])
    fill = w.table.open_fill_target()
    fill.expression.edit.setText("x1 and x2")
    fill.ok_button.click()
    assert w.dataset().Y[:, 0].tolist() == [0, 0, 0, 1] and "Fill 'y'" in w.editor.undo_action.text()

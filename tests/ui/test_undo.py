"""Every kind of edit through the DatasetEditor: it applies, Undo restores exactly, Redo re-applies."""

import numpy as np
import pytest

from playground.core.data.dataset import INPUT, TARGET, generate
from playground.core.data.expression import ExpressionError
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.ui.experiment.controls import ControlsPanel
from playground.ui.experiment.dataset_editor import DatasetEditor
from playground.ui.experiment.dataset_model import DatasetModel


@pytest.fixture
def editor(qtbot, qtmodeltester):
    controls = ControlsPanel()
    qtbot.addWidget(controls)
    model = DatasetModel(generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float)))
    qtmodeltester.check(model)  # stays attached: every command's model signals are checked too
    e = DatasetEditor(model, controls)
    e.refusals = []
    e.refused.connect(e.refusals.append)
    return e


def state(e: DatasetEditor):
    ds = e.model.dataset()
    return list(ds.names), list(ds.roles), ds.values.copy(), e.controls.settings()


def same(a, b) -> bool:
    return a[0] == b[0] and a[1] == b[1] and a[2].shape == b[2].shape and np.array_equal(a[2], b[2]) and a[3] == b[3]


def round_trip(e: DatasetEditor, edit, undo_text: str):
    """Run the edit as one undo step; check undo restores the start and redo the result. Returns the result."""
    before, count = state(e), e.stack.count()
    edit()
    assert e.stack.count() == count + 1, e.refusals
    after = state(e)
    assert not same(before, after)
    assert e.undo_action.text() == f"&Undo {undo_text}"
    e.undo()
    assert same(state(e), before)
    assert e.redo_action.text() == f"&Redo {undo_text}"
    e.redo()
    assert same(state(e), after)
    return after


def test_typed_cell(editor):
    m = editor.model
    names, roles, values, _ = round_trip(editor, lambda: m.setData(m.index(1, 0), "0.5"),
                                         "Set row 2, column 'a' to 0.5")
    assert values[1, 0] == 0.5


def test_retyping_the_same_value_is_not_an_edit(editor):
    assert editor.model.setData(editor.model.index(1, 1), "1")
    assert editor.stack.count() == 0


def test_clear_and_toggle(editor):
    cells = [(1, 1), (2, 0), (3, 2)]
    values = round_trip(editor, lambda: editor.clear_cells(cells), "Clear 3 cells")[2]
    assert values[1, 1] == values[2, 0] == values[3, 2] == 0
    values = round_trip(editor, lambda: editor.toggle_cells([(0, 0), (0, 1), (3, 2)]), "Toggle 3 cells")[2]
    assert values[0].tolist() == [1, 1, 0] and values[3, 2] == 1


def test_toggle_leaves_cells_that_are_not_0_or_1(editor):
    editor.model.set_value(0, 0, 0.5)
    assert not editor.toggle_cells([(0, 0)])
    assert "between 0 and 1" in editor.refusals[-1] and editor.stack.count() == 0
    values = round_trip(editor, lambda: editor.toggle_cells([(0, 0), (0, 1)]), "Set row 1, column 'b' to 1")[2]
    assert values[0, :2].tolist() == [0.5, 1]


def test_paste_over_cells(editor):
    values = round_trip(editor, lambda: editor.paste_text(1, 0, "1\t1\n0\t0\n"), "Paste 2 x 2 cells")[2]
    assert values[1:3, :2].tolist() == [[1, 1], [0, 0]]


def test_paste_growing_rows_and_columns_is_one_step(editor):
    names, roles, values, _ = round_trip(editor, lambda: editor.paste_text(2, 1, "1;0;1\n0;1;0\n1;1;1\n"),
                                         "Paste 3 x 3 cells")
    assert values.shape == (5, 4) and names == ["a", "b", "y", "y2"] and roles[-1] == TARGET
    assert values[2:, 1:].tolist() == [[1, 0, 1], [0, 1, 0], [1, 1, 1]]
    assert values[4, 0] == 0  # a new row's other cells are 0


def test_a_single_value_fills_the_selection(editor):
    cells = [(0, 0), (1, 0), (2, 0)]
    values = round_trip(editor, lambda: editor.paste_text(0, 0, "1\n", cells), "Paste into 3 cells")[2]
    assert values[:3, 0].tolist() == [1, 1, 1]


@pytest.mark.parametrize("text, where", [
    ("1\t1\n1\tx\n", "row 2, column 'b' (pasted line 2, cell 2): 'x' is not a number"),
    ("0,0\n1,2\n", "row 2, column 'y' (pasted line 2, cell 2): targets must lie between 0 and 1, got 2"),
    ("1;1;1\n1;1\n", "pasted line 2: 2 cells, but line 1 has 3"),
])
def test_a_bad_block_is_refused_whole_and_changes_nothing(editor, text, where):
    before = state(editor)
    col = 1 if "'y'" in where else 0
    assert not editor.paste_text(0, col, text)
    assert same(state(editor), before) and editor.stack.count() == 0
    assert editor.refusals[-1].startswith("Paste refused, nothing was changed") and where in editor.refusals[-1]


def test_insert_and_remove_rows(editor):
    values = round_trip(editor, lambda: editor.insert_rows(1, 2), "Insert 2 rows")[2]
    assert values.shape == (6, 3) and not values[1:3].any()
    values = round_trip(editor, lambda: editor.remove_rows([0, 2, 3, 5]), "Remove 4 rows")[2]
    assert values.shape == (2, 3)


def test_the_last_row_and_column_stay(editor):
    assert not editor.remove_rows([0, 1, 2, 3]) and "at least one row" in editor.refusals[-1]
    assert not editor.remove_columns([0, 1, 2]) and "at least one column" in editor.refusals[-1]


def test_insert_and_remove_columns(editor):
    names = round_trip(editor, lambda: editor.insert_column(2, INPUT), "Insert input column 'x3'")[0]
    assert names == ["a", "b", "x3", "y"]
    names, roles, values, _ = round_trip(editor, lambda: editor.remove_columns([0, 3]), "Remove 2 columns")
    assert names == ["b", "x3"] and values.shape == (4, 2)


def test_rename_column(editor):
    names = round_trip(editor, lambda: editor.rename_column(0, "first"), "Rename column 'a' to 'first'")[0]
    assert names[0] == "first"
    assert editor.rename_column(0, "b") == "Column name 'b' is used twice"
    assert editor.rename_column(0, " ") == "Column name is empty"
    assert editor.rename_column(0, "first") is None and editor.stack.count() == 1  # unchanged: no step


def test_switch_input_and_target(editor):
    roles = round_trip(editor, lambda: editor.set_role([1], TARGET), "Make 'b' a target")[1]
    assert roles == [INPUT, TARGET, TARGET]
    assert not editor.set_role([1], TARGET) and "already" in editor.refusals[-1]


def test_fill_a_target_from_an_expression(editor):
    values = round_trip(editor, lambda: editor.fill_column("a and b", 2), "Fill 'y' = a and b")[2]
    assert values[:, 2].tolist() == [0, 0, 0, 1]
    names, roles, values, _ = round_trip(editor, lambda: editor.fill_column("a or b", new_name="z"),
                                         "Fill new target 'z' = a or b")
    assert names[-1] == "z" and roles[-1] == TARGET and values[:, -1].tolist() == [0, 1, 1, 1]


def test_a_bad_expression_changes_nothing(editor):
    with pytest.raises(ExpressionError) as info:
        editor.fill_column("a xor (b", 2)
    assert info.value.position == 8
    with pytest.raises(ValueError, match="target column"):
        editor.fill_column("a", 0)
    assert editor.stack.count() == 0


def test_replace_the_table_and_settings_like_a_preset(editor):
    preset = get_preset("majority3")
    names, roles, values, settings = round_trip(
        editor, lambda: editor.replace_experiment(preset.dataset(), preset.settings, "Load preset majority3"),
        "Load preset majority3")
    assert names == ["a", "b", "c", "y"] and settings == preset.settings and values.shape == (8, 4)


def test_replace_the_table_only_keeps_the_settings(editor):
    editor.controls.set_settings(Settings(hidden=(7,)))
    table = generate(["p", "q", "r"], ["y"])
    settings = round_trip(editor, lambda: editor.replace_experiment(table, None, "Generate"), "Generate")[3]
    assert settings.hidden == (7,)


def test_later_edits_never_reach_the_kept_tables(editor):
    editor.replace_experiment(generate(["p", "q"], ["y"]), None, "Generate")
    editor.model.setData(editor.model.index(0, 0), "1")
    editor.undo()
    editor.undo()
    editor.redo()
    assert editor.model.dataset().values[0, 0] == 0


def test_settings_changes_are_steps_and_typing_merges(editor):
    lr = editor.controls.lr_spin
    for v in (0.5, 0.05, 0.055):  # typing digit by digit
        lr.setValue(v)
    editor.controls.seed_spin.setValue(7)
    assert editor.stack.count() == 2
    assert editor.undo_action.text() == "&Undo Change seed"
    editor.undo()
    assert editor.controls.settings().seed == 1
    assert editor.undo_action.text() == "&Undo Change learning rate"
    editor.undo()
    assert editor.controls.settings().learning_rate == 1.0
    editor.redo()
    assert editor.controls.settings().learning_rate == 0.055


def test_typing_a_setting_back_to_where_it_was_leaves_nothing_to_undo(editor):
    editor.controls.seed_spin.setValue(5)
    editor.controls.seed_spin.setValue(1)
    assert not editor.stack.canUndo()


def test_locked_while_training_refuses_everything(editor):
    editor.toggle_cells([(0, 0)])
    editor.set_locked(True)
    before = state(editor)
    assert not editor.undo_action.isEnabled()
    editor.undo()
    assert not editor.toggle_cells([(1, 1)]) and not editor.paste_text(0, 0, "1")
    assert editor.rename_column(0, "q") is not None
    assert same(state(editor), before) and "while training" in editor.refusals[-1]
    editor.set_locked(False)
    assert editor.undo_action.isEnabled()


def test_model_set_cells_returns_the_old_values_and_emits_once(qtbot, editor):
    m = editor.model
    changed = []
    m.datasetChanged.connect(lambda: changed.append(1))
    old = m.set_cells([0, 3], [2, 0], [1.0, 0.5])
    assert old.tolist() == [0, 1] and m.dataset().values[0, 2] == 1 and m.dataset().values[3, 0] == 0.5
    assert changed == [1]
    with pytest.raises(ValueError):
        m.set_cells([0, 1], [0], 1.0)
    with pytest.raises(IndexError):
        m.set_cells([9], [0], 1.0)


def test_a_batch_of_mutations_tells_listeners_once(qtbot, editor):
    m = editor.model
    changed, validity = [], []
    m.datasetChanged.connect(lambda: changed.append(1))
    m.validityChanged.connect(validity.append)
    with m.batch():
        m.insert_rows(4, 2)
        m.set_value(0, 2, 5.0)  # invalid for a moment
        m.set_value(0, 2, 1.0)
        with m.batch():
            m.insert_column(2, "c")
        assert changed == []
    assert changed == [1] and validity == [] and m.is_valid

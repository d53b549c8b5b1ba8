"""DatasetModel: roles, editing through setData, mutations and their signals, validity, read-only."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from playground.core.data.dataset import INPUT, TARGET, Dataset, default_names, generate
from playground.ui.experiment.dataset_model import (INVALID_TINT, TARGET_TINT, DatasetModel, format_value,
                                         parse_number)

R = Qt.ItemDataRole


def xor_dataset() -> Dataset:
    return generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float))


@pytest.fixture
def model(qtmodeltester, qapp):  # the English app: its catalogue holds the plural forms ("1 more problem")
    m = DatasetModel(xor_dataset())
    qtmodeltester.check(m)  # stays attached: every later change is checked too (failures are Qt warnings)
    return m


def cell(model, row, col, role=R.DisplayRole):
    return model.data(model.index(row, col), role)


def record(signal):
    seen = []
    signal.connect(lambda *args: seen.append(args))
    return seen


# -- formatting and parsing --

@pytest.mark.parametrize("value, text", [(0.0, "0"), (1.0, "1"), (-0.0, "0"), (0.25, "0.25"), (-2.0, "-2"),
                                         (0.1, "0.1"), (1 / 3, "0.3333333333333333"), (1e-7, "1e-07"),
                                         (1e20, "1e+20"), (np.float64(0.5), "0.5"), (math.nan, "nan")])
def test_format_value_is_compact_and_round_trips(value, text):
    assert format_value(value) == text
    if math.isfinite(value):
        assert float(text) == value


@pytest.mark.parametrize("raw, number", [("1", 1.0), (" 0.5 ", 0.5), (".5", 0.5), ("5.", 5.0), ("1e-3", 0.001),
                                         ("-2", -2.0), ("+0.25", 0.25), ("TRUE", 1.0), ("no", 0.0),
                                         (3, 3.0), (0.75, 0.75), (np.float32(0.5), 0.5), (True, 1.0)])
def test_parse_number_accepts(raw, number):
    assert parse_number(raw) == (number, None)


@pytest.mark.parametrize("raw, reason", [("abc", "'abc' is not a number"), ("", "empty"), ("   ", "empty"),
                                         ("nan", "not a finite number"), ("-inf", "not a finite number"),
                                         ("1e999", "too large"), (math.inf, "not a finite number"),
                                         ("1_000", "not a number"), ("0,5", "use a point"), (None, "not a number")])
def test_parse_number_refuses_with_a_reason(raw, reason):
    number, why = parse_number(raw)
    assert number is None and reason in why


# -- roles --

def test_shape_and_display(model):
    assert (model.rowCount(), model.columnCount()) == (4, 3)
    assert [cell(model, r, 2) for r in range(4)] == ["0", "1", "1", "0"]
    assert cell(model, 1, 1, R.EditRole) == "1"
    assert cell(model, 0, 0, R.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0


def test_background_marks_targets_not_inputs(model):
    assert cell(model, 0, 0, R.BackgroundRole) is None
    assert cell(model, 0, 2, R.BackgroundRole) == TARGET_TINT
    assert cell(model, 0, 2, R.ForegroundRole) == QColor("black")  # readable on the tint in dark palettes too
    assert TARGET_TINT != INVALID_TINT


def test_tooltips_name_role_and_column(model):
    assert cell(model, 0, 0, R.ToolTipRole) == "input a"
    assert cell(model, 3, 2, R.ToolTipRole) == "target y"


def test_headers(model):
    h = Qt.Orientation.Horizontal
    assert [model.headerData(c, h) for c in range(3)] == ["a\ninput", "b\ninput", "y\ntarget"]
    assert model.headerData(2, h, R.EditRole) == "y"
    assert model.headerData(0, h, R.ToolTipRole) == "input column 'a'"
    assert model.headerData(2, h, R.ToolTipRole) == "target column 'y'"
    assert model.headerData(0, h, R.FontRole) is None
    assert model.headerData(2, h, R.FontRole).bold()
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["1", "2", "3", "4"]
    assert model.headerData(9, h) is None


def test_base_font_carries_the_view_size_into_bold_headers(model):
    font = QFont()
    font.setPointSize(23)
    seen = record(model.headerDataChanged)
    model.set_base_font(font)
    bold = model.headerData(2, Qt.Orientation.Horizontal, R.FontRole)
    assert bold.bold() and bold.pointSize() == 23
    assert seen == [(Qt.Orientation.Horizontal, 0, 2)]


def test_empty_model():
    m = DatasetModel()
    assert (m.rowCount(), m.columnCount()) == (0, 0)
    assert not m.is_valid
    assert m.first_problem_text().startswith("The dataset needs at least one input column")


# -- editing through setData --

def test_set_data_accepts_numbers_and_text(model):
    changed = record(model.dataChanged)
    assert model.setData(model.index(0, 0), " .5 ")
    assert model.setData(model.index(1, 1), 0.25)
    assert model.setData(model.index(2, 0), "yes")
    assert model.dataset().values[:3, :2].tolist() == [[0.5, 0], [0, 0.25], [1, 0]]
    assert cell(model, 0, 0) == "0.5"
    assert [(a.row(), a.column(), b.row(), b.column()) for a, b, _ in changed] == [(0, 0, 0, 0), (1, 1, 1, 1),
                                                                                   (2, 0, 2, 0)]


def test_set_data_refuses_text_that_is_not_a_number(model, qtbot):
    before = model.dataset().values.copy()
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.datasetChanged):
        with qtbot.waitSignal(model.editRejected) as rejected:
            assert not model.setData(model.index(2, 2), "abc")
    assert rejected.args == ["row 3, column 'y': 'abc' is not a number"]
    np.testing.assert_array_equal(model.dataset().values, before)


@pytest.mark.parametrize("value", [math.nan, math.inf, "inf", "1e400"])
def test_set_data_refuses_non_finite_numbers(model, value):
    rejected = record(model.editRejected)
    assert not model.setData(model.index(0, 1), value)
    assert len(rejected) == 1 and rejected[0][0].startswith("row 1, column 'b': ")
    assert "finite" in rejected[0][0]
    assert model.dataset().values[0, 1] == 0


def test_out_of_range_target_is_kept_but_shown_invalid(model, qtbot):
    assert model.is_valid and model.first_problem_text() is None
    with qtbot.waitSignal(model.validityChanged) as validity:
        assert model.setData(model.index(1, 2), "2")
    assert validity.args == [False]
    assert model.dataset().values[1, 2] == 2
    assert cell(model, 1, 2) == "2"
    assert cell(model, 1, 2, R.BackgroundRole) == INVALID_TINT
    assert cell(model, 1, 2, R.FontRole).bold()
    assert "targets must lie between 0 and 1" in cell(model, 1, 2, R.ToolTipRole)
    assert cell(model, 0, 2, R.BackgroundRole) == TARGET_TINT  # neighbours unaffected
    assert not model.is_valid
    assert model.first_problem_text() == ("Row 2, column 'y': targets must lie between 0 and 1 "
                                          "(the output is a sigmoid)")
    assert [(p.row, p.column) for p in model.problems()] == [(1, 2)]

    with qtbot.waitSignal(model.validityChanged) as validity:
        model.setData(model.index(1, 2), "1")
    assert validity.args == [True] and model.is_valid


def test_huge_input_is_invalid_and_validity_is_only_emitted_on_change(model):
    validity, changed = record(model.validityChanged), record(model.datasetChanged)
    model.setData(model.index(0, 0), "2e6")
    model.setData(model.index(1, 0), "-3e6")
    assert validity == [(False,)] and len(changed) == 2
    assert "magnitude above" in cell(model, 0, 0, R.ToolTipRole)
    assert model.first_problem_text().endswith("(and 1 more problem)")


def test_edit_handler_receives_accepted_edits_instead_of_storing_them(model):
    calls = []
    model.set_edit_handler(lambda r, c, v: calls.append((r, c, v)))
    assert model.setData(model.index(3, 1), "0.5")
    assert not model.setData(model.index(3, 1), "x")
    assert calls == [(3, 1, 0.5)]
    assert model.dataset().values[3, 1] == 1  # the handler (an undo command) decides


def test_set_data_ignores_other_roles(model):
    assert not model.setData(model.index(0, 0), "1", R.DisplayRole)
    assert model.dataset().values[0, 0] == 0


# -- read-only --

def test_read_only_removes_editable_flag_and_refuses_edits(model, qtbot):
    idx = model.index(0, 0)
    assert model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(idx) & Qt.ItemFlag.ItemIsSelectable and model.flags(idx) & Qt.ItemFlag.ItemIsEnabled
    with qtbot.waitSignal(model.readOnlyChanged) as blocker:
        model.set_read_only(True)
    assert blocker.args == [True] and model.read_only
    assert not model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(idx) & Qt.ItemFlag.ItemIsSelectable
    rejected = record(model.editRejected)
    assert not model.setData(idx, "1")
    assert "while training" in rejected[0][0] and model.dataset().values[0, 0] == 0
    with qtbot.assertNotEmitted(model.readOnlyChanged):
        model.set_read_only(True)
    model.read_only = False
    assert model.flags(idx) & Qt.ItemFlag.ItemIsEditable


# -- mutations --

def test_set_value_and_set_block_return_the_old_values(model):
    assert model.set_value(0, 1, 0.5) == 0
    old = model.set_block(1, 0, [[9, 8], [7, 6]])
    np.testing.assert_array_equal(old, [[0, 1], [1, 0]])
    np.testing.assert_array_equal(model.dataset().values[:, :2], [[0, 0.5], [9, 8], [7, 6], [1, 1]])
    model.set_block(1, 0, old)  # the inverse
    expected = xor_dataset().values
    expected[0, 1] = 0.5
    np.testing.assert_array_equal(model.dataset().values, expected)
    with pytest.raises(ValueError, match="does not fit"):
        model.set_block(3, 2, [[1, 1]])


def test_set_block_marks_cells_and_emits_one_change(model):
    changed = record(model.dataChanged)
    model.set_block(0, 1, [[5, 0.5], [0, 7]])
    (top_left, bottom_right, roles), = changed
    assert (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()) == (0, 1, 1, 2)
    assert R.BackgroundRole in roles
    assert [(p.row, p.column) for p in model.problems()] == [(1, 2)]
    assert cell(model, 0, 1, R.BackgroundRole) is None  # 5 is a fine input
    assert cell(model, 1, 2, R.BackgroundRole) == INVALID_TINT


def test_insert_and_remove_rows(model, qtbot):
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.insert_rows(1, 2, [[0.5, 0.5, 1], [1, 1, 0]])
    assert inserted.args[1:] == [1, 2]
    assert model.rowCount() == 6
    assert [cell(model, r, 0) for r in range(6)] == ["0", "0.5", "1", "0", "1", "1"]
    assert model.headerData(5, Qt.Orientation.Vertical) == "6"

    model.insert_rows(6, 1)  # at the end, zeros
    assert model.dataset().values[6].tolist() == [0, 0, 0]

    with qtbot.waitSignal(model.rowsRemoved) as removed_signal:
        removed = model.remove_rows(1, 2)
    assert removed_signal.args[1:] == [1, 2]
    np.testing.assert_array_equal(removed, [[0.5, 0.5, 1], [1, 1, 0]])
    assert model.rowCount() == 5
    model.remove_rows(4, 1)
    assert model.dataset() == xor_dataset()
    with pytest.raises(IndexError):
        model.remove_rows(3, 2)


def test_removing_the_only_bad_row_restores_validity(model, qtbot):
    model.set_value(2, 2, -1)
    with qtbot.waitSignal(model.validityChanged) as validity:
        model.remove_rows(2, 1)
    assert validity.args == [True]
    assert all(cell(model, r, 2, R.BackgroundRole) == TARGET_TINT for r in range(3))


def test_remove_all_rows_is_invalid(model):
    model.remove_rows(0, 4)
    assert model.rowCount() == 0 and model.dataset().values.shape == (0, 3)
    assert model.first_problem_text() == "The dataset has no rows"


def test_insert_and_remove_columns(model, qtbot):
    with qtbot.waitSignal(model.columnsInserted) as inserted:
        name = model.insert_column(2)
    assert inserted.args[1:] == [2, 2]
    assert name == "x3" and model.dataset().names == ["a", "b", "x3", "y"]
    assert model.dataset().roles == [INPUT, INPUT, INPUT, TARGET]
    assert [cell(model, r, 2) for r in range(4)] == ["0"] * 4

    assert model.insert_column(4, role=TARGET, values=[1, 0, 0.5, 1]) == "y2"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "y2\ntarget"
    assert cell(model, 2, 4) == "0.5"
    assert model.dataset().Y.shape == (4, 2)

    with qtbot.waitSignal(model.columnsRemoved) as removed_signal:
        removed = model.remove_column(2)
    assert removed_signal.args[1:] == [2, 2]
    name, role, values = removed
    assert (name, role, values.tolist()) == ("x3", INPUT, [0, 0, 0, 0])
    model.remove_column(3)
    assert model.dataset() == xor_dataset()

    # undo of a removal: insert what remove_column returned
    model.insert_column(0, *model.remove_column(0))
    assert model.dataset() == xor_dataset()


def test_insert_column_refuses_duplicate_names_and_bad_roles(model):
    with pytest.raises(ValueError, match="used twice"):
        model.insert_column(0, "a")
    with pytest.raises(ValueError, match="unknown column role"):
        model.insert_column(0, "c", "output")
    assert model.columnCount() == 3


def test_removing_the_last_target_makes_the_dataset_invalid(model, qtbot):
    with qtbot.waitSignal(model.validityChanged) as validity:
        model.remove_column(2)
    assert validity.args == [False]
    assert model.first_problem_text() == "The dataset needs at least one target column"


def test_rename_column(model, qtbot):
    with qtbot.waitSignal(model.headerDataChanged) as header:
        assert model.rename_column(2, "xor") == "y"
    assert header.args == [Qt.Orientation.Horizontal, 2, 2]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "xor\ntarget"
    assert cell(model, 0, 2, R.ToolTipRole) == "target xor"
    assert model.dataset().target_names == ["xor"]
    model.rename_column(2, "xor")  # its own name is not a duplicate


@pytest.mark.parametrize("name, reason", [("a", "used twice"), ("", "empty"), (" c", "spaces")])
def test_rename_refuses_bad_names(model, qtbot, name, reason):
    assert reason in model.rename_problem(1, name)
    with qtbot.assertNotEmitted(model.headerDataChanged), pytest.raises(ValueError, match=reason):
        model.rename_column(1, name)
    assert model.dataset().names == ["a", "b", "y"]


def test_rename_without_validation_restores_a_bad_name_for_undo(model):
    model.rename_column(1, "a", validate=False)
    assert not model.is_valid
    assert "used twice" in model.headerData(1, Qt.Orientation.Horizontal, R.ToolTipRole)
    assert model.first_problem_text() == "Column 2: column name 'a' is used twice"


def test_set_role_changes_background_and_validity(model, qtbot):
    with qtbot.waitSignal(model.headerDataChanged):
        assert model.set_role(1, TARGET) == INPUT
    assert cell(model, 0, 1, R.BackgroundRole) == TARGET_TINT
    assert model.headerData(1, Qt.Orientation.Horizontal) == "b\ntarget"
    assert model.dataset().target_names == ["b", "y"]

    model.set_value(0, 0, 3)  # fine while a is an input ...
    assert model.is_valid
    with qtbot.waitSignal(model.validityChanged) as validity:
        model.set_role(0, TARGET)  # ... but not as a target (and no input is left)
    assert validity.args == [False]
    assert cell(model, 0, 0, R.BackgroundRole) == INVALID_TINT
    assert cell(model, 1, 0, R.BackgroundRole) == TARGET_TINT

    model.set_role(0, INPUT)
    assert model.is_valid and cell(model, 0, 0, R.BackgroundRole) is None
    with pytest.raises(ValueError):
        model.set_role(0, "hidden")


def test_every_mutation_emits_dataset_changed(model):
    changed = record(model.datasetChanged)
    model.set_value(0, 0, 1)
    model.set_block(0, 0, [[0]])
    model.insert_rows(0, 1)
    model.remove_rows(0, 1)
    model.insert_column(0)
    model.remove_column(0)
    model.rename_column(0, "p")
    model.set_role(0, INPUT)
    model.set_dataset(xor_dataset())
    assert len(changed) == 9


def test_set_dataset_resets_and_never_changes_the_table_it_was_given(model, qtbot):
    """The model shows the experiment's table; an edit makes a new table, so the one given (or one a
    run started from) stays as it was (issue 22: ``Run.dataset`` aliased the table the editor changed)."""
    ds = generate(["p", "q", "r"], ["y"])
    with qtbot.waitSignal(model.modelReset):
        model.set_dataset(ds)
    assert model.dataset() == ds and model.experiment.dataset is model.dataset()
    assert (model.rowCount(), model.columnCount()) == (8, 4)
    shown = model.dataset()
    model.set_value(7, 0, 0.5)
    assert ds.values[7, 0] == 1 and shown.values[7, 0] == 1
    assert model.dataset().values[7, 0] == 0.5 and model.experiment.dataset is model.dataset()


def test_large_table_builds_and_answers_data():
    # 12 inputs -> 4096 rows x 13 columns; every target out of range.
    ds = generate(default_names(12), ["y"], np.full(4096, 2.0))
    model = DatasetModel(ds)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (4096, 13)
    assert len(model.problems()) == 4096
    assert cell(model, 4095, 0) == "1" and cell(model, 4095, 12) == "2"
    assert cell(model, 2048, 12, R.BackgroundRole) == INVALID_TINT
    model.set_block(0, 12, np.zeros((4096, 1)))
    assert model.is_valid and cell(model, 2048, 12, R.BackgroundRole) == TARGET_TINT
    del tester


# -- in a real view --

def test_view_shows_an_edit(qtbot):
    model = DatasetModel(xor_dataset())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    idx = model.index(2, 1)
    assert view.model().data(idx) == "0"

    assert model.setData(idx, "0.75")
    assert view.model().data(idx) == "0.75"
    # The view's delegate reads what it paints from the model: check the style option it builds.
    delegate = view.itemDelegateForIndex(idx)
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, idx)
    assert option.text == "0.75"

    # Typing into the view's editor goes through setData's parser.
    view.setCurrentIndex(idx)
    view.edit(idx)
    editor = view.focusWidget()
    editor.setText("abc")
    rejected = record(model.editRejected)
    delegate.setModelData(editor, model, idx)
    assert rejected == [("row 3, column 'b': 'abc' is not a number",)]
    assert model.dataset().values[2, 1] == 0.75

    model.set_read_only(True)
    view.setCurrentIndex(model.index(0, 0))
    assert not view.edit(model.index(0, 0), view.EditTrigger.AllEditTriggers, None)


def test_preview_builds(qtbot):
    from playground.ui.experiment.dataset_model import _preview_widget

    widget = _preview_widget()
    qtbot.addWidget(widget)
    table = widget.findChild(QTableView)
    assert table.model().columnCount() == 4
    assert not table.model().is_valid  # the preview shows one invalid cell on purpose


def test_invalid_index_is_harmless(model):
    assert model.data(QModelIndex()) is None
    assert not model.setData(QModelIndex(), "1")
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsEditable

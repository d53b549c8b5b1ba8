"""The table's spreadsheet habits: keys, copy and paste through the clipboard, renaming in the header."""

import numpy as np
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from playground.core.data.dataset import TARGET, generate
from playground.ui.experiment.dataset_editor import DatasetEditor
from playground.ui.experiment.dataset_model import DatasetModel
from playground.ui.experiment.dataset_view import DatasetView

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot):
    model = DatasetModel(generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float)))
    v = DatasetView()
    v.setModel(model)
    v.set_editor(DatasetEditor(model, parent=v))
    v.messages = []
    v.editor.refused.connect(v.messages.append)
    v.editor.status.connect(v.messages.append)
    qtbot.addWidget(v)
    v.resize(400, 300)
    v.show()
    qtbot.waitExposed(v)
    return v


def values(view):
    return view.model().dataset().values


def select(view, top, left, bottom, right):
    m = view.model()
    view.setCurrentIndex(m.index(top, left))
    view.selectionModel().select(QItemSelection(m.index(top, left), m.index(bottom, right)),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_typing_replaces_the_cell_and_enter_moves_down(qtbot, view):
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, K.Key_0)  # starts the editor with the typed character
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "0"
    qtbot.keyClicks(editor, ".5")
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: view.findChild(QLineEdit) is None or not view.findChild(QLineEdit).isVisible())
    assert values(view)[0, 1] == 0.5
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1
    assert view.editor.stack.undoText() == "Set row 1, column 'b' to 0.5"


def test_enter_and_arrows_move_without_editing(qtbot, view):
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, K.Key_Return)
    qtbot.keyClick(view, K.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    qtbot.keyClick(view, K.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.currentIndex().row() == 0 and view.editor.stack.count() == 0


def test_space_toggles_the_selected_binary_cells(qtbot, view):
    select(view, 0, 0, 1, 1)
    qtbot.keyClick(view, K.Key_Space)
    assert values(view)[:2, :2].tolist() == [[1, 1], [1, 0]]
    qtbot.keyClick(view, K.Key_Space)
    assert values(view)[:2, :2].tolist() == [[0, 0], [0, 1]]
    assert view.editor.stack.count() == 2


def test_a_click_selects_and_never_toggles(qtbot, view):
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == 1 and values(view)[1, 1] == 1 and view.editor.stack.count() == 0


@pytest.mark.parametrize("key", [K.Key_Delete, K.Key_Backspace])
def test_delete_clears_the_selection_to_zero(qtbot, view, key):
    select(view, 1, 0, 3, 2)
    qtbot.keyClick(view, key)
    assert not values(view)[1:].any() and view.editor.stack.undoText() == "Clear 9 cells"


def test_copy_a_block_as_tab_separated_text(qtbot, view):
    select(view, 1, 0, 2, 2)
    qtbot.keyClick(view, K.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "0\t1\t1\n1\t0\t1\n"


def test_copy_refuses_a_selection_that_is_not_a_rectangle(view):
    m = view.model()
    sel = view.selectionModel()
    sel.select(m.index(0, 0), QItemSelectionModel.SelectionFlag.Select)
    sel.select(m.index(2, 2), QItemSelectionModel.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("before")
    assert not view.copy()
    assert QGuiApplication.clipboard().text() == "before" and "rectangular" in view.messages[-1]


@pytest.mark.parametrize("text", ["1\t1\n0\t0\n", "1,1\n0,0\n", "1;1\r\n0;0\r\n"])
def test_paste_tab_comma_and_semicolon_blocks(qtbot, view, text):
    QGuiApplication.clipboard().setText(text)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, K.Key_V, CTRL)
    assert values(view)[:2, :2].tolist() == [[1, 1], [0, 0]]
    assert view.editor.stack.undoText() == "Paste 2 x 2 cells"
    assert view.selected_rect() == (0, 0, 1, 1)  # what was pasted is selected


def test_paste_past_the_end_grows_the_table_and_undo_shrinks_it(qtbot, view):
    QGuiApplication.clipboard().setText("1\t0\n0\t1\n1\t1\n")
    view.setCurrentIndex(view.model().index(3, 2))
    view.paste()
    ds = view.model().dataset()
    assert ds.values.shape == (6, 4) and ds.names == ["a", "b", "y", "y2"] and ds.roles[3] == TARGET
    assert "added 2 rows and target column y2" in view.messages[-1]
    view.editor.undo()
    assert view.model().dataset().values.shape == (4, 3)


def test_a_bad_block_is_refused_with_its_place_and_nothing_changes(qtbot, view):
    before = values(view).copy()
    QGuiApplication.clipboard().setText("1\t0\n0\tzero\n")
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, K.Key_V, CTRL)
    np.testing.assert_array_equal(values(view), before)
    assert view.editor.stack.count() == 0
    assert "row 3, column 'b'" in view.messages[-1] and "'zero' is not a number" in view.messages[-1]


def test_a_single_value_pasted_over_a_selection_fills_it(view):
    QGuiApplication.clipboard().setText("1")
    select(view, 0, 0, 3, 0)
    view.paste()
    assert values(view)[:, 0].tolist() == [1, 1, 1, 1]


def test_cut_copies_then_clears(view):
    select(view, 1, 0, 1, 2)
    assert view.cut()
    assert QGuiApplication.clipboard().text() == "0\t1\t1\n" and not values(view)[1].any()


def test_double_click_on_a_header_renames_in_place(qtbot, view):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    edit = header.findChild(QLineEdit, "columnNameEdit")
    assert edit is not None and edit.isVisible() and edit.text() == "b"
    edit.setText("carry")
    qtbot.keyClick(edit, K.Key_Return)
    assert view.model().dataset().names == ["a", "carry", "y"]
    assert view.editor.stack.undoText() == "Rename column 'b' to 'carry'"


def test_a_refused_name_keeps_the_editor_open_with_the_reason(qtbot, view):
    edit = view.start_rename(1)
    edit.setText("a")
    qtbot.keyClick(edit, K.Key_Return)
    assert edit.isVisible() and "used twice" in edit.toolTip() and "used twice" in view.messages[-1]
    assert view.model().dataset().names[1] == "b"
    qtbot.keyClick(edit, K.Key_Escape)
    assert header_editor(view) is None and view.editor.stack.count() == 0


def header_editor(view):
    edit = view.horizontalHeader().findChild(QLineEdit, "columnNameEdit")
    return edit if edit is not None and edit.isVisible() else None


def test_row_and_column_actions_follow_the_selection(view):
    select(view, 1, 0, 2, 0)
    view.insert_row_above_action.trigger()
    assert values(view).shape == (5, 3) and not values(view)[1].any()
    view.remove_rows_action.trigger()  # selection is still rows 2-3 of the view
    assert values(view).shape[0] == 3
    select(view, 0, 1, 0, 1)
    view.insert_input_action.trigger()
    assert view.model().dataset().names == ["a", "b", "x3", "y"]
    select(view, 0, 2, 0, 2)
    view.make_target_action.trigger()
    assert view.model().dataset().roles[2] == TARGET
    view.remove_columns_action.trigger()
    assert view.model().dataset().names == ["a", "b", "y"]
    for _ in range(5):
        view.editor.undo()
    assert values(view).shape == (4, 3) and view.model().dataset().values[:, 2].tolist() == [0, 1, 1, 0]

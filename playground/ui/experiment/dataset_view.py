"""The truth table's view, with the habits of a small spreadsheet.

* arrow keys move, typing replaces the cell, Enter commits and moves down (Shift+Enter up),
  F2 or a double-click edits in place;
* Space switches the selected 0/1 cells between 0 and 1 (a single click only selects, so
  selecting a block never changes it);
* Delete (or Backspace) clears the selection to 0;
* Ctrl+C copies the selected block as tab-separated text, Ctrl+X cuts, Ctrl+V pastes a
  block (tabs, semicolons, commas or spaces) at the top-left selected cell;
* double-click a column header to rename it; right-click for rows, columns and roles.

The view never changes the model itself: it asks a :class:`DatasetEditor`, which makes
every change an undoable command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QMenu, QStyle, QTableView, QWidget

from playground.core.data.dataset import INPUT, TARGET, DataError
from playground.ui.experiment.dataset_editor import DatasetEditor, locked_reason
from playground.ui.kit.plain import tooltip

if TYPE_CHECKING:  # the dialogs are imported when first opened, not while the window starts
    from playground.ui.experiment.generator_dialog import FillTargetDialog, GeneratorDialog

_ERROR_STYLE = "QLineEdit { border: 2px solid #B3261E; }"


class _NameEdit(QLineEdit):
    """The inline editor over a column header: Return renames, Esc cancels, leaving it renames if it can."""

    cancelled = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class DatasetView(QTableView):
    """A QTableView over a DatasetModel whose edits go through a DatasetEditor."""

    MIN_VISIBLE_ROWS = 4  # a layout never squeezes the table below this many rows

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        rows = self.MIN_VISIBLE_ROWS * self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(max(hint.width(), self._columns_width()), max(hint.height(), height))

    MAX_SHARE = 0.3  # of the window's width: the most the table asks for to show every column

    def _columns_width(self) -> int:
        """Row numbers, every column at its narrowest (its name), the frame and a scroll bar; at most
        MAX_SHARE of the window (a wide table scrolls sideways rather than squeeze the plots)."""
        model = self.model()
        if model is None:
            return 0
        need = (self.verticalHeader().sizeHint().width() + 2 * self.frameWidth()
                + model.columnCount() * self.horizontalHeader().minimumSectionSize()
                + self.verticalScrollBar().sizeHint().width())
        window = self.window()
        return need if window is self else min(need, int(window.width() * self.MAX_SHARE))

    def __init__(self, parent: QWidget | None = None, objectName: str = "datasetTable") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.editor: DatasetEditor | None = None
        self._name_edit: _NameEdit | None = None
        self._renaming = -1
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next control; arrows and Enter move inside
        header = self.horizontalHeader()
        header.sectionDoubleClicked.connect(self.start_rename)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setToolTip(self.tr("Double-click a column name to rename it; right-click to make it an input or a target"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._cell_menu)
        self._make_actions()

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.headerDataChanged, model.columnsInserted):
            signal.connect(self.fit_sections)
        self.fit_sections()

    def fit_sections(self, *_args) -> None:
        """Columns never narrower than their names ("target" in bold, in the interface language):
        a stretched column stops at the header's minimum section size."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        need = 0
        for c in range(model.columnCount()):
            font = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
            fm = QFontMetrics(font if isinstance(font, QFont) else header.font())
            text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            need = max([need] + [fm.horizontalAdvance(line) + 2 * margin + 2 for line in text.split("\n")])
        if need > header.minimumSectionSize():
            header.setMinimumSectionSize(need)
        self.updateGeometry()  # the width it asks for follows its columns

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_sections()

    def set_editor(self, editor: DatasetEditor) -> None:
        self.editor = editor

    # ------------------------------------------------------------------ actions
    def _action(self, text: str, slot, shortcut=None, name: str = "", tip: str = "") -> QAction:
        act = QAction(text, self, objectName=name)
        if shortcut is not None:
            act.setShortcuts(shortcut)
            # Only while the table has the focus: Ctrl+C in the log still copies log text.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.cut_action = self._action(self.tr("Cu&t"), self.cut, [QKeySequence(SK.Cut)], "cutAction")
        self.copy_action = self._action(self.tr("&Copy"), self.copy, [QKeySequence(SK.Copy)], "copyAction",
                                        self.tr("Copy the selected cells as tab-separated text"))
        self.paste_action = self._action(self.tr("&Paste"), self.paste, [QKeySequence(SK.Paste)], "pasteAction",
                                         self.tr("Paste cells from a spreadsheet or text (tabs, semicolons or commas)"))
        self.clear_action = self._action(self.tr("C&lear to 0"), self.clear, [QKeySequence(Qt.Key.Key_Delete)],
                                         "clearAction", self.tr("Set the selected cells to 0"))
        self.toggle_action = self._action(self.tr("T&oggle 0/1"), self.toggle, [QKeySequence(Qt.Key.Key_Space)], "toggleAction",
                                          self.tr("Switch the selected cells between 0 and 1"))
        # Space in the table itself only: a cell being typed in, or a column being renamed, keeps its spaces.
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.insert_row_above_action = self._action(self.tr("Insert Row &Above"), self.insert_row_above, None,
                                                    "insertRowAboveAction")
        self.insert_row_below_action = self._action(self.tr("Insert Row &Below"), self.insert_row_below,
                                                    [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                                                    "insertRowBelowAction")
        self.remove_rows_action = self._action(self.tr("&Remove Rows"), self.remove_rows, [QKeySequence("Ctrl+-")],
                                               "removeRowsAction", self.tr("Remove the selected rows"))
        self.insert_input_action = self._action(self.tr("Insert &Input Column"), lambda: self.insert_column(INPUT), None,
                                                "insertInputAction")
        self.insert_target_action = self._action(self.tr("Insert Targ&et Column"), lambda: self.insert_column(TARGET),
                                                 None, "insertTargetAction")
        self.remove_columns_action = self._action(self.tr("Remo&ve Columns"), self.remove_columns, None,
                                                  "removeColumnsAction", self.tr("Remove the selected columns"))
        self.rename_action = self._action(self.tr("Rena&me Column…"), lambda: self.start_rename(self._current_column()),
                                          None, "renameColumnAction")
        self.make_input_action = self._action(self.tr("Make Inp&ut"), lambda: self.set_role(INPUT), None,
                                              "makeInputAction", self.tr("Feed the selected columns to the network"))
        self.make_target_action = self._action(self.tr("Ma&ke Target"), lambda: self.set_role(TARGET), None,
                                               "makeTargetAction", self.tr("Make the selected columns outputs to learn"))
        self.test_rows_action = self._action(self.tr("Mark Rows as Te&st"), lambda: self.set_test_rows(True), None,
                                             "markTestRowsAction",
                                             self.tr("Hold the selected rows out of training: the plot shows "
                                                     "their error as the test curve"))
        self.training_rows_action = self._action(self.tr("Mark Rows as Trai&ning", "Table menu"), lambda: self.set_test_rows(False),
                                                 None, "markTrainingRowsAction",
                                                 self.tr("Train on the selected rows again"))
        self.generate_action = self._action(self.tr("&Generate Truth Table…"), self.open_generator, None, "generateAction",
                                            self.tr("Replace the table with every combination of n inputs"))
        self.fill_action = self._action(self.tr("&Fill Target from Rule…"), self.open_fill_target, None, "fillTargetAction",
                                        self.tr("Compute a target column from a rule such as 'a xor b'"))

    def edit_actions(self) -> list[QAction | None]:
        """For the Edit menu (None: a separator)."""
        return [self.cut_action, self.copy_action, self.paste_action, self.clear_action, self.toggle_action]

    def table_actions(self) -> list[QAction | None]:
        """For the Table menu (None: a separator)."""
        return [self.insert_row_above_action, self.insert_row_below_action, self.remove_rows_action,
                self.test_rows_action, self.training_rows_action, None,
                self.insert_input_action, self.insert_target_action, self.remove_columns_action, None,
                self.rename_action, self.make_input_action, self.make_target_action]

    # ------------------------------------------------------------------ selection
    def selected_cells(self) -> np.ndarray:
        """The selected cells as an (n, 2) array of (row, column); the current cell when nothing is selected."""
        parts = []
        for rng in self.selectionModel().selection():
            rows = np.arange(rng.top(), rng.bottom() + 1)
            cols = np.arange(rng.left(), rng.right() + 1)
            parts.append(np.stack(np.meshgrid(rows, cols, indexing="ij"), axis=-1).reshape(-1, 2))
        if parts:
            return np.unique(np.concatenate(parts), axis=0)
        current = self.currentIndex()
        if current.isValid():
            return np.array([[current.row(), current.column()]])
        return np.zeros((0, 2), dtype=int)

    def selected_rect(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) when the selection is one filled rectangle, else None."""
        cells = self.selected_cells()
        if not len(cells):
            return None
        top, left = cells.min(axis=0)
        bottom, right = cells.max(axis=0)
        if (bottom - top + 1) * (right - left + 1) != len(cells):
            return None
        return int(top), int(left), int(bottom), int(right)

    def selected_rows(self) -> list[int]:
        return sorted(set(self.selected_cells()[:, 0].tolist()))

    def selected_columns(self) -> list[int]:
        return sorted(set(self.selected_cells()[:, 1].tolist()))

    def _current_column(self) -> int:
        idx = self.currentIndex()
        return idx.column() if idx.isValid() else -1

    def _anchor(self) -> tuple[int, int]:
        cells = self.selected_cells()
        if len(cells):
            return int(cells[:, 0].min()), int(cells[:, 1].min())
        return 0, 0

    # ------------------------------------------------------------------ cell edits
    @Slot()
    def copy(self) -> bool:
        rect = self.selected_rect()
        if rect is None:
            return self.editor.refuse(self.tr("Copy needs one rectangular block of cells"))
        QGuiApplication.clipboard().setText(self.editor.copy_text(*rect))
        n = (rect[2] - rect[0] + 1) * (rect[3] - rect[1] + 1)
        self.editor.status.emit(self.tr("Copied %Ln cell(s)", "", n))
        return True

    @Slot()
    def cut(self) -> bool:
        return self.copy() and self.editor.clear_cells(self.selected_cells())

    @Slot()
    def paste(self) -> bool:
        row, col = self._anchor()
        ok = self.editor.paste_text(row, col, QGuiApplication.clipboard().text(), self.selected_cells())
        if ok:
            self._select_pasted(row, col)
        return ok

    def _select_pasted(self, row: int, col: int) -> None:
        """Select what the paste wrote, as spreadsheets do (so Ctrl+Z's effect is visible)."""
        block = getattr(self.editor.stack.command(self.editor.stack.index() - 1), "block", None)
        if block is None:
            return
        model, sel = self.model(), self.selectionModel()
        top_left = model.index(row, col)
        bottom_right = model.index(row + block.shape[0] - 1, col + block.shape[1] - 1)
        sel.select(QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sel.setCurrentIndex(top_left, QItemSelectionModel.SelectionFlag.NoUpdate)

    @Slot()
    def clear(self) -> bool:
        return self.editor.clear_cells(self.selected_cells())

    @Slot()
    def toggle(self) -> bool:
        return self.editor.toggle_cells(self.selected_cells())

    # ------------------------------------------------------------------ rows and columns
    @Slot()
    def insert_row_above(self) -> bool:
        rows = self.selected_rows()
        return self.editor.insert_rows(rows[0] if rows else 0)

    @Slot()
    def insert_row_below(self) -> bool:
        rows = self.selected_rows()
        row = rows[-1] + 1 if rows else self.model().rowCount()
        if self.editor.insert_rows(row):
            self.setCurrentIndex(self.model().index(row, max(self._current_column(), 0)))
            return True
        return False

    @Slot()
    def remove_rows(self) -> bool:
        return self.editor.remove_rows(self.selected_rows())

    def insert_column(self, role: str) -> str | None:
        """A new column after the selected ones (inputs go before the first target when nothing is selected)."""
        cols = self.selected_columns()
        roles = self.model().dataset().roles
        if cols:
            at = cols[-1] + 1
        else:
            at = roles.index(TARGET) if role == INPUT and TARGET in roles else len(roles)
        return self.editor.insert_column(at, role)

    @Slot()
    def remove_columns(self) -> bool:
        return self.editor.remove_columns(self.selected_columns())

    def set_role(self, role: str) -> bool:
        return self.editor.set_role(self.selected_columns(), role)

    def set_test_rows(self, test: bool) -> bool:
        return self.editor.set_test_rows(self.selected_rows(), test)

    # ------------------------------------------------------------------ dialogs that compute the table
    @Slot()
    def open_generator(self) -> GeneratorDialog | None:
        """Open the truth-table generator (not blocking); Generate replaces the table as one undoable step."""
        if self.editor.locked:
            self.editor.refuse(locked_reason())
            return None
        from playground.ui.experiment.generator_dialog import GeneratorDialog

        ds = self.model().dataset()
        dialog = GeneratorDialog(self.window(), n_inputs=len(ds.input_columns) or 2)
        dialog.accepted.connect(lambda: self._generated(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _generated(self, dialog: GeneratorDialog) -> None:
        ds = dialog.dataset()
        if ds is not None:
            n = len(ds.input_columns)
            self.editor.replace_experiment(ds, None, self.tr("Generate a truth table of %n input(s)", "", n))

    @Slot()
    def open_fill_target(self) -> FillTargetDialog | None:
        """Open the fill-a-target dialog for the current (or first) target column."""
        if self.editor.locked:
            self.editor.refuse(locked_reason())
            return None
        from playground.ui.experiment.generator_dialog import FillTargetDialog

        col = self._current_column()
        dialog = FillTargetDialog(self.model().dataset(), self.window(), col if col >= 0 else None)
        dialog.accepted.connect(lambda: self._filled(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _filled(self, dialog: FillTargetDialog) -> None:
        rule, col, new_name = dialog.choice()
        try:
            self.editor.fill_column(rule, col, new_name)
        except (DataError, ValueError) as e:  # the dialog checked it; the table cannot have changed since
            self.editor.refuse(str(e))

    # ------------------------------------------------------------------ renaming a column in place
    @Slot(int)
    def start_rename(self, col: int) -> QLineEdit | None:
        """Open a line edit over the header of column ``col``; Return renames, Esc cancels."""
        if not 0 <= col < self.model().columnCount():
            self.editor.refuse(self.tr("Select a cell of the column to rename first"))
            return None
        if self.editor.locked:
            self.editor.refuse(locked_reason())
            return None
        self._close_name_edit()
        header = self.horizontalHeader()
        edit = _NameEdit(header.viewport(), objectName="columnNameEdit")
        edit.setText(self.model().dataset().names[col])
        edit.selectAll()
        edit.setGeometry(header.sectionViewportPosition(col), 0, max(header.sectionSize(col), 80),
                         header.height())
        edit.setToolTip(self.tr("Type the column's new name; Return renames, Esc cancels"))
        edit.returnPressed.connect(self._commit_rename)
        edit.cancelled.connect(self._close_name_edit)
        edit.installEventFilter(self)
        self._name_edit, self._renaming = edit, col
        edit.show()
        edit.setFocus()
        return edit

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._name_edit and event.type() == QEvent.Type.FocusOut:
            # Clicking elsewhere keeps a good name and drops a refused one (the reason stays in the message bar).
            if not self._commit_rename():
                self._close_name_edit()
        return super().eventFilter(obj, event)

    @Slot()
    def _commit_rename(self) -> bool:
        edit = self._name_edit
        if edit is None:
            return True
        why = self.editor.rename_column(self._renaming, edit.text())
        if why:
            edit.setStyleSheet(_ERROR_STYLE)
            edit.setToolTip(tooltip(why))  # quotes the typed name
            self.editor.refuse(self.tr("Column {number}: {problem}").format(number=self._renaming + 1, problem=why))
            return False
        self._close_name_edit()
        return True

    @Slot()
    def _close_name_edit(self) -> None:
        edit, self._name_edit, self._renaming = self._name_edit, None, -1
        if edit is not None:
            edit.removeEventFilter(self)
            edit.hide()
            edit.deleteLater()
            self.setFocus()

    # ------------------------------------------------------------------ keys and menus
    def keyPressEvent(self, event) -> None:
        # The actions' shortcuts normally get these keys first; handling them here too keeps them
        # working wherever the shortcut does not fire, and replaces the view's own Ctrl+C, which
        # copies only the current cell.
        for keys, slot in ((QKeySequence.StandardKey.Copy, self.copy), (QKeySequence.StandardKey.Cut, self.cut),
                           (QKeySequence.StandardKey.Paste, self.paste)):
            if event.matches(keys):
                slot()
                return
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Space and plain:
            self.toggle()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.clear()
            return
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState
                and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)):
            self._move_down(-1 if mods else 1)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Return in the cell editor
            self._move_down(1)

    def _move_down(self, step: int) -> None:
        idx = self.currentIndex()
        if not idx.isValid():
            return
        row = min(max(idx.row() + step, 0), self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(row, idx.column()))

    def _fill_menu(self, menu: QMenu, actions) -> None:
        for act in actions:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)

    def cell_menu(self) -> QMenu:
        """The context menu of the cells: the Edit menu's table actions, then the Table menu's. The two menus'
        actions share one menu here, so each has an Alt letter of its own across both (in every language)."""
        menu = QMenu(self, objectName="tableCellMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_menu(menu, self.edit_actions() + [None] + self.table_actions())
        return menu

    def header_menu(self) -> QMenu:
        """The context menu of the column headers: the column actions."""
        menu = QMenu(self, objectName="tableHeaderMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_menu(menu, [self.rename_action, self.make_input_action, self.make_target_action, None,
                               self.insert_input_action, self.insert_target_action, self.remove_columns_action])
        return menu

    @Slot(object)
    def _cell_menu(self, pos) -> None:
        self.cell_menu().popup(self.viewport().mapToGlobal(pos))

    @Slot(object)
    def _header_menu(self, pos) -> None:
        header = self.horizontalHeader()
        col = header.logicalIndexAt(pos)
        if col >= 0 and col not in self.selected_columns():
            self.selectColumn(col)
        self.header_menu().popup(header.mapToGlobal(pos))


if __name__ == "__main__":  # python -m playground.ui.experiment.dataset_view
    from playground.core.data.presets import get_preset
    from playground.ui.experiment.dataset_model import DatasetModel
    from playground.ui.preview import preview

    def _sample() -> DatasetView:
        view = DatasetView()
        view.setModel(DatasetModel(get_preset("majority3").dataset(), view))
        return view

    preview(_sample, size=(520, 360))

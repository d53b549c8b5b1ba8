"""Table model over an experiment's table: one row per dataset row, one column per dataset column.

The model shows ``Experiment.dataset`` (``playground.core.data.experiment``) and follows its
``dataset`` event. A table is never changed in place: each edit makes a new one and the
event lists its steps (rows inserted, cells changed, ...) with the table after each, so the
model moves through them with the matching Qt signals and views keep their selection.

The model holds no per-cell items: ``data()`` reads the shown table's ``values`` array
and a cached invalid-cell mask, so each call is O(1) and a 4096 x 13 table scrolls
smoothly. The mask (and the problem list behind it) is rebuilt from
``Dataset.problems()`` after every step, so the core stays the one source of truth for
what is valid.

The mutation methods (``set_value``, ``set_block``, ``set_cells``, ``insert_rows``,
``remove_rows``, ``insert_column``, ``remove_column``, ``rename_column``, ``set_role``,
``set_test_rows``) do one core command on the experiment outside any undo history and
return what it replaced. After each change the model emits ``validityChanged`` (only
when validity flips) and ``datasetChanged``; inside ``with model.batch():`` those two are
emitted once, at the end. The window's undoable edits are ``playground.ui.experiment.undo``'s
commands, pushed by ``playground.ui.experiment.dataset_editor``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from playground.core.data.clipboard import format_value, parse_number  # noqa: F401 - re-exported for views
from playground.core.data.dataset import INPUT, TARGET, Dataset, Problem, cell_problem, name_problem
from playground.core.data.experiment import (CELLS, COLUMNS_CHANGED, COLUMNS_INSERTED, COLUMNS_REMOVED, ROWS_CHANGED,
                                        ROWS_INSERTED, ROWS_REMOVED, Change, Experiment, Step, empty_dataset)
from playground.core.data.table_edits import (InsertColumn, InsertRows, RemoveColumns, RemoveRows, RenameColumn, SetBlock,
                                         SetCells, SetRoles, SetTestRows)
from playground.ui.language import decimal_comma, shown
from playground.ui.kit.plain import tooltip

# Okabe-Ito based tints. Black text stays readable on all of them, so tinted
# cells also force black text (a dark desktop palette would otherwise draw
# white text on a pale background). Target and invalid differ in lightness as
# well as hue, so they stay apart for colour-blind viewers too.
TARGET_TINT = QColor("#F9E7BF")   # pale amber: Okabe-Ito orange #E69F00 at 25 %
INVALID_TINT = QColor("#EE8E7A")  # salmon-vermillion: clearly darker than the target tint
TINTED_TEXT = QColor("#000000")

CENTRED = int(Qt.AlignmentFlag.AlignCenter)

_CELL_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole,
               Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole]


def row_number(model, section: int, orientation, role) -> str | None:
    """The vertical header of a table of examples: rows numbered from 1 (None elsewhere)."""
    if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < model.rowCount()):
        return str(section + 1)
    return None


class DatasetModel(QAbstractTableModel):
    """Editable Qt table model over an experiment's table (its own experiment unless given one).

    Signals:
      editRejected(str)     an edit through ``setData`` was refused; the text names row, column and reason
      readOnlyChanged(bool) ``set_read_only`` changed the state
      validityChanged(bool) the dataset became trainable (True) or not (False)
      datasetChanged()      after any change, including ``set_dataset``
    """

    editRejected = Signal(str)
    readOnlyChanged = Signal(bool)
    validityChanged = Signal(bool)
    datasetChanged = Signal()

    def __init__(self, dataset: Dataset | None = None, parent=None, experiment: Experiment | None = None):
        super().__init__(parent)
        self.experiment = experiment if experiment is not None else Experiment(dataset)
        if experiment is not None and dataset is not None:
            experiment.update(dataset=dataset)
        self._dataset = self.experiment.dataset  # the table shown: the experiment's, once an event's steps are done
        self._read_only = False
        self._edit_handler: Callable[[int, int, float], object] | None = None
        self._batch_depth, self._batch_pending = 0, False
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._problems: list[Problem] = []
        self._bad = np.zeros((0, 0), dtype=bool)
        self._output = self.experiment.settings.output  # the network's output layer (set_output)
        self._refresh_problems()
        self._valid = not self._problems
        self.experiment.events.dataset.connect(self._dataset_changed)
        self.experiment.events.settings.connect(self._settings_changed)
        self.experiment.events.locks.connect(self._locks_changed)

    # -- the table shown --
    def dataset(self) -> Dataset:
        """The table shown (frozen: an edit makes a new one, this one stays as it is)."""
        return self._dataset

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Make ``dataset`` (a frozen copy of it) the experiment's table, outside any undo history."""
        self.experiment.update(dataset=dataset if dataset is not None else empty_dataset())

    # -- read-only (while training) --
    @property
    def read_only(self) -> bool:
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self.set_read_only(value)

    def set_read_only(self, read_only: bool) -> None:
        """Make cells non-editable (True) or editable again; emits readOnlyChanged when it changes."""
        read_only = bool(read_only)
        if read_only != self._read_only:
            self._read_only = read_only
            self.readOnlyChanged.emit(read_only)

    def set_edit_handler(self, handler: Callable[[int, int, float], object] | None) -> None:
        """Route accepted ``setData`` edits to ``handler(row, col, value)`` instead of ``set_value``.

        The main window uses this to push an undo command whose redo calls ``set_value``.
        """
        self._edit_handler = handler

    def set_base_font(self, font: QFont) -> None:
        """Tell the model the font its views use (call it when the view font is scaled).

        Target headers and invalid cells are drawn in this font, bold. The bold font must
        carry the view's size because QHeaderView sizes sections with the FontRole font
        as it is, without merging it into the header's own font: a bare bold QFont()
        would be measured at the application font size and the header text clipped.
        """
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._italic = QFont(font)  # a test row's number: sized at the view's size too ("2 test" was cut at 1.5x)
        self._italic.setItalic(True)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self._dataset.test_mask.any():  # only test rows use it
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.FontRole])

    # -- validity --
    def set_output(self, output: str) -> None:
        """The network's output layer: only a linear one lets targets lie outside [0, 1]."""
        if output != self._output:
            self._output = output
            self._refresh_problems()
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                      _CELL_ROLES)

    @property
    def is_valid(self) -> bool:
        return self._valid

    def problems(self) -> list[Problem]:
        """The dataset's problems (cached since the last change); empty when it can be trained on."""
        return list(self._problems)

    def first_problem_text(self) -> str | None:
        """A sentence for the first problem, e.g. "Row 2, column 'y': targets must ...", or None."""
        if not self._problems:
            return None
        p = self._problems[0]
        names = self._dataset.names
        reason = shown(p.reason)  # core's reason, in the window's language
        if p.row is not None and p.column is not None:
            text = self.tr("Row {row}, column {name}: {reason}").format(row=p.row + 1, name=repr(names[p.column]),
                                                                        reason=reason)
        elif p.column is not None:
            text = self.tr("Column {number}: {reason}").format(number=p.column + 1, reason=reason)
        else:
            text = reason[:1].upper() + reason[1:]
        more = len(self._problems) - 1
        if more:
            text += " " + self.tr("(and %n more problem(s))", "", more)
        return text

    # -- QAbstractTableModel --
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._dataset.values.shape[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._dataset.names)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            # Text for the editor too: the default delegate then offers a line edit
            # parsed by setData, not a 2-decimal spin box.
            return format_value(self._dataset.values[r, c])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRED
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._bad[r, c]:
                return INVALID_TINT
            return TARGET_TINT if self._dataset.roles[c] == TARGET else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return TINTED_TEXT if self._bad[r, c] or self._dataset.roles[c] == TARGET else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self._bad[r, c] else None  # a cue that does not rely on colour
        if role == Qt.ItemDataRole.ToolTipRole:
            role_name, name = self._dataset.roles[c], self._dataset.names[c]
            if self._bad[r, c]:
                reason = shown(cell_problem(float(self._dataset.values[r, c]), role_name, self._output)
                               or self.tr("invalid value"))
                return tooltip(self.tr("{role} {name}: {problem}").format(role=self._role_text(role_name), name=name,
                                                                            problem=reason))
            return tooltip(self.tr("{role} {name}").format(role=self._role_text(role_name), name=name))
        return None

    def _role_text(self, role: str) -> str:
        """A column's role as shown: "input" or "target" in the interface language."""
        return self.tr("target") if role == TARGET else self.tr("input")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount() \
                and self._dataset.test_mask[section]:  # a held-out row says so
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{row} test").format(row=section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("A test row: held out of training; its error is measured on its own")
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
        if orientation == Qt.Orientation.Vertical or not 0 <= section < self.columnCount():
            return row_number(self, section, orientation, role)
        name, role_name = self._dataset.names[section], self._dataset.roles[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}\n{self._role_text(role_name)}"  # two short lines keep narrow columns readable
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{role} column '{name}'").format(role=self._role_text(role_name), name=name)
            why = name_problem(name, self._dataset.names[:section])
            return tooltip(f"{tip}: {shown(why)}" if why else tip)  # a name is shown as written
        if role == Qt.ItemDataRole.FontRole and role_name == TARGET:
            return self._bold
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """Parse and store a user edit; refused text emits editRejected and returns False."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r, c = index.row(), index.column()
        where = self.tr("row {row}, column {name}").format(row=r + 1, name=repr(self._dataset.names[c]))
        if self._read_only:
            self.editRejected.emit(self.tr("{where}: the table cannot be edited while training").format(where=where))
            return False
        number, reason = parse_number(value, decimal_comma())  # 0,5 where the window writes numbers so
        if number is None:
            self.editRejected.emit(f"{where}: {shown(reason)}")
            return False
        # Finite values outside the rules (a target of 2) are kept but shown invalid:
        # the user may be half-way through a series of edits.
        if self._edit_handler is not None:
            self._edit_handler(r, c, number)
        else:
            self.set_value(r, c, number)
        return True

    # -- mutations (each a core command on the experiment, outside any history; returns what it replaced) --
    def set_value(self, row: int, col: int, value: float) -> float:
        """Store one cell; returns the old value."""
        return float(self.set_cells([row], [col], [value])[0])

    def set_block(self, row: int, col: int, values) -> np.ndarray:
        """Store a 2-D block with its top-left corner at (row, col); returns the old block."""
        return self.experiment.execute(SetBlock(row, col, values)).old

    def set_cells(self, rows, cols, values) -> np.ndarray:
        """Store scattered cells (parallel sequences of rows, columns, values); returns the old values."""
        return self.experiment.execute(SetCells(rows, cols, values)).old

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several mutations: ``validityChanged`` and ``datasetChanged`` are emitted once, at the end.

        The structural Qt signals (rows inserted, data changed) still follow each mutation,
        so views stay consistent; listeners that redo work per change (the window rebuilds
        its network display) run once for a paste that grows the table and fills it.
        """
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._batch_pending:
                self._batch_pending = False
                self._changed()

    def test_flags(self) -> np.ndarray:
        """One bool per row: True for a held-out (test) row (a copy)."""
        return self._dataset.test_mask.copy()

    def set_test_rows(self, rows, flags) -> np.ndarray:
        """Mark rows as test (True) or training (False) rows; returns their old flags."""
        return self.experiment.execute(SetTestRows(rows, flags)).old

    def insert_rows(self, row: int, count: int, values=None, test=None) -> None:
        """Insert ``count`` rows before ``row`` (zeros unless ``values`` (count x columns) is given;
        training rows unless ``test`` gives their flags)."""
        self.experiment.execute(InsertRows(row, count, values, test))

    def remove_rows(self, row: int, count: int) -> np.ndarray:
        """Remove ``count`` rows starting at ``row``; returns them (count x columns)."""
        if count < 0 or row < 0 or row + count > self.rowCount():
            raise IndexError(f"cannot remove {count} rows at row {row + 1} of {self.rowCount()}")
        if count == 0:
            return self._dataset.values[row:row].copy()
        return self.experiment.execute(RemoveRows(range(row, row + count))).removed[0]

    def insert_column(self, col: int, name: str | None = None, role: str = INPUT, values=None,
                      *, validate: bool = True) -> str:
        """Insert a column before ``col``; returns its name.

        ``name=None`` picks a fresh one ("x4", "y2"); values default to 0. Raises ValueError
        for an unknown role or, when ``validate``, a name refused by ``name_problem``.
        """
        if role not in (INPUT, TARGET):
            raise ValueError(f"unknown column role {role!r} (use 'input' or 'target')")
        if name is None:
            name = self.new_column_name(role)
        elif validate:
            why = name_problem(name, self._dataset.names)
            if why:
                raise ValueError(why)
        self.experiment.execute(InsertColumn(col, name, role, values))
        return name

    def remove_column(self, col: int) -> tuple[str, str, np.ndarray]:
        """Remove a column; returns (name, role, values)."""
        return self.experiment.execute(RemoveColumns([col])).removed[0]

    def rename_problem(self, col: int, name: str) -> str | None:
        """Why column ``col`` cannot be called ``name``, or None (for a UI to check before renaming)."""
        others = [n for i, n in enumerate(self._dataset.names) if i != col]
        return name_problem(name, others)

    def rename_column(self, col: int, name: str, *, validate: bool = True) -> str:
        """Rename a column; returns the old name.

        Raises ValueError with the reason for an empty, padded or duplicate name (unless ``validate=False``).
        """
        if validate:
            why = self.rename_problem(col, name)
            if why:
                raise ValueError(why)
        return self.experiment.execute(RenameColumn(col, name)).old

    def set_role(self, col: int, role: str) -> str:
        """Make a column an input or a target; returns the old role."""
        return self.experiment.execute(SetRoles([col], role)).old[0]

    def new_column_name(self, role: str) -> str:
        """A name not yet used: x<n+1> for the n-th+1 input, y (first target) or y<n+1>."""
        names = set(self._dataset.names)
        prefix = "y" if role == TARGET else "x"
        k = self._dataset.roles.count(role) + 1
        if role == TARGET and k == 1 and "y" not in names:
            return "y"
        while f"{prefix}{k}" in names:
            k += 1
        return f"{prefix}{k}"

    # -- following the experiment --
    def _dataset_changed(self, change: Change) -> None:
        """Move through the edit's steps with the matching Qt signals, then tell listeners once."""
        for step in change.steps:
            self._take(step)
        self._changed()

    def _take(self, step: Step) -> None:
        """Show the table after one step, with the Qt signals for what the step did."""
        kind, first, last = step.kind, step.first, step.last
        structural = {ROWS_INSERTED: (self.beginInsertRows, self.endInsertRows),
                      ROWS_REMOVED: (self.beginRemoveRows, self.endRemoveRows),
                      COLUMNS_INSERTED: (self.beginInsertColumns, self.endInsertColumns),
                      COLUMNS_REMOVED: (self.beginRemoveColumns, self.endRemoveColumns)}
        if kind in structural:
            begin, end = structural[kind]
            begin(QModelIndex(), first, last)
            self._show(step.dataset)
            end()
            return
        if kind not in (CELLS, COLUMNS_CHANGED, ROWS_CHANGED):  # RESET, or a step this model does not know
            self.beginResetModel()
            self._show(step.dataset)
            self.endResetModel()
            return
        self._show(step.dataset)
        if last < first:
            return
        if kind == CELLS:
            self.dataChanged.emit(self.index(first, step.first_column), self.index(last, step.last_column),
                                  _CELL_ROLES)
        elif kind == ROWS_CHANGED:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)
        else:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, last)
            for col in range(first, last + 1):
                self._emit_column_changed(col)  # cell tooltips name the column and its role

    def _show(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._refresh_problems()

    def _settings_changed(self, change: Change) -> None:
        self.set_output(change.new.output)

    def _locks_changed(self, change: Change) -> None:
        self.set_read_only(change.new.running or change.new.table)  # training, or a lesson keeps the table

    # -- internals --
    def _emit_column_changed(self, col: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col), _CELL_ROLES)

    def _refresh_problems(self) -> None:
        # Ask the core for every problem (its cell check is vectorised) and cache
        # the invalid cells as a mask, so data() never validates.
        ds = self._dataset
        shape = ds.values.shape
        self._problems = ds.problems(limit=shape[0] * shape[1] + len(ds.names) + 3, output=self._output)
        self._bad = np.zeros(shape, dtype=bool)
        cells = [(p.row, p.column) for p in self._problems if p.row is not None and p.column is not None]
        if cells:
            rows, cols = zip(*cells)
            self._bad[list(rows), list(cols)] = True

    def _changed(self) -> None:
        if self._batch_depth:
            self._batch_pending = True
            return
        valid = not self._problems
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        self.datasetChanged.emit()


def _preview_widget():
    """A table over a 3-input truth table (majority) with one out-of-range target, to see every tint."""
    from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

    from playground.core.data.dataset import generate

    majority = [0, 0, 0, 1, 0, 1, 1, 1]
    ds = generate(["a", "b", "c"], ["y"], np.array(majority, float))
    ds.values[6, 3] = 2.0  # shown invalid on purpose
    box = QWidget()
    model = DatasetModel(ds, box)
    box.setWindowTitle("DatasetModel preview")
    layout = QVBoxLayout(box)
    view = QTableView()
    view.setModel(model)
    font = view.font()
    font.setPointSize(14)
    view.setFont(font)
    view.horizontalHeader().setFont(font)
    view.verticalHeader().setFont(font)
    model.set_base_font(font)
    view.resizeColumnsToContents()
    label = QLabel()
    label.setWordWrap(True)

    def show_validity():
        label.setText(model.first_problem_text() or "Ready to train")

    model.datasetChanged.connect(show_validity)
    model.editRejected.connect(label.setText)
    show_validity()
    layout.addWidget(view)
    layout.addWidget(label)
    box.resize(520, 420)
    return box


if __name__ == "__main__":  # python -m playground.ui.experiment.dataset_model
    from playground.ui.preview import preview

    preview(_preview_widget, size=(620, 420))

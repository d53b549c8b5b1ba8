"""Every edit of the table and the settings, as undoable commands on one ``QUndoStack``.

The view, the menus and the window ask the editor, never the model, to change
anything. The editor checks the request (a name must be unique, a pasted block
must be all numbers, nothing changes while training: the experiment's locks), says
why when it refuses (``refused``), and otherwise pushes one command from
:mod:`playground.ui.experiment.undo`, which does a core command on the window's ``Experiment``
(the table model and the settings form follow its events). Changes typed into the
settings form are pushed on the same stack by the form, so Undo walks back through
both, and the stack's clean state is the document's saved state.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from playground.core.data.clipboard import BlockError, format_block, format_value, parse_block, value_problems
from playground.core.data.dataset import INPUT, TARGET, Dataset, Problem, cell_problem, name_problem
from playground.core.data.expression import fill_target
from playground.core.data.settings import Settings
from playground.ui.experiment.dataset_model import DatasetModel
from playground.ui.language import decimal_comma, shown
from playground.ui.kit.plain import menu_text
from playground.ui.experiment.undo import (ExperimentCommand, FillColumnCommand, InsertColumnCommand, InsertRowsCommand,
                                PasteCommand, RemoveColumnsCommand, RemoveRowsCommand, RenameColumnCommand,
                                ReplaceExperimentCommand, SetCellsCommand, SetRolesCommand, SetTestRowsCommand)

UNDO_LIMIT = 200


def locked_reason() -> str:
    """Why the table refuses an edit while training runs."""
    return QCoreApplication.translate("DatasetEditor", "The table cannot be edited while training (press Stop first)")


def _cells(cells) -> np.ndarray:
    """Cells as an (n, 2) int array of (row, column), from pairs or an array."""
    return np.asarray(cells, dtype=int).reshape(-1, 2)


class DatasetEditor(QObject):
    """Undoable editing of the experiment a ``DatasetModel`` shows (and, given one, a ``ControlsPanel``
    pushes its settings edits on this editor's stack; it is made to show the same experiment).

    Signals:
      refused(str)   an edit was refused; the text says where and why
      status(str)    a short note on an edit that worked ("Pasted 4 x 3 cells ...")
    """

    refused = Signal(str)
    status = Signal(str)

    def __init__(self, model: DatasetModel, controls=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.experiment = model.experiment
        self.controls = controls
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        model.set_edit_handler(self.set_cell)
        if controls is not None:
            controls.set_experiment(self.experiment)
            controls.set_undo_stack(self.stack)

        self.undo_action = QAction(self.tr("&Undo"), self, objectName="undoAction", enabled=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self, objectName="redoAction", enabled=False)
        # Ctrl+Shift+Z everywhere, and the platform's own Redo keys; once each: X11's list holds Ctrl+Shift+Z
        # already, and a key an action binds twice is ambiguous (pressing it did nothing).
        ctrl_shift_z = QKeySequence("Ctrl+Shift+Z")
        self.redo_action.setShortcuts([ctrl_shift_z] + [k for k in QKeySequence.keyBindings(
            QKeySequence.StandardKey.Redo) if k != ctrl_shift_z])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        for signal in (self.stack.indexChanged, self.stack.canUndoChanged, self.stack.canRedoChanged,
                       self.stack.undoTextChanged, self.stack.redoTextChanged):
            signal.connect(self._update_undo_actions)

    # ------------------------------------------------------------------ state
    @property
    def locked(self) -> bool:
        return self.experiment.locks.running

    @Slot(bool)
    def set_locked(self, locked: bool) -> None:
        """While training nothing may change: every edit, Undo and Redo are refused (the experiment's lock)."""
        self.experiment.update(locks=self.experiment.locks.with_(running=bool(locked)))
        self._update_undo_actions()

    def settings(self) -> Settings:
        """The experiment's settings."""
        return self.experiment.settings

    def refuse(self, text: str) -> bool:
        """Say why an edit cannot be made (``refused``); returns False for the caller to return."""
        self.refused.emit(shown(text))  # a reason of core is shown in the window's language
        return False

    def _push(self, command: ExperimentCommand) -> bool:
        if self.locked:
            return self.refuse(locked_reason())
        why = self.experiment.refusal(command.command)  # a lesson's locks
        if why:
            return self.refuse(why)
        self.stack.push(command)
        return True

    @Slot()
    def undo(self) -> None:
        self._move(self.stack.canUndo, self.stack.undo, self.stack.index() - 1)

    @Slot()
    def redo(self) -> None:
        self._move(self.stack.canRedo, self.stack.redo, self.stack.index())

    def _move(self, can, move, at: int) -> None:
        """Undo or redo the command ``at``, unless training or a lesson's locks keep what it changes (then say why)."""
        if self.locked:
            self.refuse(locked_reason())
        elif can():
            command = getattr(self.stack.command(at), "command", None)  # a core command (a typed weight is none)
            why = self.experiment.refusal(command) if command is not None else None
            if why:
                self.refuse(why)
            else:
                move()

    @Slot()
    def _update_undo_actions(self) -> None:
        can_undo = self.stack.canUndo() and not self.locked
        can_redo = self.stack.canRedo() and not self.locked
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        # an edit's text quotes column names: an "&" in one is shown, not taken for the shortcut's mark
        self.undo_action.setText(self.tr("&Undo {action}").format(action=menu_text(self.stack.undoText()))
                                 if self.stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=menu_text(self.stack.redoText()))
                                 if self.stack.canRedo() else self.tr("&Redo"))

    def _where(self, row: int, col: int) -> str:
        names = self.model.dataset().names
        return self.tr("row {row}, column {column}").format(row=row + 1,
                                                            column=repr(names[col]) if col < len(names) else col + 1)

    # ------------------------------------------------------------------ cells
    def set_cell(self, row: int, col: int, value: float) -> bool:
        """One typed cell (the model's edit handler routes accepted ``setData`` here)."""
        old = float(self.model.dataset().values[row, col])
        if old == float(value):
            return True  # retyping the same number is not an edit
        text = self.tr("Set {where} to {value}").format(where=self._where(row, col), value=format_value(value))
        return self._push(SetCellsCommand(self.experiment, [row], [col], [value], text))

    def clear_cells(self, cells) -> bool:
        """Set the cells ((n, 2) rows and columns) to 0 (the Delete key)."""
        cells = _cells(cells)
        if not len(cells):
            return self.refuse(self.tr("Select the cells to clear first"))
        n = len(cells)
        return self._push(SetCellsCommand(self.experiment, cells[:, 0], cells[:, 1], 0.0,
                                          self.tr("Clear %n cell(s)", "", n)))

    def toggle_cells(self, cells) -> bool:
        """Flip 0 <-> 1 in the cells holding 0 or 1 (the Space key); other cells are left alone."""
        cells = _cells(cells)
        values = self.model.dataset().values
        old = values[cells[:, 0], cells[:, 1]] if len(cells) else np.zeros(0)
        binary = cells[(old == 0.0) | (old == 1.0)]
        if not len(binary):
            return self.refuse(self.tr("Space switches cells between 0 and 1; the selected cells hold other numbers "
                                "(type over a cell to change it)"))
        rows, cols = binary[:, 0], binary[:, 1]
        new = 1.0 - values[rows, cols]
        text = (self.tr("Set {where} to {value}").format(where=self._where(rows[0], cols[0]),
                                                         value=format_value(new[0])) if len(binary) == 1
                else self.tr("Toggle %n cell(s)", "", len(binary)))
        return self._push(SetCellsCommand(self.experiment, rows, cols, new, text))

    def copy_text(self, top: int, left: int, bottom: int, right: int) -> str:
        """The block of cells (inclusive corners) as tab-separated text."""
        return format_block(self.model.dataset().values[top:bottom + 1, left:right + 1])

    def paste_text(self, row: int, col: int, text: str, selection=()) -> bool:
        """Paste a block with its top-left corner at (row, col), growing the table where it runs past.

        A single value with several cells selected fills them all. Any bad cell refuses
        the whole paste, naming its place; nothing changes then.
        """
        try:
            block = parse_block(text, decimal_comma())  # a German spreadsheet's 0,5 between tabs
        except BlockError as e:
            return self.refuse(self._paste_problem(e, row, col))
        selection = _cells(selection)
        if block.values.size == 1 and len(selection) > 1:
            return self._fill_selection(selection, float(block.values[0, 0]))
        n_rows, n_cols = block.shape
        ds = self.model.dataset()
        grow = max(0, col + n_cols - len(ds.names))
        new_role = ds.roles[-1] if ds.roles else INPUT
        new_columns = [(name, new_role) for name in self._fresh_names(new_role, grow)]
        roles = ds.roles[col:col + n_cols] + [new_role] * grow
        problems = value_problems(block.values, roles)
        if problems:
            skipped = 1 if block.header else 0
            shown = [Problem(p.row + skipped, p.column, p.reason) for p in problems]
            return self.refuse(self._paste_problem(BlockError("", shown, len(shown), skipped), row, col,
                                                    new_columns))
        grown = max(0, row + n_rows - self.model.rowCount())
        text = (self.tr("Paste {rows} x {columns} cells").format(rows=f"{n_rows:,}", columns=f"{n_cols:,}")
                if block.values.size > 1 else self.tr("Paste 1 cell"))
        if not self._push(PasteCommand(self.experiment, row, col, block.values, new_columns, text)):
            return False
        notes = [self.tr("Pasted {rows} x {columns} cells at {where}").format(
            rows=QLocale().toString(n_rows), columns=QLocale().toString(n_cols), where=self._where(row, col))]
        if grown or new_columns:
            added = [self.tr("%n row(s)", "", grown)] if grown else []
            for role in {r for _, r in new_columns}:
                names = [n for n, r in new_columns if r == role]
                count = len(names)  # the plural forms need no number: "target column y2", "target columns y2, y3"
                added.append((self.tr("target column(s) {names}", "", count) if role == TARGET
                              else self.tr("input column(s) {names}", "", count)).format(names=", ".join(names)))
            notes.append(self.tr("added {what}").format(what=self.tr(" and ").join(added)))
        if block.header:
            notes.append(self.tr("skipped the first line, which holds names: ") + ", ".join(block.header))
        self.status.emit("; ".join(notes))
        return True

    def _fill_selection(self, cells: np.ndarray, value: float) -> bool:
        ds = self.model.dataset()
        for c in np.unique(cells[:, 1]).tolist():
            why = cell_problem(value, ds.roles[c])
            if why:
                r = int(cells[cells[:, 1] == c][0, 0])
                return self.refuse(self.tr("Paste refused, nothing was changed: {where}: {value}: {why}").format(
                    where=self._where(r, c), value=format_value(value), why=shown(why)))
        return self._push(SetCellsCommand(self.experiment, cells[:, 0], cells[:, 1], value,
                                          self.tr("Paste into %n cell(s)", "", len(cells))))

    def _paste_problem(self, e: BlockError, row: int, col: int, new_columns=()) -> str:
        """The refusal in table terms: "row 7, column 'b' (pasted line 3, cell 2): 'x' is not a number"."""
        if not e.problems:
            return self.tr("Paste refused: {problem}. Nothing was changed.").format(problem=shown(str(e)))
        names = self.model.dataset().names + [n for n, _ in new_columns]
        lines = []
        for p in e.problems[:3]:
            reason = shown(p.reason)
            if p.column is None:
                lines.append(self.tr("pasted line {line}: {reason}").format(line=p.row + 1, reason=reason)
                             if p.row is not None else reason)
                continue
            c = col + p.column
            column = names[c] if c < len(names) else None
            table_row = row + p.row - e.skipped  # the block's first line of numbers lands on `row`
            lines.append(self.tr("row {row}, column {column} (pasted line {line}, cell {cell}): {reason}").format(
                row=table_row + 1, column=repr(column) if column is not None else c + 1, line=p.row + 1,
                cell=p.column + 1, reason=reason))
        more = e.total - len(lines)
        text = self.tr("Paste refused, nothing was changed: ") + "; ".join(lines)
        return text + (" " + self.tr("(and %n more bad cell(s))", "", more) if more > 0 else "")

    def _fresh_names(self, role: str, count: int) -> list[str]:
        names = set(self.model.dataset().names)
        prefix = "y" if role == TARGET else "x"
        out, k = [], self.model.dataset().roles.count(role) + 1
        while len(out) < count:
            if f"{prefix}{k}" not in names:
                out.append(f"{prefix}{k}")
                names.add(out[-1])
            k += 1
        return out

    # ------------------------------------------------------------------ rows and columns
    def insert_rows(self, row: int, count: int = 1) -> bool:
        row = max(0, min(row, self.model.rowCount()))
        return self._push(InsertRowsCommand(self.experiment, row, count))

    def remove_rows(self, rows: Sequence[int]) -> bool:
        return self._remove(rows, self.model.rowCount(), RemoveRowsCommand,
                            self.tr("Select the rows to remove first"), self.tr("The table keeps at least one row"))

    def add_point(self, values) -> bool:
        """A row at the end of the table with these values (a point drawn on the decision map)."""
        values = np.asarray(values, dtype=float).reshape(1, -1)
        names = self.model.dataset().names
        if values.shape[1] != len(names):
            return self.refuse(self.tr("The point does not fit the table's columns"))
        inputs = ", ".join(f"{n}={v:.3g}" for n, v, r in zip(names, values[0], self.model.dataset().roles)
                           if r == INPUT)
        targets = ", ".join(f"{v:g}" for v, r in zip(values[0], self.model.dataset().roles) if r == TARGET)
        return self._push(InsertRowsCommand(self.experiment, self.model.rowCount(), 1,
                                            self.tr("Add point {inputs} → {targets}").format(inputs=inputs,
                                                                                               targets=targets),
                                            values))

    def set_test_rows(self, rows: Sequence[int], test: bool) -> bool:
        """Hold the rows out of training (test rows), or make them training rows again."""
        flags = self.model.test_flags()
        rows = sorted({r for r in rows if 0 <= r < self.model.rowCount() and flags[r] != test})
        if not rows:
            return self.refuse(self.tr("The selected rows are test rows already") if test
                               else self.tr("The selected rows are training rows already"))
        if test and flags.sum() + len(rows) >= self.model.rowCount():
            return self.refuse(self.tr("Keep at least one training row"))
        return self._push(SetTestRowsCommand(self.experiment, rows, test))

    def insert_column(self, col: int, role: str, name: str | None = None) -> str | None:
        """Insert an input or target column before ``col``; returns its name, or None when refused."""
        name = name if name is not None else self.model.new_column_name(role)
        why = name_problem(name, self.model.dataset().names)
        if why:
            why = shown(why)
            self.refuse(why[:1].upper() + why[1:])
            return None
        col = max(0, min(col, self.model.columnCount()))
        return name if self._push(InsertColumnCommand(self.experiment, col, name, role)) else None

    def remove_columns(self, cols: Sequence[int]) -> bool:
        return self._remove(cols, self.model.columnCount(), RemoveColumnsCommand,
                            self.tr("Select a cell of the column to remove first"),
                            self.tr("The table keeps at least one column"))

    def _remove(self, picked: Sequence[int], count: int, command, none_text: str, all_text: str) -> bool:
        """Push ``command`` for the picked rows or columns (of ``count``), refused when none or all are picked."""
        picked = sorted({i for i in picked if 0 <= i < count})
        if not picked:
            return self.refuse(none_text)
        if len(picked) >= count:
            return self.refuse(all_text)
        return self._push(command(self.experiment, picked))

    def rename_column(self, col: int, name: str) -> str | None:
        """Rename a column; returns None when done (or unchanged), else why the name is refused."""
        if self.locked:
            return locked_reason()
        if name == self.model.dataset().names[col]:
            return None
        why = self.model.rename_problem(col, name)
        if why:
            return why[:1].upper() + why[1:]
        self._push(RenameColumnCommand(self.experiment, col, name))
        return None

    def set_role(self, cols: Sequence[int], role: str) -> bool:
        """Make the columns inputs or targets (columns already in that role are left out)."""
        roles = self.model.dataset().roles
        cols = sorted({c for c in cols if 0 <= c < len(roles) and roles[c] != role})
        if not cols:
            return self.refuse(self.tr("The selected columns are targets already") if role == TARGET
                               else self.tr("The selected columns are inputs already"))
        return self._push(SetRolesCommand(self.experiment, cols, role))

    # ------------------------------------------------------------------ computed edits
    def fill_column(self, expression: str, col: int | None = None, new_name: str | None = None) -> None:
        """Fill target column ``col`` (or a new target column ``new_name``) from an expression over the inputs.

        Raises ExpressionError (with the place) or ValueError (a bad column) without changing anything.
        """
        ds = self.model.dataset()
        if self.locked:
            raise ValueError(locked_reason())
        if new_name is not None:
            why = name_problem(new_name, ds.names)
            if why:
                why = shown(why)
                raise ValueError(why[:1].upper() + why[1:])
        elif col is None or not 0 <= col < len(ds.names) or ds.roles[col] != TARGET:
            raise ValueError(self.tr("Choose a target column to fill"))
        values = fill_target(expression, ds)
        if new_name is not None:
            col = len(ds.names)
            text = self.tr("Fill new target {name} = {expression}").format(name=repr(new_name), expression=expression)
            self._push(FillColumnCommand(self.experiment, col, values, text, (new_name, TARGET)))
        else:
            self._push(FillColumnCommand(self.experiment, col, values, self.tr("Fill {name} = {expression}").format(
                name=repr(ds.names[col]), expression=expression)))

    def replace_experiment(self, dataset: Dataset, settings: Settings | None, text: str) -> bool:
        """Replace the table (and the settings, unless None) as one undoable step."""
        return self._push(ReplaceExperimentCommand(self.experiment, dataset, settings, text))

    # ------------------------------------------------------------------ settings
    def reset_settings_baseline(self) -> None:
        """Nothing to do any more: the settings have one owner, the experiment (kept for callers)."""

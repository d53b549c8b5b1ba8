"""Read-only table of what the network predicts: per row the inputs, then per target: target, output, |error|.

With several targets (adder2, seven-segment) the table is compact, so every output is in view
without scrolling sideways: all inputs share one column, and each target gets one column of
"target → output" pairs (output to 2 decimals, tinted by |error|; the tooltip has every digit).

``set_outputs`` is called up to ``LIVE_HZ`` times a second while training, so it does one
vectorised pass (|error| and the colour level of every cell) and emits
``dataChanged`` only for the output and |error| cells that changed, naming the
roles that changed: a new text (which makes the header re-measure its columns),
a new tint, or only the tooltip's full-precision value. ``data()`` is then a pair
of array look-ups. Nothing here computes more than a difference to display.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.experiment.dataset_model import CENTRED, TARGET_TINT, TINTED_TEXT, format_value, row_number
from playground.ui.language import number
from playground.ui.kit.plain import tooltip

NOT_TRAINED = "–"
LIVE_HZ = 12  # outputs shown a second at most while a run trains
DECIMALS = 4  # fixed decimals keep the column steady while the numbers change 30 times a second

# Closeness colours (colour-blind safe: blue vs vermillion, and they differ in lightness).
# |error| below GOOD_ERROR: pale blue. From GOOD_ERROR up to BAD_ERROR: pale to strong
# vermillion in equal steps; at BAD_ERROR and above the strongest. Black text reads on all.
GOOD_ERROR, BAD_ERROR = 0.1, 0.5
GOOD_TINT = QColor("#D6E9F8")  # Okabe-Ito blue #0072B2 at ~15 %
_PALE, _STRONG = QColor("#FDEDE3"), QColor("#E3784A")  # Okabe-Ito vermillion #D55E00, pale and strong
_STEPS = 8


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


# ERROR_TINTS[0] is "good"; ERROR_TINTS[1 .. _STEPS + 1] grow from pale to strong vermillion.
ERROR_TINTS = [GOOD_TINT] + [_mix(_PALE, _STRONG, i / _STEPS) for i in range(_STEPS + 1)]
_EDGES = np.linspace(GOOD_ERROR, BAD_ERROR, _STEPS + 1)  # np.digitize(err, _EDGES) indexes ERROR_TINTS

INPUT_KIND, TARGET_KIND, OUTPUT_KIND, ERROR_KIND, PAIR_KIND = range(5)
MAX_INPUT_COLUMNS = 4  # more inputs are shown as one compact column ("0101 1100") to leave room for outputs
PAIR_DECIMALS = 2  # a "target → output" pair: short enough for four targets side by side on a projector
ARROW = "→"


LARGE_OUTPUT = 1e6  # from here (a linear output that diverged) a value is written in powers of ten


def format_output(value: float, decimals: int = DECIMALS) -> str:
    """Output or |error| text with fixed decimals: 0.0097; a huge one (a diverging linear output) as 1.5e+150,
    never 150 digits that push the next column off the screen."""
    if abs(value) >= LARGE_OUTPUT:  # (nan and inf compare False and print as such below)
        return number(value, f".{max(1, decimals - 2)}e")
    return number(value, f".{decimals}f")  # a displayed number: 0,0099 in German


class PredictionsModel(QAbstractTableModel):
    """Inputs, then for each target: target, output, |error|. Outputs are "–" until training sends some."""

    # The longest output or |error| text of some column changed length (fixed decimals: only the
    # integer digits, the sign, "–" or "nan" change it): a view fitting its columns re-measures.
    textWidthsChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._widths: tuple | None = None  # characters of the longest output and |error| texts
        self._input_names: list[str] = []
        self._target_names: list[str] = []
        self._X = np.zeros((0, 0))
        self._Y = np.zeros((0, 0))
        self._outputs: np.ndarray | None = None
        self._errors: np.ndarray | None = None
        self._levels: np.ndarray | None = None
        self._test = np.zeros(0, dtype=bool)  # held-out rows: their number says "test"
        # data() is asked for every visible cell and role at each repaint: what a column shows
        # and a row's inputs text change only with the table, so they are worked out once per table.
        self._kinds: list[tuple[int, int]] = []
        self._input_texts: dict[int, str] = {}
        self._hidden = (False, False)  # (outputs, |error|) shown as "?" now: a lesson's AnswerMask (follow_mask)

    # -- content --
    def set_dataset(self, input_names, target_names, X, Y, test=None) -> None:
        """Show new rows (a model reset); outputs go back to "–". ``test``: one flag per held-out row."""
        X = np.array(X, dtype=float, ndmin=2)
        Y = np.array(Y, dtype=float).reshape(X.shape[0], -1) if len(target_names) else np.zeros((X.shape[0], 0))
        if X.shape[1] != len(input_names) or Y.shape[1] != len(target_names):
            raise ValueError(f"{len(input_names)} input and {len(target_names)} target names "
                             f"for X {X.shape} and Y {Y.shape}")
        self.beginResetModel()
        self._input_names, self._target_names = list(input_names), list(target_names)
        self._X, self._Y = X, Y
        self._test = np.zeros(X.shape[0], dtype=bool) if test is None else np.asarray(test, dtype=bool)
        self._outputs = self._errors = self._levels = None
        self._widths = None
        self._kinds = [self._work_out_kind(c) for c in range(self.columnCount())]
        self._input_texts = {}
        self.endResetModel()

    def set_outputs(self, outputs: np.ndarray | None) -> None:
        """New network outputs (rows x targets), or None before training; repaints output/|error| only."""
        before = (self._outputs, self._errors, self._levels)
        if outputs is None:
            self._outputs = self._errors = self._levels = None
        else:
            out = np.array(outputs, dtype=float)
            if out.size != self._Y.size:
                raise ValueError(f"outputs of shape {out.shape} for {self._Y.shape[0]} rows "
                                 f"x {self._Y.shape[1]} targets")
            out = out.reshape(self._Y.shape)
            self._outputs = out
            self._errors = np.abs(out - self._Y)
            # NaN outputs (a diverged network) sort past the last edge: the strongest tint.
            self._levels = np.digitize(np.nan_to_num(self._errors, nan=np.inf), _EDGES)
        self._emit_outputs_changed(*before)
        if self._outputs is None:
            # "–" is narrower than any number: the columns keep the width of the last outputs shown. A new run's
            # reset and its first outputs then change no width (each change lays the window out again).
            return
        widths = (tuple(_text_lengths(self._outputs).max(axis=0, initial=0)),
                  tuple(_text_lengths(self._errors).max(axis=0, initial=0)))
        if widths != self._widths:
            self._widths = widths
            self.textWidthsChanged.emit()

    def outputs(self) -> np.ndarray | None:
        return None if self._outputs is None else self._outputs.copy()

    def follow_mask(self, mask) -> None:
        """Outputs and |error| (it gives them away) as "?" while ``mask`` hides the outputs, |error| the error."""
        self._mask = mask
        mask.changed.connect(self._mask_changed)
        self._mask_changed()

    def _mask_changed(self) -> None:
        outputs = self._mask.hides("outputs")
        hidden = (outputs, outputs or self._mask.hides("error"))
        if hidden != self._hidden:
            self._hidden = hidden
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self._widths = None
            self.textWidthsChanged.emit()

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: its table's rows, and the outputs of the weights shown.

        While the run trains, the outputs are shown at most LIVE_HZ times a second, the newest each
        time, in an event-loop turn of their own (nobody reads a table of numbers 30 times a second);
        once it stops, at once: the last outputs of a run are always the ones shown.
        """
        self._run = run
        self._shown_table = None
        self._live_timer = QTimer(self, singleShot=True, interval=round(1000 / LIVE_HZ))
        self._live_timer.timeout.connect(self._show_outputs)
        run.reset.connect(self._run_reset)
        run.shownChanged.connect(self._shown_changed)

    def _run_reset(self) -> None:
        ds = self._run.dataset
        table = (ds.input_names, ds.target_names, ds.X.tobytes(), ds.Y.tobytes(), ds.test_mask.tobytes())
        if table != self._shown_table:  # a model reset re-measures every row: only when the table changed
            self.set_dataset(ds.input_names, ds.target_names, ds.X, ds.Y, ds.test_mask)
            self._shown_table = table if self._run.network is not None else None

    def _shown_changed(self) -> None:
        if self._run.running:
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._show_outputs()

    def _show_outputs(self) -> None:
        self._live_timer.stop()
        if self._run.network is not None:
            self.set_outputs(self._run.shown_outputs())

    def live_pending(self) -> bool:
        """Whether newer outputs of a training run wait to be shown (within 1 / LIVE_HZ seconds)."""
        return self._live_timer.isActive()

    # -- QAbstractTableModel --
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._X.shape[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._input_column_count() + self._per_target() * len(self._target_names)

    def output_columns(self) -> list[int]:
        """The columns whose texts follow the outputs (output and |error|; a compact table's pairs): the ones
        ``textWidthsChanged`` is about."""
        n_in = self._input_column_count()
        if self.compact():
            return list(range(n_in, self.columnCount()))
        return [n_in + 3 * t + k for t in range(len(self._target_names)) for k in (1, 2)]

    def compact(self) -> bool:
        """Several targets: one column of inputs and one "target → output" column per target."""
        return len(self._target_names) > 1

    def _per_target(self) -> int:
        return 1 if self.compact() else 3

    def _input_column_count(self) -> int:
        n = len(self._input_names)
        return 1 if n > MAX_INPUT_COLUMNS or (self.compact() and n > 1) else n

    def _inputs_compact(self) -> bool:
        return self._input_column_count() == 1 and len(self._input_names) > 1

    def _compact_inputs(self, r: int) -> str:
        """All of a row's inputs in one cell: bits grouped by four, or numbers separated by spaces."""
        text = self._input_texts.get(r)
        if text is None:
            text = self._input_texts[r] = self._join_inputs(r)
        return text

    def _join_inputs(self, r: int) -> str:
        values = [format_value(v) for v in self._X[r]]
        if all(v in ("0", "1") for v in values):
            bits = "".join(values)
            return " ".join(bits[i:i + 4] for i in range(0, len(bits), 4))
        return " ".join(values)

    def column_kind(self, col: int) -> tuple[int, int]:
        """(kind, i): INPUT_KIND with the input index (-1: all inputs in one column), or
        TARGET/OUTPUT/ERROR_KIND (one target) or PAIR_KIND (several) with the target index."""
        return self._kinds[col]

    def _work_out_kind(self, col: int) -> tuple[int, int]:
        n_in = self._input_column_count()
        if col < n_in:
            return INPUT_KIND, (-1 if self._inputs_compact() else col)
        if self.compact():
            return PAIR_KIND, col - n_in
        t, k = divmod(col - n_in, 3)
        return (TARGET_KIND, OUTPUT_KIND, ERROR_KIND)[k], t

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = index.row()
        kind, i = self.column_kind(index.column())
        if kind != INPUT_KIND and kind != TARGET_KIND and self._outputs is not None \
                and self._hidden[kind == ERROR_KIND]:
            return self._masked_data(r, kind, i, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == INPUT_KIND:
                return self._compact_inputs(r) if i < 0 else format_value(self._X[r, i])
            if kind == TARGET_KIND:
                return format_value(self._Y[r, i])
            if kind == PAIR_KIND:
                out = NOT_TRAINED if self._outputs is None else format_output(self._outputs[r, i], PAIR_DECIMALS)
                return f"{format_value(self._Y[r, i])} {ARROW} {out}"
            if self._outputs is None:
                return NOT_TRAINED
            return format_output((self._outputs if kind == OUTPUT_KIND else self._errors)[r, i])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRED
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == TARGET_KIND or (kind == PAIR_KIND and self._levels is None):
                return TARGET_TINT
            if kind != INPUT_KIND and self._levels is not None:
                return ERROR_TINTS[self._levels[r, i]]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            tinted = kind in (TARGET_KIND, PAIR_KIND) or (kind != INPUT_KIND and self._levels is not None)
            return TINTED_TEXT if tinted else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == INPUT_KIND:
                if i < 0:
                    return tooltip(", ".join(f"{n} = {format_value(v)}" for n, v in zip(self._input_names, self._X[r])))
                return tooltip(self.tr("input {name}").format(name=self._input_names[i]))  # names shown as written
            name = self._target_names[i]
            if kind == TARGET_KIND:
                return tooltip(self.tr("target {name}").format(name=name))
            if self._outputs is None:
                return self.tr("not trained yet")
            out, target, err = float(self._outputs[r, i]), float(self._Y[r, i]), float(self._errors[r, i])
            if kind == PAIR_KIND:
                return tooltip("\n".join([self.tr("target {name}").format(name=name) + f" = {format_value(target)}",
                                           self.tr("output {name} = {value}").format(name=name, value=repr(out)),
                                           self.tr("|error| = |{output} − {target}| = {error}").format(
                                               output=repr(out), target=format_value(target), error=repr(err))]))
            if kind == OUTPUT_KIND:
                return tooltip(self.tr("output {name} = {value}").format(name=name, value=repr(out)))
            return self.tr("|error| = |{output} − {target}| = {error}").format(
                output=repr(out), target=format_value(target), error=repr(err))
        return None

    def _masked_data(self, r: int, kind: int, i: int, role):
        """An output or |error| cell a lesson's open question asks for: "?", untinted, no value in its tooltip."""
        pair, R = kind == PAIR_KIND, Qt.ItemDataRole
        return {R.DisplayRole: f"{format_value(self._Y[r, i])} {ARROW} {PLACEHOLDER}" if pair else PLACEHOLDER,
                R.TextAlignmentRole: CENTRED, R.BackgroundRole: TARGET_TINT if pair else None,
                R.ForegroundRole: TINTED_TEXT if pair else None,
                R.ToolTipRole: self.tr("Hidden until you answer the lesson's question")}.get(role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and 0 <= section < min(len(self._test), self.rowCount()) \
                and self._test[section]:  # a held-out row says so
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{row} test").format(row=section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("A test row: the network never trained on it")
        if orientation == Qt.Orientation.Vertical or not 0 <= section < self.columnCount():
            return row_number(self, section, orientation, role)
        kind, i = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == INPUT_KIND:
                return self.tr("inputs") if i < 0 else self._input_names[i]
            name = self._target_names[i]
            if kind == PAIR_KIND:
                return name  # its cells read "target → output"; the tooltip says so
            if kind == TARGET_KIND:
                return self.tr("{name} target").format(name=name)
            if kind == OUTPUT_KIND:
                return self.tr("{name} output").format(name=name)
            return self.tr("{name} |error|").format(name=name) if len(self._target_names) > 1 else self.tr("|error|")
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == INPUT_KIND:
                if i < 0:
                    return tooltip(self.tr("inputs {names}").format(names=" ".join(self._input_names)))
                return tooltip(self.tr("input '{name}'").format(name=self._input_names[i]))
            name = self._target_names[i]
            if kind == PAIR_KIND:
                return tooltip("\n".join(text.format(name=name) for text in (
                    self.tr("target '{name}': what the output should be"), self.tr("the network's output for '{name}'"),
                    self.tr("|output − target| for '{name}'"))))
            return tooltip({TARGET_KIND: self.tr("target '{name}': what the output should be"),
                            OUTPUT_KIND: self.tr("the network's output for '{name}'"),
                            ERROR_KIND: self.tr("|output − target| for '{name}'")}[kind].format(name=name))
        return None

    def flags(self, index):
        return super().flags(index)  # selectable and enabled, never editable

    # -- internals --
    def _emit_outputs_changed(self, outputs, errors, levels) -> None:
        """dataChanged for the output and |error| cells that differ from ``outputs``/``errors``/``levels``
        (the values before), in runs of neighbouring rows that changed alike."""
        n_rows, n_in = self.rowCount(), self._input_column_count()
        if not n_rows or (outputs is None and self._outputs is None):
            return
        if self.compact():  # one "target → output" column per target, two decimals: repaint those columns
            self.dataChanged.emit(self.index(0, n_in), self.index(n_rows - 1, self.columnCount() - 1), _ROLES[_TEXT])
            return
        shape = self._Y.shape
        if outputs is None or self._outputs is None:  # "–" <-> numbers: every cell
            out_code = err_code = np.full(shape, _TEXT)
        else:
            tint = np.where(levels != self._levels, _TINT, _SAME)
            out_code = np.maximum(_change(outputs, self._outputs), tint)
            err_code = np.maximum(_change(errors, self._errors), tint)
            err_code = np.maximum(err_code, np.minimum(out_code, _VALUE))  # its tooltip quotes the output
        for t in range(shape[1]):
            first = n_in + 3 * t + 1  # the output column; |error| is next to it
            codes = np.column_stack([out_code[:, t], err_code[:, t]])
            starts = np.flatnonzero(np.r_[True, np.any(codes[1:] != codes[:-1], axis=1)])
            for start, end in zip(starts, np.r_[starts[1:], n_rows]):
                pair = codes[start]
                if pair[0] == pair[1]:
                    if pair[0]:
                        self.dataChanged.emit(self.index(start, first), self.index(end - 1, first + 1),
                                              _ROLES[pair[0]])
                    continue
                for column, code in ((first, pair[0]), (first + 1, pair[1])):
                    if code:
                        self.dataChanged.emit(self.index(start, column), self.index(end - 1, column), _ROLES[code])


def _text_lengths(values: np.ndarray) -> np.ndarray:
    """Characters of format_output(v) for each value: sign, integer digits, point and DECIMALS."""
    with np.errstate(all="ignore"):
        carried = np.abs(values) + 0.5 * 10.0 ** -DECIMALS  # 9.99996 is written 10.0000
        digits = np.floor(np.log10(np.maximum(carried, 1.0))) + 1
        finite = digits + 1 + DECIMALS + np.signbit(values)
    return np.where(np.isfinite(values), finite, 3 + (np.isinf(values) & np.signbit(values))).astype(int)


# What changed in a cell, and the roles that says changed.
_SAME, _VALUE, _TINT, _TEXT = range(4)
_ROLES = {_VALUE: [Qt.ItemDataRole.ToolTipRole],
          _TINT: [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
          _TEXT: [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                  Qt.ItemDataRole.ForegroundRole]}


def _change(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Per cell: _TEXT where format_output's text may differ, _VALUE where only the value does, else _SAME.

    The text is the value rounded to DECIMALS; comparing scaled, rounded values decides it without
    formatting every cell. A value within float error of a rounding edge, a sign change
    ("-0.0000") or a non-finite value counts as a new text: a cell may be repainted for nothing,
    never left showing an old text.
    """
    with np.errstate(all="ignore"):
        same = ((old == new) & (np.signbit(old) == np.signbit(new))) | (np.isnan(old) & np.isnan(new))
        scale = 10.0 ** DECIMALS
        a, b = old * scale, new * scale
        edge = ((np.abs(a - np.floor(a) - 0.5) < 1e-6 + 8 * np.spacing(np.abs(a)))
                | (np.abs(b - np.floor(b) - 0.5) < 1e-6 + 8 * np.spacing(np.abs(b))))
        text = ((np.floor(a + 0.5) != np.floor(b + 0.5)) | edge | (np.signbit(old) != np.signbit(new))
                | ~np.isfinite(a) | ~np.isfinite(b))
    return np.where(same, _SAME, np.where(text, _TEXT, _VALUE))


if __name__ == "__main__":  # python -m playground.ui.views.predictions_model
    from playground.ui.preview import listening, preview, table_of

    preview(listening(table_of(PredictionsModel), listener=lambda view: [view.model()]), size=(620, 380))

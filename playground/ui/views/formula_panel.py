"""The formula panel: one weight's update (or one unit's delta) with the live numbers of the shown iteration.

Click or hover an edge of the network diagram (or walk the edges with the arrow keys) and this
panel writes that weight's update in the notebook's names, then the same with the numbers of the
iteration shown (the live one, or the one the History looks back at): each row of the batch's
chain-rule factors, their sum, L2's term, the optimiser's state and the change. The maths and the
numbers come from :mod:`playground.core.explain.edge_formula`; this module only lays the text out.
"Show in script" asks for the exported script at the line that computes the weight's matrix
(``showInScript``). All text is plain (column names are user text).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from playground.core.explain.edge_formula import EdgeFormula, edge_formula
from playground.core.explain.inspection import iteration_rows, trace_iteration

LIVE_INTERVAL_S = 0.1  # while a run streams snapshots, the panel follows at most ten times a second
MAX_ROWS_SHOWN = 12  # a large batch: the first rows, then how many more went into the sum


def short(value: float) -> str:
    """A number in the formula: 4 significant digits, with a point in every language (as in the inspector
    and the code: a decimal comma would read as the comma between indices)."""
    return f"{value:.4g}"


def monospace(widget: QWidget) -> None:
    """A fixed-width family; the size follows the window (presentation mode scales it)."""
    font = QFont()
    font.setFamily("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(font)


def isolated(name: str) -> str:
    """User text inside a sentence, its direction isolated (U+2068 ... U+2069): a right-to-left override
    in a column name stays inside the name."""
    return f"\u2068{name}\u2069"


class FormulaPanel(QWidget):
    """The update of the selected edge (or the delta of the selected unit), with the shown iteration's numbers."""

    showInScript = Signal(str)  # the inspector quantity whose line to show: "syn1 update", "b2 update", "l1_delta"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaPanel")
        self.title = QLabel(objectName="formulaTitle", wordWrap=True)
        self.title.setTextFormat(self.title.textFormat().PlainText)
        bold = QFont()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text_view = QPlainTextEdit(objectName="formulaText", readOnly=True)
        self.text_view.setAccessibleName(self.tr("Formula with the numbers of the shown iteration"))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # a narrow dock: no sideways scroll
        monospace(self.text_view)
        self.script_button = QPushButton(self.tr("Show in script"), objectName="showInScriptButton")
        self.script_button.setAccessibleName(self.tr("Show this line in the exported script"))
        self.script_button.setToolTip(self.tr("Open the exported Python script at the line that computes this "
                                              "quantity, highlighted"))
        self.script_button.clicked.connect(self._show_in_script)
        buttons = QHBoxLayout()
        buttons.addWidget(self.script_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)
        self._run = None
        self._chosen: tuple | None = None  # ("edge", k, i, j) or ("node", layer, index): clicked or by key
        self._hovered: tuple | None = None  # an edge under the pointer: shown while it is there
        self._formula: EdgeFormula | None = None
        self._quantity = ""
        self._last = -math.inf
        self._later = QTimer(self, singleShot=True)  # the trailing refresh of a stream of snapshots
        self._later.timeout.connect(self.refresh)
        self._show_nothing()

    # ----- what to show
    def show_edge(self, k: int, i: int, j: int) -> None:
        """Show the update of weight syn{k}[i, j] (i = -1: the bias b{k+1}[j])."""
        self._chosen, self._hovered = ("edge", k, i, j), None
        self.refresh(now=True)

    def show_node(self, layer: int, index: int) -> None:
        """Show the delta of unit ``index`` of ``layer`` (an input unit: its values)."""
        self._chosen, self._hovered = ("node", layer, index), None
        self.refresh(now=True)

    def preview_edge(self, k: int, i: int, j: int) -> None:
        """The edge under the pointer (k < 0: none): shown while hovered, then the chosen one again."""
        hovered = ("edge", k, i, j) if k >= 0 else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.refresh(now=True)

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: the numbers of the iteration it shows."""
        self._run = run
        run.shownChanged.connect(self.refresh)
        run.reset.connect(self.refresh)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh(now=True)  # hidden, it did not follow the run

    # ----- accessors (tests, the window)
    def formula(self) -> EdgeFormula | None:
        """The formula shown (None for a unit or nothing)."""
        return self._formula

    def text(self) -> str:
        return self.title.text() + "\n" + self.text_view.toPlainText()

    def quantity(self) -> str:
        """The inspector quantity of what is shown ("syn0 update", "b1 update", "l1_delta"), or ""."""
        return self._quantity

    # ----- computing
    def refresh(self, now: bool = False) -> None:
        """Recompute from the Run's shown weights: at once when asked or idle; while training at most
        every LIVE_INTERVAL_S (the last snapshot exactly)."""
        if not self.isVisible() and not now:
            return
        wait = self._last + LIVE_INTERVAL_S - time.monotonic()
        if not now and self._run is not None and self._run.running and wait > 0:
            if not self._later.isActive():
                self._later.start(max(1, math.ceil(wait * 1000)))
            return
        self._later.stop()
        self._last = time.monotonic()
        what = self._hovered or self._chosen
        run = self._run
        net = None if run is None else run.shown_network()
        if what is None or net is None or run.dataset is None:
            self._show_nothing()
            return
        ds = run.dataset
        rows = iteration_rows(net, ds.test_mask)
        if len(rows) == 0:  # every row held out: the iteration learns from nothing
            self._show_nothing()
            return
        trace = trace_iteration(net, ds.X[rows], ds.Y[rows], ds.input_names, ds.target_names, rows)
        try:
            if what[0] == "edge":
                self._show_formula(edge_formula(net, trace, *what[1:]), run.shown_iteration())
            else:
                self._show_unit(net, trace, *what[1:])
        except (IndexError, KeyError):  # the network changed shape under the selection
            self._chosen = self._hovered = None
            self._show_nothing()

    def _show_nothing(self) -> None:
        self._formula, self._quantity = None, ""
        self.title.setText(self.tr("Click an edge of the network diagram (or a unit) to see its update here; "
                                   "with the diagram focused, the arrow keys walk the edges."))
        self.text_view.setPlainText("")
        self.script_button.setEnabled(False)

    def _show_formula(self, f: EdgeFormula, iteration: int) -> None:
        # (column names are user text: isolated, a right-to-left mark in one never turns the line around)
        self._formula = f
        self._quantity = f"b{f.k + 1} update" if f.bias else f"syn{f.k} update"
        what = (self.tr("{name}: the bias of {target}") if f.bias else
                self.tr("{name}: the weight from {source} to {target}")).format(
            name=f.name, source=isolated(f.source), target=isolated(f.target))
        self.title.setText(what + " · " + self.tr("iteration {number}").format(number=QLocale().toString(iteration)))
        lines = f.lines() + ["", self.tr("Each row r of the batch ({count} rows):").format(count=len(f.terms))]
        lines += f.row_lines(short, MAX_ROWS_SHOWN) + [""] + f.number_lines(short)
        self._set_lines(lines)
        self.script_button.setEnabled(True)

    def _show_unit(self, net, trace, layer: int, index: int) -> None:
        self._formula = None
        names = trace["l0"].column_names if layer == 0 else trace[f"l{layer}"].column_names
        if index < 0:
            self._quantity = ""
            self.title.setText(self.tr("The bias unit: a constant 1 (its weights are the b{number} row)").format(
                number=layer + 1))
            self._set_lines([])
            self.script_button.setEnabled(False)
            return
        name = names[index]
        if layer == 0:
            self._quantity = "l0"
            self.title.setText(self.tr("{name}: an input (l0[r, {index}]); it learns nothing").format(
                name=isolated(name), index=index))
            values = trace["l0"].value[:, index]
            self._set_lines([f"l0[r, {index}] = " + ", ".join(short(v) for v in values[:MAX_ROWS_SHOWN])])
            self.script_button.setEnabled(False)
            return
        f = edge_formula(net, trace, layer - 1, 0, index)  # any edge into the unit: its rows' deltas
        self._quantity = f"l{layer}_delta"
        self.title.setText(self.tr("{name}: its delta, what every weight into it learns from").format(
            name=isolated(name)))
        lines = f.row_lines(short, MAX_ROWS_SHOWN)
        if not f.bias:
            lines = lines[:lines.index("")]  # the deltas' block only: the unit, not one weight
        if layer < net.n_layers:
            lines += ["", f"l{layer}_error[r, {index}] = l{layer + 1}_delta[r, :].dot(syn{layer}[{index}, :])"]
        self._set_lines(lines)
        self.script_button.setEnabled(True)

    def _set_lines(self, lines: list[str]) -> None:
        text = "\n".join(lines)
        if text != self.text_view.toPlainText():  # a repaint only when a number changed
            self.text_view.setPlainText(text)

    def _show_in_script(self) -> None:
        if self._quantity:
            self.showInScript.emit(self._quantity)


def _with_an_edge() -> FormulaPanel:
    panel = FormulaPanel()
    panel.show_edge(1, 2, 0)  # syn1[2, 0]: the weight from h1.3 to the output
    return panel


if __name__ == "__main__":  # python -m playground.ui.views.formula_panel
    from playground.ui.preview import listening, preview

    preview(listening(_with_an_edge), size=(520, 640))

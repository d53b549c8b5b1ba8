"""The backprop inspector: every matrix of one iteration, with the notebook's name and NumPy line.

The values come from :func:`playground.core.explain.inspection.trace_iteration`; this
module only lays them out, colours them and formats numbers. A card per
quantity (name, the line that computes it, the matrix), in four rows that
follow the loop: forward pass, error, backward pass, update. The selected
example is outlined in every matrix that has a row per example; clicking such
a row selects that example everywhere (``rowSelected``).

Fonts come from the widget's font, so presentation mode (a larger window
font) scales everything here, cell padding and outline widths included.
"""

from __future__ import annotations

import html
import math
import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from playground.core.explain.inspection import SECTIONS, IterationTrace, Quantity, iteration_rows, trace_iteration
from playground.core.number_text import parse_float
from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.kit.flow_layout import FlowLayout
from playground.ui.language import shown
from playground.ui.views.matrix_view import MAX_COLUMNS, MAX_ROWS, MatrixView
from playground.ui.kit.plain import html_text, tooltip

LIVE_INTERVAL_S = 0.1  # while a run streams snapshots, the panel follows at most ten times a second


def section_titles() -> dict[str, tuple[str, str]]:
    """Each section of the loop: (title, what it computes), in the interface language."""
    return {
        "forward pass": (QCoreApplication.translate("InspectorPanel", "1 · Forward pass"),
                         QCoreApplication.translate("InspectorPanel", "Each layer's output from the one before: "
                                                                      "multiply by the weights, squash.")),
        "error": (QCoreApplication.translate("InspectorPanel", "2 · Error"),
                  QCoreApplication.translate("InspectorPanel", "How far the output is from the target.")),
        "backward pass": (QCoreApplication.translate("InspectorPanel", "3 · Backward pass"),
                          QCoreApplication.translate("InspectorPanel", "The deltas: the error times the slope, "
                                                                       "sent back from the output.")),
        "update": (QCoreApplication.translate("InspectorPanel", "4 · Update"),
                   QCoreApplication.translate("InspectorPanel", "What this iteration adds to the weights; "
                                                                "Step applies it.")),
    }


class QuantityCard(QFrame):
    """One quantity: the NumPy line that computes it (its name in bold), and the matrix.

    Clicking it (or Space / Enter when it has the focus) chooses it (``chosen``): the diagram
    then outlines the edges of a weight matrix's quantity."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.expression_label = QLabel(objectName="quantityExpression")
        self.expression_label.setTextFormat(Qt.TextFormat.RichText)
        self.expression_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont()  # family only: the size follows the window (presentation mode)
        mono.setFamily("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.expression_label.setFont(mono)
        self.matrix = MatrixView()
        v = QVBoxLayout(self)
        v.setContentsMargins(3, 4, 3, 6)  # narrow: the forward pass of the notebook fits 1920 pixels at 1.5
        v.setSpacing(2)
        v.addWidget(self.expression_label)
        v.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignLeft)
        self._q: Quantity | None = None

    def set_quantity(self, q: Quantity) -> None:
        if self._q is None or (self._q.name, self._q.expression, self._q.shape, self._q.meaning) != \
                (q.name, q.expression, q.shape, q.meaning):
            n, m = q.shape
            self.expression_label.setText(expression_html(q))
            note = ""
            if n > MAX_ROWS or m > MAX_COLUMNS:
                note = "\n" + self.tr("Showing at most {rows} rows and {columns} columns.").format(
                    rows=MAX_ROWS, columns=MAX_COLUMNS)
            name = q.name  # "syn0 update" is a key (lessons name it); shown in the window's language
            if name.endswith(" update"):
                name = self.tr("{name} update").format(name=name.removesuffix(" update"))
            self.setToolTip(tooltip(f"{name} ({n}×{m}): {shown(q.meaning)}{note}"))
            self.setObjectName(f"card_{q.name.replace(' ', '_')}")
            self.setAccessibleName(name)
        self._q = q
        self.matrix.set_quantity(q)

    def text(self) -> str:
        return self.expression_label.text()

    def set_chosen(self, on: bool) -> None:
        """Frame the card the user chose (its edges are outlined in the diagram)."""
        self.setFrameShape(QFrame.Shape.Box if on else QFrame.Shape.StyledPanel)
        self.setLineWidth(2 if on else 1)

    def mousePressEvent(self, event) -> None:
        if not self.matrix.geometry().contains(event.position().toPoint()):  # a cell chooses itself
            self.chosen.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
            return
        super().keyPressEvent(event)


def expression_html(q: Quantity) -> str:
    """The NumPy line with the quantity's own name in bold: '<b>l1</b> = nonlin(np.dot(l0, syn0))'."""
    name = q.name.split(" ")[0]  # "syn0 update" is written "syn0 += ..."
    text = html.escape(shown(q.expression).replace("  (", " ("))
    if text.startswith(name):
        return f"<b>{name}</b>{text[len(name):]}".replace(" ", "&nbsp;")
    return text.replace(" ", "&nbsp;")


class InspectorPanel(QWidget):
    """All quantities of one iteration, grouped as the loop computes them."""

    rowSelected = Signal(int)
    contentChanged = Signal()  # other matrices (another network's shape): the height it needs changed
    # A number typed into a cell (double-click it): a weight of a syn matrix, or a prediction of any other
    cellTyped = Signal(str, int, int, float)  # (quantity name, row, column, value)
    # A quantity chosen (its card clicked, or Space on it): (name, -1, -1); a cell clicked: (name, row, column)
    quantitySelected = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.title = QLabel(objectName="inspectorTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label = QLabel(objectName="inspectorFeedback", wordWrap=True)
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_label.hide()
        self.cell_editor = QLineEdit(objectName="inspectorCellEditor")
        self.cell_editor.setAccessibleName(self.tr("Typed weight or prediction"))
        self.cell_editor.hide()
        self.cell_editor.returnPressed.connect(self._cell_typed)
        self._editing: tuple[str, int, int] | None = None
        self._content = QWidget()
        flow = FlowLayout(self._content)
        flow.setContentsMargins(4, 4, 4, 4)
        self._section_boxes: dict[str, tuple[QLabel, QHBoxLayout]] = {}
        for section in SECTIONS:
            title, meaning = section_titles()[section]
            box = QWidget(objectName="inspectorSection")
            box.setToolTip(meaning)
            head = QLabel(title, textFormat=Qt.TextFormat.PlainText)
            f = QFont()
            f.setBold(True)
            head.setFont(f)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.setContentsMargins(0, 0, 0, 0)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(head)
            v.addLayout(row)
            v.addStretch(1)
            flow.addWidget(box)
            self._section_boxes[section] = (head, row)
        self.scroll = QScrollArea(objectName="inspectorScroll")
        self.scroll.setAccessibleName(self.tr("Inspector matrices"))
        self.scroll.setWidget(self._content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setMinimumHeight(self.fontMetrics().height() * 2)  # a short window: it scrolls, the window fits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.scroll, 1)
        self._cards: dict[str, QuantityCard] = {}
        self._trace: IterationTrace | None = None
        self._iteration: int | None = None
        self._row: int | None = None
        self._note = ""
        self._mask = None  # a lesson's AnswerMask (follow_mask): the numbers its open question asks for
        self.setToolTip("")
        self.clear()

    # ----- content
    def set_trace(self, trace: IterationTrace, iteration: int, note: str = "") -> None:
        """Show the quantities of iteration ``iteration`` (computed from the weights after that many updates)."""
        names = trace.names()
        if list(self._cards) != names:
            self._rebuild(trace)
        for q in trace.quantities:
            self._cards[q.name].set_quantity(q)
        self._trace, self._iteration, self._note = trace, iteration, note
        output = [q for q in trace.quantities if q.kind == "error" and q.section == "error"][0].name
        self._mask_cards(output.removesuffix("_error"))
        error = PLACEHOLDER if self._mask is not None and self._mask.hides("error") else f"{trace.error:.6g}"
        number = QLocale().toString(iteration)
        self.title.setText(
            "<span style='font-size: large'><b>" + self.tr("Iteration {number}").format(number=number)
            + "</b></span> &nbsp; "
            + self.tr("(the loop's pass <code>j = {j}</code>, with the weights after {number} updates)").format(
                j=iteration, number=number)
            + f" &nbsp;·&nbsp; <code>Error: mean(abs({output})) = {error}</code>"
            + (f" &nbsp;·&nbsp; <b>{html_text(note)}</b>" if note else ""))
        self.title.setToolTip(self.tr("Step applies the updates (section 4) to the weights. Hover a matrix for what it "
                              "means; click a row to follow that example in every matrix and in the diagram."))
        self.set_highlight_row(self._row)

    def follow_mask(self, mask) -> None:
        """Show the numbers a lesson's open question asks for as "?" while ``mask`` (an AnswerMask) hides them."""
        if mask is self._mask:
            return
        self._mask = mask
        mask.changed.connect(self._mask_changed)
        self._mask_changed()

    def _mask_changed(self) -> None:
        if self._trace is not None:
            self.set_trace(self._trace, self._iteration, self._note)

    def _mask_cards(self, output_layer: str) -> None:
        mask = self._mask
        for name, card in self._cards.items():
            q = card.matrix.quantity()
            card.matrix.set_masked(mask is not None and q is not None
                                   and mask.hides_quantity(name, q.kind, output_layer))

    def masked_names(self) -> list[str]:
        """The quantities shown as "?" now."""
        return [name for name, card in self._cards.items() if card.matrix.masked()] if self._trace else []

    def clear(self, message: str | None = None) -> None:
        if message is None:
            message = self.tr("Nothing to show yet: the table or the settings have a problem.")
        self._trace, self._iteration = None, None
        for card in self._cards.values():
            card.hide()
        self.title.setText(html_text(message))  # a rich label: the message is shown as written

    def _rebuild(self, trace: IterationTrace) -> None:
        for card in self._cards.values():
            card.setParent(None)
            card.deleteLater()
        self._cards = {}
        for q in trace.quantities:
            card = QuantityCard()
            card.matrix.rowClicked.connect(self._row_clicked)
            card.chosen.connect(lambda name=q.name: self.select_quantity(name))
            card.matrix.cellClicked.connect(lambda r, c, name=q.name: self.select_quantity(name, r, c))
            card.matrix.cellDoubleClicked.connect(
                lambda r, c, name=q.name: self.edit_cell(name, r, c))
            _, row = self._section_boxes[q.section]
            row.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
            self._cards[q.name] = card
        self.contentChanged.emit()

    def needed_height(self, width: int) -> int:
        """The height that shows every matrix without scrolling, at ``width`` (cards wrap by section)."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        rows = self._content.layout().heightForWidth(inner)
        parts = [self.title.heightForWidth(inner) if not self.title.isHidden() else 0,
                 self.feedback_label.heightForWidth(inner) if not self.feedback_label.isHidden() else 0]
        gaps = self.layout().spacing() * sum(1 for p in parts if p)
        return margins.top() + margins.bottom() + sum(parts) + gaps + rows + 2 * self.scroll.frameWidth()

    def set_highlight_row(self, row: int | None) -> None:
        """Outline this row of the table (0-based) in every matrix with a row per example (when the
        iteration learns from it: test rows and other mini-batches' rows are not in the trace)."""
        self._row = row
        shown = self._trace.position(row) if self._trace is not None else row
        for card in self._cards.values():
            card.matrix.set_highlight(shown)

    def select_quantity(self, name: str, row: int = -1, column: int = -1) -> None:
        """Choose a quantity (or one cell of it): its card framed, ``quantitySelected`` sent."""
        for key, card in self._cards.items():
            card.set_chosen(key == name)
        self.quantitySelected.emit(name, row, column)

    def _row_clicked(self, position: int) -> None:
        """A matrix row was clicked: select that example's row of the table."""
        rows = self._trace.rows if self._trace is not None else ()
        self.rowSelected.emit(rows[position] if 0 <= position < len(rows) else position)

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: every matrix of the iteration shown, the example
        looked at outlined. Computed only while visible (it is not free); on showing when stale; while
        a run streams snapshots (~30 a second) at most every LIVE_INTERVAL_S, the last one exactly."""
        self._run = run
        self._stale = True
        self._last_trace = -math.inf  # time.monotonic() of the last trace
        self._later = QTimer(self, singleShot=True)  # the trailing trace of a stream
        self._later.timeout.connect(self.refresh)
        run.shownChanged.connect(self.refresh)
        run.rowChanged.connect(self.set_highlight_row)
        self.set_highlight_row(run.row)

    def refresh(self) -> None:
        """Recompute the trace from the Run's weights shown (later, if hidden)."""
        if not self.isVisible():
            self._stale = True
            return
        run = self._run
        # Tracing and painting every matrix cost ~4 ms of the UI thread per snapshot; nobody reads
        # a hundred numbers changing 30 times a second. Stopped, stepped or paused: at once.
        wait = self._last_trace + LIVE_INTERVAL_S - time.monotonic()
        if run.running and wait > 0:
            if not self._later.isActive():
                self._later.start(max(1, math.ceil(wait * 1000)))
            return
        self._later.stop()
        self._last_trace = time.monotonic()
        self._stale = False
        net = run.shown_network()
        if net is None:
            self.clear()
            return
        ds = run.dataset
        rows = iteration_rows(net, ds.test_mask)  # the training rows, or this iteration's mini-batch
        trace = trace_iteration(net, ds.X[rows], ds.Y[rows], ds.input_names, ds.target_names, rows)
        self.set_trace(trace, run.shown_iteration(), self.tr("looking back in History") if run.looking_back() else "")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    # ----- typing into a cell: weights (syn matrices) and predictions (every other matrix)
    def edit_cell(self, name: str, row: int, column: int) -> None:
        """Open a small editor over the cell; Enter sends ``cellTyped``, Esc or leaving it cancels."""
        view = self.matrix(name)
        rect = view.cell_rect(row, column)
        if rect is None:
            return
        self._editing = (name, row, column)
        q = view.quantity()
        weight = q.kind == "weights"
        self.cell_editor.setParent(view)
        self.cell_editor.setGeometry(rect.adjusted(0, 0, rect.width(), 0))  # room for a long number
        self.cell_editor.setText(repr(float(q.value[row, column])) if weight and not view.masked() else "")
        self.cell_editor.setPlaceholderText("" if weight else self.tr("predict"))
        cell = f"{name}[{row}, {column}]"
        self.cell_editor.setToolTip(
            self.tr("Type a new value for {cell} and press Enter (Ctrl+Z undoes it)").format(cell=cell) if weight
            else self.tr("Type what you expect {cell} to be, press Enter, then Step: the inspector compares it "
                         "with the engine's").format(cell=cell))
        self.cell_editor.selectAll()
        self.cell_editor.show()
        self.cell_editor.setFocus()

    def _cell_typed(self) -> None:
        if self._editing is None:
            return
        text = self.cell_editor.text().strip().replace(",", ".").replace("−", "-")
        try:
            value = parse_float(text)  # ASCII digits only, finite
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.show_feedback(self.tr("{text} is not a number: type one such as {a} or {b}").format(
                text=repr(text), a=self.locale().toString(0.5), b=self.locale().toString(-1.25)), ok=False)
            return
        name, row, column = self._editing
        self._editing = None
        self.cell_editor.hide()
        self.cellTyped.emit(name, row, column, value)

    def show_feedback(self, text: str, ok: bool | None = None) -> None:
        """A line above the matrices (predict-then-check); empty text hides it."""
        self.feedback_label.setText(text)
        self.feedback_label.setVisible(bool(text))
        colour = {True: "#0B6E2E", False: "#B3261E"}.get(ok)
        self.feedback_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "font-weight: bold;")

    def mark_cells(self, cells) -> None:
        """Outline the cells (core.lesson_feedback Cells) in their matrices; the others are cleared."""
        by_name: dict[str, list] = {}
        for cell in cells:
            by_name.setdefault(cell.name, []).append((cell.row, cell.column))
        for name, card in self._cards.items():
            card.matrix.set_marked_cells(by_name.get(name, []))

    # ----- accessors (tests, screenshots)
    def trace(self) -> IterationTrace | None:
        return self._trace

    def iteration(self) -> int | None:
        return self._iteration

    def names(self) -> list[str]:
        return list(self._cards) if self._trace is not None else []

    def matrix(self, name: str) -> MatrixView:
        return self._cards[name].matrix

    def card(self, name: str) -> QuantityCard:
        return self._cards[name]


if __name__ == "__main__":  # python -m playground.ui.views.inspector
    from playground.ui.preview import listening, preview

    preview(listening(InspectorPanel), size=(1400, 800))

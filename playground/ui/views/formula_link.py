"""The three-way link: the network diagram, the formula panel and the exported script point at each other.

- Clicking, hovering or choosing (arrow keys) an edge of the diagram shows its update in the
  formula panel (a dock, opened by the first click or by View > Formula, Ctrl+Shift+F);
  clicking a unit shows its delta. Enter on the diagram opens the panel and gives it the focus.
- "Show in script" opens the exported script (:class:`~playground.ui.views.script_view.ScriptView`)
  at the line the export's line map gives for that quantity, highlighted.
- Choosing a quantity in the inspector (a card, or a cell of a weight matrix) outlines its
  edges in the diagram: "syn1 update" all of syn1's, a cell its one edge.
- While a lesson is open the panel is closed and nothing opens it: a step asks students to
  predict the very numbers it would show.

A controller given the window (like the typed cells): it owns the dock and the viewer and
connects the parts; the views stay unaware of each other.

The panel (and the maths of :mod:`playground.core.explain.edge_formula` it loads) is made once the
window's first frame is painted, or before when something needs it: the dock is hidden in the first
frame (benchmarks/gui_training.py, the cold start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

if TYPE_CHECKING:
    from playground.ui.views.formula_panel import FormulaPanel


FORMULA_SHARE = 0.3  # of the window's width, the formula panel's least width when shown
FORMULA_MIN_WIDTH = 150  # its own least width: what it had before it got a share (never more room taken than then)


class FormulaLink(QObject):
    """Connects the diagram, the formula dock, the script viewer and the inspector of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self._panel: FormulaPanel | None = None  # made after the first frame, or when first needed (panel)
        self.dock = QDockWidget(self.tr("Formula"), window, objectName="formulaDock")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        # The right side to the bottom: beside the inspector too, the formula gets the window's height
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("Formula"))
        self.action.setObjectName("formulaAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.action.setToolTip(self.tr("Show or hide the formula panel (Ctrl+Shift+F): click an edge of the network "
                                       "diagram to see its update with the numbers of the shown iteration"))
        run_menu = window.findChild(QMenu, "runMenu")
        if run_menu is not None:
            run_menu.addAction(self.action)
        self.dock.visibilityChanged.connect(self._visibility)
        self.script_view = None  # made when first used
        view = window.network_view
        view.edgeSelected.connect(self.show_edge)
        view.nodeSelected.connect(self.show_node)
        view.edgeHovered.connect(self._hovered)
        view.selectionActivated.connect(self.open_panel)
        window.classroom.inspector_dock.visibilityChanged.connect(self._connect_inspector)
        self._inspector = None
        self._width = 0  # the window's width when the panel was last shown
        # A lesson asks students to predict what the panel would show: closed and not opened while one is open
        self.in_lesson = False
        window.experiment.events.lesson.connect(self._lesson_changed)
        window.firstPainted.connect(self._make_panel)

    @property
    def panel(self) -> FormulaPanel:
        """The formula panel in the dock (made on first use)."""
        if self._panel is None:
            from playground.ui.views.formula_panel import FormulaPanel

            self._panel = FormulaPanel()
            self._panel.listen_to(self.w.run)
            self._panel.showInScript.connect(self.show_in_script)
            self.dock.setWidget(self._panel)
            if self.w.classroom.scale != 1.0:  # made after presentation mode was switched on
                self.w.classroom.set_scale(self.w.classroom.scale, save=False)
        return self._panel

    def _make_panel(self) -> None:
        self.panel  # noqa: B018 - made now, in the turn after the first frame, not at the first click

    def _visibility(self, visible: bool) -> None:
        if not visible:
            return
        # Each time it is shown: at least 30% of the window, room for a formula's lines. As its minimum, the
        # panes beside it give way (the tables scroll, presentation_fit.PaneRoom) instead of squeezing it
        # to a strip that broke lines inside names.
        self._width = self.w.width()
        width = max(FORMULA_MIN_WIDTH, int(self._width * FORMULA_SHARE))
        self.dock.setMinimumWidth(width)
        self.w.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self, self._keep_within)
        self.panel.refresh(now=True)

    def _keep_within(self, tries: int = 8) -> None:
        """Give back what the window's panes cannot spare (long labels, a table of many columns): the window
        goes back to the width it had, or as near as its panes allow; the panel keeps FORMULA_MIN_WIDTH."""
        excess = self.w.minimumSizeHint().width() - self._width
        if excess > 0 and self.dock.minimumWidth() > FORMULA_MIN_WIDTH:
            self.dock.setMinimumWidth(max(FORMULA_MIN_WIDTH, self.dock.minimumWidth() - excess))
            if tries > 1:  # the panes fit again in the next turn (presentation_fit.PaneRoom): look again then
                QTimer.singleShot(0, self, lambda: self._keep_within(tries - 1))
        if self.w.width() > self._width and not (self.w.isMaximized() or self.w.isFullScreen()):
            self.w.resize(max(self._width, self.w.minimumSizeHint().width()), self.w.height())

    def _lesson_changed(self, change) -> None:
        self.in_lesson = change.new is not None
        self.action.setEnabled(not self.in_lesson)
        if self.in_lesson:
            self.dock.hide()

    # ----- diagram -> panel
    def show_edge(self, k: int, i: int, j: int) -> None:
        if self.in_lesson:
            return
        panel = self.panel  # in the dock before it shows
        self.dock.show()
        panel.show_edge(k, i, j)

    def show_node(self, layer: int, index: int) -> None:
        if self.in_lesson:
            return
        panel = self.panel
        self.dock.show()
        panel.show_node(layer, index)

    def _hovered(self, k: int, i: int, j: int) -> None:
        if self.dock.isVisible():  # hovering alone never opens the dock: the pointer crosses edges all the time
            self.panel.preview_edge(k, i, j)

    def open_panel(self) -> None:
        if self.in_lesson:
            return
        panel = self.panel
        self.dock.show()
        self.dock.raise_()
        panel.text_view.setFocus()

    def show_example(self) -> None:
        """The panel on syn0[0, 0] and, with the inspector open, syn0 update chosen there (``--formula``)."""
        if not self.w.network_view.sizes():
            return
        self.w.network_view.select_edge(0, 0, 0)
        if self._inspector is not None and "syn0 update" in self._inspector.names():
            self._inspector.select_quantity("syn0 update")

    # ----- panel -> script
    def show_in_script(self, quantity: str) -> None:
        """Open the exported script at the line that computes ``quantity``, highlighted."""
        from playground.core.explain.export import script_with_lines
        from playground.ui.views.script_view import ScriptView

        reason = self.w.blocking_reason()
        if reason:
            QMessageBox.information(self.w, self.tr("Exported script"), reason)
            return
        script = script_with_lines(self.w.dataset(), self.w.settings())
        try:
            line = script.line_of(quantity)
        except KeyError:
            QMessageBox.information(self.w, self.tr("Exported script"),
                                    self.tr("The script has no line for {name}.").format(name=quantity))
            return
        if self.script_view is None:
            self.script_view = ScriptView(self.w)
        self.script_view.show_line(script.text, line, quantity)

    # ----- inspector -> diagram
    def _connect_inspector(self, visible: bool) -> None:
        if visible and self._inspector is None:
            self._inspector = self.w.classroom.inspector
            self._inspector.quantitySelected.connect(self.highlight_quantity)

    def highlight_quantity(self, name: str, row: int, column: int) -> None:
        """Outline the edges a quantity of the inspector is about (none for a quantity of the units)."""
        from playground.core.explain.edge_formula import edge_quantities

        view = self.w.network_view
        edges = edge_quantities(name, row if row >= 0 else None, column if column >= 0 else None, view.sizes())
        view.set_highlighted_edges(edges or [])


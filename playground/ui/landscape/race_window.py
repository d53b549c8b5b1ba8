"""The race window: branches from the same start that differ in one choice, trained side by side.

A teacher picks the start (the iteration on show of the main window's run, or the untrained start), the
choice that differs (optimiser, learning rate, batch size, activation) and its values, and the iterations;
Go sends a :class:`~playground.core.landscape.race_job.RaceJob` to a helper process of the pool through a
:class:`~playground.ui.landscape.race_link.RaceLink`. The window shows the curves on one plot (one colour per
branch, a legend naming what differs), a small network diagram per branch with its latest weights, and a
table of final errors and iterations to the target; the summary line above is also the plot's accessible
description. "Make current" emits ``branchChosen(record)``: the branch's RunRecord, with its provenance
(see :func:`open_race` for how the main window takes it).
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog, QDoubleSpinBox, QFrame,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from playground.core.data.settings import MAX_ITERATIONS
from playground.core.landscape.race import (DEFAULT_TARGET, DEFAULT_VALUES, RACE_FIELDS, Race, RaceResult, RaceStart,
                                            parse_values, values_text)
from playground.core.landscape.race_job import RaceFinished, RaceJob
from playground.core.training.run import next_job_id
from playground.core.training.training import DIVERGED, STOPPED
from playground.ui.classroom.presentation import ScaledView, current_scale
from playground.ui.kit.accessibility import name_as_spoken
from playground.ui.kit.plot_style import LABEL_PT, style_plot
from playground.ui.landscape import race_texts as texts
from playground.ui.landscape.race_link import RaceLink
from playground.ui.language import number, problem_text, shown
from playground.ui.views.error_axes import error_plot_widget
from playground.ui.views.network_view import NetworkView

COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")  # Okabe-Ito, as the study's
SUMMARY_PT = 14.0  # the plot: kit.plot_style
DEFAULT_ITERATIONS = 3000


class RaceWindow(ScaledView, QDialog):
    """Race branches from the same start (see the module docstring)."""

    branchChosen = Signal(object)  # the RunRecord of the branch to make current
    raceFinished = Signal(object)  # the list of RaceResults (also after Stop)

    def __init__(self, parent: QWidget | None = None, here: RaceStart | None = None,
                 untrained: RaceStart | None = None, pool=None) -> None:
        """``here``: the state on show in the main window (None before it trained); ``untrained``: the
        experiment's untrained start. At least one must be given."""
        super().__init__(parent)
        if here is None and untrained is None:
            raise ValueError("a race needs a start")
        self.setObjectName("raceWindow")
        self.setWindowTitle(self.tr("Race from the same start"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 720)
        self._base_pt = QApplication.font().pointSizeF()
        self._starts = [s for s in (here, untrained) if s is not None]
        self.race: Race | None = None
        self.results: list[RaceResult] = []
        self.names: list[str] = []
        self.link = RaceLink(self, pool)

        self.start_combo = QComboBox(objectName="raceStart")
        for s in self._starts:
            self.start_combo.addItem(self.tr("The untrained start") if s is untrained and s is not here else
                                     self.tr("Iteration {n} of the run on show").format(n=number(s.iteration, ",")))
        self.field_combo = QComboBox(objectName="raceField")
        for f in RACE_FIELDS:
            self.field_combo.addItem(texts.field_name(f), f)
        self.values_edit = QLineEdit(objectName="raceValues")
        self.values_edit.setToolTip(self.tr("The values to race, separated by commas (2 to 6)"))
        self.iterations_spin = QSpinBox(objectName="raceIterations", minimum=1, maximum=MAX_ITERATIONS,
                                        value=DEFAULT_ITERATIONS, singleStep=1000)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.target_spin = QDoubleSpinBox(objectName="raceTarget", decimals=4, minimum=0.0001, maximum=1.0,
                                          singleStep=0.01, value=DEFAULT_TARGET)
        self.go_button = QPushButton(self.tr("▶  &Go"), objectName="raceGo", default=True)
        self.go_button.setToolTip(self.tr("Train every branch from the same weights, side by side"))
        self.stop_button = QPushButton(self.tr("■  &Stop"), objectName="raceStop", enabled=False)
        for button in (self.go_button, self.stop_button):
            name_as_spoken(button)  # a screen reader says "Go", not the triangle before it
        labels = [(self.tr("S&tart"), self.start_combo), (self.tr("&Differs in"), self.field_combo),
                  (self.tr("&Values"), self.values_edit), (self.tr("&Iterations"), self.iterations_spin),
                  (self.tr("T&arget error"), self.target_spin)]
        controls = QGridLayout()
        self._labels = []
        for col, (text, widget) in enumerate(labels):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            self._labels.append(label)
            controls.addWidget(label, 0, col)
            controls.addWidget(widget, 1, col)
        controls.setColumnStretch(2, 1)
        controls.addWidget(self.go_button, 1, len(labels))
        controls.addWidget(self.stop_button, 1, len(labels) + 1)

        self.summary_label = QLabel(objectName="raceSummary", wordWrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # until it says something (_say)
        self.plot = error_plot_widget("raceCurves", self.tr("Error of every branch"))
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=True)
        self.legend = item.addLegend(offset=(-10, 10))
        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        item.addItem(self.target_line, ignoreBounds=True)
        self.curves: list[pg.PlotDataItem] = []

        self.table = QTableWidget(0, 3, objectName="raceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Branch"), self.tr("Final error"),
                                              self.tr("Iterations to target")])
        self.table.setAccessibleName(self.tr("Final errors and iterations to target"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.make_current_button = QPushButton(self.tr("&Make current"), objectName="raceMakeCurrent", enabled=False)
        self.make_current_button.setToolTip(self.tr("Put the chosen branch into the run tree and show it in the "
                                                    "main window"))
        side = self._side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.make_current_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.plot)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.diagram_row = QHBoxLayout()
        self.diagrams: list[NetworkView] = []
        self.diagram_labels: list[QLabel] = []
        self.shown: dict[int, tuple] = {}  # branch -> the (weights, biases) its diagram shows
        diagrams = QFrame(objectName="raceDiagrams")
        diagrams.setLayout(self.diagram_row)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 3)
        layout.addWidget(diagrams, 2)

        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.go_button.clicked.connect(self.go)
        self.stop_button.clicked.connect(self.link.stop)
        self.make_current_button.clicked.connect(self.make_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.make_current())
        self.target_spin.valueChanged.connect(self._target_changed)
        self.link.progressed.connect(self._on_progress)
        self.link.finished.connect(self._on_finished)
        self.link.failed.connect(self._on_failed)
        self.link.stalled.connect(self._on_stalled)
        self.link.runningChanged.connect(self._running_changed)
        self._field_changed()
        self._scale = current_scale(parent) if parent is not None else 1.0
        self._apply_scale()

    # ------------------------------------------------------------------ choosing and starting
    def field(self) -> str:
        return self.field_combo.currentData()

    def set_choice(self, field: str, values, iterations: int | None = None) -> None:
        """Choose what differs and its values (a lesson's or a test's way; the same as typing them)."""
        self.field_combo.setCurrentIndex(RACE_FIELDS.index(field))
        self.values_edit.setText(values_text(values))
        if iterations is not None:
            self.iterations_spin.setValue(int(iterations))

    @Slot()
    def _field_changed(self) -> None:
        self.values_edit.setText(values_text(DEFAULT_VALUES[self.field()]))

    def start(self) -> RaceStart:
        return self._starts[max(0, self.start_combo.currentIndex())]

    @Slot()
    def go(self) -> bool:
        """Start the race chosen (False, with the reason on show, when it cannot run)."""
        if self.link.running:
            return False
        try:
            values = parse_values(self.field(), self.values_edit.text())
        except ValueError as e:
            self._say(self.tr("Values: {problem}").format(problem=problem_text(e)))
            return False
        race = Race(self.start(), self.field(), values, self.iterations_spin.value(), self.target_spin.value())
        problems = race.problems()
        if problems:
            self._say(self.tr("This race cannot run: {problem}").format(problem="; ".join(map(shown, problems))))
            return False
        self.race, self.results = race, []
        self.names = [texts.branch_name(race.field, v) for v in values]
        self._build_branches()
        if not self.link.start(RaceJob(next_job_id(), race)):
            return False
        self._say(self.tr("Racing {n} branches…").format(n=len(values)))
        return True

    def _build_branches(self) -> None:
        """Curves, table rows and diagrams for the race about to run."""
        item = self.plot.getPlotItem()
        for curve in self.curves:
            item.removeItem(curve)
        self.legend.clear()
        self.curves = []
        for i, name in enumerate(self.names):
            curve = pg.PlotDataItem(connect="finite", name=name)
            item.addItem(curve)
            self.curves.append(curve)
        self.table.setRowCount(len(self.names))
        for i, name in enumerate(self.names):
            cell = QTableWidgetItem(name)
            cell.setForeground(QColor(COLOURS[i % len(COLOURS)]))
            self.table.setItem(i, 0, cell)
            for col in (1, 2):
                self.table.setItem(i, col, QTableWidgetItem("–"))
        while self.diagrams:
            self.diagram_row.removeWidget(self.diagrams[-1].parentWidget())
            self.diagrams.pop().parentWidget().deleteLater()
            self.diagram_labels.pop()
        start = self.race.start
        for i, name in enumerate(self.names):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view = NetworkView()
            view.setObjectName(f"raceDiagram{i + 1}")
            view.setAccessibleName(self.tr("Network of {name}").format(name=name))
            weights = start.checkpoint.weights
            view.set_structure([w.shape[0] for w in weights] + [weights[-1].shape[1]], start.dataset.input_names,
                               start.dataset.target_names, start.checkpoint.biases is not None)
            self.diagrams.append(view)
            self._show_weights(i, start.checkpoint.weights, start.checkpoint.biases)
            box_layout.addWidget(label)
            box_layout.addWidget(view, 1)
            self.diagram_row.addWidget(box, 1)
            self.diagram_labels.append(label)
        self._apply_scale()

    # ------------------------------------------------------------------ what the helper says
    @Slot()
    def _on_progress(self) -> None:
        mirror = self.link.take()
        if mirror is None or self.race is None:
            return
        reached, errors = [], []
        for i, curve in enumerate(self.curves):
            its, errs = mirror.curve(i)
            curve.setData(its, errs)
            hits = np.flatnonzero(errs <= self.race.target_error)
            reached.append(int(its[hits[0]]) if len(hits) else None)
            errors.append(float(errs[-1]) if len(errs) else float("nan"))
        for i, (weights, biases) in mirror.weights.items():
            if i < len(self.diagrams):
                self._show_weights(i, weights, biases)
        self._say(texts.summary(self.names, reached, errors, self.race.target_error, self._start_iteration()))

    def _start_iteration(self) -> int | None:
        """The iteration the race started from."""
        return None if self.race is None else int(self.race.start.checkpoint.iteration)

    @Slot(object)
    def _on_finished(self, final: RaceFinished) -> None:
        self.results = list(final.results)
        for i, r in enumerate(self.results):
            self.curves[i].setData(r.record.curve.iterations, r.record.curve.errors)
            last = r.record.last or r.record.start_checkpoint()
            self._show_weights(i, last.weights, last.biases)
            error = texts.error_text(r.final_error)
            if r.status == DIVERGED:
                error = self.tr("diverged")
            self.table.item(i, 1).setText(error)
            self.table.item(i, 2).setText(texts.iteration_text(r.reached_at))
        text = texts.summary(self.names, [r.reached_at for r in self.results],
                             [r.final_error for r in self.results], self.race.target_error, self._start_iteration())
        if final.status == STOPPED:
            text = self.tr("Stopped. {summary}").format(summary=text)
        self._say(text)
        self._fit_table()
        if self.table.currentRow() < 0 and self.results:
            self.table.selectRow(0)
        self._update_buttons()
        self.raceFinished.emit(self.results)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._say(self.tr("The race stopped: {problem}").format(problem=message))

    @Slot(float)
    def _on_stalled(self, seconds: float) -> None:
        self._say(self.tr("The helper process has not answered for {seconds} s.").format(seconds=int(seconds)))

    @Slot(bool)
    def _running_changed(self, running: bool) -> None:
        self.go_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for w in (self.start_combo, self.field_combo, self.values_edit, self.iterations_spin):
            w.setEnabled(not running)
        self._update_buttons()

    def _show_weights(self, i: int, weights, biases) -> None:
        self.shown[i] = (weights, biases)
        self.diagrams[i].set_weights(weights, biases)

    def legend_names(self) -> list[str]:
        """The names the legend shows, top to bottom."""
        return [label.text for _sample, label in self.legend.items]

    def tell(self, text: str) -> None:
        """Show a message in the summary line (and its accessible description)."""
        self._say(text)

    def _say(self, text: str) -> None:
        self.summary_label.setText(text)
        # a stop for the focus while it holds words: empty, it was a silent one
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus if text else Qt.FocusPolicy.NoFocus)
        self.plot.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def _target_changed(self, value: float) -> None:
        self.target_line.setValue(np.log10(value))

    # ------------------------------------------------------------------ making a branch current
    def chosen(self) -> RaceResult | None:
        row = self.table.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    @Slot()
    def _update_buttons(self) -> None:
        self.make_current_button.setEnabled(not self.link.running and self.chosen() is not None)

    @Slot()
    def make_current(self) -> None:
        """Hand the chosen branch's record to whoever makes it the current run (``branchChosen``)."""
        result = self.chosen()
        if result is not None and not self.link.running:
            self.branchChosen.emit(result.record)

    # ------------------------------------------------------------------ scale, palette, closing
    def _apply_scale(self) -> None:
        s = self._scale
        font = QFont(self.font())
        font.setPointSizeF(self._base_pt * s)
        self.setFont(font)
        summary_font = QFont(font)
        summary_font.setPointSizeF(SUMMARY_PT * s)
        self.summary_label.setFont(summary_font)
        text = self.palette().color(QPalette.ColorRole.Text)
        style_plot(self.plot, self.palette(), font, s,
                   {"bottom": self.tr("iteration"), "left": self.tr("mean |error|")})
        self.legend.setLabelTextSize(f"{LABEL_PT * s:.0f}pt")
        self.legend.setLabelTextColor(text)
        backdrop = QColor(self.palette().color(QPalette.ColorRole.Base))
        backdrop.setAlpha(210)  # the curves stay visible under it, the names readable
        self.legend.setBrush(pg.mkBrush(backdrop))
        for label in self._labels:  # a label keeps its whole text (a mnemonic made Qt measure it short)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) + 4)
        for i, curve in enumerate(self.curves):
            curve.setPen(pg.mkPen(COLOURS[i % len(COLOURS)], width=2.5 * s))
        self.legend.clear()
        for curve, name in zip(self.curves, self.names):
            self.legend.addItem(curve, name)
        self.target_line.setPen(pg.mkPen(text, width=1.5 * s, style=Qt.PenStyle.DashLine))
        self._target_changed(self.target_spin.value())
        for view in self.diagrams:
            view.set_scale(s)
        self.table.verticalHeader().setDefaultSectionSize(int(round(self.table.fontMetrics().height() * 1.6)))
        self._fit_table()

    def _fit_table(self) -> None:
        """The table as wide as its columns (the plot takes the rest)."""
        header = self.table.horizontalHeader()
        widths = sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(3))
        self._side.setMinimumWidth(widths + 2 * self.table.frameWidth() + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "legend"):
            self._apply_scale()

    def shutdown(self) -> None:
        """Stop a running race and end its helper (the window closes)."""
        self.link.shutdown()

    def done(self, result: int) -> None:  # Escape and the close button both end here or in closeEvent
        self.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def open_race(parent: QWidget, run, on_branch: Callable[[object], None] | None = None, pool=None) -> RaceWindow | None:
    """Open a race window from the main window's :class:`~playground.ui.run.run.Run`: its start is the state on
    show (the live network or the History entry looked at) of the run on show, or the experiment's untrained
    start. ``on_branch(record)`` is called with a branch made current (see :func:`make_current`); when it returns
    False the window says the branch could not join. None when
    there is no network to race (a table or settings with a problem)."""
    session = run.session
    if session.network is None or session.dataset is None or session.settings is None:
        return None
    from playground.core.training.run_record import Checkpoint

    untrained = RaceStart.untrained(session.dataset, session.settings)
    here = None
    if session.trained() and not session.running:  # a running run's live state is not in its tree yet
        record = session.record()
        here = RaceStart(session.dataset, session.settings, Checkpoint.from_network(session.shown_network()),
                         None if record is None else record.id)
    window = RaceWindow(parent, here, untrained, pool)
    if on_branch is not None:
        def chosen(record) -> None:
            if on_branch(record) is False:
                window.tell(window.tr("This branch cannot become the current run now: the main window is "
                                      "training, or the run it started from is no longer in its tree."))
        window.branchChosen.connect(chosen)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window


def make_current(run, record, experiment=None, stack=None) -> bool:
    """Put a race's branch into the run's tree as a branch of the run it started from, and show it (False while
    the run trains, or when the tree no longer has that run). With the main window's ``experiment`` (and its
    undo ``stack``), the settings form then shows the branch's settings too, as one undoable change: the run
    on show already has them, so nothing branches again, and Undo goes back to the run the race started from."""
    from playground.core.data.experiment import SetSettings
    from playground.core.landscape.race import adopt
    from playground.ui.experiment.undo import SettingsCommand

    session = run.session
    if session.running:
        return False
    try:
        kept = adopt(session.runs(), record)
    except ValueError:
        return False
    if not session.select(kept.id):
        return False
    if experiment is not None:
        wanted = kept.settings.with_(iterations=experiment.settings.iterations)
        command = SetSettings.between(experiment.settings, wanted, "Race branch")
        if command.changes:
            if stack is not None:
                stack.push(SettingsCommand(experiment, command))
            else:
                command.do(experiment)
    return True


if __name__ == "__main__":  # python -m playground.ui.landscape.race_window: XOR's untrained start (no helper started)
    from playground.core.data.presets import get_preset
    from playground.ui.preview import after_close, preview

    def _sample() -> RaceWindow:
        xor = get_preset("xor")
        window = RaceWindow(untrained=RaceStart.untrained(xor.dataset(), xor.settings))
        after_close(window.shutdown)
        return window

    preview(_sample, size=(1100, 720))

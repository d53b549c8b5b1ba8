"""The failure-mode atlas window: a grid of trainings of the main window's experiment as a map that fills in
live, coloured by why each run failed (or by its final error, or by how fast it reached the target).

The user chooses two axes (seed, learning rate, hidden units, activation, optimizer, batch size, L2, held-out
fraction) with their values, and Compute trains every cell on helper processes (:mod:`.atlas_runner`); the
UI thread only draws. Hover a cell for its curve, click it (or Enter on the keyboard's cursor) to open that
exact run in the main window (``cellChosen`` and the ``open_cell`` callback), drag a rectangle to compute a
finer grid of that region. Export PNG, SVG and CSV. The description under the map says what it shows, for
everyone and for screen readers.

:func:`open_atlas` is what the main window calls (Run > Failure atlas…).
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QProgressBar, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget)

from playground.core.atlas.grid import Grid
from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings, format_hidden
from playground.core.training.budget import LONG_RUN_SECONDS, describe_duration
from playground.ui.atlas.atlas_axes import AXES, axis_text, axis_title, default_text, finer, parse_axis
from playground.ui.atlas.atlas_cell import CellPanel, describe
from playground.ui.atlas.atlas_colours import BY_ERROR, BY_ITERATIONS, BY_LABEL
from playground.ui.atlas.atlas_export import save_csv, save_picture
from playground.ui.atlas.atlas_legend import AtlasLegend, error_ticks, iteration_ticks
from playground.ui.atlas.atlas_map import AtlasMap
from playground.ui.atlas.atlas_model import AtlasModel
from playground.ui.atlas.atlas_runner import HELPERS, AtlasRunner
from playground.ui.classroom.presentation import ScaledView, current_scale
from playground.ui.kit.accessibility import name_as_spoken, quiet_surface
from playground.ui.language import number, problem_text, shown

DEFAULT_ITERATIONS = 2000
CONTROLS_PT, SUMMARY_PT = 10.5, 12.0


class AtlasWindow(ScaledView, QWidget):
    """The atlas of one table and base settings (see the module docstring)."""

    cellChosen = Signal(object, int, int)  # the cell's settings, its seed, its iterations
    drawn = Signal(int, float)  # after each update: records drawn, seconds the UI thread spent drawing them
    gridFinished = Signal(bool)  # a grid ended; True when stopped early (or failed)

    def __init__(self, parent: QWidget | None = None, dataset: Dataset | None = None,
                 settings: Settings | None = None, open_cell: Callable[..., None] | None = None,
                 runner: AtlasRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("atlasWindow")
        self.setWindowTitle(self.tr("Failure atlas"))
        self.resize(1200, 760)
        self._open_cell = open_cell
        self._dataset, self._settings = dataset, settings
        self._history: list[tuple[str, str, str, str]] = []  # the axes before each zoom (Back)
        self._message_kind = ""  # what the message line shows: "stall" (hidden when the helper answers),
        # "estimate" (a long grid's time, hidden when it ends) or "" (a problem, kept until the next Compute)
        self._stopped = False  # the last grid was stopped (or failed) before every cell was computed
        self.chosen_cell = None  # the core Cell opened last (cellChosen)
        self.model = AtlasModel(self)
        self.runner = runner or AtlasRunner(self)
        # (records, wall seconds, UI-thread CPU seconds) of each update drawn (benchmarks print them)
        self.update_costs: list[tuple[int, float, float]] = []

        self.setting_label = QLabel(objectName="atlasSettingLabel", wordWrap=True)
        self.axis_combos, self.axis_edits, self._axis_labels = [], [], []
        axes_grid = QGridLayout()
        for k, (title, start, text) in enumerate(((self.tr("Across"), "learning_rate", "0.01:100:16"),
                                                  (self.tr("Up"), "seed", "1:8"))):
            label = QLabel(title)
            combo = QComboBox(objectName=f"atlasAxis{k}")
            for name, _ in AXES:
                combo.addItem(axis_title(name), name)
            combo.setCurrentIndex(combo.findData(start))
            combo.setAccessibleName(self.tr("Axis {n}").format(n=k + 1))
            edit = QLineEdit(text, objectName=f"atlasValues{k}")
            edit.setAccessibleName(self.tr("Values of axis {n}").format(n=k + 1))
            edit.setToolTip(self.tr("A:B:N is N values from A to B (log-spaced for the learning rate); A:B every "
                                    "whole number from A to B; or a list separated by commas (hidden units: 4-3 "
                                    "is two layers of 4 and 3; batch size: all or none is every row)"))
            combo.currentIndexChanged.connect(lambda _i, e=edit, c=combo: e.setText(default_text(c.currentData())))
            label.setBuddy(combo)
            axes_grid.addWidget(label, k, 0)
            axes_grid.addWidget(combo, k, 1)
            axes_grid.addWidget(edit, k, 2)
            self.axis_combos.append(combo)
            self.axis_edits.append(edit)
            self._axis_labels.append(label)
        axes_grid.setColumnStretch(2, 1)
        self.iterations_spin = QSpinBox(objectName="atlasIterations", minimum=1, maximum=10_000_000,
                                        singleStep=100, value=DEFAULT_ITERATIONS)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.iterations_spin.setAccessibleName(self.tr("Iterations"))
        self.target_spin = QDoubleSpinBox(objectName="atlasTarget", decimals=4, minimum=0.0001, maximum=1.0,
                                          singleStep=0.01, value=0.05)
        self.target_spin.setAccessibleName(self.tr("Target error"))
        self._other_labels = [QLabel(self.tr("Iterations")), QLabel(self.tr("Target error")),
                              QLabel(self.tr("Colour by"))]
        self.compute_button = QPushButton(self.tr("▶  Compute"), objectName="atlasCompute")
        self.compute_button.setToolTip(self.tr("Train every cell of the grid (on the helper processes)"))
        self.stop_button = QPushButton(self.tr("■  Stop"), objectName="atlasStop", enabled=False)
        self.back_button = QPushButton(self.tr("◀  Back"), objectName="atlasBack", enabled=False)
        self.back_button.setToolTip(self.tr("The grid before the last zoom"))
        for button in (self.compute_button, self.stop_button, self.back_button):
            name_as_spoken(button)  # a screen reader says "Compute", not the triangle before it
        self.progress = QProgressBar(objectName="atlasProgress", minimum=0, maximum=1, value=0)
        self.colour_combo = QComboBox(objectName="atlasColourBy")
        for mode, text in ((BY_LABEL, self.tr("failure label")), (BY_ERROR, self.tr("final error")),
                           (BY_ITERATIONS, self.tr("iterations to target"))):
            self.colour_combo.addItem(text, mode)
        self.colour_combo.setAccessibleName(self.tr("Colour by"))
        self.export_button = QPushButton(self.tr("Export"), objectName="atlasExport")
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Picture (PNG)…"), lambda: self.export_picture(suffix=".png"))
        menu.addAction(self.tr("Drawing (SVG)…"), lambda: self.export_picture(suffix=".svg"))
        menu.addAction(self.tr("Records (CSV)…"), lambda: self.export_csv())
        self.export_button.setMenu(menu)

        row1 = QHBoxLayout()
        row1.addLayout(axes_grid, 1)
        side = QGridLayout()
        side.addWidget(self._other_labels[0], 0, 0)
        side.addWidget(self.iterations_spin, 0, 1)
        side.addWidget(self._other_labels[1], 1, 0)
        side.addWidget(self.target_spin, 1, 1)
        row1.addLayout(side)
        row2 = QHBoxLayout()
        for w in (self.compute_button, self.stop_button, self.back_button):
            row2.addWidget(w)
        row2.addWidget(self.progress, 1)
        row2.addWidget(self._other_labels[2])
        row2.addWidget(self.colour_combo)
        row2.addWidget(self.export_button)

        self.map = AtlasMap(self.model)
        self.map.setAccessibleName(self.tr("Failure atlas map"))
        quiet_surface(self.map)  # the map takes the focus and carries the name, not its drawing surface
        self.legend = AtlasLegend()
        self.map_panel = QWidget(objectName="atlasMapPanel")
        self.map_panel.setAccessibleName(self.tr("Failure atlas"))
        panel = QVBoxLayout(self.map_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.map, 1)
        panel.addWidget(self.legend)
        self.cell_panel = CellPanel(self.model)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.map_panel)
        split.addWidget(self.cell_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 300])
        self.summary_label = QLabel(objectName="atlasSummary", wordWrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(objectName="atlasMessage", wordWrap=True)
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.setting_label)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary_label)

        r = self.runner
        for signal, slot in ((self.compute_button.clicked, self.compute), (self.stop_button.clicked, self.stop),
                             (self.back_button.clicked, self.back), (r.recordsReady, self._take_records),
                             (r.finished, self._grid_ended), (r.failed, self._failed), (r.stalled, self._stalled),
                             (r.answered, self._answered),
                             (self.colour_combo.currentIndexChanged, self._colour_mode_changed),
                             (self.map.hovered, self._hovered), (self.map.chosen, self.choose_cell),
                             (self.map.regionChosen, self.zoom_to)):
            signal.connect(slot)
        self.set_experiment(dataset, settings)
        self._show_legend()
        self._describe()
        self._apply_scale()
        scale = current_scale(parent.window()) if parent is not None else 1.0
        if scale != 1.0:
            self.set_scale(scale)

    # ------------------------------------------------------------------ the experiment and the grid
    def set_experiment(self, dataset: Dataset | None, settings: Settings | None) -> None:
        """The table and base settings the next grid trains (the main window's, when it opened this)."""
        self._dataset, self._settings = dataset, settings
        if settings is None or dataset is None:
            self.setting_label.setText(self.tr("No experiment to map."))
            self.compute_button.setEnabled(False)
            return
        self.iterations_spin.setValue(min(settings.iterations, self.iterations_spin.value()))
        bias = self.tr("bias") if settings.bias else self.tr("no bias")
        self.setting_label.setText(self.tr("Every cell trains this setting with the cell's values: hidden {hidden} · "
                                           "{activation} · {bias} · output {output} · loss {loss} · optimizer "
                                           "{optimizer} · %n row(s)", "", dataset.n_rows).format(
            hidden=format_hidden(settings.hidden), activation=settings.activation, bias=bias, output=settings.output,
            loss=settings.loss, optimizer=settings.optimizer))
        self.compute_button.setEnabled(not self.runner.running)

    def grid(self) -> Grid:
        """The grid the axes and spin boxes describe now; ValueError (with a message) when they cannot."""
        if self._dataset is None or self._settings is None:
            raise ValueError(self.tr("no experiment"))
        names = [c.currentData() for c in self.axis_combos]
        if names[0] == names[1]:
            raise ValueError(self.tr("choose two different axes"))
        axes = [parse_axis(n, e.text()) for n, e in zip(names, self.axis_edits)]
        grid = Grid(self._dataset, self._settings, axes, iterations=self.iterations_spin.value(),
                    target_error=self.target_spin.value())
        grid.check()
        return grid

    @Slot()
    def compute(self) -> bool:
        """Train every cell of the grid shown in the controls; False (with a message) when it cannot start."""
        if self.runner.running:
            return False
        try:
            grid = self.grid()
        except ValueError as e:
            self._say(self.tr("Cannot compute this atlas: {problem}").format(problem=problem_text(e)))
            return False
        self.message_label.hide()
        self._stopped = False
        self.model.set_grid(grid)
        self.map.set_axis_titles(*(axis_title(a.name) for a in grid.axes))
        self.progress.setRange(0, grid.size)
        self.progress.setValue(0)
        self.update_costs = []
        self._show_legend()
        self._describe()
        started = self.runner.start(grid, list(range(grid.size)))
        self._set_running(started)
        if started:
            self._estimate(grid)
        return started

    def _estimate(self, grid: Grid) -> None:
        """Say in the message line how long a long grid will take (the command line's rule: over
        LONG_RUN_SECONDS on the helpers); it starts all the same, and Stop ends it."""
        seconds = grid.estimated_seconds() / HELPERS
        if seconds > LONG_RUN_SECONDS:
            self._say(self.tr("This atlas of {cells} cells will take {duration} (a rough estimate); press Stop to "
                              "end it, or use fewer cells or iterations to make it shorter").format(
                cells=QLocale().toString(grid.size), duration=shown(describe_duration(seconds))), kind="estimate")

    @Slot()
    def stop(self) -> None:
        self.runner.stop()

    def _set_running(self, running: bool) -> None:
        self.compute_button.setEnabled(not running and self._settings is not None)
        self.stop_button.setEnabled(running)
        self.back_button.setEnabled(not running and bool(self._history))
        for w in [*self.axis_combos, *self.axis_edits, self.iterations_spin, self.target_spin]:
            w.setEnabled(not running)

    # ------------------------------------------------------------------ records arrive
    @Slot()
    def _take_records(self) -> None:
        records = self.runner.take_records()
        if not records or self.model.grid is None:
            return
        start, cpu = time.perf_counter(), time.thread_time()
        self.model.add(records)
        self.progress.setValue(self.model.done())
        self._show_legend()
        self._describe()
        if self.cell_panel.cell is not None:
            self.cell_panel.refresh()
        seconds = time.perf_counter() - start
        self.update_costs.append((len(records), seconds, time.thread_time() - cpu))
        self.drawn.emit(len(records), seconds)

    @Slot(bool)
    def _grid_ended(self, early: bool) -> None:
        self._take_records()
        self._answered()  # a stall report is over with the grid
        if self._message_kind == "estimate":  # and so is its time
            self.message_label.hide()
        self._stopped = early and self.model.grid is not None and self.model.done() < self.model.cells()
        self._set_running(False)
        self._describe()
        self.gridFinished.emit(early)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._say(self.tr("The atlas failed: {problem}").format(problem=message))

    @Slot(float)
    def _stalled(self, seconds: float) -> None:
        self._say(self.tr("A helper process has not answered for {seconds} s; press Stop to end the atlas").format(
            seconds=QLocale().toString(int(seconds))), kind="stall")

    @Slot()
    def _answered(self) -> None:
        if self._message_kind == "stall":
            self.message_label.hide()

    def _say(self, text: str, kind: str = "") -> None:
        self._message_kind = kind
        self.message_label.setText(text)
        self.message_label.show()

    # ------------------------------------------------------------------ what the map shows
    @Slot()
    def _colour_mode_changed(self) -> None:
        self.map.set_mode(self.colour_combo.currentData())
        self._show_legend()

    def _show_legend(self) -> None:
        mode = self.colour_combo.currentData()
        if mode == BY_LABEL:
            self.legend.show_labels(self.model.label_counts, self.model.done())
        elif mode == BY_ERROR:
            self.legend.show_scale(mode, error_ticks(self.map.error_logs), self.tr("final error (log)"))
        else:
            self.legend.show_scale(mode, iteration_ticks(self.map.most_iterations), self.tr("iterations to target"))

    def _describe(self) -> None:
        text = describe(self.model)
        if self._stopped:  # "0 of 4,096 cells computed" did not say why the others never came
            text = self.tr("{summary}; stopped before the end").format(summary=text)
        self.summary_label.setText(text)
        self.map.setAccessibleDescription(text)
        self.map_panel.setAccessibleDescription(text)

    def description(self) -> str:
        return self.summary_label.text()

    @Slot(int, int)
    def _hovered(self, column: int, row: int) -> None:
        self.cell_panel.show_cell((column, row) if column >= 0 else self.cell_panel.cell)

    # ------------------------------------------------------------------ choosing and zooming
    @Slot(int, int)
    def choose_cell(self, column: int, row: int) -> None:
        """Open the cell's exact run: ``cellChosen`` gets its settings, seed and iterations, the ``open_cell``
        callback its settings, seed and table (with the rows its seed holds out, when it has a held-out fraction)."""
        grid = self.model.grid
        if grid is None:
            return
        cell = grid.cell((column, row))
        self.chosen_cell = cell  # the whole Cell (its held-out fraction too, on that axis) for whoever opens it
        self.cellChosen.emit(cell.settings, cell.seed, grid.iterations)
        if self._open_cell is not None:
            self._open_cell(cell.settings, cell.seed, grid.cell_dataset(cell.index))

    @Slot(float, float, float, float)
    def zoom_to(self, x0: float, x1: float, y0: float, y1: float) -> bool:
        """Compute a finer grid of the region drawn (cell coordinates along each axis)."""
        grid = self.model.grid
        if grid is None or self.runner.running:
            return False
        axes = [finer(grid.axes[0], x0, x1), finer(grid.axes[1], y0, y1)]
        self._history.append(tuple(w.text() for w in self.axis_edits) + tuple(
            c.currentData() for c in self.axis_combos))
        for combo, edit, axis in zip(self.axis_combos, self.axis_edits, axes):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(axis.name))
            combo.blockSignals(False)
            edit.setText(axis_text(axis) if not axis.log else self._spaced_text(axis))
        return self.compute()

    @staticmethod
    def _spaced_text(axis) -> str:
        v = axis.values
        return f"{v[0]:.6g}:{v[-1]:.6g}:{len(v)}"

    @Slot()
    def back(self) -> bool:
        """The grid before the last zoom, computed again."""
        if not self._history or self.runner.running:
            return False
        x_text, y_text, x_name, y_name = self._history.pop()
        for combo, edit, name, text in zip(self.axis_combos, self.axis_edits, (x_name, y_name), (x_text, y_text)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(name))
            combo.blockSignals(False)
            edit.setText(text)
        return self.compute()

    # ------------------------------------------------------------------ exports
    def picture_caption(self) -> str:
        """What an exported picture says above the map: the setting every cell trains, the iterations and the
        target error of the grid shown (found missing in review: a slide did not say what was computed)."""
        grid = self.model.grid
        if grid is None:
            return ""
        return "{setting}\n{iterations}: {n} · {target}: {error}".format(
            setting=self.setting_label.text(), iterations=self.tr("Iterations"), n=number(grid.iterations),
            target=self.tr("Target error"), error=number(grid.target_error))

    def export_picture(self, path: str | None = None, suffix: str = ".png") -> str | None:
        path = path or self._ask_path(suffix)
        if not path:
            return None
        try:
            return save_picture(self.map_panel, path, self.picture_caption())
        except OSError as e:
            self._say(self.tr("Could not write {path}: {problem}").format(path=path, problem=e.strerror or str(e)))
            return None

    def export_csv(self, path: str | None = None) -> str | None:
        path = path or self._ask_path(".csv")
        if not path:
            return None
        try:
            return save_csv(self.model.records(), path)
        except OSError as e:
            self._say(self.tr("Could not write {path}: {problem}").format(path=path, problem=e.strerror or str(e)))
            return None

    def _ask_path(self, suffix: str) -> str:
        filters = {".png": self.tr("PNG image (*.png)"), ".svg": self.tr("SVG drawing (*.svg)"),
                   ".csv": self.tr("CSV table (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the atlas"), "atlas" + suffix, filters[suffix])
        return path

    # ------------------------------------------------------------------ scale and closing
    def _apply_scale(self) -> None:
        s = self._scale
        controls = QFont(self.font())
        controls.setPointSizeF(CONTROLS_PT * s)
        for w in [self.setting_label, *self.axis_combos, *self.axis_edits, *self._axis_labels, *self._other_labels,
                  self.iterations_spin, self.target_spin, self.compute_button, self.stop_button, self.back_button,
                  self.progress, self.colour_combo, self.export_button, self.legend, self.cell_panel.text,
                  self.message_label]:
            w.setFont(controls)
        summary = QFont(self.font())
        summary.setPointSizeF(SUMMARY_PT * s)
        self.summary_label.setFont(summary)
        self.map.set_scale(s)
        self.cell_panel.set_scale(s)
        grid = self.model.grid
        if grid is not None:
            self.map.set_axis_titles(*(axis_title(a.name) for a in grid.axes))
        self.legend.updateGeometry()

    def shutdown(self) -> None:
        """Stop the grid and end the helpers (the window closes, or the app quits)."""
        self.runner.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def open_atlas(parent: QWidget | None, experiment, open_cell: Callable[..., None] | None = None
               ) -> AtlasWindow:
    """Open the atlas of an experiment (an ``Experiment``, or a ``(dataset, settings)`` pair) beside ``parent``.

    ``open_cell(settings, seed, dataset)`` is called when the user opens a cell. One atlas window per parent: asked
    again, it is brought to the front with the experiment given now.
    """
    dataset, settings = (experiment.dataset, experiment.settings) if hasattr(experiment, "settings") else experiment
    window = parent.findChild(AtlasWindow, "atlasWindow") if parent is not None else None
    if window is None:
        window = AtlasWindow(parent, dataset, settings, open_cell)
    elif not window.runner.running:
        window.set_experiment(dataset, settings)
    if window.isVisible():
        window.raise_()  # already open: bring it to the front
    window.show()
    return window


if __name__ == "__main__":  # python -m playground.ui.atlas.atlas_window: XOR with 2 hidden units; press Compute
    from playground.core.data.presets import get_preset
    from playground.ui.preview import after_close, preview

    def _sample() -> AtlasWindow:
        preset = get_preset("xor")
        window = AtlasWindow(None, preset.dataset(), preset.settings.with_(hidden=(2,), bias=True))
        after_close(window.shutdown)
        return window

    preview(_sample, size=(1200, 760))

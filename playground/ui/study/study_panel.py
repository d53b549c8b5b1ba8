"""Convergence study window: train the shown setting from K seeds and see how often it learns.

The K error curves are drawn faintly in one plot (blue for runs at or below the
target error, vermillion for the others), a histogram shows the final errors on a
log scale with the target marked, and a line says how many runs reached the
target, so a class can see, say, how often XOR with 2 hidden units gets stuck.
The maths runs in a helper process (:mod:`playground.ui.run.relay`).

Drawing 256 curves of 300 points costs 0.1-0.3 s a frame (1.4 s antialiased), which
would freeze the window at every update. So while a study runs, each colour shows a
band from the 10th to the 90th percentile of its runs' errors, their median, and an
evenly chosen sample of at most ``SAMPLE_CURVES`` curves; when it ends, every curve,
thinned to at most ``FINAL_POINTS`` points each and drawn with 1-pixel lines.

While it runs, the plots' ranges stay put (iterations 0 to the study's end; errors and
counts rounded out to whole decades and steps, set at the start and grown only when the
data leaves them), so the axes are not measured and drawn again at every update (2-3 ms
each) and stay cached as pixmaps; when it ends both plots fit their data again.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (QDialog, QDoubleSpinBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QSplitter, QVBoxLayout, QWidget)

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings, format_hidden
from playground.core.training.study import (DEFAULT_TARGET_ERROR, MAX_SEEDS, Study, StudyJob, StudyProgress, error_band,
                                   error_histogram)
from playground.core.training.training import STOPPED
from playground.ui.views.error_plot import ErrorAxis, error_plot_widget
from playground.ui.classroom.presentation import ScaledView
from playground.ui.language import number, problem_text
from playground.ui.kit.accessibility import name_as_spoken, quiet_surface
from playground.ui.kit.plain import html_text
from playground.ui.kit.plot_style import style_plot
from playground.ui.run.relay import HelperLink
from playground.ui.run.run_status import PROGRESS_STEPS, progress_value
from playground.ui.study.study_curves import curve_pen, decades, evenly_chosen, joined, rounded_up, thinned

REACHED_COLOUR, STUCK_COLOUR = "#0072B2", "#D55E00"  # Okabe-Ito blue and vermillion, as elsewhere
CURVE_ALPHA = 50  # of 255, for 64 or more curves: they build up where most runs go
CURVE_POINTS = 300  # errors recorded per curve
SAMPLE_CURVES = 24  # curves of each colour drawn while a study runs, beside the band
FINAL_POINTS = 100  # points per curve in the finished picture (the plot is a few hundred pixels wide)
ANTIALIAS_CURVES = 32  # at most this many curves are antialiased (the cost grows with curves x points)
BAND_ALPHA = 60
DEFAULT_SEEDS = 64
SUMMARY_PT, CONTROLS_PT = 15.0, 11.0  # the plots: kit.plot_style


class StudyWindow(ScaledView, QDialog):
    """Run a convergence study of one dataset and setting; shows curves, histogram and summary."""

    studyFinished = Signal(object)  # the final StudyProgress

    def __init__(self, parent: QWidget | None = None,
                 source: Callable[[], tuple[Dataset, Settings | None, str | None]] | None = None) -> None:
        """``source``, when given, tells the table, settings and blocking reason to study now (the
        main window's): read when the window opens and at every start."""
        super().__init__(parent)
        self.setObjectName("studyWindow")
        self._source = source
        self.setWindowTitle(self.tr("Convergence study"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 640)
        self._scale = 1.0
        self._dataset: Dataset | None = None
        self._settings: Settings | None = None
        self._blocked: str | None = None
        self._result: StudyProgress | None = None
        self._shown: StudyProgress | None = None
        self._held: dict[str, tuple] = {}  # the plots' ranges held while a study runs (_hold_ranges)
        self.controller = HelperLink(self, name="nn-playground-study")

        # Rich text on purpose (a bold part); every value in it goes through html_text.
        self.setting_label = QLabel(objectName="studySettingLabel", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.seeds_spin = QSpinBox(objectName="studySeedsSpin", minimum=1, maximum=MAX_SEEDS, value=DEFAULT_SEEDS)
        self.seeds_spin.setToolTip(self.tr("How many networks to train: seeds s, s+1, ... (up to {most}), "
                                           "each starting from different random weights").format(most=MAX_SEEDS))
        self.seeds_spin.setAccessibleName(self.tr("Seeds"))
        self.target_spin = QDoubleSpinBox(objectName="studyTargetSpin", decimals=4, minimum=0.0001, maximum=1.0,
                                          singleStep=0.01, value=DEFAULT_TARGET_ERROR)
        self.target_spin.setToolTip(self.tr("A run has learnt the table when the mean |error| of its final weights is at "
                                    "most this"))
        self.target_spin.setAccessibleName(self.tr("Target error"))
        self.start_button = QPushButton(self.tr("▶  Train all seeds"), objectName="studyStartButton")
        self.start_button.setToolTip(self.tr("Train the setting shown in the main window from every seed at once"))
        self.stop_button = QPushButton(self.tr("■  Stop"), objectName="studyStopButton", enabled=False)
        for button in (self.start_button, self.stop_button):
            name_as_spoken(button)  # a screen reader says "Train all seeds", not the triangle before it
        self.progress = QProgressBar(objectName="studyProgress", minimum=0, maximum=PROGRESS_STEPS, value=0)
        self.progress.setFormat("")
        self.summary_label = QLabel(objectName="studySummary", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        self._control_labels = [QLabel(self.tr("Seeds")), QLabel(self.tr("Target error"))]
        controls.addWidget(self._control_labels[0])
        controls.addWidget(self.seeds_spin)
        controls.addSpacing(12)
        controls.addWidget(self._control_labels[1])
        controls.addWidget(self.target_spin)
        controls.addSpacing(12)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.progress, 1)

        self.curves_plot = error_plot_widget("studyCurves", self.tr("Error of every run"))
        curves = self.curves_plot.getPlotItem()
        curves.setLogMode(x=False, y=True)
        curves.setTitle(self.tr("Error of every run"))
        self.reached_curves = pg.PlotDataItem(connect="finite")
        self.stuck_curves = pg.PlotDataItem(connect="finite")
        # while running: a 10-90th percentile band and the median of each colour's runs
        self.bands = {}
        for name in ("stuck", "reached"):
            low, high = pg.PlotDataItem(connect="finite"), pg.PlotDataItem(connect="finite")
            fill = pg.FillBetweenItem(low, high)
            median = pg.PlotDataItem(connect="finite")
            self.bands[name] = (low, high, fill, median)
            for item in (low, high, fill, median):
                curves.addItem(item)
                item.setVisible(False)
        curves.addItem(self.stuck_curves)
        curves.addItem(self.reached_curves)
        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        curves.addItem(self.target_line, ignoreBounds=True)

        self.histogram_plot = pg.PlotWidget(axisItems={"bottom": ErrorAxis("bottom")})
        self.histogram_plot.setObjectName("studyHistogram")
        self.histogram_plot.setAccessibleName(self.tr("Final errors"))
        quiet_surface(self.histogram_plot)  # the plot takes the focus and carries the name, not its surface
        hist = self.histogram_plot.getPlotItem()
        hist.setMenuEnabled(False)
        hist.hideButtons()
        hist.setMouseEnabled(x=False, y=False)
        hist.getAxis("bottom").setLogMode(True)  # the bars are placed at log10(error); ticks read 0.01, 0.1
        hist.setTitle(self.tr("Final errors"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=1.0)
        hist.addItem(self.bars)
        self.hist_target = pg.InfiniteLine(angle=90, movable=False)
        hist.addItem(self.hist_target)

        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.addWidget(self.curves_plot)
        plots.addWidget(self.histogram_plot)
        plots.setSizes([600, 400])

        layout = QVBoxLayout(self)
        layout.addWidget(self.setting_label)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(plots, 1)

        c = self.controller
        for signal, slot in ((self.start_button.clicked, self.start), (self.stop_button.clicked, c.stop),
                             (self.target_spin.valueChanged, self._target_changed), (c.progressed, self._on_progress),
                             (c.finished, self._on_finished), (c.failed, self._on_failed),
                             (c.stalled, self._on_stalled), (c.answered, self._on_answered),
                             (c.killed, self._on_killed), (c.runningChanged, self._on_running_changed)):
            signal.connect(slot)
        self._apply_scale()
        self._empty_axes = False  # the plots show the empty state's fixed ranges (no study yet)
        self._show(None)

    # ------------------------------------------------------------------ experiment
    def set_experiment(self, dataset: Dataset, settings: Settings | None, blocked: str | None = None) -> None:
        """The table and setting the next study trains (``blocked``: why it cannot, shown instead)."""
        self._dataset, self._settings, self._blocked = dataset.copy(), settings, blocked
        self._update_setting_label()
        if self._shown is None:
            self._show(None)  # the empty plots span this setting's iterations
        self._on_running_changed(self.controller.running)

    def refresh_experiment(self) -> None:
        """Take the experiment from the source again (the main window's table and settings)."""
        if self._source is not None and not self.controller.running:
            self.set_experiment(*self._source())

    def _update_setting_label(self) -> None:
        if self._blocked or self._settings is None:
            self.setting_label.setText(self.tr("Cannot study this setting: {reason}").format(
                reason=html_text(self._blocked or self.tr("the settings are invalid"))))  # it quotes column names
            return
        s, k = self._settings, self.seeds_spin.value()
        self.setting_label.setText(
            self.tr("<b>Train this setting from %n seed(s)</b> ({first} to {last}): {setting}", "", k).format(
                first=s.seed, last=s.seed + k - 1, setting=html_text(self.setting_text(s, self._dataset.n_rows))))

    def setting_text(self, settings: Settings, rows: int) -> str:
        """The setting studied, in one line."""
        bias = self.tr("bias") if settings.bias else self.tr("no bias")
        return self.tr("hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · "
                       "%n row(s)", "", rows).format(hidden=format_hidden(settings.hidden),
                                                     activation=settings.activation, bias=bias,
                                                     rate=number(settings.learning_rate),
                                                     iterations=QLocale().toString(settings.iterations))

    @Slot()
    def start(self) -> bool:
        self.refresh_experiment()
        if self.controller.running or self._blocked or self._settings is None:
            return False
        ds, s = self._dataset, self._settings
        job = StudyJob(ds, s, self.seeds_spin.value(), self.target_spin.value(),
                       max(1, math.ceil(s.iterations / CURVE_POINTS)))
        try:  # too many seeds for the memory budget (by update rule): say so here, send nothing
            Study.check(ds, s, job.count, record_every=job.record_every)
        except ValueError as e:
            self.summary_label.setText(self.tr("Cannot study this setting: {reason}").format(reason=problem_text(e)))
            return False
        self._result = None
        self._show(None)
        # The ranges a study usually starts in (errors below 1, every run in one bar), set now so the
        # first update draws no axis again.
        self._hold("curves", (0.0, float(max(s.iterations, 1)), -1.0, 0.0))
        self._hold("histogram", (-1.0, 0.0, 0.0, rounded_up(self.seeds_spin.value())))
        self._update_setting_label()
        self.summary_label.setText(self.tr("Training…"))
        return self.controller.submit(job)

    def shutdown(self) -> None:
        self.controller.shutdown()

    def result(self) -> StudyProgress | None:
        """The last finished study (its final errors, curves and seeds), or None."""
        return self._result

    # ------------------------------------------------------------------ updates
    @Slot(bool)
    def _on_running_changed(self, running: bool) -> None:
        self.start_button.setEnabled(not running and not self._blocked and self._settings is not None)
        self.stop_button.setEnabled(running)
        self.seeds_spin.setEnabled(not running)

    @Slot(object)
    def _on_progress(self, progress: StudyProgress) -> None:
        self._show(progress)

    @Slot(object)
    def _on_finished(self, progress: StudyProgress) -> None:
        self._result = progress
        self._show(progress)
        self.studyFinished.emit(progress)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.summary_label.setText(self.tr("The study failed: {problem}").format(
            problem=html_text(message.splitlines()[0])))

    @Slot(float)
    def _on_stalled(self, seconds: float) -> None:
        self.summary_label.setText(self.tr("The helper process has not answered for {seconds} s; press Stop to end "
                                           "the study").format(seconds=QLocale().toString(int(seconds))))

    @Slot()
    def _on_answered(self) -> None:
        if self._shown is None:
            self.summary_label.setText(self.tr("Training…"))
        else:
            self._show(self._shown)

    @Slot(str)
    def _on_killed(self, message: str) -> None:
        """Stop ended a helper that did not answer: the study so far stays, drawn as a stopped one."""
        if self._shown is not None:
            self._show(replace(self._shown, status=STOPPED))
            self.summary_label.setText(self.summary_label.text() + " · " + message)
        else:
            self.summary_label.setText(message)

    @Slot()
    def _target_changed(self) -> None:
        self._show(self._shown)

    def latest_errors(self, progress: StudyProgress) -> np.ndarray:
        """Each run's error: its final error when finished, else its last recorded one."""
        if progress.final_errors is not None:
            return progress.final_errors
        errs = progress.recorded_errors
        if errs.shape[1] == 0:
            return np.full(errs.shape[0], np.nan)
        return errs[:, -1]

    def _show(self, progress: StudyProgress | None) -> None:
        self._shown = progress
        target = self.target_spin.value()
        self.target_line.setValue(math.log10(target))  # the axis is in log10 units in log mode
        self.hist_target.setValue(math.log10(target))
        if progress is None:
            self._fit_ranges()
            for item in (self.reached_curves, self.stuck_curves):
                item.setData([], [])
            self._show_band("reached", None, None)
            self._show_band("stuck", None, None)
            self.bars.setOpts(x=[], height=[], width=1.0)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self._show_empty_axes(target)
            self._show_summary()
            return
        if self._empty_axes:  # the first results: the plots follow the data again
            self._empty_axes = False
            for plot in (self.curves_plot, self.histogram_plot):
                plot.getPlotItem().enableAutoRange()
        its, errs = progress.recorded_iterations, progress.recorded_errors
        latest = self.latest_errors(progress)
        reached = latest <= target
        running = progress.status is None
        self._hold_ranges(progress, latest) if running else self._fit_ranges()
        for name, item, colour, rows in (("reached", self.reached_curves, REACHED_COLOUR, reached),
                                         ("stuck", self.stuck_curves, STUCK_COLOUR, ~reached)):
            group = errs[rows]
            if running and len(group) > SAMPLE_CURVES:
                self._show_band(name, its, error_band(group))
                x, y = joined(*thinned(its, group[evenly_chosen(len(group), SAMPLE_CURVES)], FINAL_POINTS))
                drawn = SAMPLE_CURVES
            else:
                self._show_band(name, None, None)
                x, y = joined(*thinned(its, group, FINAL_POINTS))
                drawn = len(group)
            # antialiasing costs ~5x: only for the finished picture of a few curves
            item.setData(x, y, antialias=not running and drawn <= ANTIALIAS_CURVES)
            item.setPen(self._curve_pen(colour, drawn))
        edges, counts = error_histogram(latest)
        centres, widths = (edges[:-1] + edges[1:]) / 2, np.diff(edges)
        brushes = [pg.mkBrush(REACHED_COLOUR if 10 ** hi <= target else STUCK_COLOUR)
                   for hi in edges[1:]]
        self.bars.setOpts(x=centres, height=counts, width=widths * 0.92, brushes=brushes,
                          pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Text), width=1))
        self.progress.setUpdatesEnabled(False)  # setValue would repaint at once; one paint with the next frame
        self.progress.setValue(progress_value(progress.iteration, progress.iterations))
        self.progress.setFormat(f"{progress.iteration:,} / {progress.iterations:,}")
        self.progress.setUpdatesEnabled(True)
        self._show_summary(progress, latest, reached)

    def _hold_ranges(self, progress: StudyProgress, latest: np.ndarray) -> None:
        """While a study runs: ranges that change only when the data leaves them (see the module docstring)."""
        errs = progress.recorded_errors
        shown = errs[np.isfinite(errs) & (errs > 0)]
        self._hold("curves", (0.0, float(max(progress.iterations, 1)), *decades(shown, (-1.0, 0.0))))
        logs = np.log10(np.clip(latest[np.isfinite(latest)], 1e-12, None))
        edges, counts = error_histogram(latest)
        ends = 10.0 ** np.concatenate([logs, edges[[0, -1]]])
        self._hold("histogram", (*decades(ends, (-1.0, 0.0)), 0.0, rounded_up(int(counts.max(initial=0)))))

    def _hold(self, name: str, ranges: tuple[float, float, float, float]) -> None:
        """Show at least ``ranges`` (x0, x1, y0, y1) on a plot; while a study runs they only grow."""
        held = self._held.get(name)
        if held is not None:
            ranges = (min(ranges[0], held[0]), max(ranges[1], held[1]), min(ranges[2], held[2]),
                      max(ranges[3], held[3]))
        if ranges != held:
            self._held[name] = ranges
            plot = self.curves_plot if name == "curves" else self.histogram_plot
            plot.getPlotItem().getViewBox().setRange(xRange=ranges[:2], yRange=ranges[2:], padding=0.02)

    def _fit_ranges(self) -> None:
        """Back to fitting the data (the finished picture, or an empty study)."""
        if self._held:
            self._held = {}
            for plot in (self.curves_plot, self.histogram_plot):
                plot.getPlotItem().getViewBox().enableAutoRange()

    def _show_empty_axes(self, target: float) -> None:
        """Before any study: errors from below the target up to 1 (a mean |error| is at most 1), the
        setting's iterations, and a histogram axis of whole decades (its labels never crowd)."""
        self._empty_axes = True
        low = math.floor(math.log10(target)) - 1  # a decade below the target's
        iterations = self._settings.iterations if self._settings is not None else 1
        curves = self.curves_plot.getPlotItem()
        curves.setXRange(0, iterations, padding=0.02)
        curves.setYRange(low, 0, padding=0.02)  # log10 units: 10**low .. 1
        hist = self.histogram_plot.getPlotItem()
        hist.setXRange(low, 0, padding=0.02)
        hist.setYRange(0, 1, padding=0.02)

    def _show_band(self, name: str, its: np.ndarray | None, band: np.ndarray | None) -> None:
        """The percentile band and median of one colour's runs; hidden when ``band`` is None."""
        low, high, fill, median = self.bands[name]
        for item, row in ((low, 0), (high, 2), (median, 1)):
            if band is None:
                item.setData([], [])
            else:
                item.setData(its, band[row])
        for item in (low, high, fill, median):
            item.setVisible(band is not None)

    def _show_summary(self, progress: StudyProgress | None = None, latest=None, reached=None) -> None:
        if progress is None:
            self.summary_label.setText(self.tr("Press <b>Train all seeds</b>: every seed starts from different random "
                                       "weights. How many of them learn the table?"))
            return
        k, n = len(progress.seeds), int(reached.sum())
        done = progress.status is not None
        share = f"{100 * n / k:.0f}"
        target = number(self.target_spin.value())
        text = "<b>" + (self.tr("{n} of %n run(s) ({share}%) reached the target error {target}", "", k) if done
                        else self.tr("{n} of %n run(s) ({share}%) are at the target error {target}", "", k)).format(
            n=n, share=share, target=target) + "</b>"
        if done:
            finite = np.isfinite(latest)
            if finite.any():
                best, worst = int(np.nanargmin(latest)), int(np.nanargmax(latest))
                text += " · " + self.tr("best seed {best} ({best_error}), worst seed {worst} ({worst_error})").format(
                    best=progress.seeds[best], best_error=number(latest[best], ".3g"), worst=progress.seeds[worst],
                    worst_error=number(latest[worst], ".3g"))
            diverged = int((progress.diverged_at >= 0).sum())
            if diverged:
                text += " · " + self.tr("%n diverged", "", diverged)
            if progress.status == "stopped":
                text += " · " + self.tr("stopped at iteration {number}").format(
                    number=QLocale().toString(progress.iteration))
        self.summary_label.setText(text)

    # ------------------------------------------------------------------ scale and palette
    def _apply_scale(self) -> None:
        s, palette = self._scale, self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        for plot, labels in ((self.curves_plot, {"bottom": self.tr("iteration"), "left": self.tr("mean |error|")}),
                             (self.histogram_plot, {"bottom": self.tr("final mean |error|"), "left": self.tr("runs")})):
            style_plot(plot, palette, self.font(), s, labels, title=plot.getPlotItem().titleLabel.text)
        for item, colour in ((self.reached_curves, REACHED_COLOUR), (self.stuck_curves, STUCK_COLOUR)):
            item.setPen(self._curve_pen(colour, MAX_SEEDS))
        for name, colour in (("reached", REACHED_COLOUR), ("stuck", STUCK_COLOUR)):
            low, high, fill, median = self.bands[name]
            edge = QColor(colour)
            edge.setAlpha(BAND_ALPHA * 2)
            low.setPen(pg.mkPen(edge, width=1))
            high.setPen(pg.mkPen(edge, width=1))
            area = QColor(colour)
            area.setAlpha(BAND_ALPHA)
            fill.setBrush(pg.mkBrush(area))
            median.setPen(pg.mkPen(colour, width=2 * s))
        target_pen = pg.mkPen(text, width=2 * s, style=Qt.PenStyle.DashLine)
        self.target_line.setPen(target_pen)
        self.hist_target.setPen(target_pen)
        controls_font = QFont(self.font())
        controls_font.setPointSizeF(CONTROLS_PT * s)
        for w in [self.setting_label, self.seeds_spin, self.target_spin, self.start_button, self.stop_button,
                  self.progress, *self._control_labels]:
            w.setFont(controls_font)
        summary_font = QFont(self.font())
        summary_font.setPointSizeF(SUMMARY_PT * s)
        self.summary_label.setFont(summary_font)
        # Two lines kept for the summary: its text goes from two lines to one and back during a
        # study, and each change resized both plots (every axis measured and drawn again).
        margins = self.summary_label.contentsMargins()
        self.summary_label.setMinimumHeight(2 * QFontMetrics(summary_font).lineSpacing() + margins.top()
                                            + margins.bottom())
        if self._shown is not None:
            self._show(self._shown)

    def _curve_pen(self, colour: str, n: int):
        return curve_pen(colour, n, CURVE_ALPHA, self._scale)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "bars"):
            self._apply_scale()

    def closeEvent(self, event) -> None:
        self.controller.stop()  # closing the window stops the study; the thread stays for the next one
        super().closeEvent(event)


if __name__ == "__main__":  # python -m playground.ui.study.study_panel: XOR with 2 hidden units; press Start
    from playground.core.data.presets import get_preset
    from playground.ui.preview import after_close, preview

    def _sample() -> StudyWindow:
        window = StudyWindow()
        after_close(window.shutdown)
        preset = get_preset("xor")
        window.set_experiment(preset.dataset(), preset.settings.with_(hidden=(2,)))
        return window

    preview(_sample, size=(1000, 640))

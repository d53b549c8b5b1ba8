"""The error plot's runs: the current curve, the faded earlier runs and a branch's ancestors.

``RunCurves`` is the part of :class:`~playground.ui.views.error_plot.ErrorPlot` that keeps the runs
(one ``pg.PlotDataItem`` each), styles them, says which are shown and reads points back for
the hover read-out. Nothing here does maths beyond formatting numbers for display.
"""

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGraphicsItem

from playground.ui.kit.answer_mask import PLACEHOLDER
from playground.ui.kit.run_starter import PLAY, STEP
from playground.ui.language import number


# Okabe-Ito colour-blind-safe palette. Vermillion marks the current run (it reads
# on white and on dark grey); previous runs cycle through the rest. Yellow is left
# out: faded, it vanishes on a white projector screen.
CURRENT_COLOUR = "#D55E00"
TEST_COLOUR = "#0072B2"  # the held-out rows' curve, dashed: blue beside the vermillion training curve
PREVIOUS_COLOURS = ("#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999")

MAX_PREVIOUS_RUNS = 8  # kept, over every table
MAX_OVERLAYS = 4  # earlier runs on the current table drawn (and listed in the legend) by default
DEFAULT_RUN_LABEL = QT_TRANSLATE_NOOP("ErrorPlot", "current run")  # translated where drawn
def empty_text() -> str:
    """What the empty plot says, in the interface language."""
    return QCoreApplication.translate("ErrorPlot", "Press Train: the mean |error| of every iteration is drawn here")


def start_text(starter: str) -> str:
    """What the empty plot says where ``starter`` (a RunStarter's starter()) is the control that starts a run."""
    if starter == STEP:
        return QCoreApplication.translate("ErrorPlot", "Press Step: the mean |error| of every iteration is drawn here")
    if starter == PLAY:
        return QCoreApplication.translate("ErrorPlot", "Press Play: the mean |error| of every iteration is drawn here")
    return empty_text()



# The live curve is drawn again with every snapshot, antialiased and 3 px wide: with peak
# downsampling (each bin's lowest and highest point) at one bin per two pixels instead of
# pyqtgraph's five points a pixel, a 1,875-point curve on a 460 px plot is drawn from ~460
# points, and a spike is still drawn. Stroking the 3 px line is most of the plot's frame:
# ~940 points (one bin a pixel) cost 3.8 ms a frame, ~460 cost 2.3 ms (same run, same data).
LIVE_POINTS_PER_PX = 0.5

CURRENT_WIDTH = 3.0
PREVIOUS_WIDTH = 2.0
PREVIOUS_ALPHA = 120  # of 255


def format_duration(seconds: float) -> str:
    """A time left as people say it: '<1 s', '45 s', '4 min 12 s', '14 min', '1 h 14 min', '2 d 3 h'."""
    if not math.isfinite(seconds) or seconds < 1:
        return "<1 s"
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 600:
        return f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    m = int(round(seconds / 60))
    if m < 60:
        return f"{m} min"
    if m < 24 * 60:
        return f"{m // 60} h {m % 60} min" if m % 60 else f"{m // 60} h"
    h = int(round(seconds / 3600))
    return f"{h // 24} d {h % 24} h" if h % 24 else f"{h // 24} d"


def describe_point(iteration: float, error: float, hidden: bool = False) -> str:
    """The hover read-out text for one point: 'iteration 12,345   error 0.00500243' ('error ?' when ``hidden``:
    a lesson's open question asks for it)."""
    return QCoreApplication.translate("ErrorPlot", "iteration {number}   error {value}").format(
        number=QLocale().toString(int(round(iteration))), value=PLACEHOLDER if hidden else number(error, ".6g"))



@dataclass
class PlotRun:
    """One run's curve on the error plot, with what its legend says about it."""

    label: str
    group: str
    number: int  # 1, 2, 3 ... in the order the runs started: names twins apart in the legend
    curve: pg.PlotDataItem
    colour: str
    ancestor: bool = False  # an ancestor of the branch on show (dashed, up to where the branch left it)
    text: str = ""  # the legend's text when it never changes (an ancestor's)
    root: str | None = None  # the root of the run tree it belongs to (None: not in a tree)
    reached: float | None = None  # the iteration a faded run had reached (its last point may be thinned away)




class RunCurves:
    """The runs of an :class:`~playground.ui.views.error_plot.ErrorPlot` (a mixin: the plot's own state)."""

    def clear_runs(self) -> None:
        """Remove every previous run; the current curve stays."""
        for run in self._previous:
            self._remove(run)
        self._previous.clear()
        self._clear_hover()
        self._follow = True
        self._refresh()

    def drop_copies_of_current(self) -> None:
        """Remove previous runs that are exact copies of the current one (same label, same points):
        reopening a document just trained shows its curve once."""
        if self._current is None:
            return
        x, y = self.current_data()
        for run in list(self._previous):
            px, py = self._data(run)
            if run.label == self._current.label and np.array_equal(px, x) and np.array_equal(py, y):
                self._previous.remove(run)
                self._remove(run)
        self._refresh()

    def runs(self) -> list[str]:
        """Run labels of every kept run: previous runs (oldest first), then the current run."""
        return [run.label for run in self._all_runs()]

    def shown_runs(self) -> list[str]:
        """Labels of the runs drawn now, in legend order (the current run last)."""
        return [run.label for run in self._shown()]

    def legend_texts(self) -> list[str]:
        """The legend's entries as plain text, in order."""
        return list(self._legend_texts)

    def current_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The current curve's (iterations, errors), empty arrays if there is none."""
        if self._current is None:
            return np.empty(0), np.empty(0)
        return self._data(self._current)

    def _clear_ancestors(self) -> None:
        for run in self._ancestors:
            self._remove(run)
        self._ancestors.clear()

    def ancestor_runs(self) -> list[str]:
        """Labels of the ancestors drawn for the branch on show, root first."""
        return [run.label for run in self._ancestors]

    def ancestor_data(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The ancestors' curves as drawn, root first."""
        return [self._data(run) for run in self._ancestors]

    def describe_at(self, x: float) -> str | None:
        """Read-out text for the point nearest to view x on the current curve (or the latest run); its error is
        "?" while a lesson's open question hides it."""
        point = self._nearest_point(x)
        if point is None:
            return None
        return describe_point(*point, hidden=self.error_hidden())

    def _nearest_point(self, x: float) -> tuple[float, float] | None:
        if not math.isfinite(x):
            return None
        runs = self._shown()[::-1]  # the current run first; a branch's ancestor where the branch has no points
        covering = [r for r in runs if len(self._data(r)[0]) and np.nanmin(self._data(r)[0]) <= x]
        for run in covering[:1] + runs:
            xs, ys = self._data(run)
            if len(xs) == 0:
                continue
            distance = np.abs(xs - x)
            if not np.isfinite(distance).any():
                continue
            i = int(np.nanargmin(distance))
            return float(xs[i]), float(ys[i])
        return None

    def _all_runs(self) -> list[PlotRun]:
        return self._previous + ([self._current] if self._current is not None else [])

    def _shown(self) -> list[PlotRun]:
        """The runs drawn: all of them, or the current one (with its ancestors) and the latest earlier
        runs on its table."""
        if self._show_all or self._current is None:
            return self._previous + self._ancestors + ([self._current] if self._current is not None else [])
        same = [r for r in self._previous if r.group == self._current.group]
        return same[-MAX_OVERLAYS:] + self._ancestors + [self._current]

    # ----- curves -----------------------------------------------------------

    @staticmethod
    def _data(run: PlotRun) -> tuple[np.ndarray, np.ndarray]:
        x, y = run.curve.getOriginalDataset()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def _new_current(self, label: str, group: str) -> PlotRun:
        colour = CURRENT_COLOUR
        curve = pg.PlotDataItem(antialias=True, autoDownsampleFactor=LIVE_POINTS_PER_PX)
        curve.setZValue(10)  # the live curve is drawn over the faded runs
        self.plot_widget.getPlotItem().addItem(curve, ignoreBounds=True)
        self._runs_started += 1
        run = PlotRun(label=label, group=str(group), number=self._runs_started, curve=curve, colour=colour)
        self._restyle(run, current=True)
        return run

    def _fade(self, run: PlotRun) -> None:
        index = (run.number - 1) % len(PREVIOUS_COLOURS)
        run.colour = PREVIOUS_COLOURS[index]
        run.curve.setZValue(0)
        # A finished run's curve changes only with the view's range: cached as a pixmap, it costs a
        # blit per frame instead of an antialiased path (~1.2 ms each, up to MAX_OVERLAYS shown).
        run.curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._restyle(run, current=False)

    def _restyle(self, run: PlotRun, current: bool) -> None:
        ratio = self._scale * self.line_ratio()
        if current:
            pen = pg.mkPen(self._shade(run.colour), width=CURRENT_WIDTH * ratio)
            self._test_curve.setPen(pg.mkPen(self._shade(TEST_COLOUR), width=CURRENT_WIDTH * ratio,
                                             style=Qt.PenStyle.DashLine))
        else:
            colour = self._shade(run.colour)
            if not self.high_contrast():
                colour.setAlpha(PREVIOUS_ALPHA)
            pen = pg.mkPen(colour, width=PREVIOUS_WIDTH * ratio,
                           style=Qt.PenStyle.DashLine if run.ancestor else Qt.PenStyle.SolidLine)
        run.curve.setPen(pen)

    def _remove(self, run: PlotRun) -> None:
        self.plot_widget.getPlotItem().removeItem(run.curve)  # also drops its legend entry

    @staticmethod
    def _has_data(run: PlotRun) -> bool:
        xs, _ = run.curve.getOriginalDataset()
        return xs is not None and len(xs) > 0

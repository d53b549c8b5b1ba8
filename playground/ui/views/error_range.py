"""The error plot's view range: the shown runs fitted, the axes given room for their ticks.

``RangeFitting`` is the part of :class:`~playground.ui.views.error_plot.ErrorPlot` that fits the
view to the runs shown (after every change, and at most every ``LIVE_REFIT_S`` seconds while
a run streams snapshots) unless the user panned or zoomed.
"""

import math
import time
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from playground.ui.views.error_curves import PlotRun

EMPTY_ITERATIONS = 1000.0  # x range before any run
MIN_Y_SPAN = {True: 0.3, False: 0.05}  # log10 units / error units: a flat curve still gets room
# A live re-fit keeps the y range while the curve fills at least this share of it, and when it
# must move (log axis) leaves this share of the curve's span free below it: the error falls.
KEEP_Y_SHARE = 0.6
Y_ROOM = 0.25
Y_ROOM_ABOVE = 0.05
SHORT_PLOT_PX = 120  # a plot less tall than this (times the presentation scale) draws no axis titles


class RangeFitting:
    """The view range of an :class:`~playground.ui.views.error_plot.ErrorPlot` (a mixin: the plot's own state)."""

    @contextmanager
    def _one_refresh(self):
        """Changes made in the block are refreshed once, at its end (a reset makes several)."""
        self._held = getattr(self, "_held", 0) + 1
        try:
            yield
        finally:
            self._held -= 1
        if not self._held:
            self._refresh()

    def _refresh(self, axes: str = "xy") -> None:
        """Show the right runs, name them, and fit the view to them (after every change); a live re-fit
        fits only ``axes``. While the Run followed trains, x ends at its planned end and y moves only
        when the curve leaves it (see :meth:`_fit_range`)."""
        if getattr(self, "_held", 0):
            return  # _one_refresh does it at the end of its block
        self._do_refresh(axes)

    def _do_refresh(self, axes: str) -> None:
        self._refit_timer.stop()
        if axes == "xy":
            self._stale = ""
        self._last_refresh = time.monotonic()
        shown = self._shown()
        shown_ids = {id(r) for r in shown}
        for run in self._all_runs():
            run.curve.setVisible(id(run) in shown_ids)
        # A live re-fit of x alone leaves the legend (its texts: the live run's iterations, and its corner) to
        # the next one, of y, LIVE_REFIT_S later: relabelling it was ~1 ms of each re-fit, five a second.
        if axes != "x":
            self._update_legend(shown)
            self._cache_legend()
        if self._follow:
            self._fit_range(shown, axes=axes)
        if axes != "x":
            self._place_overlays()

    def _cache_legend(self) -> None:
        """The legend's box and texts are kept as pixmaps: they change only here, while the live curve under
        them is drawn ~30 times a second, and each frame repainted them (a third of the plot's frame). The
        swatches are drawn as they are: each follows its curve's pen."""
        cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
        if self._legend.cacheMode() != cached:
            self._legend.setCacheMode(cached)
        for _, label in self._legend.items:
            for item in (label, label.item):
                if item.cacheMode() != cached:
                    item.setCacheMode(cached)

    def _x_end(self, shown: list[PlotRun]) -> float | None:
        """The last iteration the view must show."""
        runs = shown if self._show_all else self._ancestors + [self._current] if self._current is not None else []
        ends = [end for end in map(self._run_end, runs) if end is not None]
        if not ends and not self._show_all:  # a run just started: its table's earlier runs, if any
            ends = [end for end in map(self._run_end, shown) if end is not None]
        return max(ends) if ends else None

    def _run_end(self, run: PlotRun) -> float | None:
        """The last iteration of a run's curve, or the iteration it reached (its last point may have been
        thinned away); None when it has no points."""
        x, _ = self._data(run)
        if not len(x) or not np.isfinite(x).any():
            return None
        reached = self.run_iteration() if run is self._current else run.reached
        return max(float(np.nanmax(x)), reached if reached is not None else -math.inf)

    def _fit_range(self, shown: list[PlotRun], headroom: float = 0.0, axes: str = "xy") -> None:
        """Fit the view to the shown runs; ``headroom`` px above the highest curve stay empty (legend);
        only the ``axes`` named ("x", "y" or both) move. While a run streams snapshots, the x range ends
        at its planned end (when known) and the y range stays while the curves fill most of it, so an
        axis is measured and drawn again a few times a run, not at every re-fit."""
        x_end = self._x_end(shown)
        live = self.streaming()  # fitted exactly once it stops
        self._live_fitted = live  # finish_live fits again, exactly
        planned = self.planned_end() if live else None
        if planned is not None:
            x_end = max(x_end or 0.0, planned)
        ys = []
        if x_end is not None:
            for x, y in [self._data(run) for run in shown] + [self.test_data()]:
                keep = (x <= x_end) & np.isfinite(y) & (y > 0 if self._log_scale else np.isfinite(y))
                ys.append(y[keep])
        y = np.concatenate(ys) if ys else np.empty(0)
        if x_end is None or y.size == 0:  # nothing yet: iterations from 0, an error between 0 and 1
            x_range = (0.0, float(x_end) if x_end else EMPTY_ITERATIONS)
            y_range = (-3.0, 0.0) if self._log_scale else (0.0, 1.0)
        else:
            x_range = (0.0, max(float(x_end), 1.0))
            if self._log_scale:
                lo, hi = math.log10(float(y.min())), math.log10(float(y.max()))
            else:
                lo, hi = 0.0, float(y.max())
            if hi - lo < MIN_Y_SPAN[self._log_scale]:  # a flat curve: a little room above and below
                middle = (hi + lo) / 2
                lo, hi = middle - MIN_Y_SPAN[self._log_scale] / 2, middle + MIN_Y_SPAN[self._log_scale] / 2
                if not self._log_scale:
                    lo = max(lo, 0.0)
            pad = 0.04 * (hi - lo)
            y_range = (lo - (pad if self._log_scale else 0.0), hi + pad)
        view_box = self.plot_widget.getPlotItem().getViewBox()
        height = view_box.height()
        if headroom > 0 and height > 2 * headroom:
            extra = (y_range[1] - y_range[0]) * headroom / (height - headroom)
            # On the log axis the band goes below the lowest error (above would show errors
            # over 1, which cannot happen); on the linear axis above the highest (not below 0).
            y_range = (y_range[0] - extra, y_range[1]) if self._log_scale else (y_range[0], y_range[1] + extra)
        pad_x = 0.01 * (x_range[1] - x_range[0])
        x_range = (x_range[0], x_range[1] + pad_x)
        now_x, now_y = view_box.viewRange()
        if live and now_y[0] <= y_range[0] and y_range[1] <= now_y[1] \
                and y_range[1] - y_range[0] >= KEEP_Y_SHARE * (now_y[1] - now_y[0]):
            y_range = tuple(now_y)  # the curve is still well inside: the y axis stays as it is laid out
        elif live and self._log_scale:  # errors fall: room below, so the next re-fits keep this range, and a
            span = y_range[1] - y_range[0]  # little above (the padding grows with the span)
            y_range = (y_range[0] - Y_ROOM * span, y_range[1] + Y_ROOM_ABOVE * span)
        wanted = (x_range if "x" in axes else now_x, y_range if "y" in axes else now_y)
        if live and np.allclose(wanted, (now_x, now_y), rtol=0, atol=1e-12):
            return  # nothing moves: no axis to measure or draw again
        self._setting_range = True
        try:
            view_box.setRange(xRange=x_range if "x" in axes else now_x, yRange=y_range if "y" in axes else now_y,
                              padding=0)
        finally:
            self._setting_range = False
        self._fit_axes(axes)

    def _resized(self, *_) -> None:
        # Fitting the axes lays the plot out again, which resizes the view: within that, no second fit. At some
        # sizes (a 152 px view at scale 3) the two fits alternated, each resizing the view for the other, until
        # Python's recursion limit.
        if getattr(self, "_in_resized", False):
            return
        self._in_resized = True
        try:
            self._show_axis_titles()
            self._fit_axes()  # a taller view can show more (and longer) tick numbers
            self._place_overlays()
        finally:
            self._in_resized = False

    def _show_axis_titles(self) -> None:
        """The axis titles, unless the plot is a short strip (above the inspector in presentation
        mode): there they were cut in half and took the curve's height; the ticks stay."""
        short = self.plot_widget.height() < SHORT_PLOT_PX * self._scale
        item = self.plot_widget.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            if axis.label.isVisible() == short:
                axis.showLabel(not short)

    def _stop_following(self, *_) -> None:
        if not self._setting_range:
            self._follow = False  # the user panned or zoomed: leave the view where they put it

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The first show of an ``ErrorPlot(fit_when_shown=True)``: the axes fitted once, at the size shown, not
        while the window around it was built at a size Qt guesses (five fits, ~10 ms of its first frame)."""
        super().showEvent(event)
        if getattr(self, "_fits_wait", False):
            self._fits_wait = False
            if getattr(self, "_axes_due", False):
                self._resized()

    def _fit_axes(self, axes: str = "xy") -> None:
        """Room for the tick texts of the axes named ("x": bottom, "y": left) (or, while the plot waits for its
        first show, a fit due then: ``ErrorPlot(fit_when_shown=True)``)."""
        if getattr(self, "_fits_wait", False):
            self._axes_due = True
            return
        self._axes_due = False
        item = self.plot_widget.getPlotItem()
        view_box = item.getViewBox()
        (x0, x1), (y0, y1) = view_box.viewRange()
        height = max(view_box.height(), 100.0)
        width = max(view_box.width(), 100.0)
        if "y" in axes:
            item.getAxis("left").fit(y0, y1, height)
        if "x" in axes:
            item.getAxis("bottom").fit(x0, x1, width)
        item.layout.activate()  # now, not at the next event: pictures and tests see the fitted axes
        if "x" in axes:
            self._reach_to_the_edge(item.getAxis("bottom"))

    def _reach_to_the_edge(self, axis) -> None:
        """The iteration axis's last text may stand in the room right of the axis, up to the plot's edge. At a fixed
        reach (12 px a scale) a "60k" at the axis's end was left out for a fraction of a pixel in a narrower plot
        (Spanish at 1366 x 768, presentation mode: its longer y title took the width)."""
        end = axis.mapToScene(QPointF(axis.width(), 0)).x()  # the scene's units are the plot widget's pixels
        reach = max(int(round(12 * self._scale)), int(self.plot_widget.width() - end) - 2)
        if axis.style["hideOverlappingLabels"] != reach:
            axis.setStyle(hideOverlappingLabels=reach)

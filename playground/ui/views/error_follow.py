"""The error plot following a :class:`~playground.ui.run.run.Run`: a reset, a branch's path, streamed snapshots.

``RunFollowing`` is the part of :class:`~playground.ui.views.error_plot.ErrorPlot` that listens to
the Run. While a run streams snapshots (~30 a second) each is drawn in an event-loop turn of
its own (a zero timer: only the newest of those that came meanwhile), never inside the Run's
signal, where every other view handles it too; the view's range, axes and legend texts follow
at most every ``LIVE_REFIT_S`` seconds, in turns of their own, and exactly when the run stops.
While the run trains, the x axis ends where its job will (``planned_end``) and the y range
stays while the curve is well inside it: an axis is measured and drawn again a few times a
run (benchmarks/gui_training.py --trace showed those as the plot's costliest events).
"""

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from playground.ui.views.error_legend import legend_iterations
from playground.ui.views.error_curves import CURRENT_COLOUR, DEFAULT_RUN_LABEL, PlotRun

# While a run streams snapshots (~30 a second) the view is re-fitted, the legend relabelled and
# re-placed at most this often; in between only the curve's points change.
# Each live re-fit moves one axis, x and y in turn: an axis whose range changes is measured
# and drawn again (~3 ms each), and two in one frame made the longest pause of a run.
# The last snapshot is always followed by an exact refresh (timer, or the run stopping).
LIVE_REFIT_S = 0.2
# A run expected to reach its last iteration within this many seconds is drawn on an x axis
# ending there from its first re-fit (planned_end); a longer one's x range follows its curve.
PLANNED_SECONDS = 60.0
# A run that stopped is fitted exactly this many ms later (or when the Run says ``finished``, if sooner): later
# than the timers due then (a 5 ms tick), so the end's pieces and the repaints between them are not one pause.
FINISH_MS = 4
# While a run streams snapshots, the plot's text alternative (its accessible description: the error now,
# from where, rows right) is written at most this often; it is exact again when the stream stops
# (finish_live) and when the run ends (ErrorPlot.describe). Writing it for every snapshot cost ~0.2 ms
# of the UI thread's ~7 ms a snapshot (run_facts, the numbers in the interface language, the event);
# a screen reader reads it when asked, and the milestones and the end are announced anyway.
DESCRIBE_S = 1.0


class RunFollowing:
    """How an :class:`~playground.ui.views.error_plot.ErrorPlot` follows a Run (a mixin: the plot's own state)."""

    _described_at = -math.inf  # time.monotonic() of the last description written while streaming
    _description_stale = False  # a streamed curve was drawn that the description does not say yet

    def set_live_data(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """Like :meth:`set_data`, for a run that streams snapshots: cheap per call.

        The curve's points change at once; the view's range, the axes, the legend's texts and
        its corner follow at most every ``LIVE_REFIT_S`` seconds, always in an event-loop turn
        of their own (a single-shot timer), and exactly after the last call (that timer, or
        :meth:`finish_live` when the run stops).
        """
        x, y = self._put_data(iterations, errors)
        now = time.monotonic()
        if now - self._described_at >= DESCRIBE_S:
            self._described_at = now
            self._description_stale = False
            self._describe(x, y)
        else:
            self._description_stale = True  # written when DESCRIBE_S has passed, or when the stream stops
        self._stale = "xy"
        # The re-fit (an axis and its grid drawn afresh: the longest thing the plot does) runs in an event-loop
        # turn of its own, never inside the snapshot's handling: on a busy machine the two together made the
        # window's longest pauses (benchmarks/gui_training.py --busy).
        wait = self._last_refresh + LIVE_REFIT_S - time.monotonic()
        if not self._refit_timer.isActive():
            self._refit_timer.start(max(1, int(wait * 1000)))

    def _live_refit(self) -> None:
        """Re-fit one axis (x and y in turn); the other follows LIVE_REFIT_S later, snapshots or not."""
        axis = self._stale if len(self._stale) == 1 else "x" if self._last_axis == "y" else "y"
        self._refresh(axes=axis)
        self._last_axis = axis
        self._stale = self._stale.replace(axis, "")
        if self._stale:
            self._refit_timer.start(int(LIVE_REFIT_S * 1000))

    def finish_live(self) -> None:
        """The stream stopped: draw the newest snapshot and do a pending refresh now, not on the timers."""
        self._finish_timer.stop()
        self._draw_live()
        if self._description_stale:
            self._description_stale = False
            self.describe()
        self._described_at = -math.inf  # the next stream's first snapshot is described at once
        if self._refit_timer.isActive() or self._stale or self._live_fitted:
            self._refresh()

    def _draw_live(self) -> None:
        """Draw the newest streamed curve, if one is waiting (the zero timer, or the stream's end)."""
        self._draw_timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        x, y, test = pending
        if test is not None:
            self._put_test_data(x, test)
        self.set_live_data(x, y)

    def live_pending(self) -> bool:
        """Whether a streamed snapshot waits to be drawn (in the next turn of the event loop)."""
        return self._pending is not None

    def refit_pending(self) -> bool:
        """Whether a live re-fit of the view (its range, axes and legend), or a stopped run's exact fit, is still
        to come."""
        return self._refit_timer.isActive() or self._finish_timer.isActive()

    def streaming(self) -> bool:
        """Whether the Run followed is training (its snapshots stream in)."""
        return self._run is not None and bool(getattr(self._run, "running", False))

    def run_iteration(self) -> float | None:
        """The iteration the current run has reached (its curve's last point may be thinned away), or None
        when the plot follows no run."""
        return self._reached if self._current is not None else None

    def planned_end(self) -> float | None:
        """While the Run listened to trains: the iteration its job ends at, when it will get there within
        about PLANNED_SECONDS at its pace so far (None otherwise). The live view's x range ends there, so
        the x axis is laid out once per run, not at every re-fit, and the curve grows across the plot."""
        run = self._run
        if not self.streaming() or not isinstance(getattr(run, "until", None), int):
            return None
        done = getattr(run, "iteration", 0) - getattr(run, "base_iteration", 0)
        seconds = time.perf_counter() - getattr(run, "started_at", math.inf)  # perf_counter at the job's start
        if done <= 0 or seconds <= 0:
            return None
        return float(run.until) if (run.until - run.iteration) / (done / seconds) <= PLANNED_SECONDS else None

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: a reset starts an empty current curve (the one
        before fades into the previous runs), new points redraw it, a reopened run is shown once, and
        looking back in History puts a cursor at the iteration shown."""
        self._run = run
        run.reset.connect(self._run_reset)
        run.changed.connect(self._run_changed)
        run.shownChanged.connect(self._shown_changed)
        run.stateChanged.connect(self._run_state_changed)
        run.finished.connect(self._run_finished)

    def _run_reset(self) -> None:
        if self._finish_timer.isActive():  # the run before is fitted as it ended before it fades
            self.finish_live()
        run = self._run
        self._pending = None  # a snapshot of the run before, not drawn: it is over
        self._draw_timer.stop()
        root = getattr(run, "root_id", None)
        with self._one_refresh():  # one fit and one legend for the whole reset, not one for each step
            self._reset_to(run, root)
        self._reached = None

    def _reset_to(self, run, root) -> None:
        if root is not None and root == self._root and self._current is not None:
            self._set_path()  # a branch of the runs on show, or Undo / Redo to one: the same path
        else:
            if self._current is not None and self._path_data is not None and len(self._path_data[0]):
                self._current.curve.setData(*self._path_data)  # the whole path fades as one run
                self._current.reached = self._reached
                self._current.root = self._root
            self._clear_ancestors()
            self._path_data = None
            self._branch_start = 0
            self.start_run(run.label or self.tr(DEFAULT_RUN_LABEL), run.group)
            self._root = root
            if root is not None:
                for faded in [r for r in self._previous if r.root == root]:  # back to runs faded before
                    self._previous.remove(faded)
                    self._remove(faded)
                self._set_path()
        self.set_test_data(None, None)
        self.set_cursor(None)

    def _set_path(self) -> None:
        """Draw the ancestors of the branch on show (each up to where the path leaves it) and name it."""
        from playground.ui.run.branches import branched_text
        from playground.ui.run.run import run_label

        run = self._run
        path = run.path()
        self._clear_ancestors()
        for record, after in zip(path, path[1:]):
            part = record.curve.upto(after.branched_at - 1)
            if not len(part):
                continue
            # the root named as a run is; a branch by where and what changed (its settings are the root's
            # but for that change)
            label = (run_label(record.settings, run.table_name) if record.parent is None
                     else branched_text(record.branched_at, run.change_text(record)))
            curve = pg.PlotDataItem(antialias=True)
            curve.setZValue(5)  # under the live curve, over the faded runs
            self.plot_widget.getPlotItem().addItem(curve, ignoreBounds=True)
            curve.setData(np.asarray(part.iterations, dtype=float), np.asarray(part.errors, dtype=float))
            ancestor = PlotRun(label=label, group=self._current.group, number=self._current.number, curve=curve,
                            colour=CURRENT_COLOUR, ancestor=True)
            ancestor.text = self.tr("{label} · {iterations} iterations").format(  # up to where the path left it
                label=label, iterations=legend_iterations(after.branched_at))
            curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # still between path changes
            self._restyle(ancestor, current=False)
            self._ancestors.append(ancestor)
        self._branch_start = run.branch_start
        label = run.label or self.tr(DEFAULT_RUN_LABEL)
        if path and path[-1].parent is not None:
            label = branched_text(path[-1].branched_at, run.change_text(path[-1]))
        self._current.label = label
        self._current.group = str(run.group)
        self._follow = True
        self._refresh()

    def _run_changed(self, snapshot) -> None:
        run = self._run
        if self._root is None:
            self._root = getattr(run, "root_id", None)  # the first job of a new root
        self._path_data = x, y = run.curve
        reached = getattr(run, "iteration", None)
        self._reached = float(reached) if isinstance(reached, int) and len(x) and reached >= x[-1] else None
        test = getattr(snapshot, "curve_test", None)
        has_test = test is not None and len(test) == len(x)
        if self._branch_start:  # a branch: its own curve from where it started (the ancestors are drawn)
            i = int(np.searchsorted(x, self._branch_start))
            x, y = x[i:], y[i:]
            test = test[i:] if has_test else test
        if run.running:  # a snapshot of many: drawn in the next turn (the newest only), exact within LIVE_REFIT_S
            self._pending = (x, y, test if has_test else None)
            if not self._draw_timer.isActive():
                self._draw_timer.start()
            return
        self._pending = None
        self._draw_timer.stop()
        self.set_data(x, y)
        if has_test:
            self.set_test_data(x, test)
        if not self._run.running and self._run.last is not None and self._run.last.status is None:
            self.drop_copies_of_current()  # a reopened document's curve, maybe just trained or opened

    def _run_state_changed(self, _state) -> None:
        if not self._run.running:
            # The final snapshot came while still running: fit it exactly, in a turn of its own. The run's end
            # unlocks the controls in this one, and the two with their repaints were the window's longest
            # pause at a job's end (benchmarks/gui_training.py --trace). ``finished`` finds it done: the
            # turn comes before the Run's next (RunSession.on_finished), and _run_finished makes sure.
            self._finish_timer.start()

    def _run_finished(self, _snap) -> None:
        if self._finish_timer.isActive():  # whoever hears ``finished`` after the plot reads it fitted
            self.finish_live()

    def _shown_changed(self) -> None:
        run = self._run
        self.set_cursor(run.shown_iteration() if run.looking_back() else None)

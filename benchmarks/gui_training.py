"""The window while it trains: speed against headless, UI responsiveness, plot rate, cold start.

    python benchmarks/gui_training.py [--repeats 4] [--busy]

Prints, from one run on this machine, each against a baseline measured in the same run:
  * GUI training time of the notebook preset / headless engine time (goal <= 1.15 idle, <= 1.5 busy)
  * the longest gap between 5 ms timer ticks on the UI thread while training, per run
    (goal <= 20 ms idle, <= 50 ms busy), against the longest gap with the window idle
  * the UI thread's CPU time per snapshot drawn, against the ~33 ms between snapshots
    (unlike the gaps, it hardly depends on what else the machine runs)
  * the plot refresh rate while training (>= 20 Hz)
  * the time to Stop (Esc) returning control (< 100 ms)
  * first Train in a window just opened (pressed as soon as it has painted) - headless time
    (goal <= 0.15 s), and first Train / the next Train
  * cold start to first painted frame / a bare PySide6 + pyqtgraph window (goal <= 1.2, must be <= 1.5)
With ``--busy`` everything is measured again with one CPU-bound background process
running (started and stopped here, bounded in time). ``--trace`` also prints, for the
longest gap of each run, the events the UI thread handled in it (receiver, event type,
wall and CPU ms): where a stall comes from. It slows every event a little.

Runs offscreen unless a DISPLAY is set and QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, qInstallMessageHandler  # noqa: E402

from busy import add_busy_option, busy_machine, phases  # noqa: E402

from playground.app import make_app  # noqa: E402
from playground.core.presets import get_preset  # noqa: E402
from playground.core.training import Trainer  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402


def headless_seconds() -> float:
    preset = get_preset("notebook")
    t0 = time.perf_counter()
    trainer = Trainer.from_settings(preset.dataset(), preset.settings)
    trainer.run(preset.settings.iterations)
    return time.perf_counter() - t0


class TickRecorder(QObject):
    """A 5 ms timer on the UI thread; its longest gap is how long the UI was unresponsive."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self, interval=5)
        self.timer.timeout.connect(self.tick)
        self.ticks: list[float] = []
        self.cpu = 0.0  # the UI thread's CPU seconds during the last run recorded

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:])), default=0.0)


def gui_run(window: MainWindow, ticks: TickRecorder | None = None) -> tuple[float, int]:
    """Press Train and wait for the end; returns (seconds, snapshots drawn)."""
    loop = QEventLoop()
    window.trainingFinished.connect(loop.quit)
    count = {"n": 0}

    def counted(_snap):
        count["n"] += 1

    window.run.changed.connect(counted)
    if ticks:
        ticks.ticks.clear()
        ticks.timer.start()
        TRACE.start()
    t0, cpu = time.perf_counter(), time.thread_time()
    assert window.train(), window.blocking_reason()
    loop.exec()
    seconds = time.perf_counter() - t0
    if ticks:
        ticks.cpu = time.thread_time() - cpu
        ticks.timer.stop()
        TRACE.report(ticks.ticks)
    window.run.changed.disconnect(counted)
    window.trainingFinished.disconnect(loop.quit)
    return seconds, count["n"]


class Trace:
    """With --trace: every event the UI thread handles for 1 ms or more (QApplication.notify), and
    what the longest tick gap of a run held."""

    def __init__(self) -> None:
        self.enabled, self.events, self._depth = False, [], 0

    def app_class(self):
        from PySide6.QtWidgets import QApplication

        trace, main = self, threading.get_ident()

        class TracingApp(QApplication):
            def notify(self, receiver, event):  # noqa: N802 - Qt's name
                if not trace.enabled or threading.get_ident() != main:
                    return super().notify(receiver, event)
                t0, c0 = time.perf_counter(), time.thread_time()
                trace._depth += 1
                try:
                    return super().notify(receiver, event)
                finally:
                    trace._depth -= 1
                    t1 = time.perf_counter()
                    if t1 - t0 >= 0.001 and trace._depth == 0:  # outermost events only
                        trace.events.append((t0, t1, time.thread_time() - c0, _event_name(receiver, event)))

        return TracingApp

    def start(self) -> None:
        self.events.clear()

    def report(self, ticks: list[float]) -> None:
        if not self.enabled or len(ticks) < 2:
            return
        gap, a, b = max((b - a, a, b) for a, b in zip(ticks, ticks[1:]))
        inside = sorted((e for e in self.events if e[0] < b and e[1] > a), key=lambda e: e[0] - e[1])[:4]
        print(f"    longest gap {gap * 1e3:.1f} ms, {a - ticks[0]:.2f} s into the run: "
              + "; ".join(f"{name} {(t1 - t0) * 1e3:.1f} ms ({cpu * 1e3:.1f} CPU)" for t0, t1, cpu, name in inside))


def _event_name(receiver, event) -> str:
    try:
        name = f"{type(receiver).__name__}{'#' + receiver.objectName() if receiver.objectName() else ''}"
        parent = receiver.parent() if not receiver.objectName() else None
        if parent is not None:
            name = f"{type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''}/{name}"
        return f"{name}:{event.type().name}"
    except RuntimeError:  # deleted meanwhile
        return "?"


TRACE = Trace()


def stop_latency(window: MainWindow) -> float:
    window.controls.iterations_spin.setValue(10**9)
    loop = QEventLoop()
    window.run.changed.connect(loop.quit)
    window.train()
    loop.exec()  # running for real
    window.run.changed.disconnect(loop.quit)
    done = QEventLoop()
    window.trainingFinished.connect(done.quit)
    t0 = time.perf_counter()
    window.stop_action.trigger()
    done.exec()
    window.trainingFinished.disconnect(done.quit)
    window.controls.iterations_spin.setValue(60000)
    return time.perf_counter() - t0


PREAMBLE = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)  # after this paint completes
        return False
"""
POSTAMBLE = """
f = FirstPaint()
app.installEventFilter(f)  # any widget painting means the first frame is being drawn
w.show()
app.exec()
os._exit(0)
"""
BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(pg.PlotWidget())
w.resize(1280, 800)
"""
APP = """
from playground.app import make_app
app = make_app()
from playground.ui.main_window import MainWindow
w = MainWindow()
"""


def cold_start(setup: str) -> tuple[float, float]:
    """Seconds from starting a Python process to the window's first paint event: (wall clock, CPU).

    The process's CPU time (user + system) counts only its own work, so on a machine that
    others share it varies less than the wall clock.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", PREAMBLE + setup + POSTAMBLE], check=True, env=os.environ.copy(),
                   stderr=subprocess.DEVNULL)  # the offscreen plugin's notes
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def idle_gap(ticks: TickRecorder, seconds: float = 1.0) -> float:
    """The longest tick gap with the window shown and nothing running: the baseline for the gaps."""
    loop = QEventLoop()
    ticks.ticks.clear()
    ticks.timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    ticks.timer.stop()
    return ticks.longest_gap()


class _FirstPaint(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.loop.quit)  # after this paint completes
        return False


def first_train(app) -> tuple[float, float]:
    """A window just opened: press Train as soon as it has painted; (first Train s, next Train s)."""
    window = MainWindow()
    window.resize(1280, 800)
    loop = QEventLoop()
    painted = _FirstPaint(loop)
    app.installEventFilter(painted)
    window.show()
    loop.exec()
    app.removeEventFilter(painted)
    first, _ = gui_run(window)
    following, _ = gui_run(window)
    window.close()
    window.deleteLater()
    return first, following


def measure(app, repeats: int) -> None:
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    ticks = TickRecorder()
    gui_run(window)  # warm: helper process started, modules imported, caches filled
    baseline_gap = idle_gap(ticks)

    headless, gui, gaps, rates, cpus = [], [], [], [], []
    for _ in range(repeats):
        headless.append(headless_seconds())
        seconds, snaps = gui_run(window, ticks)
        gui.append(seconds)
        gaps.append(ticks.longest_gap())
        cpus.append(ticks.cpu / max(snaps, 1))
    # a longer run (about 5 s) for the steady refresh rate and UI gaps
    window.controls.iterations_spin.setValue(600000)
    seconds, snaps = gui_run(window, ticks)
    rates.append(snaps / seconds)
    gaps.append(ticks.longest_gap())
    window.controls.iterations_spin.setValue(60000)
    stops = [stop_latency(window) for _ in range(5)]
    window.close()
    window.deleteLater()
    firsts = [first_train(app) for _ in range(2)]
    first_headless = headless_seconds()

    ratio = statistics.median(g / h for g, h in zip(gui, headless))
    print(f"  headless engine, notebook preset: median {statistics.median(headless) * 1e3:.0f} ms; "
          f"GUI (Train to finished): median {statistics.median(gui) * 1e3:.0f} ms")
    print(f"  GUI / headless training time: {ratio:.3f} (per run: "
          f"{', '.join(f'{g / h:.2f}' for g, h in zip(gui, headless))}; goal <= 1.15 idle, <= 1.5 busy)")
    print(f"  longest gap between 5 ms UI ticks while training: {max(gaps) * 1e3:.1f} ms "
          f"(per run: {', '.join(f'{g * 1e3:.1f}' for g in gaps)}; goal <= 20 idle, <= 50 busy); "
          f"with the window idle {baseline_gap * 1e3:.1f} ms, ratio {max(gaps) / baseline_gap:.1f}")
    print(f"  UI thread CPU per snapshot drawn: median {statistics.median(cpus) * 1e3:.1f} ms (per run: "
          f"{', '.join(f'{c * 1e3:.1f}' for c in cpus)}), {statistics.median(cpus) * 30:.2f} of the "
          f"33 ms between two snapshots")
    print(f"  plot refresh rate while training (600,000 iterations, {seconds:.1f} s): {rates[0]:.1f} Hz (>= 20)")
    print(f"  Stop to control back: median {statistics.median(stops) * 1e3:.1f} ms, max {max(stops) * 1e3:.1f} ms "
          f"(< 100)")
    print(f"  first Train in a window just painted: {', '.join(f'{f * 1e3:.0f}' for f, _ in firsts)} ms; "
          f"headless {first_headless * 1e3:.0f} ms; first - headless "
          f"{max(f for f, _ in firsts) - first_headless:+.2f} s (goal <= 0.15); first / next Train "
          f"{max(f / n for f, n in firsts):.2f}")


def measure_cold_start(repeats: int) -> None:
    bare, ours = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine load
        bare.append(cold_start(BARE))
        ours.append(cold_start(APP))
    wall = [statistics.median(w for w, _ in runs) for runs in (ours, bare)]
    cpu = [statistics.median(c for _, c in runs) for runs in (ours, bare)]
    print(f"  cold start to first paint: app median {wall[0] * 1e3:.0f} ms, "
          f"bare PySide6 + pyqtgraph window median {wall[1] * 1e3:.0f} ms, "
          f"ratio {wall[0] / wall[1]:.2f} (goal <= 1.2, must be <= 1.5); CPU time of the process "
          f"{cpu[0] * 1e3:.0f} ms / {cpu[1] * 1e3:.0f} ms, ratio {cpu[0] / cpu[1]:.2f}")


def _quiet_offscreen_notes(mode, context, message) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--no-cold-start", action="store_true", help="skip the cold start measurement")
    parser.add_argument("--trace", action="store_true", help="print what the UI thread did in each run's longest gap")
    parser.add_argument("--cold-start-only", action="store_true", help="measure only the cold start")
    add_busy_option(parser)
    args = parser.parse_args()

    if args.trace:
        TRACE.enabled = True
        TRACE.app_class()(sys.argv[:1])  # make_app() below takes this QApplication
    app = make_app()
    qInstallMessageHandler(_quiet_offscreen_notes)
    for name, loaded in phases(args.busy):
        with busy_machine(loaded, max_seconds=600):
            print(f"{name} machine{' (one CPU-bound background process)' if loaded else ''}:")
            if not args.cold_start_only:
                measure(app, args.repeats)
            if not args.no_cold_start:
                measure_cold_start(max(args.repeats, 5))
    del app


if __name__ == "__main__":
    main()

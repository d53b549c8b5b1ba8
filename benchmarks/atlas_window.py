"""The atlas window while it computes: the UI thread only draws. Prints, for a real XOR grid computed on the
helper pool, the records each update brings, the UI thread's CPU time per update, and the gaps between
ticks of a 5 ms timer on the UI thread (median, 99th percentile, max) against the same timer with the window
open and idle, measured in the same run. With ``--shots DIR`` it saves the window at 1920x1080 and at
1366x768 in presentation mode (scale 1.5) as DIR/atlas-1920x1080.png and DIR/atlas-1366x768-presentation.png.

    python benchmarks/atlas_window.py [--shots DIR] [--iterations 2000] [--acceptance]

The grid: XOR, hidden 3 (2 at 1366x768), bias, a linear output with the squared loss (so the large learning
rates diverge), learning rates 0.01-100 log-spaced by seeds: diverged, too slow, converged, saturated,
plateau and oscillating cells on one map.

``--acceptance``: instead, issue 25's grid size at 1920x1080: 8,192 cells (128 seeds x 64 learning rates
log-spaced 0.01-100) of the xor preset as it is (sigmoid, hidden 3, bias, gradient descent) x 10,000
iterations, the 81.92 M network-iterations of benchmarks/atlas.py as one two-axis map (the window draws two
axes; the benchmark's third axis, hidden, becomes more learning rates). Goal: UI gap p99 <= 30 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def gaps_while(app, run, interval_ms: int = 5) -> list[float]:
    """The gaps (s) between ticks of a timer on the UI thread while ``run(done)`` works; it calls done()."""
    from PySide6.QtCore import QEventLoop, QTimer

    gaps, last = [], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    timer.start()
    run(loop.quit)
    loop.exec()
    timer.stop()
    return sorted(gaps)


def summary(gaps: list[float]) -> str:
    p99 = gaps[int(0.99 * (len(gaps) - 1))]
    return f"median {1000 * statistics.median(gaps):.1f} ms, p99 {1000 * p99:.1f} ms, max {1000 * gaps[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", help="a folder for the screenshots")
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--acceptance", action="store_true", help="issue 25's 8,192 cells x 10,000 iterations")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from playground.core.data.presets import get_preset
    from playground.ui.atlas.atlas_window import AtlasWindow

    preset = get_preset("xor")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    cases = (("1920x1080", (1920, 1080), 1.0, 3, "0.01:100:48", "1:32"),
             ("1366x768-presentation", (1366, 768), 1.5, 2, "0.01:100:24", "1:16"))
    if args.acceptance:
        cases, args.iterations = (("acceptance-1920x1080", (1920, 1080), 1.0, None, "0.01:100:64", "1:128"),), 10_000
    for name, size, scale, hidden, lr, seeds in cases:
        settings = preset.settings if hidden is None else preset.settings.with_(
            hidden=(hidden,), bias=True, output="linear", loss="squared")
        w = AtlasWindow(None, preset.dataset(), settings)
        w.resize(*size)
        w.show()
        if scale != 1.0:
            w.set_scale(scale)
        w.axis_edits[0].setText(lr)
        w.axis_edits[1].setText(seeds)
        w.iterations_spin.setValue(args.iterations)
        idle = gaps_while(app, lambda done: QTimer.singleShot(3000, done))

        def compute(done) -> None:
            w.gridFinished.connect(lambda _early: done())
            if not w.compute():
                raise SystemExit(w.message_label.text())

        start = time.perf_counter()
        busy = gaps_while(app, compute)
        wall = time.perf_counter() - start
        costs = w.update_costs
        per = [c[0] for c in costs]
        cpu = [c[2] for c in costs]
        print(f"{name}: {w.model.done()} cells in {wall:.1f} s, {len(costs)} updates of {min(per)}-{max(per)} "
              f"records (mean {statistics.mean(per):.0f}); UI-thread CPU per update: mean "
              f"{1000 * statistics.mean(cpu):.2f} ms, max {1000 * max(cpu):.2f} ms")
        print(f"  UI timer gaps while computing: {summary(busy)}; idle: {summary(idle)}")
        print(f"  {w.description()}")
        print(f"  load average {os.getloadavg()[0]:.1f}; goal: p99 <= 30 ms")
        if args.shots:
            columns, rows = w.model.shape()
            w.map.move_cursor_to(columns * 2 // 3, rows // 2)  # the cell panel shows a cell
            app.processEvents()
            path = os.path.join(args.shots, f"atlas-{name}.png")
            w.grab().save(path)
            print(f"  saved {path}")
        w.close()


if __name__ == "__main__":
    main()

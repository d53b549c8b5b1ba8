"""Convergence-study speed: K networks trained at once against K single trainings, in the same run.

    python benchmarks/study.py [--repeats 3] [--iterations 10000] [--busy] [--gui-only]

For the notebook preset (3-4-1, sigmoid) and K = 64 seeds, prints the throughput
(network-iterations per second) of one batched Study and of 64 sequential single
trainings (core Trainer, as `nn-playground train` runs them), and their ratio:
goal >= 20x. Runs are interleaved and the median is taken, since this machine is
shared and noisy. Also prints the ratio for a few other settings, checks that
both give the same final errors, and (unless --no-gui) how responsive the study
window stays while a K=256 study runs in its helper process: the gaps between
ticks of a 10 ms timer on the UI thread (median, 99th percentile, max; goal p99
<= 30 ms, max <= 60 ms), against the same timer with the window open and idle, and
the UI thread's CPU time per live redraw.
With ``--busy`` everything is measured again with one CPU-bound background
process running (started and stopped here, bounded in time).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from busy import add_busy_option, busy_machine, phases
from playground.core.helper import threads
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.study import Study
from playground.core.training.training import Trainer


def sequential(dataset, settings: Settings, k: int) -> tuple[float, np.ndarray]:
    t0 = time.perf_counter()
    finals = []
    for j in range(k):
        trainer = Trainer.from_settings(dataset, settings.with_(seed=settings.seed + j))
        trainer.run(settings.iterations)
        finals.append(trainer.final_error())
    return time.perf_counter() - t0, np.array(finals)


def batched(dataset, settings: Settings, k: int) -> tuple[float, np.ndarray]:
    t0 = time.perf_counter()
    study = Study(dataset, settings, k)
    study.run()
    finals = study.final_errors()
    return time.perf_counter() - t0, finals


def compare(name: str, dataset, settings: Settings, k: int, repeats: int) -> float:
    seq_times, batch_times, diff = [], [], 0.0
    sizes = [dataset.X.shape[1], *settings.hidden, dataset.Y.shape[1]]
    n_threads = threads.pin_for_job(dataset.X.shape[0], sizes, networks=k, beside_window=False)  # as the CLI
    for _ in range(repeats):
        ts, fs = sequential(dataset, settings, k)
        tb, fb = batched(dataset, settings, k)
        seq_times.append(ts)
        batch_times.append(tb)
        diff = max(diff, float(np.max(np.abs(fs - fb))))
    ratios = [s / b for s, b in zip(seq_times, batch_times)]
    work = k * settings.iterations
    ts, tb, ratio = statistics.median(seq_times), statistics.median(batch_times), statistics.median(ratios)
    print(f"{name}: K={k}, {settings.iterations:,} iterations, {n_threads} BLAS thread(s) as the CLI chooses")
    print(f"  {k} sequential single trainings: {ts:7.2f} s  {work / ts:12,.0f} network-iterations/s")
    print(f"  one study of {k} seeds:           {tb:7.2f} s  {work / tb:12,.0f} network-iterations/s")
    print(f"  study / sequential throughput: {ratio:.1f}x (median of {repeats}; min {min(ratios):.1f}x, "
          f"max {max(ratios):.1f}x); largest final-error difference {diff:.1e}")
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=10000)
    parser.add_argument("--no-gui", action="store_true", help="skip the window responsiveness measurement")
    parser.add_argument("--gui-only", action="store_true", help="only the window responsiveness measurement")
    add_busy_option(parser)
    args = parser.parse_args()
    for name, loaded in phases(args.busy):
        with busy_machine(loaded, max_seconds=900):
            print(f"== {name} machine{' (one CPU-bound background process)' if loaded else ''} ==")
            if not args.gui_only:
                throughput(args)
            if not args.no_gui:
                gui_responsiveness()


def throughput(args) -> None:

    nb = get_preset("notebook")
    ratio = compare("notebook preset (3-4-1 sigmoid)", nb.dataset(), nb.settings.with_(iterations=args.iterations),
                    64, args.repeats)
    print(f"HEADLINE: K=64 study is {ratio:.1f}x the throughput of 64 sequential trainings (goal >= 20x)\n")

    xor = get_preset("xor")
    compare("xor, hidden 2, tanh, bias", xor.dataset(),
            xor.settings.with_(hidden=(2,), activation="tanh", iterations=args.iterations // 2), 256, 1)
    adder = get_preset("adder2")
    compare("adder2 (4-8-3, 16 rows, bias)", adder.dataset(), adder.settings.with_(iterations=args.iterations // 4),
            64, 1)
    compare("notebook data, hidden 4,3 relu", nb.dataset(),
            nb.settings.with_(hidden=(4, 3), activation="relu", learning_rate=0.5, iterations=args.iterations // 2),
            64, 1)


def gui_responsiveness() -> None:
    """Event-loop gaps in the study window during a K=256 notebook study (60,000 iterations)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from playground.ui.study.study_panel import StudyWindow

    from PySide6.QtCore import qInstallMessageHandler

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must exist while the window does
    qInstallMessageHandler(lambda mode, context, message: None if "propagateSizeHints" in message
                           else print(message))
    nb = get_preset("notebook")
    window = StudyWindow()
    window.set_experiment(nb.dataset(), nb.settings)
    window.seeds_spin.setValue(256)
    window.show()
    gaps, last, updates = [], [time.perf_counter()], [0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    idle = QEventLoop()  # the baseline: the same timer with the window open and nothing running
    QTimer.singleShot(1000, idle.quit)
    timer.start()
    idle.exec()
    timer.stop()
    base = np.array(gaps[1:]) * 1e3
    gaps.clear()
    last[0] = time.perf_counter()
    window.controller.progressed.connect(lambda _: updates.__setitem__(0, updates[0] + 1))
    loop = QEventLoop()
    window.studyFinished.connect(loop.quit)
    t0, cpu = time.perf_counter(), time.thread_time()
    timer.start()
    window.start()
    loop.exec()
    timer.stop()
    elapsed, cpu = time.perf_counter() - t0, time.thread_time() - cpu
    window.shutdown()
    g = np.array(gaps[1:]) * 1e3
    print(f"\nstudy window, K=256 x 60,000 iterations in a helper process: {elapsed:.1f} s (incl. process start), "
          f"{updates[0]} live redraws")
    p99, bp99 = np.percentile(g, 99), np.percentile(base, 99)
    print(f"  UI thread 10 ms timer: median gap {np.median(g):.1f} ms, 99th percentile {p99:.1f} ms (goal <= 30), "
          f"max {g.max():.1f} ms (goal <= 60)")
    print(f"  same timer, window idle: median {np.median(base):.1f} ms, 99th percentile {bp99:.1f} ms, "
          f"max {base.max():.1f} ms; running / idle: p99 {p99 / bp99:.2f}, max {g.max() / base.max():.2f}")
    print(f"  UI thread CPU: {cpu * 1e3:.0f} ms in all, {cpu * 1e3 / max(updates[0], 1):.1f} ms per live redraw; "
          f"{cpu / elapsed:.2f} of the study's time (the gaps also count time the thread waited for a core)")


if __name__ == "__main__":
    main()

"""Rendering lesson texts: the linear-time markup parser against plain prose and against the regex it replaced.

    python benchmarks/lesson_text.py [--repeats 5]

Prints, from one run on this machine:
  * the time ``core.lesson_text.to_html`` takes for step texts of MAX_TEXT_CHARS (20,000) characters
    built to be the worst case of the old renderer (markers that open and never close), and its
    ratio against the same length of plain prose in the same run (aim: well under 100 ms each);
  * the same texts shown by the window's lesson panel (markup, Qt's layout of the page and a paint),
    against plain prose in the same run (``--no-window`` leaves it out; offscreen unless DISPLAY is set);
  * for growing n, the old regex renderer (tests/core/lesson_text_regex.py) against the new parser
    on the worst case: each time and the growth when n doubles (about 4 for the old one: quadratic;
    about 2 for the new one: linear). The old one only runs on small n: at 200,000 characters it
    took minutes.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the repository: tests/

from playground.core.lessons.lesson_text import to_html  # noqa: E402
from playground.core.limits import MAX_TEXT_CHARS  # noqa: E402
from tests.core import lesson_text_regex as old  # noqa: E402

WORST = {
    "emphasis never closed (*a *a ...)": lambda n: "*a " * (n // 3),
    "bold never closed (** *a *a ...)": lambda n: "**" + "*a " * (n // 3 - 1),
    "stars only (*****...)": lambda n: "*" * n,
    "closed at the very end (*a *a ... a*)": lambda n: "x " + "*a " * (n // 3 - 2) + "a*",
    "code and stars (`*a `*a ...)": lambda n: "`*a " * (n // 4),
}
PROSE = ("The network sees every row of the table, computes its output and compares it with the target; "
         "the error then flows back through the weights, layer by layer. ")


def best_time(fn, text: str, repeats: int) -> float:
    """The fastest of ``repeats`` runs (the least disturbed by the other work on the machine)."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t)
    return min(times)


def panel_times(prose: str, n: int, repeats: int) -> None:
    """The step texts shown in the window's lesson panel: markup, Qt's page layout and one paint."""
    import dataclasses

    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from playground.core.lessons.lesson import read_lesson
    from playground.resources import shipped_lessons
    from playground.ui.lessons.lesson_panel import LessonPanel

    app = QApplication.instance() or QApplication([])
    step = read_lesson(shipped_lessons()[0]).steps[0]
    panel = LessonPanel()
    panel.resize(500, 700)
    panel.show()
    app.processEvents()

    def shown(text: str) -> None:
        panel.show_step("Benchmark", 0, 1, dataclasses.replace(step, text=text, question=None))
        panel.repaint()
        app.processEvents()

    baseline = best_time(shown, prose, repeats)
    print(f"\nThe same texts in the window's lesson panel (markup, layout, paint), best of {repeats}:")
    print(f"  {'plain prose (baseline)':42s} {baseline * 1000:8.2f} ms")
    for name, make in WORST.items():
        t = best_time(shown, make(n), repeats)
        print(f"  {name:42s} {t * 1000:8.2f} ms   {t / baseline:6.1f}x prose")
    panel.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-window", action="store_true", help="leave out the lesson panel's timings")
    args = parser.parse_args()

    n = MAX_TEXT_CHARS
    prose = (PROSE * (n // len(PROSE) + 1))[:n]
    baseline = best_time(to_html, prose, args.repeats)
    print(f"Step texts of {n:,} characters (the limit per text), to_html, best of {args.repeats}:")
    print(f"  {'plain prose (baseline)':42s} {baseline * 1000:8.2f} ms")
    for name, make in WORST.items():
        t = best_time(to_html, make(n), args.repeats)
        print(f"  {name:42s} {t * 1000:8.2f} ms   {t / baseline:6.1f}x prose")

    if not args.no_window:
        panel_times(prose, n, args.repeats)

    print("\nGrowth on the worst case (emphasis never closed) as the text doubles:")
    print(f"  {'characters':>10s} {'old regex':>12s} {'growth':>7s} {'new parser':>12s} {'growth':>7s} {'old/new':>8s}")
    make = WORST["emphasis never closed (*a *a ...)"]
    last_old = last_new = None
    for size in (1_000, 2_000, 4_000, 8_000):
        text = make(size)
        t_old = best_time(old.to_html, text, max(1, args.repeats // 2))
        t_new = best_time(to_html, text, args.repeats)
        assert old.to_html(text) == to_html(text)
        growth_old = f"{t_old / last_old:6.1f}x" if last_old else ""
        growth_new = f"{t_new / last_new:6.1f}x" if last_new else ""
        print(f"  {size:10,d} {t_old * 1000:9.2f} ms {growth_old:>7s} {t_new * 1000:9.2f} ms {growth_new:>7s}"
              f" {t_old / t_new:7.1f}x")
        last_old, last_new = t_old, t_new
    for size in (16_000, 32_000, 64_000, 128_000):
        t_new = best_time(to_html, make(size), args.repeats)
        print(f"  {size:10,d} {'(not run)':>12s} {'':7s} {t_new * 1000:9.2f} ms {t_new / last_new:6.1f}x")
        last_new = t_new
    print("\n(A lesson or translation text over the limit is refused before it is rendered; the rows past"
          f"\n {n:,} only show that the parser would stay linear beyond it.)")


if __name__ == "__main__":
    main()

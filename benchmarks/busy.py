"""A busy machine for the benchmarks' ``--busy`` option: one CPU-bound background process.

A classroom laptop has a browser or a second app running. ``busy_machine()`` starts
one Python process that spins on a core for the duration of a ``with`` block, and
stops it at the end; it also stops itself after ``max_seconds`` (bounded in time
even if the benchmark is killed).

    with busy_machine(enabled=args.busy, max_seconds=120):
        measure()
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

SPIN = "import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end:\n    pass\n"


@contextlib.contextmanager
def busy_machine(enabled: bool = True, max_seconds: float = 300.0):
    """Run the block with one CPU-bound background process (or idle when not ``enabled``)."""
    if not enabled:
        yield None
        return
    proc = subprocess.Popen([sys.executable, "-c", SPIN.format(seconds=float(max_seconds))])
    time.sleep(0.3)  # let it reach its loop and the scheduler notice it
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def phases(busy: bool) -> list[tuple[str, bool]]:
    """The measurement phases: idle, and with --busy also under one busy background process."""
    return [("idle", False)] + ([("busy", True)] if busy else [])


def add_busy_option(parser) -> None:
    parser.add_argument("--busy", action="store_true",
                        help="measure again with one CPU-bound background process running (started and "
                             "stopped by the benchmark)")

"""CPU costs of a GUI training for benchmarks/gui_training.py, which hardly depend on what else the machine runs.

``helper_cpu(window)``: the CPU seconds the window's training helper has run so far; ``COST`` adds up, per GUI
training, the helper's CPU and the window process's CPU besides its UI thread (the relay and pipe threads).
"""

from __future__ import annotations


def helper_cpu(window) -> float | None:
    """CPU seconds the window's training helper has run so far (its main thread, where it trains), or None
    where the system does not say (Linux's /proc/PID/schedstat does, in nanoseconds)."""
    pid = window.run.helper.helper_pid()
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError, TypeError):
        return None


class CpuCost:
    """Per GUI training: the helper's CPU seconds and the window process's CPU besides its UI thread (the relay
    and pipe threads). Unlike wall-clock times these hardly depend on what else the machine runs: the helper's
    CPU against a headless run's is how much the window's reports and the machine's sharing cost the training
    itself, whatever the load."""

    def __init__(self) -> None:
        self.helper: float | None = 0.0
        self.others = 0.0

    def add(self, helper: float | None, others: float) -> None:
        self.helper = None if helper is None or self.helper is None else self.helper + helper
        self.others += others


COST = CpuCost()

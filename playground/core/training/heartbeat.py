"""The helper's sign of life and how its end is told: shared by the helper's entry and its main loop.

:mod:`playground.core.helper.helper_entry` (the light module the window's process names as the
helper's target) beats while the helper starts; :mod:`playground.core.helper.remote` (the helper's
main loop) beats while it works; :mod:`playground.core.training.run` lists the Heartbeat among the
protocol's messages. They all take it from here, so the entry can import the main loop without
the main loop importing the entry back (an import-linter contract in ``pyproject.toml`` keeps
that circle broken). Like the entry, nothing here imports NumPy, Qt or another module of the app.
"""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass

HEARTBEAT_SECONDS = 0.5  # the helper sends something at least this often while it works


@dataclass(frozen=True)
class Heartbeat:
    """The helper is alive and going round its loop: sent when it has sent nothing else for a heartbeat."""


def beat_until(conn, done: threading.Event, seconds: float = HEARTBEAT_SECONDS) -> None:
    """Send a Heartbeat every ``seconds`` until ``done`` is set (or the pipe closes)."""
    while not done.wait(seconds):
        try:
            conn.send(Heartbeat())
        except (OSError, ValueError):
            return


def describe_exit(exitcode: int | None) -> str:
    """How a helper process ended, for a message: "killed by signal 9 (SIGKILL)", "exit code 1"."""
    if exitcode is None:
        return "it stopped answering"
    if exitcode < 0:
        try:
            name = f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            name = ""
        return f"killed by signal {-exitcode}{name}"
    return f"exit code {exitcode}"

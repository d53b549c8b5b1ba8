"""Where the training helper process starts: a module light enough for the window's process to name.

The window starts its helper with ``multiprocessing`` (spawn), which names the target
function by its module, and naming it imports that module in the window's process.
:mod:`playground.core.remote` imports the whole training and study machinery, which
the window never runs itself; so the target is :func:`serve` here, which imports it in
the helper. Nothing here imports NumPy, Qt or another module of the app.

The helper's sign of life, :class:`Heartbeat`, is defined here too: the helper sends it
while it starts (from a small thread, :func:`beat_until`: importing NumPy can take seconds
on a busy machine) and then from its main loop (:mod:`playground.core.remote`).
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


def serve(conn, stop_event, progress_interval: float = 1 / 30, rate=None,
          heartbeat: float = HEARTBEAT_SECONDS) -> None:
    """The helper's main function: :func:`playground.core.remote.serve` with the same arguments.

    While it imports and warms up, a small thread beats; it ends (and is joined) before the
    main loop sends anything, so only one thread ever writes to the pipe at a time.
    """
    started = threading.Event()
    beats = threading.Thread(target=beat_until, args=(conn, started, heartbeat), name="startup-heartbeat",
                             daemon=True)
    beats.start()

    def ready() -> None:
        started.set()
        beats.join()

    try:
        from playground.core import remote

        remote.serve(conn, stop_event, progress_interval, rate, heartbeat=heartbeat, ready=ready)
    finally:
        ready()


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

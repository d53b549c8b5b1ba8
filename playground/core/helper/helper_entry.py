"""Where the training helper process starts: a module light enough for the window's process to name.

The window starts its helper with ``multiprocessing`` (spawn), which names the target
function by its module, and naming it imports that module in the window's process.
:mod:`playground.core.helper.remote` imports the whole training and study machinery, which
the window never runs itself; so the target is :func:`serve` here, which imports it in
the helper. Nothing here imports NumPy, Qt or another module of the app but the equally
light :mod:`playground.core.training.heartbeat`.

The helper's sign of life, :class:`~playground.core.training.heartbeat.Heartbeat`, is sent from
here while the helper starts (from a small thread, :func:`~playground.core.training.heartbeat.beat_until`:
importing NumPy can take seconds on a busy machine) and then from its main loop
(:mod:`playground.core.helper.remote`); both take it from :mod:`playground.core.training.heartbeat`.
"""

from __future__ import annotations

import threading

# The sign of life is shared with the helper's main loop, so it lives in a module of its own that
# both import (the main loop importing this entry back would make a circle). Named here too: the
# window (ui.relay, ui.helper_pool) and tests take them from the helper's entry.
from playground.core.training.heartbeat import HEARTBEAT_SECONDS, Heartbeat, beat_until, describe_exit

__all__ = ["serve", "HEARTBEAT_SECONDS", "Heartbeat", "beat_until", "describe_exit"]


def serve(conn, stop_event, progress_interval: float = 1 / 30, rate=None,
          heartbeat: float = HEARTBEAT_SECONDS) -> None:
    """The helper's main function: :func:`playground.core.helper.remote.serve` with the same arguments.

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
        from playground.core.helper import remote

        remote.serve(conn, stop_event, progress_interval, rate, heartbeat=heartbeat, ready=ready)
    finally:
        ready()

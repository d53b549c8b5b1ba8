"""Where the training helper process starts: a module light enough for the window's process to name.

The window starts its helper with ``multiprocessing`` (spawn), which names the target
function by its module, and naming it imports that module in the window's process.
:mod:`playground.core.remote` imports the whole training and study machinery, which
the window never runs itself; so the target is :func:`serve` here, which imports it in
the helper. Nothing here imports NumPy, Qt or another module of the app.
"""

from __future__ import annotations

import signal


def serve(*args) -> None:
    """The helper's main function: :func:`playground.core.remote.serve` with the same arguments."""
    from playground.core import remote

    remote.serve(*args)


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

"""Training in a helper process, so the window's thread never waits for the GIL.

A Python thread running the NumPy loop holds the GIL most of the time, and the
UI thread then waits up to the switch interval (5 ms) at every Python call while
painting: the window stutters. A separate process has its own GIL. The window
starts :func:`serve` in a process once, before the first run, and talks to it
over a ``multiprocessing`` pipe:

    window -> helper   ("start", job)   a fresh network from job["settings"]
                       ("continue", {"until": N})   go on with the same network
                       ("quit", None)
    helper -> window   ("progress", snapshot)   at most every 1/30 s
                       ("finished", snapshot, {"status", "iteration", "message", "hint"})
                       ("failed", message)   a bug or bad job: the helper keeps serving

Stop is a shared ``multiprocessing.Event``: the window sets it, the loop checks it
between chunks (every few ms), so Stop is answered at once. The speed is a shared
``multiprocessing.Value`` (iterations a second, 0 = full speed), read between
chunks, so moving the speed control changes a run that is going on.

A "continue" goes on with the same network, error history and weight timeline:
pause then play gives the same numbers as one uninterrupted run. Each Error:
line and each weight snapshot is sent once over a session (a "start" and the
"continue"s after it). The messages are our
own plain data (dicts, lists, NumPy arrays) between our own two processes; no
user file is ever unpickled.
"""

from __future__ import annotations

import traceback

from playground.core.dataset import Dataset
from playground.core.hints import learning_rate_hint
from playground.core.settings import Settings
from playground.core.training import Trainer, plateau_hint, snapshot


def _hint(trainer: Trainer) -> str | None:
    """What to tell the student after a run: lr too large for the rows, else a plateau, else nothing."""
    return (learning_rate_hint(trainer.history.curve[1], trainer.network.learning_rate, len(trainer.X))
            or plateau_hint(trainer))


def _trainer_for(job: dict) -> Trainer:
    dataset = Dataset(job["names"], job["roles"], job["values"])
    settings = Settings(**{**job["settings"], "hidden": tuple(job["settings"]["hidden"])})
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    initial = job.get("initial")
    if initial:  # continue from saved weights (a reopened document)
        trainer.network.set_state(initial["weights"], initial["biases"])
        trainer.iteration = int(initial["iteration"])
        history = initial.get("history")
        if history:  # the curve and Error: lines go on from the saved ones
            trainer.history.restore(history["curve"], history["logged"], history["stride"])
    return trainer


def serve(conn, stop_event, progress_interval: float = 1 / 30, rate=None) -> None:
    """The helper process's main loop: run jobs until told to quit or the pipe closes.

    ``rate``: an optional shared ``multiprocessing.Value`` of the speed (iterations
    a second; 0 or less = full speed).
    """
    trainer: Trainer | None = None
    sent = {"n": 0, "seq": 0}  # Error: lines and weight snapshots already sent this session
    max_rate = None if rate is None else (lambda: rate.value)
    while True:
        try:
            kind, job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if kind == "quit":
            return
        try:
            if kind == "start":
                trainer = None
                sent.update(n=0, seq=0)
                trainer = _trainer_for(job)
            elif trainer is None:
                raise RuntimeError("'continue' before any 'start'")

            def report(t: Trainer) -> None:
                conn.send(("progress", _snapshot(t)))

            def _snapshot(t: Trainer) -> dict:
                snap = snapshot(t, sent["n"], timeline_from=sent["seq"])
                sent.update(n=snap["n_logged"], seq=snap["timeline_seq"])
                return snap

            result = trainer.run(int(job["until"]), on_progress=report, should_stop=stop_event.is_set,
                                 progress_interval=progress_interval, target_error=job.get("target_error"),
                                 max_rate=max_rate)
            final = _snapshot(trainer)
            conn.send(("finished", final, {"status": result.status, "iteration": result.iteration,
                                           "message": result.message, "hint": _hint(trainer)}))
        except (EOFError, OSError, BrokenPipeError):
            return
        except Exception as e:  # report, keep serving: the window shows the message
            try:
                conn.send(("failed", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}"))
            except (OSError, BrokenPipeError):
                return

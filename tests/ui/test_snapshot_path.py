"""How far a snapshot travels in the GUI thread: from the relay's hand-off to a view in at most 3 hops.

A hop is a call of one of our own functions on the way: the GUI thread's first one
(``HelperLink`` taking the rebuilt snapshot from the relay thread), then the ``Run``
taking it, then the view's slot. The views connect directly to the Run's signals, so a
probe connected the same way sees the same Python stack a view sees; every frame of
``playground/`` code on that stack, plus the probe itself, is a hop.
"""

from __future__ import annotations

import os
import sys

import playground

TIMEOUT = 60_000
PACKAGE = os.path.dirname(playground.__file__)


def our_frames() -> list[str]:
    """The playground functions on the caller's stack (its caller first), innermost first."""
    frame = sys._getframe(2)
    names = []
    while frame is not None:
        if os.path.abspath(frame.f_code.co_filename).startswith(PACKAGE + os.sep):
            names.append(f"{os.path.basename(frame.f_code.co_filename)}:{frame.f_code.co_name}")
        frame = frame.f_back
    return names


def test_a_snapshot_reaches_the_views_in_at_most_three_hops(window, qtbot):
    seen: list[list[str]] = []

    def view(snap) -> None:  # connected like every view: to the Run's signal
        seen.append(our_frames())

    window.run.changed.connect(view)
    window.controls.iterations_spin.setValue(200_000)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert seen, "no snapshot reached the view"
    for path in seen:
        hops = len(path) + 1  # our frames on the way, then the view
        assert hops <= 3, f"{hops} hops: {' <- '.join(path)}"
    # and the path starts where the relay hands over, not somewhere that copies the snapshot again
    assert any("relay.py" in name for name in seen[0]), seen[0]

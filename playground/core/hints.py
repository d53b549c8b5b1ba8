"""A hint when the learning rate is too large for the number of rows.

The update sums over the rows, as the notebook's does: ``syn1 += l1.T.dot(l2_delta)``
adds one term per row. So the step a learning rate makes grows with the table: lr 1
is a good step for the notebook's 4 rows, and 1,024 times too large for 4,096 rows,
where the error jumps up, swings, or freezes with the units saturated at 0 or 1.
The maths stays the notebook's; this only says so, and proposes a rate for which
lr x rows is about what the presets use.
"""

from __future__ import annotations

import numpy as np

from playground.core.texts import say

# lr x rows up to this trains smoothly on the presets (they go up to 1 x 16);
# the hint appears only above it, and only if the run went badly.
STEP_LIMIT = 64.0
# The proposed rate makes lr x rows at most this.
PROPOSED_STEP = 32.0


def nice_below(value: float) -> float:
    """The largest 1, 2 or 5 x 10^k not above ``value`` (a learning rate a student can type)."""
    if not value > 0:
        raise ValueError(f"need a positive value, got {value}")
    power = 10.0 ** np.floor(np.log10(value))
    return float(max(m * power for m in (1, 2, 5) if m * power <= value * (1 + 1e-12)))


def learning_rate_hint(errors: np.ndarray, learning_rate: float, rows: int) -> str | None:
    """Say so when the error curve rose, swung or froze while lr x rows is large; else None.

    ``errors`` is the run's mean |error| curve (any downsampling), oldest first.
    """
    step = learning_rate * rows
    errors = np.asarray(errors, float)
    errors = errors[np.isfinite(errors)]
    if step <= STEP_LIMIT or errors.size < 4:
        return None
    lowest = float(errors.min())
    rose = float(errors.max()) > 1.05 * float(errors[0]) or float(errors[-1]) > 1.25 * lowest + 1e-3
    tail = errors[-max(2, errors.size // 4):]
    frozen = float(errors[-1]) >= 0.1 and float(tail.max() - tail.min()) <= 0.01 * float(errors[-1])
    turns = np.count_nonzero(np.diff(np.sign(np.diff(tail))) != 0)
    swings = turns > tail.size // 3 and float(tail.max() - tail.min()) > 0.05 * float(tail.mean())
    if not (rose or frozen or swings):
        return None
    what = (say("The error rose") if rose else say("The error swings up and down") if swings
            else say("The error stopped falling at {error:.3g}", error=float(errors[-1])))
    proposed = nice_below(PROPOSED_STEP / rows)
    return say("{what}: the learning rate is too large for {rows:,} rows. Each update adds up one step per row, "
               "so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of "
               "{proposed:g}.", what=what, rows=rows, lr=learning_rate, step=step, proposed=proposed)

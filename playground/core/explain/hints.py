"""A hint when the learning rate is too large for the rows of one update.

The update sums over the rows, as the notebook's does: ``syn1 += l1.T.dot(l2_delta)``
adds one term per row. So the step a learning rate makes grows with the rows an update
sums over: lr 1 is a good step for the notebook's 4 rows, and 1,024 times too large for
4,096 rows, where the error jumps up, swings, or stops falling. Those rows are the
training rows (held-out rows are never in an update), or one mini-batch of them with
``--batch-size``. Momentum sums the same way. Adam does not: it divides each weight's step
by the size of its recent gradients, so every weight moves about lr per update whatever the
rows; its hint is about lr alone. The maths stays the same; this only says so, and proposes
a rate for which lr x rows (Adam: lr) is about what the presets use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from playground.core.texts import Text, say

if TYPE_CHECKING:
    from playground.core.training.training import Trainer

# lr x rows up to this trains smoothly on the presets (they go up to 1 x 16);
# the hint appears only above it, and only if the run went badly.
STEP_LIMIT = 64.0
# The proposed rate makes lr x rows at most this.
PROPOSED_STEP = 32.0
# Adam's step is about lr per weight and update: the presets use up to 0.03.
ADAM_STEP_LIMIT = 0.1
ADAM_PROPOSED = 0.01


def nice_below(value: float) -> float:
    """The largest 1, 2 or 5 x 10^k not above ``value`` (a learning rate a student can type)."""
    if not value > 0:
        raise ValueError(f"need a positive value, got {value}")
    power = 10.0 ** np.floor(np.log10(value))
    return float(max(m * power for m in (1, 2, 5) if m * power <= value * (1 + 1e-12)))


def smaller_rate(learning_rate: float, rows: int) -> float:
    """A learning rate to try when this one saturated the outputs: lr x rows about PROPOSED_STEP,
    and at most a tenth of the rate now (so it is smaller, whatever the rows)."""
    return nice_below(min(PROPOSED_STEP / rows, learning_rate / 10))


def update_rows(training_rows: int, batch_size: int | None) -> int:
    """The rows one update sums over: every training row, or one mini-batch of them."""
    return training_rows if batch_size is None else min(int(batch_size), training_rows)


def _went_badly(errors: np.ndarray) -> Text | None:
    """How the error curve went wrong (rose, swung, or froze well above zero), or None."""
    lowest = float(errors.min())
    rose = float(errors.max()) > 1.05 * float(errors[0]) or float(errors[-1]) > 1.25 * lowest + 1e-3
    tail = errors[-max(2, errors.size // 4):]
    frozen = float(errors[-1]) >= 0.1 and float(tail.max() - tail.min()) <= 0.01 * float(errors[-1])
    turns = np.count_nonzero(np.diff(np.sign(np.diff(tail))) != 0)
    swings = turns > tail.size // 3 and float(tail.max() - tail.min()) > 0.05 * float(tail.mean())
    if not (rose or frozen or swings):
        return None
    return (say("The error rose") if rose else say("The error swings up and down") if swings
            else say("The error stopped falling at {error:.3g}", error=float(errors[-1])))


def learning_rate_hint(errors: np.ndarray, learning_rate: float, rows: int, *, batches: bool = False,
                       optimizer: str = "gd") -> str | None:
    """Say so when the error curve rose, swung or froze while the step is large; else None.

    ``errors`` is the run's mean |error| curve (any downsampling), oldest first; ``rows`` the
    rows of one update (:func:`update_rows`), ``batches`` True when those are a mini-batch.
    The step is lr x rows (gd, momentum) or lr (Adam).
    """
    errors = np.asarray(errors, float)
    errors = errors[np.isfinite(errors)]
    adam = optimizer == "adam"
    step = learning_rate if adam else learning_rate * rows
    if step <= (ADAM_STEP_LIMIT if adam else STEP_LIMIT) or errors.size < 4:
        return None
    what = _went_badly(errors)
    if what is None:
        return None
    if adam:
        return say("{what}: the learning rate is too large for Adam, which moves every weight by about the "
                   "learning rate at each update, whatever the number of rows. Try a learning rate of "
                   "{proposed:g}.", what=what, proposed=ADAM_PROPOSED)
    proposed = nice_below(PROPOSED_STEP / rows)
    if batches:
        return say("{what}: the learning rate is too large for mini-batches of {rows:,} rows. Each update adds "
                   "up one step per row of its batch, so lr {lr:g} moves the weights as far as lr {step:g} would "
                   "on one row. Try a learning rate of {proposed:g}.", what=what, rows=rows, lr=learning_rate,
                   step=step, proposed=proposed)
    return say("{what}: the learning rate is too large for {rows:,} rows. Each update adds up one step per row, "
               "so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of "
               "{proposed:g}.", what=what, rows=rows, lr=learning_rate, step=step, proposed=proposed)


def run_learning_rate_hint(trainer: Trainer) -> str | None:
    """learning_rate_hint for a finished run: its curve, rate, optimiser and the rows of one update."""
    net = trainer.network
    rows = update_rows(len(trainer.X), net.rule.batch_size)
    return learning_rate_hint(trainer.history.curve[1], net.learning_rate, rows, batches=rows < len(trainer.X),
                              optimizer=net.rule.optimizer.name)

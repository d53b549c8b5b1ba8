"""Training settings: the network's shape and the knobs of the training loop."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

from playground.core.activations import ACTIVATIONS
from playground.core.losses import LOSSES, OUTPUTS, pair_problem, target_problems
from playground.core.number_text import is_digits
from playground.core.optimizers import OPTIMIZERS

MAX_HIDDEN_UNITS = 256
MAX_HIDDEN_LAYERS = 8
MAX_ITERATIONS = 10**9
MAX_LOGGED_POINTS = 100_000
MAX_SEED = 2**31 - 1  # what the window's seed box (a Qt int) can show
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 1e-12, 1e5
# Upper ends of two settings that had none: the window's fields show these at the most (a Qt spin box
# holds a 32-bit int, so a bigger number could not even be shown), and a batch larger than the table
# is all of its rows anyway.
MAX_BATCH_SIZE = 1_000_000
MAX_L2 = 1000.0


@dataclass(frozen=True)
class Field:
    """One setting: its name in Settings and in documents, what people call it, and what it may hold.

    The reader, the CLI and the window all check settings with :meth:`Settings.problems`, which
    goes through ``FIELDS``, so they agree on one range; a value outside it is refused with the
    field named, never clamped. The window's boxes take their ranges from here too. A new
    setting is one more entry (``test_faults`` checks that every Settings field has one).
    """

    name: str
    label: str  # as the window and the messages name it
    kind: type  # int, float, bool, str; tuple for the hidden layer sizes
    low: float | None = None
    high: float | None = None  # None: no upper end
    choices: tuple[str, ...] = ()
    open_low: bool = False  # the range excludes ``low`` itself
    open_high: bool = False  # the range excludes ``high`` itself
    optional: bool = False  # None is allowed (batch_size: all rows)

    def _range(self) -> str:
        if self.high is not None and not (self.open_low or self.open_high):
            return f"between {self.low:g} and {self.high:g}"
        low = f"above {self.low:g}" if self.open_low else f"at least {self.low:g}"
        if self.high is None:
            return low
        return f"{low} and {'below' if self.open_high else 'at most'} {self.high:g}"

    def problem(self, value) -> str | None:
        """Why ``value`` is not allowed for this field, or None."""
        if value is None and self.optional:
            return None
        if self.kind is tuple:
            if len(value) > MAX_HIDDEN_LAYERS:
                return f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(value)}"
            bad = [(i, h) for i, h in enumerate(value) if not self.low <= h <= self.high]
            if bad:
                i, h = bad[0]
                return f"hidden layer {i + 1} has {h} units; use {self.low} to {self.high}"
            return None
        if self.choices:
            return None if value in self.choices else (
                f"unknown {self.label} {value!r}; choose one of {', '.join(self.choices)}")
        if self.kind is bool:
            return None if isinstance(value, bool) else f"{self.label}: expected true or false, got {value!r}"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or self.kind is int and not isinstance(
                value, int):
            return f"{self.label} must be {'a whole number' if self.kind is int else 'a number'}, got {value!r}"
        if self.kind is float and not math.isfinite(value):
            return f"{self.label} must be a finite number, got {value}"
        low_ok = value > self.low if self.open_low else value >= self.low
        high_ok = self.high is None or (value < self.high if self.open_high else value <= self.high)
        if low_ok and high_ok:
            return None
        if self.kind is int:
            where = f"at least {self.low:,}" if self.high is None else f"between {self.low:,} and {self.high:,}"
            return f"{self.label} must be {where}, got {value:,}"
        return f"{self.label} must be {self._range()}, got {value:g}"


FIELDS = (
    Field("hidden", "hidden layers", tuple, 1, MAX_HIDDEN_UNITS),
    Field("iterations", "iterations", int, 1, MAX_ITERATIONS),
    Field("learning_rate", "learning rate", float, MIN_LEARNING_RATE, MAX_LEARNING_RATE),
    Field("activation", "activation", str, choices=tuple(ACTIVATIONS)),
    Field("bias", "bias", bool),
    Field("seed", "seed", int, 0, MAX_SEED),
    Field("log_every", "log interval", int, 1, MAX_ITERATIONS),
    # beyond the notebook (playground.core.rules)
    Field("output", "output", str, choices=OUTPUTS),
    Field("loss", "loss", str, choices=LOSSES),
    Field("l2", "L2 weight decay", float, 0.0, MAX_L2),
    Field("optimizer", "optimizer", str, choices=tuple(OPTIMIZERS)),
    Field("momentum", "momentum", float, 0.0, 1.0, open_high=True),
    Field("beta1", "beta1", float, 0.0, 1.0, open_high=True),
    Field("beta2", "beta2", float, 0.0, 1.0, open_high=True),
    Field("eps", "eps", float, 0.0, 1.0, open_low=True, open_high=True),
    Field("batch_size", "batch size", int, 1, MAX_BATCH_SIZE, optional=True),
)
FIELD = {f.name: f for f in FIELDS}


@dataclass(frozen=True)
class Settings:
    hidden: tuple[int, ...] = (4,)
    iterations: int = 60000
    learning_rate: float = 1.0
    activation: str = "sigmoid"
    bias: bool = False
    seed: int = 1
    log_every: int = 10000
    # beyond the notebook (playground.core.rules); these defaults are the notebook's rule
    output: str = "sigmoid"  # sigmoid, softmax or linear
    loss: str = "notebook"  # notebook, cross-entropy or squared
    l2: float = 0.0  # weight decay: the direction becomes a.T @ delta - l2 * W
    optimizer: str = "gd"  # gd, momentum or adam
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    batch_size: int | None = None  # None: all training rows every iteration

    def field_problems(self) -> list[str]:
        """Values outside their field's range (each message names the field)."""
        return [p for p in (f.problem(getattr(self, f.name)) for f in FIELDS) if p]

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each; empty when fine."""
        out = self.field_problems()  # each field's own range, from FIELDS
        if out:
            return out
        # the rules between fields
        if -(-self.iterations // self.log_every) > MAX_LOGGED_POINTS:  # logged at 0, N, 2N, ...
            out.append(f"logging every {self.log_every} of {self.iterations:,} iterations would log more than "
                       f"{MAX_LOGGED_POINTS:,} lines; log less often")
        why = pair_problem(self.output, self.loss)
        if why:
            out.append(why)
        return out

    def data_problems(self, Y) -> list[str]:
        """Why these training targets (rows x target columns) do not fit the output layer."""
        return target_problems(self.output, Y)

    @property
    def is_notebook_rule(self) -> bool:
        """True when the learning rule is the notebook's (the Advanced settings are at their defaults)."""
        return (self.output, self.loss, self.l2, self.optimizer, self.batch_size) == (
            "sigmoid", "notebook", 0.0, "gd", None)

    def same_run(self, other: "Settings") -> bool:
        """True when the two differ at most in the number of iterations (one run can go on to either)."""
        # field by field: the window asks this on every keystroke, and building two Settings each time
        # was a good part of the 8 built per keystroke (issue 22)
        return all(getattr(self, f.name) == getattr(other, f.name) for f in FIELDS if f.name != "iterations")

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        return d


def experiment_problems(dataset, settings: Settings) -> list[str]:
    """Everything that stops these settings training on this table, one sentence each (empty: it can train).

    The settings' own problems, the table's (targets outside [0, 1] only for a linear output may
    stay), and whether the training rows' targets fit the output (softmax: one-hot rows)."""
    out = settings.problems()
    out += [p.describe(dataset.names) for p in dataset.problems(output=settings.output)]
    if not out:
        out += settings.data_problems(dataset.split()[1])
    return out


def parse_hidden(text: str) -> tuple[int, ...]:
    """'4' -> (4,), '4,3' -> (4, 3), '0' -> () (no hidden layer). Raises ValueError with the reason.

    Nothing at all ('', ',') is refused rather than read as "no hidden layer": that is written 0.
    """
    text = text.strip()
    if text == "0":
        return ()
    parts = [p.strip() for p in text.replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError("no layer sizes given; write e.g. 4 or 4,3, or 0 for no hidden layer")
    sizes = []
    for i, p in enumerate(parts):
        if not is_digits(p):  # ASCII digits only: '²'.isdigit() is true, and int() reads '٣'
            raise ValueError(f"hidden layer {i + 1}: {p!r} is not a whole number")
        n = int(p)
        if not 1 <= n <= MAX_HIDDEN_UNITS:
            raise ValueError(f"hidden layer {i + 1}: {n} units; use 1 to {MAX_HIDDEN_UNITS}")
        sizes.append(n)
    if len(sizes) > MAX_HIDDEN_LAYERS:
        raise ValueError(f"at most {MAX_HIDDEN_LAYERS} hidden layers")
    return tuple(sizes)


def format_hidden(hidden: tuple[int, ...]) -> str:
    return ",".join(str(h) for h in hidden) if hidden else "0"


__all__ = ["Settings", "Field", "FIELDS", "FIELD", "experiment_problems", "parse_hidden", "format_hidden"]

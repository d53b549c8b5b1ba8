"""Training settings: the network's shape and the knobs of the training loop."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

from playground.core.activations import ACTIVATIONS

MAX_HIDDEN_UNITS = 256
MAX_HIDDEN_LAYERS = 8
MAX_ITERATIONS = 10**9
MAX_LOGGED_POINTS = 100_000
MAX_SEED = 2**31 - 1  # what the window's seed box (a Qt int) can show
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 1e-12, 1e5


@dataclass(frozen=True)
class Field:
    """One setting: its name in Settings and in documents, what people call it, and what it may hold.

    The reader, the CLI and the window all check settings with :meth:`Settings.problems`, which
    goes through ``FIELDS``, so they agree on one range; a value outside it is refused with the
    field named, never clamped. The window's boxes take their ranges from here too.
    """

    name: str
    label: str  # as the window and the messages name it
    kind: type  # int, float, bool, str; tuple for the hidden layer sizes
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()

    def problem(self, value) -> str | None:
        """Why ``value`` is not allowed for this field, or None."""
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
                f"{self.label}: unknown value {value!r}; choose one of {', '.join(self.choices)}")
        if self.kind is bool:
            return None if isinstance(value, bool) else f"{self.label}: expected true or false, got {value!r}"
        if self.kind is float:
            if not (isinstance(value, (int, float)) and math.isfinite(value)):
                return f"{self.label} must be a finite number, got {value}"
            if not self.low <= value <= self.high:
                return f"{self.label} must be between {self.low:g} and {self.high:g}, got {value:g}"
            return None
        if not self.low <= value <= self.high:
            return f"{self.label} must be between {self.low:,} and {self.high:,}, got {value:,}"
        return None


FIELDS = (
    Field("hidden", "hidden layers", tuple, 1, MAX_HIDDEN_UNITS),
    Field("iterations", "iterations", int, 1, MAX_ITERATIONS),
    Field("learning_rate", "learning rate", float, MIN_LEARNING_RATE, MAX_LEARNING_RATE),
    Field("activation", "activation", str, choices=tuple(ACTIVATIONS)),
    Field("bias", "bias", bool),
    Field("seed", "seed", int, 0, MAX_SEED),
    Field("log_every", "log interval", int, 1, MAX_ITERATIONS),
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

    def field_problems(self) -> list[str]:
        """Values outside their field's range (each message names the field)."""
        return [p for p in (f.problem(getattr(self, f.name)) for f in FIELDS) if p]

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each; empty when fine."""
        out = self.field_problems()
        if not out and -(-self.iterations // self.log_every) > MAX_LOGGED_POINTS:  # logged at 0, N, 2N, ...
            out.append(f"logging every {self.log_every} of {self.iterations:,} iterations would log more than "
                       f"{MAX_LOGGED_POINTS:,} lines; log less often")
        return out

    def same_run(self, other: "Settings") -> bool:
        """True when the two differ at most in the number of iterations (one run can go on to either)."""
        return self.with_(iterations=1) == other.with_(iterations=1)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        return d


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
        if not p.isdigit():
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


__all__ = ["Settings", "Field", "FIELDS", "FIELD", "parse_hidden", "format_hidden"]

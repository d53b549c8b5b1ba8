"""Training settings: the network's shape and the knobs of the training loop."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from playground.core.activations import ACTIVATIONS
from playground.core.losses import pair_problem, target_problems
from playground.core.optimizers import OptimizerSpec, spec_problems

MAX_HIDDEN_UNITS = 256
MAX_HIDDEN_LAYERS = 8
MAX_ITERATIONS = 10**9
MAX_LOGGED_POINTS = 100_000
MAX_SEED = 2**31 - 1  # what the window's seed box (a Qt int) can show


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

    def problems(self) -> list[str]:
        """What is wrong with these settings, one sentence each; empty when fine."""
        out = []
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            out.append(f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(self.hidden)}")
        for i, h in enumerate(self.hidden):
            if not 1 <= h <= MAX_HIDDEN_UNITS:
                out.append(f"hidden layer {i + 1} has {h} units; use 1 to {MAX_HIDDEN_UNITS}")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            out.append(f"iterations must be between 1 and {MAX_ITERATIONS:,}, got {self.iterations:,}")
        if not (self.learning_rate > 0 and self.learning_rate < float("inf")):
            out.append(f"learning rate must be a positive number, got {self.learning_rate}")
        if self.activation not in ACTIVATIONS:
            out.append(f"unknown activation {self.activation!r}; choose one of {', '.join(ACTIVATIONS)}")
        if not 0 <= self.seed <= MAX_SEED:
            out.append(f"seed must be between 0 and {MAX_SEED}, got {self.seed}")
        if self.log_every < 1:
            out.append(f"log interval must be at least 1, got {self.log_every}")
        elif -(-self.iterations // self.log_every) > MAX_LOGGED_POINTS:  # logged at 0, N, 2N, ... < iterations
            out.append(f"logging every {self.log_every} of {self.iterations:,} iterations would log more than "
                       f"{MAX_LOGGED_POINTS:,} lines; log less often")
        why = pair_problem(self.output, self.loss)
        if why:
            out.append(why)
        if not (0 <= self.l2 < float("inf")):
            out.append(f"L2 weight decay must be a number >= 0, got {self.l2}")
        out += spec_problems(OptimizerSpec(self.optimizer, self.momentum, self.beta1, self.beta2, self.eps))
        if self.batch_size is not None and self.batch_size < 1:
            out.append(f"batch size must be at least 1 (or empty for all rows), got {self.batch_size}")
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


__all__ = ["Settings", "parse_hidden", "format_hidden"]

"""Presets: a dataset together with settings that suit it, in teaching order.

Each preset's settings were checked to learn its table (mean |Y - output| well
under 0.1 at the end; tests/core/test_presets.py trains every one), except
``xor-perceptron``, which is there to show that one layer cannot learn XOR.
Truth-table targets are written as expressions (see core.expression) so the
definition reads like the rule it encodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from playground.core.data.dataset import DataError, Dataset, generate
from playground.core.data.expression import fill_target
from playground.core.data.settings import Settings

DEFAULT_PRESET = "notebook"


@dataclass(frozen=True)
class Preset:
    """A named starting point: a dataset (made fresh each time) and the settings to train it with."""

    name: str
    description: str  # one line, shown next to the name
    settings: Settings
    factory: Callable[[], Dataset] = field(repr=False, compare=False)
    group: str = "notebook"  # "notebook": the notebook's rule; "beyond": losses, optimisers, 2-D points, ...

    def dataset(self) -> Dataset:
        """A fresh dataset, safe to edit."""
        return self.factory()


def _table(inputs: str, targets: dict[str, str]) -> Callable[[], Dataset]:
    """A factory for the full truth table over the inputs, each target filled from its expression."""
    def make() -> Dataset:
        data = generate(inputs.split(), list(targets))
        for name, text in targets.items():
            data.values[:, data.names.index(name)] = fill_target(text, data)
        return data
    return make


def _arrays(X, Y, inputs: list[str], targets: list[str]) -> Callable[[], Dataset]:
    return lambda: Dataset.from_arrays(np.array(X, float), np.array(Y, float), inputs, targets)


# The notebook's data: the third column is always 1, so its weight acts as a bias.
NOTEBOOK_X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]
NOTEBOOK_Y = [0, 0, 1, 1]
NOTEBOOK = Settings(hidden=(4,), iterations=60000, learning_rate=1.0, activation="sigmoid", bias=False,
                    seed=1, log_every=10000)

# Segments a..g lit for the digits 0..9 (a top, b top right, c bottom right, d bottom, e bottom left,
# f top left, g middle) in the common style: 6 lights a, 7 does not light f, 9 lights d.
SEGMENTS = ["1111110", "0110000", "1101101", "1111001", "0110011",
            "1011011", "1011111", "1110000", "1111111", "1111011"]

_GATE = Settings(hidden=(2,), iterations=2000, bias=True, log_every=250)

_PRESETS = [
    Preset("notebook", "The notebook's data: y copies x1; x3 is a constant 1 acting as a bias",
           NOTEBOOK, _arrays(NOTEBOOK_X, NOTEBOOK_Y, ["x1", "x2", "x3"], ["y"])),
    Preset("notebook-single", "The notebook's first cell: the same data with no hidden layer",
           NOTEBOOK.with_(hidden=(), iterations=10000, log_every=1000),
           _arrays(NOTEBOOK_X, NOTEBOOK_Y, ["x1", "x2", "x3"], ["y"])),
    Preset("notebook-xor", "The notebook's data with y = x1 xor x2: needs the hidden layer",
           NOTEBOOK.with_(iterations=10000, log_every=2000),
           _arrays(NOTEBOOK_X, [0, 1, 1, 0], ["x1", "x2", "x3"], ["y"])),
    Preset("and", "y = a and b", _GATE, _table("a b", {"y": "a and b"})),
    Preset("or", "y = a or b", _GATE, _table("a b", {"y": "a or b"})),
    Preset("nand", "y = not (a and b): every logic circuit can be built from it", _GATE,
           _table("a b", {"y": "a nand b"})),
    Preset("xor", "y = a xor b: not linearly separable, so it needs a hidden layer",
           Settings(hidden=(3,), iterations=3000, bias=True, log_every=500), _table("a b", {"y": "a xor b"})),
    Preset("xor-perceptron", "XOR with no hidden layer: it cannot be learnt (the error stays near 0.5)",
           Settings(hidden=(), iterations=3000, bias=True, log_every=500), _table("a b", {"y": "a xor b"})),
    Preset("majority3", "y = 1 when at least two of a, b, c are 1",
           Settings(hidden=(3,), iterations=3000, bias=True, log_every=500),
           _table("a b c", {"y": "a + b + c >= 2"})),
    Preset("parity3", "y = 1 when an odd number of a, b, c are 1 (three-input XOR)",
           Settings(hidden=(4,), iterations=4000, bias=True, log_every=500),
           _table("a b c", {"y": "a xor b xor c"})),
    Preset("adder2", "Two-bit adder: a1a0 + b1b0 = carry s1 s0",
           Settings(hidden=(8,), iterations=4000, bias=True, log_every=500),
           _table("a1 a0 b1 b0", {"s1": "a1 xor b1 xor (a0 and b0)", "s0": "a0 xor b0",
                                  "carry": "2*a1 + a0 + 2*b1 + b0 >= 4"})),
    Preset("seven-segment", "Seven-segment display a..g to the digit's binary b3..b0",
           Settings(hidden=(5,), iterations=3000, bias=True, log_every=500),
           _arrays([[int(c) for c in s] for s in SEGMENTS], [[(d >> k) & 1 for k in (3, 2, 1, 0)] for d in range(10)],
                   list("abcdefg"), ["b3", "b2", "b1", "b0"])),
    Preset("encoder", "8-3-8 auto-encoder: squeeze eight one-hot rows through three hidden units",
           Settings(hidden=(3,), iterations=5000, bias=True, log_every=1000),
           _arrays(np.eye(8), np.eye(8), [f"in{i}" for i in range(1, 9)], [f"out{i}" for i in range(1, 9)])),
]


# -- beyond the notebook: each shows one idea of playground.core.nn.rules ----------------------------

def _saturated() -> Dataset:
    """Inputs of size 10 to 20: with seed 7 the single unit starts sure and wrong on every row."""
    return Dataset.from_arrays([[-20, 1], [-10, 1], [10, 1], [20, 1]], [0, 0, 1, 1], ["x", "one"], ["y"])


def _overfitting() -> Dataset:
    """Majority of five inputs with three targets flipped (noise), eight rows held out as test rows."""
    data = _table("a b c d e", {"y": "a + b + c + d + e >= 3"})()
    flipped = [3, 12, 21]
    data.values[flipped, -1] = 1 - data.values[flipped, -1]
    data.test = np.isin(np.arange(data.n_rows), [1, 6, 11, 14, 19, 24, 27, 30])
    return data


def _points(kind: str, n: int, noise: float = 0.0, classes: int = 2, seed: int = 1) -> Callable[[], Dataset]:
    from playground.core.data.points import point_set  # noqa: PLC0415 - points imports dataset only
    return lambda: point_set(kind, n, noise, seed, classes)


_SATURATED = Settings(hidden=(), iterations=3000, learning_rate=0.01, seed=7, log_every=300)
_PLATEAU = Settings(hidden=(3,), iterations=8000, learning_rate=0.1, bias=True, log_every=1000)
_POINTS = Settings(hidden=(4,), iterations=2000, learning_rate=0.03, activation="tanh", bias=True, log_every=250,
                   loss="cross-entropy", optimizer="adam")

_PRESETS += [
    Preset("saturated", "Sure and wrong at the start: the notebook's loss crawls for ~2,000 iterations "
           "(compare saturated-cross-entropy)", _SATURATED, _saturated, "beyond"),
    Preset("saturated-cross-entropy", "The same start with cross-entropy: no a*(1-a) slope in the delta, "
           "learnt within 10 iterations", _SATURATED.with_(loss="cross-entropy"), _saturated, "beyond"),
    Preset("plateau", "XOR with a small learning rate: a long plateau near 0.5 (compare plateau-momentum)",
           _PLATEAU, _table("a b", {"y": "a xor b"}), "beyond"),
    Preset("plateau-momentum", "The same plateau with momentum 0.9: crossed about ten times sooner",
           _PLATEAU.with_(optimizer="momentum"), _table("a b", {"y": "a xor b"}), "beyond"),
    Preset("mini-batches", "120 points in a circle, 8 rows per update: each update sees other rows, "
           "so the error curve is noisy", _POINTS.with_(hidden=(6,), iterations=3000, log_every=500,
                                                         optimizer="gd", learning_rate=0.1, batch_size=8),
           _points("circle", 120, 0.1), "beyond"),
    Preset("overfitting", "Majority of five with three flipped targets and 8 test rows: the training error "
           "reaches 0, the test error does not", Settings(hidden=(32,), iterations=20000, bias=True, log_every=2000,
                                                          loss="cross-entropy"), _overfitting, "beyond"),
    Preset("three-classes", "Three clouds of points, one-hot targets y1..y3, softmax output",
           _POINTS.with_(output="softmax"), _points("gaussian", 150, 0.1, classes=3), "beyond"),
    Preset("circle", "2-D points: class 1 inside a circle, class 0 in a ring around it",
           _POINTS, _points("circle", 200), "beyond"),
    Preset("xor-points", "2-D points: class 1 where x1 and x2 have the same sign", _POINTS.with_(hidden=(6,)),
           _points("xor", 200), "beyond"),
    Preset("gaussian", "2-D points: two clouds, one per class", _POINTS.with_(hidden=(2,), iterations=1000,
                                                                             log_every=125),
           _points("gaussian", 200), "beyond"),
    Preset("spiral", "2-D points: two interleaved spirals (needs two hidden layers)",
           _POINTS.with_(hidden=(8, 8), iterations=4000, log_every=500, learning_rate=0.02), _points("spiral", 160),
           "beyond"),
]
PRESETS: dict[str, Preset] = {p.name: p for p in _PRESETS}


def get_preset(name: str) -> Preset:
    """The preset of that name; DataError listing the names otherwise."""
    try:
        return PRESETS[name]
    except KeyError:
        raise DataError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") from None


def matching_preset(dataset: Dataset) -> str | None:
    """The name of the first preset whose table is exactly this one (names, roles, values), or None."""
    for preset in _PRESETS:
        table = preset.dataset()
        if (table.names == dataset.names and table.roles == dataset.roles
                and table.values.shape == dataset.values.shape and np.array_equal(table.values, dataset.values)):
            return preset.name
    return None


__all__ = ["Preset", "PRESETS", "DEFAULT_PRESET", "get_preset", "matching_preset", "NOTEBOOK_X", "NOTEBOOK_Y",
           "SEGMENTS"]

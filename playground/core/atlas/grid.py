"""The atlas's grid: axes of settings, and the cells, each one exactly ``nn-playground train``.

API (``playground.core.atlas.grid``)::

    Axis(name, values, log=False)     name: "seed", "test_fraction" or a setting of AXIS_SETTINGS
                                      ("learning_rate", "hidden", "activation", "optimizer",
                                      "batch_size", "l2"); values in the settings' own units (hidden: a
                                      tuple of layer sizes; batch_size: None for all rows); log: drawn
                                      on a log scale (a learning rate from log_space)
    log_space(low, high, n)           n values spaced evenly in log10 from low to high (the --lr A:B:N axis)
    Grid(dataset, base_settings, axes, iterations=None, target_error=0.05, test_fraction=None)
        .shape                        one length per axis, in the axes' order
        .size                         the number of cells
        .cell(index) -> Cell          index: a tuple with one position per axis (or a flat number)
        .cells()                      every cell in grid order (C order: the last axis fastest)
        .cell_dataset(index)          the table the cell trains on (its seed's held-out rows marked)
        .flat(index) / .index(flat)   a cell's number in grid order, and back
        .coordinates(index)           {axis name: value}
        .estimated_bytes()            the peak memory of one process computing the grid (budget.study_bytes)
        .estimated_seconds()          a rough, pessimistic time on one core (budget.study_seconds)
        .check(budget=None)           BudgetError naming the need and the budget; ValueError for a bad grid
    Cell(index, settings, seed, test_fraction)
        .shape_key                    cells with equal keys train together in one NetworkStack
        .train_args()                 the ``nn-playground train`` options that replay this cell

The seed rule: a cell's seed is its value on the "seed" axis when the grid has one, else the base
settings' seed. It depends on the cell's coordinates only, never on how the grid is split into
chunks, how many processes compute it or which backend, and it is the seed a replay gives
``nn-playground train --seed``. Its held-out rows (``test_fraction``) are the ones ``train
--test-fraction F --seed S`` holds out: ``held_out_mask(F, rows, S)``.

A cell's settings are the base settings with the cell's coordinates and the grid's iterations; the
number of iterations is the same for every cell (one curve length per map). The atlas logs nothing, so
the base log interval is raised where it would make a replay print more lines than ``train`` allows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.data.held_out import held_out_count, held_out_mask
from playground.core.data.settings import FIELD, MAX_LOGGED_POINTS, MAX_SEED, Settings, format_hidden
from playground.core.nn.network import layer_sizes
from playground.core.nn.rules import Rule
from playground.core.texts import one_after_another, say
from playground.core.training.budget import STUDY_BUDGET, BudgetError, study_bytes, study_seconds

DEFAULT_TARGET_ERROR = 0.05
AXIS_SETTINGS = ("learning_rate", "hidden", "activation", "optimizer", "batch_size", "l2")
AXIS_NAMES = ("seed",) + AXIS_SETTINGS + ("test_fraction",)
MAX_CELLS = 1 << 20  # a million cells: beyond it the records alone would not fit a map
CURVE_POINTS = 1024  # at most this many recorded errors per cell (for the labels); the record keeps ~100
RECORD_BYTES = 4096  # one finished cell's record (its ~100-point curve, labels, coordinates) as Python objects
MAX_STACK = 2048  # at most this many cells train in one NetworkStack (bounds one process's memory)
# each axis's name as messages write it (the command line's English; translated in the window)
AXIS_TITLES = {"seed": say("seed"), "learning_rate": say("learning rate"), "hidden": say("hidden units"),
               "activation": say("activation"), "optimizer": say("optimizer"), "batch_size": say("batch size"),
               "l2": say("L2 decay"), "test_fraction": say("held-out fraction")}


def _mb(n: float) -> str:
    return f"{n / 2**30:,.1f} GB" if n >= 2**30 else f"{n / 2**20:,.0f} MB"


def log_space(low: float, high: float, n: int) -> tuple[float, ...]:
    """n learning rates spaced evenly in log10 from low to high (both included)."""
    if n < 1 or not (0 < low and 0 < high and math.isfinite(low) and math.isfinite(high)):
        raise ValueError(f"a log-spaced axis needs positive ends and at least one value, got {low}:{high}:{n}")
    if n == 1:
        return (float(low),)
    return tuple(float(v) for v in np.logspace(math.log10(low), math.log10(high), n))


@dataclass(frozen=True)
class Axis:
    """One axis of the grid: a setting (or the seed, or the held-out fraction) and its values."""

    name: str
    values: tuple
    log: bool = False

    def __post_init__(self) -> None:
        if self.name not in AXIS_NAMES:
            raise ValueError(f"unknown axis {self.name!r}; choose from {', '.join(AXIS_NAMES)}")
        values = tuple(tuple(v) if self.name == "hidden" else v for v in self.values)
        object.__setattr__(self, "values", values)
        title = AXIS_TITLES[self.name]
        if not values:
            raise ValueError(say("the {axis} axis has no values", axis=title))
        seen = set()
        for v in values:
            if v in seen:
                raise ValueError(say("the {axis} axis repeats a value ({value})", axis=title, value=self._shown(v)))
            seen.add(v)
        for v in values:
            problem = self.problem(v)
            if problem:
                raise ValueError(say("{axis} axis: {problem}", axis=title, problem=problem))

    def problem(self, value: Any) -> str | None:
        """Why ``value`` cannot be on this axis, or None (the seed's and the held-out fraction's made with
        ``say``: the window translates them; the settings' own are English)."""
        if self.name == "seed":
            ok = isinstance(value, (int, np.integer)) and not isinstance(value, bool) and 0 <= value <= MAX_SEED
            return None if ok else say("a seed is a whole number from 0 to {most}, got {value}", most=MAX_SEED,
                                       value=repr(value))
        if self.name == "test_fraction":
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1
            return None if ok else say("a held-out fraction is between 0 and 1, got {value}", value=repr(value))
        return FIELD[self.name].problem(value)

    def _shown(self, value: Any) -> str:
        """A value as a message names it (any value, even one the axis refuses)."""
        try:
            return self.text(value)
        except (TypeError, ValueError):
            return repr(value)

    def text(self, value: Any) -> str:
        """A value as the axis labels and the CSV write it."""
        if self.name == "hidden":
            return format_hidden(value)
        if value is None:
            return "all"
        return f"{value:g}" if isinstance(value, float) else str(value)

    def __len__(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class Cell:
    """One training of the grid: ``nn-playground train`` with these settings, this seed and held-out fraction."""

    index: tuple[int, ...]
    settings: Settings
    seed: int
    test_fraction: float | None = None

    @property
    def shape_key(self) -> tuple:
        """What cells must share to train in one NetworkStack: every setting but the seed and the rate."""
        return (self.settings.with_(seed=0, learning_rate=1.0), self.test_fraction)

    def train_args(self) -> list[str]:
        """The options of ``nn-playground train`` that replay this cell on the grid's table."""
        s = self.settings
        args = ["--hidden", format_hidden(s.hidden), "--iterations", str(s.iterations), "--lr", repr(s.learning_rate),
                "--activation", s.activation, "--bias" if s.bias else "--no-bias", "--seed", str(self.seed),
                "--log-every", str(s.log_every), "--output", s.output, "--loss", s.loss, "--l2", repr(s.l2),
                "--optimizer", s.optimizer, "--momentum", repr(s.momentum), "--beta1", repr(s.beta1),
                "--beta2", repr(s.beta2), "--eps", repr(s.eps),
                "--batch-size", "none" if s.batch_size is None else str(s.batch_size)]
        if self.test_fraction is not None:
            args += ["--test-fraction", repr(self.test_fraction)]
        return args


class Grid:
    """Axes over a table and base settings: every combination of their values is a cell (module docstring)."""

    def __init__(self, dataset: Dataset, base_settings: Settings, axes: Sequence[Axis], iterations: int | None = None,
                 target_error: float = DEFAULT_TARGET_ERROR, test_fraction: float | None = None) -> None:
        self.dataset = dataset
        self.axes = tuple(axes)
        names = [a.name for a in self.axes]
        if len(set(names)) != len(names):
            raise ValueError("an axis is given twice: " + ", ".join(sorted({n for n in names if names.count(n) > 1})))
        if not 1 <= len(self.axes) <= 3:
            raise ValueError(f"an atlas has one to three axes, got {len(self.axes)}")
        self.iterations = int(base_settings.iterations if iterations is None else iterations)
        # an atlas logs nothing: its cells' log interval is only what their replays (train_args) print, raised
        # when needed so that a replay logs no more lines than train allows (1e9 iterations, a preset's 500)
        fits = -(-self.iterations // MAX_LOGGED_POINTS) if self.iterations > 0 else 1
        log_every = base_settings.log_every
        if isinstance(log_every, int) and 1 <= log_every < fits:  # (a wrong interval stays, and is refused)
            log_every = fits
        self.base_settings = base_settings.with_(iterations=self.iterations, log_every=log_every)
        self.target_error = float(target_error)
        if not 0 <= self.target_error < math.inf:
            raise ValueError(f"the target error must be a finite number >= 0, got {target_error}")
        self.test_fraction = test_fraction
        if test_fraction is not None and not 0 < test_fraction < 1:
            raise ValueError(f"the held-out fraction must be between 0 and 1, got {test_fraction}")
        self.shape = tuple(len(a) for a in self.axes)
        self.size = int(np.prod(self.shape))

    def axis(self, name: str) -> Axis | None:
        return next((a for a in self.axes if a.name == name), None)

    def flat(self, index: int | Sequence[int]) -> int:
        """The cell's position in grid order (C order)."""
        if isinstance(index, (int, np.integer)):
            if not 0 <= index < self.size:
                raise IndexError(f"cell {index} of {self.size}")
            return int(index)
        return int(np.ravel_multi_index(tuple(int(i) for i in index), self.shape))

    def index(self, flat: int) -> tuple[int, ...]:
        return tuple(int(i) for i in np.unravel_index(int(flat), self.shape))

    def coordinates(self, index: int | Sequence[int]) -> dict[str, Any]:
        """{axis name: value} of a cell."""
        idx = self.index(self.flat(index))
        return {a.name: a.values[i] for a, i in zip(self.axes, idx)}

    def cell(self, index: int | Sequence[int]) -> Cell:
        """The cell at ``index`` (a tuple, one position per axis, or its flat number in grid order)."""
        idx = self.index(self.flat(index))
        coords = self.coordinates(idx)
        seed = int(coords.pop("seed", self.base_settings.seed))
        fraction = coords.pop("test_fraction", self.test_fraction)
        settings = self.base_settings.with_(seed=seed, **coords)
        return Cell(idx, settings, seed, None if fraction is None else float(fraction))

    def shape_groups(self, indices: Sequence[int] | None = None) -> dict[tuple, list[int]]:
        """{shape key: flat numbers} of the cells (default all), in the order given: ``cell(i).shape_key``
        of each, worked out once per combination of the axes other than seed and learning rate (the key
        leaves those two out), not once per cell (building a cell's settings costs ~40 us)."""
        flats = list(range(self.size)) if indices is None else [self.flat(int(i)) for i in indices]
        keyed = [k for k, a in enumerate(self.axes) if a.name not in ("seed", "learning_rate")]
        positions = np.unravel_index(np.array(flats, dtype=np.int64), self.shape) if flats else ()
        combos = zip(*(positions[k].tolist() for k in keyed)) if keyed else ((),) * len(flats)
        keys: dict = {}
        out: dict = {}
        for flat, combo in zip(flats, combos):
            if combo not in keys:
                keys[combo] = self.cell(flat).shape_key
            out.setdefault(keys[combo], []).append(flat)
        return out

    def cell_dataset(self, index: int | Sequence[int]) -> Dataset:
        """The table the cell trains on, as ``train`` has it: the grid's, with the rows the cell's seed holds
        out when it has a held-out fraction (what a window needs to open the cell as a run of its own)."""
        cell = self.cell(index)
        if cell.test_fraction is None:
            return self.dataset
        dataset = self.dataset.copy()
        dataset.test = held_out_mask(cell.test_fraction, dataset.n_rows, cell.seed)
        return dataset.frozen()

    def cells(self) -> Iterator[Cell]:
        """Every cell, in grid order."""
        for flat in range(self.size):
            yield self.cell(flat)

    # -- the budget -----------------------------------------------------------------------------------

    def _groups(self) -> dict:
        """{shape key: number of cells} without building every cell (shape axes are few values)."""
        shape_axes = [a for a in self.axes if a.name not in ("seed", "learning_rate")]
        per_combo = self.size // max(1, int(np.prod([len(a) for a in shape_axes])))
        out = {}
        for combo in np.ndindex(*[len(a) for a in shape_axes]):
            coords = {a.name: a.values[i] for a, i in zip(shape_axes, combo)}
            fraction = coords.pop("test_fraction", self.test_fraction)
            out[(self.base_settings.with_(seed=0, learning_rate=1.0, **coords), fraction)] = per_combo
        return out

    def _need(self, settings: Settings, fraction: float | None, count: int) -> tuple[list[int], int, int]:
        sizes = layer_sizes(len(self.dataset.input_columns), settings.hidden, len(self.dataset.target_columns))
        n = self.dataset.n_rows
        held = int(self.dataset.test_mask.sum()) if fraction is None else held_out_count(fraction, n)
        return sizes, n - held, count

    def estimated_bytes(self, chunk: int | None = MAX_STACK) -> int:
        """The peak memory of computing the grid: its records, plus one stack of its largest group of cells
        (``chunk``: at most this many cells a stack), counted as a study of that many networks
        (budget.study_bytes)."""
        worst = 0
        for (settings, fraction), count in self._groups().items():
            sizes, rows, k = self._need(settings, fraction, count if chunk is None else min(count, chunk))
            worst = max(worst, study_bytes(sizes, rows, k, Rule.from_settings(settings), bias=settings.bias,
                                           own_rows=fraction is not None, table_rows=self.dataset.n_rows,
                                           records=CURVE_POINTS + 1))
        return worst + self.size * RECORD_BYTES

    def estimated_seconds(self) -> float:
        """A rough, pessimistic estimate of the whole grid's time on one busy core (budget.study_seconds)."""
        total = 0.0
        for (settings, fraction), count in self._groups().items():
            sizes, rows, k = self._need(settings, fraction, count)
            total += study_seconds(sizes, rows, k, self.iterations, Rule.from_settings(settings), bias=settings.bias,
                                   own_rows=fraction is not None)
        return total

    def check(self, budget: int | None = None, chunk: int | None = MAX_STACK) -> None:
        """Refuse a grid that cannot run, before anything large is allocated: ValueError for bad settings or
        data, BudgetError (a ValueError) when its memory need is over the budget (both named)."""
        if self.size > MAX_CELLS:
            raise BudgetError(say("{n:,} cells is more than an atlas computes ({most:,}); use fewer values", n=self.size,
                                  most=MAX_CELLS))
        for (settings, fraction), _ in self._groups().items():
            problems = settings.problems() + [p.describe(self.dataset.names)
                                              for p in self.dataset.problems(output=settings.output)]
            if problems:
                raise ValueError(one_after_another(problems))
            if fraction is not None and held_out_count(fraction, self.dataset.n_rows) >= self.dataset.n_rows:
                raise ValueError(say("every row would be a test row; keep at least one training row"))
        lr = self.axis("learning_rate")
        for rate in (lr.values if lr else (self.base_settings.learning_rate,)):
            problem = FIELD["learning_rate"].problem(rate)
            if problem:
                raise ValueError(problem)
        budget = STUDY_BUDGET if budget is None else budget
        need = self.estimated_bytes(chunk)
        if need > budget:
            raise BudgetError(say("this atlas of {n:,} cells ({shape}) would need about {need} of memory (the limit "
                                  "for an atlas is {limit}); use fewer cells, fewer rows or a smaller network",
                                  n=self.size, shape=" x ".join(map(str, self.shape)), need=_mb(need), limit=_mb(budget)))


__all__ = ["Axis", "Cell", "Grid", "log_space", "AXIS_NAMES", "AXIS_SETTINGS", "DEFAULT_TARGET_ERROR", "CURVE_POINTS",
           "MAX_STACK"]

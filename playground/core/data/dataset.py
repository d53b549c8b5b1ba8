"""The truth table: named input and target columns over rows of numbers.

A dataset is a 2-D float array ``values`` (rows x columns) plus, for every
column, a name and a role: ``"input"`` (fed to the network, the notebook's
``X``) or ``"target"`` (what the output should be, the notebook's ``y``).
Targets must lie in [0, 1] because the output layer is a sigmoid (or a softmax);
only a linear output may learn other values.

Any row can be marked "test" (held out): ``test`` is one flag per row; training
uses the other rows, and the error is recorded for both sets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from playground.core.limits import MAX_NAME_CHARS
from playground.core.texts import lone_surrogate, say

INPUT, TARGET = "input", "target"
MAX_ABS_VALUE = 1e6
MAX_GENERATED_INPUTS = 16


class DataError(ValueError):
    """A problem with a dataset or a file, with a message that names the place."""


@dataclass(frozen=True)
class Problem:
    """One invalid cell or column: where it is (0-based; None when it is not cell-specific) and why."""

    row: int | None
    column: int | None
    reason: str

    def describe(self, names: Sequence[str] = ()) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row + 1}")
        if self.column is not None:
            name = names[self.column] if self.column < len(names) else None
            where.append(f"column {self.column + 1}" + (f" ({name!r})" if name else ""))
        return (", ".join(where) + ": " if where else "") + self.reason


def cell_problem(value: float, role: str, output: str = "sigmoid") -> str | None:
    """Why a single cell value is not allowed in a column of this role (for this output layer), or None."""
    if not np.isfinite(value):
        return say("not a finite number")
    if abs(value) > MAX_ABS_VALUE:
        return say("magnitude above {limit:g}", limit=MAX_ABS_VALUE)
    if role == TARGET and output != "linear" and not 0.0 <= value <= 1.0:
        return say("targets must lie between 0 and 1 (the output is a {output})", output=output)
    return None


def name_problem(name: str, others: Iterable[str]) -> str | None:
    """Why a column name is not allowed, given the other columns' names, or None."""
    if not name or not name.strip():
        return say("column name is empty")
    if len(name) > MAX_NAME_CHARS:  # first: the other messages quote the name
        return say("column name {start!r}... is {n:,} characters long; the limit is {limit:,}", start=name[:20],
                   n=len(name), limit=MAX_NAME_CHARS)
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in name):  # C0, DEL and C1 control characters
        return say("column name {name!r} contains a control character", name=name)
    bad = lone_surrogate(name)
    if bad is not None:  # a lone surrogate: no UTF-8 file could hold the name
        return say("column name {name!r} is not valid Unicode (a lone surrogate at character {n})", name=name,
                   n=bad + 1)
    if name != name.strip():
        return say("column name {name!r} has leading or trailing spaces", name=name)
    if name in set(others):
        return say("column name {name!r} is used twice", name=name)
    return None


@dataclass
class Dataset:
    """A truth table: column names, each column's role (input or target), the values (rows x columns) and,
    optionally, which rows are held out of training."""

    names: list[str]
    roles: list[str]
    values: np.ndarray = field(repr=False)
    test: np.ndarray | None = field(default=None, repr=False)  # one bool per row: held out of training

    def __post_init__(self) -> None:
        self.names = [str(n) for n in self.names]
        self.roles = list(self.roles)
        values = np.array(self.values, dtype=float)
        if values.ndim != 2 or values.shape[1] != len(self.names):
            values = values.reshape(-1, len(self.names)) if self.names else np.zeros((0, 0))
        self.values = values
        if len(self.roles) != len(self.names):
            raise DataError(f"{len(self.names)} column names but {len(self.roles)} roles")
        for r in self.roles:
            if r not in (INPUT, TARGET):
                raise DataError(f"unknown column role {r!r} (use 'input' or 'target')")
        test = np.zeros(self.values.shape[0], dtype=bool) if self.test is None else np.array(self.test, dtype=bool)
        if test.shape != (self.values.shape[0],):
            raise DataError(f"{self.values.shape[0]} rows but {test.size} test flags")
        self.test = test

    @classmethod
    def from_arrays(cls, X, Y, input_names: Sequence[str] | None = None,
                    target_names: Sequence[str] | None = None) -> "Dataset":
        X = np.atleast_2d(np.asarray(X, dtype=float))
        Y = np.asarray(Y, dtype=float).reshape(X.shape[0], -1)
        input_names = list(input_names or [f"x{i + 1}" for i in range(X.shape[1])])
        target_names = list(target_names or (["y"] if Y.shape[1] == 1 else [f"y{i + 1}" for i in range(Y.shape[1])]))
        return cls(input_names + target_names, [INPUT] * X.shape[1] + [TARGET] * Y.shape[1], np.hstack([X, Y]))

    # -- views --
    @property
    def n_rows(self) -> int:
        return self.values.shape[0]

    @property
    def input_columns(self) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == INPUT]

    @property
    def target_columns(self) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == TARGET]

    @property
    def input_names(self) -> list[str]:
        return [self.names[i] for i in self.input_columns]

    @property
    def target_names(self) -> list[str]:
        return [self.names[i] for i in self.target_columns]

    @property
    def test_mask(self) -> np.ndarray:
        """One bool per row, True for held-out (test) rows; rows added since count as training rows."""
        n, t = self.n_rows, getattr(self, "test", None)
        if t is None:
            t = np.zeros(0, dtype=bool)
        return t[:n] if t.size >= n else np.concatenate([t, np.zeros(n - t.size, dtype=bool)])

    @property
    def has_test_rows(self) -> bool:
        return bool(self.test_mask.any())

    def split(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(X, Y) of the training rows, then (X, Y) of the test rows, C-contiguous, in table order."""
        X, Y, test = self.X, self.Y, self.test_mask
        if not test.any():
            return X, Y, X[:0], Y[:0]
        train = ~test
        return (np.ascontiguousarray(X[train]), np.ascontiguousarray(Y[train]),
                np.ascontiguousarray(X[test]), np.ascontiguousarray(Y[test]))

    @property
    def X(self) -> np.ndarray:
        """Inputs as a C-contiguous (rows, n_inputs) array (the notebook's X)."""
        return np.ascontiguousarray(self.values[:, self.input_columns])

    @property
    def Y(self) -> np.ndarray:
        """Targets as a C-contiguous (rows, n_targets) array (the notebook's y)."""
        return np.ascontiguousarray(self.values[:, self.target_columns])

    def copy(self) -> "Dataset":
        """A copy that may be edited in place (its arrays are writeable even when this one's are not)."""
        return Dataset(list(self.names), list(self.roles), self.values.copy(), self.test_mask.copy())

    @property
    def is_frozen(self) -> bool:
        """True when this table's arrays are read-only (see :meth:`frozen`)."""
        return not self.values.flags.writeable and not self.test_mask.flags.writeable

    def frozen(self) -> "Dataset":
        """This table as a value: a copy with read-only arrays (itself when it is one already).

        An experiment (``playground.core.data.experiment``) keeps only frozen tables and makes a new one
        for every edit, so a run that started from a table keeps it exactly as it was.
        """
        if self.is_frozen and self.test is not None and self.test.size == self.n_rows:
            return self
        ds = self.copy()
        ds.values.setflags(write=False)
        ds.test.setflags(write=False)
        return ds

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Dataset) and self.names == other.names and self.roles == other.roles
                and self.values.shape == other.values.shape and bool(np.array_equal(self.values, other.values))
                and bool(np.array_equal(self.test_mask, other.test_mask)))

    # -- validation --
    def problems(self, limit: int = 1000, output: str = "sigmoid") -> list[Problem]:
        """Every problem (up to ``limit``) with its row, column and reason; empty when trainable.

        ``output`` is the network's output layer: only a linear one allows targets outside [0, 1]."""
        out: list[Problem] = []
        for c, name in enumerate(self.names):
            why = name_problem(name, self.names[:c])
            if why:
                out.append(Problem(None, c, why))
        if not self.input_columns:
            out.append(Problem(None, None, say("the dataset needs at least one input column")))
        if not self.target_columns:
            out.append(Problem(None, None, say("the dataset needs at least one target column")))
        if self.n_rows == 0:
            out.append(Problem(None, None, say("the dataset has no rows")))
        v = self.values
        bad = ~np.isfinite(v) | (np.abs(np.nan_to_num(v)) > MAX_ABS_VALUE)
        targets = np.zeros(v.shape[1], dtype=bool)
        targets[self.target_columns] = True
        if output != "linear":
            with np.errstate(invalid="ignore"):
                bad |= targets[None, :] & ~((v >= 0) & (v <= 1))
        for r, c in zip(*np.nonzero(bad)):
            if len(out) >= limit:
                break
            out.append(Problem(int(r), int(c), cell_problem(float(v[r, c]), self.roles[c], output) or say("invalid")))
        if self.n_rows and self.test_mask.all():
            out.append(Problem(None, None, say("every row is marked test; keep at least one training row")))
        return out

    def conflicts(self) -> dict[int, list[int]]:
        """Rows whose inputs equal another row's but whose targets differ: row -> the other such rows.

        No network can fit both: it gives one output for one input, so the best it can do
        is their average, and the error cannot fall to 0. Trainable all the same.
        """
        if self.n_rows < 2 or not self.input_columns:
            return {}
        X, Y = self.X, self.Y
        _, group = np.unique(X, axis=0, return_inverse=True)
        group = np.asarray(group).reshape(-1)
        out: dict[int, list[int]] = {}
        for g in np.flatnonzero(np.bincount(group) > 1):
            rows = np.flatnonzero(group == g)
            if any(not np.array_equal(Y[rows[0]], Y[r]) for r in rows[1:]):
                for r in rows:
                    out[int(r)] = [int(o) for o in rows if o != r]
        return out

    def validate(self) -> None:
        """Raise DataError listing every problem (one per line) unless the dataset can be trained on."""
        problems = self.problems()
        if problems:
            raise DataError("\n".join(p.describe(self.names) for p in problems))


def truth_table(input_names: Sequence[str]) -> np.ndarray:
    """All 2**n rows of 0/1 for n inputs, counting up in binary with the first input as the high bit."""
    n = len(input_names)
    if not 1 <= n <= MAX_GENERATED_INPUTS:
        raise DataError(f"a truth table needs 1 to {MAX_GENERATED_INPUTS} inputs, got {n}")
    for i, name in enumerate(input_names):
        why = name_problem(name, input_names[:i])
        if why:
            raise DataError(f"input {i + 1}: {why}")
    rows = np.arange(2 ** n)[:, None]
    shifts = np.arange(n - 1, -1, -1)[None, :]
    return ((rows >> shifts) & 1).astype(float)


def generate(input_names: Sequence[str], target_names: Sequence[str] = ("y",),
             targets: np.ndarray | None = None) -> Dataset:
    """A truth table over the inputs, with target columns (zeros unless given)."""
    X = truth_table(input_names)
    Y = np.zeros((X.shape[0], len(target_names))) if targets is None else np.asarray(targets, float).reshape(X.shape[0], -1)
    return Dataset.from_arrays(X, Y, input_names, target_names)


def default_names(n: int) -> list[str]:
    """a, b, c, ... z, then x27, x28, ... for generated inputs."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [letters[i] if i < 26 else f"x{i + 1}" for i in range(n)]


__all__ = ["Dataset", "DataError", "Problem", "INPUT", "TARGET", "truth_table", "generate",
           "cell_problem", "name_problem", "default_names"]

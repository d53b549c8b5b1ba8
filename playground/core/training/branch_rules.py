"""The rules of the run tree's branches, without Qt: when a run can go on under other settings, which
states a branch starts from, and what changed, as facts.

A :class:`~playground.core.training.run_session.RunSession` decides with these whether an edit after training
branches (the same layer sizes, bias and seed), selects a branch again (the same experiment) or starts
again. What changed is given as :class:`ChangePart` s: plain English words that a record keeps (core
has no translations, and a document keeps them) and the facts they were made from, so that the window
says the same in the interface language (``playground.ui.run.branches``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.nn.network import Network, layer_sizes
from playground.core.training.run_record import MAX_CHECKPOINTS, Checkpoint, RunRecord, Series
from playground.core.data.settings import FIELD, Settings

if TYPE_CHECKING:  # documents (JSON reading) is loaded when first used
    from playground.core.files.documents import Trained

# Settings that choose the starting weights or their shapes: a change of any of them does not fit a
# run's weights, so it starts a new run (a root) instead of a branch.
SHAPE_FIELDS = ("hidden", "bias", "seed")
# The optimiser's memory (momentum's v, Adam's m and s) only goes on under the same optimiser.
OPTIMIZER_FIELDS = ("optimizer", "momentum", "beta1", "beta2", "eps")


def fits(dataset: Dataset, settings: Settings, other_dataset: Dataset, other: Settings) -> bool:
    """True when a run of (dataset, settings) can go on under (other_dataset, other): the same layer
    sizes, bias and seed (the weights fit, and the mini-batch order is the seed's)."""
    sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))
    other_sizes = layer_sizes(len(other_dataset.input_columns), other.hidden, len(other_dataset.target_columns))
    return sizes == other_sizes and all(getattr(settings, f) == getattr(other, f) for f in SHAPE_FIELDS)


def same_experiment(record: RunRecord, dataset: Dataset, settings: Settings) -> bool:
    """The record trained this very table (values, names, roles, test rows) under these settings
    (Iterations aside): where Undo and Redo find a branch again."""
    return record.settings.same_run(settings) and record.dataset == dataset


def checkpoint(network: Network, iteration: int) -> Checkpoint:
    """The exact state of a live network after ``iteration`` updates."""
    state = network.get_state()
    return Checkpoint(int(iteration), tuple(state["weights"]),
                      None if state["biases"] is None else tuple(state["biases"]), state["optimizer"] or None)


def for_settings(point: Checkpoint, old: Settings, new: Settings) -> Checkpoint:
    """The state a branch under ``new`` starts from: the optimiser's memory is kept only when the
    optimiser is the same."""
    if point.optimizer is None or all(getattr(old, f) == getattr(new, f) for f in OPTIMIZER_FIELDS):
        return point
    return Checkpoint(point.iteration, point.weights, point.biases, None)


def finite(point: Checkpoint) -> bool:
    """Every weight and bias is a number (a diverged run's are not: nothing goes on from them)."""
    return all(np.isfinite(p).all() for p in (*point.weights, *(point.biases or ())))


def same_weights(a: Checkpoint, b: Checkpoint) -> bool:
    """The same weights and biases, exactly."""
    def same(x, y):
        if x is None or y is None:
            return x is None and y is None
        return len(x) == len(y) and all(np.array_equal(np.asarray(p), np.asarray(q)) for p, q in zip(x, y))
    return a.iteration == b.iteration and same(a.weights, b.weights) and same(a.biases, b.biases)


def go_on_from(point: Checkpoint, curve: Series, logged: Series) -> Trained:
    """What a Job starts from to go on at ``point``: its weights, the optimiser's memory, and the
    path's curve and Error: lines before it (the helper extends them as an unbranched run would)."""
    from playground.core.files.documents import Trained

    before = point.iteration - 1
    c, g = curve.upto(before), logged.upto(before)
    return Trained(point.iteration, list(point.weights), None if point.biases is None else list(point.biases),
                   c.iterations, c.errors, g.iterations, g.errors, optimizer=point.optimizer,
                   history_losses=c.losses, history_tests=c.tests, logged_losses=g.losses, logged_tests=g.tests)


def series(iterations, errors, losses=None, tests=None) -> Series:
    """A Series from a session's arrays (NaN where a value is not known)."""
    it = np.asarray(iterations, dtype=np.int64).reshape(-1)
    n = len(it)

    def column(values):
        if values is None or len(values) != n:
            return np.full(n, np.nan)
        return np.asarray(values, dtype=float).reshape(-1)
    return Series(it, column(errors), column(losses), column(tests))


def progressed(rec: RunRecord) -> bool:
    """The record has trained since its start (a branch without progress is still being made: the
    next edit joins it)."""
    start = rec.start_iteration
    return len(rec.curve) > 0 or len(rec.logged) > 0 or (rec.last is not None and rec.last.iteration > start)


def state_of(rec: RunRecord, iteration: int) -> Checkpoint | None:
    """The record's exact state at ``iteration``, if it kept it."""
    for point in (rec.last, rec.start, *rec.checkpoints):
        if point is not None and point.iteration == iteration and point.weights:
            return point
    return None


def bounded(checkpoints: list[Checkpoint]) -> list[Checkpoint]:
    """At most MAX_CHECKPOINTS, spread evenly, the latest kept (what a record may hold)."""
    if len(checkpoints) <= MAX_CHECKPOINTS:
        return checkpoints
    step = -(-len(checkpoints) // MAX_CHECKPOINTS)
    kept = checkpoints[::step]
    return kept[:-1] + [checkpoints[-1]] if kept[-1] is not checkpoints[-1] else kept


def path_series(path: list[RunRecord]) -> tuple[Series, Series, list[Checkpoint]]:
    """The curve, the Error: lines and the History's checkpoints along a path: each ancestor's up to
    where the next branch left it, then the last record's own."""
    curves, lines, entries = [], [], []
    for a, after in zip(path, path[1:] + [None]):
        end = after.branched_at - 1 if after is not None else None
        curves.append(a.curve if end is None else a.curve.upto(end))
        lines.append(a.logged if end is None else a.logged.upto(end))
        entries += [p for p in a.checkpoints if end is None or p.iteration <= end]
    return Series.concat(curves), Series.concat(lines), entries


# ------------------------------------------------------------------ what changed, as facts
NOTHING, SETTINGS, SETTING = "nothing changed", "settings changed", "setting"
ROW_ADDED, ROW_EDITED, ROWS_EDITED, TABLE_EDITED = "row added", "row edited", "rows edited", "table edited"


@dataclass(frozen=True)
class ChangePart:
    """One part of what changed: its English words and what they were made from (``kind`` and
    ``values``: a row number, a row count, or a setting's name with its old and new value)."""

    english: str
    kind: str
    values: tuple = ()


def english_value(value: Any) -> str:
    """A setting's value as English data (a record keeps it)."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if value is None:
        return "all"
    return str(value)


def settings_parts(old: Settings, new: Settings) -> list[ChangePart]:
    """'learning rate 1 → 2' (two fields at most by name, else 'settings changed')."""
    a, b = old.to_dict(), new.to_dict()
    names = [k for k in a if a[k] != b[k] and k != "iterations"]
    if not names:
        return [ChangePart(NOTHING, NOTHING)]
    if len(names) > 2:
        return [ChangePart(SETTINGS, SETTINGS)]
    return [ChangePart(f"{FIELD[k].label} {english_value(getattr(old, k))} → {english_value(getattr(new, k))}",
                       SETTING, (k, getattr(old, k), getattr(new, k))) for k in names]


def table_part(old: Dataset, new: Dataset) -> ChangePart:
    """'row 5 added', 'row 3 edited', '2 rows edited' or 'table edited'."""
    if old.names == new.names and old.roles == new.roles:
        n_old, n_new = old.n_rows, new.n_rows
        if n_new == n_old + 1 and np.array_equal(old.values, new.values[:n_old]):
            return ChangePart(f"row {n_new} added", ROW_ADDED, (n_new,))
        if n_new == n_old:
            rows = np.flatnonzero(np.any(old.values != new.values, axis=1)
                                  | (old.test_mask != new.test_mask)).tolist()
            if len(rows) == 1:
                return ChangePart(f"row {rows[0] + 1} edited", ROW_EDITED, (rows[0] + 1,))
            if rows:
                return ChangePart(f"{len(rows)} rows edited", ROWS_EDITED, (len(rows),))
    return ChangePart(TABLE_EDITED, TABLE_EDITED)


def change_parts(base: RunRecord, dataset: Dataset, settings: Settings) -> list[ChangePart]:
    """What changed from ``base``'s experiment: the table's part, then the settings' (none when neither
    did)."""
    parts = []
    if base.dataset != dataset:
        parts.append(table_part(base.dataset, dataset))
    if not base.settings.same_run(settings):
        parts += settings_parts(base.settings, settings)
    return parts


def english_label(s: Settings, table: str = "") -> str:
    """How a run is named in English (the window names it in the interface language)."""
    from playground.core.data.settings import format_hidden

    text = (f"hidden {format_hidden(s.hidden)} · lr {s.learning_rate:g} · {s.activation} · "
            f"{'bias' if s.bias else 'no bias'} · seed {s.seed}")
    return f"{table} · {text}" if table else text

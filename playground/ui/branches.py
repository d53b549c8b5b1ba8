"""Branches of the run tree as the window makes them: what a change is called, and the states a run
goes on from.

Editing after training starts a branch (:class:`~playground.core.run_tree.RunTree`) instead of
erasing the run. Each branch has a ``change``: plain English words kept with the record (core
has no translations, and a document keeps them), and the same words in the interface language
for the legend and the log, built here from the same facts (:func:`settings_change`,
:func:`table_change`, :func:`weight_change`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from playground.core.dataset import Dataset
from playground.core.network import Network, layer_sizes
from playground.core.run_record import MAX_CHECKPOINTS, Checkpoint, RunRecord, Series
from playground.core.settings import FIELD, Settings

if TYPE_CHECKING:  # documents (JSON reading) is loaded when first used
    from playground.core.documents import Trained

# Settings that choose the starting weights or their shapes: a change of any of them does not fit a
# run's weights, so it starts a new run (a root) instead of a branch.
SHAPE_FIELDS = ("hidden", "bias", "seed")
# The optimiser's memory (momentum's v, Adam's m and s) only goes on under the same optimiser.
OPTIMIZER_FIELDS = ("optimizer", "momentum", "beta1", "beta2", "eps")


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A text marked elsewhere (a saved change of a fixed wording) in the interface language."""
    return translate("Branches", text)


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
    from playground.core.documents import Trained

    before = point.iteration - 1
    c, g = curve.upto(before), logged.upto(before)
    return Trained(point.iteration, list(point.weights), None if point.biases is None else list(point.biases),
                   c.iterations, c.errors, g.iterations, g.errors, optimizer=point.optimizer,
                   history_losses=c.losses, history_tests=c.tests, logged_losses=g.losses, logged_tests=g.tests)


def series(iterations, errors, losses=None, tests=None) -> Series:
    """A Series from the Run's arrays (NaN where a value is not known)."""
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


# ------------------------------------------------------------------ what changed, in words
def describe(base: RunRecord, dataset: Dataset, settings: Settings,
             draft_change: tuple[str, str] | None = None) -> tuple[str, str]:
    """What changed from ``base``'s experiment, in English (kept) and in the interface language; a
    branch still being made (``draft_change``) keeps its typed weight."""
    parts = []
    if draft_change is not None and draft_change[0].startswith("weight"):
        parts.append((draft_change[0].split(";")[0], draft_change[1].split(";")[0]))
    if base.dataset != dataset:
        parts.append(table_change(base.dataset, dataset))
    if not base.settings.same_run(settings):
        parts.append(settings_change(base.settings, settings))
    if not parts:
        parts.append(("nothing changed", translate("Branches", "nothing changed")))
    return "; ".join(p[0] for p in parts), "; ".join(p[1] for p in parts)


def _value(name: str, value) -> tuple[str, str]:
    """A setting's value as English data and as the interface shows it."""
    if isinstance(value, bool):
        return ("on" if value else "off"), (translate("Branches", "on") if value else translate("Branches", "off"))
    if isinstance(value, float):
        return f"{value:g}", QLocale().toString(value, "g", 6)
    if isinstance(value, tuple):
        text = ", ".join(str(v) for v in value)
        return text, text
    if value is None:
        return "all", translate("Branches", "all")
    return str(value), str(value)


def settings_change(old: Settings, new: Settings) -> tuple[str, str]:
    """'learning rate 1 → 2' in English and in the interface language (two fields at most by name)."""
    a, b = old.to_dict(), new.to_dict()
    names = [k for k in a if a[k] != b[k] and k != "iterations"]
    if not names:
        return "nothing changed", translate("Branches", "nothing changed")
    if len(names) > 2:
        return "settings changed", translate("Branches", "settings changed")
    english, local = [], []
    for k in names:
        (ea, la), (eb, lb) = _value(k, getattr(old, k)), _value(k, getattr(new, k))
        label = FIELD[k].label
        english.append(f"{label} {ea} → {eb}")
        words = translate("Undo", label)  # the field's name as the Edit menu's "Undo Change ..." says it
        local.append(translate("Branches", "{setting} {old} → {new}").format(setting=words, old=la, new=lb))
    return "; ".join(english), "; ".join(local)


def table_change(old: Dataset, new: Dataset) -> tuple[str, str]:
    """'row 5 added', 'row 3 edited', 'table edited' in English and in the interface language."""
    if old.names == new.names and old.roles == new.roles:
        n_old, n_new = old.n_rows, new.n_rows
        if n_new == n_old + 1 and np.array_equal(old.values, new.values[:n_old]):
            return f"row {n_new} added", translate("Branches", "row {row} added").format(row=n_new)
        if n_new == n_old:
            rows = np.flatnonzero(np.any(old.values != new.values, axis=1)
                                  | (old.test_mask != new.test_mask)).tolist()
            if len(rows) == 1:
                return f"row {rows[0] + 1} edited", translate("Branches", "row {row} edited").format(row=rows[0] + 1)
            if rows:
                return f"{len(rows)} rows edited", translate("Branches", "{count} rows edited").format(count=len(rows))
    return "table edited", translate("Branches", "table edited")


def weight_change(name: str, row: int, column: int, value: float) -> tuple[str, str]:
    """'weight syn0[1, 2] = 2' (1-based, as the inspector's Undo text says it)."""
    cell = f"{name}[{row + 1}, {column + 1}]"
    return (f"weight {cell} = {value:g}",
            translate("Branches", "weight {cell} = {value}").format(cell=cell, value=QLocale().toString(value, "g", 6)))


def branched_text(iteration: int, change: str) -> str:
    """How the legend and the log name a branch: 'branched at 30,000: learning rate 1 → 2'."""
    return translate("Branches", "branched at {iteration}: {change}").format(
        iteration=QLocale().toString(int(iteration)), change=change)

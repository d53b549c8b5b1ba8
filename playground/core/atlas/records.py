"""What a finished cell of the atlas is: its record (the CLI's --json / --csv line, the map's cell).

API (``playground.core.atlas.records``)::

    CellRecord (frozen)
        index                  (i, j[, k]): the cell's position, one per axis
        coordinates            {axis name: value} (hidden: a tuple of sizes; batch_size: None = all rows)
        seed                   the seed it trained with (grid.py's seed rule)
        final_error            mean |Y - output| of its final weights on its training rows (as ``train``
                               --json's summary.final_error: the last finite weights if it diverged);
                               NaN when not finite
        final_test_error       the same on its held-out rows, or None without any
        iterations_to_target   the first recorded iteration whose error is at most the target, or None
        labels                 tuple of labels.LABELS names (at least one)
        main_label             the one the map shows (labels.main_label)
        curve                  ((iteration, error), ...): at most ~100 points of its error curve, each one
                               a point of ``train``'s own curve (NaN after it diverged)
        diverged_at            the iteration it stopped at (weights non-finite), or None
        to_json() -> dict      plain JSON values (NaN as null)
        csv_row(axes) -> list  one CSV row; CSV_COLUMNS(axes) its header
    AtlasRecords(job_id, records, final, stopped=False)   the helper's message: a part of a job's records
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Sequence


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class CellRecord:
    """One trained cell: where it is, what it reached and why it failed (module docstring)."""

    index: tuple[int, ...]
    coordinates: dict
    seed: int
    final_error: float
    final_test_error: float | None
    iterations_to_target: int | None
    labels: tuple[str, ...]
    main_label: str
    curve: tuple[tuple[int, float], ...] = field(default=())
    diverged_at: int | None = None

    def to_json(self) -> dict:
        """The record as plain JSON values (hidden sizes as a list, non-finite numbers as null)."""
        return {
            "index": list(self.index),
            "coordinates": {k: _plain(v) for k, v in self.coordinates.items()},
            "seed": self.seed,
            "final_error": _plain(self.final_error),
            "final_test_error": _plain(self.final_test_error),
            "iterations_to_target": self.iterations_to_target,
            "labels": list(self.labels),
            "main_label": self.main_label,
            "diverged_at": self.diverged_at,
            "curve": [[i, _plain(e)] for i, e in self.curve],
        }

    def csv_row(self, axes: Sequence) -> list:
        """The CSV row: the coordinates in the axes' words, then the numbers and the labels."""
        def number(v):
            return "" if v is None or (isinstance(v, float) and not math.isfinite(v)) else repr(v)

        seed = [] if any(a.name == "seed" for a in axes) else [str(self.seed)]
        return ([a.text(self.coordinates[a.name]) for a in axes]
                + seed + [number(self.final_error), number(self.final_test_error),
                   "" if self.iterations_to_target is None else str(self.iterations_to_target),
                   self.main_label, " ".join(self.labels)])


def csv_columns(axes: Sequence) -> list[str]:
    """The CSV header for a grid with these axes (the seed once: an axis, or a column after them)."""
    seed = [] if any(a.name == "seed" for a in axes) else ["seed"]
    return [a.name for a in axes] + seed + ["final_error", "final_test_error", "iterations_to_target",
                                     "main_label", "labels"]


@dataclass(frozen=True)
class AtlasRecords:
    """A helper's message: records of the job ``job_id`` finished since its last message; ``final`` on its last
    (``stopped`` when a Cancel ended it before every cell was trained)."""

    job_id: int
    records: tuple[CellRecord, ...]
    final: bool
    stopped: bool = False


__all__ = ["CellRecord", "AtlasRecords", "csv_columns"]

"""The atlas the window shows: the grid, and the records of its cells as they arrive.

One owner of that state: the runner hands it records, the map, the legend, the hover panel and the
description listen to it (``recordsAdded``, ``gridChanged``) and ask it.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, Signal

from playground.ui.atlas.atlas_colours import label_key


class AtlasModel(QObject):
    """A grid of two axes and the records of its finished cells, keyed by (column, row)."""

    gridChanged = Signal()  # a new grid: no records yet
    recordsAdded = Signal(list)  # the (column, row) positions that have a record now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = None
        self._records: dict[tuple[int, int], object] = {}
        self._tally()

    # ------------------------------------------------------------------ the grid
    def set_grid(self, grid) -> None:
        self.grid = grid
        self._records = {}
        self._tally()
        self.gridChanged.emit()

    def _tally(self) -> None:
        """Counts kept as records arrive, so an update costs what it adds, not what the map holds."""
        self.label_counts: Counter = Counter()  # main label -> cells
        self.done_along: tuple[Counter, Counter] = (Counter(), Counter())  # finished cells per column, per row
        self.diverged_along: tuple[Counter, Counter] = (Counter(), Counter())  # diverged cells likewise

    @property
    def x_axis(self):
        return self.grid.axes[0]

    @property
    def y_axis(self):
        return self.grid.axes[1] if len(self.grid.axes) > 1 else None

    def shape(self) -> tuple[int, int]:
        """(columns, rows): the x axis's values by the y axis's (1 row for a grid of one axis)."""
        if self.grid is None:
            return 0, 0
        y = self.y_axis
        return len(self.x_axis.values), (len(y.values) if y is not None else 1)

    def cells(self) -> int:
        columns, rows = self.shape()
        return columns * rows

    def position(self, record) -> tuple[int, int]:
        """A record's (column, row): its index along the first and the second axis."""
        index = record.index
        if isinstance(index, (tuple, list)):
            return int(index[0]), int(index[1]) if len(index) > 1 else 0
        columns, rows = self.shape()  # a flat index, the last axis fastest (NumPy's order)
        return int(index) // rows, int(index) % rows

    # ------------------------------------------------------------------ records
    def add(self, records: list) -> None:
        """Records of finished cells (from the runner): kept, then told."""
        if self.grid is None or not records:
            return
        added = []
        for r in records:
            at = self.position(r)
            old = self._records.get(at)
            if old is not None:  # the same cell again: count it once
                self._count(old, at, -1)
            self._records[at] = r
            self._count(r, at, 1)
            added.append(at)
        self.recordsAdded.emit(added)

    def _count(self, record, at: tuple[int, int], sign: int) -> None:
        key = label_key(record.main_label)
        self.label_counts[key] += sign
        for k in (0, 1):
            self.done_along[k][at[k]] += sign
            if key == "diverged":
                self.diverged_along[k][at[k]] += sign

    def record(self, column: int, row: int):
        """The record of a cell, or None while it is not computed."""
        return self._records.get((column, row))

    def records(self) -> list:
        """Every record so far, in the grid's order."""
        return [self._records[k] for k in sorted(self._records)]

    def done(self) -> int:
        return len(self._records)

    def value(self, axis, i: int):
        return axis.values[i]

    def cell_values(self, column: int, row: int) -> tuple:
        """The cell's values on the axes (x, y)."""
        y = self.y_axis
        return (self.x_axis.values[column],) + ((y.values[row],) if y is not None else ())


def sample_model(parent: QObject | None = None, hidden: int = 2, iterations: int = 300) -> AtlasModel:
    """A model of a small XOR atlas (learning rate 0.01-100 by seeds 1-6) computed here, for the previews."""
    from playground.core.atlas.compute import compute
    from playground.core.atlas.grid import Axis, Grid, log_space
    from playground.core.data.presets import get_preset

    preset = get_preset("xor")
    grid = Grid(preset.dataset(), preset.settings.with_(hidden=(hidden,), bias=True),
                [Axis("learning_rate", log_space(0.01, 100, 12), log=True), Axis("seed", tuple(range(1, 7)))],
                iterations=iterations)
    model = AtlasModel(parent)
    model.set_grid(grid)
    model.add(compute(grid, workers=1))
    return model

"""The atlas's cell panel: the error curve of the cell under the mouse (or the keyboard's cursor), its numbers
and its labels; and the sentence that describes the whole map (the window's accessible description)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.core.atlas.labels import whole_percentages
from playground.ui.atlas.atlas_axes import axis_title
from playground.ui.atlas.atlas_colours import label_colour, label_name
from playground.ui.atlas.atlas_model import AtlasModel
from playground.ui.language import number
from playground.ui.views.error_axes import error_plot_widget


def curve_points(record, iterations: int) -> tuple[np.ndarray, np.ndarray]:
    """A record's curve as (iterations, errors): an (n, 2) array of both, or errors spread evenly over the run."""
    curve = getattr(record, "curve", None)
    if curve is None:
        return np.zeros(0), np.zeros(0)
    c = np.asarray(curve, dtype=float)
    if c.ndim == 2 and c.shape[1] >= 2:
        return c[:, 0], c[:, 1]
    c = c.ravel()
    if len(c) == 0:
        return np.zeros(0), np.zeros(0)
    return np.linspace(0, iterations, len(c)), c


def coordinates_text(model: AtlasModel, column: int, row: int) -> str:
    """The cell's place in the user's units: "learning rate 0.5 · seed 3"."""
    parts = []
    for axis, i in zip(model.grid.axes, (column, row)):
        parts.append(f"{axis_title(axis.name)} {axis.text(axis.values[i])}")
    return " · ".join(parts)


def record_text(model: AtlasModel, column: int, row: int) -> str:
    """The cell's place, main label, numbers and other labels, a line each."""
    where = coordinates_text(model, column, row)
    r = model.record(column, row)
    if r is None:
        return where + "\n" + QCoreApplication.translate("AtlasCell", "not computed yet")
    first = [label_name(r.main_label),
             QCoreApplication.translate("AtlasCell", "final error {error}").format(error=_number(r.final_error))]
    if getattr(r, "final_test_error", None) is not None:
        first.append(QCoreApplication.translate("AtlasCell", "test error {error}").format(
            error=_number(r.final_test_error)))
    its = r.iterations_to_target
    lines = [where, " · ".join(first),
             QCoreApplication.translate("AtlasCell", "target at iteration {n}").format(n=QLocale().toString(int(its)))
             if its is not None and its >= 0
             else QCoreApplication.translate("AtlasCell", "target not reached")]
    others = [label_name(x) for x in r.labels if x != r.main_label]
    if others:
        lines.append(QCoreApplication.translate("AtlasCell", "also: {labels}").format(labels=", ".join(others)))
    return "\n".join(lines)


def _number(value) -> str:
    if value is None:
        return "—"
    return number(float(value), ".3g")


def describe(model: AtlasModel) -> str:
    """The map in a sentence: "12 of 16 cells · 61% converged, 25% diverged · diverged from learning rate ≈ 4.2"."""
    if model.grid is None:
        return QCoreApplication.translate("AtlasCell", "No atlas yet: choose two axes and press Compute.")
    total, done = model.cells(), model.done()
    if not done:
        return QCoreApplication.translate("AtlasCell", "{done} of {total} cells computed").format(done=0, total=total)
    counts = (+model.label_counts).most_common()  # (no zero counts)
    shares = ", ".join(QCoreApplication.translate("AtlasCell", "{share}% {label}").format(
                       share=share, label=label_name(k))
                       for (k, _n), share in zip(counts, whole_percentages([n for _k, n in counts])))
    text = QCoreApplication.translate("AtlasCell", "{done} of {total} cells computed").format(
        done=done, total=total) + "; " + shares
    edge = divergence_edge(model)
    if edge is not None:
        text += "; " + QCoreApplication.translate("AtlasCell", "divergence above learning rate ≈ {rate}").format(
            rate=number(edge, ".2g"))
    return text


def divergence_edge(model: AtlasModel) -> float | None:
    """The smallest learning rate of the map at which at least half the finished cells diverged, when the
    larger rates mostly diverge too; None without a learning-rate axis or divergence."""
    axes = model.grid.axes
    which = next((k for k, a in enumerate(axes[:2]) if a.name == "learning_rate"), None)
    if which is None:
        return None
    rates = axes[which].values
    done, diverged = model.done_along[which], model.diverged_along[which]
    shares = [diverged[i] / done[i] if done[i] else None for i in range(len(rates))]
    order = sorted(range(len(rates)), key=lambda i: rates[i])
    for k, i in enumerate(order):
        later = [shares[j] for j in order[k:] if shares[j] is not None]
        if shares[i] is not None and shares[i] >= 0.5 and sum(s >= 0.5 for s in later) >= len(later) / 2:
            return float(rates[i])
    return None


class CellPanel(QWidget):
    """The hovered cell's curve (log error against iteration) and its numbers and labels."""

    def __init__(self, model: AtlasModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("atlasCellPanel")
        self.model = model
        self.cell: tuple[int, int] | None = None
        self.plot = error_plot_widget("atlasCellCurve", self.tr("Error of the cell"))
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=True)
        item.setMouseEnabled(x=False, y=False)
        self.curve = pg.PlotDataItem()
        item.addItem(self.curve)
        self.text = QLabel(objectName="atlasCellText", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.text)
        self._scale = 1.0
        self.show_cell(None)

    def show_cell(self, cell: tuple[int, int] | None) -> None:
        self.cell = cell
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):  # no empty axes before a cell is pointed at: only the hint below
            item.showAxis(name, cell is not None and self.model.grid is not None)
        if cell is None or self.model.grid is None:
            self.curve.setData([], [])
            self.text.setText(self.tr("Point at a cell to see its curve; click it (or press Enter) to open that "
                                      "run in the main window."))
            return
        record = self.model.record(*cell)
        self.text.setText(record_text(self.model, *cell))
        if record is None:
            self.curve.setData([], [])
            return
        x, y = curve_points(record, self.model.grid.iterations)
        keep = np.isfinite(y) & (y > 0)
        self.curve.setData(x[keep], y[keep])
        self.curve.setPen(pg.mkPen(label_colour(record.main_label), width=2 * self._scale))

    def refresh(self) -> None:
        self.show_cell(self.cell)

    def set_scale(self, factor: float) -> None:
        self._scale = float(factor)
        text = self.palette().color(QPalette.ColorRole.Text)
        font = QFont(self.font())
        font.setPointSizeF(9.0 * factor)
        item = self.plot.getPlotItem()
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        item.titleLabel.setAttr("size", f"{10 * factor:.0f}pt")
        item.titleLabel.setAttr("color", text.name())
        item.setTitle(self.tr("Error of the cell"))
        self.refresh()


if __name__ == "__main__":  # python -m playground.ui.atlas.atlas_cell: a cell of a small XOR atlas
    from playground.ui.atlas.atlas_model import sample_model
    from playground.ui.preview import preview

    def _sample() -> CellPanel:
        panel = CellPanel(sample_model())
        panel.show_cell((8, 2))
        return panel

    preview(_sample, size=(360, 420))

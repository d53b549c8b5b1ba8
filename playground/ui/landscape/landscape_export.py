"""The landscape window's exports: the picture (PNG, SVG) and the numbers (CSV), to a path asked for or given.

Pictures go through :func:`playground.ui.documents.exports.save_picture` (the app's one picture writer:
all or nothing, at the presentation scale when that is on). The CSV holds exactly the numbers drawn: for
a surface one line per grid point (the two weights, or the two directions' coordinates, and the error),
for the interpolation one line per point of the line (t and the error); a first comment line says what
the numbers are. Numbers keep all their digits (``repr``): a spreadsheet reads them back exactly.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from playground.core.files.fileio import atomic_write_bytes


def _field(text: str) -> str:
    """A CSV field: quoted when it holds a comma, a quote or a line break (weight names are safe; user
    column names may not be)."""
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def surface_csv(grid: np.ndarray, a: np.ndarray, b: np.ndarray, x_name: str, y_name: str, about: str) -> str:
    """One line per grid point: ``x_name,y_name,error`` (``grid[i, j]`` is the error at ``a[i]``, ``b[j]``)."""
    lines = ["# " + about.replace("\n", " "), f"{_field(x_name)},{_field(y_name)},error"]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            lines.append(f"{float(x)!r},{float(y)!r},{float(grid[i, j])!r}")
    return "\n".join(lines) + "\n"


def line_csv(t: np.ndarray, errors: np.ndarray, about: str) -> str:
    """One line per point of a 1-D curve: ``t,error``."""
    lines = ["# " + about.replace("\n", " "), "t,error"]
    lines += [f"{float(x)!r},{float(e)!r}" for x, e in zip(t, errors)]
    return "\n".join(lines) + "\n"


def write_text(path: str, text: str) -> str:
    """Write ``text`` to ``path`` as the app writes every file (all or nothing)."""
    atomic_write_bytes(path, text.encode("utf-8"))
    return path


def export_landscape(parent: QWidget, plot: QWidget, csv_text: Callable[[], str], path: str | None,
                     kind: str) -> str | None:
    """Write the picture of ``plot`` (``png``, ``svg``) or ``csv_text()`` (``csv``) to ``path``, asking for
    one when it is None; a failure is told in a message box (None returned)."""
    from playground.ui.documents.exports import save_picture

    title = QCoreApplication.translate("LandscapeWindow", "Export the landscape")
    if path is None:
        filters = {"png": QCoreApplication.translate("LandscapeWindow", "PNG image (*.png)"),
                   "svg": QCoreApplication.translate("LandscapeWindow", "SVG drawing (*.svg)"),
                   "csv": QCoreApplication.translate("LandscapeWindow", "CSV table (*.csv)")}
        path, _chosen = QFileDialog.getSaveFileName(parent, title, f"landscape.{kind}", filters[kind])
        if not path:
            return None
    try:
        if kind == "csv":
            return write_text(path, csv_text())
        return save_picture(plot.scene(), path)
    except (OSError, ValueError) as error:
        QMessageBox.warning(parent, title, str(error))
        return None

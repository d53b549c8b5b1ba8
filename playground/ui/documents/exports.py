"""The Export menu: pictures (PNG, SVG), the experiment as code (script, notebook), results as CSV.

Pictures are drawn by pyqtgraph's exporters from what the window shows, so with
presentation mode on they come out at the presentation scale (large fonts,
thick lines). Code and CSV come from :mod:`playground.core.explain.export`. Every
``export_*`` method takes a path (tests, scripts) or asks for one.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QIODevice, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QFileDialog, QMenu

from playground import APP_NAME, ORG_NAME
from playground.core.data.dataset import DataError
from playground.core.files.fileio import atomic_write_bytes
from playground.ui.run.branches import UNNAMED_TABLE

# playground.core.explain.export (the code and CSV writers) is imported by each export when first used:
# the window's first frame does not need it.

FOLDER_KEY = "export/folder"
PNG_FILTER = QT_TRANSLATE_NOOP("ExportMenu", "PNG image (*.png)")  # translated where used
SVG_FILTER = QT_TRANSLATE_NOOP("ExportMenu", "SVG drawing (*.svg)")
PNG_RESOLUTION = 2  # PNG pixels per pixel on screen


def save_picture(source, path: str, view=None) -> str:
    """Write a pyqtgraph scene or item as SVG (``.svg``) or PNG (anything else); returns the path.

    The picture is drawn in memory and written as the app writes every file (all or nothing;
    something other than a regular file at ``path``, such as a FIFO, is refused: OSError).
    ``view``, the widget that draws ``source``, may offer ``exporting(ratio)``: a context
    in which it draws its lines and markers for ``ratio`` pixels per px. Qt draws
    pyqtgraph's (cosmetic) pens in device pixels, so without it a 2x PNG had lines half
    as thick as the window's.
    """
    import pyqtgraph.exporters  # noqa: F401 - registers the exporters; imported when first used (start-up time)

    exporting = getattr(view, "exporting", None)
    if path.lower().endswith(".svg"):
        with _svg_close_paths_understood(), exporting(1.0) if exporting is not None else nullcontext():
            data = pg.exporters.SVGExporter(source).export(toBytes=True)
    else:
        if not path.lower().endswith(".png"):
            path += ".png"
        with exporting(PNG_RESOLUTION) if exporting is not None else nullcontext():
            exporter = pg.exporters.ImageExporter(source)
            # the whole item as it looks on screen (so at the presentation scale when that is on),
            # at twice its pixels so it stays sharp on a slide
            exporter.parameters()["width"] = int(round(PNG_RESOLUTION * exporter.getSourceRect().width()))
            data = _png_bytes(exporter.export(toBytes=True))
    if not data:
        raise OSError(f"nothing was drawn for {path}")
    atomic_write_bytes(path, data)
    return path


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    return bytes(buffer.data()) if ok else b""


@contextmanager
def _svg_close_paths_understood():
    """While exporting: drop the close-path "Z" from Qt's SVG paths before pyqtgraph reads them.

    Qt 6.11's SVG generator ends closed paths with " Z"; pyqtgraph 0.14's SVGExporter
    reads every path token as "x,y" and fails on it (pyqtgraph issue #3485), even for a
    plain plot. The paths Qt writes repeat their first point before the "Z", so the
    shapes stay the same. Only our own export call sees the change.
    """
    import pyqtgraph.exporters  # noqa: F401

    module = sys.modules[pg.exporters.SVGExporter.__module__]
    correct = module.correctCoordinates

    def correct_without_close(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                path.setAttribute("d", " ".join(t for t in d.split() if t not in ("Z", "z")))
        return correct(node, defs, item, options)

    module.correctCoordinates = correct_without_close
    try:
        yield
    finally:
        module.correctCoordinates = correct


class ExportMenu(QObject):
    """Builds the Export menu of a MainWindow and performs its exports."""

    @property
    def PICTURES(self) -> dict[str, tuple[str, str]]:  # noqa: N802 - name: (menu text, default file name)
        return {
            "error_plot": (self.tr("Error plot as picture…"), "error-plot.png"),
            "network": (self.tr("Network diagram as picture…"), "network.png"),
            "decision_map": (self.tr("Decision map as picture…"), "decision-map.png"),
        }

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.menu = QMenu(self.tr("E&xport"), window, objectName="exportMenu")
        self.menu.setToolTipsVisible(True)
        self.actions: dict[str, QAction] = {}
        for name, (text, _) in self.PICTURES.items():
            self._add(name, text,
                      self.tr("PNG or SVG, as the window shows it (at the presentation scale when that is on)"),
                      lambda _=False, n=name: self.export_picture(n))
        self.menu.addSeparator()
        self._add("script", self.tr("Python script…"),
                  self.tr("The experiment as a standalone NumPy script in the notebook's style: "
                          "it prints the same Error: lines and outputs as the app"), lambda: self.export_script())
        self._add("notebook", self.tr("Jupyter notebook…"),
                  self.tr("The same code as a Jupyter notebook (.ipynb), to take home"),
                  lambda: self.export_notebook())
        self.menu.addSeparator()
        self._add("predictions", self.tr("Predictions as CSV…"),
                  self.tr("Per row: inputs, targets, outputs and |error|"),
                  lambda: self.export_predictions())
        self._add("weights", self.tr("Weights as CSV…"),
                  self.tr("Every weight and bias of the network shown, one per line"),
                  lambda: self.export_weights())
        bar = window.menuBar()
        before = next((a for a in bar.actions() if a.menu() is not None
                       and a.menu().objectName() in ("viewMenu", "helpMenu")), None)  # names: any language
        if before is not None:
            bar.insertMenu(before, self.menu)
        else:
            bar.addMenu(self.menu)

    def _add(self, name: str, text: str, tip: str, slot) -> None:
        act = self.menu.addAction(text)
        act.setObjectName(f"export_{name}Action")
        act.setToolTip(tip)
        act.triggered.connect(slot)
        self.actions[name] = act

    # ------------------------------------------------------------------ pictures
    def picture_source(self, name: str):
        """The pyqtgraph item a picture is drawn from."""
        w = self.w
        if name == "error_plot":
            return w.error_plot.plot_widget.getPlotItem()
        if name == "network":
            return w.network_view.ci
        if name == "decision_map":
            w.tabs.setCurrentWidget(w.decision_map)  # a hidden tab has no layout to draw from
            w.decision_map.refresh()
            w.decision_map.graphics.ci.layout.activate()
            return w.decision_map.graphics.ci
        raise ValueError(f"unknown picture {name!r}")

    def picture_view(self, name: str):
        """The widget that draws a picture (it may adjust its lines while a PNG is drawn)."""
        return {"error_plot": self.w.error_plot, "network": self.w.network_view,
                "decision_map": self.w.decision_map}.get(name)

    def export_picture(self, name: str, path: str | None = None) -> str | None:
        """Save one of the pictures; asks for the file (PNG or SVG) unless ``path`` is given."""
        text, default = self.PICTURES[name]
        path = path or self._ask(text.replace("…", ""), default, f"{self.tr(PNG_FILTER)};;{self.tr(SVG_FILTER)}")
        if not path:
            return None
        try:
            return self._done(save_picture(self.picture_source(name), path, self.picture_view(name)))
        except (OSError, RuntimeError, ValueError) as e:
            self.w.show_message(self.tr("Could not save the picture: {problem}").format(problem=e))
            return None

    # ------------------------------------------------------------------ code and results
    def _experiment(self):
        reason = self.w.blocking_reason()
        if reason:
            raise DataError(f"the table or settings need fixing first: {reason}")
        return self.w.dataset(), self.w.settings()

    def export_script(self, path: str | None = None) -> str | None:
        from playground.core.explain import export

        return self._write(self.tr("Python script"), "experiment.py", self.tr("Python script (*.py)"), path,
                           lambda p: export.write_script(p, *self._experiment()))

    def export_notebook(self, path: str | None = None) -> str | None:
        from playground.core.explain import export

        return self._write(self.tr("Jupyter notebook"), "experiment.ipynb", self.tr("Jupyter notebook (*.ipynb)"), path,
                           lambda p: export.write_notebook(p, *self._experiment()))

    def export_predictions(self, path: str | None = None) -> str | None:
        from playground.core.explain import export

        def write(p: str) -> None:
            net, ds = self._shown()
            export.write_predictions_csv(p, ds, net.predict(ds.X))
        return self._write(self.tr("Predictions"), "predictions.csv", self.tr("CSV table (*.csv)"), path, write)

    def export_weights(self, path: str | None = None) -> str | None:
        from playground.core.explain import export

        def write(p: str) -> None:
            net, ds = self._shown()
            export.write_weights_csv(p, ds, net.weights, net.biases)
        return self._write(self.tr("Weights"), "weights.csv", self.tr("CSV table (*.csv)"), path, write)

    def _shown(self):
        net, ds = self.w.shown_network(), self.w.dataset()
        if net is None or net.sizes[0] != len(ds.input_columns) or net.sizes[-1] != len(ds.target_columns):
            raise DataError("no network fits the table yet: press Reset or Train")
        return net, ds

    def _write(self, title: str, default: str, filters: str, path: str | None, write) -> str | None:
        path = path or self._ask(self.tr("Export: {what}").format(what=title), default, filters)
        if not path:
            return None
        try:
            write(path)
        except (DataError, OSError, ValueError) as e:
            self.w.show_message(self.tr("Could not export ({what}): {problem}").format(what=title, problem=e))
            return None
        return self._done(path)

    # ------------------------------------------------------------------ files
    def suggested_path(self, default: str) -> str:
        """Where a save dialog opens: the document's (or preset's) name before ``default``, in a folder that exists.

        The folder is the open document's, else the last export's, else the Documents
        folder, else home (a dialog given a missing folder opens in the working folder).
        """
        documents = getattr(self.w, "documents", None)
        doc_path = getattr(documents, "path", None)
        remembered = QSettings(ORG_NAME, APP_NAME).value(FOLDER_KEY, "", type=str)
        candidates = [os.path.dirname(os.path.abspath(doc_path)) if doc_path else "", remembered,
                      QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
                      os.path.expanduser("~")]
        folder = next((c for c in candidates if c and os.path.isdir(c)), os.path.expanduser("~"))
        if doc_path:
            stem = os.path.splitext(os.path.basename(doc_path))[0]
        else:  # an unsaved table: the preset it is, if any
            table_name = getattr(self.w, "table_name", None)
            stem = table_name() if table_name is not None else ""
            stem = "" if stem == UNNAMED_TABLE else stem
        name = f"{stem}-{default}" if stem else default
        return os.path.join(folder, name)

    def _ask(self, title: str, default: str, filters: str) -> str | None:
        path, chosen = QFileDialog.getSaveFileName(self.w, title, self.suggested_path(default), filters)
        if path and chosen == self.tr(SVG_FILTER) and not path.lower().endswith(".svg"):
            path += ".svg"
        return path or None

    def _done(self, path: str) -> str:
        QSettings(ORG_NAME, APP_NAME).setValue(FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
        self.w.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        return path

"""The Export menu: pictures open and are not blank; code and CSV carry the window's numbers."""

import csv
import io
import json
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from playground.ui.main_window import MainWindow

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.close()


def train(qtbot, window, preset):
    window.load_preset(preset)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        window.train()
    assert blocker.args[0] == "done"


def colours(image: QImage) -> int:
    """How many different colours a (downsampled) picture has: a blank one has one or two."""
    small = image.scaled(64, 64)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


@pytest.mark.parametrize("name", ["error_plot", "network", "decision_map"])
def test_pictures_as_png_and_svg_open_and_are_not_blank(qtbot, window, tmp_path, name):
    train(qtbot, window, "xor")
    png = window.exports.export_picture(name, str(tmp_path / f"{name}.png"))
    image = QImage(png)
    assert not image.isNull() and image.width() > 200 and image.height() > 150
    assert colours(image) > 10
    svg = window.exports.export_picture(name, str(tmp_path / f"{name}.svg"))
    doc = xml.dom.minidom.parse(svg)
    assert doc.documentElement.tagName == "svg"
    assert doc.getElementsByTagName("path") or doc.getElementsByTagName("polyline")
    renderer = QSvgRenderer(svg)
    assert renderer.isValid() and not renderer.defaultSize().isEmpty()


def test_png_is_drawn_at_twice_the_screen_size_and_follows_presentation_scale(qtbot, window, tmp_path):
    train(qtbot, window, "xor")
    item = window.exports.picture_source("network")
    width = item.boundingRect().width()
    normal = QImage(window.exports.export_picture("network", str(tmp_path / "n1.png")))
    assert normal.width() == pytest.approx(2 * width, abs=2)
    window.classroom.set_scale(2.0, save=False)
    assert window.network_view.scale_factor() == 2.0 and window.decision_map.scale_factor() == 2.0
    svg_normal = (tmp_path / "n1.svg")
    window.classroom.set_scale(1.0, save=False)
    window.exports.export_picture("network", str(svg_normal))
    window.classroom.set_scale(2.0, save=False)
    window.exports.export_picture("network", str(tmp_path / "n2.svg"))
    # the presentation scale's larger fonts are in the picture
    def font_sizes(path):
        doc = xml.dom.minidom.parse(str(path))
        return [float(t.getAttribute("font-size").rstrip("pxt") or 0) for t in doc.getElementsByTagName("text")
                if t.getAttribute("font-size")]
    assert max(font_sizes(tmp_path / "n2.svg")) > 1.5 * max(font_sizes(svg_normal))


def test_exported_script_prints_what_the_window_shows(qtbot, window, tmp_path):
    train(qtbot, window, "xor")
    path = window.exports.export_script(str(tmp_path / "xor.py"))
    done = subprocess.run([sys.executable, "-I", path], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    log = window.log_view.toPlainText().splitlines()
    printed = [ln for ln in lines if ln.startswith("Error:")]
    assert len(printed) == len(log) == 6
    np.testing.assert_allclose([float(ln[6:]) for ln in printed], [float(ln[6:]) for ln in log], rtol=0, atol=1e-12)
    assert lines[len(printed)] == "Output After Training:"
    assert "\n".join(lines[len(printed) + 1:]) == str(window.predictions_model.outputs())


def test_exported_notebook_validates_and_runs(qtbot, window, tmp_path):
    train(qtbot, window, "notebook-xor")
    path = window.exports.export_notebook(str(tmp_path / "nb.ipynb"))
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = "\n\n".join(c.source for c in nb.cells if c.cell_type == "code")
    code += "\nimport json\nprint('PROBE', json.dumps(l2.tolist()))\n"
    script = tmp_path / "cells.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = [float(ln[6:]) for ln in done.stdout.splitlines() if ln.startswith("Error:")]
    log = [float(ln[6:]) for ln in window.log_view.toPlainText().splitlines()]
    np.testing.assert_allclose(printed, log, rtol=0, atol=1e-12)
    probe = next(ln for ln in done.stdout.splitlines() if ln.startswith("PROBE "))
    np.testing.assert_allclose(json.loads(probe[6:]), window.predictions_model.outputs(), rtol=0, atol=1e-12)


def test_csv_exports_hold_the_shown_predictions_and_weights(qtbot, window, tmp_path):
    train(qtbot, window, "xor")
    p = window.exports.export_predictions(str(tmp_path / "p.csv"))
    rows = list(csv.reader(io.StringIO(Path(p).read_text(encoding="utf-8"))))
    assert rows[0] == ["a", "b", "y", "y output", "y |error|"]
    np.testing.assert_array_equal(np.array(rows[1:], float)[:, 3], window.predictions_model.outputs()[:, 0])
    wpath = window.exports.export_weights(str(tmp_path / "w.csv"))
    rows = list(csv.DictReader(io.StringIO(Path(wpath).read_text(encoding="utf-8"))))
    net = window.shown_network()
    syn1 = [float(r["value"]) for r in rows if r["matrix"] == "syn1"]
    np.testing.assert_array_equal(syn1, net.weights[1].ravel())
    assert {r["matrix"] for r in rows} == {"syn0", "syn1", "b1", "b2"}


def test_code_export_refuses_a_table_that_cannot_train(qtbot, window, tmp_path):
    window.dataset_model.setData(window.dataset_model.index(1, 3), "2")  # target outside [0, 1]
    assert window.blocking_reason()
    assert window.exports.export_script(str(tmp_path / "bad.py")) is None
    assert not (tmp_path / "bad.py").exists()
    assert "Could not export" in window.message_bar.text()


def test_export_menu_lists_every_export(window):
    menu = window.exports.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Error plot as picture…", "Network diagram as picture…", "Decision map as picture…",
                     "Python script…", "Jupyter notebook…", "Predictions as CSV…", "Weights as CSV…"]
    assert menu.menuAction() in window.menuBar().actions()


def test_save_dialogs_open_in_the_documents_folder_with_the_documents_name(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filters: (asked.append(start), ("", ""))[1]))
    documents = tmp_path / "Documents"
    documents.mkdir()
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda location: str(documents)))
    window.load_preset("xor")
    assert window.exports.export_picture("error_plot") is None  # cancelled
    assert asked[-1] == str(documents / "xor-error-plot.png")
    # a saved document: its folder and its name
    folder = tmp_path / "class"
    folder.mkdir()
    assert window.documents.save_as(str(folder / "lesson 3.nnp"))
    window.exports.export_script()
    assert asked[-1] == str(folder / "lesson 3-experiment.py")

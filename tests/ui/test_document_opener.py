"""A second document never disturbs the first: a new window (macOS FileOpen) or a new process (Linux, Windows)."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from playground.ui.documents.document_opener import DocumentOpener
from playground.ui.main_window import MainWindow

DOCUMENT = {
    "format": "nn-playground", "version": 1,
    "dataset": {"columns": [{"name": "p", "role": "input"}, {"name": "q", "role": "input"},
                            {"name": "out", "role": "target"}],
                "rows": [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 1]]},
    "settings": {"hidden": [2], "iterations": 2000, "learning_rate": 1.0, "activation": "sigmoid",
                 "bias": True, "seed": 3, "log_every": 500},
    "trained": None,
}


def write_document(path):
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    return path


def test_file_open_event_opens_the_document_in_a_new_window(qtbot, tmp_path, qapp):
    doc = write_document(tmp_path / "or gate.nnp")
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first_names, first_values = list(first.dataset().names), first.dataset().values.copy()
    opener = DocumentOpener()
    qapp.installEventFilter(opener)
    try:
        with qtbot.waitSignal(opener.windowOpened, timeout=10_000) as opened:
            QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(doc)))
        second = opened.args[0]
        qtbot.addWidget(second)
        assert second is not first and second.isVisible()
        assert list(second.dataset().names) == ["p", "q", "out"]
        assert second.settings().seed == 3
        # the first window is untouched
        assert list(first.dataset().names) == first_names
        assert (first.dataset().values == first_values).all()
        assert first.isVisible()
    finally:
        qapp.removeEventFilter(opener)
        for w in opener.windows:
            w.close()
        first.close()


def test_a_bad_document_shows_a_message_and_opens_no_window(qtbot, tmp_path, qapp):
    bad = tmp_path / "broken.nnp"
    bad.write_text('{"format": "nn-playground", "version": 1, "dataset": ', encoding="utf-8")
    opener = DocumentOpener()
    with qtbot.waitSignal(opener.openFailed, timeout=10_000) as failed:
        assert opener.open_document(str(bad)) is None
    assert "broken.nnp" in failed.args[0]
    assert opener.windows == []
    # its own box (another test file run before in this process may have left a box of its own open)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
             and w.objectName() == "openFailedBox"]
    assert len(boxes) == 1 and "broken.nnp" in boxes[0].text()
    boxes[0].accept()


def test_two_launches_on_one_document_run_side_by_side(tmp_path):
    """Linux and Windows start a process per double-click: two at once both train and neither changes the file."""
    doc = write_document(tmp_path / "shared.nnp")
    before = doc.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    shots = [tmp_path / "a.png", tmp_path / "b.png"]
    procs = [subprocess.Popen([sys.executable, "-m", "playground", str(doc), "--screenshot", str(shot), "--train",
                               "--size", "1280x800"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for shot in shots]
    results = [p.communicate(timeout=180) for p in procs]
    for proc, (out, err), shot in zip(procs, results, shots):
        assert proc.returncode == 0, err
        assert "training: done" in out
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
    assert doc.read_bytes() == before

"""Recovery at start-up cannot hang or loop, whatever is in the autosave folder.

Each test starts a window as ``nn-playground`` does (its first frame painted, then the recovery
offer) with a crashed session's leftovers in the autosave folder: a FIFO there used to hang the
start, a folder was offered for recovery at every start (Discard could not remove it), and an
autosave whose table has no rows raised a reshape error when recovered. The dialogs' answers are
given by replacing ``ask_recover`` / ``ask_unreadable``; everything else is the window's own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from playground.core.files.autosave import SUFFIX, write_autosave
from playground.core.data.dataset import generate
from playground.core.files.documents import Document, document_to_dict
from playground.core.data.settings import Settings
from playground.ui.documents import documents_controller as dc
from playground.ui.main_window import MainWindow
from tests.special_files import kind_at, make, needs_fifos, unstuck


def folder_of(home) -> str:
    folder = os.path.join(home, "data", "autosave")
    os.makedirs(folder, exist_ok=True)
    return folder


def crash_leftover(home, name="crashed") -> str:
    """A regular autosave of a crashed session (no live lock), its table's first target 0.25."""
    path = os.path.join(folder_of(home), f"{name}{SUFFIX}")
    table = generate(["p", "q"], ["y"], np.array([0, 1, 1, 0], float))
    table.values[0, 2] = 0.25
    write_autosave(path, Document(table, Settings(seed=42)), None)
    return path


def start(qtbot, monkeypatch, asked: list, recover=dc.RECOVER, unreadable=dc.DISCARD) -> MainWindow:
    """A window started as ``playground.app.run_app`` starts it: shown, and once its first frame is
    painted, the autosaves of crashed sessions are offered. Every question asked is added to ``asked``."""
    w = MainWindow()
    w.documents.interactive = True  # as with a user in front of it
    qtbot.addWidget(w)
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: asked.append(("recover", item.path))
                        or recover)
    monkeypatch.setattr(w.documents, "ask_unreadable", lambda path, reason: asked.append(("unreadable", path, reason))
                        or unreadable)
    offered = []
    w.firstPainted.connect(lambda: offered.append(w.documents.offer_recovery()))  # as run_app connects it
    with qtbot.waitSignal(w.firstPainted, timeout=30_000):
        w.show()
    assert len(offered) == 1
    return w


@needs_fifos
def test_a_fifo_among_the_autosaves_is_left_alone_and_the_real_one_offered(qtbot, _private_settings_and_data,
                                                                          monkeypatch):
    real = crash_leftover(_private_settings_and_data)
    fifo = make(Path(folder_of(_private_settings_and_data)) / f"newer{SUFFIX}", "fifo")
    link = make(fifo.with_name(f"link{SUFFIX}"), "link to fifo")
    os.utime(real, (1e9, 1e9))  # the oldest: the FIFO and the link are offered first, if at all
    asked = []
    with unstuck(fifo):  # before the fix start-up blocked opening the FIFO
        w = start(qtbot, monkeypatch, asked)
    assert asked == [("recover", real)]
    assert w.dataset().values[0, 2] == 0.25 and w.isWindowModified()
    assert kind_at(fifo) == "fifo" and kind_at(link) == "link to fifo"  # not ours: left as they are


def test_a_folder_named_like_an_autosave_is_not_offered_at_every_start(qtbot, _private_settings_and_data,
                                                                       monkeypatch):
    folder = os.path.join(folder_of(_private_settings_and_data), f"crashed{SUFFIX}")
    os.mkdir(folder)
    asked = []
    for _ in range(2):  # Discard, then the next start: never asked again
        w = start(qtbot, monkeypatch, asked)
        w.close()
    assert asked == [] and os.path.isdir(folder)


def test_an_autosave_whose_table_has_no_rows_is_offered_as_unreadable(qtbot, _private_settings_and_data,
                                                                      monkeypatch):
    d = document_to_dict(Document(generate(["p", "q"]), Settings(seed=42)))
    d["dataset"]["rows"] = []
    path = os.path.join(folder_of(_private_settings_and_data), f"empty{SUFFIX}")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "nn-playground-autosave", "version": 1, "original": None, "saved_at": 1.7e9,
                   "document": d}, f)
    asked = []
    w = start(qtbot, monkeypatch, asked)
    assert asked == [("unreadable", path, f"{path}: document: dataset.rows: the dataset has no rows")]
    assert not os.path.exists(path)  # discarded
    assert w.dataset().names == ["x1", "x2", "x3", "y"] and not w.isWindowModified()  # the window as it started

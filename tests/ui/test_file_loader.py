"""Opening a large file in a helper process (ui/file_loader.py): the window's thread never waits on the helper.

A helper stopped (SIGSTOP) in the middle of sending the document back leaves the window painting and the busy
dialog's Cancel working: Cancel ends the load within moments, the helper is gone and the document stays as it was.
Every helper these tests stop is continued and killed in teardown, whatever happened."""

import multiprocessing
import os
import signal
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from playground.ui.documents import documents_controller

from playground.ui.documents import file_loader
from tests.processes import gone, is_stopped, our_child
from tests.ui import stalled_sender

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="stops helper processes with SIGSTOP")

GUARD_SECONDS = 10.0  # a window that waits for the stopped helper gets the rest after this, and fails an assertion
READER = "nn-playground-open"


def table_csv(path, rows: int, columns: int) -> str:
    """A CSV of 0s and 1s: quick to parse, yet 8 bytes a value in the document the helper sends back."""
    values = np.random.default_rng(5).integers(0, 2, (rows, columns))
    names = [f"x{i}" for i in range(columns - 1)] + ["y"]
    path.write_text(",".join(names) + "\n" + "\n".join(",".join(map(str, row)) for row in values.tolist()) + "\n")
    return str(path)


@pytest.fixture
def helpers():
    """The ids of the helpers a test stops; teardown continues and kills any that are still there."""
    pids = []
    yield pids
    for pid in pids:
        if not gone(pid) and our_child(pid):
            os.kill(pid, signal.SIGCONT)
            os.kill(pid, signal.SIGKILL)


def open_through_the_menu(window, monkeypatch, path: str) -> int:
    """File → Open with the file chooser answering ``path``; the id of the helper that reads it."""
    monkeypatch.setattr(window.documents, "ask_open_path", lambda *a, **k: path)
    window.documents.open_action.trigger()
    assert window.documents.loader.busy  # the reading has started in the background
    [helper] = [p for p in multiprocessing.active_children() if p.name == READER]
    return helper.pid


def test_a_helper_stopped_while_sending_the_document_back_hangs_nothing(qtbot, window, monkeypatch, tmp_path,
                                                                       helpers):
    """The helper stops (SIGSTOP) after the first 64 KB of the document it sends back (stalled_sender.py). The
    window keeps running its timers, the busy dialog shows, and its Cancel ends the load at once."""
    monkeypatch.setattr(file_loader, "send_document", stalled_sender.send_document_stopping_mid_message)
    monkeypatch.setattr(documents_controller, "BACKGROUND_BYTES", 2**12)  # a 64 KB file goes to the helper
    path = table_csv(tmp_path / "large.csv", 4096, 8)  # 4,096 × 8 values: a 256 KB message to send back
    loader = window.documents.loader
    before, before_path = window.dataset().values.copy(), window.documents.path
    pid = open_through_the_menu(window, monkeypatch, path)
    helpers.append(pid)
    guard_fired, done = threading.Event(), threading.Event()

    def guard():  # a window that waits in recv() gets the rest after GUARD_SECONDS: it fails instead of hanging
        while not done.wait(0.05):
            if is_stopped(pid):
                if not done.wait(GUARD_SECONDS):
                    guard_fired.set()
                    os.kill(pid, signal.SIGCONT)
                return

    guarding = threading.Thread(target=guard, daemon=True)
    guarding.start()
    try:
        qtbot.waitUntil(lambda: guard_fired.is_set() or is_stopped(pid), timeout=60_000)
        ticks = []
        timer = QTimer(window, interval=10)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        qtbot.waitUntil(lambda: guard_fired.is_set() or (
            len(ticks) >= 5 and loader.dialog is not None and loader.dialog.isVisible()), timeout=5_000)
        timer.stop()
        # the window ran its timers and showed the busy dialog while the helper was stopped in the middle of its
        # message (only the guard continues it)
        assert not guard_fired.is_set(), "the window's thread waited for the stopped helper"
        assert is_stopped(pid) and loader.busy and loader.path == path
        with qtbot.waitSignal(loader.cancelled, timeout=2_000) as cancelled:
            loader.dialog.findChild(QPushButton).click()  # the busy dialog's Cancel button
        assert cancelled.args == [path]
        assert gone(pid)  # killed although stopped, and reaped
        assert READER + "-reader" not in [t.name for t in threading.enumerate()]  # its reading thread ended
        assert not loader.busy and loader.dialog is None
        assert np.array_equal(window.dataset().values, before) and window.documents.path == before_path
    finally:
        done.set()
        guarding.join(5)


def test_a_helper_that_ends_without_answering_is_reported(qtbot, window, monkeypatch, tmp_path, helpers):
    """The helper killed by someone else before it sent anything: the reading thread gets EOF, the window says
    the file could not be read, and the document stays."""
    monkeypatch.setattr(documents_controller, "BACKGROUND_BYTES", 2**10)
    path = table_csv(tmp_path / "small.csv", 200, 4)
    loader = window.documents.loader
    before = window.dataset().values.copy()
    pid = open_through_the_menu(window, monkeypatch, path)
    helpers.append(pid)
    with qtbot.waitSignal(loader.failed, timeout=10_000) as failed:
        os.kill(pid, signal.SIGKILL)
    assert failed.args[0] == path and failed.args[1].startswith(f"{path}: cannot be read")
    assert not loader.busy and gone(pid)
    assert READER + "-reader" not in [t.name for t in threading.enumerate()]
    assert np.array_equal(window.dataset().values, before)
    window.documents.error_box.close()

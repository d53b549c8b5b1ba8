"""Opening a document is all or nothing, on every way in: File > Open, a drop, Open Recent, the command line,
a file read in the background, a recovered autosave, a lesson's step.

A document the reader accepted once but the window could not apply (an Adam state without m, a batch size
of 1e30, a value a settings field would clamp) opened half-way, and the next Save wrote the half-changed
table into the previously open document's file. Now every document is checked whole before the first
widget changes; one that cannot be shown leaves the window, its title, its undo history and the file Save
writes exactly as they were, and says which file and what is wrong."""

import copy
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from playground.core.files.autosave import SUFFIX, write_autosave
from playground.core.data.dataset import DataError
from playground.core.files.document_files import DocumentError
from playground.core.files.documents import document_from_dict, read_document
from playground.ui.documents import documents_controller as dc
from playground.ui.documents.document_opener import DocumentOpener
from playground.ui.main_window import MainWindow
from playground.ui.run.run import Run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 60_000


class Chooser:
    """QFileDialog's static choosers, answered: an open with ``to_open``, a save with ``to_save``."""

    def __init__(self) -> None:
        self.to_open = self.to_save = None
        self.asked = []

    def open(self, *args, **kwargs):
        self.asked.append("open")
        return self.to_open, ""

    def save(self, *args, **kwargs):
        self.asked.append("save")
        return self.to_save, ""


@pytest.fixture
def chooser(monkeypatch):
    c = Chooser()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(c.open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(c.save))
    return c


def make_window(qtbot) -> MainWindow:
    w = MainWindow()
    w.documents.interactive = True  # as with a user in front of it (conftest answers its prompts)
    qtbot.addWidget(w)
    w.show()
    return w


def train(qtbot, w, iterations: int) -> None:
    w.controls.iterations_spin.setValue(iterations)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT) as finished:
        w.train_action.trigger()
    assert finished.args == ["done"]


@pytest.fixture(scope="module")
def a_json() -> dict:
    """Document A as the window writes it, made without a window: xor, Adam, bias, 600 iterations, its curve,
    Error: lines, losses and optimiser state."""
    from playground.core.files.documents import Document, Trained, document_to_dict
    from playground.core.data.presets import get_preset
    from playground.core.helper.remote import Session
    from playground.core.training.run import Job

    preset = get_preset("xor")
    settings = preset.settings.with_(optimizer="adam", learning_rate=0.05, bias=True, iterations=600, log_every=100)
    session = Session(Job(preset.dataset(), settings, 600))
    session.trainer.run(600)
    snap = session.snapshot("done")
    trained = Trained(snap.iteration, snap.weights, snap.biases, *snap.curve, *session.trainer.history.logged,
                      optimizer=snap.optimizer, history_losses=snap.curve_loss)
    return document_to_dict(Document(preset.dataset(), settings, trained))


@pytest.fixture
def opened(qtbot, tmp_path, chooser, a_json):
    """A window showing document A, opened with File > Open."""
    from playground.core.files.documents import write_document

    a = tmp_path / "a.nnp"
    write_document(a, document_from_dict(a_json))
    w = make_window(qtbot)
    chooser.to_open = str(a)
    w.documents.open_action.trigger()
    assert w.documents.path == str(a) and w.run.iteration == 600
    return w, a


@pytest.fixture
def doc_a(qtbot, tmp_path, chooser):
    """A window showing document A: saved by the window (xor, Adam, bias, 600 iterations), then opened with
    File > Open."""
    w = make_window(qtbot)
    w.load_preset("xor")
    w.controls.optimizer_combo.setCurrentText("adam")
    w.controls.lr_spin.setValue(0.05)
    w.controls.bias_check.setChecked(True)
    w.controls.log_every_spin.setValue(100)
    train(qtbot, w, 600)
    a = tmp_path / "a.nnp"
    chooser.to_save = str(a)
    w.documents.save_as_action.trigger()
    assert read_document(a).trained.optimizer is not None
    w.documents.new_action.trigger()
    chooser.to_open = str(a)
    w.documents.open_action.trigger()
    assert w.documents.path == str(a) and w.run.iteration == 600
    return w, a


def state(w: MainWindow) -> dict:
    """Everything opening a document changes: what the window shows, its title, its file and its history."""
    net = w.shown_network()
    curve = w.error_plot.current_data()
    return {"table": w.dataset().copy(), "settings": w.settings(), "title": w.windowTitle(),
            "path": w.documents.path, "modified": w.isWindowModified(), "undo": w.editor.stack.count(),
            "clean": w.editor.stack.isClean(), "iteration": w.run.iteration, "trained": w.documents.trained,
            "weights": [x.copy() for x in net.weights], "curve": [c.copy() for c in curve],
            "log": w.log_view.toPlainText()}


def assert_same(before: dict, after: dict, case: str = "") -> None:
    for key in before:
        a, b = before[key], after[key]
        if key in ("weights", "curve"):
            assert len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b)), (case, key)
        else:
            assert a == b, (case, key, a, b)


def error_text(w) -> str:
    box = w.documents.error_box
    assert box is not None and box.isVisible()
    return box.text() + "\n" + box.informativeText()


def hostile(data: dict, change) -> dict:
    data = copy.deepcopy(data)
    change(data)
    return data


def _set_s_negative(d):
    d["trained"]["optimizer"]["s"][0][0][0] = -0.5


HOSTILE = [  # name, change to A's JSON, words of the message
    ("adam-without-m", lambda d: d["trained"]["optimizer"].pop("m"), "trained.optimizer: the adam optimizer needs"),
    ("batch-size-1e30", lambda d: d["settings"].update(batch_size=10**30), "settings.batch_size: batch size must"),
    ("batch-size-past-the-field", lambda d: d["settings"].update(batch_size=2_000_000), "settings.batch_size"),
    ("l2-past-the-field", lambda d: d["settings"].update(l2=5000.0), "settings.l2: L2 weight decay must be"),
    ("eps-finer-than-the-field", lambda d: d["settings"].update(eps=1e-300),
     "settings.eps: eps 1e-300 has more decimals than a setting keeps (15)"),
    ("learning-rate-rounded-away", lambda d: d["settings"].update(learning_rate=1.2345678901234567e-12),
     "settings.learning_rate: learning rate 1.2345678901234567e-12 has more decimals than a setting keeps"),
    ("negative-adam-s", _set_s_negative, "trained.optimizer.s[0]: Adam's running average"),
    ("momentum-state-for-adam", lambda d: d["trained"]["optimizer"].update(v=d["trained"]["optimizer"]["m"]),
     "trained.optimizer.v"),
    ("curve-past-the-run", lambda d: d["trained"].update(iterations_done=10),
     "trained.history.iterations: iteration 599 is not before iterations_done (10)"),
]


def test_a_hostile_document_changes_nothing_and_save_still_writes_the_open_document(qtbot, doc_a, tmp_path,
                                                                                     chooser):
    w, a = doc_a
    original = a.read_bytes()
    data = json.loads(original)
    for name, change, words in HOSTILE:
        before = state(w)
        path = tmp_path / f"{name}.nnp"
        path.write_text(json.dumps(hostile(data, change)), encoding="utf-8")
        hostile_bytes = path.read_bytes()
        chooser.to_open = str(path)
        w.documents.open_action.trigger()
        text = error_text(w)
        assert str(path) in text and words in text, (name, text)
        assert w.documents.error_box.windowTitle() == f"Cannot open {name}.nnp"
        assert_same(before, state(w), name)
        w.documents.save_action.trigger()  # writes A, the document still open
        assert a.read_bytes() == original, name  # nothing was edited: A's bytes as they were
        assert path.read_bytes() == hostile_bytes, name
        w.documents.error_box.close()
    shown = read_document(a)
    assert shown.dataset == w.dataset() and shown.settings == w.settings() and shown.trained == w.documents.trained


def test_a_value_the_field_rounds_by_a_hair_opens_as_shown(qtbot, opened, tmp_path, a_json):
    w, _ = opened
    path = tmp_path / "sum.nnp"  # 0.1 + 0.2, as a script might have written it
    path.write_text(json.dumps(hostile(a_json, lambda d: d["settings"].update(learning_rate=0.1 + 0.2))))
    assert w.documents.open_file(str(path))
    assert w.settings().learning_rate == 0.3 and w.run.iteration == 600
    w.controls.iterations_spin.setValue(700)  # the run still belongs to the settings on screen
    assert w.documents.trained is not None


def test_if_the_window_fails_half_way_it_puts_back_what_it_showed(qtbot, doc_a, tmp_path, chooser, monkeypatch):
    """The swap itself is safe: should a widget refuse a document after every check passed, the table,
    settings and run on screen come back, and the title, file name, undo history and A's bytes stay."""
    w, a = doc_a
    original = a.read_bytes()
    other = make_window(qtbot)
    other.load_preset("and")
    train(qtbot, other, 300)
    b = tmp_path / "b.nnp"
    chooser.to_save = str(b)
    other.documents.save_as_action.trigger()
    w.controls.seed_spin.setValue(7)  # an unsaved edit: it must survive too
    assert w.editor.stack.canUndo() and w.isWindowModified()
    before = state(w)
    restore = Run.restore

    def failing_restore(run, dataset, settings, saved, table_name=""):
        if dataset.names == ["a", "b", "y"] and run is w.run:  # document B, half shown
            run.show(dataset, settings, table_name)
            raise RuntimeError("a view refused the network")
        return restore(run, dataset, settings, saved, table_name)

    monkeypatch.setattr(Run, "restore", failing_restore)
    open_tree, refused = Run.open_tree, []

    def failing_open_tree(run, tree, dataset, settings, table_name=""):  # B's runs are shown this way
        if run is w.run and not refused:  # B's (the runs of A, put back after it, are shown)
            refused.append(tree)
            raise RuntimeError("a view refused the network")
        return open_tree(run, tree, dataset, settings, table_name)

    monkeypatch.setattr(Run, "open_tree", failing_open_tree)
    chooser.to_open = str(b)
    w.documents.open_action.trigger()
    text = error_text(w)
    assert str(b) in text and "the window could not show it (RuntimeError: a view refused the network)" in text
    assert_same(before, state(w))
    assert w.editor.stack.canUndo()  # the edits are still there to undo
    w.documents.save_action.trigger()
    assert read_document(a).dataset == w.dataset() and read_document(a).trained == w.documents.trained


def drop(w, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(QPoint(10, 10), *args), QDropEvent(QPointF(10, 10), *args)):
        assert w.documents.eventFilter(w, event)


def eps_document(data: dict) -> dict:
    """A's document with an eps finer than a setting keeps (the reader refuses it, as the CLI and a lesson
    check do: the window's fields hold what FIELDS allows)."""
    return hostile(data, lambda d: d["settings"].update(eps=1e-300))


def test_drop_recent_and_the_command_line_take_the_same_way_in(qtbot, opened, tmp_path):
    w, a = opened
    path = tmp_path / "eps.nnp"
    path.write_bytes(a.read_bytes())
    assert w.documents.open_file(str(path)) and w.documents.open_file(str(a))  # both in Open Recent now
    path.write_text(json.dumps(eps_document(json.loads(a.read_bytes()))), encoding="utf-8")  # then changed
    before = state(w)

    recent = w.documents.recent_menu
    recent.aboutToShow.emit()
    next(act for act in recent.actions() if act.data() == str(path)).trigger()
    assert "settings.eps" in error_text(w)
    assert_same(before, state(w), "recent")

    drop(w, path)
    assert "settings.eps" in error_text(w)
    assert_same(before, state(w), "drop")

    with pytest.raises(DataError, match="settings.eps"):  # nn-playground FILE, in this process
        w.open_path(str(path))
    assert_same(before, state(w), "open_path")


def test_a_document_handed_over_by_the_desktop_opens_no_window(qtbot, a_json, tmp_path, qapp):
    path = tmp_path / "eps.nnp"
    path.write_text(json.dumps(eps_document(a_json)), encoding="utf-8")
    opener = DocumentOpener()
    with qtbot.waitSignal(opener.openFailed) as failed:
        assert opener.open_document(str(path)) is None
    assert str(path) in failed.args[0] and "settings.eps" in failed.args[0] and opener.windows == []
    for box in qapp.topLevelWidgets():
        if box.objectName() == "openFailedBox":
            box.close()


def test_the_command_line_refuses_it_in_one_line(tmp_path, a_json):
    path = tmp_path / "eps.nnp"
    path.write_text(json.dumps(eps_document(a_json)), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               NN_PLAYGROUND_DATA_DIR=str(tmp_path / "data"), PYTHONWARNINGS="error")
    r = subprocess.run([sys.executable, "-m", "playground", str(path), "--screenshot", str(tmp_path / "out.png")],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and str(path) in r.stderr and "settings.eps" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "out.png").exists()


def test_a_large_file_read_in_the_background_is_checked_before_it_is_shown(qtbot, opened, tmp_path):
    w, a = opened
    data = eps_document(json.loads(a.read_bytes()))
    rows = np.random.default_rng(3).random((45_000, 3))  # full-precision numbers: over 2 MB of text
    data["dataset"]["rows"] = rows.tolist()
    data["trained"] = None
    path = tmp_path / "large.nnp"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert os.path.getsize(path) > dc.BACKGROUND_BYTES
    before = state(w)
    with qtbot.waitSignal(w.documents.loader.failed, timeout=120_000):
        assert w.documents.open_file(str(path))  # the reading starts in a helper process, which refuses it
    assert "settings.eps" in error_text(w) and str(path) in error_text(w)
    assert_same(before, state(w))


def test_an_autosave_the_window_cannot_show_is_offered_as_unreadable(qtbot, opened, _private_settings_and_data,
                                                                       monkeypatch):
    w, a = opened
    doc = document_from_dict(json.loads(a.read_bytes()))
    folder = _private_settings_and_data / "data" / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / f"crashed{SUFFIX}"
    write_autosave(leftover, doc, str(a))
    saved = json.loads(leftover.read_text(encoding="utf-8"))
    saved["document"]["settings"]["eps"] = 1e-300  # finer than a setting keeps: the reader refuses it
    leftover.write_text(json.dumps(saved), encoding="utf-8")
    before = state(w)
    reasons = []
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: pytest.fail("offered for recovery"))
    monkeypatch.setattr(w.documents, "ask_unreadable", lambda path, reason: reasons.append(reason) or dc.LATER)
    assert not w.documents.offer_recovery()
    assert "settings.eps: eps 1e-300 has more decimals" in reasons[0] and leftover.exists()
    assert_same(before, state(w))


def test_a_lesson_step_the_window_cannot_show_changes_nothing(qtbot, opened):
    w, a = opened
    before = state(w)
    with pytest.raises(DocumentError) as e:  # a lesson's state is read as a document: refused there
        w.documents.show_document(document_from_dict(eps_document(json.loads(a.read_bytes()))))
    assert "settings.eps" in str(e.value)
    assert_same(before, state(w))


# -- a version-2 document without stored losses goes on and saves --------------------------------------

@pytest.mark.parametrize("losses", ["absent", "null"])
def test_a_document_without_stored_losses_steps_and_saves(qtbot, opened, tmp_path, chooser, losses):
    w, a = opened
    data = json.loads(a.read_bytes())
    assert data["version"] == 2 and "losses" in data["trained"]["history"]
    data.pop("runs", None)  # as a version without run trees wrote it (the runs keep their losses)
    for key in ("history", "logged"):
        if losses == "absent":
            data["trained"][key].pop("losses", None)
        else:
            data["trained"][key]["losses"] = [None] * len(data["trained"][key]["iterations"])
    path = tmp_path / "no-losses.nnp"
    path.write_text(json.dumps(data), encoding="utf-8")
    chooser.to_open = str(path)
    w.documents.open_action.trigger()
    assert w.documents.path == str(path) and w.run.iteration == 600
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        w.classroom.transport.step_action.trigger()
    assert w.run.iteration == 601 and w.isWindowModified()
    w.documents.save_action.trigger()  # failed before: "trained.history.losses[0]: not a finite number"
    assert w.documents.error_box is None or not w.documents.error_box.isVisible()
    saved = read_document(path).trained
    assert saved.iterations_done == 601 and np.isnan(saved.history_losses[0])
    assert np.isfinite(saved.history_losses[-1]) and saved.history_iterations[-1] == 600
    assert not w.isWindowModified()


def test_step_stops_at_the_most_iterations_a_document_can_hold(qtbot, opened, tmp_path, chooser):
    w, a = opened
    data = json.loads(a.read_bytes())
    data["settings"].update(iterations=10**9, log_every=10**4)
    data["trained"]["iterations_done"] = 10**9 - 1
    data["trained"]["logged"] = {"iterations": [0], "errors": data["trained"]["logged"]["errors"][:1]}
    path = tmp_path / "long.nnp"
    path.write_text(json.dumps(data), encoding="utf-8")
    chooser.to_open = str(path)
    w.documents.open_action.trigger()
    assert w.run.iteration == 10**9 - 1
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        w.classroom.transport.step_action.trigger()
    assert w.run.iteration == 10**9
    w.classroom.transport.step_action.trigger()  # one more would be more than a document holds
    assert w.run.iteration == 10**9 and not w.run.running
    assert "1,000,000,000 iterations, the most a run can do" in w.message_bar.text()
    w.documents.save_action.trigger()
    assert read_document(path).trained.iterations_done == 10**9

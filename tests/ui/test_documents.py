"""Documents in the window: title and modified state, Save/Open round trips with the trained network,
the unsaved-changes prompt, failed saves, autosave and recovery after a crash, bad files, drops, recent files."""

import errno
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from playground.core.files import document_files
from playground.core.files import documents as core_documents
from playground.core.files.autosave import SUFFIX, read_autosave, write_autosave
from playground.core.data.dataset import DataError, generate
from playground.core.files.documents import Document, read_document, write_document
from playground.core.data.settings import Settings
from playground.ui.documents import documents_controller as dc
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000


def make_window(qtbot) -> MainWindow:
    """A window that behaves as with a user in front of it (offscreen, it would ask nothing and autosave nothing);
    its prompts are answered by conftest's stand-ins or by each test."""
    w = MainWindow()
    w.documents.interactive = True
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def edit(window, row=0, col=0, value="1"):
    assert window.dataset_model.setData(window.dataset_model.index(row, col), value)


def train(qtbot, window, iterations=2000):
    window.controls.iterations_spin.setValue(iterations)
    window.controls.log_every_spin.setValue(500)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        assert window.train()
    assert blocker.args == ["done"]


def answer(monkeypatch, window, *answers):
    """Answer the Save/Discard/Cancel prompt with these, in turn; returns the list of questions asked."""
    asked, queue = [], list(answers)

    def ask(doing):
        asked.append(doing)
        return queue.pop(0) if queue else dc.DISCARD  # the test's own answers, then Discard when it ends

    monkeypatch.setattr(window.documents, "ask_save_changes", ask)
    return asked


def error_text(window) -> str:
    box = window.documents.error_box
    assert box is not None and box.isVisible()
    return box.text() + "\n" + box.informativeText()


# -- title and modified state ---------------------------------------------------------------

def test_title_shows_the_name_and_a_star_when_modified(window):
    assert window.windowTitle() == "Untitled[*] — NN Playground" and not window.isWindowModified()
    edit(window)
    assert window.isWindowModified() and window.documents.is_modified()
    window.editor.undo()
    assert not window.isWindowModified()  # back to the saved state


def test_the_edit_menu_says_what_undo_will_undo(window):
    edit_menu = window.findChild(object, "editMenu")
    window.preset_actions["xor"].trigger()
    assert edit_menu.actions()[0].text() == "&Undo Load preset xor"
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions()) if m][:3] == ["&File", "&Edit",
                                                                                          "&Table"]


def test_loading_a_preset_undoes_to_the_previous_table_and_settings(window):
    window.controls.seed_spin.setValue(9)
    before = (window.dataset().copy(), window.settings())
    window.preset_actions["adder2"].trigger()
    assert window.dataset().n_rows == 16 and window.settings().hidden == (8,)
    window.editor.undo_action.trigger()
    assert window.dataset() == before[0] and window.settings() == before[1]
    assert window.network_view.sizes() == [3, 4, 1]
    window.editor.redo_action.trigger()
    assert window.dataset().target_names == ["s1", "s0", "carry"]


# -- saving and opening ----------------------------------------------------------------------

def test_a_finished_run_marks_the_document_modified(qtbot, window):
    train(qtbot, window)
    assert window.isWindowModified() and window.documents.trained is not None
    edit(window)  # the table changed: the run no longer belongs to it
    assert window.documents.trained is None


def test_the_run_stays_with_more_iterations_and_goes_with_a_new_seed_or_reset(qtbot, window, tmp_path):
    train(qtbot, window)
    window.controls.iterations_spin.setValue(5000)
    assert window.documents.trained is not None
    window.controls.seed_spin.setValue(2)
    assert window.documents.trained is None
    train(qtbot, window)
    window.documents.save_as(str(tmp_path / "r.nnp"))
    window.reset_action.trigger()
    assert window.documents.trained is None and window.isWindowModified()


def test_save_and_reopen_shows_the_trained_network_and_its_curve(qtbot, window, tmp_path):
    train(qtbot, window)
    outputs = window.predictions_model.outputs().copy()
    curve = [a.copy() for a in window.error_plot.current_data()]
    log = window.log_view.toPlainText()
    path = tmp_path / "lesson.nnp"
    assert window.documents.save_as(str(path))
    assert not window.isWindowModified() and window.windowTitle() == "lesson.nnp[*] — NN Playground"
    doc = read_document(path)
    assert doc.trained.iterations_done == 2000 and len(doc.trained.logged_errors) == 4
    assert doc.trained.history_iterations[-1] == 1999

    other = make_window(qtbot)
    assert other.documents.open_file(str(path))
    assert other.dataset() == window.dataset() and other.settings() == window.settings()
    assert other.documents.trained == window.documents.trained
    np.testing.assert_array_equal(other.predictions_model.outputs(), outputs)
    for a, b in zip(other.error_plot.current_data(), curve):
        np.testing.assert_array_equal(a, b)
    assert other.log_view.toPlainText() == log
    assert not other.isWindowModified() and other.windowTitle() == "lesson.nnp[*] — NN Playground"
    assert other.documents.recent_files()[0] == str(path)


def test_saving_again_writes_the_same_file_without_asking(window, tmp_path, monkeypatch):
    path = tmp_path / "t.nnp"
    window.documents.save_as(str(path))
    edit(window, 1, 1, "0")
    monkeypatch.setattr(window.documents, "ask_save_path", lambda *a: pytest.fail("asked for a file name"))
    window.documents.save_action.trigger()
    assert read_document(path).dataset.values[1, 1] == 0 and not window.isWindowModified()


def test_save_as_adds_the_document_extension(window, tmp_path, monkeypatch):
    monkeypatch.setattr(window.documents, "ask_save_path", lambda *a: str(tmp_path / "plain"))
    assert window.documents.save()  # untitled: asks for the name
    assert (tmp_path / "plain.nnp").is_file() and window.documents.path == str(tmp_path / "plain.nnp")


def test_a_csv_opens_and_save_asks_for_a_document_name(window, tmp_path, monkeypatch):
    csv = tmp_path / "gates.csv"
    csv.write_text("p,q,out\n0,0,0\n0,1,1\n1,0,1\n1,1,1\n")
    assert window.documents.open_file(str(csv))
    assert window.dataset().names == ["p", "q", "out"] and window.windowTitle().startswith("gates.csv")
    asked = []
    monkeypatch.setattr(window.documents, "ask_save_path",
                        lambda title, suggestion, filt: asked.append(suggestion) or str(tmp_path / suggestion))
    assert window.documents.save()
    assert asked == ["gates.nnp"] and read_document(tmp_path / "gates.nnp").dataset == window.dataset()
    assert csv.read_text().startswith("p,q,out")  # the CSV itself is never overwritten with a document


def test_export_csv_writes_the_table_and_keeps_the_document(window, tmp_path):
    window.documents.save_as(str(tmp_path / "doc.nnp"))
    assert window.documents.export_csv(str(tmp_path / "table.csv"))
    assert (tmp_path / "table.csv").read_text().splitlines()[0] == "x1,x2,x3,y"
    assert window.documents.path == str(tmp_path / "doc.nnp")


def test_open_path_from_the_command_line_opens_without_asking(window, tmp_path):
    path = tmp_path / "x.nnp"
    write_document(path, Document(generate(["p"], ["y"], np.array([1.0, 0.0])), Settings(seed=3)))
    edit(window)
    window.open_path(str(path))  # nn-playground FILE
    assert window.dataset().names == ["p", "y"] and window.settings().seed == 3
    assert window.windowTitle() == "x.nnp[*] — NN Playground" and not window.isWindowModified()
    assert not window.editor.stack.canUndo()
    with pytest.raises(DataError):
        window.open_path(str(tmp_path / "missing.nnp"))


# -- the unsaved-changes prompt --------------------------------------------------------------

def test_closing_with_changes_cancel_keeps_the_window(window, monkeypatch):
    edit(window)
    asked = answer(monkeypatch, window, dc.CANCEL)
    assert not window.close()
    assert asked == ["closing"] and window.isVisible() and window.isWindowModified()


def test_closing_with_changes_discard_closes(window, monkeypatch):
    edit(window)
    answer(monkeypatch, window, dc.DISCARD)
    assert window.close()


def test_closing_with_changes_save_saves_then_closes(window, monkeypatch, tmp_path):
    edit(window, 0, 0, "1")
    answer(monkeypatch, window, dc.SAVE)
    monkeypatch.setattr(window.documents, "ask_save_path", lambda *a: str(tmp_path / "kept.nnp"))
    assert window.close()
    assert read_document(tmp_path / "kept.nnp").dataset.values[0, 0] == 1


def test_closing_unchanged_asks_nothing(window, monkeypatch):
    asked = answer(monkeypatch, window)
    assert window.close() and asked == []


def test_new_and_open_ask_first(window, monkeypatch, tmp_path):
    other = tmp_path / "other.nnp"
    write_document(other, Document(generate(["p", "q"], ["y"]), Settings()))
    edit(window)
    asked = answer(monkeypatch, window, dc.CANCEL, dc.CANCEL, dc.DISCARD)
    assert not window.documents.new_document() and not window.documents.open_file(str(other))
    assert window.dataset().names == ["x1", "x2", "x3", "y"] and window.isWindowModified()
    assert window.documents.new_document()
    assert asked == ["starting a new document", "opening another file", "starting a new document"]
    assert window.dataset().names == ["a", "b", "y"] and not window.isWindowModified()
    assert window.windowTitle() == "Untitled[*] — NN Playground" and not window.editor.stack.canUndo()


# -- saves that fail -------------------------------------------------------------------------

@pytest.mark.parametrize("code, reason", [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied"),
                                          (errno.EROFS, "the disk is read-only")])
def test_a_failed_save_says_why_and_keeps_the_document_modified(window, tmp_path, monkeypatch, code, reason):
    path = tmp_path / "safe.nnp"
    window.documents.save_as(str(path))
    original = path.read_text()
    edit(window)

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(core_documents.os, "replace", fail)  # the last step of the atomic write
    assert not window.documents.save()
    text = error_text(window)
    assert f"cannot save {path}: {reason}" in text and "Nothing was lost" in text
    assert window.isWindowModified() and path.read_text() == original
    assert [p.name for p in tmp_path.iterdir()] == ["safe.nnp"]  # no temporary file left behind


def test_a_failed_save_on_close_keeps_the_window_open(window, monkeypatch, tmp_path):
    edit(window)
    answer(monkeypatch, window, dc.SAVE)
    monkeypatch.setattr(window.documents, "ask_save_path", lambda *a: str(tmp_path / "no-such-folder" / "x.nnp"))
    assert not window.close()
    assert window.isVisible() and window.isWindowModified() and "no such file or folder" in error_text(window)


def test_a_table_that_cannot_be_saved_yet_says_where(window, tmp_path):
    edit(window, 1, 3, "2")  # a target of 2
    assert not window.documents.save_as(str(tmp_path / "bad.nnp"))
    assert "dataset.rows[1][3]" in error_text(window) and "between 0 and 1" in error_text(window)
    assert window.isWindowModified()


# -- autosave and recovery -------------------------------------------------------------------

def autosaves(folder) -> list[str]:
    folder = os.path.join(folder, "data", "autosave")
    return sorted(n for n in os.listdir(folder) if n.endswith(SUFFIX)) if os.path.isdir(folder) else []


def test_autosave_writes_modified_documents_only(window, _private_settings_and_data, tmp_path):
    home = _private_settings_and_data
    assert not window.documents.autosave() and autosaves(home) == []
    edit(window, 2, 1, "0.5")
    assert window.documents.autosave()
    (name,) = autosaves(home)
    item = read_autosave(os.path.join(home, "data", "autosave", name))
    assert item.document.dataset == window.dataset() and item.original is None
    window.documents.save_as(str(tmp_path / "now-saved.nnp"))
    assert autosaves(home) == []  # saved: the autosave has done its job


def test_autosave_keeps_a_table_that_cannot_be_saved_yet(window, _private_settings_and_data):
    edit(window, 1, 3, "2")
    assert window.documents.autosave()
    (name,) = autosaves(_private_settings_and_data)
    item = read_autosave(os.path.join(_private_settings_and_data, "data", "autosave", name))
    assert item.document.dataset.values[1, 3] == 2


def test_the_autosave_timer_runs_every_30_seconds(window):
    assert window.documents._timer.isActive() and window.documents._timer.interval() == 30_000


def test_offscreen_nobody_is_asked_and_nothing_is_autosaved(qtbot, _private_settings_and_data, monkeypatch):
    w = MainWindow()  # as scripts and benchmarks make it: offscreen, nobody to answer a dialog
    qtbot.addWidget(w)
    write_crash_leftover(_private_settings_and_data)
    monkeypatch.setattr(w.documents, "ask_save_changes", lambda doing: pytest.fail("asked"))
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: pytest.fail("asked"))
    edit(w)
    assert not w.documents.autosave() and not w.documents.offer_recovery()
    assert w.close()


def write_crash_leftover(home, original=None) -> str:
    """What a session that crashed leaves behind: an autosave and no live lock."""
    folder = os.path.join(home, "data", "autosave")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"crashed{SUFFIX}")
    table = generate(["p", "q"], ["y"], np.array([0, 1, 1, 0], float))
    table.values[0, 2] = 0.25
    write_autosave(path, Document(table, Settings(seed=42)), original)
    return path


def test_recovery_after_a_crash_restores_the_work_as_modified(qtbot, _private_settings_and_data, monkeypatch):
    leftover = write_crash_leftover(_private_settings_and_data, "/somewhere/lesson.nnp")
    w = make_window(qtbot)
    offered = []
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: offered.append(item.title()) or dc.RECOVER)
    assert w.documents.offer_recovery()
    assert offered == ["lesson.nnp"]
    assert w.dataset().values[0, 2] == 0.25 and w.settings().seed == 42
    assert w.isWindowModified() and w.windowTitle() == "lesson.nnp[*] — NN Playground"
    assert not os.path.exists(leftover) and len(autosaves(_private_settings_and_data)) == 1  # now ours


@pytest.mark.parametrize("choice, kept", [(dc.LATER, True), (dc.DISCARD, False)])
def test_recovery_later_keeps_it_and_discard_removes_it(qtbot, _private_settings_and_data, monkeypatch, choice, kept):
    leftover = write_crash_leftover(_private_settings_and_data)
    w = make_window(qtbot)
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: choice)
    assert not w.documents.offer_recovery()
    assert os.path.exists(leftover) == kept and w.dataset().names == ["x1", "x2", "x3", "y"]
    assert len(w.documents.recoverable()) == (1 if kept else 0)


def test_a_running_sessions_autosave_is_not_offered(qtbot, monkeypatch):
    first = make_window(qtbot)
    edit(first)
    assert first.documents.autosave()
    second = make_window(qtbot)
    assert second.documents.recoverable() == []


def test_recovery_after_a_real_crash(qtbot, _private_settings_and_data, monkeypatch):
    """A separate process edits, autosaves and dies without closing; the next window offers its work."""
    script = textwrap.dedent("""
        import os
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from playground.ui.main_window import MainWindow
        w = MainWindow()
        w.documents.interactive = True  # as with a user in front of it
        w.dataset_model.setData(w.dataset_model.index(3, 0), "0.75")
        assert w.documents.autosave()
        os._exit(1)  # a crash: no close, no clean-up
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    w = make_window(qtbot)
    monkeypatch.setattr(w.documents, "ask_recover", lambda item, others: dc.RECOVER)
    assert w.documents.offer_recovery()
    assert w.dataset().values[3, 0] == 0.75 and w.isWindowModified()


def test_an_unreadable_autosave_is_reported_and_kept_for_later(qtbot, _private_settings_and_data, monkeypatch):
    folder = os.path.join(_private_settings_and_data, "data", "autosave")
    os.makedirs(folder)
    bad = os.path.join(folder, f"broken{SUFFIX}")
    with open(bad, "w") as f:
        f.write("{")
    w = make_window(qtbot)
    asked = []
    monkeypatch.setattr(w.documents, "ask_unreadable", lambda path, reason: asked.append(reason) or dc.LATER)
    assert not w.documents.offer_recovery()
    assert "broken" in asked[0] and "not a readable autosave" in asked[0] and os.path.exists(bad)


# -- bad files --------------------------------------------------------------------------------

BAD_FILES = [
    ("empty.csv", "", "the file is empty"),
    ("header.csv", "a,b,y\n", "header but no rows"),
    ("ragged.csv", "a,b,y\n0,1,1\n0,1\n", "line 3 has 2 cells"),
    ("word.csv", "a,b,y\n0,1,1\n0,x,1\n", "line 3, column 2 ('b'): 'x' is not a number"),
    ("nan.csv", "a,b,y\n0,nan,1\n", "not a finite number"),
    ("range.csv", "a,b,y\n0,1,3\n", "line 2, column 3 ('y'): targets must lie between 0 and 1"),
    ("binary.csv", b"a,b\x00,y\n", "does not look like a UTF-8 text file"),
    ("latin1.csv", "a,b,é\n".encode("latin-1"), "does not look like a UTF-8 text file"),
    ("syntax.nnp", '{"format": "nn-playground", "version": 1,', "not valid JSON"),
    ("other.json", '{"format": "something-else"}', "not an NN Playground document"),
    ("newer.nnp", '{"format": "nn-playground", "version": 7, "dataset": {}}', "made by a newer NN Playground"),
    ("rows.nnp", json.dumps({"format": "nn-playground", "version": 1, "dataset": {
        "columns": [{"name": "a", "role": "input"}, {"name": "y", "role": "target"}], "rows": [[0, 1], [1]]}}),
     "dataset.rows[1]: expected 2 items, got 1"),
    ("weights.nnp", json.dumps({"format": "nn-playground", "version": 1, "dataset": {
        "columns": [{"name": "a", "role": "input"}, {"name": "y", "role": "target"}], "rows": [[0, 1]]},
        "settings": {"hidden": [2]}, "trained": {"iterations_done": 1, "weights": [[[1, 2]], [[1]]]}}),
     "trained.weights[1]: expected 2 items, got 1"),
    ("settings.nnp", json.dumps({"format": "nn-playground", "version": 1, "dataset": {
        "columns": [{"name": "a", "role": "input"}, {"name": "y", "role": "target"}], "rows": [[0, 1]]},
        "settings": {"learning_rate": -1}}), "learning rate must be between 1e-12 and 100000, got -1"),
]


@pytest.mark.parametrize("name, content, problem", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_every_bad_file_shows_a_dialog_and_leaves_the_document_alone(window, tmp_path, name, content, problem):
    edit(window, 0, 0, "1")
    before = (window.dataset().copy(), window.settings(), window.windowTitle(), window.editor.stack.count())
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert not window.documents.open_file(str(path))
    text = error_text(window)
    assert str(path) in text and problem in text
    assert window.documents.error_box.windowTitle() == f"Cannot open {name}"
    after = (window.dataset(), window.settings(), window.windowTitle(), window.editor.stack.count())
    assert after == before and window.isWindowModified()


def test_a_missing_or_huge_file_or_a_folder(window, tmp_path, monkeypatch):
    assert not window.documents.open_file(str(tmp_path / "gone.nnp"))
    assert "no such file or folder" in error_text(window)
    assert not window.documents.open_file(str(tmp_path))
    assert "it is a folder" in error_text(window)
    big = tmp_path / "big.csv"
    big.write_text("a,y\n" + "0,1\n" * 100)
    monkeypatch.setattr(document_files, "MAX_FILE_BYTES", 100)  # the limit every reader reads by
    assert not window.documents.open_file(str(big))
    assert "too large" in error_text(window)


# -- drops and recent files -------------------------------------------------------------------

def drop(window, path):
    """Drag a file over the window and drop it (the window's event filter sees what the desktop would send)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    events = [QDragEnterEvent(QPoint(10, 10), *args), QDropEvent(QPointF(10, 10), *args)]
    for event in events:
        event.ignore()
        # Sent to the filter directly: a synthetic drop through QApplication needs a real drag in progress.
        assert window.documents.eventFilter(window, event)
        assert event.isAccepted()
    return events[-1]


def test_dropping_a_file_on_the_window_opens_it(window, tmp_path):
    path = tmp_path / "dropped.csv"
    path.write_text("m,n,y\n0,0,1\n1,1,0\n")
    drop(window, path)
    assert window.acceptDrops()
    assert window.dataset().names == ["m", "n", "y"] and window.windowTitle().startswith("dropped.csv")


def test_dropping_a_bad_file_shows_why(window, tmp_path):
    path = tmp_path / "bad.nnp"
    path.write_text("{")
    drop(window, path)
    assert "not valid JSON" in error_text(window) and window.dataset().names == ["x1", "x2", "x3", "y"]


def test_open_recent_lists_and_opens_and_forgets_missing_files(window, tmp_path):
    first, second = tmp_path / "one.nnp", tmp_path / "two.nnp"
    window.documents.save_as(str(first))
    window.documents.save_as(str(second))
    assert window.documents.recent_files() == [str(second), str(first)]
    menu = window.documents.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(second), str(first)] and "one.nnp" in entries[1].text()
    entries[1].trigger()
    assert window.documents.path == str(first)
    os.remove(second)
    assert not window.documents.open_file(str(second))
    assert window.documents.recent_files() == [str(first)]
    window.documents.clear_recent()
    assert window.documents.recent_files() == []


def test_file_actions_are_disabled_while_training(qtbot, window):
    window.controls.iterations_spin.setValue(10**9)
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        window.train()
    assert not window.documents.open_action.isEnabled() and window.editor.locked
    assert not window.editor.undo_action.isEnabled()
    assert not window.documents.new_document()
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.stop()
    assert window.documents.open_action.isEnabled() and not window.editor.locked


def test_play_on_a_reopened_document_continues_its_run(qtbot, tmp_path):
    """Saved after 1,500 iterations, reopened, Play to 3,000: the same network as one 3,000-iteration run."""
    first = make_window(qtbot)
    first.load_preset("xor")
    train(qtbot, first, iterations=1500)
    path = str(tmp_path / "xor.nnp")
    assert first.documents.save_as(path)

    second = make_window(qtbot)
    second.open_path(path)
    assert second.run.iteration == 1500
    second.controls.iterations_spin.setValue(3000)
    with qtbot.waitSignal(second.trainingFinished, timeout=TIMEOUT) as blocker:
        assert second.classroom.play()
    assert blocker.args == ["done"]
    assert second.run.iteration == 3000

    whole = make_window(qtbot)
    whole.load_preset("xor")
    train(qtbot, whole, iterations=3000)
    for a, b in zip(second.shown_network().weights, whole.shown_network().weights):
        assert np.array_equal(a, b)
    # the Error: lines go on from the saved ones, without repeats
    assert second.log_view.toPlainText() == whole.log_view.toPlainText()
    its, _ = second.error_plot.current_data()
    assert its[0] == 0 and its[-1] >= 2990


def test_raising_iterations_on_a_reopened_document_keeps_its_run(qtbot, tmp_path):
    first = make_window(qtbot)
    first.load_preset("xor")
    train(qtbot, first, iterations=1000)
    path = str(tmp_path / "xor.nnp")
    assert first.documents.save_as(path)
    saved = [w.copy() for w in first.shown_network().weights]

    second = make_window(qtbot)
    second.open_path(path)
    second.controls.iterations_spin.setValue(2000)  # what Play's message asks for
    assert all(np.array_equal(a, b) for a, b in zip(second.shown_network().weights, saved))
    assert second.documents.trained is not None  # Save still writes the run on screen
    second.controls.seed_spin.setValue(7)  # a different network: the run is gone
    assert second.documents.trained is None
    assert not all(np.array_equal(a, b) for a, b in zip(second.shown_network().weights, saved))


def test_an_autosave_with_settings_that_cannot_train_yet_is_recovered(qtbot, tmp_path):
    from playground.core.files.documents import document_from_dict, document_to_dict

    doc = Document(generate(["a", "b"]), Settings(iterations=1_000_000, log_every=1))
    data = document_to_dict(Document(generate(["a", "b"]), Settings()))
    data["settings"].update(iterations=1_000_000, log_every=1)
    back = document_from_dict(data, check_values=False)
    assert back.settings == doc.settings
    with pytest.raises(DataError, match="100,000"):
        document_from_dict(data)


def test_a_document_with_a_seed_the_window_cannot_show_is_refused_cleanly(qtbot, tmp_path):
    from playground.core.files.documents import document_to_dict

    window = make_window(qtbot)
    path = tmp_path / "big-seed.nnp"
    data = document_to_dict(Document(generate(["a", "b"]), Settings()))
    data["settings"]["seed"] = 3_000_000_000
    path.write_text(json.dumps(data))
    before = window.dataset().values.copy()
    with pytest.raises(DataError, match="seed"):
        window.open_path(str(path))
    assert np.array_equal(window.dataset().values, before)

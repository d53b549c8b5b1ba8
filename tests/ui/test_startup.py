"""Start-up: the first frame imports and builds only what it shows; the rest follows it.

A fresh Python process (the test process has long imported everything) opens the window
offscreen and reports, as JSON, which of the app's modules were imported when the window
first painted, and again once the work deferred to after that paint has run.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import playground

# Modules the first frame does not need: lessons, the inspector, studies, the decision map,
# dialogs, exports, reading and writing files, the helper process's side.
LAZY = ("playground.ui.lessons.lesson_player", "playground.ui.lessons.lesson_panel", "playground.ui.lessons.lesson_author",
        "playground.core.lessons.lesson", "playground.core.lessons.lesson_feedback", "playground.ui.views.inspector",
        "playground.ui.study.study_panel", "playground.core.training.study", "playground.core.helper.remote",
        "playground.ui.views.decision_map", "playground.ui.experiment.generator_dialog", "playground.core.explain.export",
        "playground.core.files.documents", "playground.core.files.autosave", "playground.ui.documents.autosaver",
        "playground.ui.documents.file_loader",
        "playground.core.training.budget")
# Made in the turn after the first frame (hidden in it): the formula panel and the maths it shows.
AFTER_FIRST_FRAME = ("playground.ui.views.formula_panel", "playground.core.explain.edge_formula",
                     "playground.core.explain.inspection")

SCRIPT = r"""
import gc, os, sys  # json at the end: whether the app imported it before its first frame is checked
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenu
from playground.app import open_window

app, window = open_window()  # as the app opens it
report = {}


def modules():
    return sorted(m for m in sys.modules if m.startswith("playground"))


def thread_names():
    try:  # Linux
        return sorted(open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task"))
    except OSError:
        return None


def after_deferred():
    # once the first frame is painted the helper is started: wait for it (no fixed delay)
    if window.run.helper.helper_pid() is not None:
        report["later"] = modules()
        report["formula_dock_holds_panel"] = window.formula_link.dock.widget() is window.formula_link.panel
        menu = window.findChild(QMenu, "lessonsMenu")
        report["lesson_actions_before"] = [a.text() for a in menu.actions()]
        menu.popup(window.mapToGlobal(window.rect().center()))  # as a click on Lessons opens it
        report["lesson_actions"] = [a.objectName() for a in menu.actions() if a.objectName()]
        report["lesson_modules"] = modules()
        menu.hide()
        report["gc_later"] = [gc.isenabled(), gc.get_freeze_count()]
        report["helper_started"] = window.run.helper.helper_pid() is not None  # without a Train
        from playground.core.helper import threads

        report["window_blas_threads"] = sorted({d["num_threads"] for d in threads.blas_info()})
        window.trainingFinished.connect(trained)
        window.controls.iterations_spin.setValue(100)
        window.train()
    elif not report.get("gave_up"):
        QTimer.singleShot(10, after_deferred)


def trained(status):
    report["status"] = status
    try:  # which shared libraries the helper process has loaded (Linux)
        with open(f"/proc/{window.run.helper.helper_pid()}/maps") as f:
            report["helper_libraries"] = sorted({line.split()[-1] for line in f if "/" in line})
    except OSError:
        pass
    window.close()
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first" not in report:
            report["first"] = modules()
            report["heavy_first"] = [m for m in ("numpy.random", "json", "html", "csv", "queue") if m in sys.modules]
            report["threads_first"] = thread_names()
            report["gui_thread_pool"] = os.environ.get("QT_NO_GUI_THREADPOOL")
            report["gc_first"] = gc.isenabled()
            report["menus"] = [a.text() for a in window.menuBar().actions()]
            QTimer.singleShot(0, after_deferred)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
QTimer.singleShot(60_000, lambda: (report.update(gave_up=True), app.quit()))  # a bound, not a wait
window.show()
app.exec()
import json  # noqa: E402
print(json.dumps(report))
"""


NEVER_PAINTED = r"""
import gc, json
from PySide6.QtCore import QTimer
from playground.app import open_window

app, window = open_window()  # never shown: no first paint
report = {"paused": not gc.isenabled()}


def check():
    if gc.isenabled():
        report["resumed"] = True
        app.quit()
    else:
        QTimer.singleShot(50, check)


QTimer.singleShot(0, check)
QTimer.singleShot(60_000, app.quit)  # a bound, not a wait
app.exec()
print(json.dumps(report))
"""


# open_window as the app runs it: which modules PySide6's import hook read the source of (inspect.getsource), up
# to the window's first paint.
SOURCES_READ = r"""
import inspect, json, sys

read = []
real_getsource = inspect.getsource


def getsource(obj):
    read.append(getattr(obj, "__name__", repr(obj)))
    return real_getsource(obj)


inspect.getsource = getsource
from playground.app import open_window

app, window = open_window()
from PySide6.QtCore import QEvent, QObject, QTimer

seen = {}


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "read" not in seen:
            seen["read"], seen["modules"] = list(read), sorted(sys.modules)
            import __feature__
            seen["selections"] = sorted(set(__feature__.pyside_feature_dict.values()))
            QTimer.singleShot(0, app.quit)
        return False


f = FirstPaint()
window.installEventFilter(f)
window.show()
QTimer.singleShot(60_000, app.quit)  # a bound, not a wait
app.exec()
print(json.dumps(seen))
"""


def start_window(home, script: str = SCRIPT) -> dict:
    # settings, autosaves and the language as on a fresh machine: nothing saved, English
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LANGUAGE="en", LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"),
               XDG_CACHE_HOME=str(home / "cache"), NN_PLAYGROUND_DATA_DIR=str(home / "data"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return start_window(tmp_path_factory.mktemp("home"))


def test_first_frame_imports_only_what_it_shows(report):
    first = set(report["first"])
    assert "playground.ui.main_window" in first and "playground.ui.views.error_plot" in first  # it did paint the window
    assert sorted(first.intersection(LAZY)) == []
    # the menus are all there in the first frame, the Lessons menu among them, before Help
    menus = [m.replace("&", "") for m in report["menus"]]
    assert menus.index("Lessons") == menus.index("Help") - 1
    # after it, too, the lesson player is made only when first needed: the Lessons menu opening
    assert not report.get("gave_up")
    assert sorted(set(report["later"]).intersection(LAZY)) == []
    assert report["lesson_actions_before"] == ["Open Lesson…"]  # not empty: macOS hides an empty menu
    assert "playground.ui.lessons.lesson_player" in report["lesson_modules"]
    assert "openLessonAction" in report["lesson_actions"]
    assert any(name.startswith("lesson_") for name in report["lesson_actions"])  # the shipped lessons, read


def test_first_frame_imports_no_standard_module_it_does_not_use(report):
    """numpy.random (the first network is drawn by Python's own Mersenne Twister: the same bits), json, html,
    csv and queue are imported where they are used, after the first frame: ~15 ms of the start together."""
    assert report["heavy_first"] == []


def test_the_formula_panel_is_made_after_the_first_frame_and_the_budget_at_the_first_train(report):
    assert sorted(set(report["first"]).intersection(AFTER_FIRST_FRAME)) == []
    assert sorted(set(AFTER_FIRST_FRAME) - set(report["later"])) == []  # made in the turn after it, unasked
    assert report["formula_dock_holds_panel"]
    assert report["status"] == "done"  # Train imported the budget and checked it


def test_qt_paints_the_first_frame_without_its_thread_pool(report):
    assert report["gui_thread_pool"] == "1"  # set by make_app (a value the user set is kept)
    if report["threads_first"] is not None:
        assert not [name for name in report["threads_first"] if "pooled" in name]


def test_garbage_collection_pauses_until_the_first_paint_then_resumes(report):
    assert report["gc_first"] is False
    enabled, frozen = report["gc_later"]
    assert enabled and frozen > 10_000  # the start-up's objects are frozen: later collections skip them


def test_helper_starts_after_the_first_paint_without_qt_and_the_window_pins_blas(report):
    assert not report.get("gave_up")
    assert report["helper_started"]  # started after the first paint, before any Train
    assert report["status"] == "done"
    if report["window_blas_threads"]:  # a NumPy without a BLAS that threadpoolctl knows reports nothing
        assert report["window_blas_threads"] == [1]
    if "helper_libraries" in report:
        libraries = report["helper_libraries"]
        assert any("numpy" in p for p in libraries)  # it did load its own work...
        assert not [p for p in libraries if "Qt6" in p or "PySide6" in p or "shiboken6" in p]  # ...and no Qt


def test_a_window_never_painted_still_resumes_garbage_collection(tmp_path):
    report = start_window(tmp_path, NEVER_PAINTED)
    assert report["paused"] and report.get("resumed")  # a few seconds later, at the latest


def test_pyside_reads_no_module_source_on_the_way_to_the_first_frame(tmp_path):
    """PySide6 reads the source of every module imported after it (its ``__feature__`` hook), ~40 ms of the cold start;
    ``app.FeatureDefaults`` records the answer first. Only the two modules PySide6 imports while it loads are read."""
    seen = start_window(tmp_path, SOURCES_READ)
    assert "playground.ui.main_window" in seen["modules"] and "pyqtgraph" in seen["modules"]  # it built and painted
    assert len(seen["read"]) <= 3, seen["read"]
    assert not [m for m in seen["read"] if m.startswith(("playground", "pyqtgraph", "numpy"))]
    assert seen["selections"] in ([0], [-1, 0])  # nothing selects a feature: every module has the default


def test_no_module_of_ours_selects_a_pyside_feature():
    """FeatureDefaults records 'no feature selected' for every module without reading it: true only while no module
    of ours imports ``__feature__`` (snake_case, true_property)."""
    root = Path(playground.__file__).parent
    selects = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    users = [str(p.relative_to(root)) for p in root.rglob("*.py") if selects.search(p.read_text(encoding="utf-8"))]
    assert users == []
    assert selects.search("x = 1\n    from __feature__ import snake_case\n")  # the pattern does find one


SELECTS_SNAKE_CASE = """
from __feature__ import snake_case
from PySide6.QtWidgets import QApplication, QWidget


def hint():
    app = QApplication.instance() or QApplication([])
    return QWidget().size_hint().width()  # snake_case: sizeHint is size_hint in this module only
"""


def test_a_module_that_selects_a_pyside_feature_still_has_it_under_feature_defaults(tmp_path):
    (tmp_path / "snaky.py").write_text(SELECTS_SNAKE_CASE, encoding="utf-8")
    script = ("import sys, colorsys; sys.path.insert(0, sys.argv[1])\n"  # colorsys: imported before PySide6
              "from playground.app import skip_pyside_source_reading\n"
              "skip_pyside_source_reading()\n"
              "import PySide6.QtWidgets, snaky, json, __feature__\n"
              "from PySide6.QtWidgets import QWidget\n"
              "d = __feature__.pyside_feature_dict\n"
              "print(json.dumps([snaky.hint(), hasattr(QWidget, 'sizeHint'), d['snaky'], d['playground.app'],"
              " d.get('colorsys')]))\n")
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    width, camel_here, snaky, ours, earlier = json.loads(out.stdout.strip().splitlines()[-1])
    assert width == -1  # size_hint() in the module that selected snake_case
    # This script (a -c script: no source to read) is recorded as selecting nothing, so it keeps sizeHint; PySide6
    # itself would mark it "ignore" and it would inherit snake_case from the last module that selected it.
    assert camel_here
    assert snaky == 1 and ours == 0  # snake_case is feature bit 1; a module of ours selects none
    assert earlier == 0  # a module imported before PySide6 is recorded too (PySide6 would read it when named again)

"""Every action that reads or writes a file, triggered from its menu as a user does, with the file chooser
answered: the File menu (New, Open, Open Recent, Save, Save As, Export CSV, Quit), every entry of the Export
menu, and the Lessons menu's Open Lesson and Save Lesson As. Each does its job; none raises (pytest-qt fails a
test on any exception raised in a slot)."""

import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu

from playground import resources
from playground.core.files.documents import read_csv, read_document
from playground.core.lessons.lesson import read_lesson


class Chooser:
    """Stands in for QFileDialog's static choosers, as a user who accepts what is suggested would answer them.

    A save dialog is answered with the suggested file name (or the next of ``names``) in ``folder``; an open
    dialog with ``to_open``. ``asked`` lists the dialogs' titles."""

    def __init__(self, folder: str) -> None:
        self.folder, self.to_open, self.names, self.asked = folder, None, [], []

    def save(self, parent, caption="", directory="", filters="", *args, **kwargs):
        self.asked.append(caption)
        name = self.names.pop(0) if self.names else os.path.basename(directory)
        return os.path.join(self.folder, name), ""

    def open(self, parent, caption="", directory="", filters="", *args, **kwargs):
        self.asked.append(caption)
        return self.to_open, ""


@pytest.fixture
def chooser(monkeypatch, tmp_path):
    c = Chooser(str(tmp_path))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(c.save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(c.open))
    return c


def entries(window, menu_name: str) -> dict:
    """The menu's actions by object name (a submenu by its menu's name), as the menu shows them."""
    menu = window.findChild(QMenu, menu_name)
    menu.aboutToShow.emit()
    return {(a.menu().objectName() if a.menu() else a.objectName()): a for a in menu.actions() if not a.isSeparator()}


def no_problem_shown(window) -> None:
    box = window.documents.error_box
    assert box is None or not box.isVisible(), box.text() + "\n" + box.informativeText()
    assert not window.message_bar.isVisible(), window.message_bar.text()


def test_every_action_of_the_file_menu_does_its_job(qtbot, window, chooser, tmp_path):
    actions = entries(window, "fileMenu")
    assert list(actions) == ["newAction", "openAction", "recentMenu", "saveAction", "saveAsAction",
                             "exportCsvAction", "quitAction"]  # a new entry needs its check here
    window.load_preset("xor")

    actions["saveAction"].trigger()  # untitled: asks for a name first
    first = tmp_path / "Untitled.nnp"
    assert chooser.asked == ["Save As"] and window.documents.path == str(first)
    assert read_document(first).dataset == window.dataset() and not window.isWindowModified()

    window.controls.seed_spin.setValue(5)
    actions["saveAction"].trigger()  # titled: writes it again without asking
    assert len(chooser.asked) == 1 and read_document(first).settings.seed == 5

    chooser.names = ["copy.nnp"]
    actions["saveAsAction"].trigger()
    assert window.documents.path == str(tmp_path / "copy.nnp")
    assert read_document(tmp_path / "copy.nnp").settings.seed == 5

    actions["exportCsvAction"].trigger()  # was: NameError: CSV_FILTER, and nothing written
    exported = tmp_path / "copy.csv"
    assert chooser.asked[-1] == "Export CSV" and read_csv(exported) == window.dataset()
    assert window.documents.path == str(tmp_path / "copy.nnp")  # the document keeps its own file

    actions["newAction"].trigger()
    assert window.dataset().names == ["a", "b", "y"] and window.documents.path is None

    chooser.to_open = str(first)
    actions["openAction"].trigger()
    assert window.documents.path == str(first) and window.settings().seed == 5

    recent = window.documents.recent_menu
    recent.aboutToShow.emit()
    assert [a.data() for a in recent.actions() if a.data()] == [str(first), str(tmp_path / "copy.nnp")]
    next(a for a in recent.actions() if a.data() == str(tmp_path / "copy.nnp")).trigger()
    assert window.documents.path == str(tmp_path / "copy.nnp")

    no_problem_shown(window)
    actions["quitAction"].trigger()
    assert not window.isVisible()


def test_every_export_writes_its_file(qtbot, window, chooser, tmp_path):
    window.load_preset("xor")
    actions = entries(window, "exportMenu")
    assert len(actions) == 7
    for name, action in actions.items():
        before = len(chooser.asked)
        action.trigger()
        assert len(chooser.asked) == before + 1, name
    written = sorted(os.listdir(tmp_path))
    assert written == sorted(["xor-error-plot.png", "xor-network.png", "xor-decision-map.png", "xor-experiment.py",
                              "xor-experiment.ipynb", "xor-predictions.csv", "xor-weights.csv"])
    assert all(os.path.getsize(tmp_path / name) > 0 for name in written)
    no_problem_shown(window)


def test_open_lesson_and_save_lesson_as_from_the_lessons_menu(qtbot, window, chooser, tmp_path):
    shipped = resources.shipped_lessons()[0]
    chooser.to_open = str(shipped)
    actions = entries(window, "lessonsMenu")
    actions["openLessonAction"].trigger()
    lesson = window.lessons.lesson
    assert lesson is not None and lesson.title == read_lesson(shipped).title

    actions = entries(window, "lessonsMenu")
    chooser.names = ["mine.nnlesson"]
    actions["saveLessonAction"].trigger()
    assert read_lesson(tmp_path / "mine.nnlesson").title == lesson.title
    no_problem_shown(window)

"""The controls as a screen reader says them, through the window: the lesson's labels are what they show,
buttons are named by their words (not their pictograms), the Table and Edit menus give each item its own
Alt letter and Toggle 0/1 its key as a shortcut, the hidden-units box reports its units, the status and
progress bars are named."""

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QToolBar, QToolButton

from playground import resources
from playground.core.data.settings import MAX_HIDDEN_UNITS
from playground.core.lessons.lesson_text import inline_html
from playground.ui.kit.accessibility import spoken_text
from playground.ui.main_window import MainWindow

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.documents.interactive = False
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def pictograms(text: str) -> list[str]:
    """The symbols drawn for the eye in ``text`` (▶ ■ ⟲ ⚄ ✓ ◀), not arithmetic signs ("+ Row")."""
    return [c for c in text if unicodedata.category(c).startswith("S") and c not in "+-−=<>×÷±≤≥"]


def test_a_lessons_labels_are_read_as_what_they_show_step_after_step(qtbot, window):
    player = window.lessons
    assert player.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
    panel = player.panel
    for _ in range(3):
        step = player.lesson.steps[player.index]
        assert name(panel.progress_label) == f"Step {player.index + 1} of {len(player.lesson.steps)}"
        assert description(panel.progress_label) == "Lesson progress"
        if step.action is not None:
            assert name(panel.action_label) == panel.action_label.text() and "To do:" in name(panel.action_label)
            assert description(panel.action_label) == "What to do"
        if step.question is not None:
            assert name(panel.prompt_label) == plain(inline_html(step.question.prompt))
            assert description(panel.prompt_label) == "Question"
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    question = next(i for i, s in enumerate(player.lesson.steps) if s.question is not None
                    and s.question.kind == "choice")
    player.go(question)
    choices = player.lesson.steps[question].question.choices
    panel.choice_buttons()[next(i for i, c in enumerate(choices) if not c.correct)].click()
    assert panel.feedback_label.text() and name(panel.feedback_label) == panel.feedback_label.text()
    assert description(panel.feedback_label) == "Feedback on your answer"


def plain(html: str) -> str:
    return " ".join(QTextDocumentFragment.fromHtml(html).toPlainText().split())


def button_of(window, action) -> QToolButton:
    """The toolbar button of ``action``."""
    return next(b for bar in window.findChildren(QToolBar) if (b := bar.widgetForAction(action)) is not None)


def test_buttons_are_named_by_their_words_not_their_pictograms(qtbot, window):
    t = window.classroom.transport
    for spoken, action in (("Train", window.train_action), ("Stop", window.stop_action),
                           ("Reset", window.reset_action), ("New seed", window.classroom.new_seed_action),
                           ("Play", t.play_action)):
        button = button_of(window, action)
        assert pictograms(button.text()), button.text()  # the pictogram stays on screen
        assert name(button) == spoken
    window.lessons.open_file(str(resources.shipped_lessons()[0]), ask=False)
    panel = window.lessons.panel
    assert (name(panel.back_button), name(panel.next_button)) == ("Back", "Next")
    window.lessons.go(len(window.lessons.lesson.steps) - 1)
    assert panel.next_button.text() == "Finish ✓" and name(panel.next_button) == "Finish"
    window.lessons.close()
    t.set_rate_index(0)  # one iteration a second: running until stopped
    with qtbot.waitSignal(window.run.started, timeout=TIMEOUT):
        window.train_action.trigger()
    qtbot.waitUntil(lambda: name(t.play_button) == "Pause")  # follows the action's text
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.stop_action.trigger()
    assert name(t.play_button) == "Play"


def test_every_toolbar_button_name_is_free_of_pictograms(window):
    seen = 0
    for bar in window.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button" and button.defaultAction() is not None:
                seen += 1
                assert not pictograms(name(button)), name(button)
    assert seen >= 6


def test_spoken_text_drops_pictograms_and_mnemonics_only():
    assert spoken_text("▶  Train") == "Train" and spoken_text("⚄  New seed") == "New seed"
    assert spoken_text("Next ▶") == "Next" and spoken_text("❚❚  Pause") == "Pause"
    assert spoken_text("&Save && close") == "Save & close" and spoken_text("+ Row") == "+ Row"
    assert spoken_text("⟲  Reset") == "Reset" and spoken_text("− Column") == "− Column"


def test_toggle_takes_space_as_its_shortcut_and_space_toggles_the_cell(qtbot, window):
    act = window.table.toggle_action
    assert "\t" not in act.text() and act.shortcut() == QKeySequence(Qt.Key.Key_Space)
    assert any(act in a.menu().actions() for a in window.menuBar().actions() if a.menu())  # in the Edit menu
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    window.table.setCurrentIndex(window.table.model().index(0, 0))
    before = window.dataset().values[0, 0]
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.dataset().values[0, 0] == 1 - before


def test_the_hidden_units_box_reports_its_units_as_its_value(window):
    spin = window.controls.hidden_spin
    value = QAccessible.queryAccessibleInterface(spin).valueInterface()
    for text, units in (("5", 5), ("4,3", 7), ("0", 0)):
        spin.setText(text)
        assert value.currentValue() == units
    assert (value.minimumValue(), value.maximumValue()) == (0, MAX_HIDDEN_UNITS)


def test_the_status_and_progress_bars_are_named(window):
    assert name(window.statusBar()) == "Status"
    assert name(window.progress) == "Training progress"

"""Everything a lesson step shows is its own: no verdict, outline or banner of an earlier step stays on.

Every shipped lesson is played start to end with a wrong and then a right answer to each question
(predictions too), and at each new step, after closing the lesson and after loading a preset, the
window is read for what an earlier step left: the lesson panel's feedback, the inspector's verdict
line and outlined cells, the message bar. In English, German and Spanish (the window built in each).
"""

import pytest

from playground import resources
from playground.core.lessons.lesson import read_lesson
from tests.ui.test_lessons import answer_question, click, do_action

LESSONS = resources.shipped_lessons()


@pytest.fixture(params=["en", "de", "es"])
def window(request, qtbot, qapp):
    """The main window in each language (its texts are set as it is built)."""
    from playground.ui.language import install_translators
    from playground.ui.main_window import MainWindow

    install_translators(qapp, request.param)
    w = MainWindow()
    try:
        qtbot.addWidget(w)
        w.show()
        yield w
    finally:
        w.close()
        install_translators(qapp, "en")


def leftovers(w) -> list[str]:
    """What is on show that no step asked for yet: empty when the window is clean."""
    found = []
    panel, inspector = w.lessons.panel, w.classroom.inspector
    if panel.feedback_label.text() or "color" in panel.feedback_label.styleSheet():
        found.append(f"lesson feedback {panel.feedback_label.text()!r}")
    if inspector.feedback_label.isVisibleTo(inspector) and inspector.feedback_label.text():
        found.append(f"inspector verdict {inspector.feedback_label.text()!r}")
    for name in inspector.names():
        if inspector.matrix(name).marked_cells():
            found.append(f"outlined cells in {name}")
    if w.message_bar.isVisibleTo(w):
        found.append(f"message bar {w.message_bar.text()!r}")
    return found


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_no_step_inherits_what_an_earlier_step_showed(qtbot, window, path):
    w, lesson = window, read_lesson(path)
    player = w.lessons
    assert player.open_file(str(path), ask=False)
    for i, step in enumerate(lesson.steps):
        assert leftovers(w) == [], (path.stem, i)
        doc, start = lesson.state_at(i)
        if step.question is not None and step.question.kind != "prediction":
            answer_question(qtbot, player.panel, step.question)
        if step.action is not None:
            do_action(qtbot, w, step, doc, start)
        assert player.is_complete(), i
        if i < len(lesson.steps) - 1:
            click(qtbot, player.panel.next_button)
    player.close()
    assert [x for x in leftovers(w) if not x.startswith("lesson feedback")] == []  # the panel is closed with it
    w.load_preset("xor")
    assert leftovers(w) == []

"""The lesson panel at a small projector: a code line of a step's text wraps (no sideways scrollbar), and while
the step hides numbers one line says why they show "?" and that they come back once the question is answered.

One window (1280x720, presentation mode) plays lesson 2, whose steps 3 and 4 hold the code lines
``l2_delta = l2_error * nonlin(l2, deriv=True)`` and ``syn1 += l1.T.dot(l2_delta)`` and whose step 4 hides the
weights and ``syn1 update`` until it is answered.
"""

import pytest

from playground import resources
from playground.core.lessons.lesson import read_lesson
from playground.ui.main_window import MainWindow

LESSON = next(p for p in resources.shipped_lessons() if p.stem.startswith("02"))
CODE_STEPS = (2, 3)  # 0-based: "Predict l2_delta" and "The update of syn1"
HIDING_STEP = 3
NOTE = "Numbers marked ? appear once you answer."


@pytest.fixture(scope="module")
def window(qapp):
    w = MainWindow()
    w.documents.interactive = False
    w.resize(1280, 720)
    w.classroom.set_scale(1.5, save=False)
    w.show()
    assert w.lessons.open_file(str(LESSON), ask=False)
    yield w
    w.lessons.close()
    w.close()


def text_fits(view) -> bool:
    """The text view needs no sideways scrolling: no scrollbar, and the laid-out text no wider than its viewport."""
    bar = view.horizontalScrollBar()
    return view.viewport().width() > 0 and bar.maximum() == 0 and not bar.isVisible() \
        and view.document().size().width() <= view.viewport().width()


@pytest.mark.parametrize("index", CODE_STEPS)
def test_a_code_line_wraps_in_the_lesson_text_at_1280x720(qtbot, window, index):
    step = read_lesson(LESSON).steps[index]
    code = next(line for line in step.text.splitlines() if "=" in line and "`" not in line)
    window.lessons.go(index)
    view = window.lessons.panel.text_view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 0)
    assert code in view.toPlainText()  # the whole line is there, its breaks only where it wraps
    if index == CODE_STEPS[0]:  # the reviewer's line is longer than the panel is wide: it has to wrap
        assert view.fontMetrics().horizontalAdvance(code) > view.viewport().width()
    qtbot.waitUntil(lambda: text_fits(view))


def test_a_step_that_hides_numbers_says_why_until_it_is_answered(qtbot, window):
    player, panel = window.lessons, window.lessons.panel
    player.go(0)  # a question that hides nothing
    assert not panel.hidden_note.isVisible()
    player.go(HIDING_STEP)
    assert player.mask.names() and panel.hidden_note.isVisible() and panel.hidden_note.text() == NOTE
    question = player.lesson.steps[HIDING_STEP].question
    player.answer(next(i for i, c in enumerate(question.choices) if not c.correct))
    assert player.mask.names() and panel.hidden_note.isVisible()  # a wrong answer: still hidden, still said
    player.answer(next(i for i, c in enumerate(question.choices) if c.correct))
    assert not player.mask.names() and not panel.hidden_note.isVisible()  # revealed: the note goes with the "?"
    player.go(HIDING_STEP - 1)  # a prediction hides its own quantity: the note is back
    assert player.mask.names() and panel.hidden_note.isVisible()

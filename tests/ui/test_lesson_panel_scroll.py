"""The lesson panel scrolls its content and never grows the window: long choices on a projector.

A teacher's lesson may ask a question whose choices are long (four sentences of ~190 characters that
differ only in their last word) or tall (every choice at the limits of ``core.limits``: 500 characters
on 10 lines). In presentation mode at 1366x768 and 1280x720 the window stays within the screen, the
rows "Step k of n / Close lesson" and "Back / Next" stay inside it, and each choice is as tall as its
wrapped text and can be scrolled into view whole within the lesson panel's scroll area. Before the
scroll area each choice was cut to three lines (the four looked alike) and a tall choice made the
window thousands of pixels tall.
"""

import json

import pytest
from PySide6.QtWidgets import QScrollArea

from playground.core.limits import MAX_CHOICES, MAX_QUESTION_CHARS, MAX_QUESTION_LINES
from playground.ui.main_window import MainWindow
from tests.ui.test_layout import settle
from tests.ui.test_lesson_layout import SCALE, SCREENS, LargestSize, rect_in

SENTENCE = ("Because the weights of the network are adjusted after every row by an amount proportional to the "
            "error times the slope of the sigmoid at the output, the final answer is closer to the")
LAST_WORDS = ["target", "input", "bias", "seed"]
TALL = "\n".join(["word " * 9 + "end"] * MAX_QUESTION_LINES)[:MAX_QUESTION_CHARS]  # at both limits


def lesson(choices: list[str]) -> str:
    items = [{"text": text, "correct": i == 0, "feedback": "Yes." if i == 0 else "No."} for i, text in enumerate(choices)]
    return json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "Choices",
                       "steps": [{"title": "Read them all", "state": {"preset": "notebook-single"},
                                  "visible": ["dataset", "predictions"], "text": "# A question\n\nRead every choice.",
                                  "question": {"type": "choice", "prompt": "Which sentence is right?",
                                               "choices": items}},
                                 {"text": "The end.", "visible": ["dataset", "predictions"]}]})


LESSONS = {"long": [f"{SENTENCE} {word}." for word in LAST_WORDS],
           "tall": [TALL] * MAX_CHOICES}


def enclosing_scroll_area(widget, panel) -> QScrollArea | None:
    """The scroll area of the lesson panel that ``widget`` lies in, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def reachable(area: QScrollArea, widget) -> list[str]:
    """Can the scroll area show the widget's first line and its last (all of it when it fits)?"""
    bar, view = area.verticalScrollBar(), area.viewport()
    top = widget.mapTo(area.widget(), widget.rect().topLeft()).y()
    bottom = top + widget.height()
    problems = []
    for target, edge in ((top, "top"), (bottom - view.height(), "bottom")):
        bar.setValue(max(target, 0))
        settle()
        shown = rect_in(widget, view)
        if not (0 <= shown.top() < view.height() if edge == "top" else 0 < shown.bottom() + 1 <= view.height()):
            problems.append(f"its {edge} cannot be scrolled into view: {shown} in a view of {view.rect()}")
    return problems


@pytest.mark.parametrize("kind", list(LESSONS))
def test_long_choices_scroll_in_the_panel_and_the_window_keeps_to_the_screen(qtbot, tmp_path, kind):
    path = tmp_path / f"{kind}.nnlesson"
    path.write_text(lesson(LESSONS[kind]), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.documents.interactive = False
    window.show()
    largest = LargestSize(window)
    player = window.lessons
    panel = player.panel
    problems = []
    for width, height in SCREENS:
        window.classroom.set_scale(SCALE, save=False)
        window.resize(width, height)
        settle()
        largest.reset()
        assert player.open_file(str(path), ask=False)
        player.go(0)
        settle()
        where = f"{kind} {width}x{height}"
        if largest.width > width or largest.height > height:
            problems.append(f"{where}: the window was laid out {largest.width}x{largest.height}")
        for button in (panel.back_button, panel.next_button, panel.close_button):
            if not window.rect().contains(rect_in(button, window)) or not button.isVisible():
                problems.append(f"{where}: {button.objectName()} at {rect_in(button, window)} is not in the window")
        choices = panel.choice_buttons()
        assert [c.text() for c in choices] == LESSONS[kind]
        for i, choice in enumerate(choices):
            name = f"{where} choice {i}"
            if choice.heightForWidth(choice.width()) > choice.height():
                problems.append(f"{name}: its lines need {choice.heightForWidth(choice.width())} px, "
                                f"it has {choice.height()} px")
            area = enclosing_scroll_area(choice, panel)
            if area is None:
                problems.append(f"{name} is in no scroll area of the lesson panel")
                continue
            if not window.rect().contains(rect_in(area, window)):
                problems.append(f"{name}: its scroll area at {rect_in(area, window)} is outside the window")
            inside = rect_in(choice, area.widget())
            if inside.left() < 0 or inside.right() >= area.viewport().width():
                problems.append(f"{name} at {inside} is wider than the view {area.viewport().rect()}")
            problems += [f"{name}: {p}" for p in reachable(area, choice)]
        player.close()
        settle()
    assert not problems, "\n".join(problems)


def projector_window_with(qtbot, tmp_path, name: str):
    """A window at 1280x720 in presentation mode with the test lesson ``name`` open; (window, player)."""
    path = tmp_path / f"{name}.nnlesson"
    path.write_text(lesson(LESSONS[name]), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.documents.interactive = False
    window.show()
    window.classroom.set_scale(SCALE, save=False)
    window.resize(*SCREENS[1])
    settle()
    player = window.lessons
    assert player.open_file(str(path), ask=False)
    return window, player


def test_the_panel_asks_the_window_for_no_more_height_for_long_choices(qtbot, tmp_path):
    """The panel's least size is its fixed rows' and the scroll area's, whatever the step holds."""
    window, player = projector_window_with(qtbot, tmp_path, "tall")
    player.go(1)  # a step with no question
    settle()
    short = player.panel.minimumSizeHint(), window.minimumSizeHint()
    player.go(0)  # ten choices of ten lines each
    settle()
    assert (player.panel.minimumSizeHint(), window.minimumSizeHint()) == short
    assert window.minimumSizeHint().height() <= SCREENS[1][1]


def test_the_feedback_below_long_choices_is_scrolled_into_view(qtbot, tmp_path):
    window, player = projector_window_with(qtbot, tmp_path, "long")
    player.go(0)
    settle()
    panel = player.panel
    panel.choice_buttons()[-1].click()
    view, feedback = panel.scroll_area.viewport(), panel.feedback_label
    assert feedback.text() == "No."
    qtbot.waitUntil(lambda: view.rect().contains(rect_in(feedback, view)))

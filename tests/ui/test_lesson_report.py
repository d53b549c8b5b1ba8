"""The teacher's report: "Save My Answers…" writes a one-page PDF with every attempt, the right values and the plot."""

import re

import pytest

from playground import resources
from playground.core.lessons.lesson import read_lesson
from playground.ui.lessons.lesson_report import LessonReport
from tests.ui.test_lessons import answer_question, do_action

TIMEOUT = 60_000


def first_step_with(lesson, kind):
    return next(i for i, s in enumerate(lesson.steps) if s.question is not None and s.question.kind == kind)


def pdf_pages(data: bytes) -> int:
    """Page objects in a PDF (Qt writes them uncompressed: ``/Type /Page``, not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


@pytest.fixture
def lesson_window(window):
    window.resize(1280, 800)
    return window


def test_answers_right_and_wrong_are_reported_with_the_right_values(qtbot, lesson_window, tmp_path):
    """A wrong then a right answer to a choice, and a prediction checked by the engine: all in the PDF's table."""
    w = lesson_window
    path = next(p for p in resources.shipped_lessons() if p.stem.startswith("02"))
    lesson = read_lesson(path)
    assert w.lessons.open_file(str(path), ask=False)
    player = w.lessons
    # a choice question: wrong, then right
    index = first_step_with(lesson, "choice")
    player.go(index)
    question = lesson.steps[index].question
    answer_question(qtbot, player.panel, question)
    wrong = next(c for c in question.choices if not c.correct)
    right = next(c for c in question.choices if c.correct)
    entries = player.answers.entries
    assert [(e.given, e.correct) for e in entries] == [(wrong.text, False), (right.text, True)]
    assert entries[0].right == right.text and entries[0].question == question.prompt
    # a prediction: wrong (sign flipped), then right, checked against the engine's own iteration
    p_index = first_step_with(lesson, "prediction")
    player.go(p_index)
    step = lesson.steps[p_index]
    doc, start = lesson.state_at(p_index)
    do_action(qtbot, w, step, doc, start)
    predictions = player.answers.entries[2:]
    assert [e.correct for e in predictions] == [False, True]
    assert predictions[0].right == predictions[1].right  # the engine's value, the same both times
    assert player.answers.steps_right() == (2, 2) and player.answers.first_try_right() == 0

    # the page: every attempt's answer, the right value and the feedback, in the document the PDF prints
    report = player.report_answers
    assert isinstance(report, LessonReport)
    text = report.document().toPlainText()
    for e in player.answers.entries:
        assert e.given in text and e.right in text and e.feedback.split("\n")[0] in text
    assert "2 of 2 questions answered right; 0 at the first try." in text
    player.close()  # the end of the lesson: every panel is back, the answers stay for the report
    assert w.error_plot.isVisible()
    out = tmp_path / "answers.pdf"
    report.ask_path = lambda: str(out)
    assert w.findChild(type(report.action), "saveAnswersAction") is report.action
    report.action.trigger()
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) == 1
    assert b"/Subtype /Image" in data  # the error plot, as a picture
    assert not (tmp_path / "answers.pdf.part").exists()


def test_a_report_that_cannot_be_written_says_why_and_leaves_nothing(qtbot, lesson_window, tmp_path):
    w = lesson_window
    path = resources.shipped_lessons()[0]
    assert w.lessons.open_file(str(path), ask=False)
    report = w.lessons.report_answers
    target = tmp_path / "no such folder" / "answers.pdf"
    report.ask_path = lambda: str(target)
    assert report.ask_save() is False
    box = report.error_box
    assert box is not None and "answers.pdf" in box.text() and "No such file" in box.text()
    assert not target.parent.exists()


def test_a_new_lesson_starts_an_empty_report(qtbot, lesson_window):
    w = lesson_window
    lessons = resources.shipped_lessons()
    lesson = read_lesson(lessons[1])
    assert w.lessons.open_file(str(lessons[1]), ask=False)
    index = first_step_with(lesson, "choice")
    w.lessons.go(index)
    answer_question(qtbot, w.lessons.panel, lesson.steps[index].question)
    assert w.lessons.answers.entries
    assert w.lessons.open_file(str(lessons[0]), ask=False)
    assert w.lessons.answers.entries == [] and w.lessons.answers.lesson == read_lesson(lessons[0]).title
    assert "No question of this lesson has been answered yet." in w.lessons.report_answers.document().toPlainText()


def test_a_narrow_plot_is_drawn_large_enough_for_the_page_and_put_back(qtbot, lesson_window):
    from playground.ui.lessons.lesson_report import plot_picture

    plot = lesson_window.error_plot.plot_widget
    plot.resize(120, 90)
    image = plot_picture(plot)
    assert image.width() >= 900 * image.devicePixelRatio() - 1 and image.height() >= 420 * image.devicePixelRatio() - 1
    assert plot.size().width() == 120  # back as the layout had it

"""Lesson texts in the window: a text over the limit is refused with a message, one at the limit shows.

A translation file once held one text of 200,000 emphasis markers: the window froze for
210 s rendering it. Now the lesson and its translations are held to MAX_TEXT_CHARS per text
(what is over it is refused and named), and the markup parser is linear
(tests/core/test_lesson_markup.py, benchmarks/lesson_text.py).
"""

import json

from PySide6.QtWidgets import QMessageBox

from playground.core.lessons.lesson_translation import FORMAT, translation_path
from playground.core.limits import MAX_TEXT_CHARS
from playground.ui.lessons import lesson_player

MARKERS = "*a " * 66_667  # 200,001 characters of emphasis markers that never close


def lesson_text(text: str) -> str:
    return json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "Markers",
                       "steps": [{"text": text, "state": {"preset": "notebook"}}, {"text": "The end"}]})




def open_lesson(window, path, monkeypatch) -> bool:
    """Lessons > Open Lesson…, the file chooser answered with ``path``."""
    monkeypatch.setattr(lesson_player.QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    return window.lessons.ask_open()


def test_a_lesson_text_over_the_limit_is_refused_naming_its_place(window, tmp_path, monkeypatch):
    path = tmp_path / "markers.nnlesson"
    path.write_text(lesson_text(MARKERS), encoding="utf-8")
    assert not open_lesson(window, path, monkeypatch)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "markers.nnlesson" in boxes[0].text()
    assert (f"steps[0].text: is {len(MARKERS):,} characters long; the limit is {MAX_TEXT_CHARS:,}"
            in boxes[0].detailedText())
    assert window.lessons.lesson is None


def test_a_translated_text_over_the_limit_leaves_the_lesson_as_written_and_says_why(window, tmp_path, monkeypatch):
    path = tmp_path / "mine.nnlesson"
    path.write_text(lesson_text("Press **Train**."), encoding="utf-8")
    translation = translation_path(path, "de")
    translation.parent.mkdir()
    translation.write_text(json.dumps({"format": FORMAT, "version": 1, "language": "de",
                                       "texts": {"Markers": "Marker", "Press **Train**.": MARKERS}}),
                           encoding="utf-8")
    monkeypatch.setattr(lesson_player, "current_language", lambda: "de")  # the lesson is read for German
    assert open_lesson(window, path, monkeypatch)
    panel = window.lessons.panel
    assert window.lessons.lesson.title == "Markers"  # as written: nothing of the refused translation
    assert panel.text_view.toPlainText() == "Press Train."
    message = window.message_bar.text()
    assert window.message_bar.isVisible(), message
    assert message == ("The lesson's translation cannot be used, so it is shown as written: "
                       f"{translation}: the translation of steps[0].text is {len(MARKERS):,} characters long; "
                       f"the limit is {MAX_TEXT_CHARS:,}")


def test_a_worst_case_text_at_the_limit_opens_and_shows_whole(window, tmp_path, monkeypatch):
    text = MARKERS[:MAX_TEXT_CHARS]
    path = tmp_path / "limit.nnlesson"
    path.write_text(lesson_text(text), encoding="utf-8")
    assert open_lesson(window, path, monkeypatch)
    assert window.lessons.panel.text_view.toPlainText() == text.strip()  # no marker closes: all of it is text

"""ScriptView (script_view.py): the exported script shown read-only, one line highlighted and named."""

import pytest
from PySide6.QtCore import Qt

from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.explain.export import script_with_lines
from playground.ui.views.script_view import ScriptView


@pytest.fixture
def script():
    return script_with_lines(get_preset("notebook").dataset(), Settings())


@pytest.fixture
def view(qtbot):
    v = ScriptView()
    qtbot.addWidget(v)
    return v


def test_the_line_of_a_quantity_is_highlighted_named_and_under_the_cursor(view, script, qtbot):
    line = script.line_of("syn1 update")
    view.show_line(script.text, line, "syn1 update")
    qtbot.waitExposed(view)
    assert view.editor.toPlainText() == script.text  # exactly the exported text
    assert view.line() == line == view.cursor_line()
    assert view.highlighted_text() == script.text.splitlines()[line - 1]
    assert view.highlighted_text().lstrip().startswith("syn1")
    assert view.caption.text() == f"Line {line} computes syn1 update"
    [mark] = view.editor.extraSelections()
    assert mark.cursor.blockNumber() == line - 1
    assert view.editor.isReadOnly()


# raise_() brings the open viewer forward; the offscreen platform the tests run on says it cannot
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_showing_another_line_moves_the_highlight_and_keeps_the_window(view, script, qtbot):
    view.show_line(script.text, script.line_of("syn1 update"), "syn1 update")
    qtbot.waitExposed(view)
    line = script.line_of("l1")
    view.show_line(script.text, line, "l1")
    assert view.isVisible() and view.cursor_line() == line
    assert [m.cursor.blockNumber() for m in view.editor.extraSelections()] == [line - 1]
    assert "l1" in view.caption.text()


def test_escape_closes_it(view, script, qtbot):
    view.show_line(script.text, 1, "the first line")
    qtbot.waitExposed(view)
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())

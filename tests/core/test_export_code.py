"""The generated code's text (playground.core.explain.export_code): numbers exact, user text never interpreted, and the
script's line map pointing at the lines that assign each quantity."""

import ast

import pytest

from playground.core.explain.export_code import COMMENT, MARKDOWN, number_text, safe_text, script_with_lines
from playground.core.data.presets import get_preset


@pytest.mark.parametrize("value", [0.1, 1 / 3, -2.5e-300, 1e300, 123456789.125])
def test_numbers_are_written_to_read_back_exactly(value):
    assert float(number_text(value)) == value


def test_whole_numbers_are_written_as_the_notebook_does():
    assert [number_text(v) for v in (0.0, 1.0, -3.0)] == ["0", "1", "-3"]
    assert number_text(-0.0) == "-0.0"  # the sign kept


def test_user_text_in_a_comment_ends_with_its_line_and_in_markdown_is_no_markup():
    name = "x\n__import__('os').system('rm -rf /') # *bold* <b>"
    comment = "# column " + safe_text(name, COMMENT)
    assert len(comment.splitlines()) == 1 and ast.literal_eval(safe_text(name, COMMENT)) == name
    shown = safe_text(name, MARKDOWN)
    assert not set("\n*<>`'()") & set(shown) and "&#42;bold&#42;" in shown
    with pytest.raises(ValueError):
        safe_text(name, "html")


def test_the_line_map_points_at_the_assignment_of_each_quantity():
    p = get_preset("notebook")
    script = script_with_lines(p.dataset(), p.settings)
    lines = script.text.splitlines()
    assert script.lines  # the inspector's quantities have lines
    for name, number in script.lines.items():  # 'l1_delta', 'syn1 update': the matrix is the first word
        matrix = name.split()[0]
        assert lines[number - 1].lstrip().startswith((f"{matrix} =", f"{matrix} +=", f"{matrix} -=")), \
            (name, lines[number - 1])
    with pytest.raises(KeyError, match="no quantity 'nothing'"):
        script.line_of("nothing")

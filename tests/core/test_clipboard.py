"""Pasted blocks: separators, quotes, headers, bad cells refused with their places; copied blocks round-trip."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.core.data.clipboard import (MAX_BLOCK_CELLS, BlockError, format_block, parse_block, parse_number,
                                       value_problems)
from playground.core.data.dataset import INPUT, TARGET

TABLE = [[0, 1, 1], [1, 0.5, 0], [1, 1, -2]]


@pytest.mark.parametrize("text, delimiter", [
    ("0\t1\t1\n1\t0.5\t0\n1\t1\t-2\n", "\t"),        # LibreOffice / Excel
    ("0;1;1\r\n1;0.5;0\r\n1;1;-2\r\n", ";"),         # CSV from a semicolon locale, Windows line ends
    ("0,1,1\n1,0.5,0\n1,1,-2", ","),                 # CSV text, no final line break
    ("0 1 1\n1  0.5 0\n 1 1   -2 \n", " "),          # a text editor
    ('"0","1","1"\n"1","0.5","0"\n1,1,-2\n', ","),   # quoted cells
    ("\n\n0\t1\t1\n1\t0.5\t0\n1\t1\t-2\n\n\n", "\t"),  # blank lines around the block
    ("0,1,1,\n1,0.5,0,\n1,1,-2,\n", ","),            # a separator ending every line
])
def test_blocks_in_every_usual_shape(text, delimiter):
    block = parse_block(text)
    assert block.delimiter == delimiter and block.header is None
    np.testing.assert_array_equal(block.values, TABLE)


def test_one_column_and_one_cell():
    assert parse_block("1\n0\n1\n").values.tolist() == [[1], [0], [1]]
    assert parse_block("0.25").values.tolist() == [[0.25]]
    assert parse_block("true\tno").values.tolist() == [[1, 0]]


def test_a_line_of_names_above_numbers_is_skipped_and_reported():
    block = parse_block("a,b,y\n0,1,1\n1,1,0\n")
    assert block.header == ("a", "b", "y")
    assert block.values.tolist() == [[0, 1, 1], [1, 1, 0]]


def test_a_quoted_cell_holding_a_line_break_is_one_cell():
    block = parse_block('"a\nb"\tc\n0\t1\n')
    assert block.header == ("a\nb", "c") and block.values.tolist() == [[0, 1]]


@pytest.mark.parametrize("text, row, column, reason", [
    ("0\t1\n1\tx\n", 1, 1, "'x' is not a number"),
    ("0;1\n1;\n", 1, 1, "empty"),
    ("0\t1\n1\t0,5\n", 1, 1, "use a point for decimals"),
    ("0,1\nnan,1\n", 1, 0, "not a finite number"),
    ("0,1\n1e999,1\n", 1, 0, "too large"),
    ("0\t1\t1\n1\t1\n", 1, None, "2 cells, but line 1 has 3"),
    ("a\tb\n0\t1\n1\t?\n", 2, 1, "'?' is not a number"),  # line numbers count the skipped names line
])
def test_a_bad_cell_refuses_the_whole_block_naming_its_place(text, row, column, reason):
    with pytest.raises(BlockError) as info:
        parse_block(text)
    p = info.value.problems[0]
    assert (p.row, p.column) == (row, column) and reason in p.reason
    assert f"line {row + 1}" in str(info.value)


def test_every_bad_cell_is_counted_and_the_first_few_listed():
    text = "\n".join("x\ty" for _ in range(20))
    with pytest.raises(BlockError) as info:
        parse_block("1\t1\n" + text)
    assert info.value.total == 40
    assert "(and 35 more)" in str(info.value)


def test_nothing_to_paste():
    for text in ("", "\n\n", "   "):
        with pytest.raises(BlockError, match="nothing to paste"):
            parse_block(text)


def test_a_block_too_large_is_refused_before_parsing():
    n = int(MAX_BLOCK_CELLS ** 0.5) + 1
    line = "\t".join(["1"] * n)
    with pytest.raises(BlockError, match="limit"):
        parse_block("\n".join([line] * n))


def test_value_problems_follow_the_column_roles():
    values = np.array([[0, 2], [3e6, 0.5]])
    problems = value_problems(values, [INPUT, TARGET])
    assert [(p.row, p.column) for p in problems] == [(0, 1), (1, 0)]
    assert "between 0 and 1, got 2" in problems[0].reason and "magnitude" in problems[1].reason
    assert value_problems(values, [INPUT, INPUT])[0].column == 0


def test_format_block_round_trips_through_parse_block():
    values = np.array([[0, 1, 0.1], [1 / 3, -2, 1e-7]])
    text = format_block(values)
    assert text.splitlines()[0] == "0\t1\t0.1" and text.endswith("\n")
    np.testing.assert_array_equal(parse_block(text).values, values)
    assert format_block(np.array([[0.0, 1.0], [1.0, 0.0]])) == "0\t1\n1\t0\n"


def test_parse_number_lives_in_the_core_and_the_model_reexports_it():
    from playground.ui.experiment import dataset_model

    assert dataset_model.parse_number is parse_number


# -- a decimal comma (a window in German or Spanish; files and English windows keep the point) --

@pytest.mark.parametrize("raw, number", [("0,5", 0.5), (" -0,25 ", -0.25), (",5", 0.5), ("1,5e3", 1500.0), ("2", 2.0),
                                         ("0.5", 0.5)])
def test_a_decimal_comma_is_read_where_the_window_writes_one(raw, number):
    assert parse_number(raw, decimal_comma=True) == (number, None)
    if "," in raw:
        assert parse_number(raw)[0] is None and "use a point" in parse_number(raw)[1]  # elsewhere: refused, said why


@pytest.mark.parametrize("raw", ["1,2,3", "1.000,5", "0,5,", "1,,5"])
def test_text_that_is_no_decimal_comma_number_is_still_refused(raw):
    number, why = parse_number(raw, decimal_comma=True)
    assert number is None and why


def test_a_pasted_block_with_decimal_commas_between_tabs_or_semicolons():
    for text in ("0,5\t1\n1\t0,25\n", "0,5;1\n1;0,25\n"):  # LibreOffice in German; a German CSV
        block = parse_block(text, decimal_comma=True)
        assert block.values.tolist() == [[0.5, 1.0], [1.0, 0.25]]
    assert parse_block("0,5", decimal_comma=True).values.tolist() == [[0.5]]  # one cell, not 0 and 5
    assert parse_block("0,5").values.tolist() == [[0.0, 5.0]]  # an English window: CSV text, two cells


@pytest.mark.parametrize("decimal_comma", [False, True])
def test_lines_separated_by_commas_alone_are_csv_text_in_every_window(decimal_comma):
    """A two-column truth table as CSV text is two columns also where a comma is the decimal comma (read as
    decimals, "0,1" over "1,0" became one column 0.1, 1.0 without a word)."""
    assert parse_block("0,1\n1,0", decimal_comma).values.tolist() == [[0, 1], [1, 0]]
    block = parse_block("x,y\n0,1\n1,1", decimal_comma)
    assert block.header == ("x", "y") and block.values.tolist() == [[0, 1], [1, 1]]
    assert parse_block("0,5,1\n", decimal_comma).values.tolist() == [[0, 5, 1]]


@pytest.mark.parametrize("text, decimal_comma, reason", [
    ("0,5\t0,25\n1\t0\n", False, "use a point"),            # an English window: refused, not skipped as names
    ("1.000,5\t2.000,25\n3\t4\n", True, "not a number"),   # German thousands: refused, not skipped as names
])
def test_a_first_line_of_numbers_is_never_skipped_as_names(text, decimal_comma, reason):
    with pytest.raises(BlockError) as refused:
        parse_block(text, decimal_comma)
    assert refused.value.skipped == 0 and "line 1, cell 1" in str(refused.value) and reason in str(refused.value)


def test_a_decimal_comma_number_too_large_is_named_as_typed():
    number, why = parse_number("1,5e999", decimal_comma=True)
    assert number is None and "'1,5e999'" in why and "too large" in why


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="01259.,;\t\n e-x\"'", max_size=40), decimal_comma=st.booleans())
def test_any_pasted_text_gives_finite_numbers_or_a_block_error(text, decimal_comma):
    """Whatever text a clipboard holds, in any window: numbers, or a BlockError naming what is wrong; never another
    exception, never a number that is not finite."""
    try:
        block = parse_block(text, decimal_comma)
    except BlockError as refused:
        assert str(refused)
    else:
        assert block.values.ndim == 2 and block.values.size and np.isfinite(block.values).all()
    for cell in text.split("\n"):
        number, why = parse_number(cell, decimal_comma)
        assert (number is not None and why is None and np.isfinite(number)) or (number is None and why)

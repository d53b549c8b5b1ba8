"""Numbers written as text: ASCII digits only, in the one reader and in the table's cell and block parsers."""

import numpy as np
import pytest

from playground.core.data.clipboard import BlockError, parse_block, parse_number
from playground.core.files.documents import DocumentError, parse_csv
from playground.core.number_text import is_digits, parse_float, parse_int
from playground.core.data.settings import parse_hidden

# Each of these is a digit to Python in some way: int()/float() read the first four, '²'.isdigit()
# is true, and a regular expression's \d matches the Arabic-Indic and full-width digits.
OTHER_DIGITS = ["٣", "۳", "１", "३", "²", "½", "٠٫٥", "０.５", "1٣", "3²"]


@pytest.mark.parametrize("text", OTHER_DIGITS)
def test_other_scripts_digits_are_not_numbers(text):
    with pytest.raises(ValueError, match="digits 0 to 9"):
        parse_float(text)
    with pytest.raises(ValueError, match="digits 0 to 9"):
        parse_int(text)
    assert not is_digits(text)


@pytest.mark.parametrize("text, value", [("0", 0), ("42", 42), ("-3", -3), ("+7", 7), (" 12 ", 12), ("\t5", 5),
                                         ("007", 7)])
def test_whole_numbers(text, value):
    assert parse_int(text) == value and type(parse_int(text)) is int


@pytest.mark.parametrize("text", ["1_000", "1e3", "1.0", "0x10", "", " ", "-", "1 000", "9" * 31])
def test_not_whole_numbers(text):
    with pytest.raises(ValueError, match="not a whole number|too large"):
        parse_int(text)


@pytest.mark.parametrize("text, value", [("1", 1.0), ("-2", -2.0), ("0.5", 0.5), (".5", 0.5), ("5.", 5.0),
                                         ("1e-3", 1e-3), ("+1E+2", 100.0), (" 0.25 ", 0.25)])
def test_numbers(text, value):
    assert parse_float(text) == value


@pytest.mark.parametrize("text", ["1_0", "nan", "inf", "-Infinity", "1e999", "0,5", "1.2.3", "e3", "", "0x1"])
def test_not_numbers(text):
    with pytest.raises(ValueError, match="not a number|too large"):
        parse_float(text)


@pytest.mark.parametrize("text", OTHER_DIGITS)
def test_a_table_cell_in_other_digits_is_refused_and_says_why(text):
    number, reason = parse_number(text)  # a cell typed by hand (the table's editor calls this)
    assert number is None and "digits 0 to 9" in reason


def test_a_pasted_block_in_other_digits_is_refused_naming_the_cell():
    with pytest.raises(BlockError) as refused:
        parse_block("0\t1\n1\t٣\n")
    assert [(p.row, p.column) for p in refused.value.problems] == [(1, 1)]
    assert "digits 0 to 9" in str(refused.value)
    # full-width digits in every cell: not taken for a block of numbers (nor for a line of names above one)
    with pytest.raises(BlockError):
        parse_block("０\t１\n１\t０\n")


def test_ascii_cells_still_read():
    assert parse_number(" 0.5 ") == (0.5, None) and parse_number("1e-3") == (1e-3, None)
    np.testing.assert_array_equal(parse_block("1\t.5\n-2\t1e1\n").values, [[1, 0.5], [-2, 10]])


@pytest.mark.parametrize("cell", ["٣", "１", "²"])
def test_a_csv_cell_in_other_digits_is_refused(cell):
    with pytest.raises(DocumentError, match="line 3, column 2"):
        parse_csv(f"a,b,y\n0,0,0\n0,{cell},1\n")


@pytest.mark.parametrize("text", ["٣", "²", "4,١", "１"])
def test_hidden_layer_sizes_are_ascii(text):
    with pytest.raises(ValueError, match="is not a whole number"):
        parse_hidden(text)

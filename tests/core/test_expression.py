"""The target-expression language: operators, precedence, error positions, and that nothing but ExpressionError escapes."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.core.data.dataset import DataError, generate
from playground.core.data.expression import MAX_DEPTH, ExpressionError, Node, evaluate, fill_target, parse

# Every combination of three inputs, first input as the high bit: a = 00001111, b = 00110011, c = 01010101.
TABLE = generate(["a", "b", "c"])
COLUMNS = {name: TABLE.values[:, i] for i, name in enumerate(TABLE.input_names)}
A, B, C = (COLUMNS[n].astype(bool) for n in "abc")


def bits(text: str) -> list[int]:
    values = evaluate(text, COLUMNS)
    assert values.dtype == float
    return [int(v) for v in values]


def expected(mask) -> list[int]:
    return [int(v) for v in mask]


def value(text: str, **columns: float) -> float:
    """The expression over one row given as keyword values (a constant row of 1 element)."""
    result = evaluate(text, {k: np.array([float(v)]) for k, v in columns.items()})
    assert result.shape == (1,)
    return float(result[0])


# -- the three examples from the issue --

def test_issue_examples_over_a_generated_truth_table():
    assert bits("a xor b") == expected(A ^ B) == [0, 0, 1, 1, 1, 1, 0, 0]
    assert bits("(a and c) or not b") == expected((A & C) | ~B) == [1, 1, 0, 0, 1, 1, 0, 1]
    assert bits("a + b + c >= 2") == expected(A.astype(int) + B + C >= 2) == [0, 0, 0, 1, 0, 1, 1, 1]


# -- every operator and its spellings --

@pytest.mark.parametrize("spellings, truth", [
    (["a or b", "a | b", "a || b", "a OR b"], A | B),
    (["a xor b", "a ^ b", "a Xor b"], A ^ B),
    (["a and b", "a & b", "a && b", "a AND b"], A & B),
    (["a nand b", "not (a and b)"], ~(A & B)),
    (["a nor b", "!(a | b)"], ~(A | B)),
    (["a implies b", "a -> b", "not a or b"], ~A | B),
    (["not a", "!a", "~a", "NOT a"], ~A),
    (["a == b", "a = b"], A == B),
    (["a != b"], A != B),
    (["a < b"], A < B),
    (["a <= b"], A <= B),
    (["a > b"], A > B),
    (["a >= b"], A >= B),
    (["true", "TRUE", "True", "1"], np.ones(8, bool)),
    (["false", "False", "0", "0.0", ".0"], np.zeros(8, bool)),
])
def test_boolean_operators_and_their_spellings(spellings, truth):
    for text in spellings:
        assert bits(text) == expected(truth), text


def test_arithmetic():
    assert value("a + b", a=2, b=3) == 5
    assert value("a - b", a=2, b=3) == -1
    assert value("a * b", a=2, b=3) == 6
    assert value("a / b", a=3, b=2) == 1.5
    assert value("a % b", a=7, b=3) == 1
    assert value("-7 % 3") == 2  # Python's %: the sign of the divisor
    assert value("-a", a=2) == -2
    assert value("+a", a=2) == 2
    assert value("- -a", a=2) == 2
    assert value("2.5 + .5 + 1.") == 4
    assert value("-0 * 1") == 0 and str(evaluate("-a", {"a": np.zeros(1)})[0]) == "0.0"  # no -0.0


def test_truthiness_is_nonzero_and_results_are_one_or_zero():
    assert value("a and b", a=2.5, b=-1) == 1.0
    assert value("a or b", a=0, b=0.25) == 1.0
    assert value("not a", a=-3) == 0.0
    assert value("a xor b", a=7, b=3) == 0.0


# -- precedence --

@pytest.mark.parametrize("text, grouped", [
    ("a or b and c", "a or (b and c)"),
    ("a and b or c", "(a and b) or c"),
    ("a xor b and c", "a xor (b and c)"),
    ("a or b xor c", "a or (b xor c)"),
    ("a nor b and c", "a nor (b and c)"),
    ("a nand b xor c", "(a nand b) xor c"),
    ("a -> b or c", "a -> (b or c)"),
    ("a or b -> c", "(a or b) -> c"),
    ("a -> b -> c", "a -> (b -> c)"),  # implies groups to the right
    ("not a and b", "(not a) and b"),
    ("not a == b", "not (a == b)"),  # as in Python
    ("a == not b", "a == (not b)"),  # a prefix operator takes the operand it is found in
    ("a + b == 2 * c", "(a + b) == (2 * c)"),
    ("a - b - c", "(a - b) - c"),  # left to right
    ("a / 4 / 2", "(a / 4) / 2"),
    ("-a * b + c", "((-a) * b) + c"),
    ("a + b * c", "a + (b * c)"),
    ("a nand b nand c", "(a nand b) nand c"),
    ("a == b + c", "a == (b + c)"),
    ("a + b >= 1 and not c", "((a + b) >= 1) and (not c)"),
])
def test_precedence_matches_the_explicit_grouping(text, grouped):
    columns = {"a": np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 3, 0.5]), "b": np.array([0, 0, 1, 1, 0, 0, 1, 1, 3, 2, 2]),
               "c": np.array([0, 1, 0, 1, 0, 1, 0, 1, 2, 1, 4])}
    assert np.array_equal(evaluate(text, columns), evaluate(grouped, columns)), (text, grouped)


def test_parse_returns_a_tree_of_nodes():
    tree = parse("a and not b", ["a", "b"])
    assert tree == Node("and", 2, (Node("name", 0, ("a",)), Node("not", 6, (Node("name", 10, ("b",)),))))
    assert parse("(2)", []) == Node("num", 1, (2.0,))


def test_names_are_case_sensitive_and_may_contain_digits_and_underscores():
    cols = {"a": np.array([1.0]), "A": np.array([0.0]), "x_1": np.array([1.0]), "_y2": np.array([0.0])}
    assert evaluate("a", cols)[0] == 1 and evaluate("A", cols)[0] == 0
    assert evaluate("x_1 and not _y2", cols)[0] == 1


def test_comparisons_do_not_chain():
    with pytest.raises(ExpressionError, match="do not chain") as e:
        parse("a < b < c", "abc")
    assert e.value.position == 6
    assert bits("(a < b) < c") == expected((A < B) < C)  # parenthesised is fine
    assert bits("a < b and b < c") == expected((A < B) & (B < C))


# -- errors point at the right place --

@pytest.mark.parametrize("text, position, words", [
    ("(a and b", 8, "expected ')'"),
    ("a and", 5, "but found the end"),
    ("a and   ", 5, "but found the end"),
    ("and a", 0, "but found 'and'"),
    ("a b", 2, "unexpected 'b'"),
    ("a)", 1, "unexpected ')'"),
    ("a $ b", 2, "unexpected character '$'"),
    ("a == == b", 5, "but found '=='"),
    ("(a b)", 3, "expected ')' but found 'b'"),
    ("()", 1, "but found ')'"),
    ("a < b > c", 6, "do not chain"),
    ("a not b", 2, "unexpected 'not'"),
    ("1.2.3", 3, "unexpected '.3'"),
])
def test_syntax_errors_report_the_position_with_a_caret(text, position, words):
    with pytest.raises(ExpressionError) as e:
        parse(text, ["a", "b", "c"])
    err = e.value
    assert err.position == position
    assert words in str(err)
    lines = str(err).splitlines()
    assert f"at column {position + 1}:" in lines[0]
    assert lines[1] == text and lines[2] == " " * position + "^"


def test_the_message_of_the_brief_example():
    with pytest.raises(ExpressionError) as e:
        parse("(a and b", ["a", "b"])
    assert str(e.value) == "expected ')' at column 9:\n(a and b\n        ^"


def test_long_expressions_show_a_window_around_the_error():
    text = "a or " * 100 + "$" + " or a" * 100
    with pytest.raises(ExpressionError) as e:
        parse(text, ["a"])
    _, shown, caret = str(e.value).splitlines()
    assert e.value.position == 500 and len(shown) < 100
    assert shown[caret.index("^")] == "$"


def test_unknown_names_say_which_name_where_and_list_the_known_names():
    with pytest.raises(ExpressionError) as e:
        parse("a or d", ["a", "b", "c"])
    assert e.value.position == 5
    assert "unknown name 'd'" in str(e.value) and "known names: a, b, c" in str(e.value)
    with pytest.raises(ExpressionError, match="did you mean 'a'") as e:
        parse("A", ["a"])
    with pytest.raises(ExpressionError, match="no input columns"):
        parse("x", [])


def test_empty_and_too_long_expressions():
    for text in ("", "   "):
        with pytest.raises(ExpressionError, match="empty") as e:
            parse(text, ["a"])
        assert e.value.position is None
    with pytest.raises(ExpressionError, match="limit is 10,000"):
        parse("a" * 10_001, ["a"])


def test_deep_nesting_is_an_error_not_a_recursion_error():
    assert value("(" * (MAX_DEPTH - 1) + "1" + ")" * (MAX_DEPTH - 1)) == 1
    for text in ["(" * 4999 + "a" + ")" * 4999, "not " * 2400 + "a", "-" * 9000 + "a", "a -> " * 1900 + "a",
                 "(" * 5000]:
        with pytest.raises(ExpressionError, match="nests more than"):
            parse(text, ["a"])


def test_long_flat_chains_are_fine():
    assert value(" + ".join(["a"] * 2500), a=1) == 2500
    assert value(" xor ".join(["a"] * 1601), a=1) == 1


def test_division_by_zero_names_the_row_and_the_operator():
    with pytest.raises(ExpressionError) as e:
        evaluate("a + b / c", {"a": np.ones(3), "b": np.ones(3), "c": np.array([1.0, 0.0, 2.0])})
    assert e.value.position == 6 and "division by zero in row 2" in str(e.value)
    with pytest.raises(ExpressionError, match="division by zero in row 1"):
        evaluate("(b % c) > 0 or a", {"a": np.ones(1), "b": np.ones(1), "c": np.zeros(1)})
    with pytest.raises(ExpressionError, match="division by zero"):
        evaluate("not (1 / 0 == 1)", {})


def test_division_by_zero_is_fine_where_the_left_side_decides():
    b = np.array([0.0, 2.0, 4.0])
    cols = {"a": np.array([5.0, 5.0, 5.0]), "b": b}
    assert list(evaluate("b != 0 and a / b > 2", cols)) == [0, 1, 0]
    assert list(evaluate("b == 0 or a / b > 2", cols)) == [1, 1, 0]
    assert list(evaluate("b != 0 -> a % b == 1", cols)) == [1, 1, 1]


def test_overflow_is_an_error_not_a_warning():
    with pytest.raises(ExpressionError, match="not a finite number"):
        evaluate("9" * 400 + " - " + "9" * 400, {"a": np.ones(2)})
    assert value("1" + "0" * 300 + " * 10 > 0") == 1  # inf compares fine


def test_evaluate_does_not_modify_or_return_its_columns():
    a = np.array([1.0, 0.0])
    out = evaluate("a", {"a": a})
    out[0] = 5
    assert a[0] == 1.0


def test_columns_must_be_equal_length_vectors():
    with pytest.raises(ExpressionError, match="equal length"):
        evaluate("a", {"a": np.ones(2), "b": np.ones(3)})
    assert list(evaluate("2 + 2", {})) == [4.0]  # no columns: a single row


# -- fill_target --

def test_fill_target_uses_the_input_columns_by_name():
    data = generate(["p", "q"], ["y"])
    assert list(fill_target("p implies q", data)) == [1, 1, 0, 1]


def test_fill_target_rejects_values_outside_zero_to_one_naming_the_first_row():
    data = generate(["a", "b", "c"])
    with pytest.raises(ExpressionError, match=r"row 4 gives 2, but targets must lie between 0 and 1"):
        fill_target("a + b + c", data)
    with pytest.raises(ExpressionError, match="row 1 gives -1"):
        fill_target("-1", data)
    assert isinstance(ExpressionError("x"), DataError)


def test_fill_target_cannot_see_target_columns():
    with pytest.raises(ExpressionError, match="unknown name 'y'"):
        fill_target("y", generate(["a"], ["y"]))


# -- nothing but ExpressionError escapes --

TOKENS = ["a", "b", "c", "A", "d", "0", "1", "2.5", ".5", "1e9", "9" * 320, "true", "FALSE", "and", "or", "xor",
          "not", "nand", "nor", "implies", "->", "&&", "||", "&", "|", "^", "!", "~", "==", "=", "!=", "<", "<=",
          ">", ">=", "+", "-", "*", "/", "%", "(", ")", "(", ")", " ", "\t", "$", "é", "\n"]


def _assert_array_or_expression_error(text: str) -> None:
    try:
        result = evaluate(text, COLUMNS)
    except ExpressionError as e:
        assert e.position is None or 0 <= e.position <= len(text)
    else:
        assert isinstance(result, np.ndarray) and result.shape == (8,) and np.isfinite(result).all()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_gives_an_array_or_an_expression_error(text):
    _assert_array_or_expression_error(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join) | st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join))
def test_token_soup_gives_an_array_or_an_expression_error(text):
    _assert_array_or_expression_error(text)

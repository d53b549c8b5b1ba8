"""Safe expressions that fill target columns: ``a xor b``, ``(a and c) or not b``, ``a + b + c >= 2``.

A small parser of our own (never ``eval``): text -> tokens -> a tree of ``Node``
-> one vectorised NumPy pass over all rows. Every value is a float; a value is
true when it is not 0, and boolean results are 1.0 or 0.0.

Grammar, loosest binding first; binary operators group to the left unless noted::

    implies  ->             a -> b is (not a) or b; groups to the right: a -> b -> c = a -> (b -> c)
    or  |  ||  nor          nor = not (a or b)
    xor  ^
    and  &  &&  nand        nand = not (a and b)
    not  !  ~               prefix, as in Python: not a == b is not (a == b)
    ==  =  !=  <  <=  >  >= do not chain: a < b < c is an error (write a < b and b < c)
    +  -
    *  /  %                 % is Python's: the result has the sign of the divisor
    -  +                    prefix
    atom                    name, number (3, 0.5, .5), true, false, ( expression )

A prefix operator met where the operand of a tighter operator is expected takes
just that operand: ``a == not b`` is a == (not b), ``a * -b + c`` is (a * (-b)) + c.
Names match ``[A-Za-z_][A-Za-z0-9_]*`` and are case-sensitive; keywords (and or
xor not nand nor implies true false) are not, and a column named like one cannot
be referred to. Division or % by zero is an error naming the row, unless an
and / or / implies decides that row from its left side (``b != 0 and a / b > 1``).
Expressions have at most MAX_LENGTH characters and MAX_DEPTH levels of nesting
(each parenthesis, prefix operator or ``->`` to the right counts one), so
pathological input gives an ExpressionError, never a RecursionError.
"""

from __future__ import annotations

import re
from typing import Mapping, NamedTuple, Sequence

import numpy as np

from playground.core.data.dataset import DataError, Dataset
from playground.core.texts import say

MAX_LENGTH = 10_000
MAX_DEPTH = 200
KEYWORDS = ("and", "or", "xor", "not", "nand", "nor", "implies", "true", "false")

_ALIASES = {"|": "or", "||": "or", "^": "xor", "&": "and", "&&": "and", "!": "not", "~": "not",
            "->": "implies", "=": "=="}
# Binding power of each binary operator (higher binds tighter); prefix not sits at 5, prefix minus at 9.
_BINARY = {"implies": 1, "or": 2, "nor": 2, "xor": 3, "and": 4, "nand": 4,
           "==": 6, "!=": 6, "<": 6, "<=": 6, ">": 6, ">=": 6, "+": 7, "-": 7, "*": 8, "/": 8, "%": 8}
_NOT, _COMPARE, _NEGATE = 5, 6, 9
_TOKEN = re.compile(r"(?P<num>[0-9]+\.?[0-9]*|\.[0-9]+)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
                    r"|(?P<op>\|\||&&|->|==|!=|<=|>=|[|&^!~<>=+\-*/%()])")
_SPACE = re.compile(r"\s*")


class ExpressionError(DataError):
    """A syntax or evaluation error; ``position`` is the 0-based offset it points at, or None."""

    def __init__(self, reason: str, text: str = "", position: int | None = None, note: str = "") -> None:
        self.reason, self.text, self.position, self.note = reason, text, position, note
        self.excerpt = ""  # the place: the text around it and a caret under it, on two lines
        message = reason
        if position is not None:
            start = max(0, position - 40)  # show at most 80 characters around the place
            shown = "".join(" " if c.isspace() else c if c.isprintable() else "?" for c in text[start:start + 80])
            before = "..." if start else ""
            after = "..." if start + 80 < len(text) else ""
            caret = " " * (len(before) + position - start) + "^"
            self.excerpt = f"\n{before}{shown}{after}\n{caret}"
            message += f" at column {position + 1}:{self.excerpt}"
        super().__init__(message + (f"\n{note}" if note else ""))


class Node(NamedTuple):
    """One node of the tree: op is 'num', 'name', 'not', 'neg' or a binary operator; pos its offset."""

    op: str
    pos: int
    args: tuple  # (value,) for 'num', (name,) for 'name', otherwise the child nodes


Expr = Node


class _Token(NamedTuple):
    kind: str  # 'num', 'name', 'op' or 'end'
    value: object  # float for 'num', the name, or the canonical operator ('&&' -> 'and')
    pos: int
    raw: str


def _tokens(text: str) -> list[_Token]:
    out, pos = [], _SPACE.match(text).end()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExpressionError(say("unexpected character {char!r}", char=text[pos]), text, pos)
        kind, raw = m.lastgroup, m.group()
        value: object = raw
        if kind == "num":
            value = float(raw)
        elif kind == "name" and raw.lower() in KEYWORDS:
            kind, value = ("num", float(raw.lower() == "true")) if raw.lower() in ("true", "false") else ("op", raw.lower())
        elif kind == "op":
            value = _ALIASES.get(raw, raw)
        out.append(_Token(kind, value, pos, raw))
        pos = _SPACE.match(text, m.end()).end()
    out.append(_Token("end", "", len(text.rstrip()), ""))
    return out


class _Parser:
    """Precedence climbing: one method that takes a minimum binding power, rather than one method per
    level, so a level of nesting costs two Python frames instead of ten."""

    def __init__(self, text: str, names: Sequence[str]) -> None:
        self.text, self.names, self.known = text, list(names), set(names)
        self.tokens, self.i, self.depth = _tokens(text), 0, 0

    def take(self) -> _Token:
        self.i += 1
        return self.tokens[self.i - 1]

    def fail(self, reason: str, tok: _Token, note: str = ""):
        raise ExpressionError(reason, self.text, tok.pos, note)

    def expression(self, min_power: int = 0) -> Node:
        """Operands joined by binary operators that bind at least as tightly as min_power."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.fail(say("the expression nests more than {depth} deep", depth=MAX_DEPTH), self.tokens[self.i])
        left, compared = self.operand(min_power), False
        while True:
            tok = self.tokens[self.i]
            power = _BINARY.get(tok.value) if tok.kind == "op" else None
            if power is None or power < min_power:
                break
            if power == _COMPARE and compared:
                self.fail("comparisons do not chain", tok, "write 'a < b and b < c' instead of 'a < b < c'")
            self.take()
            right = self.expression(power if tok.value == "implies" else power + 1)
            left, compared = Node(tok.value, tok.pos, (left, right)), power == _COMPARE
        self.depth -= 1
        return left

    def operand(self, min_power: int) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Node("num", tok.pos, (tok.value,))
        if tok.kind == "name":
            if tok.value not in self.known:
                similar = [n for n in self.names if n.lower() == tok.raw.lower()]
                known = (say("known names: {names}", names=", ".join(self.names)) if self.names
                         else say("there are no input columns"))
                note = say("did you mean {name!r}? {known}", name=similar[0], known=known) if similar else known
                self.fail(say("unknown name {name!r}", name=tok.raw), tok, note)
            return Node("name", tok.pos, (tok.value,))
        if tok.kind == "op" and tok.value == "not":
            return Node("not", tok.pos, (self.expression(max(_NOT, min_power)),))
        if tok.kind == "op" and tok.value in ("-", "+"):
            inner = self.expression(_NEGATE)
            return Node("neg", tok.pos, (inner,)) if tok.value == "-" else inner
        if tok.kind == "op" and tok.value == "(":
            inner, end = self.expression(), self.tokens[self.i]
            if end.kind != "op" or end.value != ")":
                self.fail(say("expected ')'") if end.kind == "end" else
                          say("expected ')' but found {found!r}", found=end.raw), end)
            self.take()
            return inner
        self.fail(say("expected a name, number or '(' but found the end") if tok.kind == "end" else
                  say("expected a name, number or '(' but found {found!r}", found=tok.raw), tok)


def parse(text: str, names: Sequence[str]) -> Expr:
    """The tree of an expression over the given column names; ExpressionError says what and where."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError(say("the expression has {n:,} characters; the limit is {limit:,}", n=len(text),
                                  limit=MAX_LENGTH))
    if not text.strip():
        raise ExpressionError(say("the expression is empty"))
    parser = _Parser(text, names)
    tree, tok = parser.expression(), parser.tokens[parser.i]
    if tok.kind != "end":
        parser.fail(say("unexpected {found!r}", found=tok.raw), tok,
                    say("expected an operator or the end of the expression"))
    return tree


# Boolean operators on truth values, with the truth of the left side that decides the row alone.
_LOGIC = {"or": (np.logical_or, True), "nor": (lambda a, b: ~(a | b), True),
          "and": (np.logical_and, False), "nand": (lambda a, b: ~(a & b), False),
          "implies": (lambda a, b: ~a | b, False), "xor": (np.logical_xor, None)}
_ARITHMETIC = {"+": np.add, "-": np.subtract, "*": np.multiply, "==": np.equal, "!=": np.not_equal,
               "<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}


def _apply(node: Node, args: list[np.ndarray], divisions: list) -> np.ndarray:
    """One operator over whole columns. NaN marks a row spoilt by a division by zero and spreads upwards."""
    op = node.op
    if op == "neg":
        return -args[0]
    if op == "not":
        return np.where(np.isnan(args[0]), np.nan, args[0] == 0)
    a, b = args
    if op in ("/", "%"):
        zero = b == 0
        if zero.any():
            divisions.append((node.pos, zero))
        out = (np.divide if op == "/" else np.mod)(a, np.where(zero, 1.0, b))
        out[zero] = np.nan
        return out
    if op in _LOGIC:
        function, decides = _LOGIC[op]
        out = function(a != 0, b != 0).astype(float)
        unknown = np.isnan(a) | np.isnan(b)
        if decides is not None:  # short-circuit: a spoilt right side does not matter where the left decides
            unknown &= np.isnan(a) | ((a != 0) != decides)
    else:
        out = _ARITHMETIC[op](a, b).astype(float)
        unknown = (np.isnan(a) | np.isnan(b)) if _BINARY[op] == _COMPARE else None
    if unknown is not None:
        out[unknown] = np.nan
    return out


def _run(tree: Node, columns: Mapping[str, np.ndarray], n: int, divisions: list) -> np.ndarray:
    """Evaluate bottom-up with an explicit stack: a chain like a+a+...+a is deep but must not recurse."""
    values: list[np.ndarray] = []
    todo = [(tree, False)]
    while todo:
        node, children_done = todo.pop()
        if node.op == "num":
            values.append(np.full(n, node.args[0]))
        elif node.op == "name":
            values.append(columns[node.args[0]])
        elif not children_done:
            todo.append((node, True))
            todo.extend((child, False) for child in reversed(node.args))
        else:
            k = len(node.args)
            args = values[-k:]
            del values[-k:]
            values.append(_apply(node, args, divisions))
    return values[0]


def evaluate(text: str, columns: Mapping[str, np.ndarray]) -> np.ndarray:
    """The expression's value in every row of the columns (1-D arrays of equal length; one row if none)."""
    arrays = {name: np.asarray(column, dtype=float) for name, column in columns.items()}
    if len({a.shape for a in arrays.values()}) > 1 or any(a.ndim != 1 for a in arrays.values()):
        raise ExpressionError("the columns must be 1-D arrays of equal length")
    n = len(next(iter(arrays.values()))) if arrays else 1
    tree, divisions = parse(text, list(arrays)), []
    with np.errstate(all="ignore"):  # huge numbers may overflow to inf; caught below as not finite
        result = _run(tree, arrays, n, divisions) + 0.0  # + 0.0 copies and turns -0.0 into 0.0
    bad = np.flatnonzero(~np.isfinite(result))
    if bad.size:
        row = int(bad[0])
        for pos, zero in divisions:
            if zero[row]:
                raise ExpressionError(say("division by zero in row {row}", row=row + 1), text, pos)
        raise ExpressionError(say("the result in row {row} is not a finite number ({value})", row=row + 1,
                                  value=str(result[row])))
    return result


def fill_target(text: str, dataset: Dataset) -> np.ndarray:
    """A target column computed from the dataset's input columns; every value must lie in [0, 1]."""
    columns = {dataset.names[i]: dataset.values[:, i] for i in dataset.input_columns}
    result = evaluate(text, columns)
    if not columns:
        result = np.repeat(result, dataset.n_rows)
    outside = np.flatnonzero((result < 0) | (result > 1))
    if outside.size:
        row = int(outside[0])
        raise ExpressionError(say("row {row} gives {value:g}, but targets must lie between 0 and 1 (a comparison "
                                  "such as 'a + b >= 1' gives 0 or 1)", row=row + 1, value=float(result[row])))
    return result


__all__ = ["ExpressionError", "Expr", "Node", "parse", "evaluate", "fill_target", "MAX_LENGTH", "MAX_DEPTH"]

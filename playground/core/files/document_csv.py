"""Reading and writing tables as CSV (``playground.core.files.documents`` reads and writes whole documents).

**CSV** (``.csv``): UTF-8 text, a header row of column names, then one row of
numbers per line. The last K columns are the targets (K is ``targets``, 1 by
default); the others are inputs. Cells are separated by commas (a header with
no comma but ``;`` or tabs is read with that separator); blank lines are
ignored. Because the CSV carries roles only by position, ``write_csv`` writes
the input columns first and the target columns last, in their own order.
Numbers are written so they read back exactly (``0``/``1`` for whole
numbers, otherwise Python's shortest round-tripping ``repr``).

Every reader raises only ``DataError`` (a ``DocumentError``) whose message names the file, the
place (``line 4, column 2 ('b')``) and the problem. Writers are atomic: the old file survives any failure.
"""

from __future__ import annotations

import csv
import io
import os
import re

import numpy as np

from playground.core.data.dataset import INPUT, TARGET, DataError, Dataset, Problem
from playground.core.files.document_files import DocumentError, atomic_write_text, check_size, formatted, read_text
from playground.core.files.json_values import MAX_REPORTED_PROBLEMS, plain
from playground.core.limits import MAX_COLUMNS, MAX_ROWS
from playground.core.texts import one_per_line, say

_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)


def read_csv(path: str | os.PathLike, targets: int = 1) -> Dataset:
    return parse_csv(read_text(path), targets, source=os.fspath(path))


# -- CSV -------------------------------------------------------------------------------------

def _report(source: str, items: list[str]) -> DocumentError:
    """One error listing the first few problems, each as 'source: place: reason'."""
    shown = [say("{source}: {problem}", source=source, problem=item) for item in items[:MAX_REPORTED_PROBLEMS]]
    if len(items) > MAX_REPORTED_PROBLEMS:
        shown.append(say("(and {n} more problems)", n=len(items) - MAX_REPORTED_PROBLEMS))
    return DocumentError(one_per_line(shown), source)


def _csv_rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line number, stripped cells) of every non-blank row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for cells in reader:
            cells = [c.strip() for c in cells]
            if any(cells):
                rows.append((reader.line_num, cells))
    except csv.Error as e:
        raise csv.Error(f"line {reader.line_num}: {e}") from None
    return rows


_NUM = _NUMBER.pattern


def _fast_csv(text: str, targets: int, output: str = "sigmoid") -> Dataset | None:
    """The dataset of a plain CSV text (no quotes; every cell a number), parsed at C speed; else None.

    One regular expression checks each line; then the cells are split and converted in bulk.
    Anything unusual (quotes, a bad cell, a ragged row, a value out of range) returns None, and the
    careful reader below parses it again to name the place of the problem.
    """
    if '"' in text or "\r" in text.rstrip("\r\n").replace("\r\n", "\n"):
        return None
    header, _, body = text.partition("\n")
    header = header.rstrip("\r")
    delimiter = next((d for d in ",;\t" if d in header), None)
    if delimiter is None or not header.strip():
        return None
    names = [restore_formula(c.strip()) for c in header.split(delimiter)]
    n = len(names)
    if not 1 <= targets < n <= MAX_COLUMNS:
        return None
    space = "[ \t]*" if delimiter != "\t" else " *"
    row = f"{space}{_NUM}{space}(?:{re.escape(delimiter)}{space}{_NUM}{space}){{{n - 1}}}"
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if not lines or len(lines) > MAX_ROWS or not all(map(re.compile(f"{row}\r?").fullmatch, lines)):
        return None
    cells = delimiter.join(lines).split(delimiter)
    values = np.array(list(map(float, cells))).reshape(len(lines), n)
    dataset = Dataset(names, [INPUT] * (n - targets) + [TARGET] * targets, values)
    return None if dataset.problems(limit=1, output=output) else dataset


def parse_csv(text: str, targets: int = 1, source: str = "<text>", output: str = "sigmoid") -> Dataset:
    """A dataset from CSV text whose last ``targets`` columns are the targets (checked for ``output``)."""
    text = text.removeprefix("\ufeff")
    check_size(text, source, document=False)
    if not isinstance(targets, bool) and isinstance(targets, (int, np.integer)):
        fast = _fast_csv(text, int(targets), output)
        if fast is not None:
            return fast
    return _careful_csv(text, targets, source, output)


def _careful_csv(text: str, targets: int, source: str, output: str = "sigmoid") -> Dataset:
    """The CSV reader that names the place of every problem (line, column, name)."""
    try:
        rows = _csv_rows(text, ",")
        if rows and len(rows[0][1]) == 1:  # no comma in the header: try the other usual separators
            rows = next((r for r in (_csv_rows(text, d) for d in ";\t") if r and len(r[0][1]) > 1), rows)
    except csv.Error as e:
        raise DocumentError(f"{source}: {e}", source) from None
    if not rows:
        raise DocumentError(say("{source}: the file is empty (expected a header row of column names)", source=source),
                            source)
    (_, names), body = rows[0], rows[1:]
    names = [restore_formula(n) for n in names]
    if len(names) > MAX_COLUMNS:
        raise DocumentError(say("{source}: the header has {n:,} columns; the limit is {limit}", source=source,
                                n=len(names), limit=MAX_COLUMNS), source)
    if len(body) > MAX_ROWS:
        raise DocumentError(say("{source}: the file has {n:,} rows; the limit is {limit:,}", source=source,
                                n=len(body), limit=MAX_ROWS), source)
    if isinstance(targets, bool) or not isinstance(targets, (int, np.integer)) or not 1 <= targets < len(names):
        raise DocumentError(f"{source}: cannot take {targets!r} target column(s) from {len(names)} column(s); "
                            "the last columns are the targets and at least one input must remain", source)
    if not body:
        raise DocumentError(say("{source}: the file has a header but no rows of numbers", source=source), source)
    flat: list[str] = []
    for line, cells in body:
        if len(cells) != len(names):
            raise DocumentError(say("{source}: line {line} has {cells} cells, the header has {names}", source=source,
                                    line=line, cells=len(cells), names=len(names)), source)
        flat.extend(cells)
    if not all(map(_NUMBER.fullmatch, flat)):  # one C-speed pass; the first bad cell is then named
        i = next(i for i, cell in enumerate(flat) if not _NUMBER.fullmatch(cell))
        line, c, cell = body[i // len(names)][0], i % len(names), flat[i]
        where = say("{source}: line {line}, column {column} ({name!r})", source=source, line=line, column=c + 1,
                    name=names[c])
        if _NOT_FINITE.fullmatch(cell):
            raise DocumentError(say("{where}: {cell!r} is not a finite number", where=where, cell=cell), source)
        if not cell:
            raise DocumentError(say("{where}: the cell is empty", where=where), source)
        if _NUMBER.fullmatch(cell.replace(",", ".")):
            raise DocumentError(say("{where}: {cell!r} is not a number (write decimals with a point)", where=where,
                                    cell=cell), source)
        raise DocumentError(say("{where}: {cell!r} is not a number", where=where, cell=cell), source)
    values = np.array(flat, dtype=float).reshape(len(body), len(names))
    n = len(names)
    dataset = Dataset(names, [INPUT] * (n - targets) + [TARGET] * targets, values)
    lines = [line for line, _ in body]
    items = [_csv_place(p, names, lines, p.reason)
             for p in dataset.problems(limit=MAX_REPORTED_PROBLEMS + 1, output=output)]
    if items and all(_NUMBER.fullmatch(name) for name in names):
        items[0] = say("{problem} (the first line should hold the column names)", problem=items[0])
    if items:
        raise _report(source, items)
    return dataset


def _csv_place(p: Problem, names: list[str], lines: list[int], reason: str) -> str:
    """``reason`` with the place of problem ``p`` in front of it."""
    if p.row is None:
        return reason if p.column is None else say("line 1, column {column}: {reason}", column=p.column + 1,
                                                   reason=reason)
    return say("line {line}, column {column} ({name!r}): {reason}", line=lines[p.row], column=p.column + 1,
               name=names[p.column], reason=reason)


FORMULA_STARTS = "=+-@\t\r"  # a spreadsheet runs a cell starting with one of these as a formula


def _is_neutralised(text: str) -> bool:
    """True for text we write with one extra leading "'": a formula start after any number of "'"
    (so a name that really starts with "'=" keeps its quote through a write and a read)."""
    rest = text.lstrip("'")
    return rest != "" and rest[0] in FORMULA_STARTS


def neutralise_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``@SUM(1+1)``) gets a leading "'",
    which spreadsheets take as "this is text"; ``read_csv`` takes it off again, so names round-trip.
    Only names and labels go through here: numbers (``-0.5``) are written as they are."""
    return "'" + text if _is_neutralised(text) else text


def restore_formula(text: str) -> str:
    """The name ``neutralise_formula`` was given."""
    return text[1:] if text.startswith("'") and _is_neutralised(text[1:]) else text


def csv_field(name: str) -> str:
    """A column name as one CSV cell: a formula start neutralised, quoted when it holds a separator."""
    name = neutralise_formula(name)
    # Quoted by hand: csv.writer leaves a lone '\r' unquoted, which the reader takes for a line break.
    special = any(c in name for c in ',;"\r\n\t') or name.startswith("\ufeff")
    return '"' + name.replace('"', '""') + '"' if special else name


def format_csv(dataset: Dataset) -> str:
    """CSV text of the dataset: inputs first, targets last (that is how read_csv finds them)."""
    dataset.validate()
    if any("\0" in n for n in dataset.names):
        raise DataError("a column name contains a NUL character, which a CSV file cannot hold")
    order = dataset.input_columns + dataset.target_columns
    lines = [",".join(csv_field(dataset.names[c]) for c in order)]
    lines += [",".join(str(plain(v)) for v in row) for row in dataset.values[:, order].tolist()]
    return "\n".join(lines) + "\n"


def write_csv(path: str | os.PathLike, dataset: Dataset) -> None:
    """Save the dataset as CSV (target columns moved to the end), atomically."""
    atomic_write_text(path, formatted(path, format_csv, dataset))


__all__ = ["read_csv", "parse_csv", "format_csv", "write_csv", "csv_field", "neutralise_formula", "restore_formula"]

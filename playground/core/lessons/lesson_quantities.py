"""The quantities of the inspector a lesson names: a prediction's cell, and what a step hides (core, no Qt).

:func:`check_quantity` checks a prediction's quantity and cell against the network of the step's state;
:func:`check_hidden` one name of a step's ``hide`` (:data:`HIDE_NAMES` or an inspector quantity).
"""

from __future__ import annotations

import re
from typing import Any

from playground.core.files.documents import Document
from playground.core.texts import say
from playground.core.files.json_checks import JsonProblem, kind_of

# The inspector's quantity names (core.explain.inspection): layers, errors, deltas, weights, updates, targets.
QUANTITY = re.compile(r"l\d+|l\d+_error|l\d+_delta|syn\d+|syn\d+ update|y")
# What a step can hide besides a quantity of the inspector (core.lessons.lesson's docstring says where each shows).
HIDE_NAMES = ("outputs", "error", "weights")


def check_hidden(name: Any, where: str, state: Document | None) -> None:
    """One name of a step's ``hide``; JsonProblem at ``where`` when it names nothing the step's network has."""
    if not isinstance(name, str):
        raise JsonProblem(where, f"expected a name, got {kind_of(name)}")
    if name in HIDE_NAMES:
        return
    if not QUANTITY.fullmatch(name):
        raise JsonProblem(where, f"unknown name {name!r}; choose from {', '.join(HIDE_NAMES)} or a quantity of "
                                 "the inspector (l1, l2_delta, 'syn0 update', ...)")
    if state is not None:
        check_exists(name, state, where)


def check_exists(name: str, state: Document, where: str) -> tuple[list[int], int]:
    """The quantity exists in the network of the state: (the layer sizes, its layer or weight matrix)."""
    ds, s = state.dataset, state.settings
    sizes = [len(ds.input_columns), *s.hidden, len(ds.target_columns)]
    L = len(sizes) - 1
    k = int(re.search(r"\d+", name).group()) if name != "y" else L
    layer_max = {"syn": L - 1}.get(re.match(r"[a-z]+", name).group(), L)
    if k > layer_max or name.endswith("_error") and k == 0 or name.endswith("_delta") and k == 0:
        raise JsonProblem(where, say("{name} does not exist in a network of layer sizes {sizes}", name=repr(name),
                                     sizes=str(sizes)))
    return sizes, k


def check_quantity(name: str, row: int, column: int, state: Document, path: str) -> None:
    """The quantity and its cell exist in the network of the state."""
    ds, s = state.dataset, state.settings
    sizes, k = check_exists(name, state, f"{path}.quantity")
    if name.startswith("syn"):
        rows, cols = sizes[k] + (1 if s.bias else 0), sizes[k + 1]
    else:
        rows, cols = ds.n_rows, sizes[k]
    if row > rows:
        raise JsonProblem(f"{path}.row", say("{name} has {rows} rows, there is no row {row}", name=name, rows=rows,
                                              row=row))
    if column > cols:
        raise JsonProblem(f"{path}.column", say("{name} has {cols} columns, there is no column {column}", name=name,
                                                 cols=cols, column=column))


__all__ = ["QUANTITY", "HIDE_NAMES", "check_hidden", "check_exists", "check_quantity"]

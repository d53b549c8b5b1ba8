"""What the race window says, in the interface language: a branch's name, the choices, the summary.

The summary is also the plot's accessible description: "Adam reached 0.05 first, at iteration 1,200;
momentum at 2,400; gradient descent still 0.31", from the finished results or from the curves so far.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication

from playground.core.data.settings import FIELD
from playground.ui.language import number

CONTEXT = "RaceWindow"


_ = CONTEXT  # each text below is translated with its context written out: lupdate reads literal calls only


def field_name(field: str) -> str:
    """A setting's name as the Edit menu says it ("learning rate")."""
    return QCoreApplication.translate("Undo", FIELD[field].label)


def optimizer_name(value: str) -> str:
    return {"gd": QCoreApplication.translate("RaceWindow", "gradient descent"), "momentum": QCoreApplication.translate("RaceWindow", "momentum"), "adam": QCoreApplication.translate("RaceWindow", "Adam")}.get(value, value)


def branch_name(field: str, value: Any) -> str:
    """How the legend and the table name a branch: by what differs ("learning rate 0.5", "Adam")."""
    if field == "optimizer":
        return optimizer_name(value)
    if field == "batch_size" and value is None:
        return QCoreApplication.translate("RaceWindow", "batch size: all rows")
    shown = number(value) if isinstance(value, (int, float)) else str(value)
    return QCoreApplication.translate("RaceWindow", "{setting} {value}").format(setting=field_name(field), value=shown)


def error_text(value: float) -> str:
    return "–" if value is None or not math.isfinite(value) else number(value, ".3g")


def iteration_text(value: int | None) -> str:
    return "–" if value is None else number(value, ",")


def summary(names: Sequence[str], reached: Sequence[int | None], errors: Sequence[float], target: float,
            start: int | None = None) -> str:
    """Who reached the target first and when, the others' iteration or their error now. When every branch was
    below the target at the start (iteration ``start``), the race says so: nothing was raced to."""
    if not names:
        return ""
    if start is not None and reached and all(r is not None and r <= start for r in reached):
        return QCoreApplication.translate("RaceWindow", "Every branch starts below {target} already: set a lower "
                                          "target error to compare them").format(target=number(target))
    order = sorted((i for i, r in enumerate(reached) if r is not None), key=lambda i: (reached[i], i))
    target_text = number(target)
    parts = []
    if order:
        first = order[0]
        parts.append(QCoreApplication.translate("RaceWindow", "{name} reached {target} first, at iteration {iteration}").format(
            name=names[first], target=target_text, iteration=iteration_text(reached[first])))
        parts += [QCoreApplication.translate("RaceWindow", "{name} at {iteration}").format(name=names[i], iteration=iteration_text(reached[i]))
                  for i in order[1:]]
    else:
        parts.append(QCoreApplication.translate("RaceWindow", "No branch has reached {target} yet").format(target=target_text))
    parts += [QCoreApplication.translate("RaceWindow", "{name} still {error}").format(name=names[i], error=error_text(errors[i]))
              for i in range(len(names)) if reached[i] is None]
    return "; ".join(parts)

"""Branches of the run tree in the interface language: what a change is called, and a run's label.

Editing after training starts a branch (:class:`~playground.core.training.run_tree.RunTree`) instead of
erasing the run; the rules are in :mod:`playground.core.training.branch_rules`. Each branch has a
``change``: plain English words kept with the record (core has no translations, and a document
keeps them), and the same words in the interface language for the legend and the log, built here
from the same facts (:class:`WindowWording`, given to the window's
:class:`~playground.core.training.run_session.RunSession`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from playground.core.training import branch_rules as rules
from playground.core.training.run_states import Wording
from playground.core.data.settings import FIELD, Settings, format_hidden
from playground.ui.language import number

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A text marked elsewhere (a saved change of a fixed wording) in the interface language."""
    return translate("Branches", text)


UNNAMED_TABLE = "table"  # MainWindow.table_name of a table that is no preset and has no file (runs group by it)


def run_label(s: Settings, table: str = "") -> str:
    """How a run is named in the plot's legend (the plot adds its iterations): table and settings."""
    bias = QCoreApplication.translate("Run", "bias") if s.bias else QCoreApplication.translate("Run", "no bias")
    text = QCoreApplication.translate("Run", "hidden {hidden} · lr {rate} · {activation} · {bias} · seed {seed}").format(
        hidden=format_hidden(s.hidden), rate=number(s.learning_rate), activation=s.activation, bias=bias, seed=s.seed)
    # Beyond the notebook's rule, what else makes two runs differ: named only when it is not the default
    extra = []
    if s.optimizer != FIELD["optimizer"].default:
        extra.append(s.optimizer)
    if s.batch_size is not None:
        extra.append(QCoreApplication.translate("Run", "batch {size}").format(size=s.batch_size))
    if s.l2:
        extra.append(QCoreApplication.translate("Run", "L2 {value}").format(value=number(s.l2)))
    text = " · ".join([text, *extra])
    if table == UNNAMED_TABLE:  # the window's name for a table that is no preset and no file: said in the language
        table = QCoreApplication.translate("Run", "table")
    return f"{table} · {text}" if table else text


def _value(value) -> str:
    """A setting's value as the interface shows it."""
    if isinstance(value, bool):
        return translate("Branches", "on") if value else translate("Branches", "off")
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if value is None:
        return translate("Branches", "all")
    return rules.english_value(value)


def shown_part(part: rules.ChangePart) -> str:
    """One part of a change ('learning rate 1 → 2', 'row 5 added') in the interface language."""
    if part.kind == rules.SETTING:
        name, old, new = part.values
        words = translate("Undo", FIELD[name].label)  # the field's name as the Edit menu's "Undo Change ..." says it
        return translate("Branches", "{setting} {old} → {new}").format(setting=words, old=_value(old), new=_value(new))
    if part.kind == rules.ROW_ADDED:
        return translate("Branches", "row {row} added").format(row=part.values[0])
    if part.kind == rules.ROW_EDITED:
        return translate("Branches", "row {row} edited").format(row=part.values[0])
    if part.kind == rules.ROWS_EDITED:
        return translate("Branches", "{count} rows edited").format(count=part.values[0])
    if part.kind == rules.TABLE_EDITED:
        return translate("Branches", "table edited")
    if part.kind == rules.SETTINGS:
        return translate("Branches", "settings changed")
    return translate("Branches", "nothing changed")


class WindowWording(Wording):
    """The window's session names runs and changes in the interface language (the records keep English)."""

    def label(self, settings: Settings, table_name: str = "") -> str:
        return run_label(settings, table_name)

    def part(self, part: rules.ChangePart) -> str:
        return shown_part(part)

    def saved_change(self, english: str) -> str:
        return tr(english)


def weight_change(name: str, row: int, column: int, value: float) -> tuple[str, str]:
    """'weight syn0[1, 2] = 2' (1-based, as the inspector's Undo text says it)."""
    cell = f"{name}[{row + 1}, {column + 1}]"
    return (f"weight {cell} = {value:g}",
            translate("Branches", "weight {cell} = {value}").format(cell=cell, value=QLocale().toString(value, "g", 6)))


def branched_text(iteration: int, change: str) -> str:
    """How the legend and the log name a branch: 'branched at 30,000: learning rate 1 → 2'."""
    return translate("Branches", "branched at {iteration}: {change}").format(
        iteration=QLocale().toString(int(iteration)), change=change)

"""The error plot's ticks and legend write numbers as the window's language does (0,5 and 2,5k in German).

A German lesson said "near 0,5" beside an axis reading 0.5 and a legend "Lernrate 0.2"; an unsaved table's
runs were named by the English word "table"."""

import math

import pyqtgraph as pg
import pytest

from playground.core.data.settings import Settings
from playground.ui.language import install_translators
from playground.ui.run.branches import UNNAMED_TABLE, run_label
from playground.ui.views.error_axes import ErrorAxis, format_iterations

EXPECTED = {  # language: (decimal point, the unnamed table)
    "en": (".", "table"),
    "de": (",", "Tabelle"),
    "es": (",", "tabla"),
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_iteration_ticks(language):
    point, _ = EXPECTED[language]
    assert [format_iterations(v) for v in (500, 2500, 1_500_000, 60_000)] == \
        ["500", f"2{point}5k", f"1{point}5M", "60k"]


def test_error_ticks_log_and_linear(qtbot, language):
    point, _ = EXPECTED[language]
    axis = ErrorAxis("left")
    values = [math.log10(v) for v in (0.5, 0.2, 0.05, 0.002)]
    assert axis.logTickStrings(values, 1.0, 1.0) == [f"0{point}5", f"0{point}2", f"0{point}05", f"0{point}002"]
    english = pg.AxisItem.tickStrings(axis, [0.0, 0.25, 0.5], 1.0, 0.05)  # the log scale off: pyqtgraph's own
    assert english == ["0", "0.25", "0.50"]
    assert axis.tickStrings([0.0, 0.25, 0.5], 1.0, 0.05) == [t.replace(".", point) for t in english]


def test_legend_names_the_rate_and_the_table_in_the_language(language):
    point, table = EXPECTED[language]
    label = run_label(Settings(learning_rate=0.2, l2=0.001), UNNAMED_TABLE)
    assert label.startswith(f"{table} · ")
    assert f"0{point}2" in label and f"0{point}001" in label
    assert run_label(Settings(), "xor").startswith("xor · ")  # a preset's or a file's name stays as it is

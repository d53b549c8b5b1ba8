"""The error plot's runs (error_curves.py): the kept runs, their read-outs, their texts."""

import numpy as np
import pytest

from playground.ui.views.error_curves import MAX_OVERLAYS, MAX_PREVIOUS_RUNS, describe_point, format_duration
from playground.ui.views.error_plot import ErrorPlot


@pytest.fixture
def plot(qtbot):
    widget = ErrorPlot()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


def add(plot, label, group, n=50, end=1000.0, scale=1.0):
    plot.start_run(label, group)
    x = np.linspace(0, end, n)
    plot.set_data(x, scale * np.linspace(0.5, 0.05, n))
    return x


def test_a_point_reads_as_its_iteration_and_error(qapp):  # the app speaks English (its locale: 12,345)
    assert describe_point(12345.4, 0.005002426725395313) == "iteration 12,345   error 0.00500243"


@pytest.mark.parametrize("seconds, text", [(0.4, "<1 s"), (75, "1 min 15 s"), (120, "2 min"), (26 * 3600, "1 d 2 h")])
def test_durations_read_as_people_say_them(seconds, text):
    assert format_duration(seconds) == text


def test_only_the_newest_earlier_runs_of_the_current_table_are_drawn(plot):
    for k in range(MAX_OVERLAYS + 2):
        add(plot, f"xor {k}", "xor")
    add(plot, "other table", "circle")
    add(plot, "xor now", "xor")
    shown = plot.shown_runs()
    assert shown[-1] == "xor now" and "other table" not in shown
    assert shown[:-1] == [f"xor {k}" for k in range(2, MAX_OVERLAYS + 2)]
    assert len(plot.runs()) == min(MAX_PREVIOUS_RUNS + 1, MAX_OVERLAYS + 4)


def test_clearing_keeps_only_the_current_run(plot):
    add(plot, "first", "t")
    x = add(plot, "second", "t")
    plot.clear_runs()
    assert plot.runs() == ["second"]
    np.testing.assert_array_equal(plot.current_data()[0], x)


def test_a_copy_of_the_current_run_is_dropped_and_a_different_one_kept(plot):
    add(plot, "run", "t")
    add(plot, "run", "t", scale=0.5)  # same label, other points: kept
    add(plot, "run", "t", scale=0.5)  # the current one's copy before it: dropped
    plot.drop_copies_of_current()
    assert plot.runs() == ["run", "run"]


def test_the_read_out_names_the_nearest_point_of_the_current_run(plot):
    x = add(plot, "run", "t", n=11)  # iterations 0, 100, ..., 1000
    assert plot.describe_at(340.0) == describe_point(x[3], plot.current_data()[1][3])
    assert plot.describe_at(float("nan")) is None

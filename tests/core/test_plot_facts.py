"""The numbers a described plot says (playground.core.explain.plot_facts): rows right, the error's trend, a
run's quarters, a decision map's share and corners."""

import numpy as np
import pytest

from playground.core.explain.plot_facts import (FALLING, FIRST, LEVEL, NOT_FINITE, RISING, curve_facts, map_facts,
                                                milestone, rows_right, trend)


def test_a_row_is_right_when_every_output_is_on_its_targets_side_of_a_half():
    targets = np.array([[0, 1], [1, 1], [0, 0], [1, 0]], dtype=float)
    outputs = np.array([[0.4, 0.6], [0.49, 0.9], [0.1, np.nan], [0.51, 0.2]])
    assert rows_right(outputs, targets) == 2  # row 2 misses by 0.51, row 3 is not finite
    assert rows_right(None, targets) is None
    assert rows_right(outputs[:, :1], targets) is None  # shapes that do not fit: unknown, not a guess


@pytest.mark.parametrize("start, now, expected", [(0.5, 0.1, FALLING), (0.5, 0.49, LEVEL), (0.5, 0.52, LEVEL),
                                                  (0.5, 0.6, RISING), (0.5, float("nan"), NOT_FINITE),
                                                  (0.0, 0.0, LEVEL)])
def test_the_trend_is_level_within_five_percent_of_the_start(start, now, expected):
    assert trend(start, now) == expected


def test_the_facts_take_the_runs_latest_numbers_not_the_thinned_curves_last_point():
    x, y = np.array([0, 100, 200]), np.array([0.5, 0.3, 0.2])
    facts = curve_facts(x, y, iteration=250, error=0.15, outputs=np.array([[0.9], [0.2]]),
                        targets=np.array([[1.0], [1.0]]))
    assert (facts.iteration, facts.error, facts.start, facts.trend) == (250, 0.15, 0.5, FALLING)
    assert (facts.rows_right, facts.rows) == (1, 2)
    assert curve_facts(x, y).iteration == 200 and curve_facts(x, y).error == 0.2
    assert curve_facts(np.array([0]), np.array([0.4])).trend == FIRST
    assert curve_facts(np.zeros(0), np.zeros(0)) is None


def test_a_runs_quarters_are_each_said_once_and_the_last_passed_wins():
    assert milestone(0, 24, 0, 100) is None
    assert milestone(24, 25, 0, 100) == 1
    assert milestone(25, 49, 0, 100) is None
    assert milestone(40, 80, 0, 100) == 3  # a snapshot past two marks says the later one
    assert milestone(80, 100, 0, 100) is None  # the end is announced as the end
    assert milestone(1000, 1500, 1000, 3000) == 1  # from where the job started
    assert milestone(0, 1, 0, 1) == 3 and milestone(0, 0, 0, 0) is None


def test_a_maps_facts_are_its_share_above_a_half_its_rows_and_corners():
    xs, ys = np.array([0.0, 0.5, 1.0]), np.array([-1.0, 2.0])
    grid = np.array([[0.1, 0.6, 0.7], [0.2, 0.4, 0.9]])  # rows: ys, columns: xs
    facts = map_facts(xs, ys, grid, np.array([True, True, False]), np.array([0.8, 0.7, 0.1]), np.array([1, 0, 1]))
    assert facts.share == pytest.approx(50.0)
    assert (facts.rows_right, facts.rows_shown) == (1, 2)  # the third row is off the map's slice
    assert facts.corners == [(0.0, -1.0, 0.1), (1.0, -1.0, 0.7), (0.0, 2.0, 0.2), (1.0, 2.0, 0.9)]

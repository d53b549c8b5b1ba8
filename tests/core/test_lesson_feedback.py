"""Predict-then-check on the notebook's network: right predictions pass, wrong ones name the factor."""

import numpy as np
import pytest

from playground.core.explain.inspection import trace_iteration
from playground.core.lessons.lesson_feedback import Cell, check_prediction, tolerance_for
from playground.core.nn.network import Network
from playground.core.data.presets import get_preset

ROW3 = 2  # the inspector's row 3


@pytest.fixture
def trace():
    preset = get_preset("notebook")
    ds = preset.dataset()
    net = Network([3, 4, 1], seed=preset.settings.seed)  # iteration 0: the seed's weights
    return trace_iteration(net, ds.X, ds.Y)


def notebook_row3():
    """Iteration 0 of the notebook's second cell, written out as the notebook does."""
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], float)
    y = np.array([[0, 0, 1, 1]], float).T
    l1 = 1 / (1 + np.exp(-X.dot(syn0)))
    l2 = 1 / (1 + np.exp(-l1.dot(syn1)))
    l2_error = y - l2
    return l2_error[ROW3, 0], l2[ROW3, 0], (l2_error * l2 * (1 - l2))[ROW3, 0]


def test_a_right_prediction_of_l2_delta_is_accepted_within_the_tolerance(trace):
    _, _, delta = notebook_row3()
    assert trace["l2_delta"].value[ROW3, 0] == delta  # the engine is the notebook, bit for bit
    typed = round(delta, 3)  # what a student types: 0.113
    f = check_prediction(trace, "l2_delta", ROW3, 0, typed)
    assert f.correct and f.actual == delta and f.predicted == typed and f.factor is None
    assert "0.113" in f.message and "Right" in f.message
    assert not check_prediction(trace, "l2_delta", ROW3, 0, delta + 2 * tolerance_for(delta)).correct


def test_the_error_sign_flipped_names_the_error_factor(trace):
    error, _, delta = notebook_row3()
    f = check_prediction(trace, "l2_delta", ROW3, 0, -delta)  # computed with l2 - y
    assert not f.correct and f.factor == "l2_error"
    assert "sign" in f.message and "y - l2" in f.message and f"{error:.4g}" in f.message
    assert Cell("l2_error", ROW3, 0) in f.cells and Cell("l2", ROW3, 0) in f.cells


def test_a_missing_or_wrong_slope_names_the_slope(trace):
    error, l2, delta = notebook_row3()
    forgot = check_prediction(trace, "l2_delta", ROW3, 0, error)
    assert forgot.factor == "slope" and "l2 * (1 - l2)" in forgot.message
    wrong_formula = check_prediction(trace, "l2_delta", ROW3, 0, error * (1 - l2) + 0.0)
    assert wrong_formula.factor in ("slope",)
    other = check_prediction(trace, "l2_delta", ROW3, 0, delta * 1.5)
    assert other.factor == "slope" and "means a slope of" in other.message
    no_error = check_prediction(trace, "l2_delta", ROW3, 0, l2 * (1 - l2))
    assert no_error.factor == "l2_error" and "slope" in no_error.message


def test_other_quantities_name_their_factors(trace):
    l2_error = trace["l2_error"].value[ROW3, 0]
    f = check_prediction(trace, "l2_error", ROW3, 0, -l2_error)
    assert f.factor == "l2_error" and "target minus output" in f.message
    upd = trace["syn1 update"].value
    f = check_prediction(trace, "syn1 update", 0, 0, -upd[0, 0])
    assert f.factor == "l2_delta"
    one_row = trace["l1"].value[ROW3, 0] * trace["l2_delta"].value[ROW3, 0]
    f = check_prediction(trace, "syn1 update", 0, 0, one_row)
    assert f.factor == "sum over rows" and "4 rows" in f.message
    z = trace["l0"].value[ROW3] @ trace["syn0"].value[:, 1]
    f = check_prediction(trace, "l1", ROW3, 1, z)
    assert f.factor == "activation" and "weighted sum" in f.message
    d = trace["l1_delta"].value[ROW3, 2]
    assert check_prediction(trace, "l1_delta", ROW3, 2, d).correct
    f = check_prediction(trace, "l1_delta", ROW3, 2, -d)
    assert f.factor == "l1_error" and "l2_delta sent back along syn1" in f.message
    f = check_prediction(trace, "l1_error", ROW3, 1, -trace["l1_error"].value[ROW3, 1])
    assert f.factor == "l2_delta"


def test_a_cell_that_does_not_exist_is_an_error(trace):
    with pytest.raises(IndexError, match="no row 5"):
        check_prediction(trace, "l2_delta", 4, 0, 0.1)
    with pytest.raises(KeyError):
        check_prediction(trace, "l7_delta", 0, 0, 0.1)


def test_a_given_tolerance_is_used(trace):
    _, _, delta = notebook_row3()
    assert check_prediction(trace, "l2_delta", ROW3, 0, delta + 0.009, tolerance=0.01).correct
    assert not check_prediction(trace, "l2_delta", ROW3, 0, delta + 0.0009, tolerance=1e-4).correct

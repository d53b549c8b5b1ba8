"""The study window's curve helpers: many curves as one NaN-separated line, thinning that keeps the
ends, even samples, and axis ranges rounded out."""

import numpy as np

from playground.ui.study.study_curves import curve_pen, decades, evenly_chosen, joined, rounded_up, thinned


def test_joined_draws_each_curve_then_a_break():
    its = np.array([0.0, 10.0, 20.0])
    errs = np.array([[0.5, 0.4, 0.3], [0.9, 0.8, 0.7]])
    x, y = joined(its, errs)
    assert len(x) == len(y) == 8
    assert np.isnan(x[3]) and np.isnan(y[3]) and np.isnan(y[7])
    assert y[:3].tolist() == [0.5, 0.4, 0.3] and y[4:7].tolist() == [0.9, 0.8, 0.7]
    assert x[4:7].tolist() == its.tolist()
    assert [len(a) for a in joined(its, np.zeros((0, 3)))] == [0, 0]


def test_thinned_keeps_the_first_and_last_point_of_every_curve():
    its = np.arange(1001.0)
    errs = np.vstack([its, -its])
    t_its, t_errs = thinned(its, errs, 100)
    assert t_its[0] == 0 and t_its[-1] == 1000 and len(t_its) <= 102
    assert (np.diff(t_its) > 0).all() and t_errs[1].tolist() == (-t_its).tolist()
    short = thinned(its[:50], errs[:, :50], 100)  # fewer points than asked: all of them
    assert short[0].tolist() == its[:50].tolist() and short[1].shape == (2, 50)


def test_evenly_chosen_spreads_from_first_to_last_without_repeats():
    idx = evenly_chosen(256, 12)
    assert idx[0] == 0 and idx[-1] == 255 and len(idx) == 12 and len(set(idx.tolist())) == 12
    assert evenly_chosen(5, 12).tolist() == [0, 1, 2, 3, 4]


def test_ranges_round_out():
    assert rounded_up(256) == 300 and rounded_up(1) == 1 and rounded_up(7) == 7
    assert decades(np.array([0.003, 0.2, np.nan, -1.0, 0.0]), (-3.0, 0.0)) == (-3.0, 0.0)
    assert decades(np.array([0.05]), (-3.0, 0.0)) == (-2.0, -1.0)
    assert decades(np.array([np.inf, np.nan]), (-4.0, 1.0)) == (-4.0, 1.0)


def test_curve_pen_is_fainter_with_more_curves_and_wider_when_scaled(qapp):
    few, many = curve_pen("#0072B2", 4, 20, 1.0), curve_pen("#0072B2", 256, 20, 1.0)
    assert few.color().alpha() > many.color().alpha() >= 20
    assert curve_pen("#0072B2", 4, 20, 2.0).width() == 2

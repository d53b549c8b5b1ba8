"""2-D point sets, and the presets that show each idea beyond the notebook."""

import numpy as np
import pytest

from playground.core.data.dataset import DataError
from playground.core.data.points import KINDS, point_set
from playground.core.data.presets import PRESETS, get_preset
from playground.core.training.training import Trainer


@pytest.mark.parametrize("kind", KINDS)
def test_point_sets_are_seeded_tables_of_two_inputs(kind):
    a, b = point_set(kind, 101, 0.2, seed=3), point_set(kind, 101, 0.2, seed=3)
    assert a == b and a != point_set(kind, 101, 0.2, seed=4)
    assert a.input_names == ["x1", "x2"] and a.target_names == ["y"] and a.n_rows == 101
    assert set(np.unique(a.Y)) == {0.0, 1.0} and np.abs(a.X).max() < 2
    assert a.problems() == []


def test_each_set_has_its_shape():
    circle = point_set("circle", 400)
    r = np.hypot(*circle.X.T)
    assert (r[circle.Y[:, 0] == 1] <= 0.501).all() and (r[circle.Y[:, 0] == 0] >= 0.699).all()
    xor = point_set("xor", 400)
    assert np.array_equal(xor.Y[:, 0] == 1, xor.X[:, 0] * xor.X[:, 1] > 0)
    assert (np.abs(xor.X) >= 0.05).all()
    gauss = point_set("gaussian", 400)
    assert gauss.X[gauss.Y[:, 0] == 0].mean(axis=0) == pytest.approx([0.35, 0.35], abs=0.03)
    spiral = point_set("spiral", 200)
    r = np.hypot(*spiral.X.T)
    assert r.min() == pytest.approx(0.1, abs=1e-3) and r.max() < 1
    assert np.array_equal(spiral.X, np.round(spiral.X, 3))
    noisy = point_set("circle", 400, noise=1.0)
    assert (np.hypot(*noisy.X.T)[noisy.Y[:, 0] == 1] > 0.5).any()  # noise moves points across the border


@pytest.mark.parametrize("kind", ["gaussian", "spiral"])
def test_more_classes_give_one_hot_targets(kind):
    ds = point_set(kind, 90, classes=3)
    assert ds.target_names == ["y1", "y2", "y3"]
    assert np.array_equal(ds.Y.sum(axis=1), np.ones(90)) and ds.Y.sum(axis=0).tolist() == [30, 30, 30]


@pytest.mark.parametrize("args,message", [
    (("moons",), "unknown point set 'moons'"), (("circle", 1), "2 to 4000 points"),
    (("xor", 10, 2.0), "noise must be between 0 and 1"), (("circle", 10, 0.0, 1, 3), "circle has 2 classes"),
    (("spiral", 10, 0.0, 1, 9), "spiral has 2 to 6 classes"),
])
def test_bad_arguments_are_named(args, message):
    with pytest.raises(DataError, match=message):
        point_set(*args)


def _trained(name, iterations=None):
    preset = get_preset(name)
    trainer = Trainer.from_settings(preset.dataset(), preset.settings)
    trainer.run(iterations or preset.settings.iterations)
    return trainer


def _first_below(trainer, level):
    its, errs = trainer.history.curve
    return int(its[np.argmax(errs < level)]) if (errs < level).any() else None


def test_cross_entropy_escapes_a_saturated_start_that_the_notebook_loss_crawls_out_of():
    notebook, ce = _trained("saturated"), _trained("saturated-cross-entropy")
    assert notebook.history.logged[1][0] > 0.99  # sure and wrong on every row
    assert _first_below(ce, 0.1) <= 10 and _first_below(notebook, 0.1) > 1000


def test_momentum_crosses_the_plateau_sooner():
    gd, momentum = _trained("plateau"), _trained("plateau-momentum")
    assert _first_below(momentum, 0.1) * 5 < _first_below(gd, 0.1)


def test_mini_batches_make_the_curve_noisy():
    batched = _trained("mini-batches")
    full = Trainer.from_settings(get_preset("mini-batches").dataset(),
                                 get_preset("mini-batches").settings.with_(batch_size=None))
    full.run(full.network.t + 3000)
    tail = slice(-300, None)
    assert np.std(np.diff(batched.history.curve[1][tail])) > 100 * np.std(np.diff(full.history.curve[1][tail]))


def test_overfitting_fits_the_training_rows_but_not_the_test_rows():
    trainer = _trained("overfitting")
    assert trainer.final_error() < 0.01 and trainer.test_error() > 0.15
    assert len(trainer.X_test) == 8


def test_three_classes_are_told_apart_by_softmax():
    trainer = _trained("three-classes")
    out = trainer.network.predict(trainer.X)
    assert np.allclose(out.sum(axis=1), 1) and (out.argmax(axis=1) == trainer.Y.argmax(axis=1)).all()


def test_beyond_presets_are_grouped():
    assert {p.name for p in PRESETS.values() if p.group == "beyond"} >= {
        "saturated", "plateau-momentum", "mini-batches", "overfitting", "three-classes", "circle", "spiral"}

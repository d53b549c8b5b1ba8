"""The learning-rate hint: said when lr x rows is large and the run went badly, never otherwise."""

import numpy as np
import pytest

from playground.core.dataset import generate
from playground.core.expression import fill_target
from playground.core.hints import learning_rate_hint, nice_below
from playground.core.presets import NOTEBOOK, PRESETS
from playground.core.training import Trainer


def twelve_inputs():
    names = [chr(ord("a") + i) for i in range(12)]
    ds = generate(names, ["y"])
    ds.values[:, -1] = fill_target("a and b or c", ds)
    return ds


def curve_of(ds, settings, iterations):
    trainer = Trainer.from_settings(ds, settings.with_(iterations=iterations))
    trainer.run(iterations)
    return trainer.history.curve[1]


def test_4096_rows_with_the_notebooks_rate_get_a_hint_and_the_proposed_rate_learns():
    ds = twelve_inputs()
    hint = learning_rate_hint(curve_of(ds, NOTEBOOK, 300), 1.0, ds.n_rows)
    assert hint is not None and "4,096 rows" in hint and "Try a learning rate of 0.005" in hint
    # the proposed rate learns the same table (the maths is unchanged: only the rate differs)
    errors = curve_of(ds, NOTEBOOK.with_(learning_rate=0.005), 300)
    assert errors[-1] < 0.05 and learning_rate_hint(errors, 0.005, ds.n_rows) is None


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_no_preset_gets_the_hint(name):
    preset = PRESETS[name]
    ds = preset.dataset()
    errors = curve_of(ds, preset.settings, min(preset.settings.iterations, 3000))
    assert learning_rate_hint(errors, preset.settings.learning_rate, ds.n_rows) is None


def test_the_hint_needs_both_a_large_step_and_a_bad_curve():
    falling = 0.5 * np.exp(-np.linspace(0, 5, 100))
    rising = np.concatenate([falling[:20], np.full(80, 0.6)])
    swinging = 0.2 + 0.05 * (-1.0) ** np.arange(100)
    assert learning_rate_hint(falling, 1.0, 4096) is None  # large step, but it learns
    assert learning_rate_hint(rising, 1.0, 16) is None  # bad curve, small step
    assert "rose" in learning_rate_hint(rising, 1.0, 4096)
    assert "swings" in learning_rate_hint(swinging, 1.0, 4096)
    assert learning_rate_hint(np.array([np.nan, np.nan]), 1.0, 4096) is None


@pytest.mark.parametrize("value, nice", [(0.0078, 0.005), (0.031, 0.02), (0.5, 0.5), (1.0, 1.0), (3.9, 2.0)])
def test_nice_below(value, nice):
    assert nice_below(value) == pytest.approx(nice)

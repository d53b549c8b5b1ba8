"""Presets: valid data and settings, the notebook's arrays, and settings that really learn their table."""

import numpy as np
import pytest

from playground.core.data.dataset import DataError
from playground.core.nn.network import Network
from playground.core.data.presets import DEFAULT_PRESET, PRESETS, SEGMENTS, Preset, get_preset
from playground.core.nn.rules import Rule
from playground.core.data.settings import Settings

NOT_LEARNABLE = {"xor-perceptron"}
REQUIRED = ["notebook", "notebook-single", "and", "or", "xor", "nand", "xor-perceptron", "parity3", "majority3",
            "adder2", "seven-segment", "encoder"]


def train(preset: Preset) -> tuple[np.ndarray, np.ndarray]:
    """Train a network exactly as the preset's settings say; the training rows' targets and final outputs."""
    data, s = preset.dataset(), preset.settings
    X, Y = data.split()[:2]
    net = Network([X.shape[1], *s.hidden, Y.shape[1]], activation=s.activation, bias=s.bias, seed=s.seed,
                  learning_rate=s.learning_rate, rule=Rule.from_settings(s))
    with np.errstate(over="ignore"):
        for _ in range(s.iterations):
            net.step(X, Y, False)
    return Y, net.predict(X)


def test_required_presets_exist_and_the_default_is_the_notebook():
    assert set(REQUIRED) <= set(PRESETS)
    assert DEFAULT_PRESET == "notebook" == next(iter(PRESETS))
    assert all(name == p.name for name, p in PRESETS.items())


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_has_valid_data_and_settings(name):
    preset = get_preset(name)
    data = preset.dataset()
    assert data.problems(output=preset.settings.output) == []
    assert preset.settings.problems() == [] and preset.settings.data_problems(data.Y) == []
    assert preset.description and "\n" not in preset.description
    if preset.group == "notebook":  # truth tables and the notebook's rule
        assert set(np.unique(data.values)) <= {0.0, 1.0}
        assert preset.settings.is_notebook_rule and not data.has_test_rows
    lines = preset.settings.iterations // preset.settings.log_every + 1
    assert 5 <= lines <= 12, f"{name} would print {lines} log lines"


def test_dataset_is_a_fresh_copy_each_time():
    preset = get_preset("xor")
    first = preset.dataset()
    first.values[:] = 0.5
    assert preset.dataset() != first
    assert preset.dataset() == preset.dataset()


def test_notebook_preset_is_the_notebooks_arrays_and_settings():
    preset = get_preset("notebook")
    data = preset.dataset()
    assert np.array_equal(data.X, [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    assert np.array_equal(data.Y, [[0], [0], [1], [1]])
    assert data.input_names == ["x1", "x2", "x3"] and data.target_names == ["y"]
    assert "bias" in preset.description
    assert preset.settings == Settings(hidden=(4,), iterations=60000, seed=1, learning_rate=1.0,
                                       activation="sigmoid", bias=False, log_every=10000)
    single = get_preset("notebook-single")
    assert single.dataset() == data
    assert single.settings == preset.settings.with_(hidden=(), iterations=10000, log_every=1000)


@pytest.mark.parametrize("name, rule", [
    ("and", lambda a, b: a & b),
    ("or", lambda a, b: a | b),
    ("nand", lambda a, b: 1 - (a & b)),
    ("xor", lambda a, b: a ^ b),
    ("xor-perceptron", lambda a, b: a ^ b),
])
def test_gates(name, rule):
    data = get_preset(name).dataset()
    assert data.input_names == ["a", "b"] and data.target_names == ["y"]
    X = data.X.astype(int)
    assert list(data.Y[:, 0]) == [rule(a, b) for a, b in X]


def test_three_input_tables():
    for name, rule in [("parity3", lambda r: r.sum() % 2), ("majority3", lambda r: int(r.sum() >= 2))]:
        data = get_preset(name).dataset()
        assert data.input_names == ["a", "b", "c"] and data.n_rows == 8
        assert list(data.Y[:, 0]) == [rule(r) for r in data.X.astype(int)]


def test_adder2_adds_two_bit_numbers():
    data = get_preset("adder2").dataset()
    assert data.input_names == ["a1", "a0", "b1", "b0"] and data.target_names == ["s1", "s0", "carry"]
    assert data.n_rows == 16
    for (a1, a0, b1, b0), (s1, s0, carry) in zip(data.X.astype(int), data.Y.astype(int)):
        assert 4 * carry + 2 * s1 + s0 == (2 * a1 + a0) + (2 * b1 + b0)


def test_seven_segment_maps_each_digit_to_its_binary():
    data = get_preset("seven-segment").dataset()
    assert data.input_names == list("abcdefg") and data.target_names == ["b3", "b2", "b1", "b0"]
    assert data.n_rows == 10 and len(set(SEGMENTS)) == 10
    lit = {d: "".join(n for n, on in zip("abcdefg", row) if on) for d, row in enumerate(data.X)}
    assert lit[0] == "abcdef" and lit[1] == "bc" and lit[8] == "abcdefg" and lit[4] == "bcfg"
    assert lit[2] == "abdeg" and lit[3] == "abcdg" and lit[5] == "acdfg" and lit[7] == "abc"
    digits = data.Y @ [8, 4, 2, 1]
    assert list(digits) == list(range(10))


def test_encoder_is_one_hot_in_and_out():
    preset = get_preset("encoder")
    data = preset.dataset()
    assert np.array_equal(data.X, np.eye(8)) and np.array_equal(data.Y, data.X)
    assert preset.settings.hidden == (3,)


@pytest.mark.parametrize("name", [n for n in PRESETS if n not in NOT_LEARNABLE])
def test_learnable_presets_learn_with_their_settings(name):
    Y, out = train(get_preset(name))
    assert np.mean(np.abs(Y - out)) < 0.1
    assert np.array_equal(out > 0.5, Y > 0.5)  # every output on the right side of 0.5


def test_xor_perceptron_does_not_learn():
    Y, out = train(get_preset("xor-perceptron"))
    assert np.mean(np.abs(Y - out)) > 0.2


def test_unknown_preset_lists_the_names():
    with pytest.raises(DataError) as e:
        get_preset("xnor")
    assert "unknown preset 'xnor'" in str(e.value)
    for name in PRESETS:
        assert name in str(e.value)


def test_matching_preset_names_a_preset_table_and_nothing_else():
    from playground.core.data.presets import matching_preset

    assert matching_preset(get_preset("adder2").dataset()) == "adder2"
    assert matching_preset(get_preset("notebook").dataset()) == "notebook"
    edited = get_preset("xor").dataset()
    edited.values[0, -1] = 0.5  # (a 1 there would make it the nand table)
    assert matching_preset(edited) is None

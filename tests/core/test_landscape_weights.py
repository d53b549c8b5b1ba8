"""Weight names as the inspector and the formula panel write them (core/landscape/weights.py)."""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.explain.edge_formula import edge_formula
from playground.core.explain.inspection import trace_iteration
from playground.core.landscape.weights import BIAS, WEIGHTS, WeightRef, flatten, parse_weight, unflatten, weight_names
from playground.core.nn.network import Network


def test_every_name_reads_back_to_the_formula_panels_edge_with_its_value_and_place_in_the_vector():
    p = get_preset("notebook")
    X, Y, _, _ = p.dataset().split()
    net = Network([3, 4, 2], bias=True, seed=3)
    trace = trace_iteration(net, X, np.hstack([Y, Y]))
    theta = flatten(net)
    for at, name in enumerate(weight_names(net.sizes, True)):
        ref = parse_weight(name, net.sizes, True)
        assert ref.name == name
        i = -1 if ref.kind == BIAS else ref.i
        assert edge_formula(net, trace, ref.layer, i, ref.j).name == name  # the formula panel's own name
        assert ref.index(net.sizes) == at and theta[at] == ref.value(net)
    W, b = unflatten(theta, net.sizes, True)
    assert all(np.array_equal(w, x) for w, x in zip(W, net.weights)) and all(
        np.array_equal(c, d) for c, d in zip(b, net.biases))


def test_spacing_is_forgiving():
    assert parse_weight(" syn1 [2,0] ", [3, 4, 1], False) == WeightRef(1, WEIGHTS, 2, 0)
    assert parse_weight("b2[0]", [3, 4, 1], True) == WeightRef(1, BIAS, None, 0)


@pytest.mark.parametrize("name, words", [
    ("w0[0, 1]", "is not a weight name"),
    ("syn2[0, 0]", "syn2 does not exist: the network has syn0 to syn1"),
    ("syn0[3, 0]", "syn0[3, 0] does not exist: syn0 is 3 x 4"),
    ("syn0[0]", "a weight has two indices"),
    ("b1[0]", "the network has no biases"),
    ("syn0[-1, 0]", "is not a weight name"),
])
def test_a_bad_name_is_refused_in_one_line_naming_what_is_wrong(name, words):
    with pytest.raises(ValueError) as e:
        parse_weight(name, [3, 4, 1], False)
    assert words in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("name, words", [("b0[0]", "b1 to b2"), ("b1[4]", "layer 1 has 4 units"),
                                         ("b1[0, 1]", "a bias has one index")])
def test_a_bad_bias_name_is_refused(name, words):
    with pytest.raises(ValueError, match=words):
        parse_weight(name, [3, 4, 1], True)

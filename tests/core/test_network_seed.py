"""The starting weights drawn without numpy.random (Python's own Mersenne Twister) are RandomState's bits."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from playground.core.nn import network
from playground.core.nn.network import PYTHON_DRAWS_UP_TO, initial_weights


def numpy_draws(sizes, seed):
    rng = np.random.RandomState(seed)
    return [2 * rng.random_sample((a, b)) - 1 for a, b in zip(sizes[:-1], sizes[1:])]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), sizes=st.lists(st.integers(1, 9), min_size=2, max_size=5))
def test_python_draws_are_randomstate_bits(seed, sizes):
    ours, theirs = network._python_draws(sizes, seed), numpy_draws(sizes, seed)
    assert [w.shape for w in ours] == [w.shape for w in theirs]
    for a, b in zip(ours, theirs):
        assert a.dtype == b.dtype and a.flags.c_contiguous
        assert a.tobytes() == b.tobytes()  # every bit, -0.0 and all


@pytest.mark.parametrize("seed", [0, 1, 2, 42, 2**31 - 1, 2**32 - 1])
def test_notebook_and_largest_python_network(seed):
    for sizes in ([3, 4, 1], [2, 64, 64, 1], [1, PYTHON_DRAWS_UP_TO, 1]):
        for a, b in zip(network._python_draws(sizes, seed), numpy_draws(sizes, seed)):
            assert a.tobytes() == b.tobytes()


@pytest.mark.parametrize("seed", [-1, 2**32])
def test_a_seed_out_of_range_is_refused_by_both_paths(seed):
    with pytest.raises(ValueError, match="seed"):
        initial_weights([3, 4, 1], seed)


def test_a_fresh_process_draws_the_notebook_start_without_numpy_random():
    """The window's first network must not import numpy.random (~10 ms of the first frame), and gives the same start."""
    code = ("import sys\nfrom playground.core.nn.network import initial_weights\n"
            "w = initial_weights([3, 4, 1], 1)\n"
            "print('numpy.random' in sys.modules)\n"
            "import numpy as np\nr = np.random.RandomState(1)\n"
            "print(all((x == 2 * r.random_sample(x.shape) - 1).all() for x in w))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]

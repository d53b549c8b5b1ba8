"""A study's memory and time model, by update rule: what the code allocates and how much it computes.

The memory model is checked against tracemalloc's peak (NumPy reports every array it allocates
to tracemalloc) for every rule; a study over the budget is refused before anything large is
allocated, and the number of seeds the refusal proposes does fit. The time model's counts are
the operations the optimiser and rules.step really perform (counted here by an ndarray subclass
that sees every ufunc call); no test depends on how fast this machine is
(benchmarks/study_budget.py prints estimated against measured time).
"""

import os
import re
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

from playground.core.training import budget

from playground.core.nn import optimizers

from playground.core.nn import rules
from playground.core.nn.activations import get_activation
from playground.core.training.budget import (L2_FRESH, L2_PASSES, PARAM_FRESH, PARAM_PASSES, UNIT_FRESH, UNIT_PASSES,
                                    BudgetError, study_bytes, study_seconds)
from playground.core.data.dataset import Dataset
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.nn.rules import Rule
from playground.core.data.settings import Settings
from playground.core.training.study import Study

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

RULES = {
    "the notebook's rule": {},
    "cross-entropy": dict(loss="cross-entropy"),
    "momentum": dict(optimizer="momentum", learning_rate=0.01),
    "adam": dict(optimizer="adam", learning_rate=0.001),
    "L2": dict(l2=0.001),
    "adam and L2": dict(optimizer="adam", learning_rate=0.001, l2=0.001),
    "mini-batches": dict(batch_size=16),
    "held-out rows per seed": dict(test_fraction=0.25),
}


def table(rows: int, n_in: int, n_out: int) -> Dataset:
    rng = np.random.default_rng(0)
    return Dataset.from_arrays(rng.random((rows, n_in)), (rng.random((rows, n_out)) > 0.5).astype(float))


PARAMETERS = table(32, 8, 1), (128, 128)  # the parameters dominate: where the rules differ most
ROWS = table(4096, 4, 1), (16,)  # the rows dominate


def settings_for(kw: dict, hidden) -> tuple[Settings, float | None]:
    kw = dict(kw)
    fraction = kw.pop("test_fraction", None)
    return Settings(hidden=hidden, iterations=12, log_every=4, bias=True, **kw), fraction


def measured_peak(dataset: Dataset, settings: Settings, count: int, fraction) -> int:
    """tracemalloc's peak while a study is made, run to the end and its final errors measured."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        study = Study(dataset, settings, count, test_fraction=fraction)
        study.run()
        study.final_errors()
        study.final_test_errors()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def model(dataset: Dataset, settings: Settings, count: int, fraction) -> int:
    held = 0 if fraction is None else round(fraction * dataset.n_rows)
    sizes = [dataset.X.shape[1], *settings.hidden, dataset.Y.shape[1]]
    return study_bytes(sizes, dataset.n_rows - held, count, Rule.from_settings(settings), bias=settings.bias,
                       own_rows=fraction is not None, table_rows=dataset.n_rows, records=4)


@pytest.mark.parametrize("shape", [PARAMETERS, ROWS], ids=["parameters", "rows"])
@pytest.mark.parametrize("kw", RULES.values(), ids=RULES.keys())
def test_the_model_is_the_measured_peak_for_every_rule(kw, shape):
    dataset, hidden = shape
    settings, fraction = settings_for(kw, hidden)
    peak, predicted = measured_peak(dataset, settings, 8, fraction), model(dataset, settings, 8, fraction)
    assert peak > 4 * 2**20  # large enough that Python's own objects do not count
    assert 0.85 <= peak / predicted <= 1.15, f"measured {peak / 2**20:.1f} MB, model {predicted / 2**20:.1f} MB"


def test_adam_momentum_and_l2_need_more_than_gradient_descent():
    """What the study's budget missed: the optimiser's state, its saved copy, L2's second gradient."""
    dataset, hidden = PARAMETERS
    peaks = {name: measured_peak(dataset, settings_for(RULES[name], hidden)[0], 8, None)
             for name in ("cross-entropy", "momentum", "adam", "L2")}
    assert peaks["adam"] > 1.4 * peaks["momentum"] > 1.4 * 1.2 * peaks["cross-entropy"]
    assert peaks["L2"] > 1.1 * peaks["cross-entropy"]


@pytest.mark.parametrize("kw", RULES.values(), ids=RULES.keys())
def test_a_study_over_the_budget_is_refused_before_allocating_and_the_seeds_proposed_fit(monkeypatch, kw):
    limit = 24 * 2**20
    monkeypatch.setattr(budget, "STUDY_BUDGET", limit)
    dataset, hidden = PARAMETERS
    settings, fraction = settings_for(kw, hidden)
    tracemalloc.start()
    try:
        with pytest.raises(BudgetError) as refused:
            Study(dataset, settings, 64, test_fraction=fraction)
        allocated = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert allocated < 2**20  # refused before the networks were made
    message = str(refused.value)
    rule = budget.rule_name(Rule.from_settings(settings))
    assert message.startswith(f"64 seeds of this network (8-128-128-1, {rule}) would need about ")
    assert "the limit for a study is 24 MB" in message
    fit = int(re.search(r"try at most (\d+) seeds", message).group(1))
    assert measured_peak(dataset, settings, fit, fraction) <= 1.05 * limit  # the seeds proposed really fit
    with pytest.raises(BudgetError):
        Study(dataset, settings, fit + 1, test_fraction=fraction)


@pytest.mark.parametrize("optimizer, rule", [("momentum", "momentum"), ("adam", "Adam"), ("gd --l2 0.001", "L2")])
def test_the_command_line_refuses_a_study_that_the_gradient_descent_budget_let_through(optimizer, rule):
    """60 seeds of an 8-layer 256-unit encoder: 669 MB counted as gradient descent needs it (it passed),
    but 896 MB with L2, 1.1 GB with momentum and 1.6 GB with Adam, counting what each rule allocates."""
    name, *more = optimizer.split()
    done = subprocess.run([sys.executable, "-m", "playground", "study", "--preset", "encoder", "--hidden",
                           ",".join(["256"] * 8), "--seeds", "60", "--optimizer", name, *more, "--lr", "0.001",
                           "--iterations", "1"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "error"})
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nn-playground: error: ")
    assert rule in lines[0] and "the limit for a study is 768 MB" in lines[0] and "try at most" in lines[0]


# -- the time model's counts are the code's operations -----------------------------------------------

class Counted(np.ndarray):
    """An ndarray that writes down every ufunc call on it: (name, result shape, made a new array)."""

    calls: list = []

    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        plain = [x.view(np.ndarray) if isinstance(x, Counted) else x for x in inputs]
        if out is not None:
            kwargs["out"] = tuple(o.view(np.ndarray) if isinstance(o, Counted) else o for o in out)
        result = getattr(ufunc, method)(*plain, **kwargs)
        Counted.calls.append((ufunc.__name__, np.shape(result), out is None))
        if out is not None:
            return out[0] if len(out) == 1 else out
        return result.view(Counted) if isinstance(result, np.ndarray) else result


@pytest.mark.parametrize("name", ["gd", "momentum", "adam"])
def test_the_passes_over_the_parameters_are_the_optimisers_operations(name):
    spec = OptimizerSpec(name)
    W, g = np.random.rand(5, 7).view(Counted), np.random.rand(5, 7).view(Counted)
    state = {slot: [x.view(Counted) for x in arrays] for slot, arrays in optimizers.new_state(spec, [W]).items()}
    Counted.calls = []
    optimizers.apply(spec, state, [W], [g], 0.1, 3)
    on_params = [new for _, shape, new in Counted.calls if shape == (5, 7)]
    assert len(on_params) == PARAM_PASSES[name]
    # NumPy computes some results into a temporary instead of a new array: never more than counted here
    assert 1 <= PARAM_FRESH[name] <= sum(on_params)


def test_l2_adds_its_passes_over_the_weights():
    def weight_calls(l2: float) -> list:
        W = [np.random.rand(3, 5, 4).view(Counted), np.random.rand(3, 4, 1).view(Counted)]
        X, Y = np.random.rand(3, 9, 5).view(Counted), np.random.rand(3, 9, 1).view(Counted)
        a, _ = rules.forward(W, None, get_activation("sigmoid"), "sigmoid", X)
        Counted.calls = []
        rules.directions(W, None, get_activation("sigmoid"), Rule(l2=l2), a, Y)
        return [new for name, shape, new in Counted.calls if shape == (3, 5, 4) and name != "matmul"]

    extra = len(weight_calls(0.01)) - len(weight_calls(0.0))
    assert extra == L2_PASSES and sum(weight_calls(0.01)) == L2_FRESH


def test_the_passes_over_each_unit_of_each_row_are_rules_steps_operations():
    """For a hidden sigmoid layer (the costliest activation): operations besides the products, and new arrays."""
    K, B, hidden = 3, 11, 5
    W = [np.random.rand(K, 2, hidden).view(Counted), np.random.rand(K, hidden, 1).view(Counted)]
    biases = [np.zeros((K, 1, hidden)).view(Counted), np.zeros((K, 1, 1)).view(Counted)]
    X, Y = np.random.rand(K, B, 2).view(Counted), np.random.rand(K, B, 1).view(Counted)
    Counted.calls = []
    rules.step(W, biases, get_activation("sigmoid"), Rule(), X, Y, {}, 0.1, 1)
    on_hidden = [(name, new) for name, shape, new in Counted.calls if shape == (K, B, hidden)]
    assert sum(name != "matmul" for name, _ in on_hidden) == UNIT_PASSES
    assert UNIT_FRESH <= sum(new for _, new in on_hidden)


def test_the_time_estimate_orders_the_rules_by_their_operations():
    sizes, rows = [8, 256, 256, 1], 32
    seconds = {name: study_seconds(sizes, rows, 16, 1000, Rule.from_settings(settings_for(kw, (256, 256))[0]))
               for name, kw in RULES.items() if name != "held-out rows per seed"}
    assert (seconds["adam and L2"] > seconds["adam"] > seconds["L2"] > seconds["momentum"] > seconds["cross-entropy"]
            > seconds["the notebook's rule"])
    assert seconds["adam"] > 3 * seconds["the notebook's rule"]  # what the estimate missed: about 3 times
    # the rows of one update: mini-batches of 16 from 4,096 rows cost far less an update than all of them
    big = [4, 16, 1]
    assert study_seconds(big, 4096, 16, 1000, Rule(batch_size=16)) < study_seconds(big, 4096, 16, 1000) / 20
    # each network holding out its own rows trains with rules.step: more than the notebook's loop
    assert study_seconds(big, 3072, 16, 1000, own_rows=True) > study_seconds(big, 3072, 16, 1000)
    # linear in the iterations and (beyond the calls shared by the stack) in the seeds
    assert study_seconds(big, 4096, 16, 2000) == pytest.approx(2 * study_seconds(big, 4096, 16, 1000))
    assert study_seconds(big, 4096, 32, 1000) > 1.9 * study_seconds(big, 4096, 16, 1000)


def test_the_study_says_its_estimate_by_rule():
    dataset, hidden = PARAMETERS
    gd = Study(dataset, settings_for({}, hidden)[0].with_(iterations=10**6, log_every=10**5), 8)
    adam = Study(dataset, settings_for(RULES["adam"], hidden)[0].with_(iterations=10**6, log_every=10**5), 8)
    assert adam.estimated_seconds() > 3 * gd.estimated_seconds()

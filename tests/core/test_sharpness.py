"""Sharpness (core/landscape/sharpness.py): the loss whose Hessian it is, the power iteration against the full
Hessian, and the edge of stability 2/eta seen in a run."""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.landscape.evaluate import Problem
from playground.core.landscape.sharpness import (curve_of_states, edge_of_stability, sharpness, sharpness_curve,
                                                  states_every)
from playground.core.landscape.weights import flatten
from playground.core.training.run_record import Checkpoint, RunRecord, Series
from playground.core.training.training import Trainer


def state_after(preset, n, **changes):
    p = get_preset(preset)
    dataset, settings = p.dataset(), p.settings.with_(**changes)
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(n)
    return dataset, settings, trainer, Checkpoint.from_network(trainer.network)


@pytest.mark.parametrize("preset, changes", [("notebook", {}), ("xor", {"bias": True, "activation": "tanh", "l2": 0.01}),
                                             ("three-classes", {"optimizer": "gd"})])
def test_the_update_is_minus_the_learning_rate_times_the_gradient_of_the_loss_whose_hessian_is_taken(preset, changes):
    dataset, settings, trainer, state = state_after(preset, 50, **changes)
    problem = Problem.of(dataset, settings)
    theta = flatten(state)
    h = 1e-6  # the gradient against central differences of the loss itself
    numeric = np.array([(problem.evaluate_flat(theta + h * e)[1][0] - problem.evaluate_flat(theta - h * e)[1][0]) / (2 * h)
                        for e in np.eye(theta.size)])
    gradient = problem.gradient(theta)[0]
    assert np.max(np.abs(gradient - numeric)) < 1e-7 * max(1.0, np.max(np.abs(numeric)))
    trainer.run(51)  # one plain gradient-descent update: theta - lr * gradient, to rounding
    assert np.allclose(flatten(trainer.network), theta - settings.learning_rate * gradient, rtol=0, atol=1e-13)


@pytest.mark.parametrize("preset, changes, n", [
    ("notebook", {}, 300),
    ("xor", {"bias": True, "hidden": (2,)}, 2000),
    ("and", {"output": "linear", "loss": "squared", "activation": "tanh", "hidden": (3,), "learning_rate": 0.05}, 40),
])
def test_power_iteration_finds_the_largest_eigenvalue_of_the_full_hessian(preset, changes, n):
    dataset, settings, _, state = state_after(preset, n, **changes)
    problem = Problem.of(dataset, settings)
    theta = flatten(state)
    H = full_hessian(problem, theta)
    largest = np.linalg.eigvalsh(H)[-1]
    found = sharpness(dataset, settings, state, iterations=20000, tol=1e-12)
    assert found.converged and abs(found.value - largest) <= 1e-6
    assert np.allclose(H @ found.vector, largest * found.vector, atol=1e-4 * max(1, abs(largest)))


def full_hessian(problem, theta, h=1e-5):
    """Every column at once: central differences of the exact gradient along each axis."""
    E = np.eye(theta.size)
    g = problem.gradient(np.concatenate([theta + h * E, theta - h * E]))
    H = (g[:theta.size] - g[theta.size:]).T / (2 * h)
    return (H + H.T) / 2


def test_when_the_largest_magnitude_is_negative_the_largest_eigenvalue_is_still_found():
    # a state whose most negative curvature is larger than its largest: power iteration alone would return it
    dataset, settings, _, _ = state_after("xor", 0, bias=True, hidden=(2,))
    problem = Problem.of(dataset, settings)
    rng = np.random.default_rng(0)
    for _ in range(200):
        theta = rng.normal(0, 3, problem.n_parameters)
        values = np.linalg.eigvalsh(full_hessian(problem, theta))
        if -values[0] > 2 * abs(values[-1]) and values[-1] > 0.05:
            break
    else:
        pytest.fail("no state with a dominant negative curvature")
    state = Checkpoint(0, [theta[:4].reshape(2, 2), theta[4:6].reshape(2, 1)], [theta[6:8], theta[8:9]], None)
    found = sharpness(dataset, settings, state, iterations=5000, tol=1e-10)
    assert found.converged and abs(found.value - values[-1]) <= 1e-6


def test_the_edge_of_stability_of_each_optimiser():
    s = get_preset("notebook").settings
    assert edge_of_stability(s.with_(learning_rate=0.5)) == 4.0
    assert edge_of_stability(s.with_(optimizer="momentum", momentum=0.9, learning_rate=0.5)) == pytest.approx(7.6)
    assert edge_of_stability(s.with_(optimizer="adam")) is None


def sign_changes(values):
    d = np.diff(values)
    return int(np.sum(d[1:] * d[:-1] < 0))


def test_a_too_large_learning_rate_drives_the_sharpness_past_two_over_eta_and_the_error_oscillates():
    p = get_preset("notebook")
    dataset = p.dataset()
    runs = {}
    for lr in (0.1, 0.5):  # full-batch gradient descent on 0.5 * sum (Y - a)^2 with a linear output
        settings = settings_of(p, lr)
        states = states_every(dataset, settings, 200, 1)
        runs[lr] = (states, curve_of_states(dataset, settings, states, iterations=300, tol=1e-9))
    _, calm = runs[0.1]
    assert calm.values.max() < calm.edge == 20.0 and sign_changes(calm.errors) == 0  # well below: it glides down
    states, edge = runs[0.5]
    assert edge.edge == 4.0 and edge.values[0] < 4.0  # it starts below 2/eta ...
    crossed = int(np.flatnonzero(edge.values > 4.0)[0])  # ... and passes it
    assert crossed > 0 and edge.converged.all()
    assert sign_changes(edge.errors[crossed:]) >= 4  # from there the error goes up and down ...
    after = edge.errors[crossed:]
    assert np.max(after / np.minimum.accumulate(after)) > 2  # ... climbing to twice its lowest since
    # past the edge the step along the sharpest direction flips sign every update: a bounce between the walls
    top = sharpness(dataset, settings_of(p, 0.5), states[crossed + 2]).vector
    steps = [float(np.dot(flatten(b) - flatten(a), top)) for a, b in zip(states[crossed:crossed + 5],
                                                                         states[crossed + 1:crossed + 6])]
    assert all(x * y < 0 for x, y in zip(steps, steps[1:]))


def settings_of(preset, lr):
    """The notebook's network with a linear output learning 0.5 * sum (Y - a)^2 at learning rate lr."""
    return preset.settings.with_(output="linear", loss="squared", learning_rate=lr)


def test_the_curve_of_a_run_record_and_of_its_trainer_agree_where_both_have_the_state():
    p = get_preset("xor")
    dataset, settings = p.dataset(), p.settings.with_(learning_rate=5, iterations=400, log_every=100)
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    trainer.run(400)
    record = RunRecord("r1", dataset, settings, None, Checkpoint.from_network(trainer.network),
                       Series.of_history(trainer.history), Series.of_history(trainer.history, logged=True), (),
                       "finished")
    retrained = sharpness_curve(record, every=40)
    kept = sharpness_curve(trainer, every=40)
    assert retrained.iterations.tolist() == list(range(0, 401, 40)) == kept.iterations.tolist()
    assert retrained.values.tolist() == kept.values.tolist() and retrained.edge == kept.edge == 0.4
    assert retrained.errors[0] == trainer.history.curve[1][0]  # iteration 0's recorded error
    assert edge_of_stability(trainer.network) == 0.4

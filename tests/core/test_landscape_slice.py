"""The loss landscape's grids (core/landscape/slice.py) against networks evaluated one by one in a plain loop,
and the run's path against the weights the run recorded."""

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.landscape.paths import interpolation_path, projected_path, weight_path
from playground.core.landscape.slice import (EXACT_SLICE, INTERPOLATION, PROJECTION, direction_slice, error_slice,
                                             interpolation, random_directions)
from playground.core.landscape.weights import flatten, parse_weight, unflatten
from playground.core.training.run_record import Checkpoint
from playground.core.training.training import Trainer


def plain_error_and_loss(settings, X, Y, weights, biases):
    """One network's mean |Y - output| and loss, written out here with no code of the app's."""
    a = X
    for k, W in enumerate(weights):
        z = a @ W + (0 if biases is None else np.reshape(biases[k], (1, -1)))
        if k < len(weights) - 1:
            a = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
                 "relu": lambda z: np.maximum(z, 0)}[settings.activation](z)
        elif settings.output == "softmax":
            a = np.exp(z - z.max(axis=1, keepdims=True))
            a = a / a.sum(axis=1, keepdims=True)
        else:
            a = 1 / (1 + np.exp(-z))
    if settings.loss == "notebook":
        loss = 0.5 * np.sum((Y - a) ** 2)
    elif settings.output == "softmax":
        loss = -np.sum(Y * np.log(a))
    else:
        loss = -np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a))
    loss += 0.5 * settings.l2 * sum(np.sum(W * W) for W in weights)
    return np.mean(np.abs(Y - a)), loss


def trained(preset, n, **changes):
    p = get_preset(preset)
    dataset, settings = p.dataset(), p.settings.with_(**changes)
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    trainer.run(n)
    return dataset, settings, trainer


CASES = [
    ("notebook", {}, "syn0[0, 1]", "syn1[2, 0]"),
    ("notebook", {}, "syn0[2, 3]", "syn0[1, 0]"),  # both in one matrix
    ("xor", {"bias": True, "activation": "tanh", "l2": 0.01}, "b1[1]", "syn1[0, 0]"),
    ("three-classes", {}, "syn0[0, 0]", "b2[2]"),  # softmax + cross-entropy
]


@pytest.mark.parametrize("preset, changes, w1, w2", CASES)
def test_every_grid_value_is_the_error_of_the_network_with_those_two_weights_set(preset, changes, w1, w2):
    dataset, settings, trainer = trained(preset, 200, **changes)
    state = Checkpoint.from_network(trainer.network)
    land = error_slice(dataset, settings, state, w1, w2, (-3.0, 2.0), (-1.5, 4.0), n=7)
    assert land.kind == EXACT_SLICE and land.axes == (w1, w2) and land.errors.shape == (7, 7)
    X, Y, _, _ = dataset.split()
    r1, r2 = (parse_weight(w, trainer.network.sizes, settings.bias) for w in (w1, w2))
    for i, x in enumerate(land.coordinates[0]):
        for j, y in enumerate(land.coordinates[1]):
            theta = flatten(state)
            theta[r1.index(trainer.network.sizes)] = x
            theta[r2.index(trainer.network.sizes)] = y
            error, loss = plain_error_and_loss(settings, X, Y, *unflatten(theta, trainer.network.sizes, settings.bias))
            assert abs(land.errors[i, j] - error) <= 1e-12 and abs(land.losses[i, j] - loss) <= 1e-12 * max(1, loss)
    assert land.marks["shown"] == (r1.value(state), r2.value(state))


def test_the_grid_runs_through_the_shown_state_and_its_error_is_the_one_the_run_records_there():
    dataset, settings, trainer = trained("notebook", 300)
    state = Checkpoint.from_network(trainer.network)
    w1, w2 = parse_weight("syn0[0, 1]", [3, 4, 1], False), parse_weight("syn1[2, 0]", [3, 4, 1], False)
    v1, v2 = w1.value(state), w2.value(state)
    land = error_slice(dataset, settings, state, w1, w2, (v1 - 1, v1 + 1), (v2 - 1, v2 + 1), n=3)
    recorded = trainer.network.steps(trainer.X, trainer.Y, 1, want_error=True)  # iteration 300's Error:
    assert land.errors[1, 1] == pytest.approx(recorded, abs=1e-15)


def test_the_runs_path_is_exactly_the_weights_it_recorded():
    dataset, settings, trainer = trained("notebook", 3000)
    snapshots = list(trainer.timeline)
    path = weight_path(dataset, settings, snapshots[::-1], "syn0[0, 1]", "syn1[2, 0]")
    assert path.iterations.tolist() == sorted(s.iteration for s in snapshots)
    assert path.x.tolist() == [float(s.weights[0][0, 1]) for s in snapshots]
    assert path.y.tolist() == [float(s.weights[1][2, 0]) for s in snapshots]
    assert path.errors[-1] < path.errors[0]


def test_the_interpolation_goes_from_the_start_to_the_end_along_a_straight_line():
    dataset, settings, trainer = trained("xor", 500, bias=True)
    start, end = Checkpoint.from_snapshot(trainer.timeline[0]), Checkpoint.from_network(trainer.network)
    line = interpolation(dataset, settings, start, end, n=9)
    assert line.kind == INTERPOLATION and line.coordinates[0].tolist() == np.linspace(-0.5, 1.5, 9).tolist()
    X, Y, _, _ = dataset.split()
    for t, e in zip(line.coordinates[0], line.errors):
        theta = (1 - t) * flatten(start) + t * flatten(end)
        assert abs(e - plain_error_and_loss(settings, X, Y, *unflatten(theta, trainer.network.sizes, True))[0]) <= 1e-12
    assert line.errors[2] == pytest.approx(trainer.history.curve[1][0], abs=1e-12)  # t = 0: the start's error


def test_the_runs_states_are_placed_on_the_interpolations_line_with_their_distance_from_it():
    dataset, settings, trainer = trained("notebook", 600)
    start, end = Checkpoint.from_snapshot(trainer.timeline[0]), Checkpoint.from_network(trainer.network)
    halfway = Checkpoint(300, [(a + b) / 2 for a, b in zip(start.weights, end.weights)], None, None)
    early = Checkpoint.from_snapshot(trainer.timeline[1])  # a state of the run itself, early on
    assert 0 < early.iteration < 300
    path = interpolation_path(dataset, settings, [end, halfway, start, early], start, end)
    assert path.iterations.tolist() == [0, early.iteration, 300, 600]
    assert [path.x[i] for i in (0, 2, 3)] == pytest.approx([0, 0.5, 1], abs=1e-12)
    assert [path.off_plane[i] for i in (0, 2, 3)] == pytest.approx([0, 0, 0], abs=1e-12)
    line = interpolation(dataset, settings, start, end, n=3, t_range=(0, 1))
    assert [path.errors[i] for i in (0, 2, 3)] == pytest.approx(line.errors.tolist(), abs=1e-12)
    assert path.off_plane[1] > 1e-3  # the run itself is off the straight road


def test_random_directions_are_filter_normalised_and_the_plane_is_exact():
    dataset, settings, trainer = trained("notebook", 400, bias=True)
    state = Checkpoint.from_network(trainer.network)
    d1, d2 = random_directions(state, seed=5)
    sizes = trainer.network.sizes
    for d in (d1, d2):
        W, b = unflatten(d, sizes, True)
        for w, dw in zip(state.weights, W):  # each unit's incoming weights: the same norm as the state's
            assert np.allclose(np.linalg.norm(dw, axis=0), np.linalg.norm(w, axis=0), rtol=1e-12)
        assert all(not x.any() for x in b)  # no direction for the biases (Li et al.)
    assert not np.array_equal(d1, d2) and np.array_equal(random_directions(state, 5)[0], d1)
    plane = direction_slice(dataset, settings, state, (d1, d2), (-1, 1), (-0.5, 0.5), n=5)
    assert plane.kind == PROJECTION
    X, Y, _, _ = dataset.split()
    for i, a in enumerate(plane.coordinates[0]):
        for j, b in enumerate(plane.coordinates[1]):
            theta = flatten(state) + a * d1 + b * d2
            assert abs(plane.errors[i, j] - plain_error_and_loss(settings, X, Y, *unflatten(theta, sizes, True))[0]) <= 1e-12


def test_a_state_on_the_plane_projects_onto_its_coordinates_and_one_off_it_says_how_far():
    dataset, settings, trainer = trained("notebook", 100)
    state = Checkpoint.from_network(trainer.network)
    d1, d2 = random_directions(state, 1)
    sizes = trainer.network.sizes
    on = Checkpoint(7, *unflatten(flatten(state) + 0.3 * d1 - 0.2 * d2, sizes, False)[:1], None, None)
    off_theta = flatten(state) + 0.1 * d1
    off_theta[0] += 0.5
    off = Checkpoint(9, unflatten(off_theta, sizes, False)[0], None, None)
    path = projected_path(dataset, settings, [off, state, on], state, (d1, d2))
    assert path.iterations.tolist() == [7, 9, 100]
    assert path.x[0] == pytest.approx(0.3, abs=1e-12) and path.y[0] == pytest.approx(-0.2, abs=1e-12)
    assert path.off_plane[0] < 1e-12 and path.off_plane[2] < 1e-12 and 0.3 < path.off_plane[1] <= 0.5
    assert path.x[2] == pytest.approx(0, abs=1e-12)


def test_a_state_of_huge_or_infinite_weights_projects_to_nothing_without_lapack_noise(capfd):
    dataset, settings, trainer = trained("notebook", 100)
    state = Checkpoint.from_network(trainer.network)
    d1, d2 = random_directions(state, 1)
    sizes = trainer.network.sizes
    huge = Checkpoint(5, unflatten(np.full(flatten(state).size, 1e308), sizes, False)[0], None, None)
    inf = Checkpoint(6, unflatten(np.full(flatten(state).size, np.inf), sizes, False)[0], None, None)
    path = projected_path(dataset, settings, [huge, inf, state], state, (d1, d2))
    assert np.isnan(path.x[1]) and np.isnan(path.off_plane[1])  # the infinite state is on no plane
    assert np.isfinite(path.x[0]) and path.x[0] > 1e300  # the huge one projects far out
    assert path.x[2] == pytest.approx(0, abs=1e-12)  # the finite state still projects
    huge_directions = projected_path(dataset, settings, [state], state, (d1 * np.inf, d2))
    assert np.isnan(huge_directions.x).all()
    assert "DLASCL" not in capfd.readouterr().err  # LAPACK's own message never reaches the terminal


@pytest.mark.parametrize("call, words", [
    (lambda d, s, c: error_slice(d, s, c, "syn0[0, 1]", "syn0[0,1]"), "two different weights"),
    (lambda d, s, c: error_slice(d, s, c, "syn0[0, 1]", "syn1[0, 0]", (1, 1)), "the first below the second"),
    (lambda d, s, c: error_slice(d, s, c, "syn0[0, 1]", "syn1[0, 0]", n=1), "2 to 1001 points"),
    (lambda d, s, c: direction_slice(d, s, c, (np.zeros(3), np.zeros(3))), "directions of 3 and 3 numbers"),
    (lambda d, s, c: error_slice(d, s.with_(hidden=(100, 100)), c, "syn0[0, 1]", "syn1[0, 0]", n=1001),
     "too much work for one landscape; use fewer grid points"),
])
def test_bad_requests_are_refused_with_a_message(call, words):
    p = get_preset("notebook")
    with pytest.raises(ValueError, match=words):
        call(p.dataset(), p.settings, None)

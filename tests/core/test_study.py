"""The convergence study: K networks trained at once equal K single trainings, seed by seed."""

import numpy as np
import pytest

from playground.core.nn.network import Network
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.study import MAX_SEEDS, NetworkStack, Study, describe, error_band, record_every_for
from playground.core.training.training import DIVERGED, STOPPED, Trainer

TOL = 1e-9


def single(dataset, settings):
    trainer = Trainer.from_settings(dataset, settings)
    result = trainer.run(settings.iterations)
    return trainer, result


def assert_study_matches_singles(dataset, settings, count):
    study = Study(dataset, settings, count, record_every=settings.log_every)
    study.run()
    its, errs = study.recorded
    final = study.final_errors()
    outputs = study.outputs()
    assert study.seeds.tolist() == list(range(settings.seed, settings.seed + count))
    for j in range(count):
        trainer, _ = single(dataset, settings.with_(seed=settings.seed + j))
        net = study.network(j)
        for w_batch, w_single in zip(net.weights, trainer.network.weights):
            np.testing.assert_allclose(w_batch, w_single, rtol=0, atol=TOL)
        if settings.bias:
            for b_batch, b_single in zip(net.biases, trainer.network.biases):
                np.testing.assert_allclose(b_batch, b_single, rtol=0, atol=TOL)
        else:
            assert net.biases is None
        logged_its, logged_errs = trainer.history.logged
        assert its.tolist() == logged_its.tolist()
        np.testing.assert_allclose(errs[j], logged_errs, rtol=0, atol=TOL)
        assert final[j] == pytest.approx(trainer.final_error(), abs=TOL)
        np.testing.assert_allclose(outputs[j], trainer.network.predict(dataset.X), rtol=0, atol=TOL)
    return study


XOR = get_preset("xor").dataset()
NOTEBOOK = get_preset("notebook").dataset()


@pytest.mark.parametrize("hidden, activation, bias, lr", [
    ((4,), "sigmoid", False, 1.0),     # the notebook's network
    ((), "sigmoid", True, 1.0),        # no hidden layer: W[0] is the output layer
    ((2,), "tanh", True, 0.5),
    ((3, 2), "relu", True, 0.3),
    ((4, 3, 2), "sigmoid", False, 2.0),
])
def test_batched_training_equals_single_trainings(hidden, activation, bias, lr):
    settings = Settings(hidden=hidden, iterations=1500, learning_rate=lr, activation=activation, bias=bias,
                        seed=7, log_every=100)
    assert_study_matches_singles(XOR, settings, 5)


def test_notebook_study_first_seed_is_the_notebook():
    settings = get_preset("notebook").settings.with_(iterations=20000)
    study = assert_study_matches_singles(NOTEBOOK, settings, 3)
    its, errs = study.recorded
    assert errs[0, 0] == pytest.approx(0.4685343254580603, abs=1e-12)


def test_several_outputs_and_rows():
    preset = get_preset("adder2")
    assert_study_matches_singles(preset.dataset(), preset.settings.with_(iterations=400, log_every=50), 4)


def test_a_diverging_network_stops_like_a_single_training_and_the_others_go_on():
    settings = Settings(hidden=(3,), iterations=300, activation="relu", seed=0, log_every=10)
    study = Study(XOR, settings, 4, record_every=10)
    # network 2 starts where a single training diverges (test_training's example): inf - inf at the output
    blow_up = [np.full((2, 3), 1e308), np.array([[1.0], [-1.0], [1.0]])]
    study.stack.set_network(2, blow_up, None)
    study.run()
    reference = Network([2, 3, 1], activation="relu", seed=2)
    reference.set_state(blow_up, None)
    trainer = Trainer(reference, XOR.X, XOR.Y, log_every=10)
    result = trainer.run(300)
    assert result.status == DIVERGED
    assert study.diverged_at.tolist() == [-1, -1, result.iteration, -1]
    _, errs = study.recorded
    logged_its, logged_errs = trainer.history.logged
    np.testing.assert_allclose(errs[2, :len(logged_errs)], logged_errs, rtol=0, atol=TOL)
    assert np.isnan(errs[2, len(logged_errs):]).all()
    for w_batch, w_single in zip(study.network(2).weights, trainer.network.weights):
        np.testing.assert_array_equal(w_batch, w_single)
    np.testing.assert_equal(study.final_errors()[2], trainer.final_error())  # NaN here: inf - inf
    summary = study.summary()
    assert summary["diverged_seeds"] == [2] and summary["final_errors"][2] is None  # JSON has no NaN
    for j in (0, 1, 3):  # the others trained on, unaffected
        single_trainer, _ = single(XOR, settings.with_(seed=j))
        for w_batch, w_single in zip(study.network(j).weights, single_trainer.network.weights):
            np.testing.assert_allclose(w_batch, w_single, rtol=0, atol=TOL)
        assert np.isfinite(errs[j]).all()


def test_stop_and_continue_equals_one_run():
    settings = get_preset("xor").settings
    whole = Study(XOR, settings, 6)
    whole.run()
    calls = []
    parts = Study(XOR, settings, 6)
    assert parts.run(should_stop=lambda: len(calls) > 0, on_progress=calls.append,
                     progress_interval=0) == STOPPED
    assert 0 < parts.iteration < settings.iterations
    parts.run(1000)
    parts.run()
    np.testing.assert_array_equal(parts.final_errors(), whole.final_errors())
    assert parts.recorded[0].tolist() == whole.recorded[0].tolist()
    np.testing.assert_array_equal(parts.recorded[1], whole.recorded[1])


def test_summary_counts_the_runs_that_reach_the_target():
    settings = get_preset("xor").settings.with_(hidden=(2,))
    study = Study(XOR, settings, 16, target_error=0.1)
    study.run()
    summary = study.summary()
    final = np.array(summary["final_errors"])
    assert summary["seeds"] == list(range(settings.seed, settings.seed + 16))
    assert summary["reached"] == int((final <= 0.1).sum())
    assert summary["reached_seeds"] == [s for s, e in zip(summary["seeds"], final) if e <= 0.1]
    # XOR with 2 hidden units: some seeds get stuck; a class should see both kinds
    assert 0 < summary["reached"] < 16
    text = describe(summary)
    assert f"{summary['reached']} of 16" in text and "seeds 1 to 16" in text


def test_stack_initial_weights_are_each_seeds():
    stack = NetworkStack([3, 4, 2], [5, 9, 11], bias=True)
    for j, seed in enumerate([5, 9, 11]):
        ref = np.random.RandomState(seed)
        np.testing.assert_array_equal(stack.weights[0][j], 2 * ref.random_sample((3, 4)) - 1)
        np.testing.assert_array_equal(stack.weights[1][j], 2 * ref.random_sample((4, 2)) - 1)
        assert not stack.biases[0][j].any()


def test_limits_are_refused_with_a_reason():
    settings = get_preset("xor").settings
    with pytest.raises(ValueError, match="1 to 256"):
        Study(XOR, settings, MAX_SEEDS + 1)
    with pytest.raises(ValueError, match="at most"):
        big = get_preset("encoder")
        Study(big.dataset(), big.settings.with_(hidden=(256,) * 8), MAX_SEEDS)
    with pytest.raises(ValueError, match="learning rate"):
        Study(XOR, settings.with_(learning_rate=-1.0), 4)


def test_record_every_thins_long_runs_to_logged_iterations():
    assert record_every_for(60000, 10000) == 10000
    every = record_every_for(10**8, 10)
    assert every % 10 == 0 and 10**8 // every <= 1000


def test_error_band_is_numpys_percentiles_of_the_finite_errors():
    rng = np.random.default_rng(3)
    errors = rng.random((37, 50))
    errors[:5, 20:] = np.nan  # networks that diverged
    errors[7, 3] = np.inf
    errors[:, 49] = np.nan  # no finite error at all there
    band = error_band(errors, 10, 90)
    finite = np.where(np.isfinite(errors), errors, np.nan)
    expected = np.nanpercentile(finite[:, :49], [10, 50, 90], axis=0)
    np.testing.assert_allclose(band[:, :49], expected, rtol=0, atol=1e-15)
    assert np.isnan(band[:, 49]).all()
    assert error_band(np.zeros((0, 4))).shape == (3, 4)
    one = error_band(np.array([[0.25, 0.5]]))
    np.testing.assert_array_equal(one, [[0.25, 0.5]] * 3)


def test_a_learning_rate_per_network_gives_each_network_its_single_training_diverging_ones_too():
    settings = Settings(hidden=(3,), iterations=300, activation="tanh", bias=True, seed=0, log_every=10,
                        output="linear", loss="squared")
    rates = [0.05, 0.1, 1e5, 0.02]  # network 2's rate makes its weights overflow
    study = Study(XOR, settings, 4, record_every=10, learning_rates=rates)
    study.run()
    _, errs = study.recorded
    for j, lr in enumerate(rates):
        trainer = Trainer.from_settings(XOR, settings.with_(seed=j, learning_rate=lr))
        result = trainer.run(300)
        assert study.diverged_at[j] == (result.iteration if result.status == DIVERGED else -1)
        for w_batch, w_single in zip(study.network(j).weights, trainer.network.weights):
            np.testing.assert_array_equal(w_batch, w_single)
        logged_errs = trainer.history.logged[1]
        np.testing.assert_array_equal(errs[j, :len(logged_errs)], logged_errs)
    assert study.diverged_at[2] >= 0 and (study.diverged_at[[0, 1, 3]] == -1).all()

"""The learning rule beyond the notebook: losses, L2, optimisers, mini-batches, held-out rows."""

import itertools

import numpy as np
import pytest

from playground.core.nn import losses

from playground.core.nn import optimizers

from playground.core.nn import rules
from playground.core.nn.activations import get_activation
from playground.core.nn.batches import BatchOrder
from playground.core.data.dataset import Dataset
from playground.core.nn.network import Network
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.nn.rules import Rule
from playground.core.data.settings import Settings
from playground.core.training.study import Study
from playground.core.training.training import Trainer

PAIRS = sorted(losses.PAIRS)


def _targets(output: str, rng: np.random.RandomState, rows: int) -> np.ndarray:
    if output == "softmax":
        return np.eye(3)[rng.randint(0, 3, rows)]
    if output == "linear":
        return rng.uniform(-3, 3, (rows, 2))
    return rng.uniform(0, 1, (rows, 2))


@pytest.mark.parametrize("output,loss", PAIRS)
@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize("hidden", [(), (4,), (3, 2)])
@pytest.mark.parametrize("l2", [0.0, 0.3])
def test_directions_are_the_negative_gradient_by_central_differences(output, loss, activation, bias, hidden, l2):
    rng = np.random.RandomState(len(hidden) * 7 + bias)
    X = rng.uniform(-1, 1, (6, 3))
    Y = _targets(output, rng, 6)
    sizes = [3, *hidden, Y.shape[1]]
    W = [rng.uniform(-1, 1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    b = [rng.uniform(-0.5, 0.5, (1, n)) for n in sizes[1:]] if bias else None
    act, rule = get_activation(activation), Rule(output, loss, l2)
    a, _ = rules.forward(W, b, act, output, X)
    _, gW, gb = rules.directions(W, b, act, rule, a, Y)
    h = 1e-6
    for params, grads in [(W, gW)] + ([(b, gb)] if bias else []):
        for p, g in zip(params, grads):
            numeric = np.empty_like(p)
            for idx in np.ndindex(p.shape):
                keep = p[idx]
                p[idx] = keep + h
                up = rules.objective(W, b, act, rule, X, Y)
                p[idx] = keep - h
                down = rules.objective(W, b, act, rule, X, Y)
                p[idx] = keep
                numeric[idx] = -(up - down) / (2 * h)
            np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("output,loss", PAIRS)
def test_the_readable_network_steps_give_the_rule_directions(output, loss):
    """Network.backward/updates (the inspector's lines) agree with rules.directions."""
    rng = np.random.RandomState(3)
    X = rng.uniform(0, 1, (5, 2))
    Y = _targets(output, rng, 5)
    net = Network([2, 3, Y.shape[1]], bias=True, seed=2, learning_rate=0.5, rule=Rule(output, loss, 0.1))
    a = net.forward(X)
    _, deltas = net.backward(a, Y)
    dW, db = net.updates(a, deltas)
    ra, _ = rules.forward(net.weights, net.biases, net.activation, output, X)
    _, gW, gb = rules.directions(net.weights, net.biases, net.activation, net.rule, ra, Y)
    for x, y in zip(dW + db, gW + gb):
        np.testing.assert_allclose(x, 0.5 * y, rtol=1e-13, atol=1e-15)


def test_softmax_is_stable_and_sums_to_one():
    z = np.array([[1000.0, 1001.0, 999.0], [-1000.0, 0.0, 1000.0]])
    p = losses.softmax(z)
    assert np.isfinite(p).all()
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(p[0], np.exp([0, 1, -1]) / np.exp([0, 1, -1]).sum())
    # a saturated wrong unit: the loss is large but finite
    assert np.isfinite(losses.loss_value("softmax", "cross-entropy", z, p, np.array([[0, 0, 1], [1, 0, 0]])))
    zs = np.array([[-800.0]])
    with np.errstate(over="ignore"):  # as the training loop runs: exp(800) is inf, the sigmoid 0
        a = losses.output_forward("sigmoid", zs)
    assert losses.loss_value("sigmoid", "cross-entropy", zs, a, np.array([[1.0]])) == pytest.approx(800.0)


def test_cross_entropy_keeps_learning_where_the_notebook_loss_stalls():
    """A wrong, saturated output unit: the notebook's delta is ~0, cross-entropy's is Y - a."""
    a, Y = np.array([[1e-6]]), np.array([[1.0]])
    assert abs(losses.output_delta("sigmoid", "notebook", a, Y)[0, 0]) < 1e-5
    assert losses.output_delta("sigmoid", "cross-entropy", a, Y)[0, 0] == 1.0 - 1e-6


def _reference_optimizer(name, grads, p0, lr, mu=0.9, b1=0.9, b2=0.999, eps=1e-8):
    """The issue's formulas written out by hand, one scalar at a time."""
    p, v, m, s = p0, 0.0, 0.0, 0.0
    out = []
    for t, g in enumerate(grads, start=1):
        if name == "gd":
            p = p + lr * g
        elif name == "momentum":
            v = mu * v + g
            p = p + lr * v
        else:
            m = b1 * m + (1 - b1) * g
            s = b2 * s + (1 - b2) * g * g
            p = p + lr * (m / (1 - b1 ** t)) / ((s / (1 - b2 ** t)) ** 0.5 + eps)
        out.append(p)
    return out


@pytest.mark.parametrize("name", optimizers.OPTIMIZERS)
def test_each_optimizer_matches_a_hand_written_step(name):
    rng = np.random.RandomState(5)
    grads = rng.normal(size=(6, 2, 3))
    p0 = rng.normal(size=(2, 3))
    spec = OptimizerSpec(name, momentum=0.8, beta1=0.85, beta2=0.99, eps=1e-7)
    p = p0.copy()
    state = optimizers.new_state(spec, [p])
    for t, g in enumerate(grads, start=1):
        optimizers.apply(spec, state, [p], [g.copy()], 0.3, t)
        expected = np.vectorize(lambda p0_, *gs: _reference_optimizer(name, gs, p0_, 0.3, 0.8, 0.85, 0.99, 1e-7)[-1])(
            p0, *grads[:t])
        np.testing.assert_allclose(p, expected, rtol=1e-13, atol=1e-15)


def test_batch_order_is_the_stated_generator():
    order = BatchOrder(7, 3, seed=4)
    rng = np.random.RandomState(5)  # seed + 1
    expected = []
    for _ in range(4):  # epochs: 3 batches of 3, 3, 1 rows
        perm = rng.permutation(7)
        expected += [perm[0:3], perm[3:6], perm[6:7]]
    got = [order.rows(t) for t in range(12)]
    for e, g in zip(expected, got):
        np.testing.assert_array_equal(e, g)
    np.testing.assert_array_equal(order.rows(1), expected[1])  # going back draws again from the start
    assert BatchOrder(4, None, 1).full and BatchOrder(4, 9, 1).full
    with pytest.raises(ValueError, match="at least 1"):
        BatchOrder(4, 0, 1)


def _reference_training(X, Y, sizes, seed, lr, iterations, *, output, loss, l2, optimizer, batch, bias, mu=0.9):
    """An independent, plain-Python version of the whole rule (as a student would write it)."""
    rng = np.random.RandomState(seed)
    W = [2 * rng.random_sample((a, b)) - 1 for a, b in zip(sizes[:-1], sizes[1:])]
    B = [np.zeros((1, n)) for n in sizes[1:]] if bias else []
    params = W + B
    v = [np.zeros_like(p) for p in params]
    m = [np.zeros_like(p) for p in params]
    s = [np.zeros_like(p) for p in params]
    batches = np.random.RandomState(seed + 1)
    n = len(X)
    schedule = []
    errors = []
    for it in range(iterations):
        if not schedule:
            perm = batches.permutation(n) if batch < n else np.arange(n)
            schedule = [perm[i:i + batch] for i in range(0, n, batch)]
        rows = schedule.pop(0)
        xb, yb = X[rows], Y[rows]
        layers = [xb]
        for k, w in enumerate(W):
            z = layers[-1] @ w + (B[k] if bias else 0)
            if k < len(W) - 1:
                layers.append(1 / (1 + np.exp(-z)))
            elif output == "softmax":
                e = np.exp(z - z.max(axis=1, keepdims=True))
                layers.append(e / e.sum(axis=1, keepdims=True))
            elif output == "linear":
                layers.append(z)
            else:
                layers.append(1 / (1 + np.exp(-z)))
        out = layers[-1]
        errors.append(np.mean(np.abs(yb - out)))
        delta = (yb - out) * out * (1 - out) if loss == "notebook" else yb - out
        deltas = [delta]
        for k in range(len(W) - 1, 0, -1):
            deltas.insert(0, (deltas[0] @ W[k].T) * layers[k] * (1 - layers[k]))
        g = [layers[k].T @ deltas[k] - l2 * W[k] for k in range(len(W))]
        g += [d.sum(axis=0, keepdims=True) for d in deltas] if bias else []
        t = it + 1
        for i, p in enumerate(params):
            if optimizer == "gd":
                p += lr * g[i]
            elif optimizer == "momentum":
                v[i] = mu * v[i] + g[i]
                p += lr * v[i]
            else:
                m[i] = 0.9 * m[i] + 0.1 * g[i]
                s[i] = 0.999 * s[i] + 0.001 * g[i] ** 2
                p += lr * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(s[i] / (1 - 0.999 ** t)) + 1e-8)
    return W, errors


THREE_CLASSES = np.array([[0, 0, 1, 0, 0], [0, 1, 0, 1, 0], [1, 0, 0, 0, 1], [1, 1, 1, 0, 0],
                          [0.5, 0, 0, 1, 0], [0, 0.5, 0, 0, 1]], dtype=float)

CASES = [
    dict(output="softmax", loss="cross-entropy", l2=0.01, optimizer="adam", batch=2, bias=True),
    dict(output="sigmoid", loss="cross-entropy", l2=0.0, optimizer="momentum", batch=4, bias=False),
    dict(output="sigmoid", loss="notebook", l2=0.05, optimizer="gd", batch=6, bias=True),
    dict(output="linear", loss="squared", l2=0.0, optimizer="gd", batch=3, bias=True),
]


def _three_class(output):
    X, Y = THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:]
    if output == "linear":
        Y = Y * 5 - 1
    elif output == "sigmoid":
        Y = Y[:, :2]
    return X, Y


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['output']}-{c['optimizer']}-b{c['batch']}")
def test_trainer_matches_an_independent_reference(case):
    X, Y = _three_class(case["output"])
    sizes = [2, 4, Y.shape[1]]
    W_ref, errors_ref = _reference_training(X, Y, sizes, 3, 0.2, 40, **case)
    rule = Rule(case["output"], case["loss"], case["l2"], OptimizerSpec(case["optimizer"]), case["batch"])
    net = Network(sizes, bias=case["bias"], seed=3, learning_rate=0.2, rule=rule)
    trainer = Trainer(net, X, Y, log_every=1)
    trainer.run(40)
    np.testing.assert_allclose(trainer.history.logged[1], errors_ref, rtol=0, atol=1e-12)
    for w, r in zip(net.weights, W_ref):
        np.testing.assert_allclose(w, r, rtol=0, atol=1e-12)


def _settings(**kw):
    return Settings(hidden=(3,), iterations=60, learning_rate=0.3, seed=2, log_every=5, bias=True, **kw)


@pytest.mark.parametrize("kw", [
    dict(output="softmax", loss="cross-entropy", optimizer="adam", batch_size=2, l2=0.01),
    dict(output="sigmoid", loss="cross-entropy", optimizer="momentum", momentum=0.5, batch_size=3),
    dict(output="sigmoid", loss="notebook", l2=0.1),
])
def test_a_study_equals_single_trainings_with_any_rule(kw):
    ds = Dataset.from_arrays(THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:] if kw["output"] == "softmax"
                             else THREE_CLASSES[:, 2:3])
    ds.test = np.array([0, 0, 0, 0, 1, 0], dtype=bool)
    settings = _settings(**kw)
    study = Study(ds, settings, 4, record_every=5)
    study.run()
    its, errs = study.recorded
    finals, tests = study.final_errors(), study.final_test_errors()
    for j in range(4):
        trainer = Trainer.from_settings(ds, settings.with_(seed=settings.seed + j))
        trainer.run(settings.iterations)
        np.testing.assert_allclose(errs[j], trainer.history.logged[1], rtol=0, atol=1e-12)
        assert finals[j] == pytest.approx(trainer.final_error(), abs=1e-12)
        assert tests[j] == pytest.approx(trainer.test_error(), abs=1e-12)
        for w, s in zip(trainer.network.weights, study.network(j).weights):
            np.testing.assert_allclose(w, s, rtol=0, atol=1e-12)


def test_held_out_rows_are_not_trained_on_and_their_error_is_recorded():
    ds = Dataset.from_arrays(THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:3])
    ds.test = np.array([0, 1, 0, 0, 1, 0], dtype=bool)
    settings = _settings(output="sigmoid", loss="cross-entropy")
    trainer = Trainer.from_settings(ds, settings)
    assert len(trainer.X) == 4 and len(trainer.X_test) == 2
    # replay by hand: the test error at iteration i is from the weights before update i
    net = Network([2, 3, 1], bias=True, seed=2, learning_rate=0.3, rule=Rule.from_settings(settings))
    X_train, Y_train, X_test, Y_test = ds.split()
    expected_test, expected_loss = [], []
    for i in range(settings.iterations):
        if i % settings.log_every == 0:
            expected_test.append(np.mean(np.abs(Y_test - net.predict(X_test))))
            a, z = rules.forward(net.weights, net.biases, net.activation, "sigmoid", X_train)
            expected_loss.append(losses.loss_value("sigmoid", "cross-entropy", z, a[-1], Y_train))
        net.step(X_train, Y_train)
    trainer.run(settings.iterations)
    np.testing.assert_allclose(trainer.history.logged_test, expected_test, rtol=0, atol=1e-12)
    np.testing.assert_allclose(trainer.history.logged_loss, expected_loss, rtol=1e-12)
    assert trainer.test_error() == pytest.approx(np.mean(np.abs(Y_test - net.predict(X_test))), abs=1e-12)


def test_the_default_rule_is_the_notebook_loop_bit_for_bit():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    Y = np.array([[0], [1], [1], [0]], dtype=float)
    plain = Trainer(Network([3, 4, 1], seed=1), X, Y, log_every=100)
    full_batch = Trainer(Network([3, 4, 1], seed=1, rule=Rule(batch_size=4)), X, Y, log_every=100)
    plain.run(1000)
    full_batch.run(1000)
    assert plain.history.logged[1].tolist() == full_batch.history.logged[1].tolist()
    assert all(np.array_equal(a, b) for a, b in zip(plain.network.weights, full_batch.network.weights))
    start = 0.5 * np.sum((Y - Network([3, 4, 1], seed=1).predict(X)) ** 2)  # the notebook's loss, iteration 0
    assert plain.history.logged_loss[0] == pytest.approx(start, rel=1e-12)
    assert np.isnan(plain.history.logged_test).all()


def test_resuming_continues_momentum_and_batches_exactly():
    X, Y = _three_class("softmax")
    rule = Rule("softmax", "cross-entropy", 0.0, OptimizerSpec("momentum"), 4)
    once = Trainer(Network([2, 3, 3], seed=1, rule=rule), X, Y, log_every=7)
    once.run(50)
    twice = Trainer(Network([2, 3, 3], seed=1, rule=rule), X, Y, log_every=7)
    twice.run(23)
    state = twice.network.get_state()
    resumed = Network([2, 3, 3], seed=1, rule=rule)
    resumed.set_state(state["weights"], state["biases"], state["optimizer"])
    again = Trainer(resumed, X, Y, log_every=7)
    again.iteration = 23
    again.run(50)
    assert all(np.array_equal(a, b) for a, b in zip(once.network.weights, again.network.weights))


@pytest.mark.parametrize("kw,message", [
    (dict(output="softmax", loss="notebook"), "cannot learn with the notebook loss"),
    (dict(output="linear", loss="cross-entropy"), "cannot learn with the cross-entropy loss"),
    (dict(output="tanh"), "unknown output"),
    (dict(batch_size=0), "batch size must be between 1 and 1,000,000"),
    (dict(optimizer="sgd"), "unknown optimizer"),
    (dict(momentum=1.0), "momentum must be"),
    (dict(beta2=-0.1), "beta2 must be"),
    (dict(eps=0.0), "eps must be"),
    (dict(l2=-1.0), "L2 weight decay"),
    (dict(l2=float("nan")), "L2 weight decay"),
])
def test_bad_settings_are_refused_with_a_clear_message(kw, message):
    problems = Settings(**kw).problems()
    assert any(message in p for p in problems), problems


def test_targets_that_do_not_fit_the_output_are_refused():
    one_target = Settings(output="softmax", loss="cross-entropy")
    assert "at least 2 target columns" in one_target.data_problems(np.array([[1.0], [0.0]]))[0]
    not_one_hot = one_target.data_problems(np.array([[1.0, 0.0], [1.0, 1.0], [0.5, 0.5]]))
    assert not_one_hot == ["row 2: a softmax output needs one-hot targets (one 1, the rest 0) (1 more rows too)"]
    assert one_target.data_problems(np.eye(3)) == []
    ds = Dataset.from_arrays([[0.0], [1.0]], [[2.5], [-1.0]])
    assert "row 1, column 2 ('y'): targets must lie between 0 and 1 (the output is a sigmoid)" in [
        p.describe(ds.names) for p in ds.problems()]
    assert ds.problems(output="linear") == []
    ds.test = np.array([True, True])
    assert "every row is marked test" in ds.problems(output="linear")[0].reason


def test_all_combinations_train_without_warnings_and_stay_finite():
    X, Y3 = _three_class("softmax")
    for (output, loss), opt, batch in itertools.product(PAIRS, optimizers.OPTIMIZERS, [None, 2]):
        X_, Y = _three_class(output)
        net = Network([2, 3, Y.shape[1]], seed=1, bias=True, rule=Rule(output, loss, 0.01, OptimizerSpec(opt), batch),
                      learning_rate=0.05)
        err = Trainer(net, X_, Y, log_every=10)
        err.run(30)
        assert net.is_finite() and np.isfinite(err.history.logged[1]).all()


def test_with_the_defaults_the_notebooks_six_errors_are_bit_identical():
    """The notebook's second cell as written (integer arrays, np.random.seed) against the engine, exactly."""
    from playground.core.data.presets import get_preset

    def nonlin(x, deriv=False):
        return x * (1 - x) if deriv else 1 / (1 + np.exp(-x))

    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0, 0, 1, 1]]).T
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    printed = []
    for j in range(60000):
        l1 = nonlin(np.dot(X, syn0))
        l2 = nonlin(np.dot(l1, syn1))
        l2_error = y - l2
        if j % 10000 == 0:
            printed.append(np.mean(np.abs(l2_error)))
        l2_delta = l2_error * nonlin(l2, deriv=True)
        l1_delta = l2_delta.dot(syn1.T) * nonlin(l1, deriv=True)
        syn1 += l1.T.dot(l2_delta)
        syn0 += X.T.dot(l1_delta)
    preset = get_preset("notebook")
    assert preset.settings.is_notebook_rule
    trainer = Trainer.from_settings(preset.dataset(), preset.settings)
    trainer.run(preset.settings.iterations)
    assert trainer.history.logged[1].tolist() == printed  # bit for bit, not approximately
    assert np.array_equal(trainer.network.weights[0], syn0) and np.array_equal(trainer.network.weights[1], syn1)

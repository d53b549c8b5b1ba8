"""The exported script's functions, weights, loop and outputs (export_loop.loop_lines), run as written.

The lines come from the one description of a step; run here on the notebook's data they must train as the
app does: the notebook's Error: lines and outputs for default settings, and the app's Network weights for
settings the notebook never had (bias, two hidden layers, Adam, mini-batches).
"""

import io
from contextlib import redirect_stdout

import numpy as np
import pytest

from playground.core.data.presets import get_preset
from playground.core.explain.export_loop import Tagged, loop_lines, quantity_of
from playground.core.nn import step
from playground.core.nn.network import Network
from playground.core.training.training import Trainer
from tests.core.test_network import NOTEBOOK_ERRORS


def text(line) -> str:
    return line.text if isinstance(line, Tagged) else line


def run_lines(settings, X, Y, *, X_test=None, Y_test=None):
    """Runs the three cells on X, Y (our own generated code, in a fresh namespace): (printed text, namespace)."""
    sizes = [X.shape[1], *settings.hidden, Y.shape[1]]
    batched = settings.batch_size is not None and settings.batch_size < len(X)
    cells = loop_lines(settings, sizes, batched=batched, has_test=X_test is not None, n_rows=len(X))
    source = "\n".join(text(line) for cell in cells for line in cell)
    namespace = {"np": np, "X": X, "y": Y}
    if X_test is not None:
        namespace |= {"X_test": X_test, "y_test": Y_test}
    printed = io.StringIO()
    with redirect_stdout(printed):
        exec(compile(source, "<exported>", "exec"), namespace)  # noqa: S102 - code we generated ourselves
    return printed.getvalue(), namespace


def notebook(**changes):
    p = get_preset("notebook")
    X, Y, _, _ = p.dataset().split()
    return X, Y, p.settings.with_(**changes)


def test_the_default_loop_prints_the_notebooks_errors_and_outputs():
    X, Y, s = notebook()
    printed, ns = run_lines(s, X, Y)
    errors = [float(line.split(":", 1)[1]) for line in printed.splitlines() if line.startswith("Error:")]
    # equal up to the last bits: NumPy's reductions may round differently from the app's in-place step
    assert errors == pytest.approx(NOTEBOOK_ERRORS, abs=1e-12)
    np.testing.assert_array_equal(np.round(ns["l2"]), Y)  # trained: every output on its target
    assert "Output After Training:" in printed


@pytest.mark.parametrize("changes", [dict(bias=True, hidden=(3, 2), iterations=300),
                                     dict(optimizer="adam", bias=True, iterations=200),
                                     dict(optimizer="momentum", iterations=200),
                                     dict(batch_size=2, iterations=100)])
def test_other_settings_train_as_the_apps_network(changes):
    X, Y, s = notebook(**changes)
    _, ns = run_lines(s, X, Y)
    net = Network.from_settings(s, X.shape[1], Y.shape[1])
    with np.errstate(over="ignore"):
        net.steps(X, Y, s.iterations)
    for k, w in enumerate(net.weights):
        np.testing.assert_allclose(ns[f"syn{k}"], w, rtol=1e-12, atol=1e-14)
    if s.bias:
        for k, b in enumerate(net.biases):
            np.testing.assert_allclose(ns[f"b{k + 1}"], b, rtol=1e-12, atol=1e-14)


def test_held_out_rows_get_a_predict_function_and_test_error_lines():
    X, Y, s = notebook(iterations=120, log_every=40)
    printed, ns = run_lines(s, X[:3], Y[:3], X_test=X[3:], Y_test=Y[3:])
    assert sum(line.startswith("Test error:") for line in printed.splitlines()) == 3
    final = ns["predict"](X[3:])
    assert final.shape == (1, 1)
    np.testing.assert_array_equal(final, ns["predict"](ns["X_test"]))
    assert "Test outputs:" in printed


def test_every_update_line_is_tagged_with_the_quantity_it_assigns():
    X, Y, s = notebook(bias=True, hidden=(3,), optimizer="adam", iterations=10)
    setup, loop, _ = loop_lines(s, [X.shape[1], 3, Y.shape[1]], batched=False, has_test=False, n_rows=len(X))
    setup_tags = {line.quantity for line in setup if isinstance(line, Tagged)}
    assert setup_tags == {"syn0", "syn1", "b1", "b2"}
    loop_tags = [line.quantity for line in loop if isinstance(line, Tagged)]
    assert len(loop_tags) == len(set(loop_tags))  # one line per quantity: the line map can find each
    assert {"l1", "l2", "l2_error", "l2_delta", "syn0 update", "syn1 update", "b1 update", "b2 update"} <= set(loop_tags)
    for line in loop:
        if isinstance(line, Tagged) and line.quantity.endswith(" update"):
            assert line.text.strip().startswith(line.quantity.split()[0])  # the line assigns that parameter


def test_a_bias_line_is_named_after_the_bias_not_its_weight_matrix():
    _, _, s = notebook(bias=True)
    spec = step.StepSpec.from_settings(s, n_rows=4)
    names = {quantity_of(line) for line in step.lines(spec, step.SCRIPT)}
    assert {"b1 update", "b2 update", "syn0 update", "syn1 update"} <= names


@pytest.mark.parametrize("preset, changes", [("overfitting", dict(iterations=600, log_every=100)),
                                             ("overfitting", dict(iterations=600, log_every=100, batch_size=4,
                                                                  optimizer="adam", bias=True))])
def test_the_printed_error_lines_are_the_apps_error_lines(preset, changes):
    """The Error: and Test error: lines the exported loop prints are those the app logs for the same run."""
    p = get_preset(preset)
    dataset, s = p.dataset(), p.settings.with_(**changes)
    X, Y, X_test, Y_test = dataset.split()
    assert len(X_test)  # the preset holds rows out
    printed, _ = run_lines(s, X, Y, X_test=X_test, Y_test=Y_test)
    lines = printed.splitlines()
    errors = [float(line.split(":", 1)[1]) for line in lines if line.startswith("Error:")]
    tests = [float(line.split(":", 1)[1]) for line in lines if line.startswith("Test error:")]
    trainer = Trainer.from_settings(dataset, s)
    trainer.run(s.iterations)
    iterations, app_errors = trainer.history.logged
    assert iterations.tolist() == list(range(0, s.iterations, s.log_every))
    assert errors == pytest.approx(app_errors.tolist(), abs=1e-12)
    assert tests == pytest.approx(trainer.history.logged_test.tolist(), abs=1e-12)


@pytest.mark.parametrize("preset, changes", [
    ("notebook-single", dict(iterations=300)),  # no hidden layer
    ("three-classes", dict(iterations=200)),  # softmax with cross-entropy, three targets
    ("saturated-cross-entropy", dict(iterations=200)),
    ("xor", dict(iterations=300, activation="tanh", bias=True, l2=0.001)),
    ("xor", dict(iterations=300, activation="relu", output="linear", loss="squared", hidden=(5, 3))),
    ("mini-batches", dict(iterations=50, optimizer="momentum")),
])
def test_every_form_of_the_step_trains_as_the_apps_trainer(preset, changes):
    p = get_preset(preset)
    dataset, s = p.dataset(), p.settings.with_(**changes)
    assert not s.problems()
    X, Y, X_test, Y_test = dataset.split()
    has_test = len(X_test) > 0
    _, ns = run_lines(s, X, Y, X_test=X_test if has_test else None, Y_test=Y_test if has_test else None)
    trainer = Trainer.from_settings(dataset, s)
    trainer.run(s.iterations)
    for k, w in enumerate(trainer.network.weights):
        np.testing.assert_allclose(ns[f"syn{k}"], w, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(ns[f"l{len(s.hidden) + 1}"], trainer.network.predict(X), rtol=1e-10, atol=1e-12)

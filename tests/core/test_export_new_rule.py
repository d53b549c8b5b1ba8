"""A new update rule or activation is one entry in the step's tables: the export follows it with no edit of its own.

RMSprop, made up here as one ``OptimizerRule`` (its numbers, its code, its maths) and allowed as a
choice, is exported as a script that keeps the running average ``s_syn0`` and reaches the engine's
weights and printed errors to 1e-12, and the script's line map has its lines. A leaky ReLU, one
``Activation``, likewise (with plain gradient descent the engine runs its fast notebook loop).
"""

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest

from playground.core.nn import activations

from playground.core.nn import optimizers

from playground.core.data import settings as settings_module
from playground.core.explain.export import script_with_lines
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer

TOL = 1e-12


def _rmsprop(spec, p, g, slots, lr, t):
    s = slots["s"]
    s *= spec.beta2
    s += (1 - spec.beta2) * (g * g)
    p += lr * g / (np.sqrt(s) + spec.eps)


RMSPROP = optimizers.OptimizerRule(
    "rmsprop", _rmsprop, (("s", "rho*s_{p} + (1-rho)*{g}**2"),), "{lr}{g} / (np.sqrt(s_{p}) + eps)",
    "s = rho * s + (1 - rho) * g^2;  W += lr * g / (sqrt(s) + eps)", (("rho", "beta2"), ("eps", "eps")))


@pytest.fixture
def with_rmsprop(monkeypatch):
    """RMSprop as one more optimiser: its table entry, and the settings' list of choices."""
    monkeypatch.setitem(optimizers.OPTIMIZER_RULES, "rmsprop", RMSPROP)
    fields = tuple(dataclasses.replace(f, choices=f.choices + ("rmsprop",)) if f.name == "optimizer" else f
                   for f in settings_module.FIELDS)
    monkeypatch.setattr(settings_module, "FIELDS", fields)


@pytest.mark.parametrize("bias, batch_size, l2", [(False, None, 0.0), (True, 3, 0.01)])
def test_a_made_up_optimiser_is_exported_and_reaches_the_engines_numbers(with_rmsprop, tmp_path, bias, batch_size, l2):
    dataset = get_preset("xor").dataset()
    settings = Settings(hidden=(3,), iterations=40, log_every=10, learning_rate=0.05, seed=2, bias=bias,
                        optimizer="rmsprop", beta2=0.9, eps=1e-6, batch_size=batch_size, l2=l2)
    assert settings.problems() == []
    script = script_with_lines(dataset, settings)
    text = script.text.splitlines()
    assert "rho = 0.9" in text and "eps = 1e-06" in text and "s_syn0 = np.zeros_like(syn0)" in text
    assert text[script.line_of("s_syn1") - 1] == "    s_syn1 = rho*s_syn1 + (1-rho)*(l1.T.dot(l2_delta)" + (
        " - lam*syn1" if l2 else "") + ")**2"
    assert text[script.line_of("syn1 update") - 1].startswith("    syn1 += alpha * (l1.T.dot(l2_delta)")
    if bias:
        assert text[script.line_of("s_b1") - 1] == "    s_b1 = rho*s_b1 + (1-rho)*(l1_delta.sum(axis=0))**2"

    probe = "\nimport json\nprint('PROBE', json.dumps([syn0.tolist(), syn1.tolist()]))\n"
    path = tmp_path / "rmsprop.py"
    path.write_text(script.text + probe, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr

    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    assert sorted(trainer.network.optimizer_state) == ["s"]  # the engine keeps RMSprop's state
    lines = done.stdout.splitlines()
    errors = [float(ln[len("Error:"):]) for ln in lines if ln.startswith("Error:")]
    np.testing.assert_allclose(errors, trainer.history.logged[1], rtol=0, atol=TOL)
    weights = json.loads(next(ln for ln in lines if ln.startswith("PROBE "))[len("PROBE "):])
    for got, want in zip(weights, trainer.network.weights):
        np.testing.assert_allclose(got, want, rtol=0, atol=TOL)
    # not the plain step: the made-up rule really changed the numbers
    plain = Trainer.from_settings(dataset, settings.with_(optimizer="gd"))
    plain.run(settings.iterations)
    assert np.abs(plain.network.weights[0] - trainer.network.weights[0]).max() > 1e-3


def _leaky(z, out=None):
    return np.maximum(z, 0.1 * z, out=out)


def _leaky_slope(a, out=None):
    return np.add(a > 0, 0.1 * (a <= 0), out=out)


LEAKY = activations.Activation("leaky", _leaky, _leaky_slope, "np.maximum(x, 0.1*x)", "(x > 0) + 0.1*(x <= 0)",
                               "np.maximum({0}, 0.1*{0})", "(({0} > 0) + 0.1*({0} <= 0))", "max({0}, 0.1 {0})",
                               "1 if {0} > 0 else 0.1")


@pytest.fixture
def with_leaky(monkeypatch):
    """A leaky ReLU as one more activation: its table entry, and the settings' list of choices."""
    monkeypatch.setitem(activations.ACTIVATIONS, "leaky", LEAKY)
    fields = tuple(dataclasses.replace(f, choices=f.choices + ("leaky",)) if f.name == "activation" else f
                   for f in settings_module.FIELDS)
    monkeypatch.setattr(settings_module, "FIELDS", fields)


@pytest.mark.parametrize("optimizer", ["gd", "momentum"])  # gd: the engine's fast notebook loop
def test_a_made_up_activation_is_exported_and_reaches_the_engines_numbers(with_leaky, tmp_path, optimizer):
    dataset = get_preset("xor").dataset()
    settings = Settings(hidden=(4, 3), iterations=30, log_every=10, learning_rate=0.5, seed=5, activation="leaky",
                        optimizer=optimizer)
    assert settings.problems() == []
    script = script_with_lines(dataset, settings)
    text = script.text.splitlines()
    assert text[script.line_of("l1") - 1] == "    l1 = np.maximum(np.dot(l0, syn0), 0.1*np.dot(l0, syn0))"
    assert text[script.line_of("l1_delta") - 1] == "    l1_delta = l1_error * ((l1 > 0) + 0.1*(l1 <= 0))"

    probe = "\nimport json\nprint('PROBE', json.dumps([w.tolist() for w in (syn0, syn1, syn2)]))\n"
    path = tmp_path / "leaky.py"
    path.write_text(script.text + probe, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr

    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    lines = done.stdout.splitlines()
    errors = [float(ln[len("Error:"):]) for ln in lines if ln.startswith("Error:")]
    np.testing.assert_allclose(errors, trainer.history.logged[1], rtol=0, atol=TOL)
    weights = json.loads(next(ln for ln in lines if ln.startswith("PROBE "))[len("PROBE "):])
    for got, want in zip(weights, trainer.network.weights):
        np.testing.assert_allclose(got, want, rtol=0, atol=TOL)

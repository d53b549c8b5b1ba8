"""The exported script as one form of the training step: for every combination of activation × output and
loss × optimiser × batch × L2 × bias × depth, the script, run as a program, prints the engine's Error: lines
and ends with the engine's weights, optimiser state and outputs, to 1e-12.

One script is written per combination; one Python subprocess (tests/core/script_runner.py) runs them all,
each in a fresh namespace as ``python script.py`` would, so NumPy starts once instead of 864 times.
"""

import itertools
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from playground.core.activations import ACTIVATIONS
from playground.core.export import python_script
from playground.core.losses import PAIRS
from playground.core.optimizers import OPTIMIZERS
from playground.core.settings import Settings
from playground.core.training import Trainer
from tests.core.test_export_line_map import three_classes

TOL = 1e-12
ITERATIONS, LOG_EVERY = 7, 3  # errors printed at 0, 3, 6; with batches of 2 of 5 rows, three epochs
RUNNER = os.path.join(os.path.dirname(__file__), "script_runner.py")

RULES = [(activation, output, loss, optimizer) for activation in sorted(ACTIVATIONS)
         for (output, loss) in sorted(PAIRS) for optimizer in OPTIMIZERS]
SHAPES = list(itertools.product([(), (3,), (3, 2)], [False, True], [None, 2], [0.0, 0.01]))  # depth, bias, batch, L2


def settings_of(rule, shape) -> Settings:
    activation, output, loss, optimizer = rule
    hidden, bias, batch_size, l2 = shape
    return Settings(hidden=hidden, iterations=ITERATIONS, log_every=LOG_EVERY, learning_rate=0.5, seed=7,
                    activation=activation, output=output, loss=loss, optimizer=optimizer, momentum=0.8,
                    bias=bias, batch_size=batch_size, l2=l2)


def reported_names(settings: Settings) -> list[str]:
    """The script's variables to compare: weights, biases, optimiser state, the final outputs."""
    L = len(settings.hidden) + 1
    params = [f"syn{k}" for k in range(L)] + ([f"b{k}" for k in range(1, L + 1)] if settings.bias else [])
    slots = {"gd": [], "momentum": ["v"], "adam": ["m", "s"]}[settings.optimizer]
    return params + [f"{slot}_{p}" for slot in slots for p in params] + [f"l{L}"]


@pytest.fixture(scope="module")
def script_results(tmp_path_factory):
    """What every combination's exported script printed and computed, by (rule, shape)."""
    folder = tmp_path_factory.mktemp("export-forms")
    dataset = three_classes()
    jobs, keys = [], []
    for n, (rule, shape) in enumerate(itertools.product(RULES, SHAPES)):
        settings = settings_of(rule, shape)
        path = folder / f"experiment_{n}.py"
        path.write_text(python_script(dataset, settings), encoding="utf-8")
        jobs.append({"path": str(path), "names": reported_names(settings)})
        keys.append((rule, shape))
    (folder / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", RUNNER, str(folder / "jobs.json"), str(folder / "results.json")],
                          capture_output=True, text=True, cwd=folder, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # no warning from any script
    results = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    return dict(zip(keys, results))


def engine(dataset, settings: Settings) -> dict:
    """The same numbers from the app's engine: logged errors, final weights, optimiser state, outputs."""
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    net = trainer.network
    L = net.n_layers
    params = {f"syn{k}": w for k, w in enumerate(net.weights)}
    params.update({f"b{k + 1}": b for k, b in enumerate(net.biases or [])})
    names = list(params)
    values = dict(params)
    for slot, arrays in net.optimizer_state.items():
        values.update({f"{slot}_{p}": a for p, a in zip(names, arrays)})
    values[f"l{L}"] = net.predict(trainer.X)
    return {"errors": trainer.history.logged[1], "test": trainer.history.logged_test, "values": values,
            "iterations": net.t}


@pytest.mark.parametrize("rule", RULES, ids=["-".join(r) for r in RULES])
def test_the_exported_script_computes_the_engines_numbers(script_results, rule):
    dataset = three_classes()
    for shape in SHAPES:
        settings = settings_of(rule, shape)
        got = script_results[(rule, shape)]
        want = engine(dataset, settings)
        assert want["iterations"] == ITERATIONS
        lines = got["stdout"].splitlines()
        errors = [float(ln[len("Error:"):]) for ln in lines if ln.startswith("Error:")]
        np.testing.assert_allclose(errors, want["errors"], rtol=0, atol=TOL, err_msg=str(shape))
        tests = [float(ln[len("Test error:"):]) for ln in lines if ln.startswith("Test error:")]
        np.testing.assert_allclose(tests, want["test"], rtol=0, atol=TOL, err_msg=str(shape))
        assert len(errors) == len(tests) == -(-ITERATIONS // LOG_EVERY)
        assert set(got["values"]) == set(want["values"]), shape
        for name, value in want["values"].items():
            np.testing.assert_allclose(np.array(got["values"][name]).reshape(np.shape(value)), value, rtol=0,
                                       atol=TOL, err_msg=f"{name} {shape}")

"""The exported script as one more form of the training step (tests/core/test_step_forms.py's forms).

For every combination of activation × output and loss × optimiser × batch × L2 × bias × depth
(test_step_forms.ALL) and each of its networks (a seed and a learning rate each), the script that
File > Export > Python script writes is run as a program; its final weights and biases equal the
single network's after the same steps (test_step_forms.single_form) to 1e-12, and its printed
``Error:`` lines, optimiser state and outputs equal the engine's (Trainer) too.

One script is written per network; one Python subprocess (tests/core/script_runner.py) runs them all,
each in a fresh namespace as ``python script.py`` would, so NumPy starts once instead of thousands of times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from playground.core.nn.activations import ACTIVATIONS
from playground.core.data.dataset import Dataset
from playground.core.explain.export import python_script
from playground.core.nn.optimizers import OPTIMIZERS
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer
from tests.core.test_step_forms import ALL, NETWORKS, QUICK, STEPS, Case, assert_forms_agree

TOL = 1e-12
RUNNER = os.path.join(os.path.dirname(__file__), "script_runner.py")


def dataset_of(case: Case) -> Dataset:
    X, Y = case.data()
    return Dataset.from_arrays(X, Y)


def settings_of(case: Case, seed: int, lr: float) -> Settings:
    return case.settings(seed, lr).with_(iterations=STEPS, log_every=1)  # every step prints its Error: line


def names(settings: Settings) -> tuple[list[str], list[str]]:
    """(the parameters: weights then biases, the optimiser's state arrays) as the script names them."""
    L = len(settings.hidden) + 1
    params = [f"syn{k}" for k in range(L)] + ([f"b{k}" for k in range(1, L + 1)] if settings.bias else [])
    slots = {"gd": [], "momentum": ["v"], "adam": ["m", "s"]}[settings.optimizer]
    return params, [f"{slot}_{p}" for slot in slots for p in params]


def run_scripts(cases: list[Case], folder) -> dict:
    """Every network's exported script of these cases, run by one subprocess: {(case, seed, lr): result}."""
    jobs, keys = [], []
    for case in cases:
        dataset = dataset_of(case)
        for seed, lr in NETWORKS:
            settings = settings_of(case, seed, lr)
            path = folder / f"experiment_{len(jobs)}.py"
            path.write_text(python_script(dataset, settings), encoding="utf-8")
            params, state = names(settings)
            jobs.append({"path": str(path), "names": params + state + [f"l{len(settings.hidden) + 1}"]})
            keys.append((case, seed, lr))
    (folder / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", RUNNER, str(folder / "jobs.json"), str(folder / "results.json")],
                          capture_output=True, text=True, cwd=folder, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # no warning from any script
    return dict(zip(keys, json.loads((folder / "results.json").read_text(encoding="utf-8"))))


def script_form(runs: dict):
    """test_step_forms's form: the parameters each network's script ends with."""
    def form(case: Case, steps: int) -> list[list[np.ndarray]]:
        assert steps == STEPS
        out = []
        for seed, lr in NETWORKS:
            values = runs[(case, seed, lr)]["values"]
            out.append([np.array(values[n]) for n in names(settings_of(case, seed, lr))[0]])
        return out
    return form


def check_printed_and_state(case: Case, runs: dict) -> None:
    """The script's Error: lines, optimiser state and final outputs are the engine's (Trainer's)."""
    dataset = dataset_of(case)
    for seed, lr in NETWORKS:
        settings = settings_of(case, seed, lr)
        got = runs[(case, seed, lr)]
        trainer = Trainer.from_settings(dataset, settings)
        trainer.run(STEPS)
        net = trainer.network
        where = f"{case}, seed {seed}, lr {lr}"
        errors = [float(ln[len("Error:"):]) for ln in got["stdout"].splitlines() if ln.startswith("Error:")]
        assert len(errors) == STEPS, where
        np.testing.assert_allclose(errors, trainer.history.logged[1], rtol=0, atol=TOL, err_msg=where)
        params, state = names(settings)
        for slot, arrays in net.optimizer_state.items():
            for p, value in zip(params, arrays):
                np.testing.assert_allclose(np.array(got["values"][f"{slot}_{p}"]).reshape(value.shape), value,
                                           rtol=0, atol=TOL, err_msg=f"{slot}_{p} {where}")
        assert len(state) == sum(len(a) for a in net.optimizer_state.values())
        L = net.n_layers
        np.testing.assert_allclose(np.array(got["values"][f"l{L}"]), net.predict(dataset.X), rtol=0, atol=TOL,
                                   err_msg=f"l{L} {where}")


def test_the_exported_script_is_a_form_of_the_step_on_a_few_settings(tmp_path):
    runs = run_scripts(QUICK, tmp_path)
    for case in QUICK:
        assert_forms_agree(case, {"script": script_form(runs)})
        check_printed_and_state(case, runs)


@pytest.fixture(scope="module")
def every_run(tmp_path_factory):
    return run_scripts(ALL, tmp_path_factory.mktemp("export-forms"))


@pytest.mark.slow
@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_the_exported_script_is_a_form_of_the_step_for_every_combination(every_run, activation, optimizer):
    """activation x optimiser here; output+loss x batch x L2 x bias x depth inside (96 cases, 3 networks each)."""
    cases = [c for c in ALL if c.activation == activation and c.optimizer == optimizer]
    assert len(cases) == 96
    for case in cases:
        assert_forms_agree(case, {"script": script_form(every_run)})
        check_printed_and_state(case, every_run)

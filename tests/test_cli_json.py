"""``train --json`` has ``loss`` whatever the settings: also for the notebook's own (the README said otherwise)."""

import json
import os
import subprocess
import sys

import numpy as np

from tests.core.test_network import NOTEBOOK_ERRORS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_json_has_the_loss_for_the_notebooks_default_settings():
    r = subprocess.run([sys.executable, "-m", "playground", "train", "--json"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["logged"]["errors"][0] == NOTEBOOK_ERRORS[0]  # the notebook's run, no option given
    assert len(out["logged"]["losses"]) == len(out["logged"]["errors"]) == 6
    # iteration 0 by hand: the notebook's starting weights (seed 1), its forward pass, 0.5 * sum((y - l2)^2)
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], float)
    y = np.array([[0, 0, 1, 1]], float).T
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    l2 = 1 / (1 + np.exp(-(1 / (1 + np.exp(-X @ syn0)) @ syn1)))
    assert np.mean(np.abs(y - l2)) == NOTEBOOK_ERRORS[0]
    np.testing.assert_allclose(out["logged"]["losses"][0], 0.5 * np.sum((y - l2) ** 2), rtol=1e-12)
    assert all(a > b for a, b in zip(out["logged"]["losses"], out["logged"]["losses"][1:]))  # it learns: the loss falls at every line

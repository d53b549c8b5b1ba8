"""Ghost paths (core/landscape/paths.py): other optimisers from the same start, bit for bit as training goes."""

import json
import os
import subprocess
import sys

import numpy as np

from playground.core.data.presets import get_preset
from playground.core.landscape.paths import ghost_paths, start_for
from playground.core.training.run_record import Checkpoint
from playground.core.training.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli_last_weights(*args):
    r = subprocess.run([sys.executable, "-m", "playground", "train", *args, "--json"], capture_output=True, text=True,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["last"]["weights"]


def test_ghosts_from_the_seed_end_where_nn_playground_train_ends():
    p = get_preset("notebook")
    variants = [p.settings.with_(optimizer="momentum", learning_rate=0.5), p.settings.with_(optimizer="adam",
                                                                                             learning_rate=0.05)]
    ghosts = ghost_paths(p.dataset(), None, variants, "syn0[0, 1]", "syn1[2, 0]", 300, every=7)
    assert [g.iterations.tolist() for g in ghosts] == [[*range(0, 300, 7), 300]] * 2
    for ghost, args in zip(ghosts, [("--optimizer", "momentum", "--lr", "0.5"), ("--optimizer", "adam", "--lr", "0.05")]):
        last = cli_last_weights(*args, "--iterations", "300")
        assert ghost.status == "done"
        assert ghost.x[-1] == last[0][0][1] and ghost.y[-1] == last[1][2][0]  # the very same floats
    assert ghosts[0].x[-1] != ghosts[1].x[-1]


def test_a_ghost_with_the_runs_own_settings_retraces_the_run_from_any_of_its_states():
    p = get_preset("xor")
    dataset, settings = p.dataset(), p.settings.with_(bias=True, optimizer="momentum", learning_rate=0.3)
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    trainer.run(400)
    at = Checkpoint.from_snapshot([s for s in trainer.timeline if s.iteration == 200][0])
    ghost, = ghost_paths(dataset, at, [settings], "b1[0]", "syn1[1, 0]", 200, every=50, labels=["same"])
    kept = {s.iteration: s for s in trainer.timeline}
    assert ghost.label == "same" and ghost.iterations.tolist() == [200, 250, 300, 350, 400]
    for i, it in enumerate(ghost.iterations):
        state = kept[it] if it in kept else trainer.network
        assert ghost.x[i] == float(np.reshape(state.biases[0], -1)[0]) and ghost.y[i] == float(state.weights[1][1, 0])


def test_a_start_keeps_the_optimisers_state_only_for_the_same_optimiser():
    p = get_preset("notebook")
    v = [np.ones((3, 4)), np.ones((4, 1))]
    start = Checkpoint(10, [np.zeros((3, 4)), np.zeros((4, 1))], None, {"v": v})
    assert start_for(p.settings.with_(optimizer="momentum"), start).optimizer["v"][0].tolist() == v[0].tolist()
    assert start_for(p.settings.with_(optimizer="adam"), start).optimizer is None
    diverging = ghost_paths(p.dataset(), None, [p.settings.with_(learning_rate=1e6, output="linear", loss="squared")],
                            "syn0[0, 0]", "syn0[0, 1]", 2000, every=100)[0]
    assert diverging.status == "diverged" and diverging.iterations[-1] < 2000 and np.isfinite(diverging.x).all()

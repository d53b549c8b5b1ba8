"""``nn-playground landscape`` and ``nn-playground train --sharpness`` as a user runs them (subprocesses)."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from playground.cli_landscape import DIRECTIONS
from playground.core.data.presets import get_preset
from playground.core.files import schemas
from playground.core.files.documents import Document, write_document
from playground.core.landscape.evaluate import Problem
from playground.core.training.run_record import Checkpoint, RunRecord, Series
from playground.core.training.run_record_json import check_sharpness
from playground.core.training.run_tree import RunTree
from playground.core.training.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cli(*args, code=0):
    r = subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, cwd=ROOT,
                       timeout=300, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert r.returncode == code, r.stderr
    return r


def plain_error(X, Y, weights):
    a = X
    for W in weights:
        a = 1 / (1 + np.exp(-(a @ W)))
    return np.mean(np.abs(Y - a))


def test_an_exact_slice_holds_the_errors_of_networks_with_the_two_weights_set_and_the_runs_recorded_path():
    out = json.loads(cli("landscape", "--iteration", "300", "--weights", "syn0[0, 1]", "syn1[2, 0]", "--grid", "4",
                         "--range=-5:5", "--json").stdout)
    last = json.loads(cli("train", "--iterations", "300", "--json").stdout)["last"]["weights"]
    assert out["kind"] == "exact slice" and out["axes"] == ["syn0[0, 1]", "syn1[2, 0]"] and out["iteration"] == 300
    assert out["marks"]["shown"] == [last[0][0][1], last[1][2][0]]  # the run's own numbers
    assert out["path"]["iterations"][-1] == 300 and (out["path"]["x"][-1], out["path"]["y"][-1]) == (
        last[0][0][1], last[1][2][0])
    X, Y, _, _ = get_preset("notebook").dataset().split()
    for i, x in enumerate(out["coordinates"][0]):
        for j, y in enumerate(out["coordinates"][1]):
            W = [np.array(w) for w in last]
            W[0][0, 1], W[1][2, 0] = x, y
            assert abs(out["errors"][i][j] - plain_error(X, Y, W)) <= 1e-12
    csv = cli("landscape", "--iteration", "300", "--weights", "syn0[0, 1]", "syn1[2, 0]", "--grid", "4",
              "--range=-5:5").stdout.splitlines()
    assert csv[0] == '"syn0[0, 1]","syn1[2, 0]",error,loss' and len(csv) == 17
    assert float(csv[1].split(",")[2]) == out["errors"][0][0]


def test_a_documents_history_checkpoint_is_the_state_looked_around(tmp_path):
    p = get_preset("xor")
    dataset, settings = p.dataset(), p.settings.with_(bias=True, iterations=500)
    trainer = Trainer.from_settings(dataset, settings, keep_timeline=True)
    trainer.run(500)
    h = trainer.history
    checkpoints = tuple(Checkpoint.from_snapshot(s) for s in trainer.timeline)
    record = RunRecord("r1", dataset, settings, None, Checkpoint.from_network(trainer.network), Series.of_history(h),
                       Series.of_history(h, logged=True), checkpoints, "finished")
    path = tmp_path / "run.nnp"
    write_document(path, Document(dataset, settings, runs=RunTree([record])))
    kept = checkpoints[len(checkpoints) // 2]
    out = json.loads(cli("landscape", str(path), "--iteration", str(kept.iteration), "--directions", "random",
                         "--grid", "3", "--json").stdout)
    assert out["kind"] == "projection" and out["iteration"] == kept.iteration
    assert out["path"]["iterations"] == [c.iteration for c in checkpoints if c.iteration <= kept.iteration]
    assert out["errors"][1][1] == Problem.of(dataset, settings).errors_of([kept])[0][0]  # the centre: that state
    line = json.loads(cli("landscape", str(path), "--interpolation", "--grid", "3", "--json").stdout)
    assert line["iteration"] == 500 and line["coordinates"] == [[-0.5, 0.5, 1.5]]
    assert line["path"]["iterations"][-1] == 500 and line["path"]["x"][0] == 0 and line["path"]["x"][-1] == 1


@pytest.mark.parametrize("args, words", [
    (("--weights", "syn0[0, 9]", "syn1[0, 0]"), "syn0[0, 9] does not exist: syn0 is 3 x 4"),
    (("--weights", "w[1]", "syn1[0, 0]"), "is not a weight name"),
    (("--directions", "random", "--range", "2:1"), "the first number must be below the second"),
    (("--directions", "random", "--grid", "5000"), "2 to 1001 points"),
    ((), "choose what to draw"),
])
def test_bad_input_is_one_line_naming_what_is_wrong(args, words):
    r = cli("landscape", "--iteration", "10", *args, code=2)
    assert words in r.stderr and r.stderr.count("\n") == 1 and r.stdout == ""


def test_the_help_names_every_kind_of_landscape():
    text = cli("landscape", "--help").stdout
    assert all(f"--{kind}" in text for kind in ("weights", "directions", "interpolation"))
    assert all(d in text for d in DIRECTIONS) and "--direction-seed" in text


def test_train_sharpness_adds_the_curve_to_the_run_record():
    record = json.loads(cli("train", "--preset", "xor", "--iterations", "400", "--lr", "5", "--sharpness",
                            "--sharpness-every", "50", "--json").stdout)
    assert list(schemas.validator("run_record", full=True).iter_errors(record)) == []
    curve = check_sharpness(record["sharpness"])
    assert curve["iterations"] == list(range(0, 401, 50)) and curve["edge"] == 2 / 5 and curve["every"] == 50
    assert all(curve["converged"]) and max(curve["values"]) > curve["edge"]  # this run passes the edge
    text = cli("train", "--preset", "xor", "--iterations", "400", "--lr", "5", "--sharpness", "--sharpness-every",
               "50").stdout
    assert f"400 {curve['values'][-1]!r}" in text.splitlines()
    assert "--sharpness-every needs --sharpness" in cli("train", "--sharpness-every", "5", code=2).stderr


@pytest.mark.parametrize("args,words", [
    (("--directions", "random", "--iteration=-1"), "--iteration must be 0 or more"),
    (("--directions", "random", "--direction-seed=-1"), "--direction-seed must be 0 or more"),
    (("--directions", "random", "--range=-1e308:1e308", "--grid", "3"), "weights between"),
    (("--weights", "syn0[" + "9" * 5000 + ",0]", "syn1[0,0]"), "is not a weight name"),
    (("--weights", "syn0[٣,0]", "syn1[0,0]"), "is not a weight name"),  # an Arabic-Indic 3 is not read as 3
])
def test_hostile_landscape_options_get_one_line(args, words):
    r = cli("landscape", "--preset", "xor", *args, code=2)
    assert words in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1

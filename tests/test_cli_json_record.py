"""``nn-playground train --json`` prints a run record that validates against the published schema
(playground/data/schemas/run_record.schema.json), whose numbers are the Error: lines a plain ``train`` prints."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from playground.core.files import schemas
from playground.core.files.json_checks import JsonProblem
from playground.core.training.run_record import RunRecord

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(*args):
    r = subprocess.run([sys.executable, "-m", "playground", "train", *args], capture_output=True, text=True, cwd=ROOT,
                       timeout=300, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("args", [
    (),  # the notebook's run
    ("--preset", "overfitting", "--iterations", "3000", "--log-every", "500"),  # held-out rows: test errors too
    ("--preset", "mini-batches", "--optimizer", "adam", "--lr", "0.01", "--bias"),  # Adam's state in the record
])
def test_train_json_is_a_run_record_with_the_error_lines_of_a_plain_train(args):
    record = json.loads(run(*args, "--json"))
    errors = list(schemas.validator("run_record", full=True).iter_errors(record))
    assert errors == [], [e.message[:200] for e in errors[:3]]
    lines = run(*args).splitlines()
    printed = [float(line[len("Error:"):]) for line in lines if line.startswith("Error:")]
    tests = [float(line[len("Test error:"):]) for line in lines if line.startswith("Test error:")]
    assert record["logged"]["errors"] == printed and len(printed) >= 3  # the very same floats
    if tests:
        assert record["logged"]["tests"] == tests
    else:
        assert set(record["logged"]["tests"]) == {None}  # no held-out rows: not known
    settings = record["settings"]
    assert record["logged"]["iterations"] == list(range(0, settings["iterations"], settings["log_every"]))
    assert record["last"]["iteration"] == record["summary"]["iterations"] == settings["iterations"]
    assert record["state"] == "finished" and record["summary"]["status"] == "done"
    # the reader takes it back, and what it reads is what was printed
    again = RunRecord.from_json(record)
    assert again.to_json() == {k: v for k, v in record.items() if k != "summary"}
    if settings["optimizer"] == "adam":
        assert set(record["last"]["optimizer"]) == {"m", "s"}
        assert np.array(record["last"]["optimizer"]["s"][0]).min() >= 0


@pytest.mark.parametrize("member, value, words", [
    (("last", "weights"), "none", "last.weights: expected a list, got a string"),
    (("state",), "exploded", "state: expected 'idle', 'running', 'paused', 'finished', 'diverged' or 'failed'"),
    (("curve", "errors"), [1, "x"], "curve.errors[1]: expected a number, got a string"),
])
def test_a_changed_record_is_refused_by_the_schema_naming_the_place(member, value, words):
    record = json.loads(run("--iterations", "100", "--log-every", "50", "--json"))
    schemas.check(record, "run_record", full=True)
    target = record
    for key in member[:-1]:
        target = target[key]
    target[member[-1]] = value
    with pytest.raises(JsonProblem) as refused:
        schemas.check(record, "run_record", full=True)
    assert str(refused.value).startswith(words)


DIVERGING = """x0,x1,x2,y0
-0.802,-1.324,-0.248,1
0.42,1.136,0.11,1
-0.553,-0.785,0.749,1
1.635,0.273,-1.233,0
-0.958,1.6,0.203,1
-1.732,-0.084,-1.163,0
-0.629,-0.488,-0.713,1
0.553,-0.063,-0.589,0
0.41,0.83,-1.643,0
-0.257,-0.981,-0.173,0
-1.289,0.021,-0.038,1
-0.304,-1.048,-0.396,1
-1.091,-1.355,0.225,0
-1.109,1.17,0.717,1
-1.998,0.272,-1.102,0
0.033,0.044,-1.988,0
-0.233,-0.256,0.962,1
-1.181,0.738,-1.099,0
-0.331,-0.84,1.449,1
0.568,2.432,0.642,0
0.845,0.841,-0.607,0
-0.07,1.35,-0.397,0
0.189,-0.021,0.609,0
-0.365,-0.152,0.242,0
0.103,-0.865,0.896,0
-1.298,-1.201,-1.282,1
0.967,-0.361,-0.971,1
-1.136,0.421,-1.055,0
-1.272,0.614,-1.197,0
-0.322,-0.007,-0.445,1
"""


def test_a_run_whose_last_finite_weights_give_infinite_outputs_prints_a_valid_record(tmp_path):
    """A review found a diverged run (ReLU, linear output) whose last finite weights give an output of inf:
    ``--json`` ended in a traceback. Now the output is null, as the schema says, and the record validates."""
    table = tmp_path / "diverging.csv"
    table.write_text(DIVERGING)
    r = subprocess.run([sys.executable, "-m", "playground", "train", str(table), "--iterations", "1500", "--bias",
                        "--output", "linear", "--loss", "squared", "--seed", "1", "--lr", "0.1", "--activation", "relu",
                        "--json"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 3 and "Training stopped at iteration 7" in r.stderr and "Traceback" not in r.stderr
    record = json.loads(r.stdout)
    assert record["summary"]["status"] == "diverged"
    assert None in [v for row in record["summary"]["outputs"] for v in row]  # the infinite output, as null
    errors = list(schemas.validator("run_record", full=True).iter_errors(record))
    assert errors == [], [e.message[:200] for e in errors[:3]]

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

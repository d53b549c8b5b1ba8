"""A study of K seeds is K single trainings: study seed j is `train --seed S+j`, to the last bit.

Same held-out rows (a --test-fraction is chosen by each seed), same starting weights, same
mini-batch order, same errors; and network j's numbers do not depend on which other seeds are
trained beside it, or in how many pieces the study runs.
"""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from playground import cli
from playground.core.data.held_out import held_out_mask
from playground.core.training.progress import StudyMirror
from playground.core.helper.remote import Pulse, run_study
from playground.core.training.study import Study, StudyJob
from playground.core.training.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def experiment(command: str, *args: str):
    """The dataset, settings and options the command line builds for `nn-playground COMMAND ARGS`."""
    options = cli.build_parser(command).parse_args(list(args))
    dataset, settings = cli.load_experiment(options)
    return dataset, settings, options


def single_training(args, seed: int) -> Trainer:
    """`nn-playground train ARGS --seed SEED`, as cmd_train runs it."""
    dataset, settings, _ = experiment("train", *args, "--seed", str(seed))
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    return trainer


def study_of(args, seed: int, count: int) -> Study:
    """`nn-playground study ARGS --seed SEED --seeds COUNT`, recording at every Error: line."""
    dataset, settings, options = experiment("study", *args, "--seed", str(seed), "--seeds", str(count))
    study = Study(dataset, settings, count, record_every=settings.log_every, test_fraction=options.test_fraction)
    study.run()
    return study


def assert_same_run(study: Study, j: int, trainer: Trainer) -> None:
    """Network j of the study and the single training are the same run, bit for bit."""
    its, errs = study.recorded
    logged_its, logged_errs = trainer.history.logged
    assert its.tolist() == logged_its.tolist()
    np.testing.assert_array_equal(errs[j], logged_errs)
    assert study.final_errors()[j] == trainer.final_error()
    net = study.network(j)
    for w_study, w_single in zip(net.weights, trainer.network.weights):
        np.testing.assert_array_equal(w_study, w_single)
    for b_study, b_single in zip(net.biases or [], trainer.network.biases or []):
        np.testing.assert_array_equal(b_study, b_single)
    np.testing.assert_array_equal(study.own(study.X, j), trainer.X)  # the same training rows, in order
    if trainer.X_test is None:
        assert study.final_test_errors() is None
    else:
        np.testing.assert_array_equal(study.own(study.X_test, j), trainer.X_test)
        assert study.final_test_errors()[j] == trainer.test_error()


CASES = {
    "notebook preset": ["--preset", "notebook"],
    "xor preset, the notebook's rule": ["--preset", "xor", "--iterations", "800", "--log-every", "100"],
    "notebook, a held-out fraction": ["--preset", "notebook", "--iterations", "3000", "--log-every", "500",
                                      "--test-fraction", "0.25"],
    "held-out fraction, adam, mini-batches, L2": ["--preset", "mini-batches", "--iterations", "200", "--log-every",
                                                  "20", "--test-fraction", "0.25", "--optimizer", "adam", "--lr",
                                                  "0.02", "--batch-size", "16", "--l2", "0.001"],
    "held-out fraction, momentum, mini-batches, L2, two layers": [
        "--preset", "circle", "--iterations", "150", "--log-every", "25", "--test-fraction", "0.3", "--optimizer",
        "momentum", "--lr", "0.01", "--l2", "0.01", "--batch-size", "32", "--hidden", "8,4", "--activation", "relu"],
    "held-out fraction, softmax": ["--preset", "three-classes", "--iterations", "200", "--log-every", "50",
                                   "--test-fraction", "0.2", "--batch-size", "40"],
    "the table's test rows, adam, mini-batches": ["--preset", "overfitting", "--iterations", "300", "--log-every",
                                                  "50", "--optimizer", "adam", "--lr", "0.01", "--batch-size", "5"],
    "--test-rows, the notebook's rule": ["--preset", "xor", "--iterations", "500", "--log-every", "100",
                                         "--test-rows", "2"],
}


@pytest.mark.parametrize("args", CASES.values(), ids=CASES.keys())
def test_study_seed_j_is_the_single_training_with_seed_s_plus_j(args):
    study = study_of(args, 5, 3)
    for j in range(3):
        assert_same_run(study, j, single_training(args, 5 + j))


def test_each_seed_holds_out_its_own_rows():
    """The reason the two differed: the study used seed S's held-out rows for every seed."""
    args = CASES["held-out fraction, adam, mini-batches, L2"]
    study = study_of(args, 5, 3)
    n = study.dataset.n_rows
    for j in range(3):
        held = held_out_mask(0.25, n, 5 + j)
        np.testing.assert_array_equal(study.own(study.X_test, j), study.dataset.X[held])
    assert not np.array_equal(study.own(study.X_test, 0), study.own(study.X_test, 1))


@pytest.mark.parametrize("args", [CASES["notebook, a held-out fraction"],
                                  CASES["held-out fraction, adam, mini-batches, L2"],
                                  ["--preset", "xor", "--iterations", "800", "--log-every", "100"]],
                         ids=["notebook held-out", "adam mini-batches held-out", "the notebook's fast loop"])
def test_a_seeds_numbers_do_not_depend_on_how_the_seeds_or_iterations_are_split(args):
    whole = study_of(args, 11, 6)
    parts = [study_of(args, 11, 2), study_of(args, 13, 1), study_of(args, 14, 3)]
    its, errs = whole.recorded
    np.testing.assert_array_equal(np.concatenate([p.recorded[1] for p in parts]), errs)
    np.testing.assert_array_equal(np.concatenate([p.final_errors() for p in parts]), whole.final_errors())
    if whole.final_test_errors() is not None:
        np.testing.assert_array_equal(np.concatenate([p.final_test_errors() for p in parts]),
                                      whole.final_test_errors())
    # the same study run in uneven pieces (paused and continued) ends in the same place
    dataset, settings, options = experiment("study", *args, "--seed", "11", "--seeds", "6")
    pieces = Study(dataset, settings, 6, record_every=settings.log_every, test_fraction=options.test_fraction)
    for until in (1, 7, settings.iterations // 3, settings.iterations):
        pieces.run(until)
    np.testing.assert_array_equal(pieces.recorded[1], errs)
    np.testing.assert_array_equal(pieces.final_errors(), whole.final_errors())


class _Pipe:
    def __init__(self):
        self.sent = []

    def send(self, message):
        self.sent.append(message)

    def poll(self, timeout=0):  # nothing comes from the window (no Cancel)
        return False


class _NeverStop:
    def is_set(self) -> bool:
        return False


def test_the_windows_study_job_is_single_trainings_too():
    """The window sends a StudyJob to its helper (remote.run_study); its held-out rows are the table's."""
    args = CASES["the table's test rows, adam, mini-batches"]
    dataset, settings, _ = experiment("study", *args, "--seed", "3")
    pipe = _Pipe()
    run_study(Pulse(pipe, _NeverStop()), StudyJob(dataset, settings, 3, record_every=settings.log_every))
    mirror = StudyMirror()  # the window rebuilds the study from the deltas it is sent
    for delta in pipe.sent:
        mirror.apply(delta)
    final = mirror.take()
    assert final.status == "done"
    for j in range(3):
        trainer = single_training(args, 3 + j)
        np.testing.assert_array_equal(final.recorded_errors[j], trainer.history.logged[1])
        assert final.final_errors[j] == trainer.final_error()


def _cli_json(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "playground", *args, "--json"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_command_lines_study_and_train_print_the_same_numbers():
    args = ["--preset", "mini-batches", "--iterations", "120", "--log-every", "20", "--test-fraction", "0.25",
            "--optimizer", "adam", "--lr", "0.02", "--batch-size", "16", "--l2", "0.001", "--momentum", "0.5"]
    summary = _cli_json("study", *args, "--seed", "5", "--seeds", "3")
    assert summary["seeds"] == [5, 6, 7]
    for j, seed in enumerate(summary["seeds"]):
        single = _cli_json("train", *args, "--seed", str(seed))
        assert summary["recorded_iterations"] == single["logged"]["iterations"]
        assert summary["errors"][j] == single["logged"]["errors"]  # floats through JSON: repr round-trips exactly
        assert summary["final_errors"][j] == single["summary"]["final_error"]
        assert summary["final_test_errors"][j] == single["summary"]["final_test_error"]

"""The command line beyond the notebook: --output, --loss, --l2, --optimizer, --batch-size, test rows."""

import json

import numpy as np
import pytest

from playground.core.data.dataset import Dataset
from playground.core.files.documents import Document, write_document
from playground.core.data.settings import Settings
from playground.core.training.study import Study
from playground.core.training.training import Trainer
from tests.test_cli import run

THREE_CLASSES = "x1,x2,red,green,blue\n0,0,1,0,0\n0,1,0,1,0\n1,0,0,0,1\n1,1,1,0,0\n0.5,0,0,1,0\n0,0.5,0,0,1\n"
ADVANCED = ["--output", "softmax", "--loss", "cross-entropy", "--optimizer", "adam", "--batch-size", "2",
            "--l2", "0.01", "--test-rows", "5", "--hidden", "3", "--iterations", "300", "--log-every", "50",
            "--lr", "0.05", "--bias", "--seed", "4"]


@pytest.fixture
def three_classes(tmp_path):
    path = tmp_path / "classes.csv"
    path.write_text(THREE_CLASSES)
    return path


def test_a_three_class_softmax_run_matches_the_core_and_the_study(three_classes):
    r = run("train", str(three_classes), "--targets", "3", *ADVANCED, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["summary"]["layers"] == [2, 3, 3] and out["dataset"]["test_rows"] == [4]
    assert len(out["logged"]["losses"]) == len(out["logged"]["errors"]) == len(out["logged"]["tests"]) == 6
    values = np.loadtxt(str(three_classes), delimiter=",", skiprows=1)
    ds = Dataset.from_arrays(values[:, :2], values[:, 2:], ["x1", "x2"], ["red", "green", "blue"])
    ds.test = np.arange(6) == 4
    settings = Settings(hidden=(3,), iterations=300, learning_rate=0.05, bias=True, seed=4, log_every=50,
                        output="softmax", loss="cross-entropy", optimizer="adam", batch_size=2, l2=0.01)
    trainer = Trainer.from_settings(ds, settings)
    trainer.run(settings.iterations)
    np.testing.assert_allclose(out["logged"]["errors"], trainer.history.logged[1], rtol=0, atol=1e-12)
    np.testing.assert_allclose(out["logged"]["tests"], trainer.history.logged_test, rtol=0, atol=1e-12)
    np.testing.assert_allclose(out["logged"]["losses"], trainer.history.logged_loss, rtol=1e-12)  # each batch's loss
    assert out["summary"]["final_test_error"] == pytest.approx(trainer.test_error(), abs=1e-12)
    np.testing.assert_allclose(np.sum(out["summary"]["outputs"], axis=1), 1.0)  # softmax rows are probabilities
    study = Study(ds, settings, 2)
    study.run()
    assert study.final_errors()[0] == pytest.approx(out["summary"]["final_error"], abs=1e-12)

    r = run("study", str(three_classes), "--targets", "3", *ADVANCED, "--seeds", "2", "--json")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["final_errors"][0] == pytest.approx(out["summary"]["final_error"], abs=1e-12)
    assert summary["final_test_errors"][0] == pytest.approx(out["summary"]["final_test_error"], abs=1e-12)


def test_a_document_keeps_the_rule_and_the_test_rows(tmp_path):
    ds = Dataset.from_arrays([[0, 0], [0, 1], [1, 0], [1, 1]], [[0], [1], [1], [0]])
    ds.test = np.array([False, False, False, True])
    settings = Settings(hidden=(3,), iterations=200, log_every=40, loss="cross-entropy", optimizer="momentum",
                        momentum=0.5)
    path = tmp_path / "x.nnp"
    write_document(path, Document(ds, settings))
    saved = json.loads(path.read_text())
    assert saved["version"] == 2 and saved["dataset"]["test_rows"] == [3]
    r = run("train", str(path), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    trainer = Trainer.from_settings(ds, settings)
    trainer.run(200)
    assert out["logged"]["errors"] == pytest.approx(trainer.history.logged[1].tolist(), abs=1e-12)
    assert out["dataset"]["test_rows"] == [3]


def test_test_fraction_is_a_seeded_choice():
    out = json.loads(run("train", "--preset", "notebook", "--test-fraction", "0.25", "--iterations", "10",
                         "--json").stdout)
    expected = np.random.RandomState(1 + 2).permutation(4)[:1]  # 0-based in the record's dataset
    assert out["dataset"]["test_rows"] == expected.tolist()


def test_the_output_picks_its_own_loss_and_a_linear_output_takes_any_targets(tmp_path):
    path = tmp_path / "line.csv"
    path.write_text("x,y\n0,-3\n1,2.5\n2,8\n")
    out = json.loads(run("train", str(path), "--output", "linear", "--hidden", "0", "--bias", "--lr", "0.05",
                         "--iterations", "2000", "--json").stdout)
    assert out["summary"]["final_error"] < 1e-6  # y = 5.5 x - 3 is learnt exactly
    r = run("train", str(path), "--iterations", "10")
    assert r.returncode == 2 and "targets must lie between 0 and 1" in r.stderr


@pytest.mark.parametrize("args,message", [
    (["--output", "softmax"], "at least 2 target columns"),
    (["--output", "softmax", "--loss", "notebook"], "cannot learn with the notebook loss"),
    (["--batch-size", "0"], "batch size must be between 1 and 1,000,000"),
    (["--test-rows", "9"], "--test-rows: '9' is not a row number from 1 to 4"),
    (["--test-rows", "1,2,3,4"], "keep at least one training row"),
    (["--test-fraction", "1.5"], "--test-fraction must be between 0 and 1"),
    (["--optimizer", "adam", "--beta1", "1"], "beta1 must be at least 0 and below 1"),
])
def test_bad_combinations_are_refused_with_one_clear_line(args, message):
    r = run("train", "--preset", "notebook", *args)
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_softmax_refuses_rows_that_are_not_one_hot(tmp_path):
    path = tmp_path / "soft.csv"
    path.write_text("x,a,b\n0,1,0\n1,0.5,0.5\n")
    r = run("train", str(path), "--targets", "2", "--output", "softmax")
    assert r.returncode == 2 and "row 2: a softmax output needs one-hot targets" in r.stderr

"""`nn-playground study`: K seeds at once, a summary, and --json with each seed's final error."""

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from playground.cli import main


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def train_json(*args):
    code, out, _ = run("train", *args, "--json")
    assert code == 0
    return json.loads(out)


def test_study_json_final_errors_equal_single_trainings_in_seed_order():
    code, out, err = run("study", "--preset", "xor", "--hidden", "2", "--seeds", "6", "--seed", "10",
                         "--iterations", "1500", "--json")
    assert code == 0 and err == ""
    summary = json.loads(out)
    assert summary["seeds"] == list(range(10, 16))
    assert summary["layers"] == [2, 2, 1] and summary["iterations"] == 1500
    for seed, final in zip(summary["seeds"], summary["final_errors"]):
        single = train_json("--preset", "xor", "--hidden", "2", "--seed", str(seed), "--iterations", "1500")
        assert final == pytest.approx(single["summary"]["final_error"], abs=1e-9)
    reached = [s for s, e in zip(summary["seeds"], summary["final_errors"]) if e <= summary["target_error"]]
    assert summary["reached"] == len(reached) and summary["reached_seeds"] == reached
    assert len(summary["errors"]) == 6 and summary["status"] == "done"


def test_study_recorded_errors_are_each_seeds_error_lines(tmp_path):
    csv = tmp_path / "or.csv"
    csv.write_text("a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,1\n", encoding="utf-8")
    _, out, _ = run("study", str(csv), "--seeds", "3", "--iterations", "600", "--log-every", "100",
                    "--activation", "tanh", "--bias", "--json")
    summary = json.loads(out)
    for seed, errors in zip(summary["seeds"], summary["errors"]):
        single = train_json(str(csv), "--seed", str(seed), "--iterations", "600", "--log-every", "100",
                            "--activation", "tanh", "--bias")
        assert summary["recorded_iterations"] == single["logged"]["iterations"]
        assert errors == pytest.approx(single["logged"]["errors"], abs=1e-9)


def test_study_prints_a_summary_a_class_can_read():
    code, out, _ = run("study", "--preset", "xor", "--hidden", "2", "--seeds", "20", "--target", "0.1")
    assert code == 0
    assert "Trained 20 networks (layers 2-2-1) for 3,000 iterations, seeds 1 to 20." in out
    assert "Reached the target error 0.1:" in out and "of 20" in out
    assert "Best seed" in out


@pytest.mark.parametrize("args, message", [
    (["--seeds", "0"], "1 to 256"),
    (["--seeds", "257"], "1 to 256"),
    (["--target", "-1"], "--target"),
    (["--lr", "0"], "learning rate"),
    (["--seed", str(2**31 - 3), "--seeds", "4"], "go past"),
    (["--seed", str(2**32 - 2)], "seed must be between"),
])
def test_study_refuses_bad_options_with_one_line(args, message):
    code, out, err = run("study", *args)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_study_imports_no_qt():
    code = ("import sys; from playground.cli import main; main(['study', '--seeds', '2', '--iterations', '10']); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'nbformat'))], 'Qt'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

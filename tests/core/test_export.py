"""Exports: the script and the notebook print the app's numbers; CSV tables read back."""

import ast
import csv
import io
import json
import subprocess
import sys
from contextlib import redirect_stdout

import nbformat
import numpy as np
import pytest

from playground.cli import main as cli_main
from playground.core.data.dataset import Dataset
from playground.core.explain.export import (notebook, predictions_csv, python_script, weights_csv, write_notebook,
                                    write_predictions_csv, write_script, write_weights_csv)
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer
from tests.core.test_network import NOTEBOOK_ERRORS

TOL = 1e-12
# the last cell's name for the outputs is l{L}; a probe prints them in full precision
PROBE = "\nimport json as _json\nprint('PROBE', _json.dumps(l{L}.tolist()))\n"


def cli(*args):
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(list(args)) == 0
    return out.getvalue()


def app_numbers(dataset, settings):
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    return trainer.history.logged[1], trainer.network.predict(dataset.X)


def run_python(code: str, tmp_path, name="run.py") -> str:
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=240)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def check_printed(stdout: str, dataset, settings) -> None:
    errors, outputs = app_numbers(dataset, settings)
    lines = stdout.splitlines()
    err_lines = [ln for ln in lines if ln.startswith("Error:")]
    np.testing.assert_allclose([float(ln[6:]) for ln in err_lines], errors, rtol=0, atol=TOL)
    assert lines[len(err_lines)] == "Output After Training:"
    probe = [ln for ln in lines if ln.startswith("PROBE ")]
    np.testing.assert_allclose(json.loads(probe[0][6:]), outputs, rtol=0, atol=TOL)
    printed = "\n".join(lines[len(err_lines) + 1:lines.index(probe[0])])
    assert printed == str(outputs)  # what the CLI prints with print(outputs)


CASES = {
    "notebook": (get_preset("notebook").dataset(), get_preset("notebook").settings),
    "no-hidden": (get_preset("notebook").dataset(), get_preset("notebook-single").settings),
    "tanh-bias-lr": (get_preset("adder2").dataset(),
                     Settings(hidden=(4, 3), iterations=1500, learning_rate=0.5, activation="tanh", bias=True,
                              seed=3, log_every=250)),
    "relu-fractions": (Dataset.from_arrays([[0.25, -1.5], [1e-3, 2.0], [3.0, 0.1], [-0.7, -0.2]],
                                           [0.1, 0.9, 0.35, 1.0], ["u", "v"], ["out"]),
                       Settings(hidden=(5, 4), iterations=2000, learning_rate=0.05, activation="relu", bias=True,
                                seed=12345, log_every=300)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_exported_script_prints_the_apps_numbers(case, tmp_path):
    dataset, settings = CASES[case]
    L = len(settings.hidden) + 1
    path = tmp_path / "experiment.py"
    write_script(path, dataset, settings)
    code = path.read_text(encoding="utf-8")
    imported = {alias.name for node in ast.walk(ast.parse(code)) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names}
    assert imported == {"numpy"}  # standalone: NumPy only
    check_printed(run_python(code + PROBE.format(L=L), tmp_path), dataset, settings)


def test_the_notebook_script_prints_the_cli_train_output_and_the_notebooks_errors(tmp_path):
    dataset, settings = CASES["notebook"]
    printed = run_python(python_script(dataset, settings), tmp_path)
    assert printed == cli("train")  # character for character
    errors = [float(ln[6:]) for ln in printed.splitlines() if ln.startswith("Error:")]
    assert errors == pytest.approx(NOTEBOOK_ERRORS, abs=TOL)


@pytest.mark.parametrize("case", ["notebook", "tanh-bias-lr"])
def test_exported_notebook_validates_and_its_cells_print_the_apps_numbers(case, tmp_path):
    dataset, settings = CASES[case]
    path = tmp_path / "experiment.ipynb"
    write_notebook(path, dataset, settings)
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4 and nb.metadata.kernelspec.language == "python"
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 4 and all(c.outputs == [] for c in nb.cells if c.cell_type == "code")
    # the code cells, run in order in one interpreter, as a kernel would
    script = "\n\n".join(code) + PROBE.format(L=len(settings.hidden) + 1)
    check_printed(run_python(script, tmp_path), dataset, settings)
    # the same cells as the script
    assert "\n\n".join(code) in python_script(dataset, settings)


def test_script_keeps_the_notebooks_style():
    dataset, settings = CASES["notebook"]
    code = python_script(dataset, settings)
    for line in ["y = np.array([[0, 0, 1, 1]]).T", "np.random.seed(1)", "syn0 = 2*np.random.random((3,4)) - 1",
                 "syn1 = 2*np.random.random((4,1)) - 1", "for j in range(60000):",
                 "l1 = nonlin(np.dot(l0, syn0))", "l2_error = y - l2", "if (j% 10000) == 0:",
                 'print("Error:" + str(np.mean(np.abs(l2_error))))', "l1_error = l2_delta.dot(syn1.T)",
                 "syn1 += l1.T.dot(l2_delta)", "syn0 += l0.T.dot(l1_delta)", 'print("Output After Training:")']:
        assert line in code, line
    assert "alpha" not in code and "b1" not in code  # learning rate 1 and no bias: the notebook's loop


def test_odd_column_names_stay_in_comments(tmp_path):
    names = ['say "hi"', "a\u2028b", "x'''", "# not code"]
    dataset = Dataset.from_arrays([[0, 1, 0], [1, 0, 1]], [0, 1], names[:3], names[3:])
    code = python_script(dataset, Settings(hidden=(2,), iterations=10, log_every=5))
    ast.parse(code)
    assert "\u2028" not in code
    run_python(code, tmp_path)


def test_notebook_refuses_invalid_settings():
    dataset, settings = CASES["notebook"]
    with pytest.raises(ValueError, match="learning rate"):
        notebook(dataset, settings.with_(learning_rate=0.0))


def test_predictions_and_weights_csv(tmp_path):
    dataset, settings = CASES["tanh-bias-lr"]
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(200)
    net = trainer.network
    outputs = net.predict(dataset.X)
    write_predictions_csv(tmp_path / "p.csv", dataset, outputs)
    rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["a1", "a0", "b1", "b0", "s1", "s1 output", "s1 |error|", "s0", "s0 output", "s0 |error|",
                       "carry", "carry output", "carry |error|"]
    body = np.array(rows[1:], dtype=float)
    assert body.shape == (16, 13)
    np.testing.assert_array_equal(body[:, :4], dataset.X)
    np.testing.assert_array_equal(body[:, [5, 8, 11]], outputs)  # full precision, bit for bit
    np.testing.assert_array_equal(body[:, [6, 9, 12]], np.abs(dataset.Y - outputs))

    write_weights_csv(tmp_path / "w.csv", dataset, net.weights, net.biases)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "w.csv").read_text(encoding="utf-8"))))
    assert len(rows) == sum(w.size for w in net.weights) + sum(b.size for b in net.biases)
    by_key = {(r["matrix"], r["from"], r["to"]): float(r["value"]) for r in rows}
    assert by_key[("syn0", "a0", "h1_3")] == net.weights[0][1, 2]
    assert by_key[("syn2", "h2_3", "carry")] == net.weights[2][2, 2]
    assert by_key[("b3", "bias", "s0")] == net.biases[2][0, 1]
    assert weights_csv(dataset, net.weights, None).count("\n") == 1 + sum(w.size for w in net.weights)


def test_predictions_csv_quotes_names():
    dataset = Dataset.from_arrays([[0.5]], [1], ["a,b"], ['t"'])
    text = predictions_csv(dataset, np.array([[0.25]]))
    assert next(csv.reader(io.StringIO(text))) == ["a,b", 't"', 't" output', 't" |error|']


# -- beyond the notebook: every rule, held-out rows ------------------------------------------------

def _three_classes(test_rows=(4,)):
    from tests.core.test_rules import THREE_CLASSES
    ds = Dataset.from_arrays(THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:], ["x1", "x2"], ["red", "green", "blue"])
    ds.test = np.isin(np.arange(6), test_rows)
    return ds


BEYOND = {
    "softmax-adam-batches-l2-test": (_three_classes(), Settings(
        hidden=(3,), iterations=300, learning_rate=0.05, bias=True, seed=4, log_every=50, output="softmax",
        loss="cross-entropy", optimizer="adam", batch_size=2, l2=0.01)),
    "cross-entropy-momentum-tanh": (get_preset("xor").dataset(), Settings(
        hidden=(3, 2), iterations=400, learning_rate=0.3, activation="tanh", seed=2, log_every=100,
        loss="cross-entropy", optimizer="momentum", momentum=0.8)),
    "linear-l2-batches": (Dataset.from_arrays([[0.0], [1.0], [2.0], [3.0]], [[-3.0], [2.5], [8.0], [13.5]]),
                          Settings(hidden=(), iterations=200, learning_rate=0.01, bias=True, seed=1, log_every=40,
                                   output="linear", loss="squared", l2=0.001, batch_size=3)),
}


def check_beyond(stdout: str, dataset, settings) -> None:
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(settings.iterations)
    lines = stdout.splitlines()
    errors = [float(ln[6:]) for ln in lines if ln.startswith("Error:")]
    np.testing.assert_allclose(errors, trainer.history.logged[1], rtol=0, atol=TOL)
    tests = [float(ln[11:]) for ln in lines if ln.startswith("Test error:")]
    if trainer.X_test is None:
        assert tests == []
    else:
        np.testing.assert_allclose(tests, trainer.history.logged_test, rtol=0, atol=TOL)
    probe = [ln for ln in lines if ln.startswith("PROBE ")]
    np.testing.assert_allclose(json.loads(probe[0][6:]), trainer.network.predict(trainer.X), rtol=0, atol=TOL)


@pytest.mark.parametrize("case", list(BEYOND))
def test_exported_script_and_notebook_reproduce_any_rule(case, tmp_path):
    dataset, settings = BEYOND[case]
    L = len(settings.hidden) + 1
    script = python_script(dataset, settings)
    check_beyond(run_python(script + PROBE.format(L=L), tmp_path), dataset, settings)
    nb = notebook(dataset, settings)
    cells = "\n\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert cells in script
    if case.startswith("softmax"):
        assert "X_test = np.array(" in script and "def softmax(x):" in script and "m_syn0" in script
        assert "batches = np.random.RandomState(5)" in script and "lam = 0.01" in script


def test_the_cli_prints_what_the_exported_script_prints(tmp_path):
    dataset, settings = BEYOND["softmax-adam-batches-l2-test"]
    from playground.core.files.documents import Document, write_document
    path = tmp_path / "three.nnp"
    write_document(path, Document(dataset, settings))
    printed = cli("train", str(path))
    script = run_python(python_script(dataset, settings), tmp_path)
    assert [ln.split(":")[0] for ln in printed.splitlines()] == [ln.split(":")[0] for ln in script.splitlines()]
    for a, b in zip(printed.splitlines(), script.splitlines()):
        if a.startswith(("Error:", "Test error:")):
            assert float(a.split(":")[1]) == pytest.approx(float(b.split(":")[1]), abs=TOL)

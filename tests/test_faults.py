"""The fault campaign of issue 10, case by case: each numbered case is reproduced and must now hold.

1. exported script / notebook and hostile column names       7. CLI and a failing standard output
2. a training far over the memory budget                      8. orphaned temp files
3. a bad ``saved_at`` in an autosave                          9. a corrupt autosave at every start
4. opening large files, very long trainings                   10. smaller CLI and export cases
5. values silently changed between reader, CLI and window
6. a column name with a lone surrogate
"""

from __future__ import annotations

import ast
import html
import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings as hsettings, strategies as st

from playground.core.dataset import Dataset
from playground.core.export import MARKDOWN, notebook, python_script, safe_text
from playground.core.presets import get_preset
from playground.core.settings import Settings
from playground.core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOL = 1e-12


def run_cli(*args, stdout=subprocess.PIPE, cwd=None, timeout=120, **kw):
    return subprocess.run([sys.executable, "-m", "playground", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, cwd=cwd or ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONWARNINGS": "error"}, **kw)


def assert_one_line_error(r, code=2, *words):
    assert r.returncode == code, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), r.stderr
    for w in words:
        assert w in lines[0], lines[0]


# -- 1. generated code never interprets user text ---------------------------------------------------

ATTACK = 'x""";__import__("os").system("touch pwned");"""'
PIECES = ['"""', "'''", '"', "'", "\\", "\\n", "\n", "\r", "\x00", "\ud800", "\udfff", "\u2028", "\u2029", "\x85",
          "\x0c", "\t", "#", "`", "```", "<script>alert(1)</script>", "*", "_", "[x](javascript:1)", "{", "}",
          "$", "%", "\\N{", "\\x4", "\\u00", "'''\nimport os\n", "-*- coding: latin-1 -*-", "‘’“”«»„‚‹›「」",
          "é", "😀", "\u202e", "\ufeff", "&#60;", "&amp;", ATTACK, '__import__("os").system("touch pwned")',
          "\\\\", '"\\"', "\\'", "f'{1}'", "<!--", "-->"]
SAFE_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc",))
ANY_FRAGMENT = st.one_of(st.sampled_from(PIECES), st.text(max_size=4))
PRINTABLE_FRAGMENT = st.one_of(st.sampled_from([p for p in PIECES if p.isprintable() and "\ufeff" not in p]),
                               st.text(SAFE_CHARS, max_size=6))
# Names a dataset accepts (a letter before and after, so no leading/trailing space) full of quotes,
# backslashes, markup and code; very long ones; and, in about one example in four, one name of anything
# at all (newlines, NUL, lone surrogates, ...), which the export must refuse naming the column.
PRINTABLE_NAME = st.one_of(
    st.lists(PRINTABLE_FRAGMENT, min_size=1, max_size=6).map(lambda parts: "c" + "".join(parts) + "z"),
    st.text(SAFE_CHARS, min_size=300, max_size=3000).map(lambda t: "L" + t + "z"),
)
ANY_NAME = st.lists(ANY_FRAGMENT, min_size=1, max_size=6).map("".join)


@st.composite
def column_names(draw):
    names = draw(st.lists(PRINTABLE_NAME, min_size=4, max_size=4, unique=True))
    if draw(st.integers(0, 3)) == 0:
        names[draw(st.integers(0, 3))] = draw(ANY_NAME)
    return names


SETTINGS = Settings(hidden=(3,), iterations=120, learning_rate=0.5, activation="tanh", bias=True, seed=4,
                    log_every=40)
REFERENCE = ["a", "b", "c", "y"]
EXAMPLES = 200


def _experiment(names):
    base = get_preset("notebook").dataset()
    return Dataset(names, base.roles, base.values)


def _shape(code: str) -> str:
    """The program's structure: its syntax tree with every string constant blanked (comments are not in it)."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(tree)


def _markdown_is_inert(text: str, name: str) -> None:
    escaped = safe_text(name, MARKDOWN)
    if name.isprintable():  # HTML maps references to unassigned or control code points to other characters
        assert html.unescape(escaped) == name
    assert re.fullmatch(r"(?:[ \w]|[^\x00-\x7f]|&#[0-9]+;)*", escaped, re.ASCII) and "_" not in escaped
    assert escaped in text


def test_exports_with_hostile_names_only_compute_and_print(tmp_path):
    """Property (hypothesis, >= 200 examples): whatever the names, the script and the notebook have the
    structure of a harmless export, and run (each as its own process) they print the app's numbers and do
    nothing else; names the app cannot hold are refused naming the column."""
    ref_ds = _experiment(REFERENCE)
    ref_script = python_script(ref_ds, SETTINGS)
    ref_cells = [c.source for c in notebook(ref_ds, SETTINGS).cells if c.cell_type == "code"]
    ref_shapes = [_shape(ref_script)] + [_shape(c) for c in ref_cells]
    seen, refused, jobs, calls = set(), [], [], []

    @hsettings(max_examples=EXAMPLES, deadline=None, database=None, phases=(Phase.explicit, Phase.generate),
               suppress_health_check=list(HealthCheck))
    @given(column_names())
    def check(names):
        calls.append(1)
        dataset = _experiment(names)
        key = tuple(names)
        problems = dataset.problems()
        if problems:
            with pytest.raises(ValueError, match="column"):
                python_script(dataset, SETTINGS)
            with pytest.raises(ValueError, match="column"):
                notebook(dataset, SETTINGS)
            refused.append(key)
            return
        script = python_script(dataset, SETTINGS)
        script.encode("utf-8")  # writable as a file
        assert script.splitlines()[:2] == ref_script.splitlines()[:2]  # no user text where an encoding is declared
        nb = notebook(dataset, SETTINGS)
        import nbformat

        nbformat.writes(nb).encode("utf-8")
        cells = [c.source for c in nb.cells if c.cell_type == "code"]
        assert [_shape(script)] + [_shape(c) for c in cells] == ref_shapes  # user text changed no code
        markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for n in names:
            _markdown_is_inert(markdown, n)
        if key not in seen:
            seen.add(key)
            jobs.append({"cells": [script], "result": "l2"})
            jobs.append({"cells": cells, "result": "l2"})

    check()
    assert len(calls) >= EXAMPLES and len(seen) >= EXAMPLES // 2 and refused  # both kinds, many distinct

    # run every program: one runner process, which forks a fresh process per program
    trainer = Trainer.from_settings(ref_ds, SETTINGS)
    trainer.run(SETTINGS.iterations)
    errors, outputs = trainer.history.logged[1], trainer.network.predict(ref_ds.X)
    (tmp_path / "jobs.json").write_text(json.dumps({"warm_up": [ref_script], "jobs": jobs}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", os.path.join(ROOT, "tests", "export_runner.py"),
                           str(tmp_path / "jobs.json"), str(tmp_path / "results.json")],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert len(results) == len(jobs)
    for job, r in zip(jobs, results):
        assert r["status"] == 0 and r["events"] == [] and r["files_left"] == [], (r, job["cells"][0][:2000])
        lines = r["stdout"].splitlines()
        printed_errors = [float(ln[6:]) for ln in lines if ln.startswith("Error:")]
        np.testing.assert_allclose(printed_errors, errors, rtol=0, atol=TOL)
        assert lines[len(printed_errors)] == "Output After Training:"
        np.testing.assert_allclose(json.loads(lines[-1][len("RESULT "):]), outputs, rtol=0, atol=TOL)


def test_the_runner_catches_a_side_effect(tmp_path):
    """The property above can fail: a program that runs a command or writes a file is caught."""
    jobs = [{"cells": ["import os\nos.system('true')\nl2 = 1"], "result": "l2"},
            {"cells": ["open('x', 'w').write('1')\nl2 = 1"], "result": "l2"},
            {"cells": ["import wave\nl2 = 1"], "result": "l2"},  # a module not loaded yet
            {"cells": ["l2 = 1", "print('ok')"], "result": "l2"}]
    (tmp_path / "jobs.json").write_text(json.dumps({"warm_up": ["x = 1"], "jobs": jobs}), encoding="utf-8")
    subprocess.run([sys.executable, "-I", os.path.join(ROOT, "tests", "export_runner.py"), str(tmp_path / "jobs.json"),
                    str(tmp_path / "results.json")], check=True, timeout=120, cwd=tmp_path)
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [bool(r["events"]) for r in results] == [True, True, True, False]
    assert all(r["files_left"] == [] for r in results)
    assert results[3]["stdout"] == "ok\nRESULT 1\n" and results[3]["status"] == 0


def test_the_reported_injection_exports_harmless_code(tmp_path):
    """Case 1 exactly: the name that closed the docstring now stays a comment; the CSV route too."""
    table = tmp_path / "evil.csv"
    quoted = '"' + ATTACK.replace('"', '""') + '"'
    table.write_text(f"a,b,{quoted},y\n0,0,1,0\n0,1,1,0\n1,0,1,1\n1,1,1,1\n", encoding="utf-8")
    r = run_cli("export", str(table), "--iterations", "100", "--script", str(tmp_path / "x.py"),
                "--notebook", str(tmp_path / "x.ipynb"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    code = (tmp_path / "x.py").read_text(encoding="utf-8")
    assert ATTACK not in code.split('"""')[1]  # not in the docstring
    run = subprocess.run([sys.executable, "-I", str(tmp_path / "x.py")], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith("Error:")
    assert not (tmp_path / "pwned").exists()
    nb = json.loads((tmp_path / "x.ipynb").read_text(encoding="utf-8"))
    assert ATTACK not in "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def test_headless_export_writes_what_the_menu_writes(tmp_path):
    from playground.core.export import notebook as make_notebook

    r = run_cli("export", "--preset", "xor", "--hidden", "3", "--iterations", "500", "--script",
                str(tmp_path / "e.py"), "--notebook", str(tmp_path / "e.ipynb"))
    assert r.returncode == 0 and r.stderr == ""
    preset = get_preset("xor")
    settings = preset.settings.with_(hidden=(3,), iterations=500)
    assert (tmp_path / "e.py").read_text(encoding="utf-8") == python_script(preset.dataset(), settings)
    import nbformat

    def cells(nb):  # cell ids are random; everything else is the same
        return [(c.cell_type, c.source) for c in nb.cells], nb.metadata

    written = nbformat.read(str(tmp_path / "e.ipynb"), as_version=4)
    nbformat.validate(written)
    assert cells(written) == cells(make_notebook(preset.dataset(), settings))
    assert_one_line_error(run_cli("export", "--preset", "xor"), 2, "--script")


# -- 7. the CLI when standard output fails ------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [("train", "--json"), ("train",), ("study", "--json", "--seeds", "2",
                                                                    "--iterations", "200")])
def test_full_standard_output_is_one_line_and_exit_2(args):
    with open("/dev/full", "w") as full:
        r = run_cli(*args, stdout=full)
    assert_one_line_error(r, 2, "standard output", "the disk is full")


def test_closed_standard_output_is_one_line_and_exit_2():
    r = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); sys.stdout = None; "
                        "from playground.cli import main; sys.exit(main(['train', '--iterations', '10']))"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60)
    assert_one_line_error(r, 2, "standard output is closed")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a shell that can close a descriptor")
def test_closed_standard_output_from_a_shell():
    r = subprocess.run(f"'{sys.executable}' -m playground train --iterations 10 >&-", shell=True,
                       stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60)
    assert_one_line_error(r, 2, "standard output is closed")


def test_broken_pipe_exits_0_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "playground", "train", "--iterations", "100000",
                             "--log-every", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `| head -1` does
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == ""


# -- 10. smaller CLI cases ----------------------------------------------------------------------------

@pytest.mark.parametrize("hidden", [",", "", " , "])
def test_empty_hidden_layers_are_refused(hidden):
    assert_one_line_error(run_cli("train", "--hidden", hidden), 2, "--hidden", "0 for no hidden layer")


@pytest.mark.parametrize("target", ["inf", "nan", "-1"])
def test_study_target_must_be_finite(target):
    assert_one_line_error(run_cli("study", "--target", target), 2, "--target")


def test_a_saturating_learning_rate_is_warned_about():
    r = run_cli("train", "--lr", "1e308", "--iterations", "2")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert r.stderr.startswith("nn-playground: warning:") and "learning rate" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert run_cli("train", "--iterations", "2000").stderr == ""  # a normal run says nothing

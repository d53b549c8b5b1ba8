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

from playground.core.data.dataset import Dataset
from playground.core.explain.export import MARKDOWN, notebook, python_script, safe_text
from playground.core.limits import MAX_NAME_CHARS
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOL = 1e-12


def run_cli(*args, stdout=subprocess.PIPE, cwd=None, timeout=120, **kw):
    return subprocess.run([sys.executable, "-m", "playground", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, cwd=cwd or ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONWARNINGS": "error"}, **kw)


# Runs a command as its own child and prints that child's peak memory (its rusage from os.wait4).
# The go-between matters: a process started straight from pytest inherits the peak of pytest's
# own memory (Linux counts the parent's memory at exec in the child's ru_maxrss), which grows as
# the suite runs; started from this small process it inherits only this one's ~10 MB.
_MEASURE = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_cli_measured(*args):
    """run_cli, plus the peak memory of that one process in MB (os.wait4: its own rusage)."""
    r = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "playground", *args],
                       capture_output=True, text=True, cwd=ROOT)
    return subprocess.CompletedProcess(r.args, r.returncode, None, r.stderr), int(r.stdout.split()[-1]) / 1024


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
# backslashes, markup and code; long ones (up to the limit, MAX_NAME_CHARS); and, in about one example
# in four, one name of anything at all (newlines, NUL, lone surrogates, ...), which the export must
# refuse naming the column.
PRINTABLE_NAME = st.one_of(
    st.lists(PRINTABLE_FRAGMENT, min_size=1, max_size=6).map(lambda parts: "c" + "".join(parts) + "z"),
    st.text(SAFE_CHARS, min_size=MAX_NAME_CHARS // 2, max_size=MAX_NAME_CHARS - 2).map(lambda t: "L" + t + "z"),
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
    from playground.core.explain.export import notebook as make_notebook

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
    r = run_cli("train", "--lr", "1e5", "--iterations", "2")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert r.stderr.startswith("nn-playground: warning:") and "learning rate" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert run_cli("train", "--iterations", "2000").stderr == ""  # a normal run says nothing


# -- 3 and 9. autosave recovery cannot fail -----------------------------------------------------------

def _leftover(home, saved_at_json: str | None = None, text: str | None = None) -> str:
    """A crashed session's autosave; ``saved_at_json`` replaces the saved time as raw JSON text."""
    from playground.core.files.autosave import SUFFIX, write_autosave
    from playground.core.data.dataset import generate
    from playground.core.files.documents import Document

    folder = os.path.join(home, "data", "autosave")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"crashed{SUFFIX}")
    write_autosave(path, Document(generate(["p", "q"]), Settings(seed=42)), "/somewhere/work.nnp")
    if saved_at_json is not None:
        with open(path, encoding="utf-8") as f:
            data = f.read()
        data = re.sub(r'"saved_at": [^,]+,', f'"saved_at": {saved_at_json},', data)
        assert saved_at_json in data
        text = data
    if text is not None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return path


def _window(qtbot):
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    w.documents.interactive = True  # as with a user in front of it
    qtbot.addWidget(w)
    return w


@pytest.mark.parametrize("saved_at", ["1e300", "NaN", "-1e300", "1" + "0" * 400, '"yesterday"', "true", "Infinity"])
def test_a_bad_saved_at_still_offers_the_work(qtbot, _private_settings_and_data, monkeypatch, saved_at):
    from playground.ui.documents import documents_controller as dc

    _leftover(_private_settings_and_data, saved_at)
    w = _window(qtbot)
    offered = []

    def ask(item, others):
        box = w.documents.recover_box(item, others)  # the real dialog's text, built without blocking
        offered.append(box.informativeText())
        box.deleteLater()
        return dc.RECOVER

    monkeypatch.setattr(w.documents, "ask_recover", ask)
    recovered = w.documents.offer_recovery()
    assert recovered, offered  # no traceback: the work is back
    assert "saved_at: not a usable time" in offered[0] and "Autosaved at" in offered[0]
    assert w.documents.is_modified() and w.settings().seed == 42


@pytest.mark.parametrize("text, reason", [
    ("{", "not a readable autosave"),
    ('{"format": "nn-playground-autosave", "version": 1, "document": {"format": "nn-playground", "version": 1, '
     '"dataset": {"columns": [{"name": "a\\ud800", "role": "input"}], "rows": []}}}', "not valid Unicode"),
    ('{"format": "nn-playground-autosave", "version": true, "document": {}}', "version"),
    ('[' * 100000, "not a readable autosave"),
])
def test_a_corrupt_autosave_can_be_discarded_from_the_dialog(qtbot, _private_settings_and_data, monkeypatch,
                                                            text, reason):
    from playground.ui.documents import documents_controller as dc

    path = _leftover(_private_settings_and_data, text=text)
    w = _window(qtbot)
    asked = []

    def ask(p, why):
        box = w.documents.unreadable_box(p, why)
        asked.append(box.informativeText())
        assert {b.text() for b in box.buttons()} == {"Discard", "Keep for later"}
        box.deleteLater()
        return dc.DISCARD if len(asked) == 2 else dc.LATER

    monkeypatch.setattr(w.documents, "ask_unreadable", ask)
    assert not w.documents.offer_recovery() and os.path.exists(path)  # kept for later: asked again next start
    assert reason in asked[0] and path in asked[0]
    assert not w.documents.offer_recovery() and not os.path.exists(path)  # discarded: never asked again
    assert not w.documents.offer_recovery() and len(asked) == 2


def test_the_autosave_time_is_formatted_whatever_it_is():
    from playground.core.files.autosave import format_time

    for t in (1e300, float("nan"), -1e300, float("inf"), None):
        assert format_time(t) == "an unknown time"
    assert re.fullmatch(r"\d\d \w+ \d{4} \d\d:\d\d", format_time(1.7e9))


# -- 5. one range for every setting: refused with the field named, never clamped -----------------------

def _document_text(**settings_changes) -> str:
    from playground.core.files.documents import Document, document_to_dict

    d = document_to_dict(Document(get_preset("notebook").dataset(), Settings()))
    d["settings"].update(settings_changes)
    return json.dumps(d)


@pytest.mark.parametrize("lr", [1e6, 1e-15])
def test_a_learning_rate_outside_the_range_is_refused_everywhere(qtbot, tmp_path, lr):
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import read_document
    from playground.core.data.settings import FIELD

    doc = tmp_path / "lr.nnp"
    doc.write_text(_document_text(learning_rate=lr), encoding="utf-8")
    with pytest.raises(DataError, match=r"settings\.learning_rate: learning rate must be between"):
        read_document(doc)  # the reader
    assert_one_line_error(run_cli("train", "--lr", repr(lr)), 2, "learning rate must be between")  # the CLI
    assert_one_line_error(run_cli("train", str(doc)), 2, "settings.learning_rate")
    w = _window(qtbot)  # the window: refused, nothing changed
    before = w.settings()
    with pytest.raises(DataError, match="learning_rate"):
        w.open_path(str(doc))
    assert w.settings() == before
    spin = w.controls.lr_spin  # and the window's box holds exactly the same range
    assert (spin.minimum(), spin.maximum()) == (FIELD["learning_rate"].low, FIELD["learning_rate"].high)
    w.controls.set_settings(Settings(learning_rate=FIELD["learning_rate"].high))
    assert w.settings().learning_rate == FIELD["learning_rate"].high  # the ends of the range are kept exactly


def test_every_field_has_one_range_checked_by_settings():
    from playground.core.data.settings import FIELDS

    assert {f.name for f in FIELDS} == set(Settings().to_dict())  # a new setting needs its entry
    for f in FIELDS:
        if f.kind in (int, float):
            bad = [f.low - 1 if f.kind is int else f.low - max(f.low, 0.5)]  # just below the range
            bad += [] if f.high is None else [f.high + 1 if f.kind is int else f.high * 2]
            bad += [f.low] if f.open_low else []
            bad += [f.high] if f.open_high else []
            for value in bad:
                problems = Settings(**{f.name: f.kind(value)}).field_problems()
                assert len(problems) == 1 and problems[0].startswith(f.label), (f.name, value, problems)
                assert Settings(**{f.name: f.kind(value)}).problems() == problems  # said once
        elif f.choices:
            assert Settings(**{f.name: "nonsense"}).problems() == [
                f"unknown {f.label} 'nonsense'; choose one of {', '.join(f.choices)}"]


def test_an_autosave_cannot_bring_back_a_value_out_of_range(tmp_path):
    from playground.core.files.autosave import read_autosave
    from playground.core.data.dataset import DataError

    path = tmp_path / "x.autosave.json"
    path.write_text('{"format": "nn-playground-autosave", "version": 1, "original": null, "saved_at": 1, '
                    f'"document": {_document_text(learning_rate=1e6)}}}', encoding="utf-8")
    with pytest.raises(DataError, match="learning_rate"):
        read_autosave(path)


# -- 6. names must be valid Unicode, and the column is named -------------------------------------------

def test_a_lone_surrogate_in_a_name_is_refused_on_reading_naming_the_column(tmp_path):
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import read_document

    doc = tmp_path / "s.nnp"
    text = _document_text().replace('"name": "x2"', '"name": "a\\ud800"')
    assert "a\\ud800" in text
    doc.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"dataset\.columns\[1\]\.name: column name 'a\\ud800' is not valid Unicode"):
        read_document(doc)
    assert_one_line_error(run_cli("train", str(doc)), 2, "dataset.columns[1].name", "not valid Unicode")


# -- 2. a memory budget for every job, checked before allocating -----------------------------------------

def _table_csv(path, rows: int, inputs: int = 3) -> str:
    rng = np.random.default_rng(0)
    values = rng.integers(0, 2, (rows, inputs + 1))
    header = ",".join([f"x{i}" for i in range(inputs)] + ["y"])
    path.write_text(header + "\n" + "\n".join(",".join(map(str, r)) for r in values.tolist()) + "\n")
    return str(path)


needs_wait4 = pytest.mark.skipif(not hasattr(os, "wait4"), reason="measures a child's memory with os.wait4 (POSIX)")


@needs_wait4
@pytest.mark.parametrize("hidden", ["256,256", "256,256,256", "256,256,256,256,256,256,256,256"])
def test_a_training_over_the_memory_budget_is_refused_before_allocating(tmp_path, hidden):
    """The campaign's 1M-row CSV peaked at 9.9 GB / was killed; now the file is over the row limit,
    and a table within it with a network too large for the budget is refused in one line."""
    table = _table_csv(tmp_path / "rows.csv", 60_000)
    r, peak_mb = run_cli_measured("train", table, "--hidden", hidden, "--iterations", "2")
    assert_one_line_error(r, 2, "of memory", "the limit is 1.0 GB")
    assert peak_mb < 400  # nothing big was allocated


def test_the_budget_estimate_follows_the_real_buffers():
    """The estimate counts at least what Network.steps allocates (its buffers), and grows with every factor."""
    from playground.core.training.budget import training_bytes
    from playground.core.nn.network import Network

    X, Y = np.zeros((500, 6)), np.zeros((500, 2))
    net = Network([6, 32, 16, 2], seed=1)
    net.steps(X, Y, 1)
    allocated = sum(a.nbytes for a in net._buffers.a[1:] + net._buffers.deltas + net._buffers.tmp)  # noqa: SLF001
    assert training_bytes(500, [6, 32, 16, 2]) >= allocated
    base = training_bytes(1000, [4, 8, 1])
    assert training_bytes(2000, [4, 8, 1]) > base and training_bytes(1000, [4, 16, 1]) > base
    assert training_bytes(1000, [4, 8, 8, 1]) > base


def test_a_memory_error_that_slips_through_is_one_line(monkeypatch, capsys):
    from playground import cli
    from playground.core.nn import network

    def no_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(network.Network, "steps", no_memory)
    assert cli.main(["train", "--iterations", "10"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nn-playground: error: there is not enough memory") and len(err.splitlines()) == 1


@needs_wait4
def test_a_file_of_millions_of_rows_is_refused_early(tmp_path):
    """The campaign's 50 MB CSV of 13.1M rows took 3.9 GB and 50 s; now refused before parsing."""
    big = tmp_path / "rows7m.csv"
    big.write_text("a,y\n" + "0,1\n" * 7_500_000)  # 30 MB: under the size limit, far over the rows
    r, peak_mb = run_cli_measured("train", str(big))
    assert_one_line_error(r, 2, "more than 65,536 rows")
    assert peak_mb < 400


def test_limits_on_columns_rows_and_history_in_documents(tmp_path):
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import MAX_COLUMNS, MAX_HISTORY_POINTS, MAX_ROWS, parse_csv, parse_document

    with pytest.raises(DataError, match=f"the limit is {MAX_COLUMNS}"):
        parse_csv(",".join(f"c{i}" for i in range(MAX_COLUMNS + 1)) + "\n" + ",".join(["0"] * (MAX_COLUMNS + 1)))
    with pytest.raises(DataError, match="the limit is 65,536"):
        parse_csv("a,y\n" + "0,1\n" * (MAX_ROWS + 1))
    d = json.loads(_document_text())
    d["dataset"]["rows"] = [[0, 0, 1, 0]] * (MAX_ROWS + 1)
    with pytest.raises(DataError, match=r"dataset\.rows: 65,537 rows; the limit is 65,536"):
        parse_document(json.dumps(d))
    d = json.loads(_document_text())
    its = list(range(MAX_HISTORY_POINTS + 1))
    d["trained"] = {"iterations_done": 1, "weights": [[[0] * 4] * 3, [[0]] * 4],
                    "logged": {"iterations": its, "errors": [0.5] * len(its)}}
    with pytest.raises(DataError, match=r"trained\.logged\.iterations: 100,001 points; the limit is 100,000"):
        parse_document(json.dumps(d))


@pytest.mark.parametrize("text", [
    "a,b,y\n0,1,1\n1,0.5,0\n",
    "a;b;y\n0;1;1\n1;0.5;0\n",
    "a\tb\ty\n0\t1\t1\n1\t.5\t0\n",
    "a, b ,y\r\n 0 , 1,1\r\n\r\n1,5e-1,0\r\n",
    'a,"b",y\n0,1,1\n1,0.5,0\n',
    "a,b,y\n0,1,1\n1,-0,0\n+1,1E3,1\n",
])
def test_the_fast_csv_reader_reads_what_the_careful_one_reads(text):
    from playground.core.files import document_csv as documents  # the CSV readers live there

    fast = documents._fast_csv(text, 1)  # noqa: SLF001 - the two readers compared
    slow = documents._careful_csv(text, 1, "<text>")  # noqa: SLF001
    assert (fast is None) == ('"' in text)  # quotes go the careful way; the plain ones are fast
    if fast is not None:
        assert fast.names == slow.names and np.array_equal(fast.values, slow.values)
        assert [np.signbit(v) for v in fast.values.ravel()] == [np.signbit(v) for v in slow.values.ravel()]


# -- 8. temp files are recognisable, and stale ones are removed --------------------------------------------

def test_temp_files_left_by_killed_saves_are_removed_by_the_next_save(tmp_path):
    import signal
    import time

    from playground.core.files.documents import STALE_TEMP_SECONDS, TEMP_MARK, read_any, write_csv

    target = tmp_path / "doc.nnp"
    writer = ("import sys\nfrom playground.core.files.documents import atomic_write_text\n"
              "text = 'x' * (8 * 2**20)\nwhile True:\n    atomic_write_text(sys.argv[1], text)\n")
    leftovers = set()
    for _ in range(3):  # kill a loop of saves while it writes, as the campaign did
        proc = subprocess.Popen([sys.executable, "-c", writer, str(target)], cwd=ROOT)
        deadline = time.monotonic() + 60
        while not [n for n in os.listdir(tmp_path) if TEMP_MARK in n] and time.monotonic() < deadline:
            time.sleep(0.001)  # waiting for the condition (a temp file exists), not for a time
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        leftovers |= {n for n in os.listdir(tmp_path) if TEMP_MARK in n}
    assert leftovers, "a killed save leaves its temp file behind"
    assert all(n.startswith(".doc.nnp.nn-playground-") and n.endswith(".tmp") for n in leftovers)
    foreign = [tmp_path / ".doc.nnp.1234abcd.tmp", tmp_path / "notes.tmp"]  # not ours: never touched
    for f in foreign:
        f.write_text("keep")
    old = time.time() - STALE_TEMP_SECONDS - 10
    for n in leftovers | {f.name for f in foreign}:
        os.utime(tmp_path / n, (old, old))
    fresh = tmp_path / ".other.nnp.nn-playground-0123abcd.tmp"  # a save going on right now elsewhere
    fresh.write_text("x")
    write_csv(tmp_path / "t.csv", get_preset("xor").dataset())  # the next save in that folder
    assert not [n for n in os.listdir(tmp_path) if n in leftovers]
    assert all(f.exists() for f in foreign) and fresh.exists()
    os.utime(fresh, (old, old))
    read_any(tmp_path / "t.csv")  # opening a file cleans its folder too
    assert not fresh.exists()


# -- 10. CSV exports neutralise formulas ------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1+2", "-2+3", "'=x", "''@y"]


def test_csv_exports_neutralise_formula_names_and_keep_numbers(tmp_path):
    import csv as csv_module

    from playground.core.files.documents import read_csv, write_csv
    from playground.core.explain.export import predictions_csv, weights_csv

    names = FORMULAS[:3] + ["plain"]
    dataset = Dataset(names + [FORMULAS[3]], ["input"] * 4 + ["target"],
                      [[-0.5, 1, -1e-3, 2, 0], [0, -2, 1, 0, 1]])
    trainer = Trainer.from_settings(dataset, Settings(hidden=(2,), iterations=10, log_every=5))
    trainer.run(10)
    outputs = trainer.network.predict(dataset.X)
    texts = [predictions_csv(dataset, outputs), weights_csv(dataset, trainer.network.weights, None)]
    write_csv(tmp_path / "t.csv", dataset)
    texts.append((tmp_path / "t.csv").read_text(encoding="utf-8"))
    for text in texts:
        for row in csv_module.reader(text.splitlines()):
            for cell in row:
                try:
                    float(cell)
                    continue  # a number, written as it is (-0.5 stays -0.5)
                except ValueError:
                    assert cell[:1] not in "=+-@\t\r" or cell == "", cell
    body = np.array(list(csv_module.reader(texts[0].splitlines()))[1:], dtype=float)
    np.testing.assert_array_equal(body[:, :4], dataset.X)  # numbers unchanged, negative ones too
    np.testing.assert_array_equal(body[:, 5], outputs[:, 0])
    assert read_csv(tmp_path / "t.csv").names == dataset.names  # our own reader gives the names back


@pytest.mark.parametrize("name", FORMULAS + ["a'b", "'", "''", "'x"])
def test_neutralised_names_round_trip(name):
    from playground.core.files.documents import neutralise_formula, restore_formula

    written = neutralise_formula(name)
    assert written[:1] not in "=+-@" and restore_formula(written) == name


# -- 10. helper failure messages say what happened ----------------------------------------------------------

def test_exit_descriptions():
    from playground.core.helper.remote import describe_exit

    assert describe_exit(-9) == "killed by signal 9 (SIGKILL)"
    assert describe_exit(1) == "exit code 1" and describe_exit(None) == "it stopped answering"


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGKILL")
def test_a_killed_helper_is_reported_with_its_signal(qtbot):
    import signal

    from playground.core.training.run import Job
    from playground.ui.run.relay import HelperLink

    link = HelperLink()
    try:
        preset = get_preset("notebook")
        with qtbot.waitSignal(link.progressed, timeout=60_000):
            assert link.submit(Job(preset.dataset(), preset.settings.with_(iterations=10**8, log_every=10**6),
                                   10**8))
        pid = link.helper_pid()
        assert pid is not None
        with qtbot.waitSignal(link.failed, timeout=30_000) as failed:
            os.kill(pid, signal.SIGKILL)
        assert "stopped unexpectedly (killed by signal 9 (SIGKILL))" in failed.args[0]
        assert "()" not in failed.args[0]
    finally:
        link.shutdown()


# -- 4. a very long training says so before it starts; one over the budget never starts -----------------

def _big_table(rows: int, inputs: int):
    rng = np.random.default_rng(1)
    X = rng.integers(0, 2, (rows, inputs)).astype(float)
    return Dataset.from_arrays(X, X[:, :1])


def test_the_window_asks_before_a_training_of_hours(qtbot, monkeypatch):
    w = _window(qtbot)
    w.run_check.interactive = True  # as with a user in front of it
    w.load_experiment(_big_table(4096, 16), Settings(hidden=(64,), iterations=1_000_000, log_every=100_000))
    asked = []
    monkeypatch.setattr(w.run_check, "ask_long_run", lambda warning: asked.append(warning) or False)
    assert not w.train() and not w.run.running  # the teacher said no: nothing started
    assert "will take about" in asked[0] and "hours" in asked[0] and "1,000,000 iterations" in asked[0]
    monkeypatch.setattr(w.run_check, "ask_long_run", lambda warning: asked.append(warning) or True)
    with qtbot.waitSignal(w.run.started, timeout=60_000):
        assert w.train()
    with qtbot.waitSignal(w.run.finished, timeout=60_000):
        w.stop()
    w.load_experiment(_big_table(4096, 16), Settings(hidden=(4,), iterations=1000, log_every=100))
    n = len(asked)
    with qtbot.waitSignal(w.run.finished, timeout=60_000):
        assert w.train()  # a short one is not asked about
    assert len(asked) == n


def test_the_window_refuses_a_training_over_the_memory_budget(qtbot, monkeypatch):
    w = _window(qtbot)
    monkeypatch.setattr(w.run_check, "ask_long_run", lambda warning: pytest.fail("asked"))
    w.load_experiment(_big_table(60_000, 4), Settings(hidden=(256, 256, 256), iterations=2, log_every=1))
    with qtbot.assertNotEmitted(w.run.started, wait=100):
        assert not w.train()
    assert "of memory" in w.message_bar.text() and "the limit is 1.0 GB" in w.message_bar.text()


# -- 4. a large file opens in the background: the window keeps running, and Cancel works -----------------

def _large_csv(path, rows=40_000, bad_last=False):
    rng = np.random.default_rng(2)
    values = rng.random((rows, 8))
    lines = ["a,b,c,d,e,f,g,y"] + [",".join(repr(v) for v in row) for row in values.tolist()]
    if bad_last:
        lines[-1] = lines[-1].rsplit(",", 1)[0] + ",oops"
    path.write_text("\n".join(lines) + "\n")
    return str(path), values


def test_a_large_file_is_read_in_the_background(qtbot, tmp_path):
    from playground.ui.documents.documents_controller import BACKGROUND_BYTES

    path, values = _large_csv(tmp_path / "big.csv")
    assert os.path.getsize(path) > BACKGROUND_BYTES
    w = _window(qtbot)
    ticks = []
    timer_id = w.startTimer(10)  # the window's event loop keeps running while the file is read
    w.timerEvent = lambda event: ticks.append(event.timerId())
    with qtbot.waitSignal(w.documents.loader.loaded, timeout=120_000):
        assert w.documents.open_file(path)  # returns at once: the reading has started
        assert w.documents.loader.busy and w.documents.loader.dialog is not None
        assert w.dataset().n_rows != len(values)  # not yet shown
    w.killTimer(timer_id)
    assert ticks  # the UI thread ran its timers meanwhile
    assert np.array_equal(w.dataset().values, values) and not w.documents.loader.busy
    assert w.documents.loader.dialog is None and w.windowTitle().startswith("big.csv")


def test_cancel_stops_a_background_load_and_keeps_the_document(qtbot, tmp_path):
    path, _ = _large_csv(tmp_path / "big.csv")
    w = _window(qtbot)
    before = w.dataset().values.copy()
    with qtbot.assertNotEmitted(w.documents.loader.loaded, wait=200):
        with qtbot.waitSignal(w.documents.loader.cancelled, timeout=10_000):
            assert w.documents.open_file(path)
            from PySide6.QtWidgets import QPushButton

            w.documents.loader.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert not w.documents.loader.busy and np.array_equal(w.dataset().values, before)


def test_a_bad_large_file_reports_its_place_from_the_background(qtbot, tmp_path):
    path, values = _large_csv(tmp_path / "bad.csv", bad_last=True)
    w = _window(qtbot)
    before = w.dataset().values.copy()
    with qtbot.waitSignal(w.documents.loader.failed, timeout=120_000) as failed:
        assert w.documents.open_file(path)
    assert f"line {len(values) + 1}, column 8 ('y'): 'oops' is not a number" in failed.args[1]
    assert "could not be opened" in w.documents.error_box.text()
    assert np.array_equal(w.dataset().values, before)


def test_a_long_cli_training_or_study_is_announced_before_it_starts(tmp_path):
    table = _table_csv(tmp_path / "rows.csv", 4096, inputs=8)
    for args in (["train", table, "--hidden", "64", "--iterations", "1000000", "--log-every", "100000"],
                 ["study", "--preset", "notebook", "--seeds", "256", "--iterations", "100000000",
                  "--log-every", "10000000"]):
        proc = subprocess.Popen([sys.executable, "-m", "playground", *args], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            first = proc.stderr.readline()  # printed before the first iteration
        finally:
            proc.kill()
            proc.wait()
            proc.stderr.close()
        assert first.startswith("nn-playground: note: this ") and "will take about" in first, first

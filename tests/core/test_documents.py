"""CSV and JSON documents: exact round trips, a named place for every bad input, atomic saves."""

from __future__ import annotations

import json
import os
import re
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from playground.core.data.dataset import DataError, Dataset, generate, name_problem
from playground.core.files.documents import (
    Document, DocumentError, Trained, atomic_write_text, document_from_dict, document_to_dict, format_csv,
    format_document, parse_csv, parse_document, read_any, read_csv, read_document, write_csv, write_document,
)
from playground.core.data.settings import Settings

XOR = "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"


def xor_dataset() -> Dataset:
    return generate(["a", "b"], ["y"], np.array([0, 1, 1, 0]))


def trained_for(dataset: Dataset, settings: Settings, seed: int = 0) -> Trained:
    rng = np.random.default_rng(seed)
    sizes = [len(dataset.input_columns), *settings.hidden, len(dataset.target_columns)]
    weights = [rng.normal(size=(m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
    biases = [rng.normal(size=(1, n)) for n in sizes[1:]] if settings.bias else None  # Network's (1, n) rows
    return Trained(1234, weights, biases, np.array([0, 2, 4, 6]), rng.random(4), np.array([0, 1000]), rng.random(2))


def valid_dict(**trained: bool) -> dict:
    settings = Settings(hidden=(3, 2), bias=True)
    doc = Document(xor_dataset(), settings, trained_for(xor_dataset(), settings) if trained else None)
    return document_to_dict(doc)


def error_of(fn, *args) -> str:
    with pytest.raises(DataError) as info:
        fn(*args)
    return str(info.value)


# -- CSV ---------------------------------------------------------------------------------------

def test_parse_csv_reads_names_roles_and_values():
    ds = parse_csv(XOR)
    assert ds == xor_dataset()
    assert ds.input_names == ["a", "b"] and ds.target_names == ["y"]
    two = parse_csv("a,y1,y2\n0.5,0,1\n-3,1,0.25\n", targets=2)
    assert two.input_names == ["a"] and two.target_names == ["y1", "y2"]
    assert two.values.tolist() == [[0.5, 0, 1], [-3, 1, 0.25]]
    assert parse_csv(XOR, targets=np.int64(1)) == ds


def test_parse_csv_accepts_bom_crlf_spaces_blank_lines_and_other_separators():
    expected = xor_dataset()
    assert parse_csv("\ufeffa, b ,y\r\n0,0,0\r\n\r\n0,1,1\n1,0,1\n1,1,0\n\n\n,,\n") == expected
    assert parse_csv(XOR.replace(",", ";")) == expected
    assert parse_csv(XOR.replace(",", "\t")) == expected


def test_write_csv_round_trips_exactly_and_writes_whole_numbers_plainly(tmp_path):
    ds = Dataset(["x", "t"], ["input", "target"], [[0.1, 0.0], [1 / 3, 1.0], [-123456.789e-3, 0.7], [2.0, 5e-324]])
    path = tmp_path / "d.csv"
    write_csv(path, ds)
    text = path.read_text()
    assert text.splitlines()[:2] == ["x,t", "0.1,0"] and "2,5e-324" in text and ".0" not in text
    back = read_csv(path)
    assert back == ds and back.values.tobytes() == ds.values.tobytes()


def test_write_csv_moves_targets_to_the_end_and_quotes_awkward_names(tmp_path):
    ds = Dataset(["y", 'a,"b"', "c;d é"], ["target", "input", "input"], [[1, 2, 3], [0, 4, 5]])
    path = tmp_path / "d.csv"
    write_csv(path, ds)
    back = read_csv(path)
    assert back.names == ['a,"b"', "c;d é", "y"] and back.roles == ["input", "input", "target"]
    assert back.values.tolist() == [[2, 3, 1], [4, 5, 0]]


def test_write_csv_refuses_an_invalid_dataset_and_leaves_no_file(tmp_path):
    path = tmp_path / "d.csv"
    msg = error_of(write_csv, path, Dataset(["a", "y"], ["input", "target"], [[0, 2]]))
    assert f"cannot save {path}" in msg and "row 1, column 2 ('y')" in msg and "between 0 and 1" in msg
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("text, targets, expected", [
    ("", 1, ["empty"]),
    ("\n\n  \n", 1, ["empty"]),
    ("a,b,y\n", 1, ["header but no rows"]),
    ("a,b,y\n0,0,0\n0,1,1\n1,0\n", 1, ["line 4 has 2 cells, the header has 3"]),
    ("a,b,y\n0,0,0\n0,x,1\n", 1, ["line 3, column 2 ('b')", "'x' is not a number"]),
    ("a,b,y\n0,,0\n", 1, ["line 2, column 2 ('b')", "empty"]),
    ("a,b,y\n0,1_000,0\n", 1, ["line 2, column 2 ('b')", "'1_000' is not a number"]),
    ("a;b;y\n0;0,5;1\n", 1, ["line 2, column 2 ('b')", "'0,5' is not a number (write decimals with a point)"]),
    ("a,b,y\n0,0,0\n\n0,nan,0\n", 1, ["line 4, column 2 ('b')", "'nan' is not a finite number"]),
    ("a,b,y\n-Infinity,0,0\n", 1, ["line 2, column 1 ('a')", "not a finite number"]),
    ("a,b,y\n1e999,0,0\n", 1, ["line 2, column 1 ('a')", "not a finite number"]),
    ("a,b,y\n0,2e6,0\n", 1, ["line 2, column 2 ('b')", "magnitude"]),
    ("a,b,y\n0,0,0\n0,0,1.5\n", 1, ["line 3, column 3 ('y')", "between 0 and 1"]),
    ("a,a,y\n0,0,0\n", 1, ["line 1, column 2", "'a' is used twice"]),
    ("a,,y\n0,0,0\n", 1, ["line 1, column 2", "column name is empty"]),
    ("0,0,1\n0,1,1\n", 1, ["used twice", "first line should hold the column names"]),
    ("a,b,y\n0,0,0\n", 0, ["cannot take 0 target"]),
    ("a,b,y\n0,0,0\n", 3, ["cannot take 3 target", "3 column(s)"]),
    ("a,b,y\n0,0,0\n", True, ["cannot take True target"]),
    ("a\n0\n", 1, ["cannot take 1 target", "1 column(s)"]),
    ('a,b,y\n0,"0"x,0\n', 1, ["line 2"]),
])
def test_malformed_csv_names_the_place(text, targets, expected):
    msg = error_of(parse_csv, text, targets, "data.csv")
    assert msg.startswith("data.csv: ")
    for part in expected:
        assert part in msg


def test_csv_lists_several_value_problems_with_their_lines():
    rows = "".join(f"0,{i},2\n" for i in range(15))
    msg = error_of(parse_csv, "a,b,y\n" + rows, 1, "d.csv")
    lines = msg.splitlines()
    assert lines[0] == "d.csv: line 2, column 3 ('y'): targets must lie between 0 and 1 (the output is a sigmoid)"
    assert lines[1].startswith("d.csv: line 3, column 3") and "more problems" in lines[-1]


# -- JSON documents ----------------------------------------------------------------------------

def test_document_round_trips_without_trained_state(tmp_path):
    doc = Document(xor_dataset(), Settings(hidden=(), iterations=5, learning_rate=0.1, activation="tanh", seed=7))
    path = tmp_path / "p.json"
    write_document(path, doc)
    assert read_document(path) == doc
    d = json.loads(path.read_text())
    assert d["format"] == "nn-playground" and d["version"] == 1 and d["trained"] is None
    assert d["dataset"]["rows"][1] == [0, 1, 1] and d["settings"]["hidden"] == []


@pytest.mark.parametrize("bias", [False, True])
def test_document_round_trips_trained_state_bit_for_bit(tmp_path, bias):
    settings = Settings(hidden=(3, 2), bias=bias)
    doc = Document(xor_dataset(), settings, trained_for(xor_dataset(), settings))
    path = tmp_path / "p.nnp"
    write_document(path, doc)
    back = read_any(path)
    assert back == doc
    for w, v in zip(back.trained.weights, doc.trained.weights):
        assert w.tobytes() == v.tobytes()
    assert back.trained.history_iterations.dtype == np.int64
    assert (back.trained.biases is None) == (not bias)
    assert back.trained.biases is None or all(b.ndim == 1 for b in back.trained.biases)


def test_document_file_is_readable_with_one_row_per_line(tmp_path):
    text = format_document(Document(xor_dataset(), Settings()))
    assert '      [0, 1, 1],\n' in text and text.endswith("}\n")


def test_missing_settings_take_defaults_and_unknown_keys_are_ignored():
    d = valid_dict()
    d["settings"] = {"seed": 9, "future_knob": [1, 2]}
    d["comment"] = "made by a future version 1"
    doc = document_from_dict(d)
    assert doc.settings == Settings(seed=9)
    del d["settings"], d["trained"]
    assert document_from_dict(d).settings == Settings() and document_from_dict(d).trained is None


def test_newer_version_is_refused():
    d = valid_dict()
    d["version"] = 3
    msg = error_of(document_from_dict, d, "p.json")
    assert "p.json: version: made by a newer NN Playground (version 3); this one reads version 2" in msg


def mutate(d: dict, path: list, value) -> dict:
    d = json.loads(json.dumps(d))
    target = d
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return d


DELETE = object()


@pytest.mark.parametrize("path, value, expected", [
    (["format"], "other", "format: not an NN Playground document"),
    (["format"], DELETE, "format: not an NN Playground document (expected 'nn-playground', got nothing)"),
    (["version"], "1", "p.json: version: expected a whole number, got a string"),
    (["version"], True, "version: expected a whole number, got true"),
    (["version"], 1.0, "version: expected a whole number"),
    (["version"], 0, "version: unknown version 0"),
    (["version"], DELETE, "p.json: version: missing"),
    (["dataset"], DELETE, "p.json: dataset: missing"),
    (["dataset"], [], "dataset: expected an object, got a list"),
    (["dataset", "columns"], [], "dataset.columns: the dataset has no columns"),
    (["dataset", "rows"], DELETE, "p.json: dataset.rows: missing"),
    (["trained", "weights"], DELETE, "p.json: trained.weights: missing"),
    (["dataset", "columns", 1, "role"], "output", "dataset.columns[1].role: expected 'input' or 'target'"),
    (["dataset", "columns", 1, "name"], 5, "dataset.columns[1].name: expected a string, got a number"),
    (["dataset", "columns", 1, "name"], "a", "dataset.columns[1].name: column name 'a' is used twice"),
    (["dataset", "columns", 2], "y", "dataset.columns[2]: expected an object, got a string"),
    (["dataset", "rows", 3], [1, 1], "dataset.rows[3]: expected 3 items, got 2"),
    (["dataset", "rows", 3, 2], "1", "dataset.rows[3][2]: expected a number, got a string"),
    (["dataset", "rows", 3, 2], False, "dataset.rows[3][2]: expected a number, got false"),
    (["dataset", "rows", 3, 2], 7, "dataset.rows[3][2] (column 'y'): targets must lie between 0 and 1"),
    (["dataset", "rows", 3, 0], 10**400, "dataset.rows[3][0]: the number is too large"),
    (["dataset", "rows"], [], "dataset: the dataset has no rows"),
    (["settings"], [4], "settings: expected an object, got a list"),
    (["settings", "hidden"], 4, "settings.hidden: expected a list, got a number"),
    (["settings", "hidden", 0], 2.5, "settings.hidden[0]: expected a whole number"),
    (["settings", "hidden", 0], 0, "settings.hidden: hidden layer 1 has 0 units"),
    (["settings", "bias"], 1, "settings.bias: expected true or false, got a number"),
    (["settings", "iterations"], True, "settings.iterations: expected a whole number, got true"),
    (["settings", "learning_rate"], "fast", "settings.learning_rate: expected a number, got a string"),
    (["settings", "learning_rate"], -1, "settings.learning_rate: learning rate must be between 1e-12 and 100000"),
    (["settings", "activation"], "swish", "settings.activation: unknown activation 'swish'"),
    (["trained"], 3, "trained: expected an object or null, got a number"),
    (["trained", "iterations_done"], -1, "trained.iterations_done: -1 is less than the least allowed, 0"),
    (["trained", "weights"], [], "trained.weights: expected 3 weight matrices for layer sizes [2, 3, 2, 1], got 0"),
    (["trained", "weights", 1], [[0.0]], "trained.weights[1]: expected 3 items, got 1"),
    (["trained", "weights", 1, 2], [0.0], "trained.weights[1][2]: expected 2 items, got 1"),
    (["trained", "weights", 1, 2, 0], None, "trained.weights[1][2][0]: expected a number, got null"),
    (["trained", "biases"], None, "trained.biases: the settings have bias on but there are no biases"),
    (["trained", "biases", 2], [0.0, 1.0], "trained.biases[2]: expected 1 items, got 2"),
    (["trained", "biases"], [[0.0]], "trained.biases: expected 3 bias vectors, got 1"),
    (["trained", "history", "errors"], [0.5], "trained.history.errors: expected 4 items, got 1"),
    (["trained", "history", "iterations"], [0, 4, 2, 6], "trained.history.iterations: the iteration numbers must"),
    (["trained", "logged", "iterations", 1], 1.5, "trained.logged.iterations[1]: expected a whole number"),
])
def test_malformed_document_names_the_json_path(path, value, expected):
    msg = error_of(document_from_dict, mutate(valid_dict(trained=True), path, value), "p.json")
    assert msg.startswith("p.json: ") and expected in msg


def test_non_finite_json_numbers_are_refused_with_their_path():
    text = re.sub(r'"weights": \[\[\[[^,]+,', '"weights": [[[NaN,', json.dumps(valid_dict(trained=True)))
    msg = error_of(parse_document, text, "p.json")
    assert "p.json: trained.weights[0][0][0]: not a finite number" in msg
    text = json.dumps(valid_dict()).replace('"learning_rate": 1.0', '"learning_rate": Infinity')
    assert "settings.learning_rate: not a finite number" in error_of(parse_document, text, "p.json")


@pytest.mark.parametrize("text, expected", [
    ("", "line 1, column 1: Expecting value"),
    ('{\n  "format": "nn-playground",\n  "version": 1,,\n}', "line 3, column 16: Expecting property name"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("1" * 5000, "p.json: "),
    ("[1, 2]", "(top level): expected an object, got a list"),
])
def test_json_syntax_and_shape_errors(text, expected):
    assert expected in error_of(parse_document, text, "p.json")


def test_saving_a_document_that_would_not_read_back_is_refused(tmp_path):
    settings = Settings(hidden=(2,))
    trained = trained_for(xor_dataset(), settings)
    trained.weights[0][0, 0] = np.nan
    path = tmp_path / "p.json"
    msg = error_of(write_document, path, Document(xor_dataset(), settings, trained))
    assert msg == f"cannot save {path}: trained.weights[0][0][0]: not a finite number"
    assert not path.exists()


# -- files: detection, size, binary, OS errors -------------------------------------------------

def test_read_any_chooses_by_extension_then_by_content(tmp_path):
    (tmp_path / "x.csv").write_text(XOR)
    assert read_any(tmp_path / "x.csv") == Document(xor_dataset(), Settings())
    doc = Document(xor_dataset(), Settings(seed=5))
    for name in ("x.json", "x.nnp", "x.txt", "noext"):
        write_document(tmp_path / name, doc)
        assert read_any(tmp_path / name) == doc
    (tmp_path / "y.dat").write_text(XOR)
    assert read_any(tmp_path / "y.dat").dataset == xor_dataset()
    (tmp_path / "z.json").write_text(XOR)
    assert "z.json: line 1, column 1" in error_of(read_any, tmp_path / "z.json")


def test_unreadable_paths_give_data_errors(tmp_path):
    missing = tmp_path / "nope.csv"
    with pytest.raises(DocumentError) as info:
        read_csv(missing)
    assert str(info.value) == f"cannot read {missing}: no such file or folder" and info.value.path == str(missing)
    assert error_of(read_any, tmp_path) == f"cannot read {tmp_path}: it is a folder, not a regular file"


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "d.csv"
    path.write_text(XOR)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(os, "open", denied)  # the readers open with os.open (non-blocking, core.fileio)
    assert error_of(read_csv, path) == f"cannot read {path}: permission denied"


def test_oversize_files_are_refused_before_reading(tmp_path, monkeypatch):
    from playground.core.files import document_files

    path = tmp_path / "big.csv"
    path.write_text(XOR)
    monkeypatch.setattr(document_files, "MAX_FILE_BYTES", 10)  # the limit every reader reads by
    msg = error_of(read_csv, path)
    assert f"{path} is too large ({len(XOR)} bytes; the limit is 10)" == msg


@pytest.mark.parametrize("data, byte", [
    (b"a,b,y\n0,0\x00,0\n", 10),
    (b"a,\xff,y\n0,0,0\n", 3),
    (b"\xef\xbb\xbfa,b\x00", 7),
    (bytes(range(256)), 1),
])
def test_binary_files_are_refused_with_the_byte(tmp_path, data, byte):
    path = tmp_path / "bin.csv"
    path.write_bytes(data)
    assert error_of(read_any, path) == f"{path} does not look like a UTF-8 text file (byte {byte})"


def test_latin1_and_utf8_bom_files(tmp_path):
    path = tmp_path / "d.csv"
    path.write_bytes("\ufeffé,b,y\n0,0,0\n".encode("utf-8"))
    assert read_csv(path).names == ["é", "b", "y"]


# -- atomic writes ---------------------------------------------------------------------------

def test_failed_replace_leaves_the_original_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "d.csv"
    path.write_text("original")

    def fail(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(DocumentError) as info:
        write_csv(path, xor_dataset())
    assert str(info.value) == f"cannot save {path}: the disk is full" and info.value.path == str(path)
    assert path.read_text() == "original" and os.listdir(tmp_path) == ["d.csv"]


def test_failed_write_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "d.json"
    path.write_text("original")

    def fail(fd):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(os, "fsync", fail)
    assert error_of(write_document, path, Document(xor_dataset(), Settings())) == f"cannot save {path}: permission denied"
    assert path.read_text() == "original" and os.listdir(tmp_path) == ["d.json"]


def test_interrupted_write_removes_the_temp_file(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(tmp_path / "d.txt", "x")
    assert os.listdir(tmp_path) == []


def test_atomic_write_keeps_permissions_and_uses_the_umask_for_new_files(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("old")
    os.chmod(path, 0o640)
    atomic_write_text(path, "new")
    assert path.read_text() == "new" and (path.stat().st_mode & 0o777) == 0o640
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "fresh.txt", "é")
    finally:
        os.umask(old)
    assert (tmp_path / "fresh.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "fresh.txt").read_bytes() == "é".encode()
    assert sorted(os.listdir(tmp_path)) == ["d.txt", "fresh.txt"]


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    (tmp_path / "link.txt").symlink_to(real)
    atomic_write_text(tmp_path / "link.txt", "new")
    assert (tmp_path / "link.txt").is_symlink() and real.read_text() == "new"


def test_atomic_write_errors(tmp_path):
    assert error_of(atomic_write_text, tmp_path / "no" / "d.txt", "x") == \
        f"cannot save {tmp_path / 'no' / 'd.txt'}: no such file or folder"
    (tmp_path / "dir").mkdir()
    assert error_of(atomic_write_text, tmp_path / "dir", "x") == \
        f"cannot save {tmp_path / 'dir'}: it is a folder, not a regular file"
    assert "cannot be written as UTF-8 (character 2)" in error_of(atomic_write_text, tmp_path / "s.txt", "a\ud800")
    assert sorted(os.listdir(tmp_path)) == ["dir"]


# -- properties -------------------------------------------------------------------------------

NAME_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
names_strategy = st.lists(st.text(NAME_CHARS, min_size=1, max_size=6), min_size=2, max_size=5, unique=True).filter(
    lambda ns: all(name_problem(n, ns[:i]) is None for i, n in enumerate(ns)))


@st.composite
def datasets(draw) -> Dataset:
    names = draw(names_strategy)
    n_targets = draw(st.integers(1, len(names) - 1))
    roles = ["input"] * (len(names) - n_targets) + ["target"] * n_targets
    roles = draw(st.permutations(roles))
    n_rows = draw(st.integers(1, 5))
    inputs = st.one_of(st.integers(-10**6, 10**6).map(float), st.floats(-1e6, 1e6), st.just(-0.0))
    targets = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1))
    values = [[draw(targets if r == "target" else inputs) for r in roles] for _ in range(n_rows)]
    return Dataset(names, roles, values)


@given(datasets())
@hsettings(max_examples=150, deadline=None)
def test_any_valid_dataset_round_trips_through_csv_and_json(ds):
    order = ds.input_columns + ds.target_columns
    back = parse_csv(format_csv(ds), targets=len(ds.target_columns))
    assert back == Dataset([ds.names[c] for c in order], [ds.roles[c] for c in order], ds.values[:, order])
    assert back.values.tobytes() == ds.values[:, order].tobytes()  # bit for bit, even -0.0 and 5e-324
    doc = Document(ds, Settings())
    again = parse_document(format_document(doc))
    assert again == doc and again.dataset.values.tobytes() == ds.values.tobytes()


def only_data_errors(fn, *args):
    try:
        result = fn(*args)
    except DataError:
        return None
    assert isinstance(result, (Dataset, Document))
    return result


@given(st.text(), st.integers(-1, 4))
@hsettings(max_examples=200, deadline=None)
def test_parse_csv_returns_a_dataset_or_raises_data_error(text, targets):
    only_data_errors(parse_csv, text, targets)


@given(st.text(alphabet=st.sampled_from(list("01,;\t\n\r\" .-e5ay")), max_size=60), st.integers(1, 3))
@hsettings(max_examples=300, deadline=None)
def test_csv_like_text_returns_a_dataset_or_raises_data_error(text, targets):
    ds = only_data_errors(parse_csv, text, targets)
    if ds is not None:
        assert ds.problems() == [] and len(ds.target_columns) == targets


@given(st.text())
@hsettings(max_examples=200, deadline=None)
def test_parse_document_returns_a_document_or_raises_data_error(text):
    only_data_errors(parse_document, text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@given(st.data())
@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_valid_document_with_any_part_replaced_reads_or_raises_data_error(data):
    d = valid_dict(trained=data.draw(st.booleans()))
    node = d
    while True:  # walk down to a random part of the document and replace it with arbitrary JSON
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(node[key], (dict, list)) or not node[key] or data.draw(st.booleans()):
            node[key] = data.draw(json_values)
            break
        node = node[key]
    only_data_errors(document_from_dict, d)


@given(st.binary(max_size=300), st.sampled_from([".csv", ".json", ".nnp", ".txt", ""]))
@hsettings(max_examples=200, deadline=None)
def test_read_any_of_arbitrary_bytes_returns_a_document_or_raises_data_error(data, ext):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "f" + ext)
        with open(path, "wb") as f:
            f.write(data)
        only_data_errors(read_any, path)


def test_a_number_too_long_to_read_is_named_with_its_place():
    text = '{\n  "format": "nn-playground",\n  "version": ' + "9" * 5000 + "\n}"
    message = error_of(parse_document, text, "p.json")
    assert "p.json: line 3, column 14: a number with 5,000 digits" in message
    assert "sys." not in message  # no advice meant for Python programmers


def test_a_key_named_twice_in_one_object_is_refused():
    text = format_document(Document(xor_dataset(), Settings(seed=1)))
    assert text.count('"seed": 1,') == 1
    text = text.replace('"seed": 1,', '"seed": 1, "seed": 2,')
    message = error_of(parse_document, text, "p.json")
    assert 'p.json: the key "seed" appears twice in one object' in message

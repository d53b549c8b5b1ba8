"""The published JSON Schemas of documents and autosaves: every file the app writes fits them, the readers check
a file against them before their own checks, and a hostile file is refused with its place named."""

import copy
import json

import numpy as np
import pytest
from jsonschema.validators import validator_for

from playground.core.files import documents

from playground.core.files import json_values

from playground.core.files import schemas
from playground.core.files.autosave import read_autosave, write_autosave
from playground.core.files.documents import (Document, DocumentError, Trained, document_from_dict, format_document,
                                       parse_document)
from playground.core.files.json_checks import JsonProblem
from playground.core.limits import MAX_COLUMNS, MAX_HISTORY_POINTS, MAX_ROWS
from playground.core.nn.optimizers import OPTIMIZERS
from playground.core.data.presets import PRESETS, get_preset
from playground.core.helper.remote import Session
from playground.core.training.run import Job
from playground.core.data.settings import FIELDS, MAX_HIDDEN_LAYERS, MAX_HIDDEN_UNITS, MAX_ITERATIONS


def full_check(instance, name="document"):
    errors = list(schemas.validator(name, full=True).iter_errors(instance))
    assert errors == [], [e.message[:200] for e in errors[:3]]


# -- the schema files ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", schemas.NAMES)
def test_the_published_schemas_are_valid_schemas_with_a_description_everywhere(name):
    for s in (schemas.schema(name), schemas.reading_schema(name)):
        validator_for(s).check_schema(s)

    def undescribed(node, where):  # every property and definition says what it is (the schema is documentation)
        if not isinstance(node, dict):
            return []
        missing = [] if "description" in node or "$ref" in node and where.endswith(("trained", "settings",
                                                                                    "dataset")) else [where]
        for key in ("properties", "$defs"):
            for k, sub in node.get(key, {}).items():
                missing += undescribed(sub, f"{where}/{key}/{k}")
        return missing

    assert undescribed(schemas.schema(name), "#") == []
    assert schemas.schema_path(name).name == f"{name}.schema.json"


def test_the_schema_says_the_limits_and_every_settings_range_of_the_code():
    s = schemas.schema("document")
    defs, fields = s["$defs"], s["$defs"]["settings"]["properties"]
    assert set(fields) == {f.name for f in FIELDS}
    for f in FIELDS:
        node = fields[f.name]
        if f.choices:
            assert node["enum"] == list(f.choices), f.name
        elif f.kind is tuple:
            assert (node["maxItems"], node["items"]["minimum"], node["items"]["maximum"]) == (
                MAX_HIDDEN_LAYERS, f.low, MAX_HIDDEN_UNITS)
        elif f.kind is not bool:
            low = node.get("exclusiveMinimum" if f.open_low else "minimum")
            high = node.get("exclusiveMaximum" if f.open_high else "maximum")
            assert (low, high) == (f.low, f.high), f.name
    assert defs["dataset"]["properties"]["rows"]["maxItems"] == MAX_ROWS
    assert defs["dataset"]["properties"]["columns"]["maxItems"] == defs["row"]["maxItems"] == MAX_COLUMNS
    assert {c["maxItems"] for c in defs["curve"]["properties"].values()} == {MAX_HISTORY_POINTS}
    assert defs["trained"]["properties"]["iterations_done"]["maximum"] == MAX_ITERATIONS
    assert defs["trained"]["properties"]["weights"]["maxItems"] == MAX_HIDDEN_LAYERS + 1
    assert s["properties"]["version"]["enum"] == list(range(1, documents.VERSION + 1))


def test_the_readers_variant_leaves_only_the_bulk_arrays_items_out():
    full, reading = schemas.schema("document"), schemas.reading_schema("document")
    rows = ["$defs", "dataset", "properties", "rows"]

    def at(s, path):
        for part in path:
            s = s[part]
        return s
    assert "items" in at(full, rows) and "items" not in at(reading, rows)
    assert at(reading, rows)["maxItems"] == MAX_ROWS  # the count is still checked, at no cost
    assert at(reading, ["$defs", "dataset", "properties", "columns"]) == at(full, ["$defs", "dataset", "properties",
                                                                                  "columns"])
    assert reading["$defs"]["settings"] == full["$defs"]["settings"]


# -- every document the app writes fits the published schema ---------------------------------------

def written(doc: Document) -> dict:
    """The document as the app writes it to a file, read back as plain JSON."""
    return json.loads(format_document(doc))


def trained_run(dataset, settings, iterations=12) -> Trained:
    """A run as the window keeps it (ui/run.py's result), from the helper's own session."""
    session = Session(Job(dataset, settings, iterations))
    session.trainer.run(iterations)
    snap = session.snapshot("done")
    logged = session.trainer.history.logged
    return Trained(snap.iteration, snap.weights, snap.biases, *snap.curve, *logged, optimizer=snap.optimizer,
                   history_losses=snap.curve_loss, history_tests=snap.curve_test)


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_document_the_app_writes_fits_the_published_schema(preset, optimizer):
    p = get_preset(preset)
    settings = p.settings.with_(optimizer=optimizer, iterations=12, log_every=4)
    versions = set()
    for held_out in (False, True):
        dataset = p.dataset()
        if held_out:
            dataset.test = np.arange(dataset.n_rows) == dataset.n_rows - 1
        for trained in (None, trained_run(dataset, settings)):
            d = written(Document(dataset, settings, trained))
            versions.add(d["version"])
            full_check(d)
            schemas.check(d, "document")  # the readers' variant
            if d["version"] == 2 and trained is not None:  # a run reopened from a file without its losses
                trained.history_losses[:2] = np.nan
                d = written(Document(dataset, settings, trained))
                assert d["trained"]["history"]["losses"][:2] == [None, None]
                full_check(d)
    assert versions == ({1, 2} if settings.is_notebook_rule else {2})  # held-out rows make version 2


def test_every_autosave_the_app_writes_fits_the_published_schema(tmp_path):
    p = get_preset("three-classes")
    dataset = p.dataset()
    dataset.test = np.arange(dataset.n_rows) < 3
    for original, trained in ((None, None), ("/home/ann/xor.nnp", trained_run(dataset, p.settings))):
        path = tmp_path / "a.autosave.json"
        write_autosave(path, Document(dataset, p.settings, trained), original)
        full_check(json.loads(path.read_text(encoding="utf-8")), "autosave")
        assert read_autosave(path).document.dataset == dataset
    wip = Document(get_preset("xor").dataset(), get_preset("xor").settings)
    wip.dataset.values[0, -1] = 2.0  # a target typed half-way: an autosave keeps it
    write_autosave(path, wip, None)
    full_check(json.loads(path.read_text(encoding="utf-8")), "autosave")


# -- hostile documents: refused by the schema first, with the place named ------------------------------

def valid() -> dict:
    p = get_preset("xor")
    return written(Document(p.dataset(), p.settings.with_(optimizer="adam", iterations=12, log_every=4),
                            trained_run(p.dataset(), p.settings.with_(optimizer="adam", iterations=12, log_every=4))))


def deep_junk(depth=500):
    junk = 0
    for _ in range(depth):
        junk = [junk]
    return junk


HOSTILE = [  # (where to put it, what, the place named, words in the message)
    (["dataset"], "rows", "dataset", "expected an object, got a string"),
    (["dataset"], None, "dataset", "expected an object, got null"),
    (["settings"], [], "settings", "expected an object, got a list"),
    (["trained"], 3, "trained", "expected an object or null, got a number"),
    (["dataset", "columns"], {"a": 1}, "dataset.columns", "expected a list, got an object"),
    (["dataset", "columns"], [], "dataset.columns", "the dataset has no columns"),
    (["dataset", "columns"], [{"name": f"c{i}", "role": "input"} for i in range(65)], "dataset.columns",
     "65 columns; the limit is 64"),
    (["dataset", "columns", 1], "y", "dataset.columns[1]", "expected an object, got a string"),
    (["dataset", "columns", 1, "name"], 7, "dataset.columns[1].name", "expected a string, got a number"),
    (["dataset", "columns", 0, "role"], "output" * 100, "dataset.columns[0].role",
     "expected 'input' or 'target', got 'outputoutputoutputoutputoutputoutputoutp…'"),
    (["dataset", "rows"], True, "dataset.rows", "expected a list, got true"),
    (["dataset", "rows"], [[0, 0, 0]] * (MAX_ROWS + 1), "dataset.rows", "65,537 rows; the limit is 65,536"),
    (["dataset", "columns", 1], deep_junk(), "dataset.columns[1]", "expected an object, got a list"),
    (["settings", "hidden"], deep_junk(), "settings.hidden[0]", "expected a whole number, got a list"),
    (["dataset", "test_rows"], "all", "dataset.test_rows", "expected a list, got a string"),
    (["settings", "hidden"], [3] * 9, "settings.hidden", "at most 8 hidden layers, got 9"),
    (["settings", "hidden"], [3, 300], "settings.hidden", "hidden layer 2 has 300 units; use 1 to 256"),
    (["settings", "hidden"], ["3"], "settings.hidden[0]", "expected a whole number, got a string"),
    (["settings", "iterations"], 10**4000, "settings.iterations",
     "iterations must be between 1 and 1,000,000,000, got a number of 4,001 digits"),
    (["settings", "iterations"], 0, "settings.iterations", "iterations must be between 1 and 1,000,000,000, got 0"),
    (["settings", "learning_rate"], 0, "settings.learning_rate", "learning rate must be between 1e-12 and 100000"),
    (["settings", "learning_rate"], "1.0", "settings.learning_rate", "expected a number, got a string"),
    (["settings", "momentum"], 1, "settings.momentum", "momentum must be at least 0 and below 1, got 1"),
    (["settings", "eps"], 0, "settings.eps", "eps must be above 0 and below 1, got 0"),
    (["settings", "activation"], ["relu"], "settings.activation", "unknown activation ['relu']"),
    (["settings", "bias"], "yes", "settings.bias", "expected true or false, got a string"),
    (["settings", "batch_size"], 0, "settings.batch_size", "batch size must be between 1 and 1,000,000, got 0"),
    (["settings", "batch_size"], "all", "settings.batch_size", "expected a whole number or null, got a string"),
    (["trained", "iterations_done"], -3, "trained.iterations_done", "-3 is less than the least allowed, 0"),
    (["trained", "iterations_done"], 10**12, "trained.iterations_done",
     "1,000,000,000,000 is more than the 1,000,000,000 iterations the app can train"),
    (["trained", "weights"], {"W0": []}, "trained.weights", "expected a list, got an object"),
    (["trained", "weights"], [[[0.0]]] * 10, "trained.weights", "10 items; the limit is 9"),
    (["trained", "biases"], "none", "trained.biases", "expected a list or null, got a string"),
    (["trained", "history"], [0, 1], "trained.history", "expected an object, got a list"),
    (["trained", "logged", "errors"], list(range(MAX_HISTORY_POINTS + 1)), "trained.logged.errors",
     "100,001 points; the limit is 100,000"),
    (["trained", "history", "losses"], None, "trained.history.losses", "expected a list, got null"),
    (["trained", "optimizer", "w"], [], "trained.optimizer.w", "not expected here (expected 'v', 'm' or 's')"),
    (["trained"], {"weights": []}, "trained.iterations_done", "missing"),
    (["dataset"], {"columns": [{"name": "a", "role": "input"}]}, "dataset.rows", "missing"),
    (["dataset", "columns", 0], {"name": "a"}, "dataset.columns[0].role", "missing"),
    (["trained", "optimizer", "v" * 10**6], [], "trained.optimizer." + "v" * 40 + "…", "not expected here"),
    (["trained", "optimizer"], "adam", "trained.optimizer", "expected an object, got a string"),
]


def put(d: dict, path: list, value) -> dict:
    d = copy.deepcopy(d)
    target = d
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return d


@pytest.mark.parametrize("path, value, place, words", HOSTILE, ids=[".".join(map(str, h[0])) for h in HOSTILE])
def test_a_hostile_document_is_refused_by_the_schema_first_with_its_place(path, value, place, words, monkeypatch):
    d = put(valid(), path, value)
    with pytest.raises(JsonProblem) as published:
        schemas.check(d, "document", full=True)
    assert str(published.value).startswith(f"{place}: ") and words in str(published.value)
    # the reader: the schema speaks before any semantic check (documents' member lookups) runs
    reached = []
    monkeypatch.setattr(json_values, "member", lambda *args: reached.append(args))
    with pytest.raises(DocumentError) as refused:
        document_from_dict(d, "hostile.nnp")
    assert str(refused.value) == f"hostile.nnp: {published.value}"
    assert reached == [], "the semantic checks ran before the schema check refused the document"
    assert len(str(refused.value)) < 300  # no dump of the huge value


def test_the_semantic_checks_run_after_the_schema_and_still_say_what_it_cannot(monkeypatch):
    d = valid()
    calls = []
    monkeypatch.setattr(json_values, "member", lambda *args, _real=json_values.member: calls.append(args) or _real(*args))
    document_from_dict(d)
    assert calls, "a valid document goes on to the semantic checks"
    d["dataset"]["rows"][1] = d["dataset"]["rows"][1][:2]  # fits the schema; a row shorter than the columns does not
    full_check(d)
    with pytest.raises(DocumentError, match=r"dataset\.rows\[1\]: expected 3 items, got 2"):
        document_from_dict(d)


BULK = [  # an item of a bulk array: (where, what, the place, the reader's words)
    (["dataset", "rows", 3, 1], "1", "dataset.rows[3][1]", "expected a number, got a string"),
    (["dataset", "rows", 2, 0], deep_junk(), "dataset.rows[2][0]", "expected a number, got a list"),
    (["dataset", "test_rows"], [0, 1.5], "dataset.test_rows[1]", "expected a whole number, got a number"),
    (["dataset", "test_rows"], [-1], "dataset.test_rows[0]", "-1 is out of range"),
    (["trained", "weights", 0, 1, 1], None, "trained.weights[0][1][1]", "expected a number, got null"),
    (["trained", "history", "iterations", 0], -1, "trained.history.iterations[0]", "-1 is out of range"),
    (["trained", "history", "losses", 0], "?", "trained.history.losses[0]", "expected a number, got a string"),
    (["trained", "optimizer", "m", 0], 5, "trained.optimizer.m[0]", "expected a list, got a number"),
]


@pytest.mark.parametrize("path, value, place, words", BULK, ids=[".".join(map(str, b[0])) for b in BULK])
def test_an_item_of_a_bulk_array_is_named_by_the_readers_vectorised_check(path, value, place, words):
    d = put(valid(), path, value)
    with pytest.raises(JsonProblem) as published:
        schemas.check(d, "document", full=True)
    assert str(published.value).startswith(f"{place}: ")  # the published schema names the same place...
    schemas.check(d, "document")  # ...the readers' variant leaves it to the reader's own check, which says it
    with pytest.raises(DocumentError) as refused:
        document_from_dict(d, "bulk.nnp")
    assert str(refused.value) == f"bulk.nnp: {place}: {words}"


def test_an_autosave_is_checked_against_its_schema_first(tmp_path):
    path = tmp_path / "x.autosave.json"
    doc = json.loads(format_document(Document(get_preset("xor").dataset(), get_preset("xor").settings)))
    path.write_text(json.dumps({"format": "nn-playground-autosave", "version": 1, "original": 5, "saved_at": "now",
                                "document": doc}), encoding="utf-8")
    assert read_autosave(path).notes  # a bad original or time is said, never refused: the schema lets them be
    path.write_text(json.dumps({"format": "nn-playground-autosave", "version": 1, "document": doc}), encoding="utf-8")
    assert read_autosave(path).document.settings == get_preset("xor").settings
    path.write_text(json.dumps({"format": "nn-playground-autosave", "version": 1}), encoding="utf-8")
    with pytest.raises(DocumentError, match=r"x\.autosave\.json: document: missing$"):
        read_autosave(path)
    bad = put(doc, ["settings", "seed"], -1)
    path.write_text(json.dumps({"format": "nn-playground-autosave", "version": 1, "document": bad}), encoding="utf-8")
    with pytest.raises(DocumentError, match=r"x\.autosave\.json: document: settings\.seed: seed must be between 0"):
        read_autosave(path)
    with pytest.raises(JsonProblem, match=r"^document\.settings\.seed: seed must be between 0"):
        schemas.check({"format": "nn-playground-autosave", "version": 1, "document": bad}, "autosave", full=True)


def test_a_parsed_file_of_deep_junk_is_refused_without_a_recursion():
    text = json.dumps(put(valid(), ["settings"], {"junk": deep_junk(), "seed": "1"}))
    with pytest.raises(DocumentError, match=r"settings\.seed: expected a whole number, got a string"):
        parse_document(text, "deep.nnp")

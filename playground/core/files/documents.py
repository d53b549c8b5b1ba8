"""Reading and writing whole projects (JSON documents), and any file the window opens (``read_any``).

**CSV** (``.csv``) tables are read and written by ``playground.core.files.document_csv`` (its names are
importable from here too).

**Document** (``.json`` / ``.nnp``): a UTF-8 JSON object::

    {"format": "nn-playground", "version": 1,
     "dataset": {"columns": [{"name": "a", "role": "input"}, ...,
                             {"name": "y", "role": "target"}],
                 "rows": [[0, 0, 1, 0], ...]},
     "settings": {"hidden": [4], "iterations": 60000, "learning_rate": 1.0,
                  "activation": "sigmoid", "bias": false, "seed": 1,
                  "log_every": 10000},   # one member per entry of core.settings.FIELDS
     "trained": null}

``trained``, when present, is ``{"iterations_done": N, "weights": [W0, W1,
...], "biases": null or [b0, b1, ...], "history": {"iterations": [...],
"errors": [...]}, "logged": {"iterations": [...], "errors": [...]}}``, where
``W[k]`` is a list of rows of shape ``sizes[k] x sizes[k+1]`` for the layer
sizes ``[n_inputs, *hidden, n_targets]`` and ``b[k]`` has ``sizes[k+1]``
numbers. ``history`` is the plotted error curve and ``logged`` the exact
``Error:`` lines. Floats are written in full precision, so weights read back
bit for bit. Missing settings take their defaults and unknown keys are
ignored, so newer files of version 1 stay readable; a newer version is refused.

``runs``, when present, is every run of the experiment as a tree (``playground.core.training.run_tree``,
``run_tree.schema.json``): ``{"current": id, "runs": [run, ...]}``. Older readers ignore it and read
``trained``, which is then the current run's state with the curve along its path; an older file
without ``runs`` opens as a tree of one run (``tree_of``). A tree never makes a file too large to
open: past ``limits.MAX_SAVED_RUN_NUMBERS`` numbers (or the file size) it is written with fewer
checkpoints, then without the oldest branches off the current path, at last without runs.

Reading checks a parsed document against the published JSON Schema first
(``playground/data/schemas/document.schema.json``, see ``playground.core.files.schemas``), then
checks all that reopening a run needs, so a document opens whole or not at all: the
optimiser state holds exactly its optimiser's slots, the curve and the ``Error:`` lines end
before ``iterations_done``, and the network of its settings takes the saved state. Losses and test errors not known are null.

Every reader raises only ``DataError`` (a ``DocumentError``) whose message
names the file, the place (``line 4, column 2 ('b')`` or ``dataset.rows[3][2]``)
and the problem. Writers are atomic: the old file survives any failure.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.core.files import schemas
from playground.core.data.dataset import DataError, Dataset
# CSV tables (document_csv) and what all files share (document_files): importable from here as ever
from playground.core.files.document_csv import (csv_field, format_csv, neutralise_formula, parse_csv, read_csv,
                                          restore_formula, write_csv)
from playground.core.files.document_files import DocumentError, atomic_write_text, check_size, formatted, read_text
from playground.core.files.fileio import STALE_TEMP_SECONDS, TEMP_MARK, remove_stale_temps
from playground.core.files.json_checks import JsonProblem, JsonTextError, check_header, load_json
from playground.core.files.json_values import (array, dataset_from_json, dataset_to_json, get_member, known_or_null, number,
                                         settings_from_json)
# Limits of what a file may hold, checked before the work that would grow with it (README: "Limits").
from playground.core.limits import (MAX_COLUMNS, MAX_FILE_BYTES, MAX_HISTORY_POINTS, MAX_KEPT_RUNS, MAX_ROWS,
                                    MAX_SAVED_RUN_NUMBERS)
from playground.core.nn.network import Network, layer_sizes
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.training.run_record import Checkpoint, Series
from playground.core.training.run_tree import RunTree
from playground.core.data.settings import FIELDS, MAX_ITERATIONS, NOTEBOOK, Settings
from playground.core.texts import say

FORMAT, VERSION = "nn-playground", 2
# Version 2 (beyond the notebook) adds the settings of playground.core.nn.rules, "test_rows" in the
# dataset, and "optimizer", "losses" and "test_errors" in "trained". A document that uses none of
# them is still written as version 1, so earlier versions of the app open it.

@dataclass(eq=False)
class Trained:
    """A network's learned state and its error history (arrays are normalised on creation)."""

    iterations_done: int
    weights: list[np.ndarray]
    biases: list[np.ndarray] | None = None
    history_iterations: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    history_errors: np.ndarray = field(default_factory=lambda: np.zeros(0))
    logged_iterations: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    logged_errors: np.ndarray = field(default_factory=lambda: np.zeros(0))
    optimizer: dict | None = None  # the optimiser's state arrays (v, or m and s), weights then biases
    history_losses: np.ndarray | None = None  # beside history_errors (NaN where unknown)
    history_tests: np.ndarray | None = None  # the test rows' error there (None without test rows)
    logged_losses: np.ndarray | None = None
    logged_tests: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.iterations_done = int(self.iterations_done)
        self.weights = [np.array(w, dtype=float, ndmin=2) for w in self.weights]
        # Network keeps biases as (1, n) rows; the document stores them flat.
        self.biases = None if self.biases is None else [np.array(b, dtype=float).reshape(-1) for b in self.biases]
        for name in ("history_iterations", "history_errors", "logged_iterations", "logged_errors"):
            setattr(self, name, np.array(getattr(self, name), np.int64 if "iter" in name else float).reshape(-1))
        for name in ("history_losses", "history_tests", "logged_losses", "logged_tests"):
            if getattr(self, name) is not None:
                setattr(self, name, np.array(getattr(self, name), dtype=float).reshape(-1))
        if self.optimizer is not None:
            self.optimizer = {k: [np.array(x, dtype=float) for x in v] for k, v in self.optimizer.items()}

    def series(self) -> list[np.ndarray]:
        return [self.history_iterations, self.history_errors, self.logged_iterations, self.logged_errors]

    def __eq__(self, other: object) -> bool:
        """Exact equality of every number (arrays make the generated __eq__ unusable)."""
        def same(a, b):
            if a is None or b is None:
                return a is b
            return len(a) == len(b) and all(x.shape == y.shape and np.array_equal(x, y) for x, y in zip(a, b))
        return (isinstance(other, Trained) and self.iterations_done == other.iterations_done
                and same(self.weights, other.weights) and same(self.biases, other.biases)
                and same(self.series(), other.series()))


@dataclass
class Document:
    """A whole project: the table, the settings, the trained network (for older readers) and every run.

    ``runs`` is the tree of runs (core/run_tree.py) or None: read from the file's ``runs``, or made of one
    root from an older file's ``trained``. Documents compare without it (a tree compares by identity)."""

    dataset: Dataset
    settings: Settings
    trained: Trained | None = None
    runs: RunTree | None = field(default=None, compare=False)


# -- reading files ---------------------------------------------------------------------------

def read_document(path: str | os.PathLike) -> Document:
    return parse_document(read_text(path), source=os.fspath(path))


def read_any(path: str | os.PathLike, targets: int = 1, output: str = "sigmoid") -> Document:
    """A document from a .csv (default settings), .json or .nnp file; other names are sniffed."""
    name = os.fspath(path)
    ext = os.path.splitext(name)[1].lower()
    text = read_text(name)
    if ext in (".json", ".nnp") or ext != ".csv" and text.lstrip("\ufeff \t\r\n").startswith("{"):
        return parse_document(text, source=name)
    return Document(parse_csv(text, targets, source=name, output=output), Settings())


def send_document(conn, path: str) -> None:
    """In a helper process: read ``path`` and send ("ok", Document) or ("error", message) on ``conn``.

    The window reads large files this way (ui/file_loader.py) so parsing never holds its GIL."""
    from playground.core.training.budget import memory_message

    try:
        conn.send(("ok", read_any(path)))
    except DataError as e:  # core's message as it was made (a core.texts.Text is translated in the window)
        conn.send(("error", e.args[0] if e.args and isinstance(e.args[0], str) else str(e)))
    except MemoryError:
        conn.send(("error", f"{path}: " + memory_message("opening this file")))
    except Exception as e:  # noqa: BLE001 - reported in the window, never a traceback
        conn.send(("error", f"{path}: cannot be read ({type(e).__name__}: {e})"))
    finally:
        conn.close()

# -- JSON documents --------------------------------------------------------------------------

def _trained_from(d: Any, sizes: list[int], bias: bool, optimizer_name: str = "gd") -> Trained:
    done = number(get_member(d, "trained", "iterations_done", int), "trained.iterations_done", int)
    if done > MAX_ITERATIONS:  # Play could never go on from it, and counts past 2**31 overflow Qt's widgets
        raise JsonProblem("trained.iterations_done", f"{done:,} is more than the {MAX_ITERATIONS:,} iterations "
                                              f"the app can train")
    weights = get_member(d, "trained", "weights", list)
    if len(weights) != len(sizes) - 1:
        raise JsonProblem("trained.weights", f"expected {len(sizes) - 1} weight matrices for layer sizes {sizes}, "
                                      f"got {len(weights)}")
    weights = [array(w, f"trained.weights[{k}]", (sizes[k], sizes[k + 1])) for k, w in enumerate(weights)]
    biases = get_member(d, "trained", "biases", list, None) if d.get("biases") is not None else None
    if (biases is None) == bias:
        raise JsonProblem("trained.biases", "the settings have bias on but there are no biases" if bias else
                   "the settings have bias off but there are biases")
    if biases is not None:
        if len(biases) != len(sizes) - 1:
            raise JsonProblem("trained.biases", f"expected {len(sizes) - 1} bias vectors, got {len(biases)}")
        biases = [array(b, f"trained.biases[{k}]", (sizes[k + 1],)) for k, b in enumerate(biases)]
    series, extra = [], {}
    for key in ("history", "logged"):
        part = get_member(d, "trained", key, dict, {})
        raw = get_member(part, f"trained.{key}", "iterations", list, [])
        if len(raw) > MAX_HISTORY_POINTS:
            raise JsonProblem(f"trained.{key}.iterations", f"{len(raw):,} points; the limit is {MAX_HISTORY_POINTS:,}")
        its = array(raw, f"trained.{key}.iterations", (None,), int)
        errs = array(get_member(part, f"trained.{key}", "errors", list, []), f"trained.{key}.errors", (len(its),))
        if np.any(np.diff(its) <= 0):
            raise JsonProblem(f"trained.{key}.iterations", "the iteration numbers must increase")
        if len(its) and its[-1] >= done:
            # iteration i is recorded while update i runs, so a run of N updates records 0 to N - 1;
            # a later point would make the curve go back in time when Play or Step goes on from N
            raise JsonProblem(f"trained.{key}.iterations", say(
                "iteration {iteration:,} is not before iterations_done ({done:,})", iteration=int(its[-1]),
                done=done))
        series += [its, errs]
        for name, field_ in (("losses", "losses"), ("test_errors", "tests")):  # version 2
            values = get_member(part, f"trained.{key}", name, list, None)
            if values is not None:
                extra[f"{key}_{field_}"] = known_or_null(values, f"trained.{key}.{name}", len(its))
    optimizer = get_member(d, "trained", "optimizer", dict, None)
    if optimizer is not None:
        optimizer = _optimizer_state_from(optimizer, optimizer_name, [w.shape for w in weights] + (
            [] if biases is None else [b.shape for b in biases]))
    return Trained(done, weights, biases, *series, optimizer=optimizer, **extra)


def _optimizer_state_from(state: dict, name: str, shapes: list[tuple[int, ...]]) -> dict[str, list[np.ndarray]]:
    """The optimiser's state arrays, checked to be exactly what optimiser ``name`` keeps for these parameters.

    Network.set_state and the update step take it as it is, so a state that does not fit is refused here:
    a missing or foreign slot, a wrong shape, or a negative running average of squared gradients (Adam's
    ``s``, whose square root every step takes)."""
    slots = OptimizerSpec(name).slots()
    for slot in state:
        if slot not in slots:
            raise JsonProblem(f"trained.optimizer.{slot}", say("the {optimizer} optimizer keeps no state {slot!r}",
                                                               optimizer=name, slot=slot))
    missing = [slot for slot in slots if slot not in state]
    if missing:
        raise JsonProblem("trained.optimizer", say("the {optimizer} optimizer needs {slots}; {slot!r} is missing",
                                                   optimizer=name, slots=" and ".join(map(repr, slots)),
                                                   slot=missing[0]))
    out = {}
    for slot in slots:
        arrays = state[slot]
        if not isinstance(arrays, list) or len(arrays) != len(shapes):
            raise JsonProblem(f"trained.optimizer.{slot}", say("expected a list of {n} arrays", n=len(shapes)))
        out[slot] = [array(x, f"trained.optimizer.{slot}[{i}]", shape) for i, (x, shape) in enumerate(zip(arrays,
                                                                                                            shapes))]
    for i, s in enumerate(out.get("s", [])):
        if s.size and s.min() < 0:
            raise JsonProblem(f"trained.optimizer.s[{i}]", say(
                "Adam's running average of squared gradients cannot be negative, got {value:g}", value=float(s.min())))
    return out


def _document(d: Any, check_values: bool = True) -> Document:
    check_header(d, FORMAT, VERSION, say("document"))  # what the file is and which version: its own words
    runs = d.get("runs") if isinstance(d, dict) else None
    if isinstance(runs, dict) and isinstance(runs.get("runs"), list) and len(runs["runs"]) > MAX_KEPT_RUNS:
        # counted before the schema, which would read every one of tens of thousands of runs first (seconds)
        raise JsonProblem("runs.runs", say("{n:,} items; the limit is {limit:,}", n=len(runs["runs"]),
                                           limit=MAX_KEPT_RUNS))
    schemas.check(d, "document")  # the published schema (playground/data/schemas), before the checks below
    settings = settings_from_json(get_member(d, "", "settings", dict, {}), check_values)
    dataset = dataset_from_json(get_member(d, "", "dataset", dict), check_values, settings.output)
    trained = get_member(d, "", "trained", dict, None) if d.get("trained") is not None else None
    if trained is not None:
        sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))
        trained = _trained_from(trained, sizes, settings.bias, settings.optimizer)
        _check_network_takes(trained, dataset, settings)
    if d.get("runs") is not None:
        runs = RunTree.parse(get_member(d, "", "runs", dict), "runs")
    else:  # an older file: its one run, if it was trained
        runs = None if trained is None else tree_of(dataset, settings, trained)
    return Document(dataset, settings, trained, runs)


def tree_of(dataset: Dataset, settings: Settings, trained: Trained) -> RunTree:
    """A tree of one root run from a ``Trained``: an older document's run (started from the seed), paused at
    its iteration with its curve and Error: lines."""
    tree = RunTree()
    root = tree.add_root(dataset, settings)
    curve = Series(trained.history_iterations, trained.history_errors, trained.history_losses, trained.history_tests)
    logged = Series(trained.logged_iterations, trained.logged_errors, trained.logged_losses, trained.logged_tests)
    last = Checkpoint(trained.iterations_done, trained.weights, trained.biases, trained.optimizer)
    tree.update(root.with_progress(last=last, curve=curve, logged=logged, state="paused"))
    return tree


def trained_of(tree: RunTree | None, dataset: Dataset | None = None, settings: Settings | None = None) -> Trained | None:
    """The current run of ``tree`` as a ``Trained`` (what older readers read): its last state (or the state it
    started from) with the curve and the Error: lines along its path; None when it has no state yet, or when
    it did not train ``dataset`` under ``settings`` (given: a document's own; Iterations aside)."""
    run = None if tree is None else tree.current
    if run is None or run.last is None and run.start is None:
        return None
    # a document's own table and settings: the current run is its trained network only when it trained them
    # (Iterations aside); a window showing the untrained network of other settings saves none
    if dataset is not None and settings is not None and not (run.settings.same_run(settings)
                                                              and run.dataset == dataset):
        return None
    state = run.last or run.start
    # only the points with a finite error: the older readers' `trained` member holds nothing else, and a run
    # record may (a crafted file's null or "inf"): the document must save again as it opened
    curve, logged = (_finite_points(s) for s in (tree.path_curve(run.id), tree.path_logged(run.id)))
    optimizer = None if not state.optimizer else {k: [np.array(x) for x in v] for k, v in state.optimizer.items()}
    return Trained(state.iteration, [np.array(w) for w in state.weights],
                   None if state.biases is None else [np.array(b) for b in state.biases],
                   curve.iterations, curve.errors, logged.iterations, logged.errors, optimizer=optimizer,
                   history_losses=curve.losses, history_tests=curve.tests, logged_losses=logged.losses,
                   logged_tests=logged.tests)


def _finite_points(series):
    """The points of a run's Series whose error is finite."""
    keep = np.isfinite(series.errors)
    if keep.all():
        return series
    return Series(series.iterations[keep], series.errors[keep], series.losses[keep], series.tests[keep])


def _check_network_takes(trained: Trained, dataset: Dataset, settings: Settings) -> None:
    """Give the saved state to the network these settings build, as reopening the run does (Network.set_state):
    whatever it refuses is refused here, while reading, not half-way through opening the document."""
    if settings.problems():  # an autosave's work in progress: no network is built from it until they are fixed
        return
    network = Network.from_settings(settings, len(dataset.input_columns), len(dataset.target_columns))
    try:
        network.set_state(trained.weights, trained.biases, trained.optimizer)
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise JsonProblem("trained", say("the network of these settings cannot take this state ({problem})",
                                         problem=str(e))) from None


def document_from_dict(d: Any, source: str = "<document>", check_values: bool = True) -> Document:
    """A validated Document from parsed JSON; DocumentError names the JSON path of any problem.

    ``check_values=False`` accepts a table that cannot be trained on yet (a target of 2, a
    repeated name: work in progress, as an autosave holds it); cells must still be finite numbers.
    """
    try:
        return _document(d, check_values)
    except JsonProblem as e:
        raise DocumentError(say("{source}: {problem}", source=source, problem=e.args[0]), source) from None


def parse_document(text: str, source: str = "<text>") -> Document:
    check_size(text, source, document=True)
    try:
        d = load_json(text)
    except JsonTextError as e:
        raise DocumentError(say("{source}: {problem}", source=source, problem=e.args[0]), source) from None
    return document_from_dict(d, source)


def document_to_dict(doc: Document, max_run_numbers: int = MAX_SAVED_RUN_NUMBERS) -> dict:
    """The JSON-ready dict of a document (plain lists, ints and floats); ``trained`` is the document's, else
    its tree's current run (``trained_of``), and ``runs`` the tree when there is one, with at most
    ``max_run_numbers`` numbers (RunTree.to_json; negative: left out)."""
    ds, t = doc.dataset, doc.trained if doc.trained is not None else trained_of(doc.runs, doc.dataset, doc.settings)
    test_rows = np.flatnonzero(ds.test_mask).tolist()
    dataset = dataset_to_json(ds)
    settings = doc.settings.to_dict()
    beyond = bool(test_rows) or not doc.settings.is_notebook_rule
    if not beyond:  # a version 1 document, as earlier versions of the app wrote it: the notebook's settings
        settings = {f.name: settings[f.name] for f in FIELDS if f.group == NOTEBOOK}
    trained = None
    if t is not None:
        trained = {"iterations_done": t.iterations_done, "weights": [w.tolist() for w in t.weights],
                   "biases": None if t.biases is None else [b.tolist() for b in t.biases],
                   "history": {"iterations": t.history_iterations.tolist(), "errors": t.history_errors.tolist()},
                   "logged": {"iterations": t.logged_iterations.tolist(), "errors": t.logged_errors.tolist()}}
        if beyond:
            for key, losses, tests in (("history", t.history_losses, t.history_tests),
                                       ("logged", t.logged_losses, t.logged_tests)):
                if losses is not None:
                    trained[key]["losses"] = _finite_or_null(losses)
                if tests is not None and test_rows:
                    trained[key]["test_errors"] = _finite_or_null(tests)
            if t.optimizer:
                n = len(t.weights)  # then the biases, flat as "biases" are written
                trained["optimizer"] = {k: [x.tolist() if i < n else x.reshape(-1).tolist() for i, x in enumerate(v)]
                                        for k, v in t.optimizer.items()}
    out = {"format": FORMAT, "version": VERSION if beyond else 1,
           "dataset": dataset, "settings": settings, "trained": trained}
    if doc.runs is not None and len(doc.runs) and max_run_numbers >= 0:
        out["runs"] = doc.runs.to_json(max_run_numbers)  # a member older readers ignore: the version stays
    return out


def _finite_or_null(values: np.ndarray) -> list:
    return [float(v) if math.isfinite(v) else None for v in values.tolist()]


def _dumps(obj: Any, indent: str = "") -> str:
    """JSON with one line per list of numbers (a row, a weight row) or flat object, nesting indented;
    the runs of a tree one line each (thousands of weight rows: a line per row would be slow to write)."""
    inner = indent + "  "
    if isinstance(obj, dict) and any(isinstance(v, (list, dict)) for v in obj.values()):
        items = [f"{inner}{json.dumps(k)}: " + (
            "[\n" + ",\n".join(inner + "  " + json.dumps(run, ensure_ascii=False, allow_nan=False) for run in v)
            + "\n" + inner + "]" if k == "runs" and isinstance(v, list) and v else _dumps(v, inner))
            for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(obj, list) and any(isinstance(v, (list, dict)) for v in obj):
        return "[\n" + ",\n".join(inner + _dumps(v, inner) for v in obj) + "\n" + indent + "]"
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def format_document(doc: Document) -> str:
    """The document as JSON text; DataError if it would not read back (e.g. NaN weights).

    A tree of runs that would make the file larger than MAX_FILE_BYTES (beside a large table) is written
    with fewer numbers (RunTree.to_json), at last without its runs: the file always opens again."""
    budget = MAX_SAVED_RUN_NUMBERS
    d = document_to_dict(doc, budget)
    try:
        _document(d)  # never write a file that read_document would refuse
    except JsonProblem as e:
        raise DataError(str(e)) from None
    text = _dumps(d) + "\n"
    while "runs" in d and len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:  # fewer of the runs' numbers: a part of them
        budget = budget // 4 if budget > 1000 else -1  # -1: no runs at all
        d = document_to_dict(doc, budget)
        text = _dumps(d) + "\n"
    return text


def write_document(path: str | os.PathLike, doc: Document) -> None:
    atomic_write_text(path, formatted(path, format_document, doc))


__all__ = ["neutralise_formula", "restore_formula", "remove_stale_temps", "TEMP_MARK", "STALE_TEMP_SECONDS", "read_text",
           "csv_field", "Document", "DocumentError", "DataError", "Trained", "tree_of", "trained_of", "MAX_FILE_BYTES", "MAX_ROWS", "MAX_COLUMNS",
           "MAX_HISTORY_POINTS", "FORMAT", "VERSION",
           "read_csv", "parse_csv", "format_csv", "write_csv", "read_document", "parse_document",
           "format_document", "write_document", "document_to_dict", "document_from_dict", "read_any",
           "atomic_write_text"]

"""Documents keep the tree of runs: saved and reopened whole, older files open as one run, and a hostile
``runs`` member is refused with its place, by the published schema first where the schema can say it."""

import copy
import json

import numpy as np
import pytest

from playground.core.files import json_values

from playground.core.files import schemas
from playground.core.files.documents import (Document, DocumentError, document_from_dict, document_to_dict, format_document,
                                       read_document, write_document)
from playground.core.files.json_checks import JsonProblem
from playground.core.limits import MAX_HISTORY_POINTS, MAX_KEPT_RUNS, MAX_SAVED_RUN_NUMBERS
from playground.core.data.presets import get_preset
from playground.core.training.run_record import Checkpoint, Series, trainer_from
from playground.core.training.run_tree import RunTree


def train(tree, until):
    record = tree.current
    trainer = trainer_from(record.dataset, record.settings, record.start, keep_timeline=True)
    trainer.run(until)
    h = trainer.history
    tree.update(record.with_progress(last=Checkpoint.from_network(trainer.network), curve=Series.of_history(h),
                                     logged=Series.of_history(h, logged=True),
                                     checkpoints=[Checkpoint.from_snapshot(s) for s in trainer.timeline],
                                     state="paused"))


def branched(preset="notebook", **changes):
    """A tree as the window makes it: train; a typed weight branches; a new learning rate branches; Undo."""
    p = get_preset(preset)
    settings = p.settings.with_(log_every=100, **changes)
    tree = RunTree()
    tree.add_root(p.dataset(), settings)
    train(tree, 600)
    root = tree.current
    at = root.last
    weights = [w.copy() for w in at.weights]
    weights[0][0, 2] = 2.0
    typed = Checkpoint(at.iteration, weights, at.biases, at.optimizer)
    child = tree.branch(at, root.dataset, settings, "weight W1[0,2] = 2", start=typed)
    assert child.start == typed and child.branched_at == 600
    train(tree, 900)
    tree.branch(tree.current.checkpoints[3], root.dataset, settings.with_(learning_rate=2.0), "learning rate 1 → 2")
    train(tree, 1200)
    tree.select(child.id)  # Undo: back to the weight's branch
    return Document(root.dataset, settings, None, tree)


@pytest.mark.parametrize("preset, changes", [("notebook", {}), ("overfitting", {"optimizer": "adam", "hidden": (6,)})])
def test_save_and_reopen_keep_the_tree(tmp_path, preset, changes):
    doc = branched(preset, **changes)
    path = tmp_path / "tree.nnp"
    write_document(path, doc)
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = list(schemas.validator("document", full=True).iter_errors(data))  # the published schema, whole
    assert errors == [], [e.message[:200] for e in errors[:3]]
    again = read_document(path)
    assert [r.to_json() for r in again.runs] == [r.to_json() for r in doc.runs]
    assert again.runs.current.id == doc.runs.current.id == "r2"
    assert again.runs.path_logged() == doc.runs.path_logged()
    # older readers: "trained" is the current run's state with the curve along its path
    t = again.trained
    assert t.iterations_done == 900 and t.logged_iterations.tolist() == list(range(0, 900, 100))
    assert all(np.array_equal(a, b) for a, b in zip(t.weights, doc.runs.current.last.weights))


def test_an_older_document_opens_as_one_root_run(tmp_path):
    p = get_preset("notebook")
    trainer = trainer_from(p.dataset(), p.settings, None)
    trainer.run(20000)
    path = tmp_path / "old.nnp"
    write_document(path, Document(p.dataset(), p.settings))  # an untrained document has no runs at all
    assert "runs" not in json.loads(path.read_text()) and read_document(path).runs is None
    write_document(path, Document(p.dataset(), p.settings, _trained(trainer)))  # as the window wrote it before
    data = json.loads(path.read_text())
    assert "runs" not in data and data["version"] == 1  # as earlier versions wrote it
    tree = read_document(path).runs
    assert len(tree) == 1 and tree.current.parent is None and tree.current.iteration == 20000
    assert tree.current.logged.iterations.tolist() == [0, 10000]
    assert tree.current.last == Checkpoint.from_network(trainer.network)


def _trained(trainer):
    from playground.core.files.documents import Trained

    h = trainer.history
    state = trainer.network.get_state()
    return Trained(trainer.iteration, state["weights"], state["biases"], *h.curve, *h.logged)


def valid() -> dict:
    return json.loads(json.dumps(document_to_dict(branched())))


def runs_of(d):
    return d["runs"]["runs"]


# (change to the document's dict, place, words, whether the published schema says it)
HOSTILE = [
    (lambda d: d.__setitem__("runs", [1, 2]), "runs", "expected an object or null, got a list", True),
    (lambda d: d["runs"].__setitem__("runs", {"r1": {}}), "runs.runs", "expected a list, got an object", True),
    (lambda d: runs_of(d)[0].__setitem__("state", 7), "runs.runs[0].state", "expected 'idle'", True),
    (lambda d: runs_of(d)[1].__setitem__("id", ""), "runs.runs[1].id", "", True),
    (lambda d: runs_of(d)[1]["last"].__setitem__("weights", "W"), "runs.runs[1].last.weights",
     "expected a list, got a string", True),
    (lambda d: d["runs"].__setitem__("runs", [{}] * (MAX_KEPT_RUNS + 1)), "runs.runs",
     f"items; the limit is {MAX_KEPT_RUNS}", True),
    (lambda d: runs_of(d)[0]["curve"].__setitem__("iterations", list(range(MAX_HISTORY_POINTS + 1))),
     "runs.runs[0].curve.iterations", f"points; the limit is {MAX_HISTORY_POINTS:,}", True),
    (lambda d: runs_of(d)[0].__setitem__("parent", "r3"), "runs.runs[0].parent", "the runs' parents make a cycle", False),
    (lambda d: runs_of(d)[1].__setitem__("parent", "r1"), None, None, False),  # (valid: r2's own parent)
    (lambda d: runs_of(d)[2].__setitem__("parent", "r9"), "runs.runs[2].parent", "no run 'r9' in this tree", False),
    (lambda d: runs_of(d)[2].__setitem__("parent", "r1"), "runs.runs[2].branched_at",  # r3 starts after r1's end
     "outside its parent's iterations (0 to 600)", False),
    (lambda d: runs_of(d)[1]["last"]["weights"][0][0].__setitem__(0, float("nan")), "runs.runs[1].last.weights[0][0][0]",
     "not a finite number", False),
    (lambda d: runs_of(d)[1]["logged"].__setitem__("errors", [0.5]), "runs.runs[1].logged.errors",
     "expected 3 items, got 1", False),
]


@pytest.mark.parametrize("change, place, words, by_schema", HOSTILE, ids=[f"{h[1]}-{i}" for i, h in enumerate(HOSTILE)])
def test_a_hostile_runs_member_is_refused_naming_the_place(change, place, words, by_schema, monkeypatch):
    d = valid()
    change(d)
    if place is None:  # a change that keeps the document valid: it opens
        assert len(document_from_dict(copy.deepcopy(d), "fine.nnp").runs) == 3
        return
    if by_schema:
        with pytest.raises(JsonProblem) as published:
            schemas.check(d, "document", full=True)
        assert str(published.value).startswith(f"{place}: ") and words in str(published.value), str(published.value)
        reached = []  # the reader: the schema speaks before any semantic check runs
        monkeypatch.setattr(json_values, "member", lambda *args: reached.append(args))
    with pytest.raises(DocumentError) as refused:
        document_from_dict(d, "hostile.nnp")
    message = str(refused.value)
    assert message.startswith(f"hostile.nnp: {place}: ") and words in message, message
    assert len(message) < 300  # no dump of a huge value
    if by_schema:
        assert message == f"hostile.nnp: {published.value}" and reached == []


def reopened(doc, max_numbers):
    """The document written with at most ``max_numbers`` numbers of runs (as format_document writes it with
    limits.MAX_SAVED_RUN_NUMBERS), and read again."""
    return document_from_dict(json.loads(json.dumps(document_to_dict(doc, max_numbers), allow_nan=False)))


def test_a_saved_tree_is_bounded_checkpoints_go_first_then_old_branches_the_path_stays():
    doc = branched()
    params = 3 * 4 + 4 * 1  # the notebook's weights, gradient descent: no optimiser state
    fixed = sum(4 * (len(r.curve) + len(r.logged)) + (2 if r.start else 1) * params  # all but the checkpoints
                for r in doc.runs)
    assert sum(len(r.checkpoints) for r in doc.runs) * params > 600
    assert [r.to_json() for r in reopened(doc, MAX_SAVED_RUN_NUMBERS).runs] == [r.to_json() for r in doc.runs]
    again = reopened(doc, fixed + 300).runs
    assert [r.id for r in again] == ["r1", "r2", "r3"]  # the checkpoints went, every run stayed
    assert all(len(r.checkpoints) < len(doc.runs.get(r.id).checkpoints) for r in again)
    assert again.path_logged() == doc.runs.path_logged() and again.current.last == doc.runs.current.last
    again = reopened(doc, fixed - 1).runs  # not even the runs fit: r3 (off the path) is left out
    assert [r.id for r in again] == ["r1", "r2"] and again.current.id == "r2"
    assert all(len(r.checkpoints) == 0 for r in again)
    assert reopened(doc, -1).runs.current.iteration == 900  # no runs: the one run of "trained" (the current)


def test_a_tree_too_large_for_a_file_is_written_smaller_so_that_it_opens(tmp_path, monkeypatch):
    from playground.core.files import documents

    doc = branched()
    from playground.core.files.documents import trained_of

    bare = len(format_document(Document(doc.dataset, doc.settings, trained_of(doc.runs))))  # "trained", no "runs"
    whole = len(format_document(doc))
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", bare + (whole - bare) // 2)  # half the tree's bytes fit
    path = tmp_path / "large.nnp"
    write_document(path, doc)
    assert len(path.read_bytes()) <= documents.MAX_FILE_BYTES
    again = read_document(path).runs
    assert again.current.id == "r2" and again.path_logged() == doc.runs.path_logged()
    assert sum(len(r.checkpoints) for r in again) < sum(len(r.checkpoints) for r in doc.runs)
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", bare + 100)  # no run fits: the file keeps "trained" alone
    write_document(path, doc)
    assert "runs" not in json.loads(path.read_text()) and read_document(path).trained.iterations_done == 900


def test_an_autosave_keeps_the_tree(tmp_path):
    from playground.core.files.autosave import read_autosave, write_autosave

    doc = branched()
    path = tmp_path / "x.autosave.json"
    write_autosave(path, doc, None)
    again = read_autosave(path).document.runs
    assert [r.to_json() for r in again] == [r.to_json() for r in doc.runs] and again.current.id == "r2"

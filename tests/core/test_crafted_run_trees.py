"""Crafted ``runs`` members that an attack found: each opens and saves again, or is refused at once with its place.

* a lone surrogate in a run's id or change text (it opened, then could not be saved: no UTF-8 file holds it);
* a null or "inf" error in a run's curve (it opened, then saving refused a ``trained`` member the file did not have);
* tens of thousands of runs (refused, but only after the schema had read every one: seconds).
"""

import json

import numpy as np
import pytest

from playground.core.files.documents import DocumentError, document_to_dict, read_document, write_document
from playground.core.limits import MAX_KEPT_RUNS
from tests.core.test_document_runs import branched


def saved(tmp_path, name="tree.nnp") -> dict:
    path = tmp_path / name
    write_document(path, branched())
    return json.loads(path.read_text(encoding="utf-8"))


def write(tmp_path, data: dict, name="crafted.nnp"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: a lone surrogate is written as \\ud800
    return path


@pytest.mark.parametrize("member", ["change", "id"])
def test_a_lone_surrogate_in_a_run_is_refused_with_its_place(tmp_path, member):
    data = saved(tmp_path)
    run = data["runs"]["runs"][1]
    if member == "id":
        old = run["id"]
        for other in data["runs"]["runs"]:
            if other.get("parent") == old:
                other["parent"] = "\ud800x"
        if data["runs"]["current"] == old:
            data["runs"]["current"] = "\ud800x"
    run[member] = "\ud800x"
    with pytest.raises(DocumentError) as e:
        read_document(write(tmp_path, data))
    assert f"runs.runs[1].{member}" in str(e.value) and "surrogate" in str(e.value)


@pytest.mark.parametrize("value", [None, "inf", "-inf"])
def test_a_run_whose_curve_has_a_non_finite_error_opens_and_saves_again(tmp_path, value):
    data = saved(tmp_path)
    current = next(r for r in data["runs"]["runs"] if r["id"] == data["runs"]["current"])
    current["curve"]["errors"][2] = value
    data["trained"] = None  # as a crafted file may: the writer makes it from the current run
    doc = read_document(write(tmp_path, data))
    again = tmp_path / "again.nnp"
    write_document(again, doc)  # what opened saves again
    reopened = read_document(again)
    errors = reopened.trained.history_errors
    path = doc.runs.path_curve().errors
    assert np.isfinite(errors).all() and len(errors) == len(path) - 1 == np.isfinite(path).sum()
    assert document_to_dict(reopened)["runs"]["current"] == data["runs"]["current"]


def test_too_many_runs_are_refused_by_their_count(tmp_path):
    data = saved(tmp_path)
    leaf = data["runs"]["runs"][-1]
    small = dict(leaf, last=None, curve={"iterations": []}, logged={"iterations": []}, checkpoints=[], state="idle")
    small.pop("dataset", None)
    extra = [dict(small, id=f"x{i}") for i in range(MAX_KEPT_RUNS + 10 - len(data["runs"]["runs"]))]
    data["runs"]["runs"] += extra
    with pytest.raises(DocumentError) as e:
        read_document(write(tmp_path, data))
    message = str(e.value)
    assert "runs.runs" in message and f"the limit is {MAX_KEPT_RUNS}" in message, message

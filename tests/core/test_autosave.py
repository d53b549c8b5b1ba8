"""Autosave files: written atomically, read back exactly, even with a table that cannot be trained yet."""

import json
import os
import time

import numpy as np
import pytest

from playground.core.files.autosave import SUFFIX, list_autosaves, read_autosave, write_autosave
from playground.core.data.dataset import Dataset, generate
from playground.core.files.documents import Document, DocumentError, Trained, document_from_dict, document_to_dict
from playground.core.data.settings import Settings


def trained_doc() -> Document:
    ds = generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float))
    settings = Settings(hidden=(2,), bias=True, iterations=10, log_every=5)
    trained = Trained(10, [np.full((2, 2), 0.1), np.full((2, 1), -0.3)], [np.zeros(2), np.ones(1) / 3],
                      [0, 5, 9], [0.5, 0.4, 0.3], [0, 5], [0.5, 0.4])
    return Document(ds, settings, trained)


def test_round_trip_with_weights_and_the_original_file(tmp_path):
    path = tmp_path / f"s1{SUFFIX}"
    doc = trained_doc()
    before = time.time()
    write_autosave(path, doc, "/home/ann/xor.nnp")
    item = read_autosave(path)
    assert item.original == "/home/ann/xor.nnp" and item.title() == "xor.nnp"
    assert item.saved_at >= before - 1
    assert item.document.dataset == doc.dataset and item.document.settings == doc.settings
    assert item.document.trained == doc.trained


def test_a_table_that_cannot_be_trained_yet_is_kept_as_it_was(tmp_path):
    ds = Dataset(["a", "a", "y"], ["input", "input", "target"], [[0, 1, 2.0], [1, 1, 0.5]])
    path = tmp_path / f"s2{SUFFIX}"
    write_autosave(path, Document(ds, Settings()), None)
    item = read_autosave(path)
    assert item.document.dataset == ds and item.original is None and item.title() == "Untitled"
    with pytest.raises(DocumentError):  # a saved document would refuse it
        document_from_dict(document_to_dict(Document(ds, Settings())))


@pytest.mark.parametrize("content, problem", [
    ("{not json", "not a readable autosave"),
    ('{"format": "nn-playground", "version": 1}', "not an NN Playground autosave"),
    ('{"format": "nn-playground-autosave", "version": 99, "document": {}}', "newer"),
    ('{"format": "nn-playground-autosave", "version": 1, "document": {"format": "nn-playground"}}', "version"),
])
def test_bad_autosaves_name_the_file(tmp_path, content, problem):
    path = tmp_path / f"bad{SUFFIX}"
    path.write_text(content)
    with pytest.raises(DocumentError) as info:
        read_autosave(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_list_newest_first(tmp_path):
    for i, name in enumerate(["old", "new"]):
        p = tmp_path / f"{name}{SUFFIX}"
        write_autosave(p, trained_doc(), None)
        os.utime(p, (1000 + i, 1000 + i))
    (tmp_path / "other.json").write_text(json.dumps({}))
    assert [os.path.basename(p) for p in list_autosaves(tmp_path)] == [f"new{SUFFIX}", f"old{SUFFIX}"]
    assert list_autosaves(tmp_path / "missing") == []

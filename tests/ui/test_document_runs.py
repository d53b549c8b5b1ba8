"""The runs a document keeps (document_runs.py): a finished run becomes the document's trained network, the
edits that reset the network drop it, Save writes it with the tree, and a failed open puts back what was shown."""

import numpy as np
import pytest

from playground.core.files.documents import Document
from playground.ui.documents.document_runs import DocumentRuns

TIMEOUT = 60_000


@pytest.fixture
def trained(qtbot, window):
    """The window after a short Train, and the documents' runs."""
    window.documents.interactive = True
    window.controls.iterations_spin.setValue(300)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        assert window.train()
    return window, window.documents.runs


def test_a_finished_run_is_the_documents_trained_network_and_marks_it_modified(trained):
    window, runs = trained
    assert isinstance(runs, DocumentRuns)
    assert runs.trained is not None and runs.trained.iterations_done == 300
    for saved, live in zip(runs.trained.weights, window.run.network.weights):
        np.testing.assert_array_equal(saved, live)
    assert window.isWindowModified()
    doc = runs.document(window.dataset(), window.settings())
    assert doc.trained is runs.trained and doc.runs is not None and len(doc.runs) == 1


def test_more_iterations_keep_the_run_but_another_seed_drops_it(trained):
    window, runs = trained
    window.controls.iterations_spin.setValue(900)
    assert runs.trained is not None  # the run can go on under the new count
    window.controls.seed_spin.setValue(window.controls.seed_spin.value() + 1)
    assert runs.trained is None
    assert runs.document(window.dataset(), window.settings()).trained is None


def test_an_edit_of_the_table_drops_the_run(trained):
    window, runs = trained
    assert window.dataset_model.setData(window.dataset_model.index(0, 0), "0.5")
    assert runs.trained is None


def test_reset_drops_the_run(trained):
    window, runs = trained
    window.reset_action.trigger()
    assert runs.trained is None


def test_a_document_shown_then_put_back_leaves_the_screen_as_it_was(trained):
    window, runs = trained
    before = runs.on_screen()
    table, settings, kept, _, tree = before
    other = Document(table.copy(), settings.with_(seed=settings.seed + 5))
    runs.loading = True
    try:
        runs.show(other)
        assert window.settings().seed == settings.seed + 5 and len(window.run.runs()) == 0
        runs.put_back(*before)
    finally:
        runs.loading = False
    assert window.settings() == settings
    np.testing.assert_array_equal(window.dataset().values, table.values)
    assert runs.trained is kept
    assert len(window.run.runs()) == len(tree)
    np.testing.assert_array_equal(window.run.network.weights[0], kept.weights[0])  # the run on show again


def test_a_documents_tree_is_shown_at_its_current_run_and_adopted(trained):
    window, runs = trained
    doc = runs.document(window.dataset().copy(), window.settings())
    window.reset_action.trigger()
    assert runs.trained is None
    runs.loading = True
    try:
        runs.show(doc)
    finally:
        runs.loading = False
    runs.adopt(doc)
    assert runs.trained is doc.trained and window.run.iteration == 300
    np.testing.assert_array_equal(window.run.network.weights[0], doc.trained.weights[0])

"""A run beyond the notebook saved in a document goes on exactly: weights, optimiser state, batches, series."""

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.files.documents import Document, Trained, document_from_dict, document_to_dict
from playground.core.helper.remote import Session
from playground.core.training.run import Job
from playground.core.data.settings import Settings
from playground.core.training.training import Trainer
from tests.core.test_rules import THREE_CLASSES

ADVANCED = Settings(hidden=(3,), iterations=300, learning_rate=0.05, bias=True, seed=4, log_every=50,
                    output="softmax", loss="cross-entropy", optimizer="adam", batch_size=2, l2=0.01)


def three_classes() -> Dataset:
    ds = Dataset.from_arrays(THREE_CLASSES[:, :2], THREE_CLASSES[:, 2:], ["x1", "x2"], ["red", "green", "blue"])
    ds.test = np.arange(6) == 4
    return ds


def test_a_saved_adam_run_with_batches_and_test_rows_goes_on_as_one_run():
    ds, settings = three_classes(), ADVANCED.with_(log_every=10)
    whole = Trainer.from_settings(ds, settings)
    whole.run(settings.iterations)
    half = Session(Job(ds, settings, 130))
    half.trainer.run(130)
    snap = half.snapshot("done")
    saved = Trained(snap.iteration, snap.weights, snap.biases, *snap.curve, *half.trainer.history.logged,
                    optimizer=snap.optimizer, history_losses=snap.curve_loss, history_tests=snap.curve_test)
    doc = document_from_dict(document_to_dict(Document(ds, settings, saved)))  # through the JSON format
    assert doc.trained == saved and doc.dataset.test_mask.tolist() == ds.test_mask.tolist()
    assert set(doc.trained.optimizer) == {"m", "s"}
    np.testing.assert_array_equal(doc.trained.history_tests, snap.curve_test)
    again = Session(Job(doc.dataset, doc.settings, settings.iterations, start=doc.trained))
    again.trainer.run(settings.iterations)
    for a, b in zip(again.trainer.network.weights, whole.network.weights):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(again.trainer.history.logged[1], whole.history.logged[1])
    np.testing.assert_array_equal(again.trainer.history.curve_test[-5:], whole.history.curve_test[-5:])


def test_a_notebook_document_stays_version_1():
    from playground.core.data.presets import get_preset
    preset = get_preset("notebook")
    d = document_to_dict(Document(preset.dataset(), preset.settings))
    assert d["version"] == 1 and "test_rows" not in d["dataset"] and "output" not in d["settings"]
    assert document_from_dict(d).settings == preset.settings

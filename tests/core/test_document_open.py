"""Reading a document checks everything opening it builds: a state the network or its optimiser cannot take,
a curve that goes past the run, or a setting no field can show is refused while reading, naming the place;
and every document the reader accepts goes on training and saves again (unknown losses are null)."""

import copy
import json

import numpy as np
import pytest

from playground.core.nn import network as core_network
from playground.core.data.dataset import DataError
from playground.core.files.documents import (Document, Trained, document_from_dict, document_to_dict, format_document,
                                       parse_document)
from playground.core.helper.remote import Session
from playground.core.training.run import Job
from playground.core.data.settings import MAX_BATCH_SIZE, MAX_L2, Settings
from playground.core.data.presets import get_preset

ADAM = Settings(hidden=(3,), iterations=200, learning_rate=0.05, bias=True, seed=2, log_every=50, optimizer="adam")


def saved_run(settings: Settings = ADAM, until: int = 120) -> Document:
    """A document as the window saves it: xor trained ``until`` iterations, with its optimiser state and series."""
    ds = get_preset("xor").dataset()
    session = Session(Job(ds, settings, until))
    session.trainer.run(until)
    snap = session.snapshot("done")
    trained = Trained(snap.iteration, snap.weights, snap.biases, *snap.curve, *session.trainer.history.logged,
                      optimizer=snap.optimizer, history_losses=snap.curve_loss,
                      logged_losses=session.trainer.history.logged_loss)
    return Document(ds, settings, trained)


@pytest.fixture(scope="module")
def adam_dict() -> dict:
    return document_to_dict(saved_run())


def refused(d: dict) -> str:
    with pytest.raises(DataError) as info:
        document_from_dict(d, source="x.nnp")
    return str(info.value)


def changed(d: dict, change) -> dict:
    d = copy.deepcopy(d)
    change(d)
    return d


# -- the optimiser's state ------------------------------------------------------------------------------

def test_a_saved_adam_state_reads_back_as_it_was(adam_dict):
    assert adam_dict["version"] == 2 and set(adam_dict["trained"]["optimizer"]) == {"m", "s"}
    assert set(document_from_dict(adam_dict).trained.optimizer) == {"m", "s"}


@pytest.mark.parametrize("change, place, words", [
    (lambda d: d["trained"]["optimizer"].pop("m"), "trained.optimizer",
     "the adam optimizer needs 'm' and 's'; 'm' is missing"),
    (lambda d: d["trained"]["optimizer"].pop("s"), "trained.optimizer", "'s' is missing"),
    (lambda d: d["trained"].update(optimizer={}), "trained.optimizer", "'m' is missing"),
    (lambda d: d["trained"]["optimizer"].update(v=d["trained"]["optimizer"]["m"]), "trained.optimizer.v",
     "the adam optimizer keeps no state 'v'"),
    (lambda d: d["trained"]["optimizer"]["m"].pop(), "trained.optimizer.m", "expected a list of 4 arrays"),
    (lambda d: d["trained"]["optimizer"]["s"][1][0].__setitem__(0, -1.0), "trained.optimizer.s[1]",
     "Adam's running average of squared gradients cannot be negative, got -1"),
    (lambda d: d["settings"].update(optimizer="momentum"), "trained.optimizer.m",
     "the momentum optimizer keeps no state 'm'"),
    (lambda d: d["settings"].update(optimizer="gd"), "trained.optimizer.m", "the gd optimizer keeps no state 'm'"),
], ids=["no m", "no s", "empty", "foreign slot", "too few arrays", "negative s", "another optimiser", "gd"])
def test_an_optimiser_state_the_network_cannot_take_is_refused_naming_it(adam_dict, change, place, words):
    message = refused(changed(adam_dict, change))
    assert message.startswith(f"x.nnp: {place}: ") and words in message, message


def test_no_optimiser_state_is_a_fresh_start():
    d = document_to_dict(saved_run())
    del d["trained"]["optimizer"]
    doc = document_from_dict(d)  # written by an app that kept no state: Play starts the moments from zero
    assert doc.trained.optimizer is None


def test_whatever_the_network_refuses_is_refused_while_reading(adam_dict, monkeypatch):
    def refuse(self, weights, biases, optimizer=None):
        raise ValueError("a state of the future")
    monkeypatch.setattr(core_network.Network, "set_state", refuse)
    message = refused(adam_dict)
    assert message == "x.nnp: trained: the network of these settings cannot take this state (a state of the future)"


# -- the curve and the Error: lines belong to the run -----------------------------------------------

@pytest.mark.parametrize("change, place", [
    (lambda d: d["trained"].update(iterations_done=10), "trained.history.iterations"),
    (lambda d: d["trained"].update(iterations_done=0), "trained.history.iterations"),
    (lambda d: d["trained"]["history"]["iterations"].__setitem__(-1, 120), "trained.history.iterations"),
    (lambda d: d["trained"]["logged"]["iterations"].__setitem__(-1, 10**8), "trained.logged.iterations"),
], ids=["done before the curve", "done 0", "curve at done", "Error: line past done"])
def test_a_curve_past_the_iterations_done_is_refused(adam_dict, change, place):
    message = refused(changed(adam_dict, change))
    assert message.startswith(f"x.nnp: {place}: iteration ") and "is not before iterations_done" in message


def test_the_curve_of_a_run_ends_just_before_its_iterations_done(adam_dict):
    assert adam_dict["trained"]["history"]["iterations"][-1] == adam_dict["trained"]["iterations_done"] - 1


# -- unknown losses and test errors are null ---------------------------------------------------------

def test_losses_that_are_not_known_are_null_and_read_back_as_such(adam_dict):
    d = changed(adam_dict, lambda d: d["trained"]["history"]["losses"].__setitem__(0, None))
    losses = document_from_dict(d).trained.history_losses
    assert np.isnan(losses[0]) and np.isfinite(losses[1:]).all()
    bad = changed(adam_dict, lambda d: d["trained"]["history"]["losses"].__setitem__(2, "x"))
    assert "trained.history.losses[2]: expected a number" in refused(bad)


def test_a_run_with_unknown_losses_goes_on_and_saves():
    """A version-2 document without its losses, gone on with: the saved series holds null where unknown."""
    doc = saved_run()
    d = document_to_dict(doc)
    for key in ("history", "logged"):
        del d["trained"][key]["losses"]
    opened = document_from_dict(d)
    assert opened.trained.history_losses is None
    session = Session(Job(opened.dataset, opened.settings, 160, start=opened.trained))
    session.trainer.run(160)
    snap = session.snapshot("done")
    on = Trained(snap.iteration, snap.weights, snap.biases, *snap.curve, *session.trainer.history.logged,
                 optimizer=snap.optimizer, history_losses=snap.curve_loss,
                 logged_losses=session.trainer.history.logged_loss)
    assert np.isnan(on.history_losses[0]) and np.isfinite(on.history_losses[-1])
    text = format_document(Document(opened.dataset, opened.settings, on))  # refused before: not a finite number
    back = parse_document(text).trained
    assert json.loads(text)["trained"]["history"]["losses"][0] is None
    np.testing.assert_array_equal(back.history_losses, on.history_losses)  # NaN where unknown, as it was
    assert back == on


# -- settings no window field can hold ------------------------------------------------------------------

@pytest.mark.parametrize("key, value, words", [
    ("batch_size", 10**30, "batch size must be between 1 and 1,000,000"),
    ("batch_size", MAX_BATCH_SIZE + 1, "batch size must be between 1 and 1,000,000"),
    ("l2", MAX_L2 * 5, "L2 weight decay must be between 0 and 1000"),
    ("l2", 1e300, "L2 weight decay must be between 0 and 1000"),
])
def test_settings_past_what_the_window_can_hold_are_refused(adam_dict, key, value, words):
    message = refused(changed(adam_dict, lambda d: d["settings"].update({key: value})))
    assert message.startswith(f"x.nnp: settings.{key}: ") and words in message


def test_the_largest_batch_and_decay_still_read(adam_dict):
    d = changed(adam_dict, lambda d: d["settings"].update(batch_size=MAX_BATCH_SIZE, l2=MAX_L2))
    assert document_from_dict(d).settings.batch_size == MAX_BATCH_SIZE

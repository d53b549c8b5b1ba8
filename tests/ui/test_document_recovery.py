"""Recovering a crashed session's autosave (document_recovery.py), the answers given by replacing the
controller's questions: Recover, Discard, Later, an unreadable file, a document on screen not to be lost."""

import os

import numpy as np
import pytest

from playground.core.data.dataset import generate
from playground.core.data.settings import Settings
from playground.core.files.autosave import SUFFIX, write_autosave
from playground.core.files.documents import Document
from playground.ui.documents.document_dialogs import CANCEL, DISCARD, LATER, RECOVER
from playground.ui.documents.document_recovery import offer_recovery, recoverable


def leftover(home, name="crashed", first=0.25, when=None) -> str:
    """A crashed session's autosave (no lock held), its table's first target ``first``."""
    folder = os.path.join(home, "data", "autosave")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{name}{SUFFIX}")
    table = generate(["p", "q"], ["y"], np.array([0, 1, 1, 0], float))
    table.values[0, 2] = first
    write_autosave(path, Document(table, Settings(seed=42)), None)
    if when is not None:
        os.utime(path, (when, when))
    return path


class Questions:
    """The questions asked (``asked``) and the answers given (``answers``, by kind)."""

    def __init__(self):
        self.asked = []
        self.answers = {"recover": LATER, "unreadable": LATER, "save": DISCARD}


@pytest.fixture
def questions():
    q = Questions()
    yield q
    q.answers["save"] = DISCARD  # the window closes after the test (a Cancel would keep it and its threads)


@pytest.fixture
def documents(window, monkeypatch, questions):
    """The window's documents controller, as with a user in front of it; its questions answered by ``questions``.
    (The stand-ins hold ``questions``, never the controller: no cycle keeps the window alive after its test.)"""
    docs = window.documents
    docs.interactive = True
    asked, answers = questions.asked, questions.answers
    monkeypatch.setattr(docs, "ask_recover", lambda item, others: asked.append(("recover", item.path, others))
                        or answers["recover"])
    monkeypatch.setattr(docs, "ask_unreadable", lambda path, reason: asked.append(("unreadable", path, reason))
                        or answers["unreadable"])
    monkeypatch.setattr(docs, "ask_save_changes", lambda doing: asked.append(("save", doing)) or answers["save"])
    return docs


def test_nothing_left_behind_asks_nothing(documents, questions):
    assert not offer_recovery(documents)
    assert questions.asked == []


def test_recover_shows_the_autosave_as_a_modified_document_and_removes_the_old_file(documents, questions, window,
                                                                                       _private_settings_and_data):
    path = leftover(_private_settings_and_data)
    questions.answers["recover"] = RECOVER
    assert offer_recovery(documents)
    assert questions.asked == [("recover", path, 0)]
    assert window.dataset().values[0, 2] == 0.25 and window.settings().seed == 42
    assert window.isWindowModified()
    assert not os.path.exists(path)
    assert recoverable(documents.autosaver) == []


def test_later_keeps_the_file_for_the_next_start_and_discard_removes_it(documents, questions, window,
                                                                       _private_settings_and_data):
    path = leftover(_private_settings_and_data)
    before = window.dataset().values.copy()
    assert not offer_recovery(documents)
    assert os.path.exists(path) and recoverable(documents.autosaver) == [path]
    questions.answers["recover"] = DISCARD
    assert not offer_recovery(documents)
    assert not os.path.exists(path)
    np.testing.assert_array_equal(window.dataset().values, before)  # the window as it was


def test_the_newest_is_offered_and_the_others_counted_for_next_time(documents, questions, _private_settings_and_data):
    older = leftover(_private_settings_and_data, "older", when=1e9)
    newer = leftover(_private_settings_and_data, "newer", when=2e9)
    assert not offer_recovery(documents)
    assert questions.asked == [("recover", newer, 1)]
    assert recoverable(documents.autosaver) == [newer, older]  # both still there, their locks let go


def test_an_unreadable_autosave_gives_its_reason_and_is_kept_or_discarded(documents, questions, _private_settings_and_data):
    path = leftover(_private_settings_and_data)
    with open(path, "w", encoding="utf-8") as f:
        f.write("{ not json")
    assert not offer_recovery(documents)
    [(kind, where, reason)] = questions.asked
    assert (kind, where) == ("unreadable", path) and reason
    assert os.path.exists(path)
    questions.answers["unreadable"] = DISCARD
    assert not offer_recovery(documents)
    assert not os.path.exists(path)


def test_cancelling_the_save_of_the_document_on_screen_keeps_both(documents, questions, window, _private_settings_and_data):
    assert window.dataset_model.setData(window.dataset_model.index(0, 0), "0.5")  # unsaved work on screen
    assert documents.is_modified()
    path = leftover(_private_settings_and_data)
    questions.answers["recover"] = RECOVER
    questions.answers["save"] = CANCEL
    assert not offer_recovery(documents)
    assert questions.asked[-1] == ("save", "recovering the autosaved document")
    assert os.path.exists(path)  # offered again next time
    assert window.dataset().values[0, 0] == 0.5  # the work on screen stays


def test_a_window_without_a_user_offers_nothing(documents, questions, _private_settings_and_data):
    leftover(_private_settings_and_data)
    documents.interactive = False
    assert not offer_recovery(documents)
    assert questions.asked == []

"""This session's autosave file and its lock: written in the app's data folder, left alone while another window
holds it, offered back when the session that wrote it is gone, removed when the window closes."""

import os

import numpy as np

from playground.core.files.autosave import SUFFIX, read_autosave, write_autosave
from playground.core.data.dataset import generate
from playground.core.files.documents import Document
from playground.core.data.settings import Settings
from playground.ui.documents.autosaver import DATA_DIR_ENV, Autosaver, autosave_folder


def xor_doc() -> Document:
    return Document(generate(["a", "b"], ["y"], np.array([0, 1, 1, 0], float)), Settings(hidden=(2,)))


def test_write_goes_to_the_data_folder_and_close_removes_it(qapp):
    saver = Autosaver()
    assert saver.path is None  # nothing on disk before the first write
    assert saver.write(xor_doc(), "/home/ann/xor.nnp")
    assert os.path.dirname(saver.path) == autosave_folder() == os.path.join(os.environ[DATA_DIR_ENV], "autosave")
    item = read_autosave(saver.path)
    assert item.original == "/home/ann/xor.nnp" and item.document.dataset == xor_doc().dataset
    path = saver.path
    saver.close()
    assert not os.path.exists(path) and saver.path is None


def test_leftovers_are_the_autosaves_no_live_session_holds(qapp):
    mine, other_window = Autosaver(), Autosaver()
    mine.write(xor_doc(), None)
    other_window.write(xor_doc(), None)  # a window still open: its lock is held
    crashed = os.path.join(autosave_folder(), f"gone{SUFFIX}")
    write_autosave(crashed, xor_doc(), None)  # its session died: no one holds its lock
    found = mine.leftovers()
    assert [path for path, _ in found] == [crashed]
    for _, lock in found:
        assert lock.isLocked()  # now held here, so no other window offers it too
        lock.unlock()
    mine.close()
    other_window.close()

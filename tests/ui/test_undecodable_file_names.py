"""A file name that is not valid UTF-8 (the byte 0xff) in the window: shown as \\xff, never dropped or a crash.

Qt cannot hold the lone surrogate Python uses for such a byte and silently left it out, so the
title of good\\xff.csv read "good.csv", the name of a different file.
"""

import os
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="file names are bytes only on Linux and other Unix systems")


def named(tmp_path, name: bytes, content: bytes) -> str:
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as f:
        f.write(content)
    return os.fsdecode(path)  # what a program is handed for it (a command-line argument, a file chooser)


def test_the_title_shows_the_byte(window, tmp_path, monkeypatch):
    path = named(tmp_path, b"good\xff.csv", b"a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    monkeypatch.setattr(window.documents, "ask_open_path", lambda *a, **k: path)
    window.documents.open_action.trigger()  # File > Open, the chooser answering with that name
    assert window.documents.path == path
    assert window.windowTitle().startswith("good\\xff.csv[*]")


def test_the_error_names_the_file_with_the_byte(window, tmp_path, monkeypatch):
    path = named(tmp_path, b"bad\xff.csv", b"a,b,y\n0,0,0\n0,1,x\n")
    shown = []
    monkeypatch.setattr(window.documents, "ask_open_path", lambda *a, **k: path)
    monkeypatch.setattr(window.documents, "show_error", lambda *texts: shown.append(texts))
    window.documents.open_action.trigger()
    assert len(shown) == 1
    title, text, _details = shown[0]
    assert "bad\\xff.csv" in title and "bad\\xff.csv" in text



def test_open_recent_never_lists_another_files_name(window, tmp_path, monkeypatch):
    """QSettings drops the byte: "n\\xffame.csv" was stored as "name.csv", and Open Recent then opened
    that other file (and the next Save wrote to it). Such a name is left out of the list instead, and
    a folder with such a name is not kept as the folder the file chooser starts in."""
    from playground.ui.documents.documents_controller import FOLDER_KEY, app_settings

    other = named(tmp_path, b"name.csv", b"p,q,z\n0,0,0\n0,1,1\n")
    os.mkdir(os.path.join(os.fsencode(tmp_path), b"d\xffir"))
    path = named(tmp_path, b"d\xffir/n\xffame.csv", b"a,y\n0,0\n1,1\n")
    window.documents.open_file(other)
    assert window.documents.recent_files()[0] == other
    monkeypatch.setattr(window.documents, "ask_open_path", lambda *a, **k: path)
    window.documents.open_action.trigger()
    assert window.documents.path == path and window.dataset().names == ["a", "y"]
    assert window.documents.recent_files() == [other]  # the name with the byte is not stored, nor a shortened one
    assert app_settings().value(FOLDER_KEY) == str(tmp_path)  # not "…/dir", a folder that does not exist

"""Autosaved copies of documents with unsaved changes, so a crash loses at most a few seconds of work.

An autosave file is UTF-8 JSON, written atomically::

    {"format": "nn-playground-autosave", "version": 1,
     "original": "/home/ann/xor.nnp" or null (never saved),
     "saved_at": 1718000000.0,
     "document": {...the document, as in a .nnp file...}}

Unlike a saved document it may hold a table that cannot be trained on yet (a
target of 2 typed half-way through an edit): recovery gives back exactly what
was on the screen. Which files belong to a session that is still running is
the window's business (it holds a lock file next to each); this module only
writes, lists and reads them.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

from playground.core.documents import (Document, DocumentError, _read_text, atomic_write_text, document_from_dict,
                                       document_to_dict)

FORMAT, VERSION = "nn-playground-autosave", 1
SUFFIX = ".autosave.json"


@dataclass
class Autosave:
    path: str  # the autosave file itself
    document: Document
    original: str | None  # the document's own file, None if it was never saved
    saved_at: float  # seconds since the epoch

    def title(self) -> str:
        """The name the window showed: the original file's name, or "Untitled"."""
        return os.path.basename(self.original) if self.original else "Untitled"


def write_autosave(path: str | os.PathLike, doc: Document, original: str | None) -> None:
    """Write the document's autosave atomically; DocumentError says why it could not be written."""
    data = {"format": FORMAT, "version": VERSION, "original": original, "saved_at": time.time(),
            "document": document_to_dict(doc)}
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except ValueError as e:  # a non-finite number: never in the window's data, but say so
        raise DocumentError(f"cannot autosave {os.fspath(path)}: {e}", os.fspath(path)) from None
    atomic_write_text(path, text)


def read_autosave(path: str | os.PathLike) -> Autosave:
    """The autosave in a file; DocumentError names the file and the problem."""
    name = os.fspath(path)
    text = _read_text(name)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise DocumentError(f"{name}: not a readable autosave ({e})", name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DocumentError(f"{name}: not an NN Playground autosave", name)
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise DocumentError(f"{name}: made by a newer NN Playground", name)
    original = data.get("original")
    saved_at = data.get("saved_at")
    if original is not None and not isinstance(original, str):
        raise DocumentError(f"{name}: original: expected a file name", name)
    if isinstance(saved_at, bool) or not isinstance(saved_at, (int, float)):
        saved_at = os.path.getmtime(name)
    document = document_from_dict(data.get("document"), f"{name}: document", check_values=False)
    return Autosave(name, document, original, float(saved_at))


def list_autosaves(folder: str | os.PathLike) -> list[str]:
    """The autosave files in a folder, newest first (an empty list if the folder does not exist)."""
    try:
        names = [os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(SUFFIX)]
    except OSError:
        return []
    def mtime(p: str) -> float:
        try:
            return os.path.getmtime(p)
        except OSError:
            return 0.0
    return sorted(names, key=mtime, reverse=True)


__all__ = ["Autosave", "write_autosave", "read_autosave", "list_autosaves", "SUFFIX"]

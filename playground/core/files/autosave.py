"""Autosaved copies of documents with unsaved changes, so a crash loses at most a few seconds of work.

An autosave file is UTF-8 JSON, written atomically::

    {"format": "nn-playground-autosave", "version": 1,
     "original": "/home/ann/xor.nnp" or null (never saved),
     "saved_at": 1718000000.0,
     "document": {...the document, as in a .nnp file...}}

``playground/data/schemas/autosave.schema.json`` is its JSON Schema, which the reader checks
first. Unlike a saved document it may hold a table that cannot be trained on yet (a
target of 2 typed half-way through an edit): recovery gives back exactly what
was on the screen. Which files belong to a session that is still running is
the window's business (it holds a lock file next to each); this module only
writes, lists and reads them.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field

from playground.core.files.documents import (Document, DocumentError, atomic_write_text, document_from_dict,
                                       document_to_dict, read_text)
from playground.core.files import schemas
from playground.core.files.json_checks import JsonProblem
from playground.core.texts import lone_surrogate, say

FORMAT, VERSION = "nn-playground-autosave", 1
SUFFIX = ".autosave.json"


@dataclass
class Autosave:
    path: str  # the autosave file itself
    document: Document
    original: str | None  # the document's own file, None if it was never saved
    saved_at: float | None  # seconds since the epoch; None when the file's own time is unusable
    notes: list[str] = field(default_factory=list)  # fields that were wrong and were left out

    def title(self) -> str:
        """The name the window showed: the original file's name, or "Untitled"."""
        return os.path.basename(self.original) if self.original else say("Untitled")

    def when(self) -> str:
        """When it was autosaved, as the dialog says it ("30 Nov 2026 10:12"), or "at an unknown time"."""
        return format_time(self.saved_at)


def format_time(t: float | None) -> str:
    try:
        return time.strftime("%d %b %Y %H:%M", time.localtime(t)) if t is not None else "an unknown time"
    except (OverflowError, ValueError, OSError):  # a time the platform cannot show
        return "an unknown time"


def write_autosave(path: str | os.PathLike, doc: Document, original: str | None) -> None:
    """Write the document's autosave atomically; DocumentError says why it could not be written."""
    data = {"format": FORMAT, "version": VERSION, "original": original, "saved_at": time.time(),
            "document": document_to_dict(doc)}
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except ValueError as e:  # a non-finite number: never in the window's data, but say so
        raise DocumentError(f"cannot autosave {os.fspath(path)}: {e}", os.fspath(path)) from None
    atomic_write_text(path, text)


def _usable_time(value) -> bool:
    """A time ``time.localtime`` can show: a finite number from 1970 to a day from now."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return 0 <= value <= time.time() + 86400  # False for NaN; compares huge ints without float overflow


def read_autosave(path: str | os.PathLike) -> Autosave:
    """The autosave in a file; DocumentError names the file and the problem. Never raises anything else.

    Every field is checked. The document must be readable and hold a table the window can
    show (at least one row, as the window always keeps), else DocumentError: the autosave can
    only be discarded or kept. A bad ``original`` or ``saved_at`` does not lose the work: the
    field is left out and said so in ``notes``. The file is read as documents are (a regular
    file within MAX_FILE_BYTES: a FIFO there is refused, never waited on).
    """
    name = os.fspath(path)
    text = read_text(name)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise DocumentError(f"{name}: not a readable autosave ({e})", name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DocumentError(f"{name}: not an NN Playground autosave", name)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise DocumentError(f"{name}: " + ("made by a newer NN Playground" if newer else
                                           f"version: expected 1 to {VERSION}, got {str(version)[:40]}"), name)
    try:
        schemas.check(data, "autosave")  # the published schema first; the document is checked by its reader
    except JsonProblem as e:
        raise DocumentError(say("{source}: {problem}", source=name, problem=e.args[0]), name) from None
    notes = []
    original = data.get("original")
    if original is not None and not (isinstance(original, str) and original and "\0" not in original
                                     and lone_surrogate(original) is None):
        notes.append(say("original: not a usable file name, so the work is recovered as Untitled"))
        original = None
    saved_at = data.get("saved_at")
    if not _usable_time(saved_at):
        notes.append(say("saved_at: not a usable time"))
        try:
            saved_at = os.path.getmtime(name)
        except OSError:
            saved_at = None
        saved_at = saved_at if _usable_time(saved_at) else None
    document = document_from_dict(data.get("document"), f"{name}: document", check_values=False)
    if document.dataset.n_rows == 0:  # no window ever autosaves one: its table keeps at least one row
        raise DocumentError(say("{source}: {problem}", source=f"{name}: document: dataset.rows",
                                problem=say("the dataset has no rows")), name)
    return Autosave(name, document, original, None if saved_at is None else float(saved_at), notes)


def list_autosaves(folder: str | os.PathLike) -> list[str]:
    """The autosave files in a folder, newest first (an empty list if the folder does not exist).

    Only regular files (or links to one) count: autosaves are written as such, and anything else
    with their name (a folder, a FIFO) could be neither read nor discarded.
    """
    try:
        with os.scandir(folder) as entries:
            names = [e.path for e in entries if e.name.endswith(SUFFIX) and _is_regular_file(e)]
    except OSError:
        return []
    def mtime(p: str) -> float:
        try:
            return os.path.getmtime(p)
        except OSError:
            return 0.0
    return sorted(names, key=mtime, reverse=True)


def _is_regular_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


__all__ = ["Autosave", "format_time", "write_autosave", "read_autosave", "list_autosaves", "SUFFIX"]

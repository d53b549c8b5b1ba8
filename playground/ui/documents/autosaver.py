"""Where autosaves live, which one is this session's, and which ones crashed sessions left behind.

Each running window writes its autosave as ``<app data>/autosave/<session>.autosave.json``
and holds ``<session>.lock`` (a ``QLockFile``) beside it. A session that closes
normally removes both. A lock whose process is gone can be taken over, so an
autosave whose lock we can take belongs to a session that crashed; one whose lock
is held belongs to another window that is still open and is left alone.
"""

from __future__ import annotations

import os
import uuid

from PySide6.QtCore import QLockFile, QStandardPaths

from playground.core.files.autosave import SUFFIX, list_autosaves, write_autosave
from playground.core.files.documents import Document

DATA_DIR_ENV = "NN_PLAYGROUND_DATA_DIR"  # overrides the app data folder (tests point it at a temp dir)


def data_folder() -> str | None:
    """The app's data folder: $NN_PLAYGROUND_DATA_DIR, else the platform's (e.g. ~/.local/share/...)."""
    folder = os.environ.get(DATA_DIR_ENV) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)
    return folder or None


def autosave_folder() -> str | None:
    folder = data_folder()
    return os.path.join(folder, "autosave") if folder else None


def _lock_path(autosave_path: str) -> str:
    return autosave_path[: -len(SUFFIX)] + ".lock"


def _lock(autosave_path: str) -> QLockFile:
    lock = QLockFile(_lock_path(autosave_path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long a session runs
    return lock


class Autosaver:
    """This session's autosave file; nothing is created on disk before the first ``write``."""

    def __init__(self) -> None:
        self.session = uuid.uuid4().hex[:12]
        self.path: str | None = None  # set once written
        self._lock: QLockFile | None = None

    def write(self, doc: Document, original: str | None) -> bool:
        """Write (or rewrite) the autosave; False when there is no data folder. Raises OSError or DataError."""
        folder = autosave_folder()
        if folder is None:
            return False
        path = os.path.join(folder, f"{self.session}{SUFFIX}")
        os.makedirs(folder, exist_ok=True)
        if self._lock is None:
            self._lock = _lock(path)
            self._lock.tryLock(0)
        write_autosave(path, doc, original)
        self.path = path
        return True

    def remove(self) -> None:
        """Remove the autosave (the document was saved, discarded or is unchanged)."""
        if self.path is not None:
            discard(self.path)
            self.path = None

    def close(self) -> None:
        """Remove the autosave and give up the lock (the window closes normally)."""
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def leftovers(self) -> list[tuple[str, QLockFile]]:
        """Autosaves of sessions that are gone (crashed), newest first, each with its lock, now held here.

        Unlock a lock to leave its autosave for the next start.
        """
        folder = autosave_folder()
        found = []
        for path in list_autosaves(folder) if folder else []:
            if path == self.path:
                continue
            lock = _lock(path)
            if lock.tryLock(0):
                found.append((path, lock))
        return found


def discard(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass

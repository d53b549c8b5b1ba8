"""What every file the app reads and writes shares: the error naming the file, reading a text within the
size limit, and writing all or nothing (``playground.core.files.documents`` for documents, ``document_csv`` for
tables)."""

from __future__ import annotations

import os

from playground.core.files import fileio
from playground.core.data.dataset import DataError
from playground.core.files.fileio import display_name, os_reason, remove_stale_temps
from playground.core.limits import MAX_FILE_BYTES, MAX_ROWS, MAX_SAVED_RUN_NUMBERS
from playground.core.texts import say


class DocumentError(DataError):
    """A file that cannot be read or written; ``path`` is the file (or source label)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


def read_text(path: str | os.PathLike) -> str:
    """The text of a document, CSV table or autosave (UTF-8, optional BOM): only a regular file of at
    most MAX_FILE_BYTES (a FIFO or a device is refused without blocking); DocumentError names the file."""
    name = os.fspath(path)
    remove_stale_temps(os.path.dirname(os.path.abspath(name)))
    try:
        return fileio.read_text(name, MAX_FILE_BYTES)
    except fileio.UnreadableText as e:
        raise DocumentError(e.args[0], name) from None


def check_size(text: str, source: str, document: bool) -> None:
    """Refuse a text with far more rows than the limit before parsing it (a count runs at C speed).

    Every row is a line of a CSV file and, but the last, ends with "]," in a document; the bound leaves room for
    blank lines and for the weight matrices' rows, so no acceptable file is refused here.
    """
    count = text.count("],") if document else text.count("\n")
    # a document's runs may close a list after each of their numbers
    bound = MAX_ROWS + 8 * 256 + 4096 + MAX_SAVED_RUN_NUMBERS if document else 2 * MAX_ROWS + 1
    if count > bound:
        raise DocumentError(say("{source}: the file has more than {limit:,} rows (the limit)", source=source,
                                limit=MAX_ROWS), source)


def formatted(path: str | os.PathLike, format_fn, obj) -> str:
    try:
        return format_fn(obj)
    except DataError as e:
        raise DocumentError(f"cannot save {os.fspath(path)}: {e}", os.fspath(path)) from None


# -- atomic writes ---------------------------------------------------------------------------

def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write UTF-8 text all or nothing (core.fileio.atomic_write_bytes); DocumentError says why it could not.

    Something other than a regular file at ``path`` (a FIFO, a device, a folder) is refused and left as it is."""
    name, shown = os.fspath(path), display_name(path)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise DocumentError(f"cannot save {shown}: the text cannot be written as UTF-8 (character {e.start + 1})",
                            name) from None
    try:
        fileio.atomic_write_bytes(name, data)
    except OSError as e:
        raise DocumentError(say("cannot save {name}: {reason}", name=shown, reason=os_reason(e)), name) from None


__all__ = ["DocumentError", "read_text", "check_size", "formatted", "atomic_write_text"]

"""Recovering the autosave a crashed session left behind (``DocumentsController.offer_recovery``).

The newest one is offered (Recover, Discard, Later); the others wait for the next start. One that
cannot be read, or that the window cannot show, is said so, and Discard or Keep for later is asked.
Recovering asks to save the document on screen first, and shows the autosave as a modified document
of its original file; our own autosave is written before the old one is removed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from playground import APP_NAME
from playground.core.data.dataset import DataError
from playground.ui.documents.document_dialogs import DISCARD, LATER, RECOVER
from playground.ui.language import problem_text

translate = QCoreApplication.translate


def recoverable(autosaver) -> list[str]:
    """The autosaves that crashed sessions left behind, newest first (their locks let go)."""
    found = autosaver.leftovers()
    for _, lock in found:
        lock.unlock()
    return [path for path, _ in found]


def offer_recovery(documents) -> bool:
    """Offer the newest autosave of a crashed session; True when it was recovered into this window."""
    found = documents.autosaver.leftovers() if documents.interactive else []
    if not found:
        return False
    from playground.core.files.autosave import read_autosave
    from playground.ui.documents.autosaver import discard

    (path, lock), others = found[0], found[1:]
    for _, other in others:
        other.unlock()  # offered next time
    try:
        item = read_autosave(path)
        documents.check_document(item.document, path)
    except DataError as e:
        reason = problem_text(e)
    except Exception as e:  # noqa: BLE001 - whatever the file holds (even MemoryError), never a traceback
        reason = translate("DocumentsController", "{path}: cannot be read ({problem})").format(
            path=path, problem=f"{type(e).__name__}: {e}")
    else:
        reason = None
    if reason is not None:
        if documents.ask_unreadable(path, reason) == DISCARD:
            discard(path)
        lock.unlock()  # a kept one is offered again next time
        return False
    answer = documents.ask_recover(item, len(others))
    if answer == RECOVER and not documents.maybe_save("recovering the autosaved document"):
        answer = LATER
    if answer == RECOVER:
        try:
            documents.put_document(item.document, item.original, modified=True)
        except DataError as e:  # the window is as it was; the autosave stays for the next start
            documents.show_error(APP_NAME, translate("DocumentsController", "The autosaved document could not be recovered."),
                                 problem_text(e))
            answer = LATER
    if answer == RECOVER:
        documents.autosave()  # our own copy first, then drop the old one
    if answer in (RECOVER, DISCARD):
        discard(path)
    lock.unlock()  # removes the lock file; an autosave kept for Later is offered again next time
    return answer == RECOVER

"""Open Recent and the folder file dialogs start in, kept in the app's QSettings; a dropped file's path.

A name QSettings cannot keep (bytes that are not valid UTF-8: Python's lone surrogates) is not
stored: QSettings would drop them silently, and Open Recent would open another file.
"""

from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

from playground import APP_NAME, ORG_NAME
from playground.core.files.fileio import display_name
from playground.ui.kit.plain import menu_text, tooltip

MAX_RECENT = 10
RECENT_KEY = "documents/recent"
FOLDER_KEY = "documents/last_folder"


def app_settings() -> QSettings:
    """The app's QSettings (tests redirect them with QSettings.setPath)."""
    return QSettings(ORG_NAME, APP_NAME)


def recent_files() -> list[str]:
    value = app_settings().value(RECENT_KEY, [], type=list)
    return [str(p) for p in (value if isinstance(value, list) else [value]) if p][:MAX_RECENT]


def store_recent(paths: list[str]) -> None:
    if paths:
        app_settings().setValue(RECENT_KEY, paths[:MAX_RECENT])
    else:
        app_settings().remove(RECENT_KEY)  # an empty list would be stored as an invalid value


def storable(path: str) -> bool:
    """Can QSettings keep the name (module docstring)?"""
    return display_name(path) == path


def remember(path: str) -> None:
    """``path`` first in Open Recent, and its folder the next dialog's."""
    path = os.path.abspath(path)
    if storable(path):
        store_recent([path] + [p for p in recent_files() if p != path])
    set_last_folder(path)


def forget(path: str) -> None:
    path = os.path.abspath(path)
    store_recent([p for p in recent_files() if p != path])


def last_folder() -> str:
    return app_settings().value(FOLDER_KEY, os.path.expanduser("~"), type=str)


def set_last_folder(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if storable(folder):
        app_settings().setValue(FOLDER_KEY, folder)


def fill_recent_menu(menu: QMenu, recent: list[str], open_slot: Callable, clear_slot: Callable) -> None:
    """The Open Recent menu: the files (their paths as data, for ``open_slot``), then Clear the List."""
    menu.clear()
    for i, path in enumerate(recent):
        name = menu_text(os.path.basename(path))  # an "&" in the name is shown, not a shortcut
        act = menu.addAction(f"&{i + 1}  {name}" if i < 9 else name)
        act.setToolTip(tooltip(path))
        act.setStatusTip(path)
        act.setData(path)
        act.triggered.connect(open_slot)
    if not recent:
        menu.addAction(QCoreApplication.translate("DocumentsController", "No recent files")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("DocumentsController", "Clear the List"))
    clear.setEnabled(bool(recent))
    clear.triggered.connect(clear_slot)


def dropped_path(event) -> str | None:
    """The first local file of a drag or a drop, or None."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return paths[0] if paths else None

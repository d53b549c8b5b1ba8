"""One place that finds the app's data files: icons, desktop entry, AppStream metainfo, MIME types, lessons.

The files live in the package, in ``playground/data/``, so a source checkout, an
editable install, an installed wheel and the PyInstaller bundle all carry them at
the same place relative to the package (pyproject's package-data puts them in
wheels; ``packaging/nn-playground.spec`` copies the folder into the bundle). A
frozen app's package sits under ``sys._MEIPASS``.

No Qt at module level: ``nn-playground --install-desktop-entry`` uses these paths
on machines without display libraries. Only :func:`app_icon` imports Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playground import DESKTOP_FILE_NAME

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "nn-playground"  # file names in data/icons/; installed under the name DESKTOP_FILE_NAME
MIME_TYPE = "application/x-nn-playground"
DOCUMENT_SUFFIX = ".nnp"
LESSON_MIME_TYPE = "application/x-nn-playground-lesson"
LESSON_SUFFIX = ".nnlesson"


def data_dir() -> Path:
    """The folder holding the data files, wherever the app runs from."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's documented bundle folder
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "playground" / "data"
    return Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    """A data file's path; FileNotFoundError names the file and the folder looked in."""
    path = data_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"the data file {'/'.join(parts)} is missing from {data_dir()} "
                                "(an incomplete install or bundle: reinstall the app)")
    return path


def icon_png(size: int) -> Path:
    """The app icon as a PNG of ``size`` x ``size`` pixels (one of ICON_SIZES)."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes: {', '.join(map(str, ICON_SIZES))}")
    return data_path("icons", f"{ICON_NAME}-{size}.png")


def icon_svg() -> Path:
    """The scalable app icon (the drawing the PNGs are rendered from)."""
    return data_path("icons", f"{ICON_NAME}.svg")


def desktop_file() -> Path:
    """The freedesktop.org desktop entry; its name is DESKTOP_FILE_NAME, as Qt is told."""
    return data_path(f"{DESKTOP_FILE_NAME}.desktop")


def metainfo_file() -> Path:
    """The AppStream metainfo that software centres read."""
    return data_path(f"{DESKTOP_FILE_NAME}.metainfo.xml")


def mime_file() -> Path:
    """The shared-mime-info package declaring application/x-nn-playground (``*.nnp``)."""
    return data_path(f"{DESKTOP_FILE_NAME}.mime.xml")


def translations_dir() -> Path:
    """The compiled interface translations (``nn_playground_de.qm``, ...); see playground/ui/language.py."""
    return data_dir() / "translations"


def lessons_dir() -> Path:
    """The folder of the lessons that ship with the app (``data/lessons/``)."""
    return data_dir() / "lessons"


def shipped_lessons() -> list[Path]:
    """The shipped lessons in teaching order (their file names start with 01-, 02-, ...)."""
    folder = lessons_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"the lessons folder is missing from {data_dir()} "
                                "(an incomplete install or bundle: reinstall the app)")
    return sorted(folder.glob("*" + LESSON_SUFFIX))


def app_icon():
    """The window icon: a QIcon holding every PNG size, so each place picks a sharp one."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:  # each file's size given: Qt need not open the eight files at start-up to learn it
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon

"""Test configuration shared by all tests: Qt runs offscreen, settings go to a temp dir."""

import os

# Must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    """The QApplication of the tests speaks English, whatever the machine's language.

    The app loads its catalogue for English too (it holds the plural forms: "1 row",
    "8 rows"), so tests see the texts a user of the English interface sees.
    """
    from PySide6.QtWidgets import QApplication

    class EnglishApplication(QApplication):
        def __init__(self, args):
            super().__init__(args)
            from playground.ui.language import install_translators

            install_translators(self, "en")

    return EnglishApplication


@pytest.fixture(autouse=True)
def _private_settings_and_data(tmp_path_factory, monkeypatch):
    """Every test gets its own QSettings folder and app data folder (autosaves): never the real home.

    The documents controller's prompts are answered without a dialog: "Discard" when a
    window closes with changes, "Later" for recovery (also of an unreadable autosave). Tests about those prompts replace
    them on their own controller.
    """
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NN_PLAYGROUND_DATA_DIR", str(base / "data"))
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(base / "settings"))
    from playground.ui import documents_controller as dc

    monkeypatch.setattr(dc.DocumentsController, "ask_save_changes", lambda self, doing: dc.DISCARD)
    monkeypatch.setattr(dc.DocumentsController, "ask_recover", lambda self, item, others: dc.LATER)
    monkeypatch.setattr(dc.DocumentsController, "ask_unreadable", lambda self, path, reason: dc.LATER)
    yield base

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
    from playground.ui.documents import documents_controller as dc

    monkeypatch.setattr(dc.DocumentsController, "ask_save_changes", lambda self, doing: dc.DISCARD)
    monkeypatch.setattr(dc.DocumentsController, "ask_recover", lambda self, item, others: dc.LATER)
    monkeypatch.setattr(dc.DocumentsController, "ask_unreadable", lambda self, path, reason: dc.LATER)
    yield base


# ------------------------------------------------------------------ test tiers
# The fast tier (``pytest -m "not slow"``, a developer's check after each change) leaves out the tests listed
# in tests/slow_tests.py; CI's full run (README's test command) runs them. The bundle build is a tier of its own:
# pyproject's addopts leave ``bundle`` out of a plain ``pytest``, and .ci/run runs ``pytest -m bundle`` as a
# separate step. The lists live apart from the test files so that marking a test slow never edits it;
# tests/test_slow_tests.py checks every entry still names a test.


def _listed(item, entries) -> bool:
    """Is ``item`` named by an entry: its file, its node id, or its node id without the parameters?"""
    nodeid = item.nodeid
    return (nodeid.split("::")[0] in entries or nodeid in entries or nodeid.split("[")[0] in entries
            or "::".join(nodeid.split("[")[0].split("::")[:2]) in entries)  # a class's file::Class


def pytest_collection_modifyitems(config, items):
    from tests.slow_tests import BUNDLE, SLOW

    slow, bundle = set(SLOW), set(BUNDLE)
    for item in items:
        if _listed(item, bundle):
            item.add_marker(pytest.mark.bundle)
            item.add_marker(pytest.mark.slow)  # so ``-m "not slow"`` (which replaces addopts' -m) leaves it out too
        elif _listed(item, slow):
            item.add_marker(pytest.mark.slow)

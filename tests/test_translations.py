"""The interface translations: complete, compiled from the sources committed, and loaded as chosen."""

import importlib.util
from pathlib import Path

import pytest

from playground import resources

ROOT = Path(__file__).resolve().parent.parent


def build_script():
    """packaging/translations.py, the script that runs pyside6-lupdate and pyside6-lrelease."""
    spec = importlib.util.spec_from_file_location("translations_build", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lupdate_finds_no_unfinished_or_obsolete_entries():
    found = build_script().problems()  # pyside6-lupdate over the sources, into copies of the .ts files
    assert set(found) == {"en", "de", "es"}
    assert found == {"en": [], "de": [], "es": []}


def test_the_committed_catalogues_are_compiled_from_the_committed_sources(tmp_path):
    script = build_script()
    for fresh in script.release(tmp_path):
        committed = resources.translations_dir() / fresh.name
        assert committed.read_bytes() == fresh.read_bytes(), f"run: python packaging/translations.py release ({fresh.name})"


def test_every_shipped_language_has_a_catalogue():
    from playground.ui.language import LANGUAGES, catalog_path

    assert set(LANGUAGES) == {"en", *build_script().LANGUAGES}
    for code in LANGUAGES:
        assert catalog_path(code).is_file()


@pytest.fixture
def english_afterwards(qapp):
    from playground.ui import language

    yield language
    language.install_translators(qapp, "en")


@pytest.mark.parametrize("code, hidden_units, language_menu", [
    ("de", "Verborgene Einheiten", "&Sprache"),
    ("es", "Unidades ocultas", "&Idioma"),
])
def test_a_window_opened_in_a_language_speaks_it(qtbot, english_afterwards, qapp, code, hidden_units, language_menu):
    from PySide6.QtWidgets import QMenu

    from playground.ui.main_window import MainWindow

    assert english_afterwards.install_translators(qapp, code) == code
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.controls.hidden_spin.accessibleName() == hidden_units
    assert window.findChild(QMenu, "languageMenu").title() == language_menu
    window.close()


def test_the_language_menu_switches_and_remembers(qtbot, english_afterwards, qapp, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from playground.ui.language import SETTINGS_KEY, LanguageMenu, chosen_language, current_language
    from playground.ui.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(LanguageMenu, "ask_restart",
                        lambda self, name: asked.append(name) or QMessageBox.StandardButton.No)
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.accessibility.language_menu
    assert menu.actions[""].isChecked()  # nothing chosen yet: as the computer is set
    menu.actions["de"].trigger()
    assert QSettings().value(SETTINGS_KEY) == "de" and chosen_language() == "de"
    assert current_language() == "de" and asked == ["Deutsch"]
    menu.actions["es"].trigger()
    assert chosen_language() == "es" and asked == ["Deutsch", "Español"]
    menu.actions[""].trigger()
    assert QSettings().value(SETTINGS_KEY) == ""
    window.close()


def test_restarting_opens_the_same_document():
    import sys

    from playground.ui.language import restart_command

    program, args = restart_command("/tmp/x.nnp")
    assert program == sys.executable and args == ["-m", "playground", "/tmp/x.nnp"]
    assert restart_command(None)[1] == ["-m", "playground"]


def test_the_desktop_entry_and_metainfo_are_translated():
    import configparser
    import xml.etree.ElementTree as ET

    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(resources.desktop_file(), encoding="utf-8")
    entry = parser["Desktop Entry"]
    root = ET.parse(resources.metainfo_file()).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {s.get(lang): s.text for s in root.findall("summary")}
    for code in build_script().LANGUAGES:
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry[f"{key}[{code}]"] and entry[f"{key}[{code}]"] != entry[key]
        assert summaries[code] and summaries[code] != summaries[None]
        assert root.find(f"description/p[@{lang}='{code}']") is not None
        assert code in [e.text for e in root.findall("languages/lang")]

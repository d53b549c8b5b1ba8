"""The interface language: translators loaded at start, and the View > Language menu.

The app's texts go through Qt's translation system (``self.tr`` and
``QCoreApplication.translate``). Their translations are compiled ``.qm`` catalogues
in ``playground/data/translations/`` (built from ``resources/translations/*.ts`` by
``packaging/translations.py``); Qt's own texts (standard buttons, file dialogs,
context menus of line edits) come from Qt's ``qtbase_*.qm``.

The language is the one chosen in View > Language (remembered in QSettings under
``ui/language``), else the first of the system's preferred languages that the app
ships, else English. English needs a catalogue too: it holds only the plural forms
("1 row", "2 rows") of the texts that count something.

Only the window is translated. The headless commands' output and every file the
app writes stay English and locale-independent (scripts and other tools read them).
"""

from __future__ import annotations

import os
import string
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QProcess, QSettings, QTranslator, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from playground.core.texts import Text
from playground.resources import translations_dir

# Each language in its own name (a student who cannot read the current language still finds theirs).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
SYSTEM = ""  # the setting's value for "as the computer is set"
SETTINGS_KEY = "ui/language"
CATALOG = "nn_playground"  # nn_playground_de.qm, ...

_installed: list[QTranslator] = []  # the translators in use; kept referenced, or Qt would use freed ones
_current = "en"


def system_language() -> str:
    """The first of the system's preferred languages that the app ships, else English."""
    for name in QLocale.system().uiLanguages():  # e.g. ["de-DE", "en-US"]
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_choice() -> str:
    """The language chosen in the menu, or SYSTEM when none was (or the saved one is not shipped)."""
    value = QSettings().value(SETTINGS_KEY, SYSTEM, type=str)
    return value if value in LANGUAGES else SYSTEM


def chosen_language() -> str:
    """The language to show: the one chosen in the menu, else the system's."""
    return saved_choice() or system_language()


def current_language() -> str:
    """The language whose translators are installed now."""
    return _current


def catalog_path(language: str):
    """The app's compiled catalogue for a language (English holds only plural forms)."""
    return translations_dir() / f"{CATALOG}_{language}.qm"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load the app's and Qt's catalogues for ``language`` (default: :func:`chosen_language`).

    Returns the language installed. A missing or unreadable catalogue leaves those
    texts in English; it never stops the app from starting.
    """
    global _current
    language = language if language in LANGUAGES else chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(catalog_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # Numbers shown in the window follow the language (1.000,5 in German), as the texts do: the
    # system's locale when it is of that language (its territory's habits stay), else the language's.
    # An environment that sets C for numbers (LANG=C.UTF-8 beside LANGUAGE=de) has no habits to keep: Qt names
    # its locale after LANGUAGE (de_DE) but writes C's numbers (60,000).
    system = QLocale.system()
    same = QLocale.languageToCode(system.language()) == language and not _c_numbers()
    QLocale.setDefault(system if same else QLocale(language))
    _current = language
    return language


def _c_numbers() -> bool:
    """Whether the environment's locale for numbers is C or POSIX (the first of LC_ALL, LC_NUMERIC, LANG set), where
    Qt reads these variables (not on macOS or Windows, whose settings say how numbers are written)."""
    if sys.platform in ("darwin", "win32"):
        return False
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(".")[0] in ("C", "POSIX")
    return False


class LanguageMenu(QObject):
    """View > Language: the system's language or one of the shipped ones, remembered for the next start.

    Texts already on screen were built in the old language, so a change asks to restart
    the app (after the usual Save / Discard / Cancel of the window's document).
    """

    def __init__(self, window: QWidget, parent_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Language"), window, objectName="languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choice = saved_choice()
        entries = [(SYSTEM, self.tr("As the computer is set ({language})").format(
            language=LANGUAGES[system_language()]))] + list(LANGUAGES.items())
        for code, label in entries:
            act = QAction(label, self, checkable=True, objectName=f"languageAction_{code or 'system'}")
            act.setData(code)
            act.setChecked(code == choice)
            self.group.addAction(act)
            self.menu.addAction(act)
            self.actions[code] = act
        self.group.triggered.connect(self._chosen)
        parent_menu.addMenu(self.menu)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = action.data()
        QSettings().setValue(SETTINGS_KEY, code)
        language = code or system_language()
        if language == current_language():
            return
        install_translators(QApplication.instance(), language)  # windows and dialogs opened from now on
        answer = self.ask_restart(LANGUAGES[language])
        if answer == QMessageBox.StandardButton.Yes:
            restart(self.window)

    def ask_restart(self, language_name: str) -> QMessageBox.StandardButton:
        """Restart now, or later (the next start shows the new language)?"""
        return QMessageBox.StandardButton(self.restart_box(language_name).exec())

    def restart_box(self, language_name: str) -> QMessageBox:
        """The question ``ask_restart`` asks."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("NN Playground will be in {language} from its next start. Restart it now?").format(
                              language=language_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box


def restart_command(document: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start the app again, opening ``document`` if there is one."""
    if getattr(sys, "frozen", False):  # the bundle: its executable is the app
        return sys.executable, [document] if document else []
    return sys.executable, ["-m", "playground"] + ([document] if document else [])


def restart(window: QWidget) -> bool:
    """Close the window (it asks to save unsaved work) and, once closed, start the app again."""
    documents = getattr(window, "documents", None)
    path = getattr(documents, "path", None)
    if not window.close():  # Cancel, or a failed save: stay
        return False
    program, args = restart_command(str(path) if path else None)
    return QProcess.startDetached(program, args)[0]


class _LocaleNumbers(string.Formatter):
    """str.format, with the numbers written as the window's language writes them (0,5 in German)."""

    def format_field(self, value, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return text
        locale = QLocale()
        point, group = locale.decimalPoint(), locale.groupSeparator()
        return "".join(point if ch == "." else group if ch == "," else ch for ch in text)


def number(value: float, spec: str = "g") -> str:
    """A number as the window shows it: Python's format ``spec`` (".6g", ",", ...) written with the
    language's decimal point and thousands separator (0,5 and 60.000 in German). Files never use this."""
    return _LocaleNumbers().format_field(value, spec)


def decimal_comma() -> bool:
    """Whether the window writes decimals with a comma (0,5 in German and Spanish, or where the system's number
    format does so): then a typed or pasted table cell may too."""
    return QLocale().decimalPoint() == ","


def problem_text(error: Exception) -> str:
    """An error of core as the window shows it: its message, translated when core made it with ``say``."""
    message = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
    return shown(message)


def shown(text: str) -> str:
    """A message of core as the window shows it: translated when core made it with ``say``
    (its template is in the catalogue; see playground/core/texts.py), with numbers in the
    window's language. Any other text is shown as it is."""
    if not isinstance(text, Text):
        return text
    values = {k: shown(v) if isinstance(v, str) else v for k, v in text.values.items()}
    template = QCoreApplication.translate("Core", text.template)
    try:
        return _LocaleNumbers().format(template, **values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English text
        return _LocaleNumbers().format(text.template, **values)

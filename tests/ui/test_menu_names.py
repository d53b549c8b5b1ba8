"""Menus and controls as a screen reader says them, in English, German and Spanish (issue 24).

The main window and its tool windows (convergence study, loss landscape, failure atlas, race), built once per
language, and every menu they have: the menu bar's menus and their submenus (those filled when opened, filled),
the menus of buttons, the table's context menus (cells, column headers), the plots' and the diagram's menus
where one is switched on. In each menu no two items share an Alt letter (a translation can make two), no item's
name holds a tab or its shortcut's keys, and no name begins with a symbol (Orca said "black right-pointing
triangle Train" for the Run menu's first item). Every control that takes the focus has a name, and no button's
name begins with a pictogram (the pictogram may stay on the button's face).

German and Spanish read the compiled catalogues: a translation fixed for this test shows once it is compiled.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pyqtgraph as pg
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from playground.ui.main_window import MainWindow

LANGUAGES = ["en", "de", "es"]
OPENING_MARKS = "¿¡"  # a Spanish question or exclamation begins with one: part of the words, not a symbol
ARITHMETIC = set("+-−=<>×÷±≤≥")  # a sign read as a word: "+ Row" is "plus Row"
BUTTON_ROLES = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
                QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown}


@dataclass
class Windows:
    """One language's windows and every menu found in them, each with where it is."""

    language: str
    main: MainWindow
    tools: dict[str, QWidget]
    menus: list[tuple[str, QMenu | QMenuBar | QWidget]] = field(default_factory=list)

    def all(self) -> dict[str, QWidget]:
        return {"main window": self.main, **self.tools}


@pytest.fixture(scope="module", params=LANGUAGES)
def windows(request, qapp, tmp_path_factory):
    """The windows in one language, built once for this module's tests (settings and data in a folder of their own:
    the per-test folders of conftest come after a module's fixtures)."""
    from playground.ui.language import install_translators

    language = request.param
    base = tmp_path_factory.mktemp(f"menus-{language}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NN_PLAYGROUND_DATA_DIR", str(base / "data"))
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(base / "settings"))
        install_translators(qapp, language)
        main, tools = MainWindow(), {}
        try:
            main.documents.interactive = False
            main.resize(1366, 768)
            main.show()
            tools["study"] = main.open_study()
            tools["landscape"] = main.tools.open_landscape()
            wait_for(tools["landscape"].surfaceShown)  # its first surface, made in a thread: titles and captions
            tools["atlas"] = main.tools.open_atlas()
            tools["race"] = main.tools.open_race()
            assert tools["race"] is not None  # the start-up preset has a network to race
            found = Windows(language, main, tools)
            found.menus = every_menu(found)
            yield found
        finally:
            for window in tools.values():  # a child window stays on screen when its parent closes
                if window is not None:
                    window.close()
            main.close()
            main.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            install_translators(qapp, "en")


def wait_for(signal, timeout_ms: int = 60_000) -> None:
    """Wait for ``signal`` (the module's fixture has no qtbot: it is made once for the module's tests)."""
    loop, heard = QEventLoop(), []
    signal.connect(lambda *_: (heard.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    assert heard, f"waited {timeout_ms} ms for {signal}"


# ------------------------------------------------------------------ finding the menus
def every_menu(windows: Windows) -> list[tuple[str, QMenu | QMenuBar | QWidget]]:
    """(where, menu) for every menu of the windows; a widget with an actions context menu stands for its menu."""
    table = windows.main.table
    table.cell_menu()  # the context menus the table makes when right-clicked (children of the table: found below)
    table.header_menu()
    found, seen = [("main window: menu bar", windows.main.menuBar())], set()

    def add(where: str, menu) -> None:
        if address(menu) not in seen:
            seen.add(address(menu))
            found.append((where, menu))

    # the tool windows first: they are children of the main window, whose walk finds their menus again
    for where, window in reversed(windows.all().items()):
        for menu in window.findChildren(QMenu):
            menu.aboutToShow.emit()  # the menus filled when opened (Lessons, Open Recent)
            add(f"{where}: {menu.title() or menu.objectName() or type(menu.parent()).__name__}", menu)
        for view in window.findChildren(pg.GraphicsView):  # a plot's or the diagram's own menu, where switched on
            for item in view.scene().items():
                if isinstance(item, pg.ViewBox) and item.menuEnabled():
                    add(f"{where}: menu of {view.objectName() or type(view).__name__}", item.getMenu(None))
        for widget in window.findChildren(QWidget):
            if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
                add(f"{where}: context menu of {widget.objectName()}", widget)
    return found


def mnemonic(text: str) -> str:
    """The Alt letter of a menu text ("Cu&t" is "t"; "&&" is an ampersand), lower case; "" without one."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return ""


def items(menu) -> list[tuple[QAction, str]]:
    """The shown, non-separator items of ``menu`` with the names its accessibility interface gives them."""
    if isinstance(menu, (QMenu, QMenuBar)):
        iface = QAccessible.queryAccessibleInterface(menu)
        names = {}
        for node in (iface.child(i) for i in range(iface.childCount())):
            if node is not None and node.isValid():
                names[address(node.object())] = node.text(QAccessible.Text.Name)
    else:  # an actions context menu: Qt names the items as a QMenu would, by their text without "&"
        names = {address(a): without_ampersands(a.text()) for a in menu.actions()}
    return [(a, names.get(address(a), "")) for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def address(obj) -> int:
    """The C++ object's address (two Python wrappers of one action are one action)."""
    return shiboken6.getCppPointer(obj)[0]


def without_ampersands(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys(action: QAction) -> list[str]:
    return [k.toString(f) for k in action.shortcuts() if not k.isEmpty()
            for f in (QKeySequence.SequenceFormat.NativeText, QKeySequence.SequenceFormat.PortableText)]


def begins_with_symbol(name: str, allowed: str = OPENING_MARKS) -> bool:
    name = name.strip()
    return bool(name) and not (name[0].isalnum() or name[0] in allowed)


def is_pictogram(char: str) -> bool:
    return unicodedata.category(char).startswith("S") and char not in ARITHMETIC


# ------------------------------------------------------------------ the accessibility tree
def tree(iface) -> list:
    found, stack = [], [iface]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in (node.child(i) for i in range(node.childCount())) if c is not None and c.isValid())
    return found


def shown_focusable(window: QWidget) -> list:
    return [node for node in tree(QAccessible.queryAccessibleInterface(window))
            if not node.state().invisible and node.state().focusable]


def described(node) -> str:
    widget = node.object()
    return f"{node.role().name} {type(widget).__name__} {getattr(widget, 'objectName', str)()!r}"


# ------------------------------------------------------------------ tests
def test_the_windows_menus_are_all_found(windows):
    """The walk reaches the menus this module is about (guards against a walk that finds nothing)."""
    menus = {id(m) for _, m in windows.menus}
    main = windows.main
    run_menu = main.findChild(QMenu, "runMenu")
    for menu in (run_menu, main.findChild(QMenu, "tableCellMenu"), main.findChild(QMenu, "tableHeaderMenu"),
                 main.findChild(QMenu, "lessonsMenu"), main.findChild(QMenu, "recentMenu")):
        assert menu is not None and id(menu) in menus
    for action in (main.tools.race_action, main.tools.landscape_action, main.tools.atlas_action, main.train_action,
                   main.classroom.new_seed_action, main.classroom.transport.play_action):
        assert action in run_menu.actions()
    assert len(windows.menus) >= 15 and sum(len(items(m)) for _, m in windows.menus) >= 120


def test_every_context_menu_is_one_the_checks_open(windows):
    """A widget that makes its own context menu is one whose menu the walk builds (the table and its header); a
    new one must be added to :func:`every_menu`."""
    custom = [f"{where}: {type(w).__name__} {w.objectName()!r}" for where, window in windows.all().items()
              for w in window.findChildren(QWidget)
              if w.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
              and w not in (windows.main.table, windows.main.table.horizontalHeader())]
    assert custom == []
    for widget in (windows.main.table, windows.main.table.horizontalHeader()):
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_no_two_items_of_a_menu_share_an_alt_letter(windows):
    shared = []
    for where, menu in windows.menus:
        letters = defaultdict(list)
        for action, _name in items(menu):
            if key := mnemonic(action.text()):
                letters[key].append(action.text())
        shared += [f"{where}: Alt+{key.upper()} is {texts}" for key, texts in letters.items() if len(texts) > 1]
    assert shared == [], "\n".join(shared)


def test_no_menu_item_holds_a_tab_or_a_shortcut(windows):
    bad = []
    for where, menu in windows.menus:
        for action, name in items(menu):
            for text in (without_ampersands(action.text()), name):
                # a key named as the command (the media key "Redo" of Redo) is no shortcut in the name
                if "\t" in text or any(k in text and k != text.strip() for k in keys(action)):
                    bad.append(f"{where}: {text!r} (keys {keys(action)})")
    assert bad == [], "\n".join(bad)


def test_no_menu_item_name_begins_with_a_symbol(windows):
    bad = [f"{where}: {name!r}" for where, menu in windows.menus for _action, name in items(menu)
           if not name.strip() or begins_with_symbol(name)]
    assert bad == [], "\n".join(bad)


def test_the_run_menu_says_in_words_what_the_toolbar_shows_with_pictograms(windows):
    """Train, Stop, Reset, New seed and Play: the toolbar button keeps its pictogram; the menu item and the
    button are named by the same words."""
    main = windows.main
    run_menu = main.findChild(QMenu, "runMenu")
    named = {id(a): name for a, name in items(run_menu)}
    actions = (main.train_action, main.stop_action, main.reset_action, main.classroom.new_seed_action,
               main.classroom.transport.play_action)
    for action in actions:
        button = next(b for bar in main.findChildren(QToolBar) if isinstance(b := bar.widgetForAction(action),
                                                                              QToolButton))
        assert any(map(is_pictogram, button.text())), button.text()
        spoken = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
        assert named[id(action)] == spoken and spoken and not any(map(is_pictogram, spoken))


def test_every_focusable_control_of_every_window_has_a_name(windows):
    unnamed = [f"{where}: {described(node)}" for where, window in windows.all().items()
               for node in shown_focusable(window) if not node.text(QAccessible.Text.Name).strip()]
    assert unnamed == [], "\n".join(unnamed)
    assert all(len(shown_focusable(w)) >= 3 for w in windows.all().values())


def test_no_buttons_name_begins_with_a_pictogram(windows):
    """The study's, the atlas's and the race's "▶  …" and "■  Stop" buttons among them: named by their words."""
    bad, buttons = [], 0
    for where, window in windows.all().items():
        for node in shown_focusable(window):
            if node.role() in BUTTON_ROLES:
                buttons += 1
                name = node.text(QAccessible.Text.Name)
                if begins_with_symbol(name, OPENING_MARKS + "".join(ARITHMETIC)):  # "+ Row" is "plus Row"
                    bad.append(f"{where}: {described(node)} named {name!r}")
    assert bad == [], "\n".join(bad)
    study = windows.tools["study"]
    assert study.start_button.text().startswith("▶") and not begins_with_symbol(study.start_button.accessibleName())
    assert buttons >= 20

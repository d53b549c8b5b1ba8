"""The window as a screen reader gets it: Qt's accessibility tree (what AT-SPI hands Orca), read for the first
step of every shipped lesson in English, German and Spanish.

For each: the lesson's question, its step counter and its to-do are exposed as the text they show (a label's
accessible name is its text; a fixed name such as "Question" replaced it); no control that takes the focus is
unnamed; no two items of one menu share an Alt letter; no name holds a tab or a keyboard shortcut (a menu item
named "Toggle 0/1<TAB>Space" was read with its key; the key belongs in the action's shortcut).
One window per language; the lessons are opened in it one after another.
"""

from collections import defaultdict

import pytest
from PySide6.QtGui import QAccessible, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QMenu, QMenuBar

from playground import resources
from playground.core.lessons.lesson_text import inline_html
from playground.ui.main_window import MainWindow

LESSONS = resources.shipped_lessons()
NATIVE = QKeySequence.SequenceFormat.NativeText


def tree(iface) -> list:
    """Every accessible interface under ``iface`` (itself first), as a screen reader walks them."""
    found, stack = [], [iface]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in (node.child(i) for i in range(node.childCount())) if c is not None and c.isValid())
    return found


def shown(iface) -> bool:
    return not iface.state().invisible


def name(iface) -> str:
    return iface.text(QAccessible.Text.Name)


def exposed_texts(window) -> set[str]:
    """The names and text-interface texts of the window's shown interfaces (what a reader can say)."""
    texts = set()
    for node in tree(QAccessible.queryAccessibleInterface(window)):
        if shown(node):
            texts.add(" ".join(name(node).split()))
            text = node.textInterface()
            if text is not None:
                texts.add(" ".join(text.text(0, text.characterCount()).split()))
    return texts


def plain(html: str) -> str:
    return " ".join(QTextDocumentFragment.fromHtml(html).toPlainText().split())


def unnamed_focusable(window) -> list[str]:
    return [f"{node.role().name} {type(node.object()).__name__} {getattr(node.object(), 'objectName', str)()!r}"
            for node in tree(QAccessible.queryAccessibleInterface(window))
            if shown(node) and node.state().focusable and not name(node).strip()]


def holds_keys(text: str, keys: list[str]) -> bool:
    """``text`` holds a tab, or one of ``keys`` ("F5", "Ctrl+Space") beside its words (a key named as the
    command, the media key "Redo" of Redo, is no shortcut in the name)."""
    return "\t" in text or any(k and k in text and k != text.strip() for k in keys)


def menus(window) -> list[QMenu | QMenuBar]:
    """The menu bar and every menu of the window (the Lessons menu filled as it is when opened)."""
    found = [window.menuBar()]
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus filled when opened (Lessons, Recent files)
        found.append(menu)
    return found


def menu_problems(window) -> list[str]:
    """Shared Alt letters in one menu, and item names holding a tab or a shortcut's keys."""
    problems = []
    for menu in menus(window):
        letters = defaultdict(list)
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = QKeySequence.mnemonic(action.text())
            if not key.isEmpty():
                letters[key.toString(NATIVE)].append(action.text())
        problems += [f"{menu.title() if isinstance(menu, QMenu) else 'menu bar'}: {key} is {texts}"
                     for key, texts in letters.items() if len(texts) > 1]
        iface = QAccessible.queryAccessibleInterface(menu)
        for node in (iface.child(i) for i in range(iface.childCount())):
            action = node.object()
            keys = [k.toString(NATIVE) for k in getattr(action, "shortcuts", list)()]
            if holds_keys(name(node), keys):
                problems.append(f"menu item named {name(node)!r} (keys {keys})")
    return problems


def names_with_keys(window) -> list[str]:
    """Shown controls whose name holds a tab or the keys of their own action's shortcut."""
    bad = []
    for node in tree(QAccessible.queryAccessibleInterface(window)):
        widget = node.object()
        action = getattr(widget, "defaultAction", lambda: None)()
        keys = [k.toString(NATIVE) for k in action.shortcuts()] if action is not None else []
        if shown(node) and holds_keys(name(node), keys):
            bad.append(f"{type(widget).__name__} named {name(node)!r}")
    return bad


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_lessons_first_step_reads_whole_through_the_accessibility_tree(qtbot, qapp, language):
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    window = MainWindow()
    try:
        qtbot.addWidget(window)
        window.documents.interactive = False  # a lesson's state replaces the table without asking
        window.resize(1366, 768)
        window.show()
        player = window.lessons
        problems = menu_problems(window)
        checked = defaultdict(int)
        for path in LESSONS:
            assert player.open_file(str(path), ask=False)
            player.go(0)
            panel, step = player.panel, player.lesson.steps[0]
            where = f"{language} {path.stem}"
            qtbot.waitUntil(panel.isVisible)
            texts = exposed_texts(window)
            wanted = {"step counter": panel.progress_label.text()}
            if step.question is not None:
                wanted["question"] = plain(inline_html(step.question.prompt))
            if step.action is not None:
                wanted["to-do"] = panel.action_label.text()
            for what in wanted:
                checked[what] += 1
            assert wanted["step counter"].startswith(("Step 1 of", "Schritt 1 von", "Paso 1 de")), where
            problems += [f"{where}: the {what} {text!r} is not exposed" for what, text in wanted.items()
                         if " ".join(text.split()) not in texts]
            problems += [f"{where}: focusable and unnamed: {w}" for w in unnamed_focusable(window)]
            problems += [f"{where}: {w}" for w in names_with_keys(window)]
        player.close()
        assert checked["step counter"] == len(LESSONS) >= 6 and checked["question"] and checked["to-do"], checked
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        install_translators(qapp, "en")

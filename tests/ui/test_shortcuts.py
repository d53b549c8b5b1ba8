"""Keyboard shortcuts: no key does two things in one window, in any language the app ships, and Redo's key redoes.

Every window the app opens is walked in English, German and Spanish: the main window (its inspector and
lesson docks, its menus), the study window, help, the lesson author's step dialog, the truth-table generator
and the fill-a-target dialog. A window's key bindings are every QAction's ``shortcuts()`` (a standard key such
as Redo is there as the platform's whole list of keys), every QShortcut's keys, and the Alt+letter mnemonics
Qt grabs for menu-bar titles, labels with a buddy (the settings form), buttons, group boxes and tabs. Qt finds
a key ambiguous, and does nothing, when two bindings of it are active at once: a window's bindings always, a
widget's (``WidgetWithChildrenShortcut``) while the focus is in it. With the focus in each widget that owns such
a binding, and once elsewhere, no key sequence may be bound twice.
"""

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar,
                               QWidget)

from playground import resources
from playground.ui.main_window import MainWindow

Context = Qt.ShortcutContext
WINDOW_WIDE = (Context.WindowShortcut, Context.ApplicationShortcut)


def inside(widget: QWidget, root: QWidget) -> bool:
    """``widget`` is ``root`` or lies in it (menus too: their parent is the window)."""
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


def mnemonic_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(text, what) of each text of ``widget`` whose '&' letter Qt grabs as an Alt+letter shortcut."""
    if isinstance(widget, QMenuBar):
        return [(a.text(), f"menu {a.text()!r}") for a in widget.actions() if a.isVisible()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [(widget.text(), f"label {widget.text()!r}")]
    if isinstance(widget, QAbstractButton):
        return [(widget.text(), f"{type(widget).__name__} {widget.text()!r}")]
    if isinstance(widget, QGroupBox):
        return [(widget.title(), f"group {widget.title()!r}")]
    if isinstance(widget, QTabBar):
        return [(widget.tabText(i), f"tab {widget.tabText(i)!r}") for i in range(widget.count())]
    return []


def bindings(root: QWidget) -> list[tuple[str, str, Qt.ShortcutContext, list[QWidget]]]:
    """(key, what binds it, its context, the widgets whose focus it needs) for every binding of ``root``."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    actions = set(root.findChildren(QAction))
    for w in widgets:
        actions.update(w.actions())
    for action in actions:
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget) and inside(o, root)]
        if not owners:
            continue  # in no widget of this window: its keys do nothing here
        focus_owners = [o for o in owners if not isinstance(o, (QMenu, QMenuBar))]
        for key in action.shortcuts():
            found.append((key.toString(QKeySequence.SequenceFormat.PortableText),
                          f"action {action.objectName() or action.text()!r}", action.shortcutContext(), focus_owners))
    for shortcut in root.findChildren(QShortcut):
        for key in shortcut.keys():
            found.append((key.toString(QKeySequence.SequenceFormat.PortableText),
                          f"QShortcut {shortcut.objectName()!r}", shortcut.context(), [shortcut.parentWidget()]))
    for w in widgets:
        for text, what in mnemonic_texts(w):
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                found.append((key.toString(QKeySequence.SequenceFormat.PortableText), what, Context.WindowShortcut,
                              [w]))
    return found


def active_at(binding, focus: QWidget | None) -> bool:
    _key, _what, context, owners = binding
    if context in WINDOW_WIDE:
        return True
    if context == Context.WidgetWithChildrenShortcut:
        return focus is not None and any(o is focus or o.isAncestorOf(focus) for o in owners)
    return focus is not None and focus in owners  # WidgetShortcut


def clashes(qtbot, root: QWidget, where: str) -> list[str]:
    """Keys bound twice in ``root``, with the focus in each widget that owns a focus-bound key and elsewhere."""
    owners = {o for b in bindings(root) if b[2] not in WINDOW_WIDE for o in b[3]}
    elsewhere = next((w for w in root.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                      and w.isVisible() and not any(o is w or o.isAncestorOf(w) for o in owners)), None)
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
    found = set()
    for focus in [*owners, elsewhere]:
        if focus is not None:  # the window changes some keys with the focus (Ctrl+ zooms, or adds a table row)
            focus.setFocus()
            qtbot.waitUntil(focus.hasFocus)
        by_key = defaultdict(list)
        for binding in bindings(root):  # read again: keys given up or taken on a focus change
            if active_at(binding, focus):
                by_key[binding[0]].append(binding[1])
        inside_of = type(focus).__name__ + (f" {focus.objectName()!r}" if focus is not None else "")
        found |= {f"{where}, focus in {inside_of}: {key} is bound to " + " and ".join(sorted(whats))
                  for key, whats in by_key.items() if len(whats) > 1}
    return sorted(found)


def other_windows(window) -> dict[str, QWidget]:
    """Every other window the app opens from the main window, opened through its own actions and methods."""
    assert window.lessons.author.edit_step()
    return {"study window": window.open_study(), "help": window.classroom.show_help(),
            "lesson author's step dialog": window.lessons.author.dialog,
            "truth-table generator": window.table.open_generator(), "fill-a-target dialog": window.table.open_fill_target()}


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_key_is_bound_twice_in_any_window(qtbot, qapp, language):
    from playground.ui.language import install_translators

    install_translators(qapp, language)
    window = MainWindow()
    try:
        qtbot.addWidget(window)
        window.documents.interactive = False
        window.show()
        # the main window with its lesson and inspector docks
        assert window.lessons.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
        window.lessons.close()  # every panel back, the lesson's actions made
        window.classroom.inspector_action.trigger()
        keys = {b[0] for b in bindings(window)}
        assert {"Ctrl+Z", "Ctrl+Shift+Z", "F5", "Ctrl+I"} <= keys  # the walk finds the keys
        assert sum(1 for k in keys if k.startswith("Alt+")) >= 12  # menus and the settings form
        problems = clashes(qtbot, window, f"{language} main window")
        assert window.lessons.open_file(str(resources.lessons_dir() / "02-hidden-layer.nnlesson"), ask=False)
        for name, w in other_windows(window).items():
            assert w is not None and w.isVisible(), name
            problems += clashes(qtbot, w, f"{language} {name}")
            w.close()
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        install_translators(qapp, "en")


def test_ctrl_shift_z_redoes_in_the_main_window(qtbot, window):
    """After an edit and Ctrl+Z, Ctrl+Shift+Z (pressed on the window, the focus in the table) puts the edit back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    before = float(window.dataset().values[0, 0])
    window.editor.set_cell(0, 0, 1.0 - before)  # an edit, as typing in the cell makes it
    assert float(window.dataset().values[0, 0]) == 1.0 - before
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert float(window.dataset().values[0, 0]) == before
    assert window.editor.redo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert float(window.dataset().values[0, 0]) == 1.0 - before
    assert not window.editor.redo_action.isEnabled()


@pytest.mark.parametrize("redo", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_undo_and_redo_keys_in_a_settings_field_go_to_the_windows_history(qtbot, window, redo):
    """With the cursor still in the learning-rate field after Enter, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y did
    nothing a student could see: the field's own line edit took them for its text."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field = window.controls.lr_spin
    before = window.settings().learning_rate
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field.lineEdit(), "0.5")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert window.settings().learning_rate == 0.5 and field.lineEdit().hasFocus()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.settings().learning_rate == before
    key = QKeySequence(redo)[0]
    qtbot.keyClick(field.lineEdit(), key.key(), key.keyboardModifiers())
    assert window.settings().learning_rate == 0.5

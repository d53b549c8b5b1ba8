"""Open Recent and the dialogs' folder (playground.ui.documents.recent_files): newest first, at most ten, a name QSettings
cannot keep is left out, and the menu lists them with Clear the List."""

import os

from PySide6.QtWidgets import QMenu

from playground.ui.documents.recent_files import MAX_RECENT, fill_recent_menu, forget, last_folder, recent_files, remember


def test_remembered_files_come_newest_first_without_repeats_and_at_most_ten(qapp, tmp_path):
    paths = [str(tmp_path / f"run{i}.nnp") for i in range(MAX_RECENT + 2)]
    for p in paths:
        remember(p)
    remember(paths[5])  # opened again: first, not twice
    recent = recent_files()
    assert recent[0] == paths[5] and len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
    assert recent[1:] == [p for p in reversed(paths) if p != paths[5]][:MAX_RECENT - 1]
    assert last_folder() == str(tmp_path)
    forget(paths[5])
    assert paths[5] not in recent_files()


def test_a_name_qsettings_cannot_keep_is_not_stored(qapp, tmp_path):
    remember(str(tmp_path / "kept.nnp"))
    remember(os.fsdecode(bytes(tmp_path / "bad") + b"\xff.nnp"))  # not UTF-8: a lone surrogate in Python
    assert recent_files() == [str(tmp_path / "kept.nnp")]


def test_the_menu_lists_the_files_then_clear_the_list(qtbot, tmp_path):
    menu = QMenu()
    qtbot.addWidget(menu)
    opened, cleared = [], []
    files = [str(tmp_path / "a&b.nnp"), str(tmp_path / "xor.nnp")]
    fill_recent_menu(menu, files, lambda: opened.append(True), lambda: cleared.append(True))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.data() for a in actions[:2]] == files
    assert actions[0].text() == "&1  a&&b.nnp"  # the & of the name is shown, not a shortcut
    actions[1].trigger()
    actions[-1].trigger()
    assert opened == [True] and cleared == [True] and actions[-1].text() == "Clear the List"
    fill_recent_menu(menu, [], lambda: None, lambda: None)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["No recent files", "Clear the List"]
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())

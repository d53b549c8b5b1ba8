"""An action's pictogram on its buttons, its words in menus: playground.ui.kit.pictogram_text."""

from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QMenu, QToolBar

from playground.ui.kit.pictogram_text import show_pictogram, words


def test_words_drop_the_pictograms_around_them_and_keep_the_alt_letter():
    assert words("▶  Train") == "Train" and words("❚❚  Pause") == "Pause" and words("Next ▶") == "Next"
    assert words("▶  &Go") == "&Go" and words("⚄  New seed") == "New seed"
    assert words("+ Row") == "+ Row" and words("− Column") == "− Column"  # signs read as words stay


def test_the_button_shows_the_pictogram_and_the_menu_item_says_the_words(qtbot):
    bar, menu = QToolBar(), QMenu()
    qtbot.addWidget(bar)
    qtbot.addWidget(menu)
    action = QAction(bar)
    show_pictogram(action, "▶  Play")
    bar.addAction(action)
    menu.addAction(action)
    assert bar.widgetForAction(action).text() == "▶  Play" and action.text() == "Play"
    show_pictogram(action, "❚❚  Pause")  # the text changes: the button follows
    assert bar.widgetForAction(action).text() == "❚❚  Pause" and action.text() == "Pause"
    assert QAccessible.queryAccessibleInterface(menu).child(0).text(QAccessible.Text.Name) == "Pause"

"""The parts of the window a lesson step shows by name that are not panels of their own: the result tabs'
pages and the toolbar widgets beside an action (:meth:`LessonPlayer.apply_visibility
<playground.ui.lessons.lesson_player.LessonPlayer.apply_visibility>`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QToolBar

# the result tabs' pages by object name: the lesson format's name of each (the decision map's page is a
# placeholder until the map is first shown)
RESULT_PAGES = {"predictionsTable": "predictions", "logView": "log", "decisionMap": "decision_map",
                "decisionMapPlaceholder": "decision_map"}


def toolbar_item(toolbar: QToolBar, widget) -> QAction | None:
    """The toolbar's action that holds ``widget`` (hiding it hides the widget where the toolbar lays it out)."""
    return next((a for a in toolbar.actions() if toolbar.widgetForAction(a) is widget), None)


def show_result_pages(tabs: QTabWidget, shown: Callable[[str], bool], choose: bool) -> None:
    """Show the result tabs' pages ``shown`` names (pages no lesson names stay), the tabs only when one is;
    ``choose``: a hidden current page gives way to a shown one."""
    any_tab = False
    for i in range(tabs.count()):
        name = RESULT_PAGES.get(tabs.widget(i).objectName())
        on = name is None or shown(name)
        tabs.setTabVisible(i, on)
        any_tab = any_tab or on
        if on and choose and not tabs.isTabVisible(tabs.currentIndex()):
            tabs.setCurrentIndex(i)
    tabs.setVisible(any_tab)

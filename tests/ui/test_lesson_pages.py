"""The result tabs' pages a lesson step shows by name, and the toolbar action that holds a widget."""

from PySide6.QtWidgets import QLabel, QTabWidget, QToolBar, QWidget

from playground.ui.lessons.lesson_pages import show_result_pages, toolbar_item


def tabs_with(qtbot, *names):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for name in names:
        tabs.addTab(QWidget(objectName=name), name)
    tabs.show()
    return tabs


def test_only_the_named_pages_show_and_a_hidden_current_page_gives_way(qtbot):
    tabs = tabs_with(qtbot, "predictionsTable", "logView", "decisionMap")
    tabs.setCurrentIndex(0)
    show_result_pages(tabs, lambda name: name == "log", choose=True)
    assert [tabs.isTabVisible(i) for i in range(3)] == [False, True, False]
    assert tabs.currentIndex() == 1 and tabs.isVisible()
    show_result_pages(tabs, lambda name: False, choose=True)
    assert not tabs.isVisible()  # no page to show: no empty tabs
    show_result_pages(tabs, lambda name: True, choose=False)
    assert tabs.isVisible() and all(tabs.isTabVisible(i) for i in range(3))


def test_a_page_no_lesson_names_stays(qtbot):
    tabs = tabs_with(qtbot, "somethingElse", "logView")
    show_result_pages(tabs, lambda name: False, choose=True)
    assert tabs.isTabVisible(0) and not tabs.isTabVisible(1) and tabs.isVisible()


def test_the_toolbar_action_holding_a_widget(qtbot):
    bar = QToolBar()
    qtbot.addWidget(bar)
    label, other = QLabel("x"), QLabel("y")
    action = bar.addWidget(label)
    assert toolbar_item(bar, label) is action and toolbar_item(bar, other) is None

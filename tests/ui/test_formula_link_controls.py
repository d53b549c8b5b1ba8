"""FormulaLink (formula_link.py), the window's controller of the formula dock: its action and shortcut, what
opens the dock and what does not, the example ``--formula`` shows, and the script viewer's refusals."""

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox

from playground.ui.views.formula_link import FormulaLink


@pytest.fixture
def link(window, qtbot):
    qtbot.waitExposed(window)
    return window.formula_link


@pytest.fixture
def told(monkeypatch):
    """The messages the link shows, instead of modal boxes."""
    out = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: out.append((title, text)))
    return out


def test_the_window_has_one_link_whose_action_is_in_the_run_menu_and_toggles_the_dock(window, link):
    assert isinstance(link, FormulaLink)
    assert link.action.shortcut().toString() == "Ctrl+Shift+F"
    assert link.action in window.findChild(QMenu, "runMenu").actions()
    assert not link.dock.isVisible()
    link.action.trigger()
    assert link.dock.isVisible()
    link.action.trigger()
    assert not link.dock.isVisible()


def test_hovering_an_edge_never_opens_the_dock_but_previews_it_once_open(window, link):
    view = window.network_view
    view.edgeHovered.emit(0, 1, 2)  # the pointer crosses edges all the time: nothing opens, nothing is kept
    assert not link.dock.isVisible()
    view.edgeSelected.emit(1, 3, 0)
    assert link.dock.isVisible()
    assert (link.panel.formula().k, link.panel.formula().i, link.panel.formula().j) == (1, 3, 0)
    view.edgeHovered.emit(0, 1, 2)  # open: the edge under the pointer is shown while hovered
    assert (link.panel.formula().k, link.panel.formula().i, link.panel.formula().j) == (0, 1, 2)
    view.edgeHovered.emit(-1, -1, -1)  # off the edges: the chosen one again
    assert (link.panel.formula().k, link.panel.formula().i, link.panel.formula().j) == (1, 3, 0)


def test_the_example_chooses_the_first_weight(window, link):
    link.show_example()
    assert window.network_view.selected_edge() == (0, 0, 0)
    assert link.dock.isVisible()
    f = link.panel.formula()
    assert (f.k, f.i, f.j) == (0, 0, 0)


def test_a_quantity_the_script_has_no_line_for_is_told_and_no_viewer_opens(link, told):
    link.show_in_script("no such quantity")
    assert told == [("Exported script", "The script has no line for no such quantity.")]
    assert link.script_view is None


def test_a_quantity_of_the_script_opens_the_viewer_at_its_line(link, told, qtbot):
    link.show_in_script("l1")
    assert told == []
    qtbot.waitUntil(link.script_view.isVisible)
    assert "l1" in link.script_view.highlighted_text()


def test_highlighting_a_unit_quantity_clears_the_outlined_edges(window, link):
    link.highlight_quantity("syn0 update", -1, -1)
    sizes = window.network_view.sizes()
    assert window.network_view.highlighted_edges() == [(0, i, j) for i in range(sizes[0]) for j in range(sizes[1])]
    link.highlight_quantity("l1_delta", -1, -1)
    assert window.network_view.highlighted_edges() == []


def test_an_edge_chosen_before_the_first_frame_opens_the_dock_with_its_formula(qtbot):
    # The panel is made after the first frame (the cold start); chosen earlier, it is made then.
    from playground.ui.main_window import MainWindow

    window = MainWindow()  # never shown: no first frame, no panel yet
    qtbot.addWidget(window)
    link = window.formula_link
    assert link.dock.widget() is None
    window.network_view.select_edge(0, 1, 2)
    assert link.dock.widget() is link.panel and not link.dock.isHidden()
    formula = link.panel.formula()
    assert (formula.k, formula.i, formula.j) == (0, 1, 2) and "syn0[1, 2]" in link.panel.text()
    window.close()

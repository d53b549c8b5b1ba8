"""The flow layout: items left to right, wrapping to a new line when the width runs out; hidden ones take no room."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from playground.ui.kit.flow_layout import FlowLayout

SPACING = 12


@pytest.fixture
def flow(qtbot, qapp):
    """A box of three 100x30 buttons in a flow layout with no margins."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=SPACING)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for i in range(3):
        b = QPushButton(f"Button {i}", box)
        b.setFixedSize(100, 30)
        layout.addWidget(b)
        buttons.append(b)
    yield layout, buttons
    qapp.processEvents()  # the layout tells its parents of a new height in the next turn: while the box lives


def positions(buttons):
    return [(b.geometry().x(), b.geometry().y()) for b in buttons]


def test_one_line_when_it_fits_and_a_line_each_when_narrow(flow):
    layout, buttons = flow
    assert layout.heightForWidth(400) == 30
    layout.setGeometry(QRect(0, 0, 400, 30))
    assert positions(buttons) == [(0, 0), (112, 0), (224, 0)]
    assert layout.heightForWidth(150) == 3 * 30 + 2 * SPACING
    layout.setGeometry(QRect(0, 0, 150, 114))
    assert positions(buttons) == [(0, 0), (0, 42), (0, 84)]
    assert layout.minimumSize().height() == 114  # a parent must leave the wrapped lines room


def test_a_hidden_item_takes_no_room(flow):
    layout, buttons = flow
    buttons[0].hide()
    assert layout.heightForWidth(230) == 30  # the other two fit one line
    layout.setGeometry(QRect(0, 0, 230, 30))
    assert positions(buttons[1:]) == [(0, 0), (112, 0)]


def test_line_count_follows_the_placing(flow):
    layout, buttons = flow
    assert layout.line_count(3 * 100 + 2 * SPACING) == 1  # all three on one line, just
    assert layout.line_count(3 * 100 + 2 * SPACING - 1) == 2
    assert layout.line_count(100) == 3
    buttons[1].hide()
    assert layout.line_count(2 * 100 + SPACING) == 1  # a hidden item takes no room
    layout.setGeometry(QRect(0, 0, 2 * 100 + SPACING, 100))
    assert len({b.geometry().y() for b in buttons if b.isVisibleTo(b.parentWidget())}) == 1  # as it places them


def test_a_least_width_holds_the_layout_as_wide_whatever_its_items_ask(flow):
    layout, buttons = flow
    assert layout.minimumSize().width() == 100  # the widest item
    layout.set_least_width(260)
    assert layout.minimumSize().width() == 260
    layout.set_least_width(0)
    assert layout.minimumSize().width() == 100

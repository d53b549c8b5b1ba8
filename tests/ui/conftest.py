"""Fixtures shared by the window's tests."""

import pytest

from playground.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    """The main window, shown, closed after the test (tests that need another set-up define their own)."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()

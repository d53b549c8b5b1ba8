"""A table cell typed or pasted with a decimal comma in a German or Spanish window: "0,5" is 0.5, as in the
settings beside the table (the table shows and copies numbers as files write them: 0.5). In an English window
the comma is refused with how to write it."""

import pytest

from playground.ui.main_window import MainWindow


@pytest.fixture
def window_in(qtbot, qapp):
    from playground.ui.language import install_translators

    made = []

    def make(language: str) -> MainWindow:
        install_translators(qapp, language)
        window = MainWindow()
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_typed_cell_takes_the_decimal_comma_of_the_window(window_in, language):
    window = window_in(language)
    model = window.dataset_model
    assert model.setData(model.index(0, 0), "0,5")  # what the cell editor does on Enter
    assert model.setData(model.index(1, 3), " 0,25 ")
    values = window.dataset().values
    assert values[0, 0] == 0.5 and values[1, 3] == 0.25
    window.editor.undo_action.trigger()
    assert window.dataset().values[1, 3] == 0.0  # one undoable edit each, as any typed number
    assert not model.setData(model.index(0, 1), "1,2,3")  # still no number: refused, named, nothing changed
    assert window.message_bar.isVisibleTo(window) and window.dataset().values[0, 1] == 0.0


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_block_copied_from_a_german_spreadsheet_pastes_its_numbers(window_in, language):
    window = window_in(language)
    assert window.editor.paste_text(0, 0, "0,5\t0,75\n0,25\t1\n")  # LibreOffice in German copies this
    assert window.dataset().values[:2, :2].tolist() == [[0.5, 0.75], [0.25, 1.0]]
    assert window.editor.paste_text(3, 3, "0,5")  # one cell: 0.5, not the two cells 0 and 5
    assert window.dataset().values[3, 3] == 0.5 and window.dataset().values.shape == (4, 4)


def test_an_english_window_refuses_the_comma_and_says_how_to_write_it(window_in):
    window = window_in("en")
    model = window.dataset_model
    assert not model.setData(model.index(0, 0), "0,5")
    assert "use a point for decimals: 0.5" in window.message_bar.text()
    assert window.dataset().values[0, 0] == 0.0

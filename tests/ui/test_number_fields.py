"""The window's number fields read ASCII digits only, and German's decimal comma.

Typing '²' or '٣' (or full-width '３') into a settings field must not change the setting:
Python's float() reads '٣' as 3, and the learning rate and the Advanced fields used it.
"""

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from playground.core.data.settings import Settings
from playground.ui.experiment.controls import ControlsPanel
from playground.ui.lessons.lesson_panel import parse_number as parse_answer

TYPED = ["²", "٣", "３", "٠٫٥", "۳"]  # superscript, Arabic-Indic, full-width, an Arabic decimal, Persian

# field -> settings that show it (the Advanced section opens by itself for them)
FIELDS = {
    "hidden_spin": Settings(), "iterations_spin": Settings(), "lr_spin": Settings(), "seed_spin": Settings(),
    "log_every_spin": Settings(), "l2_spin": Settings(l2=0.01), "batch_spin": Settings(l2=0.01),
    "momentum_spin": Settings(optimizer="momentum"), "beta1_spin": Settings(optimizer="adam"),
    "beta2_spin": Settings(optimizer="adam"), "eps_spin": Settings(optimizer="adam"),
}


@pytest.fixture(params=["en", "de"])
def panel(qtbot, request):
    """The settings form as a user of that language has it (the window sets the default locale so)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    QLocale.setDefault(before)


def type_into(qtbot, field, text: str) -> None:
    """Select the field's text, type ``text`` over it key by key, and press Enter, as a user does.

    Each character is a key event carrying that text, as a keyboard layout (Arabic, Persian, a
    Japanese input method's full-width digits) delivers it; QTest.keyClicks takes ASCII only.
    """
    field.setFocus()
    field.selectAll()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("name", FIELDS)
def test_typing_other_digits_into_a_settings_field_changes_nothing(qtbot, panel, name):
    panel.set_settings(FIELDS[name])
    field = getattr(panel, name)
    assert field.isVisible()
    before = panel.settings()
    for text in TYPED:
        type_into(qtbot, field, text)
        assert panel.settings() == before, (name, text, panel.settings())


def test_german_decimal_comma_and_point_both_work(qtbot, panel):
    german = panel.locale().decimalPoint() == ","
    panel.set_settings(Settings(l2=0.01))
    type_into(qtbot, panel.lr_spin, "0.25")
    assert panel.settings().learning_rate == 0.25
    # a decimal comma in any language: in an English window the comma of "0,5" was refused as a
    # keystroke and the learning rate became 5, ten times what the student meant
    type_into(qtbot, panel.lr_spin, "0,5")
    type_into(qtbot, panel.l2_spin, "0,002")
    assert panel.settings().learning_rate == 0.5 and panel.settings().l2 == 0.002
    if german:
        assert panel.lr_spin.text() == "0,5"  # shown as German writes it, like the window's other numbers
        type_into(qtbot, panel.iterations_spin, "2.000")  # German's thousands point, as before
        assert panel.settings().iterations == 2000
    else:
        assert panel.lr_spin.text() == "0.5"


def test_a_table_cell_typed_in_other_digits_is_refused(window):
    model = window.dataset_model
    before = window.dataset().values.copy()
    for text in TYPED:
        assert not model.setData(model.index(0, 0), text)  # what the cell editor does on Enter
        assert "digits 0 to 9" in window.message_bar.text()
    assert (window.dataset().values == before).all()


@pytest.mark.parametrize("text", TYPED)
def test_a_lesson_answer_in_other_digits_is_not_a_number(text):
    assert parse_answer(text) is None
    assert parse_answer("0,5") == parse_answer("0.5") == 0.5  # the decimal comma stays


def test_a_weight_typed_in_other_digits_into_the_inspector_is_refused(qtbot, window):
    window.classroom.inspector_action.trigger()  # open the inspector
    qtbot.waitUntil(lambda: window.classroom.inspector.trace() is not None)
    panel = window.classroom.inspector
    before = [w.copy() for w in window.shown_network().weights]
    view = panel.matrix("syn0")
    qtbot.waitUntil(view.isVisible)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(0, 0).center())
    assert panel.cell_editor.isVisible()
    for text in TYPED:
        type_into(qtbot, panel.cell_editor, text)
        assert panel.cell_editor.isVisible() and "not a number" in panel.feedback_label.text(), text
    assert all((a == b).all() for a, b in zip(window.shown_network().weights, before))

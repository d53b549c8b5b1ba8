"""The settings form's number fields: the hidden layers field and the numbers shown as written."""

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox

from playground.core.data.settings import FIELD, MAX_HIDDEN_UNITS
from playground.ui.experiment.setting_fields import HiddenLayersBox, field_spin, hidden_state

Acceptable, Intermediate, Invalid = (QValidator.State.Acceptable, QValidator.State.Intermediate,
                                     QValidator.State.Invalid)
Step = QAbstractSpinBox.StepEnabledFlag


def test_hidden_layers_text_is_checked_as_typed():
    assert hidden_state("4") == hidden_state("4,3") == hidden_state("0") == hidden_state("4, ") == Acceptable
    assert hidden_state("") == hidden_state(",") == Intermediate  # on their way to a size
    assert hidden_state("4a") == hidden_state("٣") == Invalid  # refused as a keystroke


def test_the_arrows_step_one_layer_and_are_off_for_several(qtbot):
    box = HiddenLayersBox()
    qtbot.addWidget(box)
    box.setText("4")
    with qtbot.waitSignal(box.textEdited) as edited:
        box.stepBy(1)
    assert box.text() == "5" and edited.args == ["5"]
    box.setText("0")
    assert box.stepEnabled() == Step.StepUpEnabled  # no fewer than no hidden layer
    box.setText(str(MAX_HIDDEN_UNITS))
    assert box.stepEnabled() == Step.StepDownEnabled
    box.setText("4,3")
    assert box.stepEnabled() == Step.StepNone
    box.stepBy(1)
    assert box.text() == "4,3"


def test_a_number_is_shown_as_written_and_read_with_either_decimal_mark(qtbot):
    spin = field_spin("learning_rate")
    qtbot.addWidget(spin)
    assert (spin.minimum(), spin.maximum()) == (FIELD["learning_rate"].low, FIELD["learning_rate"].high)
    assert spin.textFromValue(0.123456) == "0.123456" and spin.textFromValue(1e-05) == "1e-05"  # no rounding
    spin.setLocale(QLocale(QLocale.Language.German))
    assert spin.textFromValue(0.5) == "0,5"
    assert spin.valueFromText("0,5") == spin.valueFromText("0.5") == 0.5
    assert spin.validate("0,5", 3)[0] == Acceptable
    assert spin.validate("1e-", 3)[0] == Intermediate
    assert spin.validate("²", 1)[0] == Invalid  # Python's float() would read some such characters; the field not


def test_a_field_spin_keeps_the_settings_range_open_ends_inside():
    beta2 = FIELD["beta2"]
    spin = field_spin("beta2")
    assert spin.minimum() >= beta2.low and spin.maximum() <= beta2.high
    assert (spin.maximum() < beta2.high) == beta2.open_high
    assert spin.validate(spin.textFromValue(beta2.high), 0)[0] == (Intermediate if beta2.open_high else Acceptable)

"""A setting's own problems (its range, the hidden-layers text, the output's targets) in German and Spanish.

They are made in core with ``say``: the window shows them translated, with its own decimal comma and thousands
separator (in German 5,000 is five), while the command line and files keep the English words."""

import numpy as np
import pytest

from playground.core.atlas.grid import Axis, Grid
from playground.core.data.presets import get_preset
from playground.core.data.settings import FIELD, FIELDS, MAX_HIDDEN_LAYERS, Settings, parse_hidden
from playground.core.nn.losses import pair_problem, target_problems
from playground.ui.language import install_translators, problem_text, shown
from playground.ui.main_window import MainWindow
from playground.core.nn.activations import ACTIVATIONS
from playground.core.nn.losses import LOSSES, OUTPUTS
from playground.core.nn.optimizers import OPTIMIZERS
from tests.ui.test_translated_window import english_words as words_of

NAMES = {*ACTIVATIONS, *LOSSES, *OUTPUTS, *OPTIMIZERS}  # the choices' own names, as files and the CLI write them


def english_words(text: str) -> set[str]:
    """English words in ``text``, the names of the choices (loss "squared", output "linear") left out."""
    for name in sorted(NAMES, key=len, reverse=True):
        text = text.replace(name, " ")
    return words_of(text)

BAD_VALUES = {  # per kind of field: values each field refuses
    int: [-5, 10**12, 1.5, "7"],
    float: [-1.0, 1e9, float("nan"), float("inf"), "x", 0.1 + 1e-17 * 3],
    str: ["bogus"],
    bool: [3],
    tuple: [(5000,), (1,) * (MAX_HIDDEN_LAYERS + 1)],
}


@pytest.fixture(params=["de", "es"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def field_problems():
    out = []
    for f in FIELDS:
        for v in BAD_VALUES[f.kind]:
            p = f.problem(v)
            if p:
                out.append(p)
    return out


def test_the_english_words_are_kept_for_the_command_line_and_files():
    assert FIELD["learning_rate"].problem(0) == "learning rate must be between 1e-12 and 100000, got 0"
    assert FIELD["iterations"].problem(10**10) == "iterations must be between 1 and 1,000,000,000, got 10,000,000,000"
    assert FIELD["hidden"].problem((5000,)) == "hidden layer 1 has 5000 units; use 1 to 256"
    with pytest.raises(ValueError, match=r"^hidden layer 2: 'x' is not a whole number$"):
        parse_hidden("4,x")
    assert pair_problem("softmax", "notebook").startswith("the softmax output cannot learn with the notebook loss")


def test_every_field_problem_is_translated(language):
    problems = field_problems()
    assert len(problems) > 3 * len(FIELDS)  # most bad values are refused by every field
    left = [(p, shown(p)) for p in problems if english_words(shown(p))]
    assert not left, left


def test_numbers_in_them_are_written_as_the_language_writes_them(language):
    text = shown(FIELD["iterations"].problem(10**10))
    assert "10.000.000.000" in text and "1.000.000.000" in text, text  # German and Spanish group with points
    assert "123456,5" in shown(FIELD["l2"].problem(123456.5))  # and write a decimal comma


@pytest.mark.parametrize("typed", ["5000", "4,abc", "4-", "4,3-2", ",", "4,,3", ",".join(["1"] * (MAX_HIDDEN_LAYERS + 1))])
def test_a_hidden_layers_text_that_does_not_parse_is_explained_in_the_language(qtbot, language, typed):
    window = MainWindow()
    qtbot.addWidget(window)
    box = window.controls.hidden_spin
    box.setText(typed)
    box.textEdited.emit(typed)
    reason = window.blocking_reason()
    assert reason and not english_words(reason), reason
    assert not window.train_action.isEnabled()
    label = window.train_blocked_label.text()
    assert label and not english_words(label), label


def test_targets_a_softmax_output_cannot_learn_are_explained_in_the_language(qtbot, language):
    Y = np.array([[1.0, 0.0], [1.0, 1.0], [0.5, 0.5]])
    problems = target_problems("softmax", Y) + target_problems("softmax", Y[:, :1]) + [pair_problem("softmax", "notebook")]
    assert len(problems) == 3
    left = [shown(p) for p in problems if english_words(shown(p))]
    assert not left, left


def test_an_atlas_the_budget_or_the_table_refuses_is_explained_in_the_language(language):
    preset = get_preset("xor")
    too_many = Grid(preset.dataset(), preset.settings, (Axis("seed", tuple(range(2000))),
                                                        Axis("learning_rate", tuple(0.01 * (i + 1) for i in range(2000)))))
    small = Grid(preset.dataset(), preset.settings, (Axis("seed", (1, 2)),))
    for grid, budget in ((too_many, None), (small, 1024)):  # more cells than an atlas computes; over the budget
        with pytest.raises(ValueError) as e:
            grid.check(budget)
        text = problem_text(e.value)
        assert not english_words(text), text
    bad = Settings(log_every=1, iterations=10**9)
    assert bad.problems() and not english_words(shown(bad.problems()[0])), shown(bad.problems()[0])


@pytest.mark.parametrize("name, typed", [("learning_rate", "0"), ("learning_rate", "1e9"), ("iterations", "0"),
                                         ("l2", "5000")])
def test_a_number_out_of_range_being_typed_is_explained_until_the_field_is_done(qtbot, language, name, typed):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controls = window.controls
    controls.set_advanced_open(True)
    box, hint = controls.fields[name], controls.range_hints[FIELD[name].group]
    before = box.value()
    box.setFocus()
    box.lineEdit().clear()
    box.lineEdit().textEdited.emit("")  # as a user's select-and-delete
    QTest.keyClicks(box.lineEdit(), typed)
    assert hint.isVisible(), typed
    assert not english_words(hint.text()), hint.text()
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)  # done typing (as leaving the field): the box takes a value
    assert not hint.isVisible()
    assert box.value() == before or FIELD[name].problem(box.value()) is None  # the box kept a value it allows

"""The atlas window's axes: what a user types read into core axes, and the finer axis of a region drawn."""

import pytest

from playground.core.atlas.grid import Axis, log_space
from playground.ui.atlas.atlas_axes import axis_text, default_text, finer, parse_axis


def test_the_command_line_forms_are_read_into_axes():
    lr = parse_axis("learning_rate", "0.01:100:5")
    assert lr.log and lr.values == (0.01, 0.1, 1.0, 10.0, 100.0)
    assert parse_axis("seed", "3:6").values == (3, 4, 5, 6)
    assert parse_axis("hidden", "2, 3,8").values == ((2,), (3,), (8,))
    assert parse_axis("batch_size", "1,4,all").values == (1, 4, None)
    assert parse_axis("l2", "0:0.01:3").values == (0.0, 0.005, 0.01)
    assert parse_axis("activation", default_text("activation")).values[0] == "sigmoid"
    assert axis_text(parse_axis("hidden", "2,3")) == "2, 3"


@pytest.mark.parametrize("name, text, words", [
    ("learning_rate", "0.01:x:4", "not a number"), ("seed", "1:2:3", "A:B"), ("seed", "", "no values"),
    ("learning_rate", "0.1:1:0", "1 to"), ("activation", "sigmoid, wobbly", "unknown activation"),
    ("seed", "1,1", "repeats")])
def test_a_bad_axis_is_refused_with_a_message(name, text, words):
    with pytest.raises(ValueError, match=words):
        parse_axis(name, text)


def test_a_region_of_a_log_axis_gets_as_many_values_inside_it():
    lr = Axis("learning_rate", log_space(0.01, 100, 5), log=True)
    zoomed = finer(lr, 1.5, 3.5)  # from the centre of 0.1's cell to the centre of 10's
    assert len(zoomed.values) == 5 and zoomed.log
    assert zoomed.values[0] == pytest.approx(0.1) and zoomed.values[-1] == pytest.approx(10)
    assert zoomed.values[2] == pytest.approx(1)  # evenly spaced on the log scale


def test_a_region_of_whole_numbers_or_choices_keeps_the_cells_it_touches():
    assert finer(Axis("seed", (1, 2, 3, 4, 5)), 1.2, 3.4).values == (2, 3, 4)
    assert finer(Axis("hidden", ((2,), (4,), (8,))), 0.5, 1.5).values == ((2,), (3,), (4,))  # every size between
    assert finer(Axis("activation", ("sigmoid", "tanh", "relu")), 2.1, 2.9).values == ("relu",)


def test_a_typed_list_is_held_to_the_same_length_as_a_range():
    with pytest.raises(ValueError, match="512"):
        parse_axis("seed", ",".join(map(str, range(600))))


@pytest.mark.parametrize("name, text, message", [
    ("seed", "4:1", "seed: “4:1” ends before it starts"),  # said "use 1 to 512 values"
    ("seed", "1.5:3", "seed: “1.5” is not a whole number"),  # said "is not a number"
    ("hidden", "2.5", "hidden units: “2.5” is not a whole number"),
    ("batch_size", "1e3", "batch size: “1e3” is not a whole number"),
    ("learning_rate", "0.1, x", "learning rate: “x” is not a number"),  # named no axis
    ("learning_rate", "0.1:1:x", "learning rate: “x” is not a number"),
    ("l2", "0:0.01:2.5", "L2 decay: “2.5” is not a whole number"),
    ("seed", "1,,2", "seed: “1,,2” has an empty value"),  # was read as 1, 2 (the command line refuses it)
    ("learning_rate", ",", "learning rate: “,” has an empty value"),  # said "the learning_rate axis has no values"
    ("learning_rate", "  ", "the learning rate axis has no values"),
    ("hidden", "2--3", "hidden units: “2--3” has a dash with no layer size"),
    ("hidden", "-2", "hidden units: “-2” has a dash with no layer size"),
    ("learning_rate", "0:1:3", "learning rate: “0:1:3”: both ends must be above 0"),
    ("test_fraction", "0.5, 1.5", "held-out fraction axis: a held-out fraction is between 0 and 1, got 1.5"),
    ("batch_size", "0, 2", "batch size axis: batch size"),  # said "batch_size axis"
    ("seed", "1, 1", "the seed axis repeats a value (1)"),
])
def test_every_message_names_its_axis_as_the_window_writes_it(name, text, message):
    with pytest.raises(ValueError) as e:
        parse_axis(name, text)
    assert message in str(e.value) and "_" not in str(e.value), str(e.value)


def test_two_hidden_layers_and_both_words_for_all_rows_are_taken_as_on_the_command_line():
    hidden = parse_axis("hidden", "2, 4-3, 0")
    assert hidden.values == ((2,), (4, 3), ())
    assert axis_text(hidden) == "2, 4-3, 0" and parse_axis("hidden", axis_text(hidden)) == hidden  # zoom writes it
    assert parse_axis("batch_size", "1, all").values == parse_axis("batch_size", "1, NONE").values == (1, None)


def test_core_messages_are_shown_in_the_window_language(qtbot, monkeypatch):
    """A core refusal (say) is translated, the axis's name in it too: the window's catalogue is asked for both."""
    from PySide6.QtCore import QCoreApplication

    asked = []

    def translate(context, text, *args):
        asked.append((context, text))
        return {"the {axis} axis repeats a value ({value})": "die Achse {axis} wiederholt einen Wert ({value})",
                "seed": "Startwert"}.get(text, text)

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    with pytest.raises(ValueError, match=r"die Achse Startwert wiederholt einen Wert \(1\)"):
        parse_axis("seed", "1, 1")
    assert ("Core", "seed") in asked

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

"""The atlas's grid: axes, cells, the seed rule, and the budget that refuses a grid before it starts."""

import pytest

from playground.core.atlas.grid import Axis, Grid, log_space
from playground.core.data.presets import get_preset
from playground.core.training.budget import BudgetError

XOR = get_preset("xor")


def grid(*axes, **options):
    return Grid(XOR.dataset(), XOR.settings, list(axes), **options)


def test_cells_take_their_settings_and_seed_from_their_coordinates_in_c_order():
    g = grid(Axis("seed", (5, 9)), Axis("learning_rate", log_space(0.1, 10, 3), log=True), Axis("hidden", ((2,), (4, 3))),
             iterations=123)
    assert g.shape == (2, 3, 2) and g.size == 12
    cells = list(g.cells())
    assert [c.index for c in cells[:3]] == [(0, 0, 0), (0, 0, 1), (0, 1, 0)]
    c = g.cell((1, 2, 1))
    assert c == g.cell(11) and c.seed == 9 == c.settings.seed
    assert c.settings.learning_rate == pytest.approx(10.0) and c.settings.hidden == (4, 3)
    assert c.settings.iterations == 123 and c.settings.bias == XOR.settings.bias
    assert g.coordinates(11) == {"seed": 9, "learning_rate": c.settings.learning_rate, "hidden": (4, 3)}


def test_without_a_seed_axis_every_cell_has_the_base_seed():
    g = Grid(XOR.dataset(), XOR.settings.with_(seed=42), [Axis("learning_rate", (0.5, 1.0))])
    assert {c.seed for c in g.cells()} == {42}


def test_the_seed_of_a_cell_does_not_depend_on_the_other_axes_or_their_order():
    a = grid(Axis("seed", (3, 4, 5)), Axis("learning_rate", (0.1, 1.0)))
    b = grid(Axis("learning_rate", (1.0, 0.1, 7.0)), Axis("seed", (5, 4, 3)), Axis("activation", ("tanh", "sigmoid")))
    seeds_a = {(c.seed, c.settings.learning_rate): c.settings for c in a.cells()}
    for c in b.cells():
        if c.settings.activation == "sigmoid" and (c.seed, c.settings.learning_rate) in seeds_a:
            assert seeds_a[(c.seed, c.settings.learning_rate)] == c.settings


def test_cells_of_one_shape_share_a_key_and_other_shapes_do_not():
    g = grid(Axis("learning_rate", (0.1, 1.0)), Axis("hidden", ((2,), (3,))))
    keys = {c.index: c.shape_key for c in g.cells()}
    assert keys[(0, 0)] == keys[(1, 0)] and keys[(0, 0)] != keys[(0, 1)]


@pytest.mark.parametrize("axes, words", [
    ([Axis("learning_rate", (0.1,)), Axis("learning_rate", (1.0,))], "twice"),
    ([], "one to three axes"),
])
def test_a_bad_grid_is_refused_with_its_reason(axes, words):
    with pytest.raises(ValueError, match=words):
        grid(*axes)


@pytest.mark.parametrize("name, values, words", [
    ("speed", (1, 2), "unknown axis"),
    ("learning_rate", (0.1, -1.0), "learning rate"),
    ("seed", (1, -3), "seed"),
    ("activation", ("sigmoid", "swish"), "swish"),
    ("hidden", ((2,), (0,)), "hidden layer"),
    ("seed", (1, 1), "repeats"),
    ("test_fraction", (0.5, 1.0), "between 0 and 1"),
])
def test_a_bad_axis_is_refused_with_its_reason(name, values, words):
    with pytest.raises(ValueError, match=words):
        Axis(name, values)


def test_a_grid_over_the_memory_budget_is_refused_naming_the_need_and_the_limit():
    g = grid(Axis("seed", tuple(range(512))), Axis("hidden", ((256, 256, 256),)), Axis("learning_rate", (0.1, 1.0)))
    with pytest.raises(BudgetError, match=r"would need about .* of memory \(the limit for an atlas is 768 MB\)"):
        g.check()
    small = grid(Axis("seed", tuple(range(8))), Axis("learning_rate", (0.1, 1.0)))
    small.check()
    need = small.estimated_bytes()
    small.check(budget=need)
    with pytest.raises(BudgetError, match="16 cells"):
        small.check(budget=need - 1)
    assert small.estimated_seconds() > 0


def test_replay_options_name_every_setting_of_the_cell():
    g = grid(Axis("seed", (3, 4)), Axis("batch_size", (None, 2)), test_fraction=0.25)
    args = g.cell((1, 1)).train_args()
    assert args[args.index("--seed") + 1] == "4" and args[args.index("--batch-size") + 1] == "2"
    assert args[args.index("--test-fraction") + 1] == "0.25"


@pytest.mark.parametrize("name, values, words", [
    ("learning_rate", (), "the learning rate axis has no values"),
    ("test_fraction", (0.5, 1.0), "held-out fraction axis: a held-out fraction is between 0 and 1, got 1.0"),
    ("batch_size", (0, 2), "batch size axis: "),
    ("hidden", ((2,), (0,)), "hidden units axis: hidden layer"),
    ("l2", (0.0, -1.0), "L2 decay axis: "),
    ("seed", (1, 1), "the seed axis repeats a value (1)"),
])
def test_an_axis_message_names_the_axis_in_words_and_can_be_translated(name, values, words):
    """Internal names leaked into the messages (learning_rate, test_fraction, batch_size; found in review): they
    name the axis as a person says it, and are made with say() so that the window translates them, name and all."""
    from playground.core.texts import Text

    with pytest.raises(ValueError) as e:
        Axis(name, values)
    message = e.value.args[0]
    assert words in message and "_" not in message
    assert isinstance(message, Text) and isinstance(message.values["axis"], Text)


def test_the_log_interval_is_raised_so_that_a_replay_logs_what_train_allows():
    """The atlas logs nothing: 1e9 iterations were refused because of the preset's log interval (500 would log
    2,000,000 lines; found in review). The cells keep an interval whose replay train accepts."""
    from playground.core.data.settings import MAX_LOGGED_POINTS

    g = Grid(XOR.dataset(), XOR.settings.with_(log_every=500), [Axis("seed", (1, 2))], iterations=10**9)
    g.check()
    cell = g.cell(0)
    assert cell.settings.problems() == [] and cell.settings.log_every == 10**9 // MAX_LOGGED_POINTS
    assert cell.train_args()[cell.train_args().index("--log-every") + 1] == str(10**9 // MAX_LOGGED_POINTS)
    # an interval that already fits is kept as it is
    assert grid(Axis("seed", (1, 2)), iterations=1000).base_settings.log_every == XOR.settings.log_every

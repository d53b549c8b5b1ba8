"""The atlas's value boxes and a German or Spanish decimal comma: "0,5" is refused with how to write it.

Read as a list, 0,5 was the values 0 and 5: a learning rate was refused for its 0 ("must be between 1e-12 and
100000, not 0": a half was meant), and an L2 axis took two values without a word."""

import pytest

from playground.ui.atlas.atlas_axes import parse_axis
from playground.ui.language import install_translators


@pytest.fixture
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["de", "es"], indirect=True)
@pytest.mark.parametrize("name, text", [("learning_rate", "0,5"), ("l2", "0,5"), ("test_fraction", "0,1,0,2"),
                                        ("learning_rate", "0.01,0.1")])
def test_a_comma_between_digits_is_refused_saying_how_to_write_decimals_and_lists(language, name, text):
    with pytest.raises(ValueError) as e:
        parse_axis(name, text)
    message = str(e.value)
    assert text in message and "0.5" in message and "0.1; 0.5" in message, message


@pytest.mark.parametrize("language", ["de", "es"], indirect=True)
def test_points_semicolons_and_spaced_commas_still_read(language):
    assert parse_axis("l2", "0.1; 0.5").values == (0.1, 0.5)
    assert parse_axis("l2", "0.1, 0.5").values == (0.1, 0.5)
    assert parse_axis("learning_rate", "0.01:100:16").values[0] == 0.01
    assert parse_axis("seed", "1,2,3").values == (1, 2, 3)  # whole numbers: a comma list, as in English


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_in_english_a_comma_separates_values_as_before(language):
    assert parse_axis("l2", "0,5").values == (0.0, 5.0)

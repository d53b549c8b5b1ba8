"""The command line's parser (playground.cli_parser): one option per setting, read into the settings it names."""

import pytest

from playground.cli_parser import build_parser, option_help, settings_changes
from playground.core.data.settings import FIELD
from playground.usage import UsageError


def test_the_options_given_become_settings_changes_and_the_others_stay_unset():
    args = build_parser("train").parse_args(["--preset", "xor", "--hidden", "4,3", "--lr", "0.5", "--bias"])
    assert settings_changes(args) == {"hidden": (4, 3), "learning_rate": 0.5, "bias": True}
    assert settings_changes(build_parser("train").parse_args(["--preset", "xor"])) == {}


def test_a_wrong_value_is_a_usage_error_naming_the_option():
    with pytest.raises(UsageError, match="^--hidden: "):
        settings_changes(build_parser("train").parse_args(["--hidden", "4,x"]))
    with pytest.raises(UsageError, match="^argument --lr: "):
        build_parser("train").parse_args(["--lr", "٣"])  # ASCII digits only


def test_each_setting_has_an_option_whose_help_gives_its_default():
    text = build_parser("train").format_help()
    for name in ("hidden", "learning_rate", "optimizer", "batch_size"):
        f = FIELD[name]
        assert f.flag in text
        assert f"default {f.default_text()}" in option_help(f).lower()


def test_a_value_that_starts_with_a_minus_and_a_digit_is_a_value_not_an_option():
    """argparse took '--l2 -1,0' for an option ("expected one argument"): the value reaches our own check."""
    args = build_parser("atlas").parse_args(["--preset", "xor", "--l2", "-1,0", "--lr", "-.5:1:3"])
    assert args.axis_l2 == "-1,0" and args.axis_learning_rate == "-.5:1:3"
    assert build_parser("train").parse_args(["--lr", "-1e-3"]).learning_rate == -1e-3
    with pytest.raises(UsageError, match="expected one argument"):  # an option after an option is still an option
        build_parser("train").parse_args(["--lr", "--seed", "3"])

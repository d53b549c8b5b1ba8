"""The truth-table dataset: views, validation with places, generator."""

import numpy as np
import pytest

from playground.core.data.dataset import DataError, Dataset, generate, name_problem, truth_table
from playground.core.data.settings import Settings, parse_hidden


def test_truth_table_counts_in_binary_with_the_first_input_high():
    t = truth_table(["a", "b", "c"])
    assert t.shape == (8, 3)
    assert [int("".join(str(int(v)) for v in row), 2) for row in t] == list(range(8))


def test_truth_table_of_sixteen_inputs():
    assert truth_table([f"x{i}" for i in range(16)]).shape == (65536, 16)
    with pytest.raises(DataError, match="1 to 16"):
        truth_table([f"x{i}" for i in range(17)])
    with pytest.raises(DataError, match="used twice"):
        truth_table(["a", "a"])


def test_views_split_inputs_and_targets_by_role():
    ds = Dataset(["y", "a", "b"], ["target", "input", "input"], [[1, 0, 1], [0, 1, 1]])
    assert ds.input_names == ["a", "b"] and ds.target_names == ["y"]
    assert ds.X.tolist() == [[0, 1], [1, 1]] and ds.Y.tolist() == [[1], [0]]
    assert ds.X.flags.c_contiguous and ds.Y.flags.c_contiguous


def test_problems_name_every_place_and_reason():
    ds = generate(["a", "b"], ["y", "z"])
    ds.values[0, 2] = 1.5
    ds.values[3, 0] = np.inf
    ds.values[1, 1] = -2e6
    ds.names[3] = "y"
    texts = [p.describe(ds.names) for p in ds.problems()]
    assert "column 4 ('y'): column name 'y' is used twice" in texts
    assert "row 1, column 3 ('y'): targets must lie between 0 and 1 (the output is a sigmoid)" in texts
    assert "row 4, column 1 ('a'): not a finite number" in texts
    assert "row 2, column 2 ('b'): magnitude above 1e+06" in texts
    with pytest.raises(DataError) as e:
        ds.validate()
    assert len(str(e.value).splitlines()) == 4


def test_a_dataset_needs_inputs_targets_and_rows():
    reasons = " ".join(p.reason for p in Dataset(["y"], ["target"], np.zeros((0, 1))).problems())
    assert "input column" in reasons and "no rows" in reasons


@pytest.mark.parametrize("name,ok", [("a", True), ("", False), (" a", False), ("a\tb", False), ("x\x00", False)])
def test_column_names(name, ok):
    assert (name_problem(name, ["b"]) is None) == ok


def test_settings_and_hidden_parsing():
    assert parse_hidden("4") == (4,) and parse_hidden("4, 3") == (4, 3) and parse_hidden("0") == ()
    assert parse_hidden("4 3") == (4, 3) and parse_hidden(" 4 , 3 ") == (4, 3) and parse_hidden("4,") == (4,)
    for bad in ("x", "4,0", "300", "1,2,3,4,5,6,7,8,9", "4,,3", "4, ,3"):  # two commas: a size left out
        with pytest.raises(ValueError):
            parse_hidden(bad)
    assert Settings().problems() == []
    assert any("log" in p for p in Settings(iterations=10**9, log_every=1).problems())


def test_conflicts_finds_rows_with_equal_inputs_and_different_targets():
    ds = Dataset.from_arrays([[0, 0], [0, 1], [0, 0], [1, 1], [0, 1], [0, 0]],
                             [[0], [1], [1], [1], [1], [0]], ["a", "b"], ["y"])
    # rows 1, 3, 6 share (0, 0) with targets 0, 1, 0; rows 2 and 5 share (0, 1) and agree
    assert ds.conflicts() == {0: [2, 5], 2: [0, 5], 5: [0, 2]}
    assert Dataset.from_arrays([[0, 0], [1, 1]], [[0], [1]]).conflicts() == {}
    assert Dataset.from_arrays([[1.0]], [[0.5]]).conflicts() == {}

"""The landscape's CSV: every number drawn, all its digits, names quoted as CSV quotes them."""

import csv
import io
import pathlib

import numpy as np

from playground.ui.landscape.landscape_export import line_csv, surface_csv, write_text


def test_a_surface_reads_back_exactly_with_its_names(tmp_path):
    rng = np.random.default_rng(3)
    grid, a, b = rng.random((3, 4)), np.linspace(-1, 1, 3) / 3, np.linspace(0, 2, 4) / 7
    path = write_text(str(tmp_path / "s.csv"), surface_csv(grid, a, b, "syn0[0, 1]", 'b"1"[2]', "exact slice\nat 5"))
    rows = list(csv.reader(io.StringIO(pathlib.Path(path).read_text(encoding="utf-8"))))
    assert rows[0] == ["# exact slice at 5"]
    assert rows[1] == ["syn0[0, 1]", 'b"1"[2]', "error"]
    numbers = np.array(rows[2:], dtype=float)
    assert np.array_equal(numbers[:, 2].reshape(3, 4), grid)  # grid[i, j] at a[i], b[j]
    assert np.array_equal(numbers[::4, 0], a) and np.array_equal(numbers[:4, 1], b)


def test_a_line_reads_back_exactly():
    t, errors = np.linspace(-0.5, 1.5, 5), np.array([0.5, 0.25, 1 / 3, 0.125, float("inf")])
    rows = line_csv(t, errors, "interpolation").splitlines()
    assert rows[:2] == ["# interpolation", "t,error"]
    assert [tuple(float(v) for v in row.split(",")) for row in rows[2:]] == list(zip(t, errors))

"""``nn-playground atlas`` through a subprocess, as a user runs it: one record per cell, each one replayed
with ``nn-playground train`` bit for bit; the budget and bad axes refused in one line."""

import csv
import io
import json
import os
import random
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, *args):
    return subprocess.run([sys.executable, "-m", "playground", command, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def atlas_json(*args):
    r = run("atlas", *args, "--json")
    assert r.returncode == 0, r.stderr
    assert "cells" in r.stderr  # the progress bar
    return [json.loads(line) for line in r.stdout.splitlines()]


def replay(preset, record, iterations, extra=()):
    """The cell as `nn-playground train --json` runs it, with the cell's coordinates and seed."""
    coords = record["coordinates"]
    args = ["--preset", preset, "--iterations", str(iterations), "--seed", str(record["seed"]), *extra]
    options = {"learning_rate": "--lr", "activation": "--activation", "optimizer": "--optimizer",
               "l2": "--l2", "batch_size": "--batch-size", "test_fraction": "--test-fraction"}
    for name, value in coords.items():
        if name == "hidden":
            args += ["--hidden", ",".join(map(str, value)) or "0"]
        elif name in options:
            args += [options[name], "none" if value is None else str(value) if isinstance(value, str) else repr(value)]
    r = run("train", *args, "--json")
    assert r.returncode in (0, 3), r.stderr  # 3: it diverged
    return json.loads(r.stdout)


@pytest.mark.parametrize("preset, axes, extra", [
    ("xor", ["--seeds", "4", "--lr", "0.1:100:4", "--hidden", "2,3"], []),
    ("xor", ["--lr", "0.05:50:3", "--activation", "sigmoid,tanh,relu"], ["--seed", "7"]),
    ("and", ["--seeds", "3:5", "--optimizer", "gd,momentum", "--batch-size", "2,none"], ["--lr", "0.3"]),
    ("majority3", ["--seeds", "2", "--test-fraction", "0.25,0.5", "--l2", "0,0.01"], []),
])
def test_random_cells_replayed_with_train_are_bit_identical(preset, axes, extra):
    iterations = 400
    records = atlas_json("--preset", preset, "--iterations", str(iterations), *axes, *extra)
    for record in random.Random(25).sample(records, 2):
        single = replay(preset, record, iterations, extra)
        assert record["final_error"] == single["summary"]["final_error"], record["coordinates"]
        assert record["final_test_error"] == single["summary"].get("final_test_error")
        curve = dict(zip(single["curve"]["iterations"], single["curve"]["errors"]))
        for i, e in record["curve"]:
            if e is not None:
                assert curve[i] == e, (record["coordinates"], i)


def test_csv_has_a_row_per_cell_with_the_axes_first():
    r = run("atlas", "--preset", "xor", "--iterations", "50", "--seeds", "2", "--hidden", "2,4-3", "--csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0][:3] == ["seed", "hidden", "final_error"] and len(rows) == 5
    assert [row[1] for row in rows[1:]] == ["2", "4,3", "2", "4,3"]


def test_the_summary_counts_the_main_labels():
    r = run("atlas", "--preset", "xor", "--iterations", "300", "--lr", "0.1,100")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Trained 2 cells x 300 iterations") and "%" in r.stdout


@pytest.mark.parametrize("args, words", [
    (["--seeds", "512", "--hidden", "256-256-256,8", "--preset", "xor"], "would need about"),
    (["--lr", "0.1:x:3"], "--lr"),
    (["--lr", "1:10"], "A:B:N"),
    (["--seeds", "5:2"], "ends before it starts"),
    (["--activation", "sigmoid,swish"], "swish"),
    (["--hidden", "2,,3"], "--hidden"),
    (["--iterations", "10"], "at least one axis"),
    (["--seeds", "2", "--lr", "1,2", "--hidden", "2,3", "--l2", "0,1"], "at most three axes"),
    (["--seeds", "2", "--scheduler", "tcp://x:1"], "--backend dask"),
])
def test_a_bad_grid_is_refused_in_one_line_with_exit_status_2(args, words):
    r = run("atlas", *args)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr.count("\n") == 1 and words in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_the_options_make_the_grid_in_the_order_given():
    from playground.cli_atlas import grid_from_args
    from playground.cli_parser import build_parser

    args = build_parser("atlas").parse_args(["--preset", "xor", "--lr", "0.01:100:5", "--seed", "3", "--seeds", "2",
                                             "--hidden", "4", "--iterations", "77", "--target", "0.1"])
    grid = grid_from_args(args)
    assert [a.name for a in grid.axes] == ["learning_rate", "seed"] and grid.shape == (5, 2)
    assert grid.axes[0].values == pytest.approx((0.01, 0.1, 1.0, 10.0, 100.0)) and grid.axes[0].log
    assert grid.axes[1].values == (3, 4) and grid.base_settings.hidden == (4,)
    assert grid.iterations == 77 and grid.target_error == 0.1


@pytest.mark.parametrize("args,words", [
    (("--seeds", "99999999"), "more than a grid may have"),  # refused before 99,999,999 values are made
    (("--lr", "0.1:10:1000000000"), "more than a grid may have"),
    (("--seeds", "2", "--batch-size", "0"), "batch size must be between 1"),  # one value of a swept setting
    (("--seeds", "2", "--activation", "bogus"), "unknown activation"),
    (("--seeds", "2", "--backend", "dask", "--scheduler", "garbage!!"), "cannot reach the Dask scheduler"),
])
def test_hostile_axes_get_one_line_and_no_traceback(args, words):
    r = run("atlas", "--preset", "xor", "--iterations", "50", *args)
    assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, words", [
    (["--hidden=2--3"], "--hidden: '2--3' has a dash with no layer size"),  # was read as 2,3 (found in review)
    (["--hidden=-2"], "--hidden: '-2' has a dash with no layer size"),  # was read as 2
    (["--l2", "-1,0"], "--l2: L2 decay axis: L2 weight decay must be between 0"),  # was "expected one argument"
    (["--lr", "-1:1:3"], "--lr: "),
    (["--batch-size", "0,2"], "--batch-size: batch size axis: "),  # was "batch_size axis"
    (["--test-fraction", "0.5,1"], "--test-fraction: held-out fraction axis: "),  # was "test_fraction axis"
])
def test_a_wrong_value_gets_our_own_message_naming_the_option_and_the_axis_in_words(args, words):
    r = run("atlas", "--preset", "xor", "--iterations", "10", "--seeds", "2", *args)
    assert r.returncode == 2 and r.stdout == "" and words in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "expected one argument" not in r.stderr
    assert "batch_size" not in r.stderr and "test_fraction" not in r.stderr


def test_the_atlas_takes_a_billion_iterations_whatever_the_log_interval():
    """The preset's --log-every 500 refused 1e9 iterations ("would log more than 100,000 lines"): the atlas logs
    nothing (found in review). Its cells replay with an interval train accepts."""
    from playground.cli_atlas import grid_from_args
    from playground.cli_parser import build_parser

    args = build_parser("atlas").parse_args(["--preset", "xor", "--seeds", "2", "--iterations", "1000000000",
                                             "--log-every", "500"])
    grid = grid_from_args(args)
    assert grid.iterations == 10**9 and grid.cell(0).settings.problems() == []
    r = run("atlas", "--preset", "xor", "--seeds", "2", "--iterations", "0")
    assert r.returncode == 2 and "iterations must be between 1" in r.stderr, r.stderr  # still checked


def test_train_takes_hidden_layers_as_the_atlas_writes_them():
    """The atlas writes two layers 3-1 (its --hidden, its summary): train --hidden takes that as 3,1 (review)."""
    dashed = run("train", "--preset", "xor", "--iterations", "50", "--hidden", "3-1", "--json")
    commas = run("train", "--preset", "xor", "--iterations", "50", "--hidden", "3,1", "--json")
    assert dashed.returncode == 0 and dashed.stdout == commas.stdout, dashed.stderr
    summary = run("atlas", "--preset", "xor", "--iterations", "10", "--seeds", "2", "--hidden", "3-1,2")
    assert summary.returncode == 0 and "hidden units (2: 3-1 to 2)" in summary.stdout, summary.stdout


def test_all_rows_is_none_or_all_as_in_the_window():
    """The window said "all", the command line "none", and each refused the other's word (found in review)."""
    from playground.cli_atlas import grid_from_args
    from playground.cli_parser import build_parser, settings_changes

    for word in ("none", "all", "ALL"):
        args = build_parser("atlas").parse_args(["--preset", "xor", "--iterations", "10", "--batch-size", f"2,{word}"])
        assert grid_from_args(args).axes[0].values == (2, None)
    assert settings_changes(build_parser("train").parse_args(["--batch-size", "all"]))["batch_size"] is None

"""``nn-playground atlas``: a grid of trainings, one record per cell, each cell exactly ``nn-playground train``.

The options are ``train``'s (made from ``core.settings.FIELDS``, as cli_parser makes them), except that
the settings an atlas can sweep take a list, and a list of more than one value is an axis (in the order
the options are given; one to three axes):

    --seeds K | A:B           seeds S..S+K-1 (S = --seed, default 1), or A..B
    --lr X | A:B:N | X,Y,...  N rates spaced evenly in log10 from A to B (both included), or a list
    --hidden 2,3,4,8          one hidden layer per value; 4-3 is two layers of 4 and 3 (0: none)
    --activation a,b   --optimizer a,b   --batch-size 8,none (none or all: every row)   --l2 0,0.001   --test-fraction 0.25,0.5
    --iterations N   --target E (a cell converged when its final error is at most E; default 0.05)
    --json (one JSON record per line)   --csv (a header, then one row per cell)
    --backend local|dask   --workers N   --scheduler ADDRESS (dask: an existing cluster)

A progress bar goes to standard error. A grid over the memory budget is refused before it starts (exit
status 2, the need and the limit in the message), as a bad axis is, in one line.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time

from playground.cli_parser import add_setting_option, number, whole_number
from playground.core.data import settings as settings_module
from playground.core.data.settings import NOTEBOOK
from playground.core.number_text import parse_float, parse_int
from playground.usage import UsageError

# the settings the atlas sweeps: their options take lists here (dest "axis_<name>")
SWEPT = {"seed": "--seeds", "learning_rate": "--lr", "hidden": "--hidden", "activation": "--activation",
         "optimizer": "--optimizer", "batch_size": "--batch-size", "l2": "--l2", "test_fraction": "--test-fraction"}


class _AxisOption(argparse.Action):
    """Keeps the text and the order the axis options were given in (the axes' order)."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        order = list(getattr(namespace, "axis_order", None) or [])
        name = self.dest[len("axis_"):]
        if name in order:
            order.remove(name)
        namespace.axis_order = order + [name]


def add_atlas_options(p: argparse.ArgumentParser) -> None:
    """The atlas's options: train's file, preset and settings, its axes, its output and its backend."""
    p.add_argument("file", nargs="?", help="a CSV file or a JSON document (.json / .nnp)")
    p.add_argument("--preset", help="start from a preset instead of a file (see 'nn-playground presets')")
    p.add_argument("--targets", type=whole_number, default=None, help="for CSV: the last K columns are targets (default 1)")
    notebook = p.add_argument_group("the notebook's settings (these replace the file's or preset's own)")
    beyond = p.add_argument_group("beyond the notebook (defaults: the notebook's rule)")
    for f in settings_module.FIELDS:
        if f.name not in SWEPT or f.name == "seed":  # --seed S stays: the first seed of --seeds K
            add_setting_option(notebook if f.group == NOTEBOOK else beyond, f)
    axes = p.add_argument_group("axes (a list of more than one value is an axis; one value sets the setting)")
    helps = {"seed": "K seeds from --seed on, or A:B (seeds A to B)",
             "learning_rate": "X, a list X,Y,..., or A:B:N (N rates log-spaced from A to B)",
             "hidden": "hidden sizes, e.g. 2,3,4,8 (one layer each); 4-3 is two layers; 0 none",
             "activation": "e.g. sigmoid,tanh,relu", "optimizer": "e.g. gd,momentum,adam",
             "batch_size": "e.g. 1,2,none (none or all: all rows)", "l2": "e.g. 0,0.001,0.01",
             "test_fraction": "held-out fractions, e.g. 0.25 or 0.25,0.5 (the rows each seed holds out)"}
    metavars = {"seed": "K|A:B", "learning_rate": "A:B:N", "hidden": "2,3,4,8", "activation": "A,B",
                "optimizer": "A,B", "batch_size": "B,...", "l2": "L,...", "test_fraction": "F,..."}
    for name, flag in SWEPT.items():
        axes.add_argument(flag, dest="axis_" + name, action=_AxisOption, metavar=metavars[name], help=helps[name])
    p.add_argument("--target", type=number, default=None, metavar="E",
                   help="a cell converged when its final mean |error| is at most E (default 0.05)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON record per cell, one per line")
    out.add_argument("--csv", action="store_true", help="print a CSV table, one row per cell")
    p.add_argument("--backend", choices=("local", "dask"), default="local",
                   help="local: processes on this machine (default); dask: a dask.distributed cluster")
    p.add_argument("--workers", type=whole_number, default=None, metavar="N",
                   help="processes (local) or LocalCluster workers (dask); default the cores")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --backend dask: an existing cluster's scheduler, "
                   "e.g. tcp://10.0.0.5:8786 (default: a LocalCluster on this machine)")


def _items(flag: str, text: str) -> list[str]:
    items = [t.strip() for t in text.split(",")]
    if not text.strip() or any(not t for t in items):
        raise UsageError(f"{flag}: {text!r} is not a list of values separated by commas")
    return items


def _numbers(flag: str, text: str, whole: bool = False) -> list:
    read = parse_int if whole else parse_float
    try:
        return [read(t) for t in _items(flag, text)]
    except ValueError as e:
        raise UsageError(f"{flag}: {e}") from None


def _count_fits(flag: str, n: int) -> None:
    """Refuse an axis longer than a whole grid may be before its values are made (99,999,999 seeds were built
    in memory, gigabytes, before the grid's own check could refuse them)."""
    from playground.core.atlas.grid import MAX_CELLS

    if n > MAX_CELLS:
        raise UsageError(f"{flag}: {n:,} values is more than a grid may have ({MAX_CELLS:,} cells)")


def _values(name: str, text: str, base_seed: int) -> tuple[list, bool]:
    """The values an axis option's text gives, and whether they are log-spaced."""
    from playground.core.atlas.grid import log_space
    from playground.core.data.settings import parse_hidden

    flag = SWEPT[name]
    if name == "seed":
        if ":" in text:
            ends = text.split(":")
            if len(ends) != 2:
                raise UsageError(f"--seeds: {text!r} is not K or A:B")
            a, b = _numbers(flag, ends[0], True)[0], _numbers(flag, ends[1], True)[0]
            if b < a:
                raise UsageError(f"--seeds: {text!r} ends before it starts")
            _count_fits(flag, b - a + 1)
            return list(range(a, b + 1)), False
        k = _numbers(flag, text, True)
        if len(k) != 1 or k[0] < 1:
            raise UsageError(f"--seeds: {text!r} is not a number of seeds (K >= 1) or A:B")
        _count_fits(flag, k[0])
        return list(range(base_seed, base_seed + k[0])), False
    if name == "learning_rate" and ":" in text:
        parts = text.split(":")
        if len(parts) != 3:
            raise UsageError(f"--lr: {text!r} is not A:B:N (N rates log-spaced from A to B)")
        a, b = _numbers(flag, parts[0])[0], _numbers(flag, parts[1])[0]
        n = _numbers(flag, parts[2], True)[0]
        _count_fits(flag, n)
        try:
            return list(log_space(a, b, n)), True
        except ValueError as e:
            raise UsageError(f"--lr: {e}") from None
    if name in ("learning_rate", "l2", "test_fraction"):
        return _numbers(flag, text), False
    if name == "batch_size":
        # all rows: "none" (train's word) or "all" (the window's, and what the CSV writes)
        return [None if t.lower() in ("none", "all") else _numbers(flag, t, True)[0] for t in _items(flag, text)], False
    if name == "hidden":
        try:
            return [parse_hidden(t) for t in _items(flag, text)], False
        except ValueError as e:
            raise UsageError(f"--hidden: {e}") from None
    return _items(flag, text), False


def grid_from_args(args: argparse.Namespace):
    """The Grid the options describe (UsageError, one line, for anything wrong)."""
    from playground.cli import load_experiment
    from playground.core.atlas.grid import DEFAULT_TARGET_ERROR, Axis, Grid

    args.test_rows = args.test_fraction = None  # load_experiment's: the atlas's held-out rows are per cell
    # the iterations are the grid's (checked with the grid): load_experiment would hold them to the preset's or
    # file's log interval, which the atlas does not use (the Grid raises it to fit for the replays)
    iterations, args.iterations = args.iterations, None
    try:
        dataset, settings = load_experiment(args)
    finally:
        args.iterations = iterations
    if iterations is not None:
        settings = settings.with_(iterations=iterations)
    axes, base = [], {}
    for name in getattr(args, "axis_order", None) or []:
        values, log = _values(name, getattr(args, "axis_" + name), settings.seed)
        if len(values) > 1:
            try:
                axes.append(Axis(name, tuple(values), log))
            except ValueError as e:
                raise UsageError(f"{SWEPT[name]}: {e}") from None
        else:
            base[name] = values[0]
    if not axes:
        raise UsageError("give at least one axis of two or more values, e.g. --seeds 16 or --lr 0.01:100:16")
    if len(axes) > 3:
        raise UsageError(f"an atlas has at most three axes, got {len(axes)}: "
                         + ", ".join(SWEPT[a.name] for a in axes))
    fraction = base.pop("test_fraction", None)
    for name, value in base.items():  # one value: a setting, checked as the axis values are
        try:
            problem = Axis(name, (value,)).problem(value) if name != "seed" else None
        except ValueError as e:  # the axis itself refuses the value (batch size 0, an unknown activation)
            problem = str(e)
        if problem:
            raise UsageError(f"{SWEPT[name]}: {problem}")
    target = DEFAULT_TARGET_ERROR if args.target is None else args.target
    try:
        settings = settings.with_(**base)
        grid = Grid(dataset, settings, axes, target_error=target, test_fraction=fraction)
        grid.check()
    except ValueError as e:  # BudgetError too: the need and the limit
        raise UsageError(str(e)) from None
    return grid


class _Progress:
    """A progress bar on standard error, redrawn at most ten times a second."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self._shown = total, 0, 0.0
        self.stream = sys.stderr

    def add(self, n: int) -> None:
        self.done += n
        if time.monotonic() - self._shown >= 0.1 or self.done >= self.total:
            self._shown = time.monotonic()
            filled = int(30 * self.done / max(1, self.total))
            self._write(f"\ratlas [{'#' * filled}{'.' * (30 - filled)}] {self.done:,}/{self.total:,} cells")

    def end(self) -> None:
        self._write("\n")

    def _write(self, text: str) -> None:
        if self.stream is None:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.stream = None


def describe(grid, records) -> str:
    """A few lines: the grid, and how many cells got each main label."""
    from collections import Counter

    from playground.core.atlas.labels import LABELS

    counts = Counter(r.main_label for r in records)
    from playground.core.atlas.grid import AXIS_TITLES

    def text(axis, value):  # two hidden layers as --hidden writes them, 4-3
        return "-".join(map(str, value)) or "0" if axis.name == "hidden" else axis.text(value)

    axes = ", ".join(f"{AXIS_TITLES[a.name]} ({len(a)}: {text(a, a.values[0])} to {text(a, a.values[-1])})"
                     for a in grid.axes)
    lines = [f"Trained {len(records):,} cells x {grid.iterations:,} iterations; axes {axes}."]
    lines += [f"{name:<12} {counts[name]:>7,}  {100 * counts[name] / max(1, len(records)):5.1f}%"
              for name in LABELS if counts[name]]
    return "\n".join(lines)


def cmd_atlas(args: argparse.Namespace) -> int:
    from playground.core.atlas.compute import compute, max_workers
    from playground.core.atlas.records import csv_columns
    from playground.core.training.budget import LONG_RUN_SECONDS, describe_duration
    from playground.cli import tell

    grid = grid_from_args(args)
    if args.scheduler and args.backend != "dask":
        raise UsageError("--scheduler goes with --backend dask")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    if args.workers is not None and args.scheduler is None and args.workers > max_workers():
        tell(f"nn-playground: note: --workers {args.workers} is more than this machine's {os.cpu_count() or 1} "
             f"cores can use; using {max_workers()}")
    seconds = grid.estimated_seconds() / max(1, args.workers or 2)
    if seconds > LONG_RUN_SECONDS:
        tell(f"nn-playground: note: this atlas of {grid.size:,} cells will take {describe_duration(seconds)} "
             "(a rough estimate); fewer cells or iterations make it shorter")
    progress = _Progress(grid.size)
    try:
        records = compute(grid, backend=args.backend, workers=args.workers, scheduler=args.scheduler,
                          on_records=lambda got: progress.add(len(got)))
    except RuntimeError as e:  # dask missing, or its scheduler out of reach
        raise UsageError(str(e)) from None
    finally:
        progress.end()
    if args.json:
        for r in records:
            print(json.dumps(r.to_json(), allow_nan=False))
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(csv_columns(grid.axes))
        for r in records:
            writer.writerow(r.csv_row(grid.axes))
    else:
        print(describe(grid, records))
    return 0


__all__ = ["add_atlas_options", "grid_from_args", "cmd_atlas", "describe", "SWEPT"]

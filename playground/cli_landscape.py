"""``nn-playground landscape``: the loss landscape around one iteration of a run, printed as CSV or JSON.

    nn-playground landscape [FILE | --preset NAME] [--iteration N]
                            (--weights "syn0[0, 1]" "syn1[2, 0]" | --directions random [--direction-seed S] | --interpolation)
                            [--grid N] [--range A:B [--range C:D]] [--json | --csv]

The state is the document's run at iteration N (a History checkpoint of its current run), or, when the
run kept no state there (or for a preset or CSV file), the run trained to N from its nearest earlier
state, bit for bit as ``nn-playground train`` trains. Default N: the document's latest state, else the
settings' iterations. The kinds (core/landscape/slice.py): two weights by the inspector's names give an
exact slice; ``--directions random`` a plane along two filter-normalised random directions through the
state (the run's path projected onto it); ``--interpolation`` the line from the run's start (t = 0) to N
(t = 1). ``--json`` prints the grid with the run's path (for an interpolation: each state's t in ``x``, its
error in ``y``, its distance from the line in ``off_plane``); CSV (the default) prints one line per point.
"""

from __future__ import annotations

import argparse
import json
import sys

from playground.usage import UsageError

DIRECTIONS = ("random",)
MAX_WEIGHT = 1e6  # a --range end: a weight beyond it is no landscape a network trains in


def add_landscape_options(p: argparse.ArgumentParser, whole_number, number) -> None:
    """The landscape command's own options (beside the training options: file, preset, settings)."""
    p.add_argument("--iteration", type=whole_number, default=None, metavar="N",
                   help="the run's iteration to look around (default: the document's latest, else the settings' "
                        "iterations)")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--weights", nargs=2, metavar="NAME",
                      help='two weights as the inspector names them, e.g. "syn0[0, 1]" "syn1[2, 0]" (or b1[0])')
    kind.add_argument("--directions", choices=DIRECTIONS,
                      help="a plane through the state along two filter-normalised random directions (Li et al.)")
    kind.add_argument("--interpolation", action="store_true",
                      help="every weight along the line from the run's start (t = 0) to the iteration (t = 1)")
    p.add_argument("--direction-seed", type=whole_number, default=None, metavar="S",
                   help="with --directions random: the directions' seed (default: the network's --seed)")
    p.add_argument("--grid", type=whole_number, default=None, metavar="N",
                   help="points along each axis (2 to 1001; default 51, 101 for --interpolation)")
    p.add_argument("--range", action="append", default=None, metavar="A:B",
                   help="the values along the axes (once for both, twice for each); default: around the state and "
                        "the run's path for weights, -1:1 for directions, -0.5:1.5 for --interpolation; write --range=-4:4 "
                        "when A is negative")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print one JSON object with the grid and the run's path")
    fmt.add_argument("--csv", action="store_true", help="print one CSV line per grid point (the default)")


def _range(text: str, number) -> tuple[float, float]:
    lo, sep, hi = text.partition(":")
    try:
        if not sep:
            raise argparse.ArgumentTypeError("no ':'")
        a, b = number(lo.strip()), number(hi.strip())
    except argparse.ArgumentTypeError:
        raise UsageError(f"--range {text!r}: write two numbers as A:B, e.g. --range=-4:4") from None
    if not a < b:
        raise UsageError(f"--range {text!r}: the first number must be below the second")
    if not (abs(a) <= MAX_WEIGHT and abs(b) <= MAX_WEIGHT):  # past it the errors overflow to inf and nan
        raise UsageError(f"--range {text!r}: weights between -{MAX_WEIGHT:g} and {MAX_WEIGHT:g} only")
    return a, b


def _document_states(args: argparse.Namespace, dataset, settings) -> list:
    """The exact states the document's current run path kept (start, checkpoints, last), when its settings
    are these (a changed setting trains afresh)."""
    if not args.file or args.file.lower().endswith(".csv"):
        return []
    from playground.core.files.documents import read_any

    runs = read_any(args.file).runs
    current = None if runs is None else runs.current
    if current is None or current.settings != settings or current.dataset.n_rows != dataset.n_rows:
        return []
    states = {c.iteration: c for c in runs.path_checkpoints()}
    for c in (current.start, current.last):
        if c is not None:
            states.setdefault(c.iteration, c)
    return [states[i] for i in sorted(states)]


def _states_to(dataset, settings, kept: list, iteration: int) -> list:
    """The run's states up to ``iteration``, ending exactly there: kept ones, then trained from the last kept."""
    from playground.core.landscape.sharpness import states_every

    before = [c for c in kept if c.iteration <= iteration]
    if before and before[-1].iteration == iteration:
        return before
    start = before[-1] if before else None
    first = 0 if start is None else start.iteration
    return before[:-1] + states_every(dataset, settings, iteration, max(1, (iteration - first) // 100), start)


def cmd_landscape(args: argparse.Namespace, load_experiment, number) -> int:
    """Print the landscape the options describe (module docstring)."""
    from playground.core.training.budget import BudgetError, check_training
    from playground.core.landscape import paths, slice as slices

    dataset, settings = load_experiment(args)
    sizes = [len(dataset.input_columns), *settings.hidden, len(dataset.target_columns)]
    try:
        check_training(dataset.n_rows, sizes)
    except BudgetError as e:
        raise UsageError(str(e)) from None
    if not (args.weights or args.directions or args.interpolation):
        raise UsageError('choose what to draw: --weights "syn0[0, 1]" "syn1[2, 0]", --directions random, '
                         'or --interpolation')
    for option, value in (("--iteration", args.iteration), ("--direction-seed", args.direction_seed)):
        if value is not None and value < 0:
            raise UsageError(f"{option} must be 0 or more, got {value}")
    ranges = [_range(t, number) for t in args.range or []]
    if len(ranges) > (1 if args.interpolation else 2):
        raise UsageError(f"--range: at most {1 if args.interpolation else 2} for this landscape")
    kept = _document_states(args, dataset, settings)
    iteration = args.iteration if args.iteration is not None else (kept[-1].iteration if kept else settings.iterations)
    from playground.core.data.settings import MAX_ITERATIONS

    if iteration > MAX_ITERATIONS:
        raise UsageError(f"--iteration: {iteration:,} is more than the {MAX_ITERATIONS:,} iterations the app can train")
    states = _states_to(dataset, settings, kept, iteration)
    state = states[-1]
    if state.iteration != iteration:
        raise UsageError(f"the run diverged at iteration {state.iteration + 1:,}, before {iteration:,}")
    grid = args.grid if args.grid is not None else (101 if args.interpolation else slices.DEFAULT_GRID)
    path = None
    try:
        if args.weights:
            path = paths.weight_path(dataset, settings, states, *args.weights)
            first, second = ranges if len(ranges) == 2 else (ranges * 2 if ranges else [None, None])
            first = first or slices.range_around(list(path.x))
            second = second or slices.range_around(list(path.y))
            landscape = slices.error_slice(dataset, settings, state, *args.weights, first, second, grid)
        elif args.directions:
            directions = slices.random_directions(
                state, settings.seed if args.direction_seed is None else args.direction_seed)
            first, second = ranges if len(ranges) == 2 else (ranges * 2 if ranges else [(-1.0, 1.0)] * 2)
            landscape = slices.direction_slice(dataset, settings, state, directions, first, second, grid)
            path = paths.projected_path(dataset, settings, states, state, directions)
        else:
            landscape = slices.interpolation(dataset, settings, states[0], state, grid,
                                             ranges[0] if ranges else (-0.5, 1.5))
            path = paths.interpolation_path(dataset, settings, states, states[0], state)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.json:
        out = landscape.to_json()
        if path is not None:
            out["path"] = path.to_json()
        json.dump(out, sys.stdout, allow_nan=False)
        print()
    else:
        sys.stdout.write(landscape.to_csv())
    return 0


def sharpness_every_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with ``train``'s ``--sharpness-every``, or None."""
    if args.sharpness_every is not None and not args.sharpness:
        return "--sharpness-every needs --sharpness"
    if args.sharpness_every == 0:
        return "--sharpness-every must be at least 1"
    return None


def sharpness_json(dataset, settings, until: int, every: int | None) -> dict:
    """``train --sharpness``'s curve (run_record.schema.json ``sharpness``): the run's states every ``every``
    iterations (None: about 100 points) retrained bit for bit from the seed, the sharpness at each."""
    from playground.core.landscape.sharpness import curve_of_states, states_every

    every = every or max(1, until // 100)
    out = curve_of_states(dataset, settings, states_every(dataset, settings, until, every)).to_json()
    out["every"] = every
    return out


__all__ = ["add_landscape_options", "cmd_landscape", "sharpness_json", "sharpness_every_problem", "DIRECTIONS"]

"""The command line's parser: the commands, their options, and one option per setting of ``core.settings.FIELDS``.

``build_parser(command)`` makes the parser of ``nn-playground COMMAND``; the training commands (train,
study, export) get an option for every setting, made from its field when the parser is made (its flag,
its kind, its choices, its help with the range and the default): a new setting is an option with no
edit here. ``settings_changes(args)`` gives back the settings the options named. No Qt is imported.
"""

from __future__ import annotations

import argparse
import re

from playground import APP_ID, __version__
from playground.core.data import settings as settings_module
from playground.core.number_text import parse_float, parse_int
from playground.core.data.settings import NOTEBOOK, Field, parse_hidden
from playground.usage import UsageError

COMMANDS = ("train", "study", "atlas", "export", "presets", "lesson", "landscape")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # a value that starts with a minus and a digit is a value, not an option: argparse only takes '-1' and
        # '-.5' so, and '--l2 -1,0' or '--lr -1:1:3' ended in "expected one argument" instead of our own message
        # (no option here looks like a negative number; Python 3.13's argparse reads them so too)
        self._negative_number_matcher = re.compile(r"^-\.?\d")

    def error(self, message: str):  # one line, no usage dump
        raise UsageError(message)


def whole_number(text: str) -> int:
    """An option's whole number: ASCII digits only (``int()`` also reads '٣', '３' and '1_000')."""
    try:
        return parse_int(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


ALL_ROWS = "none"  # what an optional setting's option takes for "none" (batch size: all rows)
ALL_ROWS_WORDS = (ALL_ROWS, "all")  # "all" too: the atlas window's word, and what an atlas CSV writes


def whole_number_or_none(text: str):
    """An optional setting's whole number, or ``none`` (ALL_ROWS; also ``all``), which clears a file's or preset's
    value."""
    return ALL_ROWS if text.strip().lower() in ALL_ROWS_WORDS else whole_number(text)


def number(text: str) -> float:
    """An option's number (1, 0.5, .5, 1e-3): ASCII digits only, finite (``float()`` also reads 'nan', '٣')."""
    try:
        return parse_float(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def option_help(f: Field) -> str:
    """The --help line of setting ``f``: what it does, its range and its default (argparse's % escaped)."""
    about = " ".join(str(f.help).split())  # one paragraph: the window's tooltip may have lines
    if f.choices or f.kind is bool:
        text = f"{about} Default {f.default_text()}."
    else:
        text = f"{about} {f.range_text()[0].upper()}{f.range_text()[1:]}; default {f.default_text()}."
    return text.replace("%", "%%")


def add_setting_option(group, f: Field) -> None:
    """The option of setting ``f``: its value replaces the file's or preset's (None: not given)."""
    common = {"dest": f.name, "help": option_help(f), "default": None}
    if f.kind is bool:
        group.add_argument(f.flag, action=argparse.BooleanOptionalAction, **common)
    elif f.choices:
        group.add_argument(f.flag, choices=list(f.choices), **common)
    elif f.kind is tuple:  # "4,3": read by settings_changes, which names the option in its message
        group.add_argument(f.flag, metavar=f.metavar, **common)
    else:
        kind = (whole_number_or_none if f.optional else whole_number) if f.kind is int else number
        group.add_argument(f.flag, type=kind, metavar=f.metavar, **common)


def settings_changes(args: argparse.Namespace) -> dict:
    """The settings the options gave, by name (the hidden sizes parsed; UsageError names a wrong one)."""
    changes = {}
    for f in settings_module.FIELDS:
        value = getattr(args, f.name, None)
        if value is None:
            continue
        if value == ALL_ROWS:
            changes[f.name] = None
            continue
        if f.kind is tuple:
            try:
                value = parse_hidden(value)
            except ValueError as e:
                raise UsageError(f"{f.flag}: {e}") from None
        changes[f.name] = value
    return changes


def _add_training_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", help="a CSV file or a JSON document (.json / .nnp)")
    p.add_argument("--preset", help="start from a preset instead of a file (see 'nn-playground presets')")
    p.add_argument("--targets", type=whole_number, default=None,
                   help="for CSV: the last K columns are targets (default 1)")
    notebook = p.add_argument_group("the notebook's settings (these replace the file's or preset's own)")
    beyond = p.add_argument_group("beyond the notebook (defaults: the notebook's rule)")
    for f in settings_module.FIELDS:
        add_setting_option(notebook if f.group == NOTEBOOK else beyond, f)
    held = beyond.add_mutually_exclusive_group()
    held.add_argument("--test-rows", metavar="3,7,...", help="hold these rows (numbered from 1) out of training")
    held.add_argument("--test-fraction", type=number, metavar="F",
                      help="hold out round(F * rows) rows chosen by RandomState(seed + 2).permutation")


def build_parser(command: str | None) -> argparse.ArgumentParser:
    if command == "train":
        p = _Parser(prog="nn-playground train", description="Train headless and print the notebook's output.")
        _add_training_options(p)
        p.add_argument("--json", action="store_true", help="print one JSON object instead")
        p.add_argument("--sharpness", action="store_true", help="also the sharpness (the largest eigenvalue of the "
                       "loss Hessian) along the run, beside the edge of stability 2/learning rate")
        p.add_argument("--sharpness-every", type=whole_number, default=None, metavar="N",
                       help="with --sharpness: every N iterations (default: about 100 points)")
    elif command == "landscape":
        from playground.cli_landscape import add_landscape_options

        p = _Parser(prog="nn-playground landscape", description="The training error around one iteration of a run: "
                    "an exact slice over two weights, a plane along two random directions, or the line from the "
                    "start; printed as CSV or JSON.")
        _add_training_options(p)
        add_landscape_options(p, whole_number, number)
    elif command == "study":
        p = _Parser(prog="nn-playground study", description="Train the same setting from K seeds at once "
                    "(seed, seed+1, ...) and summarise how often it learns.")
        _add_training_options(p)
        p.add_argument("--seeds", type=whole_number, default=16, metavar="K",
                       help="number of seeds (1 to 256, default 16)")
        p.add_argument("--target", type=number, default=None, metavar="E",
                       help="a run reaches the target when its final mean |error| is at most E (default 0.05)")
        p.add_argument("--json", action="store_true", help="print one JSON object instead")
    elif command == "atlas":
        from playground.cli_atlas import add_atlas_options  # its axes' options (imports this module)

        p = _Parser(prog="nn-playground atlas", description="Train a grid of settings (seeds x learning rates x "
                    "hidden sizes ...), each cell exactly 'nn-playground train', and label why each one failed.")
        add_atlas_options(p)
    elif command == "export":
        p = _Parser(prog="nn-playground export", description="Write the experiment as the Export menu does: "
                    "a standalone NumPy script and/or a Jupyter notebook.")
        _add_training_options(p)
        p.add_argument("--script", metavar="OUT.py", help="write the Python script here")
        p.add_argument("--notebook", metavar="OUT.ipynb", help="write the Jupyter notebook here")
    elif command == "presets":
        p = _Parser(prog="nn-playground presets", description="List the presets.")
    elif command == "lesson":
        p = _Parser(prog="nn-playground lesson", description="Lessons (.nnlesson files).")
        sub = p.add_subparsers(dest="lesson_command", required=True, metavar="check", parser_class=_Parser)
        check = sub.add_parser("check", help="check lesson files: exit 0 when all are fine, else 2 with every "
                               "problem and its place")
        check.add_argument("files", nargs="+", metavar="FILE", help="a lesson file (.nnlesson)")
    else:
        p = _Parser(prog="nn-playground", description="A desktop neural-network playground. "
                    "Commands: 'train', 'study', 'atlas', 'export' and 'landscape' (headless), 'presets', 'lesson check'. "
                    "Without a command the window opens.")
        p.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
        p.add_argument("file", nargs="?", help="a document, CSV file or lesson (.nnlesson) to open")
        p.add_argument("--preset", help="open with this preset")
        p.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
        p.add_argument("--train", action="store_true", help="with --screenshot: train to the end first")
        p.add_argument("--size", default="1280x800", help="with --screenshot: window size, e.g. 1920x1080")
        p.add_argument("--presentation", type=number, nargs="?", const=1.5, metavar="SCALE",
                       help="with --screenshot: presentation mode (everything 1.5 times larger, or SCALE)")
        p.add_argument("--inspector", action="store_true", help="with --screenshot: show the backprop inspector")
        p.add_argument("--formula", action="store_true",
                       help="with --screenshot: open the formula panel on the weight syn0[0, 0] (with --inspector, "
                            "syn0 update chosen there: its edges outlined)")
        p.add_argument("--step", type=whole_number, metavar="N",
                       help="with --screenshot: do N iterations (Step N) first")
        p.add_argument("--lesson-step", type=whole_number, metavar="N",
                       help="with --screenshot and a lesson (.nnlesson): show its step N (1 is the first)")
        desktop = p.add_mutually_exclusive_group()
        desktop.add_argument("--install-desktop-entry", action="store_true",
                             help="add the app to this user's desktop menu and open .nnp documents with it (Linux)")
        desktop.add_argument("--uninstall-desktop-entry", action="store_true",
                             help="remove what --install-desktop-entry added")
    return p



__all__ = ["COMMANDS", "build_parser", "whole_number", "number", "settings_changes", "option_help", "add_setting_option"]

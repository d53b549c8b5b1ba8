"""Numbers on the command line: ASCII digits only, in every option and every other number the CLI reads.

The rule (playground/core/number_text.py): an optional sign, the digits 0 to 9, and for a
number that may have decimals one point and an exponent; spaces around it are ignored.
Python's int() and float() read more ('٣', '１', '1_000', 'nan'), and '²'.isdigit() is true
while int('²') raises: each of those used to be taken silently or end in a traceback.
"""

import json
import os
import subprocess
import sys

import pytest

from playground import cli, cli_parser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SUPERSCRIPT, ARABIC_INDIC, FULL_WIDTH = "²", "٣", "１"  # '²'.isdigit(); int() reads the other two
NOT_WHOLE_NUMBERS = [SUPERSCRIPT, ARABIC_INDIC, FULL_WIDTH, "1" + ARABIC_INDIC, "1_000", "1e3", "1.0", "0x10", ""]
NOT_NUMBERS = [SUPERSCRIPT, ARABIC_INDIC, FULL_WIDTH, "٠٫٥", "０.５", "1_0", "nan", "inf", "-Infinity", "1e999", ""]


def run(*args):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "error", "PYTHONIOENCODING": "utf-8"})


def assert_refused(r, *words):
    """Exit 2, nothing on standard output, one line on standard error holding ``words``, no traceback."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == "" and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), r.stderr
    for w in words:
        assert w in lines[0], lines[0]


# -- through a subprocess, as a user runs it ------------------------------------------------------------

@pytest.mark.parametrize("text", [SUPERSCRIPT, ARABIC_INDIC])
def test_test_rows_in_other_digits_are_refused_not_a_traceback(text):
    assert_refused(run("train", "--test-rows", text), "--test-rows", repr(text))  # '²' was a ValueError traceback


@pytest.mark.parametrize("option, text", [("--iterations", ARABIC_INDIC), ("--seed", FULL_WIDTH),
                                          ("--iterations", "1_000"), ("--iterations", "1e3"),
                                          ("--lr", ARABIC_INDIC), ("--lr", "1_0"), ("--hidden", ARABIC_INDIC),
                                          ("--hidden", SUPERSCRIPT)])
def test_numbers_in_other_digits_or_with_underscores_are_refused(option, text):
    assert_refused(run("train", option, text, "--json"), option, repr(text))


def test_ascii_numbers_are_read_as_the_readme_shows_them():
    """Spaces around a number are ignored; decimals may be written .5, 5. or 1e-3."""
    r = run("train", "--iterations", " 12 ", "--log-every", "+4", "--lr", ".5", "--l2", "1e-3", "--seed", "0",
            "--hidden", " 3 , 2 ", "--test-rows", "2", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["summary"]["iterations"] == 12 and out["logged"]["iterations"] == [0, 4, 8]
    assert out["summary"]["layers"] == [3, 3, 2, 1] and out["dataset"]["test_rows"] == [1]


def test_a_csv_target_count_in_other_digits_is_refused(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("a,b,y\n0,0,0\n0,1,1\n")
    assert_refused(run("train", str(f), "--targets", SUPERSCRIPT), "--targets")


# -- every option that takes a number, in one process (parsing stops before any work) ---------------------

def numeric_options():
    """(command, option, kind) for every option of every command that converts its value (all are numbers)."""
    found = []
    for command in (*cli.COMMANDS, None):
        parser = cli.build_parser(command)
        for action in parser._actions:  # argparse has no public list of its options
            if action.type is not None:
                found.append((command, action.option_strings[-1], action.type))
    return found


def test_every_numeric_option_uses_the_ascii_reader():
    kinds = {option: kind for _, option, kind in numeric_options()}
    assert {"--iterations", "--seed", "--lr", "--targets", "--log-every", "--l2", "--momentum", "--beta1", "--beta2",
            "--eps", "--batch-size", "--test-fraction", "--seeds", "--target", "--presentation", "--step"} <= set(kinds)
    readers = (cli.whole_number, cli.number, cli_parser.whole_number_or_none)  # the last: whole_number, or "none"
    assert all(kind in readers for kind in kinds.values()), kinds  # never int() or float()


@pytest.mark.parametrize("command, option, kind", numeric_options())
def test_every_numeric_option_refuses_what_is_not_an_ascii_number(capsys, command, option, kind):
    texts = NOT_WHOLE_NUMBERS if kind.__name__ in ("int", "whole_number", "whole_number_or_none") else NOT_NUMBERS
    for text in texts:
        code = cli.main([*([command] if command else []), f"{option}={text}"])
        out, err = capsys.readouterr()
        assert code == 2 and out == "", (option, text, out, err)
        assert err.count("\n") == 1 and option in err and repr(text) in err, (option, text, err)
        if text and text[0] in (SUPERSCRIPT, ARABIC_INDIC, FULL_WIDTH):
            assert "digits 0 to 9" in err, err


@pytest.mark.parametrize("args, needle", [
    (["train", "--hidden", "4," + ARABIC_INDIC], "--hidden"),
    (["train", "--hidden", SUPERSCRIPT], "--hidden"),
    (["train", "--test-rows", "1," + FULL_WIDTH], "--test-rows"),
    (["--size", "١٢٨٠x٨٠٠", "--screenshot", "{png}"], "--size"),
    (["--size", "1280x8²", "--screenshot", "{png}"], "--size"),
])
def test_the_other_numbers_the_cli_reads_are_ascii_too(capsys, tmp_path, args, needle):
    png = tmp_path / "never-written.png"
    assert cli.main([a.format(png=png) for a in args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and needle in err and "Traceback" not in err, err
    assert not png.exists()

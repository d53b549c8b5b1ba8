"""Bad command-line usage (playground.usage.UsageError): one line on stderr and exit status 2, never a traceback."""

import subprocess
import sys

import pytest

from playground import cli
from playground.usage import UsageError


def test_the_parser_raises_usage_error_for_an_unknown_flag():
    with pytest.raises(UsageError, match="--no-such-flag"):
        cli.build_parser("train").parse_args(["--preset", "notebook", "--no-such-flag"])


def test_a_usage_error_is_one_line_and_exit_status_2():
    proc = subprocess.run([sys.executable, "-m", "playground", "train", "--preset", "notebook", "--hidden", "x"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == cli.EXIT_USAGE == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("nn-playground: error: --hidden") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr

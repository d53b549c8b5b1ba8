"""Standard error closed (2>&-) or full (2>/dev/full): results stay on standard output, the exit status stays.

With descriptor 2 closed Python's sys.stderr is None, and print(file=None) writes to standard
output: the error line, the warning and the hint went into the results and broke --json. A
message that cannot be written to a full disk raised in the error handler and exited 1.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SH = shutil.which("sh")
needs_sh = pytest.mark.skipif(SH is None or not os.path.exists("/dev/full"), reason="needs a POSIX shell and /dev/full")

# a run whose result comes with a warning and a hint on standard error (the outputs saturate)
WARNED = ["train", "--lr", "1e5", "--iterations", "10", "--log-every", "5", "--json"]


def run(*args, stderr: str):
    """The CLI started by a shell with standard error redirected as ``stderr`` says ('2>&-', '2>/dev/full')."""
    script = f'exec "$@" {stderr}'
    return subprocess.run([SH, "-c", script, "sh", sys.executable, "-m", "playground", *args],
                          stdout=subprocess.PIPE, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "error"})


def test_the_warned_run_does_warn():
    """The case below is one whose standard error is not empty."""
    r = subprocess.run([sys.executable, "-m", "playground", *WARNED], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0 and "warning:" in r.stderr and "hint:" in r.stderr
    json.loads(r.stdout)


@needs_sh
@pytest.mark.parametrize("stderr", ["2>&-", "2>/dev/full"])
def test_messages_never_go_into_the_json_results(stderr):
    r = run(*WARNED, stderr=stderr)
    assert r.returncode == 0
    out = json.loads(r.stdout)  # one JSON object and nothing else
    assert out["summary"]["iterations"] == 10


@needs_sh
@pytest.mark.parametrize("stderr", ["2>&-", "2>/dev/full"])
@pytest.mark.parametrize("args", [("train", "--iterations", "x", "--json"), ("train", "missing.csv", "--json"),
                                  ("study", "--seeds", "0", "--json"), ("export",),
                                  ("lesson", "check", "missing.nnlesson")])
def test_bad_input_exits_2_with_nothing_on_standard_output(stderr, args):
    r = run(*args, stderr=stderr)
    assert r.returncode == 2 and r.stdout == ""


@needs_sh
def test_a_full_standard_error_with_a_full_standard_output_still_exits_2():
    r = run("train", "--iterations", "10", stderr="2>/dev/full >/dev/full")
    assert r.returncode == 2

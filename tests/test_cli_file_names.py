"""File names that are not valid UTF-8, under a strict C locale: clean messages, never a traceback.

A name holding the byte 0xff reaches Python as the lone surrogate '\\udcff'; an ASCII stream
with strict errors cannot write it, so every line that names such a file ("wrote ...",
"... ok", error lines) used to end in a UnicodeEncodeError traceback and exit status 1. The
name is shown as \\xff, as playground.core.files.fileio.display_name writes it.
"""

import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LESSON = os.path.join(ROOT, "playground", "data", "lessons", "01-one-layer.nnlesson")
STRICT = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
          "PYTHONIOENCODING": "ascii:strict", "PYTHONWARNINGS": "error"}

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="file names are bytes only on Linux and other Unix systems")


@pytest.fixture
def folder(tmp_path):
    """A folder with a good CSV, a bad CSV and a lesson, each named with the byte 0xff."""
    here = os.fsencode(tmp_path)
    with open(os.path.join(here, b"good\xff.csv"), "wb") as f:
        f.write(b"a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    with open(os.path.join(here, b"bad\xff.csv"), "wb") as f:
        f.write(b"a,b,y\n0,0,0\n0,1,x\n")
    with open(os.path.join(here, b"broken\xff.nnlesson"), "wb") as f:
        f.write(b"{}")
    shutil.copyfile(LESSON, os.path.join(here, b"lesson\xff.nnlesson"))
    return here


def run(folder: bytes, *args: bytes):
    """The CLI in ``folder`` under a strict ASCII C locale; (status, stdout, stderr) as text."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(STRICT, PYTHONPATH=os.pathsep.join(filter(None, [ROOT, env.get("PYTHONPATH")])))
    r = subprocess.run([os.fsencode(sys.executable), b"-m", b"playground", *args], capture_output=True, cwd=folder,
                       env=env, timeout=120)
    out, err = r.stdout.decode("ascii"), r.stderr.decode("ascii")  # nothing else can come out under this locale
    assert "Traceback" not in err, err[-1500:]
    return r.returncode, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nn-playground: error:"), err
    return lines[0]


def test_a_bad_file_is_named_in_a_clean_message(folder):
    code, out, err = run(folder, b"train", b"bad\xff.csv")
    assert code == 2 and out == ""
    assert "bad\\xff.csv: line 3" in one_error_line(err)


def test_a_missing_file_is_named_in_a_clean_message(folder):
    code, out, err = run(folder, b"train", b"missing\xff.csv", b"--json")
    assert code == 2 and out == "" and "missing\\xff.csv" in one_error_line(err)


def test_a_good_file_trains(folder):
    code, out, err = run(folder, b"train", b"good\xff.csv", b"--iterations", b"10")
    assert code == 0 and "Output After Training:" in out


def test_export_names_what_it_wrote(folder):
    code, out, err = run(folder, b"export", b"good\xff.csv", b"--script", b"out\xff.py")
    assert code == 0 and out == "wrote out\\xff.py\n", (out, err)
    assert os.path.isfile(os.path.join(folder, b"out\xff.py"))


def test_lesson_check_names_each_file(folder):
    code, out, err = run(folder, b"lesson", b"check", b"lesson\xff.nnlesson")
    assert code == 0 and out.startswith("lesson\\xff.nnlesson: ok:"), (out, err)
    code, out, err = run(folder, b"lesson", b"check", b"broken\xff.nnlesson")
    assert code == 2 and out == "" and "broken\\xff.nnlesson" in err

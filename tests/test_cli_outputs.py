"""`nn-playground export` never writes over its own input or one output over the other; an empty file name is refused.

`export in.csv --script in.csv` replaced the table with a Python script and said "wrote in.csv";
`train ""` (an unset shell variable) trained the notebook preset without a word.
"""

import os
import subprocess
import sys

import pytest

TABLE = "a,y\n0,0\n1,1\n"


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "playground", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env={**os.environ, "PYTHONWARNINGS": "error"})


@pytest.mark.parametrize("outputs, needle", [
    (["--script", "in.csv"], "--script in.csv is the input file"),
    (["--notebook", "link.csv"], "--notebook link.csv is the input file"),  # a link to the input
    (["--script", "hard.csv"], "--script hard.csv is the input file"),  # a hard link to it
    (["--script", "out.x", "--notebook", "out.x"], "--notebook and --script name the same file (out.x)"),
])
def test_an_output_that_is_the_input_or_the_other_output_is_refused(tmp_path, outputs, needle):
    (tmp_path / "in.csv").write_text(TABLE, encoding="utf-8")
    os.symlink("in.csv", tmp_path / "link.csv")
    os.link(tmp_path / "in.csv", tmp_path / "hard.csv")
    done = run(tmp_path, "export", "in.csv", *outputs)
    assert done.returncode == 2 and done.stdout == "", done
    assert needle in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert (tmp_path / "in.csv").read_text(encoding="utf-8") == TABLE
    assert not (tmp_path / "out.x").exists()


def test_different_outputs_are_written(tmp_path):
    (tmp_path / "in.csv").write_text(TABLE, encoding="utf-8")
    done = run(tmp_path, "export", "in.csv", "--script", "out.py", "--notebook", "out.ipynb")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.py").exists() and (tmp_path / "out.ipynb").exists()
    assert (tmp_path / "in.csv").read_text(encoding="utf-8") == TABLE


@pytest.mark.parametrize("command", ["train", "study", "export"])
def test_an_empty_file_name_is_refused(tmp_path, command):
    done = run(tmp_path, command, "", *(["--script", "out.py"] if command == "export" else []))
    assert done.returncode == 2 and "the file name is empty" in done.stderr, done
    assert not (tmp_path / "out.py").exists()

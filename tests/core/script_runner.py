"""Runs many exported scripts in one Python process and reports what each printed and computed.

Used by tests/core/test_export_forms.py as a subprocess: ``python script_runner.py JOBS.json RESULTS.json``.
JOBS is a list of ``{"path": a script the test wrote, "names": [variables to report]}``; RESULTS is one
``{"stdout": ..., "values": {name: nested lists}}`` per job, in order. Every script is one we generated
(``python_script``), run with :func:`runpy.run_path` in a fresh namespace of its own, as ``python script.py``
would run it; NumPy is imported once for all of them, which is what makes hundreds of runs fast.
"""

from __future__ import annotations

import io
import json
import runpy
import sys
from contextlib import redirect_stdout

import numpy as np


def run(job: dict) -> dict:
    printed = io.StringIO()
    with redirect_stdout(printed):
        namespace = runpy.run_path(job["path"], run_name="__main__")
    return {"stdout": printed.getvalue(),
            "values": {name: np.asarray(namespace[name]).tolist() for name in job["names"]}}


def main(argv: list[str]) -> int:
    jobs_path, results_path = argv
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    results = [run(job) for job in jobs]
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f)  # floats as repr: they read back bit for bit
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

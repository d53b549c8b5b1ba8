"""Runs exported scripts and notebooks, each in a forked process of its own, and reports what they did.

Used by tests/test_faults.py through a subprocess: ``python tests/export_runner.py JOBS.json RESULTS.json``.
JOBS is ``{"warm_up": [source, ...], "jobs": [{"cells": [source, ...], "result": "l2"}, ...]}``; a script
is one cell, a notebook's code cells are run in order in one namespace, as a kernel runs them. RESULTS is one
report per job: exit status, printed text (with a last line ``RESULT`` + the variable ``result`` as JSON),
the forbidden events and the files left in the working folder.

Why fork: starting a Python with NumPy for each of hundreds of generated programs would take minutes.
This runner imports NumPy once, runs the given harmless program once in its own process (so NumPy's lazy imports are done), and then
forks a child per program: each child is its own process with a fresh namespace, its own empty working
folder and an audit hook (PEP 578) that refuses and records every action beyond computing and printing:
opening any file, starting a process, a socket, ctypes, deleting or renaming files, importing a module
that is not loaded yet, compiling or executing code other than the program itself. The parent reads the
child's standard output and the recorded events through pipes, and checks the working folder is still
empty. Where there is no fork (Windows), each program runs in a fresh interpreter instead.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

WATCHED_PREFIXES = ("open", "os.", "subprocess.", "socket.", "ctypes.", "shutil.", "import", "compile", "exec",
                    "webbrowser.", "urllib.", "http.", "ftplib.", "smtplib.", "glob.", "pty.", "winreg.", "builtins.input",
                    "code.", "marshal.", "pickle.", "sqlite3.", "tempfile.", "sys.settrace", "sys.setprofile",
                    "sys.addaudithook", "cpython.run_", "function.__new__", "object.__setattr__")


def _run_checked(cells: list[str], result: str) -> tuple[int, str, list[str]]:
    """Run the cells under the audit hook; (status, printed text, forbidden events). Call once per process."""
    codes = [compile(src, f"<cell {i}>", "exec") for i, src in enumerate(cells)]
    ours = {id(c) for c in codes}
    seen: list[str] = []
    printed = io.StringIO()
    real, sys.stdout = sys.stdout, printed

    def hook(event: str, args: tuple) -> None:
        if not event.startswith(WATCHED_PREFIXES):
            return
        if event == "exec" and args and id(args[0]) in ours:
            return
        seen.append(f"{event} {args!r}"[:300])
        raise RuntimeError(f"forbidden in an exported program: {event}")

    sys.addaudithook(hook)
    ns: dict = {"__name__": "__main__"}
    status = 0
    try:
        for code in codes:
            exec(code, ns)  # noqa: S102 - the test's own harness runs the generated program it checks
        print("RESULT " + json.dumps(np.asarray(ns.get(result)).tolist()))
    except BaseException as e:  # noqa: BLE001 - reported to the parent
        status = 1
        seen.append(f"raised {type(e).__name__}: {e}"[:300])
    finally:
        sys.stdout = real
    return status, printed.getvalue(), seen


def _child(cells: list[str], result: str, report_fd: int) -> None:
    """In the forked child: run the program and write the report to the pipe (os.write: no audit event)."""
    status, printed, seen = _run_checked(cells, result)
    data = json.dumps({"status": status, "stdout": printed, "events": seen}).encode()
    while data:
        data = data[os.write(report_fd, data):]
    os._exit(status)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def run_forked(cells: list[str], result: str) -> dict:
    workdir = tempfile.mkdtemp(prefix="nnp-export-run-")
    report_r, report_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(report_r)
            os.chdir(workdir)
            _child(cells, result, report_w)
        finally:
            os._exit(3)
    os.close(report_w)
    data = _read_all(report_r)  # read before waiting: a long report must not block the child
    os.close(report_r)
    _, status = os.waitpid(pid, 0)
    left = os.listdir(workdir)
    if not left:
        os.rmdir(workdir)
    report = json.loads(data) if data else {"stdout": "", "events": ["no report from the child"]}
    report["status"] = os.waitstatus_to_exitcode(status)
    report["files_left"] = left
    return report


def run_fresh(cells: list[str], result: str) -> dict:
    """Without fork: the same checks in a new interpreter per program."""
    with tempfile.TemporaryDirectory(prefix="nnp-export-run-") as workdir:
        done = subprocess.run([sys.executable, "-I", os.path.abspath(__file__), "--one", result],
                              input=json.dumps(cells), cwd=workdir, capture_output=True, text=True,
                              encoding="utf-8")
        report = json.loads(done.stdout) if done.stdout else {"stdout": "", "events": [done.stderr[-300:]]}
        report["status"] = done.returncode
        report["files_left"] = os.listdir(workdir)
        return report


def _warm_up(cells: list[str]) -> None:
    """Run a known harmless program in this process, so NumPy's lazy imports are done before any fork."""
    real, sys.stdout = sys.stdout, io.StringIO()
    try:
        ns: dict = {"__name__": "__main__"}
        for src in cells:
            exec(compile(src, "<warm-up>", "exec"), ns)  # noqa: S102
    finally:
        sys.stdout = real


def main(argv: list[str]) -> int:
    if argv[0] == "--one":  # run_fresh's child
        cells = json.loads(sys.stdin.read())
        status, printed, seen = _run_checked(cells, argv[1])
        data = json.dumps({"stdout": printed, "events": seen}).encode()
        os.write(1, data)  # os.write raises no audit event
        return status
    jobs_path, results_path = argv
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    _warm_up(jobs["warm_up"])
    run = run_forked if hasattr(os, "fork") else run_fresh
    results = [run(job["cells"], job["result"]) for job in jobs["jobs"]]
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

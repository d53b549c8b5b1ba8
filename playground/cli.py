"""Command line: ``nn-playground train|study|atlas|export|presets ...`` run headless; anything else opens the window.

The headless commands import no Qt (the window's modules are imported only
when a window is wanted), so they start fast and run where no display
libraries exist.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import sys
from typing import Sequence

import numpy as np

from playground.core.files.fileio import display_name
# the parser is cli_parser's (its options made from core.settings.FIELDS); its names stay importable from here
from playground.cli_parser import COMMANDS, build_parser, number, settings_changes, whole_number
from playground.core.number_text import is_digits
from playground.usage import UsageError

EXIT_OK, EXIT_USAGE, EXIT_DIVERGED = 0, 2, 3


def _one_line(message: str) -> str:
    lines = [ln for ln in str(message).splitlines() if ln.strip()]
    if len(lines) > 1:
        return f"{lines[0]} (and {len(lines) - 1} more problem{'s' if len(lines) > 2 else ''})"
    return lines[0] if lines else "unknown error"


_NOT_TEXT = re.compile("[\udc80-\udcff]")  # bytes of a file name that are not valid text (surrogate escapes)


def printable(text: str) -> str:
    """``text`` with the bytes of a file name that are not valid text shown as \\xNN (as ``display_name`` does)."""
    return _NOT_TEXT.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


def tell(line: str) -> None:
    """One line for the person at the terminal, on standard error; never on standard output, never raising.

    With standard error closed (``2>&-``) Python's ``sys.stderr`` is None, and ``print(file=None)``
    would write to standard output, into the results (``--json``): the line is dropped instead. A
    write that fails (``2>/dev/full``) is dropped too, so the exit status stays the command's own.
    """
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(printable(line) + "\n")
        stream.flush()
    except (OSError, ValueError):  # ValueError: the stream was closed
        _to_null_device(stream)


def _guard_standard_streams() -> None:
    """Make the standard streams safe to use whatever the caller left of them.

    - Standard error closed: descriptor 2 is pointed at the null device, so no file this process
      opens later becomes descriptor 2 (where a library's message would land in it).
    - Standard output and error write what the locale cannot encode as \\xNN escapes instead of
      raising UnicodeEncodeError (``LC_ALL=C``, ``PYTHONIOENCODING=ascii:strict``).
    """
    if sys.stderr is None:
        try:
            os.fstat(2)
        except OSError:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                if devnull != 2:
                    os.dup2(devnull, 2)
                    os.close(devnull)
            except OSError:
                pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, io.UnsupportedOperation):
            pass  # None, or not a text file (a test's capture)


def load_experiment(args: argparse.Namespace):
    """The dataset and settings the options describe: preset or file first, then flag overrides."""
    from playground.core.data.dataset import DataError
    from playground.core.files.documents import read_any
    from playground.core.data.presets import DEFAULT_PRESET, get_preset

    if args.file == "":  # an unset shell variable: not the notebook preset without a word
        raise UsageError("the file name is empty")
    if args.file and args.preset:
        raise UsageError("give a FILE or --preset, not both")
    if args.targets is not None and not (args.file and args.file.lower().endswith(".csv")):
        # a preset or a document names its own targets: a count given for them would be ignored
        raise UsageError("--targets only applies to a CSV file (a preset or a document names its own targets)")

    try:
        if args.file:
            doc = read_any(args.file, targets=1 if args.targets is None else args.targets, output=args.output or "sigmoid")
            dataset, settings = doc.dataset, doc.settings
            from_csv = args.file.lower().endswith(".csv")
        else:
            preset = get_preset(args.preset or DEFAULT_PRESET)
            dataset, settings, from_csv = preset.dataset(), preset.settings, False
    except DataError as e:
        raise UsageError(str(e)) from None
    changes = settings_changes(args)  # the settings' options given (cli_parser, from core.settings.FIELDS)
    if from_csv and args.log_every is None:
        changes["log_every"] = nice_log_every(changes.get("iterations", settings.iterations))
    if args.output is not None and args.loss is None:  # the output's own loss unless one is given
        changes["loss"] = {"sigmoid": "notebook", "softmax": "cross-entropy", "linear": "squared"}[args.output]
    settings = settings.with_(**changes) if changes else settings
    problems = settings.problems()
    if problems:
        raise UsageError("; ".join(problems))
    if args.test_rows is not None or args.test_fraction is not None:
        dataset = dataset.copy()
        dataset.test = held_out_rows(args.test_rows, args.test_fraction, dataset.n_rows, settings.seed)
    dataset_problems = dataset.problems(output=settings.output)
    if dataset_problems:
        raise UsageError(dataset_problems[0].describe(dataset.names)
                         + (f" (and {len(dataset_problems) - 1} more problems)" if len(dataset_problems) > 1 else ""))
    problems = settings.data_problems(dataset.split()[1])
    if problems:
        raise UsageError("; ".join(problems))
    return dataset, settings


def held_out_rows(rows_text: str | None, fraction: float | None, n_rows: int, seed: int) -> np.ndarray:
    """The test flags --test-rows (row numbers from 1) or --test-fraction (a seeded choice) describe."""
    test = np.zeros(n_rows, dtype=bool)
    if rows_text is not None:
        for part in rows_text.replace(" ", "").split(","):
            if not part:
                continue
            if not is_digits(part) or not 1 <= int(part) <= n_rows:
                raise UsageError(f"--test-rows: {part!r} is not a row number from 1 to {n_rows}")
            test[int(part) - 1] = True
    else:
        from playground.core.data.held_out import held_out_mask

        if not 0 < fraction < 1:
            raise UsageError(f"--test-fraction must be between 0 and 1, got {fraction}")
        test = held_out_mask(fraction, n_rows, seed)  # the seed's own rows: a study's seed j holds out the same
    if test.all():
        raise UsageError("every row would be a test row; keep at least one training row")
    return test


def nice_log_every(iterations: int) -> int:
    """About six Error lines: iterations / 6 rounded down to 1, 2 or 5 times a power of ten."""
    target = max(1, iterations // 6)
    power = 10 ** (len(str(target)) - 1)
    return max(m * power for m in (1, 2, 5) if m * power <= target)


def cmd_train(args: argparse.Namespace) -> int:
    from playground.cli_landscape import sharpness_json, sharpness_every_problem
    from playground.core.helper import threads
    from playground.core.training.budget import BudgetError, check_training, long_run_warning
    from playground.core.explain.hints import run_learning_rate_hint
    from playground.core.training.in_process import headless_session
    from playground.core.data.settings import experiment_problems
    from playground.core.training.training import DIVERGED, Trainer, saturation_warning

    dataset, settings = load_experiment(args)
    problem = sharpness_every_problem(args)
    if problem:
        raise UsageError(problem)
    sizes = [len(dataset.input_columns), *settings.hidden, len(dataset.target_columns)]
    try:
        check_training(dataset.n_rows, sizes)
    except BudgetError as e:
        raise UsageError(str(e)) from None
    long_run = long_run_warning(dataset.n_rows, sizes, settings.iterations)
    if long_run:
        tell(f"nn-playground: note: {long_run}")
    printed = 0

    def print_new_lines(t: Trainer) -> None:
        nonlocal printed
        tests = t.history.logged_test[printed:] if t.X_test is not None else None
        for i, (_, err) in enumerate(t.history.logged_since(printed)):
            print(f"Error:{err!r}")
            if tests is not None:  # the held-out rows, with the same weights
                print(f"Test error:{float(tests[i])!r}")
        printed = t.history.n_logged
        sys.stdout.flush()

    # the window's RunSession, with a Trainer in this process instead of a helper process
    session, runner = headless_session(keep_timeline=False, raise_errors=True, on_progress=None if args.json else
                                       print_new_lines, on_start=lambda t: threads.pin_for_job(
                                           len(t.X), t.network.sizes, beside_window=False))
    if not session.train(dataset, settings):
        raise UsageError("; ".join(experiment_problems(dataset, settings)) or "nothing to train")
    result = runner.run()
    trainer = runner.trainer
    outputs = trainer.network.predict(trainer.X)
    if args.json:  # a run record (playground/data/schemas/run_record.schema.json) with a summary
        record = session.record().to_json()
        record["summary"] = {
            "layers": trainer.network.sizes,
            "iterations": trainer.iteration,
            "final_error": _finite(trainer.final_error()),
            **({} if trainer.X_test is None else {
                "final_test_error": _finite(trainer.test_error()),
                "test_outputs": _finite_rows(trainer.network.predict(trainer.X_test))}),
            "outputs": _finite_rows(outputs),
            "status": result.status,
            "message": result.message,
        }
        if args.sharpness:  # the sharpness curve (core/landscape/sharpness.py) of the same run
            record["sharpness"] = sharpness_json(dataset, settings, trainer.iteration, args.sharpness_every)
        json.dump(record, sys.stdout, allow_nan=False)
        print()
    else:
        print("Output After Training:")
        print(outputs)
        if trainer.X_test is not None:
            print("Test outputs:")
            print(trainer.network.predict(trainer.X_test))
        if args.sharpness:
            curve = sharpness_json(dataset, settings, trainer.iteration, args.sharpness_every)
            print("Sharpness (no fixed edge of stability for Adam):" if curve["edge"] is None else
                  f"Sharpness (edge of stability {curve['edge']!r}):")
            for it, value in zip(curve["iterations"], curve["values"]):
                print(f"{it} {value!r}")
    if result.status == DIVERGED:
        tell(f"nn-playground: {result.message}")
        return EXIT_DIVERGED
    warning = saturation_warning(trainer)
    if warning:
        tell(f"nn-playground: warning: {warning}")
    hint = run_learning_rate_hint(trainer)  # the rows of one update: training rows, or a mini-batch
    if hint:
        tell(f"nn-playground: hint: {hint}")
    return EXIT_OK


def cmd_landscape(args: argparse.Namespace) -> int:
    from playground.cli_landscape import cmd_landscape as landscape

    return landscape(args, load_experiment, number)


def _finite(value: float | None) -> float | None:
    """A float for JSON, None where not finite (JSON has no NaN)."""
    return float(value) if value is not None and np.isfinite(value) else None


def _finite_rows(values: np.ndarray) -> list[list[float | None]]:
    """A table of outputs for JSON: lists of floats, None where not finite (a diverged run's can be inf)."""
    return [[v if math.isfinite(v) else None for v in row] for row in values.tolist()]


def cmd_study(args: argparse.Namespace) -> int:
    from playground.core.helper import threads
    from playground.core.training.budget import LONG_RUN_SECONDS, describe_duration
    from playground.core.training.study import DEFAULT_TARGET_ERROR, Study, describe

    dataset, settings = load_experiment(args)
    target = DEFAULT_TARGET_ERROR if args.target is None else args.target
    if not 0 <= target < float("inf"):
        raise UsageError(f"--target must be a finite number >= 0, got {target}")
    try:
        study = Study(dataset, settings, args.seeds, target_error=target, test_fraction=args.test_fraction)
    except ValueError as e:
        raise UsageError(f"--seeds: {e}" if "seeds" in str(e) else str(e)) from None
    seconds = study.estimated_seconds()  # by update rule: Adam's update costs several times the notebook's
    if seconds > LONG_RUN_SECONDS:
        tell(f"nn-playground: note: this study of {study.count} seeds x {settings.iterations:,} iterations will "
             f"take {describe_duration(seconds)} (a rough estimate); fewer seeds or iterations make it shorter")
    threads.pin_for_job(study.rows, study.sizes, networks=study.count, beside_window=False)
    study.run()
    summary = study.summary()
    if args.json:
        json.dump(summary, sys.stdout)
        print()
    else:
        print(describe(summary))
    return EXIT_OK


def cmd_atlas(args: argparse.Namespace) -> int:
    from playground.cli_atlas import cmd_atlas as atlas  # a grid of trainings: playground/cli_atlas.py

    return atlas(args)


def cmd_export(args: argparse.Namespace) -> int:
    from playground.core.explain import export
    from playground.core.data.dataset import DataError

    if not args.script and not args.notebook:
        raise UsageError("say where to write: --script OUT.py and/or --notebook OUT.ipynb")
    dataset, settings = load_experiment(args)
    _check_outputs(args.file, [("--script", args.script), ("--notebook", args.notebook)])
    for path, write in ((args.script, export.write_script), (args.notebook, export.write_notebook)):
        if path:
            try:
                write(path, dataset, settings)
            except (DataError, ValueError) as e:
                raise UsageError(str(e)) from None
            print(f"wrote {display_name(path)}")
    return EXIT_OK


def _same_file(a: str, b: str) -> bool:
    """Do two names reach one file (the same path, a link to it, or a hard link)?"""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet
        return False


def _check_outputs(source: str | None, outputs: list[tuple[str, str | None]]) -> None:
    """Refuse an output that is the input file or another output: writing it would destroy the first."""
    named = [(option, path) for option, path in outputs if path]
    for i, (option, path) in enumerate(named):
        if source and _same_file(path, source):
            raise UsageError(f"{option} {display_name(path)} is the input file: writing it would replace the table")
        for other_option, other in named[:i]:
            if _same_file(path, other):
                raise UsageError(f"{option} and {other_option} name the same file ({display_name(path)})")


def cmd_presets(args: argparse.Namespace) -> int:
    from playground.core.data.presets import PRESETS

    width = max(len(n) for n in PRESETS)
    for name, preset in PRESETS.items():
        print(f"{name:<{width}}  {preset.description}")
    return EXIT_OK


def cmd_lesson(args: argparse.Namespace) -> int:
    """``lesson check FILE...``: read each lesson as the window would; print what is wrong and where."""
    from playground.core.lessons.lesson import LessonError, read_lesson

    status = EXIT_OK
    for name in args.files:
        try:
            lesson = read_lesson(name)
        except LessonError as e:
            for line in str(e).splitlines():
                tell(f"nn-playground: error: {line}")
            status = EXIT_USAGE
            continue
        questions = sum(1 for s in lesson.steps if s.question is not None)
        print(f"{display_name(name)}: ok: {lesson.title!r}, {len(lesson.steps)} steps, {questions} questions")
    return status


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    """Install or remove the desktop entry, icons, MIME type and metainfo under $XDG_DATA_HOME (no Qt)."""
    from playground import desktop

    if args.file or args.preset or args.screenshot or args.train:
        raise UsageError("--install-desktop-entry and --uninstall-desktop-entry take no other options")
    try:
        report = desktop.install() if args.install_desktop_entry else desktop.uninstall()
    except OSError as e:
        raise UsageError(str(e)) from None
    verb = "installed" if args.install_desktop_entry else "removed"
    if not report.files:
        print(f"nothing to remove in {desktop.data_home()}")
    for path in report.files:
        print(f"{verb} {path}")
    for note in report.notes:
        print(f"note: {note}")
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from playground.app import run_app  # imports Qt: only when a window is wanted

    return run_app(args)


class _OutputFailed(Exception):
    """Writing to standard output failed (a full disk, a closed pipe): reported in one line."""


class _GuardedOutput:
    """Standard output for a headless command: a failed write becomes ``_OutputFailed``, not a traceback."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise _OutputFailed(e) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise _OutputFailed(e) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _to_null_device(stream) -> None:
    """Point a standard stream at the null device, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass


def _run_headless(command: str, args: argparse.Namespace) -> int:
    real = sys.stdout
    if real is None:
        raise UsageError("standard output is closed; nowhere to print the results")
    sys.stdout = _GuardedOutput(real)
    try:
        with np.errstate(all="ignore"):
            code = {"train": cmd_train, "study": cmd_study, "atlas": cmd_atlas, "export": cmd_export,
                    "presets": cmd_presets, "lesson": cmd_lesson, "landscape": cmd_landscape}[command](args)
        sys.stdout.flush()
        return code
    except _OutputFailed as e:
        _to_null_device(real)
        from playground.core.files.fileio import os_reason

        raise UsageError(f"cannot write to standard output: {os_reason(e.args[0])}") from None
    except BrokenPipeError:  # e.g. piped into head: the reader has what it wanted
        _to_null_device(real)
        raise
    except MemoryError:  # the budget is checked before a job starts; this is what slips through
        from playground.core.training.budget import memory_message

        raise UsageError(memory_message(f"this {command}")) from None
    finally:
        sys.stdout = real


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _guard_standard_streams()
    command = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        args = build_parser(command).parse_args(argv[1:] if command else argv)
        if command is not None:
            return _run_headless(command, args)
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return cmd_desktop_entry(args)
        return cmd_window(args)
    except UsageError as e:
        tell(f"nn-playground: error: {_one_line(str(e))}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        tell("nn-playground: interrupted")
        return 130
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK



__all__ = ["main", "load_experiment", "build_parser", "COMMANDS", "whole_number", "number", "tell", "printable",
           "held_out_rows", "nice_log_every", "EXIT_OK", "EXIT_USAGE", "EXIT_DIVERGED"]

if __name__ == "__main__":
    sys.exit(main())

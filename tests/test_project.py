"""The project's promises about itself: the README's commands are what CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands():
    return re.findall(r"```\n(python3 -m venv .*?)\n```", (ROOT / "README.md").read_text())


def test_readme_shows_a_run_and_a_test_command():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("nn-playground") and "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert readme_commands()[1] in ci


def test_readme_screenshot_exists():
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (ROOT / "README.md").read_text()):
        assert (ROOT / image).is_file(), image


def test_no_merge_conflict_markers_are_committed():
    """Several engineers merge into main: a conflict left half-resolved must not land (it once did, in the README)."""
    marker = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)
    suffixes = {".py", ".md", ".ts", ".toml", ".spec", ".json", ".nnlesson", ".desktop", ".xml", ".txt", ".cfg"}
    found = []
    for path in ROOT.rglob("*"):
        if any(part in {".git", ".venv", "build", "dist", ".hypothesis"} for part in path.relative_to(ROOT).parts):
            continue
        if path.is_file() and (path.suffix in suffixes or path.name == "run"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}" for m in marker.finditer(text)]
    assert not found, found

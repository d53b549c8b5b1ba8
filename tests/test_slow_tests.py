"""The tiers' lists (tests/slow_tests.py) name tests that exist, so a renamed or moved test cannot silently leave
the slow tier (then slowing the fast one) or the bundle step (then building the bundle inside plain pytest)."""

import ast
from pathlib import Path

import pytest

from tests.slow_tests import BUNDLE, SLOW

ROOT = Path(__file__).resolve().parent.parent


def names_a_test(entry: str, root: Path = ROOT) -> bool:
    """Is ``entry`` a test file, or a test function, class or method defined in one (by its syntax tree)?"""
    file, *inside = entry.split("::")
    path = root / file
    if not (file.startswith("tests/") and path.name.startswith("test_") and path.suffix == ".py" and path.is_file()):
        return False
    scope = ast.parse(path.read_text(encoding="utf-8")).body
    for name in inside:
        name = name.split("[")[0]  # one parameter set of a parametrized test: its function
        found = [n for n in scope if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                 and n.name == name]
        if not found:
            return False
        scope = getattr(found[0], "body", [])
    return True


def test_the_check_tells_a_test_from_a_name_that_is_gone(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("def test_one():\n    pass\n\nclass TestB:\n    def test_two(self):"
                                                  "\n        pass\n")
    assert names_a_test("tests/test_a.py", tmp_path)
    assert names_a_test("tests/test_a.py::test_one", tmp_path)
    assert names_a_test("tests/test_a.py::TestB::test_two", tmp_path)
    assert names_a_test("tests/test_a.py::test_one[x-1]", tmp_path)
    assert not names_a_test("tests/test_a.py::test_renamed", tmp_path)
    assert not names_a_test("tests/test_a.py::TestB::test_one", tmp_path)
    assert not names_a_test("tests/test_gone.py", tmp_path)


@pytest.mark.parametrize("entry", SLOW + BUNDLE)
def test_every_entry_names_a_test(entry):
    assert names_a_test(entry), f"tests/slow_tests.py: {entry!r} names no test any more (renamed or moved?)"


def test_each_test_is_listed_once():
    entries = SLOW + BUNDLE
    assert len(entries) == len(set(entries))

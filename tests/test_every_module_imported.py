"""Every module of the app is imported by at least one test, so none is only ever reached by accident.

A module no test names can break (a renamed import, a typo in a branch the window rarely takes)
with the suite staying green. This walks the package with pkgutil, so new and renamed modules
(the layout move into sub-packages) are found without editing the test, and reads every test's
imports from its syntax tree: ``import playground.x.y``, ``from playground.x.y import z`` and
``from playground.x import y`` (which names the module ``playground.x.y``) all count.
"""

import ast
import pkgutil
from pathlib import Path

import playground

TESTS = Path(__file__).resolve().parent

# Modules split off by other branches of issue 23 just before this test came, not yet imported by a test of their
# own (their behaviour is tested through the modules they came from). The list must shrink to empty: add a test
# that imports a module and remove its entry (the test fails while an entry is stale); never add one.
NOT_YET_IMPORTED: set[str] = set()


def app_modules() -> set[str]:
    """Every module and package of the app, by its dotted name."""
    return {"playground"} | {m.name for m in pkgutil.walk_packages(playground.__path__, "playground.")}


def imported_names(source: str) -> set[str]:
    """Every dotted name an import of ``source`` names (absolute imports only: tests import the app so)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_scan_reads_every_form_of_import():
    source = ("import playground.core.nn.network\nfrom playground.ui.run.run import Run\nfrom playground.core import texts, "
              "presets as p\ndef f():\n    import playground.cli\nfrom . import sibling\n")
    assert imported_names(source) == {"playground.core.nn.network", "playground.ui.run.run", "playground.ui.run.run.Run",
                                      "playground.core", "playground.core.texts", "playground.core.presets",
                                      "playground.cli"}


def test_the_walk_finds_modules_in_packages():
    modules = app_modules()
    assert {"playground", "playground.cli", "playground.core", "playground.core.nn.network", "playground.ui",
            "playground.ui.main_window"} <= modules


def test_every_module_is_imported_by_some_test():
    named = set()
    for path in TESTS.rglob("*.py"):
        named |= imported_names(path.read_text(encoding="utf-8"))
    # a package counts as imported with any of its modules
    named |= {name.rsplit(".", k)[0] for name in named for k in range(1, name.count(".") + 1)}
    missing = sorted(app_modules() - named - NOT_YET_IMPORTED)
    assert not missing, f"no test imports these modules (add a test of what they do): {missing}"
    stale = sorted(NOT_YET_IMPORTED - (app_modules() - named))
    assert not stale, f"imported by a test now, or gone: remove from NOT_YET_IMPORTED: {stale}"

"""The tests the fast tier (``pytest -m "not slow"``) leaves out, and the bundle build's own tier.

Entries are pytest node ids from the repository's root: a file (``tests/ui/test_x.py``), a test
(``tests/ui/test_x.py::test_y``, all its parameters) or a class (``tests/x.py::TestZ``). tests/conftest.py
marks them; tests/test_slow_tests.py fails when an entry no longer names a test (renamed or moved), so the
lists cannot rot silently. Everything listed still runs in CI: SLOW in the full run, BUNDLE in its own step.

SLOW was chosen by ``pytest --durations=60`` over the whole suite: the longest tests, until the rest ran in
under 3 minutes on a quiet 2-core machine.
"""

# Builds the PyInstaller bundle and starts it (minutes): ``pytest -m bundle``, a CI step of its own.
BUNDLE = [
    "tests/test_bundle.py",
]

SLOW = [
]

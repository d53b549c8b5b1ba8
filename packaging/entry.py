"""The bundle's entry point (PyInstaller runs this file as the frozen app's __main__).

freeze_support() comes first, before anything else is imported: training runs in a
helper process started with multiprocessing's "spawn" method, which starts this same
executable again with ``--multiprocessing-fork`` arguments. freeze_support() sees
them, runs the helper and exits, so the child never parses them as the app's options
or opens a window.
"""

import multiprocessing

multiprocessing.freeze_support()

import sys  # noqa: E402

from playground.cli import main  # noqa: E402

sys.exit(main())

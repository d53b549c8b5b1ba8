"""Files that are not regular files, for the tests of the readers and writers: FIFOs, links to them,
folders and device nodes, and a guard that unsticks a FIFO if code under test blocks on it.

A device node is made with ``mknod``, which needs root; tests that use one skip otherwise (saying
why). The node made is the null device's (1, 3) inside the test's own folder, so a writer that
replaced it (the bug these tests catch) would replace only that node, never ``/dev/null``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

KINDS = ("fifo", "link to fifo", "folder", "device")
# the words a message uses for each (core.fileio.kind_of_file)
WORDS = {"fifo": "a FIFO (named pipe)", "link to fifo": "a FIFO (named pipe)", "folder": "a folder",
         "device": "a device"}

needs_fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def can_make_devices() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0


def kinds_here() -> tuple[str, ...]:
    """KINDS that can be made on this machine (a device node only as root)."""
    return KINDS if can_make_devices() else KINDS[:-1]


def make(path: Path, kind: str) -> Path:
    """Put a ``kind`` (one of KINDS) at ``path``; returns ``path``. Skips the test for a device unless root."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to fifo":
        real = path.with_name(path.name + ".real-fifo")
        os.mkfifo(real)
        path.symlink_to(real)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        if not can_make_devices():
            pytest.skip("making a device node needs root on Linux (mknod)")
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        raise ValueError(kind)
    return path


def kind_at(path: Path) -> str:
    """What is at ``path`` now, in KINDS' words ("file" for a regular file)."""
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        return "link to fifo" if stat.S_ISFIFO(os.stat(path).st_mode) else "link to something else"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode):
        return "device"
    return "file" if stat.S_ISREG(mode) else "something else"


@contextlib.contextmanager
def unstuck(path: Path, after: float = 10.0):
    """If code inside the block still blocks on the FIFO at ``path`` after ``after`` seconds, unblock it.

    A reader blocked opening a FIFO gets a writer that closes at once (so it reads end-of-file); a
    writer blocked opening one gets a reader that drains it. Code that never touches the FIFO (the
    fixed readers and writers) never meets the helper: the block ends first and the helper stops.
    The test then fails on what it checks instead of hanging the suite.
    """
    done = threading.Event()

    def run() -> None:
        if done.wait(after):
            return
        while not done.is_set():
            try:  # succeeds only while a reader waits: it then reads end-of-file
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError as e:
                if e.errno != errno.ENXIO:
                    return
            try:  # a reader end, which lets a writer waiting to open go on; drained until the block ends
                fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            except OSError:
                return
            try:
                while not done.wait(0.05):
                    with contextlib.suppress(BlockingIOError):
                        while os.read(fd, 1 << 16):
                            pass
            finally:
                os.close(fd)

    helper = threading.Thread(target=run, daemon=True)
    helper.start()
    try:
        yield
    finally:
        done.set()
        helper.join(5)

"""Reading and writing the user's files safely: only regular files, never more than a limit.

Every reader of a file a user or another program hands us (documents, CSV tables,
autosaves, lessons, lesson translations) goes through :func:`read_limited`, and every
writer checks its target with :func:`check_target`:

- A FIFO, a device or a socket is refused, never opened for a blocking read: opening a
  FIFO with no writer waits forever, and reading ``/dev/zero`` never ends. The file is
  opened non-blocking and checked with ``fstat`` on the open descriptor (no race
  between the check and the read).
- A file is never read past its limit (``stat`` lies for pipes and ``/dev`` files).
- A target that exists and is not a regular file (a FIFO, a device, a folder, or a
  symbolic link to one of those) is refused instead of being replaced by a regular file.
"""

from __future__ import annotations

import errno
import os
import stat

# Opening a FIFO for reading without O_NONBLOCK waits until some process opens it for writing.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class NotARegularFile(OSError):
    """The path names something other than a regular file: a FIFO, a device, a socket or a folder."""

    def __init__(self, name: str, what: str) -> None:
        super().__init__(errno.EINVAL, f"it is {what}, not a regular file", name)
        self.what = what


def kind_of_file(mode: int) -> str:
    """What a stat mode names, in words a message can use ("a folder", "a FIFO (named pipe)", ...)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_reason(e: OSError) -> str:
    """The reason an OSError gives, in a few plain words."""
    if isinstance(e, NotARegularFile):
        return e.strerror
    reasons = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ENOENT: "no such file or folder", errno.EISDIR: "it is a folder",
               errno.ENOSPC: "the disk is full", errno.EROFS: "the disk is read-only",
               errno.ENAMETOOLONG: "the name is too long", errno.ELOOP: "too many symbolic links"}
    return reasons.get(e.errno, (e.strerror or str(e) or type(e).__name__).lower())


def read_limited(path: str | os.PathLike, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (so a caller sees it is over the limit).

    Raises OSError (NotARegularFile for a FIFO, device, socket or folder) without blocking.
    """
    name = os.fspath(path)
    fd = os.open(name, _READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(os.fsdecode(name), kind_of_file(mode))
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_target(path: str | os.PathLike) -> str:
    """The real path a writer may replace; NotARegularFile if something other than a regular file is there.

    A symbolic link is written through (its target replaced), never replaced by a file.
    """
    target = os.path.realpath(os.fspath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        raise NotARegularFile(os.fsdecode(os.fspath(path)), kind_of_file(mode))
    return target


def display_name(path: str | os.PathLike) -> str:
    """A file name that can always be printed: bytes that are not valid in the locale's encoding shown as \\xNN."""
    name = os.fsdecode(os.fspath(path))
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _has_surrogates(name) else name


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


__all__ = ["NotARegularFile", "kind_of_file", "os_reason", "read_limited", "check_target", "display_name"]

"""Reading and writing the user's files safely: only regular files, never more than a limit.

Every reader of a file a user or another program hands us (documents, CSV tables,
autosaves, lessons, lesson translations) goes through :func:`read_limited` (most through
:func:`read_text`), and every writer goes through :func:`atomic_write_bytes`:

- A FIFO, a device or a socket is refused, never opened for a blocking read: opening a
  FIFO with no writer waits forever, and reading ``/dev/zero`` never ends. The file is
  opened non-blocking and checked with ``fstat`` on the open descriptor (no race
  between the check and the read).
- A file is never read past its limit (``stat`` lies for pipes and ``/dev`` files).
- A target that exists and is not a regular file (a FIFO, a device, a folder, or a
  symbolic link to one of those) is refused (:func:`check_target`) instead of being
  replaced by a regular file. A symbolic link to a regular file is written through.
- A write is all or nothing: a temp file in the same folder, synced, then renamed over
  the target, so the old file survives any failure (a full disk, a kill, a power cut).

Messages are made with :func:`~playground.core.texts.say`, so the window shows them in its
language; file names go through :func:`display_name`, so a name that is not valid text
can always be printed.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import time

from playground.core.texts import say

# Opening a FIFO for reading without O_NONBLOCK waits until some process opens it for writing.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class NotARegularFile(OSError):
    """The path names something other than a regular file: a FIFO, a device, a socket or a folder."""

    def __init__(self, name: str, what: str) -> None:
        super().__init__(errno.EINVAL, say("it is {what}, not a regular file", what=what), name)
        self.what = what

    def __str__(self) -> str:  # "/tmp/out.csv: it is a FIFO (named pipe), not a regular file"
        return self.strerror if self.filename is None else f"{display_name(self.filename)}: {self.strerror}"


class UnreadableText(ValueError):
    """A file that cannot be read as text; the message (a core.texts.Text) names the file and the problem."""


def kind_of_file(mode: int) -> str:
    """What a stat mode names, in words a message can use ("a folder", "a FIFO (named pipe)", ...)."""
    if stat.S_ISDIR(mode):
        return say("a folder")
    if stat.S_ISFIFO(mode):
        return say("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("a device")
    if stat.S_ISSOCK(mode):
        return say("a socket")
    return say("something else")


_REASONS = {errno.EACCES: say("permission denied"), errno.EPERM: say("permission denied"),
            errno.ENOENT: say("no such file or folder"), errno.EISDIR: say("it is a folder"),
            errno.ENOTDIR: say("a part of the path is not a folder"), errno.ENOSPC: say("the disk is full"),
            errno.EDQUOT: say("the disk quota is used up"), errno.EROFS: say("the disk is read-only"),
            errno.ENAMETOOLONG: say("the name is too long"), errno.ELOOP: say("too many symbolic links")}


def os_reason(e: OSError) -> str:
    """The reason an OSError gives, in a few plain words (translated in the window)."""
    if isinstance(e, NotARegularFile):
        return e.strerror
    return _REASONS.get(e.errno, (e.strerror or str(e) or type(e).__name__).lower())


# -- reading -----------------------------------------------------------------------------------

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


def read_text(path: str | os.PathLike, limit: int) -> str:
    """The UTF-8 text of a regular file of at most ``limit`` bytes (a leading BOM dropped).

    Raises UnreadableText naming the file and the problem: it cannot be opened (or is a
    FIFO, a device, a folder), it is over the limit, or it is not UTF-8 text (a NUL byte
    or an invalid sequence, with its byte position counted from 1).
    """
    name = display_name(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # never opened: opening some devices does something
            raise NotARegularFile(os.fsdecode(os.fspath(path)), kind_of_file(info.st_mode))
        if info.st_size > limit:  # refused before a byte is read
            raise UnreadableText(say("{name} is too large ({size:,} bytes; the limit is {limit:,})", name=name,
                                     size=info.st_size, limit=limit))
        data = read_limited(path, limit)  # the guard itself: the file may have grown since, or be no file
    except OSError as e:
        raise UnreadableText(say("cannot read {name}: {reason}", name=name, reason=os_reason(e))) from None
    if len(data) > limit:
        raise UnreadableText(say("{name} is too large (more than {limit:,} bytes, the limit)", name=name,
                                 limit=limit))
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    bad = data.find(b"\0", start)
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as e:
        bad = start + e.start if bad < 0 else min(bad, start + e.start)
    if bad >= 0:
        raise UnreadableText(say("{name} does not look like a UTF-8 text file (byte {byte})", name=name,
                                 byte=bad + 1))
    return text


# -- writing -----------------------------------------------------------------------------------

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


TEMP_MARK = ".nn-playground-"  # in every temp file's name: ".doc.nnp.nn-playground-1a2b3c4d.tmp"
_TEMP_NAME = re.compile(r"\..+\.nn-playground-[0-9a-f]{8}\.tmp")
STALE_TEMP_SECONDS = 300  # a save takes well under this; older temp files were left by a crash or a kill


def remove_stale_temps(folder: str) -> list[str]:
    """Remove our temp files older than a few minutes from ``folder`` (a save or an open there does this).

    Only names of our own pattern are touched; a newer one may belong to a save going on right now.
    Returns the names removed; problems (no permission, a vanished file) are ignored."""
    removed = []
    try:
        names = [n for n in os.listdir(folder or ".") if _TEMP_NAME.fullmatch(n)]
    except OSError:
        return removed
    now = time.time()
    for n in names:
        path = os.path.join(folder, n)
        try:
            if now - os.lstat(path).st_mtime > STALE_TEMP_SECONDS:
                os.remove(path)
                removed.append(n)
        except OSError:
            pass
    return removed


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (a power cut right after a save keeps the new file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # e.g. Windows cannot open folders: the rename is as durable as it gets there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` via a temp file in the same folder and os.replace: all or nothing.

    Raises OSError; NotARegularFile when a FIFO, a device or a folder is at ``path`` (it is
    left as it is). A symbolic link is written through; an existing file keeps its permissions.
    """
    target = check_target(path)
    folder, base = os.path.split(target)
    remove_stale_temps(folder)
    tmp = None
    try:
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = None
        while tmp is None:
            candidate = os.path.join(folder, f".{base}{TEMP_MARK}{os.urandom(4).hex()}.tmp")
            try:  # O_EXCL: never follows a link planted at the name; 0o666 lets the umask decide, as for any new file
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
                tmp = candidate
            except FileExistsError:
                continue
        with os.fdopen(fd, "wb") as f:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        tmp = None
        _sync_folder(folder or ".")
    finally:
        if tmp is not None:
            try:
                os.remove(tmp)
            except OSError:
                pass


# -- names -------------------------------------------------------------------------------------

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


__all__ = ["NotARegularFile", "UnreadableText", "kind_of_file", "os_reason", "read_limited", "read_text",
           "check_target", "atomic_write_bytes", "remove_stale_temps", "TEMP_MARK", "STALE_TEMP_SECONDS",
           "display_name"]

"""What the tests that stop, kill and wait for helper processes ask about a process id (Linux's /proc)."""

import os


def gone(pid: int) -> bool:
    """True once no process has this id (the helper was killed and reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def our_child(pid: int) -> bool:
    """True while the process is a child of this one (a reused id belongs to someone else)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1]) == os.getpid()
    except (OSError, ValueError, IndexError):
        return not gone(pid)  # no /proc: trust the id


def is_stopped(pid: int) -> bool:
    """True once the process is stopped (a signal is delivered a moment after kill() returns)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("T", "t")
    except FileNotFoundError:
        return not os.path.isdir("/proc")  # no /proc: trust the signal

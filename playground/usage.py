"""The error of bad command-line usage, shared by the CLI and the window's start-up (no import cycle)."""


class UsageError(Exception):
    """Bad usage or bad input: printed as one line, exit status 2."""

"""The one table of limits for every kind of file the app reads: documents, CSV tables,
lessons, lesson translations and autosaves.

A file over a limit is refused whole, with a message that names the file and the limit,
before it is read whole or parsed: a hostile or broken file never costs more memory or
time than the limit allows. The README's "Limits" section lists this table; keep the two
in step (``tests/core/test_limits.py`` checks the README names every number here).
"""

from __future__ import annotations

from dataclasses import dataclass

# -- tables (documents, CSV, autosave) -------------------------------------------------------
MAX_FILE_BYTES = 32 * 2**20  # a full 65,536-row table of 17 full-precision columns is about 22 MB
MAX_ROWS = 65_536  # the largest table the generator makes (16 inputs)
MAX_COLUMNS = 64
MAX_HISTORY_POINTS = 100_000  # a saved error curve (the window keeps ~2,000 points) or Error: lines
MAX_KEPT_RUNS = 512  # runs in a document's tree (core/run_tree.py: past 64 the oldest branches are thinned)
MAX_NAME_CHARS = 100  # a column name: a header, a diagram label and an axis title; a 3-million-character one froze the window

# -- lessons and their translations ----------------------------------------------------------
MAX_LESSON_BYTES = 5 * 2**20
MAX_STEPS = 200
MAX_TEXT_CHARS = 20_000  # per text of a step: a page of text, far more than a step should say
# A question's texts (its prompt, each choice, a choice's feedback, the explanation) are a few lines of
# the lesson panel, where a student compares the choices side by side: 500 characters is three times
# the longest of the shipped lessons (in every language), ten lines a short list. The shipped questions
# have at most 4 choices.
MAX_QUESTION_CHARS = 500
MAX_QUESTION_LINES = 10
MAX_CHOICES = 10
MAX_TRANSLATION_BYTES = 5 * 2**20  # a translation file: the same as its lesson
MAX_TRANSLATED_TEXTS = 2_000  # a lesson of MAX_STEPS steps has at most about ten texts a step


@dataclass(frozen=True)
class FileLimits:
    """What one kind of file may hold at the most."""

    kind: str
    suffix: str
    max_bytes: int
    other: tuple[tuple[str, int], ...] = ()  # (what, how many at the most)


LIMITS: tuple[FileLimits, ...] = (
    FileLimits("document", ".nnp", MAX_FILE_BYTES,
               (("rows", MAX_ROWS), ("columns", MAX_COLUMNS), ("characters in a column name", MAX_NAME_CHARS),
                ("saved curve points or Error: lines", MAX_HISTORY_POINTS))),
    FileLimits("CSV table", ".csv", MAX_FILE_BYTES,
               (("rows", MAX_ROWS), ("columns", MAX_COLUMNS), ("characters in a column name", MAX_NAME_CHARS))),
    FileLimits("autosave", ".autosave.json", MAX_FILE_BYTES,
               (("rows", MAX_ROWS), ("columns", MAX_COLUMNS), ("characters in a column name", MAX_NAME_CHARS),
                ("saved curve points or Error: lines", MAX_HISTORY_POINTS))),
    FileLimits("lesson", ".nnlesson", MAX_LESSON_BYTES,
               (("steps", MAX_STEPS), ("characters in one text", MAX_TEXT_CHARS), ("choices in a question", MAX_CHOICES),
                ("characters in one text of a question", MAX_QUESTION_CHARS),
                ("lines in one text of a question", MAX_QUESTION_LINES))),
    FileLimits("lesson translation", ".json", MAX_TRANSLATION_BYTES,
               (("texts", MAX_TRANSLATED_TEXTS), ("characters in one text", MAX_TEXT_CHARS))),
)

__all__ = ["FileLimits", "LIMITS", "MAX_FILE_BYTES", "MAX_ROWS", "MAX_COLUMNS", "MAX_HISTORY_POINTS", "MAX_NAME_CHARS",
           "MAX_KEPT_RUNS",
           "MAX_LESSON_BYTES", "MAX_STEPS", "MAX_TEXT_CHARS", "MAX_QUESTION_CHARS", "MAX_QUESTION_LINES", "MAX_CHOICES",
           "MAX_TRANSLATION_BYTES", "MAX_TRANSLATED_TEXTS"]

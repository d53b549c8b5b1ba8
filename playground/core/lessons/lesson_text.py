"""The small, safe Markdown subset of lesson texts, turned into the HTML that Qt's rich text shows.

Supported, line by line::

    # Heading, ## Smaller heading, ### Smallest heading
    - item   or   * item          (a bulleted list)
    1. item                       (a numbered list)
    ```                           (a code block until the next ```)
    a blank line                  (ends a paragraph)

and inside a line ``**bold**``, ``*emphasis*`` and ```code```. Maths is written as
text (``l2_delta = l2_error * l2 * (1 - l2)``). Everything else is shown as written:
every character of the author's text is HTML-escaped *before* the few tags above
are added, so a lesson can never inject markup, links, images or scripts.

Rendering takes time in proportion to the text's length, whatever it holds (a line of
markers that never close was quadratic for the regex this replaced: 200,000 characters
froze the window for minutes); the readers of lessons and translations also refuse a
text over MAX_TEXT_CHARS. ``benchmarks/lesson_text.py`` shows both growths.
"""

from __future__ import annotations

import html
import re
import sys
from bisect import bisect_left

from playground.core.limits import MAX_TEXT_CHARS

_HEADING = re.compile(r"(#{1,3})\s+(.*)")
_BULLET = re.compile(r"[-*]\s+(.*)")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s+(.*)")
_MARKS = re.compile(r"[*`\n]")
_CODE_STYLE = "font-family: monospace;"
# A code block keeps its line breaks and indents but wraps a line longer than the view (Qt's <pre> does not: a
# long code line was cut, with a sideways scrollbar, in the lesson panel at 1280x720). A code span wraps as text.
_PRE_STYLE = "font-family: monospace; white-space: pre-wrap;"
_NONE = sys.maxsize  # "no such mark": after every position


class _After:
    """The first of some sorted positions at or after a place; the place only ever moves forward."""

    __slots__ = ("positions", "k")

    def __init__(self, positions: list[int], start: int) -> None:
        self.positions = positions
        self.k = bisect_left(positions, start)

    def first(self, place: int) -> int:
        positions, k = self.positions, self.k
        while k < len(positions) and positions[k] < place:
            k += 1
        self.k = k
        return positions[k] if k < len(positions) else _NONE


class _Line:
    """One text's inline marks, found in one pass, and its HTML.

    The rules are the ones the regex ``\\`([^\\`]+)\\`|\\*\\*(.+?)\\*\\*|\\*(?!\\s)(.+?)(?<!\\s)\\*``
    applied left to right had (tests/core/test_lesson_markup.py compares the two): at each
    ``*`` or backtick, in this order,

    - code: a backtick, then the next backtick, with at least one character between;
    - bold: ``**``, then the first ``**`` that starts at least one character later, with no
      line break in between;
    - emphasis: ``*`` and a character that is not a space, then the first ``*`` after it
      that does not follow a space, with no line break in between;

    and the text of bold and emphasis is read by the same rules. Finding the closing mark
    from a list of the marks' positions instead of by trying every length (the regex's lazy
    ``.+?``, retried at every unmatched ``*``) makes the work linear in the text's length.
    A bold text holds no bold and an emphasis holds neither (its closing mark would have
    been found earlier), so the nesting is at most bold > emphasis.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[int] = []  # every * and backtick
        self.ticks: list[int] = []
        self.pairs: list[int] = []  # where a ** starts (*** holds two)
        self.closers: list[int] = []  # a * after a character that is not a space
        self.breaks: list[int] = []
        for m in _MARKS.finditer(text):
            i = m.start()
            ch = text[i]
            if ch == "\n":
                self.breaks.append(i)
                continue
            self.marks.append(i)
            if ch == "`":
                self.ticks.append(i)
                continue
            if i and not text[i - 1].isspace():
                self.closers.append(i)
            if text.startswith("*", i + 1):
                self.pairs.append(i)

    def html(self, lo: int, hi: int) -> str:
        """text[lo:hi] with its marks as tags and everything else escaped."""
        text = self.text
        marks, ticks = _After(self.marks, lo), _After(self.ticks, lo)
        pairs, closers, breaks = _After(self.pairs, lo), _After(self.closers, lo), _After(self.breaks, lo)
        out: list[str] = []
        done = pos = lo
        while True:
            pos = marks.first(pos)
            if pos >= hi:
                break
            piece, end = "", -1
            if text[pos] == "`":
                j = ticks.first(pos + 1)
                if pos + 1 < j < hi:
                    piece = f'<code style="{_CODE_STYLE}">{html.escape(text[pos + 1:j], quote=False)}</code>'
                    end = j + 1
            elif pos + 1 < hi:
                line_end = breaks.first(pos + 1)
                if text[pos + 1] == "*":
                    j = pairs.first(pos + 3)
                    if j + 1 < hi and j <= line_end:
                        piece, end = f"<b>{self.html(pos + 2, j)}</b>", j + 2
                if end < 0 and not text[pos + 1].isspace():
                    j = closers.first(pos + 2)
                    if j < hi and j <= line_end:
                        piece, end = f"<i>{self.html(pos + 1, j)}</i>", j + 1
            if end < 0:
                pos += 1
                continue
            out.append(html.escape(text[done:pos], quote=False))
            out.append(piece)
            done = pos = end
        out.append(html.escape(text[done:hi], quote=False))
        return "".join(out)


def inline_html(text: str) -> str:
    """One line of text with **bold**, *emphasis* and `code`; everything else escaped."""
    return _Line(text).html(0, len(text))


def to_html(text: str) -> str:
    """The whole text of a step as HTML (headings, paragraphs, lists, code blocks)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[list[str]] = []  # each item's lines (joined once: a long item is not copied per line)
    list_tag = ""
    code: list[str] | None = None

    def flush() -> None:
        nonlocal list_tag
        if paragraph:
            blocks.append("<p>" + "<br>".join(inline_html(x) for x in paragraph) + "</p>")
            paragraph.clear()
        if items:
            lis = "".join(f"<li>{inline_html(' '.join(lines))}</li>" for lines in items)
            blocks.append(f"<{list_tag}>{lis}</{list_tag}>")
            items.clear()
            list_tag = ""

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if code is not None:
            if line.startswith("```"):
                blocks.append(f'<pre style="{_PRE_STYLE}">' + html.escape("\n".join(code), quote=False) + "</pre>")
                code = None
            else:
                code.append(raw.rstrip())
            continue
        if line.startswith("```"):
            flush()
            code = []
            continue
        if not line:
            flush()
            continue
        m = _HEADING.fullmatch(line)
        if m:
            flush()
            level = len(m.group(1)) + 1  # # -> <h2>: the lesson's title is the panel's h1
            blocks.append(f"<h{level}>{inline_html(m.group(2))}</h{level}>")
            continue
        for pattern, tag in ((_BULLET, "ul"), (_NUMBERED, "ol")):
            m = pattern.fullmatch(line)
            if m:
                if paragraph or list_tag not in ("", tag):
                    flush()
                list_tag = tag
                items.append([m.group(1)])
                break
        else:
            if items:  # a plain line after a list item continues that item
                items[-1].append(line)
            else:
                paragraph.append(line)
    if code is not None:  # an unclosed block runs to the end
        blocks.append(f'<pre style="{_PRE_STYLE}">' + html.escape("\n".join(code), quote=False) + "</pre>")
    flush()
    return "\n".join(blocks)


def plain_text(text: str) -> str:
    """The text without its Markdown marks (for tooltips, logs and the command line)."""
    return re.sub(r"\*\*|`|^#{1,3}\s+", "", text, flags=re.MULTILINE)


__all__ = ["MAX_TEXT_CHARS", "inline_html", "to_html", "plain_text"]

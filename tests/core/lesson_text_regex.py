"""The lesson-text renderer as it was before the linear-time parser: the reference its output is compared with.

Its inline-markup regex is quadratic in the length of a line full of unmatched markers (a
200,000-character text froze the window for minutes), so it is only ever run on small texts:
by the property tests in ``tests/core/test_lesson_markup.py`` and by ``benchmarks/lesson_text.py``,
which shows its growth against the new parser's. Kept byte for byte as it was in
``playground/core/lessons/lesson_text.py``; do not "fix" it.
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r"(#{1,3})\s+(.*)")
_BULLET = re.compile(r"[-*]\s+(.*)")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s+(.*)")
# Inline code first (its contents are not formatted), then bold, then emphasis.
_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\*(?!\s)(.+?)(?<!\s)\*")
_CODE_STYLE = "font-family: monospace;"
_PRE_STYLE = "font-family: monospace; white-space: pre-wrap;"  # a code block wraps its long lines


def inline_html(text: str) -> str:
    """One line of text with **bold**, *emphasis* and `code`; everything else escaped."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        code, bold, em = m.groups()
        if code is not None:
            out.append(f'<code style="{_CODE_STYLE}">{html.escape(code, quote=False)}</code>')
        elif bold is not None:
            out.append(f"<b>{inline_html(bold)}</b>")
        else:
            out.append(f"<i>{inline_html(em)}</i>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def to_html(text: str) -> str:
    """The whole text of a step as HTML (headings, paragraphs, lists, code blocks)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""
    code: list[str] | None = None

    def flush() -> None:
        nonlocal list_tag
        if paragraph:
            blocks.append("<p>" + "<br>".join(inline_html(x) for x in paragraph) + "</p>")
            paragraph.clear()
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{inline_html(x)}</li>" for x in items) + f"</{list_tag}>")
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
                items.append(m.group(1))
                break
        else:
            if items:  # a plain line after a list item continues that item
                items[-1] += " " + line
            else:
                paragraph.append(line)
    if code is not None:  # an unclosed block runs to the end
        blocks.append(f'<pre style="{_PRE_STYLE}">' + html.escape("\n".join(code), quote=False) + "</pre>")
    flush()
    return "\n".join(blocks)

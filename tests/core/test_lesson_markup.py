"""The lesson markup parser: the same HTML as the regex renderer it replaced, in one pass over the text.

The reference (``tests/core/lesson_text_regex.py``) is quadratic in the length of a line of
unmatched markers, so it is compared with on small texts only, where it is fast.
"""

import re
import sys
from html.parser import HTMLParser

from hypothesis import example, given, settings
from hypothesis import strategies as st

from playground.core.lessons import lesson_text
from playground.core.lessons.lesson_text import inline_html, to_html
from playground.core.limits import MAX_TEXT_CHARS
from tests.core import lesson_text_regex as reference

# Texts made of the characters the markup gives a meaning to, and a few it must escape.
MARKUP = st.text(alphabet=st.sampled_from("*`\n\r a\t#-1.)<>&\"'\u00a0\u2028"), max_size=40)
ANY = st.text(max_size=40)
ALLOWED_TAGS = {"h2", "h3", "h4", "p", "br", "ul", "ol", "li", "pre", "code", "b", "i"}

# Texts of about n characters that cost the regex renderer the most: a marker that opens and
# is never closed, or closed only at the end, on every few characters of one line.
WORST_CASES = {
    "emphasis never closed": lambda n: "*a " * (n // 3),
    "bold never closed": lambda n: "**" + "*a " * (n // 3 - 1),
    "stars only": lambda n: "*" * n,
    "closed at the end": lambda n: "x " + "*a " * (n // 3 - 2) + "a*",
    "backticks and stars": lambda n: "`*a " * (n // 4),
    "list item of many lines": lambda n: "- *a\n" + "*a\n" * (n // 3 - 2),
}


@settings(max_examples=3000, deadline=None)
@given(MARKUP)
@example("**a *b* c**")
@example("*a **b** c*")
@example("***a***")
@example("`a*b*`*c*")
@example("* a *b *c*")
def test_inline_markup_is_rendered_as_the_regex_renderer_did(text):
    assert inline_html(text) == reference.inline_html(text)


@settings(max_examples=1500, deadline=None)
@given(ANY)
def test_any_short_text_is_rendered_as_the_regex_renderer_did(text):
    assert inline_html(text) == reference.inline_html(text)
    assert to_html(text) == reference.to_html(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(MARKUP, max_size=6).map("\n".join))
@example("- one\ntwo *b*\nthree\n\n1. x\n```\n*a*\n```\n# *h*")
def test_whole_step_texts_are_rendered_as_the_regex_renderer_did(text):
    assert to_html(text) == reference.to_html(text)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=60) | MARKUP)
@example('<img src="file:///etc/hostname"> <a href="file:///x">x</a> &amp; <script>1</script>')
@example("`<img src=x>` **<b>x</b>** *<a href=y>*")
def test_only_the_renderers_own_tags_come_out(text):
    parsed = _Tags()
    parsed.feed(to_html(text))
    parsed.close()
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    # the only attribute is the code style the renderer writes; never a link or a source
    assert {(name, value) for _, attrs in parsed.tags for name, value in attrs} <= {
        ("style", "font-family: monospace;"), ("style", "font-family: monospace; white-space: pre-wrap;")}
    # every character of the author's text that is not a mark is in the page as text
    visible = "".join(parsed.text)
    # what follows ``` on a fence line is the block's language name, not shown (as in Markdown)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    shown = "\n".join("" if line.strip().startswith("```") else line for line in lines)
    for ch in set(shown) - set("*`#-\n\r \t.)0123456789\u00a0\u2028"):
        if ch.isprintable() and not ch.isspace():
            assert ch in visible, ch


def line_events(text: str) -> int:
    """How many lines of playground/core/lessons/lesson_text.py run while ``text`` is rendered: a count of
    the parser's work that does not depend on the machine's speed."""
    count = 0
    source = lesson_text.__file__

    def trace(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != source:
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        to_html(text)
    finally:
        sys.settrace(None)
    return count


def test_the_parser_does_work_in_proportion_to_the_text():
    for name, make in WORST_CASES.items():
        text = make(MAX_TEXT_CHARS)
        assert len(text) <= MAX_TEXT_CHARS, name
        work, half_work = line_events(text), line_events(make(MAX_TEXT_CHARS // 2))
        # a bounded number of steps per character, and twice the text is about twice the work
        # (the regex renderer retried every unmatched marker to the end of the line)
        assert work <= 40 * len(text), (name, work)
        assert work <= 2.2 * half_work, (name, work, half_work)


def test_a_worst_case_step_text_of_the_largest_length_renders_whole():
    for name, make in WORST_CASES.items():
        text = make(MAX_TEXT_CHARS)
        html = to_html(text)
        if name == "emphasis never closed":
            assert html == "<p>" + text.strip() + "</p>"  # no marker closes: all of it is text
        if name == "closed at the end":
            assert html.startswith("<p>x <i>a *a") and html.endswith("a</i></p>")
        if name == "stars only":  # ** pairs up as bold around one *, as the regex renderer did
            assert html == "<p>" + "<b>*</b>" * (MAX_TEXT_CHARS // 5) + "</p>"
        assert re.sub(r"<[^>]+>", "", html).count("a") == text.count("a"), name

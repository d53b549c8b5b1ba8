"""The lesson texts' Markdown subset: the few marks work, everything else is escaped."""

from playground.core.lessons.lesson_text import inline_html, plain_text, to_html


def test_headings_paragraphs_lists_and_code():
    html = to_html("# Title\n\nSome *text* and **bold**,\n`l2_delta`.\n\n- one\n- two\n\n1. first\n2. second\n"
                   "```\nl1 = nonlin(np.dot(l0, syn0))\n```")
    assert "<h2>Title</h2>" in html
    assert "<p>Some <i>text</i> and <b>bold</b>,<br><code" in html and ">l2_delta</code>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html and "<ol><li>first</li><li>second</li></ol>" in html
    assert "<pre" in html and "l1 = nonlin(np.dot(l0, syn0))</pre>" in html


def test_markup_in_the_text_is_shown_not_obeyed():
    html = to_html('<img src="x" onerror="alert(1)"> <a href="http://evil">link</a> & <script>x</script>')
    assert "<img" not in html and "<a " not in html and "<script" not in html
    assert "&lt;img" in html and "&amp;" in html
    assert inline_html("`<b>`") .count("&lt;b&gt;") == 1


def test_maths_as_text_survives():
    assert "l2 * (1 - l2)" in to_html("slope = l2 * (1 - l2)")
    assert "2 * 3" in inline_html("2 * 3 * 4")


def test_plain_text_drops_the_marks():
    assert plain_text("# Hi\n**bold** `code`") == "Hi\nbold code"

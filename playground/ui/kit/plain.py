"""User text shown as written: never read as markup, a mnemonic or a placeholder.

A column name, a file name, a preset's or document's name, a lesson's title or an error
that quotes a typed value is plain text. Qt and pyqtgraph read text in ways that would
make such a name do something:

- a QLabel, a QMessageBox and a tooltip take text for HTML when ``Qt.mightBeRichText``
  says it might be (a tag before the first line break): ``<img src=file:...>`` loads a
  local file, and an SVG export embeds it. Labels that show user text are made
  ``Qt.PlainText``; a label that is rich on purpose (the lesson's own Markdown subset,
  the inspector's formulas) builds its HTML with :func:`html_text` for every value;
- pyqtgraph's axis labels, titles, LabelItems and legends are always HTML: their text
  goes through :func:`html_text` (its TextItem is plain when given text, not HTML);
- tooltips have no text format: :func:`tooltip` marks one as HTML with everything escaped
  whenever Qt would otherwise read it as HTML;
- ``&`` in a button's or menu entry's text marks a keyboard shortcut: :func:`menu_text`;
- ``[*]`` in a window title is where Qt puts the "modified" star: :func:`window_title`.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def escape(text: str, quote: bool = True) -> str:
    """``html.escape``: ``&``, ``<``, ``>`` (and with ``quote`` both quotes) as HTML entities.

    The same replacements as the standard library's; importing ``html`` loads its table of 2,231 named
    entities (``html.entities``, for ``unescape``), ~2.5 ms of the window's first frame."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


def html_text(text: str) -> str:
    """``text`` to put between HTML tags (pyqtgraph's labels, a rich label's values), shown as written.

    Never inside an attribute: quotes are left as they are."""
    return escape(text, quote=False)


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as written (line breaks kept).

    Qt shows a tooltip as HTML when it might be HTML; such a text is escaped and wrapped in
    a paragraph so Qt reads it as HTML that says exactly ``text``. Any other text is
    shown as plain text anyway and is returned as it is."""
    if not Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def menu_text(text: str) -> str:
    """``text`` as a menu entry's or button's text: every ``&`` shown, none taken for a shortcut's mark."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """``text`` as part of a window title: a ``[*]`` in it stays, it is not the "modified" placeholder."""
    return text.replace("[*]", "[*][*]")


__all__ = ["html_text", "tooltip", "menu_text", "window_title"]

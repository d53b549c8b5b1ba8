"""Messages of core that a student reads in the window, translatable although core has no Qt.

``say(template, **values)`` makes an ordinary English ``str`` (the headless commands
print it and files keep it as it is) that also remembers its template and values.
The window looks the template up in its translation catalogue and fills in the same
values (``playground.ui.language.shown``). ``packaging/translations.py update`` finds
every ``say("...")`` template in core's source and lists it for the translators in
``playground/ui/core_texts.py``; so the template must be a string literal.

A value may itself be a :class:`Text` (it is translated too), a number (shown with the
window's decimal comma or point) or a name such as ``syn0`` (shown as it is).
"""

from __future__ import annotations


class Text(str):
    """An English message that remembers the template and values it was made from."""

    template: str
    values: dict

    def __new__(cls, template: str, values: dict) -> Text:
        self = super().__new__(cls, template.format(**values))
        self.template, self.values = template, dict(values)
        return self

    def __reduce__(self):  # crosses to and from the training helper process as a Text
        return Text, (self.template, self.values)


def say(template: str, **values) -> Text:
    """The English message ``template.format(**values)``, translatable in the window."""
    return Text(template, values)


def _joined(items: list[str], separator: str) -> Text:
    """``items`` joined by ``separator``; each item made with ``say`` is still translated in the window."""
    return Text(separator.join("{l%d}" % i for i in range(len(items))), {f"l{i}": item for i, item in enumerate(items)})


def one_per_line(items: list[str]) -> str:
    """``items`` joined by newlines; each item made with ``say`` is still translated in the window."""
    return _joined(items, "\n")


def one_after_another(items: list[str]) -> str:
    """``items`` joined by "; " on one line; each item made with ``say`` is still translated in the window."""
    return _joined(items, "; ")


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (JSON's "\\ud800" escapes make them), or None: no UTF-8
    file can hold one, so a text that has one opens but cannot be saved again."""
    return next((i for i, ch in enumerate(text) if 0xD800 <= ord(ch) < 0xE000), None)

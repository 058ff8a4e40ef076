"""Sentences for people from modules that run without Qt, still translatable with Qt's tools.

The readiness checks (and other modules below the UI) must not import Qt, yet the app shows
their messages in the candidate's language while `invigilo check` and its JSON report stay in
English. So each sentence is marked where it is written:

    TEXT = {"slow": QT_TRANSLATE_NOOP("CameraCheck", "The camera gives only {fps:.1f} ...")}

`pyside6-lupdate` (run by tools/translations.py) extracts every such call into the .ts under its
context, as it does for Qt's own marker. At run time the marker returns a `Text`: a plain str
holding the English sentence, so every existing use (printing, JSON, comparisons) is unchanged,
which also remembers its context, its template and the values it was formatted with. The app
translates the template and fills the values in at display time (`Text.translated`).

Concatenating Texts (or a Text and a plain str) keeps each piece translatable; other string
operations give a plain English str, which the app then shows as it is.

A Text that crosses a process boundary (the lockdown agent's findings, sent as JSON) travels as
`to_data(text)` beside its English, and the receiver rebuilds it with `from_data`, accepting
only templates it knows (`marked`), so a peer cannot make the app format a template of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any

Translate = Callable[[str, str], str]  # (context, source) -> translation, as Qt's translate


class Text(str):
    """An English sentence that can be shown in another language later.

    `values` is None for a template not formatted (shown as written); a formatted Text keeps
    the keyword values, and any value that is itself a Text is translated with it.
    """

    context: str
    template: str
    values: Mapping[str, object] | None
    parts: tuple[str, ...]

    def __new__(cls, context: str, template: str, values: Mapping[str, object] | None = None,
                parts: tuple[str, ...] = ()) -> Text:
        if parts:
            english = "".join(str(p) for p in parts)
        elif values is not None:
            english = template.format(**values)
        else:
            english = template
        text = super().__new__(cls, english)
        text.context = context
        text.template = template
        text.values = values
        text.parts = parts
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, self.values, self.parts))

    def format(self, *args: object, **values: object) -> Text:
        """Like str.format, remembering the values; positional fields are not supported."""
        if args:
            raise TypeError("a translatable text takes named values only")
        return Text(self.context, self.template, dict(values))

    def __add__(self, other: str) -> Text:
        return Text(self.context, "", parts=(*self._pieces(), *_pieces(other)))

    def __radd__(self, other: str) -> Text:
        return Text(self.context, "", parts=(*_pieces(other), *self._pieces()))

    def _pieces(self) -> tuple[str, ...]:
        return self.parts or (self,)

    def translated(self, translate: Translate) -> str:
        """The sentence in the language `translate` speaks; English where it has no
        translation, or where a translation does not fit the values (a translator's typo must
        not hide the message)."""
        if self.parts:
            return "".join(p.translated(translate) if isinstance(p, Text) else p
                           for p in self.parts)
        template = translate(self.context, self.template) or self.template
        if self.values is None:
            return template
        values = {key: (value.translated(translate) if isinstance(value, Text) else value)
                  for key, value in self.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):
            return str(self)


def _pieces(value: str) -> tuple[str, ...]:
    if isinstance(value, Text):
        return value._pieces()
    return (str(value),)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # Qt's name: lupdate knows it
    """Mark `source` for translation under `context` (lupdate knows this name); no Qt needed."""
    return Text(context, source)


def translated(text: str, translate: Translate) -> str:
    """`text` in the language `translate` speaks if it is a Text, else as it is."""
    return text.translated(translate) if isinstance(text, Text) else text


# ------------------------------------------------------------------ across a process boundary
Data = dict[str, Any] | str
MAX_DEPTH = 6


def to_data(text: str) -> Data:
    """A Text as plain JSON data (a plain str stays itself): context, source, values or parts.

    Values that are not text or numbers are sent as their English str.
    """
    if not isinstance(text, Text):
        return str(text)
    if text.parts:
        return {"parts": [to_data(p) for p in text.parts]}
    data: dict[str, Any] = {"context": text.context, "source": text.template}
    if text.values is not None:
        data["values"] = {key: _value_data(value) for key, value in text.values.items()}
    return data


def _value_data(value: object) -> object:
    if isinstance(value, str):
        return to_data(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def from_data(data: object, known: Collection[tuple[str, str]], depth: int = 0) -> str:
    """The Text `to_data` made, if every template in it is `known` (context, source) and its
    values fit; raises ValueError otherwise (the caller then keeps the plain English)."""
    if isinstance(data, str):
        return data
    if not isinstance(data, dict) or depth > MAX_DEPTH:
        raise ValueError("not a translatable text")
    if "parts" in data:
        parts = data["parts"]
        if not isinstance(parts, list) or not parts:
            raise ValueError("a joined text without pieces")
        return Text("", "", parts=tuple(from_data(p, known, depth + 1) for p in parts))
    context, source = data.get("context"), data.get("source")
    if not isinstance(context, str) or not isinstance(source, str) \
            or (context, source) not in known:
        raise ValueError("a text this program does not know")
    values = data.get("values")
    if values is None:
        return Text(context, source)
    if not isinstance(values, dict):
        raise ValueError("values are not a table")
    rebuilt: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, str | dict):
            rebuilt[str(key)] = from_data(value, known, depth + 1)
        elif value is None or isinstance(value, bool | int | float):
            rebuilt[str(key)] = value
        else:
            raise ValueError("a value that is not text or a number")
    try:
        return Text(context, source, rebuilt)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        raise ValueError("the values do not fit the text") from None


def marked(value: object, depth: int = 0) -> Iterator[Text]:
    """Every Text template in `value`: a Text, or tables, lists and tuples holding them (a
    module's message table), to make the `known` set for `from_data`."""
    if isinstance(value, Text):
        if value.parts:
            for part in value.parts:
                yield from marked(part, depth + 1)
        else:
            yield value
    elif depth < MAX_DEPTH and isinstance(value, Mapping):
        for item in value.values():
            yield from marked(item, depth + 1)
    elif depth < MAX_DEPTH and isinstance(value, list | tuple):
        for item in value:
            yield from marked(item, depth + 1)

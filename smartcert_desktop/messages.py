"""Messages a person reads, as values: an English template and its arguments, turned into text at the edge.

Every layer below the command line and the desktop program says what happened as a :class:`Message`, never
as a finished sentence::

    Problem(msg("level {level} needs a comment", level="A"), sheet="평가표", row=7)

The English template is the message's code: it is what ``packaging/update_translations.py`` extracts (from
every ``msg(...)``, ``Problem(...)`` and ``...Error(...)`` call with a literal first argument outside the
GUI) into the ``Messages`` context of ``translations/smartcert_ko.ts``, where the Korean text is kept beside
the desktop program's own strings and edited the same way, in Qt Linguist or an editor. A template may use
``str.format`` fields, ``{name}``, ``{name!r}``, ``{count:,}``; a translation keeps the same field names.

Text is made in two places and by the same :func:`render`: the command line reads the Korean texts from the
``.ts`` file (:func:`load_catalog`, no Qt), the desktop program asks Qt's translators (so that its language
switch and pseudo-translation cover messages too). ``str(message)`` is the English text. An argument that is
itself a message is rendered in the same language; a particle written undecided right after a field
("{name}을(를)") is decided by the value put there (:mod:`korean`).

Pure Python, no Qt, importable from every layer.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .korean import has_undecided_particle, resolve_after

CONTEXT = "Messages"  # the context of these messages in the .ts files
CATALOG_FILE = "smartcert_{language}.ts"
LANGUAGES = ("ko", "en")
SOURCE_LANGUAGE = "en"

Translate = Callable[[str], str]


@dataclass(frozen=True)
class Message:
    """A message's English template and its arguments (strings, numbers, Decimals, other messages)."""

    template: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        return render(self)

    def text(self, translate: Translate | None = None) -> str:
        return render(self, translate)

    def __reduce__(self) -> tuple[Any, ...]:  # a read-only mapping does not pickle; its items do
        return (_message, (self.template, dict(self.args)))


def _message(template: str, args: dict[str, Any]) -> Message:
    return Message(template, MappingProxyType(args))


def msg(template: str, /, **args: Any) -> Message:
    """The message ``template`` with its arguments."""
    return Message(template, MappingProxyType(dict(args)))


Text = str | Message


def joined(parts: Sequence[Text], separator: str = "; ") -> Message:
    """Several messages as one, in order, each rendered in the language of the whole."""
    names = [f"p{index}" for index in range(len(parts))]
    pattern = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Message(pattern, MappingProxyType({name: as_message(part) for name, part in zip(names, parts,
                                                                                          strict=True)}))


def template(text: str, /) -> str:
    """Marks a template kept in a table to be filled in later (``msg(TABLE[key], ...)``), so that it is
    extracted for translation like the first argument of :func:`msg`."""
    return text


def as_message(text: Text) -> Message:
    return text if isinstance(text, Message) else Message(text)


_FORMATTER = string.Formatter()


def fields_of(template: str) -> set[str]:
    """The names of the fields in ``template`` (``{level}`` → ``level``)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in _FORMATTER.parse(template) if name}


def render(message: Text, translate: Translate | None = None) -> str:
    """``message`` as text: its template translated by ``translate`` (None for English), then filled in.

    A translation whose fields differ from the template's is not used (the English text is, rather than a
    message that loses a name); ``packaging/update_translations.py --check`` fails on one. A Korean particle
    written undecided right after a field ("{name}을(를)") takes the form the value needs.
    """
    args: Mapping[str, Any]
    if isinstance(message, str):
        template, args = message, MappingProxyType({})
    else:
        template, args = message.template, message.args
    text = template
    if translate is not None:
        translated = translate(template)
        if translated and fields_of(translated) == fields_of(template):
            text = translated
    if not args:
        return text
    values = {name: render(value, translate) if isinstance(value, Message) else value
              for name, value in args.items()}
    try:
        if not _undecided(text):
            return text.format_map(values)
        return _fill(text, values)
    except (KeyError, IndexError, ValueError, AttributeError):  # a template without its arguments: as it is
        return text


_CLOSING = "'\")]}»」』〉》’”"


@lru_cache(maxsize=4096)
def _undecided(text: str) -> bool:
    """Whether ``text`` holds an undecided Korean particle ("을(를)", "(으)로" …) anywhere; a text without one
    is filled by ``str.format_map``, the same text as :func:`_fill` gives it."""
    return "(" in text and has_undecided_particle(text)


def _fill(text: str, values: Mapping[str, Any]) -> str:
    out: list[str] = []
    pending: str | None = None  # the value just put in, whose particle may follow
    for literal, name, spec, conversion in _FORMATTER.parse(text):
        if pending is not None:
            # A quote or a closing bracket may stand between the value and its particle ("'{x}'을(를)").
            lead = len(literal) - len(literal.lstrip(_CLOSING))
            literal = literal[:lead] + resolve_after(pending + literal[:lead], literal[lead:])
        out.append(literal)
        pending = None
        if name is None:
            continue
        value, _ = _FORMATTER.get_field(name, (), values)
        value = _FORMATTER.convert_field(value, conversion)
        pending = _FORMATTER.format_field(value, _FORMATTER.vformat(spec or "", (), values))
        out.append(pending)
    return "".join(out)


@dataclass(frozen=True)
class Catalog:
    """How templates become one language's text: the translated templates, or a function that finds them
    (the desktop program's asks Qt's translators). English is the templates themselves."""

    language: str = SOURCE_LANGUAGE
    texts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    lookup: Translate | None = None

    def translate(self, template: str) -> str:
        if self.lookup is not None:
            return self.lookup(template)
        return self.texts.get(template, template)

    def text(self, message: Text) -> str:
        if self.lookup is None and not self.texts:
            return render(message, None)
        return render(message, self.translate)


ENGLISH = Catalog()


def read_ts(path: Path, context: str = CONTEXT) -> dict[str, str]:
    """The finished translations of ``context`` in the Qt Linguist file ``path``."""
    import xml.etree.ElementTree as ET  # only when a language other than English is asked for

    texts: dict[str, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                    "vanished"):
                continue
            if translation.text:
                texts[source] = translation.text
    return texts


def load_catalog(language: str, directory: Path) -> Catalog:
    """The catalog of ``language`` from ``directory``; English (the templates) when the file is missing."""
    if language == SOURCE_LANGUAGE:
        return ENGLISH
    path = directory / CATALOG_FILE.format(language=language)
    try:
        texts = read_ts(path)
    except (OSError, SyntaxError):  # xml.etree's ParseError is a SyntaxError
        return ENGLISH
    return Catalog(language, MappingProxyType(texts))

"""The command line's language: messages rendered in Korean or English, chosen once per run.

``--lang ko|en`` wins; otherwise ``SMARTCERT_LANG``, then the locale's variables (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, as the C library reads them): a Korean locale (``ko_KR.UTF-8``) speaks Korean, every other English.
The Korean texts come from the ``Messages`` context of the shipped ``smartcert_ko.ts`` (no Qt here).
The ``error:`` prefix stays English in both languages: scripts look for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from .. import paths
from ..errors import Problem
from ..messages import ENGLISH, Catalog, Text, load_catalog

_current: Catalog = ENGLISH


def language_from(option: str | None, environ: Mapping[str, str]) -> str:
    """The language a run speaks: the option, else ``SMARTCERT_LANG``, else the locale's."""
    if option in ("ko", "en"):
        return option
    chosen = environ.get("SMARTCERT_LANG", "").strip().lower()
    if chosen in ("ko", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:  # the first one set decides, as for the C library
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def set_language(language: str) -> Catalog:
    global _current
    _current = load_catalog(language, paths.translations_dir())
    return _current


def catalog() -> Catalog:
    return _current


def text(message: Text | Problem) -> str:
    """``message`` in the run's language."""
    if isinstance(message, Problem):
        return message.text(_current)
    return _current.text(message)


def say(message: Text = "") -> None:
    """One line on standard output in the run's language."""
    sys.stdout.write(text(message) + "\n")


def warn(message: Text) -> None:
    """One ``warning:`` line on standard error."""
    sys.stderr.write(f"warning: {text(message)}\n")


def environment() -> Mapping[str, str]:
    return os.environ


def lang_option(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (``--lang ko`` or ``--lang=ko``), read before the parser is built so
    that its help and usage errors are in that language; None when it is not there."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def prompt_text(prompt: Text) -> str:
    """A prompt in the run's language, followed by the space the answer is typed after."""
    return text(prompt) + " "

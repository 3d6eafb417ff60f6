"""Languages of the desktop program: Qt Linguist translations, switched while the program runs.

Source strings are English. ``translations/smartcert_ko.ts`` and ``smartcert_en.ts`` are made by
``packaging/update_translations.py`` and built into ``.qm`` files; this module loads those (and Qt's own
``qtbase_ko`` for standard buttons and dialogs).

The pattern every widget follows, so that a language switch needs no restart:

* every visible string is set in a ``retranslate()`` method through ``self.tr()`` (or
  ``QCoreApplication.translate("Context", ...)`` outside a class), called once at the end of ``__init__``;
* the widget mixes in :class:`RetranslateMixin`, which calls ``retranslate()`` on ``QEvent.LanguageChange``.
  Qt sends that event to every widget when :meth:`Translations.switch` installs the new translators.

PySide6 takes ``self.tr()``'s context from the object's run-time class, so a subclass of a translated
widget would look its strings up under its own name and lose them: extend widgets by composition.

Setting ``SMARTCERT_PSEUDO=1`` adds :class:`PseudoTranslator` on top, which brackets and lengthens every
string so that clipped labels and buttons show up before a real translation does.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
    Signal,
)

from .. import paths
from ..errors import Problem
from ..korean import resolve_after
from ..messages import CONTEXT as MESSAGES_CONTEXT
from ..messages import Catalog, Text
from .settings import LANGUAGES

log = logging.getLogger(__name__)

PSEUDO_ENV = "SMARTCERT_PSEUDO"
CATALOG = "smartcert"

# Shown in each language's own words, never translated: a user who cannot read the current language must
# still find their own.
LANGUAGE_NAMES: dict[str, str] = {"ko": "한국어", "en": "English"}

_PLACEHOLDER = re.compile(r"%([1-9])")

_LOCALES: dict[str, QLocale] = {
    "ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def choose_language(option: str | None, saved: str | None, system_locale_name: str) -> str:
    """The language to start in: the command line's, else the saved one, else Korean on a Korean system.

    ``system_locale_name`` is a locale name such as ``"ko_KR"`` (``QLocale.system().name()``). Everyone
    else gets English, the language every evaluator can be assumed to read besides Korean.
    """
    for candidate in (option, saved):
        if candidate in LANGUAGES:
            return candidate
    return "ko" if system_locale_name.lower().startswith("ko") else "en"


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0")


class RetranslateMixin:
    """Calls ``self.retranslate()`` when the language changes; put it before the Qt class in the bases."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class PseudoTranslator(QTranslator):
    """Wraps every string in ``[ ]`` and pads it by 40 % to find layouts that clip longer translations.

    It sits on top of the real translators, asking them first, so the stretched text is the current
    language's. Placeholders (``%1``, ``%n``) and accelerators (``&``) stay intact because text is only
    added around them.
    """

    PAD = "~"
    STRETCH = 0.4

    def __init__(self, inner: Sequence[QTranslator] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inner = list(inner)

    @classmethod
    def stretch(cls, text: str) -> str:
        if not text:
            return text
        return "[" + text + cls.PAD * math.ceil(len(text) * cls.STRETCH) + "]"

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Qt asks this one for the layout direction; stretching it would not change anything visible but
        # it is a setting, not text.
        if source == "QT_LAYOUT_DIRECTION":
            return ""
        for translator in self._inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return self.stretch(text)
        return self.stretch(source)

    def isEmpty(self) -> bool:
        # An empty translator is skipped by Qt; this one has no catalogue but answers everything.
        return False


class Translations(QObject):
    """The translators installed in one application, and the switch between languages.

    One instance per application, owned by whoever made the application (``app.main`` or a test fixture),
    so that tests never share installed translators.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        *,
        directory: Path | None = None,
        pseudo: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._directory = directory if directory is not None else paths.translations_dir()
        self._pseudo = pseudo_enabled() if pseudo is None else pseudo
        self._installed: list[QTranslator] = []
        self._language: str | None = None
        self.qt_translation_file: Path | None = None  # the qtbase_*.qm in use, for the About box and tests

    def language(self) -> str | None:
        """The current language, or None before the first :meth:`switch`."""
        return self._language

    def switch(self, language: str) -> bool:
        """Make ``language`` current; every widget retranslates on the LanguageChange event Qt then sends.

        Returns False when our own catalogue for that language is missing (the English source strings are
        shown instead, which is the right fallback, and a warning is logged).
        """
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.uninstall()
        ours = QTranslator(self)
        found = ours.load(f"{CATALOG}_{language}", str(self._directory))
        if not found:
            log.warning("no %s_%s.qm in %s: showing the English source strings", CATALOG, language,
                        self._directory)
        translators: list[QTranslator] = []
        qt_own = self._load_qt_translator(language)
        if qt_own is not None:
            translators.append(qt_own)
        if found:
            translators.append(ours)
        if self._pseudo:
            # Asked in the order Qt would ask the others: the last installed first.
            translators.append(PseudoTranslator(list(reversed(translators)), self))
        # Dates and numbers follow the language too: a system locale of the same language keeps its
        # regional formats, any other falls back to the language's main country.
        system = QLocale.system()
        same = system.name().lower().startswith(language)
        QLocale.setDefault(system if same else _LOCALES[language])
        for translator in translators:
            # Installed last is asked first, so the pseudo translator wraps the others.
            self._app.installTranslator(translator)
            self._installed.append(translator)
        self._language = language
        self.language_changed.emit(language)
        return found

    def uninstall(self) -> None:
        """Remove every translator this object installed (the source strings show again)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    @staticmethod
    def qt_translation_folders() -> list[Path]:
        """Where Qt's own ``qtbase_*.qm`` may be, in order: Qt's folder, the PySide6 package's (an installed
        wheel or a checkout's venv), a frozen build's copy of it, and ours."""
        folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
        folders += paths.qt_translation_dirs()
        return list(dict.fromkeys(folders))

    def _load_qt_translator(self, language: str) -> QTranslator | None:
        """Qt's own strings (standard buttons, file dialogs: "Look in:", "Files of type:") for ``language``;
        None for English or when no folder has them (logged)."""
        if language == "en":
            return None
        translator = QTranslator(self)
        for folder in [*self.qt_translation_folders(), self._directory]:
            if translator.load(f"qtbase_{language}", str(folder)):
                self.qt_translation_file = Path(translator.filePath())
                return translator
        log.warning("no qtbase_%s.qm found: Qt's own dialogs stay in English", language)
        translator.deleteLater()
        return None


def _translate_message(template: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, template)


# The services' messages (smartcert_desktop.messages) through Qt's translators, so that the language switch
# and the pseudo-translation reach them like every other string of the program.
MESSAGES = Catalog(lookup=_translate_message)


def message_text(message: Text | Problem) -> str:
    """A service's message (or a problem with its place) in the current language."""
    if isinstance(message, Problem):
        return message.text(MESSAGES)
    return MESSAGES.text(message)


def fill(text: str, *values: object) -> str:
    """Put values into the ``%1`` … ``%9`` placeholders of a translated string, as ``QString.arg`` does.

    PySide6's ``tr()`` returns a Python ``str``, which has no ``arg()``; an f-string inside ``tr()`` would
    make a new source string for every value, which no catalogue can hold.
    """
    # One pass, so that a value which itself contains "%1" (a file name, say) is left alone. A Korean
    # particle written undecided after a placeholder ("%1을(를)") takes the form the value needs
    # (smartcert_desktop.korean); text without one is unchanged.
    out: list[str] = []
    position = 0
    pending: str | None = None  # the value just put in, whose particle may follow
    for match in _PLACEHOLDER.finditer(text):
        between = text[position:match.start()]
        out.append(resolve_after(pending, between) if pending is not None else between)
        index = int(match.group(1))
        if 1 <= index <= len(values):
            pending = str(values[index - 1])
            out.append(pending)
        else:
            pending = None
            out.append(match.group(0))
        position = match.end()
    rest = text[position:]
    out.append(resolve_after(pending, rest) if pending is not None else rest)
    return "".join(out)


# --- dates and times -----------------------------------------------------------------------------------------

_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def _four_digit_years(pattern: str) -> str:
    """A locale's short pattern with the year written in full: "yy. M. d." → "yyyy. M. d.", "M/d/yy" → "M/d/yyyy"."""
    return _TWO_DIGIT_YEAR.sub("yyyy", pattern)


def _qdatetime(when: datetime | date) -> QDateTime:
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            when = when.astimezone()  # local time, as the person reads the clock
        return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second))
    return QDateTime(QDate(when.year, when.month, when.day), QTime(0, 0))


def date_text(when: date) -> str:
    """A date in the program's language with a four-digit year: "2026. 12. 1." or "12/1/2026"."""
    locale = QLocale()
    pattern = _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(_qdatetime(when).date(), pattern)


def datetime_text(when: datetime) -> str:
    """A date and time in the program's language, four-digit year, local time: "2026. 12. 1. 오후 8:08"."""
    locale = QLocale()
    pattern = _four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(_qdatetime(when), pattern)


def time_text(when: datetime) -> str:
    """A time of day in the program's language: "오후 8:08", "8:08 PM"."""
    return QLocale().toString(_qdatetime(when).time(), QLocale.FormatType.ShortFormat)


def utc_datetime_text(when: datetime) -> str:
    """A stored UTC time (naive or aware) shown in the user's time zone, as :func:`datetime_text`."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return datetime_text(aware.astimezone())

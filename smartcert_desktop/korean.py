"""Korean particles (조사) that follow a name or a number: 을/를, 이/가, 은/는, 과/와, 으로/로.

Which form a particle takes depends on how the word before it ends when read aloud: after a final consonant
(받침) 을, 이, 은, 과, 으로; after a vowel 를, 가, 는, 와, 로; and 으로/로 takes 로 after ㄹ as well
("서울로"). A sentence that joins a value it does not know in advance ("%1을(를) 승인했습니다") therefore asks
here which form to print.

How a word ends is read from its last Hangul syllable, its last number or its last Latin letters:

* Hangul: the syllable's final consonant, straight from its code point.
* Numbers as Korean reads them: 1 일, 2 이, 3 삼, 6 육, 7 칠, 8 팔, 0 영 (…); a whole number with trailing
  zeros ends in its unit, 10 십, 100 백, 1,000 천, 10,000 만, 10^8 억 (10^12 조 ends in a vowel); after a
  decimal point each digit is read alone, so 0.8 ends in 팔 and 1.50 in 영. Group separators (1,523) are
  ignored.
* Latin letters by their Korean names (L 엘, M 엠, N 엔, R 알 end in a consonant; the others in a vowel) when
  the trailing run is a capital letter or an abbreviation of up to three capitals (PDF, ICT, the L of L02);
  a longer word (BAND) or lower case (smartcert, km, which is 킬로미터) is not guessed.

Trailing punctuation and closing brackets are skipped ("대전(L02)" ends in 2). When nothing can be told,
the particle is written in the form that reads right either way, the consonant form in brackets first:
(을)를, (이)가, (은)는, (과)와, (으)로.

Pure Python, no Qt: the desktop program's translations and the PDF result sheets share it.
"""

from __future__ import annotations

import re
from typing import Literal

Ending = Literal["vowel", "consonant", "rieul"]

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # the index of ㄹ among the final consonants of a syllable

# The Korean reading of each digit and of the units a number may end in.
_DIGIT_ENDING: dict[str, Ending] = {
    "0": "consonant",  # 영
    "1": "rieul",      # 일
    "2": "vowel",      # 이
    "3": "consonant",  # 삼
    "4": "vowel",      # 사
    "5": "vowel",      # 오
    "6": "consonant",  # 육
    "7": "rieul",      # 칠
    "8": "rieul",      # 팔
    "9": "vowel",      # 구
}
# 10, 100, 1,000: 십 백 천
_SMALL_UNIT_ENDING: dict[int, Ending] = {1: "consonant", 2: "consonant", 3: "consonant"}
# 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16)
_LARGE_UNIT_ENDING: tuple[Ending, ...] = ("consonant", "consonant", "vowel", "consonant")

# Letter names: 엘, 엠, 엔, 알 end in a consonant (엘 and 알 in ㄹ); every other name in a vowel.
_LETTER_ENDING: dict[str, Ending] = {letter: "vowel" for letter in "ABCDEFGHIJKOPQSTUVWXYZ"}
_LETTER_ENDING.update({"L": "rieul", "M": "consonant", "N": "consonant", "R": "rieul"})
_MAX_LETTERS = 3

# What may follow a word before its particle without being read: punctuation, closing brackets, quotes.
_SKIPPED = set(" \t.,;:!?)]}>»」』〉》'\"’”")
# Symbols read as a word: 30% is 삼십 퍼센트.
_SYMBOL_ENDING: dict[str, Ending] = {"%": "vowel", "℃": "vowel"}

# The particles, each as (after a consonant, after a vowel, when unknown).
_PAIRS: dict[str, tuple[str, str, str]] = {
    "을/를": ("을", "를", "(을)를"),
    "이/가": ("이", "가", "(이)가"),
    "은/는": ("은", "는", "(은)는"),
    "과/와": ("과", "와", "(과)와"),
    "으로/로": ("으로", "로", "(으)로"),
    "이": ("이", "", "(이)"),  # the copula's 이 before 다, 며, 라 …: "A001이며", "L02며"
}
# Spellings of an undecided particle that translations and templates may use, and the pair each stands for.
_MARKERS: dict[str, str] = {
    "을(를)": "을/를", "를(을)": "을/를", "(을)를": "을/를",
    "이(가)": "이/가", "가(이)": "이/가", "(이)가": "이/가",
    "은(는)": "은/는", "는(은)": "은/는", "(은)는": "은/는",
    "와(과)": "과/와", "과(와)": "과/와", "(과)와": "과/와",
    "(으)로": "으로/로", "으로(로)": "으로/로", "로(으로)": "으로/로",
    "(이)": "이",
}
_MARKER = re.compile("|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True)))


def _number_ending(number: str) -> Ending:
    """How a number written in digits ends when read in Korean (``number`` has no separators)."""
    if "." in number:
        return _DIGIT_ENDING[number[-1]]
    stripped = number.lstrip("0")
    if not stripped:
        return _DIGIT_ENDING["0"]
    zeros = len(stripped) - len(stripped.rstrip("0"))
    if zeros == 0:
        return _DIGIT_ENDING[stripped[-1]]
    if zeros < 4:
        return _SMALL_UNIT_ENDING[zeros]
    # 120,000 is 십이만: the unit of the lowest group of four digits that is not zero.
    group = min(zeros // 4, len(_LARGE_UNIT_ENDING)) - 1
    return _LARGE_UNIT_ENDING[group]


def ending(word: str) -> Ending | None:
    """How ``word`` ends when read aloud: after a vowel, a consonant, or ㄹ; None when it cannot be told."""
    end = len(word)
    while end > 0 and word[end - 1] in _SKIPPED:
        end -= 1
    if end == 0:
        return None
    last = word[end - 1]
    if last in _SYMBOL_ENDING:
        return _SYMBOL_ENDING[last]
    code = ord(last)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        final = (code - _HANGUL_FIRST) % 28
        if final == 0:
            return "vowel"
        return "rieul" if final == _RIEUL else "consonant"
    if last.isdigit() and last.isascii():
        start = end
        while start > 0 and ((word[start - 1].isascii() and word[start - 1].isdigit()) or word[start - 1] in ",."):
            start -= 1
        number = word[start:end].replace(",", "").strip(".")
        if not number or not number[-1].isdigit():
            return None
        # "1.2.3" (a version) is read digit by digit at its end, like a decimal.
        return _number_ending(number if number.count(".") <= 1 else number[number.rindex(".") :])
    if last.isascii() and last.isalpha():
        start = end
        while start > 0 and word[start - 1].isascii() and word[start - 1].isalpha():
            start -= 1
        letters = word[start:end]
        # Lower case is a word or a unit (km is 킬로미터), not letters read one by one.
        if len(letters) > _MAX_LETTERS or not letters.isupper():
            return None
        return _LETTER_ENDING[last.upper()]
    return None


def particle(word: str, pair: str) -> str:
    """The form of ``pair`` ("을/를", "이/가", "은/는", "과/와", "으로/로", or "이" the copula) after ``word``."""
    try:
        after_consonant, after_vowel, unknown = _PAIRS[pair]
    except KeyError:
        from .messages import msg  # messages uses this module: imported when needed
        raise ValueError(msg("unknown particle {pair!r} (expected one of {pairs})", pair=pair,
                             pairs=", ".join(_PAIRS))) from None
    end = ending(word)
    if end is None:
        return unknown
    if end == "vowel" or (end == "rieul" and pair == "으로/로"):
        return after_vowel
    return after_consonant


def attach(word: str, pair: str) -> str:
    """``word`` followed by the right form of ``pair``: ``attach("대전광역시", "과/와")`` is "대전광역시와"."""
    return word + particle(word, pair)


def resolve_after(word: str, following: str) -> str:
    """``following`` with an undecided particle at its start ("을(를) 승인") decided for ``word``.

    Text that does not start with one of the spellings in the module's docstring is returned unchanged.
    """
    match = _MARKER.match(following)
    if match is None:
        return following
    return particle(word, _MARKERS[match.group(0)]) + following[match.end():]


def has_undecided_particle(text: str) -> bool:
    """Whether ``text`` holds one of the undecided spellings of the module's docstring anywhere."""
    return _MARKER.search(text) is not None


def resolve(text: str) -> str:
    """Every undecided particle in ``text`` decided by the word just before it ("350을(를)" → "350을")."""
    out: list[str] = []
    position = 0
    for match in _MARKER.finditer(text):
        start = match.start()
        # The word before the marker: back to the last space, so that "대전(L02)을(를)" reads the whole of it.
        before = text[:start]
        word = before[before.rfind(" ") + 1:] if " " in before else before
        if not word:
            continue
        out.append(text[position:start])
        out.append(particle(word, _MARKERS[match.group(0)]))
        position = match.end()
    out.append(text[position:])
    return "".join(out)

"""The scoring rules of the contract (section 3): each turns a value into a ratio in [0, 1].

A rule is parsed once from its ``params`` text (:func:`parse_rule`) into an immutable object; parsing errors
are :class:`RuleError` with a message that names what is wrong, so that the workbook reader can add the
sheet, row and column. Ratios are exact :class:`~fractions.Fraction` values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Literal

from ..messages import Text, msg
from .failures import DomainError
from .numbers import MAX_INTEGER_DIGITS, NotANumber, NumberOutOfRange, canonical_decimal, parse_decimal, parse_value
from .text import shown

# A value is a number, a LEVELS label or MET/TOTAL; none is longer than a name (contract section 10).
MAX_VALUE_CHARS = 200

CityType = Literal["large", "small"]
RULE_NAMES = ("BAND", "LEVELS", "CAP", "MINMAX", "CHECKLIST", "SCALE")
QUANTITATIVE_RULES = ("BAND", "LEVELS", "CAP", "MINMAX", "CHECKLIST")


class RuleError(DomainError):
    """Rule parameters that do not parse, or a value the rule cannot take."""


def _ratio(text: str, what: Text) -> Decimal:
    value = _number(text, what)
    if value < 0 or value > 1:
        raise RuleError(msg("{what}: ratio {ratio} is outside [0, 1]", what=what, ratio=canonical_decimal(value)))
    return value


def _number(text: str, what: Text) -> Decimal:
    try:
        return parse_decimal(text)
    except NumberOutOfRange as exc:
        raise RuleError(msg("{what}: {problem}", what=what, problem=exc.message)) from exc
    except NotANumber as exc:
        raise RuleError(msg("{what}: {number} is not a number", what=what, number=shown(text.strip()))) from exc


def _clauses(params: str) -> list[str]:
    return [c.strip() for c in params.split(";") if c.strip()]


def _key_values(params: str, allowed: Sequence[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for clause in _clauses(params):
        if "=" not in clause:
            raise RuleError(msg("'{clause}' is not of the form key = value", clause=clause))
        key, _, value = clause.partition("=")
        key = key.strip().lower()
        if key not in allowed:
            raise RuleError(msg("unknown parameter '{key}' (expected {allowed})", key=key, allowed=", ".join(allowed)))
        if key in result:
            raise RuleError(msg("parameter '{key}' is given twice", key=key))
        result[key] = value.strip()
    return result


def _value_text(value: str) -> str:
    """Refuse a value longer than any value can be, before looking at it further."""
    if len(value) > MAX_VALUE_CHARS:
        raise RuleError(msg("value {value} is longer than {max} characters", value=shown(value), max=MAX_VALUE_CHARS))
    return value


@lru_cache(maxsize=4096)
def number_value(value: str) -> Decimal:
    """A reported value that must be a number, inside the bounds of contract section 10.

    Every number the rules compute with passes here, so no exact fraction built from a value can be huge
    (``1E+400000000`` is refused, not turned into a 400-million-digit integer). Remembered (a round reads
    each applicant's values many times); a refused value is looked at again each time.
    """
    _value_text(value)
    try:
        return parse_value(value)
    except NumberOutOfRange as exc:
        raise RuleError(msg("value {problem}", problem=exc.message)) from exc
    except NotANumber as exc:
        raise RuleError(msg("value {value} is not a number", value=shown(value))) from exc


@lru_cache(maxsize=4096)
def exact_value(value: str) -> Fraction:
    """:func:`number_value` as an exact fraction, remembered as it is."""
    return Fraction(number_value(value))


@lru_cache(maxsize=1024)
def _exact(number: Decimal) -> Fraction:
    """A rule's own parameter (a target, a floor) as an exact fraction, made once."""
    return Fraction(number)


@dataclass(frozen=True)
class BandClause:
    op: str
    threshold: Decimal
    ratio: Decimal

    def holds(self, x: Decimal) -> bool:
        if self.op == ">=":
            return x >= self.threshold
        if self.op == ">":
            return x > self.threshold
        if self.op == "<=":
            return x <= self.threshold
        return x < self.threshold


_BAND_CLAUSE = re.compile(r"^(>=|<=|>|<)\s*([^:]+?)\s*:\s*(.+)$")


@dataclass(frozen=True)
class Band:
    clauses: tuple[BandClause, ...]
    otherwise: Decimal | None
    name = "BAND"
    needs_peers = False

    @classmethod
    def parse(cls, params: str) -> Band:
        clauses: list[BandClause] = []
        otherwise: Decimal | None = None
        parts = _clauses(params)
        if not parts:
            raise RuleError(msg("BAND needs at least one clause 'OP NUMBER : RATIO'"))
        for i, part in enumerate(parts):
            if otherwise is not None:
                raise RuleError(msg("'else' must be the last clause"))
            head, sep, tail = part.partition(":")
            if sep and head.strip().lower() == "else":
                otherwise = _ratio(tail, msg("else clause"))
                continue
            m = _BAND_CLAUSE.match(part)
            if not m:
                raise RuleError(msg("clause {number} '{clause}' is not 'OP NUMBER : RATIO' with OP one of >= > <= <",
                                    number=i + 1, clause=part))
            clause = msg("clause {number}", number=i + 1)
            clauses.append(BandClause(m.group(1), _number(m.group(2), clause), _ratio(m.group(3), clause)))
        if not clauses:
            raise RuleError(msg("BAND needs at least one clause besides 'else'"))
        return cls(tuple(clauses), otherwise)

    def canonical_params(self) -> str:
        parts = [f"{c.op} {canonical_decimal(c.threshold)} : {canonical_decimal(c.ratio)}" for c in self.clauses]
        if self.otherwise is not None:
            parts.append(f"else : {canonical_decimal(self.otherwise)}")
        return "; ".join(parts)

    def check_value(self, value: str) -> None:
        number_value(value)

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        x = number_value(value)
        for clause in self.clauses:
            if clause.holds(x):
                return _exact(clause.ratio)
        return _exact(self.otherwise) if self.otherwise is not None else Fraction(0)


def level_key(label: str) -> str:
    """LEVELS labels compare without case and surrounding white space."""
    return label.strip().casefold()


@dataclass(frozen=True)
class Levels:
    labels: tuple[tuple[str, Decimal], ...]
    name = "LEVELS"
    needs_peers = False

    @classmethod
    def parse(cls, params: str) -> Levels:
        labels: list[tuple[str, Decimal]] = []
        seen: set[str] = set()
        parts = _clauses(params)
        if not parts:
            raise RuleError(msg("LEVELS needs at least one 'LABEL : RATIO'"))
        for part in parts:
            label, sep, ratio = part.rpartition(":")
            if not sep or not label.strip():
                raise RuleError(msg("'{part}' is not 'LABEL : RATIO'", part=part))
            key = level_key(label)
            if key in seen:
                raise RuleError(msg("label '{label}' is given twice", label=label.strip()))
            seen.add(key)
            labels.append((label.strip(), _ratio(ratio, msg("label '{label}'", label=label.strip()))))
        return cls(tuple(labels))

    def canonical_params(self) -> str:
        return "; ".join(f"{label} : {canonical_decimal(r)}" for label, r in self.labels)

    def check_value(self, value: str) -> None:
        self._lookup(value)

    def _lookup(self, value: str) -> Decimal:
        key = level_key(_value_text(value))
        for label, r in self.labels:
            if level_key(label) == key:
                return r
        allowed = ", ".join(label for label, _ in self.labels)
        raise RuleError(msg("value {value} is not one of the labels {allowed}", value=shown(value), allowed=allowed))

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        return _exact(self._lookup(value))


@dataclass(frozen=True)
class Cap:
    large: Decimal
    small: Decimal
    name = "CAP"
    needs_peers = False

    @classmethod
    def parse(cls, params: str) -> Cap:
        kv = _key_values(params, ("target", "large", "small"))
        if "target" in kv:
            if "large" in kv or "small" in kv:
                raise RuleError(msg("give either 'target = N' or 'large = N; small = M', not both"))
            target = _number(kv["target"], "target")
            large = small = target
        elif "large" in kv and "small" in kv:
            large = _number(kv["large"], "large")
            small = _number(kv["small"], "small")
        else:
            raise RuleError(msg("CAP needs 'target = N' or 'large = N; small = M'"))
        for name, t in (("large", large), ("small", small)):
            if t <= 0 and name == "large":
                raise RuleError(msg("target for large cities must be greater than 0"))
            if t <= 0:
                raise RuleError(msg("target for small cities must be greater than 0"))
        return cls(large, small)

    def canonical_params(self) -> str:
        if self.large == self.small:
            return f"target = {canonical_decimal(self.large)}"
        return f"large = {canonical_decimal(self.large)}; small = {canonical_decimal(self.small)}"

    def check_value(self, value: str) -> None:
        if number_value(value) < 0:
            raise RuleError(msg("value '{value}' must not be negative", value=value))

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        self.check_value(value)
        x = exact_value(value)
        target = _exact(self.large if city_type == "large" else self.small)
        return x / target if x < target else Fraction(1)


@dataclass(frozen=True)
class MinMax:
    floor: Decimal
    polarity: Literal["higher", "lower"]
    name = "MINMAX"
    needs_peers = True

    @classmethod
    def parse(cls, params: str) -> MinMax:
        kv = _key_values(params, ("floor", "polarity"))
        floor = _ratio(kv["floor"], "floor") if "floor" in kv else Decimal(0)
        polarity = kv.get("polarity", "higher").lower()
        if polarity not in ("higher", "lower"):
            raise RuleError(msg("polarity must be 'higher' or 'lower', not '{polarity}'", polarity=kv["polarity"]))
        return cls(floor, "higher" if polarity == "higher" else "lower")

    def canonical_params(self) -> str:
        return f"floor = {canonical_decimal(self.floor)}; polarity = {self.polarity}"

    def check_value(self, value: str) -> None:
        number_value(value)

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        """``peers`` are the values in effect of all applicants of the same city type, this one included."""
        x = exact_value(value)
        extremes = _extremes(tuple(peers))
        lo, hi = (min(extremes[0], x), max(extremes[1], x)) if extremes is not None else (x, x)
        if hi == lo:
            return Fraction(1)
        distance = (x - lo) if self.polarity == "higher" else (hi - x)
        span = hi - lo
        # floor + (1 − floor) · distance / span, as one fraction of integers (the same value, one reduction)
        fn, fd = _exact(self.floor).as_integer_ratio()
        dn, dd = distance.as_integer_ratio()
        sn, sd = span.as_integer_ratio()
        return Fraction(fn * dd * sn + (fd - fn) * dn * sd, fd * dd * sn)


@lru_cache(maxsize=1024)
def _extremes(peers: tuple[str, ...]) -> tuple[Fraction, Fraction] | None:
    """The least and the greatest of peers' values, once per set of peers (every applicant of a city type
    asks for the same set: without this the results were quadratic in the applicants)."""
    numbers = [exact_value(p) for p in peers]
    return (min(numbers), max(numbers)) if numbers else None


_CHECKLIST = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Checklist:
    name = "CHECKLIST"
    needs_peers = False

    @classmethod
    def parse(cls, params: str) -> Checklist:
        if params.strip():
            raise RuleError(msg("CHECKLIST takes no parameters"))
        return cls()

    def canonical_params(self) -> str:
        return ""

    @staticmethod
    def split(value: str) -> tuple[int, int]:
        m = _CHECKLIST.match(_value_text(value))
        if not m:
            raise RuleError(msg("value {value} is not MET/TOTAL (for example 3/5)", value=shown(value)))
        if any(len(g.lstrip("0")) > MAX_INTEGER_DIGITS for g in m.groups()):
            raise RuleError(msg("value {value}: MET and TOTAL must be below 10^15", value=shown(value)))
        met, total = int(m.group(1)), int(m.group(2))
        if total <= 0:
            raise RuleError(msg("value '{value}': TOTAL must be greater than 0", value=value))
        if met > total:
            raise RuleError(msg("value '{value}': MET must not exceed TOTAL", value=value))
        return met, total

    def check_value(self, value: str) -> None:
        self.split(value)

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        met, total = self.split(value)
        return Fraction(met, total)


@dataclass(frozen=True)
class ScaleRule:
    """Qualitative: the value is a Scale code; the ratios come from the framework's Scale."""

    levels: Mapping[str, Decimal]
    name = "SCALE"
    needs_peers = False

    @classmethod
    def parse(cls, params: str, scale: Mapping[str, Decimal]) -> ScaleRule:
        if params.strip():
            raise RuleError(msg("SCALE takes no parameters (the levels come from the Scale sheet)"))
        return cls(dict(scale))

    def canonical_params(self) -> str:
        return ""

    def check_value(self, value: str) -> None:
        if _value_text(value).strip().upper() not in self.levels:
            raise RuleError(msg("level {level} is not in the Scale ({levels})", level=shown(value),
                                levels=", ".join(self.levels)))

    def ratio(self, value: str, city_type: CityType, peers: Sequence[str] = ()) -> Fraction:
        self.check_value(value)
        return _exact(self.levels[value.strip().upper()])

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.levels.items())))


Rule = Band | Levels | Cap | MinMax | Checklist | ScaleRule


def parse_rule(name: str, params: str, scale: Mapping[str, Decimal] | None = None) -> Rule:
    """Parse ``params`` for the rule called ``name`` (one of :data:`RULE_NAMES`)."""
    key = name.strip().upper()
    params = params or ""
    if key == "BAND":
        return Band.parse(params)
    if key == "LEVELS":
        return Levels.parse(params)
    if key == "CAP":
        return Cap.parse(params)
    if key == "MINMAX":
        return MinMax.parse(params)
    if key == "CHECKLIST":
        return Checklist.parse(params)
    if key == "SCALE":
        return ScaleRule.parse(params, scale or {})
    raise RuleError(msg("unknown rule '{name}' (expected one of {names})", name=name, names=", ".join(RULE_NAMES)))

"""The evaluation framework (평가체계) as data: domains, items, indicators, the Scale and the Grades.

A framework is identified everywhere by id, version and the SHA-256 of its canonical JSON
(:meth:`Framework.canonical_json`), so the same framework saved in another workbook keeps its hash.
Validation of untrusted input lives in :mod:`smartcert_desktop.exchange.framework_xlsx`; objects here are
assumed valid (``Framework.from_dict`` re-checks the structure of canonical JSON).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from ..messages import msg
from .numbers import canonical_decimal, parse_decimal
from .rules import CityType, Rule, parse_rule

Kind = Literal["quantitative", "qualitative"]
Aggregation = Literal["trimmed_total", "trimmed_indicator", "mean", "median"]
AGGREGATIONS: tuple[str, ...] = ("trimmed_total", "trimmed_indicator", "mean", "median")
CANONICAL_FORMAT = "smartcert-framework/1"


@dataclass(frozen=True)
class ScaleLevel:
    code: str
    name_ko: str
    name_en: str
    ratio: Decimal


@dataclass(frozen=True)
class GradeRule:
    grade: int
    min_ratio: Decimal
    certified: bool
    city_type: Literal["large", "small", "all"] = "all"


@dataclass(frozen=True)
class Domain:
    code: str
    name_ko: str
    name_en: str


@dataclass(frozen=True)
class Item:
    code: str
    domain_code: str
    name_ko: str
    name_en: str


@dataclass(frozen=True)
class Indicator:
    code: str
    domain_code: str
    item_code: str
    name_ko: str
    name_en: str
    kind: Kind
    max_points: Decimal
    rule_name: str
    params: str
    unit: str = ""
    guidance_ko: str = ""
    guidance_en: str = ""

    @property
    def is_qualitative(self) -> bool:
        return self.kind == "qualitative"


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    name_ko: str
    name_en: str
    scale: tuple[ScaleLevel, ...]
    domains: tuple[Domain, ...]
    items: tuple[Item, ...]
    indicators: tuple[Indicator, ...]
    grades: tuple[GradeRule, ...]
    large_city_min_population: int = 500000
    aggregation: Aggregation = "trimmed_total"
    trim_min_evaluators: int = 5
    min_evaluators: int = 3
    comment_required_levels: tuple[str, ...] = ()
    spread_flag_ratio: Decimal = Decimal("0.4")
    deviation_flag_ratio: Decimal = Decimal("0.1")
    sample: bool = False
    # not an init field, so that dataclasses.replace() starts with an empty cache instead of the old hash
    _cache: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False, hash=False)

    # --- lookups -------------------------------------------------------------------------------------
    @cached_property
    def indicator_by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}

    @cached_property
    def scale_ratios(self) -> dict[str, Decimal]:
        return {s.code: s.ratio for s in self.scale}

    @cached_property
    def rules(self) -> dict[str, Rule]:
        return {i.code: parse_rule(i.rule_name, i.params, self.scale_ratios) for i in self.indicators}

    def rule(self, indicator_code: str) -> Rule:
        return self.rules[indicator_code]

    @cached_property
    def qualitative(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.kind == "qualitative")

    @cached_property
    def quantitative(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.kind == "quantitative")

    @cached_property
    def total_max(self) -> Decimal:
        return sum((i.max_points for i in self.indicators), Decimal(0))

    def domain_max(self, domain_code: str) -> Decimal:
        return sum((i.max_points for i in self.indicators if i.domain_code == domain_code), Decimal(0))

    def item_max(self, item_code: str) -> Decimal:
        return sum((i.max_points for i in self.indicators if i.item_code == item_code), Decimal(0))

    def items_of(self, domain_code: str) -> Iterator[Item]:
        return (it for it in self.items if it.domain_code == domain_code)

    def indicators_of(self, item_code: str) -> Iterator[Indicator]:
        return (i for i in self.indicators if i.item_code == item_code)

    def city_type(self, population: int) -> CityType:
        return "large" if population >= self.large_city_min_population else "small"

    def scale_code(self, text: str | None) -> str | None:
        """The Scale code that ``text`` names, ignoring case and surrounding white space; None when it names
        none (blank or unknown text is no level). The one rule of what counts as a level: a level is stored
        as the code this returns, and read back through it."""
        if text is None:
            return None
        if text in self._canonical_codes:  # a stored level: itself, without the case and space folding
            return text
        return self._scale_codes.get(text.strip().upper())

    @cached_property
    def _canonical_codes(self) -> frozenset[str]:
        """The codes that :meth:`scale_code` returns as they are (each is what its own folding finds)."""
        return frozenset(code for code in self._scale_codes.values()
                         if self._scale_codes.get(code.strip().upper()) == code)

    @cached_property
    def _scale_codes(self) -> dict[str, str]:
        """Each Scale code by its upper case (the first level of that name, should two differ only in case)."""
        codes: dict[str, str] = {}
        for level in self.scale:
            codes.setdefault(level.code.upper(), level.code)
        return codes

    @cached_property
    def quantitative_rules(self) -> tuple[tuple[str, Rule, int, int], ...]:
        """Per quantitative indicator in order: its code, its rule and its maximum as the integers of a
        fraction (what the points of a round are computed with, looked up once)."""
        return tuple((i.code, self.rules[i.code], *i.max_points.as_integer_ratio()) for i in self.quantitative)

    @cached_property
    def spread_limits(self) -> dict[str, Decimal]:
        """Per qualitative indicator, the spread between evaluators from which it is flagged (its share
        ``spread_flag_ratio`` of the indicator's points)."""
        return {i.code: self.spread_flag_ratio * i.max_points for i in self.qualitative}

    @cached_property
    def level_points(self) -> dict[tuple[str, str], Decimal]:
        """Each qualitative indicator's exact points (ratio × max) for each Scale code, by (indicator, code)."""
        return {(i.code, level.code): level.ratio * i.max_points for i in self.qualitative for level in self.scale}

    def comment_required(self, level_code: str) -> bool:
        code = self.scale_code(level_code)
        return code is not None and code in self.comment_required_levels

    def display_name(self, lang: str = "ko") -> str:
        name = (self.name_en if lang == "en" else self.name_ko) or self.name_ko or self.name_en or self.id
        return name

    # --- canonical form ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The canonical dictionary: decimals as shortest text, rule params in canonical form."""
        d = canonical_decimal
        return {
            "format": CANONICAL_FORMAT,
            "id": self.id,
            "version": self.version,
            "name_ko": self.name_ko,
            "name_en": self.name_en,
            "sample": self.sample,
            "settings": {
                "large_city_min_population": self.large_city_min_population,
                "aggregation": self.aggregation,
                "trim_min_evaluators": self.trim_min_evaluators,
                "min_evaluators": self.min_evaluators,
                "comment_required_levels": list(self.comment_required_levels),
                "spread_flag_ratio": d(self.spread_flag_ratio),
                "deviation_flag_ratio": d(self.deviation_flag_ratio),
            },
            "scale": [{"code": s.code, "name_ko": s.name_ko, "name_en": s.name_en, "ratio": d(s.ratio)}
                      for s in self.scale],
            "domains": [{"code": x.code, "name_ko": x.name_ko, "name_en": x.name_en} for x in self.domains],
            "items": [{"code": x.code, "domain_code": x.domain_code, "name_ko": x.name_ko, "name_en": x.name_en}
                      for x in self.items],
            "indicators": [
                {"code": i.code, "domain_code": i.domain_code, "item_code": i.item_code,
                 "name_ko": i.name_ko, "name_en": i.name_en, "kind": i.kind, "max_points": d(i.max_points),
                 "rule": i.rule_name, "params": self.rule(i.code).canonical_params(), "unit": i.unit,
                 "guidance_ko": i.guidance_ko, "guidance_en": i.guidance_en}
                for i in self.indicators],
            "grades": [{"grade": g.grade, "min_ratio": d(g.min_ratio), "certified": g.certified,
                        "city_type": g.city_type} for g in self.grades],
        }

    def canonical_json(self) -> bytes:
        if "json" not in self._cache:
            self._cache["json"] = canonical_json_bytes(self.to_dict())
        value: bytes = self._cache["json"]
        return value

    @property
    def hash(self) -> str:
        """SHA-256 (hex) of the canonical JSON."""
        if "hash" not in self._cache:
            self._cache["hash"] = hashlib.sha256(self.canonical_json()).hexdigest()
        value: str = self._cache["hash"]
        return value

    @property
    def short_hash(self) -> str:
        return self.hash[:12]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Framework:
        """Rebuild a framework from its canonical dictionary (as stored or carried in a package)."""
        if data.get("format") != CANONICAL_FORMAT:
            raise ValueError(msg("unknown framework format {format!r} (expected {expected})", format=data.get("format"),
                                 expected=CANONICAL_FORMAT))
        s = data["settings"]
        fw = cls(
            id=data["id"], version=data["version"], name_ko=data["name_ko"], name_en=data["name_en"],
            sample=bool(data.get("sample", False)),
            scale=tuple(ScaleLevel(x["code"], x["name_ko"], x["name_en"], parse_decimal(x["ratio"]))
                        for x in data["scale"]),
            domains=tuple(Domain(x["code"], x["name_ko"], x["name_en"]) for x in data["domains"]),
            items=tuple(Item(x["code"], x["domain_code"], x["name_ko"], x["name_en"]) for x in data["items"]),
            indicators=tuple(
                Indicator(code=x["code"], domain_code=x["domain_code"], item_code=x["item_code"],
                          name_ko=x["name_ko"], name_en=x["name_en"], kind=x["kind"],
                          max_points=parse_decimal(x["max_points"]), rule_name=x["rule"], params=x["params"],
                          unit=x.get("unit", ""), guidance_ko=x.get("guidance_ko", ""),
                          guidance_en=x.get("guidance_en", ""))
                for x in data["indicators"]),
            grades=tuple(GradeRule(int(x["grade"]), parse_decimal(x["min_ratio"]), bool(x["certified"]),
                                   x.get("city_type", "all")) for x in data["grades"]),
            large_city_min_population=int(s["large_city_min_population"]),
            aggregation=s["aggregation"], trim_min_evaluators=int(s["trim_min_evaluators"]),
            min_evaluators=int(s["min_evaluators"]),
            comment_required_levels=tuple(s["comment_required_levels"]),
            spread_flag_ratio=parse_decimal(s.get("spread_flag_ratio", "0.4")),
            deviation_flag_ratio=parse_decimal(s.get("deviation_flag_ratio", "0.1")),
        )
        fw.rules  # noqa: B018 - parse every rule now so a broken snapshot fails here, not later
        return fw

    @classmethod
    def from_json(cls, raw: bytes | str) -> Framework:
        return cls.from_dict(json.loads(raw))


def canonical_json_bytes(data: Any) -> bytes:
    """Canonical JSON: UTF-8, keys sorted, no insignificant white space, non-ASCII kept as is."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")

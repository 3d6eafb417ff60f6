"""The framework workbook (평가체계) of contract section 2: read with full validation, and write.

:func:`read_framework` checks the whole workbook and reports every problem it finds at once, each with its
sheet, row and column, as one :class:`~smartcert_desktop.errors.ValidationError`; it never stops at the
first. What it returns is normalized (codes and names stripped, Scale codes in capitals, rule names in
capitals, rule parameters in their canonical form, numbers exact), so the framework and its hash do not
depend on how the cells were formatted: 30, 30.0 and the text "30" are the same number, and
``>=30:1.0`` and ``>= 30 : 1`` the same parameters.

:func:`write_framework` writes a workbook that :func:`read_framework` reads back as an equal framework with
the same hash. Sheets other than the four of the contract (such as the README sheet written here) are
ignored when reading, and so are columns the contract does not name.

Where the contract is silent, the reader does this:

* Sheet and column names compare without case and surrounding white space; the header is the first row
  with content; rows whose known cells are all empty are skipped.
* Framework keys besides the contract's: ``sample`` (yes/no, default no), ``spread_flag_ratio`` (default
  0.4) and ``deviation_flag_ratio`` (default 0.1), both in [0, 1]. An unknown key is refused, and so is a key
  given twice. A blank value keeps the default; ``comment_required_levels`` may be ``none``.
* ``trim_min_evaluators`` is at least 3 (trimming drops two evaluators), ``min_evaluators`` at least 1.
* ``kind`` also accepts 정량 / 정성; yes/no cells also accept y/n, true/false and logical cells.
* Korean names (``domain_ko``, ``item_ko``, ``name_ko``) are required; English names may be blank.
  ``unit``, ``guidance_ko`` and ``guidance_en`` columns may be absent.
* Indicator codes must differ without regard to case. Scale codes are stored in capitals and must not
  contain commas or spaces.
* Grades: per city type (its rows with the ``all`` rows) grade numbers are distinct, a better grade needs a
  strictly higher ``min_ratio``, certified grades are the best ones, and one grade has ``min_ratio`` 0.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, cast

from openpyxl.styles import Font

from ..domain.framework import (
    AGGREGATIONS,
    Aggregation,
    Domain,
    Framework,
    GradeRule,
    Indicator,
    Item,
    Kind,
    ScaleLevel,
)
from ..domain.numbers import canonical_decimal
from ..domain.rules import QUANTITATIVE_RULES, RULE_NAMES, RuleError, parse_rule
from ..errors import Problem, raise_if
from ..messages import Text, msg, template
from .xlsx_common import (
    Column,
    Row,
    Table,
    add_table_sheet,
    excel_number,
    file_label,
    new_workbook,
    open_workbook,
    put,
    read_table,
    save_workbook,
)

FRAMEWORK_SHEET = "Framework"
SCALE_SHEET = "Scale"
INDICATORS_SHEET = "Indicators"
GRADES_SHEET = "Grades"
README_SHEET = "README"

DEFAULT_LARGE_CITY_MIN_POPULATION = 500000
DEFAULT_AGGREGATION: Aggregation = "trimmed_total"
DEFAULT_TRIM_MIN_EVALUATORS = 5
DEFAULT_MIN_EVALUATORS = 3
DEFAULT_SPREAD_FLAG_RATIO = Decimal("0.4")
DEFAULT_DEVIATION_FLAG_RATIO = Decimal("0.1")
# Trimming drops two evaluators; below three nothing would be left to average.
MIN_TRIM_EVALUATORS = 3
NO_LEVELS = "none"  # comment_required_levels: no level needs a comment

# Keys of the Framework sheet, in the order written, with the note written beside them.
FRAMEWORK_KEYS: dict[str, str] = {
    "id": "identifies the framework (required)",
    "version": "version of the framework (required)",
    "name_ko": "Korean display name",
    "name_en": "English display name",
    "sample": "yes for a sample framework that the operating agency replaces with the official one",
    "large_city_min_population": "population from which an applicant is a large city, else small "
                                 f"(default {DEFAULT_LARGE_CITY_MIN_POPULATION})",
    "aggregation": f"{', '.join(AGGREGATIONS)} (default {DEFAULT_AGGREGATION})",
    "trim_min_evaluators": "trimming applies from this many counted evaluators "
                           f"(default {DEFAULT_TRIM_MIN_EVALUATORS})",
    "min_evaluators": "fewer counted evaluators: no grade, status incomplete "
                      f"(default {DEFAULT_MIN_EVALUATORS})",
    "comment_required_levels": "comma-separated Scale codes that need a comment, or none "
                               "(default: the best and the worst level)",
    "spread_flag_ratio": "flag a qualitative indicator whose evaluators' points differ by this share of its "
                         f"maximum (default {canonical_decimal(DEFAULT_SPREAD_FLAG_RATIO)})",
    "deviation_flag_ratio": "flag an evaluator whose qualitative total is this share away from the panel "
                            f"mean (default {canonical_decimal(DEFAULT_DEVIATION_FLAG_RATIO)})",
}
REQUIRED_KEYS = ("id", "version")

SCALE_COLUMNS = ("code", "name_ko", "name_en", "ratio")
INDICATOR_COLUMNS = ("code", "domain_code", "domain_ko", "domain_en", "item_code", "item_ko", "item_en",
                     "name_ko", "name_en", "kind", "max_points", "rule", "params", "unit", "guidance_ko",
                     "guidance_en")
INDICATOR_OPTIONAL = ("unit", "guidance_ko", "guidance_en")
GRADE_COLUMNS = ("grade", "min_ratio", "certified", "city_type")
KINDS: tuple[Kind, ...] = ("quantitative", "qualitative")
KIND_ALIASES = {"정량": "quantitative", "정성": "qualitative"}
CITY_TYPES = ("large", "small", "all")
CityScope = Literal["large", "small", "all"]


# --- reading -------------------------------------------------------------------------------------------

def read_framework(path: str | os.PathLike[str]) -> Framework:
    """Read and validate a framework workbook.

    Raises :class:`~smartcert_desktop.errors.ValidationError` listing every problem found (each with file,
    sheet, row and column where they apply) when the file cannot be opened or anything in it is invalid.
    """
    file = file_label(path)
    workbook = open_workbook(path)
    problems: list[Problem] = []
    settings = _read_settings(workbook, file, problems)
    scale = _read_scale(workbook, file, problems)
    indicators = _read_indicators(workbook, file, problems, scale)
    grades = _read_grades(workbook, file, problems)
    comment_levels = _comment_levels(settings, scale)
    raise_if(problems)
    # No problem was recorded, so every part was read in full.
    assert scale is not None and indicators is not None and grades is not None
    assert settings.id is not None and settings.version is not None
    framework = Framework(
        id=settings.id, version=settings.version, name_ko=settings.name_ko, name_en=settings.name_en,
        scale=tuple(scale), domains=indicators.domains, items=indicators.items,
        indicators=indicators.indicators, grades=tuple(grades),
        large_city_min_population=settings.large_city_min_population,
        aggregation=settings.aggregation, trim_min_evaluators=settings.trim_min_evaluators,
        min_evaluators=settings.min_evaluators, comment_required_levels=comment_levels,
        spread_flag_ratio=settings.spread_flag_ratio, deviation_flag_ratio=settings.deviation_flag_ratio,
        sample=settings.sample,
    )
    return framework


def _exact(value: Decimal) -> Decimal:
    """One representation per number (30.0 → 30), so equal frameworks print and compare the same."""
    return Decimal(canonical_decimal(value))


@dataclass
class _Settings:
    id: str | None = None
    version: str | None = None
    name_ko: str = ""
    name_en: str = ""
    sample: bool = False
    large_city_min_population: int = DEFAULT_LARGE_CITY_MIN_POPULATION
    aggregation: Aggregation = DEFAULT_AGGREGATION
    trim_min_evaluators: int = DEFAULT_TRIM_MIN_EVALUATORS
    min_evaluators: int = DEFAULT_MIN_EVALUATORS
    spread_flag_ratio: Decimal = DEFAULT_SPREAD_FLAG_RATIO
    deviation_flag_ratio: Decimal = DEFAULT_DEVIATION_FLAG_RATIO
    comment_levels_row: Row | None = None  # the row giving comment_required_levels, checked against the Scale
    comment_levels_text: str = ""


def _read_settings(workbook: Any, file: str, problems: list[Problem]) -> _Settings:
    settings = _Settings()
    table = read_table(workbook, FRAMEWORK_SHEET, file=file, problems=problems, required=("key", "value"))
    if table is None:
        return settings
    rows: dict[str, Row] = {}
    for row in table.rows:
        key = row.text("key").casefold()
        if not key:
            row.problem("key", msg("a value without a key"))
        elif key not in FRAMEWORK_KEYS:
            row.problem("key", msg("unknown key '{key}' (known keys: {keys})", key=key,
                                   keys=", ".join(FRAMEWORK_KEYS)))
        elif key in rows:
            row.problem("key", msg("key '{key}' is given twice (first in row {row})", key=key,
                                   row=rows[key].number))
        else:
            rows[key] = row
    for key in REQUIRED_KEYS:
        if key not in rows:
            table.problem(msg("the key '{key}' is missing (it identifies the framework)", key=key), column="key")
    for key, row in rows.items():
        _read_setting(settings, key, row)
    return settings


def _read_setting(settings: _Settings, key: str, row: Row) -> None:
    """Set one Framework key from its row; a blank value keeps the default (but id and version are needed)."""
    if key in REQUIRED_KEYS:
        text = row.name("value", required=True)
        if text:
            setattr(settings, key, text)
        return
    if key in ("name_ko", "name_en"):
        setattr(settings, key, row.name("value"))
    elif key == "sample":
        settings.sample = bool(row.yes_no("value"))
    elif key == "large_city_min_population":
        population = row.integer("value", minimum=1)
        if population is not None:
            settings.large_city_min_population = population
    elif key == "aggregation":
        aggregation = row.choice("value", AGGREGATIONS)
        if aggregation is not None:
            settings.aggregation = cast(Aggregation, aggregation)
    elif key == "trim_min_evaluators":
        trim = row.integer("value", minimum=MIN_TRIM_EVALUATORS)
        if trim is not None:
            settings.trim_min_evaluators = trim
    elif key == "min_evaluators":
        minimum = row.integer("value", minimum=1)
        if minimum is not None:
            settings.min_evaluators = minimum
    elif key in ("spread_flag_ratio", "deviation_flag_ratio"):
        ratio = row.decimal("value", minimum=Decimal(0), maximum=Decimal(1))
        if ratio is not None:
            setattr(settings, key, _exact(ratio))
    elif key == "comment_required_levels":
        settings.comment_levels_row = row
        settings.comment_levels_text = row.text("value")


def _comment_levels(settings: _Settings, scale: list[ScaleLevel] | None) -> tuple[str, ...]:
    """The Scale codes that need a comment: as given, ``none``, or by default the best and the worst."""
    if not scale:
        return ()
    codes = [level.code for level in scale]
    text = settings.comment_levels_text
    if not text:
        return tuple(dict.fromkeys((codes[0], codes[-1])))
    if text.casefold() == NO_LEVELS:
        return ()
    wanted = [part.strip().upper() for part in text.split(",") if part.strip()]
    unknown = [code for code in wanted if code not in codes]
    if unknown and settings.comment_levels_row is not None:
        settings.comment_levels_row.problem(
            "value", msg("comment_required_levels names {unknown}, not in the Scale ({codes}); write "
                         "comma-separated Scale codes or '{none}'", unknown=", ".join(unknown),
                         codes=", ".join(codes), none=NO_LEVELS))
    return tuple(dict.fromkeys(wanted))


def _read_scale(workbook: Any, file: str, problems: list[Problem]) -> list[ScaleLevel] | None:
    """The Scale levels, best first; ``None`` when the sheet is missing or any level is invalid."""
    table = read_table(workbook, SCALE_SHEET, file=file, problems=problems, required=SCALE_COLUMNS)
    if table is None:
        return None
    levels: list[ScaleLevel] = []
    first_row: dict[str, int] = {}
    previous: tuple[Decimal, str, int] | None = None  # ratio, code, row of the level above
    valid = True
    for row in table.rows:
        code = row.text("code", required=True).upper()
        ratio = row.decimal("ratio", required=True, minimum=Decimal(0), maximum=Decimal(1))
        ok = bool(code) and ratio is not None
        if code and ("," in code or any(ch.isspace() for ch in code)):
            # comment_required_levels lists codes separated by commas.
            row.problem("code", msg("Scale code '{code}' must not contain commas or spaces", code=code))
            ok = False
        elif code in first_row:
            row.problem("code", msg("Scale code '{code}' is given twice (first in row {row})", code=code,
                                    row=first_row[code]))
            ok = False
        elif code:
            first_row[code] = row.number
        if ratio is not None:
            if previous is not None and ratio >= previous[0]:
                row.problem("ratio", msg("levels are listed best first, so ratio {ratio} must be lower than "
                                         "{above} of level {level} (row {row})", ratio=canonical_decimal(ratio),
                                         above=canonical_decimal(previous[0]), level=previous[1],
                                         row=previous[2]))
                ok = False
            previous = (ratio, code, row.number)
        if ok and ratio is not None:
            levels.append(ScaleLevel(code, row.name("name_ko"), row.name("name_en"), _exact(ratio)))
        valid = valid and ok
    if not table.rows:
        table.problem(msg("the Scale sheet has no levels"))
        return None
    return levels if valid else None


@dataclass
class _IndicatorsRead:
    domains: tuple[Domain, ...] = ()
    items: tuple[Item, ...] = ()
    indicators: tuple[Indicator, ...] = ()


@dataclass
class _Seen:
    """The first row that named a domain or an item, to check that later rows agree with it."""

    row: int
    names: dict[str, str] = field(default_factory=dict)  # column -> text
    domain_code: str = ""


def _check_names(row: Row, what: Text, code: str, seen: _Seen, columns: Sequence[str]) -> bool:
    ok = True
    for column in columns:
        text = row.name(column)
        if not text and column.endswith("_ko"):
            continue  # a blank Korean name is already reported as missing
        if text != seen.names[column]:
            row.problem(column, msg("{what} {code} is named '{name}' in row {row}, but '{text}' here; the names "
                                    "must agree on every row", what=what, code=code, name=seen.names[column],
                                    row=seen.row, text=text))
            ok = False
    return ok


def _read_indicators(workbook: Any, file: str, problems: list[Problem],
                     scale: list[ScaleLevel] | None) -> _IndicatorsRead | None:
    """Indicators in display order, with the domains and items they name in order of first appearance."""
    table = read_table(workbook, INDICATORS_SHEET, file=file, problems=problems,
                       required=[c for c in INDICATOR_COLUMNS if c not in INDICATOR_OPTIONAL],
                       optional=INDICATOR_OPTIONAL)
    if table is None:
        return None
    scale_ratios = {level.code: level.ratio for level in scale or ()}
    domains: dict[str, _Seen] = {}
    items: dict[str, _Seen] = {}
    codes: dict[str, int] = {}  # case-folded code -> row: codes must stay distinct when typed in any case
    result: list[Indicator] = []
    valid = True
    for row in table.rows:
        ok = True
        code = row.text("code", required=True)
        if code and code.casefold() in codes:
            row.problem("code", msg("indicator code '{code}' is given twice (first in row {row})", code=code,
                                    row=codes[code.casefold()]))
            ok = False
        elif code:
            codes[code.casefold()] = row.number

        domain_code = row.text("domain_code", required=True)
        domain_ko = row.name("domain_ko", required=True)
        if domain_code in domains:
            names_agree = _check_names(row, msg("domain"), domain_code, domains[domain_code],
                                       ("domain_ko", "domain_en"))
            ok = names_agree and ok
        elif domain_code and domain_ko:
            domains[domain_code] = _Seen(row.number,
                                         {"domain_ko": domain_ko, "domain_en": row.name("domain_en")})
        else:
            ok = False

        item_code = row.text("item_code", required=True)
        item_ko = row.name("item_ko", required=True)
        if item_code in items:
            seen = items[item_code]
            ok = _check_names(row, msg("item"), item_code, seen, ("item_ko", "item_en")) and ok
            if domain_code and domain_code != seen.domain_code:
                row.problem("item_code", msg("item {item} is under domain {domain} in row {row}, but under "
                                             "domain {other} here; an item belongs to one domain", item=item_code,
                                             domain=seen.domain_code, row=seen.row, other=domain_code))
                ok = False
        elif item_code and item_ko and domain_code:
            items[item_code] = _Seen(row.number, {"item_ko": item_ko, "item_en": row.name("item_en")},
                                     domain_code)
        else:
            ok = False

        name_ko = row.name("name_ko", required=True)
        kind = row.choice("kind", KINDS, required=True, aliases=KIND_ALIASES)
        max_points = row.decimal("max_points", required=True, positive=True)
        rule_name = row.text("rule", required=True).upper()
        params = row.text("params")
        canonical_params: str | None = None
        if rule_name and rule_name not in RULE_NAMES:
            row.problem("rule", msg("unknown rule '{rule}' (expected one of {rules})", rule=rule_name,
                                    rules=", ".join(RULE_NAMES)))
        elif rule_name:
            if kind == "qualitative" and rule_name != "SCALE":
                row.problem("rule", msg("rule {rule} is for quantitative indicators; a qualitative indicator "
                                        "uses SCALE", rule=rule_name))
                ok = False
            elif kind == "quantitative" and rule_name not in QUANTITATIVE_RULES:
                row.problem("rule", msg("rule {rule} is for qualitative indicators; a quantitative indicator "
                                        "uses one of {rules}", rule=rule_name, rules=", ".join(QUANTITATIVE_RULES)))
                ok = False
            try:
                canonical_params = parse_rule(rule_name, params, scale_ratios).canonical_params()
            except RuleError as exc:
                row.problem("params", msg("{rule} parameters: {problem}", rule=rule_name, problem=exc.message))
        if (ok and code and name_ko and kind is not None and max_points is not None
                and canonical_params is not None):
            result.append(Indicator(
                code=code, domain_code=domain_code, item_code=item_code, name_ko=name_ko,
                name_en=row.name("name_en"), kind=cast(Kind, kind), max_points=_exact(max_points),
                rule_name=rule_name, params=canonical_params, unit=row.name("unit"),
                guidance_ko=row.note("guidance_ko"), guidance_en=row.note("guidance_en")))
        else:
            valid = False
    if not table.rows:
        table.problem(msg("the Indicators sheet has no indicators"))
        return None
    if not valid:
        return None
    return _IndicatorsRead(
        domains=tuple(Domain(c, s.names["domain_ko"], s.names["domain_en"]) for c, s in domains.items()),
        items=tuple(Item(c, s.domain_code, s.names["item_ko"], s.names["item_en"]) for c, s in items.items()),
        indicators=tuple(result))


@dataclass
class _GradeRow:
    row: Row
    grade: int | None
    min_ratio: Decimal | None
    certified: bool | None
    city_type: str | None

    @property
    def complete(self) -> bool:
        return (self.grade is not None and self.min_ratio is not None and self.certified is not None
                and self.city_type is not None)


def _read_grades(workbook: Any, file: str, problems: list[Problem]) -> list[GradeRule] | None:
    """The Grades rows, checked per city type (its own rows and the ``all`` rows together)."""
    table = read_table(workbook, GRADES_SHEET, file=file, problems=problems,
                       required=("grade", "min_ratio", "certified"), optional=("city_type",))
    if table is None:
        return None
    rows: list[_GradeRow] = []
    for row in table.rows:
        grade = row.integer("grade", required=True, minimum=1)
        min_ratio = row.decimal("min_ratio", required=True, minimum=Decimal(0), maximum=Decimal(1))
        certified = row.yes_no("certified", required=True)
        city_type = "all" if row.blank("city_type") else row.choice("city_type", CITY_TYPES)
        rows.append(_GradeRow(row, grade, min_ratio, certified, city_type))
    if not rows:
        table.problem(msg("the Grades sheet has no grades"))
        return None
    before = len(problems)
    _check_grade_scopes(table, rows)
    if len(problems) > before or not all(r.complete for r in rows):
        return None
    return [GradeRule(cast(int, r.grade), _exact(cast(Decimal, r.min_ratio)), bool(r.certified),
                      cast(CityScope, r.city_type)) for r in rows]


def _check_grade_scopes(table: Table, rows: list[_GradeRow]) -> None:
    """Per city type: distinct grade numbers, strictly falling min_ratio, certified grades first, a 0 row.

    Both city types see the ``all`` rows, so a problem among ``all`` rows would be found twice; each is
    recorded once, and names a city type only when a city-specific row takes part in it.
    """
    found: dict[tuple[int | None, str, str], Text] = {}

    def report(row: int | None, column: str, message: Text) -> None:
        found.setdefault((row, column, str(message)), message)

    specific = any(r.city_type in ("large", "small") for r in rows)
    for city_type in ("large", "small"):
        def scope(*involved: _GradeRow, ct: str = city_type) -> Text:
            return msg(_CITY_SCOPE[ct]) if any(r.city_type != "all" for r in involved) else ""

        in_scope = [r for r in rows if r.city_type in (city_type, "all", None)]
        if not any(r.min_ratio == 0 for r in in_scope):
            where = msg(_CITY_SCOPE[city_type]) if specific else ""
            report(None, "min_ratio", msg("no grade{scope} has min_ratio 0, so a low total would get no grade; "
                                          "add a last grade with min_ratio 0", scope=where))
        ordered = sorted((r for r in in_scope if r.grade is not None and r.min_ratio is not None
                          and r.city_type is not None), key=lambda r: (cast(int, r.grade), r.row.number))
        kept: list[_GradeRow] = []
        for r in ordered:
            if kept and kept[-1].grade == r.grade:
                report(r.row.number, "grade", msg("grade {grade} is given twice{scope} (rows {first} and {row})",
                                                  grade=r.grade, scope=scope(kept[-1], r),
                                                  first=kept[-1].row.number, row=r.row.number))
                continue
            if kept and cast(Decimal, r.min_ratio) >= cast(Decimal, kept[-1].min_ratio):
                better = kept[-1]
                report(r.row.number, "min_ratio",
                       msg("grade {grade} needs min_ratio {ratio}{scope}, not lower than grade {better}'s "
                           "{better_ratio} (row {row}); a better grade must need a strictly higher min_ratio",
                           grade=r.grade, ratio=canonical_decimal(cast(Decimal, r.min_ratio)),
                           scope=scope(better, r), better=better.grade,
                           better_ratio=canonical_decimal(cast(Decimal, better.min_ratio)), row=better.row.number))
            kept.append(r)
        not_certified: _GradeRow | None = None
        for r in kept:
            if r.certified is False and not_certified is None:
                not_certified = r
            elif r.certified and not_certified is not None:
                report(r.row.number, "certified",
                       msg("grade {grade} is certified but the better grade {better} (row {row}) is not{scope}; "
                           "certified grades must be the best ones", grade=r.grade, better=not_certified.grade,
                           row=not_certified.row.number, scope=scope(not_certified, r)))
    for (row, column, _), message in found.items():
        table.problem(message, row=row, column=column)


# How a grade problem names the city type it is about, right after what it names ("no grade for large cities").
_CITY_SCOPE = {"large": template(" for large cities"), "small": template(" for small cities")}


# --- writing -------------------------------------------------------------------------------------------

_README_SAMPLE = (
    "SAMPLE — 예시 평가체계",
    "이 통합문서는 예시입니다. 공식 세부지표가 아니며, 운영기관이 공식 평가체계 통합문서로 교체합니다.",
    "This workbook is a SAMPLE framework, not the official indicator set. The operating agency replaces it "
    "with the official framework workbook.",
    "",
)
_README_FORMAT = (
    "Sheets read by smartcert: Framework (key, value), Scale (code, name_ko, name_en, ratio), "
    "Indicators (one row per indicator), Grades (grade, min_ratio, certified, city_type).",
    "Other sheets, such as this one, and columns not named above (such as note) are ignored.",
    "Rules: BAND, LEVELS, CAP, MINMAX, CHECKLIST (quantitative) and SCALE (qualitative); "
    "points = ratio × max_points.",
    "Check the workbook with: smartcert framework check FRAMEWORK.xlsx",
)


def _framework_rows(framework: Framework) -> list[tuple[str, object, str]]:
    levels = ", ".join(framework.comment_required_levels) or NO_LEVELS
    values: dict[str, object] = {
        "id": framework.id,
        "version": framework.version,
        "name_ko": framework.name_ko,
        "name_en": framework.name_en,
        "sample": "yes" if framework.sample else "no",
        "large_city_min_population": framework.large_city_min_population,
        "aggregation": framework.aggregation,
        "trim_min_evaluators": framework.trim_min_evaluators,
        "min_evaluators": framework.min_evaluators,
        "comment_required_levels": levels,
        "spread_flag_ratio": excel_number(framework.spread_flag_ratio),
        "deviation_flag_ratio": excel_number(framework.deviation_flag_ratio),
    }
    rows = [(key, values[key], note) for key, note in FRAMEWORK_KEYS.items()]
    if framework.sample:
        rows = [(k, v, f"SAMPLE: {n}" if k == "sample" else n) for k, v, n in rows]
    return rows


def write_framework(framework: Framework, path: str | os.PathLike[str]) -> None:
    """Write ``framework`` as a framework workbook (contract section 2) that reads back with the same hash.

    A README sheet comes first; for a sample framework it says in Korean and English that the workbook is a
    sample to be replaced by the official one. Raises :class:`~smartcert_desktop.errors.SmartcertError`
    when the file cannot be written.
    """
    wb = new_workbook()
    readme = wb.create_sheet(README_SHEET)
    lines = (*(_README_SAMPLE if framework.sample else ()), *_README_FORMAT)
    for r, line in enumerate(lines, start=1):
        put(readme, r, 1, line)
    if framework.sample:
        readme["A1"].font = Font(bold=True, size=16, color="C00000")
        readme["A2"].font = readme["A3"].font = Font(bold=True)
    readme.column_dimensions["A"].width = 120

    add_table_sheet(wb, FRAMEWORK_SHEET, (Column("key", 28, text=True), Column("value", 44),
                                          Column("note", 90, text=True)), _framework_rows(framework))
    add_table_sheet(
        wb, SCALE_SHEET,
        (Column("code", 8, text=True), Column("name_ko", 14, text=True), Column("name_en", 16, text=True),
         Column("ratio", 8)),
        [(s.code, s.name_ko, s.name_en, excel_number(s.ratio)) for s in framework.scale])
    domains = {d.code: d for d in framework.domains}
    items = {i.code: i for i in framework.items}
    widths = {"code": 9, "domain_code": 8, "domain_ko": 22, "domain_en": 30, "item_code": 8, "item_ko": 24,
              "item_en": 34, "name_ko": 40, "name_en": 44, "kind": 13, "max_points": 11, "rule": 11,
              "params": 52, "unit": 14, "guidance_ko": 60, "guidance_en": 70}
    add_table_sheet(
        wb, INDICATORS_SHEET,
        [Column(c, widths[c], text=c != "max_points") for c in INDICATOR_COLUMNS],
        [(i.code, i.domain_code, domains[i.domain_code].name_ko, domains[i.domain_code].name_en, i.item_code,
          items[i.item_code].name_ko, items[i.item_code].name_en, i.name_ko, i.name_en, i.kind,
          excel_number(i.max_points), i.rule_name, framework.rule(i.code).canonical_params(), i.unit,
          i.guidance_ko, i.guidance_en) for i in framework.indicators])
    add_table_sheet(
        wb, GRADES_SHEET,
        (Column("grade", 8), Column("min_ratio", 10), Column("certified", 10, text=True),
         Column("city_type", 10, text=True)),
        [(g.grade, excel_number(g.min_ratio), "yes" if g.certified else "no", g.city_type)
         for g in framework.grades])
    wb.active = 0
    title = framework.display_name("en")
    wb.properties.title = f"{title} (SAMPLE)" if framework.sample and "SAMPLE" not in title else title
    save_workbook(wb, path)

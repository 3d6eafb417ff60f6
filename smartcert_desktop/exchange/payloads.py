"""The JSON payloads carried inside assignment packages and score bundles.

The container (signatures, encryption, format versions) is :mod:`smartcert_desktop.exchange.envelope`;
this module says what is inside and checks it strictly when reading, with messages that name the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.framework import Framework
from ..domain.numbers import NotANumber, parse_decimal
from ..domain.rules import RuleError
from ..domain.sheets import ENTRY_FIELDS, SHEET_FIELDS, IndicatorEntry, Sheet, SheetField, entry_fields, sheet_fields
from ..domain.text import code_problem, name_problem, note_problem, shown
from ..errors import Problem, ValidationError
from ..messages import Message, Text, msg

PACKAGE_SCHEMA = "smartcert-package-payload/1"
BUNDLE_SCHEMA = "smartcert-bundle-payload/1"


def _fail(name: str, field: str, message: Text) -> ValidationError:
    return ValidationError(Problem(message, file=name, field=field))


def _get(d: Mapping[str, Any], key: str, typ: type | tuple[type, ...], name: str, where: str) -> Any:
    if key not in d:
        raise _fail(name, f"{where}{key}", msg("is missing"))
    value = d[key]
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        raise _fail(name, f"{where}{key}", msg("has the wrong type"))
    return value


# Text in a received payload must already be as smartcert stores it (contract section 10): codes and ids
# 1-32 ASCII letters, digits, - or _; names NFC without control or invisible characters, at most 200
# characters; notes at most 10,000. A signed file that breaks these was not written by smartcert.
def _code(d: Mapping[str, Any], key: str, name: str, where: str) -> str:
    value: str = _get(d, key, str, name, where)
    problem = code_problem(value)
    if problem:
        raise _fail(name, f"{where}{key}", msg("{value} {problem}", value=shown(value), problem=problem))
    return value


def _name(d: Mapping[str, Any], key: str, name: str, where: str, *, required: bool = False,
          max_chars: int = 200) -> str:
    value: str = _get(d, key, str, name, where)
    problem = name_problem(value, max_chars=max_chars) if value or required else None
    if required and not value.strip():
        problem = msg("is empty")
    if problem:
        raise _fail(name, f"{where}{key}", problem)
    return value


def _note(d: Mapping[str, Any], key: str, name: str, where: str) -> str:
    value: str = _get(d, key, str, name, where)
    problem = note_problem(value)
    if problem:
        raise _fail(name, f"{where}{key}", problem)
    return value


def _value(value: object, name: str, field: str) -> None:
    """A reported or verified value as text: at most 200 characters (the rules check the rest)."""
    if isinstance(value, str) and len(value) > 200:
        raise _fail(name, field, msg("is {count:,} characters long; a value has at most 200", count=len(value)))


# --- score bundle -------------------------------------------------------------------------------------------

def sheet_to_json(sheet: Sheet) -> dict[str, Any]:
    """A sheet as the bundle payload carries it: its fields (:data:`~smartcert_desktop.domain.sheets.SHEET_FIELDS`)
    and each entry's (:data:`~smartcert_desktop.domain.sheets.ENTRY_FIELDS`)."""
    return {"applicant_code": sheet.applicant_code, **sheet_fields(sheet),
            "entries": {code: entry_fields(e) for code, e in sorted(sheet.entries.items())}}


def _field(d: Mapping[str, Any], f: SheetField, name: str, where: str) -> Any:
    """One field of a received sheet or entry, checked by its kind."""
    if f.kind == "flag":
        return _get(d, f.name, bool, name, where)
    if f.kind == "note":
        return _note(d, f.name, name, where)
    value = d.get(f.name)
    if value is not None and not isinstance(value, str):
        raise _fail(name, f"{where}{f.name}", msg("has the wrong type"))
    if f.kind == "value":
        _value(value, name, f"{where}{f.name}")
    elif value is not None and len(value) > 200:  # a level: the merge checks it against the Scale
        raise _fail(name, f"{where}{f.name}", msg("is not a Scale code"))
    return value


_ENTRY_KINDS = tuple((f.name, f.kind) for f in ENTRY_FIELDS)
_BLANK = IndicatorEntry()
_BLANK_FIELDS = entry_fields(_BLANK)


def _plain_entry(e: Any, made: dict[tuple[Any, ...], IndicatorEntry]) -> IndicatorEntry | None:
    """An entry whose every field is plainly right, as nearly all are, made without :func:`_field`'s checks
    one by one (a bundle holds thousands); None when anything needs the full checks, which then name it.
    Equal entries (a value confirmed as reported, on most quantitative indicators) are made once, in ``made``."""
    if type(e) is not dict:
        return None
    if e == _BLANK_FIELDS and all(type(e[name]) is type(value) for name, value in _BLANK_FIELDS.items()):
        return _BLANK  # an untouched entry, as most quantitative ones are (the types checked: 0 == False)
    values: list[Any] = []
    for field_name, kind in _ENTRY_KINDS:
        value = e.get(field_name)
        if kind == "note":
            if type(value) is not str or (value and note_problem(value) is not None):
                return None
        elif kind == "flag":
            if type(value) is not bool:
                return None
        elif value is not None and (type(value) is not str or len(value) > 200):
            return None
        values.append(value)
    key = tuple(values)  # the types are checked above: True and 1 never meet here
    entry = made.get(key)
    if entry is None:
        entry = made[key] = IndicatorEntry(*values)  # the fields in ENTRY_FIELDS order (domain/sheets.py)
    return entry


@dataclass(frozen=True)
class BundlePayload:
    program_id: str
    framework_hash: str
    evaluator_id: str
    sequence: int
    created_at: str
    app_version: str
    audit_head: str
    complete: bool
    sheets: tuple[Sheet, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": BUNDLE_SCHEMA, "program_id": self.program_id, "framework_hash": self.framework_hash,
            "evaluator_id": self.evaluator_id, "sequence": self.sequence, "created_at": self.created_at,
            "app_version": self.app_version, "audit_head": self.audit_head, "complete": self.complete,
            "sheets": [sheet_to_json(s) for s in sorted(self.sheets, key=lambda s: s.applicant_code)],
        }


def bundle_from_json(data: Any, name: str) -> BundlePayload:
    """Read a bundle payload; structure only (the merge checks it against the program)."""
    if not isinstance(data, dict):
        raise _fail(name, "payload", msg("is not an object"))
    schema = data.get("schema")
    if schema != BUNDLE_SCHEMA:
        raise _fail(name, "schema", msg("unknown bundle payload version {schema!r} (this smartcert reads "
                                        "{known}); update smartcert", schema=schema, known=BUNDLE_SCHEMA))
    evaluator_id = _code(data, "evaluator_id", name, "")
    sheets = []
    made: dict[tuple[Any, ...], IndicatorEntry] = {}
    for i, raw in enumerate(_get(data, "sheets", list, name, "")):
        where = f"sheets[{i}]."
        if not isinstance(raw, dict):
            raise _fail(name, f"sheets[{i}]", msg("is not an object"))
        entries: dict[str, IndicatorEntry] = {}
        for code, e in _get(raw, "entries", dict, name, where).items():
            quick = _plain_entry(e, made)
            if quick is not None:
                entries[code] = quick
                continue
            w = f"{where}entries.{code}."
            if not isinstance(e, dict):
                raise _fail(name, w[:-1], msg("is not an object"))
            entries[code] = IndicatorEntry(**{f.name: _field(e, f, name, w) for f in ENTRY_FIELDS})
        sheets.append(Sheet(evaluator_id=evaluator_id, applicant_code=_code(raw, "applicant_code", name, where),
                            entries=entries, **{f.name: _field(raw, f, name, where) for f in SHEET_FIELDS}))
    codes = [s.applicant_code for s in sheets]
    if len(set(codes)) != len(codes):
        raise _fail(name, "sheets", msg("an applicant appears twice"))
    return BundlePayload(
        program_id=_get(data, "program_id", str, name, ""),
        framework_hash=_get(data, "framework_hash", str, name, ""),
        evaluator_id=evaluator_id, sequence=_get(data, "sequence", int, name, ""),
        created_at=_get(data, "created_at", str, name, ""), app_version=_get(data, "app_version", str, name, ""),
        audit_head=_get(data, "audit_head", str, name, ""), complete=_get(data, "complete", bool, name, ""),
        sheets=tuple(sheets))


def sheet_problems(framework: Framework, sheet: Sheet) -> list[Message]:
    """What in a received sheet does not fit the framework (unknown codes, levels, invalid values)."""
    problems: list[Message] = []
    for code, e in sheet.entries.items():
        ind = framework.indicator_by_code.get(code)
        if ind is None:
            problems.append(msg("{applicant}: unknown indicator {code}", applicant=sheet.applicant_code, code=code))
            continue
        if e.level is not None:
            if ind.kind != "qualitative":
                problems.append(msg("{applicant} {code}: a level on a quantitative indicator",
                                    applicant=sheet.applicant_code, code=code))
            elif framework.scale_code(e.level) != e.level:
                problems.append(msg("{applicant} {code}: level {level!r} is not in the Scale",
                                    applicant=sheet.applicant_code, code=code, level=e.level))
        if e.verified_value is not None:
            if ind.kind != "quantitative":
                problems.append(msg("{applicant} {code}: a verified value on a qualitative indicator",
                                    applicant=sheet.applicant_code, code=code))
            else:
                try:
                    framework.rule(code).check_value(e.verified_value)
                except RuleError as exc:
                    problems.append(msg("{applicant} {code}: {problem}", applicant=sheet.applicant_code, code=code,
                                        problem=exc.message))
    return problems


# --- assignment package -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageDocument:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackageApplicant:
    code: str
    name_ko: str
    name_en: str
    province: str
    population: int
    city_type: str
    reported: dict[str, tuple[str, str, str | None]]  # indicator -> (value, evidence, points or None)
    self_assessment: dict[str, str]                   # indicator -> level
    documents: tuple[PackageDocument, ...]


@dataclass(frozen=True)
class PackagePayload:
    program_id: str
    program_name: str
    framework: Framework
    evaluator_id: str
    evaluator_name: str
    created_at: str
    serial: int
    applicants: tuple[PackageApplicant, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": PACKAGE_SCHEMA, "program_id": self.program_id, "program_name": self.program_name,
            "framework": self.framework.to_dict(), "framework_hash": self.framework.hash,
            "evaluator_id": self.evaluator_id, "evaluator_name": self.evaluator_name,
            "created_at": self.created_at, "serial": self.serial,
            "applicants": [{
                "code": a.code, "name_ko": a.name_ko, "name_en": a.name_en, "province": a.province,
                "population": a.population, "city_type": a.city_type,
                "reported": {k: {"value": v, "evidence": ev, "points": p}
                             for k, (v, ev, p) in sorted(a.reported.items())},
                "self_assessment": dict(sorted(a.self_assessment.items())),
                "documents": [{"name": d.name, "sha256": d.sha256, "size": d.size} for d in a.documents],
            } for a in self.applicants],
        }


def package_from_json(data: Any, name: str) -> PackagePayload:
    if not isinstance(data, dict):
        raise _fail(name, "payload", msg("is not an object"))
    schema = data.get("schema")
    if schema != PACKAGE_SCHEMA:
        raise _fail(name, "schema", msg("unknown package payload version {schema!r} (this smartcert reads "
                                        "{known}); update smartcert", schema=schema, known=PACKAGE_SCHEMA))
    try:
        framework = Framework.from_dict(_get(data, "framework", dict, name, ""))
    except (KeyError, TypeError, ValueError) as exc:
        raise _fail(name, "framework", msg("is not a valid framework: {detail}", detail=str(exc))) from None
    if framework.hash != _get(data, "framework_hash", str, name, ""):
        raise _fail(name, "framework_hash", msg("does not match the framework carried in the package"))
    applicants = []
    for i, a in enumerate(_get(data, "applicants", list, name, "")):
        w = f"applicants[{i}]."
        if not isinstance(a, dict):
            raise _fail(name, w[:-1], msg("is not an object"))
        reported: dict[str, tuple[str, str, str | None]] = {}
        for code, r in _get(a, "reported", dict, name, w).items():
            if not isinstance(r, dict):
                raise _fail(name, f"{w}reported.{code}", msg("is not an object"))
            pts = r.get("points")
            if pts is not None and not isinstance(pts, str):
                raise _fail(name, f"{w}reported.{code}.points", msg("has the wrong type"))
            if pts is not None:
                try:
                    parse_decimal(pts)
                except NotANumber:
                    raise _fail(name, f"{w}reported.{code}.points", msg("is not a number")) from None
            value = _get(r, "value", str, name, f"{w}reported.{code}.")
            _value(value, name, f"{w}reported.{code}.value")
            reported[code] = (value, _note(r, "evidence", name, f"{w}reported.{code}."), pts)
        sa = _get(a, "self_assessment", dict, name, w)
        if not all(isinstance(v, str) for v in sa.values()):
            raise _fail(name, f"{w}self_assessment", msg("has the wrong type"))
        docs = []
        for j, d in enumerate(_get(a, "documents", list, name, w)):
            wd = f"{w}documents[{j}]."
            if not isinstance(d, dict):
                raise _fail(name, wd[:-1], msg("is not an object"))
            size = _get(d, "size", int, name, wd)
            if size < 0:
                raise _fail(name, f"{wd}size", msg("must not be negative"))
            docs.append(PackageDocument(_name(d, "name", name, wd, required=True, max_chars=255),
                                        _get(d, "sha256", str, name, wd), size))
        population = _get(a, "population", int, name, w)
        if not 1 <= population <= 10**9:
            raise _fail(name, f"{w}population", msg("must be a whole number from 1 to 10^9"))
        applicants.append(PackageApplicant(
            code=_code(a, "code", name, w), name_ko=_name(a, "name_ko", name, w, required=True),
            name_en=_name(a, "name_en", name, w), province=_name(a, "province", name, w),
            population=population, city_type=_get(a, "city_type", str, name, w),
            reported=reported, self_assessment=dict(sa), documents=tuple(docs)))
    codes = [a.code for a in applicants]
    if len({c.casefold() for c in codes}) != len(codes):
        raise _fail(name, "applicants", msg("an applicant appears twice"))
    return PackagePayload(
        program_id=_get(data, "program_id", str, name, ""), program_name=_name(data, "program_name", name, ""),
        framework=framework, evaluator_id=_code(data, "evaluator_id", name, ""),
        evaluator_name=_name(data, "evaluator_name", name, ""), created_at=_get(data, "created_at", str, name, ""),
        serial=_get(data, "serial", int, name, ""), applicants=tuple(applicants))

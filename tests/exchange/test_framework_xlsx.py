"""The framework workbook (contract section 2): the sample, round trips, the hash, every kind of problem."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest

from smartcert_desktop.domain.framework import GradeRule
from smartcert_desktop.errors import Problem, ValidationError
from smartcert_desktop.exchange.framework_xlsx import read_framework, write_framework
from smartcert_desktop.paths import resource_path, sample_framework_path

ROOT = Path(__file__).resolve().parents[2]
D = Decimal

# --- a small valid workbook, built cell by cell so that tests can break any cell ---------------------------
# Indicators columns: A code, B domain_code, C domain_ko, D domain_en, E item_code, F item_ko, G item_en,
# H name_ko, I name_en, J kind, K max_points, L rule, M params, N unit, O guidance_ko, P guidance_en.
# Rows: 1 header, 2 Q1, 3 Q2, 4 S1, 5 T1.
INDICATOR_HEADER = ["code", "domain_code", "domain_ko", "domain_en", "item_code", "item_ko", "item_en",
                    "name_ko", "name_en", "kind", "max_points", "rule", "params", "unit", "guidance_ko",
                    "guidance_en"]


def framework_rows() -> list[list[Any]]:
    return [["key", "value"], ["id", "T-1"], ["version", "1"], ["name_ko", "시험"], ["name_en", "Test"]]


def scale_rows() -> list[list[Any]]:
    return [["code", "name_ko", "name_en", "ratio"], ["A", "우수", "Good", 1], ["B", "보통", "Fair", 0.5],
            ["C", "미흡", "Poor", 0]]


def indicator_rows() -> list[list[Any]]:
    return [
        INDICATOR_HEADER,
        ["Q1", "D", "분야", "Domain", "D1", "항목", "Item", "지표1", "Ind 1", "quantitative", 30, "BAND",
         ">= 10 : 1; else : 0.5", "%", "확인", "check"],
        ["Q2", "D", "분야", "Domain", "D1", "항목", "Item", "지표2", "Ind 2", "quantitative", 20, "CAP",
         "target = 5", "건", "", ""],
        ["S1", "D", "분야", "Domain", "D2", "항목2", "Item 2", "지표3", "Ind 3", "qualitative", 40, "SCALE",
         "", "", "", ""],
        ["T1", "E", "분야2", "Domain 2", "E1", "항목3", "Item 3", "지표4", "Ind 4", "quantitative", 10,
         "CHECKLIST", "", "", "", ""],
    ]


def grade_rows() -> list[list[Any]]:
    return [["grade", "min_ratio", "certified"], [1, 0.8, "yes"], [2, 0.5, "yes"], [3, 0, "no"]]


def build(tmp_path: Path, name: str = "fw.xlsx", **sheets: Sequence[Sequence[Any]] | None) -> Path:
    """A workbook with the default sheets, replaced (or left out, with None) by keyword."""
    content: dict[str, Sequence[Sequence[Any]] | None] = {
        "Framework": framework_rows(), "Scale": scale_rows(), "Indicators": indicator_rows(),
        "Grades": grade_rows()}
    content.update(sheets)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in content.items():
        if rows is None:
            continue
        ws = wb.create_sheet(title)
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                ws.cell(row=r, column=c, value=value)
    path = tmp_path / name
    wb.save(path)
    return path


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        read_framework(path)
    return info.value.problems


def at(problems: Sequence[Problem], sheet: str | None, row: int | None, column: str | None) -> Problem:
    """The one problem at that place."""
    found = [p for p in problems if (p.sheet, p.row, p.column) == (sheet, row, column)]
    assert len(found) == 1, f"expected one problem at {sheet}/{row}/{column}, got {problems}"
    return replace(found[0], message=str(found[0].message))  # the message's English text


def only(problems: Sequence[Problem], sheet: str | None, row: int | None, column: str | None) -> Problem:
    assert len(problems) == 1, problems
    return at(problems, sheet, row, column)


# --- the sample ----------------------------------------------------------------------------------------

def test_sample_framework_counts_and_points() -> None:
    fw = read_framework(sample_framework_path())
    assert (fw.id, fw.version, fw.sample) == ("KR-SMARTCITY-SAMPLE", "2021-sample", True)
    assert fw.name_ko == "스마트도시 인증 평가체계 (예시)"
    assert fw.name_en == "Smart city certification framework (SAMPLE)"
    assert [(d.code, d.name_ko, d.name_en) for d in fw.domains] == [
        ("A", "혁신성", "Innovation"),
        ("B", "거버넌스 및 제도적 환경", "Governance and institutional environment"),
        ("C", "서비스 기술 및 인프라", "Service technology and infrastructure")]
    assert [i.code for i in fw.items] == ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "C4"]
    assert all(i.name_ko and i.name_en for i in fw.items)
    assert len(fw.indicators) == 63
    assert len(fw.quantitative) == 47 and len(fw.qualitative) == 16
    assert sum(i.max_points for i in fw.quantitative) == D(1450)
    assert sum(i.max_points for i in fw.qualitative) == D(550)
    assert [fw.domain_max(d) for d in "ABC"] == [D(600), D(600), D(800)]
    assert fw.total_max == D(2000)
    assert all(i.guidance_ko and i.guidance_en for i in fw.indicators)
    assert all(i.rule_name == "SCALE" for i in fw.qualitative)


def test_sample_framework_settings_scale_and_grades() -> None:
    fw = read_framework(sample_framework_path())
    assert fw.large_city_min_population == 500000
    assert (fw.aggregation, fw.trim_min_evaluators, fw.min_evaluators) == ("trimmed_total", 5, 3)
    assert fw.comment_required_levels == ("A", "E")
    assert [(s.code, s.name_ko, s.name_en, s.ratio) for s in fw.scale] == [
        ("A", "매우우수", "Excellent", D(1)), ("B", "우수", "Good", D("0.8")),
        ("C", "보통", "Fair", D("0.6")), ("D", "미흡", "Poor", D("0.4")),
        ("E", "매우미흡", "Very poor", D("0.2"))]
    assert fw.grades == (GradeRule(1, D("0.9"), True), GradeRule(2, D("0.8"), True),
                         GradeRule(3, D("0.7"), True), GradeRule(4, D("0.6"), False),
                         GradeRule(5, D(0), False))


def test_sample_rules_are_in_the_contract_grammar() -> None:
    fw = read_framework(sample_framework_path())
    ind = fw.indicator_by_code
    assert (ind["A1-1"].rule_name, ind["A1-1"].params, ind["A1-1"].unit) == (
        "BAND", ">= 30 : 1; >= 20 : 0.8; >= 10 : 0.6; >= 5 : 0.4; else : 0.2", "%")
    assert (ind["A1-5"].rule_name, ind["A1-5"].params) == ("CAP", "large = 20; small = 10")
    assert (ind["B2-3"].rule_name, ind["B2-3"].params, ind["B2-3"].unit) == ("CAP", "target = 4", "회/년")
    assert (ind["C2-4"].rule_name, ind["C2-4"].params) == ("CAP", "target = 5")
    assert (ind["A1-3"].rule_name, ind["A1-3"].params) == ("MINMAX", "floor = 0.2; polarity = higher")
    assert (ind["A2-3"].rule_name, ind["A2-3"].params) == ("LEVELS", "yes : 1; partial : 0.5; no : 0")
    assert ind["B3-1"].params == ">= 1 : 1; >= 0.7 : 0.8; >= 0.5 : 0.6; >= 0.3 : 0.4; else : 0.2"
    assert (ind["B1-3"].rule_name, ind["B1-3"].params) == ("CHECKLIST", "")
    assert (ind["A1-6"].rule_name, ind["A1-6"].params) == ("SCALE", "")
    # Scoring works through the rules as parsed from the workbook.
    assert fw.rule("A1-1").ratio("25", "large") == D("0.8")
    assert fw.rule("A1-5").ratio("5", "small") == D("0.5")
    assert fw.rule("B2-1").ratio("팀", "large") == D("0.7")
    assert fw.rule("C3-1").ratio(" Business Hours ", "large") == D("0.6")
    assert fw.rule("C4-2").ratio("3/4", "small") == D("0.75")


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_sample_framework",
                                                  ROOT / "packaging" / "build_sample_framework.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_sample_workbook_matches_its_csv(tmp_path: Path) -> None:
    script = _load_build_script()
    from_csv = script.sample_framework(resource_path("sample_framework_63.csv"))
    assert read_framework(sample_framework_path()).hash == from_csv.hash
    rebuilt = script.build(resource_path("sample_framework_63.csv"), tmp_path / "rebuilt.xlsx")
    assert rebuilt.hash == from_csv.hash


def test_sample_workbook_is_marked_as_a_sample() -> None:
    wb = openpyxl.load_workbook(sample_framework_path())
    assert wb.sheetnames[0] == "README"
    assert "SAMPLE" in wb["README"]["A1"].value
    values = {row[0]: row[1] for row in wb["Framework"].iter_rows(min_row=2, values_only=True)}
    assert values["sample"] == "yes"


# --- round trip and hash -------------------------------------------------------------------------------

def test_round_trip_keeps_the_framework_and_its_hash(tmp_path: Path) -> None:
    fw = read_framework(sample_framework_path())
    out = tmp_path / "copy.xlsx"
    write_framework(fw, out)
    again = read_framework(out)
    assert again == fw
    assert again.hash == fw.hash
    assert again.canonical_json() == fw.canonical_json()


def test_round_trip_of_non_default_settings(tmp_path: Path) -> None:
    fw = dataclasses.replace(
        read_framework(build(tmp_path)), aggregation="median", trim_min_evaluators=7, min_evaluators=4,
        large_city_min_population=300000, comment_required_levels=(), spread_flag_ratio=D("0.35"),
        deviation_flag_ratio=D("0.123456789012345678"), sample=False,
        grades=(GradeRule(1, D("0.85"), True, "large"), GradeRule(1, D("0.8"), True, "small"),
                GradeRule(2, D(0), False, "all")))
    out = tmp_path / "settings.xlsx"
    write_framework(fw, out)
    again = read_framework(out)
    assert again == fw and again.hash == fw.hash
    assert again.comment_required_levels == ()
    assert again.deviation_flag_ratio == D("0.123456789012345678")  # too long for a double: kept as text


def test_hash_does_not_depend_on_cell_formatting(tmp_path: Path) -> None:
    plain = read_framework(build(tmp_path, "plain.xlsx"))

    ind = indicator_rows()
    ind[1][10] = 30.0                                   # numeric 30.0
    ind[2][10] = " 20 "                                 # text number with spaces
    ind[1][12] = ">=10:1.0;else:0.50"                   # params without spaces, other decimals
    ind[2][12] = "TARGET=5.0"
    ind[1][11] = "band"                                 # rule and kind in other case
    ind[3][9] = "Qualitative"
    ind[1][2] = "  분야 "                               # names with surrounding white space
    for r in ind[1:]:
        r.append("a note the reader ignores")
    ind[0].append("note")
    scale = scale_rows()
    scale[1][3] = "1.0"
    scale[2][3] = D("0.50")
    scale[3][0] = "c"                                   # Scale codes are capitals
    grades = grade_rows()
    grades[1] = ["1", "0.80", "YES"]
    fw_rows = [["KEY ", " Value"], ["id", "T-1"], ["version", 1], ["name_ko", "시험"], ["name_en", "Test"],
               ["comment_required_levels", "a,c"]]
    shuffled = build(tmp_path, "formatted.xlsx", Framework=fw_rows, Scale=scale, Indicators=ind,
                     Grades=grades, Notes=[["anything", "at all"]])
    other = read_framework(shuffled)
    assert other == plain
    assert other.hash == plain.hash


def test_numeric_cells_mean_the_decimal_they_show(tmp_path: Path) -> None:
    scale = scale_rows()
    scale[2][3] = 0.85
    ind = indicator_rows()
    ind[1][10] = 0.1 + 0.2   # a computed double: the shortest text that prints it, not its binary value
    fw = read_framework(build(tmp_path, Scale=scale, Indicators=ind))
    assert fw.scale[1].ratio == D("0.85")
    assert fw.indicators[0].max_points == D("0.3")


def test_defaults_and_extra_keys(tmp_path: Path) -> None:
    fw = read_framework(build(tmp_path))
    assert fw.large_city_min_population == 500000
    assert (fw.aggregation, fw.trim_min_evaluators, fw.min_evaluators) == ("trimmed_total", 5, 3)
    assert fw.comment_required_levels == ("A", "C")  # the best and the worst level
    assert (fw.spread_flag_ratio, fw.deviation_flag_ratio, fw.sample) == (D("0.4"), D("0.1"), False)
    rows = [*framework_rows(), ["sample", "yes"], ["spread_flag_ratio", 0.25],
            ["deviation_flag_ratio", "0.2"], ["aggregation", "Mean"], ["comment_required_levels", "none"],
            ["large_city_min_population", "300,000"]]
    fw = read_framework(build(tmp_path, "extra.xlsx", Framework=rows))
    assert (fw.sample, fw.spread_flag_ratio, fw.deviation_flag_ratio) == (True, D("0.25"), D("0.2"))
    assert (fw.aggregation, fw.comment_required_levels, fw.large_city_min_population) == ("mean", (), 300000)


def test_domains_and_items_follow_first_appearance_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind.insert(3, [None] * 16)        # an empty row 4
    ind.insert(4, ["", "  "])         # a row of blanks, row 5
    fw = read_framework(build(tmp_path, Indicators=ind))
    assert [d.code for d in fw.domains] == ["D", "E"]
    assert [(i.code, i.domain_code) for i in fw.items] == [("D1", "D"), ("D2", "D"), ("E1", "E")]
    assert [i.code for i in fw.indicators] == ["Q1", "Q2", "S1", "T1"]
    # Row numbers after the blank rows are still the spreadsheet's: S1 is on row 6.
    ind[5][0] = "Q1"
    problem = only(problems_of(build(tmp_path, "dup.xlsx", Indicators=ind)), "Indicators", 6, "A (code)")
    assert "given twice" in str(problem.message) and "row 2" in str(problem.message)


# --- problems, one kind at a time ----------------------------------------------------------------------

def test_duplicate_indicator_code(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[3][0] = "q1"   # codes are distinct without regard to case
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 4, "A (code)")
    assert p.file == "fw.xlsx"
    assert "'q1' is given twice (first in row 2)" in str(p.message)


def test_unknown_rule(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[2][11] = "COUNT_CAP"
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 3, "L (rule)")
    assert "unknown rule 'COUNT_CAP'" in str(p.message)


def test_params_that_do_not_parse_carry_the_rule_message(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[1][12] = ">=30%:1.0; else:0.2"
    ind[2][12] = "target large=20 small=10"
    problems = problems_of(build(tmp_path, Indicators=ind))
    assert len(problems) == 2
    assert at(problems, "Indicators", 2, "M (params)").message.startswith("BAND parameters: clause 1")
    cap = at(problems, "Indicators", 3, "M (params)")
    assert "CAP parameters: unknown parameter 'target large'" in str(cap.message)


def test_rule_and_kind_must_match(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[1][11], ind[1][12] = "SCALE", ""        # quantitative with SCALE
    ind[3][11], ind[3][12] = "CAP", "target = 3"  # qualitative with CAP
    problems = problems_of(build(tmp_path, Indicators=ind))
    assert len(problems) == 2
    assert "a quantitative indicator uses one of" in at(problems, "Indicators", 2, "L (rule)").message
    assert "a qualitative indicator uses SCALE" in at(problems, "Indicators", 4, "L (rule)").message


def test_unknown_kind(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[1][9] = "numeric"
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 2, "J (kind)")
    assert "'numeric' is not one of quantitative, qualitative" in str(p.message)


@pytest.mark.parametrize(("value", "expected"), [
    (0, "max_points must be greater than 0, not 0"),
    (-5, "max_points must be greater than 0, not -5"),
    ("thirty", "'thirty' is not a number"),
    (None, "max_points is required"),
    (True, "not the logical value TRUE"),
])
def test_max_points_must_be_a_positive_number(tmp_path: Path, value: object, expected: str) -> None:
    ind = indicator_rows()
    ind[2][10] = value
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 3, "K (max_points)")
    assert expected in str(p.message)


def test_domain_names_must_agree(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[2][2] = "분야 다름"
    ind[3][3] = "Another"
    problems = problems_of(build(tmp_path, Indicators=ind))
    assert len(problems) == 2
    assert "domain D is named '분야' in row 2, but '분야 다름' here" in at(
        problems, "Indicators", 3, "C (domain_ko)").message
    assert "'Domain' in row 2, but 'Another'" in at(problems, "Indicators", 4, "D (domain_en)").message


def test_item_names_must_agree(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[2][6] = "Item renamed"
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 3, "G (item_en)")
    assert "item D1 is named 'Item' in row 2" in str(p.message)


def test_an_item_belongs_to_one_domain(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[4][4], ind[4][5], ind[4][6] = "D1", "항목", "Item"  # T1 (domain E) in item D1 of domain D
    p = only(problems_of(build(tmp_path, Indicators=ind)), "Indicators", 5, "E (item_code)")
    assert "item D1 is under domain D in row 2, but under domain E here" in str(p.message)


def test_missing_required_cells(tmp_path: Path) -> None:
    ind = indicator_rows()
    ind[1][7] = None    # name_ko
    ind[2][1] = " "     # domain_code
    problems = problems_of(build(tmp_path, Indicators=ind))
    assert at(problems, "Indicators", 2, "H (name_ko)").message == "name_ko is required"
    assert at(problems, "Indicators", 3, "B (domain_code)").message == "domain_code is required"
    assert len(problems) == 2


def test_missing_sheet_and_missing_column(tmp_path: Path) -> None:
    ind = [row[:11] + row[12:] for row in indicator_rows()]  # no rule column
    problems = problems_of(build(tmp_path, Grades=None, Indicators=ind))
    assert len(problems) == 2
    assert "no sheet 'Grades'" in at(problems, "Grades", None, None).message
    assert "required column 'rule' is missing" in at(problems, "Indicators", None, "rule").message


def test_optional_indicator_columns_may_be_absent(tmp_path: Path) -> None:
    ind = [row[:13] for row in indicator_rows()]
    fw = read_framework(build(tmp_path, Indicators=ind))
    assert fw.indicators[0].unit == "" and fw.indicators[0].guidance_en == ""


def test_empty_sheets(tmp_path: Path) -> None:
    problems = problems_of(build(tmp_path, Indicators=[INDICATOR_HEADER], Scale=[scale_rows()[0]],
                                 Grades=[grade_rows()[0]]))
    assert "no indicators" in at(problems, "Indicators", None, None).message
    assert "no levels" in at(problems, "Scale", None, None).message
    assert "no grades" in at(problems, "Grades", None, None).message


def test_scale_problems(tmp_path: Path) -> None:
    scale = scale_rows()
    scale.append(["B", "중복", "Dup", 1.5])    # row 5: duplicate code, ratio above 1
    scale.append(["D", "다시", "Again", 0.5])  # row 6: not lower than the level above (C, 0)
    problems = problems_of(build(tmp_path, Scale=scale))
    assert "'B' is given twice (first in row 3)" in at(problems, "Scale", 5, "A (code)").message
    assert "ratio must be at most 1, not 1.5" in at(problems, "Scale", 5, "D (ratio)").message
    p = at(problems, "Scale", 6, "D (ratio)")
    assert "best first" in str(p.message) and "level C (row 4)" in str(p.message)
    assert len(problems) == 3


def test_scale_must_strictly_decrease(tmp_path: Path) -> None:
    scale = scale_rows()
    scale[3][3] = 0.5  # C equal to B
    p = only(problems_of(build(tmp_path, Scale=scale)), "Scale", 4, "D (ratio)")
    assert "must be lower than 0.5 of level B (row 3)" in str(p.message)


def test_negative_scale_ratio(tmp_path: Path) -> None:
    scale = scale_rows()
    scale[3][3] = -0.1
    p = only(problems_of(build(tmp_path, Scale=scale)), "Scale", 4, "D (ratio)")
    assert "must be at least 0, not -0.1" in str(p.message)


def test_grades_out_of_order(tmp_path: Path) -> None:
    grades = grade_rows()
    grades[2][1] = 0.8  # grade 2 needs as much as grade 1
    p = only(problems_of(build(tmp_path, Grades=grades)), "Grades", 3, "B (min_ratio)")
    assert "grade 2 needs min_ratio 0.8, not lower than grade 1's 0.8 (row 2)" in str(p.message)


def test_grades_are_checked_per_city_type(tmp_path: Path) -> None:
    grades = [["grade", "min_ratio", "certified", "city_type"],
              [1, 0.9, "yes", "all"], [2, 0.95, "yes", "large"], [2, 0.7, "yes", "small"],
              [3, 0, "no", "all"]]
    p = only(problems_of(build(tmp_path, Grades=grades)), "Grades", 3, "B (min_ratio)")
    assert "for large cities" in str(p.message)


def test_every_city_type_needs_a_zero_grade(tmp_path: Path) -> None:
    grades = [["grade", "min_ratio", "certified", "city_type"],
              [1, 0.8, "yes", "all"], [2, 0, "no", "small"]]
    p = only(problems_of(build(tmp_path, Grades=grades)), "Grades", None, "B (min_ratio)")
    assert "no grade for large cities has min_ratio 0" in str(p.message)
    grades = grade_rows()
    grades[3][1] = 0.1
    p = only(problems_of(build(tmp_path, "nozero.xlsx", Grades=grades)), "Grades", None, "B (min_ratio)")
    assert str(p.message).startswith("no grade has min_ratio 0")


def test_grade_cells(tmp_path: Path) -> None:
    grades = [["grade", "min_ratio", "certified", "city_type"],
              [1.5, 0.9, "yes", ""], [2, 0.8, "maybe", "all"], [3, 0.5, "yes", "medium"], [4, 0, "no", None],
              [4, 0, "no", None]]
    problems = problems_of(build(tmp_path, Grades=grades))
    assert "'1.5' is not a whole number" in at(problems, "Grades", 2, "A (grade)").message
    assert "'maybe' is neither yes nor no" in at(problems, "Grades", 3, "C (certified)").message
    assert "'medium' is not one of large, small, all" in at(problems, "Grades", 4, "D (city_type)").message
    assert "grade 4 is given twice (rows 5 and 6)" in at(problems, "Grades", 6, "A (grade)").message
    assert len(problems) == 4


def test_certified_grades_come_first(tmp_path: Path) -> None:
    grades = grade_rows()
    grades[1][2] = "no"
    p = only(problems_of(build(tmp_path, Grades=grades)), "Grades", 3, "C (certified)")
    assert "grade 2 is certified but the better grade 1 (row 2) is not" in str(p.message)


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("aggregation", "average", "'average' is not one of trimmed_total, trimmed_indicator, mean, median"),
    ("trim_min_evaluators", 4.5, "'4.5' is not a whole number"),
    ("trim_min_evaluators", 2, "must be a whole number of at least 3, not 2"),
    ("min_evaluators", "three", "'three' is not a number"),
    ("min_evaluators", 0, "at least 1, not 0"),
    ("large_city_min_population", -1, "at least 1, not -1"),
    ("sample", "perhaps", "'perhaps' is neither yes nor no"),
    ("spread_flag_ratio", 1.5, "must be at most 1, not 1.5"),
    ("comment_required_levels", "A, X, Y", "names X, Y, not in the Scale (A, B, C)"),
])
def test_framework_values(tmp_path: Path, key: str, value: object, expected: str) -> None:
    rows = [*framework_rows(), [key, value]]
    p = only(problems_of(build(tmp_path, Framework=rows)), "Framework", 6, "B (value)")
    assert expected in str(p.message)


def test_framework_keys(tmp_path: Path) -> None:
    rows = [["key", "value"], ["version", "1"], ["colour", "blue"], ["version", "2"], [None, "orphan"]]
    problems = problems_of(build(tmp_path, Framework=rows))
    assert "the key 'id' is missing" in at(problems, "Framework", None, "A (key)").message
    assert "unknown key 'colour'" in at(problems, "Framework", 3, "A (key)").message
    assert "key 'version' is given twice (first in row 2)" in at(problems, "Framework", 4, "A (key)").message
    assert "a value without a key" in at(problems, "Framework", 5, "A (key)").message
    assert len(problems) == 4


def test_blank_id_is_refused(tmp_path: Path) -> None:
    rows = framework_rows()
    rows[1][1] = "  "
    p = only(problems_of(build(tmp_path, Framework=rows)), "Framework", 2, "B (value)")
    assert str(p.message) == "value is required"


def test_date_in_a_text_cell_is_refused(tmp_path: Path) -> None:
    rows = framework_rows()
    rows[2][1] = dt.datetime(2021, 3, 5)  # version "3/5" turned into a date by a spreadsheet
    p = only(problems_of(build(tmp_path, Framework=rows)), "Framework", 3, "B (value)")
    assert "date" in str(p.message) and "format the column as text" in str(p.message)


def test_spreadsheet_error_cells_are_reported(tmp_path: Path) -> None:
    path = build(tmp_path)
    # What a spreadsheet saves for =1/0: an error cell (openpyxl itself never computes formulas).
    wb = openpyxl.load_workbook(path)
    cell = wb["Indicators"]["K2"]
    cell.value = "#DIV/0!"
    cell.data_type = "e"
    wb.save(path)
    p = only(problems_of(path), "Indicators", 2, "K (max_points)")
    assert "spreadsheet error #DIV/0!" in str(p.message)


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    rows = [*framework_rows(), ["aggregation", "sum"]]
    scale = scale_rows()
    scale[2][3] = 2
    ind = indicator_rows()
    ind[2][0] = "Q1"
    ind[3][11] = "LIKERT5"
    ind[4][10] = "ten"
    grades = grade_rows()
    grades[2][2] = "maybe"
    problems = problems_of(build(tmp_path, Framework=rows, Scale=scale, Indicators=ind, Grades=grades))
    places = {(p.sheet, p.row, p.column) for p in problems}
    assert places == {
        ("Framework", 6, "B (value)"),
        ("Scale", 3, "D (ratio)"),
        ("Indicators", 3, "A (code)"),
        ("Indicators", 4, "L (rule)"),
        ("Indicators", 5, "K (max_points)"),
        ("Grades", 3, "C (certified)"),
    }
    assert all(p.file == "fw.xlsx" for p in problems)


def test_reader_ignores_unknown_sheets_and_finds_sheets_in_any_case(tmp_path: Path) -> None:
    path = build(tmp_path, README=[["SAMPLE"]], Framework=None, framework=framework_rows())
    assert read_framework(path).id == "T-1"


# --- files that are not workbooks ----------------------------------------------------------------------

def test_missing_file(tmp_path: Path) -> None:
    p = only(problems_of(tmp_path / "absent.xlsx"), None, None, None)
    assert p.file == "absent.xlsx" and "file not found" in str(p.message)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "dir.xlsx").mkdir()
    p = only(problems_of(tmp_path / "dir.xlsx"), None, None, None)
    assert "is a folder" in str(p.message)


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "framework.csv"
    path.write_text("code,name\nA1,x\n", encoding="utf-8")
    p = only(problems_of(path), None, None, None)
    assert p.file == "framework.csv" and str(p.message) == (
        "not an .xlsx workbook: this is a CSV file (text with separated values); open it in Excel, then save it "
        "as .xlsx (Excel workbook) and try again")


def test_old_xls_file(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    p = only(problems_of(path), None, None, None)
    assert ".xls" in str(p.message) and "password" in str(p.message)


def test_corrupt_workbook(tmp_path: Path) -> None:
    good = build(tmp_path).read_bytes()
    path = tmp_path / "broken.xlsx"
    path.write_bytes(good[: len(good) // 2])
    p = only(problems_of(path), None, None, None)
    assert p.file == "broken.xlsx" and "damaged" in str(p.message)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    p = only(problems_of(path), None, None, None)
    assert str(p.message) == ("not an .xlsx workbook: this is a ZIP archive without a workbook in it; if the workbook "
                         "is inside, extract it first")


def test_write_to_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    from smartcert_desktop.errors import SmartcertError

    fw = read_framework(build(tmp_path))
    with pytest.raises(SmartcertError) as info:
        write_framework(fw, tmp_path / "no" / "such" / "fw.xlsx")
    assert "cannot write" in str(info.value.problems[0].message)
    assert not list((tmp_path).glob("*.tmp"))

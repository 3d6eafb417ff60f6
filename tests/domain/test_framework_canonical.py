"""Canonical JSON and hash of a framework (contract section 7: framework_hash)."""

import hashlib
import json
from dataclasses import replace
from decimal import Decimal

import pytest

from smartcert_desktop.domain.framework import Framework, GradeRule, Indicator, ScaleLevel

from ._build import INDICATORS, SCALE, tiny_framework

D = Decimal


def test_hash_is_sha256_of_canonical_json() -> None:
    fw = tiny_framework()
    assert fw.hash == hashlib.sha256(fw.canonical_json()).hexdigest()
    assert len(fw.hash) == 64 and int(fw.hash, 16) >= 0
    assert fw.short_hash == fw.hash[:12]


def test_hash_stable_across_instances() -> None:
    assert tiny_framework().hash == tiny_framework().hash
    assert tiny_framework().canonical_json() == tiny_framework().canonical_json()


def test_canonical_json_form() -> None:
    raw = tiny_framework().canonical_json()
    text = raw.decode("utf-8")
    # UTF-8 with Korean kept as is, no white space between tokens, sorted keys
    assert "인프라" in text
    assert ", " not in text and ": " not in text.replace(" : ", "")
    data = json.loads(raw)
    assert list(data) == sorted(data)
    assert data["format"] == "smartcert-framework/1"
    # decimals as shortest text
    assert data["scale"][0]["ratio"] == "1"
    assert data["scale"][1]["ratio"] == "0.8"
    assert data["indicators"][0]["max_points"] == "10"
    assert data["indicators"][0]["params"] == ">= 80 : 1; >= 50 : 0.5; else : 0.1"
    assert data["grades"][0] == {"grade": 1, "min_ratio": "0.85", "certified": True, "city_type": "all"}


def test_round_trip_keeps_the_hash() -> None:
    fw = tiny_framework()
    again = Framework.from_dict(fw.to_dict())
    assert again.hash == fw.hash
    assert again.canonical_json() == fw.canonical_json()
    assert again == fw
    assert Framework.from_json(fw.canonical_json()).hash == fw.hash
    assert Framework.from_json(fw.canonical_json().decode("utf-8")).hash == fw.hash


def test_same_framework_written_differently_keeps_its_hash() -> None:
    # another workbook might write 10.00 for 10, 0.80 for 0.8 and params with other spacing
    params = {"Q1": ">=80:1.0;>=50 : 0.50 ;else:0.10", "Q2": "small=40; large=100.0"}
    respelled = tuple(replace(i, max_points=D(f"{i.max_points}.00"), params=params.get(i.code, i.params))
                      for i in INDICATORS)
    scale = tuple(ScaleLevel(s.code, s.name_ko, s.name_en, D(f"{s.ratio}0")) for s in SCALE)
    grades = (GradeRule(1, D("0.850"), True), GradeRule(2, D("0.7"), True, "large"),
              GradeRule(2, D("0.6"), True, "small"), GradeRule(3, D("0.00"), False))
    other = tiny_framework(indicators=respelled, scale=scale, grades=grades)
    assert other.hash == tiny_framework().hash


def _changed_max(fw: Framework, code: str, max_points: str) -> tuple[Indicator, ...]:
    return tuple(replace(i, max_points=D(max_points)) if i.code == code else i for i in fw.indicators)


def test_hash_differs_when_max_points_change() -> None:
    fw = tiny_framework()
    other = tiny_framework(indicators=_changed_max(fw, "Q1", "11"))
    assert other.hash != fw.hash
    # even by one cent
    assert tiny_framework(indicators=_changed_max(fw, "Q1", "10.01")).hash != fw.hash


def test_replace_after_hash_gives_the_new_hash() -> None:
    fw = tiny_framework()
    before = fw.hash  # computed and cached
    changed = replace(fw, indicators=_changed_max(fw, "S1", "30"))
    assert changed.hash != before
    assert changed.hash == hashlib.sha256(changed.canonical_json()).hexdigest()
    assert json.loads(changed.canonical_json())["indicators"][3]["max_points"] == "30"
    assert fw.hash == before


@pytest.mark.parametrize(
    "change",
    [
        {"version": "2"},
        {"aggregation": "median"},
        {"trim_min_evaluators": 6},
        {"min_evaluators": 2},
        {"large_city_min_population": 300000},
        {"comment_required_levels": ("A",)},
        {"grades": (GradeRule(1, D("0.9"), True), GradeRule(2, D("0"), False))},
    ],
)
def test_hash_differs_for_other_settings(change: dict[str, object]) -> None:
    assert tiny_framework(**change).hash != tiny_framework().hash


def test_hash_differs_when_a_rule_changes() -> None:
    fw = tiny_framework()
    rules = tuple(replace(i, params=">= 80 : 1; >= 50 : 0.6; else : 0.1") if i.code == "Q1" else i
                  for i in fw.indicators)
    assert tiny_framework(indicators=rules).hash != fw.hash


def test_from_dict_refuses_other_formats_and_broken_rules() -> None:
    data = tiny_framework().to_dict()
    with pytest.raises(ValueError, match="unknown framework format"):
        Framework.from_dict({**data, "format": "something/2"})
    broken = json.loads(json.dumps(data))
    broken["indicators"][0]["params"] = ">= 80 : 7"
    with pytest.raises(ValueError):
        Framework.from_dict(broken)


def test_totals_of_the_tiny_framework() -> None:
    fw = tiny_framework()
    # 10 + 20 + 15 + 25 + 9 + 6 + 15
    assert fw.total_max == D("100")
    assert fw.domain_max("D1") == D("70")  # 10 + 20 + 15 + 25
    assert fw.domain_max("D2") == D("30")  # 9 + 6 + 15
    assert fw.item_max("I2") == D("40")    # 15 + 25
    assert [i.code for i in fw.qualitative] == ["S1", "S2"]
    assert fw.city_type(500000) == "large"
    assert fw.city_type(499999) == "small"

"""The rules of contract section 3, each checked against ratios worked out by hand."""

from decimal import Decimal
from fractions import Fraction

import pytest

from smartcert_desktop.domain.rules import (
    Band,
    Cap,
    Checklist,
    Levels,
    MinMax,
    RuleError,
    ScaleRule,
    parse_rule,
)

D = Decimal
F = Fraction
SCALE = {"A": D("1.0"), "B": D("0.8"), "C": D("0.6"), "D": D("0.4"), "E": D("0.2")}


def ratio(name: str, params: str, value: str, city_type: str = "large",
          peers: tuple[str, ...] = ()) -> Fraction:
    rule = parse_rule(name, params, SCALE)
    return rule.ratio(value, city_type, peers)  # type: ignore[arg-type]


# --- BAND ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("op", "below", "on", "above"),
    [
        # threshold 10, clause ratio 1, else 0: (9.99, 10, 10.01)
        (">=", 0, 1, 1),
        (">", 0, 0, 1),
        ("<=", 1, 1, 0),
        ("<", 1, 0, 0),
    ],
)
def test_band_each_operator_on_and_around_the_threshold(op: str, below: int, on: int, above: int) -> None:
    params = f"{op} 10 : 1; else : 0"
    assert ratio("BAND", params, "9.99") == below
    assert ratio("BAND", params, "10") == on
    assert ratio("BAND", params, "10.00") == on
    assert ratio("BAND", params, "10.01") == above


def test_band_operator_with_no_space_and_decimal_threshold() -> None:
    # >=0.85 holds for 0.85 exactly (a decimal, never the binary double)
    assert ratio("BAND", ">=0.85:1;>=0.5:0.4", "0.85") == 1
    assert ratio("BAND", ">=0.85:1;>=0.5:0.4", "0.8499") == F(2, 5)
    assert ratio("BAND", ">=0.85:1;>=0.5:0.4", "0.4999") == 0


def test_band_first_clause_that_holds_wins() -> None:
    # 90 satisfies both clauses; the first (0.5) wins, not the "better" second one
    params = ">= 50 : 0.5; >= 80 : 1"
    assert ratio("BAND", params, "90") == F(1, 2)
    assert ratio("BAND", params, "50") == F(1, 2)
    assert ratio("BAND", params, "49") == 0  # no clause holds, no else: 0


def test_band_descending_ladder_with_else() -> None:
    params = ">= 80 : 1; >= 60 : 0.7; >= 40 : 0.4; else : 0.1"
    assert ratio("BAND", params, "100") == 1
    assert ratio("BAND", params, "80") == 1
    assert ratio("BAND", params, "79.9") == F(7, 10)
    assert ratio("BAND", params, "60") == F(7, 10)
    assert ratio("BAND", params, "59") == F(2, 5)
    assert ratio("BAND", params, "40") == F(2, 5)
    assert ratio("BAND", params, "39.99") == F(1, 10)
    assert ratio("BAND", params, "-5") == F(1, 10)


def test_band_lower_is_better() -> None:
    params = "< 5 : 1; <= 10 : 0.5"
    assert ratio("BAND", params, "4.99") == 1
    assert ratio("BAND", params, "5") == F(1, 2)
    assert ratio("BAND", params, "10") == F(1, 2)
    assert ratio("BAND", params, "10.01") == 0  # none holds, no else


def test_band_negative_threshold_and_value_with_thousands_separator() -> None:
    assert ratio("BAND", "> -1 : 0.3", "-0.5") == F(3, 10)
    assert ratio("BAND", ">= 1000 : 1", "1,000") == 1


def test_band_value_not_a_number() -> None:
    with pytest.raises(RuleError, match="not a number"):
        ratio("BAND", ">= 1 : 1", "many")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("=> 5 : 1", "OP one of"),
        ("== 5 : 1", "OP one of"),
        ("= 5 : 1", "OP one of"),
        ("5 : 1", "OP one of"),
        (">= 5", "OP one of"),
        (">= 5 : 1.5", r"outside \[0, 1\]"),
        (">= 5 : -0.1", r"outside \[0, 1\]"),
        (">= 5 : 1; else : 2", r"outside \[0, 1\]"),
        (">= 5 : lots", "not a number"),
        (">= five : 1", "not a number"),
        ("else : 0.5; >= 5 : 1", "'else' must be the last"),
        (">= 5 : 1; else : 0.5; else : 0.2", "'else' must be the last"),
        ("", "at least one clause"),
        ("  ;  ; ", "at least one clause"),
        ("else : 0.5", "besides 'else'"),
    ],
)
def test_band_parse_errors(params: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rule("BAND", params)


def test_band_error_names_the_clause() -> None:
    with pytest.raises(RuleError, match="clause 2"):
        parse_rule("BAND", ">= 80 : 1; >= 50 : 7")


def test_band_canonical_params() -> None:
    rule = parse_rule("BAND", ">=80:1.0 ;  >= 50.0 : 0.50;else:0")
    assert isinstance(rule, Band)
    assert rule.canonical_params() == ">= 80 : 1; >= 50 : 0.5; else : 0"


# --- LEVELS ----------------------------------------------------------------------------------------------

LEVELS = "Yes : 1; Partial : 0.5; No : 0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Yes", 1), ("yes", 1), ("  YES  ", 1), ("\tyEs\n", 1), ("partial", F(1, 2)), (" PARTIAL", F(1, 2)),
     ("no", 0), ("No ", 0)],
)
def test_levels_case_and_white_space_ignored(value: str, expected: Fraction) -> None:
    assert ratio("LEVELS", LEVELS, value) == expected


@pytest.mark.parametrize("value", ["maybe", "", "Y", "yes please", "1"])
def test_levels_unknown_label_is_an_error(value: str) -> None:
    with pytest.raises(RuleError) as info:
        ratio("LEVELS", LEVELS, value)
    # the message lists the labels that would do
    assert "Yes" in str(info.value) and "Partial" in str(info.value)


def test_levels_params_labels_trimmed() -> None:
    # labels in params are themselves trimmed and compared without case
    assert ratio("LEVELS", "  조례 제정 : 1 ;  계획 수립 :0.4", "조례 제정") == 1
    assert ratio("LEVELS", "  조례 제정 : 1 ;  계획 수립 :0.4", " 계획 수립 ") == F(2, 5)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("", "at least one"),
        ("yes", "LABEL : RATIO"),
        (": 1", "LABEL : RATIO"),
        ("yes : 1.2", r"outside \[0, 1\]"),
        ("yes : x", "not a number"),
        ("yes : 1; YES : 0.5", "given twice"),
    ],
)
def test_levels_parse_errors(params: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rule("LEVELS", params)


def test_levels_check_value() -> None:
    rule = parse_rule("LEVELS", LEVELS)
    assert isinstance(rule, Levels)
    rule.check_value(" no ")
    with pytest.raises(RuleError):
        rule.check_value("nope")


# --- CAP -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    # target 50: 0 -> 0; 25 -> 1/2; 49.5 -> 99/100; 50 -> 1; 75 -> min(3/2, 1) = 1; 1e6 -> 1
    [("0", 0), ("25", F(1, 2)), ("49.5", F(99, 100)), ("50", 1), ("75", 1), ("1000000", 1)],
)
def test_cap_with_target(value: str, expected: Fraction) -> None:
    assert ratio("CAP", "target = 50", value, "large") == expected
    assert ratio("CAP", "target = 50", value, "small") == expected


def test_cap_large_and_small() -> None:
    params = "large = 100; small = 40"
    # 30 in a large city: 30/100 = 3/10; in a small city: 30/40 = 3/4
    assert ratio("CAP", params, "30", "large") == F(3, 10)
    assert ratio("CAP", params, "30", "small") == F(3, 4)
    # 40 reaches the small target, 41 is capped at 1; large: 41/100
    assert ratio("CAP", params, "40", "small") == 1
    assert ratio("CAP", params, "41", "small") == 1
    assert ratio("CAP", params, "41", "large") == F(41, 100)
    # the order of the keys and their case do not matter
    assert ratio("CAP", "SMALL = 40; Large = 100", "30", "small") == F(3, 4)


def test_cap_thirds_stay_exact() -> None:
    # 10 / 30 = 1/3 exactly, not 0.3333...
    assert ratio("CAP", "target = 30", "10") == F(1, 3)


@pytest.mark.parametrize("value", ["-1", "-0.01"])
def test_cap_negative_value_refused(value: str) -> None:
    rule = parse_rule("CAP", "target = 50")
    with pytest.raises(RuleError, match="negative"):
        rule.ratio(value, "large")
    with pytest.raises(RuleError, match="negative"):
        rule.check_value(value)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("target = 0", "greater than 0"),
        ("target = -5", "greater than 0"),
        ("large = 100; small = 0", "small"),
        ("large = 0; small = 10", "large"),
        ("target = 50; large = 100", "not both"),
        ("large = 100", "CAP needs"),
        ("", "CAP needs"),
        ("target 50", "key = value"),
        ("goal = 50", "unknown parameter"),
        ("target = 50; target = 60", "given twice"),
        ("target = fifty", "not a number"),
    ],
)
def test_cap_parse_errors(params: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rule("CAP", params)


def test_cap_canonical_params() -> None:
    assert parse_rule("CAP", "target=50.0").canonical_params() == "target = 50"
    assert parse_rule("CAP", "small=40;large=100").canonical_params() == "large = 100; small = 40"
    # equal large and small targets are the same rule as one target
    assert parse_rule("CAP", "large = 7; small = 7").canonical_params() == "target = 7"
    assert isinstance(parse_rule("CAP", "target = 1"), Cap)


# --- MINMAX ----------------------------------------------------------------------------------------------

PEERS = ("10", "20", "40")


def test_minmax_higher_with_floor() -> None:
    params = "floor = 0.2; polarity = higher"
    # min 10, max 40, span 30
    # 10: 0.2 + 0.8 * 0/30 = 1/5
    assert ratio("MINMAX", params, "10", peers=PEERS) == F(1, 5)
    # 40: 0.2 + 0.8 * 30/30 = 1
    assert ratio("MINMAX", params, "40", peers=PEERS) == 1
    # 20: 0.2 + 0.8 * 10/30 = 3/15 + 4/15 = 7/15
    assert ratio("MINMAX", params, "20", peers=PEERS) == F(7, 15)


def test_minmax_lower_with_floor() -> None:
    params = "floor = 0.2; polarity = lower"
    # lower: distance is (max - x)
    # 10: 0.2 + 0.8 * 30/30 = 1
    assert ratio("MINMAX", params, "10", peers=PEERS) == 1
    # 40: 0.2 + 0 = 1/5
    assert ratio("MINMAX", params, "40", peers=PEERS) == F(1, 5)
    # 20: 0.2 + 0.8 * 20/30 = 3/15 + 8/15 = 11/15
    assert ratio("MINMAX", params, "20", peers=PEERS) == F(11, 15)


def test_minmax_defaults_floor_0_and_higher() -> None:
    # 20 among 10..40: (20 - 10) / 30 = 1/3; the minimum gets 0
    assert ratio("MINMAX", "", "20", peers=PEERS) == F(1, 3)
    assert ratio("MINMAX", "", "10", peers=PEERS) == 0
    assert ratio("MINMAX", "polarity = lower", "20", peers=PEERS) == F(2, 3)
    assert parse_rule("MINMAX", "").canonical_params() == "floor = 0; polarity = higher"


def test_minmax_equal_values_give_1() -> None:
    # max = min gives 1, also for lower polarity and with a floor
    assert ratio("MINMAX", "floor = 0.3", "5", peers=("5", "5", "5.00")) == 1
    assert ratio("MINMAX", "polarity = lower", "5", peers=("5", "5")) == 1


def test_minmax_single_peer_gives_1() -> None:
    assert ratio("MINMAX", "floor = 0.5", "7", peers=("7",)) == 1
    assert ratio("MINMAX", "floor = 0.5; polarity = lower", "7", peers=("7",)) == 1
    # no peers at all: the value is its own peer
    assert ratio("MINMAX", "floor = 0.5", "7", peers=()) == 1


def test_minmax_negative_and_decimal_values() -> None:
    # peers -1, 0.5, 2 : span 3; 0.5 -> (0.5 + 1)/3 = 1/2
    assert ratio("MINMAX", "", "0.5", peers=("-1", "0.5", "2")) == F(1, 2)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("floor = 1.5", r"outside \[0, 1\]"),
        ("floor = -0.1", r"outside \[0, 1\]"),
        ("polarity = up", "polarity must be"),
        ("ceiling = 1", "unknown parameter"),
    ],
)
def test_minmax_parse_errors(params: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rule("MINMAX", params)


def test_minmax_needs_peers() -> None:
    rule = parse_rule("MINMAX", "floor = 0")
    assert isinstance(rule, MinMax)
    assert rule.needs_peers
    assert not parse_rule("BAND", ">= 1 : 1").needs_peers


# --- CHECKLIST -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [("3/5", F(3, 5)), (" 0 / 4 ", 0), ("4/4", 1), ("2 /3", F(2, 3)), ("10/12", F(5, 6))],
)
def test_checklist(value: str, expected: Fraction) -> None:
    assert ratio("CHECKLIST", "", value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("5/4", "MET must not exceed TOTAL"),
        ("3/0", "TOTAL must be greater than 0"),
        ("0/0", "TOTAL must be greater than 0"),
        ("abc", "MET/TOTAL"),
        ("", "MET/TOTAL"),
        ("3", "MET/TOTAL"),
        ("-1/4", "MET/TOTAL"),
        ("1.5/4", "MET/TOTAL"),
        ("3/5/7", "MET/TOTAL"),
        ("2024-03-05", "MET/TOTAL"),
    ],
)
def test_checklist_refused(value: str, message: str) -> None:
    rule = parse_rule("CHECKLIST", "")
    assert isinstance(rule, Checklist)
    with pytest.raises(RuleError, match=message):
        rule.ratio(value, "small")
    with pytest.raises(RuleError):
        rule.check_value(value)


def test_checklist_takes_no_params() -> None:
    with pytest.raises(RuleError, match="no parameters"):
        parse_rule("CHECKLIST", "total = 5")


# --- SCALE -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [("A", 1), ("B", F(4, 5)), ("C", F(3, 5)), ("D", F(2, 5)), ("E", F(1, 5)),
     ("b", F(4, 5)), (" c ", F(3, 5))],
)
def test_scale_uses_the_framework_scale(value: str, expected: Fraction) -> None:
    assert ratio("SCALE", "", value) == expected


def test_scale_other_ratios() -> None:
    rule = parse_rule("SCALE", "", {"S": D("0.95"), "U": D("0")})
    assert isinstance(rule, ScaleRule)
    assert rule.ratio("S", "large") == F(19, 20)
    assert rule.ratio("U", "large") == 0


@pytest.mark.parametrize("value", ["F", "", "AA", "1.0"])
def test_scale_unknown_level(value: str) -> None:
    with pytest.raises(RuleError, match="not in the Scale"):
        ratio("SCALE", "", value)


def test_scale_takes_no_params() -> None:
    with pytest.raises(RuleError, match="no parameters"):
        parse_rule("SCALE", "A : 1", SCALE)


# --- parse_rule ------------------------------------------------------------------------------------------

def test_rule_names_case_insensitive() -> None:
    assert isinstance(parse_rule(" band ", ">= 1 : 1"), Band)
    assert isinstance(parse_rule("Checklist", ""), Checklist)


def test_unknown_rule() -> None:
    with pytest.raises(RuleError, match="unknown rule 'RANK'"):
        parse_rule("RANK", "")

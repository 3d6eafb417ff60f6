"""Property tests: bounds of every rule, order independence of aggregation, rounding and sums."""

from decimal import Decimal
from fractions import Fraction
from random import Random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from smartcert_desktop.domain.aggregation import aggregate_qualitative
from smartcert_desktop.domain.engine import ApplicantInput, RoundInput, compute_round, quantitative_points
from smartcert_desktop.domain.numbers import canonical_decimal, round_half_up
from smartcert_desktop.domain.rules import CityType, parse_rule

from ._build import tiny_framework

D = Decimal
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
POLICIES = ("trimmed_total", "trimmed_indicator", "mean", "median")

# exact decimals with up to 4 places
decimals = st.decimals(min_value=D("-100000"), max_value=D("100000"), places=4, allow_nan=False,
                       allow_infinity=False)
non_negative = st.decimals(min_value=D("0"), max_value=D("100000"), places=4, allow_nan=False,
                           allow_infinity=False)
positive = st.decimals(min_value=D("0.01"), max_value=D("100000"), places=2, allow_nan=False,
                       allow_infinity=False)
ratios = st.decimals(min_value=D("0"), max_value=D("1"), places=3, allow_nan=False, allow_infinity=False)
max_points = st.decimals(min_value=D("0.01"), max_value=D("500"), places=2, allow_nan=False,
                         allow_infinity=False)
city_types = st.sampled_from(["large", "small"])


def text(d: Decimal) -> str:
    return canonical_decimal(d)


def in_bounds(r: Fraction, mp: Decimal) -> bool:
    pts = round_half_up(r * Fraction(mp))
    return 0 <= r <= 1 and D(0) <= pts <= mp


@st.composite
def band_params(draw: st.DrawFn) -> str:
    clauses = draw(st.lists(st.tuples(st.sampled_from([">=", ">", "<=", "<"]), decimals, ratios),
                            min_size=1, max_size=5))
    parts = [f"{op} {text(t)} : {text(r)}" for op, t, r in clauses]
    if draw(st.booleans()):
        parts.append(f"else : {text(draw(ratios))}")
    return "; ".join(parts)


@SETTINGS
@given(band_params(), decimals, max_points, city_types)
def test_band_points_within_max(params: str, x: Decimal, mp: Decimal, ct: str) -> None:
    assert in_bounds(parse_rule("BAND", params).ratio(text(x), ct), mp)  # type: ignore[arg-type]


@SETTINGS
@given(positive, positive, non_negative, max_points, city_types)
def test_cap_points_within_max(large: Decimal, small: Decimal, x: Decimal, mp: Decimal, ct: str) -> None:
    rule = parse_rule("CAP", f"large = {text(large)}; small = {text(small)}")
    r = rule.ratio(text(x), ct)  # type: ignore[arg-type]
    assert in_bounds(r, mp)
    target = large if ct == "large" else small
    assert r == min(Fraction(x) / Fraction(target), 1)


@SETTINGS
@given(ratios, st.sampled_from(["higher", "lower"]), st.lists(decimals, min_size=1, max_size=8), max_points,
       st.data())
def test_minmax_points_within_max(floor: Decimal, polarity: str, peers: list[Decimal], mp: Decimal,
                                  data: st.DataObject) -> None:
    rule = parse_rule("MINMAX", f"floor = {text(floor)}; polarity = {polarity}")
    x = data.draw(st.sampled_from(peers))
    r = rule.ratio(text(x), "large", [text(p) for p in peers])
    assert in_bounds(r, mp)
    # whoever is best gets 1; the worst gets the floor (unless everyone is equal)
    best = max(peers) if polarity == "higher" else min(peers)
    worst = min(peers) if polarity == "higher" else max(peers)
    if x == best:
        assert r == 1
    elif x == worst:
        assert r == Fraction(floor)
    assert r >= Fraction(floor)


@SETTINGS
@given(st.integers(min_value=1, max_value=1000), st.data(), max_points)
def test_checklist_points_within_max(total: int, data: st.DataObject, mp: Decimal) -> None:
    met = data.draw(st.integers(min_value=0, max_value=total))
    r = parse_rule("CHECKLIST", "").ratio(f"{met}/{total}", "small")
    assert r == Fraction(met, total)
    assert in_bounds(r, mp)


@SETTINGS
@given(st.dictionaries(st.text(alphabet="abcdefgh", min_size=1, max_size=6), ratios, min_size=1, max_size=5),
       max_points, st.data())
def test_levels_points_within_max(labels: dict[str, Decimal], mp: Decimal, data: st.DataObject) -> None:
    rule = parse_rule("LEVELS", "; ".join(f"{k} : {text(v)}" for k, v in labels.items()))
    label = data.draw(st.sampled_from(sorted(labels)))
    r = rule.ratio(f"  {label.upper()} ", "large")
    assert r == Fraction(labels[label])
    assert in_bounds(r, mp)


@SETTINGS
@given(st.sampled_from(["A", "B", "C", "D", "E"]), max_points)
def test_scale_points_within_max(level: str, mp: Decimal) -> None:
    fw = tiny_framework()
    assert in_bounds(fw.rule("S1").ratio(level, "large"), mp)


@SETTINGS
@given(st.sampled_from(["Q1", "Q2", "Q3", "Q5"]), decimals, city_types, st.lists(decimals, max_size=5))
def test_quantitative_points_never_exceed_max(code: str, x: Decimal, ct: CityType,
                                               peers: list[Decimal]) -> None:
    fw = tiny_framework()
    value = text(x) if code != "Q5" else "partial"
    pts = quantitative_points(fw, code, ct, value, [text(p) for p in peers] + [value] if code == "Q3" else [])
    if code == "Q2" and x < 0:
        assert pts is None  # a negative CAP value does not fit the rule
    else:
        assert pts is not None and D(0) <= pts <= fw.indicator_by_code[code].max_points


# --- aggregation -----------------------------------------------------------------------------------------

CODES = ("S1", "S2", "S3")
Panel = dict[str, dict[str, Decimal]]
point_values = st.decimals(min_value=D("0"), max_value=D("50"), places=2, allow_nan=False,
                           allow_infinity=False)


@st.composite
def panels(draw: st.DrawFn) -> dict[str, dict[str, Decimal]]:
    n = draw(st.integers(min_value=1, max_value=9))
    ids = draw(st.lists(st.text(alphabet="E0123456789ab", min_size=1, max_size=4), min_size=n, max_size=n,
                        unique=True))
    return {e: {c: draw(point_values) for c in CODES} for e in ids}


@SETTINGS
@given(panels(), st.sampled_from(POLICIES), st.integers(min_value=2, max_value=7), st.randoms())
def test_aggregation_independent_of_insertion_order(points: Panel, policy: str, trim_min: int,
                                                     rnd: Random) -> None:
    items = list(points.items())
    rnd.shuffle(items)
    shuffled = dict(items)
    a = aggregate_qualitative(policy, trim_min, points, list(CODES))
    b = aggregate_qualitative(policy, trim_min, shuffled, list(CODES))
    assert a.points == b.points
    assert a.dropped == b.dropped


@SETTINGS
@given(panels(), st.sampled_from(POLICIES), st.integers(min_value=2, max_value=7), st.randoms())
def test_aggregation_independent_of_who_has_which_id(points: Panel, policy: str, trim_min: int,
                                                      rnd: Random) -> None:
    # renaming evaluators changes which of equal values is dropped, never the resulting figures,
    # except for trimmed_total when two evaluators tie on total with different points
    if policy == "trimmed_total":
        totals = [sum(p.values()) for p in points.values()]
        assume(len(set(totals)) == len(totals))
    ids = list(points)
    renamed = ids[:]
    rnd.shuffle(renamed)
    relabelled = {new: points[old] for old, new in zip(ids, renamed, strict=True)}
    a = aggregate_qualitative(policy, trim_min, points, list(CODES))
    b = aggregate_qualitative(policy, trim_min, relabelled, list(CODES))
    assert a.points == b.points


@SETTINGS
@given(panels(), st.sampled_from(POLICIES), st.integers(min_value=2, max_value=7))
def test_result_lies_between_min_and_max(points: Panel, policy: str, trim_min: int) -> None:
    result = aggregate_qualitative(policy, trim_min, points, list(CODES))
    for c in CODES:
        values = [p[c] for p in points.values()]
        assert min(values) <= result.points[c] <= max(values)


@SETTINGS
@given(panels(), st.integers(min_value=3, max_value=7))
def test_trimmed_total_drops_exactly_two_when_trimming(points: Panel, trim_min: int) -> None:
    result = aggregate_qualitative("trimmed_total", trim_min, points, list(CODES))
    if len(points) >= trim_min:
        dropped = result.dropped["S1"]
        assert len(dropped) == 2
        totals = result.evaluator_totals
        kept = [totals[e] for e in points if e not in dropped]
        assert all(min(totals[d] for d in dropped) <= t <= max(totals[d] for d in dropped) for t in kept)
    else:
        assert result.dropped == {}


# --- rounding --------------------------------------------------------------------------------------------

@SETTINGS
@given(st.fractions(min_value=-10**6, max_value=10**6, max_denominator=10**6))
def test_round_half_up_within_half_a_cent(x: Fraction) -> None:
    r = round_half_up(x)
    assert abs(Fraction(r) - x) <= Fraction(1, 200)
    assert r.as_tuple().exponent == -2
    # exactly half a cent away only when x is on a half cent, and then away from zero
    if abs(Fraction(r) - x) == Fraction(1, 200):
        assert abs(Fraction(r)) > abs(x)


@SETTINGS
@given(st.decimals(min_value=D("-100000"), max_value=D("100000"), places=2, allow_nan=False,
                   allow_infinity=False))
def test_round_half_up_keeps_two_place_values(x: Decimal) -> None:
    assert round_half_up(x) == x


# --- engine sums -----------------------------------------------------------------------------------------

quant_value = {
    "Q1": decimals.map(text),
    "Q2": non_negative.map(text),
    "Q3": decimals.map(text),
    "Q4": st.integers(min_value=1, max_value=20).flatmap(
        lambda t: st.integers(min_value=0, max_value=t).map(lambda m: f"{m}/{t}")),
    "Q5": st.sampled_from(["yes", "Partial", " NO "]),
}
levels = st.sampled_from(["A", "B", "C", "D", "E", "b"])


@st.composite
def rounds(draw: st.DrawFn) -> RoundInput:
    fw = tiny_framework(aggregation=draw(st.sampled_from(POLICIES)),
                        trim_min_evaluators=draw(st.integers(min_value=3, max_value=6)))
    n = draw(st.integers(min_value=1, max_value=5))
    applicants = [ApplicantInput(f"A{i}", "", "", draw(st.integers(min_value=0, max_value=10**6)))
                  for i in range(n)]
    values = {}
    for a in applicants:
        for code, strategy in quant_value.items():
            if draw(st.integers(min_value=0, max_value=5)):  # now and then a value is missing
                values[(a.code, code)] = draw(strategy)
    lv = {a.code: {f"E{j}": {"S1": draw(levels), "S2": draw(levels)}
                   for j in range(draw(st.integers(min_value=0, max_value=6)))} for a in applicants}
    return RoundInput(fw, applicants, values, lv)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rounds())
def test_sums_of_rounded_indicators(data: RoundInput) -> None:
    fw = data.framework
    for r in compute_round(data):
        for ind in fw.indicators:
            p = r.indicators[ind.code]
            assert p.as_tuple().exponent == -2
            assert D(0) <= p <= ind.max_points
        for it in fw.items:
            assert r.items[it.code] == sum((r.indicators[i.code] for i in fw.indicators_of(it.code)), D(0))
        for dm in fw.domains:
            assert r.domains[dm.code] == sum((r.items[it.code] for it in fw.items_of(dm.code)), D(0))
        assert r.total == sum(r.indicators.values(), D(0))
        assert r.total == sum(r.domains.values(), D(0))
        j = r.to_json_dict()
        assert D(j["total"]) == r.total and j["total"] == f"{r.total:.2f}"
        assert r.max_total == D(100)
        if r.evaluators_counted >= fw.min_evaluators:
            assert r.status == "graded" and r.grade in (1, 2, 3)
        else:
            assert (r.status, r.grade, r.certified) == ("incomplete", None, False)
        missing = {f.indicator for f in r.flags if f.kind == "missing_data"}
        assert missing == {i.code for i in fw.quantitative if (r.code, i.code) not in data.values}


@SETTINGS
@given(ratios, st.sampled_from(["higher", "lower"]), st.lists(decimals, min_size=1, max_size=8), st.data())
def test_minmax_ratio_is_the_contracts_formula(floor: Decimal, polarity: str, peers: list[Decimal],
                                               data: st.DataObject) -> None:
    """F + (1 − F)·(x − min)/(max − min), or (max − x) for lower, computed here with fractions step by step."""
    x = data.draw(st.sampled_from(peers))
    rule = parse_rule("MINMAX", f"floor = {text(floor)}; polarity = {polarity}")
    values = [Fraction(p) for p in peers]
    lo, hi = min(values), max(values)
    f = Fraction(floor)
    if hi == lo:
        expected = Fraction(1)
    else:
        distance = Fraction(x) - lo if polarity == "higher" else hi - Fraction(x)
        expected = f + (1 - f) * distance / (hi - lo)
    assert rule.ratio(text(x), "large", [text(p) for p in peers]) == expected


@SETTINGS
@given(st.lists(decimals, min_size=1, max_size=12))
def test_rounded_mean_is_the_rounded_exact_mean(values: list[Decimal]) -> None:
    from smartcert_desktop.domain.aggregation import rounded_mean

    exact = sum((Fraction(v) for v in values), Fraction(0)) / len(values)
    assert rounded_mean(values) == round_half_up(exact)

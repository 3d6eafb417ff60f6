"""Sheet completeness (contract section 6): levels, required comments, recusals."""

from dataclasses import replace

from smartcert_desktop.domain.sheets import IndicatorEntry, Missing, Sheet, is_complete, missing_in, progress

from ._build import tiny_framework

FW = tiny_framework()  # qualitative S1, S2; quantitative Q1..Q5; comments required for A and E


def sheet(entries: dict[str, IndicatorEntry], **kw: object) -> Sheet:
    return Sheet("E1", "L1", entries, **kw)  # type: ignore[arg-type]


def test_empty_sheet_misses_every_level() -> None:
    s = sheet({})
    assert missing_in(FW, s) == [Missing("L1", "S1", "level"), Missing("L1", "S2", "level")]
    assert not is_complete(FW, s)
    assert str(missing_in(FW, s)[0]) == "L1 S1: level missing"


def test_middle_levels_need_no_comment() -> None:
    s = sheet({"S1": IndicatorEntry(level="B"), "S2": IndicatorEntry(level="D")})
    assert missing_in(FW, s) == []
    assert is_complete(FW, s)


def test_best_and_worst_levels_need_a_comment() -> None:
    s = sheet({"S1": IndicatorEntry(level="A"), "S2": IndicatorEntry(level="E")})
    assert missing_in(FW, s) == [Missing("L1", "S1", "comment"), Missing("L1", "S2", "comment")]
    # a blank comment is no comment
    s = sheet({"S1": IndicatorEntry(level="A", comment="   "), "S2": IndicatorEntry(level="E", comment="\n")})
    assert [m.what for m in missing_in(FW, s)] == ["comment", "comment"]
    s = sheet({"S1": IndicatorEntry(level="A", comment="조례와 전담조직 모두 갖춤"),
               "S2": IndicatorEntry(level="E", comment="no participation at all")})
    assert is_complete(FW, s)


def test_required_comment_level_case_insensitive() -> None:
    s = sheet({"S1": IndicatorEntry(level="a"), "S2": IndicatorEntry(level=" c ")})
    assert missing_in(FW, s) == [Missing("L1", "S1", "comment")]


def test_comment_required_levels_from_the_framework() -> None:
    fw = tiny_framework(comment_required_levels=("C",))
    s = sheet({"S1": IndicatorEntry(level="A"), "S2": IndicatorEntry(level="C")})
    assert missing_in(fw, s) == [Missing("L1", "S2", "comment")]


def test_quantitative_rows_are_complete_as_they_are() -> None:
    # blank verified_value means confirmed: nothing quantitative is ever missing
    s = sheet({"S1": IndicatorEntry(level="C"), "S2": IndicatorEntry(level="C")})
    assert all(m.indicator_code.startswith("S") for m in missing_in(FW, s))
    assert is_complete(FW, s)
    s2 = sheet({"S1": IndicatorEntry(level="C"), "S2": IndicatorEntry(level="C"),
                "Q1": IndicatorEntry(verified_value="55")})
    assert is_complete(FW, s2)


def test_recused_sheet_is_complete() -> None:
    s = sheet({}, recused=True, recusal_reason="former employee of the city")
    assert missing_in(FW, s) == []
    assert is_complete(FW, s)
    # a recused sheet with a half-filled entry still needs nothing
    s = sheet({"S1": IndicatorEntry(level="A")}, recused=True)
    assert is_complete(FW, s)


def test_blank_or_unknown_level_is_not_a_level() -> None:
    s = sheet({"S1": IndicatorEntry(level="   "), "S2": IndicatorEntry(level="")})
    assert missing_in(FW, s) == [Missing("L1", "S1", "level"), Missing("L1", "S2", "level")]
    s = sheet({"S1": IndicatorEntry(level="Z"), "S2": IndicatorEntry(level="C")})
    assert missing_in(FW, s) == [Missing("L1", "S1", "level")]


def test_progress() -> None:
    # 7 indicators: 5 quantitative, 2 qualitative. Progress counts by the rule submit uses: a quantitative
    # indicator is complete as reported, a qualitative one once it has a level (and its required comment).
    assert progress(FW, sheet({})) == (5, 7)
    s = sheet({
        "Q1": IndicatorEntry(confirmed=True),        # complete, as every quantitative row
        "Q2": IndicatorEntry(verified_value="33"),   # complete (another value noted for the chair)
        "Q3": IndicatorEntry(),                      # complete: blank means confirmed as reported
        "S1": IndicatorEntry(level="A"),             # level without its required comment: not complete
        "S2": IndicatorEntry(level="B"),             # complete
    })
    assert progress(FW, s) == (6, 7)
    s = replace(s, entries={**s.entries, "S1": IndicatorEntry(level="A", comment="ok")})
    assert progress(FW, s) == (7, 7)
    assert progress(FW, replace(s, recused=True)) == (7, 7)  # a recused applicant needs nothing


def test_entry_defaults() -> None:
    s = sheet({})
    e = s.entry("S1")
    assert e.level is None and e.verified_value is None and e.comment == "" and not e.reviewed

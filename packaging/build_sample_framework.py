"""Build ``resources/sample_framework_63.xlsx`` from ``resources/sample_framework_63.csv``.

The CSV holds the Indicators sheet of the SAMPLE framework (contract section 2, same columns); the
Framework, Scale and Grades sheets are given here. The sample matches the published counts (3 domains,
10 items, 63 indicators, 2,000 points) but its indicators are our own, not the official ones: the operating
agency replaces it with the official framework workbook.

Run from the checkout:  python packaging/build_sample_framework.py [--csv FILE] [--out FILE]
The workbook is read back with the program's own reader, so a broken CSV fails the build.
"""

from __future__ import annotations

import argparse
import csv
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout, without installing the package
    sys.path.insert(0, str(ROOT))

from smartcert_desktop.domain.framework import (  # noqa: E402
    Domain,
    Framework,
    GradeRule,
    Indicator,
    Item,
    ScaleLevel,
)
from smartcert_desktop.domain.numbers import parse_decimal  # noqa: E402
from smartcert_desktop.exchange.framework_xlsx import read_framework, write_framework  # noqa: E402

CSV_PATH = ROOT / "resources" / "sample_framework_63.csv"
XLSX_PATH = ROOT / "resources" / "sample_framework_63.xlsx"

FRAMEWORK_ID = "KR-SMARTCITY-SAMPLE"
FRAMEWORK_VERSION = "2021-sample"
NAME_KO = "스마트도시 인증 평가체계 (예시)"
NAME_EN = "Smart city certification framework (SAMPLE)"

SCALE = (
    ScaleLevel("A", "매우우수", "Excellent", Decimal("1")),
    ScaleLevel("B", "우수", "Good", Decimal("0.8")),
    ScaleLevel("C", "보통", "Fair", Decimal("0.6")),
    ScaleLevel("D", "미흡", "Poor", Decimal("0.4")),
    ScaleLevel("E", "매우미흡", "Very poor", Decimal("0.2")),
)
# Only the 70 % certification threshold is documented; the other thresholds are assumptions.
GRADES = (
    GradeRule(1, Decimal("0.9"), True),
    GradeRule(2, Decimal("0.8"), True),
    GradeRule(3, Decimal("0.7"), True),
    GradeRule(4, Decimal("0.6"), False),
    GradeRule(5, Decimal("0"), False),
)


def sample_framework(csv_path: Path = CSV_PATH) -> Framework:
    """The sample framework: the CSV's indicators with the settings, Scale and Grades above."""
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    domains: dict[str, Domain] = {}
    items: dict[str, Item] = {}
    indicators: list[Indicator] = []
    for r in rows:
        domains.setdefault(r["domain_code"], Domain(r["domain_code"], r["domain_ko"], r["domain_en"]))
        items.setdefault(r["item_code"], Item(r["item_code"], r["domain_code"], r["item_ko"], r["item_en"]))
        indicators.append(Indicator(
            code=r["code"], domain_code=r["domain_code"], item_code=r["item_code"], name_ko=r["name_ko"],
            name_en=r["name_en"], kind="qualitative" if r["kind"] == "qualitative" else "quantitative",
            max_points=parse_decimal(r["max_points"]), rule_name=r["rule"], params=r["params"],
            unit=r["unit"], guidance_ko=r["guidance_ko"], guidance_en=r["guidance_en"]))
    return Framework(
        id=FRAMEWORK_ID, version=FRAMEWORK_VERSION, name_ko=NAME_KO, name_en=NAME_EN, scale=SCALE,
        domains=tuple(domains.values()), items=tuple(items.values()), indicators=tuple(indicators),
        grades=GRADES, comment_required_levels=("A", "E"), sample=True)


def build(csv_path: Path = CSV_PATH, out: Path = XLSX_PATH) -> Framework:
    """Write the sample workbook and check that it reads back as the same framework."""
    framework = sample_framework(csv_path)
    write_framework(framework, out)
    read_back = read_framework(out)
    if read_back.hash != framework.hash:
        raise SystemExit(f"{out}: the workbook does not read back as the framework it was built from")
    return read_back


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=CSV_PATH)
    parser.add_argument("--out", type=Path, default=XLSX_PATH)
    args = parser.parse_args(argv)
    fw = build(args.csv, args.out)
    print(f"{args.out}: {fw.id} {fw.version}, {len(fw.domains)} domains, {len(fw.items)} items, "
          f"{len(fw.indicators)} indicators, {fw.total_max} points, hash {fw.hash}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

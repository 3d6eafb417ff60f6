"""``smartcert framework check FRAMEWORK.xlsx`` (contract section 1): validate a framework workbook.

On success it prints what the framework holds (identity and hash, domains, items, indicators and points,
aggregation settings, Scale and Grades) and exits 0. An invalid workbook raises
:class:`~smartcert_desktop.errors.ValidationError`, which the main command prints as one ``error:`` line per
problem (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.numbers import canonical_decimal

if TYPE_CHECKING:
    from ..domain.framework import Framework

SAMPLE_NOTICE = ("SAMPLE: a sample framework, not the official indicator set; the operating agency "
                 "replaces it with the official framework workbook")


def register(sub: Any) -> None:
    """Add ``framework check`` to the ``smartcert`` parser's subparsers."""
    group = sub.add_parser("framework", help="framework workbooks (평가체계)",
                           description="Framework workbooks (평가체계).")
    group.set_defaults(handler=lambda _args: _usage(group))
    commands = group.add_subparsers(dest="framework_command", metavar="SUBCOMMAND")
    check = commands.add_parser(
        "check", help="validate a framework workbook and show what it holds",
        description="Validate a framework workbook; print its domains, items, indicators and points. "
                    "Every problem is reported as an error: line with its sheet, row and column.")
    check.add_argument("file", metavar="FRAMEWORK.xlsx", type=Path)
    check.add_argument("--indicators", action="store_true", help="also list every indicator")
    check.set_defaults(handler=check_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    sys.stderr.write("error: a subcommand is required (check)\n")
    return 2


def check_command(args: argparse.Namespace) -> int:
    """Validate ``args.file`` and print its summary; exit code 0 (problems raise ValidationError)."""
    from ..services.frameworks import read_framework_workbook as read_framework

    framework = read_framework(args.file)
    for line in summary_lines(framework, indicators=bool(getattr(args, "indicators", False))):
        print(line)
    return 0


def _name(ko: str, en: str) -> str:
    if ko and en and ko != en:
        return f"{ko} ({en})"
    return ko or en


def _points(value: Decimal) -> str:
    return canonical_decimal(value)


def summary_lines(framework: Framework, *, indicators: bool = False) -> list[str]:
    """The summary that ``framework check`` prints, one string per line."""
    fw = framework
    quantitative, qualitative = fw.quantitative, fw.qualitative
    quantitative_points = _points(sum((i.max_points for i in quantitative), Decimal(0)))
    qualitative_points = _points(sum((i.max_points for i in qualitative), Decimal(0)))
    lines = [f"framework: {fw.id}", f"version: {fw.version}"]
    if fw.name_ko or fw.name_en:
        lines.append(f"name: {' / '.join(n for n in (fw.name_ko, fw.name_en) if n)}")
    if fw.sample:
        lines.append(SAMPLE_NOTICE)
    lines += [
        f"hash: {fw.short_hash} (sha256 {fw.hash})",
        f"domains: {len(fw.domains)}",
        f"items: {len(fw.items)}",
        f"indicators: {len(fw.indicators)} (quantitative {len(quantitative)}, "
        f"{quantitative_points} points; qualitative {len(qualitative)}, {qualitative_points} points)",
        "points:",
    ]
    # Codes indented by level, then the points right-aligned in one column, then the names.
    width = max(len(_points(fw.total_max)), 4)
    label = max([len("total"), *(len(i.code) + 4 for i in fw.indicators),
                 *(len(i.code) + 2 for i in fw.items), *(len(d.code) for d in fw.domains)])

    def row(code: str, points: Decimal, text: str = "") -> str:
        return f"  {code:<{label}} {_points(points):>{width}}{'  ' + text if text else ''}"

    for domain in fw.domains:
        lines.append(row(domain.code, fw.domain_max(domain.code), _name(domain.name_ko, domain.name_en)))
        for item in fw.items_of(domain.code):
            members = list(fw.indicators_of(item.code))
            lines.append(row(f"  {item.code}", fw.item_max(item.code),
                             f"{_name(item.name_ko, item.name_en)}  [{len(members)} indicators]"))
            if indicators:
                for ind in members:
                    params = fw.rule(ind.code).canonical_params()
                    lines.append(row(f"    {ind.code}", ind.max_points,
                                     f"{ind.kind:<12} {ind.rule_name}{' ' + params if params else ''}  "
                                     f"{_name(ind.name_ko, ind.name_en)}"))
    lines.append(row("total", fw.total_max))
    scale = ", ".join(f"{s.code} {s.name_ko or s.name_en} {canonical_decimal(s.ratio)}" for s in fw.scale)
    comments = ", ".join(fw.comment_required_levels) or "none"
    lines += [
        f"scale: {scale}",
        f"comment required for levels: {comments}",
        f"aggregation: {fw.aggregation} (trimming from {fw.trim_min_evaluators} counted evaluators; "
        f"fewer than {fw.min_evaluators} counted evaluators: incomplete, no grade)",
        f"large city: population {fw.large_city_min_population} or more",
        f"flags: spread {canonical_decimal(fw.spread_flag_ratio)} of an indicator's maximum; deviation "
        f"{canonical_decimal(fw.deviation_flag_ratio)} from the panel mean",
        "grades:",
    ]
    for g in sorted(fw.grades, key=lambda g: (g.city_type, g.grade)):
        points = _points(g.min_ratio * fw.total_max)
        lines.append(f"  grade {g.grade}  min_ratio {canonical_decimal(g.min_ratio)} ({points} points)  "
                     f"{'certified' if g.certified else 'not certified'}  {g.city_type}")
    lines.append("framework OK")
    return lines

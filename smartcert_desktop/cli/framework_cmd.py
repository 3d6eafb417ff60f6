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
from ..messages import Text, msg
from .text import text

if TYPE_CHECKING:
    from ..domain.framework import Framework

SAMPLE_NOTICE = msg("SAMPLE: a sample framework, not the official indicator set; the operating agency "
                    "replaces it with the official framework workbook")


def register(sub: Any) -> None:
    """Add ``framework check`` to the ``smartcert`` parser's subparsers."""
    group = sub.add_parser("framework", help=text(msg("framework workbooks (평가체계)")),
                           description=text(msg("Framework workbooks (평가체계).")))
    group.set_defaults(handler=lambda _args: _usage(group))
    commands = group.add_subparsers(dest="framework_command", metavar="SUBCOMMAND")
    check = commands.add_parser(
        "check", help=text(msg("validate a framework workbook and show what it holds")),
        description=text(msg("Validate a framework workbook; print its domains, items, indicators and points. "
                             "Every problem is reported as an error: line with its sheet, row and column.")))
    check.add_argument("file", metavar="FRAMEWORK.xlsx", type=Path)
    check.add_argument("--indicators", action="store_true", help=text(msg("also list every indicator")))
    check.set_defaults(handler=check_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    sys.stderr.write(f"error: {text(msg('a subcommand is required (check)'))}\n")
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
    """The summary that ``framework check`` prints, one string per line, in the run's language."""
    fw = framework
    quantitative, qualitative = fw.quantitative, fw.qualitative
    quantitative_points = _points(sum((i.max_points for i in quantitative), Decimal(0)))
    qualitative_points = _points(sum((i.max_points for i in qualitative), Decimal(0)))
    said: list[Text] = [msg("framework: {id}", id=fw.id), msg("version: {version}", version=fw.version)]
    if fw.name_ko or fw.name_en:
        said.append(msg("name: {name}", name=" / ".join(n for n in (fw.name_ko, fw.name_en) if n)))
    if fw.sample:
        said.append(SAMPLE_NOTICE)
    said += [
        msg("hash: {short} (sha256 {hash})", short=fw.short_hash, hash=fw.hash),
        msg("domains: {count}", count=len(fw.domains)),
        msg("items: {count}", count=len(fw.items)),
        msg("indicators: {count} (quantitative {quantitative}, {quantitative_points} points; qualitative "
            "{qualitative}, {qualitative_points} points)", count=len(fw.indicators),
            quantitative=len(quantitative), quantitative_points=quantitative_points,
            qualitative=len(qualitative), qualitative_points=qualitative_points),
        msg("points:"),
    ]
    lines = [text(line) for line in said]
    # Codes indented by level, then the points right-aligned in one column, then the names.
    total = text(msg("total"))
    width = max(len(_points(fw.total_max)), 4)
    label = max([len(total), *(len(i.code) + 4 for i in fw.indicators),
                 *(len(i.code) + 2 for i in fw.items), *(len(d.code) for d in fw.domains)])

    def row(code: str, points: Decimal, what: str = "") -> str:
        return f"  {code:<{label}} {_points(points):>{width}}{'  ' + what if what else ''}"

    for domain in fw.domains:
        lines.append(row(domain.code, fw.domain_max(domain.code), _name(domain.name_ko, domain.name_en)))
        for item in fw.items_of(domain.code):
            members = list(fw.indicators_of(item.code))
            lines.append(row(f"  {item.code}", fw.item_max(item.code),
                             text(msg("{name}  [{count} indicators]", name=_name(item.name_ko, item.name_en),
                                       count=len(members)))))
            if indicators:
                for ind in members:
                    params = fw.rule(ind.code).canonical_params()
                    lines.append(row(f"    {ind.code}", ind.max_points,
                                     f"{ind.kind:<12} {ind.rule_name}{' ' + params if params else ''}  "
                                     f"{_name(ind.name_ko, ind.name_en)}"))
    lines.append(row(total, fw.total_max))
    scale = ", ".join(f"{s.code} {s.name_ko or s.name_en} {canonical_decimal(s.ratio)}" for s in fw.scale)
    said = [
        msg("scale: {scale}", scale=scale),
        msg("comment required for levels: {levels}",
            levels=", ".join(fw.comment_required_levels) or msg("none")),
        msg("aggregation: {method} (trimming from {trim} counted evaluators; fewer than {minimum} counted "
            "evaluators: incomplete, no grade)", method=fw.aggregation, trim=fw.trim_min_evaluators,
            minimum=fw.min_evaluators),
        msg("large city: population {population} or more", population=fw.large_city_min_population),
        msg("flags: spread {spread} of an indicator's maximum; deviation {deviation} from the panel mean",
            spread=canonical_decimal(fw.spread_flag_ratio), deviation=canonical_decimal(fw.deviation_flag_ratio)),
        msg("grades:"),
    ]
    for g in sorted(fw.grades, key=lambda g: (g.city_type, g.grade)):
        said.append(msg("  grade {grade}  min_ratio {ratio} ({points} points)  {certified}  {city_type}",
                        grade=g.grade, ratio=canonical_decimal(g.min_ratio),
                        points=_points(g.min_ratio * fw.total_max),
                        certified=msg("certified") if g.certified else msg("not certified"),
                        city_type=g.city_type))
    said.append(msg("framework OK"))
    return lines + [text(line) for line in said]

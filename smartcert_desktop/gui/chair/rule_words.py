"""Scoring rules in words for the chair's framework view: BAND → 구간, "floor = 0.2; polarity = higher" →
"최저 0.2, 높을수록 좋음".

The workbook's grammar (contract section 3) stays what the framework holds and what the tooltip shows; the
table says the same in the program's language, read from the parsed rule, so that it cannot say something
else than the rule does.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.numbers import canonical_decimal
from ...domain.rules import Band, Cap, Checklist, Levels, MinMax, Rule, RuleError, ScaleRule, parse_rule
from ..i18n import fill


def _n(value: Decimal) -> str:
    return canonical_decimal(value)


def rule_name_text(name: str) -> str:
    """A rule's name in the program's language (the contract's name when it is not one of the contract's)."""
    # Literal calls, one per text, so that the translation tools find every one.
    names = {
        "BAND": QCoreApplication.translate("RuleWords", "Bands"),
        "LEVELS": QCoreApplication.translate("RuleWords", "Levels"),
        "CAP": QCoreApplication.translate("RuleWords", "Target"),
        "MINMAX": QCoreApplication.translate("RuleWords", "Min–max"),
        "CHECKLIST": QCoreApplication.translate("RuleWords", "Checklist"),
        "SCALE": QCoreApplication.translate("RuleWords", "Scale"),
    }
    return names.get(name.strip().upper(), name)


def _band(rule: Band) -> str:
    ops = {
        ">=": QCoreApplication.translate("RuleWords", "%1 or more: %2"),
        ">": QCoreApplication.translate("RuleWords", "more than %1: %2"),
        "<=": QCoreApplication.translate("RuleWords", "%1 or less: %2"),
        "<": QCoreApplication.translate("RuleWords", "less than %1: %2"),
    }
    parts = [fill(ops[c.op], _n(c.threshold), _n(c.ratio)) for c in rule.clauses]
    if rule.otherwise is not None:
        parts.append(fill(QCoreApplication.translate("RuleWords", "otherwise %1"), _n(rule.otherwise)))
    return " · ".join(parts)


def rule_params_text(rule: Rule) -> str:
    """What the rule's parameters mean, in words; the ratios are shares of the indicator's points."""
    if isinstance(rule, Band):
        return _band(rule)
    if isinstance(rule, Levels):
        label = QCoreApplication.translate("RuleWords", "%1: %2")
        return " · ".join(fill(label, name, _n(ratio)) for name, ratio in rule.labels)
    if isinstance(rule, Cap):
        if rule.large == rule.small:
            return fill(QCoreApplication.translate("RuleWords", "target %1, full points from there"),
                        _n(rule.large))
        return fill(QCoreApplication.translate("RuleWords", "target %1 for large cities, %2 for small and medium ones"),
                    _n(rule.large), _n(rule.small))
    if isinstance(rule, MinMax):
        better = (QCoreApplication.translate("RuleWords", "higher is better") if rule.polarity == "higher"
                  else QCoreApplication.translate("RuleWords", "lower is better"))
        return fill(QCoreApplication.translate("RuleWords", "floor %1, %2"), _n(rule.floor), better)
    if isinstance(rule, Checklist):
        return QCoreApplication.translate("RuleWords", "items met ÷ items in all")
    if isinstance(rule, ScaleRule):
        return QCoreApplication.translate("RuleWords", "the evaluators' level, by the Scale's ratios")
    return ""


def describe(name: str, params: str) -> tuple[str, str]:
    """(rule name, parameters) in words for a rule as the framework tree carries it; the raw text for a rule
    that does not parse (a framework is checked when it is read, so this is only a safety net)."""
    try:
        rule = parse_rule(name, params, {})
    except RuleError:
        return name, params
    return rule_name_text(name), rule_params_text(rule)

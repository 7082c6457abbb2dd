"""Rules stage: the registry of findings, and the severities users set in rules/."""

from __future__ import annotations

from dataclasses import replace

from ..model import DateValue, Finding, calendar_dropped
from .data import RuleFiles
from .registry import RULES, RULES_BY_CODE, Rule

DEFAULT_SEVERITY = "warning"


def severity_of(rule: Rule, files: RuleFiles) -> str:
    """A rule's severity in `files`: its own entry in severity.toml, else its relation's."""
    return files.severity_by_rule.get(
        rule.code, files.severity_by_relation.get(rule.relation, DEFAULT_SEVERITY)
    )


def apply_severity(findings: list[Finding], files: RuleFiles) -> list[Finding]:
    """The findings with the severity `files` give their rules."""
    return [
        replace(f, severity=_capped(f, severity_of(RULES_BY_CODE[f.rule], files), files))
        for f in findings
    ]


# Bounds that together cover every figure once: less than N and at least N (3日以内 is at
# most 3 days)
COMPLEMENTS = ({"lt", "ge"}, {"gt", "le"}, {"gt", "within"})
# The bounds that reach up from their figure and those that reach down.
UPWARD, DOWNWARD = frozenset({"gt", "ge"}), frozenset({"lt", "le", "within"})


def _counted(facts: list) -> bool:
    """Whether the weak dates among `facts` are read after all: 同年 resolved from the
    2019年 before it is 2019, and 同年 against 翌年 are two years whatever the last one
    was (同年 alone is weak only in that it may go unsaid)."""
    values = [f.value for f in facts]
    if not all(isinstance(v, DateValue) for v in values):
        return False
    return (len(values) == 2 and values[0].anchored_alike(values[1])) or all(
        v.counted or not v.weak for v in values
    )


# The smallest figure a big unit of two sizes says at its big size (兆 = 10^12): against a
# figure as big, its size is not in doubt.
OPEN_SCALE_FLOOR = 10**12


def _capped(finding: Finding, severity: str, files: RuleFiles) -> str:
    """An error is a promise that both sides were read unambiguously: a finding that
    rests on a weak fact (a name only a tagger vouches for), or a changed unit where one
    side may name the other's (元 and ドル: a dollar either way; loose_units in
    rules/common/numbers.toml), or a figure compared in a unit of two sizes (3斤 against
    1キロ: 斤 is 500 g or 600 g; [open_units]), or a figure scaled by a word of two sizes
    (100兆: 10^14 or 100 mega-; [open_scales]), or two facts paired by inference
    (Finding.guessed), is at most a warning."""
    facts = [f for f in (finding.source, finding.target) if f]
    weak = any(getattr(f.value, "weak", False) for f in facts) and not _counted(facts)
    # 去年 against 一昨年 with no document date: neither side says which year it is
    unresolved = any(getattr(f.value, "shifted", False) for f in facts)
    units = frozenset(getattr(f.value, "unit", None) for f in facts)
    vague_unit = RULES_BY_CODE[finding.rule].decided == "unit" and units in files.units.loose
    # 3斤 against 1キロ: a figure compared in a unit of two sizes (斤: 500 g or 600 g)
    two_sizes = (
        RULES_BY_CODE[finding.rule].decided != "unit"
        and len(units - {None}) == 2
        and any(files.units.measures_two_ways(unit) for unit in units)
    )
    # 至少要煮15分钟 against 多くても15分: the figure agrees, and the bound word that
    # differs stands apart from it (a qualifier read at a distance may belong elsewhere)
    apart = any(getattr(f.value, "qualified_apart", False) for f in facts) and (
        len({getattr(f.value, "low", None) for f in facts}) == 1
    )
    # 不到18岁不能喝酒 against 18歳以上でないと飲めない: a condition said by its complement
    turned = (
        {getattr(f.value, "qualifier", None) for f in facts} in COMPLEMENTS
        and any(getattr(f.value, "conditional", False) for f in facts)
        and len({getattr(f.value, "low", None) for f in facts}) == 1
    )
    # 三十度 against 華氏30度: one side's unit read from its counter, not written
    unwritten = RULES_BY_CODE[finding.rule].decided == "unit" and any(
        getattr(f.value, "unit", "") is None
        and getattr(f.value, "counter", None) in files.units.counter_units
        for f in facts
    )
    # 100兆 against 100Mbps: a figure scaled by a word of two sizes (10^12 or mega-), unless
    # the other side's figure is of the big size too (100兆 against 200兆)
    open_scale = any(getattr(f.value, "open_scale", False) for f in facts) and not all(
        abs(getattr(f.value, "high", 0) or 0) >= OPEN_SCALE_FLOOR for f in facts
    )
    # 100コンボまで増え against 连击数大于 100 后停止: a word after the figure that names it
    # reached as much as a cap (まで: Quantity.end_point) against a bound the other way on the
    # same figure; which end the figure is, the verb says, and it is not read (最快350公里
    # against 350キロ以上 stays an error: the superlative's side is its word's)
    qualifiers = {getattr(f.value, "qualifier", None) for f in facts}
    end_point = (
        any(getattr(f.value, "end_point", False) for f in facts)
        and bool(qualifiers & UPWARD)
        and bool(qualifiers & DOWNWARD)
        and len({getattr(f.value, "low", None) for f in facts}) == 1
    )
    # 农历八月十五 against 8月15日: the calendar one side says, the other leaves unsaid
    calendar_unsaid = len(facts) == 2 and calendar_dropped(  # (a pair of facts)
        *(getattr(f.value, "calendar", None) for f in facts)
    )
    doubtful = (
        weak
        or calendar_unsaid
        or unresolved
        or vague_unit
        or two_sizes
        or apart
        or turned
        or unwritten
        or open_scale
        or end_point
    ) or finding.guessed
    return "warning" if doubtful and severity == "error" else severity


__all__ = ["RULES", "RULES_BY_CODE", "Rule", "apply_severity", "severity_of"]

"""Rules stage: the registry of findings, and the severities users set in rules/."""

from __future__ import annotations

from dataclasses import replace

from ..model import Finding
from .data import rule_files
from .registry import RULES, RULES_BY_CODE, Rule

DEFAULT_SEVERITY = "warning"


def severity_of(rule: Rule) -> str:
    """A rule's severity: its own entry in severity.toml, else its relation's."""
    files = rule_files()
    return files.severity_by_rule.get(
        rule.code, files.severity_by_relation.get(rule.relation, DEFAULT_SEVERITY)
    )


def apply_severity(findings: list[Finding]) -> list[Finding]:
    return [replace(f, severity=severity_of(RULES_BY_CODE[f.rule])) for f in findings]


__all__ = ["RULES", "RULES_BY_CODE", "Rule", "apply_severity", "severity_of"]

"""Rules stage: the registry of findings, and the severities users set in rules/."""

from __future__ import annotations

from dataclasses import replace

from ..model import Finding
from .data import RuleFiles, rule_files
from .registry import RULES, RULES_BY_CODE, Rule

DEFAULT_SEVERITY = "warning"


def severity_of(rule: Rule, files: RuleFiles | None = None) -> str:
    """A rule's severity in `files` (default: the current run's): its own entry in
    severity.toml, else its relation's."""
    files = files if files is not None else rule_files()
    return files.severity_by_rule.get(
        rule.code, files.severity_by_relation.get(rule.relation, DEFAULT_SEVERITY)
    )


def apply_severity(findings: list[Finding], files: RuleFiles) -> list[Finding]:
    """The findings with the severity `files` give their rules."""
    return [
        replace(f, severity=_capped(f, severity_of(RULES_BY_CODE[f.rule], files))) for f in findings
    ]


def _capped(finding: Finding, severity: str) -> str:
    """An error is a promise that both sides were read unambiguously: a finding that
    rests on a weak fact (a name only a tagger vouches for) is at most a warning."""
    weak = any(getattr(f.value, "weak", False) for f in (finding.source, finding.target) if f)
    return "warning" if weak and severity == "error" else severity


__all__ = ["RULES", "RULES_BY_CODE", "Rule", "apply_severity", "severity_of"]

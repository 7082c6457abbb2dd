"""The pipeline: load -> segment -> extract -> align -> compare -> rules, per pair.

Stages are plain functions; this module only threads their results together.
"""

from __future__ import annotations

from dataclasses import dataclass

from .align import align_documents
from .compare import CompareOptions, compare_pair
from .extract import extract_document
from .model import AlignedPair, DocumentPair, Fact, Finding
from .rules import apply_severity
from .rules.baseline import apply_waivers, with_fingerprints
from .rules.data import rule_files


@dataclass(frozen=True)
class PairResult:
    """Everything a reporter may show about one document pair."""

    pair: DocumentPair
    aligned: tuple[AlignedPair, ...]
    source_facts: tuple[Fact, ...]
    target_facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]


def check_pair(pair: DocumentPair) -> PairResult:
    """Run extract, align, compare and rules on one document pair."""
    running_text = pair.aligned is None
    source_facts = extract_document(pair.source, pair.doc_date, carry_context=running_text)
    target_facts = extract_document(pair.target, pair.doc_date, carry_context=running_text)
    if running_text:
        aligned = align_documents(pair.source, pair.target, source_facts, target_facts)
        options = CompareOptions(window=1)
    else:
        aligned = pair.aligned
        options = CompareOptions(window=0)
    findings = compare_pair(pair, aligned, source_facts, target_facts, options)
    findings = apply_severity(findings)
    findings = with_fingerprints(pair, findings)
    findings = apply_waivers(pair.id, findings, rule_files().waivers)
    return PairResult(
        pair, aligned, source_facts, target_facts, tuple(sort_findings(pair, findings))
    )


def sort_findings(pair: DocumentPair, findings: list[Finding]) -> list[Finding]:
    """Reading order of the source (then the translation), then offset, then code."""
    source_order = {seg.id: seg.index for seg in pair.source.segments}
    target_order = {seg.id: seg.index for seg in pair.target.segments}

    def key(finding: Finding):
        if finding.source is not None:
            anchor = (finding.unit, 0, source_order[finding.source.segment], finding.source.start)
        elif finding.target is not None:
            anchor = (finding.unit, 1, target_order[finding.target.segment], finding.target.start)
        else:
            anchor = (finding.unit, 2, 0, 0)
        return (*anchor, finding.rule, finding.message)

    return sorted(findings, key=key)

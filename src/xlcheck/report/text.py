"""Terminal report: counts first, then findings grouped by aligned unit, both texts shown.

Fact spans that a finding is about are marked 【like this】, or in colour on a terminal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import click

from ..model import Finding, Segment
from ..pipeline import PairResult
from . import SEVERITIES, RunInfo, severity_counts

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
MAX_SEGMENT_CHARS = 160


def render(
    results: Sequence[PairResult], info: RunInfo, *, colour: bool = False, verbose: bool = False
) -> str:
    lines: list[str] = []
    counts = severity_counts(results)
    total = sum(counts.values())
    segments = sum(r.segments for r in results)
    lines.append(
        f"xlcheck: {len(results)} document pair{'s' if len(results) != 1 else ''}, "
        f"{segments} source segments, {total} finding{'s' if total != 1 else ''}: "
        + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
    )
    for result in results:
        lines.append("")
        lines.extend(_document(result, colour, verbose))
    return "\n".join(lines) + "\n"


def _document(result: PairResult, colour: bool, verbose: bool) -> list[str]:
    pair = result.pair
    counts = severity_counts([result])
    lines = [
        _style(f"== {pair.id}", colour, bold=True)
        + f"  ({pair.source.lang} → {pair.target.lang}) {pair.source.path} ↔ {pair.target.path}",
        "   "
        + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
        + (f"; document date {pair.doc_date.isoformat()}" if pair.doc_date else ""),
    ]
    if verbose:
        for document in (pair.source, pair.target):
            for note in document.notes:
                lines.append(f"   note: {document.path}: {note}")
    by_unit: dict[int, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_unit[finding.unit].append(finding)
    source_segments = result.segment_index["source"]
    target_segments = result.segment_index["target"]
    for unit_index in sorted(by_unit):
        findings = by_unit[unit_index]
        lines.append("")
        if result.aligned and unit_index < len(result.aligned):
            bead = result.aligned[unit_index]
            lines.append(
                f"-- unit {unit_index + 1} (paragraph group {bead.group + 1}, "
                f"alignment score {bead.score:.2f})"
            )
            spans = _spans(findings)
            for seg_id in bead.source:
                lines.append(
                    _segment_line(
                        pair.source.lang, source_segments[seg_id], spans["source", seg_id], colour
                    )
                )
            for seg_id in bead.target:
                lines.append(
                    _segment_line(
                        pair.target.lang, target_segments[seg_id], spans["target", seg_id], colour
                    )
                )
            if not bead.target:
                lines.append(f"   {pair.target.lang}  (no counterpart in the translation)")
            if not bead.source:
                lines.append(f"   {pair.source.lang}  (no counterpart in the source)")
        for finding in findings:
            label = _style(f"{finding.severity:<7}", colour, fg=COLOURS[finding.severity])
            status = "" if finding.gating else f" [{finding.status}]"
            if finding.reason:
                status += f" ({finding.reason})"
            lines.append(
                f"   {label} {finding.rule} {finding.kind}/{finding.relation}: {finding.message}"
                f"{status}"
            )
    return lines


def _spans(findings: list[Finding]) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    spans: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for finding in findings:
        for side, fact in (("source", finding.source), ("target", finding.target)):
            if fact is not None:
                spans[side, fact.segment].append((fact.start, fact.end, finding.severity))
    return spans


def _segment_line(lang: str, segment: Segment, spans, colour: bool) -> str:
    text = segment.text
    pieces = []
    position = 0
    for start, end, severity in sorted(set(spans)):
        if start < position:
            continue
        pieces.append(text[position:start])
        marked = text[start:end]
        if colour:
            pieces.append(_style(marked, True, fg=COLOURS[severity], bold=True))
        else:
            pieces.append(f"【{marked}】")
        position = end
    pieces.append(text[position:])
    shown = "".join(pieces)
    if not colour and len(shown) > MAX_SEGMENT_CHARS:
        shown = shown[: MAX_SEGMENT_CHARS - 1] + "…"
    return f"   {lang} {segment.id:<7} {shown}"


def _style(text: str, colour: bool, **style) -> str:
    return click.style(text, **style) if colour else text

"""Terminal report, in the reviewer's language: counts first, then the findings grouped
by the sentences they stand in, with both texts and both places (file:line:column).

A sentence one side leaves out is shown with the sentences around the place it would
be on the other side, and the findings it carries are grouped under it. Fact spans
are marked 【like this】, or in colour on a terminal. Internal forms (unit numbers,
segment ids, alignment scores, normalised names) appear only with `verbose`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import click

from ..i18n import Words
from ..model import Finding, Segment
from ..pipeline import PairResult
from ..regexes import compiled
from . import SEVERITIES, RunInfo, severity_counts
from .places import around, file_name, is_segment_file, lines_of, places_text, unit_segments

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
MAX_SEGMENT_CHARS = 160
# Markup a reader does not need to see: heading and quote marks at a line's start.
LEADING_MARKUP = compiled(r"^(?:#{1,6}|>)[ \t]*")


def render(
    results: Sequence[PairResult],
    info: RunInfo,
    *,
    colour: bool = False,
    verbose: bool = False,
    ui_lang: str = "en",
) -> str:
    words = Words(ui_lang, verbose=verbose)
    counts = severity_counts(results)
    lines = [
        words(
            "report.summary",
            documents=words.count("document", len(results)),
            sentences=words.count("sentence", sum(r.segments for r in results)),
            findings=words.count("finding", sum(counts.values())),
            counts=words.counts(counts),
        )
    ]
    for result in results:
        lines.append("")
        lines.extend(_document(result, words, colour))
    if info.learned:
        lines += ["", words("report.learned_terms")]
        for term in info.learned:
            pages = words.count("page_pair", term.pages)
            evidence = words(f"report.evidence_{term.evidence}")
            line = words("report.learned_term", zh=term.zh, ja=term.ja, pages=pages,
                         evidence=evidence)  # fmt: skip
            lines.append("   " + replace_controls(line))
    return terminal_safe("\n".join(lines) + "\n", colour)


# Control characters of input text must not reach a terminal: an escape sequence in a
# translation could clear the screen, retitle the window or hide lines of the report.
_CONTROL = compiled(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The escape codes _style itself writes, and no other: an input text's own colour code
# (\x1b[8m conceals what follows) is an escape sequence like any other.
_OUR_STYLE = compiled(
    "|".join(
        sorted(
            {
                re.escape(code)
                for fg in (None, *COLOURS.values())
                for bold in (False, True)
                for code in re.findall(r"\x1b\[[0-9;]*m", click.style("", fg=fg, bold=bold))
            }
            | {re.escape(click.style("", reset=True))}
        )
    )
)


def replace_controls(text: str) -> str:
    """`text` with every control character but tab and line feed replaced by U+FFFD, one
    for one (offsets and columns stay where they were), visibly rather than dropped."""
    return _CONTROL.sub("\ufffd", text)


def terminal_safe(text: str, colour: bool) -> str:
    """The report with every control character but line ends (and, in colour, the colour
    codes) replaced by U+FFFD, one for one, so columns stay where they were."""
    if not colour:
        return replace_controls(text)
    pieces = []
    position = 0
    for match in _OUR_STYLE.finditer(text):
        pieces.append(_CONTROL.sub("\ufffd", text[position : match.start()]))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_CONTROL.sub("\ufffd", text[position:]))
    return "".join(pieces)


def document_name(result: PairResult, words: Words) -> str:
    """The corpus title, else the file pair (the one name of a segment file, or of two
    files named alike, such as the same page in two language trees)."""
    pair = result.pair
    if pair.title:
        return pair.title
    if file_name(pair.source.path) == file_name(pair.target.path):
        return file_name(pair.source.path)
    return words(
        "report.pair_of_files",
        source=file_name(pair.source.path),
        target=file_name(pair.target.path),
    )


def _document(result: PairResult, words: Words, colour: bool) -> list[str]:
    pair = result.pair
    direction = words(
        "report.direction",
        source=words(f"lang.{pair.source.lang}"),
        target=words(f"lang.{pair.target.lang}"),
    )
    name = replace_controls(document_name(result, words))
    lines = [_style(f"== {name}", colour, bold=True) + f"  ({direction})"]
    if is_segment_file(result):
        lines.append(f"   {pair.source.path}")
    else:
        for key, path in (("source_file", pair.source.path), ("target_file", pair.target.path)):
            lines.append("   " + words("report.label", label=words(f"report.{key}"), text=path))
    summary = words.counts(severity_counts([result]))
    if pair.doc_date:
        summary += words("report.clause_separator")
        summary += words("report.document_date", date=pair.doc_date.isoformat())
    lines.append(f"   {summary}")
    if words.verbose:
        for side in (pair.source, pair.target):
            label = words("report.note")
            lines += [f"   {words('report.label', label=label, text=f'{side.path}: {note}')}"
                      for note in side.notes]  # fmt: skip
    for units in _groups(result):
        lines.append("")
        lines.extend(_group(result, units, words, colour))
    return lines


def _groups(result: PairResult) -> list[list[tuple[int, list[Finding]]]]:
    """Findings by aligned unit, in order; consecutive units that one side leaves out
    form one group, shown once with the text around the place."""
    by_unit: dict[int, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_unit[finding.unit].append(finding)
    groups: list[list[tuple[int, list[Finding]]]] = []
    for unit in sorted(by_unit):
        shape = _shape(result, unit)
        previous = groups[-1][-1][0] if groups else None
        if shape != "both" and previous == unit - 1 and _shape(result, previous) == shape:
            groups[-1].append((unit, by_unit[unit]))
        else:
            groups.append([(unit, by_unit[unit])])
    return groups


def _shape(result: PairResult, unit: int) -> str:
    source = bool(unit_segments(result, "source", unit))
    target = bool(unit_segments(result, "target", unit))
    return {(True, True): "both", (True, False): "dropped", (False, True): "added"}.get(
        (source, target), "none"
    )


def _group(result: PairResult, units, words: Words, colour: bool) -> list[str]:
    pair = result.pair
    findings = [finding for _, unit_findings in units for finding in unit_findings]
    first = units[0][0]
    shape = _shape(result, first)
    if shape == "none":  # a precondition: the document as a whole
        return [_finding_line(result, f, words, colour) for f in findings]
    spans = _spans(findings)
    source = [s for unit, _ in units for s in unit_segments(result, "source", unit)]
    target = [s for unit, _ in units for s in unit_segments(result, "target", unit)]
    if shape == "dropped":
        head = "-- " + words.count("dropped", len(source))
    elif shape == "added":
        head = "-- " + words.count("added", len(target))
    elif is_segment_file(result):
        head = "-- " + words("report.row", id=lines_of(result, "source", source))
    else:
        head = f"-- {lines_of(result, 'source', source)} ↔ {lines_of(result, 'target', target)}"
    if words.verbose:
        head += " (" + "; ".join(_internal(result, unit) for unit, _ in units) + ")"
    lines = [head]
    lines += [
        _segment_line(result, pair.source.lang, s, spans["source", s.id], words, colour)
        for s in source
    ]
    if shape == "dropped":
        lines.append(f"   {words('report.translation_around')}")
        lines += _around(result, "target", first, pair.target.lang, words)
    lines += [
        _segment_line(result, pair.target.lang, s, spans["target", s.id], words, colour)
        for s in target
    ]
    if shape == "added":
        lines.append(f"   {words('report.source_around')}")
        lines += _around(result, "source", first, pair.source.lang, words)
    lines += [_finding_line(result, f, words, colour) for f in findings]
    return lines


def _internal(result: PairResult, unit: int) -> str:
    bead = result.aligned[unit]
    return f"unit {unit + 1}, paragraph group {bead.group + 1}, score {bead.score:.2f}"


def _around(result, side, unit, lang, words) -> list[str]:
    segments = around(result, side, unit)
    if not segments:
        return [f"   {lang}  {words('report.nothing_around')}"]
    return [_segment_line(result, lang, s, [], words, False) for s in segments]


def _finding_line(result: PairResult, finding: Finding, words: Words, colour: bool) -> str:
    label = _style(
        pad(words(f"severity.{finding.severity}"), 8), colour, fg=COLOURS[finding.severity]
    )
    status = ""
    if finding.status == "baseline":
        status = f" ({words('report.status_baseline')})"
    elif finding.status == "waived":
        status = f" ({words('report.status_waived', reason=finding.reason or '')})"
    rule = f"{finding.rule} {finding.kind}/{finding.relation}" if words.verbose else finding.rule
    where = places_text(result, finding, words)
    # input text (names, figures, file names, ids) cleaned before it meets our colour codes
    rest = replace_controls(f" {words.message(finding)}{status}  [{rule}]\n            {where}")
    return f"   {label}{rest}"


def _spans(findings: list[Finding]) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    spans: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for finding in findings:
        for side, fact in (("source", finding.source), ("target", finding.target)):
            if fact is not None:
                spans[side, fact.segment].append((fact.start, fact.end, finding.severity))
    return spans


def shown_text(segment: Segment) -> tuple[str, int]:
    """The text a reader sees (heading marks off) and how many characters were cut."""
    cut = LEADING_MARKUP.match(segment.text)
    skip = cut.end() if cut else 0
    return segment.text[skip:], skip


def _segment_line(result, lang, segment: Segment, spans, words: Words, colour: bool) -> str:
    text, skip = shown_text(segment)
    text = replace_controls(text)  # one for one: the spans' offsets still hold
    pieces = []
    position = 0
    for start, end, severity in sorted(set(spans)):
        start, end = max(start - skip, 0), end - skip
        if start < position or end <= 0:
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
    if is_segment_file(result):
        where = words("report.row", id=segment.id)
    else:
        where = words("report.line", line=segment.line)
    if words.verbose:
        where += f" {segment.id}"
    return f"   {lang}  {pad(where, 9)} {shown}"


def pad(text: str, width: int) -> str:
    """Pad to a width in terminal columns: CJK characters take two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 0)


def _style(text: str, colour: bool, **style) -> str:
    return click.style(text, **style) if colour else text


__all__ = ["SEVERITIES", "document_name", "render", "shown_text"]

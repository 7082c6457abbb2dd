"""HTML report: one self-contained file an editor opens from disk.

Source and translation side by side per aligned unit, every extracted fact marked
(facts in findings by severity colour, matched facts subtly), a card per finding, and
filters by severity, kind and relation with a text search. Rendered by Jinja2 with
autoescape on; segment text is escaped piece by piece before the marks are added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup, escape

from .. import __version__
from ..model import Fact, Finding, Segment
from ..pipeline import PairResult, numbered
from . import SEVERITIES, RunInfo, severity_counts, signature


@dataclass(frozen=True)
class _Card:
    id: str
    finding: Finding

    @property
    def search_text(self) -> str:
        parts = [self.finding.rule, self.finding.message]
        for fact in (self.finding.source, self.finding.target):
            if fact is not None:
                parts.append(fact.text)
        return " ".join(parts).casefold()


@dataclass(frozen=True)
class _Side:
    lang: str
    segments: tuple[tuple[Segment, Markup], ...]


@dataclass(frozen=True)
class _Unit:
    index: int
    group: int
    score: float
    source: _Side
    target: _Side
    cards: tuple[_Card, ...]


@cache
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("xlcheck.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(
    results: Sequence[PairResult], info: RunInfo, *, ui_lang: str = "en", verbose: bool = False
) -> str:
    documents = [_document(number, result) for number, result in enumerate(results, start=1)]
    all_findings = [f for r in results for f in r.findings]
    template = _environment().get_template("report.html.j2")
    return template.render(
        version=__version__,
        signature=signature(info),
        options=sorted(info.options.items()),
        documents=documents,
        totals=severity_counts(results),
        kinds=sorted(Counter(f.kind for f in all_findings).items()),
        relations=sorted(Counter(f.relation for f in all_findings).items()),
        severities=SEVERITIES,
        total=len(all_findings),
    )


def _document(number: int, result: PairResult) -> dict:
    pair = result.pair
    cards = {id(f): _Card(f"d{number}f{i}", f) for i, f in enumerate(result.findings, start=1)}
    marks = _marks(result, cards)
    source_segments = result.segment_index["source"]
    target_segments = result.segment_index["target"]
    by_unit: dict[int, list[_Card]] = defaultdict(list)
    orphans = []  # preconditions (XL001) concern the document, not a unit
    for finding in result.findings:
        if finding.source is None and finding.target is None:
            orphans.append(cards[id(finding)])
        else:
            by_unit[finding.unit].append(cards[id(finding)])
    units = []
    for index, bead in numbered(result.aligned):
        units.append(
            _Unit(
                index=index + 1,
                group=bead.group + 1,
                score=bead.score,
                source=_side(pair.source.lang, bead.source, source_segments, marks, "source"),
                target=_side(pair.target.lang, bead.target, target_segments, marks, "target"),
                cards=tuple(by_unit.get(index, ())),
            )
        )
    return {
        "number": number,
        "pair": pair,
        "units": units,
        "orphans": orphans,
        "counts": severity_counts([result]),
        "kinds": sorted(Counter(f.kind for f in result.findings).items()),
        "relations": sorted(Counter(f.relation for f in result.findings).items()),
        "findings": len(result.findings),
        "total_units": result.units,
        "hidden": 0 if result.complete else result.units - len(units),
    }


def _side(lang, ids, segments, marks, side) -> _Side:
    return _Side(
        lang,
        tuple((segments[i], _segment_markup(segments[i], marks[side, i])) for i in ids),
    )


def _marks(result: PairResult, cards: dict[int, _Card]):
    """For each (side, segment): the facts to mark, with their findings' ids and severity."""
    in_findings: dict[tuple[str, int], list[_Card]] = defaultdict(list)
    for finding in result.findings:
        for side, fact in (("source", finding.source), ("target", finding.target)):
            if fact is not None:
                in_findings[side, id(fact)].append(cards[id(finding)])
    matches: dict[int, str] = {}  # id(fact) -> how it was matched, for its tooltip
    for link in result.links:
        for fact, other in ((link.source, link.target), (link.target, link.source)):
            if fact is not None:
                matches[id(fact)] = f"matched ({link.rung})" + (f": {other.text}" if other else "")
    marks: dict[tuple[str, str], list[tuple[Fact, list[_Card], str]]] = defaultdict(list)
    for side, facts in (("source", result.source_facts), ("target", result.target_facts)):
        for fact in facts:
            marks[side, fact.segment].append(
                (fact, in_findings.get((side, id(fact)), []), matches.get(id(fact), ""))
            )
    # anonymised stand-ins (ある地区) are findings' facts but not extracted facts
    for finding in result.findings:
        fact = finding.target
        if fact is not None and not any(fact is f for f, _, _ in marks["target", fact.segment]):
            marks["target", fact.segment].append((fact, [cards[id(finding)]], ""))
    return marks


def _segment_markup(segment: Segment, facts) -> Markup:
    """The segment text, escaped, with each fact wrapped in a <mark>."""
    text = segment.text
    pieces: list[str] = []
    position = 0
    ordered = sorted(facts, key=lambda item: (item[0].start, -item[0].end))
    for fact, cards, match in ordered:
        if fact.start < position:
            continue  # overlapping facts: the first one is marked
        pieces.append(str(escape(text[position : fact.start])))
        severity = _worst(card.finding.severity for card in cards)
        classes = ["fact", f"kind-{fact.kind}"]
        classes.append(f"sev-{severity}" if severity else "matched")
        ids = " ".join(card.id for card in cards)
        title = escape(fact.value.describe() + (f" · {match}" if match else ""))
        pieces.append(
            f'<mark class="{" ".join(classes)}" data-findings="{ids}" title="{title}"'
            f' tabindex="{0 if cards else -1}">{escape(text[fact.start : fact.end])}</mark>'
        )
        position = fact.end
    pieces.append(str(escape(text[position:])))
    return Markup("".join(pieces))


def _worst(severities) -> str | None:
    order = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
    found = sorted(severities, key=lambda s: order[s], reverse=True)
    return found[0] if found else None

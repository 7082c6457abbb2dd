"""HTML report: one self-contained file an editor opens from disk, in the reader's
language (the i18n catalogs).

Source and translation side by side per aligned unit, every extracted fact marked
(facts in findings by severity colour, matched facts subtly), the findings of a unit
grouped with it, each placed on both sides (file:line:column); a sentence one side
leaves out is shown with the other side's text around its place. Filters by severity,
kind and relation with a text search. Rendered by Jinja2 with autoescape on; segment
text is escaped piece by piece before the marks are added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup, escape

from .. import __version__
from ..i18n import Words
from ..model import Fact, Finding, Segment
from ..pipeline import PairResult, numbered
from ..rules import RULES
from . import SEVERITIES, RunInfo, severity_counts, signature
from .places import around, is_segment_file, lines_of, places_text
from .text import document_name, replace_controls, shown_text


@dataclass(frozen=True)
class _Card:
    id: str
    finding: Finding
    message: str
    places: str  # both sides, "zh.txt:6:36 ↔ ja.txt:5:1 (where it would be)"

    @property
    def search_text(self) -> str:
        parts = [self.finding.rule, self.finding.message, self.message]
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
    head: str  # where it stands, or what it is (a sentence the translation leaves out)
    internal: str  # unit, paragraph group and alignment score, shown with -v
    source: _Side
    target: _Side
    around: _Side | None  # the other side's text around a sentence one side leaves out
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
    words = Words(ui_lang, verbose=verbose)
    documents = [_document(number, result, words) for number, result in enumerate(results, start=1)]
    all_findings = [f for r in results for f in r.findings]
    template = _environment().get_template("report.html.j2")
    # control characters of input text shown as U+FFFD: a browser draws most as nothing
    return replace_controls(
        template.render(
            t=words,
            ui_lang=ui_lang,
            verbose=verbose,
            version=__version__,
            signature=signature(info),
            options=sorted(info.options.items()),
            documents=documents,
            totals=severity_counts(results),
            kinds=sorted(Counter(f.kind for f in all_findings).items()),
            relations=sorted(Counter(f.relation for f in all_findings).items()),
            filter_kinds=sorted({rule.kind for rule in RULES}),
            filter_relations=sorted({rule.relation for rule in RULES}),
            severities=SEVERITIES,
            total=len(all_findings),
            summary=words(
                "report.summary",
                documents=words.count("document", len(results)),
                sentences=words.count("sentence", sum(r.segments for r in results)),
                findings=words.count("finding", len(all_findings)),
                counts=words.counts(severity_counts(results)),
            )
            .removeprefix("xlcheck: ")
            .removeprefix("xlcheck："),
        )
    )


def _document(number: int, result: PairResult, words: Words) -> dict:
    pair = result.pair
    cards = {
        id(f): _Card(f"d{number}f{i}", f, words.message(f), places_text(result, f, words))
        for i, f in enumerate(result.findings, start=1)
    }
    marks = _marks(result, cards, words)
    by_unit: dict[int, list[_Card]] = defaultdict(list)
    orphans = []  # preconditions (XL001) concern the document, not a unit
    for finding in result.findings:
        if finding.source is None and finding.target is None:
            orphans.append(cards[id(finding)])
        else:
            by_unit[finding.unit].append(cards[id(finding)])
    units = [
        _unit(result, index, bead, marks, tuple(by_unit.get(index, ())), words)
        for index, bead in numbered(result.aligned)
    ]
    return {
        "number": number,
        "pair": pair,
        "name": document_name(result, words),
        "segment_file": is_segment_file(result),
        "units": units,
        "orphans": orphans,
        "counts": severity_counts([result]),
        "kinds": sorted(Counter(f.kind for f in result.findings).items()),
        "relations": sorted(Counter(f.relation for f in result.findings).items()),
        "findings": len(result.findings),
        "total_units": result.units,
        "shown_units": len(units),
        "hidden": 0 if result.complete else result.units - len(units),
    }


def _unit(result: PairResult, index: int, bead, marks, cards, words: Words) -> _Unit:
    pair = result.pair
    source = _side(pair.source.lang, bead.source, result.segment_index["source"], marks, "source")
    target = _side(pair.target.lang, bead.target, result.segment_index["target"], marks, "target")
    around_side = None
    if source.segments and not target.segments:
        head = words.count("dropped", len(source.segments))
        around_side = _Side(pair.target.lang, _plain(around(result, "target", index)))
    elif target.segments and not source.segments:
        head = words.count("added", len(target.segments))
        around_side = _Side(pair.source.lang, _plain(around(result, "source", index)))
    else:
        head = " ↔ ".join(
            lines_of(result, side, [segment for segment, _ in shown.segments])
            for side, shown in (("source", source), ("target", target))
        )
    internal = f"unit {index + 1} · paragraph group {bead.group + 1} · score {bead.score:.2f}"
    return _Unit(index + 1, head, internal, source, target, around_side, cards)


def _plain(segments) -> tuple[tuple[Segment, Markup], ...]:
    return tuple((segment, escape(shown_text(segment)[0])) for segment in segments)


def _side(lang, ids, segments, marks, side) -> _Side:
    return _Side(
        lang,
        tuple((segments[i], _segment_markup(segments[i], marks[side, i])) for i in ids),
    )


def _marks(result: PairResult, cards: dict[int, _Card], words: Words):
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
                matched = words("html.matched", rung=link.rung)
                matches[id(fact)] = matched + (f": {other.text}" if other else "")
    marks: dict[tuple[str, str], list[tuple[Fact, list[_Card], str]]] = defaultdict(list)
    for side, facts in (("source", result.source_facts), ("target", result.target_facts)):
        for fact in facts:
            reading = words.value(fact.value)
            match = matches.get(id(fact))
            marks[side, fact.segment].append(
                (
                    fact,
                    in_findings.get((side, id(fact)), []),
                    f"{reading} · {match}" if match else reading,
                )
            )
    # anonymised stand-ins (ある地区) are findings' facts but not extracted facts
    for finding in result.findings:
        fact = finding.target
        if fact is not None and not any(fact is f for f, _, _ in marks["target", fact.segment]):
            marks["target", fact.segment].append(
                (fact, [cards[id(finding)]], words.value(fact.value))
            )
    return marks


def _segment_markup(segment: Segment, facts) -> Markup:
    """The segment text as a reader sees it (heading marks off), escaped, with each fact
    wrapped in a <mark> whose title reads its value."""
    text, skip = shown_text(segment)
    pieces: list[str] = []
    position = 0
    ordered = sorted(facts, key=lambda item: (item[0].start, -item[0].end))
    for fact, cards, title in ordered:
        start, end = fact.start - skip, fact.end - skip
        if start < position:
            continue  # overlapping facts: the first one is marked
        pieces.append(str(escape(text[position:start])))
        severity = _worst(card.finding.severity for card in cards)
        classes = ["fact", f"kind-{fact.kind}"]
        classes.append(f"sev-{severity}" if severity else "matched")
        ids = " ".join(card.id for card in cards)
        pieces.append(
            f'<mark class="{" ".join(classes)}" data-findings="{ids}" title="{escape(title)}"'
            f' tabindex="{0 if cards else -1}">{escape(text[start:end])}</mark>'
        )
        position = end
    pieces.append(str(escape(text[position:])))
    return Markup("".join(pieces))


def _worst(severities) -> str | None:
    order = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
    found = sorted(severities, key=lambda s: order[s], reverse=True)
    return found[0] if found else None

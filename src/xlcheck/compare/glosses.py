"""A figure glossed in brackets in another unit (3斤（1.5キロ）, 645 英里（1040 公里）).

A translator often adds the reader's unit after a figure in brackets: the bracketed figure
says the figure before it again, converted, and is no figure of its own. Where it is said
missing or added and it equals the figure right before its bracket (the unit tables
convert the two; a rounded conversion counts), its finding is dropped. A wrong conversion
(3斤（3キロ）) stays reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import DocumentPair, Fact, Finding
from .relations import number_relation

# the brackets of a gloss, full-width and ASCII
_OPENINGS = ("（", "(")
_CLOSINGS = ("）", ")")


def without_glosses(
    findings: Sequence[Finding],
    pair: DocumentPair,
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    units,
) -> list[Finding]:
    """The findings less the figures missing or added that gloss the figure before them."""
    sides = {
        "source": ({s.id: s.text for s in pair.source.segments}, source_facts),
        "target": ({s.id: s.text for s in pair.target.segments}, target_facts),
    }
    kept = []
    for finding in findings:
        side = "source" if finding.relation == "missing" else "target"
        fact = getattr(finding, side)
        if (
            finding.kind == "number"
            and finding.relation in ("missing", "added")
            and fact is not None
            and _glosses(fact, *sides[side], units)
        ):
            continue
        kept.append(finding)
    return kept


def _glosses(fact: Fact, texts: dict[str, str], facts: Sequence[Fact], units) -> bool:
    """Whether the figure stands in brackets right after a figure it equals."""
    text = texts.get(fact.segment, "")
    if not text[fact.end :].lstrip().startswith(_CLOSINGS):
        return False
    for before in facts:
        if (
            before.kind == "number"
            and before.segment == fact.segment
            and before.end <= fact.start
            and text[before.end : fact.start].strip() in _OPENINGS
        ):
            relation = number_relation(before.value, fact.value, units)
            return relation is not None and relation[0] == "equal"
    return False

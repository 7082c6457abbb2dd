"""Stale passages: a block one page has and the other lacks, reported once.

A page that fell behind lacks whole paragraphs and list items inside sections both pages
have (a changelog entry, a list item naming a new platform, a paragraph under a bold
label or inside `<details>`, where no heading makes a section of it). Compared sentence
by sentence, such a block gave one finding per version, date and figure it holds; a
reader misses the block, not each of its facts. A block of which no sentence found a
counterpart, holding two facts or more still reported, is one finding, worded and
listed as a section is: its first words stand for its heading. So is a block of a pair of
sections compared as a whole (translated too freely for their sentences to pair) when
none of its facts is found on the other side.
"""

from __future__ import annotations

from ..model import Fact, Finding, SectionValue
from ..rules.registry import make_finding

# The fewest facts a block must hold to be reported as one passage.
PASSAGE_FACTS = 2
# Facts listed inside a passage's finding, at most (as for a section).
LISTED_FACTS = 12
# The first characters of a passage that stand for its heading.
TITLE_LENGTH = 24


def stale_passages(findings: list[Finding], pair, aligned, facts_by_side) -> list[Finding]:
    """The per-fact findings of each block left unpaired as one finding of its block
    (`facts_by_side`: the source's and the target's facts)."""
    grouped = []
    for side, facts in zip(("source", "target"), facts_by_side, strict=True):
        document = getattr(pair, side)
        holding = {f.segment for f in facts if not f.value.weak}
        for segments, units, whole in _unpaired_blocks(document, aligned, side, holding):
            ids = {seg.id for seg in segments}
            inside = [
                f for f in findings
                if f.kind not in ("section", "page") and (fact := getattr(f, side)) is not None
                and fact.segment in ids and f.unit in units
                and (f.source if side == "target" else f.target) is None
            ]  # fmt: skip
            held = sum(1 for f in facts if f.segment in ids and not f.value.weak)
            if len(inside) >= PASSAGE_FACTS and (not whole or len(inside) == held):
                grouped.append((side, segments, inside))
    if not grouped:
        return findings
    gone = {id(f) for _side, _segments, inside in grouped for f in inside}
    kept = [f for f in findings if id(f) not in gone]
    for side, segments, inside in grouped:
        fact = _passage_fact(segments, [getattr(f, side) for f in inside])
        source, target = (fact, None) if side == "source" else (None, fact)
        relation = "missing" if side == "source" else "added"
        kept.append(make_finding("section", relation, source, target, inside[0].unit))
    return kept


def _unpaired_blocks(document, aligned, side: str, holding: set[str]):
    """(segments, units, whole) of each run of blocks whose every sentence stands in a
    bead with nothing on the other side, or in a pair of sections compared as a whole
    (`whole`: some did), in reading order. In such a pair, a block without facts
    (`holding`: the segments with one) may be the other side's and ends the run."""
    lone: dict[str, tuple[int, bool]] = {}
    for unit, bead in enumerate(aligned):
        mine, theirs = (bead.source, bead.target) if side == "source" else (
            bead.target, bead.source)  # fmt: skip
        whole = bool(theirs) and bead.score == 0.0 and len(mine) > 1
        if mine and (not theirs or whole):
            for segment_id in mine:
                lone[segment_id] = (unit, whole)
    by_block: dict[int, list] = {}
    for segment in document.segments:
        by_block.setdefault(segment.paragraph, []).append(segment)
    runs: list[tuple[list, set, bool]] = []
    previous = None
    for block, segments in sorted(by_block.items()):
        if not all(seg.id in lone for seg in segments) or any(seg.heading for seg in segments):
            previous = None
            continue
        units = {lone[seg.id][0] for seg in segments}
        whole = any(lone[seg.id][1] for seg in segments)
        if whole and not any(seg.id in holding for seg in segments):
            previous = None
            continue
        if previous is not None and previous == block - 1:
            run_segments, run_units, run_whole = runs.pop()
            runs.append(([*run_segments, *segments], run_units | units, run_whole or whole))
        else:
            runs.append((list(segments), units, whole))
        previous = block
    return runs


def _passage_fact(segments, facts: list[Fact]) -> Fact:
    """The passage as one fact: its first sentence's span, its first words as its
    heading, and the facts it holds."""
    held: list[str] = []
    for fact in facts:
        if fact.text not in held:
            held.append(fact.text)
    listed = tuple(held[:LISTED_FACTS]) + (("…",) if len(held) > LISTED_FACTS else ())
    first = segments[0]
    title = first.text.strip()
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rstrip() + "…"
    return Fact("section", first.id, 0, len(first.text), first.text, SectionValue(title, listed))

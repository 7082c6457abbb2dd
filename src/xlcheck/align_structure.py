"""Structure first: sections of structured documents, then paragraphs and sentences.

A structured input (Markdown, HTML, Word) is cut into sections at its headings. Sections
whose headings carry the same anchor (`{#how-it-works}`, `<h2 id=…>`) are paired first;
the sections between two such pairs are aligned by the same dynamic programme as
paragraphs, each section one unit. Paragraphs and sentences are then aligned inside each
pair of sections, so one stale section cannot pull the rest of the page out of line.

A section left without a counterpart is a `Gap`: the compare stage leaves its facts
alone and the section is reported once, with what it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .align import align_text_documents, align_units, alignment_unit, facts_by_segment
from .memory import collection_paused
from .model import AlignedPair, Document, Fact, Segment


@dataclass(frozen=True)
class Gap:
    """A section present on one side only: its side, heading segment and segments."""

    side: str  # "source" or "target"
    segments: tuple[Segment, ...]
    unit: int  # the index of its bead in the alignment

    @property
    def heading(self) -> Segment:
        return self.segments[0]


# Below this share of its source sentences paired, a pair of sections is one unit.
SECTION_FALLBACK_SHARE = 0.25


def _share_paired(beads, total: int) -> float:
    paired = sum(len(bead.source) for bead in beads if bead.source and bead.target)
    return paired / total if total else 1.0


def is_page(document: Document) -> bool:
    """Whether a structured loader (Markdown, HTML, Word) read the document: its
    segments map to the file run by run."""
    return any(segment.where for segment in document.segments)


def is_structured(document: Document) -> bool:
    return any(segment.heading for segment in document.segments)


def sections(document: Document) -> list[list[Segment]]:
    grouped: dict[int, list[Segment]] = {}
    for segment in document.segments:
        grouped.setdefault(segment.section, []).append(segment)
    return [grouped[key] for key in sorted(grouped)]


def align_structured(
    source: Document, target: Document, source_facts: Sequence[Fact], target_facts: Sequence[Fact]
) -> tuple[tuple[AlignedPair, ...], tuple[Gap, ...]]:
    """Sentence beads of two sectioned documents, and the sections left unpaired."""
    with collection_paused():
        return _align(source, target, source_facts, target_facts)


def _align(source, target, source_facts, target_facts):
    source_sections, target_sections = sections(source), sections(target)
    section_beads = _section_beads(source, target, source_sections, target_sections,
                                   source_facts, target_facts)  # fmt: skip
    pairs: list[AlignedPair] = []
    gaps: list[Gap] = []
    group = 0
    for left, right in section_beads:
        left_segments = [seg for section in left for seg in section]
        right_segments = [seg for section in right for seg in section]
        if not left or not right:
            side, segments = ("source", left_segments) if left else ("target", right_segments)
            if gaps and gaps[-1].side == side and gaps[-1].unit == len(pairs) - 1:
                # a run of sections one side lacks is one stale stretch: one finding
                segments = [*gaps.pop().segments, *segments]
                pairs.pop()
                group -= 1
            ids = tuple(seg.id for seg in segments)
            gaps.append(Gap(side, tuple(segments), len(pairs)))
            pairs.append(AlignedPair(ids if left else (), ids if right else (), 0.0, group))
            group += 1
            continue
        inner = align_text_documents(
            replace(source, segments=tuple(left_segments)),
            replace(target, segments=tuple(right_segments)),
            source_facts,
            target_facts,
        )
        if _share_paired(inner, len(left_segments)) < SECTION_FALLBACK_SHARE:
            # a section translated too freely for its sentences to be paired (存活探针 for
            # Liveness Probe): the pair of sections is the unit its facts are compared in
            inner = (
                AlignedPair(
                    tuple(seg.id for seg in left_segments),
                    tuple(seg.id for seg in right_segments),
                    0.0,
                    0,
                ),
            )
        groups = sorted({bead.group for bead in inner})
        renumber = {old: group + new for new, old in enumerate(groups)}
        pairs.extend(replace(bead, group=renumber[bead.group]) for bead in inner)
        group += len(groups)
    return tuple(pairs), tuple(gaps)


def _section_beads(source, target, source_sections, target_sections, source_facts,
                   target_facts):  # fmt: skip
    """(source sections, target sections) in order: anchored pairs first, the stretches
    between them aligned by the programme."""
    anchors = _anchor_pairs(source_sections, target_sections)
    free = not anchors or min(anchors[0]) > 0
    if free and source_sections and target_sections:
        anchors.insert(0, (0, 0))  # what comes first (a title, an introduction) opens both pages
    source_facts_by = facts_by_segment(source_facts)
    target_facts_by = facts_by_segment(target_facts)
    beads = []
    i = j = 0
    for ai, aj in [*anchors, (len(source_sections), len(target_sections))]:
        left = source_sections[i:ai]
        right = target_sections[j:aj]
        if left or right:
            units = align_units(
                [alignment_unit(s, source.lang, source_facts_by) for s in left],
                [alignment_unit(s, target.lang, target_facts_by) for s in right],
            )
            local = []
            for src, tgt, _score in units:
                local.append(
                    (
                        [s for u in src for s in _sections_of(u, left)],
                        [s for u in tgt for s in _sections_of(u, right)],
                    )
                )
            beads.extend(_paired_gaps(local))
        if ai < len(source_sections):
            beads.append(([source_sections[ai]], [target_sections[aj]]))
        i, j = ai + 1, aj + 1
    return beads


# Two sections left unpaired side by side are one section translated too freely for the
# character programme to see it when their lengths are alike within this factor.
GAP_LENGTH_RATIO = 3


def _paired_gaps(beads: list) -> list:
    """Adjacent source-only and target-only sections of like length, paired."""
    merged: list = []
    for bead in beads:
        if merged and _opposite_gaps(merged[-1], bead):
            last = merged.pop()
            bead = (last[0] or bead[0], last[1] or bead[1])
        merged.append(bead)
    return merged


def _opposite_gaps(first, second) -> bool:
    left = first[0] or second[0]
    right = first[1] or second[1]
    if bool(first[0]) == bool(second[0]) or not (left and right):
        return False
    if (first[0] and first[1]) or (second[0] and second[1]):
        return False
    size_left = sum(len(seg.text) for section in left for seg in section)
    size_right = sum(len(seg.text) for section in right for seg in section)
    return size_left <= GAP_LENGTH_RATIO * size_right and size_right <= GAP_LENGTH_RATIO * size_left


def _sections_of(unit, sections: list[list[Segment]]) -> list[list[Segment]]:
    ids = set(unit.ids)
    return [section for section in sections if section[0].id in ids]


def _anchor_pairs(source_sections, target_sections) -> list[tuple[int, int]]:
    """Indices of sections whose headings share an anchor, kept in order on both sides."""
    target_at = {
        section[0].anchor: index
        for index, section in enumerate(target_sections)
        if section[0].anchor
    }
    pairs = []
    last = -1
    for index, section in enumerate(source_sections):
        other = target_at.get(section[0].anchor) if section[0].anchor else None
        if other is not None and other > last:
            pairs.append((index, other))
            last = other
    return pairs


# Facts listed inside a section finding, at most.
LISTED_FACTS = 12


def gap_facts(gap: Gap, facts: Sequence[Fact]) -> list[Fact]:
    """The facts a section left unpaired holds (weak ones aside), in reading order."""
    ids = {segment.id for segment in gap.segments}
    return [fact for fact in facts if fact.segment in ids and not fact.value.weak]


def section_fact(gap: Gap, facts: Sequence[Fact]) -> Fact:
    """The section as one fact: its heading's span, its heading and what it holds."""
    from .model import SectionValue

    held = []
    for fact in gap_facts(gap, facts):
        if fact.text not in held:
            held.append(fact.text)
    listed = tuple(held[:LISTED_FACTS]) + (("…",) if len(held) > LISTED_FACTS else ())
    heading = gap.heading
    following = tuple(
        seg.text for seg in gap.segments if seg.heading and seg.paragraph != heading.paragraph
    )
    value = SectionValue(heading.text, listed, following=following)
    return Fact("section", heading.id, 0, len(heading.text), heading.text, value)


def _page_key(fact: Fact):
    """What a fact says, whatever its wording: a number's bounds, a date's fields, a
    version's parts, a name's key."""
    value = fact.value
    if fact.kind == "number":
        return ("number", value.low, value.high)
    if fact.kind == "date":
        return ("date", *value.fields())
    if fact.kind == "version":
        return ("version", value.number)
    if fact.kind == "entity":
        return ("entity", value.key)
    return None


def stated_elsewhere(findings, pair, source_facts: Sequence[Fact], target_facts: Sequence[Fact]):
    """Findings of missing or added facts, less those the other page states anywhere.

    Documentation pages are rewritten and reordered on their own schedules, so a number,
    date, version or name that left its sentence but stands elsewhere on the other page
    is kept, not lost; what neither page section nor page states is reported.
    """
    keys = {
        "source": {_page_key(fact) for fact in source_facts},
        "target": {_page_key(fact) for fact in target_facts},
    }
    texts = {
        "source": "\n".join(seg.text for seg in pair.source.segments),
        "target": "\n".join(seg.text for seg in pair.target.segments),
    }
    kept = []
    for finding in findings:
        fact = finding.source or finding.target
        if finding.relation in ("missing", "added") and _page_key(fact) is not None:
            other = "target" if finding.source is not None else "source"
            if _page_key(fact) in keys[other] or (
                fact.kind == "entity" and fact.text.isascii() and fact.text in texts[other]
            ):
                continue
        kept.append(finding)
    return kept

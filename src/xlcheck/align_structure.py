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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .align import (
    SharedForms,
    align_text_documents,
    align_units,
    alignment_unit,
    facts_by_segment,
)
from .align_anchors import anchor_pairs
from .align_content import (
    SectionContent,
    apart,
    halves_joined,
    out_of_order,
    renumbered,
    with_moved,
)
from .compare.elsewhere import page_key
from .memory import collection_paused
from .model import AlignedPair, Document, Fact, Segment
from .rules.data import RuleFiles


@dataclass(frozen=True)
class Gap:
    """A section present on one side only: its side, heading segment and segments."""

    side: str  # "source" or "target"
    segments: tuple[Segment, ...]
    unit: int  # the index of its bead in the alignment
    # False for the body of a section whose counterpart has a heading and no prose under
    # it (a macro, a table built by a template, code): what that page shows cannot be
    # read, so the body is neither compared nor reported
    reported: bool = True

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


def folded(cut: list[list[Segment]]) -> list[list[Segment]]:
    """Sections with each bare heading (nothing under it but deeper headings: `## 詳細情報`
    over `### 基礎知識`, `### 技術リファレンス`) holding its subsections as one section."""
    merged: list[list[Segment]] = []
    index = 0
    while index < len(cut):
        section = cut[index]
        index += 1
        level = section[0].level if _bare(section) else 0
        if level and index < len(cut) and cut[index][0].level > level:
            section = list(section)
            while index < len(cut) and cut[index][0].level > level:
                section.extend(cut[index])
                index += 1
        merged.append(section)
    return merged


def align_structured(
    source: Document,
    target: Document,
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    *,
    rules: RuleFiles,
) -> tuple[tuple[AlignedPair, ...], tuple[Gap, ...]]:
    """Sentence beads of two sectioned documents, and the sections left unpaired;
    glossary and documentation terms of `rules` count as shared text."""
    with collection_paused():
        return _align(source, target, source_facts, target_facts, SharedForms(rules))


def _align(source, target, source_facts, target_facts, forms):
    source_sections, target_sections = sections(source), sections(target)
    section_beads = _section_beads(source, target, source_sections, target_sections,
                                   source_facts, target_facts, forms)  # fmt: skip
    facts_by = (facts_by_segment(source_facts), facts_by_segment(target_facts))
    pairs: list[AlignedPair] = []
    gaps: list[Gap] = []
    group = 0
    following = (_next_segments(source), _next_segments(target))  # for _nothing_under
    for left, right in section_beads:
        left_segments = [seg for section in left for seg in section]
        right_segments = [seg for section in right for seg in section]
        if not left or not right:
            side, segments = ("source", left_segments) if left else ("target", right_segments)
            if (
                gaps
                and gaps[-1].reported
                and gaps[-1].side == side
                and gaps[-1].unit == len(pairs) - 1
            ):
                # a run of sections one side lacks is one stale stretch: one finding
                segments = [*gaps.pop().segments, *segments]
                pairs.pop()
                group -= 1
            ids = tuple(seg.id for seg in segments)
            gaps.append(Gap(side, tuple(segments), len(pairs)))
            pairs.append(AlignedPair(ids if left else (), ids if right else (), 0.0, group))
            group += 1
            continue
        if _bare(left_segments) != _bare(right_segments):
            group = _opaque_body(left_segments, right_segments, pairs, gaps, group,
                                 following)  # fmt: skip
            continue
        inner = align_text_documents(
            replace(source, segments=tuple(left_segments)),
            replace(target, segments=tuple(right_segments)),
            source_facts,
            target_facts,
            forms,
            whole=True,
        )
        if _share_paired(inner, len(left_segments)) < SECTION_FALLBACK_SHARE and not _fell_behind(
            inner, facts_by, (left_segments, right_segments)
        ):
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
        elif len(left) == len(right) == 1:  # one section on each side: their headings
            inner = _headings_paired(inner, left_segments[0], right_segments[0])
        groups = sorted({bead.group for bead in inner})
        renumber = {old: group + new for new, old in enumerate(groups)}
        pairs.extend(replace(bead, group=renumber[bead.group]) for bead in inner)
        group += len(groups)
    return tuple(pairs), tuple(gaps)


# A side's unpaired sentences fell behind when at least this many of their facts are
# there and fewer than this share of them stand anywhere in the other section.
_BEHIND_FACTS = 2
_BEHIND_FOUND = 0.5
# The kinds of fact that tell one item of a list from another.
_ITEM_KINDS = frozenset({"version", "date"})


def _fell_behind(inner, facts_by, sides) -> bool:
    """Whether the sentences of a pair of sections left unpaired are blocks each page
    has and the other lacks, not a free translation: a list that fell behind (new
    versions, dates and figures at the top of one side, the other page's own older
    items at their place) pairs few sentences, like a free translation, but what the
    unpaired sentences of each side state, the other section does not state anywhere.
    A free translation says the same facts in other words, or makes them vague: it is
    compared as one unit."""
    paired = [
        {i for bead in inner if bead.source and bead.target for i in bead.source},
        {i for bead in inner if bead.source and bead.target for i in bead.target},
    ]
    keys = [_stated(segments, by) for segments, by in zip(sides, facts_by, strict=True)]
    held = []
    for side, (segments, by) in enumerate(zip(sides, facts_by, strict=True)):
        lone = _stated([seg for seg in segments if seg.id not in paired[side]], by)
        if not lone or len(lone & keys[1 - side]) >= _BEHIND_FOUND * len(lone):
            return False
        held.append(lone)
    # items of one list: versions or dates on both sides (最初の, "the first", against
    # 1.0 is a sentence made vague, not the other page's own item)
    kinds = [{key[0] for key in lone} & _ITEM_KINDS for lone in held]
    return bool(kinds[0] & kinds[1]) and max(map(len, held)) >= _BEHIND_FACTS


def _stated(segments, facts_by) -> set:
    """What the segments state as figures, dates and versions (weak ones aside)."""
    return {
        page_key(fact)
        for seg in segments
        for fact in facts_by.get(seg.id, ())
        if fact.kind in ("number", "date", "version") and not fact.value.weak
    }


def _headings_paired(inner, left: Segment, right: Segment):
    """The beads of a pair of sections with their headings paired, first, when the
    programme left each alone or merged it into the bead of a sentence of its own side
    (`版本说明` and `バージョンノート` share no text): the sections were paired, so their
    headings were, and a block left out under them does not take in the heading of a
    section the other page has. A pair by position, not by text: a change in it is a
    guess (inferred)."""
    if not (left.heading and right.heading):
        return inner
    beads = list(inner)
    for bead in beads:
        if left.id in bead.source or right.id in bead.target:
            if left.id in bead.source and right.id in bead.target:
                return inner  # paired already
            own, other = (bead.source, bead.target) if left.id in bead.source else (
                bead.target, bead.source)  # fmt: skip
            if len(own) == 1 and other:
                return inner  # paired with a sentence: the programme's reading stands
    group = min(bead.group for bead in beads)
    kept = []
    for bead in beads:
        source = tuple(i for i in bead.source if i != left.id)
        target = tuple(i for i in bead.target if i != right.id)
        if source or target:
            kept.append(replace(bead, source=source, target=target))
    return (AlignedPair((left.id,), (right.id,), 0.0, group, inferred=True), *kept)


def _bare(segments: list[Segment]) -> bool:
    """A section that is a heading alone: its body, if any, is not prose."""
    return len(segments) == 1 and segments[0].heading


def _opaque_body(left_segments, right_segments, pairs, gaps, group, following) -> int:
    """The headings paired; the body of the fuller side a gap, reported only when the
    other page has nothing at all under its heading (see _nothing_under; `following`:
    each page's next segment by segment id)."""
    side, body = ("source", left_segments[1:]) if len(left_segments) > 1 else (
        "target", right_segments[1:])  # fmt: skip
    bare, page = (right_segments[0], following[1]) if side == "source" else (
        left_segments[0], following[0])  # fmt: skip
    pairs.append(AlignedPair((left_segments[0].id,), (right_segments[0].id,), 0.0, group))
    ids = tuple(seg.id for seg in body)
    gaps.append(Gap(side, tuple(body), len(pairs), reported=_nothing_under(bare, page)))
    pairs.append(AlignedPair(ids if side == "source" else (), ids if side == "target" else (),
                             0.0, group + 1))  # fmt: skip
    return group + 2


# The most lines a heading and the next one stand apart when nothing but a blank line
# is between them.
_ADJACENT_LINES = 2


def _nothing_under(heading: Segment, following: Mapping[str, Segment]) -> bool:
    """Whether the page has nothing under the heading, in the file itself: the next
    heading, of the same level or higher, follows it after at most a blank line (a
    changelog's `## v2.1.0` or a FAQ's question left without its answer). A heading over
    a macro or a table a template builds (`{{Specifications}}`), or over subsections only,
    has something the page shows: its counterpart's body is not compared."""
    after = following.get(heading.id)
    return (
        after is not None
        and after.heading
        and 0 < after.level <= heading.level
        and after.line - heading.line <= _ADJACENT_LINES
    )


def _next_segments(document: Document) -> dict[str, Segment]:
    """Each segment's next one by id, once per page (a changelog's hundred bare headings)."""
    after: dict[str, Segment] = {}
    for segment, following in pairwise(document.segments):
        after.setdefault(segment.id, following)  # the first, as a scan finds it
    return after


def _section_beads(source, target, source_sections, target_sections, source_facts,
                   target_facts, forms):  # fmt: skip
    """(source sections, target sections): anchored pairs first (the same anchor, headings
    read alike, sections that hold the same things: see align_content), the stretches
    between them aligned by the programme; a pair by content that the page order cannot
    keep is placed where its source section stands, and the rest aligned without it."""
    source_facts_by = facts_by_segment(source_facts)
    target_facts_by = facts_by_segment(target_facts)
    content = SectionContent(source_sections, target_sections, (source.lang, target.lang),
                             (source_facts_by, target_facts_by), forms)  # fmt: skip
    sides = (source, target, source_facts_by, target_facts_by, forms, content)
    anchors = anchor_pairs(source_sections, target_sections, source.lang, target.lang, forms)
    beads = _absorbed(_ordered_beads(source_sections, target_sections, anchors, *sides))
    held = content.pairs(source_sections, target_sections)
    if not apart(beads, held, source_sections, target_sections):
        return beads
    # the page order keeps apart sections that hold the same things: they anchor it too
    anchors = anchor_pairs(source_sections, target_sections, source.lang, target.lang,
                           forms, held)  # fmt: skip
    moved = out_of_order(held, anchors)
    if not moved:
        by_content = _ordered_beads(source_sections, target_sections, anchors, *sides)
    else:
        taken_left, taken_right = ({pair[side] for pair in moved} for side in (0, 1))
        rest_left = [s for i, s in enumerate(source_sections) if i not in taken_left]
        rest_right = [s for j, s in enumerate(target_sections) if j not in taken_right]
        anchors = anchor_pairs(rest_left, rest_right, source.lang, target.lang, forms,
                               renumbered(held, taken_left, taken_right))  # fmt: skip
        by_content = with_moved(_ordered_beads(rest_left, rest_right, anchors, *sides),
                                moved, source_sections, target_sections)  # fmt: skip
    return _absorbed(halves_joined(by_content, content))


def _ordered_beads(source_sections, target_sections, anchors, source, target,
                   source_facts_by, target_facts_by, forms, content):  # fmt: skip
    """(source sections, target sections) in page order: the anchored pairs, the
    stretches between them aligned by the programme."""
    free = not anchors or min(anchors[0]) > 0
    if free and source_sections and target_sections:
        anchors = [(0, 0), *anchors]  # what comes first (a title, an introduction) opens both
    beads = []
    i = j = 0
    for ai, aj in [*anchors, (len(source_sections), len(target_sections))]:
        left = source_sections[i:ai]
        right = target_sections[j:aj]
        stretch = _stretch_beads(left, right, source, target, source_facts_by,
                                 target_facts_by, forms, content)  # fmt: skip
        folded_left, folded_right = folded(left), folded(right)
        if len(folded_left) < len(left) or len(folded_right) < len(right):
            # one page says under `## 参见` what the other splits under `## 詳細情報`'s
            # subheadings: read each bare heading as holding its subsections when that
            # leaves less of the stretch unpaired
            holding = _stretch_beads(folded_left, folded_right, source, target,
                                     source_facts_by, target_facts_by, forms,
                                     content)  # fmt: skip
            if _unpaired_size(holding) < _unpaired_size(stretch) and _folds_alike(holding):
                stretch = holding
        beads.extend(stretch)
        if ai < len(source_sections):
            beads.append(([source_sections[ai]], [target_sections[aj]]))
        i, j = ai + 1, aj + 1
    return beads


def _stretch_beads(left, right, source, target, source_facts_by, target_facts_by, forms,
                   content):  # fmt: skip
    """Beads of the sections between two anchored pairs (or the page's ends)."""
    if left and len(left) == len(right):
        # as many sections on each side between the same neighbours: the same
        # sections in the same order, however freely their headings are translated
        # (请求重定向, リダイレクトの要求), save two that are different terms (路线图 and
        # スクリーンショット: one stale section on each side)
        return _in_order(left, right, content.named_apart)
    if not (left or right):
        return []
    units = align_units(
        [alignment_unit(s, source.lang, source_facts_by, forms, marks=False) for s in left],
        [alignment_unit(s, target.lang, target_facts_by, forms, marks=False) for s in right],
    )
    local = [
        (
            [s for u in src for s in _sections_of(u, left)],
            [s for u in tgt for s in _sections_of(u, right)],
        )
        for src, tgt, _score in units
    ]
    return _paired_gaps(local, content)


def _folds_alike(beads: list) -> bool:
    """Whether every section that holds its subsections is paired with one of like length
    (within GAP_LENGTH_RATIO): a list of links against a list of links, not a page's whole
    reference part against one paragraph of the other page's."""
    for left, right in beads:
        if any(sum(seg.heading for seg in section) > 1 for section in left + right):
            if not (left and right):
                return False
            size_left = sum(len(seg.text) for section in left for seg in section)
            size_right = sum(len(seg.text) for section in right for seg in section)
            if not (
                size_left <= GAP_LENGTH_RATIO * size_right
                and size_right <= GAP_LENGTH_RATIO * size_left
            ):
                return False
    return True


def _unpaired_size(beads: list) -> int:
    """How many headings the beads leave without a counterpart section (a folded section
    counts each heading it holds)."""
    return sum(
        sum(segment.heading for segment in section)
        for left, right in beads
        if not (left and right)
        for section in (left or right)
    )


def _absorbed(beads: list) -> list:
    """A heading (or a title) with no prose under it, paired with a section that has
    some, takes in the sections its own side alone has next (a title, then 概述 for what
    the other page says under its title)."""
    merged: list = []
    for left, right in beads:
        if merged and bool(left) != bool(right):
            last_left, last_right = merged[-1]
            mine, theirs = (last_left, last_right) if left else (last_right, last_left)
            if len(mine) == 1 and len(mine[0]) == 1 and sum(map(len, theirs)) > 1:
                merged[-1] = (last_left + left, last_right + right)
                continue
        merged.append((left, right))
    return merged


# Two sections left unpaired side by side are one section translated too freely for the
# character programme to see it when their lengths are alike within this factor.
GAP_LENGTH_RATIO = 3


def _paired_gaps(beads: list, content) -> list:
    """Adjacent source-only and target-only sections paired: of like length and sharing
    a fact, a Latin word or a link (two unrelated sections, one stale on each side, stay
    apart), then runs with as many on each side between paired sections, paired in
    order, before and after that merge (the same place on both pages:
    `#### Genres`, kept in English, and `#### ジャンル`, once the sections around them
    are paired); never two that each state facts the other does not (see
    SectionContent.unrelated)."""
    beads = _lone_gaps_paired(beads, content)
    merged: list = []
    for bead in beads:
        if (
            merged
            and _opposite_gaps(merged[-1], bead)
            and content.share(merged[-1][0] or bead[0], merged[-1][1] or bead[1])
            and not content.unrelated(merged[-1][0] or bead[0], merged[-1][1] or bead[1])
        ):
            last = merged.pop()
            bead = (last[0] or bead[0], last[1] or bead[1])
        merged.append(bead)
    return _lone_gaps_paired(merged, content)


def _lone_gaps_paired(beads: list, content) -> list:
    """A run of unpaired sections between two pairs (or a page's end) that holds as many
    sections on each side, paired in order: the same sections in the same place, however
    freely translated (`Tags`, kept in English, and `タグ`; `提交` and `コミット`), save
    two that are unrelated (see SectionContent.unrelated)."""
    paired: list = []
    index = 0
    while index < len(beads):
        end = index
        while end < len(beads) and not (beads[end][0] and beads[end][1]):
            end += 1
        run = beads[index:end]
        lefts = [section for bead in run for section in bead[0]]
        rights = [section for bead in run for section in bead[1]]
        if lefts and len(lefts) == len(rights):
            run = _in_order(lefts, rights, content.unrelated)
        paired.extend(run)
        if end < len(beads):
            paired.append(beads[end])
        index = end + 1
    return paired


def _in_order(lefts: list, rights: list, apart) -> list:
    """Beads of as many sections on each side, paired in order; a pair `apart` says are
    two sections (see SectionContent) stays two gaps, the others paired still."""
    beads: list = []
    for left, right in zip(lefts, rights, strict=True):
        if apart([left], [right]):
            beads.extend((([left], []), ([], [right])))
        else:
            beads.append(([left], [right]))
    return beads


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
    listed = SectionValue.listing(held)
    heading = gap.heading
    following = tuple(
        seg.text for seg in gap.segments if seg.heading and seg.paragraph != heading.paragraph
    )
    value = SectionValue(heading.text, listed, following=following, count=len(held))
    return Fact("section", heading.id, 0, len(heading.text), heading.text, value)

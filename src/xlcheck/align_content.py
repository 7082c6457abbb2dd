"""Sections paired by what they hold, wherever they stand on the page.

Translated documentation moves and renames whole sections: a README's `## 特性` comes
after its installation in the Japanese page and is called `## 主な特徴` there, LilyPond's
`申克分析图` is the Japanese page's `Schenker Graphs` six sections further down. The
structure alone (anchors, headings read alike, then the dynamic programme in page order)
cannot see that, and reported such a section missing on one side and added on the other,
or compared it with the neighbour that took its place.

What a section holds that its translation keeps says which section it is: its facts
(numbers, dates, versions, names, by what they say), its Latin words and identifiers,
its code spans, the targets of its links, and, weighed less, the pairs of kanji or
katakana both languages write alike. Each mark counts by how rare it is on the pages
(a project's name in every section says nothing). Two sections are the same section
when each is the other's best match by a clear margin and they share enough. Only when
the page order keeps such a pair apart do these pairs anchor the order (align_structure):
one standing far off the line of its neighbours is paired out of order, where its source
section stands, and the rest aligned again without it; a section left beside a pair
whose other side holds what it holds joins it (a section split in two). Two sections in
the same place that each state facts the other does not are not paired by place alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .align import SharedForms
from .compare.elsewhere import link_key, page_key
from .compare.terms import heading_term
from .model import Fact, Segment

# What a mark shared by one section on each side (and no other) is worth, by its kind: a
# pair of kanji or kana shared by chance is likelier than a shared figure or identifier.
MARK_WEIGHTS = {"fact": 1.0, "latin": 1.0, "code": 1.0, "link": 1.0, "anchor": 2.0, "term": 2.0,
                "kanji": 0.25}  # fmt: skip
# The least a pair of sections must share (in weighted marks) to be paired by content.
CONTENT_PAIR = 1.0
# How many times the next best match a section's best match must score.
CONTENT_MARGIN = 2.0
# Two sections in the same place, each with facts and none shared, are unrelated below
# this score (a project's name in both is not enough).
UNRELATED_BELOW = CONTENT_PAIR / 2

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.+-]*[A-Za-z0-9+]")
# Latin words this short are too common across sections to say which one it is.
LATIN_LEAST = 3


def section_marks(
    section: Sequence[Segment], lang: str, facts_by: dict[str, list[Fact]], forms: SharedForms
) -> frozenset[tuple[str, object]]:
    """The marks of a section that its translation keeps: (kind, mark) pairs."""
    marks: set[tuple[str, object]] = set()
    tags = forms.rules.common_words.link_tags
    for segment in section:
        for fact in facts_by.get(segment.id, ()):
            key = page_key(fact)
            if key is not None and not fact.value.weak:
                marks.add(("fact", key))
        marks.update(
            ("latin", word.lower())
            for word in _LATIN_WORD.findall(segment.text)
            if len(word) >= LATIN_LEAST
        )
        marks.update(("code", segment.text[start:end].strip()) for start, end in segment.code)
        # (a link goes to the same page whatever language tag its target writes)
        marks.update(("link", link_key(target, tags)) for target in segment.links if target)
        if segment.heading and segment.anchor:
            marks.add(("anchor", segment.anchor))
        if segment.heading and segment is section[0]:
            # the heading terms the heading is (`## 文档`, `## ドキュメント`), like an
            # anchor: where a page moved the section, its heading says which it is
            marks.update(("term", term) for term in heading_term(segment.text, lang, forms.rules))
        form = forms.of(segment, lang)
        marks.update(
            ("kanji", first + second)
            for first, second in pairwise(form)
            if not (first.isascii() or second.isascii())
        )
    return frozenset(marks)


class SectionContent:
    """The marks of every section of two pages, and how many sections hold each mark on
    each side, so that a pair of runs of sections is scored by what they share."""

    def __init__(self, source_sections, target_sections, langs, facts_by, forms) -> None:
        self.marks = tuple(
            {section[0].id: section_marks(section, lang, by, forms) for section in sections}
            for sections, lang, by in zip(
                (source_sections, target_sections), langs, facts_by, strict=True
            )
        )
        self.counts = tuple(
            Counter(mark for marks in side.values() for mark in marks) for side in self.marks
        )
        # the heading terms each section's heading is (`## 路线图`)
        self.terms = tuple(
            {key: frozenset(mark[1] for mark in marks if mark[0] == "term")
             for key, marks in side.items()}
            for side in self.marks
        )  # fmt: skip

    def held(self, sections, side: int) -> frozenset:
        """The marks of sections (a folded section holds those of its subsections)."""
        marks = self.marks[side]
        return frozenset().union(
            *(marks[seg.id] for section in sections for seg in section if seg.id in marks)
        )

    def score(self, left, right) -> float:
        """What two runs of sections share, each mark weighed by its kind and by how many
        sections hold it on each side."""
        return self._shared(self.held(left, 0), self.held(right, 1))

    def _shared(self, left: frozenset, right: frozenset) -> float:
        """The score of two sets of marks held (source, target)."""
        source_count, target_count = self.counts
        return sum(
            MARK_WEIGHTS[mark[0]] / (source_count[mark] * target_count[mark])
            for mark in left & right
        )

    def share(self, left, right) -> bool:
        """Whether two runs of sections hold a mark in common that a pair of kanji is not:
        a fact, a Latin word, a code span, an anchor, a heading term, or a link's target
        (whatever language tag it writes: a license's `deed.zh` and `deed.en`) that no
        other section of either page links to (a guide two sections cite says neither is
        the other's)."""
        source_count, target_count = self.counts
        return any(
            mark[0] != "kanji"
            and (mark[0] != "link" or source_count[mark] == target_count[mark] == 1)
            for mark in self.held(left, 0) & self.held(right, 1)
        )

    def named_apart(self, left, right) -> bool:
        """Whether two runs of sections open with headings that are two different heading
        terms (`## 路线图`, Roadmap, and `## スクリーンショット`): two sections, however alike
        their places. A term against a heading that is none (`## 注意事項` against `## 筆記`,
        `## トラブルシューティング` against `## 问题排查`) says nothing: the tables list some
        of the words a page may head a section with, not all."""
        terms = (self.terms[0].get(left[0][0].id), self.terms[1].get(right[0][0].id))
        return bool(terms[0] and terms[1]) and not terms[0] & terms[1]

    def unrelated(self, left, right) -> bool:
        """Whether two runs of sections that stand in the same place are no translation of
        each other: their headings are two different terms, or each holds facts, they
        share none, nor enough else to count."""
        if self.named_apart(left, right):
            return True
        held = (self.held(left, 0), self.held(right, 1))
        facts = [{mark for mark in marks if mark[0] == "fact"} for marks in held]
        return all(facts) and not facts[0] & facts[1] and self._shared(*held) < UNRELATED_BELOW

    def pairs(self, source_sections, target_sections) -> list[tuple[int, int]]:
        """(i, j) of the sections that are each other's best match by CONTENT_MARGIN and
        share at least CONTENT_PAIR."""
        # a subsection of a bare heading against a section of that heading's level
        # (`### 学習` under `## 参考資料` against `## 资源`) is the structure's to pair,
        # the heading holding its subsections
        over = [_bare_over(sections) for sections in (source_sections, target_sections)]
        held = [
            [self.held([section], side) for section in sections]
            for side, sections in enumerate((source_sections, target_sections))
        ]
        # the openings of both pages (front matter, what stands before the first heading)
        # sum up what the page holds below: each is the other's, never a section's below
        openings = all(sections and not sections[0][0].heading
                       for sections in (source_sections, target_sections))  # fmt: skip
        scores = [
            [
                0.0
                if over[0].get(i) == theirs[0].level
                or over[1].get(j) == mine[0].level
                or (openings and (i == 0) != (j == 0))
                else self._shared(held[0][i], held[1][j])
                for j, theirs in enumerate(target_sections)
            ]
            for i, mine in enumerate(source_sections)
        ]
        pairs = []
        for i, row in enumerate(scores):
            j = _clear_best(row)
            if j is not None and _clear_best([line[j] for line in scores]) == i:
                pairs.append((i, j))
        return pairs


def _bare_over(sections) -> dict[int, int]:
    """The index of each section under a bare heading (`### 基礎` under `## 参考資料`,
    nothing between), and the level of the nearest such heading."""
    over: dict[int, int] = {}
    for index, section in enumerate(sections):
        if len(section) == 1 and section[0].heading and not _title(sections, index):
            deeper = index + 1
            while deeper < len(sections) and sections[deeper][0].level > section[0].level:
                over[deeper] = section[0].level
                deeper += 1
    return over


def _title(sections, index: int) -> bool:
    """Whether a heading is the page's title: no other heading of its level or a higher
    one on the page (`## 无法启动软件？` over `#### 1.`, `#### 2.`). Its subsections are the
    page's sections, which the other page may write without a title, a level higher."""
    level = sections[index][0].level
    return not any(
        section[0].heading and section[0].level <= level
        for other, section in enumerate(sections)
        if other != index
    )


def _clear_best(scores: Sequence[float]) -> int | None:
    """The index of the best score when it reaches CONTENT_PAIR and beats every other by
    CONTENT_MARGIN."""
    if not scores:
        return None
    best = max(range(len(scores)), key=scores.__getitem__)
    rest = max((value for index, value in enumerate(scores) if index != best), default=0.0)
    if scores[best] >= CONTENT_PAIR and scores[best] >= CONTENT_MARGIN * rest:
        return best
    return None


def apart(beads: list, held: list[tuple[int, int]], source_sections, target_sections) -> bool:
    """Whether the beads (made in page order) keep apart a pair by content."""
    # the first bead that holds each segment, on each side
    bead_of: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for index, bead in enumerate(beads):
        for side in (0, 1):
            for part in bead[side]:
                for segment in part:
                    bead_of[side].setdefault(segment.id, index)
    return any(
        bead_of[0].get(source_sections[i][0].id) is None
        or bead_of[0].get(source_sections[i][0].id) != bead_of[1].get(target_sections[j][0].id)
        for i, j in held
    )


# How far (in sections) a pair by content may stand off the line of its neighbours in
# the chain and still anchor the page order: one section added or dropped nearby.
OFF_LINE = 1


def far_off(pair: tuple[int, int], chain: list[tuple[int, int]], ends: tuple[int, int]) -> bool:
    """Whether a pair of the chain stands further off the line of its neighbours than
    OFF_LINE: a section moved far down that the chain took in because nothing between
    held it back (`申克分析图` against `Schenker Graphs` six sections on), whose place on
    the page is not where the sections around it pair."""
    index = chain.index(pair)
    before = chain[index - 1] if index else (-1, -1)
    after = chain[index + 1] if index + 1 < len(chain) else ends
    offsets = (before[1] - before[0], after[1] - after[0])
    offset = pair[1] - pair[0]
    return not min(offsets) - OFF_LINE <= offset <= max(offsets) + OFF_LINE


def out_of_order(held: list[tuple[int, int]], anchors: list[tuple[int, int]]):
    """The pairs by content that the chain of anchors (in page order) could not keep,
    neither of whose sections it holds."""
    chained = set(anchors)
    left, right = {i for i, _ in anchors}, {j for _, j in anchors}
    return [(i, j) for i, j in held if (i, j) not in chained and i not in left and j not in right]


def renumbered(held: list[tuple[int, int]], taken_left: set[int], taken_right: set[int]):
    """The pairs by content other than the taken sections', numbered without them."""

    def position(index: int, taken: set[int]) -> int:
        return index - sum(1 for other in taken if other < index)

    return [
        (position(i, taken_left), position(j, taken_right))
        for i, j in held
        if i not in taken_left and j not in taken_right
    ]


def with_moved(beads: list, moved: list[tuple[int, int]], source_sections, target_sections):
    """The beads of the sections aligned in order, with each moved pair placed where its
    source section stands."""
    position = {section[0].id: index for index, section in enumerate(source_sections)}
    pending = sorted(moved)
    merged: list = []
    for left, right in beads:
        if left:
            first = min(position[section[0].id] for section in left)
            while pending and pending[0][0] < first:
                i, j = pending.pop(0)
                merged.append(([source_sections[i]], [target_sections[j]]))
        merged.append((left, right))
    merged.extend(([source_sections[i]], [target_sections[j]]) for i, j in pending)
    return merged


def halves_joined(beads: list, content: SectionContent) -> list:
    """Each section left unpaired beside a pair joins it when it shares at least
    CONTENT_PAIR with the pair's other side (one page's `其他资料` is the other's
    `その他の資料` and `マニュアルの形式`), the better of its two neighbours."""
    joined = list(beads)
    index = 0
    while index < len(joined):
        left, right = joined[index]
        if left and right:
            index += 1
            continue
        side = 0 if left else 1
        scores = {at: _shared_with(joined, at, left or right, side, content)
                  for at in (index - 1, index + 1)}  # fmt: skip
        best = max(scores, key=scores.__getitem__)
        if scores[best] < CONTENT_PAIR:
            index += 1
            continue
        pair = list(joined[best])
        lone = left or right
        pair[side] = pair[side] + lone if best < index else lone + pair[side]
        joined[best] = tuple(pair)
        del joined[index]
        index = best if best < index else index
    return joined


def _shared_with(beads: list, at: int, lone, side: int, content: SectionContent) -> float:
    """What sections of one side share with the other side of the pair at `at`."""
    if not 0 <= at < len(beads) or not all(beads[at]):
        return 0.0
    other = beads[at][1 - side]
    return content.score(lone, other) if side == 0 else content.score(other, lone)

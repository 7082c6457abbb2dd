"""Sections paired by their headings before any programme: the same anchor, or headings
that read the same once reduced to what both languages share, kept in page order."""

from __future__ import annotations

from collections import Counter

from .align import SharedForms
from .align_content import far_off
from .compare.terms import heading_term
from .model import Segment


def anchor_pairs(source_sections, target_sections, source_lang, target_lang, forms,
                 held=()):  # fmt: skip
    """Indices of sections paired before any programme, kept in order on both sides:
    headings that carry the same anchor (`{#id}`), headings that read the same once
    each is reduced to what both languages share (`规范` through the documentation terms
    and `仕様書`; `浏览器兼容性` and `ブラウザーの互換性`; `HTML` and `HTML`), when that
    form heads one section only on each side, a heading term and one of its
    renderings (`简介` and `はじめに`) when each has that one match only, the one level-1
    heading (the title) of each page, then `held`: sections paired by what they hold. The
    longest chain in order wins."""
    anchors = _trusted_anchors(source_sections, target_sections)
    candidates = _matches(
        source_sections,
        target_sections,
        lambda section: section[0].anchor if section[0].anchor in anchors else None,
    )
    source_forms = [heading_form(section[0], source_lang, forms) for section in source_sections]
    target_forms = [heading_form(section[0], target_lang, forms) for section in target_sections]
    anchored = {i for i, _ in candidates}
    candidates |= {
        (i, j)
        for i, j in _matches(source_forms, target_forms, lambda form: form)
        if i not in anchored
    }
    taken = {i for i, _ in candidates}, {j for _, j in candidates}
    by_terms = _term_matches(source_sections, target_sections, source_lang, target_lang, forms)
    candidates |= {(i, j) for i, j in by_terms if i not in taken[0] and j not in taken[1]}
    # the page's title: its one level-1 heading on each side (`# 网格` and `# グリッド`
    # share no text, and after a front matter neither opens its page)
    taken = {i for i, _ in candidates}, {j for _, j in candidates}
    candidates |= {
        (i, j)
        for i, j in _matches(source_sections, target_sections, _title)
        if i not in taken[0] and j not in taken[1]
    }
    taken = {i for i, _ in candidates}, {j for _, j in candidates}
    by_content = {(i, j) for i, j in held if i not in taken[0] and j not in taken[1]}
    chain = _longest_chain(sorted(candidates | by_content))
    ends = (len(source_sections), len(target_sections))
    return [pair for pair in chain if pair not in by_content or not far_off(pair, chain, ends)]


def _trusted_anchors(source_sections, target_sections) -> frozenset[str]:
    """The anchors that may pair sections: all but those of a family of numbered
    duplicates (usage, usage-1, usage-2: a generator's slugs of one heading said again)
    that the two pages number differently. One page that left a heading without its anchor
    numbers every later one of the family a step apart (zh `用法 {#usage}` under build,
    ja `使い方 {#usage}` under dev), and pairing by them would pair every section of the
    family with its neighbour's. A family is read against both pages' anchors (usage-1
    is of usage where either page has it) and trusted only where both pages hold the same
    members of it."""
    sides = [
        {section[0].anchor for section in sections if section[0].anchor}
        for sections in (source_sections, target_sections)
    ]
    every = sides[0] | sides[1]
    members: list[dict[str, set[str]]] = [{}, {}]
    for side, anchors in zip(members, sides, strict=True):
        for anchor in anchors:
            side.setdefault(_family(anchor, every), set()).add(anchor)
    unsure = {
        family
        for family in members[0].keys() | members[1].keys()
        if members[0].get(family, set()) != members[1].get(family, set())
        and max(len(members[0].get(family, ())), len(members[1].get(family, ()))) > 1
    }
    return frozenset(anchor for anchor in every if _family(anchor, every) not in unsure)


def _family(anchor: str, anchors: set[str]) -> str:
    """The anchor a numbered duplicate repeats (usage of usage-2, where usage is on the
    page too); an anchor of its own, else."""
    base, dash, number = anchor.rpartition("-")
    if dash and number.isdigit() and base in anchors:
        return base
    return anchor


def _title(section) -> str | None:
    return "title" if section[0].heading and section[0].level == 1 else None


def heading_form(segment: Segment, lang: str, forms: SharedForms) -> str:
    """A heading as both languages can share it (see align.shared_form)."""
    return forms.of(segment, lang) if segment.heading else ""


def _term_matches(source_sections, target_sections, source_lang, target_lang, forms):
    """(i, j) where one heading is a heading term the other renders (`简介` and `はじめに` or
    `Overview`: compare/terms.py heading_terms), when each has that one match only."""

    def terms(sections, lang):
        return [heading_term(s[0].text, lang, forms.rules) if s[0].heading else frozenset()
                for s in sections]  # fmt: skip

    ours, theirs = terms(source_sections, source_lang), terms(target_sections, target_lang)
    found = [(i, j) for i, a in enumerate(ours) if a for j, b in enumerate(theirs) if a & b]
    lefts = Counter(i for i, _ in found)
    rights = Counter(j for _, j in found)
    return {(i, j) for i, j in found if lefts[i] == rights[j] == 1}


def _matches(source_items, target_items, key) -> set[tuple[int, int]]:
    """(i, j) where the two items' keys are equal, present and unique on each side."""

    def unique(items):
        seen: dict = {}
        for index, item in enumerate(items):
            value = key(item)
            if value:
                seen[value] = None if value in seen else index
        return {value: index for value, index in seen.items() if index is not None}

    source_at, target_at = unique(source_items), unique(target_items)
    return {(index, target_at[value]) for value, index in source_at.items() if value in target_at}


def _longest_chain(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (i, j) pairs increasing on both sides (candidates sorted
    by i, each i once); of two as long, the one whose pairs stand nearer the same place on
    both pages (a section moved far leaves the chain, not those it passed). Each chain
    carries its rank, (length, minus the sum of |i - j|), so no comparison sums it again."""
    best: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    for pair in candidates:
        chain, (length, nearness) = max(
            ((earlier, rank) for earlier, rank in best if earlier[-1][1] < pair[1]),
            key=_rank,
            default=([], (0, 0)),
        )
        best.append(([*chain, pair], (length + 1, nearness - abs(pair[0] - pair[1]))))
    return max(best, key=_rank, default=([], (0, 0)))[0]


def _rank(ranked: tuple[list[tuple[int, int]], tuple[int, int]]) -> tuple[int, int]:
    return ranked[1]

"""Documentation terms (rules/terms.tsv, and the pairs a tree run learned) matched.

A term is not a name, but the name grammar may read one as a name (a product concept
kept in English on one side, `Reactivity`, and translated on the other, `响应式系统`).
A name said missing or added that is a term whose rendering stands in the same unit on
the other side, or anywhere on the other page of a documentation page pair, is matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..extract import entity_converter
from ..extract.spans import fold_width
from ..model import AlignedPair, DocumentPair, Finding
from ..rules.registry import make_finding
from ..scripts import letters_and_digits

Table = dict[str, tuple[str, ...]]


@cache  # keyed by the pairs themselves: another rules folder or run gets its own
def term_tables(pairs, *, fold: bool) -> tuple[Table, Table]:
    """Term pairs (the glossary, the documentation terms: entries with `zh` and its `ja`
    renderings) both ways: zh in Japanese kanji forms -> its renderings, and rendering ->
    zh forms, each in the order written, without repeats; casefolded when `fold`."""
    convert = entity_converter()

    def form(text: str) -> str:
        return text.casefold() if fold else text

    to_ja: dict[str, dict[str, None]] = {}
    to_zh: dict[str, dict[str, None]] = {}
    for entry in pairs:
        zh = form(convert(entry.zh))
        for ja in map(form, entry.ja):
            to_ja.setdefault(zh, {})[ja] = None
            to_zh.setdefault(ja, {})[zh] = None
    return {k: tuple(v) for k, v in to_ja.items()}, {k: tuple(v) for k, v in to_zh.items()}


# A section number before a heading's words (`1.`, `2.3`, `一、`, `3)`): no part of the term.
_SECTION_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*[.、)]?|[一二三四五六七八九十]+[、.])\s*")


def heading_key(text: str, lang: str) -> str:
    """A heading as a term would read it: width folded, casefolded, letters and digits only,
    its section number aside (`## 🚀 快速开始：` and `## 1. 快速开始` are 快速开始), Chinese in
    Japanese kanji forms."""
    text = fold_width(text)
    numbered = _SECTION_NUMBER.match(text)
    text = text[numbered.end() :] if numbered else text
    key = letters_and_digits(text)
    return entity_converter()(key) if lang == "zh" else key


@cache  # keyed by the pairs themselves, like term_tables
def heading_terms(*tables) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Each term of the tables (heading terms, documentation terms) as `heading_key` reads
    it, by side: (zh heading -> the terms it is, ja heading -> the terms it renders), each
    term by its place in the tables. A heading written in a rendering on the Chinese page
    (an English `## Overview` kept) is that rendering's terms too. No closure: はじめに
    renders 简介 and 快速开始, but 简介 is no 快速开始."""
    zh: dict[str, set[int]] = {}
    ja: dict[str, set[int]] = {}
    entries = [entry for table in tables for entry in table]
    for index, entry in enumerate(entries):
        zh.setdefault(heading_key(entry.zh, "zh"), set()).add(index)
        for rendering in entry.ja:
            ja.setdefault(heading_key(rendering, "ja"), set()).add(index)
    for index, entry in enumerate(entries):  # renderings kept on the Chinese page
        for rendering in entry.ja:
            zh.setdefault(heading_key(rendering, "zh"), set()).add(index)
    zh.pop("", None)
    ja.pop("", None)
    return (
        {key: frozenset(found) for key, found in zh.items()},
        {key: frozenset(found) for key, found in ja.items()},
    )


def heading_term(text: str, lang: str, rules) -> frozenset[int]:
    """The heading terms (rules/headings.tsv, and the documentation terms) a heading is,
    by their places in the tables (see heading_terms); empty for any other heading."""
    by_side = heading_terms(rules.terms, rules.headings)[lang != "zh"]
    return by_side.get(heading_key(text, lang), frozenset())


def _within(name: str, table: Table) -> set[str]:
    """The renderings of every term that holds the name."""
    return {
        rendering for term, renderings in table.items() if name in term for rendering in renderings
    }


def matched_by_terms(
    findings: Sequence[Finding],
    pair: DocumentPair,
    aligned: Sequence[AlignedPair],
    terms,
    whole_page: bool,
) -> list[Finding]:
    """The findings less the names missing, added or changed that a term pair accounts
    for."""
    if not terms:
        return list(findings)
    to_ja, to_zh = term_tables(terms, fold=False)
    convert = entity_converter()
    texts = {
        "source": {seg.id: seg.text for seg in pair.source.segments},
        "target": {seg.id: seg.text for seg in pair.target.segments},
    }

    # a side's text is joined (and, for Chinese, converted) once per unit or page, not
    # once per finding: a long page with many names was joined and converted again for each
    @cache
    def other_text(unit: int | None, side: str) -> str:
        if unit is None:
            return "\n".join(texts[side].values())
        bead = aligned[unit]
        ids = bead.source if side == "source" else bead.target
        return "\n".join(texts[side].get(i, "") for i in ids)

    @cache
    def converted(unit: int | None, side: str) -> str:
        return convert(other_text(unit, side))

    def accounted(finding: Finding, fact, side: str) -> bool:
        """Whether the fact (on `side`) is part of a term whose rendering stands in the
        other side's text."""
        other = "target" if side == "source" else "source"
        unit = None if whole_page or finding.unit >= len(aligned) else finding.unit
        if getattr(pair, side).lang == "zh":
            renderings = _within(convert(fact.text), to_ja)
            return bool(renderings) and any(term in other_text(unit, other) for term in renderings)
        renderings = _within(fact.text, to_zh)
        return bool(renderings) and any(term in converted(unit, other) for term in renderings)

    kept = []
    for finding in findings:
        if finding.kind != "entity" or finding.relation not in ("missing", "added", "mismatch"):
            kept.append(finding)
            continue
        # a name the name grammar read in a term, or paired with one (万维网联盟 "became"
        # ウィキペディア when both are terms): what the terms leave is reported alone
        source = finding.source
        if source is not None and accounted(finding, source, "source"):
            source = None
        target = finding.target
        if target is not None and accounted(finding, target, "target"):
            target = None
        if source is finding.source and target is finding.target:
            kept.append(finding)
        elif source is not None or target is not None:
            relation = "missing" if source is not None else "added"
            kept.append(make_finding("entity", relation, source, target, finding.unit))
    return kept

"""Vague references that stand in for a named entity (ある地区, 某区, 有关部门).

The patterns are data, in rules/anonymization.toml, grouped by the entity type they can
replace; "any" fits every type.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import EntityValue, Fact, Segment

if TYPE_CHECKING:
    from ..extract.language import Language
    from ..run import Run


def find_markers(
    source: Fact,
    scopes: Sequence[Sequence[str]],
    segments: dict[str, Segment],
    lang: str,
    used: set[tuple[str, int]],
    run: Run,
) -> Fact | None:
    """The first unused vague reference compatible with `source`, nearest scope first,
    by the markers of `run`'s rules (in Chinese, ended where `run`'s tokenizer ends a
    word)."""
    by_type = run.rules.markers.get(lang, {})
    # a pattern of the entity's own type is a better reading than the catch-all "any"
    # (某互联网巨头 is the organisation marker; 某 + six characters would run on)
    patterns = [(0, p) for marker_type in _types(source) for p in by_type.get(marker_type, ())]
    patterns += [(1, p) for p in by_type.get("any", ())]
    for scope in scopes:
        for segment_id in scope:
            text = segments[segment_id].text
            hits = sorted(
                ((rank, match) for rank, pattern in patterns for match in pattern.finditer(text)),
                key=lambda hit: (hit[1].start(), hit[0], -hit[1].end()),
            )
            for _, match in hits:
                start = match.start()
                if (segment_id, start) in used:
                    continue
                used.add((segment_id, start))
                end = match.end()
                if lang == "zh":
                    end = _word_end(run.language("zh"), text, start, end)
                value = EntityValue("vague", text[start:end])
                return Fact("entity", segment_id, start, end, text[start:end], value)
    return None


# What a vague reference of each type can stand for: a company is an organisation; a
# name of unknown type (a Latin name, an unknown katakana word) is whatever replaced it.
_STANDS_FOR = {
    "company": ("company", "organisation"),
    "organisation": ("organisation", "company"),
    "other": ("person", "place", "organisation", "company"),
}


def _types(source: Fact) -> tuple[str, ...]:
    from .names import may_be_place

    if may_be_place(source):
        return ("person", "place")
    return _STANDS_FOR.get(source.value.entity_type, (source.value.entity_type,))


def _word_end(chinese: Language, text: str, start: int, end: int) -> int:
    """Chinese has no spaces to stop a pattern: end the marker where jieba ends a word
    (某互联网巨头|投资 rather than 某互联网巨头投)."""
    boundaries = {token.end for token in chinese.tokens(chinese.prepare(text))}
    return max((b for b in boundaries if start + 1 < b <= end), default=end)

"""Vague references that stand in for a named entity (ある地区, 某区, 有关部门).

The patterns are data, in rules/anonymization.toml, grouped by the entity type they can
replace; "any" fits every type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.zh.forms import prepare
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
    source_said: str = "",
) -> Fact | None:
    """The first unused vague reference compatible with `source`, nearest scope first,
    by the markers of `run`'s rules (in Chinese, ended where `run`'s tokenizer ends a
    word); not one `source_said` (the source unit, in entity key form) holds itself."""
    if getattr(source.value, "prose", False):
        return None  # In, How at a sentence start: English prose stands for nobody
    by_type = run.rules.markers.get(lang, {})
    # a pattern of the entity's own type is a better reading than the catch-all "any"
    # (某互联网巨头 is the organisation marker; 某 + six characters would run on)
    types = _types(source, run)
    if not types:
        return None
    patterns = [(0, p) for marker_type in types for p in by_type.get(marker_type, ())]
    patterns += [(1, p) for p in by_type.get("any", ())]
    for scope in scopes:
        for segment_id in scope:
            text = segments[segment_id].text
            # Chinese patterns are written in simplified characters (這位 reads as 这位)
            read = prepare(text) if lang == "zh" else text
            hits = sorted(
                ((rank, match) for rank, pattern in patterns for match in pattern.finditer(read)),
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
                elif end in _inside_words(run.language(lang), text):
                    continue  # この代替方|法: the noun goes on, it is no vague reference
                if entity_key(text[start:end], lang) in source_said:
                    continue
                value = EntityValue("vague", text[start:end])
                return Fact("entity", segment_id, start, end, text[start:end], value)
    return None


def is_vague(fact: Fact, lang: str, run: Run) -> bool:
    """Whether a name the tagger read is itself a vague reference (A氏, Y町, 某社, X公司:
    a placeholder and a suffix look like a name), by the markers of `run`'s rules."""
    text = prepare(fact.text) if lang == "zh" else fact.text
    return any(
        pattern.fullmatch(text)
        for patterns in run.rules.markers.get(lang, {}).values()
        for pattern in patterns
    )


def is_class_noun(fact: Fact, lang: str, run: Run) -> bool:
    """Whether a name is a noun of an entity's class by the vague-reference grammar
    (大城市, 高中生: jieba's dictionary tags them ns and nr)."""
    pattern = run.rules.class_nouns.get(lang)
    text = prepare(fact.text) if lang == "zh" else fact.text
    return pattern is not None and pattern.fullmatch(text) is not None


# What a vague reference of each type can stand for: a company is an organisation; a
# name of unknown type (a Latin name, an unknown katakana word) is whatever replaced it.
_STANDS_FOR = {
    "company": ("company", "organisation"),
    "organisation": ("organisation", "company"),
    "other": ("person", "place", "organisation", "company"),
}


_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


def _name_shaped(source: Fact, run: Run) -> bool:
    """A Latin word written as a name, or a run of transliteration characters."""
    if _NAME_SHAPE.match(source.text):
        return True
    chinese = run.language("zh")
    return bool(chinese.vocabulary.transliteration_run.fullmatch(chinese.prepare(source.text)))


def _types(source: Fact, run: Run) -> tuple[str, ...]:
    from .names import may_be_place

    if source.value.entity_type == "other" and source.value.weak and not _name_shaped(source, run):
        # a word only a tagger calls a name, of no kind (3D, 万维网), takes no stand-in;
        # one shaped as a name (Tom, 鲍伯: a transliteration) may be a person or a place
        return ()
    if may_be_place(source, run):
        return ("person", "place")
    return _STANDS_FOR.get(source.value.entity_type, (source.value.entity_type,))


def _word_end(chinese: Language, text: str, start: int, end: int) -> int:
    """Chinese has no spaces to stop a pattern: end the marker where jieba ends a word
    (某互联网巨头|投资 rather than 某互联网巨头投)."""
    boundaries = {token.end for token in chinese.tokens(chinese.prepare(text))}
    return max((b for b in boundaries if start + 1 < b <= end), default=end)


@lru_cache(maxsize=64)  # the segments of a unit and its group, asked once per hit
def _inside_words(language: Language, text: str) -> frozenset[int]:
    """The offsets inside a word of the tokenizer, where a noun would go on (Japanese
    writes no spaces either: 方 of 方法 is no "person"; 人 before 以来 is)."""
    return frozenset(
        offset for token in language.tokens(text) for offset in range(token.start + 1, token.end)
    )

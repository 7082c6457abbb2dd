"""China's autonomous areas against their Japanese names, by their parts.

An autonomous prefecture, county or banner is named by a place, the peoples it is
autonomous for, and its kind: 阿坝 + 藏族 + 羌族 + 自治州 (Ngawa Tibetan and Qiang), which
Japanese writes as its place in kanji or katakana, each people in Japanese, and the same
kind: アバ + ・ + チベット族 + チャン族 + 自治州, 甘南 + チベット族 + 自治州, 延辺 + 朝鮮族 +
自治州. The peoples are no sound of the name (藏族 is チベット族), so the whole names do not
sound alike: the two are one area when they are of one kind, name as many peoples, and
their places match (by form, the glossary, or sound). The kinds and the word that ends a
people are data (autonomous_kinds and peoples_suffixes of rules/zh/names.toml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract import entity_key
from ..scripts import NAME_DOTS
from .terms import term_tables
from .translit import sounds_alike

if TYPE_CHECKING:
    from ..run import Run

MIN_STEM, MAX_STEM = 2, 6  # characters of an area's place before its peoples


def autonomous_areas_alike(zh_text: str, ja_text: str, run: Run) -> bool:
    """Whether a Chinese and a Japanese name are one autonomous area (see above)."""
    names = run.rules.lexicons["zh"].names
    kinds = tuple(entity_key(kind, "zh") for kind in names.get("autonomous_kinds", ()))
    peoples = tuple(names.get("peoples_suffixes", ()))
    if not kinds or not peoples:
        return False
    zh_key, ja_key = entity_key(zh_text, "zh"), entity_key(ja_text, "ja")
    kind = next((k for k in kinds if zh_key.endswith(k) and ja_key.endswith(k)), None)
    if kind is None:
        return False
    zh_body, ja_body = zh_key[: -len(kind)], ja_key[: -len(kind)]
    if not (zh_body.endswith(peoples) and ja_body.endswith(peoples)):
        return False
    if sum(zh_body.count(p) for p in peoples) != sum(ja_body.count(p) for p in peoples):
        return False
    renderings = term_tables(run.rules.glossary, fold=True)[0]
    if not _peoples_alike(zh_body, ja_body, peoples, renderings):
        return False
    zh_stems = _stems(zh_text, zh_body, "")
    dot = next((d for d in NAME_DOTS if d in ja_text), "")
    ja_stems = _stems(ja_text, ja_body, dot)
    chinese = run.language("zh")
    return any(
        zh_stem_key == ja_stem
        or ja_stem in renderings.get(zh_stem_key, ())
        or sounds_alike(zh_stem_text, ja_stem_text, chinese, strict=False)
        for zh_stem_key, zh_stem_text in zh_stems
        for ja_stem, ja_stem_text in ja_stems
    )


def _peoples_alike(zh_body: str, ja_body: str, peoples: tuple, renderings: dict) -> bool:
    """Whether every people the glossary renders that the Chinese name says is said by the
    Japanese one (广西壮族自治区 is 広西チワン族自治区, not 広西ミャオ族自治区); a people the
    glossary does not know is no evidence either way."""
    return all(
        any(form in ja_body for form in forms)
        for people, forms in renderings.items()
        if people.endswith(peoples) and people in zh_body
    )


def _stems(text: str, body: str, dot: str) -> list[tuple[str, str]]:
    """(key, text) of each opening of `body` that may be the area's place: the part before
    a name dot, else every opening of MIN_STEM to MAX_STEM characters."""
    if dot and dot in text:
        stem = text.split(dot, 1)[0]
        return [(entity_key(stem, "ja"), stem)]
    return [(body[:size], text[:size]) for size in range(MIN_STEM, min(MAX_STEM, len(body)) + 1)]

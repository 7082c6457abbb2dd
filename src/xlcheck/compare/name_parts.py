"""A foreign name of several parts (given name, family name) against another, part by part.

A transliterated Western name is written in parts joined by a dot (比尔·盖茨, ビル・ゲイツ;
・ ･ · • ‧, or ＝), and Japanese sometimes without one (トムハンクス). Two such names are one
name only when their parts sound alike in order: the given name shared and the family
name changed (比尔·盖茨 / ビル・クリントン, 汤姆·克鲁斯 / トム・ハンクス) is another person,
though the whole names share half their sounds. A name said by one of its parts alone
(ゲイツ, ビル for 比尔·盖茨) is the same person, as news writes a name the second time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..memory import WORDS_KEPT
from ..scripts import (
    HAN_HYPHEN,
    KATAKANA_LETTERS,
    NAME_DOTS,
    NAME_HYPHENS,
    NAME_PARTS,
    han,
    katakana,
    to_katakana,
)
from .phonetics import name_similarity
from .translit import (
    both_foreign,
    distinct_names,
    skeleton,
    sounds_alike,
    transliteration_like,
)

if TYPE_CHECKING:
    from ..extract.zh import Chinese

MIN_PART = 2  # characters of a part cut out of a name written without its dots
MAX_LAST_PART = 6  # characters of a family name in a run of Han after its dot


def name_parts(name: str) -> list[str]:
    """A name's parts at its dots (an initial, F of 约翰·F·肯尼迪, is a part too)."""
    # split at the dot alone and each part stripped of its spaces (not split at
    # \s*[dots]\s*: tried at every space of a long run, that is quadratic)
    # (a hyphen between Han characters parts a hyphenated name: 伯纳斯-李 = バーナーズ＝リー)
    return [part.strip() for part in NAME_PARTS.split(HAN_HYPHEN.sub("·", name)) if part.strip()]


# Asked of one pair up to three times (the ladder's veto, the window's, the leftover
# pairing's), and each can cost several sound comparisons: kept per pair (and per Chinese,
# hashed by identity, as the other caches key by the run's vocabulary).
@lru_cache(maxsize=WORDS_KEPT)
def parts_differ(zh_name: str, ja_name: str, zh: Chinese) -> bool:
    """Whether two names of several parts are told apart by their family names, the last
    parts, where these sound nothing alike (汤姆·克鲁斯 / トム・ハンクス: クルーズ is no
    ハンクス). A katakana name
    written without its dots (トムハンクス) is cut where its opening sounds like the
    other's first part."""
    left, right = name_parts(zh_name), name_parts(ja_name)
    if len(left) < 2 and len(right) < 2:
        return False
    if len(right) < 2:
        right = _cut_like(ja_name, left, zh)
    elif len(left) < 2:
        left = _cut_like(zh_name, right, zh)
    if len(left) < 2 or len(right) < 2:
        return False
    # the family names decide: a given name is rendered more freely (约翰 = ジョニー,
    # 威廉 = ビル), and two names apart in both parts are apart as wholes already
    return _apart(left[-1], right[-1], zh)


def given_names_differ(
    zh_name: str, ja_name: str, zh: Chinese, short_forms: frozenset[str] = frozenset()
) -> bool:
    """Whether two dotted names of as many parts, whose family names sound alike, are told
    apart by their given names (伊万·彼得罗夫 / ボリス・ペトロフ: Boris is no Ivan), where the
    translation's given name is no short form a translation may use for a full one
    (`short_forms`: ビル for 威廉, ジョニー for 约翰, given_name_short_forms of
    rules/ja/names.toml). A guess: given names are rendered more freely than family names."""
    left, right = name_parts(zh_name), name_parts(ja_name)
    if len(left) < 2 or len(left) != len(right) or right[0] in short_forms:
        return False
    if _apart(left[-1], right[-1], zh) or not distinct_names(left[0], right[0], zh):
        return False
    # apart in sound and in their first sounds both: one name in the forms of two languages
    # (威廉 and ヴィルヘルム, 约翰 and ヨハン, 彼得 and ペーテル) opens on one sound
    given, other = left[0], right[0]
    first, second = skeleton(given), skeleton(to_katakana(other))
    return (
        name_similarity(given, other) < NEAR_EDGE
        and (first or "")[:1] != (second or "")[:1]
    )


# Family names at the edge of telling apart (拉缪 and ルミュー, Lemieux, score 0.45) are
# apart only when their first sounds differ too: a part is short, and a short name's score
# swings with one syllable.
NEAR_EDGE = 0.40


def _apart(zh_part: str, ja_part: str, zh: Chinese) -> bool:
    if not distinct_names(zh_part, ja_part, zh):
        return False
    if not han(zh_part):
        return True
    first, second = skeleton(zh_part), skeleton(to_katakana(ja_part))
    return name_similarity(zh_part, ja_part) < NEAR_EDGE or (first or "")[:1] != (second or "")[:1]


def _cut_like(name: str, parts: list[str], zh: Chinese) -> list[str]:
    """A name written without dots, in katakana or in transliteration characters, cut
    after the opening that sounds like the first of the other name's parts (トム|ハンクス
    against 汤姆·克鲁斯); the name whole when no opening does, or when it is no
    transliteration (洛杉矶湖人队: 湖人 translates)."""
    if not (katakana(name) or transliteration_like(name, zh)):
        return [name]
    first = parts[0]
    for cut in range(MIN_PART, len(name) - MIN_PART + 1):
        head = name[:cut]
        if sounds_alike(*((first, head) if katakana(head) else (head, first)), zh, strict=False):
            return [head, name[cut:]]
    return [name]


def one_part_said(zh_name: str, ja_name: str, zh: Chinese) -> bool:
    """Whether one name is the other's family name or given name alone: 盖茨 or ゲイツ for
    比尔·盖茨, ビル for 比尔·盖茨. The family name (the last part) may be heard with less
    certainty than a whole name, since the part stands in the whole name's place: so long
    as the two are not told apart by their sound."""
    for whole, single in ((zh_name, ja_name), (ja_name, zh_name)):
        parts = name_parts(whole)
        if len(parts) < 2 or len(name_parts(single)) > 1:
            continue
        if _rest_told_apart(single, parts, zh):
            return False  # 柏林马拉松 and シカゴ・マラソン: the marathon of another city
        for position, part in enumerate(parts):
            pair = (single, part) if katakana(part) else (part, single)
            if not both_foreign(*pair):
                continue  # 日本 is no part of 乔治·布什: only a sound can say so
            if sounds_alike(*pair, zh, strict=False):
                return True
            # a Han family name the sound model is unsure of (盖茨 and ゲイツ); Latin
            # spelling says less (HTTP is not told from リー), so it must sound alike
            if position == len(parts) - 1 and han(pair[0]) and not distinct_names(*pair, zh):
                return True
    return False


def _rest_told_apart(single: str, parts: list[str], zh: Chinese) -> bool:
    """Whether a Han name written without dots (柏林马拉松, 比尔盖茨) holds the sound of one
    part of a dotted name (马拉松, マラソン) at its end or its start, and before or after it
    a word the dotted name's other parts are told apart from by their sound (柏林 against
    シカゴ): the same kind of thing of another place or person, not one part said alone
    (比尔 and ビル sound alike: 比尔盖茨 is ビル・ゲイツ)."""
    if not han(single) or len(single) < 4 or len(parts) != 2:
        return False
    first, last = parts
    def heard(han_part: str, part: str) -> bool:
        return not distinct_names(han_part, part, zh) and sounds_alike(
            han_part, part, zh, strict=False
        )

    for cut in range(2, len(single) - 1):
        head, tail = single[:cut], single[cut:]
        if heard(tail, last) and distinct_names(head, first, zh):
            return True
        if heard(head, first) and distinct_names(tail, last, zh):
            return True
    return False


# a name of parts written in the text: dotted katakana or Latin, or dotted Han
_PART = rf"[A-Za-z{KATAKANA_LETTERS}\u4e00-\u9fff]"
# from a word's start only, each run taken whole: linear on a long run without a dot
_DOTTED_NAME = re.compile(
    rf"(?<!{_PART}){_PART}++(?:\s*+[{NAME_DOTS}{NAME_HYPHENS}]\s*+{_PART}++)+"
)


def head_place(name: str, lang: str, other_text: str, zh: Chinese) -> str:
    """Where the first part of a name of parts (`lang`: its language) may be heard alone in
    the other side's text: the text without the names of parts there that are another
    person (トム of 汤姆·克鲁斯 is not heard in トム・ハンクス; it is in トムは, the name said
    short, and アイザック in 艾萨克·牛顿, the same name whose family name was not heard)."""
    if len(name_parts(name)) < 2:
        return other_text

    def blank(found: re.Match) -> str:
        other = found.group()
        # a Han run goes on past the name (艾萨克·牛顿是物理学家): its last part is one of
        # the openings of the run after the last dot
        last = name_parts(other)[-1]
        head = other[: len(other) - len(last)]
        ends = range(MIN_PART, min(len(last), MAX_LAST_PART) + 1) if han(last) else [len(last)]
        for end in ends:
            candidate = head + last[:end]
            pair = (name, candidate) if lang == "ja" else (candidate, name)
            if not parts_differ(*pair, zh):
                return other
        return " " * len(other)

    return _DOTTED_NAME.sub(blank, other_text)


def shared_kind_aside(first: str, second: str) -> tuple[str, str]:
    """Two names less the kind they end on alike (康涅狄格州 and コネチカット州 less 州,
    耶鲁大学 and イェール大学 less 大学), when the rest of one is katakana: a name heard
    and a kind kept, compared by the name; else the names as they are."""
    shared = 0
    while (
        shared < min(len(first), len(second)) - 1
        and first[-1 - shared] == second[-1 - shared]
        and han(first[-1 - shared])
    ):
        shared += 1
    if not shared or not (katakana(first[:-shared]) or katakana(second[:-shared])):
        return first, second
    return first[:-shared], second[:-shared]

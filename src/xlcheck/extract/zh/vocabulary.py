"""What the Chinese name heuristics read from rules/zh/names.toml, ready to use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...regexes import compiled
from ...scripts import HAN_HYPHEN, NAME_DOTS
from ..entities import EntityTables
from ..numerals import KANJI_NUMERAL_CHARS

MOSTLY = 4  # characters of a name that may hold one outside the transliteration table


@dataclass(frozen=True, eq=False)  # one per rules folder, hashed by identity
class Vocabulary:
    entities: EntityTables
    transliteration_chars: frozenset[str]
    # two or more transliteration characters in a row, in simplified text
    transliteration_run: re.Pattern[str]
    tag_types: dict[str, str]  # jieba POS tag -> entity type
    conjunctions: frozenset[str]  # glued by jieba to the name after them (和玛丽)
    regnal_suffixes: tuple[str, ...] = ()  # 世 of 伊丽莎白 + 二世
    nickname_prefixes: frozenset[str] = frozenset()  # 小, 老, 阿 of 小明, 老王, 阿强
    address_characters: frozenset[str] = frozenset()  # 姨 of 阿姨: terms of address
    family_only_prefixes: frozenset[str] = frozenset()  # 老 + a family name only (老王)
    comparative_characters: frozenset[str] = frozenset()  # 于 of 小于 "less than"
    place_suffix_characters: frozenset[str] = frozenset()  # 区, 區, 县 of 板桥 + 区
    top_level_suffixes: tuple[str, ...] = ()  # 自治区: a level that lies in no other
    # what opens the name of a body of a state said in common words (国家 + 统计局)
    state_body_openings: frozenset[str] = frozenset()
    # what ends one besides org_suffixes (总局, 总署: 国家 + 税务 + 总局)
    state_body_endings: tuple[str, ...] = ()
    # what says a name follows (名叫, 叫做) and the nouns of a person or a place after it
    # and 的 (一位名叫和玉松的老人, 一片名叫塔西利的高原): the words between are the name
    name_cues: frozenset[str] = frozenset()
    # what before a cue makes what follows an epithet, no name (被 + 大家 + 叫做 + 书呆子)
    epithet_markers: tuple[str, ...] = ()
    named_nouns: dict[str, str] = field(default_factory=dict)  # noun -> person or place

    @classmethod
    def from_lexicon(cls, lexicon) -> Vocabulary:
        chars = frozenset("".join(lexicon.names["transliteration_chars"]))
        return cls(
            entities=lexicon.entities,
            transliteration_chars=chars,
            transliteration_run=compiled("[" + "".join(sorted(chars)) + "]{2,}"),
            tag_types=dict(lexicon.names["tag_types"]),
            conjunctions=frozenset(lexicon.names["conjunctions"]),
            regnal_suffixes=tuple(lexicon.names.get("regnal_suffixes", ())),
            nickname_prefixes=frozenset("".join(lexicon.names.get("nickname_prefixes", ()))),
            address_characters=frozenset("".join(lexicon.names.get("address_characters", ()))),
            family_only_prefixes=frozenset("".join(lexicon.names.get("family_only_prefixes", ()))),
            comparative_characters=frozenset(
                "".join(lexicon.names.get("comparative_characters", ()))
            ),
            place_suffix_characters=frozenset(
                suffix for suffix in lexicon.entities.place_suffixes if len(suffix) == 1
            ),
            top_level_suffixes=tuple(lexicon.names.get("top_level_suffixes", ())),
            state_body_openings=frozenset(lexicon.names.get("state_body_openings", ())),
            state_body_endings=tuple(lexicon.names.get("state_body_endings", ())),
            name_cues=frozenset(lexicon.names.get("name_cues", ())),
            epithet_markers=tuple(lexicon.names.get("epithet_markers", ())),
            named_nouns={
                noun: kind
                for kind, nouns in lexicon.names.get("named_nouns", {}).items()
                for noun in nouns
            },
        )

    def regnal_parts(self, text: str) -> list[str]:
        """The text cut before and after each ruler's number that follows a name's
        transliteration characters (查理 | 三世, 亨利 | 八世 | 有), so that jieba cuts the
        name on its own (it glues the number to it: 查理三世, 利八世, 路易十四 + 世)."""
        if not self.regnal_suffixes or not any(s in text for s in self.regnal_suffixes):
            return [text]
        parts, position = [], 0
        for found in self._regnal_number.finditer(text):
            if found.start() and text[found.start() - 1] in self.transliteration_chars:
                parts += [text[position : found.start()], found.group(0)]
                position = found.end()
        return [part for part in (*parts, text[position:]) if part]

    @cached_property
    def cue_endings(self) -> frozenset[str]:
        """The last characters of the name cues (叫 of 名叫, 做 of 叫做): a word ending in
        none is no cue's end, and no name follows it by a cue."""
        return frozenset(cue[-1] for cue in self.name_cues)

    @cached_property
    def _regnal_number(self) -> re.Pattern[str]:
        suffixes = "|".join(map(re.escape, self.regnal_suffixes))
        # not 世纪 (century), 世界 (world), 世代 (generation): 罗马二十一世纪
        return compiled(f"[0-9{KANJI_NUMERAL_CHARS}]{{1,4}}(?:{suffixes})(?![纪界代])")

    def regnal(self, word: str) -> bool:
        """Whether a word is a ruler's number (二世, 十四世, 2世): no name, though jieba
        may tag it as one."""
        return any(
            word.endswith(suffix)
            and len(word) > len(suffix)
            and all(ch.isdigit() or ch in KANJI_NUMERAL_CHARS for ch in word[: -len(suffix)])
            for suffix in self.regnal_suffixes
        )

    def transliterated(self, word: str) -> bool:
        """Whether a simplified-Chinese word is written in transliteration characters only
        (middle dots allowed, spaced or not): 汤姆, 迪罗里·帕塔维, 约翰 · 里德."""
        if self._transliteration_alphabet.issuperset(word):
            return True
        if HAN_HYPHEN.search(word):  # 让-吕克·马丁: a hyphenated first name
            return self.transliterated(HAN_HYPHEN.sub("", word))
        return (
            " " in word
            and any(dot in word for dot in NAME_DOTS)
            and self._transliteration_alphabet.issuperset(word.replace(" ", ""))
        )

    def mostly_transliterated(self, word: str) -> bool:
        """Whether a simplified word of four characters or more is written in
        transliteration characters but for one inside it (莎士比亚, 穆罕默德, 斯洛文尼亚:
        a character of one name's usage, 士 罕 文, not of the general table)."""
        if len(word) < MOSTLY or self.transliterated(word):
            return False
        outside = [i for i, ch in enumerate(word) if ch not in self._transliteration_alphabet]
        return len(outside) == 1 and 0 < outside[0] < len(word) - 1

    @cached_property  # asked about every token: one set test in C, not a loop
    def _transliteration_alphabet(self) -> frozenset[str]:
        return self.transliteration_chars | set(NAME_DOTS)

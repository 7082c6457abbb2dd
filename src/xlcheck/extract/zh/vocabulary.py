"""What the Chinese name heuristics read from rules/zh/names.toml, ready to use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...scripts import NAME_DOTS
from ..entities import EntityTables


@dataclass(frozen=True, eq=False)  # one per rules folder, hashed by identity
class Vocabulary:
    entities: EntityTables
    transliteration_chars: frozenset[str]
    # two or more transliteration characters in a row, in simplified text
    transliteration_run: re.Pattern[str]
    tag_types: dict[str, str]  # jieba POS tag -> entity type
    conjunctions: frozenset[str]  # glued by jieba to the name after them (和玛丽)

    @classmethod
    def from_lexicon(cls, lexicon) -> Vocabulary:
        chars = frozenset("".join(lexicon.names["transliteration_chars"]))
        return cls(
            entities=lexicon.entities,
            transliteration_chars=chars,
            transliteration_run=re.compile("[" + "".join(sorted(chars)) + "]{2,}"),
            tag_types=dict(lexicon.names["tag_types"]),
            conjunctions=frozenset(lexicon.names["conjunctions"]),
        )

    def transliterated(self, word: str) -> bool:
        """Whether a simplified-Chinese word is written in transliteration characters only
        (middle dots allowed, spaced or not): 汤姆, 迪罗里·帕塔维, 约翰 · 里德."""
        if self._transliteration_alphabet.issuperset(word):
            return True
        return (
            " " in word
            and any(dot in word for dot in NAME_DOTS)
            and self._transliteration_alphabet.issuperset(word.replace(" ", ""))
        )

    @cached_property  # asked about every token: one set test in C, not a loop
    def _transliteration_alphabet(self) -> frozenset[str]:
        return self.transliteration_chars | set(NAME_DOTS)

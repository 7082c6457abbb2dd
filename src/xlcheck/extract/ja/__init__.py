"""Japanese: fugashi with UniDic for words and proper nouns.

The vocabulary (units, counters, qualifiers, date words, name suffixes, titles) is
data in rules/ja/; this package holds the mechanisms: tokenizer.py (fugashi glue) and
names.py (name evidence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules.names import name_rules
from ..entities import ENTITY_TYPES
from ..language import grammars
from .names import confident
from .tokenizer import SUFFIXED_PLACE, kanji_stem_places, ministries, tagger, tokens

if TYPE_CHECKING:
    from ...rules.data import RuleFiles
    from ..entities import EntityMatch, Token



class Japanese:
    """The `Language` of Japanese text."""

    code = "ja"

    def __init__(self, files: RuleFiles):
        lexicon = files.lexicons["ja"]
        self.numbers, self.dates = grammars(lexicon)
        self.entities = lexicon.entities
        self.unidic_types = dict(lexicon.names["unidic_types"])
        self.glossary = files.glossary
        self.name_rules = name_rules(files.lexicons)
        self._ministry_suffixes = tuple(lexicon.names.get("ministry_suffixes", ()))

    def prepare(self, text: str) -> str:
        return text  # Japanese needs no preparation beyond width folding

    def tokens(self, text: str) -> list[Token]:
        found = tokens(
            text,
            self.unidic_types,
            self.name_rules,
            self.entities.city_suffixes,
            self.entities.place_suffixes,
        )
        suffixes = (*self.entities.place_suffixes, *self.entities.facility_suffixes)
        found = kanji_stem_places(found, text, suffixes)
        if any(suffix in text for suffix in self._ministry_suffixes):
            found = ministries(found, text, self._ministry_suffixes)
        return found

    def entity_type(self, token: Token) -> str | None:
        if token.tag == "eng":
            return "other"
        if token.tag == SUFFIXED_PLACE:
            return "place"  # 浜 + 州 + 市: a stem cut into kanji and a place suffix
        return token.tag if token.tag in ENTITY_TYPES else None

    def common_noun(self, surface: str, match: EntityMatch, text: str) -> bool:
        return False  # UniDic tags proper nouns apart from common ones

    def confident(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        if match.head_tag == SUFFIXED_PLACE and not match.compound:
            return False  # a place by its form alone: reported when the source speaks to it
        return confident(surface, match, text, self)

    def everyday_word(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        return False

    def match_form(self, text: str) -> str:
        return text

    def load(self) -> None:
        tagger()


__all__ = ["Japanese", "tagger"]

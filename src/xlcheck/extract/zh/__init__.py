"""Chinese: jieba for words and name tags, OpenCC for character forms.

The vocabulary (units, counters, qualifiers, date words, name suffixes, surnames,
transliteration characters) is data in rules/zh/; this package holds the mechanisms:
tokenizer.py (jieba glue), names.py (name evidence), forms.py (character forms).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ...rules.names import name_rules
from ..language import grammars
from .construed import construed_names
from .forms import prepare, to_japanese_kanji, to_simplified
from .names import ChineseNames, japanese_personal_name, kanji_form_words
from .tokenizer import UniDicReadings, segmenter, tokens
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from ...rules.data import RuleFiles
    from ..entities import EntityMatch, Token


class Chinese:
    """The `Language` of Chinese text (simplified or traditional)."""

    code = "zh"

    def __init__(self, files: RuleFiles):
        lexicon = files.lexicons["zh"]
        self.vocabulary = Vocabulary.from_lexicon(lexicon)
        self.numbers, self.dates = grammars(lexicon)
        self.entities = lexicon.entities
        self.words = files.zh_lexicon  # words the rules add to jieba's dictionary
        # words jieba tags as names that are none in running text (rules/entities.toml)
        self.not_names = files.stoplist.get("zh", frozenset())
        self.name_rules = name_rules(files.lexicons)
        self.unidic = UniDicReadings(kanji_form_words, japanese_personal_name)
        self.names = ChineseNames(
            self.vocabulary, files.zh_lexicon, files.glossary, self.name_rules
        )

    def prepare(self, text: str) -> str:
        return prepare(text)

    def tokens(self, text: str) -> list[Token]:
        words = segmenter(self.words)
        return self.names.suffixed_places(
            self.names.places_after_places(
                construed_names(
                    tokens(text, self.vocabulary, self.words, self.name_rules, self.unidic),
                    self.vocabulary,
                    self.name_rules,
                    words.tag,
                    words.frequency,
                )
            )
        )

    def entity_type(self, token: Token) -> str | None:
        return self.names.entity_type(token)

    def common_noun(self, surface: str, match: EntityMatch, text: str) -> bool:
        return self.names.common_noun(surface, match, text)

    def confident(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        return self.names.confident(surface, match, text, common_noun)

    def everyday_word(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        return self.names.everyday_word(surface, match, text, common_noun)

    def match_form(self, text: str) -> str:
        return to_japanese_kanji(text)

    def load(self) -> None:
        segmenter(self.words)


def prepared_tokens(chinese: Chinese, text: str) -> tuple[Token, ...]:
    """The tokens of a Chinese text as the tokenizer cuts its prepared form (traditional
    characters read as simplified, every offset kept: take a surface from `text` by its
    offsets), kept for the text's prepared form: the other side of a unit is cut once
    for every question compare/ asks of it, not once per question."""
    return _tokens_of_prepared(chinese, chinese.prepare(text))


@lru_cache(maxsize=64)  # the segments of a unit and of its group, asked by each open name
def _tokens_of_prepared(chinese: Chinese, prepared: str) -> tuple[Token, ...]:
    return tuple(chinese.tokens(prepared))


__all__ = [
    "Chinese",
    "Vocabulary",
    "prepare",
    "prepared_tokens",
    "to_japanese_kanji",
    "to_simplified",
]

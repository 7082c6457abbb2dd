"""Chinese: jieba for words and name tags, OpenCC for character forms.

The vocabulary (units, counters, qualifiers, date words, name suffixes, surnames,
transliteration characters) is data in rules/zh/; this package holds the mechanisms:
tokenizer.py (jieba glue), names.py (name evidence), forms.py (character forms).
"""

from __future__ import annotations

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
        self.name_rules = name_rules(files.lexicons)
        self.unidic = UniDicReadings(kanji_form_words, japanese_personal_name)
        self.names = ChineseNames(
            self.vocabulary, files.zh_lexicon, files.glossary, self.name_rules
        )

    def prepare(self, text: str) -> str:
        return prepare(text)

    def tokens(self, text: str) -> list[Token]:
        words = segmenter(self.words)
        return construed_names(
            tokens(text, self.vocabulary, self.words, self.name_rules, self.unidic),
            self.vocabulary,
            self.name_rules,
            words.tag,
            words.frequency,
        )

    def entity_type(self, token: Token) -> str | None:
        return self.names.entity_type(token)

    def confident(self, surface: str, match: EntityMatch, text: str) -> bool:
        return self.names.confident(surface, match, text)

    def everyday_word(self, surface: str, match: EntityMatch, text: str) -> bool:
        return self.names.everyday_word(surface, match, text)

    def match_form(self, text: str) -> str:
        return to_japanese_kanji(text)

    def load(self) -> None:
        segmenter(self.words)


__all__ = ["Chinese", "Vocabulary", "prepare", "to_japanese_kanji", "to_simplified"]

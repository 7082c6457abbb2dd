"""The `Language` interface: what each language package under extract/ provides.

A language is a package (extract/zh/, extract/ja/) with a class that takes the run's
rule data and gives the grammars, the tokenizer, the name evidence and the form
conversion; its vocabulary is data in rules/LANG/. `make_language` picks the class from
a table and imports it only when a run needs it (as translate-toolkit's factory does).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..rules.data import RuleFiles
    from ..rules.lexicon import Lexicon
    from ..rules.names import NameRules
    from .dates import DateGrammar
    from .entities import EntityMatch, EntityTables, Token
    from .numbers import NumberGrammar

# language code -> "module:class"
LANGUAGE_CLASSES = {
    "zh": "xlcheck.extract.zh:Chinese",
    "ja": "xlcheck.extract.ja:Japanese",
}


class Language(Protocol):
    code: str
    numbers: NumberGrammar
    dates: DateGrammar
    entities: EntityTables
    name_rules: NameRules  # family names, titles, company words of the run's rules

    def prepare(self, text: str) -> str:
        """The text the grammars and the tokenizer read, offset for offset."""

    def tokens(self, text: str) -> list[Token]:
        """Words with a tag the entity grammar and `entity_type` read."""

    def entity_type(self, token: Token) -> str | None:
        """The type of name a token starts (place, person, organisation, other), or None."""

    def common_noun(self, surface: str, match: EntityMatch, text: str) -> bool:
        """Whether a word a tagger calls a name is said here as an everyday common noun
        (花园, 一道大堤): asked once of each name, its answer told to the two questions below."""

    def confident(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        """Whether a name has evidence enough to be reported when the other side lacks it."""

    def everyday_word(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        """Whether a name only a tagger vouches for is an everyday word as said here."""

    def match_form(self, text: str) -> str:
        """The form names are matched by across languages: Japanese kanji forms."""

    def load(self) -> None:
        """Load dictionaries and models now (before worker processes fork)."""


def grammars(lexicon: Lexicon) -> tuple[NumberGrammar, DateGrammar]:
    """A language's number and date grammars over its vocabulary in rules/LANG/."""
    from .dates import DateGrammar
    from .numbers import NumberGrammar

    return NumberGrammar(lexicon.numbers), DateGrammar(lexicon.dates)


def make_language(code: str, files: RuleFiles) -> Language:
    """The language `code` over one rules folder's data."""
    if code not in LANGUAGE_CLASSES:
        raise ValueError(f"unsupported language {code!r}")
    module_name, class_name = LANGUAGE_CLASSES[code].split(":")
    return getattr(importlib.import_module(module_name), class_name)(files)

"""Japanese: fugashi with UniDic for words and proper nouns.

The vocabulary (units, counters, qualifiers, date words, name suffixes, titles) is
data in rules/ja/; this package holds the mechanisms: tokenizer.py (fugashi glue) and
names.py (name evidence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules.names import longest_first, name_rules
from ..entities import ENTITY_TYPES
from ..language import grammars
from .names import confident
from .tokenizer import (
    CUED_PERSON,
    CUED_PLACE,
    FEATURE_BY_FORM,
    JOINED_PLACE,
    SUFFIXED_PLACE,
    kanji_stem_places,
    known_names,
    ministries,
    tagger,
    tokens,
)

if TYPE_CHECKING:
    from ...rules.data import RuleFiles
    from ..entities import EntityMatch, Token


# The tags of the Chinese lexicon's words whose glossary renderings are bodies' names.
BODY_TAGS = frozenset({"nt"})


def known_names_of(files: RuleFiles) -> tuple[str, ...]:
    """The Japanese names of bodies the rules know, read as names where written, longest
    first: the clubs of teams.tsv, the companies of rules/ja/names.toml, and the renderings
    of the glossary's companies and state bodies the Chinese lexicon holds as names (微信 =
    ウィーチャット, 京瓷 = 京セラ); in
    katakana or of four characters or more, not in Latin letters (read apart), and not an
    everyday word as well (known_names_not_read of rules/ja/names.toml: イオン, ジャズ)."""
    bodies = {word for word, tag in files.zh_lexicon if tag in BODY_TAGS}
    # (a club's alternative that opens a longer one is its owner's or its town's name, a
    # company or a place as often: ヤクルト of ヤクルトスワローズ, 楽天 of 楽天イーグルス)
    forms = {
        name
        for names in files.team_names
        for name in names
        if _name_form(name) and not any(o != name and o.startswith(name) for o in names)
    }
    clubs = set(files.team_names)
    # (a body of a state keeps the grammar's reading, with the country said before it:
    # 外務省 of 日本外務省, state_body_suffixes)
    state = tuple(files.lexicons["ja"].names.get("state_body_suffixes", ()))
    for entry in files.glossary:
        if entry.zh in bodies and entry.ja not in clubs:
            forms.update(
                name
                for name in entry.ja
                if _name_form(name, BODY_NAME_MIN) and not name.endswith(state)
            )
    # the companies rules/ja/names.toml names, which UniDic reads as everyday words or
    # apart (アップル, 楽天, 任天 + 堂, 集英 + 社)
    forms.update(
        name for name in files.lexicons["ja"].names.get("companies", ()) if _name_form(name, 2)
    )
    # the glossary's renderings that end in a body's word, two characters or more before it
    # (世界保健機関, 国境なき医師団, 国連難民高等弁務官事務所): bodies named by common words, which
    # UniDic reads apart
    # (not a ministry or an agency of a state, 米国務省, 外務省: the state bodies' grammar
    # reads those with their country, extract/ja/tokenizer.py ministries)
    entities = files.lexicons["ja"].entities
    endings = tuple(sorted({*entities.org_suffixes, *state}, key=len, reverse=True))
    ministries = tuple(files.lexicons["ja"].names.get("ministry_suffixes", ()))
    for entry in files.glossary:
        forms.update(
            name
            for name in entry.ja
            if _name_form(name, BODY_NAME_MIN)
            and not name.endswith(ministries)
            and any(
                name.endswith(end) and len(name) - len(end) >= BODY_STEM_MIN for end in endings
            )
        )
    forms -= set(files.lexicons["ja"].names.get("known_names_not_read", ()))
    return tuple(sorted(forms, key=lambda name: (-len(name), name)))


def _name_form(name: str, least: int = 0) -> bool:
    if any("A" <= ch <= "z" for ch in name):
        return False
    least = least or KNOWN_NAME_MIN
    return len(name) >= least or any("\u30a1" <= ch <= "\u30fa" for ch in name)


# The shortest name in kanji read as a known club (巨人 and 阪神 are a giant and a region
# as often), and as a known body (花王, 鴻海: the glossary's companies are names whatever
# their length, save the everyday words of known_names_not_read: 時事, 百度).
KNOWN_NAME_MIN = 4
BODY_NAME_MIN = 2
BODY_STEM_MIN = 3  # characters before a body's word (世界保健 + 機関; not 外交 + 部, 日本 + 政府)


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
        self._known_names = known_names_of(files)
        self._known_places = longest_first(lexicon.names.get("known_places", ()))
        self._direction_places = longest_first(lexicon.names.get("direction_places", ()))

    def prepare(self, text: str) -> str:
        return text  # Japanese needs no preparation beyond width folding

    def tokens(self, text: str) -> list[Token]:
        found = tokens(
            text,
            self.unidic_types,
            self.name_rules,
            self.entities.city_suffixes,
            self.entities.place_suffixes,
            self.entities.feature_suffixes,
        )
        suffixes = (*self.entities.place_suffixes, *self.entities.facility_suffixes)
        found = kanji_stem_places(found, text, suffixes)
        if any(suffix in text for suffix in self._ministry_suffixes):
            found = ministries(found, text, self._ministry_suffixes)
        found = known_names(found, text, self._known_places, "place", unread_only=True)
        # 内 + モンゴル: over the country the tagger read in it
        found = known_names(found, text, self._direction_places, "place", at_word_starts=True)
        return known_names(found, text, self._known_names, "organisation")

    def entity_type(self, token: Token) -> str | None:
        if token.tag == "eng":
            return "other"
        if token.tag in (SUFFIXED_PLACE, FEATURE_BY_FORM, CUED_PLACE, JOINED_PLACE):
            return "place"  # 浜 + 州 + 市: a stem cut into kanji and a place suffix
        if token.tag == CUED_PERSON:
            return "person"  # アニウ + という + 若者: a person a cue names
        return token.tag if token.tag in ENTITY_TYPES else None

    def common_noun(self, surface: str, match: EntityMatch, text: str) -> bool:
        return False  # UniDic tags proper nouns apart from common ones

    def confident(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        if match.head_tag == SUFFIXED_PLACE and not match.compound:
            return False  # a place by its form alone: reported when the source speaks to it
        if match.head_tag == FEATURE_BY_FORM:
            return False  # スノー + ドン + 山: a feature by its form alone, however joined
        if match.head_tag in (CUED_PERSON, CUED_PLACE, JOINED_PLACE):
            return False  # アニウ + という: a name by a cue alone, ジョグ + ジャカルタ by its
            # form alone, reported when the source speaks to it
        return confident(surface, match, text, self)

    def everyday_word(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        return False

    def match_form(self, text: str) -> str:
        return text

    def load(self) -> None:
        tagger()


__all__ = ["Japanese", "tagger"]

"""Vague references that stand in for names, read from rules/anonymization.toml.

Two forms, per language: patterns listed by the entity type they can replace (ある地区,
某社), and a grammar, `[LANG.vague]`, of the construction: an opening (a determiner
such as ある, 某, その, or a construction such as a count of one, 一人の, 一家) before a
noun of the type (人物, 都市, 企業), a compound ending in one (地方都市) or in a head
of the type (技術者, 出版社); a placeholder for the name (A氏, X社); and a compound
ending in a noun no name ends in (外資系企業). The file names a construction once
instead of every phrase it makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..regexes import compiled
from .schema import (
    LIST,
    TABLE,
    VALUE,
    Key,
    Problem,
    read_checked,
    refuse,
    regex,
    section,
    text,
    word,
)
from .schema import words as word_list

TYPES = ("person", "place", "organisation", "company", "any")


def _by_type(required: bool = False) -> Key:
    return section(
        {t: Key(LIST, word, required=False, empty=False) for t in TYPES}, required=required
    )


# [LANG.vague]: the openings (determiner words, and constructions as patterns), the nouns
# of each type they open, and what else makes a noun of a type or stands for a name.
GRAMMAR = {
    "determiners": Key(LIST, word, empty=False),
    # determiners that are also verbs, and the characters after which they are the verb
    "also_verbs": Key(LIST, word, required=False),
    "verb_after": Key(VALUE, text, required=False),
    "openings": Key(LIST, regex, required=False),  # a count of one, an unknown identity
    "placeholder": Key(VALUE, regex, required=False),  # what stands for the name: A, ○○
    "compound": Key(VALUE, regex, required=False),  # a character of a compound noun
    "nouns": _by_type(required=True),
    "heads": _by_type(),  # what ends a compound noun of a type but is no noun alone (者)
    "generic": _by_type(),  # nouns no name ends in (企業)
    "titles": _by_type(),  # what follows a placeholder for a person (氏, さん)
    # The phrase as the tagger reads it (Japanese, extract/ja/references.py): what ends
    # a noun of a type as a suffix morpheme (会社+員, 実業+家) or as the last character of
    # a word (乗客, 漁村); the words a modifier is made of.
    "suffixes": _by_type(),
    "word_endings": _by_type(),
    "not_openings": Key(LIST, word, required=False),  # 連体詞 that point to no one: どの
    # nouns of relation that open a phrase with の (故郷 + の + 町, 地元 + の + 川): the place
    # one is from, the local or the nearby one, which may render a word of the source
    "relational": Key(LIST, word, required=False),
    "name_words": Key(LIST, word, required=False),  # 名前, 社名: a clause withholding it
    # what points back or away by itself: 同 + 選手, 当該 + 団体, 他 + 社, 諸 + 団体
    "anaphoric": Key(LIST, word, required=False),
    "pointing_away": Key(LIST, word, required=False),  # 他 + 社, 隣 + 国, 諸 + 団体
    "honorifics": Key(LIST, word, required=False),  # ご + 本人
    "personal_pronouns": Key(LIST, word, required=False),  # 彼 + ら + の, not 彼 + の
    "plurals": Key(LIST, word, required=False),  # 同氏 + ら, 関係者 + たち
    "indefinite_numerals": Key(LIST, word, required=False),  # いく, 何, 数 + a counter
    "ordinal_prefixes": Key(LIST, word, required=False),  # 第 + 三 + 国: an ordinal's mark
    "descriptors": Key(LIST, word, required=False),  # 大手 + 商社, 外資系 + 銀行
    "deictic": _by_type(),  # nouns that refer by relation alone: 本人, 先方, 現地
    # one member of a class after its noun and の: 研究者の + 一人, 製薬会社の + 一社
    "class_members": _by_type(),
    "within": Key(LIST, word, required=False),  # a place class + 内: 都内, 県外
    # a region wider than a country or a city (欧州, 中東, 華南): named for a place in it
    "regions": Key(LIST, word, required=False),
    "place_parts": Key(LIST, word, required=False),
    "farthest_parts": Key(LIST, word, required=False),  # 最北端: alike in both languages
    "level_words": Key(LIST, word, required=False),  # 省 of 黒竜江 + 省, said apart
    "named_heads": Key(LIST, word, required=False),
    # each region and the places it holds, in simplified Chinese (欧州: 德国, 巴黎 ...)
    "region_holds": Key(TABLE, word_list, required=False),
}
# [LANG]: patterns by the type they can replace, and the grammar.
MARKERS = {t: Key(LIST, regex, required=False, empty=False) for t in TYPES} | {
    "vague": section(GRAMMAR, required=False)
}
SCHEMA = {lang: section(MARKERS, required=False) for lang in ("zh", "ja")}

Markers = dict[str, dict[str, tuple[re.Pattern[str], ...]]]


@dataclass(frozen=True)
class PhraseGrammar:
    """A vague noun phrase read word by word (extract/ja/references.py): an opening (a
    determiner word class, an indefinite, a count of one, a clause withholding a name, a
    noun + の) and a noun whose form says its type."""

    nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> nouns
    suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> 員, 家
    word_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> 客
    determiners: frozenset[str] = frozenset()  # ある, 某: open the noun that follows
    opening: re.Pattern[str] | None = None  # the regular grammar's openings (見知らぬ)
    not_openings: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()
    anaphoric: tuple[str, ...] = ()  # longest first: 当該 before 当
    pointing_away: tuple[str, ...] = ()
    honorifics: frozenset[str] = frozenset()
    personal_pronouns: frozenset[str] = frozenset()
    plurals: tuple[str, ...] = ()
    indefinite_numerals: frozenset[str] = frozenset()
    ordinal_prefixes: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()
    deictic: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> 本人
    class_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> 一人
    within: frozenset[str] = frozenset()
    regions: tuple[str, ...] = ()  # longest first: 東南アジア before アジア
    place_parts: frozenset[str] = frozenset()  # 地方, 東部, 内陸部 after a place's name
    farthest_parts: tuple[str, ...] = ()  # 最北端: of place_parts, alike in both languages
    level_words: tuple[str, ...] = ()  # 省, 県: a place's suffix UniDic writes apart
    # heads that end a name after a katakana word (スターリング + 城, ハドソン + 川)
    named_heads: frozenset[str] = frozenset()
    region_holds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 欧州 -> 德国
    held_places: tuple[str, ...] = ()  # every place of region_holds, longest first
    titles: frozenset[str] = frozenset()  # rules/LANG/names.toml: 教授, 社長 name a person
    relational: tuple[str, ...] = ()  # 故郷, 地元: + の, an opening (longest first)

    @cached_property
    def noun_sets(self) -> dict[str, frozenset[str]]:
        """The nouns of each type, as sets (built once per grammar)."""
        return {kind: frozenset(nouns) for kind, nouns in self.nouns.items()}

    @cached_property
    def all_nouns(self) -> frozenset[str]:
        """The nouns of every type: words that name a kind, no one in particular."""
        return frozenset().union(*self.noun_sets.values())


def marker_problems(path: Path) -> list[Problem]:
    """Every problem of an anonymization.toml, each with its line."""
    return read_checked(path, SCHEMA)[1]


def read_markers(
    path: Path,
) -> tuple[Markers, dict[str, re.Pattern[str]], dict[str, PhraseGrammar]]:
    """lang -> entity type -> compiled patterns (listed ones first, then the grammar's),
    lang -> the grammar's class nouns alone (大城市, 高中生: what a weak "name" that
    is one of them really is), and lang -> the grammar of phrases read word by word."""
    raw, problems = read_checked(path, SCHEMA)
    refuse(problems)
    markers: Markers = {}
    class_nouns: dict[str, re.Pattern[str]] = {}
    phrases: dict[str, PhraseGrammar] = {}
    for lang, by_type in raw.items():
        phrases[lang] = _phrase_grammar(by_type.get("vague", {}))
        patterns = {t: list(listed) for t, listed in by_type.items() if t != "vague"}
        built, nouns = _grammar(by_type.get("vague", {}))
        for entity_type, pattern in built.items():
            patterns.setdefault(entity_type, []).append(pattern)
        markers[lang] = {t: tuple(compiled(p) for p in ps) for t, ps in patterns.items()}
        class_nouns[lang] = compiled(nouns)
    return markers, class_nouns, phrases


def _phrase_grammar(grammar: dict) -> PhraseGrammar:
    """The word-by-word grammar of a [LANG.vague] section; a head of the regular
    grammar (者, 社) is a suffix morpheme of its type too."""
    by_type = {
        key: {t: tuple(words) for t, words in grammar.get(key, {}).items()}
        for key in ("nouns", "heads", "suffixes", "word_endings")
    }
    suffixes = {
        t: tuple(dict.fromkeys([*by_type["heads"].get(t, ()), *by_type["suffixes"].get(t, ())]))
        for t in TYPES  # in a fixed order: a phrase's types are reported in it
        if t in by_type["heads"] or t in by_type["suffixes"]
    }
    return PhraseGrammar(
        nouns=by_type["nouns"],
        suffixes=suffixes,
        word_endings=by_type["word_endings"],
        determiners=frozenset(grammar.get("determiners", ())),
        opening=compiled(_opening(grammar)) if grammar else None,
        not_openings=frozenset(grammar.get("not_openings", ())),
        relational=tuple(sorted(grammar.get("relational", ()), key=len, reverse=True)),
        name_words=frozenset(grammar.get("name_words", ())),
        anaphoric=tuple(sorted(grammar.get("anaphoric", ()), key=len, reverse=True)),
        pointing_away=tuple(grammar.get("pointing_away", ())),
        honorifics=frozenset(grammar.get("honorifics", ())),
        personal_pronouns=frozenset(grammar.get("personal_pronouns", ())),
        plurals=tuple(grammar.get("plurals", ())),
        indefinite_numerals=frozenset(grammar.get("indefinite_numerals", ())),
        ordinal_prefixes=frozenset(grammar.get("ordinal_prefixes", ())),
        descriptors=frozenset(grammar.get("descriptors", ())),
        deictic={t: tuple(words) for t, words in grammar.get("deictic", {}).items()},
        class_members={
            t: tuple(sorted(words, key=len, reverse=True))
            for t, words in grammar.get("class_members", {}).items()
        },
        within=frozenset(grammar.get("within", ())),
        regions=tuple(sorted(grammar.get("regions", ()), key=len, reverse=True)),
        place_parts=frozenset(grammar.get("place_parts", ())),
        farthest_parts=tuple(grammar.get("farthest_parts", ())),
        level_words=tuple(grammar.get("level_words", ())),
        named_heads=frozenset(grammar.get("named_heads", ())),
        region_holds={r: tuple(ps) for r, ps in grammar.get("region_holds", {}).items()},
        held_places=tuple(
            sorted(
                {p for ps in grammar.get("region_holds", {}).values() for p in ps},
                key=lambda place: (-len(place), place),
            )
        ),
        titles=frozenset(grammar.get("titles", {}).get("person", ())),
    )


# characters before a generic noun: the press says a trade, often after a country's
# abbreviation, before 大手 (米 + 半導体 + 大手, 独 + 自動車 + 大手, 米 + 電気自動車 + 大手)
GENERIC_LEAD = 6
# characters of a compound after an opening, before its noun or head
OPENED_COMPOUND = 6


def _grammar(grammar: dict) -> tuple[dict[str, str], str]:
    """One pattern per type: an opening (a determiner word or construction), then a noun
    of the type, a compound ending in one or in a head of the type; or a compound ending
    in a generic noun; or a placeholder for the name (A氏, X社). And one pattern of the
    class nouns alone."""
    from ..extract.spans import alternation  # extract imports the rules at its import

    if not grammar:
        return {}, "(?!)"
    opening = _opening(grammar)
    compound = grammar.get("compound", "[^\\s\\S]")
    placeholder = grammar.get("placeholder", "(?!)")
    tables = {key: grammar.get(key, {}) for key in ("heads", "generic", "titles")}
    built = {}
    every_noun = []
    for entity_type, words in grammar["nouns"].items():
        noun = alternation(words)
        head = alternation(tables["heads"].get(entity_type, ()))
        generic = alternation(tables["generic"].get(entity_type, ()))
        title = alternation(tables["titles"].get(entity_type, ()))
        # the noun itself (ある都市), a compound ending in it (ある地方都市), a compound
        # ending in a head of the type (ある技術者: a head is no noun alone)
        named = f"(?:{compound}{{0,3}}(?:{noun})|{compound}{{1,3}}(?:{head}))"
        # after an opening, a longer compound: the trade with the country before it (一家 +
        # 日本电子 + 巨头, 一支 + 日本职业棒球 + 队, ある + 大手電機 + メーカー)
        opened = (
            f"(?:{compound}{{0,{OPENED_COMPOUND}}}(?:{noun})"
            f"|{compound}{{1,{OPENED_COMPOUND}}}(?:{head}))"
        )
        # a class noun standing alone: one character after a single other (古川, 杭州,
        # 裕子) is how names are made, so a one-character noun or head needs two before it
        long_nouns = alternation(w for w in words if len(w) > 1)
        short = alternation(
            [*(w for w in words if len(w) == 1), *tables["heads"].get(entity_type, ())]
        )
        every_noun.append(f"{compound}{{0,3}}(?:{long_nouns})|{compound}{{2,3}}(?:{short})")
        built[entity_type] = (
            f"(?:{opening}){opened}"
            f"|(?:{placeholder})(?:{named}|{title}|{head})"
            f"|(?<!{compound}){compound}{{1,{GENERIC_LEAD}}}(?:{generic})"
        )
    return built, "|".join(every_noun)


def _opening(grammar: dict) -> str:
    """The determiner words, each guarded where it is also a verb (がある人 is "a person
    who has", not "a certain person"), and the constructions of `openings`."""
    verbs = grammar.get("also_verbs", [])
    after = grammar.get("verb_after", "")
    guard = f"(?<![{re.escape(after)}])" if after else ""
    words = [
        (guard if each in verbs else "") + re.escape(each)
        for each in sorted(grammar["determiners"], key=len, reverse=True)
    ]
    # nouns of relation and の (故郷の, 地元の): an opening, as the constructions are
    relational = "|".join(re.escape(each) for each in grammar.get("relational", []))
    related = [f"(?:{relational})の"] if relational else []
    return "|".join([*grammar.get("openings", []), *related, *words])

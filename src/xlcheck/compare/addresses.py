"""A place said right before another name as its address (日本大阪, 美国加州洛杉矶,
德国西门子公司, 英国牛津大学), which the other side leaves implicit or says by a one-kanji
abbreviation no tagger reads as a name (大阪, カリフォルニア州ロサンゼルス, 独シーメンス,
英オックスフォード大学): the name is said on both sides, its address on one, and no name
is missing or added.

Two shapes: the place and the name read as two names, one right after the other (or
with a dot between: ドイツ・ミュンヘン), the name matched; and a country run together with
the name into one (德国西门子公司), whose forms are then also the name's without it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.ja.tokenizer import tagged_words
from ..extract.zh.forms import japanese_to_simplified
from ..extract.zh.names import proper_in_japanese
from ..extract.zh.tokenizer import common_word
from ..memory import WORDS_KEPT
from ..rules.names import longest_first
from ..scripts import KATAKANA_LETTERS, NAME_DOTS, NAME_PARTS
from .names import state_bodies
from .values import open_facts

if TYPE_CHECKING:
    from ..model import Fact
    from ..run import Run

MIN_NAME = 2  # characters of the name after its country, its kind aside: 西門子, 牛津
MAX_DESCRIPTION = 8  # characters between a country and its person: 羽毛球运动员
_ADDRESSED = ("place", "organisation", "company")  # a person's country is said otherwise


def set_aside_addresses(units, langs, matched: set[int], texts, run: Run) -> None:
    """An open place that is the address of a matched name after it in the same segment
    is set aside, neither missing nor added: right before the name (or with one dot
    between: ドイツ・ミュンヘン); after a state or a province (得克萨斯州 + 奥斯汀) any name
    is the next level, whatever type the tagger gave it. So is a country before a person
    and the words that describe them (日本 + 羽毛球选手 + 山口茜, 美国 + 总统 + 拜登): a
    nationality the translation may leave implicit. `langs`: the source's and the
    target's; `texts`: the pair's segment texts by side and id."""
    for unit in units:
        for side, other, lang in (("source", "target", langs[0]), ("target", "source", langs[1])):
            facts = [f for f in getattr(unit, side) if f.kind == "entity"]
            places = [
                f for f in open_facts(facts, "entity", matched) if f.value.entity_type == "place"
            ]
            other_text = (
                "".join(texts[other][i] for i in getattr(unit.pair, other)) if places else ""
            )
            if not places or _names_a_country(other_text, lang, run):
                continue  # 缅甸曼德勒市 / タイ・マンダレー市: another country there, reported
            starts = {(f.segment, f.start): f for f in facts}
            for fact in places:
                text = texts[side][fact.segment]
                if _address_of(fact, starts, text, matched, run) or _nationality_of(
                    fact, facts, (text, lang), matched, run
                ):
                    matched.add(id(fact))


def _names_a_country(other_text: str, lang: str, run: Run) -> bool:
    """Whether the other side of a unit names a country before a place (`lang`: this
    side's language): a country UniDic knows in Japanese, joined by a dot (タイ・), one of
    the rules in Chinese. An address the other side left implicit leaves no country there;
    one it changed does."""
    if lang == "zh":  # a country joined by a dot to the next name (タイ・マンダレー市), not
        # a destination or a partner elsewhere in the sentence (日本を訪問した)
        words, _ = tagged_words(other_text)
        # one character after the country, compared as a character: the empty slice at
        # the end of the text is `in` any string, and would make every final country joined
        return any(
            word[3].startswith(_JAPANESE_COUNTRY) and other_text[word[2] : word[2] + 1] in _DOTS
            for word in words
        )
    keyed = entity_key(other_text, "zh")
    return any(country in keyed for country in chinese_country_keys(run.rules.lexicons["zh"]))


_JAPANESE_COUNTRY = "名詞,固有名詞,地名,国"  # UniDic's part of speech of a country's name
_DOTS = frozenset(NAME_DOTS)


def _address_of(place: Fact, starts, text: str, matched: set[int], run: Run) -> bool:
    from .entities import with_place_suffix  # entities reads after_a_country of this module

    name = starts.get((place.segment, place.end))
    if name is None and text[place.end : place.end + 1] in tuple(NAME_DOTS):
        name = starts.get((place.segment, place.end + 1))
    return (
        name is not None
        and id(name) in matched
        and (name.value.entity_type in _ADDRESSED or with_place_suffix(place.value.key, run))
    )


def _nationality_of(place: Fact, facts, text_lang, matched: set[int], run: Run) -> bool:
    """Whether a country stands before a matched person with only words that describe
    them between (a profession, an office: 羽毛球选手, 物理学家, 总统; 米国の俳優), or none.
    `text_lang`: the segment's text and its language."""
    text, lang = text_lang
    if place.value.key not in _countries(run, lang):
        return False
    person = next(
        (f for f in facts if f.segment == place.segment and f.start >= place.end),
        None,
    )
    between = text[place.end : person.start] if person is not None else ""
    return (
        person is not None
        and person.value.entity_type == "person"
        and id(person) in matched
        and len(between) <= MAX_DESCRIPTION
        and (not between or _DESCRIPTION[lang].fullmatch(between) is not None)
    )


# what describes a person between their country and their name: Han characters (羽毛球选手);
# in Japanese after の, and katakana too (の + バドミントン選手)
_DESCRIPTION = {
    "zh": re.compile("[\u4e00-\u9fff]+"),
    "ja": re.compile(f"の?[\u4e00-\u9fff々{KATAKANA_LETTERS}]+"),
}


def after_a_country(key: str, run: Run, suffixes: tuple[str, ...], glossary_keys) -> str:
    """A Chinese key less the country it opens on (徳国西門子公司 -> 西門子公司), when the
    rest, its kind aside (`suffixes`: 公司, 大学), is a name of two characters or more
    by itself (`glossary_keys`: the glossary's); "" otherwise (日本銀行: 銀行 names no
    bank; 中国移動: 移動 is "mobile")."""
    for country in chinese_country_keys(run.rules.lexicons["zh"]):
        if not key.startswith(country) or key == country:
            continue
        rest = key[len(country) :]
        if rest.endswith(state_bodies(run)):
            return ""  # 徳国外交部: a state's body, compared by its country (body_countries)
        stem = next((rest[: -len(s)] for s in suffixes if rest.endswith(s)), rest)
        if len(stem) < MIN_NAME:
            return ""
        return rest if _a_name(stem, rest, run, glossary_keys) else ""
    return ""


def _a_name(stem: str, rest: str, run: Run, glossary_keys) -> bool:
    """Whether what follows a country names something by itself: no everyday Chinese
    word, and a glossary key (西門子, 牛津), a transliteration or a proper noun to UniDic;
    or a glossary key with its kind (苹果公司). Not a body of the country's own (日本 +
    足球協会, 日本 + 外務省: the country is part of its name, and another one there is
    another body)."""
    if stem != rest and rest in glossary_keys:
        return True  # 苹果公司: an everyday word, and a company with its kind
    if proper_in_japanese(stem):
        return True  # 東京, 牛津: a place's name, however often the dictionary meets it
    chinese = run.language("zh")
    simplified = japanese_to_simplified(stem)
    if common_word(simplified, chinese.words):
        return False  # 足球 of 足球協会: a kind of body, though the glossary renders it
    return stem in glossary_keys or chinese.vocabulary.transliterated(simplified)


@cache  # keyed by the lexicon, so that another rules folder gets its own
def a_country(key: str, run: Run) -> bool:
    """Whether a name's key is a country: one of the rules' (chinese_country_keys), or one
    UniDic reads as a country's name in Japanese kanji forms (緬甸, 越南)."""
    return key in chinese_country_keys(run.rules.lexicons["zh"]) or _country_to_unidic(key)


@lru_cache(maxsize=WORDS_KEPT)
def _country_to_unidic(key: str) -> bool:
    words, _ = tagged_words(key)
    return len(words) == 1 and words[0][3].startswith(_JAPANESE_COUNTRY)


def chinese_country_keys(zh_lexicon) -> tuple[str, ...]:
    """The countries of compare/body_countries.py in key form, longest first."""
    from .body_countries import chinese_countries  # it reads entities, which reads this

    return longest_first(entity_key(name, "zh") for name in chinese_countries(zh_lexicon))


def dynasty_forms(key: str, run: Run) -> set[str]:
    """A ruler's title run together with its dynasty (唐太宗李世民, 汉武帝) as Japanese
    says it, with の between (唐の太宗李世民, 漢の武帝): the dynasty stays, since 宋の太宗
    is another ruler (dynasties and ruler_title_endings of rules/zh/names.toml)."""
    names = run.rules.lexicons["zh"].names
    endings = "".join(names.get("ruler_title_endings", ()))
    if not endings:
        return set()
    for dynasty in _dynasty_keys(run.rules.lexicons["zh"]):
        rest = key[len(dynasty) :]
        # the title: two or three characters after the dynasty, the last one a ruler's
        if key.startswith(dynasty) and any(rest[i : i + 1] in endings for i in (1, 2)):
            return {dynasty + "の" + rest}
    return set()


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _dynasty_keys(zh_lexicon) -> tuple[str, ...]:
    """Dynasties in key form, longest first (北宋 before 宋)."""
    return longest_first(entity_key(n, "zh") for n in zh_lexicon.names.get("dynasties", ()))


def _countries(run: Run, lang: str) -> frozenset[str]:
    """Countries by name in key form: Chinese ones, or Japanese ones (アメリカ, 米国)."""
    if lang == "zh":
        return frozenset(chinese_country_keys(run.rules.lexicons["zh"]))
    return _japanese_country_keys(run.rules.lexicons["ja"])


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _japanese_country_keys(ja_lexicon) -> frozenset[str]:
    table = ja_lexicon.names.get("country_abbreviations", {})
    return frozenset(entity_key(n, "ja") for names in table.values() for n in names)


def dotted_address_said(fact: Fact, other_keyed: str, run: Run) -> bool:
    """Whether a Japanese place joined over a dot from a place and the place in it
    (ミャンマー・マンダレー市, タイ・チェンマイ県) has both parts said on the Chinese side,
    which runs them together (缅甸曼德勒市): a place and its address, no name added.
    `other_keyed`: the Chinese text in key form."""
    from .entities import said_in, text_forms  # entities reads this module

    if fact.value.entity_type != "place":
        return False
    parts = [part for part in NAME_PARTS.split(fact.text) if part]
    if len(parts) != 2:
        return False
    glossary = run.rules.glossary
    for part in parts:
        key = entity_key(part, "ja")
        forms = text_forms(replace(fact.value, key=key, head=None), "ja", run)
        if not said_in(forms, other_keyed, key, "ja", glossary):
            return False
    return True


def dotted_partly_said(fact: Fact, other_keyed: str, run: Run, others=()) -> bool:
    """Whether a Japanese place joined over a dot (ベトナム・クアンニン省, タイ・ラヨーン県)
    has a part the Chinese side says as a name of its own (越南 of 越南广宁省下龙市), and
    the Chinese side has more places left than the parts it does not say (广宁省 and
    下龙市 for クアンニン省): an address whose levels are not read one to one, so which
    source name the rest renders is not known (下龙市 against ベトナム・クアンニン省,
    where ハロン市 follows unread). One place left for one part is a swap (越南广宁省
    against ベトナム・カインホア省); a place read whole with its country (越南林同省)
    stands for a part left unsaid too. `other_keyed`: the Chinese text in key form;
    `others`: the Chinese side's names in the unit."""
    from .entities import said_in, text_forms  # entities reads this module

    if fact.value.entity_type != "place":
        return False
    parts = [part for part in NAME_PARTS.split(fact.text) if part]
    if len(parts) < 2:
        return False
    glossary = run.rules.glossary
    said = []
    for part in parts:
        key = entity_key(part, "ja")
        forms = text_forms(replace(fact.value, key=key, head=None), "ja", run)
        if said_in(forms, other_keyed, key, "ja", glossary):
            said.append((forms, key))
    if not said:
        return False
    places = [o for o in others if o.kind == "entity" and o.value.entity_type == "place"]
    holding = [
        o
        for o in places
        if any(said_in(forms, o.value.key, key, "ja", glossary) for forms, key in said)
    ]
    # a place read whole with its country (越南林同省) renders a part left unsaid too
    unsaid = (
        len(parts)
        - len(said)
        - sum(1 for o in holding if not any(o.value.key in forms for forms, _ in said))
    )
    return len(places) - len(holding) > unsaid

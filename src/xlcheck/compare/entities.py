"""The matching ladder for named entities, cheapest rung first.

1. exact: the same key (keys are casefolded and, for Chinese, in Japanese kanji forms, so
   朝阳区 = 朝陽区 and 广州 = 広州 already match here: the rung says "form" then);
2. core: the same name without an administrative suffix (北京市 = 北京, 広東 = 広東省);
3. glossary: the Chinese name rewritten part by part with the glossary in rules/
   (上海区块链技术研究中心 = 上海ブロックチェーン技術研究センター);
   abbreviation: a body by its short name (東京大学 = 東大), see abbreviations.py;
4. reading: a Japanese given name in kanji on one side, in kana on the other
   (中村步美 = 中村あゆみ), see readings.py;
5. transliteration: the names sound alike (阿里巴巴 = アリババ, 汤姆 = トム), see translit.py;
6. head: one is the head of the other (北京政府 = 北京); used inside a unit only.

Beyond the ladder, a name also counts as kept when its key occurs in the other side's
text around it, even where the tokenizer there did not tag it (英语 = 英語).
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import islice, product
from typing import TYPE_CHECKING

from ..extract import TermReplacer, entity_converter, entity_key, fold_width
from ..extract.ja.references import UNKNOWN, japanese_words
from ..extract.spans import blank
from ..extract.zh.construed import nickname_forms
from ..extract.zh.forms import japanese_to_simplified
from ..memory import WORDS_KEPT
from ..model import EntityValue, Fact
from ..regexes import compiled, occurrences
from ..rules.names import longest_first
from ..scripts import (
    KATAKANA_LETTERS,
    KATAKANA_WORD,
    NAME_DOTS,
    NAME_HYPHENS,
    NAME_PARTS,
    han,
    kana,
    katakana,
    respelled,
    spelled_out,
)
from .abbreviations import BODIES, MAX_SHORT, shortened
from .addresses import after_a_country, dynasty_forms
from .autonomous import autonomous_areas_alike
from .initials import initials_heard
from .korean import (
    family_name_characters,
    korean_shaped,
    read_in_korean,
    reads_as_korean,
    told_apart_in_korean,
)
from .latin_names import latin_against_han
from .name_parts import given_names_differ, one_part_said, parts_differ
from .phonetics import SAME, name_similarity
from .readings import (
    familiar_name_in_kana,
    full_name_in_katakana,
    given_name_alone_in_kana,
    known_abroad_by_family_name,
    same_name_in_kana,
)
from .terms import term_tables
from .translit import sounds_alike

if TYPE_CHECKING:
    from ..extract.zh import Chinese
    from ..rules.lexicon import Lexicon
    from ..run import Run

MAX_GLOSSARY_RENDERINGS = 64


def _core(key: str, lexicons) -> str:
    """A place's name without its place suffix (北京市 -> 北京); a core shorter than two
    characters is no name of its own (市 of 県市), so the key stays whole."""
    core = _place_suffix(lexicons["zh"], lexicons["ja"]).sub("", key)
    return core if len(core) >= 2 else key


def forms_at_this_level(forms, key: str, keyed_text: str, run: Run) -> tuple[str, ...]:
    """A place's forms to look for in a text, without its core where the core stands
    there only before another place suffix (`core_at_another_level`)."""
    if not core_at_another_level(key, keyed_text, run):
        return tuple(forms)
    core = _core(key, run.rules.lexicons)
    return tuple(form for form in forms if form != core)


def core_at_another_level(key: str, keyed_text: str, run: Run) -> bool:
    """Whether a place's core (長崎 of 長崎市) stands in a text only before another place
    suffix (长崎县 = 長崎県): the prefecture there is no city here, and the core says no
    長崎市 (佐世保市 → 長崎市 is another city). False where the key has no suffix, or the core
    stands once alone or before the key's own suffix."""
    lexicons = run.rules.lexicons
    suffix = _place_suffix(lexicons["zh"], lexicons["ja"])
    own = suffix.search(key)
    if own is None or own.start() < 2:
        return False
    core, before_suffix = key[: own.start()], _suffix_at_start(lexicons["zh"], lexicons["ja"])
    found = False
    lower = own.group(0) in _LOWER_LEVELS
    for _, end in occurrences(core, keyed_text):
        other = before_suffix.match(keyed_text, end)
        if other is None and lower and han(keyed_text[end : end + 1]):
            found = True  # 大安 of 大安森林公園: a landmark named after the district
            continue
        if other is None or other.group(0) == own.group(0):
            return False
        found = True
    return found


# the suffixes of a district, a county, a town or a village (key forms): their core said
# only at the head of a longer kanji word names that word's thing (大安区: 大安森林公園)
_LOWER_LEVELS = frozenset("区県鎮郷村町")


@cache
def _suffix_at_start(zh: Lexicon, ja: Lexicon) -> re.Pattern[str]:
    """`_place_suffix` matched where a name's core ends (長崎 + 県)."""
    words = _key_suffixes(zh.entities.place_suffixes + ja.entities.place_suffixes)
    return re.compile("|".join(map(re.escape, words)))


def with_place_suffix(key: str, run: Run) -> bool:
    """Whether a key ends in a place suffix after something (麻州, 北京市): a place's
    name, whatever its characters read as."""
    lexicons = run.rules.lexicons
    found = _place_suffix(lexicons["zh"], lexicons["ja"]).search(key)
    return found is not None and found.start() > 0


def with_body_suffix(key: str, run: Run) -> bool:
    """Whether a key ends in a body's suffix after two characters or more (西北工业大学,
    协和医院): a body's name, whatever its characters read as, no 大学 said as a word."""
    lexicons = run.rules.lexicons
    found = _ending(lexicons["zh"], lexicons["ja"], "org_suffixes").search(key)
    return found is not None and found.start() >= MIN_BODY_STEM


@cache
def _place_suffix(zh: Lexicon, ja: Lexicon) -> re.Pattern[str]:
    """The place suffixes of rules/zh/names.toml and rules/ja/names.toml, in key form
    (Japanese kanji: 县 -> 県), longest first: 特別行政区 before 区."""
    return _ending(zh, ja, "place_suffixes")


# keyed by the two lexicons (one pair per rules folder, hashed by identity): a key of
# their joined suffix lists was built and hashed on every call, for every name pair
@cache
def _ending(zh: Lexicon, ja: Lexicon, table: str) -> re.Pattern[str]:
    """One table of suffixes of both languages' entity tables (place_suffixes,
    org_suffixes), in key form, longest first, at the end of a key."""
    words = _key_suffixes(getattr(zh.entities, table) + getattr(ja.entities, table))
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


def _key_suffixes(words) -> tuple[str, ...]:
    """Suffixes of the rules in key form (Japanese kanji, casefolded), longest first: the
    first that a key ends in is the longest."""
    convert = entity_converter()
    return longest_first(convert(w).casefold() for w in words)


@cache  # keyed by the glossary itself, so that another rules folder gets its own tables
def _glossary_tables(glossary) -> TermReplacer:
    """The glossary's terms (in key form) and their renderings, found by a look-up per
    place (TermReplacer): one alternation of every term was tried term by term at each
    place of each key."""
    return TermReplacer.of(term_tables(glossary, fold=True)[0])


@lru_cache(maxsize=WORDS_KEPT)  # keyed by the glossary too: another rules folder, its own
def glossary_renderings(zh_key: str, glossary) -> frozenset[str]:
    """Japanese renderings of a Chinese entity key, rewriting terms of `glossary` part by
    part."""
    terms = _glossary_tables(glossary)
    pieces: list[tuple[str, ...]] = []
    position = 0
    for start, end in terms.found(zh_key):
        if start > position:
            pieces.append((zh_key[position:start],))
        pieces.append(terms.renderings[zh_key[start:end]])
        position = end
    if position == 0:
        return frozenset()
    if position < len(zh_key):
        pieces.append((zh_key[position:],))
    # in key form: マンチェスター・ユナイテッド is looked for as マンチェスターユナイテッド
    return frozenset(
        entity_key("".join(choice), "ja")
        for choice in islice(product(*pieces), MAX_GLOSSARY_RENDERINGS)
    )


def given_name_short_forms(run: Run) -> frozenset[str]:
    """The short forms a translation may give a full given name (ビル, ジョニー:
    given_name_short_forms of rules/ja/names.toml)."""
    return _short_forms(run.rules.lexicons["ja"])


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _short_forms(ja: Lexicon) -> frozenset[str]:
    return frozenset(ja.names.get("given_name_short_forms", ()))


@cache  # keyed by the lexicon, as above
def _korean_families(zh: Lexicon) -> str:
    return "".join(zh.names.get("korean_family_names", ()))


def korean_not_mandarin(zh: Fact, ja: Fact, run: Run) -> bool:
    """Whether the Korean readings tell a Han name from a dotted katakana one written as
    Korean (its own family name in Korean: 金敏俊 / キム・ソヨン) that Mandarin does not read
    as the same name. A Chinese name in Mandarin katakana (张艺谋 = チャン・イーモウ, whose
    Korean reading 장예모 would reject it) or in Cantonese (王家卫 = ウォン・カーウァイ) is
    left to the Mandarin model; but a Korean family name said as another Korean one, which
    neither Korean nor Mandarin reads it as (朴敏浩 / イ・ミンホ: 朴 is パク, piáo), is another
    name however near the rest sounds."""
    readings = run.rules.korean
    own_family = read_in_korean(zh.text, ja.text, readings)
    if not own_family and not read_in_korean(
        zh.text, ja.text, readings, _korean_families(run.rules.lexicons["zh"])
    ):
        return False
    if not told_apart_in_korean(
        zh.text, ja.text, readings, family_name_characters(run.rules.lexicons["zh"])
    ):
        return False
    chinese = run.language("zh")
    family = ja.text.replace("･", "・").split("・", 1)[0]
    if not own_family and not sounds_alike(zh.text[0], family, chinese, strict=False):
        return True  # another Korean family name
    return not sounds_alike(zh.text, ja.text, chinese, strict=False)


def _another_spelling(key: str, renderings) -> bool:
    """Whether a katakana name is a glossary rendering spelled otherwise (ジョクジャカルタ
    for ジョグジャカルタ: a voicing mark, a small kana, a long mark at the end; see
    scripts.respelled): four letters or more, so that a short name is not taken for
    another."""
    if len(key) < MIN_RESPELLED or not katakana(key):
        return False
    return any(
        len(r) >= MIN_RESPELLED and katakana(r) and respelled(key, r) for r in renderings
    )


MIN_RESPELLED = 4  # katakana letters of a rendering whose spellings are compared


def match_rung(zh: Fact, ja: Fact, run: Run, *, allow_head: bool) -> str | None:
    """The rung on which a Chinese-side and a Japanese-side entity match, or None (by the
    place suffixes, glossary and transliteration characters of `run`)."""
    zh_value: EntityValue = zh.value
    ja_value: EntityValue = ja.value
    if zh_value.key == ja_value.key:
        return "exact" if zh.text.casefold() == ja.text.casefold() else "form"
    if zh_value.key == entity_key(ja.text, "zh"):
        return "form"  # 龙井村 = 龍井村: a Chinese name kept in its traditional forms (竜)
    if _simplified_key(zh_value.key) == _simplified_key(ja_value.key):
        return "form"  # 周杰 = 周傑: 杰 is simplified 傑, though OpenCC keeps 杰 traditional
    if _simplified_key(zh_value.key) == spelled_out(_simplified_key(ja_value.key)):
        return "form"  # 佐佐木 = 佐々木: the iteration mark spelled out, the whole name
    if in_other_characters(ja_value.key, run, "ja") == zh_value.key:
        return "form"  # 栃木 = 枥木: a Japanese kanji Chinese writes with another character
    if _latin_numbers_alike(zh.text, ja.text, run.rules.english.cardinals or {}):
        return "form"  # 12-Factor = Twelve-Factor App: a number in digits and in words
    lexicons, chinese = run.rules.lexicons, run.language("zh")
    if _family_name_of(zh_value, ja_value, chinese) or _family_name_of(ja_value, zh_value, chinese):
        return "form"  # 张伟 = 張 + さん, 李 + 先生 = 李強: a person by the family name alone
    if _core(zh_value.key, lexicons) == _core(ja_value.key, lexicons):
        return "core"
    renderings = glossary_renderings(zh_value.key, run.rules.glossary)
    # 松下电器 = パナソニック: a company and its trade, the translation naming the company
    # (rules/zh/names.toml company_trades)
    company = chinese.name_rules.company_of_its_trade(zh_value.key)
    if company is not None:
        renderings = renderings | glossary_renderings(company, run.rules.glossary)
        if ja_value.key == company or _core(ja_value.key, lexicons) == _core(company, lexicons):
            return "core"
    if ja_value.key in renderings or _core(ja_value.key, lexicons) in {
        _core(r, lexicons) for r in renderings
    }:
        return "glossary"
    if _another_spelling(ja_value.key, renderings):
        return "glossary"  # 日惹 = ジョグジャカルタ, written ジョクジャカルタ
    bare = company_name(zh_value.key, run)
    if bare and (
        ja_value.key == bare or ja_value.key in glossary_renderings(bare, run.rules.glossary)
    ):
        return "glossary"  # 丰田公司 = トヨタ, 任天堂公司 = 任天堂: a company by its name alone
    if zh_value.entity_type == "company" and any(
        key.startswith(zh_value.key)
        for key in term_tables(run.rules.glossary, fold=True)[1].get(ja_value.key, ())
    ):
        return (
            "glossary"  # 三星 = サムスン電子 (三星电子's): a company's short name, its main company
        )
    if (
        shortened(zh, ja, body_suffixes(run))
        or _shortened_after_its_country(zh, ja, run)
        or _body_without_its_opening(zh_value, ja_value, run)
        or _body_without_its_opening(ja_value, zh_value, run)
    ):
        return "abbreviation"  # 東京大学 = 東大, 北大 = 北京大学: a body by its short name
    if same_name_in_kana(zh_value.key, ja_value.key):
        return "reading"  # 中村步美 = 中村あゆみ: a given name in kanji and in kana
    if given_name_alone_in_kana(zh_value.key, ja_value.key, chinese.name_rules):
        return "reading"  # 铃木一朗 = イチロー: the given name alone, as the press writes it
    if full_name_in_katakana(zh_value.key, ja.text, chinese.name_rules):
        return "reading"  # 石黑一雄 = カズオ・イシグロ: a Japanese name known abroad
    if zh_value.entity_type == "person" and familiar_name_in_kana(
        zh_value.key, ja_value.key, chinese.name_rules
    ):
        return "reading"  # 小樱 = さくら(ちゃん): a familiar given name written in kana
    if korean_shaped(zh.text, chinese.name_rules) and reads_as_korean(
        zh.text, ja.text, run.rules.korean
    ):
        return "reading"  # 李明博 = イ・ミョンバク: a Korean name by its Korean sound
    if known_abroad_by_family_name(zh.text, ja.text, chinese.name_rules, lexicons["zh"]):
        return "reading"  # 黄英贤 = ペニー・ウォン: a Western given name, the family name read
    if initials_heard(company_name(zh_value.key, run) or zh.text, ja.text):
        return "transliteration"  # 阿斯麦 = ASML: a-si-mai opens on A, S, M
    latin_rung = latin_against_han(zh.text, ja.text, run)
    if latin_rung is not None:
        return latin_rung  # 雨云 = RainYun, DingTalk = 钉钉: one product in two scripts
    if autonomous_areas_alike(zh.text, ja.text, run):
        return "transliteration"  # 阿坝藏族羌族自治州 = アバ・チベット族チャン族自治州
    if glossary_distinct(zh, ja, run.rules.glossary, body_suffixes(run)):
        return None  # 莫斯科 is モスクワ: メキシコ is another name, however it sounds
    if korean_not_mandarin(zh, ja, run):
        return None  # 金敏俊 is no パク・ミンジュン: jin-min-jun sounds near it in Mandarin
    if parts_differ(zh.text, ja.text, chinese):
        return None  # 比尔·盖茨 is no ビル・クリントン: the family names differ
    if given_names_differ(zh.text, ja.text, chinese, given_name_short_forms(run)):
        return None  # 伊万·彼得罗夫 is no ボリス・ペトロフ: the given names differ
    if _person_against_a_body(zh_value, ja_value, run):
        return None  # 肖邦音乐大学 is no マグダレナ・コヴァルスカ: a body by its ending
    if one_part_said(zh.text, ja.text, chinese):
        return "transliteration"  # 比尔·盖茨 said as ゲイツ, its family name alone
    if (
        sounds_alike(zh.text, ja.text, chinese, strict=False)
        or _sound_alike_before_shared_suffix(zh_value.key, ja_value.key, chinese)
        or _sound_alike_without_a_place_suffix(zh_value.key, ja_value.key, run)
        or _sound_and_meaning(zh_value.key, ja_value.key, run)
    ):
        return "transliteration"
    if (
        _part_sounds_alike(zh.text, ja.text, chinese)
        or _part_sounds_alike(ja.text, zh.text, chinese)
        or _ends_sound_alike(zh.text, ja.text, chinese)
    ):
        return "transliteration"
    if (
        allow_head
        and (
            zh_value.head in (ja_value.key, ja_value.head)
            or ja_value.head == zh_value.key
            or (
                zh_value.head != zh_value.key
                and sounds_alike(zh_value.head, ja.text, chinese, strict=False)
            )
        )
        and not _two_bodies_of_one_place(zh_value, ja_value, run)
        and not _body_named_after_a_place(zh_value, ja_value, run)
        # asked last: it walks the countries, and the head tests fail for most pairs
        and not _named_after_its_country(zh_value, run)
    ):
        return "head"
    return _rest_after_its_country(zh, ja, run, allow_head)


def _rest_after_its_country(zh: Fact, ja: Fact, run: Run, allow_head: bool) -> str | None:
    """The rung of a Japanese place joined to the place it lies in over a dot (アメリカ・
    ジョージア州, タイ・ラヨーン県) against a Chinese name that says the rest alone (佐治亚州,
    its 美国 a name of its own): the rest's rung, one level down."""
    parts = NAME_PARTS.split(ja.text, 1) if ja.value.entity_type == "place" else ()
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None
    from .addresses import a_country  # addresses reads this module

    if a_country(zh.value.key, run):
        return None  # 缅甸 is no マンダレー市 of タイ・マンダレー市: no level below a country
    rest = parts[1]
    value = replace(ja.value, key=entity_key(rest, "ja"), head=None)
    start = ja.end - len(rest)
    return match_rung(
        zh, replace(ja, start=start, text=rest, value=value), run, allow_head=allow_head
    )


# What ends a place's own government, said by its place as often (北京 = 北京政府, 東京都
# = 東京都庁): the endings of place_governments in rules/zh/names.toml, and the offices
_GOVERNMENT_OFFICES = ("庁", "役所", "役場")


def _body_named_after_a_place(zh_value: EntityValue, ja_value: EntityValue, run: Run) -> bool:
    """Whether one name is a body and the other a place (筑波大学 and 筑波市): a body
    named after its town is not the town, save the place's own government (北京政府 = 北京)."""
    types = {zh_value.entity_type, ja_value.entity_type}
    if "place" not in types or types.isdisjoint(BODIES):
        return False
    body = ja_value if zh_value.entity_type == "place" else zh_value
    governments = tuple(run.rules.lexicons["zh"].names.get("place_governments", ()))
    return not body.key.endswith((*governments, *_GOVERNMENT_OFFICES))


def _two_bodies_of_one_place(zh_value: EntityValue, ja_value: EntityValue, run: Run) -> bool:
    """Whether two names grown from one head end in the same kind of body and differ in
    between (东京科学大学 and 東京理科大学, 北京协和医院 and 北京同仁医院): two bodies of
    one place, which the place they share does not make one (北京 = 北京政府 stays a head
    match: one side says the body without a name of its own)."""
    zh_key, ja_key = zh_value.key, ja_value.key
    head = zh_value.head
    if not head or head != ja_value.head:
        return False
    if not (zh_key.startswith(head) and ja_key.startswith(head)):
        return False
    suffix = next((s for s in body_suffixes(run) if zh_key.endswith(s)), None)
    if suffix is None or not ja_key.endswith(suffix):
        return False
    zh_middle = zh_key[len(head) : len(zh_key) - len(suffix)]
    ja_middle = ja_key[len(head) : len(ja_key) - len(suffix)]
    return bool(zh_middle) and bool(ja_middle) and zh_middle != ja_middle


def _named_after_its_country(value: EntityValue, run: Run) -> bool:
    """Whether a Chinese name is a country before a body's own name (日本任天堂公司,
    日本东芝公司: `after_a_country`), grown from the country: its head is no name for it,
    as 北京 is for 北京政府. The country said alone in the translation (日本のあるゲーム大手)
    is the country, and the body is left open."""
    if value.head is None or value.head == value.key:
        return False
    return _country_before_its_head(value.key, value.head, run)


@lru_cache(maxsize=WORDS_KEPT)  # keyed by the run too (hashed by identity): asked per pair
def _country_before_its_head(key: str, head: str, run: Run) -> bool:
    """Whether `key` is its head, a country, before a body's own name (see above)."""
    rest = without_its_country(key, run)
    return bool(rest) and key == head + rest


_LATIN_NAME_PARTS = compiled(r"[A-Za-z0-9]+")


def _latin_numbers_alike(first: str, second: str, cardinals: dict[str, int]) -> bool:
    """Whether two Latin names are one name with a number written in digits on one side
    and as an English word on the other (12-Factor, Twelve-Factor App; 3D, Three-D),
    the one perhaps followed by a word the other leaves out (App): their words, each
    number word as its digits, the shorter opening the longer."""
    first, second = fold_width(first), fold_width(second)
    if not (first.isascii() and second.isascii()):
        return False
    parts = []
    for text in (first, second):
        words = [word.casefold() for word in _LATIN_NAME_PARTS.findall(text)]
        parts.append([str(cardinals[word]) if word in cardinals else word for word in words])
    if not all(parts) or not any(word.isdigit() for word in parts[0]):
        return False
    said = [_LATIN_NAME_PARTS.findall(text.casefold()) for text in (first, second)]
    if said[0] == parts[0] and said[1] == parts[1]:
        return False  # no number word: another rung's to judge
    short, long = sorted(parts, key=len)
    return long[: len(short)] == short


def _family_name_of(short: EntityValue, full: EntityValue, chinese: Chinese) -> bool:
    """Whether a family name said alone (张 of 张 + 教授, 李 of 李 + さん) opens a full
    Chinese name of the other side (張偉, 李强), or ends a nickname (小王 = 王 + くん): the
    same person, spoken of by the family name with a title, as both languages do. Keys
    are in Japanese forms."""
    if short.entity_type != "person" or full.entity_type != "person" or len(short.key) != 1:
        return False
    family = _simplified_key(short.key)
    nickname = len(full.key) == 2 and full.key[0] in chinese.vocabulary.nickname_prefixes
    if nickname:
        return _simplified_key(full.key[1]) == family
    return (
        1 < len(full.key) <= 3
        and _simplified_key(full.key[:1]) == family
        and chinese.name_rules.surname_length(full.key) == 1
    )


def _body_without_its_opening(short: EntityValue, full: EntityValue, run: Run) -> bool:
    """长江三峡集团 = 三峡集団, 中国工商银行 = 工商銀行: a body named by the end of its
    full name, the words that open it left out, its own stem of two characters or more
    and its kind kept (not 銀行 alone, nor 京大学 of 東京大学)."""
    if full.entity_type not in BODIES or len(full.key) - len(short.key) < MIN_BODY_STEM:
        return False
    if not (han(short.key) and full.key.endswith(short.key)):
        return False
    kind = _body_kind(short.key, run)
    return bool(kind) and len(short.key) - len(kind) >= MIN_BODY_STEM


def body_end_said(value: EntityValue, other_keyed: str, run: Run) -> bool:
    """Whether the other side says a body by the end of its full name (长江三峡集团 as
    三峡集団, which the tagger does not read as a name): a tail that
    _body_without_its_opening would match, found in the text in key form."""
    if value.entity_type not in BODIES or not han(value.key):
        return False
    kind = _body_kind(value.key, run)
    if not kind:
        return False
    # each end that keeps a stem of MIN_BODY_STEM, the opening left out MIN_BODY_STEM long
    last_cut = len(value.key) - len(kind) - MIN_BODY_STEM
    return any(
        # (the end said as a word of its own: 北京大学天文協会 holds 大学天文協会, after
        # 京, another university's club)
        not han(other_keyed[at - 1 : at])
        for cut in range(MIN_BODY_STEM, last_cut + 1)
        for at, _ in occurrences(value.key[cut:], other_keyed)
    )


def _body_kind(key: str, run: Run) -> str:
    """The body's kind a key ends in (集団 of 長江三峡集団, body_suffixes), or ""."""
    return next((kind for kind in body_suffixes(run) if key.endswith(kind)), "")


MIN_BODY_STEM = 2  # characters of a body's own stem, and of the opening its end leaves out


def _shortened_after_its_country(zh: Fact, ja: Fact, run: Run) -> bool:
    """日本东京大学 = 東大: a body's short name, the country before its full name aside."""
    if len(ja.value.key) > MAX_SHORT or not han(ja.value.key):
        return False  # most names: no short name, no look for a country
    rest = without_its_country(zh.value.key, run)
    full = replace(zh, value=replace(zh.value, key=rest))
    return bool(rest) and shortened(full, ja, body_suffixes(run))


@lru_cache(maxsize=WORDS_KEPT)
def _simplified_key(key: str) -> str:
    """A key in simplified forms, from Japanese ones (傑 -> 杰, 徳 -> 德): two characters
    that OpenCC simplifies alike are one form of a name."""
    return japanese_to_simplified(key)


def without_its_country(key: str, run: Run) -> str:
    """A Chinese key less the country it opens on, a body's kind kept (德国西门子公司 ->
    西門子公司: `after_a_country`, with the body suffixes and the glossary's keys of this
    run's rules), or ""."""
    return after_a_country(
        key, run, body_suffixes(run), term_tables(run.rules.glossary, fold=True)[0]
    )


def _person_against_a_body(zh_value, ja_value, run: Run) -> bool:
    """Whether one side is a person's name and the other a body's that ends in a body's
    suffix (肖邦音乐大学, 大学; 公司, 集团): no sound makes them one name, whatever a loose
    likeness of their parts (a founder's name read as the company, 福特 against フォード, is
    a name alone, with no suffix)."""
    kinds = (zh_value.entity_type, ja_value.entity_type)
    if "person" not in kinds or kinds[0] == kinds[1]:
        return False
    body = zh_value if kinds[1] == "person" else ja_value
    return body.key.endswith(body_suffixes(run))


def body_suffixes(run: Run) -> tuple[str, ...]:
    """What ends a body's name after the name of its place or brand (org_suffixes and
    company_suffixes of rules/zh/names.toml: 政府, 公司, 集团), in key form, longest
    first."""
    return body_suffix_keys(run.rules.lexicons["zh"])


@cache  # keyed by the lexicon, so that another rules folder gets its own
def body_suffix_keys(lexicon) -> tuple[str, ...]:
    return _key_suffixes(
        (*lexicon.entities.org_suffixes, *lexicon.names.get("company_suffixes", ()))
    )


def company_name(key: str, run: Run) -> str:
    """A Chinese key less the word that says it names a company (company_suffixes of
    rules/zh/names.toml: 华为公司 -> 華為, 京东集团 -> 京東), or "" when it ends in none
    or leaves less than two characters: a newspaper names a company by its name alone or
    with its own kind (華為技術, トヨタ自動車). (extract/types.py strips a surface of the
    suffixes as written, of both languages and to any length: whether a company is listed.)"""
    suffix = next((s for s in _company_suffixes(run.rules.lexicons["zh"]) if key.endswith(s)), "")
    return key[: -len(suffix)] if suffix and len(key) - len(suffix) >= 2 else ""


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _company_suffixes(lexicon) -> tuple[str, ...]:
    return _key_suffixes(lexicon.names.get("company_suffixes", ()))


def glossary_distinct(zh: Fact, ja: Fact, glossary, suffixes: tuple[str, ...] = ()) -> bool:
    """A name `glossary` renders (罗马 = ローマ) and a katakana name that is neither its
    rendering nor a spelling of one (ヴィ = ビ, ー and ッ aside) are two names, whatever
    the sound model says of the pair itself (罗马 and アイルランド fall in its unsure band).
    So are a name the glossary renders and a name it gives as the rendering of another
    entry (伊拉克 = イラク, so イラン, 伊朗's rendering, is another country, however
    alike the two sound)."""
    if renders_another_entry(zh, ja, glossary, suffixes):
        return True
    renderings = glossary_renderings(zh.value.key, glossary)
    if not katakana(ja.text):
        return False
    renderings = [r for r in renderings if katakana(r)]
    other = _spelled(ja.value.key)
    return bool(renderings) and all(
        _spelled(r)[:1] != other[:1] and SequenceMatcher(None, _spelled(r), other).ratio() < 0.6
        for r in renderings
    )


def renders_another_entry(zh: Fact, ja: Fact, glossary, suffixes: tuple[str, ...] = ()) -> bool:
    """Whether a Japanese name is, whole, the glossary's rendering of entries other than
    a Chinese name the glossary renders, and none of its renderings (spelled alike: ヴィ =
    ビ): イラン (伊朗) for 伊拉克 (イラク), 国連総会 (联合国大会) for 联合国 (国連). A
    company's short form is listed among its long entry's renderings (三星电子 =
    サムスン): one Chinese key inside another says nothing of one body (印度 of
    印度尼西亚, 联合国 of 联合国大会); an entry and a body's suffix (`suffixes`: 索尼 +
    公司, 巴基斯坦 + 政府) are the entry's body."""
    zh_key, ja_key = zh.value.key, ja.value.key
    renderings = glossary_renderings(zh_key, glossary)
    if not renderings:
        return False
    # in key form: ジェット・リー (李连杰's rendering) is keyed ジェットリー
    others = _renderers_by_key(glossary).get(ja_key, ())
    bare = next((zh_key[: -len(s)] for s in suffixes if zh_key.endswith(s)), zh_key)
    if not others or zh_key in others or bare in others:
        return False
    spelled = _spelled(ja_key)
    return all(_spelled(r) != spelled for r in renderings)


@cache
def _renderers_by_key(glossary) -> dict[str, tuple[str, ...]]:
    """The glossary's Japanese renderings in entity-key form (dots and spaces out, folded)
    -> the Chinese keys they render."""
    found: dict[str, dict[str, None]] = {}
    for ja, keys in term_tables(glossary, fold=True)[1].items():
        for zh in keys:
            found.setdefault(entity_key(ja, "ja"), {})[zh] = None
    return {ja: tuple(keys) for ja, keys in found.items()}


def without_distinct(
    fact: Fact, fact_lang: str, text: str, others, run: Run, offsets: dict[str, int]
) -> str:
    """The other side's text less the names of `others` the glossary tells apart from
    `fact` (イラン is 伊朗's rendering: however alike it sounds, it is no hearing of 伊拉克),
    each blanked where it stands (`offsets`: where each segment of `others` starts in
    `text`), not wherever its letters occur (イラン of イランイラン is no name)."""
    spans = []
    for other in others:
        zh, ja = (fact, other) if fact_lang == "zh" else (other, fact)
        start = offsets.get(other.segment)
        if start is not None and renders_another_entry(
            zh, ja, run.rules.glossary, body_suffixes(run)
        ):
            spans.append((start + other.start, start + other.end))
    return blank(text, spans)


def without_glossary_terms(text: str, keyed: str, glossary) -> str:
    """A Chinese text less the names the glossary renders (`keyed`: the text in key form):
    a name heard in it is no piece of one of them, which jieba may have glued to it
    (巴黎 + 埃菲尔 of 巴黎埃菲尔铁塔, heard as エッフェル once 巴黎 is set apart)."""
    if len(text) != len(keyed):
        return text
    return blank(text, [(s, e) for s, e in _glossary_tables(glossary).found(keyed) if e - s >= 2])


def another_place_before(key: str, other_keyed: str, glossary) -> bool:
    """Whether a Japanese name of a glossary place and a glossary term (ドイツ外務省:
    ドイツ + 外務省 = 外交部) faces Chinese text that says the term only after another
    place the glossary knows (法国外交部): a country changed, not the term said with its
    country left implicit. (德意志银行 for ドイツ銀行: 德意志 is no glossary name, so
    nothing tells the two apart.) `other_keyed`: the Chinese text in key form."""
    to_ja, to_zh = term_tables(glossary, fold=True)
    for rendering, term in _reverse_glossary(glossary):
        place = key.split(rendering, 1)[0] if rendering in key else ""
        if not place or not katakana(place) or place not in to_zh:
            continue
        own = tuple(to_zh[place])
        starts = [start for start, _ in occurrences(term, other_keyed)]
        if starts and all(_after_another_place(other_keyed[:at], own, to_ja) for at in starts):
            return True
    return False


def _after_another_place(before: str, own: tuple[str, ...], to_ja) -> bool:
    if before.endswith(own):
        return False
    return any(before.endswith(name) for name in to_ja if len(name) >= 2 and name not in own)


def said_in(forms, keyed_text: str, key: str, lang: str, glossary, *, place: bool = False) -> bool:
    """Whether a form of a name stands in the other side's text (in key form), other than
    as a part of the glossary's rendering of another entry: インド of インドネシア (印度尼西亚)
    or 印度 of 印度尼西亚 says no 印度. A `place` that opens a longer name in Han characters,
    whose entry opens with it too (北大西洋 of 北大西洋条約機構, the rendering of
    北大西洋公约组织), is said there: that name is the place's and more (a body's name
    opening a longer one is another body: 国連 of 国連総会)."""
    other_lang_terms = term_tables(glossary, fold=True)[1 if lang == "zh" else 0]
    for form in forms:
        for start, end in occurrences(form, keyed_text):
            longer = _enclosing_terms(keyed_text, start, end, other_lang_terms)
            if not any(
                key not in other_lang_terms[term]
                and not (place and _opens_both(form, key, term, other_lang_terms))
                for term in longer
            ):
                return True
    return False


def _opens_both(form: str, key: str, term: str, terms) -> bool:
    """Whether a Han name opens a longer term and that term's entry on its own side alike
    (北大西洋 of 北大西洋条約機構 and of 北大西洋公约组织): the head of that longer name."""
    return (
        han(key)  # not インド against 印度尼西亚, which is no 印度 and more
        and han(form)
        and term.startswith(form)
        and any(entry.startswith(key) for entry in terms[term])
    )


def said_in_variant_forms(forms, keyed_text: str, key: str, lang: str, glossary) -> bool:
    """`said_in` with both sides in simplified forms: a name written with another variant
    of a character than the key's (趙麗穎 for 赵丽颖, whose key writes 頴; 鄧 and 邓, 劉 and
    刘 alike) is the same name; OpenCC's Japanese forms pick one variant where Japanese
    text about China keeps the other. The small ケ of Japanese place names (関ヶ原, 霞ヶ関)
    and their ツ (四ツ谷, 八ツ橋), which Chinese does not write (关原, 霞关, 四谷, 八桥), are
    left out on both sides, and so is a short alias in brackets inside a name
    (全国人民代表大会（全人代）常務委員会)."""
    simplified = _simplified_key(keyed_text)
    if len(simplified) == len(keyed_text):  # one character for one: offsets hold
        terms = term_tables(glossary, fold=True)[1 if lang == "zh" else 0]
        for form in {_simplified_key(form) for form in forms}:
            for start, end in occurrences(form, simplified):
                # インド of インドネシア says no 印度: the enclosing terms, in key forms
                longer = _enclosing_terms(keyed_text, start, end, terms)
                if not any(key not in terms[term] for term in longer):
                    return True
    plain = {_without_kana_between_kanji(form) for form in forms}
    if said_in(plain, _without_kana_between_kanji(keyed_text), key, lang, glossary) or said_in(
        plain, _ALIAS_INSIDE.sub("", keyed_text), key, lang, glossary
    ):
        return True
    # NuxtJS, Nuxt.js and Nuxt are one product: the JavaScript suffix written or not
    bare = {m.group(1) for form in forms if (m := _SCRIPT_SUFFIXED.fullmatch(form))}
    return any(
        not _latin_letter(keyed_text[max(start - 1, 0) : start])
        and not _latin_letter(keyed_text[end : end + 1])
        for form in bare
        for start, end in occurrences(form, keyed_text)
    )


def _latin_letter(character: str) -> bool:
    return character.isascii() and character.isalnum()


# a Latin product's name and the suffix JavaScript libraries take (nuxtjs, nuxt.js: keys
# are casefolded), after three letters or more
_SCRIPT_SUFFIXED = compiled(r"([a-z][a-z0-9]{2,})\.?js")


# a short alias in brackets between two parts of a name: 全国人民代表大会（全人代）常務委員会
_ALIAS_INSIDE = compiled(r"(?<=[\u4e00-\u9fff])[（(][^（）()]{1,8}[）)](?=[\u4e00-\u9fff])")
# ヶ, ヵ or ケ between two Han characters: read ga or ka, written or not (関ヶ原 = 関原);
# ツ, a counter's reading, likewise (四ツ谷 = 四谷)
_KANA_BETWEEN_KANJI = compiled(r"(?<=[\u4e00-\u9fff])[ヶヵケツ](?=[\u4e00-\u9fff])")


def _without_kana_between_kanji(text: str) -> str:
    return _KANA_BETWEEN_KANJI.sub("", text)


def _enclosing_terms(text: str, start: int, end: int, terms) -> list[str]:
    """The glossary terms longer than text[start:end] that hold it where it stands: a
    katakana run around it (インドネシア), or a Han term starting or ending with it."""
    run_start, run_end = start, end
    while run_start > 0 and _KATAKANA_CHAR.match(text[run_start - 1]):
        run_start -= 1
    while run_end < len(text) and _KATAKANA_CHAR.match(text[run_end]):
        run_end += 1
    found = [text[run_start:run_end]] if (run_start, run_end) != (start, end) else []
    found += [
        text[a:b]
        for a in range(max(0, start - 4), start + 1)
        for b in range(end, min(len(text), end + 4) + 1)
        if (a, b) != (start, end)
    ]
    return [term for term in found if term in terms]


_KATAKANA_CHAR = compiled(f"[{KATAKANA_LETTERS}]")


# Katakana spellings of one sound (ヴィーン = ウィーン is not claimed: ウ/ヴ differ first)
_SPELLINGS = (
    ("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"), ("ツィ", "チ"),
    ("ティ", "チ"), ("ディ", "ジ"), ("ー", ""), ("ッ", ""), ("・", ""),
)  # fmt: skip


def _spelled(kana_name: str) -> str:
    for spelling, plain in _SPELLINGS:
        kana_name = kana_name.replace(spelling, plain)
    return kana_name


def _part_sounds_alike(name: str, other: str, chinese: Chinese) -> bool:
    """One name is a part of the other, dotted one: 亚历克斯 = アレックス of
    アレックス・オヴェーチキン, アトランタ of 亚特兰大·鸫鸟队."""
    parts = [part for part in NAME_PARTS.split(other) if len(part) >= 2]
    if len(parts) < 2:
        return False
    pairs = ((name, part) if not kana(name) else (part, name) for part in parts)
    return any(sounds_alike(zh, ja, chinese, strict=False) for zh, ja in pairs)


# what parts a name (ジョン・グラント, バーナーズ＝リー, 约翰·格兰特, Berners-Lee, Tim Berners)
_ANY_NAME_PARTS = compiled(rf"[{NAME_DOTS}{NAME_HYPHENS}\s-]+")


def _ends_sound_alike(zh_name: str, ja_name: str, chinese: Chinese) -> bool:
    """Tim Berners-Lee = ティム・バーナーズ＝リー: names of as many parts whose first and last
    parts sound alike (English spelling hides the middle's sounds: Berners, バーナーズ)."""
    left, right = _ANY_NAME_PARTS.split(zh_name.strip()), _ANY_NAME_PARTS.split(ja_name.strip())
    if len(left) != len(right) or len(left) < 2:
        return False
    return all(
        sounds_alike(zh, ja, chinese, strict=False)
        for zh, ja in ((left[0], right[0]), (left[-1], right[-1]))
    )


def _sound_alike_before_shared_suffix(zh_key: str, ja_key: str, chinese: Chinese) -> bool:
    """斯坦福大学 = スタンフォード大学: the same kanji suffix after transliterated names;
    加州 = カリフォルニア州, a state abbreviated to the first character of its name."""
    shared = 0
    while shared < min(len(zh_key), len(ja_key)) - 1 and zh_key[-1 - shared] == ja_key[-1 - shared]:
        shared += 1
    if not shared:
        return False
    zh_stem, ja_stem = zh_key[:-shared], ja_key[:-shared]
    if len(zh_stem) == 1 and katakana(ja_stem) and len(ja_stem) >= 3:
        # 加州 = カリフォルニア州: Chinese shortens a state's transliteration to its first
        # character, which then sounds like the first mora of the katakana name
        return name_similarity(zh_stem, _FIRST_MORA.match(ja_stem).group(0)) >= SAME
    return sounds_alike(zh_stem, ja_stem, chinese, strict=False)


def _sound_alike_without_a_place_suffix(zh_key: str, ja_key: str, run: Run) -> bool:
    """巴塞罗那 = バルセロナ市: a transliterated place whose suffix one side writes and
    the other leaves to the word after it (巴塞罗那 + 市议会, バルセロナ市 + 議会)."""
    lexicons = run.rules.lexicons
    zh_core, ja_core = _core(zh_key, lexicons), _core(ja_key, lexicons)
    if (zh_core == zh_key) == (ja_core == ja_key):  # both with a suffix, or neither
        return False
    return sounds_alike(zh_core, ja_core, run.language("zh"), strict=False)


# a katakana character and the small kana that share its mora (シャ, ティ, フォ)
_FIRST_MORA = compiled(r"[\u30a1-\u30fa][ァィゥェォャュョヮ]?")


def _sound_and_meaning(zh_key: str, ja_key: str, run: Run) -> bool:
    """A name heard and a kind translated: 艾美奖 = エミー賞 (奖 = 賞), 新西兰队 =
    ニュージーランドチーム (队 = チーム): name_kinds in rules/zh/names.toml renders the
    last part, and the rest matches by the glossary or by sound; or the translation left
    the kind out (珠穆朗玛峰 = チョモランマ). A kind rendered in Latin letters may open
    the name as well as close it (巴塞罗那足球俱乐部 = FCバルセロナ, 瓦伦西亚足球俱乐部 =
    バレンシアCF): a club's letters stand where its own language puts them."""
    kinds = _kinds(zh_key, run)
    return any(
        len(ja_key) > len(rendering)
        and (
            (
                ja_key.endswith(rendering)
                and (
                    _rest_matches(rest, ja_key[: -len(rendering)], run)
                    or _feature_heard(zh_key, rest, ja_key[: -len(rendering)], run)
                )
            )
            or (
                rendering.isascii()
                and ja_key.startswith(rendering)
                and _rest_matches(rest, ja_key[len(rendering) :], run)
            )
        )
        for rest, rendering in kinds
    ) or any(_rest_matches(rest, ja_key, run) for rest in {rest for rest, _ in kinds})


def _feature_heard(zh_key: str, rest: str, ja_rest: str, run: Run) -> bool:
    """Whether a natural feature's name (a river, a mountain, a lake: its kind ends in one
    of feature_endings) sounds near enough the katakana name of one of the kind the
    translation writes (塞纳 + 河 = セーヌ + 川, 易北 + 河 = エルベ + 川, 罗纳 + 河 = ローヌ +
    川): older transliterations drift from the sound model's likeness, and the kind both
    say is evidence of its own; the likeness must still be close (莱茵 + 河 is no エルベ +
    川, 尼罗 + 河 no ニジェール + 川)."""
    kind = zh_key[len(rest) :]
    return (
        bool(kind)
        and kind[-1] in run.language("zh").name_rules.feature_endings
        and katakana(ja_rest)
        and name_similarity(rest, ja_rest) >= FEATURE_LIKENESS
    )


# How alike a feature's name and the katakana one of its kind must sound: below the sound
# model's SAME, above what two rivers' names reach (尼罗 and ニジェール: 0.57; 易北 and
# エルベ, 罗纳 and ローヌ: 0.6)
FEATURE_LIKENESS = 0.58


def of_a_kind(zh_key: str, run: Run) -> bool:
    """Whether a Chinese name ends in a kind that name_kinds renders (波尔图 + 足球俱乐部,
    艾美 + 奖): its translation says the kind too, or a name heard with it."""
    return bool(_kinds(zh_key, run))


def heard_with_kind(zh_key: str, ja_text: str, run: Run) -> str | None:
    """The same in running text (エミー賞 read by the tagger as エミー + 賞): the name
    heard before the kind, or None."""
    folded = ja_text.casefold()
    for rest, rendering in _kinds(zh_key, run):
        for start, _ in occurrences(rendering, folded):
            before = _KATAKANA_BEFORE.search(folded, 0, start)
            if before and _rest_matches(rest, before.group(0), run):
                return before.group(0)
    return None


def named_with_kind(zh_key: str, ja_text: str, run: Run) -> bool:
    """Whether the translation says a name in katakana right before the rendering of the
    source name's kind (樟宜机场 / チャンギ空港, 仙泉站 / ベンタイン駅): it names one of that
    kind, which no vague reference stands for, whether or not its sound is heard as the
    source's (a swap is the mismatch's to report). Not a loanword UniDic knows as one
    common noun (あるサッカー + クラブ, スポーツ + クラブ, ショッピング + センター): that
    describes the kind, as 地元 does in ある地元クラブ."""
    folded = ja_text.casefold()
    for _, rendering in _kinds(zh_key, run):
        for start, _ in occurrences(rendering, folded):
            before = _KATAKANA_BEFORE.search(folded, 0, start)
            if before is not None and not _one_common_loanword(before.group()):
                return True
    return False


def _one_common_loanword(word: str) -> bool:
    """Whether UniDic reads a katakana word as one common noun it knows (サッカー,
    スポーツ), not a name, a word it does not know (ヴァトナヨークトル) nor pieces of one
    (トロン + ハイム)."""
    words = japanese_words(word)
    return (
        len(words) == 1
        and words[0][3].startswith(_COMMON_NOUN)
        and not words[0][3].endswith(UNKNOWN)
    )


_COMMON_NOUN = "名詞,普通名詞"


_KATAKANA_BEFORE = compiled(r"[\u30a1-\u30fa\u30fc・]{2,}$")


def _kinds(zh_key: str, run: Run) -> list[tuple[str, str]]:
    """(name, rendering of its kind) for each kind of name that ends the key
    (name_kinds in rules/zh/names.toml)."""
    table = _kind_table(run.rules.lexicons["zh"])
    return [
        (zh_key[:cut], rendering)
        for cut in range(2, len(zh_key))
        for rendering in table.get(zh_key[cut:], ())
    ]


@cache  # keyed by the lexicon, so that another rules folder gets its own table
def _kind_table(lexicon) -> dict[str, tuple[str, ...]]:
    convert = entity_converter()
    return {
        convert(kind).casefold(): tuple(r.casefold() for r in renderings)
        for kind, renderings in lexicon.names["name_kinds"].items()
    }


@cache  # keyed by the lexicon, so that another rules folder gets its own table
def _kinds_rendered(lexicon) -> tuple[tuple[str, str], ...]:
    """(Japanese rendering, Chinese kind in key form) of name_kinds, with a Han kind
    only (チーム says no 队 in the text)."""
    return tuple(
        (rendering, kind)
        for kind, renderings in _kind_table(lexicon).items()
        for rendering in renderings
        if han(rendering[0])
    )


def _rest_matches(rest: str, other: str, run: Run) -> bool:
    return (
        rest == other
        or other in glossary_renderings(rest, run.rules.glossary)
        or sounds_alike(rest, other, run.language("zh"), strict=False)
    )


@cache
def _reverse_glossary(glossary) -> tuple[tuple[str, str], ...]:
    """(Japanese rendering, Chinese key) pairs of `glossary`, longest rendering first."""
    to_zh = term_tables(glossary, fold=True)[1]
    pairs = {
        (entity_key(ja, "ja"), zh) for ja, keys in to_zh.items() if len(ja) >= 2 for zh in keys
    }
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def inside_a_shared_term(fact: Fact, lang: str, own_keyed: str, other_keyed: str, run: Run) -> bool:
    """Whether a name is a piece of a glossary term its side says and whose counterpart
    the other side says (アジア of アジア競技大会 = 亚运会): a piece of that term, no name of
    its own. The texts in key form."""
    key = fact.value.key
    return any(
        key in own and key != own and own in own_keyed and other in other_keyed
        for own, other in _terms_by_character(run.rules.glossary, lang).get(key[:1], ())
    )


@cache  # keyed by the glossary: built once per rules folder, not tried whole per name
def _terms_by_character(glossary, lang: str) -> dict[str, list[tuple[str, str]]]:
    """The (term, counterpart) pairs of `lang`'s side by each character of the term: a
    term holding a name holds its first character; "" gives every pair."""
    pairs = _reverse_glossary(glossary) if lang == "ja" else _glossary_pairs(glossary)
    index: dict[str, list[tuple[str, str]]] = {"": list(pairs)}
    for pair in pairs:
        for character in dict.fromkeys(pair[0]):
            index.setdefault(character, []).append(pair)
    return index


@cache
def _glossary_pairs(glossary) -> tuple[tuple[str, str], ...]:
    """(Chinese key, rendering in key form) pairs of `glossary`, longest key first."""
    to_ja = term_tables(glossary, fold=True)[0]
    pairs = {
        (zh, entity_key(ja, "ja"))
        for zh, renderings in to_ja.items()
        if len(zh) >= 2
        for ja in renderings
    }
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def _one_part_of_a_person(value: EntityValue, rendering: str) -> bool:
    """ジョン of ジョン・レノン: a given name the glossary renders (约翰), inside a person's
    name of more katakana, is one part of it; the other part is that person's, and 约翰
    alone is no form of the whole name (约翰·史密斯 is no ジョン・レノン)."""
    rest = value.key.replace(rendering, "")
    return (
        value.entity_type == "person"
        and katakana(rendering)
        and KATAKANA_WORD.search(rest) is not None
        and len(rest) >= 2
    )


def _with_kanji_around(key: str, rendering: str, zh: str) -> str:
    """The Chinese term of a rendering inside a Japanese key, with the kanji the key holds
    around it (北京バスケットボール協会 -> 北京篮協: 北京 must be said too); without kanji
    around, the term alone (シンガポールGP -> 新加坡; ドイツ銀行 -> 銀行, as 德意志银行
    says it: a katakana name around is heard, not read)."""
    rest = key.replace(rendering, "\0")
    if not any(han(ch) for ch in rest):
        return zh
    return rest.replace("\0", zh)


def government_by_its_suffix(value: EntityValue, other_keyed: str, run: Run) -> bool:
    """Whether a place's government (熊本县政府, 东京都政府: the words after the place are
    place_governments in rules/zh/names.toml) is said on the other side, once the place
    is named there, by the place's suffix alone: 熊本県で地震があり、県は… (県 = 熊本県政府).
    `other_keyed`: the other side in key form."""
    convert = entity_converter()
    for word in run.rules.lexicons["zh"].names.get("place_governments", ()):
        place = value.key.removesuffix(convert(word))
        core = _core(place, run.rules.lexicons)
        if place == value.key or core == place or place not in other_keyed:
            continue
        suffix = re.escape(place[len(core) :])
        if re.search(_NO_WORD_BEFORE + suffix + _PARTICLE_AFTER, other_keyed):
            return True
    return False


# a word standing alone: no Han or kana character before it, a particle after it (県は)
_NO_WORD_BEFORE = r"(?<![\u4e00-\u9fff々\u3041-\u30ff])"
_PARTICLE_AFTER = "(?=[はがのもとに])"


def _with_no(key: str, run: Run) -> set[str]:
    """日本外务省 = 日本の外務省: a place and the name of a body of its state, said with
    の between them (state_body_suffixes in rules/ja/names.toml); not 東京の大学, "a
    university in Tokyo", which names no 东京大学."""
    from ..extract.zh.names import japanese_name_type
    from .names import MIN_BODY, state_bodies

    if not key.endswith(state_bodies(run)):
        return set()
    return {
        key[:cut] + "の" + key[cut:]
        for cut in range(2, len(key) - MIN_BODY + 1)
        if key[cut:].endswith(state_bodies(run)) and japanese_name_type(key[:cut]) == "place"
    }


def in_other_characters(key: str, run: Run, lang: str) -> str:
    """A name written with `lang`'s characters where the other language writes Japanese
    names with another (栃 = 枥: japanese_name_characters of rules/zh/names.toml, in key
    form): what it is looked for as over there."""
    return key.translate(_character_table(run.rules.lexicons["zh"], lang))


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _character_table(lexicon, lang: str) -> dict[int, str]:
    pairs = [
        (pair[0], entity_key(pair[1], "zh"))
        for pair in lexicon.names.get("japanese_name_characters", ())
    ]
    return str.maketrans(dict(pairs) if lang == "ja" else {zh: ja for ja, zh in pairs})


def named_by_its_suffix(value: EntityValue, run: Run) -> bool:
    """Whether a name ends in a body's suffix (西北工业大学) or a natural feature's after a
    stem of two characters (青海 + 湖): its suffix said alone (ある大学, ある湖) stands in
    for it, rendering no word of it."""
    return with_body_suffix(value.key, run) or without_feature_suffix(value, run) is not None


def without_feature_suffix(value: EntityValue, run: Run) -> str | None:
    """A place's key without the suffix of a natural feature or a landmark it ends in
    (エベレスト + 山, グアム + 島, 浅草 + 寺: said wherever 浅草 stands), when a name of two
    characters or more stands before it; else None."""
    if value.entity_type != "place":
        return None
    for suffix in _feature_suffixes(run.rules.lexicons["ja"]):
        if value.key.endswith(suffix) and len(value.key) - len(suffix) >= 2:
            return value.key[: -len(suffix)]
    return None


@cache
def _feature_suffixes(ja: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(ja.entities.feature_suffixes, key=len, reverse=True))


def _with_the_province(value: EntityValue, run: Run) -> frozenset[str]:
    """A Chinese body's key opening on a province said without 省 (陝西 + 考古研究院), with
    省 written as Japanese writes it there (陝西省考古研究院); the provinces are those of
    known_places in rules/ja/names.toml. Empty for anything else."""
    if value.entity_type != "organisation":
        return frozenset()
    for stem in _province_stems(run.rules.lexicons["ja"]):
        rest = value.key[len(stem) :]
        if value.key.startswith(stem) and len(rest) >= MIN_BODY_STEM and rest[0] != _PROVINCE:
            return frozenset({stem + _PROVINCE + rest})
    return frozenset()


_PROVINCE = "省"


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _province_stems(ja: Lexicon) -> tuple[str, ...]:
    known = ja.names.get("known_places", ())
    return tuple(name.removesuffix(_PROVINCE) for name in known if name.endswith(_PROVINCE))


def _without_the_state(value: EntityValue, run: Run) -> frozenset[str]:
    """The renderings of a country said with the character of a state after it (蒙古国,
    country_suffixes in rules/zh/names.toml), the character left out: モンゴル for 蒙古国,
    as the glossary renders 蒙古. A name of two characters or more before it only (美国,
    泰国 are words of their own)."""
    if value.entity_type != "place":
        return frozenset()
    for suffix in run.rules.lexicons["zh"].names.get("country_suffixes", ()):
        stem = value.key.removesuffix(suffix)
        if stem != value.key and len(stem) >= 2:
            return glossary_renderings(stem, run.rules.glossary)
    return frozenset()


def text_forms(value: EntityValue, lang: str, run: Run) -> tuple[str, ...]:
    """What to look for in the other side's text: the key, its core for places, and for a
    Chinese name its renderings in the run's glossary (新加坡 -> シンガポール) and its kind
    rendered (国防部 -> 国防省)."""
    glossary = run.rules.glossary
    forms = {value.key, _core(value.key, run.rules.lexicons)}
    if lang == "zh":
        forms |= glossary_renderings(value.key, glossary)
        # 国防部 = 国防省: the kind rendered after a name kept as it is
        forms |= {rest + rendering for rest, rendering in _kinds(value.key, run)}
        # 日本外务省 = 日本の外務省: a place and a body of its state, said with の between
        key = value.key
        forms |= _with_no(key, run)
        if value.head:
            forms |= glossary_renderings(value.head, glossary)
        bare = company_name(key, run)  # 华为公司 = 華為技術, 丰田公司 = トヨタ
        if bare:
            forms |= {bare} | glossary_renderings(bare, glossary)
        # 德国西门子公司 = シーメンス, 英国牛津大学 = 英オックスフォード大学: a country
        # before the name, which the translation leaves implicit or abbreviates
        rest = without_its_country(key, run)
        if rest:
            forms |= set(text_forms(replace(value, key=rest, head=None), lang, run))
        forms |= dynasty_forms(key, run)  # 唐太宗 = 唐の太宗
        forms |= _with_the_province(value, run)  # 陕西考古研究院 = 陝西省考古研究院
        forms |= _without_the_state(value, run)  # 蒙古国 = モンゴル
        chinese = run.language("zh")  # 老王 = 王さん: a nickname's name with an honorific
        forms |= nickname_forms(key, chinese.vocabulary, chinese.name_rules.titles["ja"])
    else:  # シンガポールGP: the glossary says シンガポール is 新加坡; インドネシア is no
        # インド (印度) with more: a whole rendering says its own entry only
        whole = term_tables(glossary, fold=True)[1].get(value.key)
        forms |= (
            set(whole)
            if whole
            else {
                _with_kanji_around(value.key, ja, zh)
                for ja, zh in _reverse_glossary(glossary)
                if ja in value.key and not _one_part_of_a_person(value, ja)
            }
        )
        # 華山病院 = 华山医院: the kind said in the source's own word (name_kinds); also
        # after a part the glossary renders (ソウル大学病院 = 首尔大学医院: 首尔 and 医院)
        forms |= {
            form[: -len(rendering)] + kind
            for form in {value.key, *forms}
            for rendering, kind in _kinds_rendered(run.rules.lexicons["zh"])
            if form.endswith(rendering) and len(form) - len(rendering) >= 2
        }
        # 森保一氏: a title the tagger glued to the name (一氏 read as a given name)
        forms |= {
            value.key.removesuffix(title)
            for title in run.language("ja").name_rules.titles["ja"]
            if value.key.endswith(title) and len(value.key) - len(title) >= 2
        }
        # 佐々木希 = 佐佐木希: the whole name with its iteration mark spelled out (not a
        # core, 野々 of 野々村, which would be said by every 野野 of the source)
        forms.add(spelled_out(value.key))
        # エベレスト山 = 珠穆朗玛峰: a feature's suffix after the name the glossary renders
        # (the source may name the mountain by its own word, 峰, or none)
        stem = without_feature_suffix(value, run)
        if stem:
            forms |= set(text_forms(replace(value, key=stem, head=None), lang, run))
    # 栃木 = 枥木: a name's characters as the other language writes them
    forms |= {in_other_characters(form, run, lang) for form in forms}
    return tuple(sorted(f for f in forms if len(f) >= 2))

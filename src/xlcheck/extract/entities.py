"""Named-entity grammar, language-neutral: tokens in, entity spans out.

A tokenizer (jieba for zh, fugashi/UniDic for ja) gives tokens with a tag; a token whose
tag names a thing starts an entity, which then grows over the nouns that follow it as
long as they end in a place or organisation suffix (中关村 + 区块链 + 产业 + 联盟,
深圳 + 税务局, 中関 + 村). The suffix decides the type where it is clear (杨浦区 is a
place whatever jieba thinks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..scripts import NAME_DOTS, han, has_hiragana, hiragana, katakana
from .spans import alternation

# characters a measure word or demonstrative before a common noun is read in (一个 + 花园,
# or 一个 + 小 + 花园 with one adjective between): an entry of `common_noun_before` longer
# than this never matches
COMMON_NOUN_REACH = 2

# How far an entity may grow over following nouns, in tokens.
MAX_COMPOUND_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    tag: str | None
    # a verb that takes an aspect particle here (下台 + 了): a verb in this text, whatever
    # a name's dictionary reads in its characters
    inflected: bool = False


@dataclass(frozen=True)
class EntityTables:
    place_suffixes: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    joiners: tuple[str | None, ...]  # tags that may stand inside a compound
    derived_suffixes: tuple[str, ...] = ()  # 語 in フランス語: a derived common noun
    # of those, the ones after which a place stays a name: the people of the place (法国 +
    # 人 = フランス + 人, whose country a translation keeps: イタリア人 is another people)
    people_suffixes: tuple[str, ...] = ()
    # words of a team after a people's suffix: 西班牙人 + 队 (RCD Espanyol) names a club,
    # the place is no place there
    team_words: tuple[str, ...] = ()
    # tags of words that a place suffix right after makes a place's name, one the tagger
    # cut from its suffix (信义 n + 区, 板桥 n + 区): a name by its form only (see find_entities)
    place_stem_tags: tuple[str | None, ...] = ()
    # tags of names no reading takes as a person's, which a body's suffix right after makes
    # a body's name (长庚 nrt + 大学 = 長庚大学, Chang Gung University): a name by its form
    # only, as a place's stem is
    body_stem_tags: tuple[str | None, ...] = ()
    # regions by the compass that open a body's name before its field's words and a
    # body's suffix (西南 + 交通 + 大学, 东北 + 大学)
    body_regions: tuple[str, ...] = ()
    # suffixes of a city, county or province (孝感 + 市): a word the dictionary holds with
    # one is a place's name, whatever its own tag says
    city_suffixes: tuple[str, ...] = ()
    # the ending of a city's own name that the dictionary holds with a city suffix too
    # (温州, 温州市; 沧州, 沧州市): the city, whatever UniDic reads (温州 is an orange to it)
    prefecture_endings: tuple[str, ...] = ()
    # measure words and demonstratives before a common noun, localizers after it (一道 +
    # 大堤, 平房 + 里): a word said so is no place's name
    common_noun_before: tuple[str, ...] = ()
    common_noun_after: tuple[str, ...] = ()
    # nouns of one character a localizer after them makes a "where" (河 + 里 "in the
    # river", 馆 + 里): the word of the two is no place's name
    localized_nouns: tuple[str, ...] = ()
    # the kinds of a company that follow its Latin name and nothing else (電子, 化学, 証券:
    # latin_company_kinds): the company of that name (LG + 電子, TCL + 電子)
    latin_company_kinds: tuple[str, ...] = ()
    # suffixes of a station, a railway line or an airport (油麻地 + 站, 东涌 + 线, 羽田 +
    # 机场): a proper stem with one is a place's name (extract/zh/names.py suffixed_places)
    facility_suffixes: tuple[str, ...] = ()
    # words after 站 that make it the verb "stand" (站 + 在, 站 + 起来), no station
    facility_verb_followers: tuple[str, ...] = ()
    # a body's suffixes that are verbs too (学会 "learn"), and the aspect markers after one
    # that make it the verb (成都 + 学会 + 了: learnt in Chengdu)
    verb_suffixes: tuple[str, ...] = ()
    verb_suffix_followers: tuple[str, ...] = ()
    # suffixes of an island, a mountain, a lake, a river, a peninsula, or a landmark after
    # a place's name, which the place grows over (石垣 + 島, 琵琶 + 湖, 浅草 + 寺): the
    # feature or the landmark named after it
    feature_suffixes: tuple[str, ...] = ()
    # common nouns of a natural feature (火山, 冰川, 高原): a kind alone; after a
    # transliteration the tagger took for a person's (埃特纳 + 火山), the feature it names
    # (extract/zh/names.py suffixed_places)
    feature_nouns: tuple[str, ...] = ()
    # the endings of a country's name in kanji (米国, 英国): a katakana place after one is
    # a state or a city in it (米国 + カリフォルニア州), no part of its name
    country_endings: tuple[str, ...] = ()
    # who runs a body, said right before its name (国立, 市立, 私立): the words between it
    # and a body's suffix are the body's name (国立 + 成功 + 大学)
    body_owners: tuple[str, ...] = ()
    # suffixes of a lower level said right after a place that ends in a level's suffix, of
    # a stem of one to three Han characters (宜兰县 + 头城 + 镇, 宜蘭県 + 礁渓 + 郷, 山东 +
    # 单 + 县): the level the tokenizer cut or glued to its neighbours is a place's name;
    # not after a stem that opens on one of not_level_stems (各市, 全县: every, the whole)
    lower_level_suffixes: tuple[str, ...] = ()
    not_level_stems: tuple[str, ...] = ()
    # nor after a count: a numeral alone or numerals with a word of counting (三县, 两个区);
    # 八里区, 二七区 are levels
    count_characters: str = ""
    count_markers: str = ""
    # roles and honorifics said after a name (rules/*/names.toml titles): one after a
    # name's dot is the person's title, no part of the name (ジョン・スミス・コーチ)
    titles: tuple[str, ...] = ()


# The tags of the tokens that are names already: UniDic's proper nouns, as typed (the
# Japanese tokenizer's; jieba's tags are its own, ns, nr, nt).
NAMED_TAGS = frozenset({"person", "place", "organisation", "other"})


@dataclass(frozen=True, slots=True)
class EntityMatch:
    start: int
    end: int
    entity_type: str
    head: str  # the naming token the entity grew from (中关村 in 中关村区块链产业联盟)
    head_tag: str | None = None
    compound: bool = False  # grew over following tokens (深圳 + 税务局)


def find_entities(
    tokens: list[Token],
    tables: EntityTables,
    type_of: Callable[[Token], str | None],
    stoplist: frozenset[str],
    masked: Callable[[Token], bool],
    text: str = "",
) -> list[EntityMatch]:
    """Entity spans from tagged tokens; `masked` tokens (markup, URLs) never count."""
    if text:
        tokens = _join_latin_names(tokens, text)
    found: list[EntityMatch] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        entity_type = None if token.text in stoplist or masked(token) else type_of(token)
        if entity_type is None and found and _level_after(found, tokens, index, text, tables):
            entity_type = "place"  # 北京市 + 朝陽 + 区: a district after its city
        stem_only = entity_type is None and (
            _stem_of_a_place(tokens, index, tables)
            # 高山 + 市: a word stoplisted as a common word is a stem before a place suffix
            or (
                token.text in stoplist
                and _stem_before(tokens, index, (token.tag,), tables.place_suffixes)
            )
        )
        if stem_only:
            entity_type = "place"  # 信义 + 区, 板桥 + 区: a word the suffix makes a place
        elif entity_type is None and _stem_of_a_body(tokens, index, tables):
            entity_type, stem_only = "organisation", True  # 长庚 + 大学
        elif entity_type is None and _region_opening_a_body(tokens, index, tables):
            entity_type = "organisation"  # 西南 + 交通 + 大学: a name by construction, sure
        elif entity_type is None and _owned_body(tokens, index, tables):
            entity_type = "organisation"  # 国立 + 成功 + 大学: a name by construction, sure
        if entity_type is None:
            index += 1
            continue
        if _derived(tokens, index, tables, entity_type):
            index += 1
            continue
        last, last_type = index, _own_type(token, entity_type, tables)
        suffixed = False
        for ahead in range(index + 1, min(len(tokens), index + 1 + MAX_COMPOUND_TOKENS)):
            follower = tokens[ahead]
            gap = follower.start - tokens[ahead - 1].end
            dotted = (
                gap == 1
                and _joins(text, tokens[ahead - 1], follower)
                and (
                    type_of(follower) is not None
                    # ソルト・レイク・シティー: katakana words after a name, dot by dot
                    or (katakana(follower.text) and katakana(tokens[ahead - 1].text))
                )
            )
            # (a double hyphen before it joins a first name to the rest: ピエール＝エメリク・
            # オーバメヤン, whose エメリク・オーバメヤン UniDic holds as one unknown word)
            hyphened = dotted and text[follower.start - 1] in KATAKANA_JOINERS
            if (
                masked(follower)
                or (gap and not dotted)
                or (_dotted_name(follower.text) and not hyphened)
            ):
                break  # 巴拿马 | 莫萨克·冯塞卡: a name joined over its dots is whole
            if _hiragana_word_after_another_script(tokens[ahead - 1].text, follower.text):
                break  # 漓江 | いかだ: a word of hiragana (a raft, a place to UniDic) no piece
            if dotted and tokens[ahead - 1].tag == follower.tag == "organisation":
                break  # 読売ジャイアンツ | ・中日ドラゴンズ戦: two bodies a dot lists
            if (dotted or _latin_after_kana(tokens[ahead - 1], follower)) and _title_closes(
                tokens, ahead, text, tables
            ):
                break  # ジョン・スミス | ・コーチ, ティム・クック | CEO: the person's title
            after = tokens[ahead + 1] if ahead + 1 < len(tokens) else None
            if _next_level(text, token.start, tokens[last].end, follower, after, type_of, tables):
                break  # 北京市 | 朝阳区, 東京都 | 港区: each level of a nested place is a name
            body_after = (
                ahead + 1 < len(tokens)
                and tokens[ahead + 1].start == follower.end
                and tokens[ahead + 1].text.endswith(tables.org_suffixes)
            )
            if (
                last == index
                and entity_type == "place"
                and han(token.text)
                and follower.text.isascii()
                and follower.start == token.end
                and not body_after  # 日本 + NTT + 公司: one body, its country opening it
            ):
                break  # 中国 | CBA, 日本 | J2, 美国 | NBA: a country, then a league of its own
            if last == index and _place_after_place(
                token, follower, entity_type, type_of, tables.country_endings, text
            ):
                break  # 新西兰 | 奥克兰, 广东 | 深圳: a place named after the one it lies in
            if _place_after_a_name(token.start, tokens[last].end, follower, entity_type, type_of):
                break  # 柯文哲 | 台北市長, 小池百合子 | 東京都知事: a name, then its office
            if last == index and _ends_with(
                token.text, (*tables.facility_suffixes, *_holding_features(tables))
            ):
                # 桃园机场 | 捷运: a station's or an airport's name ends at its suffix, and
                # an archipelago's or a peninsula's (西沙群岛 | 华光礁: a reef in it)
                break
            if entity_type == "person" and (
                follower.text in tables.titles
                or (ahead > last + 1 and type_of(follower) is not None)
            ):
                # 王芳 | 女士现任上海浦东发展银行, 王芳 | 现任 + 上海浦东发展银行: a person's
                # title, or another name after words the person did not take, ends the name
                break
            if last_type == "organisation" and type_of(follower) == "person":
                break  # 台大医院 | 陈石池 + 教授: a body, then a person of it
            if follower.text in _DISTRICT and text.endswith(_CITY, 0, tokens[last].end):
                break  # 重庆市 | 区: 市区 is the city's urban area, no district of it
            said_as_verb = follower.text in tables.verb_suffixes and text.startswith(
                tables.verb_suffix_followers, follower.end
            )  # 成都 + 学会 + 了: learnt there, no society of the place
            suffix_type = (not said_as_verb and _suffix_type(follower, tables)) or (
                "place"
                if last_type == "place"
                and follower.text in tables.facility_suffixes
                # 成田 + 空港, 新宿 + 駅: the airport or station named after the place; not
                # 站 the verb (北京 + 站 + 在)
                and not text.startswith(tables.facility_verb_followers, follower.end)
                else None
            ) or (
                # LG + 電子, TCL + 電子: a Latin name and a company's kind, the company
                "organisation"
                if last_type == "other"
                and follower.text in tables.latin_company_kinds
                and _LATIN_RUN.fullmatch(text[token.start : follower.start])
                # (not the letters of a longer word: G of 5G + 通信)
                and not _LATIN_RUN.match(text[token.start - 1 : token.start])
                # (USB + 電子 + 辞書: the compound goes on, a kind of thing, no company)
                and not _COMPOUND_GOES_ON.match(text, follower.end)
                else None
            ) or (
                "place"
                if follower.text in tables.feature_suffixes
                and (
                    last_type in ("place", "other")
                    # ホアンキエム + 湖, ヴィクトリア + 湖: a lake, a river named after a name
                    # of katakana the tagger took for a person's
                    or (last_type == "person" and katakana(text[token.start : follower.start]))
                    # 佩特拉 + 古城, 乌布 + 皇宫: a transliteration jieba took for a person's;
                    # 吴哥 + 古城: a word of two characters or more names a landmark
                    or (
                        last_type == "person"
                        and (token.tag == TRANSLITERATED_TAG or len(follower.text) >= 2)
                    )
                )
                else None
            )
            if suffix_type:
                last, last_type, suffixed = ahead, suffix_type, True
            elif not dotted and _script_changes(tokens[ahead - 1], follower, type_of(follower)):
                break  # Git | 克隆 (nr to jieba): a Latin name runs into no Han name unjoined
            elif last == ahead - 1 and (dotted or type_of(follower) is not None):
                # アブ + グライブ, ジョン・グラント: one name in pieces, each joined to the
                # last; a dotted name after words the name did not take (イングランド +
                # 代表 + FW + ハリー・ケイン) is a name of its own
                last = ahead
            elif follower.tag not in tables.joiners and type_of(follower) is None:
                break
        first = _dotted_start(tokens, index, text, found)
        start = tokens[first].start
        if suffixed and entity_type == "place" and tokens[last].end - token.end >= MIN_HEAD:
            # 広東・ + 香港・マカオ大湾区; 沖縄・那覇市 stays a place in another (a level)
            start = _listed_places_before(found, start, text)
        found.append(
            EntityMatch(
                start,
                tokens[last].end,
                last_type,
                token.text,
                token.tag,
                # a stem grown over its suffix is a name by its form only: no compound
                # of a name, which confident readers take as sure (深圳 + 税务局)
                (last > index or first < index) and not stem_only,
            )
        )
        index = last + 1
    return _lower_levels(found, tokens, text, tables) if text else found


_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+_-]*")
# a Latin name as a company writes it before its kind (LG, TCL, SK, 3M), no space inside
_LATIN_RUN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]+")
_COMPOUND_GOES_ON = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fcA-Za-z]")
_LATIN_NAME_WORDS = 4  # Tim Berners-Lee, Jean-Paul Sartre, Martin Luther King Jr


def _join_latin_names(tokens: list[Token], text: str) -> list[Token]:
    """Latin words written as a full name's parts (capitalised, joined by one space or
    one hyphen, with a space and a hyphen among the joints: Tim Berners-Lee, Jean-Paul
    Sartre) as one token: the name is one name, not three. Words joined by spaces alone
    or by hyphens alone stay apart: Google Webmaster is a name and a word, Cache-Control
    and Work-Needing are English words (New York is read as two)."""
    if "-" not in text or " " not in text:
        return tokens  # no full name without both joints (most texts: no Latin at all)
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = index
        if token.tag == "eng" and _LATIN_NAME_WORD.fullmatch(token.text):
            end = _latin_name_end(tokens, index, text)
        run = text[token.start : tokens[end].end]
        if end == index or "-" not in run or " " not in run:
            joined.append(token)  # Google Webmaster, Cache-Control: words, not a full name
            end = index
        else:
            start, stop = token.start, tokens[end].end
            joined.append(Token(text[start:stop], start, stop, "eng"))
        index = end + 1
    return joined


def _latin_name_end(tokens: list[Token], index: int, text: str) -> int:
    """The index of the last Latin name word joined to the one at `index`."""
    last, words = index, 1
    ahead = index + 1
    while ahead < len(tokens) and words < _LATIN_NAME_WORDS:
        follower = tokens[ahead]
        if not follower.text.strip() or follower.text == "-":
            ahead += 1  # jieba's space and hyphen tokens
            continue
        between = text[tokens[last].end : follower.start]
        if between not in (" ", "-") or follower.tag != "eng":
            break
        if not _LATIN_NAME_WORD.fullmatch(follower.text):
            break
        last, words, ahead = ahead, words + 1, ahead + 1
    return last


def _lower_levels(
    found: list[EntityMatch], tokens: list[Token], text: str, tables: EntityTables
) -> list:
    """The found names with the lower levels said right after a place ending in a level's
    suffix that no name covers (宜兰县 + 头城镇, which jieba cuts 头 + 城镇; 宜蘭県 + 礁渓郷):
    each level of a nested place is a name, read by its form. Its stem opens a word and
    is of nouns or names only (not 山区 + 的村, 深圳市 + 在区内)."""
    if not tables.lower_level_suffixes:
        return found
    pattern = _lower_level_pattern(
        tables.lower_level_suffixes,
        tables.not_level_stems,
        (tables.count_characters, tables.count_markers),
    )
    added = []
    replaced: set[int] = set()
    for name in found:
        if name.entity_type != "place" or not _ends_with(
            text[name.start : name.end], tables.place_suffixes
        ):
            continue
        level = pattern.match(text, name.end)
        if level is None:
            continue
        overlapping = [o for o in found if o.start < level.end() and level.start() < o.end]
        if overlapping and (
            # (a person before the title of a level's office: 深圳市 + 李 + 区长)
            text.startswith(_OFFICE_AFTER_A_LEVEL, level.end())
            or not all(
                # 上海市 + 徐匯区, which UniDic reads as 徐 (a family name) + 匯区: the level,
                # no person's name
                o.entity_type == "person" and o.start == level.start() and o.end <= level.end()
                for o in overlapping
            )
        ):
            continue
        inside = [t for t in tokens if t.end > level.start() and t.start < level.end("stem")]
        if inside and (
            inside[0].start != level.start()
            or any(t.tag not in _LEVEL_STEM_TAGS for t in inside)
            # 地区, 山区: one common noun of the tokenizer's, no level's name (a longer one,
            # 淡水区, is a district's unless its stem is a kind of zone: not_level_stems)
            or (
                len(inside) == 1
                and inside[0].end >= level.end()
                and inside[0].tag == "n"
                and len(level.group("stem")) == 1
            )
        ):
            continue
        # (a compound of its stem and its suffix after the place: sure of its kind)
        added.append(
            EntityMatch(level.start(), level.end(), "place", level.group("stem"), compound=True)
        )
        replaced.update(id(o) for o in overlapping)
    if not added:
        return found
    kept = [o for o in found if id(o) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.start)


# what after a level's suffix makes it the title of an office (区长, 县委, 市長): the
# suffix is the office's, and the name before it a person's
_OFFICE_AFTER_A_LEVEL = ("长", "長", "委")


# the tags of the tokens a lower level's stem is made of: nouns and names (jieba's, and the
# Japanese tokenizer's: n and the types of UniDic's proper nouns), a numeral word opening
# a name (八里 m + 区; a stem of a count alone is no level: count_characters), and an
# adjective opening one (小 a + 布施 + 町, 大 + 仙 + 市)
_LEVEL_STEM_TAGS = frozenset(
    {"n", "ns", "nr", "nrt", "nrc", "nz", "nt", "j", "m", "a", "oov", "place", "person",
     "organisation"}
)  # fmt: skip


@cache
def _lower_level_pattern(
    suffixes: tuple[str, ...], not_stems: tuple[str, ...], counts: tuple[str, str] = ("", "")
) -> re.Pattern:
    """A stem of one to three Han characters (the fewest that reach a suffix) and a lower
    level's suffix; not a stem opening on one of `not_stems` nor a count (`counts`: the
    numerals, the words of counting)."""
    avoid = f"(?!{alternation(not_stems)})" if not_stems else ""
    if counts[0] and counts[1]:
        # a count: one numeral (三县), or numerals with a word of counting (两个区, 十几个乡,
        # 二つの村); 二七区, 五一村 are names
        numerals, markers = counts
        every = re.escape(numerals + markers)
        avoid += (
            f"(?![{re.escape(numerals)}](?:{alternation(suffixes)}))"
            f"(?![{every}]{{0,2}}[{re.escape(markers)}][{every}]{{0,2}}(?:{alternation(suffixes)}))"
        )
    return re.compile(f"{avoid}(?P<stem>[\u4e00-\u9fff]{{1,3}}?)(?:{alternation(suffixes)})")


def _level_after(found, tokens, index, text, tables) -> bool:
    """An ordinary noun with a place suffix right after a place name that ends in one."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        bool(found)
        and found[-1].end == token.start
        and found[-1].entity_type == "place"
        and _ends_with(text[found[-1].start : found[-1].end], tables.place_suffixes)
        and after is not None
        and after.start == token.end
        and after.text in tables.place_suffixes
    )


def _stem_of_a_place(tokens: list[Token], index: int, tables: EntityTables) -> bool:
    """A word of two Han characters or more of a stem tag with a place suffix right after
    it (信义 + 区, 板桥 + 区): a district or county the tagger does not know as one word."""
    return _stem_before(tokens, index, tables.place_stem_tags, tables.place_suffixes)


def _stem_of_a_body(tokens: list[Token], index: int, tables: EntityTables) -> bool:
    """A word of two Han characters or more the tagger took for a name that no reading
    keeps as one, with a body's suffix right after it (长庚 nrt + 大学, 长庚 + 医院): the
    body's name."""
    return _stem_before(tokens, index, tables.body_stem_tags, tables.org_suffixes)


def _region_opening_a_body(tokens: list[Token], index: int, tables: EntityTables) -> bool:
    """A region by the compass (`body_regions`: 西南, 华东) right before a body's suffix,
    or before one or two nouns of a field and then the suffix (西南 + 交通 + 大学, 华东 +
    师范 + 大学): the body's name, though Japanese reads the region as a common noun."""
    if tokens[index].text not in tables.body_regions:
        return False
    def noun(token: Token) -> bool:
        return (token.tag or "").startswith("n")

    return _field_before_a_suffix(tokens, index + 1, tokens[index].end, tables, noun) is not None


MAX_FIELD_WORDS = 2  # nouns of a field between a region and a body's suffix (交通, 师范)


def _field_before_a_suffix(
    tokens: list[Token], at: int, end: int, tables: EntityTables, fits: Callable[[Token], bool]
) -> int | None:
    """How many words of Han characters that `fits` stand from tokens[at] on, each
    touching the one before it (the first at `end`), right before a body's suffix (交通 of
    西南 + 交通 + 大学, 成功 of 国立 + 成功 + 大学); None where no suffix follows within
    MAX_FIELD_WORDS such words."""
    for count, token in enumerate(tokens[at : at + MAX_FIELD_WORDS + 1]):
        if token.start != end:
            return None
        if token.text in tables.org_suffixes:
            return count
        if not (han(token.text) and fits(token)):
            return None
        end = token.end
    return None


def _owned_body(tokens: list[Token], index: int, tables: EntityTables) -> bool:
    """Words of Han characters right after who runs a body (`body_owners`: 国立, 市立,
    私立) and right before a body's suffix (国立 + 成功 + 大学, 國立 + 中興 + 大學, 私立 +
    复旦 + 中学): the body's name, whatever its words are alone (成功 "success"), if they
    are nouns, names or adjectives (国立 + 的 + 大学, 私立 + 改为 + 公立大学 are none).
    The owner stays outside the name (国立成功大学 = 成功大学)."""
    if not index or tokens[index - 1].text not in tables.body_owners:
        return False
    if tokens[index - 1].end != tokens[index].start:
        return False
    first = tokens[index].text
    if han(first) and any(
        first.endswith(suffix) and len(first) > len(suffix) for suffix in tables.org_suffixes
    ):
        return True  # 国立 + 中央大学: the name and its suffix one word of the dictionary
    # (国立 + 的 + 大学, 私立 + 改为 + 公立大学, 市立 + 和 + 区立医院: no name's words)
    words = _field_before_a_suffix(
        tokens,
        index,
        tokens[index].start,
        tables,
        lambda token: (
            token.text not in tables.body_owners
            and (token.tag or "oov").startswith(_NAME_WORDS)
        ),
    )
    return bool(words)  # (国立 + 大学: no name between)


# the tags of the words a body's name is made of: jieba's nouns and names, adjectives (成功),
# abbreviations, set phrases, words it does not know, and the names the Japanese tagger
# types (中央 place); no particle, conjunction or verb
_NAME_WORDS = ("n", "a", "j", "l", "i", "oov", "eng", "place", "person", "organisation", "other")


def _stem_before(tokens: list[Token], index: int, tags, suffixes) -> bool:
    """Whether the token at `index` is of two Han characters or more and one of `tags`,
    with one of `suffixes` right after it."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.tag in tags
        and len(token.text) >= 2
        and han(token.text)
        and after is not None
        and after.start == token.end
        and after.text in suffixes
    )


def _next_level(text, start, end, follower, after, type_of, tables) -> bool:
    """Whether the follower opens the next level of a nested place: a place name after a
    place that already ends in its administrative suffix (广东省 + 深圳市, 北京市 +
    朝陽 + 区), or a place name that carries its own (北京 + 朝阳区)."""
    if _suffix_type(follower, tables):
        return False  # 中関 + 村, 北京市 + 政府: a suffix word, not a name
    suffixed = (
        after is not None and after.start == follower.end and after.text in (tables.place_suffixes)
    )
    named = type_of(follower) == "place" or _word_type(follower.text, tables) == "place"
    if not (named or suffixed):
        return False
    current = text[start:end] if text else ""
    return _ends_with(current, tables.place_suffixes) or _ends_with(
        follower.text, tables.place_suffixes
    )


def _place_after_place(
    token: Token,
    follower: Token,
    entity_type: str,
    type_of,
    country_endings: tuple[str, ...] = (),
    text: str = "",
) -> bool:
    """A place word and a name word of Han characters side by side are two names (新西兰 +
    奥克兰, a city jieba tags as a person; 广东 + 深圳), not one name in pieces; runs of
    transliteration characters are joined before this (阿布 + 格莱布), and katakana places
    the tagger cuts stay whole. So are a country of kanji (country_endings: 米国, 英国) and
    a place of katakana after it (米国 + ウィスコンシン + 州, 英国 + ロンドン: a state or a
    city in it), and a province or region of kanji and a city of katakana right after it
    (新疆 + カシュガル, 雲南 + シーサンパンナ); not a region named by a people after it
    (新疆 + ウイグル + 自治区, 甘孜 + チベット族自治州: one name)."""
    if entity_type != "place" or not han(token.text):
        return False
    kind = type_of(follower)
    if kind in ("place", "person") and han(follower.text):
        return True
    if kind != "place" or not katakana(follower.text) or follower.start != token.end:
        return False  # (韓国 + 京畿 + 道 + スウォン: the words between are a level of its
        # own, read in one name with the rest)
    if country_endings and token.text.endswith(country_endings):
        return True
    return bool(text) and not text.startswith(_PEOPLE_REGION, follower.end)


# what makes a katakana word after a province a people's region, one name with it (新疆 +
# ウイグル + 自治区, 甘孜 + チベット + 族自治州)
_PEOPLE_REGION = ("自治", "族")


def _place_after_a_name(start: int, end: int, follower: Token, entity_type: str, type_of) -> bool:
    """Whether a place word opens the office after a person's name (柯文哲 + 台北 + 市長,
    小池百合子 + 東京都知事, 吉村洋文 + 大阪府知事), as news writes a name before its
    office, rather than going on with the name: once the name holds two characters; one
    may be a family name before a given name a tagger reads as a place (李 + 長春)."""
    return (
        entity_type == "person"
        and end - start >= MIN_FULL_NAME
        and type_of(follower) == "place"
        and han(follower.text)
    )


MIN_FULL_NAME = 2  # characters: 王偉, 蒋万安, 小池百合子


MIN_HEAD = 2  # characters of a region's head after its places (地域, 大湾区), not a level (市)


def _listed_places_before(found: list, start: int, text: str) -> int:
    """The start of a place whose head closes a dotted run of places (広東・香港・マカオ +
    大湾区, 北京・天津・河北 + 地域): the places listed before it are the name's own, one
    name, not a place and a region (a dot alone, 広東・香港, still lists two)."""
    while (
        found
        and found[-1].entity_type == "place"
        and not found[-1].compound
        and found[-1].end == start - 1
        and text[start - 1 : start] in LISTING_DOTS
    ):
        start = found.pop().start
    return start


def _title_closes(tokens: list[Token], index: int, text: str, tables: EntityTables) -> bool:
    """Whether the token at `index`, after a name's dot, is a title that ends the run (ジョン
    ・スミス・コーチが, セシル・ランディ・コーチ。): the person's role written with the
    dot, as a katakana title often is; a title word going on with another name part
    (コーチ・ジョン・カーター) opens no title."""
    token = tokens[index]
    if token.text not in tables.titles:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        after is None
        or after.start > token.end
        or not (katakana(after.text) or _joins(text, token, after))
    )


def _latin_after_kana(before: Token, after: Token) -> bool:
    """Whether a Latin word is glued right after a katakana one (ティム・クック + CEO)."""
    return (
        after.start == before.end
        and katakana(before.text)
        and _LATIN_TOKEN.fullmatch(after.text) is not None
    )


def _dotted_start(tokens: list[Token], index: int, text: str, found: list) -> int:
    """The first token of a dotted katakana run a name closes: ジョン・スミス when only
    スミス is a name to the tagger, キング・オブ・クレー rather than クレー."""
    first = index
    while (
        first > 0
        and katakana(tokens[first].text)
        and katakana(tokens[first - 1].text)
        and tokens[first].start - tokens[first - 1].end == 1
        and _joins(text, tokens[first - 1], tokens[first])
        and not (found and found[-1].end > tokens[first - 1].start)
    ):
        first -= 1
    return first


# Japanese dots that, between two kanji words, list them (広東・香港, 日・米) or place one
# in the other (香港・中環, 沖縄・那覇): a name written in kanji takes no dot (習近平; a
# Chinese transliteration, 莫萨克·冯塞卡, is joined whole by the Chinese tokenizer); and
# the dots a compound's places are spelled out with (広東・香港・マカオ大湾区: compare/names)
LISTING_DOTS = "・･"

# The double hyphen between the parts of a katakana name (バーナーズ＝リー, ジャン゠ポール),
# width-folded to "=" before the grammar reads it; between katakana words only.
KATAKANA_JOINERS = ("=", "゠")


@cache  # keyed by the tables, so that another rules folder gets its own
def _holding_features(tables: EntityTables) -> tuple[str, ...]:
    """The suffixes of a feature that holds others, of two characters ending in an island's:
    an archipelago's, a peninsula's (群岛, 諸島, 半島), after which a name is one in it."""
    return tuple(s for s in tables.feature_suffixes if len(s) >= 2 and s[-1] in _ISLAND)


_ISLAND = "岛島"


def _hiragana_word_after_another_script(before: str, after: str) -> bool:
    """Whether a word of two hiragana or more follows one with none (漓江 + いかだ: a raft,
    which UniDic also knows as a place): a name of kanji or katakana does not run on
    into hiragana, and a place written in hiragana (さいたま市) is a name of its own."""
    return len(after) >= 2 and hiragana(after) and not has_hiragana(before)


def _script_changes(before: Token, after: Token, after_type: str | None) -> bool:
    """Whether a Latin token runs into a Han one (Git + 克隆): glued without a dot, a
    Latin name and a Chinese word are two words, not one name (a katakana name and
    Latin letters may be one: イタリアGP, NTTドコモ); nor does a person's name go on
    a Latin word (FW + ハリー・ケイン, CEO + ティム・クック: a position before the name)."""
    return _LATIN_TOKEN.fullmatch(before.text) is not None and (
        han(after.text) or after_type == "person"
    )


def _joins(text: str, before: Token, after: Token) -> bool:
    """Whether the one character between two tokens joins the parts of one name: a dot
    of any form (ジョン・グラント, トム･ハンクス, 约翰·格兰特), or a double hyphen between
    katakana (バーナーズ＝リー)."""
    mark = text[after.start - 1 : after.start]
    if mark and mark in LISTING_DOTS and han(before.text) and han(after.text):
        return False  # 広東・香港, 香港・中環, 明・永楽: two names, listed or one in the other
    if mark and mark in NAME_DOTS:  # トム･ハンクス, 汤姆•克鲁斯: any of the name dots
        return True
    return mark in KATAKANA_JOINERS and katakana(before.text) and katakana(after.text)


def _dotted_name(text: str) -> bool:
    """A token that holds a name's parts and the dots between them (约翰·格兰特)."""
    return any(dot in text[1:-1] for dot in NAME_DOTS)


def _derived(tokens: list[Token], index: int, tables: EntityTables, entity_type: str) -> bool:
    """フランス語, 法语, 日本製: a name turned into a language or a product is not a name; a
    place before a people's suffix (法国 + 人, フランス + 人) stays one."""
    token = tokens[index]
    # 查尔斯·达尔文, 王志文, 达尔文: a dotted name, or a name of three characters the
    # tagger reads as a person's (nr), is a person's, whatever its last character (文 of
    # 法文 "French" closes -win, -vin and many a given name too); 韩文 (nr) stays a language
    # (a proper noun UniDic knows whole whose stem would be one kanji is a name of its own:
    # 日産 is Nissan, no product of 日)
    least = 2 if token.tag in ENTITY_TYPES else 1
    if not _persons_name(token) and any(
        token.text.endswith(s) and len(token.text) - len(s) >= least
        for s in tables.derived_suffixes
    ):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.start != token.end:
        return False
    if following.text not in tables.derived_suffixes:
        return False
    if entity_type == "place" and following.text in tables.people_suffixes:
        # 法国 + 人 stays a place; 西班牙 + 人 + 队, a club named after the people, does not
        team = tokens[index + 2] if index + 2 < len(tokens) else None
        return team is not None and team.start == following.end and team.text in (
            tables.team_words
        )
    return True


# The types of names, and the tags the Japanese tokenizer gives UniDic's proper nouns
# (rules/ja/names.toml unidic_types); jieba's tags are its own (nr, ns, nt, nz)
ENTITY_TYPES = ("place", "person", "organisation", "other")


def _persons_name(token: Token) -> bool:
    return (
        _dotted_name(token.text)
        or (
            token.tag in _PERSON_TAGS
            and len(token.text) >= 3
            and token.text.endswith(_GIVEN_NAME_ENDING)
        )
        # a Japanese personal name read whole: 紀 of ジュラ紀 ends 真紀 and 由紀 too
        or token.tag == "person"
    )


# jieba's tag of a transliterated foreign name (佩特拉, 乌布: nrt), which it types a person
TRANSLITERATED_TAG = "nrt"
# the one derived suffix that ends many a name (宋子文, 达尔文), where 人, 语 and 话 end
# derived words the dictionary also tags as names (乌拉圭人, 丹麦语)
_GIVEN_NAME_ENDING = "文"
# jieba's tag of a person's name, and the one a name read from its construction gets
# (歌手 + 朱之文: extract/zh/construed.py)
_PERSON_TAGS = ("nr", "nrc")


# A city's suffix and a district's, which said one after the other are the word 市区 (the
# city's urban area: 重庆市区, 上海市區), no district of the city
_CITY, _DISTRICT = ("市",), ("区", "區")


def _suffix_type(token: Token, tables: EntityTables) -> str | None:
    """The type a following token gives the entity it closes: 区 -> place, 实验室 -> organisation.

    The token must be a suffix itself, or a word tagged as an organisation that ends in one
    (税务局); 布局 ends in 局 but names nothing.
    """
    if token.text in tables.org_suffixes:
        return "organisation"
    if token.text in tables.place_suffixes:
        return "place"
    if token.tag in ("nt", "organisation") and _ends_with(token.text, tables.org_suffixes):
        return "organisation"
    return None


def _own_type(token: Token, entity_type: str, tables: EntityTables) -> str:
    """The type of a naming token before anything follows it: its ending's (杨浦区 is a
    place, though jieba tags it a person), except for one word UniDic or the person
    grammar reads as a person's name, whose characters are no suffix (中村, 木村, 田村市
    is 田村 + 市), or a Japanese word read as a body (文部科学省: 省 of a ministry, no
    province)."""
    if token.tag in ("person", "organisation"):
        return entity_type
    return _word_type(token.text, tables) or entity_type


def _word_type(text: str, tables: EntityTables) -> str | None:
    """The type a name's own ending gives it: 杨浦区 is a place whatever the tagger says."""
    if _ends_with(text, tables.org_suffixes):
        return "organisation"
    if _ends_with(text, tables.place_suffixes):
        return "place"
    return None


def _ends_with(text: str, suffixes: tuple[str, ...]) -> bool:
    if not text.endswith(suffixes):  # one call in C: most words end in no suffix
        return False
    return any(text.endswith(suffix) and len(text) > len(suffix) for suffix in suffixes)

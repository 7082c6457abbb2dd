"""Which jieba words are names, and which names are sure enough to report.

jieba's dictionary tags hundreds of everyday words as names (马虎, 叶子 nr; 东西, 吉他
ns). Two second opinions decide: the dictionary's frequencies, and UniDic's reading of
the word in Japanese kanji forms (proper noun or ordinary word).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ...memory import WORDS_KEPT
from ...scripts import han
from ..entities import COMMON_NOUN_REACH, EntityMatch, Token
from ..numerals import KANJI_NUMERAL_CHARS
from ..people import given_name_word, japanese_name_end, native_name
from .construed import CONSTRUED, NAMED_PLACE
from .forms import simplified_word, to_japanese_kanji, to_simplified
from .tokenizer import (
    EVERYDAY,
    LOOSE_NAME_CHARACTERS,
    OFTEN,
    PREPOSITION_TAG,
    RARE,
    common_word,
    segmenter,
)
from .vocabulary import NAME_DOTS, Vocabulary

if TYPE_CHECKING:
    from ...rules.names import NameRules

PROPER_NOUN = "固有名詞"  # UniDic's subtype for proper nouns
_SPOKEN_SUFFIXES = ("儿", "子")  # the erhua and the 子 of spoken nouns (饭馆儿, 饭馆子)
COMMON_PARTS = ("名詞", "接頭辞", "接尾辞")  # nouns, prefixes, suffixes


@lru_cache(maxsize=WORDS_KEPT)
def japanese_parts(word: str) -> tuple[tuple[str, str], ...]:
    """(part of speech, subtype) of each UniDic word in the word's Japanese kanji form.

    jieba's dictionary tags many common words as names (东西 ns, 明白 nr); Japanese
    morphology is the second opinion the predicates below read.
    """
    from ..ja.tokenizer import part_of_speech, tagger

    return tuple(
        tuple(part_of_speech(node).split(",", 2)[:2]) for node in tagger()(to_japanese_kanji(word))
    )


@lru_cache(maxsize=WORDS_KEPT)
def japanese_personal_name(word: str) -> bool:
    """Whether UniDic reads the word, in Japanese kanji forms, as one personal name:
    Japanese names in Chinese text (良树 = 良樹, 裕子), which jieba does not know."""
    from ..ja.tokenizer import part_of_speech, tagger

    nodes = list(tagger()(to_japanese_kanji(word)))
    return len(nodes) == 1 and part_of_speech(nodes[0]).split(",")[1:3] == [PROPER_NOUN, "人名"]


@lru_cache(maxsize=WORDS_KEPT)
def kanji_form_words(text: str) -> tuple[tuple[str, str], ...]:
    """(surface, part of speech) of UniDic's words in the text's Japanese kanji forms;
    nothing when the forms change the text's length (offsets would not hold)."""
    from ..ja.tokenizer import part_of_speech, tagger

    converted = to_japanese_kanji(text)
    if len(converted) != len(text):
        return ()
    return tuple((node.surface, part_of_speech(node)) for node in tagger()(converted))


# jieba's tags of words that are no name to it, but may be a Japanese one (冲绳 n); a
# verb only as a place (奈良 v; 上床 "go to bed" is a Japanese surname too)
_COMMON_TAGS = frozenset({"n", "oov", "v"})
# jieba's tags of a word a city may be mistagged with: a noun, a person, an adverb (大连 d)
_PLACE_TAGS = ("n", "oov", "d")
# jieba's tags of a common noun, a noun of place (屋里, 山前) and another proper noun (nz,
# which holds everyday words too: 维和, 中华): with an everyday frequency (EVERYDAY), or an
# OFTEN one said as a common noun (a measure word or localizer beside it), no sure place
_COMMON_NOUN_TAGS = frozenset({"n", "s", "nz"})
MIN_OPENED_PIECE = 3  # characters of a dotted name's piece that opens on a sound of its own
MIN_CITY = 3  # characters of a transliterated city after its country (利雅得, 迪拜 is ns)
# the tag of a place read from a proper stem and a place or facility suffix (东营 + 市,
# 油麻地 + 站): a place by its form, whatever jieba's tag was (suffixed_places)
SUFFIXED_PLACE_TAG = "ns_suffixed"
# the tag of a city jieba calls a common noun, read after the place it lies in (云南 +
# 大理): a place, a sure one (places_after_places)
PLACED_CITY_TAG = "ns_placed"
_NOUN_TAG = "n"
# the suffixes a city's word is held with (大理市, 歙县): not all of city_suffixes, whose 省
# would make a city of 外务 (外务省, a ministry) after 日本
_CITY_LEVELS = ("市", "县")
# jieba's tags of a noun that makes a compound with the feature's noun before it (高原 +
# 反应 vn, 火山 + 灰 n): no feature named there
_COMPOUND_TAGS = frozenset({"n", "vn", "ng", "nz"})
# characters of a proper stem before a place or facility suffix
MIN_STEM, MAX_STEM = 2, 4
# jieba's tags of a word that may be such a stem or hold one with its suffix: nouns,
# names, abbreviations and words it made up (东营市 n, 北投区 nt, 启德 nrt, 雄安站 oov)
_STEM_TAGS = frozenset({"n", "nt", "nz", "ns", "nr", "nrt", "j", "oov"})
# jieba's tags of the piece of a stem it cut off before the stem's last character: a
# noun, a character it knows no word of (x), a bound morpheme (zg), a name word (苓 x +
# 雅区, 埼 zg + 玉县, 油麻 n + 地站, 杉 nz + 并区)
_CUT_STEM_TAGS = frozenset({"n", "nz", "ns", "x", "zg", "j"})
_PLACE_TAG = "ns"  # jieba's tag of a place, which it gives common nouns too (冰川, 古桥)
# jieba's tags of a numeral or a pronoun with its measure word (一座 m, 那条 mq, 每个 r):
# what may end right before a common noun; 知道 v, 国家 n end on 道 and 家 too
_COUNTED_TAGS = frozenset({"m", "mq", "q", "r"})
# jieba's tags of an adjective between a measure word and its noun (新, 小, 长, 老; 大 is b)
_ADJECTIVE_TAGS = ("a", "b")
# UniDic's kinds of proper noun that name a person or a place: a place, a given name or
# a full name; not a surname alone (高山, 前田 are everyday Chinese words too)
_UNIDIC_NAME_TYPES = {("地名", ""): "place", ("人名", "名"): "person", ("人名", "一般"): "person"}


MIN_RENDERED_PLACE = 3  # characters of a glossary word its rendering makes a place
MIN_REGION_BODY_STEM = 4  # characters of a region and its field before a body's suffix


@lru_cache(maxsize=WORDS_KEPT)
def japanese_name_type(word: str) -> str | None:
    """ "person" or "place" when UniDic reads the word, in Japanese kanji forms, as one
    proper noun of that kind: Japanese names in Chinese text (冲绳 = 沖縄, 次郎, 名古屋),
    which jieba's dictionary holds as common nouns."""
    from ..ja.tokenizer import part_of_speech, tagger

    nodes = list(tagger()(to_japanese_kanji(word)))
    if len(nodes) != 1:
        return None
    _, kind, subtype, detail = part_of_speech(nodes[0]).split(",", 3)
    if kind != PROPER_NOUN:
        return None
    return _UNIDIC_NAME_TYPES.get((subtype, "")) or _UNIDIC_NAME_TYPES.get((subtype, detail))


@lru_cache(maxsize=WORDS_KEPT)
def japanese_family_name(word: str) -> bool:
    """Whether UniDic reads the word, in Japanese kanji forms, as one family name and
    nothing else (古橋, 氷川, 石橋, 高原; also 長江, 山口, 中山, which name places too):
    evidence of a name, not of a place."""
    from ..ja.tokenizer import part_of_speech, tagger

    nodes = list(tagger()(to_japanese_kanji(word)))
    return len(nodes) == 1 and part_of_speech(nodes[0]).split(",")[1:4] == [
        PROPER_NOUN,
        "人名",
        "姓",
    ]


def common_in_japanese(word: str) -> bool:
    """Whether the word is one ordinary (not proper) UniDic word: 东西, 明白."""
    parts = japanese_parts(word)
    return len(parts) == 1 and parts[0][1] != PROPER_NOUN


def only_common_in_japanese(word: str) -> bool:
    """Whether UniDic finds common nouns only, with their prefixes and suffixes:
    彩虹 = 彩 + 虹, 公共交通 = 公共 + 交通."""
    return all(
        pos in COMMON_PARTS and subtype != PROPER_NOUN for pos, subtype in japanese_parts(word)
    )


def proper_in_japanese(word: str) -> bool:
    """Whether UniDic finds one proper noun: 北京, 広州."""
    parts = japanese_parts(word)
    return len(parts) == 1 and parts[0][1] == PROPER_NOUN


# characters of the upper level that opens a nested place of one dictionary word (四川省)
MAX_LEVEL_OPENING = 6


class ChineseNames:
    """The name heuristics, over one rules folder's vocabulary, lexicon and glossary."""

    def __init__(self, vocabulary: Vocabulary, lexicon, glossary, rules: NameRules):
        self.vocabulary = vocabulary
        self.lexicon = lexicon  # jieba words the rules add, with their tags
        self.glossary = glossary
        self.rules = rules  # family names, titles, companies (rules/LANG/names.toml)
        # the common-noun context, in the simplified forms the text is read in (裡 = 里)
        tables = vocabulary.entities
        self._noun_leads = tuple(to_simplified(w) for w in tables.common_noun_before)
        self._localizers = frozenset(to_simplified(w) for w in tables.common_noun_after)
        self._localized = frozenset(to_simplified(w) for w in tables.localized_nouns)

    def _frequency(self, word: str, default: int = 0) -> int:
        return segmenter(self.lexicon).frequency_of(word, default)

    def entity_type(self, token: Token) -> str | None:
        if token.inflected and token.tag != CONSTRUED:
            return None  # 新建 + 了 + 一座: a verb here, though the dictionary names a county
        if token.tag in (SUFFIXED_PLACE_TAG, NAMED_PLACE, PLACED_CITY_TAG):
            return "place"  # 东营 + 市, 油麻地 + 站: a proper stem and a place suffix; 名叫
            # + 塔西利 + 的高原: a place a cue names
        simplified = simplified_word(token.text)
        if self._idiom_shaped(simplified):
            return None  # 人山人海 (ns to jieba), 一心一意: a set phrase, no name
        if simplified in self.rules.title_set.get("zh", ()):
            return None  # 行长 (a surname to UniDic), 知事: an office, said beside a name
        if simplified in self._feature_nouns():
            return None  # 冰川 (ns to jieba, 氷川 to UniDic), 高原: a kind of feature alone
        if token.tag != "eng" and simplified in self.rules.places:
            return "place"  # 伊拉克 (nr to jieba), 尼泊尔: a country of rules/zh/names.toml
        if self.rules.company_of_its_trade(simplified) is not None:
            return "organisation"  # 松下电器 (n to jieba): a company and its trade
        entity = self.vocabulary.tag_types.get(token.tag or "")
        if entity is None:
            return self._japanese_name(token) or self._suffixed_unknown(token)
        if entity == "other" and token.tag == "eng":
            return entity
        if (len(token.text) < 2 and token.tag != CONSTRUED) or self.vocabulary.regnal(token.text):
            return None  # 二世 of 伊丽莎白二世 (nrt to jieba): the number, not a name
        if simplified in self.rules.companies:
            return "organisation"  # 腾讯: nz, and two ordinary kanji to UniDic
        if entity in ("place", "organisation") and self._named_by_rules(simplified):
            return entity  # 冰岛, 纽约 + 大学: the glossary names it, whatever UniDic reads
        if entity == "person":
            if token.tag != CONSTRUED and self._place_to_unidic(token):
                return "place"  # 桂林, 高雄 (nr to jieba): a city UniDic reads whole
            if token.tag != CONSTRUED and simplified in self._rendered_as_places():
                return "place"  # 莫斯科, 马德里 (nr): the glossary's モスクワ is a place
            if token.tag == CONSTRUED or self._plausible_person(token.text):
                return entity
            if self._administered(to_simplified(token.text)):
                return "place"  # 熊本县, 花莲县 (nr to jieba): a stem and a place suffix
            if (
                2 <= len(token.text) <= 4
                and han(token.text)
                and self._frequency(simplified) < EVERYDAY
                and japanese_name_type(simplified) == "place"
            ):
                return "place"  # 涩谷 (nrt to jieba) = 渋谷: one place to UniDic in kanji
            # 波士顿 (nr to jieba) is no person's name, but the glossary names it: a name
            # of a kind the comparison reads from its rendering (may_be_place)
            return "other" if self._named_by_rules(simplified) else None
        if entity == "place" and self._county_of_one_character(simplified):
            return entity  # 歙县, 黟县: UniDic reads a county it does not know as one noun
        if entity == "place" and self._city_of_the_dictionary(simplified):
            return entity  # 温州, 沧州: the dictionary holds 温州市 too
        # jieba tags many everyday words as places (东西 ns): Japanese morphology disagrees
        if common_in_japanese(token.text):
            return None
        # and many compounds of common words as things or bodies (彩虹, 摩天大楼 nz; 公共交通
        # nt): UniDic finds only common words in them, and no transliteration is inside
        # (雷达 of 测速雷达 is a loanword of everyday use, not a name's transliteration)
        if token.tag in ("nz", "nt") and only_common_in_japanese(token.text):
            if token.tag == "nt" and self._body_by_its_ending(simplified):
                return "organisation"  # 国家 + 统计局, 协和 + 医院: a body of common words
            runs = self.vocabulary.transliteration_run.findall(simplified)
            if not any(not self._everyday_tail(run) for run in runs) and (
                token.tag == "nz" or self._frequency(simplified) < EVERYDAY
            ):
                return None
        return entity

    def _county_of_one_character(self, word: str) -> bool:
        """A county named by one character (歙 + 县, 黟 + 县, 沛 + 县), which jieba holds as
        a place and UniDic, knowing no word of it, reads as one common noun. Not one whose
        character is an everyday word (同县 "the same county", 赤县 of 赤县神州)."""
        return (
            len(word) == 2
            and word[1] in _COUNTY
            and self._frequency(word[0]) < EVERYDAY
        )

    def _city_of_the_dictionary(self, word: str) -> bool:
        """A city's name ending in a prefecture's ending (温 + 州, 沧 + 州) that jieba's
        dictionary also holds with a city suffix (温州市, 沧州市): the city, whatever UniDic
        reads in its kanji (温州 is an orange to it, 温州みかん)."""
        tables = self.vocabulary.entities
        if len(word) < 2 or not word.endswith(tables.prefecture_endings):
            return False
        return self._held_with(word, tables.city_suffixes)

    def _held_with(self, word: str, suffixes) -> bool:
        """Whether jieba's dictionary holds the word with one of `suffixes` after it (温州 +
        市, 孝感 + 市, 大理 + 市): the dictionary's own evidence that the word names a city."""
        known = segmenter(self.lexicon).frequency
        return any(known(word + suffix) is not None for suffix in suffixes)

    def _body_by_its_ending(self, word: str) -> bool:
        """Whether an organisation's word (jieba's nt) is a body's name by its form: a
        body's suffix after two characters or more that open on a state's body (国家 +
        统计局, 国家 + 税务总局) or are a name to jieba's dictionary (协和 nz + 医院, 同仁
        nr + 医院). Not a body of a kind (邮政局, 上级法院: a post office, a higher court),
        nor common words that end in no suffix (公共交通, also nt)."""
        tag = segmenter(self.lexicon).tag
        openings = self.vocabulary.state_body_openings
        # a region by the compass opens a body's name too (西北 + 工业 + 大学, one word to
        # jieba), with the words of its field between (not 西北 + 大学 alone: a region's)
        regions = self._body_regions()
        return any(
            word.endswith(suffix)
            and len(stem := word[: -len(suffix)]) >= 2
            and (
                stem.startswith(tuple(openings))
                or (tag(stem) or "")[:2] in _NAME_TAGS
                or (stem.startswith(regions) and len(stem) >= MIN_REGION_BODY_STEM)
            )
            for suffix in self._body_suffixes()
        )

    @cache  # noqa: B019 - one ChineseNames per rules folder, kept for the process
    def _body_suffixes(self) -> tuple[str, ...]:
        return tuple(to_simplified(s) for s in self.vocabulary.entities.org_suffixes)

    @cache  # noqa: B019
    def _body_regions(self) -> tuple[str, ...]:
        return tuple(to_simplified(r) for r in self.vocabulary.entities.body_regions)

    def places_after_places(self, tokens: list[Token]) -> list[Token]:
        """A city jieba tags as a person (利雅得 nr) that no person's reading takes (得 is
        no character of the transliteration table), right after the country it lies in
        (沙特阿拉伯 + 利雅得), as news names a foreign city after its country, or right
        before a place suffix (利雅得 + 市): a place, and a weak one (its form and its
        place vouch for a name, not for its spelling). The word must be written in
        transliteration characters, one of a name's own usage allowed, and be no native
        name (中国 + 李强). A transliteration read as a person stays one (哈萨克斯坦 +
        阿斯塔纳, but also 美国 + 特朗普): its form does not tell a city from a person."""
        result = list(tokens)
        for index, token in enumerate(result):
            if not (token.tag or "").startswith("nr"):
                continue
            before = result[index - 1] if index else None
            after = result[index + 1] if index + 1 < len(result) else None
            placed = (
                before is not None
                and before.end == token.start
                and self.entity_type(before) == "place"
            ) or (
                after is not None
                and after.start == token.end
                and after.text in self.vocabulary.entities.place_suffixes
            )
            if (
                placed
                and self._transliterated_city(simplified_word(token.text))
                and self.entity_type(token) is None
            ):
                result[index] = replace(token, tag=_PLACE_TAG)
        for index, token in enumerate(result):
            before = result[index - 1] if index else None
            if (
                token.tag == _NOUN_TAG
                and before is not None
                and before.end == token.start
                # (the dictionary's look-ups first: most nouns are held with no suffix)
                and self._city_held_with_its_suffix(simplified_word(token.text))
                and self.entity_type(before) == "place"
            ):
                result[index] = replace(token, tag=PLACED_CITY_TAG)
        return result

    def _city_held_with_its_suffix(self, word: str) -> bool:
        """A word jieba's dictionary tags as a common noun (大理 n, 孝感 n, 烟台 n) that it
        also holds with a city's or a county's suffix (大理市, 烟台市) and has seen less than
        everyday: right after a place (云南 + 大理, 山东 + 烟台), that city."""
        if len(word) < 2 or not han(word) or self._frequency(word) >= EVERYDAY:
            return False
        return self._held_with(word, _CITY_LEVELS)

    def suffixed_places(self, tokens: list[Token]) -> list[Token]:
        """A place's name made of a proper stem and a place or facility suffix, which
        jieba reads as a common word or cuts apart: one word that ends in the suffix
        (东营市 n, 北投区 nt, 雄安站 oov, 羽田机场 n, 小田急线 oov), or a stem word
        right before 站 (启德 nrt + 站, 宝琳 oov + 站) where 站 is not the verb "stand"
        (张伟 + 站 + 在). The stem holds two to four Han characters and is no everyday
        word of jieba's dictionary unless UniDic reads it as a proper noun (思明, 金水):
        火车站, 地铁站, 风景区, 开发区, 生产线, 号线 stay common nouns. A place by its
        form alone: weak (reported only when the other side speaks to it)."""
        tables = self.vocabulary.entities
        if not tables.facility_suffixes:
            return tokens
        suffixes = self._stem_suffixes()
        verbs = self._facility_verbs()
        result: list[Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            opens = self._stem_cut_before_its_last(token, after, suffixes)
            if opens is not None:
                start = token.start + opens
                if opens:  # 从 of 从滨 + 城站: the coverb, a word of its own again
                    result.append(Token(token.text[:opens], token.start, start, PREPOSITION_TAG))
                text = token.text[opens:] + after.text
                result.append(Token(text, start, after.end, SUFFIXED_PLACE_TAG))
                index += 2
                continue
            following = tokens[index + 2] if index + 2 < len(tokens) else None
            if self._feature_after_a_transliteration(token, after, following):
                text = token.text + after.text  # 埃特纳 + 火山: the volcano Etna
                result.append(Token(text, token.start, after.end, SUFFIXED_PLACE_TAG))
                index += 2
                continue
            if token.tag not in _STEM_TAGS or self.entity_type(token) is not None:
                result.append(token)
                index += 1
                continue
            word = to_simplified(token.text)
            if any(
                word.endswith(suffix)
                and self._proper_stem(word[: -len(suffix)])
                and not self._noun_and_one_more(word[: -len(suffix)])
                and _cut_before_suffix(word, len(word) - len(suffix))
                for suffix in suffixes
            ):
                result.append(replace(token, tag=SUFFIXED_PLACE_TAG))
                index += 1
                continue
            if (
                after is not None
                and after.start == token.end
                and to_simplified(after.text) in suffixes
                and to_simplified(after.text) not in self._place_suffixes()
                and not (
                    following is not None
                    and following.start == after.end
                    and to_simplified(following.text) in verbs
                )
                and self._proper_stem(word)
                and _cut_before_suffix(word + to_simplified(after.text), len(word))
                and not self._plausible_person(token.text)
            ):
                text = token.text + after.text
                result.append(Token(text, token.start, after.end, SUFFIXED_PLACE_TAG))
                index += 2
                continue
            result.append(token)
            index += 1
        return result

    def _feature_after_a_transliteration(
        self, token: Token, after: Token | None, following: Token | None
    ) -> bool:
        """A transliteration jieba tags as a person's name (埃特纳 nr, 瓦特纳 nrt) right before
        a common noun of a natural feature (火山, 冰川: feature_nouns) or a feature's suffix
        jieba writes as a word (开伯尔 + 山口, a pass; feature_suffixes): the feature it
        names (埃特纳火山 = エトナ山, 开伯尔山口 = カイバル峠), unless the noun opens a
        compound with the word after it (高原 + 反应, altitude sickness; 火山 + 灰, ash), and
        never after a native name (张伟 + 高原 + 反应)."""
        feature = to_simplified(after.text) if after is not None else ""
        return (
            after is not None
            and after.start == token.end
            and (token.tag or "").startswith("nr")
            and (feature in self._feature_nouns() or feature in self._feature_suffixes())
            and self.vocabulary.transliterated(to_simplified(token.text))
            and not (
                following is not None
                and following.start == after.end
                and (following.tag or "") in _COMPOUND_TAGS
            )
        )

    def _noun_and_one_more(self, stem: str) -> bool:
        """A stem jieba made up of a common noun of its dictionary and one character more
        (轻铁 n + 延 of 轻铁延线, "the light rail's extension line"): a phrase glued to the
        suffix, no name."""
        tag = segmenter(self.lexicon).tag
        return len(stem) > MIN_STEM and tag(stem[:-1]) == "n"

    def _stem_cut_before_its_last(self, token: Token, after: Token | None, suffixes) -> int | None:
        """Where in the word a stem opens that jieba cut before its last character, which
        it glued to the suffix as a word it made up (苓 x + 雅区 oov, 埼 zg + 玉县 oov,
        油麻 n + 地站 oov): the word before and that character make the stem. A word jieba
        made up itself holds the stem only after a coverb it glued to it (从滨 + 城站:
        从 + 滨城站); not after a name of its own. None where no stem is cut so."""
        if after is None or after.tag != "oov" or after.start != token.end:
            return None
        if not han(token.text):
            return None
        if token.tag in _CUT_STEM_TAGS:
            opens = 0
        elif token.tag == "oov" and self._coverb(token.text[:1]) and len(token.text) > 1:
            opens = 1
        else:
            return None
        piece = to_simplified(token.text[opens:])
        tail = to_simplified(after.text)
        found = any(
            tail.endswith(suffix)
            and len(tail) == len(suffix) + 1
            and self._proper_stem(piece + tail[0])
            and _cut_before_suffix(piece + tail, len(piece) + 1)
            and (opens or self.entity_type(token) is None)
            for suffix in suffixes
        )
        return opens if found else None

    def _coverb(self, character: str) -> bool:
        """A preposition of one character (从, 在, 到, 离) by jieba's dictionary."""
        return segmenter(self.lexicon).tag(to_simplified(character)) == PREPOSITION_TAG

    @cache  # noqa: B019 - one ChineseNames per rules folder, kept for the process
    def _rendered_as_places(self) -> frozenset[str]:
        """The glossary's Chinese words whose Japanese renderings UniDic reads as one
        place's name each (莫斯科 = モスクワ, 马德里 = マドリード): a place, though jieba's
        dictionary tags the Chinese word as a person's name. Of three characters or more:
        a shorter one opens longer transliterations jieba cuts (阿曼 of 阿曼达, Amanda)."""
        return frozenset(
            to_simplified(entry.zh)
            for entry in self.glossary
            if len(entry.zh) >= MIN_RENDERED_PLACE
            and entry.ja
            and all(japanese_name_type(form) == "place" for form in entry.ja)
        )

    @cache  # noqa: B019 - one ChineseNames per rules folder, kept for the process
    def _stem_suffixes(self) -> tuple[str, ...]:
        tables = self.vocabulary.entities
        words = {
            to_simplified(w)
            for w in (*tables.place_suffixes, *tables.facility_suffixes, *tables.feature_suffixes)
        }
        return tuple(sorted(words, key=len, reverse=True))

    @cache  # noqa: B019
    def _feature_nouns(self) -> frozenset[str]:
        return frozenset(to_simplified(w) for w in self.vocabulary.entities.feature_nouns)

    @cache  # noqa: B019
    def _feature_suffixes(self) -> frozenset[str]:
        return frozenset(to_simplified(w) for w in self.vocabulary.entities.feature_suffixes)

    @cache  # noqa: B019
    def _place_suffixes(self) -> frozenset[str]:
        return frozenset(to_simplified(w) for w in self.vocabulary.entities.place_suffixes)

    @cache  # noqa: B019
    def _facility_verbs(self) -> frozenset[str]:
        tables = self.vocabulary.entities
        return frozenset(to_simplified(w) for w in tables.facility_verb_followers)

    def _proper_stem(self, stem: str) -> bool:
        """Two to four Han characters, no everyday word (火车, 风景, 开发) unless UniDic
        reads it as a proper noun (思明 of 思明区)."""
        return (
            MIN_STEM <= len(stem) <= MAX_STEM
            and han(stem)
            and (not self._common_word(stem) or proper_in_japanese(stem))
            and not any(self._common_word(stem[i:]) for i in range(1, len(stem) - 1))
        )

    def _transliterated_city(self, word: str) -> bool:
        """Three characters or more of transliteration, but for one character of a name's
        own usage after the first (利雅得), and no native name (李克强: 李 + 克强)."""
        if len(word) < MIN_CITY or not han(word):
            return False
        chars = self.vocabulary.transliteration_chars
        outside = [ch for ch in word if ch not in chars]
        if len(outside) > 1 or word[0] not in chars:
            return False
        tag = segmenter(self.lexicon).tag
        return not native_name(word, self._common_word, tag, self.rules)

    def _idiom_shaped(self, word: str) -> bool:
        """Four characters repeating the first or each one (ABAC: 人山人海, 自言自语; AABB:
        平平安安), not all of them transliteration characters (马尔马拉 is Marmara): the
        shape of a set phrase, which no name has."""
        if len(word) != 4 or not han(word):
            return False
        shaped = (word[0] == word[2] and word[1] != word[3]) or (
            word[0] == word[1] and word[2] == word[3]
        )
        return shaped and not self.vocabulary.transliterated(word)

    def _administered(self, word: str) -> bool:
        """A stem of two characters or more and a place suffix (熊本 + 县, 花莲 + 县), the
        stem no everyday word or a proper noun to UniDic: a place, whatever jieba's tag
        says (木村 is a family name: its stem is one character)."""
        return any(
            word.endswith(suffix)
            and len(word) - len(suffix) >= 2
            and (
                not self._common_word(word[: -len(suffix)])
                or proper_in_japanese(word[: -len(suffix)])
            )
            for suffix in self.vocabulary.entities.place_suffixes
        )

    def _japanese_name(self, token: Token) -> str | None:
        """A word jieba's dictionary holds as a common noun (or made up) that is a
        Japanese name: 冲绳, 名古屋, 次郎 are rare words to jieba and one proper noun to
        UniDic. An everyday word (日光, 朝日) is no name whatever UniDic says."""
        if self._place_to_unidic(token):
            return "place"  # 孝感 n, 大连 d: a city jieba's dictionary tags as a word
        if token.tag not in _COMMON_TAGS or not 2 <= len(token.text) <= 4:
            return None
        simplified = simplified_word(token.text)
        if not han(simplified):
            return None
        if self._frequency(simplified) >= EVERYDAY or self._spoken_form(simplified):
            return None
        if token.inflected:
            return None  # 下台了: a verb here, though UniDic reads 下台 as a place
        kind = japanese_name_type(simplified)
        return kind if token.tag != "v" or kind == "place" else None

    def _place_to_unidic(self, token: Token) -> bool:
        """Whether a content word of two to four Han characters is one place to UniDic,
        read in Japanese kanji, and no common word there (大連, 桂林, 孝感, 高雄): jieba's
        dictionary tags some cities as words or people however often it has seen them;
        an everyday word UniDic also reads as a place (日光, 朝阳) stays a word."""
        if not (token.tag or "").startswith(_PLACE_TAGS) or not 2 <= len(token.text) <= 4:
            return False
        simplified = simplified_word(token.text)
        return (
            han(simplified)
            and not token.inflected
            and japanese_name_type(simplified) == "place"
            and not common_in_japanese(token.text)
            and not self._spoken_form(simplified)  # 饭馆 (饭馆儿): 飯館 is a village too
        )

    def _suffixed_unknown(self, token: Token) -> str | None:
        """A word jieba has never seen that ends in a place suffix after two Han characters
        or more (信義區, 板橋區 in traditional characters): a place by its form alone."""
        if token.tag != "oov":  # the tokenizer's tag of a word jieba's HMM made up
            return None
        simplified = to_simplified(token.text)
        if not han(simplified):
            return None
        return next(
            (
                "place"
                for suffix in self.vocabulary.entities.place_suffixes
                if simplified.endswith(suffix) and len(simplified) - len(suffix) >= 2
            ),
            None,
        )

    def _spoken_form(self, word: str) -> bool:
        """Whether jieba's dictionary holds the word with a suffix of everyday speech as a
        common noun (饭馆儿, 饭馆子): an ordinary noun, whatever UniDic reads in its kanji
        (飯館). Not 花子儿 (nr, "beggar"): a name of its own."""
        tag = segmenter(self.lexicon).tag
        return any(tag(word + suffix) == "n" for suffix in _SPOKEN_SUFFIXES)

    def _plausible_person(self, word: str) -> bool:
        """jieba tags hundreds of everyday words as person names (安静, 胡椒, 阿姨 nr).

        Keep a transliterated name (every character from the transliteration set: 汤姆,
        纳达尔) or a native one (a common surname, two or three characters, and not an
        everyday word in Japanese kanji either).
        """
        simplified = to_simplified(word)
        parts = [part.strip() for part in re.split(f"[{''.join(NAME_DOTS)}]", simplified)]
        if len(parts) > 1:  # 约翰·格兰特, 马里奥·拉缪: the dot vouches for pieces it joins
            chars = self.vocabulary.transliteration_chars
            # (a piece of three characters or more may open on a sound of its own, the rest
            # of it transliteration characters: 麻 of 麻赫穆德; one of two may, the other
            # one of them: 迭 of 迭戈, Diego)
            return all(
                part
                and (
                    part[0] in chars
                    or (len(part) >= MIN_OPENED_PIECE and self.vocabulary.transliterated(part[1:]))
                    or (len(part) == 2 and part[1] in chars)
                )
                for part in parts
            ) and any(self._plausible_person(part) for part in parts)
        if self._kin_term(simplified):
            return False  # 伯伯, 舅舅: a kin term said twice, though 伯 transliterates too
        if self.vocabulary.transliterated(simplified):
            # 本赛季 (nr to jieba) is 本 + 赛季: a name does not end in an everyday word
            # (都柏林 ends in a name, 柏林)
            return not any(
                self._everyday_tail(simplified[i:]) for i in range(1, len(simplified) - 1)
            )
        if self._mostly_transliterated(simplified):
            return True  # 穆罕默德, 亚里士多德
        tag = segmenter(self.lexicon).tag
        native = native_name(
            simplified, self._common_word, tag, self.rules, frequency=self._frequency
        )
        if native and not common_in_japanese(word):
            return True
        # a Japanese name (良树, 裕子, 田中), as UniDic reads it, or a full one (松下幸之助)
        return japanese_personal_name(word) or self._japanese_full_name(word)

    def _facility_of_a_name(self, word: str) -> bool:
        """Whether a word is a proper name to UniDic (新宿, 成田 places; 羽田 a family name
        as well as the town) and a facility's suffix after it (机场, 站): the airport or the
        station named after it."""
        suffixes = self.vocabulary.entities.facility_suffixes
        for suffix in suffixes:
            stem = word[: -len(suffix)] if word.endswith(suffix) else ""
            if len(stem) >= 2 and (
                japanese_name_type(stem) in ("place", "person") or japanese_family_name(stem)
            ):
                return True
        return False

    def _kin_term(self, word: str) -> bool:
        """A character of address said twice (伯伯, 叔叔, 姑姑): a kin term, where a
        doubled transliteration (娜娜, 莉莉) is a given name."""
        address = self.vocabulary.address_characters
        return len(word) == 2 and word[0] == word[1] and word[0] in address

    def _japanese_full_name(self, word: str) -> bool:
        """A Japanese family name of the rules and a given name, as UniDic reads them
        (松下 + 幸之助, 铃木 + 一朗; 石川 + 佳纯, where jieba's word ends the name one
        character after UniDic's), or of four characters or more that UniDic reads as a
        family name and a given name of two or more each (是枝 + 裕和, which the tokenizer
        joined from jieba's single characters): see extract/people.py."""
        tag = segmenter(self.lexicon).tag
        loose = len(word) >= LOOSE_NAME_CHARACTERS
        end = japanese_name_end(word, 0, self.rules, kanji_form_words, tag, loose)
        return end is not None and len(word) - end <= 1 and han(word)

    def common_noun(self, surface: str, match: EntityMatch, text: str) -> bool:
        """Whether a place to jieba is said here as the everyday common noun (花园, 山谷,
        一道大堤: see `_everyday_noun`): never reported, and an everyday word (see
        `everyday_word`), whose answer `confident` and `everyday_word` are told."""
        bare = simplified_word(surface).replace("·", "").replace("・", "")
        return match.entity_type == "place" and self._everyday_noun(bare, match, text)

    def confident(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        """Whether a name is sure enough to be reported when the translation lacks it.

        jieba's dictionary tags hundreds of everyday words as names (马虎, 叶子 nr; 午休,
        吉他 ns); those stay entities, so that they can match, but only names with evidence
        beyond the tag are reported: a word of the lexicon or the glossary, a compound grown
        over a suffix (深圳 + 税务局), a transliteration of three characters or more (纳达尔),
        a suffixed name whose stem is a name (朝阳 + 区), a native full name (surname and a
        given name of two characters), or a place or organisation that UniDic, reading the
        word in Japanese kanji, also knows as a proper noun (北京, 广州).
        """
        simplified = to_simplified(surface)
        if surface.isascii():
            return not (len(surface) <= 3 and surface.upper() == surface)  # BB, TOM: not names
        known = self._known_names()
        if simplified in known or to_simplified(match.head) in known:
            return True
        if simplified in self.rules.places:
            return True  # a country the rules name
        if match.compound:
            return True
        if match.head_tag == NAMED_PLACE:
            return False  # 名叫 + 清水 + 的小河: a place by a cue alone, weak
        if match.head_tag == PLACED_CITY_TAG:
            return True  # 云南 + 大理: a city of the dictionary after the place it lies in
        if match.entity_type == "organisation" and to_simplified(text[: match.start]).endswith(
            self.vocabulary.entities.body_owners or ("\0",)
        ):
            return True  # 国立 + 中央大学: a body the sentence says who runs, no kind of one
        bare = simplified.replace("·", "").replace("・", "")
        if common_noun:
            return False  # 花园, 山谷, 一道大堤: a garden, a valley, a levee to jieba, though
            # UniDic reads 花園, 山谷, 大堤 as towns: matched when rendered so, never reported
        if match.entity_type == "place" and (
            self._county_of_one_character(simplified) or self._city_of_the_dictionary(simplified)
        ):
            return True  # 歙县, 温州: a county or a city of the dictionary, by its form
        if match.head_tag == "nt" and self._frequency(bare) >= EVERYDAY:
            return True  # 联合国, 国务院: organisations the dictionary has seen thousands of times
        if match.head_tag == "nt" and bare in self.rules.companies:
            return True  # 小米 + 发布, 松下 + 集团: a company of the rules, said as one
        if (
            match.entity_type == "place"
            and len(bare) >= 2
            and japanese_name_type(bare) == "place"
            and self._frequency(bare, RARE) >= RARE
        ):
            return True  # 西安, 福冈, 北海道: a place UniDic places, whatever its characters
        if match.entity_type == "place" and self._facility_of_a_name(bare):
            return True  # 羽田 + 机场, 新宿 + 站: an airport or a station named after a place
        if self.vocabulary.transliterated(simplified):
            # 哥哥比 is transliteration characters too: a name does not open on a common word
            return len(bare) >= 3 and not self._common_word(bare[:2])
        if (
            (match.head_tag or "")[:2] in ("nr", "ns")
            and bare == simplified  # a dotted name is vouched for part by part
            and self._mostly_transliterated(bare)
        ):
            return True  # 莎士比亚 (ns to jieba), 斯洛文尼亚
        if match.entity_type == "person" or (match.head_tag or "").startswith("nr"):
            following = to_simplified(text[match.end : match.end + 4])
            surname = self.rules.surname_length(bare)
            if surname == len(bare) == 1:
                return False  # 王 + 老师: a family name of one character alone names
                # someone only beside another name, as the other side of a swap (欧阳 +
                # 老师 is rarer, and reported as before)
            before = to_simplified(text[max(0, match.start - _LONGEST_TITLE) : match.start])
            if (surname or self.rules.family_name_length(bare) >= len(bare) >= 2) and (
                self.rules.title_after(following, 0, "zh")
                or self.rules.title_before(before, len(before), "zh")
            ):
                # 王毅 + 外长, 李强 + 总理, 山田 + 先生, 市长 + 李明: a title outside the name
                return True
            if self._japanese_full_name(bare):
                return True  # 大谷 + 翔平: a Japanese family name and a given name
            # 高中生 and 白皮书 are in jieba's dictionary as names: 高中 and 白皮 are words
            return (
                len(bare) == 2 + surname
                and surname > 0
                and not self._common_word(bare[:2])
                # 王 + 老师, 段 + 时间; not 杨 + 立新, a given name's characters
                # (extract/people.py given_name_word)
                and not self._ordinary_given(bare[1:])
                and not common_in_japanese(surface)
            )
        entities = self.vocabulary.entities
        if _next_level_of_a_place(surface, match, text, entities.place_suffixes):
            return True  # 深圳市 + 南山区: a level of a nested place name
        if self._level_of_a_dictionary_place(bare, match, text):
            return True  # 新疆 + 阿勒泰地区: a level of a nested place jieba holds whole
        stem = next(
            (
                bare[: -len(suffix)]
                for suffix in (*entities.org_suffixes, *entities.place_suffixes)
                if bare.endswith(suffix) and len(bare) - len(suffix) >= 2
            ),
            None,
        )
        if self._common_word(bare[1:]) and not self._stem_outweighs(stem, bare[1:]):
            return False  # 大 + 城市, 邮 + 政局: an ordinary word with something before it
        if stem is not None:
            return self._names_something(stem)
        # a name jieba has seen a handful of times (河中, 3) is more likely a phrase
        return proper_in_japanese(bare) and self._frequency(bare, RARE) >= RARE

    def everyday_word(self, surface: str, match: EntityMatch, text: str, common_noun: bool) -> bool:
        """Whether a name only jieba's tag vouches for is an everyday word as said here:
        a noun of place said as the common noun (花园, 一道大堤, 这座古桥: see
        `_everyday_noun`), or a word jieba has seen as an everyday one (山区 2809, 高峰
        1556, 新建 1000 times: ns, nr and ns to it) in which UniDic, reading its kanji, finds
        common words only (山 + 区) or, for a person, a family name alone (高峰): not a
        place it finds a name in (洞庭 + 湖), nor someone's name (诸葛亮, 曹操: people jieba
        has met as often). The translation renders such a word as it likes (北部山区 as
        北部の山間部, 早高峰 as 朝のラッシュ時): compare lets it stand for a name only where
        one of its kind is left open on the other side."""
        if common_noun:
            return True
        word = simplified_word(surface)
        if not (len(word) >= 2 and han(word)) or self._frequency(word) < EVERYDAY:
            return False
        return only_common_in_japanese(word) or (
            match.entity_type == "person" and japanese_family_name(word)
        )

    def _everyday_noun(self, word: str, match: EntityMatch, text: str) -> bool:
        """Whether the word is an everyday common noun here, whatever UniDic reads in its
        kanji: jieba's dictionary tags it a noun, a noun of place or another proper noun,
        and holds no city, county or province of that name (孝感市, 冲绳县 make 孝感 and 冲绳
        places); and it has seen it as everyday (花园 1291, 山谷 1074), or often (大堤 514,
        外滩 140) and the text says it as a common noun, after a measure word or a
        demonstrative or before a localizer (一道大堤, 这个小城, 平房里; 去外滩散步 names a
        place). A place to jieba whose one proper reading in UniDic is a family name (古桥 =
        古橋, 冰川 = 氷川, and 长江, 中山 too) is the common noun where the text says it so,
        however often jieba has seen it (这座古桥, 该冰川; 长江是中国最长的河流 names a river)."""
        if len(word) == 2 and word[0] in self._localized and word[1] in self._localizers:
            return True  # 河 + 里, 馆 + 里: "in the river", no place's name
        tables = self.vocabulary.entities
        frequency = self._frequency(word)
        # 古桥 = 古橋, 冰川 = 氷川 (ns): UniDic's one proper noun is a family name, no place
        family = match.head_tag == _PLACE_TAG and japanese_family_name(word)
        if not family and (match.head_tag not in _COMMON_NOUN_TAGS or frequency < OFTEN):
            return False
        if self._held_with(word, tables.city_suffixes):
            return False
        if frequency >= EVERYDAY and not family:
            return True
        return self._said_as_common_noun(match, text)

    def _said_as_common_noun(self, match: EntityMatch, text: str) -> bool:
        """Whether the text says the word as a common noun: a measure word or demonstrative
        right before it or before one adjective before it (一道 + 大堤, 一道 + 新 + 大堤,
        这座 + 古桥, 那条 + 长 + 冰川, 该 + 冰川), not the end of another word (知道, 国家,
        大家 + 长江), a numeral or 号 right before it (七一 + 冰川, 一号 + 冰川: a numbered
        feature), or a localizer right after it (平房 + 里)."""
        after = to_simplified(text[match.end : match.end + 1])
        if after in self._localizers:
            return True
        before = text[match.start - 1 : match.start] if match.start else ""
        if before and (before.isdigit() or before in KANJI_NUMERAL_CHARS or before in "号號"):
            return True  # 七一 + 冰川, 一号 + 冰川: a feature numbered, the noun no name alone
        tag = segmenter(self.lexicon).tag
        ends = [match.start]
        if match.start and tag(to_simplified(text[match.start - 1])) in _ADJECTIVE_TAGS:
            ends.append(match.start - 1)  # 一道 + 新 + 大堤
        for end in ends:
            before = to_simplified(text[max(0, end - COMMON_NOUN_REACH) : end])
            if not any(before.endswith(w) for w in self._noun_leads):
                continue
            lead = tag(before) if len(before) > 1 else None
            if lead is None or lead in _COUNTED_TAGS:  # 一座, 那条, 每个 (m, mq, r): a count
                return True
        return False

    def _mostly_transliterated(self, word: str) -> bool:
        """A transliteration with one character of its own usage inside (莎士比亚), not
        a phrase jieba tags as a name (道德风尚, 楚楚可爱: everyday words at either end)."""
        return (
            self.vocabulary.mostly_transliterated(word)
            and not self._common_word(word[:2])
            and not self._common_word(word[-2:])
        )

    def _named_by_rules(self, word: str) -> bool:
        """A word the glossary or the lexicon names, alone, before a suffix of names, or
        before another such name (法国 + 外交部: Japanese reads 法国 as 法 + 国, yet a
        country and its ministry are a body's name)."""
        known = self._known_names()
        if word in known:
            return True
        entities = self.vocabulary.entities
        return any(
            word.endswith(suffix) and word[: -len(suffix)] in known
            for suffix in (*entities.org_suffixes, *entities.place_suffixes)
        ) or any(word[:cut] in known and word[cut:] in known for cut in range(2, len(word) - 1))

    def _everyday_tail(self, word: str) -> bool:
        """An everyday word, not a name: 赛季, and 雷达 (radar), which jieba tags as a
        person's name; 柏林 (nr, as common) is a proper noun to UniDic too."""
        if not self._common_word(word):
            return False
        tag = segmenter(self.lexicon).tag(word) or ""
        if not tag.startswith(("nr", "ns", "nt", "nz")):
            return True
        return all(subtype != PROPER_NOUN for _, subtype in japanese_parts(word))

    def _common_word(self, word: str) -> bool:
        return common_word(word, self.lexicon)

    def _ordinary_given(self, given: str) -> bool:
        """Whether the given name of a native name is an ordinary word (老师 of 王老师),
        not a word of given names' characters jieba knows as a rare one (立新 of 杨立新:
        extract/people.py given_name_word)."""
        tag = segmenter(self.lexicon).tag
        return self._common_word(given) and not given_name_word(
            given, self.rules, tag, self._frequency
        )

    def _known_names(self) -> frozenset[str]:
        return known_names(self.glossary, self.lexicon, self.vocabulary.entities)

    def _level_of_a_dictionary_place(self, bare: str, match: EntityMatch, text: str) -> bool:
        """Whether a place is the lower level of a nested place that jieba's dictionary
        holds as one word, cut into its levels by the tokenizer (新疆阿勒泰地区 = 新疆 +
        阿勒泰地区: tokenizer._nested_places_apart): the dictionary vouches for the whole."""
        if match.entity_type != "place":
            return False
        tag = segmenter(self.lexicon).tag
        for size in range(2, MAX_LEVEL_OPENING + 1):
            opening = to_simplified(text[max(0, match.start - size) : match.start])
            if len(opening) == size and tag(opening) == "ns" and tag(opening + bare) == "ns":
                return True
        return False

    def _stem_outweighs(self, stem: str | None, rest: str) -> bool:
        """Whether a suffixed word reads as its stem and suffix rather than as a character
        before an ordinary word: 广州 + 市, not 广 + 州市, because jieba has met the name
        广州 (5640 times) far more often than the word 州市 (115), as every city in 州
        (杭州市, 郑州市, 温州市); 大 + 城市 stays a phrase (城市 25084, 大城 384)."""
        if stem is None:
            return False
        tag = segmenter(self.lexicon).tag
        return (tag(stem) or "")[:2] in ("ns", "nr", "nt", "nz") and self._frequency(
            stem
        ) > self._frequency(rest)

    def _names_something(self, stem: str) -> bool:
        """Whether the stem of a suffixed word is a name itself (朝阳 of 朝阳区, not 邮政 of
        邮政局)."""
        tag = segmenter(self.lexicon).tag
        return (
            (tag(stem) or "")[:2] in ("ns", "nr", "nt", "nz")
            or self.vocabulary.transliterated(stem)
            or proper_in_japanese(stem)
        )


# characters of the longest title asked for before a name (常务副市长, 国务院总理)
_LONGEST_TITLE = 6
# the suffix of a county (simplified: prepared text is), after one character a name
_COUNTY = "县"
# jieba's tags of names (nr, nrt, ns, nt, nz): a stem of one names the body it opens
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def _cut_before_suffix(word: str, stem: int) -> bool:
    """Whether UniDic, reading the word in Japanese kanji, ends a word where the stem
    ends (東営 + 市, 羽田 + 空港, 大 + 囲 + 站): not 新干线, 新 + 幹線 to UniDic, the
    common noun "shinkansen" with a prefix, though 新干 is no word, nor 轻铁延线, 軽 +
    鉄 + 延線 ("the light rail's extension line")."""
    words = kanji_form_words(word)
    if not words:
        return True  # the forms changed the length: no cut to read
    ends, position = set(), 0
    for surface, _pos in words:
        position += len(surface)
        ends.add(position)
    return stem in ends


def _next_level_of_a_place(surface: str, match: EntityMatch, text: str, suffixes) -> bool:
    """A place name with its suffix right after another one's suffix (深圳市 + 南山区)."""
    before = to_simplified(text[max(0, match.start - 1) : match.start])
    return (
        match.entity_type == "place"
        and before in suffixes
        and any(to_simplified(surface).endswith(s) for s in suffixes)
    )


@cache  # keyed by the rule data itself, so that another rules folder gets its own set
def known_names(glossary, lexicon, entities) -> frozenset[str]:
    """Chinese words the rules vouch for: the lexicon's names and the glossary's terms,
    but not the glossary's generic parts of names (交易所, 中心), which name nothing alone."""
    generic = {*entities.org_suffixes, *entities.place_suffixes}
    return frozenset(
        [to_simplified(word) for word, _ in lexicon]
        + [to_simplified(entry.zh) for entry in glossary if to_simplified(entry.zh) not in generic]
    )

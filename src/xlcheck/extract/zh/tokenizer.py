"""Chinese words: jieba's segmentation, its dictionary, and the repairs its output needs.

The segmenter (segmenters.py: jieba-rs by default, jieba as the reference) and its
dictionary are loaded once per process, on first use. Entity tags come from the cut plus
a look-up in the POS dictionary (jieba's `word_tag_tab`): `jieba.posseg.cut` runs an HMM
over every unknown word and costs about 60 times more.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ...scripts import HYPHENS, han
from ..entities import MAX_COMPOUND_TOKENS, EntityTables, Token
from ..people import (
    COVERB_TAGS,
    FUNCTION_TAGS,
    MAX_GIVEN,
    chinese_person_names,
    coverb_before_a_name,
    japanese_name_end,
)
from ..pieces import bounded_pieces
from .forms import to_simplified
from .segmenters import Segmenter, build_segmenter
from .vocabulary import NAME_DOTS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ...rules.data import RuleTable
    from ...rules.names import NameRules
    from .vocabulary import Vocabulary

# Dictionary frequencies: below RARE a tagged name is doubtful (河中, 3); from RARE on a
# word without a name tag is an ordinary word (白皮, 9), and from EVERYDAY on any word
# is, whatever its tag (哥哥 is "ns", 4,323); names sit below (安娜 973, 布什 708).
RARE = 5
EVERYDAY = 1000
# from OFTEN on, a word of a common tag may be one of the language's own nouns (大堤 514,
# 平房 198) rather than a foreign place the dictionary met in passing (仙台 16, 银座 27):
# one the text says as a common noun is (rules/zh/names.toml common_noun_before/after);
# 外滩 (140) and 西单 stay places
OFTEN = 100

# How often jieba's dictionary must have seen a Chinese word of two country abbreviations
# for it to be an everyday word first (中意 96, 中巴 68, 美德 250, 中欧 226, 中日 1005 as a
# time word) that names the countries only with a relation word or the other country said;
# the pairs themselves are rare entries (中美 3, 中俄 3, 中韩 3, 中泰 5)
PAIR_WORD_SEEN = 10


@cache  # keyed by the rules' lexicon, so that another rules folder gets its own words
def segmenter(lexicon: RuleTable) -> Segmenter:
    """jieba's segmentation with its dictionary and the lexicon's words, and every word's
    frequency and tag. Built once per process and lexicon (a third of a second)."""
    return build_segmenter(lexicon)


class TextTags:
    """The dictionary's tags, and the tags of the names joined from pieces in one text.

    The dictionary is shared by every text of the process (look-ups only); a joined name
    is written here, so that it is one name for the rest of its own text and for no other.
    """

    __slots__ = ("_dictionary", "_joined")

    def __init__(self, dictionary: Callable[[str], str | None]):
        self._dictionary = dictionary
        self._joined: dict[str, str] = {}

    def get(self, word: str, default: str | None = None) -> str | None:
        joined = self._joined.get(word)
        if joined is not None:
            return joined
        found = self._dictionary(word)
        return found if found is not None else default

    def __contains__(self, word: str) -> bool:
        return self._dictionary(word) is not None or word in self._joined

    def setdefault(self, word: str, tag: str) -> str:
        """The word's tag, recorded for this text when neither table has one."""
        found = self.get(word)
        if found is None:
            self._joined[word] = found = tag
        return found

    def name(self, word: str, tag: str) -> None:
        """Tag the word as a name for this text, over the dictionary's tag (村上春树 is
        an 'n' to jieba)."""
        self._joined[word] = tag


def tokens(
    text: str,
    vocabulary: Vocabulary,
    lexicon: RuleTable,
    name_rules: NameRules,
    unidic: UniDicReadings,
) -> list[Token]:
    """jieba tokens with their dictionary POS tag ('oov' for words jieba invented)."""
    words = segmenter(lexicon)
    # names joined from pieces are tagged for this text only: recorded in the shared
    # table, they made a later text's tokens depend on what the process read before it
    tags = TextTags(words.tag)
    result = []
    position = 0
    # in bounded pieces: jieba's HMM is quadratic on a long run without a break

    def japanese_name(piece: str, at: int, loose: bool = False) -> int | None:
        return japanese_name_end(piece, at, name_rules, unidic.words, tags.get, loose)

    def everyday(word: str) -> bool:
        return common_word(word, lexicon)

    pieces = (
        word
        for piece in bounded_pieces(text)
        for part in vocabulary.regnal_parts(piece)
        for word in _cut_around_japanese_names(part, words.cut, japanese_name, tags, everyday)
    )
    pieces = _names_before_conjunctions(list(pieces), tags, vocabulary)
    split = _split_conjunctions(pieces, tags, vocabulary.conjunctions, name_rules, words.frequency)
    split = _unglued_names(list(split), tags, words.frequency_of)
    split = _coverbs_unglued(split, tags, vocabulary.transliterated)
    if name_rules.role_suffixes:
        split = _role_suffixes_unglued(list(split), tags, name_rules)
    split = _places_before_titles(split, tags, name_rules.titles.get("zh", ()))
    split = _suffixes_glued_to_titles(
        list(split), tags, vocabulary.place_suffix_characters, name_rules.titles.get("zh", ())
    )
    split = _bodies_glued_to_titles(
        split, tags, vocabulary.entities.org_suffixes, name_rules.titles.get("zh", ())
    )
    split = _peoples_apart(split, tags, vocabulary.entities.people_suffixes)
    split = _place_suffixes_unglued(split, tags, vocabulary.place_suffix_characters)
    split = _places_cut_before_their_suffix(list(split), tags, vocabulary.place_suffix_characters)
    split = list(_nested_places_apart(split, tags, vocabulary))
    if _ANY_DOT.search(text):  # without a name's dot, no word changes there
        split = _dotted_names(split, tags, vocabulary.transliterated)
    if _ANY_HYPHEN.search(text):
        split = _hyphenated_first_names(split, tags, vocabulary.transliterated)
    split = _countries_unglued(
        split, tags, name_rules.places, vocabulary.transliterated, words.frequency
    )
    joined = _join_transliterations(
        split, tags, vocabulary.transliterated, name_rules.places, words.frequency
    )
    for word in joined:
        tag = tags.get(word)
        if tag is None and word.isascii() and any(ch.isalpha() for ch in word):
            tag = "eng"
        elif tag is None and han(word):
            tag = "oov"  # a word jieba's HMM made up: may sit inside a name
        if result and result[-1].tag == "v" and word in _ASPECT_PARTICLES:
            result[-1] = replace(result[-1], inflected=True)
        result.append(Token(word, position, position + len(word), tag))
        position += len(word)
    heads = _organisation_heads(_names_used_as_verbs(result), vocabulary.entities, words.frequency)
    # (each asked only of a text that holds an opening or a company's kind: few do)
    if any(opening in text for opening in vocabulary.state_body_openings):
        heads = _state_bodies(heads, vocabulary)
    if any(kind in text for kind in name_rules.company_suffixes) or any(
        token.text in name_rules.companies for token in heads
    ):
        heads = _companies_by_their_kind(heads, name_rules)
    people = chinese_person_names(
        heads,
        vocabulary.transliterated,
        lambda word: common_word(word, lexicon),
        tags.get,
        name_rules,
        unidic.personal_name,
        words.frequency,
    )
    chars = vocabulary.transliteration_chars
    return _pieces_of_unread_words(_long_transliterations(people, chars), chars)


_ASPECT_PARTICLES = frozenset("了着过")  # after a verb: 下台了, 看着, 去过


def _names_used_as_verbs(tokens: list[Token]) -> list[Token]:
    """A word jieba's dictionary holds as a place, then 了 and what was done (新建 + 了 +
    一座, 新开 + 了 + 三家店): a verb here, though 新建 is also a county; marked inflected,
    so that it is no name. Not after a word that opens a place (在东京, 到北京), not 过 (东京
    + 过 + 一个周末: the verb "spend" after the place), not a person (王明 + 过两天), and
    not before a sentence's closing 了 (他到北京了): the particle must open an object (a
    numeral, a measure word or a noun)."""
    for index in range(1, len(tokens) - 1):
        word, particle, after = tokens[index - 1], tokens[index], tokens[index + 1]
        before = tokens[index - 2].tag if index >= 2 else None
        if (
            particle.text == _PERFECTIVE
            and (word.tag or "").startswith("ns")
            and len(word.text) >= 2
            and word.end == particle.start
            and particle.end == after.start
            and after.tag in _OBJECT_TAGS
            and before not in _OPENING_A_PLACE
        ) or _verb_before_its_coverb(word, particle):
            tokens[index - 1] = replace(word, inflected=True)
    return tokens


def _verb_before_its_coverb(word: Token, particle: Token) -> bool:
    """A word jieba's dictionary holds as a verb, right before 于/於 (寄居 + 于 + 叔父家,
    a verb and where it happens): a verb here, though UniDic reads 寄居 as a town. Not a
    word jieba holds as a place (东京 + 于 + 1964年 is the city, the subject)."""
    return (
        word.tag == "v"
        and len(word.text) >= 2
        and word.end == particle.start
        and particle.text in _COVERBS_AFTER_A_VERB
    )


_PERFECTIVE = "了"
_COVERBS_AFTER_A_VERB = frozenset("于於")
# jieba's tags of the words after which a place stands (在, 从, 于: p; 到, 去, 来: v)
_OPENING_A_PLACE = frozenset({"p", "v"})
# jieba's numerals, measure words and common nouns (not a name: 见过李四, 到过北京)
_OBJECT_TAGS = frozenset({"m", "mq", "q", "n", "ng", "nz", "vn"})


class UniDicReadings(NamedTuple):
    """What UniDic reads in Chinese text's Japanese kanji forms (zh/names.py, which reads
    this module's dictionary, passes them in): its words as (surface, part of speech), and
    whether a word is one personal name."""

    words: Callable[[str], tuple[tuple[str, str], ...]]
    personal_name: Callable[[str], bool]


def _cut_around_japanese_names(
    piece: str,
    cut: Callable[[str], list[str]],
    name_end: Callable[[str, int], int | None],
    tags: TextTags,
    everyday: Callable[[str], bool] = lambda word: False,
) -> list[str]:
    """jieba's words, with each Japanese full name made one word tagged as a name (大谷 +
    翔平, 中村步 + 美, 加藤 + 惠在 + 福冈), and the text after such a name cut again
    without it (在 + 福冈). A name opens where a word opens. A given name that opens an
    everyday word of jieba's (宣 of 宣布 after 本田, 丰田: UniDic's given name Sen) is no
    given name: the company or the family name, then a verb."""
    words = cut(piece)
    result: list[str] = []
    position = 0
    index = 0
    while index < len(words):
        end = name_end(piece, position, _unread_run(words, index, tags, everyday))
        if end is not None and _ends_inside_an_everyday_word(words, index, position, end, everyday):
            end = None
        if end is None:
            result.append(words[index])
            position += len(words[index])
            index += 1
            continue
        end = _given_name_word_end(words, index, position, end, tags)
        name = piece[position:end]
        tags.name(name, "nr")  # 前田敦子 unknown to jieba, 村上春树 an 'n' to it
        result.append(name)
        position, index = end, 0
        words = cut(piece[end:])
    return result


def _unread_run(
    words: list[str], index: int, tags: TextTags, everyday: Callable[[str], bool] = lambda w: False
) -> bool:
    """Whether jieba cut the text from `index`, for as many characters as a family name and
    a given name of two each take, into single Han characters, words its HMM made up and
    names of two characters (是 + 枝裕 + 和, 丰岛 + 将 + 之: no other word of its
    dictionary), where a Japanese name may stand that no rule lists. Not a place jieba
    has seen so often it is an everyday word (山东 + 寿光: the province and its city,
    though UniDic reads 山東 as a family name and 寿光 as a given one)."""
    length = 0
    for word in words[index:]:
        tag = tags.get(word) if len(word) > 1 else None
        if not han(word) or len(word) > (3 if tag is None else 2):
            return False  # (今川义 + 元: a word of three its HMM made up)
        if tag is not None and tag[:2] not in ("nr", "ns"):
            return False
        if tag is not None and tag.startswith("ns") and everyday(word):
            return False
        length += len(word)
        if length >= LOOSE_NAME_CHARACTERS:
            return True
    return False


LOOSE_NAME_CHARACTERS = 4


def _ends_inside_an_everyday_word(words, index, position, end, everyday) -> bool:
    """Whether the name that opens at `position` ends inside a word of jieba's that is an
    everyday word (本田 + 宣|布: UniDic's given name 宣 is the first character of 宣布)."""
    start = position
    for word in words[index:]:
        stop = start + len(word)
        if start < end < stop:
            return everyday(word)
        if stop >= end:
            return False
        start = stop
    return False


def _given_name_word_end(words, index, position, end, tags) -> int:
    """Where the name ends when jieba's word for its given name goes on one character
    past UniDic's (石川 + 佳纯, UniDic's 佳 + 純): at the end of that word, unless the
    character is a verb or a particle (加藤 + 惠在: 惠 and 在)."""
    start = position + len(words[index])
    if index + 1 >= len(words) or start >= end:
        return end
    word = words[index + 1]
    extra = start + len(word) - end
    last = word[-1:]
    if extra == 1 and len(word) <= MAX_GIVEN and (tags.get(last) or "") not in FUNCTION_TAGS:
        return end + 1
    return end


def _long_transliterations(tokens: list[Token], chars: frozenset[str]) -> list[Token]:
    """A long transliteration jieba's HMM cut in two: a word it made up that opens on a
    transliteration character, right before a transliterated name of three characters or
    more that it knows (陀思妥 + 耶夫斯基 nrt, Dostoevsky): one name, read from that
    construction (思 and 妥 are no characters of the table)."""
    result: list[Token] = []
    for token in tokens:
        before = result[-1] if result else None
        if (
            before is not None
            and before.tag == "oov"
            and before.end == token.start
            and len(before.text) >= MIN_OPENING
            and before.text[0] in chars
            and token.tag == "nrt"
            and len(token.text) >= MIN_LONG_TAIL
            and all(ch in chars for ch in token.text)
        ):
            result[-1] = Token(before.text + token.text, before.start, token.end, CONSTRUED)
            continue
        result.append(token)
    return result


MIN_OPENING, MIN_LONG_TAIL = 2, 3  # characters of the two pieces of a long transliteration
# the tag of a name read from its construction, a person whatever its characters
# (extract/zh/construed.py, rules/zh/names.toml)
CONSTRUED = "nrc"


def _pieces_of_unread_words(tokens: list[Token], chars: frozenset[str]) -> list[Token]:
    """A transliteration glued to a word jieba made up over transliteration characters is
    a piece of a name it could not read (小皮 + 奎特 of 小皮奎特, Piquet Jr.): no name of
    its own, to be matched or paired with another."""
    result = list(tokens)
    for index, token in enumerate(tokens):
        if not (token.tag or "").startswith("nr") or not all(ch in chars for ch in token.text):
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            before is not None
            and before.tag == "oov"
            and before.end == token.start
            and before.text[-1] in chars
        ) or (
            after is not None
            and after.tag == "oov"
            and after.start == token.end
            and after.text[0] in chars
        ):
            result[index] = Token(token.text, token.start, token.end, None)
    return result


def common_word(word: str, lexicon: RuleTable) -> bool:
    """Whether jieba's dictionary has the word as an ordinary (not a name) word."""
    words = segmenter(lexicon)
    frequency = words.frequency(word) or 0
    tag = words.tag(word) or ""
    return len(word) >= 2 and (
        frequency >= EVERYDAY
        or (frequency >= RARE and not tag.startswith(("nr", "ns", "nt", "nz")))
    )


def _organisation_heads(
    tokens: list[Token], entities: EntityTables, frequency: Callable[[str], int | None]
) -> list[Token]:
    """An uncommon noun that opens an organisation's name is its name: 万向 in
    万向 + 区块链 + 实验室 (jieba knows 万向 only as "universal", as in 万向节).

    The noun must be rarer than everyday words, and at least one noun must stand
    between it and the organisation word that closes the name (so 化学实验室 stays a
    laboratory of chemistry).
    """
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.tag != "n" or len(token.text) < 2 or token.text in entities.org_suffixes:
            continue
        if (frequency(token.text) or 0) >= EVERYDAY:
            continue
        end = index
        for ahead in range(index + 1, min(len(tokens), index + 1 + MAX_COMPOUND_TOKENS)):
            follower = tokens[ahead]
            if follower.start != tokens[ahead - 1].end or follower.tag not in entities.joiners:
                break
            if follower.text in entities.org_suffixes:
                end = ahead
                break
        if end > index + 1:
            result[index] = Token(token.text, token.start, token.end, "nz")
    return result


def _companies_by_their_kind(tokens: list[Token], name_rules: NameRules) -> list[Token]:
    """A company the rules name, right before a word of its kind (松下 + 集团, 吉利 + 公司)
    or in one word with it (松下公司), tagged as an organisation: jieba's dictionary holds
    松下 and 吉利 as common words (a pine's shade, "lucky"), which name the company only
    so."""
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.tag not in _COMMON_WORD_TAGS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        kind_after = (
            after is not None
            and after.start == token.end
            and after.text in name_rules.company_suffixes
            and token.text in name_rules.companies
        )
        # 松下公司: one word of jieba's dictionary, the company and its kind
        kind_inside = any(
            token.text.endswith(suffix) and token.text[: -len(suffix)] in name_rules.companies
            for suffix in name_rules.company_suffixes
        )
        if kind_after or kind_inside or _company_acting(tokens, index, name_rules):
            result[index] = replace(token, tag="nt")
    return result


def _company_acting(tokens: list[Token], index: int, name_rules: NameRules) -> bool:
    """Whether a company the rules name, a common word to jieba (小米 n, 联想 v), is said
    as a company: right before what a company does (小米 + 发布, 联想 + 宣布) or before
    的 and a word of its business (小米 + 的 + 股价), after no word it would be part of
    (喝 + 小米: the grain). The rules' company_acts and company_cues."""
    token = tokens[index]
    if token.text not in name_rules.companies:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.end == token.start and (before.tag or "").startswith(
        _COMPOUNDING_TAGS
    ):
        return False  # 喝 + 小米, 黄 + 小米: a word said of the grain
    following = [t.text for t in tokens[index + 1 : index + 3]]
    if following[:1] and following[0] in name_rules.company_acts:
        return True
    return (
        len(following) == 2
        and following[0] == "的"
        and following[1] in name_rules.company_cues.get("zh", ())
    )


# jieba's tags of a word before a company's name that makes the name a common word's
# part or object (喝 v + 小米, 黄 a + 小米, 一斤 m + 小米); a time word, a conjunction,
# an adverb or a preposition before it leaves the name the subject (昨天 + 小米 + 发布)
_COMPOUNDING_TAGS = ("v", "n", "a", "m", "q")


# jieba's tags of common words a company's name may be (松下 n, 吉利 a)
_COMMON_WORD_TAGS = frozenset({"n", "a", "an", "v", "vn", "nz"})


def _state_bodies(tokens: list[Token], vocabulary: Vocabulary) -> list[Token]:
    """The name of a body of a state said in common words, as one organisation's word
    (jieba's nt): an opening of state_body_openings (国家, 中央), one to four nouns, and a
    word that ends in a body's suffix (国家 + 市场 + 监督管理 + 总局, 国家 + 统计局 of a
    cut that left it apart). extract/zh/names.py reads it as a body by its ending, a weak
    name: matched when the translation renders it, reported when a vague reference or
    another body stands in its place."""
    endings = (*vocabulary.entities.org_suffixes, *vocabulary.state_body_endings)
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = None
        if token.text in vocabulary.state_body_openings:
            for ahead in range(index + 1, min(len(tokens), index + 1 + _STATE_BODY_WORDS)):
                follower = tokens[ahead]
                if follower.start != tokens[ahead - 1].end or follower.tag not in _BODY_WORD_TAGS:
                    break
                if follower.text.endswith(endings):
                    end = ahead
                    break
        if end is None:
            result.append(token)
            index += 1
            continue
        last = tokens[end]
        text = "".join(t.text for t in tokens[index : end + 1])
        result.append(Token(text, token.start, last.end, "nt"))
        index = end + 1
    return result


# words after the opening of a body's name, its suffix's word among them (国家 + 市场 +
# 监督管理 + 总局), and their tags: nouns, verbal nouns (监督管理 vn), names of no kind
_STATE_BODY_WORDS = 5
_BODY_WORD_TAGS = frozenset({"n", "vn", "nt", "nz", "j"})


def _countries_unglued(
    words, tags: TextTags, countries, transliterated, frequency
) -> Iterator[str]:
    """A country glued by jieba to the transliterated name after it (捷克科林, a word its
    HMM made up; 法国巴黎, one it has seen thrice): the country and the place in it, two
    names, the second tagged as a transliterated name for this text where the dictionary
    has no tag for it. The country is one the rules name or a place the dictionary has
    seen often; the word is one it has seen rarely or never (巴西利亚, 印度尼西亚: one
    name each), and the rest a transliteration (not 美国运通, a company)."""
    for word in words:
        seen = frequency(word) or 0
        if len(word) < 4 or seen >= RARE:
            yield word
            continue
        country = next(
            (
                word[:cut]
                for cut in range(len(word) - MIN_PLACE_AFTER_COUNTRY, 1, -1)
                if _a_country(word[:cut], tags, countries, frequency)
            ),
            None,
        )
        rest = word[len(country) :] if country else ""
        # a word of the dictionary splits only before a place it knows (法国 + 巴黎), not
        # before a currency or another name (丹麦克朗, 古巴比伦)
        known_place = (tags.get(rest) or "").startswith("ns")
        if country and transliterated(rest) and (not seen or known_place):
            tags.setdefault(rest, "nrt")
            yield country
            yield rest
        else:
            yield word


# how often jieba's dictionary has seen a place that may open a word it glued (捷克 702,
# 法国 11361): a country or a great city, no piece of a longer name (马来 is nr, 557)
COUNTRY_SEEN = 500
MIN_PLACE_AFTER_COUNTRY = 2  # characters: 捷克 + 科林, not 法国 + 人


def _join_transliterations(words, tags, transliterated, countries=frozenset(), frequency=None):
    """迪罗里·帕塔维 and 贝克斯特伦 come out of jieba in pieces: join runs of
    transliteration characters (and the middle dot) that hold a name tag or an unknown
    word into one name. A country the rules name ends a run (哈萨克斯坦 | 阿斯塔纳: a
    country, then a place in it), and so does a place of the dictionary before another
    name it knows (捷克 | 布拉格, 波兰 | 华沙: see `_place_then_name`)."""
    run: list[str] = []
    after_place = False  # the run follows a country that ended the run before it
    for word in (*words, None):  # None flushes the last run
        if (
            word is not None
            and transliterated(word)
            and not _everyday_common_word(word, tags, frequency)
        ):
            if run and _place_then_name(run[-1], word, tags, countries, frequency):
                yield from _join_run(run, tags)
                run = []
                after_place = False
            run.append(word)
            if _a_country(word, tags, countries, frequency):
                yield from _join_run(run[:-1], tags)
                yield word
                run = []
                after_place = True
            continue
        if (
            after_place
            and len(run) == 1
            and len(run[0]) >= 2
            and not (tags.get(run[0]) or "").startswith(("nr", "ns"))
        ):
            tags.name(run[0], "nrt")  # 捷克 + 科林: a place in the country, a name
        after_place = False
        if len(run) > 1 and _name_and_verb(run[-2], run[-1], tags):
            yield from _join_run(run[:-1], tags)  # 福冈 + 开(了): a place, then a verb
            run = run[-1:]
        if len(run) > 1 and frequency is not None and _word_and_a_coverb(
            run[-2] + run[-1], tags, frequency, len(run[-2]), word or ""
        ):
            yield from _join_run(run[:-1], tags)  # 索道 + 因(大风): a word, then "because"
            run = run[-1:]
        if len(run) > 1 and _coverb_and_name(run[0], run[1], tags):
            yield run[0]  # 比 + 尼康, 比 + 马克: "than", then a name
            run = run[1:]
        yield from _join_run(run, tags)
        run = []
        if word is not None:
            yield word


def _everyday_common_word(word: str, tags, frequency) -> bool:
    """A word of two characters or more jieba's dictionary holds as an everyday word of
    no name's tag (比赛 vn, "a match"; 比利 is nr): no piece of a name, though each of its
    characters transliterates (马拉松 + 比赛 is a marathon race, not one name)."""
    return (
        frequency is not None
        and len(word) >= 2
        and not (tags.get(word) or "").startswith(_NAME_TAGS)
        and (frequency(word) or 0) >= EVERYDAY
    )


def _a_country(word: str, tags, countries, frequency) -> bool:
    """A country the rules name, or a place jieba's dictionary has seen often (捷克 702,
    法国 11361: a country or a great city): it ends a run of transliteration characters
    (捷克 | 科林) and opens no longer name jieba glued to it (捷克科林)."""
    return word in countries or (
        frequency is not None
        and (tags.get(word) or "").startswith("ns")
        and (frequency(word) or 0) >= COUNTRY_SEEN
    )


def _place_then_name(place: str, word: str, tags, countries, frequency) -> bool:
    """A place jieba's dictionary knows (ns; or a country of the rules, whatever jieba tags
    it: 沙特 is nr to it), then a name it knows of two characters or more, each seen more
    than rarely: two names, the place and a city in it (捷克 + 布拉格, 波兰 + 华沙, 沙特 +
    吉达), not one person. Pieces of one name are seldom both names of the dictionary
    (斯托尔 + 滕 + 贝格: 滕 is one character)."""
    if frequency is None or len(place) < 2 or len(word) < 2:
        return False
    if place not in countries and not (tags.get(place) or "").startswith("ns"):
        return False
    return (tags.get(word) or "").startswith(("nr", "ns")) and all(
        (frequency(w) or 0) >= RARE for w in (place, word)
    )


def _join_run(run: list[str], tags) -> list[str]:
    """The run as one name, or as its words when it is no name."""
    if len(run) < 2:
        return run  # nothing to join (most runs: a word that transliterates nothing)
    named = any((tags.get(w) or "").startswith(("nr", "ns")) or w not in tags for w in run)
    # two names the dictionary knows are two people (汤姆 + 比 + 玛丽), not one; unless
    # nothing but name characters stands between them (斯托尔 + 滕 + 贝格: one name the
    # dictionary knows in pieces)
    known = sum(len(w) > 1 and (tags.get(w) or "").startswith("nr") for w in run)
    linked = any(
        len(w) == 1 and w in tags and not (tags.get(w) or "").startswith(("nr", "ns")) for w in run
    )
    joined = "".join(run)
    if named and (known < 2 or not linked) and len(joined.replace("·", "")) >= 3:
        tags.setdefault(joined, "nrt")
        return [joined]
    return run


def _name_and_verb(name: str, last: str, tags) -> bool:
    """A place or person the dictionary knows, then a one-character verb at the end of
    the run (福冈 + 开 of 在福冈开了一家店, 罗马 + 来): a name and what it does, though
    all of its characters transliterate."""
    return (
        len(name) > 1
        and (tags.get(name) or "").startswith(("ns", "nr"))
        and len(last) == 1
        and tags.get(last) == "v"
    )


def _coverb_and_name(first: str, name: str, tags) -> bool:
    """A preposition or conjunction of one character at the start of the run, then a name
    the dictionary knows (比 + 尼康 of 对焦比尼康快, 比 + 索尼, 比 + 马克高): the word before
    the name, though its character transliterates too (比利时 is one word to jieba)."""
    return (
        len(first) == 1
        and tags.get(first) in COVERB_TAGS
        and len(name) > 1
        and (tags.get(name) or "").startswith(_NAME_TAGS)
    )


_NAME_TAGS = ("nr", "ns", "nt", "nz")


def _dotted_names(words, tags, transliterated):
    """约翰·格兰特, 莫萨克·冯塞卡, 马里奥·拉缪: a middle dot between two pieces of names
    makes one name, even when jieba knows both pieces as names of their own (two names
    side by side are two people; two names around a dot are one).

    jieba glues the dot to either piece (马里奥·, ·格兰特) or leaves it alone, with or
    without spaces around it; a place it knows before the name stays apart (巴拿马 +
    莫萨克·冯塞卡).
    """
    words = [piece for word in words for piece in _dot_apart(word)]

    def piece(word: str) -> bool:  # a piece of a name: jieba's name, its guess, or a run
        tag = tags.get(word)
        return bool(word.strip()) and (
            transliterated(word)
            or (tag or "").startswith(("nr", "ns"))
            or (tag is None and han(word))
        )

    result: list[str] = []
    index = 0
    while index < len(words):
        dot = _dot_at(words, index)
        if dot is None or not result or not piece(result[-1]) or not piece(words[dot[1]]):
            result.append(words[index])
            index += 1
            continue
        start = len(result) - 1  # the pieces before the dot, back to a known place
        while start > 0 and transliterated(result[start - 1]) and result[start - 1].strip():
            start -= 1
        if start > 0 and _surname_cut_off(result[start - 1], tags):
            start -= 1  # 麻 + 赫穆德·喀什噶里: jieba took the name's first sound for a surname
        while start < len(result) - 1 and (tags.get(result[start]) or "").startswith("ns"):
            start += 1
        name = "".join(result[start:]) + "".join(words[index : dot[1]])
        index = dot[1]
        while True:  # the pieces after the dot, and further dotted parts
            kept, rest = _name_piece(words[index], tags, transliterated)
            name += kept
            index += 1
            if rest:  # 史翠普 + 共获: the verb jieba's guess glued on is no part of it
                words.insert(index, rest)
            while index < len(words) and transliterated(words[index]) and words[index].strip():
                name += words[index]
                index += 1
            following = _dot_at(words, index)
            if following is None or not piece(words[following[1]]):
                break
            name += "".join(words[index : following[1]])
            index = following[1]
        del result[start:]
        tags.setdefault(name, "nrt")
        result.append(name)
    return result


_ANY_DOT = re.compile(f"[{NAME_DOTS}]")
_ANY_HYPHEN = re.compile(f"[{HYPHENS}]")  # a hyphenated first name's (让-吕克·马丁)
_LONGEST_NAME_PIECE = 4  # transliteration characters of one piece: 弗朗索瓦


def _dotted(word: str) -> bool:
    return _ANY_DOT.search(word) is not None


def _hyphenated_first_names(words: list[str], tags, transliterated) -> list[str]:
    """让 + - + 吕克·马丁 (Jean-Luc Martin): a piece of transliteration characters and a
    hyphen right before a dotted person's name are the first half of its hyphenated first
    name, one name with it (jieba reads 让 as the verb "let", and the name began at 吕克);
    and after a dotted person's name, the second half of a hyphenated family name (蒂姆·
    伯纳斯 + - + 李, Berners-Lee). Two names a hyphen sets against each other, undotted
    (德约科维奇-纳达尔, a final's two players), stay two."""

    def piece(word: str, named: bool = False) -> bool:  # named: a name's tag will do (李)
        return bool(word) and han(word) and len(word) <= _LONGEST_NAME_PIECE and (
            transliterated(word) or (named and (tags.get(word) or "").startswith("nr"))
        )

    def person(word: str) -> bool:
        return (tags.get(word) or "").startswith("nr") and transliterated(word)

    result: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        before = result[-1] if result else ""
        if len(word) == 1 and word in HYPHENS and before and (
            (piece(before) and person(following) and _dotted(following))
            or (person(before) and _dotted(before) and piece(following, named=True))
        ):
            name = before + word + following
            tags.setdefault(name, "nrt")
            result[-1] = name
            index += 2
            continue
        result.append(word)
        index += 1
    return result


# jieba's tags of a character that ends no name piece: a verb, an adverb, a preposition,
# a conjunction, a particle (共 + 获, 曾 + 在, 说)
_NOT_A_NAME_END = ("v", "d", "p", "c", "u", "y")


def _surname_cut_off(word: str, tags) -> bool:
    """Whether a word right before a dotted name's first piece is one character jieba tags
    as a person's (麻 of 麻 + 赫穆德·喀什噶里, 木 of 木 + 沙·伊本): the name's first sound,
    which it took for a family name. A Chinese name is never dotted, so no family name
    stands before one."""
    return len(word) == 1 and han(word) and (tags.get(word) or "") in ("nr", "nrt", "nrfg")


def _name_piece(word: str, tags, transliterated) -> tuple[str, str]:
    """A piece after a name's dot that jieba guessed with the words after it (梅莉·史翠普共获
    三次: 史翠普 + 共获): an unknown word, not all transliteration characters, loses the
    characters at its end that are a verb, an adverb or a particle of their own and no
    transliteration character, down to two characters."""
    if len(word) <= 2 or tags.get(word) is not None or transliterated(word) or not han(word):
        return word, ""
    end = len(word)
    while end > 2:
        last = word[end - 1]
        if transliterated(last) or not (tags.get(last) or "").startswith(_NOT_A_NAME_END):
            break
        end -= 1
    return word[:end], word[end:]


def _dot_apart(word: str):
    """马里奥· -> 马里奥 + ·, ·格兰特 -> · + 格兰特."""
    if len(word) > 1 and word[-1] in NAME_DOTS:
        yield from (word[:-1], word[-1])
    elif len(word) > 1 and word[0] in NAME_DOTS:
        yield from (word[0], word[1:])
    else:
        yield word


def _dot_at(words: list[str], index: int) -> tuple[int, int] | None:
    """(dot, next piece) when words[index] opens a dot, with a space on either side of it
    or not (one blank token at most: a long run of blanks is no name's dot, and looking
    across it from every position would take quadratic time)."""
    at = index + 1 if index + 1 < len(words) and _blank(words[index]) else index
    if at >= len(words) or words[at] not in NAME_DOTS:
        return None
    after = at + 2 if at + 2 < len(words) and _blank(words[at + 1]) else at + 1
    return (at, after) if after < len(words) else None


def _blank(word: str) -> bool:
    return len(word) <= MAX_DOT_SPACES and word.isspace()


MAX_DOT_SPACES = 2  # spaces around a name's dot (约翰 · 里德)


def _unglued_names(words: list[str], tags: TextTags, frequency) -> list[str]:
    """jieba reads a name and the first character of the next word as a longer name (汤姆生
    + 气 of 汤姆生气, Thomson + air): when that character and the next word make a word
    the dictionary holds more often than the long name (生气 "angry", 生病 "fall ill") and
    the name without it is a name, the name ends before it."""
    result = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        shorter = word[:-1]
        if (
            len(word) >= 3
            and following
            and (tags.get(word) or "").startswith("nr")
            and (tags.get(shorter) or "").startswith("nr")
            and frequency(word[-1] + following) >= max(RARE, frequency(word))
        ):
            result.append(shorter)
            words[index + 1] = word[-1] + following
        else:
            result.append(word)
    return result


def _coverbs_unglued(words, tags: TextTags, transliterated) -> Iterator[str]:
    """jieba's HMM glues a preposition to the transliterated name before it (内马尔 + 向 of
    内马尔向医院捐款, 卡洛斯 + 在): a word it made up, of a name written in transliteration
    characters and one character the dictionary tags a preposition, is the two."""
    for word in words:
        stem = word[:-1]
        if (
            len(word) >= 3
            and tags.get(word[-1]) == PREPOSITION_TAG
            and word not in tags
            and han(word)
            and transliterated(to_simplified(stem))
        ):
            yield stem
            yield word[-1]
        else:
            yield word


PREPOSITION_TAG = "p"  # jieba's tag of a preposition (向, 在, 对, 给, 从, 离)


def _role_suffixes_unglued(words: list[str], tags: TextTags, name_rules) -> list[str]:
    """jieba's HMM glues the suffix of a role its dictionary lacks to the family name after
    it (快递 + 员钱 + 卫东 of 快递员钱卫东, a courier named 钱卫东): a word it made up of a
    role's suffix (员, 师, 家: `role_suffixes`) and a family name, after a word of two Han
    characters or more and before one or two more, is the role's end and the family name:
    快递员 + 钱 + 卫东."""
    result: list[str] = []
    for index, word in enumerate(words):
        before = result[-1] if result else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if (
            len(word) == 2
            and word not in tags
            and to_simplified(word[0]) in name_rules.role_suffixes
            and word[1] in name_rules.surnames
            and len(before) >= 2
            and han(before)
            and not (tags.get(before) or "").startswith(_NAME_TAGS)
            and 1 <= len(after) <= 2
            and han(after)
        ):
            result[-1] = before + word[0]
            tags.name(result[-1], "n")
            result.append(word[1])
        else:
            result.append(word)
    return result


def _places_before_titles(words, tags: TextTags, titles: tuple[str, ...]):
    """jieba's dictionary holds a few countries with a title as one name (德国总理 nr):
    a place and a title, the title outside the name that follows."""
    for word in words:
        if not word.endswith(titles):  # one call for all titles: most words end in none
            yield word
            continue
        title = next((t for t in titles if word.endswith(t) and len(word) > len(t)), None)
        if title and tags.get(word[: -len(title)]) == "ns":
            yield word[: -len(title)]
            yield title
        else:
            yield word


# the words before a place suffix that may make up its stem (大 + 分 + 县知事: 大分县)
_STEM_WORDS = 3


def _suffixes_glued_to_titles(
    words: list[str], tags: TextTags, suffixes: frozenset[str], titles: tuple[str, ...]
) -> list[str]:
    """jieba's dictionary holds an old title with a place suffix before it (县知事, a
    county magistrate): after the words of a place the dictionary or the lexicon holds
    with that suffix (宫城 + 县知事, 大 + 分 + 县知事: 宫城县, 大分县 ns), the place and
    the title (知事, the governor of a Japanese prefecture)."""
    result: list[str] = []
    for word in words:
        rest = word[1:]
        if len(rest) >= 2 and word[0] in suffixes and rest in titles and tags.get(word) != "ns":
            for count in range(1, min(_STEM_WORDS, len(result)) + 1):
                place = "".join(result[-count:]) + word[0]
                if tags.get(place) == "ns":
                    del result[-count:]
                    result += [place, rest]
                    break
            else:
                result.append(word)
        else:
            result.append(word)
    return result


def _bodies_glued_to_titles(
    words: list[str], tags: TextTags, suffixes: tuple[str, ...], titles: tuple[str, ...]
) -> list[str]:
    """jieba's dictionary holds a body's kind with the title of who heads it (协会主席,
    公司总裁, 集团董事长): the kind, which ends the body's name (上海市陶瓷 + 协会), and the
    title, two words; where the dictionary holds the body whole with the word before (中国 +
    银行 = 中国银行 nt), that body (its own name, not one 中国 opens). Suffixes of two
    characters or more only (not 局长, 部长: titles of their own)."""
    result: list[str] = []
    for word in words:
        if not word.endswith(titles):  # one call for all titles: most words end in none
            result.append(word)
            continue
        suffix = next(
            (x for x in suffixes if len(x) > 1 and word[len(x) :] in titles and word.startswith(x)),
            None,
        )
        if suffix is None:
            result.append(word)
        elif result and tags.get(result[-1] + suffix) == "nt":
            result[-1] += suffix  # 中国 + 银行行长: 中国银行 + 行长
            result.append(word[len(suffix) :])
        else:
            result += [suffix, word[len(suffix) :]]
    return result


def _peoples_apart(words, tags: TextTags, suffixes: tuple[str, ...]):
    """jieba's dictionary holds the people of many a place as one word (法国人 n, 乌拉圭人
    nr): a place the dictionary knows and a people's suffix (`suffixes`: 人), the place a
    name as it is in 法国 + 的 + 人 and in Japanese フランス + 人."""
    for word in words:
        suffix = next((s for s in suffixes if word.endswith(s) and len(word) > len(s)), None)
        if suffix and tags.get(word[: -len(suffix)]) == "ns":
            yield word[: -len(suffix)]
            yield suffix
        else:
            yield word


def _place_suffixes_unglued(words, tags: TextTags, suffixes: frozenset[str]):
    """jieba's HMM glues the suffix of a place it does not know to the next word's first
    character (板桥 + 区开 + 了, 中正 + 區開): a word it made up that opens on a place
    suffix, after a word of two Han characters or more, is the suffix and the rest."""
    previous = ""
    for word in words:
        if (
            len(word) >= 2
            and word[0] in suffixes
            and len(previous) >= 2
            and tags.get(word) is None
            and han(word)
            and han(previous)
        ):
            yield word[0]
            yield word[1:]
        else:
            yield word
        previous = word


def _places_cut_before_their_suffix(words: list[str], tags: TextTags, suffixes: frozenset[str]):
    """jieba cuts a place of two characters whose first is a frequent word before a common
    word of its second and a place suffix (中 + 山区 "mountain area" of 中山区, Zhongshan
    District): when the character and the first of that word make a place the dictionary
    holds (中山 ns), the place and its suffix are the words."""
    result: list[str] = []
    for word in words:
        previous = result[-1] if result else ""
        if (
            len(word) == 2
            and word[1] in suffixes
            and len(previous) == 1
            and han(previous + word)
            and tags.get(previous + word[0]) == "ns"
        ):
            result[-1] = previous + word[0]
            result.append(word[1])
        else:
            result.append(word)
    return result


# characters of a level's stem before its suffix (阿勒泰 + 地区, 浦东 + 新区)
MIN_LEVEL_STEM = 2


def _nested_places_apart(words, tags: TextTags, vocabulary: Vocabulary):
    """jieba's dictionary holds some nested places as one word (新疆阿勒泰地区,
    四川省阿坝藏族羌族自治州, 上海浦东新区, 吉林省延边朝鲜族自治州): each level is a name,
    so the word is cut after its longest opening that the dictionary tags as a place and
    that is an administrative level (四川省, 新疆, 上海: `_upper_level`) when what is left
    is a place of its own, a stem of two characters or more that opens on a place before a
    place suffix (阿勒泰 + 地区, 浦东 + 新区, 伊犁哈萨克 + 自治州). Not before a level that
    lies in no other (广西 | 壮族自治区, 新疆 | 维吾尔自治区: `top_level_suffixes`), nor
    where the stem is the area's peoples alone (西双版纳 | 傣族自治州), nor after a place
    that is no level (长江三角洲地区, 俄罗斯远东地区, 伊犁哈萨克自治州), nor inside a
    foreign name (加利 | 福尼亚州, 西伯 | 利亚地区): the name is one there."""
    suffixes = vocabulary.entities.place_suffixes
    for word in words:
        cut = _level_cut(word, tags, suffixes, vocabulary) if len(word) >= 5 else 0
        if not cut:
            yield word
            continue
        for part in (word[:cut], word[cut:]):
            tags.setdefault(part, "ns")
            yield part


def _level_cut(word: str, tags: TextTags, suffixes, vocabulary: Vocabulary) -> int:
    """Where a nested place of one dictionary word opens its next level (see above), or 0."""
    if tags.get(word) != "ns" or not han(word):
        return 0
    if any(word.endswith(top) for top in vocabulary.top_level_suffixes):
        return 0
    suffix = max((s for s in suffixes if word.endswith(s)), key=len, default="")
    if not suffix:
        return 0
    if vocabulary.transliterated(word[: len(word) - len(suffix)]):
        return 0  # 加利福尼亚州: one foreign name, though 加利 is a place to jieba
    for cut in range(len(word) - len(suffix) - MIN_LEVEL_STEM, 1, -1):
        stem = word[cut : len(word) - len(suffix)]
        if (
            tags.get(word[:cut]) == "ns"
            and _upper_level(word[:cut], tags, vocabulary)
            and _opens_on_a_place(stem, tags, vocabulary)
        ):
            return cut
    return 0


def _upper_level(opening: str, tags: TextTags, vocabulary: Vocabulary) -> bool:
    """Whether a place that opens a nested one is an administrative level: it ends in a
    place suffix (四川省), or the dictionary holds it with a city's, a province's or a top
    level's (上海市, 新疆省, 西藏自治区). 长江 (三角洲地区), 俄罗斯 (远东地区), 伊犁
    (哈萨克自治州) are none: the word is one region, one area."""
    entities = vocabulary.entities
    if opening.endswith(tuple(entities.place_suffixes)):
        return True
    return any(
        tags.get(opening + suffix) == "ns"
        for suffix in (*entities.city_suffixes, *vocabulary.top_level_suffixes)
    )


def _opens_on_a_place(stem: str, tags: TextTags, vocabulary: Vocabulary) -> bool:
    """Whether a level's stem opens on a place jieba's dictionary holds or a
    transliteration (阿坝 of 阿坝藏族羌族自治州, 浦东 of 浦东新区, 阿勒泰 of 阿勒泰地区): a
    name of its own, where the whole is no one foreign name (see _level_cut)."""
    return any(
        tags.get(stem[:size]) == "ns" or vocabulary.transliterated(stem[:size])
        for size in range(len(stem), MIN_LEVEL_STEM - 1, -1)
    )


def _names_before_conjunctions(words: list[str], tags: TextTags, vocabulary: Vocabulary):
    """A transliterated name that opens a clause, which jieba cut before its last character
    where that character and the conjunction after it make a word (戴 + 维和 + 他 of
    戴维和他的同事: 维和 is "peacekeeping"): the name, then the conjunction."""
    result: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        opens = not result or not han(result[-1][-1:])
        name = word + following[:1]
        if (
            opens
            and len(word) == 1
            and len(following) == 2
            and following[1] in vocabulary.conjunctions
            and han(name)
            and vocabulary.transliterated(name)
        ):
            tags.setdefault(name, "nrt")
            result.append(name)
            words[index + 1] = following[1]
        else:
            result.append(word)
    return result


def _split_conjunctions(words, tags, conjunctions, name_rules, frequency):
    """jieba glues a conjunction to the name after it (和玛丽 as one nr) or, where its
    dictionary holds the two as a word, before it (玛丽和), and a preposition
    that is a family name too (向小王 nr, 于小王 of its HMM, rare or unknown words) or none
    (由马云, an unknown word): split it off."""
    previous = ""
    words = list(words)
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        rest, stem = word[1:], word[:-1]
        if (
            len(word) > 2
            and word[-1] in conjunctions
            and (tags.get(stem) or "").startswith("nr")
            and (frequency(word) or 0) < RARE
        ):
            yield stem  # 玛丽和 + 汤姆: the conjunction glued to the name before it
            yield word[-1]
        elif _word_and_a_coverb(word, tags, frequency, following=following):
            yield stem  # 索道 + 因 + 大风: a word its HMM glued to the preposition after it
            yield word[-1]
        elif len(word) > 2 and (
            (word[0] in conjunctions and (tags.get(rest) or "").startswith("nr"))
            # a preposition of no family name before a name its HMM glued it to (由马云:
            # 由 + 马云, founded by), a word it does not know
            or (
                (tags.get(word[0]) or "") == "p"
                and not frequency(word)
                and (
                    (tags.get(rest) or "").startswith("nr")
                    or (2 <= len(rest) <= 3 and name_rules.surname_length(rest) > 0)
                )
            )
            or (
                word[0] in name_rules.surnames  # one set test before any look-up
                and (
                    coverb_before_a_name(word[0], rest, tags.get(rest), tags.get, name_rules)
                    or _coverb_after_its_verb(previous, word[0], tags.get, name_rules)
                )
                and (frequency(word) or 0) < RARE
            )
        ):
            yield word[0]
            yield rest
        elif (
            len(word) == 2
            and word[0] in name_rules.surnames
            and word not in tags  # (a name of two its HMM made up: 适用 + 于单)
            and _coverb_after_its_verb(previous, word[0], tags.get, name_rules)
        ):
            yield word[0]  # 适用 + 于 + 单创作者: the preposition, and what it governs
            yield rest
        else:
            yield word
        previous = word


def _word_and_a_coverb(
    word: str, tags, frequency, cut: int = -1, following: str = ""
) -> bool:
    """Whether a word jieba made up (or pieces a run would join) is a dictionary word of
    two characters or more and a preposition or conjunction after it, with the coverb's
    object, a noun or a pronoun, right after (`following`: 索道 + 因 + 大风 of 索道因大风,
    汤姆 + 因 + 病): the two words, not a name of three characters (斯坦因, Stein, is a
    word of the dictionary; 科尔比 + 出席: -by before a verb). `cut`: where the coverb
    starts."""
    stem, coverb = word[:cut], word[cut:]
    return (
        len(stem) > 1
        and len(coverb) == 1
        and (tags.get(following) or "")[:1] in _OBJECT_TAG_OPENINGS
        and not frequency(word)
        and tags.get(coverb) in _COVERB_TAGS
        and (frequency(coverb) or 0) >= EVERYDAY
        and bool(frequency(stem))
    )


_COVERB_TAGS = ("p", "c")  # jieba's tags of a preposition and a conjunction
_OBJECT_TAG_OPENINGS = ("n", "r")  # jieba's tags of a coverb's object: nouns, pronouns


def _coverb_after_its_verb(previous: str, opening: str, word_tag, name_rules) -> bool:
    """Whether a family name that is also a preposition (于, 向) follows a verb that takes
    it (效力 + 于曼联, 曾效力 + 于曼联, 毕业 + 于清华: `verbs_before_coverbs`): the
    preposition, before a name of its own."""
    return (
        bool(previous)
        and (word_tag(opening) or "") in COVERB_TAGS
        and previous.endswith(name_rules.verbs_before_coverbs)
    )

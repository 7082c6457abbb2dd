"""Personal names as a grammar: a family name, a given name of one or two characters,
and a title or role outside the name (李强 + 总理, 王偉 + 氏, 田中 + 局長).

The tokenizers' own name tags (jieba's nr, UniDic's 人名) are one signal among several:
jieba leaves many names to its HMM, which makes them unknown words (张伟, 王毅), and
UniDic cuts Chinese names written in Japanese into pieces of any part of speech
(李 + 克 + 強, 張 + 偉 as a prefix). Family names and titles are data, in
rules/LANG/names.toml.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from ..scripts import han, kana
from .entities import Token
from .numerals import KANJI_NUMERAL_CHARS

if TYPE_CHECKING:
    from ..rules.names import NameRules

MAX_GIVEN = 2  # characters of a given name
# times jieba's dictionary has seen a verb of one character alone for it to close a name
# of three characters as a verb of its own (说 219,817, 到 205,341; 维 1,685, 超 3,870)
COMMON_VERB = 5000
# times jieba's dictionary has seen a word for it to be too common to be a given name after
# a family name (宝宝 301, 宁波 538, 珍珠 862, 明天 3,264; 立新 51, 秀英 18, 红梅 189)
COMMON_GIVEN_WORD = 300
# jieba's tags of a word that is a place, a time or a place word, never a given name (宁波
# ns of 连宁波, 秋冬 t of 于秋冬)
_PLACE_OR_TIME_TAGS = ("ns", "nt", "t", "s", "f")


def given_name_word(
    given: str,
    rules: NameRules,
    word_tag: Callable[[str], str | None],
    frequency: Callable[[str], int | None],
) -> bool:
    """Whether a word of two characters jieba knows is still a given name after a family
    name: both characters common in given names (`NameRules.given_name_shaped`), a word
    jieba has seen rarely (立新 51, 秀英 18; a word it lacks is rare) and no place nor time
    to it (宁波, 秋冬)."""
    return (
        rules.given_name_shaped(given)
        and (frequency(given) or 0) < COMMON_GIVEN_WORD
        and not (word_tag(given) or "").startswith(_PLACE_OR_TIME_TAGS)
    )


def chinese_person_names(
    tokens: list[Token],
    transliterated: Callable[[str], bool],
    ordinary: Callable[[str], bool],
    word_tag: Callable[[str], str | None],
    rules: NameRules,
    japanese_name: Callable[[str], bool] = lambda word: False,
    frequency: Callable[[str], int] = lambda word: COMMON_VERB,
) -> list[Token]:
    """Retag the names jieba's HMM made up, and join a family name to the given name
    that jieba cut off it before a title (王 + 毅 + 外长).

    An unknown word is a native name when it opens on a family name and the rest is a
    given name of one or two characters that is not an ordinary word; it is a foreign
    name when every character is a transliteration character (鲍勃, 德蕾莎), and a
    Japanese name when UniDic reads it as one (良树, 裕子).
    """
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        regrouped = _given_name_glued_on(tokens, index, rules, word_tag)
        if regrouped is None:  # 端木 + 宏在: 端木宏 + 在
            regrouped = _compound_family_then_one(tokens, index, rules, word_tag)
        if regrouped is not None:  # 总理 + 黄循 + 财在: 黄循财 + 在
            result.extend(regrouped)
            index += 2
            continue
        joined = (
            _joined_before_title(tokens, index, rules, word_tag)
            or _name_after_title(tokens, index, rules, word_tag)
            or _surname_then_given(tokens, index, rules, japanese_name, frequency)
            or _surname_after_a_coverb(tokens, index, rules)
            or _compound_family_then_given(tokens, index, rules, ordinary, word_tag)
        )
        if joined is not None:
            result.append(joined)
            while index < len(tokens) and tokens[index].end <= joined.end:
                index += 1  # the tokens the name was joined from
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        titled = (
            index > 0
            and tokens[index - 1].text in rules.title_set["zh"]
            and tokens[index - 1].end == token.start
            # (not where a lone character that may be the name's own follows: 孙兴 + 慜)
            and not (
                after is not None
                and after.start == token.end
                and len(after.text) == 1
                and (after.tag or "") not in FUNCTION_TAGS
            )
        )
        if token.tag == "oov" and native_name(
            token.text, ordinary, word_tag, rules, titled, frequency
        ):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.start != token.end:
                following = None
            possessed = following is not None and following.text in _POSSESSIVES
            if not titled:
                following = None  # no title before, or no verb right after: cut as ever
            name_end = token.start + _name_length(
                token.text, word_tag, rules, following, frequency, possessed
            )
            result.append(Token(token.text[: name_end - token.start], token.start, name_end, "nr"))
            if name_end < token.end:  # 张伟 + 来: the HMM glued a verb to the name
                result.append(
                    Token(token.text[name_end - token.start :], name_end, token.end, None)
                )
            index += 1
            continue
        elif _name_and_adverb(token, word_tag):  # 郑和 + 曾 (七次率领): "once", no name's
            cut = token.start + 2
            result.append(Token(token.text[:2], token.start, cut, word_tag(token.text[:2])))
            result.append(Token(token.text[2:], cut, token.end, "d"))
            index += 1
            continue
        elif token.tag == "oov" and len(token.text) >= 2 and transliterated(token.text):
            token = Token(token.text, token.start, token.end, "nrt")
        elif token.tag == "oov" and 2 <= len(token.text) <= 3 and japanese_name(token.text):
            token = Token(token.text, token.start, token.end, "nr")  # 良树, 裕子
        elif _japanese_name_cut(tokens, index, japanese_name):
            after = tokens[index + 1]  # 麻理 + 子: jieba cut a Japanese given name
            result.append(Token(token.text + after.text, token.start, after.end, "nr"))
            index += 2
            continue
        result.append(token)
        index += 1
    return result


def _name_and_adverb(token: Token, word_tag: Callable[[str], str | None]) -> bool:
    """A three-character word jieba's dictionary tags as a name, which is a name of two
    characters the dictionary knows and an adverb (郑和曾: 郑和 nr + 曾 "once", d): the
    dictionary's rare entry glued the adverb to the name."""
    return (
        len(token.text) == 3
        and (token.tag or "").startswith("nr")
        and han(token.text)
        and (word_tag(token.text[:2]) or "").startswith("nr")
        and word_tag(token.text[2]) == "d"
    )


def _japanese_name_cut(tokens: list[Token], index: int, japanese_name) -> bool:
    """A word of two characters and one character after it that UniDic reads together as
    one personal name (麻理 + 子 = 麻理子); two single characters are too often two words
    (和 + 子)."""
    if index + 1 >= len(tokens):
        return False
    token, after = tokens[index], tokens[index + 1]
    return (
        len(token.text) == 2
        and len(after.text) == 1
        and after.start == token.end
        and not (token.tag or "").startswith("nr")
        and han(token.text + after.text)
        and japanese_name(token.text + after.text)
    )


# Parts of speech of a character that does not end a given name (来, 说, 了, 在, 都).
FUNCTION_TAGS = ("v", "p", "d", "c", "u", "ul", "uj", "uz", "ug", "r", "y", "f", "q")
# jieba's tags of a preposition or a coverb and of a conjunction: of the family names,
# 向 and 于 are one far more often than a name's first character
COVERB_TAGS = ("p", "c")


def coverb_before_a_name(opening: str, rest: str, rest_tag: str | None, word_tag, rules) -> bool:
    """Whether a family name that is also a preposition (向, 于) is the preposition before
    a name of its own: 向 + 雷锋 (同志学习), 向 + 彼得 + 先生, 向 + 李 + 主席, 于 + 小王. The
    rest is a name by itself when it is tagged as one (雷锋 nr, 彼得 nrt, 高明 nr), or is a
    family name alone (before its title) or a nickname of one (小王); where it is none the
    character opens the name (于 + 丹丹 + 老师; 向警予 and 于谦 are one word to jieba)."""
    if (word_tag(opening) or "") not in COVERB_TAGS:
        return False
    return (
        (len(rest) >= 2 and (rest_tag or "").startswith("nr"))
        or rest in rules.surnames
        or (len(rest) == 2 and rest[0] in rules.nickname_prefixes and rest[1] in rules.surnames)
    )


def _name_length(
    word: str,
    word_tag: Callable[[str], str | None],
    rules: NameRules,
    following: Token | None = None,
    frequency: Callable[[str], int] = lambda word: COMMON_VERB,
    possessed: bool = False,
) -> int:
    """A three-character unknown word whose last character is a verb or a particle is a
    two-character name and that word (张伟来 of 张伟来了); not a verb character that opens
    no other verb right after it, `following` (行长 + 潘功胜 + 出席: after a title, a name of
    three characters whose third is also a verb), where one of the serial verbs (来, 说:
    部长张伟 + 来 + 参加) is. Without a title before it the cut stands: a bare name of
    three characters is rarer than a name of two and a verb. A verb jieba's dictionary
    has seen alone less than `COMMON_VERB` times is a given name's character far more often
    (王筱维: 维 1,685 times, against 来 161,501). Nor an adverb that is a given name's
    character before 的 (`possessed`: 顾晓刚 + 的 + 影片; 刚 "just" opens a verb), where a
    verb is (张伟来 + 的 + 时候: 来 is no given name's character)."""
    surname = rules.surname_length(word)
    tag = word_tag(word[-1]) or ""
    if len(word) != surname + 2 or tag not in FUNCTION_TAGS:
        return len(word)
    if possessed and tag == "d" and word[-1] in rules.given_name_characters:
        return len(word)
    if tag == "v" and word[-1] not in rules.serial_verbs and frequency(word[-1]) < COMMON_VERB:
        return len(word)
    if (
        tag == "v"
        and word[-1] not in rules.serial_verbs
        and following is not None
        and _opens_a_verb(following)
    ):
        return len(word)
    return len(word) - 1


# the particle of a possessive, after a name (顾晓刚 + 的 + 影片)
_POSSESSIVES = frozenset({"的"})


def _opens_a_verb(token: Token) -> bool:
    """A verb of two characters or more, or a set phrase (出席会议 l): a predicate."""
    return len(token.text) >= 2 and ((token.tag or "").startswith("v") or token.tag == "l")


def native_name(
    word: str,
    ordinary: Callable[[str], bool],
    word_tag: Callable[[str], str | None],
    rules: NameRules,
    titled: bool = False,
    frequency: Callable[[str], int | None] = lambda word: None,
) -> bool:
    """A family name and a given name of one or two characters, not an ordinary word
    (荣获 is 荣 + a verb, not a name), but for a given name of two characters common in
    given names that jieba has seen rarely (杨 + 立新, 张 + 秀英: `given_name_word`); a
    given name of one character that is a function word too (顺, 和) only right after a
    title (运动员 + 汪顺)."""
    surname = rules.surname_length(word)
    given = word[surname:]
    if not surname or not 1 <= len(given) <= MAX_GIVEN:
        return False
    if ordinary(given) and not (
        surname == 1
        and (word_tag(word[0]) or "") not in COVERB_TAGS  # 于 + 秋冬: "in autumn and winter"
        and given_name_word(given, rules, word_tag, frequency)
    ):
        return False
    if len(given) > 1 and all(ch in KANJI_NUMERAL_CHARS for ch in given):
        return False  # 车 + 零百 (零百加速), 龙 + 三百: a family name's character and a numeral
    # a compound family name is evidence enough (欧阳 + 修, though 修 is a verb too)
    return (
        len(given) > 1
        or surname > 1
        or titled
        or (word_tag(given) or "") not in FUNCTION_TAGS
    )


def _surname_then_given(
    tokens: list[Token], index: int, rules, read_as_name, frequency
) -> Token | None:
    """陈 + 美玲: a family name jieba left alone and a given name of two characters after
    it, which jieba tags as a name of its own and UniDic reads as a personal name, are one
    name; not an ordinary word jieba tags as a name (祝 + 令尊 "your father"). So is a
    given name of two characters common in given names that jieba has seen rarely
    (`given_name_word`), where jieba tags the given name or the family name as a name (张
    + 秀英 nr, 王 nr + a rare word)."""
    if tokens[index].text not in rules.surnames or index + 1 >= len(tokens):
        return None
    given = tokens[index + 1]
    if (
        tokens[index].tag in COVERB_TAGS  # 向 + 约翰: the name after a preposition
        or given.start != tokens[index].end
        or len(given.text) != MAX_GIVEN
        or not han(given.text)
    ):
        return None
    named = (given.tag or "").startswith("nr")
    shaped = (named or (tokens[index].tag or "").startswith("nr")) and given_name_word(
        given.text, rules, lambda word: given.tag, frequency
    )
    if not (named and read_as_name(given.text)) and not shaped:
        return None
    return Token(tokens[index].text + given.text, tokens[index].start, given.end, "nr")


def _compound_family_then_given(
    tokens: list[Token],
    index: int,
    rules,
    ordinary: Callable[[str], bool],
    word_tag: Callable[[str], str | None],
) -> Token | None:
    """欧阳明 + 辉, 司马 + 明辉: a family name of two characters whose given name of two
    jieba cut off, whole or after its first character, is one name with it; not where the
    two characters after the family name are an ordinary word (东方 + 明珠, the pearl; 东方
    + 航空) or the last is a particle or a verb (欧阳明 + 是)."""
    token = tokens[index]
    if index + 1 >= len(tokens) or len(token.text) > 3 or rules.surname_length(token.text) != 2:
        return None
    after = tokens[index + 1]
    given = token.text[2:] + after.text
    if (
        after.start != token.end
        # 诸葛亮 + 很: after a name of three, only a character jieba tags as a name's
        # (欧阳明 + 辉 nr) ends it
        or (len(token.text) == 3 and not (after.tag or "").startswith("nr"))
        or len(given) != MAX_GIVEN
        or not han(given)
        or ordinary(given)
        or (word_tag(after.text) or "") in FUNCTION_TAGS
        or (word_tag(after.text[-1]) or "") in FUNCTION_TAGS  # 诸葛 + 亮很: 很 is no name's
    ):
        return None
    return Token(token.text + after.text, token.start, after.end, "nr")


def _compound_family_then_one(
    tokens: list[Token], index: int, rules, word_tag
) -> list[Token] | None:
    """欧阳 + 倩, 端木 + 宏在, 令狐 + 涛, 欧阳明 + 辉来: a family name of two characters
    (with the first character of its given name, or without), then one character common in
    given names that is no function word (倩, 宏; not 欧阳 + 在), standing alone or glued
    by jieba's HMM to a function word after it (宏 + 在): the two are a name; the function
    word stays a word of its own. Not after a family name that is an everyday word first
    (everyday_compound_surnames: 东方 + 红, 百里 + 挑, 西门 + 新开, 长孙 + 生)."""
    if index + 1 >= len(tokens):
        return None
    family, after = tokens[index], tokens[index + 1]
    if len(family.text) == 3 and len(after.text) == 1:
        return None  # 欧阳明 + 辉: _compound_family_then_given's
    if (
        not 2 <= len(family.text) <= 3
        or rules.surname_length(family.text) != 2
        or (len(family.text) == 3 and family.text[2] not in rules.given_name_characters)
        or family.text[:2] in rules.everyday_compound_surnames
        or after.start != family.end
        or not 1 <= len(after.text) <= 2
        or after.text[0] not in rules.given_name_characters
        or (word_tag(after.text[0]) or "") in FUNCTION_TAGS
    ):
        return None
    if len(after.text) == 1:
        following = tokens[index + 2] if index + 2 < len(tokens) else None
        if (
            following is not None
            and following.start == after.end
            and len(following.text) == 1
            and han(following.text)
            and (following.tag or "") not in FUNCTION_TAGS
        ):
            return None  # 欧阳 + 明 + 辉: a given name of two, read by the caller
        return [Token(family.text + after.text, family.start, after.end, "nr")]
    if after.tag != "oov" or (word_tag(after.text[1]) or "") not in FUNCTION_TAGS:
        return None
    return _name_and_glued_word(family, after, word_tag)


def _name_and_glued_word(name: Token, glued: Token, word_tag) -> list[Token]:
    """The name with the first character of the two jieba's HMM glued after it, and the
    function word that is left (端木 + 宏在: 端木宏 + 在; 黄循 + 财在: 黄循财 + 在)."""
    cut = glued.start + 1
    return [
        Token(name.text + glued.text[0], name.start, cut, "nr"),
        Token(glued.text[1], cut, glued.end, word_tag(glued.text[1])),
    ]


def _surname_after_a_coverb(tokens: list[Token], index: int, rules) -> Token | None:
    """向 + 于 + 谦, 把 + 于 + 谦: a family name that is also a preposition (于, 向), right
    after a preposition or a conjunction, and one character jieba tags as a name: two
    prepositions do not follow each other, so the second opens the name (于谦); a name
    after the first stands whole (向 + 于谦 + 学习), read by coverb_before_a_name."""
    if index < 1 or index + 1 >= len(tokens):
        return None
    before, opening, given = tokens[index - 1], tokens[index], tokens[index + 1]
    if (
        opening.text not in rules.surnames
        or opening.tag not in COVERB_TAGS
        or before.tag not in COVERB_TAGS
        or before.end != opening.start
        or given.start != opening.end
        or len(given.text) != 1
        or not han(given.text)
        or not (given.tag or "").startswith("nr")
    ):
        return None
    return Token(opening.text + given.text, opening.start, given.end, "nr")


def _given_name_glued_on(tokens: list[Token], index: int, rules, word_tag) -> list[Token] | None:
    """总理 + 黄循 + 财在: after a title, a name of a family name and one character (tagged
    as a name or unknown to jieba), and an unknown word of two characters whose last is a function
    word (在, 说, 了): the name's last character and that word, which the HMM glued
    together; the name is 黄循财, the word 在."""
    if index == 0 or index + 1 >= len(tokens):
        return None
    title, name, glued = tokens[index - 1], tokens[index], tokens[index + 1]
    if (
        title.text not in rules.title_set["zh"]
        or title.end != name.start
        or not (name.tag == "oov" or (name.tag or "").startswith("nr"))
        or len(name.text) != 2
        or rules.surname_length(name.text) != 1
        or glued.tag != "oov"
        or len(glued.text) != 2
        or glued.start != name.end
        or not han(glued.text)
        or (word_tag(glued.text[1]) or "") not in FUNCTION_TAGS
        or (word_tag(glued.text[0]) or "") in FUNCTION_TAGS
    ):
        return None
    return _name_and_glued_word(name, glued, word_tag)


# jieba's tags of a given name it cut off its family name: a name, a noun, or a word it did
# not know (林 + 恩平 nr, 陈 + 建国 n)
_GIVEN_TAGS = ("nr", "n", "oov")


def _name_after_title(tokens: list[Token], index: int, rules, word_tag) -> Token | None:
    """After a title, the name jieba cut in two (董事长 + 林 + 恩平, 行政长官 + 李家 + 超 +
    率领): a family name alone and a given name of one or two characters (tagged a name,
    a noun or unknown; no verb, function word, numeral or word of time), or a family name
    and one character jieba read as a name (李家 nrfg), then one character and a verb of
    two characters or more: that character ends the name (two verbs do not follow each
    other), unless it is a verb a name is said with (来, 说: 部长张伟 + 来 + 参加)."""
    if index == 0 or index + 1 >= len(tokens):
        return None
    title, first, second = tokens[index - 1], tokens[index], tokens[index + 1]
    if (
        title.text not in rules.title_set["zh"]
        or not _contiguous([title, first, second])
        or not han(first.text + second.text)
    ):
        return None
    if (
        len(first.text) == 1
        and first.text in rules.surnames
        and first.tag not in COVERB_TAGS
        and 1 <= len(second.text) <= MAX_GIVEN
        and (second.tag or "").startswith(_GIVEN_TAGS)
        and second.text not in rules.title_set["zh"]
    ):
        return Token(first.text + second.text, first.start, second.end, "nr")
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if (
        len(first.text) == MAX_GIVEN
        and (first.tag or "").startswith("nr")
        and rules.surname_length(first.text) == 1
        and len(second.text) == 1
        and second.text not in rules.serial_verbs
        and (second.tag or "").startswith("v")
        and after is not None
        and after.start == second.end
        and _opens_a_verb(after)
    ):
        return Token(first.text + second.text, first.start, second.end, "nr")
    return None


def _joined_before_title(tokens: list[Token], index: int, rules, word_tag) -> Token | None:
    """王 + 毅 + 外长: single-character tokens from a family name up to a title; not a
    preposition and the family name after it (向 + 李 + 主席)."""
    if tokens[index].text not in rules.surnames:
        return None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and coverb_before_a_name(
        tokens[index].text, after.text, after.tag, word_tag, rules
    ):
        return None
    for length in range(MAX_GIVEN, 0, -1):
        end = index + 1 + length
        if end >= len(tokens):
            continue
        pieces = tokens[index:end]
        title = tokens[end]
        single = all(len(p.text) == 1 and han(p.text, iteration_mark=True) for p in pieces)
        if single and _contiguous([*pieces, title]) and title.text in rules.titles["zh"]:
            text = "".join(p.text for p in pieces)
            return Token(text, pieces[0].start, pieces[-1].end, "nr")
    return None


# ---- Japanese names in Chinese text ----

# A Japanese given name as UniDic reads one, in Chinese text: 1 to 3 kanji (惠, 翔平,
# 幸之助); jieba cuts such names anywhere (大谷 + 翔平, 中村步 + 美, 加藤 + 惠在).
MAX_JAPANESE_GIVEN_KANJI = 3
MAX_FAMILY_NAME = 3  # characters (佐々木, 长谷川)
# jieba's tags of a word of two kanji or more that is no given name after a family name:
# function words, numerals and words of time (一起 m, 一直 d, 今天 t)
_NOT_GIVEN_TAGS = (*FUNCTION_TAGS, "m", "t", "ad", "vd")
# ... and those a name's rare kanji read as a symbol is never (磨 of 宇野昌磨 is a verb to
# jieba; 在 of 山田昌在 a preposition)
_PARTICLE_TAGS = tuple(tag for tag in FUNCTION_TAGS if tag != "v")
GIVEN_NAME = ["固有名詞", "人名", "名"]  # UniDic's given names: proper noun, person, given
FAMILY_NAME = ["固有名詞", "人名", "姓"]  # UniDic's family names


def japanese_name_end(
    text: str,
    start: int,
    rules: NameRules,
    read: Callable[[str], tuple[tuple[str, str], ...]],
    word_tag: Callable[[str], str | None],
    loose: bool = False,
) -> int | None:
    """Where a Japanese full name that opens at `start` of Chinese text ends, if one does:
    a family name of the rules (rules/ja/names.toml: 松下, 铃木) that UniDic, reading the
    text in Japanese kanji forms, takes for a personal name, and right after it a given
    name of kanji that UniDic reads as one (幸之助, 步美 = 歩美). Both signals are needed:
    the table alone would take 松下 "under the pines" for a name, UniDic alone reads 开 +
    了 as a family and a given name. A given name of one character is no verb or particle
    to jieba (山下 + 有一座 is "at the foot of the hill there is"), one of more characters
    no adverb, numeral or word of time (铃木 + 一起). `read` gives (surface, part of
    speech) of UniDic's words, `word_tag` jieba's tag of a word. Where jieba cut the text
    into single characters (`loose`: 是 + 枝 + 裕 + 和, which it knows no word of), a family
    name of the rules is not needed: UniDic's reading of a family name and a given name of
    two characters or more each (是枝 + 裕和) is evidence enough."""
    length = rules.family_name_length(text[start : start + MAX_FAMILY_NAME])
    if length < 2 and loose:
        read_loose = read(text[start : start + MAX_FAMILY_NAME + MAX_JAPANESE_GIVEN_KANJI + 1])
        if (
            len(read_loose) >= 2
            and 2 <= len(read_loose[0][0]) <= MAX_FAMILY_NAME
            and read_loose[0][1].split(",")[1:4] == FAMILY_NAME
            and len(read_loose[1][0]) >= 2
            and read_loose[1][1].split(",")[1:4] == GIVEN_NAME
        ):
            length = len(read_loose[0][0])
    if length < 2:  # one character is a Chinese family name: the Chinese grammar reads it
        return None
    window = text[start : start + length + MAX_JAPANESE_GIVEN_KANJI + 1]
    words = read(window)
    if len(words) < 2 or len(words[0][0]) != length or "人名" not in words[0][1]:
        return None
    given, pos = words[1]
    if pos.startswith(SYMBOL) and len(given) == 1 and han(given):
        # 宇野 + 昌 + 磨: a given name of kanji UniDic knows as no word, each a symbol
        # (in Chinese text two of them, the second no function word to jieba: 山田 + 昌 +
        # 在 is 山田昌 and "in")
        symbols = 0
        for surface, part in words[1 : 1 + MAX_GIVEN]:
            if not (part.startswith(SYMBOL) and len(surface) == 1 and han(surface)):
                break
            if (word_tag(surface) or "") in _PARTICLE_TAGS:
                break
            symbols += 1
        return start + length + symbols if symbols == MAX_GIVEN else None
    if pos.split(",")[1:4] != GIVEN_NAME or not han(given, iteration_mark=True):
        return None
    for more, more_pos in words[2:] if len(given) == 1 else ():
        # 藤井 + 聡 + 太: a given name UniDic reads as given names of a kanji each (not a
        # kanji after a given name of two: 大谷 + 翔平 + 宣 of 宣布)
        if len(given) + len(more) > MAX_JAPANESE_GIVEN_KANJI or len(more) != 1:
            break
        if more_pos.split(",")[1:4] != GIVEN_NAME or not han(more):
            break
        given += more
    if len(given) > MAX_JAPANESE_GIVEN_KANJI or len(window) < length + len(given):
        return None
    if (word_tag(given) or "") in (FUNCTION_TAGS if len(given) == 1 else _NOT_GIVEN_TAGS):
        return None  # 铃木 + 一起 (m) 去了: an adverb of the sentence, no given name
    return start + length + len(given)


# ---- Japanese ----


def japanese_person_spans(
    words: list[tuple[str, int, int, str]],
    text: str,
    rules: NameRules,
    place_suffixes: tuple[str, ...] = (),
    unknown: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """(start, end) of the personal names in UniDic words given as (surface, start, end,
    pos): a family name (UniDic's 姓, or a Chinese family name in its Japanese form)
    with the kanji of a one- or two-character given name after it (李 + 克 + 強,
    張 + 偉, 欧陽 + 菲菲: a word UniDic does not know, by its start in `unknown`), or a
    kanji run before a title that opens on a family name (習近平 + 国家主席)."""
    spans: list[tuple[int, int]] = []
    titled = rules.holds_title(text, "ja")  # a run before a title needs a title
    if not titled and not any(
        "人名" in pos or surface in rules.surnames for surface, _, _, pos in words
    ):
        return spans  # a given name after a family name needs UniDic's name or the rules'
    index = 0
    while index < len(words):
        surface, start, _, pos = words[index]
        span = (
            _given_after_surname(words, index, rules, text, unknown)
            if (
                _surname(surface, pos, rules)
                or _surname_in_pieces(words, index, rules, text, place_suffixes)
            )
            and not opens_a_title(text, start, rules)
            else None
        )
        if span is None:
            span = _name_read_one_short(words, index, rules, text)
        if span is None and titled:
            span = (
                _run_before_title(words, index, rules, text)
                or _before_familiar_title(words, index, rules, text)
                or _name_before_a_post(words, index, rules, text)
            )
        if span is not None:
            spans.append(span)
            index += 1  # past the name's first word, even where the name ends inside it
            while index < len(words) and words[index][2] <= span[1]:
                index += 1
            continue
        index += 1
    return spans


def _name_read_one_short(words, index: int, rules, text: str) -> tuple[int, int] | None:
    """章子 + 怡 + は: a personal name of two kanji UniDic knows (章子) opening on a Chinese
    family name, one kanji after it and no more kanji: a Chinese name of three whose given
    name is of given names' characters (子怡: NameRules.given_name_shaped), read one
    character short. Not a Japanese family name (石川 + 家), nor before a kanji that makes
    a word of the name (劉邦 + 軍, 朱子 + 学: name_word_kanji)."""
    surface, start, end, pos = words[index]
    if (
        len(surface) != 2
        or "人名" not in pos
        or pos.endswith("姓")  # 石川, 金子: a Japanese family name, whose 家 is the family's
        or rules.surname_length(surface) != 1
        or (start and han(text[start - 1], iteration_mark=True))
        or index + 1 >= len(words)
    ):
        return None
    after, after_start, after_end, _ = words[index + 1]
    if (
        after_start != end
        or len(after) != 1
        or not han(after)
        or han(text[after_end : after_end + 1], iteration_mark=True)
        or after in rules.name_word_kanji  # 劉邦 + 軍, 朱子 + 学: a word of the name
        or not rules.given_name_shaped(surface[1] + after)
        or rules.title_after(text, after_start, "ja")
    ):
        return None
    return start, after_end


def _name_before_a_post(words, index, rules, text) -> tuple[int, int] | None:
    """曾 + 国 + 衛 + 保安 + 局長, 鄧 + 炳強 + 保安 + 局長: a Chinese name before its post as
    Japanese news writes it, an office of one or two kanji words and then a title of two
    characters or more. The name is the longest run of two or three characters from the
    family name, word by word, that such a post follows; it opens on the family name as a
    word of its own or on a word UniDic reads as a name (李家 + 超), never on a word that
    only begins with one (全国 + 保安 + 局長, 同省)."""
    surface, start, _, pos = words[index]
    length = rules.surname_length(surface)
    if length == 0 or (start and han(text[start - 1], iteration_mark=True)):
        return None
    if len(surface) != length and "人名" not in pos:
        return None
    ends, ahead, end = [], index, start
    while ahead < len(words) and words[ahead][1] == end and han(words[ahead][0]):
        end = words[ahead][2]
        ahead += 1
        if end - start > 1 + MAX_GIVEN:
            break
        if end - start >= 2:
            ends.append((ahead, end))
    for after, name_end in reversed(ends):  # the longest name first
        if post_end(words[after:], name_end, rules, text):
            return start, name_end
    return None


def post_end(words, at: int, rules, text: str) -> int:
    """The end of an office of one or two kanji words and a title of two characters or
    more after it (保安 + 局長, 名誉 + 所長, 行政 + 長官) that stand at `at`, the first of
    `words` on, where the title ends where a word ends; else 0. An office is of common
    nouns: a place in it (神奈川 + 県 + 知事) is read as the name it is."""
    ends = {word_end for _, _, word_end, _ in words[: MAX_OFFICE_WORDS + 3]}
    for surface, word_start, word_end, pos in words[:MAX_OFFICE_WORDS]:
        if word_start != at or not han(surface, iteration_mark=True) or "固有名詞" in pos:
            return 0  # (神奈川 + 県 + 知事: a place in the post is a name of its own)
        at = word_end
        title = rules.title_after(text, at, "ja")
        if title is not None and len(title) >= MIN_TITLE_OPENED and at + len(title) in ends:
            return at + len(title)
    return 0


MAX_OFFICE_WORDS = 2  # 保安 + 局長, 国家 + 安全 + ...: a longer office names no post here


def opens_a_title(text: str, start: int, rules) -> bool:
    """Whether a title of two characters or more opens at `start` (董 + 事 + 長 to UniDic,
    a family name and two kanji): the title after a name, no name of its own."""
    title = rules.title_after(text, start, "ja")
    return title is not None and len(title) >= MIN_TITLE_OPENED


MIN_TITLE_OPENED = 2  # 董事長, 常務: a title; 氏, 君 alone open no name's reading


def _surname(surface: str, pos: str, rules) -> bool:
    """UniDic's family name (山田, 李), or a Chinese family name UniDic reads as a name."""
    if "人名" not in pos:  # asked about every word: most are no name at all
        return False
    parts = pos.split(",")
    if parts[1:4] == ["固有名詞", "人名", "姓"]:
        return True
    return len(surface) == 1 and surface in rules.surnames and parts[1:3] == ["固有名詞", "人名"]


# what UniDic makes of a kanji of a name it does not know: a common noun, a noun suffix,
# a proper noun (馬 + 化 + 騰, 孫 + 興 + 民), a symbol (a kanji it knows no word of: 梁 +
# 朝 of 梁朝偉), a prefix with no word after it (偉 + が); not a counter, a numeral, a
# pronoun, a noun of time (何 + 歳, 万 + 年, 夏 + 私)
_NAME_PIECES = (
    "名詞,普通名詞,一般",
    "名詞,普通名詞,サ変可能",
    "名詞,固有名詞,人名",
    "接尾辞,名詞的,一般",
    "接尾辞,名詞的,サ変可能",
    "記号,一般",
    "接頭辞",
)
# ... and of a family name: a common noun, a person's name or a symbol, not a place's (周
# is a state to UniDic: 周 + 荘 is the town 周荘); a noun that may count (張 of 俳優・張 +
# 国 + 栄, which UniDic reads as the counter of bows after a dot)
_FAMILY_PIECES = (
    "名詞,普通名詞,一般", "名詞,固有名詞,人名", "記号,一般", "名詞,普通名詞,助数詞可能"
)  # fmt: skip
_SUFFIX = "接尾辞"
# UniDic's plain common noun, a thing's (宝石, 森林): no given name, whatever its characters
_THING_NOUN = "名詞,普通名詞,一般"
# a noun of time that is a given name's character beside another (華 + 春 + 瑩, 李 + 秋 + 菊):
# alone after a family name it is the time (林 + 春)
_TIME_PIECE = "名詞,普通名詞,副詞可能"


def _surname_in_pieces(words, index: int, rules, text: str, place_suffixes=()) -> bool:
    """A Chinese family name UniDic reads as a common word, followed by the one or two
    kanji of a given name that UniDic, not knowing the name, cuts into words of one kanji
    each, and no more kanji (馬 + 化 + 騰, 孫 + 興 + 民, 馬 + 雲): a name in the Chinese
    grammar. A family
    name that opens a word UniDic knows is that word (金曜 + 日, 高校 + 生, 王子 + 様)."""
    surface, start, _, pos = words[index]
    if len(surface) != 1 or surface not in rules.surnames or not pos.startswith(_FAMILY_PIECES):
        return False  # 何 + 時 (a numeral), 夏 + 私 (a noun of time), 周 (a state): no family name
    if start and han(text[start - 1], iteration_mark=True):
        return False  # inside a run of kanji: a word's last character
    pieces = []
    for piece in words[index + 1 : index + 1 + MAX_GIVEN]:
        if (
            len(piece[0]) != 1
            or not han(piece[0])
            or not piece[3].startswith((*_NAME_PIECES, _TIME_PIECE))
            or piece[0] in place_suffixes
            or rules.title_after(text, piece[1], "ja")
        ):
            break  # 王 + 部 + 長: a title after the family name; 何 + 歳: a counter; 黄 + 町
        pieces.append(piece)
    if not pieces or (len(pieces) == 1 and pieces[0][3].startswith(_SUFFIX)):
        return False  # 周 + 荘: one suffix after the word is the word's, no given name
    timed = [piece for piece in pieces if piece[3].startswith(_TIME_PIECE)]
    if timed and (len(pieces) != 2 or len(timed) == 2):
        return False  # a noun of time alone after it (夏 + 私, 林 + 春): one of two (華 + 春 + 瑩)
    return _contiguous_words([words[index], *pieces]) and not han(
        text[pieces[-1][2] : pieces[-1][2] + 1], iteration_mark=True
    )


def _contiguous_words(words) -> bool:
    return all(a[2] == b[1] for a, b in pairwise(words))


def _given_after_surname(
    words, index, rules, text, unknown: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    surname, start, end, _ = words[index]
    if len(surname) > 1 and rules.surname_length(surname) != len(surname):
        # a Japanese family name (山田, 中村; not 欧阳): its given name is a word UniDic
        # reads as one (中村 + 区 is a ward, not a name)
        japanese = _japanese_given_name(words, index + 1, end, rules, text)
        if japanese is None:
            japanese = _kanji_before_a_title(words, index + 1, end, rules, text)
        if japanese is None:
            japanese = _kanji_read_as_symbols(words, index + 1, end, text)
        return None if japanese is None else (start, japanese)
    given = ""
    ahead = index + 1
    while ahead < len(words) and len(given) < MAX_GIVEN:
        surface, word_start, word_end, pos = words[ahead]
        if word_start != end or not all(han(ch, iteration_mark=True) for ch in surface):
            break
        if surface in rules.titles["ja"] or len(surface) > MAX_GIVEN - len(given):
            break
        if (
            len(surface) > 1
            and "人名" not in pos
            and word_start not in unknown
            and not (rules.given_name_shaped(surface) and not pos.startswith(_THING_NOUN))
        ):
            break  # a word of two kanji after a family name is a word, not a given name
            # (one UniDic does not know, 菲菲 of 欧陽菲菲, is the given name, and so is one
            # of given names' characters UniDic reads as no noun of a thing, 秀英 of 張秀英:
            # NameRules.given_name_shaped; 宝石 of 黄宝石 is a gem)
        given += surface
        end = word_end
        ahead += 1
    if not given:
        return None
    if han(text[end : end + 1], iteration_mark=True):
        return None  # the kanji go on: not a name boundary
    return start, end


def _kanji_read_as_symbols(words, index: int, end: int, text: str) -> int | None:
    """The end of a given name of one or two kanji UniDic knows as no word at all, each
    read as a symbol (宇野 + 昌 + 磨: 昌磨), right after a Japanese family name and before
    no more kanji: a name's rare kanji, not a word."""
    given = 0
    while index < len(words) and given < MAX_GIVEN:
        surface, word_start, word_end, pos = words[index]
        if word_start != end or len(surface) != 1 or not han(surface):
            break
        if not pos.startswith(SYMBOL):
            break
        given, end, index = given + 1, word_end, index + 1
    if not given or han(text[end : end + 1], iteration_mark=True):
        return None
    return end


# UniDic's part of speech of a character it knows as no word (昌, 磨 alone): 記号.
SYMBOL = "記号"


# UniDic's given names (太郎, 幸之助, さくら, ユウキ, ゆり子), which it tells from words
# by the family name before them; a longer one is no given name.
MAX_JAPANESE_GIVEN = 5


def _japanese_given_name(words, index: int, end: int, rules, text: str) -> int | None:
    """The end of a Japanese given name as UniDic reads one right after a family name,
    in kanji, kana or both (山田 + 太郎, 中村 + あゆみ, 石田 + ゆり子); a given name of
    one kanji goes on into a second one that UniDic, not knowing the pair, reads as
    another given name (佐々木 + 朗 + 希) or, before a title, as that title's prefix
    (朗 + 希 + 投手; not an office's own prefix: 佐藤 + 健 + 新社長)."""
    if index >= len(words):
        return None
    surface, word_start, word_end, pos = words[index]
    if word_start != end or len(surface) > MAX_JAPANESE_GIVEN:
        return None
    if pos.split(",")[1:4] != GIVEN_NAME:
        return None
    if len(surface) == 1 and han(surface) and index + 1 < len(words):
        second, second_start, second_end, second_pos = words[index + 1]
        if second_start == word_end and len(second) == 1 and han(second):
            if second_pos.split(",")[1:4] == GIVEN_NAME:
                return second_end
            if (
                second_pos.startswith(_PREFIX)
                and rules.title_after(text, second_end, "ja") is not None
                and rules.title_after(text, second_start, "ja") is None
            ):
                return second_end
            if second_pos.startswith(_COMMON_NOUN) and text[second_end : second_end + 1] in (
                _PARTICLES_AFTER_A_NAME
            ):
                return second_end  # 久保 + 建 + 英 + を: a given name's kanji read as a noun
    return word_end


_COMMON_NOUN = "名詞,普通名詞"
# what ends a name in a sentence: a particle or a mark (久保建英を, 久保建英が, 久保建英、)
_PARTICLES_AFTER_A_NAME = frozenset("をがはにのともへで、。")


_PREFIX = "接頭辞"  # UniDic's prefix: 希 of 希 + 投手, 新 of 新 + 社長
MAX_KANJI_GIVEN = 3  # kanji of a Japanese given name UniDic reads one by one (由 + 紀 + 子)


def _kanji_before_a_title(words, index: int, end: int, rules, text: str) -> int | None:
    """The end of a given name UniDic does not know, read as single kanji (nouns or
    symbols) between a Japanese family name and a title of the rules (羽生 + 結 + 弦 +
    選手, 宇野 + 昌 + 磨 + 選手), or None. A title said right after the family name
    (山田 + 新社長, 羽生 + 市長) leaves no given name."""
    given_end = end
    while (
        index < len(words)
        and words[index][1] == given_end
        and len(words[index][0]) == 1
        and han(words[index][0])
        and rules.title_after(text, given_end, "ja") is None
    ):
        given_end = words[index][2]
        index += 1
        if given_end - end > MAX_KANJI_GIVEN:
            return None
    if given_end == end or rules.title_after(text, given_end, "ja") is None:
        return None
    return given_end


def _run_before_title(words, index, rules, text) -> tuple[int, int] | None:
    """習近 + 平 + 国家主席: kanji words from a family name to a title, 2 to 3 characters,
    the title glued to the last word or not (習近 + 平氏); or a Chinese family name alone
    before its title (李 + さん, 劉 + 教授), as people are spoken of."""
    _, start, _, _ = words[index]
    if rules.surname_length(words[index][0]) == 0 or (
        start and han(text[start - 1], iteration_mark=True)
    ):
        return None
    ahead, end = index, start
    while ahead < len(words) and words[ahead][1] == end:
        surface, word_start, word_end, _ = words[ahead]
        if rules.title_after(text, end, "ja") or not han(surface, iteration_mark=True):
            break
        # 習近 + 平氏, 華 + 春 + 瑩氏: UniDic glued a title of one kanji to the name's last
        # word; never to the family name's own word, which is a word of its own (華氏,
        # Fahrenheit: 20華氏以上 names nobody)
        inner = (
            next(
                (at for at in range(word_start + 1, word_end) if rules.title_after(text, at, "ja")),
                None,
            )
            if ahead > index
            else None
        )
        end = word_end if inner is None else inner
        ahead += 1
        if end - start > 1 + MAX_GIVEN:
            return None
        if inner is not None:
            break
    alone = end - start == 1 and text[start] in rules.surnames  # 李 + さん, 劉 + 教授
    if (end - start < 2 and not alone) or rules.title_after(text, end, "ja") is None:
        return None
    return start, end


# letters of a given name or a nickname before a familiar title (翼, ひなた, さくら, アオイ)
MAX_FAMILIAR_NAME = 4
_NOUN = "名詞,"
_NUMERAL_NOUN = "名詞,数詞"
_BOUND_BEFORE = ("名詞,", "接頭辞")  # お + 兄 + ちゃん, 運転 + 手 + さん: a word of a compound
_ADVERBIAL = "副詞可能"  # 昨日 + 葵 + ちゃん: a noun of time said as an adverb ends no compound


def _before_familiar_title(words, index: int, rules, text: str) -> tuple[int, int] | None:
    """A noun of kanji or kana alone right before a familiar suffix of address (翼 + くん,
    ひなた + ちゃん, さくら + ちゃん): a given name or a nickname that UniDic took for a
    common word; the common nouns that take such a suffix (お + 兄 + ちゃん, 猫 + ちゃん)
    are rules/ja/names.toml's familiar_nouns."""
    surface, start, end, pos = words[index]
    if (
        not pos.startswith(_NOUN)
        or pos.startswith(_NUMERAL_NOUN)
        or len(surface) > MAX_FAMILIAR_NAME
        or not (han(surface) or kana(surface))
        or surface in rules.familiar_nouns
        or rules.address_after(text, end, familiar=True) is None
        or text.startswith(rules.familiar_title_words, end)  # 部屋 + ちゃんと: "properly"
    ):
        return None
    before = words[index - 1] if index else None
    if (
        before is not None
        and before[2] == start
        and before[3].startswith(_BOUND_BEFORE)
        and _ADVERBIAL not in before[3]
    ):
        return None  # お + 兄 + ちゃん, 小 + 学生 + くん: the last word of a compound
    return start, end


def _contiguous(tokens: list[Token]) -> bool:
    return all(a.end == b.start for a, b in pairwise(tokens))

"""Names read from how they are built and where they stand, not from jieba's dictionary.

jieba knows 彼得 only as a word it tags as a transliteration (nrt) with 得 outside the
transliteration characters, 小明 and 阿强 not at all, and 老王 as a name among 老虎 and
阿姨 (its dictionary tags those nr too). Two constructions vouch for them:

- a nickname: a prefix of address (小, 老, 阿) and a family name (老王, 小李, split by
  jieba or not), or a prefix and a character jieba does not know the pair as (小明, 阿强),
  not a term of address (阿姨, 小姐, 老婆);
- a transliterated name in a name's position: a title right before or after it (总理 +
  彼得, 彼得 + 先生), or a conjunction joining it to another transliterated name (安娜 +
  和 + 彼得).

The names come out tagged CONSTRUED, a person to the name heuristics whatever the rest
of their evidence; they stay weak (never reported missing or added alone), so what they
change is that a translation putting another name in their place is a mismatch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...scripts import han
from ..entities import Token
from ..numerals import KANJI_NUMERAL_CHARS
from ..people import COVERB_TAGS, FUNCTION_TAGS, MAX_GIVEN, coverb_before_a_name
from .forms import to_simplified
from .tokenizer import CONSTRUED, EVERYDAY

if TYPE_CHECKING:
    from ...rules.names import NameRules
    from .vocabulary import Vocabulary

_LIST_COMMA = "、"  # joins names in a list as 和 does (安娜、彼得)
# the tag of a place read from a cue that names it (一片名叫塔西利的高原): a place by its
# construction, a weak one (extract/zh/names.py)
NAMED_PLACE = "ns_named"
NAME_OF = "的"  # between a name a cue opened and the noun it names (名叫和玉松的老人)
NAMED_LENGTH = (2, 4)  # characters of a name a cue opens: 和玉松, 塔西利
NOUN_REACH = 3  # words after 的 the noun may stand at (的 + 纳西族 + 老人)


def construed_names(
    tokens: list[Token],
    vocabulary: Vocabulary,
    rules: NameRules,
    tag: Callable[[str], str | None],
    frequency: Callable[[str], int | None],
) -> list[Token]:
    """The tokens, with nicknames joined and tagged CONSTRUED, and transliterated names
    in a name's position tagged so."""
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        joined = (
            _named_by_a_cue(tokens, index, vocabulary)
            or _split_nickname(token, following, vocabulary, rules, tag)
            or _titled_pieces(tokens, index, rules, tag)
            or _family_name_before_title(tokens, index, rules, tag)
        )
        if joined is not None:
            result.append(joined)
            while index < len(tokens) and tokens[index].end <= joined.end:
                index += 1  # the tokens the name was joined from
            if joined.end < token.end:  # 阿珍 + 来: the HMM glued a verb to the name
                rest = token.text[len(joined.text) :]
                result.append(Token(rest, joined.end, token.end, tag(rest)))
                index += 1
            continue
        nickname = _nickname(token, vocabulary, rules, tag, frequency) and not (
            _name_goes_on(token, following, vocabulary)
            or _comparison(token, tokens, index, vocabulary, rules)
        )
        if nickname or _in_name_position(tokens, index, vocabulary, rules):
            token = Token(token.text, token.start, token.end, CONSTRUED)
        result.append(token)
        index += 1
    return result


def _named_by_a_cue(tokens: list[Token], index: int, vocabulary: Vocabulary) -> Token | None:
    """The words right after a cue that a name follows (名叫, 叫做: `name_cues`) and before
    的 and a noun of a person or a place (`named_nouns`), two to four characters: the
    person's or the place's name, whatever jieba cut it into (名叫 + 和 + 玉松 + 的 + 纳西族
    + 老人, 名叫 + 塔西 + 利 + 的 + 高原). Tagged CONSTRUED for a person, NAMED_PLACE for a
    place; None where no such noun says whose name it is."""
    if not index or tokens[index - 1].text[-1:] not in vocabulary.cue_endings:
        return None  # (asked of every token: most follow no cue's last character)
    start = end = tokens[index].start
    before = _text_before(tokens, index, CUE_REACH)
    if not before.endswith(tuple(vocabulary.name_cues) or ("\0",)):
        return None  # (a cue jieba cuts, 名字 + 叫, is read as one too)
    if any(word in before for word in vocabulary.epithet_markers):
        return None  # 被大家叫做书呆子的学生, 把它叫做…: what one is called, no name
    at = index
    while at < len(tokens) and tokens[at].text != NAME_OF:
        if tokens[at].start != end or not han(tokens[at].text):
            return None
        end = tokens[at].end
        at += 1
        if end - start > NAMED_LENGTH[1]:
            return None
    if at >= len(tokens) or end - start < NAMED_LENGTH[0]:
        return None
    kind = next(
        (
            vocabulary.named_nouns[token.text]
            for token in tokens[at + 1 : at + 1 + NOUN_REACH]
            if token.text in vocabulary.named_nouns
        ),
        None,
    )
    if kind is None:
        return None
    text = "".join(token.text for token in tokens[index:at])
    return Token(text, start, end, CONSTRUED if kind == "person" else NAMED_PLACE)


def _text_before(tokens: list[Token], index: int, reach: int) -> str:
    """The text of the tokens right before `index` that touch one another and it, up to
    `reach` characters (simplified, as tokens are read)."""
    text, end = "", tokens[index].start if index < len(tokens) else 0
    for token in reversed(tokens[max(0, index - reach) : index]):
        if token.end != end or len(text) + len(token.text) > reach:
            break
        text, end = token.text + text, token.start
    return text


CUE_REACH = 6  # characters before a name a cue and what makes it an epithet's are read in


def _nickname(token: Token, vocabulary: Vocabulary, rules: NameRules, tag, frequency) -> bool:
    """小明, 阿强 (unknown to jieba), 老王, 小张 (a family name): not 小狗, 阿姨, 老虎 (nr
    to jieba, and no family name after the prefix), nor 小龙, 小子 (everyday words), nor
    小 + a pronoun or a particle the HMM glued to it (小该 of 小该人士)."""
    text = token.text
    if len(text) != 2 or text[0] not in vocabulary.nickname_prefixes or not han(text):
        return False
    if to_simplified(text[1]) in vocabulary.address_characters:
        return False  # 阿姨, 小姐, 老婆, 阿嬤: a term of address, nobody's name
    if (frequency(text) or 0) >= EVERYDAY:
        return False
    if text[1] in rules.surnames:
        return True
    # 小 or 阿 + a given name's character: only as a word jieba has never seen
    return (
        text[0] not in vocabulary.family_only_prefixes
        and token.tag == "oov"
        and _given_character(text[1], tag)
    )


def _split_nickname(token, following, vocabulary, rules, tag) -> Token | None:
    """A nickname jieba cut apart (小 + 李 of 小李和老王) or glued to the next word (阿珍来
    of 阿珍来了): the prefix and a family name jieba tags as a name, or an unknown word
    of three characters whose last is a verb or a particle."""
    text = token.text
    if (
        text in vocabulary.nickname_prefixes
        and following is not None
        and following.start == token.end
        and following.text in rules.surnames
        and (following.tag or "").startswith("nr")
    ):
        return Token(text + following.text, token.start, following.end, CONSTRUED)
    if (
        token.tag == "oov"
        and len(text) == 3
        and text[0] in vocabulary.nickname_prefixes
        and text[0] not in vocabulary.family_only_prefixes
        and to_simplified(text[1]) not in vocabulary.address_characters
        and han(text)
        and _given_character(text[1], tag)
        and (tag(text[2]) or "") in FUNCTION_TAGS
    ):
        return Token(text[:2], token.start, token.start + 2, CONSTRUED)
    return None


def _name_goes_on(token: Token, following: Token | None, vocabulary) -> bool:
    """A name glued to the word after it goes on there: 小皮 + 奎特 is Piquet Jr. (小皮奎特),
    a piece of a name jieba could not read, not a nickname."""
    return (
        following is not None
        and following.start == token.end
        and ((following.tag or "").startswith("nr") or vocabulary.transliterated(following.text))
    )


# jieba's tags of what a comparison is made with: a noun (not a name), a verbal noun, a
# numeral, a pronoun, a measure word (风险小于收益, 损失小于预期, 小于三个, 小于我)
_COMPARED_TAGS = ("n", "nz", "ns", "nt", "vn", "m", "r", "q", "eng")


def _comparison(token: Token, tokens: list[Token], index: int, vocabulary, rules) -> bool:
    """小于 + a figure or a noun is "less than" (大于, 老于 likewise), no nickname: 风险小于
    入侵者的收益, 数值小于 10; 小于 + a verb (来了, 说) or a title (老师) is little Yu."""
    if token.text[1:] not in vocabulary.comparative_characters:
        return False
    after = next((t for t in tokens[index + 1 :] if not t.text.isspace()), None)
    if after is None or after.text in rules.title_set.get("zh", ()):
        return False
    return (
        (after.tag or "").split("_")[0] in _COMPARED_TAGS
        or after.text[:1].isdigit()
        or after.text[:1] in KANJI_NUMERAL_CHARS
    )


def _given_character(character: str, tag) -> bool:
    """A character that may be a given name: no pronoun, particle, verb or measure word
    (该, 的, 是, 个), whatever the HMM glued it to."""
    return (tag(character) or "") not in (*FUNCTION_TAGS, "m")


def _titled_pieces(tokens: list[Token], index: int, rules, tag) -> Token | None:
    """A family name jieba cut from a given name that is also a word, and a title after
    them (李 + 和平 + 主席, 刘 + 文明 + 老师): one name; not a preposition and a name of
    its own (向 + 雷锋 + 同志)."""
    if index + 2 >= len(tokens) or tokens[index].text not in rules.surnames:
        return None
    given, title = tokens[index + 1], tokens[index + 2]
    if (
        coverb_before_a_name(tokens[index].text, given.text, given.tag, tag, rules)
        or given.start != tokens[index].end
        or title.start != given.end
        or len(given.text) != MAX_GIVEN
        or not han(given.text)
        or title.text not in rules.title_set.get("zh", ())
    ):
        return None
    return Token(tokens[index].text + given.text, tokens[index].start, given.end, CONSTRUED)


def _family_name_before_title(tokens: list[Token], index: int, rules, tag) -> Token | None:
    """A family name alone before its title, the way people are addressed and spoken of
    (王 + 老师, 赵 + 经理, 陳 + 先生, 欧阳 + 教授; jieba glues some into one word: 王老师,
    马先生 nr): the family name is the name. Not a preposition before an office (向 +
    主席), nor a measure word after a numeral (一张 + 教授的照片); the character before
    it must not be a Han character of the same word."""
    token = tokens[index]
    text = to_simplified(token.text)
    # or a Japanese family name of two characters or more (木村 + 部长, 佐藤 + 先生)
    surname = rules.surname_length(text) or (
        min(rules.family_name_length(text), len(text)) if len(text) >= 2 else 0
    )
    if not surname or not han(token.text):
        return None
    titles = rules.title_set.get("zh", ())
    if len(text) > surname:  # 王老师 as one word of jieba's
        if text[surname:] not in titles or (token.tag or "") != "nr":
            return None
    else:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            after is None
            or after.start != token.end
            or to_simplified(after.text) not in titles
            or (token.tag or "") in (*COVERB_TAGS, "m")
            or coverb_before_a_name(token.text, after.text, after.tag, tag, rules)
        ):
            return None
    before = tokens[index - 1] if index else None
    if (
        before is not None
        and before.end == token.start
        and ((before.tag or "") == "m" or before.text in rules.title_set.get("zh", ()))
    ):
        return None  # 一 + 张: a count; 部长 + 王 + 先生 is read by the name grammar
    return Token(token.text[:surname], token.start, token.start + surname, CONSTRUED)


def _in_name_position(tokens: list[Token], index: int, vocabulary, rules) -> bool:
    """A word jieba tags as a transliterated name (彼得 nrt), or as a native one of a
    family name and a given name that is also a word (王建国 nr: 建国 "found a state"; 胡歌
    nr: 歌 "song"), with a title right before or after it (演员胡歌); a transliterated one
    joined by a conjunction to another transliterated name of jieba's; or a native one
    joined so to a full native name (马友友 + 和 + 谭盾)."""
    token = tokens[index]
    native = (
        token.tag == "nr"
        and rules.surname_length(token.text) == 1
        and 2 <= len(token.text) <= 1 + MAX_GIVEN
        and han(token.text)
    )
    if not native and (token.tag != "nrt" or not 2 <= len(token.text) <= 6 or not han(token.text)):
        return False
    before = _adjacent(tokens, index, -1)
    after = _adjacent(tokens, index, 1)
    titles = rules.title_set.get("zh", ())
    if (before is not None and before.text in titles) or (
        after is not None and after.text in titles
    ):
        return True
    joining = (*vocabulary.conjunctions, _LIST_COMMA)
    for step in (-1, 1):
        link = _adjacent(tokens, index, step)
        other = _adjacent(tokens, index + step, step) if link is not None else None
        if (
            link is not None
            and link.text in joining
            and other is not None
            and (other.tag or "").startswith("nr")
            and len(other.text) >= 2
            and (
                (not native and vocabulary.transliterated(other.text))
                # 马友友 + 和 + 谭盾: listed with a full native name (a family name and a
                # given name of two characters), 谭盾 is one too, though 盾 is a measure
                # word (周转 + 和 + 雷达, both nr to jieba, are listed with no such name)
                or (native and _full_native_name(other.text, rules))
            )
        ):
            return True
    return False


def _full_native_name(word: str, rules) -> bool:
    """A family name of one character and a given name of two (马友友, 周杰伦), in han."""
    return len(word) == 1 + MAX_GIVEN and han(word) and rules.surname_length(word) == 1


def _adjacent(tokens: list[Token], index: int, step: int) -> Token | None:
    """The token right before (step -1) or after (step 1), touching it."""
    other = index + step
    if not 0 <= other < len(tokens):
        return None
    first, second = sorted((tokens[index], tokens[other]), key=lambda t: t.start)
    return tokens[other] if first.end == second.start else None


def nickname_forms(key: str, vocabulary: Vocabulary, titles: tuple[str, ...]) -> set[str]:
    """How a translation says a nickname: its name after the prefix with an honorific or
    a title (老王 = 王さん, 小李 = 李君, 小明 = 明くん); nothing for any other word."""
    if len(key) != 2 or key[0] not in vocabulary.nickname_prefixes or not han(key):
        return set()
    return {key[1] + title for title in titles}

"""Japanese noun phrases that name no one: an opening and a noun whose form says its type.

A translation that drops a name often puts a description in its place: この青年, 件の会社員,
身元不明の旅行者, 一社の出版社, 名前を伏せた弁護士. Listing such phrases never ends; their
construction is small. Read from UniDic's words:

- an opening: a determiner word (UniDic's 連体詞: この, ある, とある; the listed
  determiners: 某), an indefinite (いずれかの: a pronoun + か + の), a count of one
  (一名の, ひとつの: one + a counter + の), a short clause whose object is the name
  (名前を伏せた, 社名を明かさない), or a common noun + の (件の, 身元不明の, 某国の,
  近所の): the noun it modifies is described, not named;
- a noun compound right after it (nouns, prefixes, noun suffixes; no proper noun at
  its end), whose type is read from its end: a listed noun of the type as its last
  words (地方+都市), a suffix morpheme of the type (会社+員, 実業+家), or a word ending
  in a character of the type (乗客, 漁村).

A phrase that renders a description the source gives itself (タイプの夫婦 for 夫婦類型,
技術企業 for 技术公司) stands in for nothing: compare/markers.py asks its words.

The vocabulary (suffixes, word endings, name words) is data in rules/anonymization.toml
([ja.vague]); this module is the mechanism.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...scripts import han, katakana
from .tokenizer import PLACE_NAME_POS, tagged_words

if TYPE_CHECKING:
    from ...rules.vague import PhraseGrammar

Word = tuple[str, int, int, str]  # surface, start, end, part of speech

_COMPOUND_PARTS = ("名詞,普通名詞", "名詞,固有名詞", "接頭辞", "接尾辞,名詞的")
_ONE = frozenset({"一", "ひと", "1", "１", "壱"})
_CLAUSE_PARTS = ("動詞", "助動詞", "形容詞", "助詞,接続助詞", "副詞", "接尾辞,形容詞的")
_LONGEST_CLAUSE = 6  # words: a short relative clause, not a sentence
_NAME_JOINS = ("・", "·", "=", "＝")  # the marks between the parts of a name


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    types: tuple[str, ...]
    bare: bool = False  # a description with no opening (取引先, 政府高官, 被災地)
    # a noun after a relative clause (首相を務める + 人物): it may render a class noun
    # the source says itself (背が高い男性 for 很高的男人), so it stands in only where the
    # source says none of its type (compare/markers.py)
    clause: bool = False
    # a noun of a type after the place it lies in (九州地方の県, 南仏の港町): it renders a
    # noun the source says itself (东京的大学) rather than stand in (compare/markers.py)
    located: bool = False


def vague_phrases(text: str, grammar: PhraseGrammar) -> list[Reference]:
    """Every vague noun phrase of a Japanese text, in text order."""
    words = japanese_words(text)
    found = []
    for index in range(len(words)):
        whole, end, bare = _standing_alone(words, index, grammar)
        if bare and text[words[index][1] - 1 : words[index][1]] in _NAME_JOINS:
            whole = ()  # ワールドゲームズ・メイン + スタジアム: the last part of a name
        if whole:  # 同店, 隣国, 都内, 本人: one word that points; 取引先: a description
            end += _plural(words, end, grammar)
            found.append(Reference(words[index][1], words[end - 1][2], whole, bare))
        openings = (
            _opening(words, index, grammar) or _listed_opening(text, words, index, grammar),
            _pointing(words, index, grammar),
        )
        for after in dict.fromkeys(o for o in openings if o is not None):
            after = _after_adjectives(words, after)
            end = _compound_end(words, after)
            # a descriptor and its noun are one compound: a suffix reads after it (地元 + 紙)
            described = after == index + 1 and words[index][0] in grammar.descriptors
            head = words[index:end] if described else words[after:end]
            # a country's one character opens the Japanese name of that country's body
            # too (米 + 司法 + 省, 英 + 国防 + 省, 露 + 外務 + 省): after it only a class
            # noun of two characters or more (米 + 規制 + 当局, 英 + 通信社) describes
            country = described and len(words[index][0]) == 1
            if end <= after:
                types = ()
            elif country:
                types = _class_noun_types(head[1:], grammar)
            else:
                types = _head_types(head, grammar)
            if described and any("固有名詞" in w[3] for w in head):
                types = ()  # 米 + スペースX + 社: a name's own compound, no reference
            if types:
                end += _plural(words, end, grammar)
                # bare: it stands in only where no name was read
                found.append(Reference(words[index][1], words[end - 1][2], types, country))
        for reference in (
            _class_member(text, words, index, grammar),
            _described_by_a_clause(words, index, grammar),
            _located(words, index, grammar),
        ):
            if reference is not None:
                found.append(reference)
    return found


def _compound_before(words: tuple[Word, ...], i: int, parts: tuple[str, ...]) -> int | None:
    """The first word of the compound of `parts` glued to the の of word i (i itself when
    none stands there), or None where word i is no の written on from a word."""
    if words[i][0] != "の" or i == 0 or words[i - 1][2] != words[i][1]:
        return None
    start = i
    while (
        start > 0
        and (start == i or words[start - 1][2] == words[start][1])
        and words[start - 1][3].startswith(parts)
    ):
        start -= 1
    return start


def _class_member(
    text: str, words: tuple[Word, ...], i: int, grammar: PhraseGrammar
) -> Reference | None:
    """One member of a class at the の of word i: a class noun, の, one of it (研究者の +
    一人, 製薬会社の + 一社, 三大銀行の + 一角). The count says the type (一人 a person,
    一社 a company); a count of anything (一角, 一つ) takes the class noun's, and makes
    no phrase after a noun of no type (問題の一つ). Not after a name (トヨタの一社), not
    where the count goes on as a word of its own (一人 + 娘, 一人 + 旅)."""
    start = _compound_before(words, i, (*_COMPOUND_PARTS, "名詞,数詞"))
    if start is None:
        return None
    if start == i or "固有名詞" in words[i - 1][3]:
        return None
    after = words[i][2]
    for entity_type, members in grammar.class_members.items():
        member = next((m for m in members if text.startswith(m, after)), None)
        if member is None:
            continue
        end = next(
            (j for j in range(i + 1, len(words)) if words[j][2] == after + len(member)), None
        )
        if end is None or _adjoins(words, end):
            return None  # 一人 + 娘: the count is part of another word
        types = _head_types(words[start:i], grammar) if entity_type == "any" else (entity_type,)
        return Reference(words[start][1], words[end][2], types) if types else None
    return None


def located_at(text: str, start: int, end: int, grammar: PhraseGrammar) -> Reference | None:
    """The description a name ending at `end` locates, or None: the name, perhaps the
    part of it said by common nouns (九州 + 地方, 中国 + 内陸 + 部), の, and a compound
    whose end says its type (九州地方の + 県, 中国内陸部の + 大都市), the name (from
    `start`) a place wider than a city (`_wider_place`): see `_located`."""
    words = japanese_words(text)
    for index, word in enumerate(words):
        if word[1] < end:
            continue
        if word[0] == "の":
            place = [w for w in words if w[2] <= end and w[1] >= start]
            part = [w for w in words if end <= w[1] and w[2] <= word[1]]
            if not _wider_place(text[start:end], place, part, grammar):
                return None
            return _described_after(words, index, grammar)
        if not word[3].startswith(("名詞,普通名詞", "接尾辞,名詞的")) or index == 0:
            return None
        if words[index - 1][2] != word[1]:
            return None  # a space or a mark: the part said is no part of the name
    return None


def _located(words: tuple[Word, ...], i: int, grammar: PhraseGrammar) -> Reference | None:
    """A noun compound of a type described by the place it lies in, at the の of word i:
    a compound holding a place's name (UniDic's 地名), perhaps with the part of it said
    by common nouns (九州 + 地方, 中国 + 内陸 + 部, 台湾 + 東部), then の and a compound
    whose end says its type and that holds no name (九州地方の + 県, 中央アジアの + 一国,
    中国内陸部の + 大都市, 南仏の + 港町), the place and its part included. The place
    says where the unnamed one is, not which: a bare description, read where a name of
    its type was left out (東京の大学 renders 东京的大学, whose 大学 the source says
    itself: compare/markers.py)."""
    start = _compound_before(words, i, _COMPOUND_PARTS)
    if start is None:
        return None
    before = words[start:i]
    places = [k for k, word in enumerate(before) if PLACE_NAME_POS in word[3]]
    if not places or any("固有名詞" in w[3] for w in before[places[-1] + 1 :]):
        return None  # no place, or a name after it (日本 + トヨタ + の: a company's own)
    first = places[0]
    while first > 0 and "固有名詞" not in before[first - 1][3] and katakana(before[first][0]):
        first -= 1  # 中央 + アジア: a region's name of a common noun and a place
    place, part = before[first : places[-1] + 1], before[places[-1] + 1 :]
    text = "".join(w[0] for w in place)
    if not _wider_place(text, place, part, grammar):
        return None  # 大阪の本社, ロンドンの郊外: a city's, no located description
    found = _described_after(words, i, grammar)
    # the place is part of the reference: 県 alone is said by 熊本県 too
    return Reference(before[0][1], found.end, found.types, True, located=True) if found else None


def _wider_place(text: str, place: list[Word], part: list[Word], grammar: PhraseGrammar) -> bool:
    """Whether a place locates a description as a wider one does: a place and a part of
    it the rules list (place_parts: 九州 + 地方, 中国 + 内陸部, 台湾 + 東部; not ブラジル +
    最大, which says which). A city's or a country's name alone before の and a noun
    (大阪の本社, ロンドンの郊外, ドイツの州) is said as often for another one put in the
    source's place; a region alone (中東の大都市) is the region path's, which asks
    whether it holds the source's place (compare/regions.py)."""
    said = "".join(w[0] for w in part)
    # (the place's own suffix, said apart by UniDic, is the place's: 黒竜江 + 省 + 最北部)
    level = next((s for s in grammar.level_words if said.startswith(s)), "")
    return bool(part) and (said in grammar.place_parts or said[len(level) :] in grammar.place_parts)


def _described_after(words: tuple[Word, ...], i: int, grammar: PhraseGrammar) -> Reference | None:
    """The noun compound after the の of word i, past adjectives, whose end says its type
    and that holds no name, as a bare description; None when there is none."""
    after = i + 1
    if after < len(words) and words[after][0] in _DETERMINER_VERBS:
        after += 1  # 中国南西部の + ある + 大都市: "a certain", no verb after a place
    after = _after_adjectives(words, after)
    end = _compound_end(words, after)
    if end <= after or any("固有名詞" in w[3] for w in words[after:end]):
        return None  # 港町の神戸: a name, not a description
    if end - after > _LONGEST_LOCATED:
        return None  # 閲 + 文 + 集団, 釣魚 + 台 + 国賓 + 館: a name UniDic cuts up
    types = _head_types(words[after:end], grammar)
    return Reference(words[after][1], words[end - 1][2], types, True) if types else None


def _described_by_a_clause(
    words: tuple[Word, ...], i: int, grammar: PhraseGrammar
) -> Reference | None:
    """The noun a relative clause ending at word i modifies: a verb, an adjective or an
    auxiliary right before a noun (首相を務める + 人物, 事情に詳しい + 女性, 取材に応じた +
    男性): described, not named. Only a noun of two characters or more (行った + 方 is
    "had better", no person); not after an adjectival noun's な (にぎやか + な + 場所 is
    an adjective and its noun, read after an opening only)."""
    if not words[i][3].startswith(_CLAUSE_ENDS) or words[i][0] in _ADJECTIVAL_COPULAS:
        return None
    if not _adjoins(words, i):
        return None
    if not words[i + 1][3].startswith("名詞,普通名詞"):
        return None
    end = _compound_end(words, i + 1)
    compound = words[i + 1 : end]
    if any("固有名詞" in w[3] for w in compound) or words[end - 1][2] - words[i + 1][1] < 2:
        return None
    types = _head_types(compound, grammar)
    return Reference(words[i + 1][1], words[end - 1][2], types, clause=True) if types else None


_CLAUSE_ENDS = ("動詞", "形容詞", "助動詞")  # what ends a clause before its noun
_ADJECTIVAL_COPULAS = frozenset({"な", "だ"})  # 静か + な: an adjective, no clause


def noun_types_at(text: str, start: int, grammar: PhraseGrammar) -> tuple[str, ...]:
    """The types of the common noun phrase that starts at character `start` of a text,
    after a determiner (ある, とある, 某), a count of one (一 + 国) or adjectives: what a
    place before it, and の, locate (中東 + の + 大都市, 欧州 + の + ある + 図書館,
    東南アジア + の + 一 + 国); () when none starts there or a name ends it."""
    words = japanese_words(text)
    i = next((k for k, w in enumerate(words) if w[1] == start), None)
    if i is None:
        return ()
    surface, pos = words[i][0], words[i][3]
    if surface not in grammar.not_openings and (
        pos.startswith("連体詞") or surface in grammar.determiners or surface in _ONE
    ):
        i += 1
    i = _after_adjectives(words, i)
    end = _compound_end(words, i)
    if end <= i or any("固有名詞" in w[3] for w in words[i:end]):
        return ()
    return _head_types(words[i:end], grammar)


def _pointing(words: tuple[Word, ...], i: int, grammar: PhraseGrammar) -> int | None:
    """The index after a word that points back or away (同 + 選手, 当該 + 団体, 諸 + 団体)
    or describes (大手 + 商社), when a noun follows it with nothing between; not a suffix,
    which makes one word of them (同 + 済 + 大学 is 同済大学, a name)."""
    surface = words[i][0]
    if surface not in (*grammar.anaphoric, *grammar.pointing_away, *grammar.descriptors):
        return None
    if i + 1 < len(words) and words[i + 1][3].startswith("接尾辞"):
        return None
    return i + 1 if _adjoins(words, i) and not _in_compound(words, i) else None


def _plural(words: tuple[Word, ...], end: int, grammar: PhraseGrammar) -> int:
    """1 when a plural suffix (ら, たち) follows a phrase's last word, else 0."""
    return int(
        end < len(words) and words[end][0] in grammar.plurals and words[end][1] == words[end - 1][2]
    )


@lru_cache(maxsize=256)  # a unit's segments are asked once per open name
def japanese_words(text: str) -> tuple[Word, ...]:
    """The UniDic words of a text as (surface, start, end, part of speech); the part of
    speech of a word UniDic does not know ends in UNKNOWN instead of its last field."""
    words, unknowns = tagged_words(text)
    return tuple(
        (w[0], w[1], w[2], w[3].rsplit(",", 1)[0] + "," + UNKNOWN) if unknown else w
        for w, unknown in zip(words, unknowns, strict=True)
    )


UNKNOWN = "未知語"  # the last field of an unknown word's part of speech (japanese_words)


def _unknown_katakana(words: tuple[Word, ...]) -> bool:
    """Whether a katakana word UniDic does not know is among `words`: a name it has not
    met (ペガトロン + の, チャンギ + 空港), no noun of a description."""
    return any(w[3].endswith(UNKNOWN) and katakana(w[0]) for w in words)


def _opening(words: tuple[Word, ...], i: int, grammar: PhraseGrammar) -> int | None:
    """The index of the first word after an opening that starts at word i, or None."""
    surface, pos = words[i][0], words[i][3]
    if pos.startswith("連体詞") or (surface in grammar.determiners and not pos.startswith("動詞")):
        # 同じ, どの, 我が point to the same, to which, to our own: to no one else
        return None if surface in grammar.not_openings else i + 1
    if pos.startswith("感動詞") and surface in ("あの", "その"):
        return i + 1  # あの is also a filler: before a noun it is the determiner
    if pos.startswith("代名詞"):  # いずれ + か + の, 何 + ら + か + の: an indefinite;
        # あそこ + の, 彼 + ら + の: a place or people pointed at (not 私 + の: one's own)
        j = i + 2 if _surfaces(words, i + 1, 1) == ("ら",) else i + 1
        if _surfaces(words, j, 2) == ("か", "の"):
            return j + 2
        singular = j == i + 1 and surface in grammar.personal_pronouns
        pointed = surface not in grammar.not_openings and not singular
        return j + 1 if pointed and _surfaces(words, j, 1) == ("の",) else None
    if surface in grammar.descriptors and _surfaces(words, i + 1, 1) == ("な",):
        return i + 2  # 著名 + な, 有名 + な + 監督: a descriptor said as an adjective
    if surface in _ONE and _is_counter(words, i + 1) and _surfaces(words, i + 2, 1) == ("の",):
        return i + 3  # 一 + 名 + の, ひと + つ + の: a count of one
    if (surface in grammar.indefinite_numerals or pos.startswith("名詞,数詞")) and _is_counter(
        words, i + 1
    ):  # いく + つ + か + の, 何 + 人 + か + の, 数 + 社 + の: a count left open; 40 + 歳 + の,
        # 3 + 人 + の: people told by their age or number
        j = i + 3 if _surfaces(words, i + 2, 1) == ("か",) else i + 2
        return j + 1 if _surfaces(words, j, 1) == ("の",) else None
    if (
        surface in grammar.ordinal_prefixes
        and i + 1 < len(words)
        and words[i + 1][3].startswith("名詞,数詞")
        and words[i + 1][1] == words[i][2]
    ):  # 第 + 三 + 国, 第 + 三 + 者, 第 + 二 + の + 都市: an ordinal before its noun
        return i + 3 if _surfaces(words, i + 2, 1) == ("の",) else i + 2
    clause_end = _after_withholding_clause(words, i) if surface in grammar.name_words else None
    if clause_end is not None:
        return clause_end
    if _in_compound(words, i):
        return None  # inside a compound: 国籍不明 opens at 国籍, not at 不明
    end = _compound_end(words, i)
    named = any("固有名詞" in w[3] for w in words[i:end])  # シェークスピアの: a name's own
    # ファー + ウェイ, テン + セント: one katakana word UniDic cut in pieces is a name it
    # does not know (ファーウェイの本社 is a company's head office, no reference)
    named = named or (end - i >= 2 and all(katakana(w[0]) for w in words[i:end]))
    # ペガトロン + の: a katakana word UniDic does not know is a name it has not met
    named = named or _unknown_katakana(words[i:end])
    # (not a word that points to what the text lists next, 以下の, 下記の: not_openings)
    pointer = "".join(w[0] for w in words[i:end]) in grammar.not_openings
    if (
        end > i
        and not (pos.startswith("接尾辞") or named or pointer)
        and _surfaces(words, end, 1) == ("の",)
    ):
        return end + 1  # 件の, 身元不明の, 某国の, 近所の: a noun + の before the noun
    return None


# "A certain" read by UniDic as the verb "to be" after の (中国南西部の + ある + 大都市):
# after a place's name it is the determiner, no verb (the place is had by nothing)
_DETERMINER_VERBS = ("ある", "とある")


def _after_adjectives(words: tuple[Word, ...], j: int) -> int:
    """The index after the adjectives between an opening and its noun (その + 小さな +
    村, ある + 古い + 町, とある + 静か + な + 港町): at most two."""
    for _ in range(2):
        if j >= len(words):
            break
        pos = words[j][3]
        if pos.startswith(("形容詞", "連体詞")):
            j += 1
        elif (pos.startswith("形状詞") or "形状詞可能" in pos) and _surfaces(words, j + 1, 1) == (
            "な",
        ):  # 静か + な, 高貴 + な
            j += 2
        elif pos.startswith("形状詞") and _adjoins(words, j):
            j += 1  # 公的 + 機関, 大規模 + 工場: an adjectival noun compounded
        else:
            break
    return j


def _listed_opening(text: str, words: tuple[Word, ...], i: int, grammar: PhraseGrammar):
    """The index of the first word after an opening of the regular grammar (見知らぬ,
    一 + a noun, そういう) that starts at word i and ends where a word ends, or None."""
    match = grammar.opening.match(text, words[i][1]) if grammar.opening else None
    if match is None or match.end() == words[i][1]:
        return None
    return next((j for j in range(i + 1, len(words)) if words[j][1] == match.end()), None)


def _after_withholding_clause(words: tuple[Word, ...], i: int) -> int | None:
    """名前 + を + 伏せ + た, 社名 + が + 明かさ + れ + て + い + ない: a name word, a case
    particle, then a short clause of verbs and their endings; the noun follows it."""
    if _surfaces(words, i + 1, 1) not in (("を",), ("が",), ("は",), ("も",)):
        return None
    j = i + 2
    while j < len(words) and j - i - 2 < _LONGEST_CLAUSE and words[j][3].startswith(_CLAUSE_PARTS):
        j += 1
    has_verb = any(w[3].startswith(("動詞", "形容詞")) for w in words[i + 2 : j])
    noun_after = j < len(words) and words[j][3].startswith((*_COMPOUND_PARTS, "形状詞"))
    return j if has_verb and noun_after else None  # 伏せ + た + 公的 + 機関


def _is_counter(words: tuple[Word, ...], i: int) -> bool:
    """A counter (名, つ, 社) or a noun suffix counted with (人 of 何人)."""
    return i < len(words) and ("助数詞" in words[i][3] or words[i][3].startswith("接尾辞,名詞的"))


def _in_compound(words: tuple[Word, ...], i: int) -> bool:
    """Whether word i goes on a compound that a word before it started."""
    before = words[i - 1][3] if i > 0 and words[i - 1][2] == words[i][1] else ""
    # 昨日 + 現地, 今年 + 同社: a time noun (副詞可能) before a word starts no compound with it
    return before.startswith(_COMPOUND_PARTS) and "副詞可能" not in before


def _adjoins(words: tuple[Word, ...], i: int) -> bool:
    """Whether a compound part follows word i with nothing between."""
    return (
        i + 1 < len(words)
        and words[i + 1][1] == words[i][2]
        and words[i + 1][3].startswith(_COMPOUND_PARTS)
    )


def _standing_alone(
    words: tuple[Word, ...], i: int, grammar: PhraseGrammar, prefixed: bool = False
) -> tuple[tuple[str, ...], int, bool]:
    """A noun compound that refers without a name and without an opening, standing as a
    compound of its own (a plural suffix after it aside, an honorific prefix before it):
    its types, the index after it, and whether it is a bare description. A deictic noun
    (本人, 先方, 現地, あそこ), a word opening on a morpheme that points (同 + 店, 隣 + 国,
    他 + 社), a place class and 内/外 (都内, 県外); or, bare, a compound of common nouns
    whose head says its type (取引 + 先, 政府 + 高官, 被災 + 地, 当事 + 者)."""
    surface, _, _, pos = words[i]
    if surface in grammar.honorifics and pos.startswith("接頭辞") and _adjoins(words, i):
        return _standing_alone(words, i + 1, grammar, prefixed=True)  # ご + 本人
    if (
        pos.startswith("形状詞")
        and han(surface)
        and len(surface) > 1  # not 旺 of 旺 + 角 + 駅: one kanji opens a name's stem
        and _adjoins(words, i)
        and not _in_compound(words, i)
    ):
        # 主要 + メディア, 有力 + 企業: described, bare (リッチ + 夫人: a loanword may be a name)
        end = _compound_end(words, i + 1)
        named = any("固有名詞" in w[3] for w in words[i + 1 : end])
        return (() if named else _bare_types(words[i + 1 : end], grammar)), end, True
    pronoun = pos.startswith("代名詞") and not _adjoins(words, i)
    if not (pos.startswith("名詞,普通名詞") or pronoun) or (
        _in_compound(words, i) and not prefixed
    ):
        return (), i, False
    end = max(_compound_end(words, i), i + 1)
    while end - 1 > i and words[end - 1][0] in grammar.plurals:
        end -= 1  # 同氏 + ら, 関係者 + たち: added back by the caller
    compound = "".join(w[0] for w in words[i:end])
    types = tuple(t for t, nouns in grammar.deictic.items() if compound in nouns)
    if len(compound) == 2 and compound[1] in grammar.within:  # 県 + 内, 都内
        types += ("place",) if compound[0] in grammar.suffixes.get("place", ()) else ()
    if types:
        return types, end, False
    if end > i + 1:  # 本人 + 確認 goes on: no reference, unless its head says a type
        bare = (
            not any("固有名詞" in w[3] for w in words[i:end])
            # チャンギ + 空港: a katakana word UniDic does not know is a name it has not
            # met, the compound a name and its kind (an airport named), no description
            and not _unknown_katakana(words[i:end])
            and end - i <= _LONGEST_BARE
            and not _stem_of_a_name(words, i, end)
            and not _katakana_before_a_named_head(words, i, end, grammar)
        )
        return (_bare_types(words[i:end], grammar) if bare else ()), end, True
    for opening in (*grammar.anaphoric, *grammar.pointing_away):
        rest = surface[len(opening) :]
        if surface.startswith(opening) and rest:
            back = opening in grammar.anaphoric
            return _rest_types(rest, grammar, one_character_nouns=back), end, False
    # a country's one character and a body's suffix in one word (英紙, 米紙): a body it
    # locates; not 米国, 英国 (a place's suffix: the country itself)
    if (
        len(surface) == 2
        and surface[0] in grammar.descriptors
        and surface[1] in grammar.suffixes.get("organisation", ())
    ):
        return ("organisation",), end, True
    return (), end, False


# morphemes of the noun a place locates: 大 + 都市, 重工 + 大手; a longer run of common
# nouns after a place is as often a name UniDic cuts up (釣魚 + 台 + 国賓 + 館)
_LONGEST_LOCATED = 2
_LONGEST_BARE = 3  # morphemes of a bare description: 政府 + 高官, not a clause's worth


def _katakana_before_a_named_head(
    words: tuple[Word, ...], i: int, end: int, grammar: PhraseGrammar
) -> bool:
    """Whether a compound is a katakana word and a head that ends names after one
    (named_heads: スターリング + 城, ハドソン + 川, ハワイ + 島): a castle's, a river's,
    an island's name, no description (ホテル + 街, キャンプ + 場 are: their heads are not
    listed). So is one kanji UniDic reads as a noun apart before such a head (資 + 江, 台
    + 州): a Chinese river's or city's name it does not know, not one that points (同 +
    湖, 某 + 州: anaphoric and pointing morphemes) nor a descriptor (米 + 州). UniDic knows
    most descriptions of one kanji and such a head whole (孤島, 他州, 隣州); one it cuts
    (塩 + 湖) is read as a name too, and then stands in for no name."""
    first, _, _, pos = words[i]
    if end - i != 2 or words[end - 1][0] not in grammar.named_heads:
        return False
    if katakana(first):
        return True
    return (
        len(first) == 1
        and han(first)
        and pos.startswith("名詞,普通名詞")
        and first not in grammar.anaphoric
        and first not in grammar.pointing_away
        and first not in grammar.determiners
        and first not in grammar.descriptors
    )


def _stem_of_a_name(words: tuple[Word, ...], i: int, end: int) -> bool:
    """Whether what the head of a compound follows is a name's stem UniDic knows no word
    of rather than a describing word (終点 + 駅, 政府 + 高官, 被災 + 地): a kanji glued
    right before the compound (旺 + 角 + 駅: 旺 is no noun to UniDic), or a word and a
    single kanji noun right before the head (銅鑼 + 湾 + 駅; not 市 + 中心 + 部). Then the
    compound is a name of the head's kind (a station, a district), no description
    standing in for one. Only before a head of one character, the suffix such names end
    in (駅, 区, 線)."""
    if len(words[end - 1][0]) != 1:
        return False  # a head of two characters or more is a described noun (幹部, 学者)
    start = words[i][1]
    if i and words[i - 1][2] == start and han(words[i - 1][0][-1:]):
        return True
    before_head = words[i : end - 1]
    last = before_head[-1] if before_head else None
    # the single kanji right before the head, after a word: 銅鑼 + 湾 + 駅; one that opens
    # the compound is a describing prefix (市 + 中心 + 部, 県 + 北部), no name's piece; and
    # not a suffix of UniDic's (次官 + 級 + 幹部, 経済 + 学 + 者: bound, no name's piece)
    return (
        len(before_head) >= 2 and len(last[0]) == 1 and han(last[0]) and last[3].startswith("名詞")
    )


def _bare_types(compound: tuple[Word, ...], grammar: PhraseGrammar) -> tuple[str, ...]:
    """The types a bare description may stand for: a person or a place (政府高官, 被災地),
    not a body, whose own name is often built of common nouns (国際 + 連合, 世界 + 銀行)."""
    return tuple(t for t in _head_types(compound, grammar) if t in ("person", "place"))


def _rest_types(rest: str, grammar: PhraseGrammar, one_character_nouns: bool) -> tuple[str, ...]:
    """The types of what follows a pointing morpheme inside one word: a noun of a type
    (同 + 大学, 同 + 所), a suffix or head (同 + 店, 隣 + 国), a word ending of a longer
    rest. After a morpheme pointing away, one character is read as a suffix only (他 + 方
    is "on the other hand", 両 + 方 "both": no person)."""
    nouns = grammar.nouns.items()
    types = [t for t, ns in nouns if rest in ns and (len(rest) > 1 or one_character_nouns)]
    types += [t for t, ends in grammar.suffixes.items() if rest in ends]
    if rest in grammar.titles:
        types.append("person")
    if len(rest) > 1:
        types += [t for t, endings in grammar.word_endings.items() if rest.endswith(endings)]
    return tuple(dict.fromkeys(types))


def _surfaces(words: tuple[Word, ...], i: int, n: int) -> tuple[str, ...]:
    return tuple(w[0] for w in words[i : i + n])


def _compound_end(words: tuple[Word, ...], i: int) -> int:
    """The end of the noun compound starting at word i (i itself when there is none)."""
    j = i
    while j < len(words) and words[j][3].startswith(_COMPOUND_PARTS):
        if j > i and words[j][1] != words[j - 1][2]:
            break  # a space or a mark between: two phrases
        j += 1
    return j


def _head_types(compound: tuple[Word, ...], grammar: PhraseGrammar) -> tuple[str, ...]:
    """The types a noun compound's end says (地方+都市: place; 会社+員: person), or ()."""
    last_surface, _, _, last_pos = compound[-1]
    if "固有名詞" in last_pos:
        return ()  # 港町の神戸: a name, not a description
    # a listed noun or suffix as the compound's last words, longest first (法律 + 事務所 is
    # an office, not a place 所); a suffix only after something (人 alone is a noun)
    for k in range(len(compound)):
        tail = "".join(w[0] for w in compound[k:])
        types = tuple(t for t, nouns in grammar.nouns.items() if tail in nouns)
        types += tuple(t for t, nouns in grammar.deictic.items() if k > 0 and tail in nouns)
        if tail in grammar.titles and len(tail) > 1:
            types += ("person",)  # 教授, 社長: a title is a noun of a person
        if k > 0 or len(tail) > 1:  # 工場, 事務所: a head of two characters is a noun too
            types += tuple(t for t, ends in grammar.suffixes.items() if tail in ends)
        if types:
            return tuple(dict.fromkeys(types))
    if len(last_surface) > 1:
        return tuple(
            t for t, endings in grammar.word_endings.items() if last_surface.endswith(endings)
        )
    return ()


def _class_noun_types(compound: tuple[Word, ...], grammar: PhraseGrammar) -> tuple[str, ...]:
    """The types of a listed class noun of two characters or more that ends a compound
    (規制 + 当局, 通信社), or (): not a suffix or a head, which end names too (司法 + 省)."""
    for k in range(len(compound)):
        tail = "".join(w[0] for w in compound[k:])
        if len(tail) > 1:
            types = tuple(t for t, nouns in grammar.nouns.items() if tail in nouns)
            if types:
                return types
    return ()


def described_words(text: str) -> list[str]:
    """The common nouns of two Han characters or more in a phrase (技術, 企業 of 技術企業):
    what a description shares with the source it renders."""
    return [surface for surface in common_han_nouns(text) if len(surface) > 1]


def common_han_nouns(text: str) -> list[str]:
    """The common nouns written in Han characters in a phrase (最大, 湖 of 日本最大の湖)."""
    return [
        surface
        for surface, _, _, pos in japanese_words(text)
        if pos.startswith("名詞,普通名詞") and han(surface, iteration_mark=True)
    ]

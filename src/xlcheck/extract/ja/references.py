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

from ...scripts import han
from .tokenizer import tagged_words

if TYPE_CHECKING:
    from ...rules.vague import PhraseGrammar

Word = tuple[str, int, int, str]  # surface, start, end, part of speech

_COMPOUND_PARTS = ("名詞,普通名詞", "名詞,固有名詞", "接頭辞", "接尾辞,名詞的")
_ONE = frozenset({"一", "ひと", "1", "１", "壱"})
_CLAUSE_PARTS = ("動詞", "助動詞", "形容詞", "助詞,接続助詞", "副詞", "接尾辞,形容詞的")
_LONGEST_CLAUSE = 6  # words: a short relative clause, not a sentence


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    types: tuple[str, ...]


def vague_phrases(text: str, grammar: PhraseGrammar) -> list[Reference]:
    """Every vague noun phrase of a Japanese text, in text order."""
    words = japanese_words(text)
    found = []
    for index in range(len(words)):
        after = _opening(words, index, grammar) or _listed_opening(text, words, index, grammar)
        if after is None:
            continue
        after = _after_adjectives(words, after)
        end = _compound_end(words, after)
        types = _head_types(words[after:end], grammar) if end > after else ()
        if types:
            found.append(Reference(words[index][1], words[end - 1][2], types))
    return found


@lru_cache(maxsize=256)  # a unit's segments are asked once per open name
def japanese_words(text: str) -> tuple[Word, ...]:
    """The UniDic words of a text as (surface, start, end, part of speech)."""
    return tuple(tagged_words(text)[0])


def _opening(words: tuple[Word, ...], i: int, grammar: PhraseGrammar) -> int | None:
    """The index of the first word after an opening that starts at word i, or None."""
    surface, pos = words[i][0], words[i][3]
    if pos.startswith("連体詞") or (surface in grammar.determiners and not pos.startswith("動詞")):
        # 同じ, どの, 我が point to the same, to which, to our own: to no one else
        return None if surface in grammar.not_openings else i + 1
    if pos.startswith("感動詞") and surface in ("あの", "その"):
        return i + 1  # あの is also a filler: before a noun it is the determiner
    if pos.startswith("代名詞"):  # いずれ + か + の, 何 + ら + か + の: an indefinite
        j = i + 2 if _surfaces(words, i + 1, 1) == ("ら",) else i + 1
        return j + 2 if _surfaces(words, j, 2) == ("か", "の") else None
    if surface in _ONE and _is_counter(words, i + 1) and _surfaces(words, i + 2, 1) == ("の",):
        return i + 3  # 一 + 名 + の, ひと + つ + の: a count of one
    clause_end = _after_withholding_clause(words, i) if surface in grammar.name_words else None
    if clause_end is not None:
        return clause_end
    if i > 0 and words[i - 1][2] == words[i][1] and words[i - 1][3].startswith(_COMPOUND_PARTS):
        return None  # inside a compound: 国籍不明 opens at 国籍, not at 不明
    end = _compound_end(words, i)
    if end > i and not pos.startswith("接尾辞") and _surfaces(words, end, 1) == ("の",):
        return end + 1  # 件の, 身元不明の, 某国の, 近所の: a noun + の before the noun
    return None


def _after_adjectives(words: tuple[Word, ...], j: int) -> int:
    """The index after the adjectives between an opening and its noun (その + 小さな +
    村, ある + 古い + 町, とある + 静か + な + 港町): at most two."""
    for _ in range(2):
        if j >= len(words):
            break
        pos = words[j][3]
        if pos.startswith(("形容詞", "連体詞")):
            j += 1
        elif pos.startswith("形状詞") and _surfaces(words, j + 1, 1) == ("な",):
            j += 2
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
    return j if has_verb and j < len(words) and words[j][3].startswith(_COMPOUND_PARTS) else None


def _is_counter(words: tuple[Word, ...], i: int) -> bool:
    return i < len(words) and ("助数詞" in words[i][3])


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
        if k > 0:
            types += tuple(t for t, ends in grammar.suffixes.items() if tail in ends)
        if types:
            return tuple(dict.fromkeys(types))
    if len(last_surface) > 1:
        return tuple(
            t for t, endings in grammar.word_endings.items() if last_surface.endswith(endings)
        )
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

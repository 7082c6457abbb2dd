"""Which Japanese names are sure enough to report when the source lacks them."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ...memory import WORDS_KEPT
from ...scripts import KATAKANA_WORD, capitals_before_a_noun, han, has_hiragana, katakana
from ..spans import fold_width
from .tokenizer import tagged_words

if TYPE_CHECKING:
    from ..entities import EntityMatch
    from . import Japanese


def confident(surface: str, match: EntityMatch, text: str, language: Japanese) -> bool:
    """Whether a name is sure enough to be reported when the source lacks it.

    UniDic knows many names that are also words (今本 "this book" read as a surname, モロ,
    かめ); those stay entities, to be matched, but are reported only with more evidence:
    a glossary term, a compound (中関村 + ブロックチェーン産業連盟), a katakana name of
    three characters or more that neither ends a katakana compound (ロビン of ラウンドロビン)
    nor opens a loanword verb (シリア of シリアライズする) nor, for a person, any katakana
    word (マイルス of マイルストーン), a kanji name that is not a
    piece of a longer kanji word (大津 in 大津波), and for a person in kanji, three
    characters or a title after it (the titles of rules/ja/names.toml).
    Short Latin capitals (PC, CD, LDK) are abbreviations, not names; kana-only names
    are too easily words (かめ, モロ).
    """
    surface = fold_width(surface)
    if surface.isascii():
        if capitals_before_a_noun(surface, text, match.end):
            return False  # BASIC 認証: the kind of a thing, no name
        return not (len(surface) <= 3 and surface.upper() == surface)
    if katakana(surface) and _opens_a_verb(text, match.end):
        return False  # シリア of シリアライズする: the opening of a loanword verb
    known = known_names(language.glossary, language.entities)
    if surface in known:
        return True
    if _runs_on_into_a_word(surface, match, text, language):
        return False  # 洞 + 景勝 + 地 of 騰竜洞景勝地: a scenic spot, no person
    if match.compound:
        return True
    family = language.name_rules.family_name_length(surface)
    if match.entity_type == "person" and 0 < family < len(surface):
        return True  # 中村 + あゆみ, 山田 + 太郎: a full name of the person grammar
    if has_hiragana(surface):
        return False
    if katakana(surface):
        if katakana(text[match.start - 1 : match.start].replace("・", "")):
            return False  # ロビン of ラウンドロビン: a compound's head, after a word of it
        if (
            match.entity_type == "person"
            and han(text[match.start - 1 : match.start])
            and not text.endswith(language.name_rules.roles_before_names, 0, match.start)
            and _common_noun_before(text[max(0, match.start - NOUN_REACH) : match.start])
        ):
            return False  # 画像 + カルーセル: a compound's head, not 歌手 + マドンナ
        if match.entity_type == "person" and "・" not in surface and _ends_on_a_loanword(surface):
            return False  # クリプト + プロジェクト: a compound UniDic guessed a person
        if _adjectival(text, match.end):
            return False  # レガシーなコード: a loanword used as an adjective, no name
        if match.entity_type in ("person", "other") and katakana(
            fold_width(text[match.end : match.end + 1])
        ):
            # マイルス + トーン, ジャック + ポット: a loanword UniDic does not hold, cut at a
            # first name it does; a person's name stands apart from what follows (・, a
            # particle, a title); and a name of no kind UniDic holds for a loanword too,
            # run into the word it qualifies (レガシー + ブラウザ: legacy browsers)
            return False
        return len(surface.replace("・", "").replace("ー", "")) >= 3
    titled = language.name_rules.title_after(text, match.end, "ja")
    if match.entity_type == "person" and len(surface) == 1:
        return False  # 李 + さん: a family name alone, weak as in Chinese (王 + 老师)
    if (
        match.entity_type == "person"
        and language.name_rules.address_after(text, match.end, familiar=True)
        and not _personal_name(surface)
    ):
        return False  # 大地 + くん: a common word read as a name by its familiar title alone
    if match.entity_type == "person" and titled:
        return True  # 王偉 + 氏, 田中 + 局長: a title outside the name
    before = text[match.start - 1 : match.start]
    after = text[match.end : match.end + 1]
    if han(before, iteration_mark=True) or han(after, iteration_mark=True):
        return False
    if match.entity_type == "person":
        return len(surface) >= 3
    return True


def _runs_on_into_a_word(surface: str, match: EntityMatch, text: str, language) -> bool:
    """Whether a person UniDic joined from a family name and a given name (洞 + 景勝)
    has a given name of kanji that runs on into a kanji word that is no title and, read
    with the kanji after it, is a common noun to UniDic (景勝 + 地 of 騰竜洞景勝地, a scenic
    spot): a family name's character ending a place, and a common word, no name.
    上杉景勝 + は stays a name; so does 山田太郎 + 社長, titled."""
    if match.entity_type != "person" or not match.head or not surface.startswith(match.head):
        return False
    given, end = surface[len(match.head) :], match.end
    if len(given) < 2 or not han(given) or not han(text[end : end + 1]):
        return False
    if language.name_rules.title_after(text, end, "ja"):
        return False
    return _common_noun_over(given, text[end : end + 3])


@lru_cache(maxsize=WORDS_KEPT)
def _common_noun_over(given: str, after: str) -> bool:
    """Whether UniDic, reading a given name with what follows it, reads its first word as
    a common noun that covers the whole given name (景勝 of 景勝 + 地は)."""
    words, _ = tagged_words(given + after)
    return bool(words) and words[0][2] >= len(given) and "普通名詞" in words[0][3]


NOUN_REACH = 6  # characters before a name read to find the word it is glued to


@lru_cache(maxsize=WORDS_KEPT)
def _common_noun_before(before: str) -> bool:
    """Whether the last word UniDic reads in `before` is a common noun that may open a
    compound (画像 of 画像カルーセル), not a noun of time (昨日 + ロビン) or another word."""
    words, _ = tagged_words(before)
    return bool(words) and words[-1][3].startswith(_COMPOUND_OPENERS)


# UniDic's common nouns that open compounds (画像, 管理): not its nouns of time (昨日, 今日:
# 名詞,普通名詞,副詞可能), which stand before a name as words of their own
_COMPOUND_OPENERS = ("名詞,普通名詞,一般", "名詞,普通名詞,サ変可能")

MIN_LOANWORD = 4  # letters of a common loanword closing a compound (プロジェクト, ブラウザ)


@lru_cache(maxsize=WORDS_KEPT)
def _ends_on_a_loanword(surface: str) -> bool:
    """Whether a katakana run UniDic reads as one person's name ends on a common noun it
    knows, after three letters or more (クリプト + プロジェクト, ウェブ + アプリケーション): a
    compound of loanwords, which UniDic, not knowing it whole, guessed to be a name."""
    for cut in range(3, len(surface) - MIN_LOANWORD + 1):
        words, unknown = tagged_words(surface[cut:])
        if len(words) == 1 and not unknown[0] and "普通名詞" in words[0][3]:
            return True
    return False


@lru_cache(maxsize=WORDS_KEPT)
def _personal_name(surface: str) -> bool:
    """Whether UniDic reads `surface` alone as one personal name (健, 田中), not a common
    word (大地, 翼 as "wing")."""
    words, _ = tagged_words(surface)
    return len(words) == 1 and PERSONAL_NAME in words[0][3]


PERSONAL_NAME = "人名"

# what follows a katakana loanword used as a verb (シリアライズ + する, + して, + される)
_VERB_ENDINGS = ("する", "し", "さ", "でき", "済")


def _opens_a_verb(text: str, end: int) -> bool:
    """Whether the katakana word goes on after `end` into a loanword verb (シリア +
    ライズする): a name opens a compound noun (ロンドン + オリンピック), not a verb."""
    rest = KATAKANA_WORD.match(text, end)
    return rest is not None and text.startswith(_VERB_ENDINGS, rest.end())


def _adjectival(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by the adnominal な before a noun
    (レガシーなコード, ユニークな値): a name takes なら (if) or など (and so on), not な."""
    after = text[end + 1 : end + 2]
    return text[end : end + 1] == "な" and bool(after) and not has_hiragana(after)


@cache  # keyed by the rule data itself, so that another rules folder gets its own set
def known_names(glossary, entities) -> frozenset[str]:
    """Glossary terms, without its generic parts of names (取引所, センター)."""
    generic = {*entities.org_suffixes, *entities.place_suffixes}
    return frozenset(term for entry in glossary for term in entry.ja if term not in generic)

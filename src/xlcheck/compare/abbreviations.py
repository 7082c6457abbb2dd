"""A body said by its short name, as news writes it the second time or in a headline.

Japanese shortens a body's name by keeping characters of the full name in order, its
first character always among them: 東京大学 = 東大, 早稲田大学 = 早大, 東京工業大学 = 東工大,
東京証券取引所 = 東証, 日本銀行 = 日銀; Chinese does the same (北京大学 = 北大,
中国科学院 = 中科院). A university is also named without the 学 of 大学 (清華大, 北京大).
The first character decides: 京大 keeps characters of 東京大学 in order, yet it is not
how 東京大学 opens, and it is the short name of another university (京都大学); a short
name of other characters (東北大 for 東京工業大学) is another body.

Short names that keep no first character (阪大 = 大阪大学) are vocabulary, in the glossary.

A short name the tagger does not read as a name (北大 is an abbreviation to jieba, 浙大 a
word) is found in the text instead when it is built from the full name as such names
are, the first character of a place of two and the first of the body's kind (北京大学 =
北大, 日本銀行 = 日銀); a longer name (北海道大学, 中国科学院) is not guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..regexes import occurrences
from ..scripts import HAN_RUN, han

if TYPE_CHECKING:
    from ..model import Fact

MIN_SHORT = 2  # characters of a short name: 東大
SHORT_STEM = 2  # characters of the place a short name is built from (北京 of 北大)
MAX_SHORT = 4  # 東京外大 at most; a longer "short name" is a name of its own
MIN_LEFT_OUT = 2  # characters a short name leaves out (清華大 is said apart, below)
BODIES = ("organisation", "company")
_NOT_BODIES = ("place", "person")  # 東京 is the city of 東京大学, not its short name
UNIVERSITY = "大学"


def shortened(zh: Fact, ja: Fact, kinds: tuple[str, ...] = ()) -> bool:
    """Whether one of two names is the other's short name: a body's full name on one
    side, characters of it in order, opening on its first, on the other. A name that ends
    in a whole word of `kinds` (大学, 銀行: body_suffixes in key form) is a body's full
    name, not a short one: 北京大学 is no short name of 北京師範大学."""
    return _short_name_of(ja, zh, kinds) or _short_name_of(zh, ja, kinds)


def _short_name_of(short: Fact, full: Fact, kinds: tuple[str, ...]) -> bool:
    short_key, full_key = short.value.key, full.value.key
    return (
        not _full_before_its_kind(short_key, full_key, kinds)
        and full.value.entity_type in BODIES
        and short.value.entity_type not in _NOT_BODIES
        and MIN_SHORT <= len(short_key) <= MAX_SHORT
        and len(full_key) - len(short_key) >= MIN_LEFT_OUT
        and short_key[0] == full_key[0]
        and han(short_key)
        and han(full_key)
        and _in_order(short_key, full_key)
    )


def _full_before_its_kind(short_key: str, full_key: str, kinds: tuple[str, ...]) -> bool:
    """Whether a name ending in a kind's word says in full what it opens on: 北京 + 大学
    is no short name of 北京師範大学, 中国 + 銀行 none of 中国工商銀行. A stem that
    leaves characters out of the full name's opening is a short one, and the kind after
    it the body's (台大 + 医院 = 台湾大学医学院附設病院, the hospital of 台大)."""
    kind = next((k for k in kinds if short_key.endswith(k) and len(short_key) > len(k)), "")
    if not kind:
        return False
    stem = short_key[: -len(kind)]
    return len(stem) < MIN_SHORT or full_key.startswith(stem)


def _in_order(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in the same order."""
    rest = iter(full)
    return all(character in rest for character in short)


def short_name_in(
    full_key: str,
    keyed_text: str,
    kinds: tuple[str, ...],
    lang: str,
    words: Callable[[], Sequence[str]],
) -> bool:
    """Whether `keyed_text` holds the short name of the body `full_key` built as such a
    name is built: the first character of a place of two characters and the first of
    the body's kind (`kinds`: body_suffixes in key form, 大学, 銀行): 北京大学 = 北大,
    浙江大学 = 浙大, 东京大学 = 東大. A full name with a middle part (北海道大学, 浙江工業大学,
    京都産業大学, 中国科学院) has no short name built so: not guessed. `lang`: the text's
    language (see `said_as`); `words`: for Chinese, the text's words in key form, in
    order, asked only when the short name stands in it."""
    kind = next((k for k in kinds if full_key.endswith(k) and len(full_key) > len(k)), "")
    stem = full_key[: -len(kind)] if kind else ""
    if len(stem) != SHORT_STEM or not han(full_key):
        return False
    short = stem[0] + kind[0]
    if lang == "ja":
        return said_as(short, keyed_text)
    return short in keyed_text and _short_name_in_words(short, kind, words())


def _short_name_in_words(short: str, kind: str, words: Sequence[str]) -> bool:
    """Whether Chinese words say a short name, where no sign marks a word's end: as a word
    of its own (北大, 他在中大读书), or as its first character before its kind's word, in one
    word or two (北大学生, 浙 + 大学生: "the university's students"); not inside a longer word
    (北大西洋, 中 + 大型 of 中大型)."""
    return any(
        word == short or (word[:1] == short[0] and (word[1:] or following).startswith(kind))
        for word, following in zip(words, (*words[1:], ""), strict=True)
    )


def university_said_short(key: str, keyed_text: str) -> bool:
    """Whether a university (a key ending in 大学 after a name of two characters or more)
    stands in the text without its 学: 清華大で, 北京大の."""
    stem = key.removesuffix(UNIVERSITY)
    if stem == key or len(stem) < MIN_SHORT:
        return False
    return said_as(stem + UNIVERSITY[0], keyed_text)


def said_as(short: str, keyed_text: str) -> bool:
    """Whether a short form of a name stands in Japanese text as a word of its own, not
    as the start of another word (北京大使館, 東京大会, 北大西洋: a Han character follows;
    Chinese text, where one always may, has no such sign)."""
    return any(
        not HAN_RUN.match(keyed_text, end) for _, end in occurrences(short, keyed_text)
    )

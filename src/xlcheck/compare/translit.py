"""Transliteration rung: does a Chinese name sound like a Japanese katakana name?

Both sides are reduced to a consonant skeleton: Chinese through pinyin (pypinyin),
katakana through romaji (cutlet), Latin letters as written. The skeleton drops vowels
(so katakana's epenthetic vowels, スタンフォード's "u" and "o", do not count), drops
syllable-final n/ng and the moraic ン (final -n/-ng differ freely between the two), and
folds consonants into classes that transliteration confuses: l/r, b/p/v, t/d, k/g,
s/z/j/q/x/c/ch/sh/zh/ts. 纳达尔 na-da-er = ナダル nadaru = "ndr".
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

# Two skeletons of at least this length match when they are this similar.
MIN_RATIO = 0.8
MIN_FUZZY_LENGTH = 3

_CLASSES = [
    (re.compile(r"zh|ch|sh|ts|[sxzjqc]"), "s"),
    (re.compile(r"[bpv]"), "b"),
    (re.compile(r"[td]"), "t"),
    (re.compile(r"[kg]"), "k"),
    (re.compile(r"[lr]"), "r"),
    (re.compile(r"[fh]"), "h"),
    (re.compile(r"[yw]"), ""),
]
_KATAKANA = re.compile(r"^[\u30a0-\u30ff・ー]+$")
_HAN = re.compile(r"^[\u4e00-\u9fff·・]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def _consonants(romanised: str) -> str:
    text = romanised.lower()
    for pattern, replacement in _CLASSES:
        text = pattern.sub(replacement, text)
    return re.sub(r"[aeiou]", "", text)


@cache
def _pinyin():
    from pypinyin import lazy_pinyin

    return lazy_pinyin


@cache
def _romaji():
    import cutlet

    return cutlet.Cutlet(use_foreign_spelling=False)


@cache
def skeleton(name: str) -> str | None:
    """The consonant skeleton of a Han, katakana or Latin name; None for other scripts."""
    if _HAN.match(name):
        syllables = [s for s in _pinyin()(name.replace("·", "")) if s.isalpha()]
        return "".join(_consonants(re.sub(r"ng?$", "", s)) for s in syllables)
    if _KATAKANA.match(name):
        romaji = _romaji().romaji(name.replace("・", "")).lower()
        romaji = re.sub(r"([kstpbdgmrfhjz])\1", r"\1", romaji)  # small tsu: gemination
        romaji = re.sub(r"n(?![aeiouy])", "", romaji)  # the moraic ン
        return _consonants(romaji)
    if _LATIN.match(name):
        latin = re.sub(r"[^a-z]", "", name.lower())
        latin = re.sub(r"([a-z])\1", r"\1", latin)
        latin = re.sub(r"n(?![aeiouy])|ng$", "", latin)
        return _consonants(latin)
    return None


def sounds_alike(zh_name: str, ja_name: str) -> bool:
    """Whether two names, at least one of them katakana or Latin, transliterate each other."""
    if not (_KATAKANA.match(ja_name) or _LATIN.match(ja_name) or _LATIN.match(zh_name)):
        return False
    left, right = skeleton(zh_name), skeleton(ja_name)
    if not left or not right:
        return False
    if left == right:
        return len(left) >= 2  # one consonant says too little: 健 and ケン stay unmatched
    if min(len(left), len(right)) < MIN_FUZZY_LENGTH:
        return False
    return SequenceMatcher(None, left, right).ratio() >= MIN_RATIO

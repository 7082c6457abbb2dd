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
from functools import cache, lru_cache

# Two skeletons of at least this length match when they are this similar.
MIN_RATIO = 0.8
MIN_FUZZY_LENGTH = 2

_CLASSES = [
    (re.compile(r"zh|ch|sh|ts|[sxzjqc]"), "s"),
    (re.compile(r"[bpvf]"), "b"),  # 弗吉尼亚 = バージニア: f and v are one sound here
    (re.compile(r"[td]"), "t"),
    (re.compile(r"[kg]"), "k"),
    (re.compile(r"[lr]"), "r"),
    (re.compile(r"h"), "h"),
    (re.compile(r"[yw]"), ""),
]
_KATAKANA = re.compile(r"^[\u30a0-\u30ff・ー]+$")
_HAN = re.compile(r"^[\u4e00-\u9fff·・]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")
_ACRONYM = re.compile(r"^[A-Z0-9&.-]+$")  # BTCC, HIV: read letter by letter, never transliterated


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
def _han_skeleton(name: str, palatals_as_k: bool = False) -> str:
    """Pinyin syllables without final n/ng, reduced to consonants; with `palatals_as_k`,
    j/q/x read as k (they came from k/g before i and ü: 加泰罗尼亚 is "Catalonia")."""
    syllables = [s for s in _pinyin()(name.replace("·", "")) if s.isalpha()]
    skeleton = []
    for syllable in syllables:
        syllable = re.sub(r"ng?$", "", syllable)
        if palatals_as_k:
            syllable = re.sub(r"^[jqx]", "k", syllable)
        skeleton.append(_consonants(syllable))
    return "".join(skeleton)


@cache
def skeleton(name: str) -> str | None:
    """The consonant skeleton of a Han, katakana or Latin name; None for other scripts."""
    if _HAN.match(name):
        return _han_skeleton(name)
    if _KATAKANA.match(name):
        romaji = _romaji().romaji(name.replace("・", "")).lower()
        romaji = re.sub(r"([kstpbdgmrfhjz])\1", r"\1", romaji)  # small tsu: gemination
        romaji = re.sub(r"n(?![aeiouy])", "", romaji)  # the moraic ン
        return _consonants(romaji)
    if _LATIN.match(name) and not _ACRONYM.match(name):
        latin = re.sub(r"[^a-z]", "", name.lower())
        latin = re.sub(r"([a-z])\1", r"\1", latin)
        latin = re.sub(r"c(?![eiy])", "k", latin.replace("th", "s"))  # Nicole, Smith
        latin = re.sub(r"(?<=.)h", "", latin)  # John, Thomas: a silent h
        latin = re.sub(r"n(?![aeiouy])|ng$", "", latin)
        return _consonants(latin)
    return None


def sounds_alike(zh_name: str, ja_name: str, *, strict: bool = True) -> bool:
    """Whether two names, at least one of them katakana or Latin, transliterate each other.

    `strict` (for names heard in running text) also asks the Chinese name to be written
    in transliteration characters: 中国 and 深圳 are not sound-borrowed, and any likeness
    to a katakana word nearby is chance. Two names that both sides tagged as names need
    less proof (巴拿马 = パナマ).
    """
    if not (_KATAKANA.match(ja_name) or _LATIN.match(ja_name) or _LATIN.match(zh_name)):
        return False
    if strict and _HAN.match(zh_name) and not _transliteration_like(zh_name):
        return False
    left, right = skeleton(zh_name), skeleton(ja_name)
    if not left or not right:
        return False
    if left == right and len(left) >= 2:
        return True
    if left == right:  # one consonant says too little alone: compare the vowels too
        return _vowels(zh_name) == _vowels(ja_name) != ""
    if min(len(left), len(right)) < MIN_FUZZY_LENGTH:
        return False
    candidates = [left]
    if _HAN.match(zh_name):
        candidates.append(_han_skeleton(zh_name, palatals_as_k=True))
    return any(SequenceMatcher(None, c, right).ratio() >= MIN_RATIO for c in candidates if c)


def _vowels(name: str) -> str:
    """The vowel sequence of a name's romanisation, long vowels folded (ジョン: o)."""
    if _HAN.match(name):
        text = "".join(_pinyin()(name))
    elif _KATAKANA.match(name):
        text = _romaji().romaji(name)
    else:
        text = name
    vowels = re.sub(r"[^aeiou]", "", text.lower())
    return re.sub(r"(.)\1+", r"\1", vowels)


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc・]{2,}")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'-]+")


def heard_in(name: str, other_text: str, other_lang: str) -> bool:
    """Whether a name sounds like something written in the other side's text.

    The other side's tokenizer may not tag it (ピザ and 比萨 are common nouns to it): the
    Japanese text is scanned for katakana and Latin runs, the Chinese text for runs of
    transliteration characters.
    """
    if other_lang == "ja":
        return any(sounds_alike(name, candidate) for candidate in _japanese_runs(other_text))
    return any(sounds_alike(run, name) for run in _transliteration_runs(other_text))


def both_foreign(first: str, second: str) -> bool:
    """Whether one name is in transliteration characters and the other in katakana."""
    for zh, ja in ((first, second), (second, first)):
        if _HAN.match(zh) and _transliteration_like(zh) and _KATAKANA.match(ja):
            return True
    return False


def _transliteration_like(name: str) -> bool:
    from ..extract.zh import _to_simplified, transliterated

    return transliterated(_to_simplified().convert(name))


# Every unmatched name of a window is looked for in the same window text: one scan each.
@lru_cache(maxsize=64)
def _japanese_runs(text: str) -> tuple[str, ...]:
    """Katakana and Latin runs of a Japanese text: where a transliterated name would be."""
    return tuple(m.group(0) for run in (_KATAKANA_RUN, _LATIN_RUN) for m in run.finditer(text))


@lru_cache(maxsize=64)
def _transliteration_runs(text: str) -> tuple[str, ...]:
    """Runs of transliteration characters and Latin runs of a Chinese text."""
    from ..extract.zh import TRANSLITERATION_RUN, _to_simplified

    simplified = _to_simplified().convert(text)
    runs = [m.group(0) for m in TRANSLITERATION_RUN.finditer(simplified)]
    return tuple(runs + [m.group(0) for m in _LATIN_RUN.finditer(text)])

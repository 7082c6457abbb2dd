"""How alike a Chinese transliteration and a katakana (or Latin) name sound, syllable by syllable.

Both scripts write a foreign name as a row of syllables, each approximating a piece of
the original. Chinese spends a whole character on a bare consonant (斯 s, 特 t, 姆 m,
尔 r, 克 k), and Japanese writes one with an epenthetic u or o (ス, ト, ム, ル, ク). So
each side becomes a sequence of units (consonant class, vowel), where a vowel may be
"reduced" (`*`, standing for nothing); the sequences are aligned with costs that follow
how transliteration errs: l/r, b/p/f/v, t/d, k/g and the sibilants are one class each;
a reduced vowel matches any vowel; a unit made of a vowel or a weak h alone can be
skipped cheaply (メアリー has a syllable 玛丽 has not; 约翰 has an h ジョン has not);
syllable codas (-n, -ng, ン) and long vowels (ー) are ignored, since the two scripts add
and drop them freely.

汤姆 (t-a, m-*) and トム (t-o, m-u) come out close; 汤姆 and ジョン (s-o) do not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..memory import WORDS_KEPT
from .pinyin import pinyin_reader

Unit = tuple[str, str]  # (consonant class, vowel): vowel "*" is reduced

_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
# pinyin initial -> consonant class
_PINYIN_CLASS = {
    "b": "p", "p": "p", "f": "p", "m": "m", "d": "t", "t": "t", "n": "n", "l": "r",
    "g": "k", "k": "k", "h": "h", "j": "c", "q": "c", "x": "c", "zh": "s", "ch": "s",
    "sh": "s", "r": "r", "z": "s", "c": "s", "s": "s", "y": "y", "w": "w", "": "",
}  # fmt: skip
# The syllables of r that transliterate a French or Portuguese j or soft g (让 rang = Jean,
# 热 re = Gé-, 若 ruo = Jo-, 茹 and 儒 ru = Ju-), heard as ジ as well as ル: a class of
# their own (not 阮 ruan, the Vietnamese Nguyen, whose sound says nothing of its reading).
_FRENCH_J = frozenset({"rang", "re", "ruo", "ru"})
# Syllables Chinese transliteration uses for a bare consonant (斯 si = s, 特 te = t).
_BARE = re.compile(r"^(?:[bpfm]u|[dtgkhl]e|[zcs]i|[zcs]hi|ri|[zcs]e|[zcs]he|re|er)$")
# classes that transliteration confuses partly: (a, b) -> cost
_NEAR = {
    frozenset("cs"): 0.0,  # j, q, x: palatal, written with the sibilants in katakana (习 シ)
    frozenset("ck"): 0.2,  # ... or once a k or g before i (基里尔 = キリル)
    frozenset("ch"): 0.2,  # ... or an h (希特勒 = ヒットラー)
    frozenset("cy"): 0.4,
    frozenset("ys"): 0.4,  # 约翰 yue = John's J
    frozenset("y"): 0.0,
    frozenset(("y", "")): 0.3,
    frozenset(("w", "")): 0.3,
    frozenset("wp"): 0.4,  # 威 wei = Vi-
    frozenset(("h", "")): 0.4,
    frozenset("hw"): 0.3,  # 华 hua = Wa-
    frozenset("hk"): 0.5,
    frozenset("hp"): 0.5,  # フ hu is f
    frozenset("nm"): 0.9,
    frozenset("nr"): 0.7,
    frozenset("ts"): 0.6,  # ツ, 茨
    # the r of a French or Portuguese j (_FRENCH_J: 让 = ジャン, 热拉尔 = ジェラール, 若泽 =
    # ジョゼ), or of an r (热 = レ)
    frozenset("ʐr"): 0.2,
    frozenset("ʐs"): 0.3,
}
SKIP = {"vowel": 0.5, "weak": 0.5, "inner h": 0.3, "bare": 0.6, "final": 0.35, "full": 1.0}


def _pinyin_unit(syllable: str) -> Unit:
    if _BARE.match(syllable):
        initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
        return (_PINYIN_CLASS[initial] if syllable != "er" else "r", "*")
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "ü" + final[1:]  # ju, xue: pinyin writes ü as u after these
    vowel = _main_vowel(final)
    return ("ʐ" if syllable in _FRENCH_J else _PINYIN_CLASS[initial], vowel)


def _main_vowel(final: str) -> str:
    """The vowels a transliteration reads in a pinyin final, the main one first: 约 yue is
    "yo", 丽 li "i", 廉 lian "a" or "i", 伦 lun "e" (Helen) or "o" (顿, Boston)."""
    if final in ("üe", "ue", "uo", "o", "ou", "ong", "iong"):
        return "o"
    if final in ("ei", "ui", "ie"):
        return "ei"
    if final in ("e", "en"):
        return "e"
    if final == "eng":
        return "eo"  # 蒙 meng = Mon (西蒙 Simon)
    if final.startswith("ia"):
        return "ai"
    if final.startswith(("ua", "a")):
        return "a"
    if final in ("i", "in", "ing"):
        return "i"
    if final in ("ün", "üan"):
        return "ui"
    if final == "un":
        return "eou"
    if final == "iu":
        return "uio"
    return "u"  # u, ü


@lru_cache(maxsize=WORDS_KEPT)
def han_units(name: str) -> tuple[Unit, ...]:
    syllables = [s for s in pinyin_reader()(name.replace("·", "").replace("・", "")) if s.isalpha()]
    return tuple(_pinyin_unit(s.replace("ü", "v").replace("v", "ü")) for s in syllables)


# Kunrei names of a few kana read otherwise (チ is chi, フ is fu).
_KANA_READINGS = {"TI": "CHI", "TU": "TSU", "HU": "FU", "ZI": "JI", "DI": "JI", "DU": "ZU"}
_KANA_CLASS = {
    "K": "k", "G": "k", "S": "s", "Z": "s", "J": "s", "C": "s", "T": "t", "D": "t", "N": "n",
    "H": "h", "F": "p", "B": "p", "P": "p", "V": "p", "M": "m", "Y": "y", "R": "r", "W": "w",
}  # fmt: skip


@lru_cache(maxsize=WORDS_KEPT)
def kana_units(name: str) -> tuple[Unit, ...]:
    """Morae of a katakana name as units; ン, ッ and ー are left out."""
    return tuple((unit_class, vowel) for _, _, unit_class, vowel in _kana_morae(name))


def _kana_morae(name: str) -> list[list[str]]:
    """[kana, consonant letter as Unicode names it, consonant class, vowel] of each mora
    of a katakana name (a small kana joined to the one before: キャ, ティ); ン, ッ and ー
    are left out."""
    morae: list[list[str]] = []
    for char in name:
        label = unicodedata.name(char, "")
        if not label.startswith("KATAKANA LETTER") and not label.startswith("HIRAGANA LETTER"):
            continue
        reading = label.split(" LETTER ")[1]
        if reading.startswith("SMALL "):
            vowel = reading[-1].lower()
            if reading in ("SMALL TU", "SMALL TSU"):
                continue  # ッ: a doubled consonant
            if morae:  # キャ: one mora; ティ, ファ, ウィ, ジェ: the small vowel replaces
                morae[-1][0] += char
                morae[-1][3] = vowel
            else:
                morae.append([char, "", "", vowel])
            continue
        letter = reading[:1] if len(reading) > 1 else ""
        reading = _KANA_READINGS.get(reading, reading)
        if reading == "N":
            continue  # the moraic ン: codas do not count
        consonants, vowel = reading[:-1], reading[-1].lower()
        unit_class = _KANA_CLASS.get(consonants[:1], "") if consonants else ""
        morae.append([char, letter, unit_class, vowel])
    return morae


def _substitute(a: Unit, b: Unit) -> float:
    consonant = 0.0 if a[0] == b[0] else _NEAR.get(frozenset((a[0], b[0])), 1.0)
    if a[1][0] == b[1][0]:
        vowel = 0.0
    elif "*" in (a[1], b[1]):
        # katakana spells a bare consonant with u or o (ス, ト), after ch and j with i
        other = b[1][0] if a[1] == "*" else a[1][0]
        vowel = _AFTER_BARE.get(other, 0.0)
    elif a[1][0] in b[1] or b[1][0] in a[1] or frozenset((a[1][0], b[1][0])) in _NEAR_VOWELS:
        vowel = 0.3
    else:
        vowel = 0.8
    return consonant + vowel


# A bare Chinese consonant (姆 m) against a katakana mora with a full vowel (マ ma):
# Chinese would have written that vowel (玛), so a and e count nearly as a wrong vowel.
_AFTER_BARE = {"i": 0.2, "a": 0.7, "e": 0.7}
# Vowels the two scripts swap for each other (汤 ta for To, 海 ha for He, 杰 je for Ja).
_NEAR_VOWELS = {frozenset("ei"), frozenset("ou"), frozenset("ao"), frozenset("ae")}


def _skip(unit: Unit, katakana_side: bool, inside: bool, last: bool = False) -> float:
    if unit[0] == "":
        return SKIP["vowel"]
    if not inside:
        return SKIP["full"]  # both scripts write a name's first sound (斯坦福 = スタンフォード)
    if unit[0] == "h" and inside:
        return SKIP["inner h"]  # 约翰 = John: inside a name, h is often silent
    if unit[0] in ("h", "y", "w"):
        return SKIP["weak"]
    # ス, ト, ク, ル: katakana spells a bare consonant with u or o
    bare = unit[1] == "*" or (katakana_side and unit[1] in "uo")
    if bare and katakana_side and last:
        return SKIP["final"]  # 哈佛 = ハーバード, 大卫 = デビッド: Chinese drops a final d
    return SKIP["bare"] if bare else SKIP["full"]


def similarity(left: tuple[Unit, ...], right: tuple[Unit, ...]) -> float:
    """1 - the cheapest alignment's cost over the longer side's length (can be negative)."""
    if not left or not right:
        return 0.0
    rows, cols = len(left), len(right)
    cost = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        cost[i][0] = cost[i - 1][0] + _skip(left[i - 1], False, i > 1)
    for j in range(1, cols + 1):
        cost[0][j] = cost[0][j - 1] + _skip(right[j - 1], True, j > 1, j == cols)
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            cost[i][j] = min(
                cost[i - 1][j - 1] + _substitute(left[i - 1], right[j - 1]),
                cost[i - 1][j] + _skip(left[i - 1], False, i > 1),
                cost[i][j - 1] + _skip(right[j - 1], True, j > 1, j == cols),
            )
    return 1 - cost[rows][cols] / max(rows, cols)


def name_similarity(han: str, katakana: str) -> float:
    """How alike a Chinese name (Han characters) and a katakana name sound, from 1 down.
    A palatal mora (ニャ, リャ) is also heard as the two syllables Chinese writes for it
    (尼亚, 利亚): 佩尼亚 = ペニャ, the Spanish ñ."""
    left, right = han_units(han), kana_units(katakana)
    best = similarity(left, right)
    glided = _palatal_units(katakana)
    if glided != right:
        best = max(best, similarity(left, glided))
    return best


# Consonants whose mora with a small ya, yu or yo (ニャ, リャ, ビャ) Chinese writes as a
# syllable in i and one in y (尼亚, 利亚); a sibilant's (シャ, チャ, ジャ) it writes as one
# syllable (沙, 查, 贾), its glide part of the consonant.
_GLIDED = frozenset("NRKGBPMH")


@lru_cache(maxsize=WORDS_KEPT)
def _palatal_units(name: str) -> tuple[Unit, ...]:
    """kana_units with each palatal mora after a consonant of _GLIDED as two units: the
    consonant with i and the glide with the small kana's vowel (ニャ -> ni + ya)."""
    units: list[Unit] = []
    for kana, letter, unit_class, vowel in _kana_morae(name):
        if len(kana) == 2 and kana[1] in "ャュョ" and letter in _GLIDED:
            units += [(unit_class, "i"), ("y", vowel)]
        else:
            units.append((unit_class, vowel))
    return tuple(units)


# From SAME up the two names are taken as one name spelled twice; at DIFFERENT or below
# as two names (bench/translit.py measures both on Tatoeba dev's name pairs).
SAME = 0.65
DIFFERENT = 0.45

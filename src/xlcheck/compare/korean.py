"""Korean names: Han characters on one side, their Korean sound in katakana on the other.

Chinese writes a Korean name in Han characters (李明博, 文在寅, 尹锡悦) and Japanese
newspapers write it by its Korean sound (イ・ミョンバク, ムン・ジェイン, ユン・ソンニョル).
The Mandarin sound model cannot hear that: 李明博 is Li Mingbo. Here each character is read
by its Sino-Korean readings (rules/common/korean.toml), each Hangul syllable becomes the
units of compare/phonetics.py (consonant class, vowel), and the row is compared with the
katakana as a transliteration is. Korean sounds change across syllables, and katakana
writes what is heard: a final consonant moves onto a following vowel (석열 = 서결), a
final k, t, p before a nasal or an inserted n turns nasal (석열 = 성녈, ソンニョル), an h
after a sonorant fades (근혜 = 그네, クネ), and a family name drops an initial r or n
before i and y in the South (李 리 = 이, イ). Each choice is a variant; the best one counts.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import islice, product

from ..memory import WORDS_KEPT
from ..scripts import HAN_RUN, KATAKANA_RUN, han, katakana
from .phonetics import Unit, kana_units, similarity

# Hangul jamo in Unicode's order (initial, medial, final), as consonant classes and vowels
# of compare/phonetics.py: ㅈ, ㅊ are ジ, チ (the sibilant class), ㅇ opens no consonant.
_INITIALS = (
    "k",
    "k",
    "n",
    "t",
    "t",
    "r",
    "m",
    "p",
    "p",
    "s",
    "s",
    "",
    "s",
    "s",
    "s",
    "k",
    "t",
    "p",
    "h",
)
# (glide, vowel): ㅓ is written オ in katakana, ㅡ ウ, ㅢ イ
_MEDIALS = (
    ("", "a"), ("", "e"), ("y", "a"), ("y", "e"), ("", "o"), ("", "e"), ("y", "o"), ("y", "e"),
    ("", "o"), ("w", "a"), ("w", "e"), ("w", "e"), ("y", "o"), ("", "u"), ("w", "o"), ("w", "e"),
    ("w", "i"), ("y", "u"), ("", "u"), ("", "i"), ("", "i"),
)  # fmt: skip
# the sound a final consonant keeps (ㄴ and ㅇ are ン, which the units leave out)
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "r", "k", "m", "r", "r", "r", "p", "r", "m", "p",
    "p", "t", "t", "n", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
MAX_VARIANTS = 96
# Korean names are short and share family names (金正恩 and キム・ヨジョン, his sister,
# score 0.75): one name needs a closer likeness than a transliteration (phonetics.SAME).
KOREAN_SAME = 0.85


Syllable = tuple[str, str, str, str]  # (consonant, glide, vowel, final)


def _syllable(hangul: str) -> Syllable:
    index = ord(hangul) - _HANGUL_FIRST
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    glide, vowel = _MEDIALS[medial]
    return (_INITIALS[initial], glide, vowel, _FINALS[final])


def korean_shaped(name: str, name_rules) -> bool:
    """Whether a Chinese name opens on a family name, as a Korean name does (李明博, 金正恩;
    not 维达尔, whose Korean reading says nothing). `name_rules`: the run's Chinese ones."""
    from ..extract.zh.forms import to_simplified

    return bool(name_rules.surname_length(to_simplified(name)))


def reads_as_korean(han_name: str, katakana: str, readings) -> bool:
    """Whether a name of two to four Han characters, read in Korean, sounds like a katakana
    name (`readings`: the run's rules.korean, (character, readings) pairs)."""
    if not 2 <= len(han_name) <= 4 or not han(han_name):
        return False
    target = kana_units(katakana)
    if len(target) < 2:
        return False
    return any(similarity(units, target) >= KOREAN_SAME for units in _variants(han_name, readings))


@cache  # keyed by the lexicon: another rules folder gets its own
def family_name_characters(lexicon) -> str:
    """The Chinese family names of one character of a lexicon, one string (the
    `family_names` of told_apart_in_korean)."""
    return "".join(lexicon.names["surnames"])


def told_apart_in_korean(han_name: str, katakana: str, readings, family_names) -> bool:
    """Whether the Korean readings tell a Han name from a katakana one outright: a name of
    three Han characters (a family name and a given name of two, as Korean names are)
    with a Korean reading for each, against a dotted katakana name that opens on the
    Korean reading of a family name (ムン・ジェイン; not リウ・ツーシン, a Mandarin
    reading the sound model may have missed), which `reads_as_korean` rejects: 尹锡悦 is
    no ムン・ジェイン. `family_names`: the run's Chinese family names, one string."""
    if len(han_name) != 3 or not han(han_name) or not _variants(han_name, readings):
        return False
    first = katakana.replace("･", "・").split("・", 1)
    if len(first) < 2 or not _korean_family_name(first[0], readings, family_names):
        return False
    return not reads_as_korean(han_name, katakana, readings)


def read_in_korean(han_name: str, katakana: str, readings, korean_families: str = "") -> bool:
    """Whether a dotted katakana name opens on the Korean reading of the Han name's own
    family name (キム for 金敏俊; not ウォン for 王家卫, whose 王 is ワン in Korean), or,
    where the Han name opens on one of the Korean family names (`korean_families`:
    korean_family_names of rules/zh/names.toml), on the reading of any of them (イ for
    朴敏浩: another family): the name is written as Korean, so its Korean readings may
    judge the rest."""
    first = katakana.replace("･", "・").split("・", 1)
    if not han_name or len(first) != 2:
        return False
    if _korean_family_name(first[0], readings, han_name[0]):
        return True
    return han_name[0] in korean_families and _korean_family_name(
        first[0], readings, korean_families
    )


@lru_cache(maxsize=WORDS_KEPT)
def _korean_family_name(katakana: str, readings, family_names: str) -> bool:
    """Whether a katakana word is the Korean reading of one of `family_names` (ムン = 文,
    イ = 李, キム = 金)."""
    target = kana_units(katakana)
    return any(
        similarity(units, target) >= KOREAN_SAME
        for character in family_names
        for units in _variants(character, readings)
    )


@lru_cache(maxsize=WORDS_KEPT)  # keyed by the readings too: another rules folder, its own
def _variants(han_name: str, readings) -> tuple[tuple[Unit, ...], ...]:
    table = _table(readings)
    choices = [table.get(character) for character in han_name]
    if not all(choices):
        return ()
    rows = set()
    for row in islice(product(*choices), MAX_VARIANTS):
        syllables = [_syllable(hangul) for hangul in row]
        for first in _family_name_forms(syllables[0]):
            rows |= _spoken([first, *syllables[1:]])
    return tuple(sorted(rows))


@lru_cache(maxsize=4)
def _table(readings) -> dict[str, tuple[str, ...]]:
    return dict(readings)


def _family_name_forms(syllable: Syllable) -> tuple[Syllable, ...]:
    """A name's first syllable as written in the North and in the South: 리 and 이 (李),
    류 and 유 (柳), 로 and 노 (盧)."""
    consonant, glide, vowel, final = syllable
    if consonant == "r":
        southern = "" if glide == "y" or vowel == "i" else "n"
        return (syllable, (southern, glide, vowel, final))
    if consonant == "n" and (glide == "y" or vowel == "i"):
        return (syllable, ("", glide, vowel, final))
    return (syllable,)


def _spoken(syllables: list[Syllable]) -> set[tuple[Unit, ...]]:
    """The unit rows of the syllables as they may be heard: at each boundary the written
    form, or a sound change that applies there."""
    options = [
        _boundary_forms(syllable, syllables[index + 1] if index + 1 < len(syllables) else None)
        for index, syllable in enumerate(syllables)
    ]
    rows = set()
    for choice in islice(product(*options), MAX_VARIANTS):
        units: list[Unit] = []
        opening = None  # what a change made of this syllable's opening consonant
        for (consonant, glide, vowel, final), keep_final, next_opening in choice:
            consonant = consonant if opening is None else opening
            if consonant == "h" and (glide == "w" or (vowel == "u" and not glide)):
                consonant = "p"  # 훈 is フン, 황 ファン: フ is the f of the katakana units
            units.append((consonant or glide, vowel))  # 야 is ヤ (y), 와 ワ (w)
            if keep_final and final in ("k", "t", "p", "r", "m"):
                units.append((final, "*"))
            opening = next_opening
        rows.add(tuple(units))
    return rows


def _boundary_forms(syllable: Syllable, following: Syllable | None):
    """(syllable, whether its final is heard, the next syllable's opening consonant if a
    change made it another): the written form first."""
    forms = [(syllable, True, None)]
    if following is None:
        return forms
    final = syllable[3]
    opening, glide, vowel = following[0], following[1], following[2]
    if final in ("k", "t", "p", "r", "m", "n") and opening == "":
        forms.append((syllable, False, "s" if final == "t" else final))  # 석열 = 서결, 찬욱 = 차눅
    if final in ("k", "t", "p") and opening in ("n", "m"):
        forms.append((syllable, False, None))  # 박물 = 방물: the final turned nasal
    if final in ("k", "t", "p", "n") and opening == "" and (glide == "y" or vowel == "i"):
        forms.append((syllable, False, "n"))  # 석열 = 성녈: an n inserted, the final nasal
    if opening == "h":
        forms.append((syllable, final not in ("n", ""), "n" if final == "n" else ""))  # 근혜 = 그네
    return forms


def heard_as_korean(han_name: str, japanese_text: str, readings) -> bool:
    """Whether a katakana run of a Japanese text is the Korean sound of a Han name (a name
    the Japanese tagger did not read: イ of イ・ミョンバク is one mora)."""
    if not 2 <= len(han_name) <= 4 or not han(han_name):
        return False
    return any(
        reads_as_korean(han_name, run.group(0), readings)
        for run in KATAKANA_RUN.finditer(japanese_text)
    )


def heard_in_han(katakana_name: str, chinese_text: str, readings, name_rules) -> bool:
    """Whether a katakana name is the Korean sound of a Han name of three characters in a
    Chinese text that opens on a family name (キム・デジュン of 金大中, a name jieba did
    not read): the other direction of `heard_as_korean`."""
    if not katakana(katakana_name.replace("・", "").replace("･", "")):
        return False
    runs = HAN_RUN.findall(chinese_text)
    return any(
        korean_shaped(run[start : start + 3], name_rules)
        and reads_as_korean(run[start : start + 3], katakana_name, readings)
        for run in runs
        for start in range(len(run) - 2)
    )

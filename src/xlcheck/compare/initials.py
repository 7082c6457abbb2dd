"""A Chinese name against a name in capital initials (ASML, BASF, PwC, GSK).

Initials are spelled letter by letter from a body's name in its own language, which
Chinese transliterates (阿斯麦 ASML, 巴斯夫 BASF, 默沙东 MSD) or translates (普华永道 PwC).
When the Chinese syllables open on the initials' letters in order (a-si-mai: A S M of
ASML; ge-lan-su-shi-ke: G S K), the two are one name; otherwise their sounds tell nothing,
and a difference is a guess, never an error, unless the glossary gives the initials as
another name's rendering (TSMC is 台积电).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..scripts import han
from .pinyin import pinyin_reader
from .terms import term_tables

if TYPE_CHECKING:
    from ..model import Fact

# two to six Latin letters, at least two of them and half of them capitals (ASML, PwC; not
# Intel, a word)
_INITIALS = re.compile(r"[A-Za-z&]{2,6}")
MIN_HEARD = 3  # letters heard in order: two (阿斯 and AS) are too easily shared


def initials(name: str) -> str:
    """A name's capital letters as initials (PwC -> PC), or "" when it is no set of
    initials."""
    if _INITIALS.fullmatch(name) is None:
        return ""
    capitals = [ch for ch in name if ch.isupper()]
    return "".join(capitals) if len(capitals) >= max(2, len(name) / 2) else ""


def han_against_initials(zh: Fact, ja_name: str, glossary) -> bool:
    """Whether a Chinese name in Han characters faces initials the glossary does not give
    as another name's rendering: a guess, never an error."""
    return (
        han(zh.text)
        and bool(initials(ja_name))
        and ja_name.casefold() not in term_tables(glossary, fold=True)[1]
    )


def initials_heard(zh_name: str, other: str) -> bool:
    """Whether a Han name's syllables open on the letters of a set of initials in order,
    the first on the first, three letters at least: 阿斯麦 (a-si-mai) and ASML, 默沙东 and
    MSD, 葛兰素史克 (g-l-s-s-k) and GSK."""
    letters = initials(other)
    if not letters or not han(zh_name):
        return False
    heard = "".join(syllable[:1] for syllable in pinyin_reader()(zh_name)).upper()
    shorter, longer = sorted((heard, letters), key=len)
    return (
        len(shorter) >= MIN_HEARD
        and heard[0] == letters[0]
        and _in_order(shorter, longer)
    )


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(character in rest for character in short)

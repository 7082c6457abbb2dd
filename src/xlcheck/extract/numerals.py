"""Parse numerals as Chinese and Japanese writers produce them, into exact fractions.

One parser serves both languages and every mix of scripts: Arabic digits with separators
and decimals, kanji digits (positional 二〇一八 as well), small units 十百千 with or
without a leading one (千九百 = 一千九百), big units 万/萬, 亿/億, 兆, financial
numerals (壹贰叁, 拾佰仟), and mixtures (1.2万, 2万5千, 12万3456).

Why not a library: cn2an rejects the Japanese habit of dropping 一 before 千 and 百
(六千百三十一) and reads 负5 as 5.0; kanjize rejects 两, 亿 and decimals. Both were run
against tests/test_numerals.py before this module was written.
"""

from __future__ import annotations

import re
from fractions import Fraction

DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "弌": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "弐": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "参": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

KANJI_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
_TOKEN = re.compile(
    r"(?P<arabic>\d+(?:\.\d+)?)|(?P<digit>[" + "".join(DIGITS) + r"])"
    r"|(?P<small>[" + "".join(SMALL_UNITS) + r"])|(?P<big>[" + "".join(BIG_UNITS) + r"])"
)


# Longer digit runs are codes or noise; Python also refuses to read very long ones.
MAX_DIGITS = 30


class NumeralError(ValueError):
    """The string is not a well-formed numeral."""


def parse_numeral(text: str, *, colloquial: bool = False) -> Fraction:
    """Parse one numeral (no sign, no qualifier) into an exact value.

    Thousands separators must already be removed. `colloquial` reads a lone trailing digit
    one step below the unit before it, as Chinese does (一万二 = 12000, 三千五 = 3500);
    Japanese reads it as units (千百一 = 1101). Raises NumeralError when the string is not a
    numeral, e.g. 十十 or 万五.
    """
    if not text:
        raise NumeralError("empty numeral")
    position = 0
    total = Fraction(0)  # completed big-unit groups
    section = Fraction(0)  # below the current big unit
    current: Fraction | None = None  # the pending digit(s)
    digit_run = False  # the pending value came from kanji digits read positionally
    last_small = 10**9
    last_big: int | None = None
    for match in _TOKEN.finditer(text):
        if match.start() != position:
            raise NumeralError(f"unexpected {text[position]!r} in {text!r}")
        position = match.end()
        if match.group("arabic"):
            if len(match.group("arabic")) > MAX_DIGITS:
                raise NumeralError(f"{len(match.group('arabic'))} digits: a code, not a quantity")
            if current is not None:
                raise NumeralError(f"two numbers in a row in {text!r}")
            current = Fraction(match.group("arabic"))
            digit_run = False
        elif match.group("digit"):
            value = DIGITS[match.group("digit")]
            if current is not None and digit_run:
                current = current * 10 + value  # positional: 二〇一八
            elif current is not None:
                raise NumeralError(f"digit after a number in {text!r}")
            else:
                current = Fraction(value)
                digit_run = True
        elif match.group("small"):
            unit = SMALL_UNITS[match.group("small")]
            if unit >= last_small:
                raise NumeralError(f"{match.group('small')!r} out of order in {text!r}")
            section += (current if current is not None else 1) * unit
            current, digit_run, last_small = None, False, unit
        else:
            unit = BIG_UNITS[match.group("big")]
            group = section + (current or 0)
            if last_big is not None and unit >= last_big:
                total = (total + group) * unit  # 一万亿: multiplies everything before it
            elif group == 0:
                raise NumeralError(f"{match.group('big')!r} without a number in {text!r}")
            else:
                total += group * unit
            last_big = unit
            section, current, digit_run, last_small = Fraction(0), None, False, 10**9
    if position != len(text):
        raise NumeralError(f"unexpected {text[position]!r} in {text!r}")
    if colloquial and current is not None and digit_run and current < 10 and len(text) >= 2:
        previous = text[-2]
        if previous in BIG_UNITS:
            return total + section + current * BIG_UNITS[previous] // 10
        if previous in SMALL_UNITS and SMALL_UNITS[previous] >= 100:
            return total + section + current * SMALL_UNITS[previous] // 10
    return total + section + (current or 0)

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
import tomllib
from fractions import Fraction
from pathlib import Path

TABLE_FILE = Path(__file__).with_name("numerals.toml")


def read_numeral_table(path: Path) -> dict[str, dict]:
    """The numeral characters by kind (digits, small units, big units), each a single
    character with an integer value, and the forms of writing them (each a string of
    those characters); anything else is a broken installation."""
    with path.open("rb") as file:
        table = tomllib.load(file)
    for kind in ("digits", "small_units", "big_units"):
        entries = table.get(kind)
        if not isinstance(entries, dict) or not entries:
            raise RuntimeError(f"{path}: [{kind}] is missing")
        for char, value in entries.items():
            if len(char) != 1 or type(value) is not int:
                raise RuntimeError(f"{path}: [{kind}] {char!r} = {value!r} is no numeral")
    numerals = {**table["digits"], **table["small_units"], **table["big_units"]}
    for form, chars in table.get("forms", {}).items():
        if not isinstance(chars, str) or not chars or not set(chars) <= set(numerals):
            raise RuntimeError(f"{path}: [forms] {form} must be numeral characters")
    for char, spelled in table.get("tens", {}).items():
        if len(char) != 1 or not isinstance(spelled, str) or not set(spelled) <= set(numerals):
            raise RuntimeError(f"{path}: [tens] {char!r} must be spelled in numeral characters")
    return table


_TABLE = read_numeral_table(TABLE_FILE)
DIGITS: dict[str, int] = _TABLE["digits"]
SMALL_UNITS: dict[str, int] = _TABLE["small_units"]
BIG_UNITS: dict[str, int] = _TABLE["big_units"]
FORMS: dict[str, str] = _TABLE.get("forms", {})
# 廿 = 二十: characters that write a whole ten, read as the numeral they stand for
TENS: dict[str, str] = _TABLE.get("tens", {})


def numeral_chars(forms: tuple[str, ...], values) -> str:
    """The digits and small units of the numeral `forms` whose value is among `values`, in
    the table's order: numeral_chars(("everyday",), range(1, 10)) is 一二三四五六七八九."""
    written = "".join(FORMS[form] for form in forms)
    table = {**DIGITS, **SMALL_UNITS}
    return "".join(char for char, value in table.items() if char in written and value in values)


ZEROS = "".join(char for char, value in DIGITS.items() if value == 0)  # 〇 零 ○
# The two of counting, 两 and its traditional 兩 (一、二两个年级, 两千零五年, 七、八两个月)
COUNTING_TWOS = numeral_chars(("counting",), (2,)) + "兩"

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
    if text[0] == "." and text[1:].isdigit():
        text = "0" + text  # 勝率.549: a rate in thousandths, its leading zero unwritten
    position = 0
    total = Fraction(0)  # completed big-unit groups
    section = Fraction(0)  # below the current big unit
    current: Fraction | None = None  # the pending digit(s)
    digit_run = False  # the pending value came from kanji digits read positionally
    lone_digit = False  # the pending value is one Arabic digit (the 2 of 1万2)
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
            lone_digit = len(match.group("arabic")) == 1
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
            # 二千零十三: a 零 holds a place, the 十 after it is one ten (2013, not 2003)
            section += (current if current else 1) * unit
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
    # (a lone Arabic digit too: 1万2 and 8千至1万2 are spoken figures, 12000; 10002 is 1万零2)
    if (
        colloquial
        and current is not None
        and (digit_run or lone_digit)
        and current < 10
        and len(text) >= 2
    ):
        previous = text[-2]
        if previous in BIG_UNITS:
            return total + section + current * BIG_UNITS[previous] // 10
        if previous in SMALL_UNITS and SMALL_UNITS[previous] >= 100:
            return total + section + current * SMALL_UNITS[previous] // 10
    return total + section + (current or 0)


def _decimal(value: Fraction) -> tuple[str, int]:
    """A figure's digits without sign or point, and how many of them follow the point:
    ("6131", 0), ("15", 1) for 1.5; a figure with no short decimal form (1/3) gives
    twelve nines: more digits than any rounding has."""
    value = abs(value)
    for places in range(7):
        scaled = value * 10**places
        if scaled.denominator == 1:
            return str(scaled.numerator), places
    return "9" * 12, 12


def significant_digits(value: Fraction) -> int:
    """How many significant digits a figure has: 4 for 6131, 1 for 6000, 0 for 0."""
    return len(_decimal(value)[0].strip("0")) if value else 0


def last_digit_step(value: Fraction) -> Fraction:
    """The place of a figure's last significant digit: 1000 for 6000, 1/10 for 1.5."""
    digits, places = _decimal(value)
    trailing = len(digits) - len(digits.rstrip("0"))
    return Fraction(10) ** (trailing - places)

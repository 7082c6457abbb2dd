"""A measure said in two units, the larger first: 两小时五十八分钟, 2時間58分, 3分20秒,
1天3小时, 5公斤300克, 1米80厘米, 3年7か月. Each part is read as a figure of its own; said together
they are one amount, which the other side may say in one unit (約3時間, 178分, 1時間半
for 一小时三十分钟) or in two. Joined here into one quantity in the smaller unit, so that
both ways of saying it compare as one figure: 一小时三十分钟 against 1時間半 is 90 minutes
on both sides, not "30 minutes became 1.5 hours".

Two figures join when the units convert to one base ([conversions] in
rules/common/numbers.toml), the first unit is the larger, the second figure is less than
one of the first unit (58 minutes, not 90), nothing stands between them but a space or a
word that adds (零, 又, と: `measure_joiners`), the second is exact and the first no
range (约两小时三十分 is about 150 minutes; 最短4時間18分 at least 258), and the first is
no "one" of a rate's period (1日8時間 = 每天八小时: `rate_periods` in
rules/common/numbers.toml).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from .bounds import YEAR_COUNTERS
from .numerals import KANJI_NUMERAL_CHARS
from .spans import alternation

if TYPE_CHECKING:
    from ..model import Fact
    from ..rules.units import UnitTables


def joined_measures(
    numbers: list[Fact], prepared: str, text: str, units: UnitTables, joiners: tuple[str, ...]
) -> list[Fact]:
    """`numbers` (in reading order) with each measure said in two units as one fact: read
    in `prepared`, the fact's text taken from `text` (the same offsets)."""
    if len(numbers) < 2:
        return numbers
    gap = _gap(joiners)
    joined: list[Fact] = []
    for fact in sorted(numbers, key=lambda f: f.start):
        before = joined[-1] if joined else None
        whole = before and _joined(before, fact, prepared, text, units, gap)
        if whole is not None:
            joined[-1] = whole
        else:
            joined.append(fact)
    return joined


@cache  # keyed by the language's joiners: one pattern per rules folder, not per segment
def _gap(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between the two parts: a space, an adding word, or nothing."""
    return re.compile(rf"\s?(?:{alternation(joiners)})?\s?" if joiners else r"\s?")


# the bounds a measure's smaller part may carry after it for the whole (2分30秒以上,
# 两小时三十分钟以内), and an "about" (两小时三十分钟左右, 2時間30分ほど)
_BOUNDS_AFTER = ("ge", "gt", "le", "lt", "within", "approx")


def _bound_before(fact: Fact, text: str) -> bool:
    """Whether a fact opens on a word (约, 約, 超过) rather than its figure."""
    first = text[fact.start : fact.start + 1]
    return not (first.isdigit() or first in KANJI_NUMERAL_CHARS or first == _HALF)


_HALF = "半"  # a figure of its own before a unit (半小时), no numeral of the table


def _joined(
    first: Fact, second: Fact, prepared: str, text: str, units: UnitTables, gap
) -> Fact | None:
    big, small = first.value, second.value
    if not (hasattr(big, "unit") and hasattr(small, "unit")) or first.end > second.start:
        return None
    if not gap.fullmatch(prepared, first.end, second.start):
        return None
    if big.qualifier == "range" or small.qualifier not in ("exact", *_BOUNDS_AFTER):
        return None
    if small.qualifier != "exact" and (big.qualifier != "exact" or _bound_before(second, text)):
        return None  # 2時間 + 約30分: a bound said before the smaller part alone
    if big.ordinal or small.ordinal or big.vague or small.vague:
        return None
    if big.low == 1 and big.unit in units.rate_periods:
        return None  # 1日8時間 = 每天八小时: a rate's period, no part of one measure
    big_unit = big.unit
    if big_unit is None and big.counter in YEAR_COUNTERS and small.unit == "month":
        big_unit = "year"  # 3年7か月, 三年零七个月: the count of years is the larger part
    big_base, small_base = units.in_base_unit(big_unit), units.in_base_unit(small.unit)
    if big_base is None or small_base is None or big_base[0] != small_base[0]:
        return None
    ratio = big_base[1] / small_base[1]
    if ratio <= 1 or small.low >= ratio or (big.low != big.high and big.qualifier == "exact"):
        return None
    if big.qualifier == "approx":  # 约两小时三十分: about the whole
        middle = (big.low + big.high) / 2
        spread = (big.high - big.low) / 2 * ratio
        amount = middle * ratio + small.low
        low, high = amount - spread, amount + spread
    else:  # exact, or a bound on the whole (最短4時間18分: at least 258 minutes)
        low = high = big.low * ratio + small.low
    # the larger part's words (its bound, an extreme, an estimate) say the whole, and so
    # does a bound said after the smaller part (2分30秒以上, 2分30秒を下回る: 150 seconds)
    # (a "one" is no article before its smaller part: 一小时三十分钟 says one hour)
    value = replace(big, low=low, high=high, unit=small.unit, counter=small.counter, weak=False)
    if small.qualifier != "exact":
        value = replace(value, qualifier=small.qualifier)
    return replace(second, start=first.start, text=text[first.start : second.end], value=value)

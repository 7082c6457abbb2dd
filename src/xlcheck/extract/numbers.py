"""Number grammar, language-neutral: the tables in zh.py and ja.py fill it in.

A number is found as
    [prefix qualifier] numeral [range separator numeral] [suffix qualifier] [unit|counter]
    [suffix qualifier]
and becomes a Quantity (bounds + qualifier + unit), so that comparison is arithmetic.
Kanji numerals need a counter, a unit or a multi-character form (三千, 十二) to count:
this keeps 一些, 之一 and 一线 out. A bare 一 with a counter (一家公司, 一部の) is an
indefinite article, not a quantity, unless the counter is a unit or currency.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from ..model import Quantity
from .numerals import DIGITS, KANJI_NUMERAL_CHARS, NumeralError, parse_numeral

QUALIFIER_NAMES = ("exact", "ge", "gt", "le", "lt", "approx", "range")
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


@dataclass(frozen=True)
class NumberTables:
    """What a language contributes to the number grammar."""

    prefixes: dict[str, str]  # surface -> qualifier, before the numeral (约, 超过, 約)
    suffixes: dict[str, str]  # surface -> qualifier, after it (以上, 多, 余り)
    units: dict[str, tuple[str, Fraction]]  # surface -> (unit, factor): 成 -> (%, 10)
    counters: tuple[str, ...]  # classifiers that are not units: 家, 个, 社, つ
    ordinal_prefix: str  # 第
    ordinal_suffixes: tuple[str, ...]  # 位, 番目, 名
    ordinal_words: tuple[str, ...]  # regexes that mean "first": 首位, 初めて
    range_separators: tuple[str, ...]
    vague: dict[str, tuple[int, int]]  # 十几 -> (11, 19)
    not_numbers: tuple[str, ...]  # words made of numerals that are not quantities: 十分
    percent_prefix: str | None = None  # 百分之
    fraction_infix: str | None = None  # 分之 / 分の
    colloquial: bool = False  # 一万二 = 12000
    signs: tuple[str, ...] = ("−",)


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: Quantity


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


ARABIC = r"(?:\d+(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"


class NumberGrammar:
    """A compiled number grammar for one language."""

    def __init__(self, tables: NumberTables) -> None:
        self.tables = tables
        kanji = "[" + KANJI_NUMERAL_CHARS + "]"
        numeral = rf"(?:{ARABIC}|{kanji})+"
        units = _alternation(tables.units)
        counters = _alternation(tables.counters)
        prefixes = _alternation(tables.prefixes)
        suffixes = _alternation(tables.suffixes)
        separators = _alternation(tables.range_separators)
        signs = _alternation(tables.signs)
        self.pattern = re.compile(
            rf"(?P<pre>{prefixes})?(?P<sign>{signs})?"
            rf"(?:(?P<percent>{re.escape(tables.percent_prefix or '@@')})(?P<pnum>{numeral})"
            rf"|(?P<vague>{_alternation(tables.vague)})"
            rf"|(?P<ord>{re.escape(tables.ordinal_prefix)})?(?P<num>{numeral})"
            rf"(?:(?P<frac>{re.escape(tables.fraction_infix or '@@')})(?P<fnum>{numeral})"
            rf"|\s?(?P<sep>{separators})\s?(?P<num2>{numeral}))?)"
            rf"(?P<q1>{suffixes})?(?P<unit>{units})?(?P<counter>{counters})?"
            rf"(?P<ordsuf>{_alternation(tables.ordinal_suffixes)})?(?P<q2>{suffixes})?"
        )
        self.ordinal_pattern = re.compile("|".join(tables.ordinal_words))
        self.not_numbers = re.compile(_alternation(tables.not_numbers))

    def parse(self, text: str) -> Fraction:
        return parse_numeral(text.replace(",", ""), colloquial=self.tables.colloquial)

    def find(self, text: str) -> Iterator[NumberMatch]:
        """Numbers in `text` (already width-folded and with markup and dates blanked)."""
        blocked = (
            [m.span() for m in self.not_numbers.finditer(text)] if self.tables.not_numbers else []
        )
        for match in self.ordinal_pattern.finditer(text):
            one = Fraction(1)
            yield NumberMatch(match.start(), match.end(), Quantity(one, one, ordinal=True))
            blocked.append(match.span())
        for match in self.pattern.finditer(text):
            if match.start() == match.end() or _overlaps(match.span(), blocked):
                continue
            value = self._value(match, text)
            if value is not None:
                yield NumberMatch(match.start(), match.end(), value)

    def _value(self, match: re.Match[str], text: str) -> Quantity | None:
        tables = self.tables
        unit_name, factor = tables.units.get(match.group("unit") or "", (None, Fraction(1)))
        has_counter = bool(match.group("counter") or match.group("unit"))
        if match.group("percent"):
            low = high = self._safe(match.group("pnum"))
            unit_name, factor = "%", Fraction(1)
            if low is None:
                return None
        elif match.group("vague"):
            low, high = (Fraction(v) for v in tables.vague[match.group("vague")])
            return self._qualified(match, low, high, "range", unit_name, factor)
        else:
            raw = match.group("num")
            if not self._is_quantity(raw, match, text, has_counter, unit_name):
                return None
            low = self._safe(raw)
            if low is None:
                return None
            high = low
            if match.group("frac"):
                denominator, numerator = low, self._safe(match.group("fnum"))
                if numerator is None or denominator == 0:
                    return None
                low = high = numerator / denominator
            elif match.group("num2"):
                high = self._safe(match.group("num2"))
                if high is None or high <= low:
                    return None  # 2016-02 is not a range; dates are found before numbers
                return self._qualified(match, low, high, "range", unit_name, factor)
        if match.group("sign"):
            low, high = -high, -low
        if match.group("ord") or match.group("ordsuf"):
            return Quantity(low, high, "exact", None, ordinal=True)
        quantity = self._qualified(match, low, high, "exact", unit_name, factor)
        if (
            quantity.low == quantity.high == 1
            and quantity.qualifier == "exact"
            and (quantity.unit is None or quantity.unit in DURATIONS)
        ):
            # 一家公司, 一天, １回: "one" here is mostly an article; it may match, but its
            # absence on the other side says nothing
            quantity = Quantity(low, high, "exact", quantity.unit, weak=True)
        return quantity

    def _qualified(self, match, low, high, qualifier, unit, factor) -> Quantity:
        for group in ("pre", "q1", "q2"):
            surface = match.group(group)
            if surface:
                table = self.tables.prefixes if group == "pre" else self.tables.suffixes
                qualifier = table[surface] if qualifier == "exact" else qualifier
        return Quantity(low * factor, high * factor, qualifier, unit)

    def _safe(self, raw: str) -> Fraction | None:
        try:
            return self.parse(raw)
        except NumeralError:
            return None

    def _is_quantity(self, raw, match, text, has_counter, unit_name) -> bool:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end("num")] if match.end("num") < len(text) else ""
        kanji_only = not any(ch.isdigit() for ch in raw)
        if not kanji_only:
            # digits glued to Latin letters are identifiers: JAS 39C, MP3, 4G
            return not (_is_latin(before) or (_is_latin(after) and not match.group("unit")))
        if match.group("ord") or match.group("frac"):
            return True
        if has_counter or match.group("ordsuf"):
            return True
        return len(raw) >= 2 and any(ch not in DIGITS for ch in raw)


def _overlaps(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in blocked)


def _is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()

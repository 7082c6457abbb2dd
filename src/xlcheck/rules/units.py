"""What the languages' numbers.toml say across languages: which counters count the same
kind of thing, and how units of one dimension convert.

Each language lists the families of its own counters ([counter_families]); the compare
stage takes their union. What is true of units in every language is written once, in
rules/common/numbers.toml: the conversions between units ([conversions]), the units a
word leaves open ([open_units]) and the pairs translators use for one another
(loose_units).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon


@dataclass(frozen=True)
class UnitTables:
    families: dict[str, frozenset[str]]  # counter -> its families, in any language
    conversions: dict[str, tuple[str, Fraction]]  # unit -> (base unit, factor)
    currencies: frozenset[str] = frozenset()  # units that are money, in any language
    # a unit a word leaves open -> the units it may be (kilo -> km, kg)
    open_units: dict[str, frozenset[str]] = field(default_factory=dict)
    # pairs of units translators use for one another (yuan and USD): a change between
    # them is at most a warning
    loose: frozenset[frozenset[str]] = frozenset()
    # a counter that, bare, is a measure in one of these units, read as the first against
    # any of them (度: °C against 華氏30度, as weather and fever are said)
    counter_units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # units of another system than their base's (miles, feet, pounds): a translation
    # converts them rounded, so a figure agrees with its conversion within the places
    # either side writes (8000英尺 = 約2400メートル)
    rounded: frozenset[str] = frozenset()
    # a unit converted with an offset -> (its base, factor, offset): °F -> (°C, 5/9, -32)
    offsets: dict[str, tuple[str, Fraction, Fraction]] = field(default_factory=dict)
    # a word of many or some -> what it counts ("share": 一部, 部分; "sum": 多額, 巨额): the
    # only figures it may stand for ([many_kinds])
    many_kinds: dict[str, str] = field(default_factory=dict)
    # units whose "one" before a figure of a smaller unit is a rate's period, not the
    # larger part of one measure (1日8時間 = 每天八小时; 1時間30分 is 90 minutes)
    rate_periods: frozenset[str] = frozenset()

    def in_base_unit(self, unit: str | None) -> tuple[str, Fraction] | None:
        """(base unit, factor) for a unit of a listed dimension: cm -> (m, 1/100)."""
        return self.conversions.get(unit or "")

    def measures_two_ways(self, unit: str | None) -> bool:
        """Whether a unit a word leaves open has two sizes in one dimension (斤: 500 g on
        the mainland, 600 g in Taiwan), so that a figure in it is no exact amount; キロ
        (km or kg) has one size in each of its dimensions."""
        readings = (unit, *self.open_units.get(unit or "", ()))
        sizes = [self.conversions[r] for r in readings if r in self.conversions]
        return len(sizes) != len(set(sizes)) or len({base for base, _ in sizes}) < len(sizes)


def unit_tables(lexicons: dict[str, Lexicon], common: dict) -> UnitTables:
    """The union of every language's families, with what rules/common/numbers.toml says of
    units in every language (`common`: its values): conversions (90分 = 1.5小时), the
    units a word leaves open, the pairs translators use for one another. 子供が3人 pairs
    with 两个孩子 (person), not with 两只狗."""
    families: dict[str, set[str]] = {}
    for lexicon in lexicons.values():
        for family, counters in lexicon.families.items():
            for counter in counters:
                families.setdefault(counter, set()).add(family)
    conversions = {
        unit: (each["unit"], Fraction(each["factor"]))
        for unit, each in common.get("conversions", {}).items()
    }
    currencies = frozenset().union(*(lexicon.currencies for lexicon in lexicons.values()))
    return UnitTables(
        {c: frozenset(f) for c, f in sorted(families.items())},
        conversions,
        currencies,
        {unit: frozenset(others) for unit, others in common.get("open_units", {}).items()},
        frozenset(frozenset(pair) for pair in common.get("loose_units", [])),
        {c: tuple(units) for c, units in common.get("counter_units", {}).items()},
        frozenset(common.get("rounded_conversions", ())),
        {
            unit: (each["unit"], Fraction(each["factor"]), Fraction(each["offset"]))
            for unit, each in common.get("offset_conversions", {}).items()
        },
        dict(common.get("many_kinds", {})),
        frozenset(common.get("rate_periods", ())),
    )

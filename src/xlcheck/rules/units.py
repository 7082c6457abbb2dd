"""What the languages' numbers.toml say across languages: which counters count the same
kind of thing, and how units of one dimension convert.

Each language lists the families of its own counters ([counter_families]); the compare
stage takes their union. The conversions between units ([conversions]) are written once,
in rules/common/numbers.toml, for every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon


@dataclass(frozen=True)
class UnitTables:
    families: dict[str, frozenset[str]]  # counter -> its families, in any language
    conversions: dict[str, tuple[str, Fraction]]  # unit -> (base unit, factor)
    currencies: frozenset[str] = frozenset()  # units that are money, in any language

    def in_base_unit(self, unit: str | None) -> tuple[str, Fraction] | None:
        """(base unit, factor) for a unit of a listed dimension: cm -> (m, 1/100)."""
        return self.conversions.get(unit or "")


def unit_tables(lexicons: dict[str, Lexicon]) -> UnitTables:
    """The union of every language's families, with the conversions (rules/common/
    numbers.toml, alike in every language): 子供が3人 pairs with 两个孩子 (person), not
    with 两只狗; 90分 = 1.5小时 (second)."""
    families: dict[str, set[str]] = {}
    conversions: dict[str, tuple[str, Fraction]] = {}
    for lexicon in lexicons.values():
        for family, counters in lexicon.families.items():
            for counter in counters:
                families.setdefault(counter, set()).add(family)
        conversions.update(lexicon.conversions)
    currencies = frozenset().union(*(lexicon.currencies for lexicon in lexicons.values()))
    return UnitTables(
        {c: frozenset(f) for c, f in sorted(families.items())}, conversions, currencies
    )

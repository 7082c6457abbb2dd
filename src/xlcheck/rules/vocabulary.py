"""Number and date vocabulary users extend: rules/numbers.toml, read and validated.

The grammar's own tables live with each language (extract/zh.py, ja.py); this file adds
to them (units, counters, qualifiers, vague counts, interval words) and holds the counter
families the compare stage pairs changed counts by. A rules folder without the file
adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache
from pathlib import Path

from ..errors import InputError
from .data import rules_dir

FILE = "numbers.toml"
QUALIFIERS = ("exact", "ge", "gt", "le", "lt", "approx")


@dataclass(frozen=True)
class LanguageVocabulary:
    units: tuple[tuple[str, str], ...] = ()
    counters: tuple[str, ...] = ()
    not_numbers: tuple[str, ...] = ()  # regexes: idioms and fixed words (千百年)
    prefixes: tuple[tuple[str, str], ...] = ()
    suffixes: tuple[tuple[str, str], ...] = ()
    inner_suffixes: tuple[tuple[str, str], ...] = ()
    decimal_units: tuple[str, ...] = ()
    growth_verbs: tuple[str, ...] = ()
    word_numbers: tuple[tuple[str, Fraction, str | None], ...] = ()
    vague: tuple[tuple[str, int, int], ...] = ()
    until_prefixes: tuple[str, ...] = ()
    comparison_suffixes: tuple[str, ...] = ()
    since_before: tuple[str, ...] = ()
    not_until: tuple[str, ...] = ()
    moved_to: tuple[str, ...] = ()

    def number_tables(self, tables):
        """The language's NumberTables with this vocabulary added; an ASCII unit of two
        letters or more is added in lower, upper and title case too."""
        units = dict(tables.units)
        for surface, unit in self.units:
            for variant in _cases(surface):
                units.setdefault(variant, (unit, Fraction(1)))
        for surface in list(units):
            for variant in _cases(surface):
                units.setdefault(variant, units[surface])
        return replace(
            tables,
            units=units,
            counters=tuple(dict.fromkeys((*tables.counters, *self.counters))),
            prefixes={**tables.prefixes, **dict(self.prefixes)},
            suffixes={**tables.suffixes, **dict(self.suffixes)},
            inner_suffixes={**tables.inner_suffixes, **dict(self.inner_suffixes)},
            decimal_units=(*tables.decimal_units, *self.decimal_units),
            growth_verbs=(*tables.growth_verbs, *self.growth_verbs),
            word_numbers={
                **tables.word_numbers,
                **{word: (value, unit) for word, value, unit in self.word_numbers},
            },
            vague={**tables.vague, **{word: (low, high) for word, low, high in self.vague}},
            not_numbers=(*tables.not_numbers, *self.not_numbers),
        )

    def date_tables(self, tables):
        return replace(
            tables,
            until_prefixes=tuple(dict.fromkeys((*tables.until_prefixes, *self.until_prefixes))),
            not_dates=(*tables.not_dates, *self.not_numbers),  # 三日坊主 dates nothing
        )


@dataclass(frozen=True)
class NumberVocabulary:
    zh: LanguageVocabulary
    ja: LanguageVocabulary
    families: tuple[tuple[str, frozenset[str]], ...]  # counter -> its families
    conversions: tuple[tuple[str, str, Fraction], ...] = ()  # unit, base unit, factor

    def language(self, lang: str) -> LanguageVocabulary:
        return getattr(self, lang)

    def counter_families(self) -> dict[str, frozenset[str]]:
        return dict(self.families)

    def in_base_unit(self, unit: str | None) -> tuple[str, Fraction] | None:
        """(base unit, factor) for a unit of a listed dimension: cm -> (m, 1/100)."""
        for name, base, factor in self.conversions:
            if name == unit:
                return base, factor
        return None


def _cases(surface: str) -> set[str]:
    """A unit's spellings in every case: km, KM, Km. Not for one letter: 4G is a
    network generation, not four grams."""
    if not surface.isascii() or not surface.isalpha() or len(surface) < 2:
        return {surface}
    return {surface, surface.lower(), surface.upper(), surface.title()}


def number_vocabulary() -> NumberVocabulary:
    return read_vocabulary(rules_dir() / FILE)


@cache
def read_vocabulary(path: Path) -> NumberVocabulary:
    """The vocabulary in `path`; InputError naming the entry when one is malformed."""
    from ..load.text import read_rule_text, read_toml

    if not path.exists() and not path.is_symlink():
        return NumberVocabulary(LanguageVocabulary(), LanguageVocabulary(), ())
    data = read_toml(path, read_rule_text(path))
    families: dict[str, set[str]] = {}
    for family, counters in data.get("counter_families", {}).items():
        for counter in _strings(path, f"counter_families.{family}", counters):
            families.setdefault(counter, set()).add(family)
    conversions = []
    for unit, entry in data.get("conversions", {}).items():
        try:
            base, factor = entry
            conversions.append((unit, str(base), Fraction(factor)))
        except (TypeError, ValueError, ZeroDivisionError):
            raise InputError(
                str(path), f'conversions.{unit}: expected [base unit, factor such as "1/100"]'
            ) from None
    return NumberVocabulary(
        zh=_language(path, "zh", data.get("zh", {})),
        ja=_language(path, "ja", data.get("ja", {})),
        families=tuple(sorted((c, frozenset(f)) for c, f in families.items())),
        conversions=tuple(conversions),
    )


def _language(path: Path, lang: str, table: dict) -> LanguageVocabulary:
    for name, qualifiers in (("prefixes", table.get("prefixes", {})),
                             ("suffixes", table.get("suffixes", {})),
                             ("inner_suffixes", table.get("inner_suffixes", {}))):  # fmt: skip
        for word, qualifier in qualifiers.items():
            if qualifier not in QUALIFIERS:
                raise InputError(
                    str(path),
                    f"[{lang}] {name}: {word!r} must be one of {', '.join(QUALIFIERS)}",
                )
    vague = []
    for word, bounds in table.get("vague", {}).items():
        if not (isinstance(bounds, list) and len(bounds) == 2 and bounds[0] < bounds[1]):
            raise InputError(str(path), f"[{lang}] vague: {word!r} needs [low, high], low < high")
        vague.append((word, int(bounds[0]), int(bounds[1])))
    words = []
    for word, entry in table.get("word_numbers", {}).items():
        try:
            value, unit = entry
            words.append((word, Fraction(value), unit or None))
        except (TypeError, ValueError, ZeroDivisionError):
            raise InputError(
                str(path), f'[{lang}] word_numbers: {word!r} needs [value such as "1/2", unit]'
            ) from None
    units = table.get("units", {})
    for word, unit in units.items():
        _strings(path, f"[{lang}] units.{word}", [unit])
    return LanguageVocabulary(
        units=tuple(sorted(units.items())),
        counters=_strings(path, f"[{lang}] counters", table.get("counters", [])),
        not_numbers=_patterns(path, f"[{lang}] not_numbers", table.get("not_numbers", [])),
        prefixes=tuple(sorted(table.get("prefixes", {}).items())),
        suffixes=tuple(sorted(table.get("suffixes", {}).items())),
        inner_suffixes=tuple(sorted(table.get("inner_suffixes", {}).items())),
        decimal_units=_strings(path, f"[{lang}] decimal_units", table.get("decimal_units", [])),
        growth_verbs=_strings(path, f"[{lang}] growth_verbs", table.get("growth_verbs", [])),
        word_numbers=tuple(words),
        vague=tuple(vague),
        until_prefixes=_strings(path, f"[{lang}] until_prefixes", table.get("until_prefixes", [])),
        comparison_suffixes=_strings(
            path, f"[{lang}] comparison_suffixes", table.get("comparison_suffixes", [])
        ),
        not_until=_strings(path, f"[{lang}] not_until", table.get("not_until", [])),
        moved_to=_strings(path, f"[{lang}] moved_to", table.get("moved_to", [])),
        since_before=_strings(path, f"[{lang}] since_before", table.get("since_before", [])),
    )


def _patterns(path: Path, where: str, values) -> tuple[str, ...]:
    patterns = _strings(path, where, values)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise InputError(str(path), f"{where}: {pattern!r}: {error}") from None
    return patterns


def _strings(path: Path, where: str, values) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise InputError(str(path), f"{where}: expected a list of non-empty strings")
    return tuple(values)

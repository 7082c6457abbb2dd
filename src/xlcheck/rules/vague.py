"""Vague references that stand in for names, read from rules/anonymization.toml.

Two forms, per language: patterns listed by the entity type they can replace (ある地区,
某社), and a grammar, `[LANG.vague]`, whose determiners (ある, とある, 某, 一部の, その)
combine with the nouns of each type (人物, 都市, 企業): the file names a construction
once instead of every phrase it makes.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError

TYPES = ("person", "place", "organisation", "company", "any")


def read_markers(path: Path) -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    """lang -> entity type -> compiled patterns (listed ones first, then the grammar's)."""
    from .data import read_rule_toml  # data reads the markers through this module

    raw = read_rule_toml(path)
    markers: dict[str, dict[str, tuple[re.Pattern[str], ...]]] = {}
    for lang, by_type in raw.items():
        grammar = by_type.get("vague", {})
        patterns: dict[str, list[str]] = {}
        for entity_type, listed in by_type.items():
            if entity_type == "vague":
                continue
            _check(path, f"[{lang}] {entity_type}", entity_type, listed)
            patterns[entity_type] = list(listed)
        for entity_type, pattern in _grammar(path, lang, grammar).items():
            patterns.setdefault(entity_type, []).append(pattern)
        try:
            markers[lang] = {t: tuple(re.compile(p) for p in ps) for t, ps in patterns.items()}
        except re.error as error:
            raise InputError(str(path), f"[{lang}]: {error}") from None
    return markers


def _grammar(path: Path, lang: str, grammar: dict) -> dict[str, str]:
    """One pattern per type: a determiner, then a noun of the type, longest first."""
    from ..extract.spans import alternation  # extract imports the rules at its import

    if not grammar:
        return {}
    where = f"[{lang}.vague]"
    determiners = grammar.get("determiners")
    nouns = grammar.get("nouns", {})
    _check(path, f"{where} determiners", "any", determiners)
    if not isinstance(nouns, dict) or not nouns:
        raise InputError(str(path), f"{where} needs a [nouns] table of lists by entity type")
    verbs = grammar.get("also_verbs", [])
    if verbs:
        _check(path, f"{where} also_verbs", "any", verbs)
    after = grammar.get("verb_after", "")
    if not isinstance(after, str):
        raise InputError(str(path), f"{where} verb_after: expected a string of characters")
    # a determiner that is also a verb (ある) does not count after what makes it the
    # verb: がある人 is "a person who has", not "a certain person"
    guard = f"(?<![{re.escape(after)}])" if after else ""
    opening = (
        "(?:"
        + "|".join(
            (guard if word in verbs else "") + re.escape(word)
            for word in sorted(determiners, key=len, reverse=True)
        )
        + ")"
    )
    built = {}
    for entity_type, words in nouns.items():
        _check(path, f"{where} nouns.{entity_type}", entity_type, words)
        built[entity_type] = f"{opening}(?:{alternation(words)})"
    return built


def _check(path: Path, where: str, entity_type: str, values) -> None:
    if entity_type not in TYPES:
        raise InputError(str(path), f"{where}: unknown entity type (one of {', '.join(TYPES)})")
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise InputError(str(path), f"{where}: expected a list of non-empty strings")

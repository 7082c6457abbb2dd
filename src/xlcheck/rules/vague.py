"""Vague references that stand in for names, read from rules/anonymization.toml.

Two forms, per language: patterns listed by the entity type they can replace (ある地区,
某社), and a grammar, `[LANG.vague]`, whose determiners (ある, とある, 某, 一部の, その)
combine with the nouns of each type (人物, 都市, 企業): the file names a construction
once instead of every phrase it makes.
"""

from __future__ import annotations

import re
from pathlib import Path

from .schema import LIST, VALUE, Key, Problem, read_checked, refuse, regex, section, text, word

TYPES = ("person", "place", "organisation", "company", "any")

# [LANG.vague]: determiners, then the nouns of each type they combine with.
GRAMMAR = {
    "determiners": Key(LIST, word, empty=False),
    # determiners that are also verbs, and the characters after which they are the verb
    "also_verbs": Key(LIST, word, required=False),
    "verb_after": Key(VALUE, text, required=False),
    "nouns": section({t: Key(LIST, word, required=False, empty=False) for t in TYPES}),
}
# [LANG]: patterns by the type they can replace, and the grammar.
MARKERS = {t: Key(LIST, regex, required=False, empty=False) for t in TYPES} | {
    "vague": section(GRAMMAR, required=False)
}
SCHEMA = {lang: section(MARKERS, required=False) for lang in ("zh", "ja")}


def marker_problems(path: Path) -> list[Problem]:
    """Every problem of an anonymization.toml, each with its line."""
    return read_checked(path, SCHEMA)[1]


def read_markers(path: Path) -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    """lang -> entity type -> compiled patterns (listed ones first, then the grammar's)."""
    raw, problems = read_checked(path, SCHEMA)
    refuse(problems)
    markers: dict[str, dict[str, tuple[re.Pattern[str], ...]]] = {}
    for lang, by_type in raw.items():
        patterns = {t: list(listed) for t, listed in by_type.items() if t != "vague"}
        for entity_type, pattern in _grammar(by_type.get("vague", {})).items():
            patterns.setdefault(entity_type, []).append(pattern)
        markers[lang] = {t: tuple(re.compile(p) for p in ps) for t, ps in patterns.items()}
    return markers


def _grammar(grammar: dict) -> dict[str, str]:
    """One pattern per type: a determiner, then a noun of the type, longest first."""
    from ..extract.spans import alternation  # extract imports the rules at its import

    if not grammar:
        return {}
    verbs = grammar.get("also_verbs", [])
    after = grammar.get("verb_after", "")
    # a determiner that is also a verb (ある) does not count after what makes it the
    # verb: がある人 is "a person who has", not "a certain person"
    guard = f"(?<![{re.escape(after)}])" if after else ""
    opening = (
        "(?:"
        + "|".join(
            (guard if each in verbs else "") + re.escape(each)
            for each in sorted(grammar["determiners"], key=len, reverse=True)
        )
        + ")"
    )
    return {
        entity_type: f"{opening}(?:{alternation(words)})"
        for entity_type, words in grammar["nouns"].items()
    }

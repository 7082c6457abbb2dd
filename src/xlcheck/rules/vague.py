"""Vague references that stand in for names, read from rules/anonymization.toml.

Two forms, per language: patterns listed by the entity type they can replace (ある地区,
某社), and a grammar, `[LANG.vague]`, of the construction: an opening (a determiner
such as ある, 某, その, or a construction such as a count of one, 一人の, 一家) before a
noun of the type (人物, 都市, 企業), a compound ending in one (地方都市) or in a head
of the type (技術者, 出版社); a placeholder for the name (A氏, X社); and a compound
ending in a noun no name ends in (外資系企業). The file names a construction once
instead of every phrase it makes.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..regexes import compiled
from .schema import LIST, VALUE, Key, Problem, read_checked, refuse, regex, section, text, word

TYPES = ("person", "place", "organisation", "company", "any")


def _by_type(required: bool = False) -> Key:
    return section(
        {t: Key(LIST, word, required=False, empty=False) for t in TYPES}, required=required
    )


# [LANG.vague]: the openings (determiner words, and constructions as patterns), the nouns
# of each type they open, and what else makes a noun of a type or stands for a name.
GRAMMAR = {
    "determiners": Key(LIST, word, empty=False),
    # determiners that are also verbs, and the characters after which they are the verb
    "also_verbs": Key(LIST, word, required=False),
    "verb_after": Key(VALUE, text, required=False),
    "openings": Key(LIST, regex, required=False),  # a count of one, an unknown identity
    "placeholder": Key(VALUE, regex, required=False),  # what stands for the name: A, ○○
    "compound": Key(VALUE, regex, required=False),  # a character of a compound noun
    "nouns": _by_type(required=True),
    "heads": _by_type(),  # what ends a compound noun of a type but is no noun alone (者)
    "generic": _by_type(),  # nouns no name ends in (企業)
    "titles": _by_type(),  # what follows a placeholder for a person (氏, さん)
}
# [LANG]: patterns by the type they can replace, and the grammar.
MARKERS = {t: Key(LIST, regex, required=False, empty=False) for t in TYPES} | {
    "vague": section(GRAMMAR, required=False)
}
SCHEMA = {lang: section(MARKERS, required=False) for lang in ("zh", "ja")}

Markers = dict[str, dict[str, tuple[re.Pattern[str], ...]]]


def marker_problems(path: Path) -> list[Problem]:
    """Every problem of an anonymization.toml, each with its line."""
    return read_checked(path, SCHEMA)[1]


def read_markers(path: Path) -> tuple[Markers, dict[str, re.Pattern[str]]]:
    """lang -> entity type -> compiled patterns (listed ones first, then the grammar's),
    and lang -> the grammar's class nouns alone (大城市, 高中生: what a weak "name" that
    is one of them really is)."""
    raw, problems = read_checked(path, SCHEMA)
    refuse(problems)
    markers: Markers = {}
    class_nouns: dict[str, re.Pattern[str]] = {}
    for lang, by_type in raw.items():
        patterns = {t: list(listed) for t, listed in by_type.items() if t != "vague"}
        built, nouns = _grammar(by_type.get("vague", {}))
        for entity_type, pattern in built.items():
            patterns.setdefault(entity_type, []).append(pattern)
        markers[lang] = {t: tuple(compiled(p) for p in ps) for t, ps in patterns.items()}
        class_nouns[lang] = compiled(nouns)
    return markers, class_nouns


def _grammar(grammar: dict) -> tuple[dict[str, str], str]:
    """One pattern per type: an opening (a determiner word or construction), then a noun
    of the type, a compound ending in one or in a head of the type; or a compound ending
    in a generic noun; or a placeholder for the name (A氏, X社). And one pattern of the
    class nouns alone."""
    from ..extract.spans import alternation  # extract imports the rules at its import

    if not grammar:
        return {}, "(?!)"
    opening = _opening(grammar)
    compound = grammar.get("compound", "[^\\s\\S]")
    placeholder = grammar.get("placeholder", "(?!)")
    tables = {key: grammar.get(key, {}) for key in ("heads", "generic", "titles")}
    built = {}
    every_noun = []
    for entity_type, words in grammar["nouns"].items():
        noun = alternation(words)
        head = alternation(tables["heads"].get(entity_type, ()))
        generic = alternation(tables["generic"].get(entity_type, ()))
        title = alternation(tables["titles"].get(entity_type, ()))
        # the noun itself (ある都市), a compound ending in it (ある地方都市), a compound
        # ending in a head of the type (ある技術者: a head is no noun alone)
        named = f"(?:{compound}{{0,3}}(?:{noun})|{compound}{{1,3}}(?:{head}))"
        # a class noun standing alone: one character after a single other (古川, 杭州,
        # 裕子) is how names are made, so a one-character noun or head needs two before it
        long_nouns = alternation(w for w in words if len(w) > 1)
        short = alternation(
            [*(w for w in words if len(w) == 1), *tables["heads"].get(entity_type, ())]
        )
        every_noun.append(f"{compound}{{0,3}}(?:{long_nouns})|{compound}{{2,3}}(?:{short})")
        built[entity_type] = (
            f"(?:{opening}){named}"
            f"|(?:{placeholder})(?:{named}|{title}|{head})"
            f"|(?<!{compound}){compound}{{1,3}}(?:{generic})"
        )
    return built, "|".join(every_noun)


def _opening(grammar: dict) -> str:
    """The determiner words, each guarded where it is also a verb (がある人 is "a person
    who has", not "a certain person"), and the constructions of `openings`."""
    verbs = grammar.get("also_verbs", [])
    after = grammar.get("verb_after", "")
    guard = f"(?<![{re.escape(after)}])" if after else ""
    words = [
        (guard if each in verbs else "") + re.escape(each)
        for each in sorted(grammar["determiners"], key=len, reverse=True)
    ]
    return "|".join([*grammar.get("openings", []), *words])

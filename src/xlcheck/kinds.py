"""The fact kinds, one row each: what a number, a date, a name, a version and an
identifier need from every stage.

- **find**: how its facts are found. `None` for the kinds a language's grammars find
  (`Language.numbers`, `.dates`, the entity tokens; extract/__init__.py runs them in the
  order that lets 2016年 be a date before it can be a number); a function
  `(segment, prepared text, the language's lexicon) -> facts` for the kinds read on the
  text as written, before the grammars, whose spans the grammars then do not see
  (extract/technical.py).
- **relation**: equivalence and change between two values of the kind, given the run's
  unit tables (90分 = 1.5小时), as `(relation, strength)` (compare/relations.py); `None`
  when facts pair by key alone.
- **pairing**: how compare pairs them: `values` (the three passes of compare/values.py),
  `keys` (compare/identifiers.py) or `names` (the entity ladder of compare/__init__.py).
- **repeats**: whether a fact repeated inside a unit counts again (two 两 need two
  counterparts) or once (a name repeats as a topic).
- **leftovers**: whether what is left on both sides of a unit is paired by compatibility
  (the same unit, counter family or date shape) before it is called missing or added.
- **anchor**: what the sentence aligner counts as shared evidence between the sides.
- **page_key**: what a documentation page states, whatever the wording, so that a fact
  stated elsewhere on the other page is not missing (align_structure.py).
- **dedupe_key**: when two facts are one fact said twice (reported once per group).

The rules each kind reports are the registry's rows of that kind (`rules()`). Adding a
kind is a row here, its value in model.py, its own module and its rules in the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from .model import Fact, Segment

if TYPE_CHECKING:
    from .rules.lexicon import Lexicon
    from .rules.units import UnitTables


@dataclass(frozen=True)
class FactKind:
    name: str
    find: Callable[[Segment, str, Lexicon], list[Fact]] | None
    relation: Callable[[Any, Any, UnitTables], tuple[str, float] | None] | None
    pairing: str  # values, keys or names
    repeats: bool
    leftovers: bool
    anchor: Callable[[Fact], str] | None
    page_key: Callable[[Fact], tuple] | None
    dedupe_key: Callable[[Fact], tuple]

    def rules(self) -> dict[str, str]:
        """Relation -> rule code, from the registry."""
        from .rules.registry import RULES

        return {
            rule.decided or rule.relation: rule.code for rule in RULES if rule.kind == self.name
        }


def _number_anchor(fact: Fact) -> str:
    # strings keep their hashes, where tuples of fractions compute theirs on every set
    # operation of the aligner
    return f"number {fact.value.low} {fact.value.high}"


def _date_anchor(fact: Fact) -> str:
    year, month, day = fact.value.fields()
    # a year taken from the context is a guess, not an anchor
    return f"date {None if fact.value.inferred else year} {month} {day}"


def _number_key(fact: Fact) -> tuple:
    if fact.value.ordinal:
        return (fact.kind, fact.value, fact.text)  # 第一家 and 第一届 are different firsts
    # weak or not, one figure: 这五个城市 (summing up a list) and 这五城 are one fact
    # (a value that is not weak is its own key: no copy of it made for every fact)
    value = fact.value
    return (fact.kind, replace(value, weak=False) if value.weak else value)


def _value_key(fact: Fact) -> tuple:
    return (fact.kind, fact.value)


def _entity_key(fact: Fact) -> tuple:
    return ("entity", fact.value.key)  # 朝阳区 and 朝陽区 are one name


@cache  # built on first use: the rows point into the stages, which read the table
def fact_kinds() -> tuple[FactKind, ...]:
    """The kinds in the order compare pairs them: values before keys before names."""
    from .compare.relations import date_relation, number_relation, version_relation
    from .extract.technical import identifier_facts, version_facts

    return (
        FactKind(
            "number",
            find=None,
            relation=number_relation,
            pairing="values",
            repeats=True,
            leftovers=True,
            anchor=_number_anchor,
            page_key=lambda f: ("number", f.value.low, f.value.high),
            dedupe_key=_number_key,
        ),
        FactKind(
            "date",
            find=None,
            relation=_regardless_of_units(date_relation),
            pairing="values",
            repeats=True,
            leftovers=True,
            anchor=_date_anchor,
            page_key=lambda f: ("date", *f.value.fields()),
            dedupe_key=_value_key,
        ),
        FactKind(
            "version",
            find=version_facts,
            relation=_regardless_of_units(version_relation),
            pairing="values",
            repeats=False,
            leftovers=False,  # only the last resort: one version left on each side
            anchor=None,
            page_key=lambda f: ("version", f.value.product_key, f.value.number),
            dedupe_key=_value_key,
        ),
        FactKind(
            "identifier",
            find=lambda segment, prepared, lexicon: identifier_facts(segment, prepared),
            relation=None,
            pairing="keys",
            repeats=False,
            leftovers=False,
            anchor=None,
            page_key=None,  # code spans are compared in place, never across a page
            dedupe_key=_value_key,
        ),
        FactKind(
            "entity",
            find=None,
            relation=None,
            pairing="names",
            repeats=False,
            leftovers=False,
            anchor=None,
            page_key=lambda f: ("entity", f.value.key),
            dedupe_key=_entity_key,
        ),
    )


def _regardless_of_units(relation: Callable[[Any, Any], Any]) -> Callable[[Any, Any, Any], Any]:
    """A relation that has no units to convert (dates, versions)."""
    return lambda a, b, units: relation(a, b)


@cache
def _by_name() -> dict[str, FactKind]:
    return {kind.name: kind for kind in fact_kinds()}


def fact_kind(name: str) -> FactKind | None:
    """The row of kind `name`; None for what is not a fact kind (section, page)."""
    return _by_name().get(name)

"""Bounds stated in a condition or a rule (如果超过3天，就要付费; 18歳以上でないと飲めない).

A condition is as often rendered by its complement with the consequence turned round:
不到18岁不能喝酒 = 18歳以上でないと酒は飲めない, 如果超过3天就要付费 = 3日を超えないなら
無料だ. Which clause is the consequence is beyond a word list, so a bound in a sentence that
holds a word of condition or rule (rules/LANG/numbers.toml `conditions`) is marked: a
bound turned into its complement there is a guess (rules.apply_severity), never an error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Fact, Quantity
from ..regexes import compiled
from .bounds import BOUND_LEANS
from .spans import alternation, clause_span

BOUNDS = frozenset(BOUND_LEANS)


def conditional_bounds(
    numbers: list[Fact], text: str, words: tuple[str, ...], not_words: tuple[str, ...] = ()
) -> list[Fact]:
    """`numbers` with each bound marked `conditional` when its own clause of `text` holds
    one of `words` (and not one of `not_words` that begins there: ならない is no なら)."""
    if not words or not any(_bound(f) for f in numbers):
        return numbers
    condition = _condition_pattern(words, not_words)
    if not condition.search(text):
        return numbers
    return [
        replace(f, value=replace(f.value, conditional=True))
        if _bound(f) and _conditioned(condition, text, f)
        else f
        for f in numbers
    ]


@lru_cache(maxsize=8)
def _condition_pattern(words: tuple[str, ...], not_words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a condition word (built once per language's words, not per text)."""
    guard = f"(?!{alternation(not_words)})" if not_words else ""
    return compiled(f"{guard}(?:{alternation(words)})")


def _conditioned(condition: re.Pattern[str], text: str, fact: Fact) -> bool:
    """Whether the clause of `fact` holds a condition word outside the fact itself (the
    不能 of 不能超过255个字符 is the bound's own word: at most 255)."""
    # a condition word in another clause conditions something else (超过100人参加了会议，
    # 必须提前报名 states a fact, then a rule)
    start, end = clause_span(text, fact.start, fact.end)
    return bool(condition.search(text, start, fact.start) or condition.search(text, fact.end, end))


def _bound(fact: Fact) -> bool:
    return isinstance(fact.value, Quantity) and fact.value.qualifier in BOUNDS

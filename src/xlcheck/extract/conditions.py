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
from ..scripts import CLAUSE_ENDERS, SENTENCE_ENDERS
from .bounds import BOUND_LEANS
from .spans import alternation, clause_span

BOUNDS = frozenset(BOUND_LEANS)
# Marks between two clauses of one sentence: a rule opening the next conditions this one.
# (A colon ends no clause: 未满18岁：禁止入内 is one clause, its condition word its own.)
CLAUSE_JOINERS = frozenset(CLAUSE_ENDERS) - frozenset(SENTENCE_ENDERS)
# How much a clause conditioned by the next may say beside its bound (体重超过100公斤的乘客);
# the aspect marks that make it an event instead (参加了, 来过) are the language's
# condition_event_marks (rules/zh/numbers.toml)
CONDITION_REST = 7
# Any run of spaces (where the next clause opens, found without copying the text after it)
SPACES = re.compile(r"\s*")


def conditional_bounds(
    numbers: list[Fact],
    text: str,
    words: tuple[str, ...],
    not_words: tuple[str, ...] = (),
    openers: tuple[str, ...] = (),
    event_marks: tuple[str, ...] = (),
) -> list[Fact]:
    """`numbers` with each bound marked `conditional` when its own clause of `text` holds
    one of `words` (and not one of `not_words` that begins there: ならない is no なら), or
    when the next clause opens with one of `openers` (未满18岁，禁止入内) and this one holds
    none of `event_marks` (参加了: an event, no condition)."""
    if not (words or openers) or not any(_bound(f) for f in numbers):
        return numbers
    condition = _condition_pattern(words, not_words)
    opener = _condition_pattern(openers, ())
    if not (condition.search(text) or opener.search(text)):
        return numbers
    return [
        replace(f, value=replace(f.value, conditional=True))
        if _bound(f) and _conditioned(condition, opener, event_marks, text, f)
        else f
        for f in numbers
    ]


@lru_cache(maxsize=8)
def _condition_pattern(words: tuple[str, ...], not_words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a condition word (built once per language's words, not per text)."""
    if not words:
        return compiled("(?!)")
    guard = f"(?!{alternation(not_words)})" if not_words else ""
    return compiled(f"{guard}(?:{alternation(words)})")


def _conditioned(
    condition: re.Pattern[str],
    opener: re.Pattern[str],
    event_marks: tuple[str, ...],
    text: str,
    fact: Fact,
) -> bool:
    """Whether the clause of `fact` holds a condition word outside the fact itself (the
    不能 of 不能超过255个字符 is the bound's own word: at most 255; so is one right before
    it, which turns it: 不能少于8位 is at least 8), or the clause after it opens with a
    word of rule that conditions it (未满18岁，禁止入内: the rule is the next clause's, its
    condition this one's)."""
    # a condition word in another clause conditions something else (超过100人参加了会议，
    # 必须提前报名 states a fact, then a rule, which the comma's next clause does not open)
    start, end = clause_span(text, fact.start, fact.end)
    before = any(m.end() != fact.start for m in condition.finditer(text, start, fact.start))
    if before or condition.search(text, fact.end, end):
        return True
    if end >= len(text) or text[end] not in CLAUSE_JOINERS:
        return False
    # (only a clause that is little more than the bound: 身高不足1.2米，须由成人陪同; one
    # that tells what happened is a fact of its own: 超过100人参加了会议，必须提前报名)
    rest = text[start : fact.start] + text[fact.end : end]
    if len(rest.strip()) > CONDITION_REST or any(mark in rest for mark in event_marks):
        return False
    following = SPACES.match(text, end + 1).end()
    return opener.match(text, following) is not None


def _bound(fact: Fact) -> bool:
    return isinstance(fact.value, Quantity) and fact.value.qualifier in BOUNDS

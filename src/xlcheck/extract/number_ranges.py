"""Figures the number grammar reads together after reading them one by one: two figures
that are the bounds of one range (10人から20人, 介于20度和30度之间, 1以上1000以下), two
joined by a sign that makes no range (a score 7-2, a range written backwards 400～200),
and a figure said again in brackets (100,000,000 (1 億))."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from ..model import Quantity
from ..regexes import compiled
from .number_tables import NumberMatch, NumberTables
from .spans import alternation

# What joins the two figures of a score or a record (7-2, 3:1), and the signs that only
# join a range (400～200 is a range written backwards).
SCORE_DASHES = ("-", "—", "–")
SCORE_SIGNS = (*SCORE_DASHES, ":")
RANGE_SIGNS = ("～", "〜", "~")
# A score among scores (the sets of a match: 6-4、3-6、7-5): a pair of small figures joined
# by a score sign right before or after it, joined to it by a list mark.
# (dashes only: the text is width-folded, so － is -; 12:05、12:30 are times)
_SCORE_SIGN = "[" + re.escape("".join(SCORE_DASHES)) + "]"
_SCORE_BEFORE = compiled(rf"(\d{{1,2}})\s?{_SCORE_SIGN}\s?(\d{{1,2}})\s?[、，,]\s?$")
# How far before a score its neighbour in a list of sets may stand: the longest match of
# _SCORE_BEFORE (`12-34、`, spaced).
SCORE_LIST_REACH = 10
_SCORE_AFTER = compiled(rf"\s?[、，,]\s?(\d{{1,2}})\s?{_SCORE_SIGN}\s?(\d{{1,2}})(?![\d.])")
# A bracket still open a few characters before a figure: 1 億 in 100,000,000 (1 億), 400
# and 500 in 之间（包括400和500）.
BRACKET_BEFORE = compiled(r"[(（][^()（）]{0,14}$")
# How far before the bracket the restated figure may stand: 400和 500之间（包括
RESTATED_REACH = 8


class Ranges:
    """The words that join two figures into a range, in one language, compiled."""

    def __init__(self, tables: NumberTables) -> None:
        self.tables = tables
        separators = alternation((*tables.range_separators, *tables.or_joiners))
        # two figures of one unit or counter that make one range (10人から20人, 10度到20度),
        # or that a word of "or" joins (1つか2つ = 一两个: one or two)
        self.range_gap = compiled(rf"\s?(?:{separators})\s?")
        self.between_gap = compiled(rf"\s?(?:{alternation(tables.between_joiners)})\s?")
        # a remark in brackets may stand before the closer: 介于 1 和 1000 (包含) 之间
        self.between_end = compiled(
            rf"\s?(?:[(（][^()（）]{{1,8}}[)）]\s?)?(?:{alternation(tables.between_closers)})"
        )
        self.bound_gap = compiled(
            rf"\s?(?:{alternation(tables.bound_pair_joiners) or '(?!)'})\s?"
        )
        # (a space before the marker as docs write it: 2 から 4 に変更)
        self.change_end = compiled(rf"\s?(?:{alternation(tables.change_markers)})")

    def joined(self, found: list[NumberMatch], text: str) -> list[NumberMatch]:
        """Two figures that are the bounds of one range, joined: the same unit or counter
        on both (10人から20人, 十到二十人 is the grammar's own), around a joiner (介于20度和
        30度之间) or as two bounds (1以上1000以下)."""
        joined: list[NumberMatch] = []
        for match in found:
            both = self._range_of(joined[-1], match, text) if joined else None
            if both is None:
                joined.append(match)
            else:
                joined[-1] = both
        return joined

    def _currency_said_once(self, a, b) -> bool:
        """Whether the second bound's unit is one a currency named on the first refines (元
        after 新台币三千元以上: 六千元以下 is New Taiwan dollars too)."""
        return (
            b.unit in self.tables.refined_units
            and a.unit in self.tables.money_units
            and a.counter == b.counter
        )

    def _range_of(self, first: NumberMatch, second: NumberMatch, text: str):
        a, b = first.value, second.value
        gap = text[first.end : second.start]
        # the counter said once, on the second bound: 8～約60文字
        counted_once = a.unit is b.unit is a.counter is None and self.range_gap.fullmatch(gap)
        # a floor and a cap joined by a word (年满18且不超过35周岁): one range, the unit or
        # the counter said on the cap alone or on both
        paired = (a.qualifier, b.qualifier) in (("ge", "le"), ("ge", "lt")) and bool(
            self.bound_gap.fullmatch(gap)
        )
        said_on_cap = paired and a.unit is None and a.counter is None
        same = (
            (a.unit, a.counter) == (b.unit, b.counter)
            or self._currency_said_once(a, b)
            or said_on_cap
        )
        if a.ordinal or b.ordinal or not (same or counted_once):
            return None
        if not a.low < b.high:
            return None  # 5人から3人: a fall, not a range
        if gap.strip() in SCORE_SIGNS and among_scores(text, first.start, second.end):
            return None  # 6-4、3-6: a set lost, no range
        qualifiers = (a.qualifier, b.qualifier)
        if b.qualifier == "le" and b.extreme and self.range_gap.fullmatch(gap):
            # 1階から5階まで, 3人～5人まで: a cap's word that says "as far as" closes the range
            qualifiers = (a.qualifier, "exact")
        if qualifiers in (("ge", "le"), ("ge", "lt")):
            if gap.strip() and not paired:
                return None
        elif not set(qualifiers) <= {"exact", "approx"}:
            return None  # (0 から約 70000: a range with a rounded bound is a range)
        elif self.range_gap.fullmatch(gap):
            said = gap.strip().isalpha()  # から, not ～: 8～64文字にする is a range
            # (the まで a range's end took, 5人から12人まで + 増えた, is the change's too)
            closer = next(
                (c for c in self.tables.extreme_suffixes if text.endswith(c, 0, second.end)),
                "",
            )
            if said and self.tables.change_markers and (
                self.change_end.match(text, second.end)
                or (closer and self.change_end.match(text, second.end - len(closer)))
            ):
                return None  # 5人から10人に増えた: a change from one figure to the other
        elif not (
            self.tables.between_joiners
            and self.between_gap.fullmatch(gap)
            and self.between_end.match(text, second.end)
        ):
            return None
        # (约 on a bound is dropped, as the grammar drops it before a range: 约10到20人)
        value = replace(
            a, high=b.high, qualifier="range", weak=False, counter=b.counter, unit=b.unit
        )
        return NumberMatch(first.start, second.end, value)


def restated(found: list[NumberMatch], text: str) -> list[NumberMatch]:
    """A figure in brackets that says again a figure just before the bracket, or a bound
    of a range just before it (100,000,000 (1 億), 400和 500之间（包括400和500）), is that
    fact said twice: weak, matched when the other side has it, never reported alone."""
    marked = []
    for index, match in enumerate(found):
        bracket = BRACKET_BEFORE.search(text, max(0, match.start - 15), match.start)
        said = bracket is not None and any(
            before.end <= bracket.start()
            and bracket.start() - before.end <= RESTATED_REACH
            and match.value.low in (before.value.low, before.value.high)
            and match.value.low == match.value.high
            and match.value.unit in (None, before.value.unit)
            for before in found[max(0, index - 3) : index]
        )
        marked.append(
            NumberMatch(match.start, match.end, replace(match.value, weak=True)) if said else match
        )
    return marked


# Signs between two figures that are never a date's (2016-02), a score's or a subtraction's
# (８から３を引く): a "range" that runs backwards or stays on one figure with one of them is
# two figures as written.
def is_minus(match: re.Match[str], text: str) -> bool:
    """Whether the number's sign is a minus: not a hyphen after a letter or a digit (A-5,
    3-5); ± is no sign (the pattern's group pm)."""
    sign = match.group("sign")
    if not sign:
        return False
    before = text[match.start() - 1] if match.start() else " "
    return not (sign == "-" and before.isascii() and before.isalnum())


def in_score_list(match: re.Match[str], text: str) -> bool:
    """Whether two small figures joined by a score sign, the first below the second (3-6),
    are a score, not a range (among_scores)."""
    first, second = match.group("num"), match.group("num2")
    if not (first and second) or match.group("sep") not in SCORE_SIGNS:
        return False
    if match.group("counter") or match.group("unit") or max(len(first), len(second)) > 2:
        return False
    return among_scores(text, match.start(), match.end())


def among_scores(text: str, start: int, end: int) -> bool:
    """Whether a score for sure (the first figure above the second) stands right before or
    after start..end in a list: 6-4、3-6、7-5, where 3-6 is the second set lost."""
    for beside in (
        _SCORE_BEFORE.search(text, max(0, start - SCORE_LIST_REACH), start),
        _SCORE_AFTER.match(text, end),
    ):
        if beside and int(beside.group(1)) > int(beside.group(2)):
            return True
    return False


def score(match: re.Match[str], closed: bool) -> Iterator[NumberMatch]:
    """Two figures joined by a range sign that is no range (the first is not below the
    second). 7-2, 5-3, 3-3 (small, joined by a dash or a colon) are a score or a record:
    two figures, each a fact (7対2 writes them apart). 400～200, 90000-32767 (a dash
    between figures of as many digits) and 500～500 are a range written backwards or on one
    figure, read as the range of its two figures, so that a changed bound is a changed
    range and never makes both vanish. Two figures a word joins are such a range only when
    a counter, a unit or a closer ends it (3 から 1 の間, 75 到 17 位); ８から３を引く is a
    subtraction, left alone."""
    first, second = match.group("num"), match.group("num2")
    if not (first and second):
        return
    if not (re.fullmatch(r"\d+(?:\.\d+)?", first) and re.fullmatch(r"\d+(?:\.\d+)?", second)):
        return  # (kanji: 九到一 is no figure anyone writes)
    low, high = sorted((Fraction(first), Fraction(second)))
    if match.group("sep") not in (*SCORE_SIGNS, *RANGE_SIGNS) and not closed:
        return  # ８から３を引く: subtraction (a word joins, nothing closes a range)
    if match.group("sep") in SCORE_SIGNS:
        if len(first) <= 2 and len(second) <= 2:
            for group in ("num", "num2"):
                value = Fraction(match.group(group))
                yield NumberMatch(match.start(group), match.end(group), Quantity(value, value))
            return
        if match.group("sep") == ":" or len(first) != len(second):
            return  # 120:80 may be anything; 2016-02 is a month
    yield NumberMatch(match.start("num"), match.end("num2"), Quantity(low, high, "range"))

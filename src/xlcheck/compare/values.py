"""Pairing numbers and dates across a unit, so that a changed value reads as a change.

Three passes per kind. 1: inside each unit, equal and consistent pairs (and the same
figure in another unit of measure). 2: in the window of neighbouring units, consistent
pairs only, for facts a translator moved. 3: inside each unit, what is left on both sides
is paired by compatibility (the same unit or currency, the same counter family, dates of
the same granularity, or both bare) and reported as one finding, mismatch, approximated
or precision as the values say, before anything is called missing or added.

Facts count with multiplicity: two 两 in the source need two counterparts. In pass 3 a
fact is paired when it has one compatible counterpart that has no other candidate, or
when as many strong facts are left on each side and each is compatible with its like in
reading order; a value that is "one" as an article (一家公司) only in the first way.
Anything else stays unpaired: missing or added is a weaker claim than a wrong pairing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

from ..kinds import fact_kind
from ..model import AMOUNT, DateValue, Fact, Finding
from ..rules.registry import make_finding
from ..rules.units import UnitTables
from .date_counts import (
    days_as_durations,
    days_as_other_spans,
    days_as_ranks,
    numbers_in_series,
    quarters_as_months,
    ranks_as_years,
    series_without_suffix,
    years_as_durations,
)
from .month_spans import pair_month_spans
from .range_ends import pair_range_ends
from .relations import (
    CONSISTENT,
    EQUAL,
    UNIT,
    as_units,
    in_common_unit,
    open_facts,
    units_compatible,
    until_from_today,
    years_as_unit,
)

# The largest count a weak "one" (an article: 一个, 一天) may be taken to have become.
ARTICLE_REACH = 100


def relation(kind: str, source: Fact, target: Fact, unit_tables: UnitTables):
    """(relation, strength) of two facts of `kind`, by its row in kinds.py (quantities in
    the run's units: 90分 = 1.5小时)."""
    return fact_kind(kind).relation(source.value, target.value, unit_tables)


def pair_values(
    units,
    kind: str,
    matched: set[int],
    window: Callable,
    unit_tables: UnitTables,
    quarter_words: tuple[str, ...] = (),
) -> list[Finding]:
    """Findings of one kind (number, date or version) for every unit; marks paired facts in
    `matched`. `window(unit)` gives the units around one; `unit_tables` are the run's
    counter families and currencies (rules/LANG/numbers.toml); `quarter_words` end a
    ranked quarter (rules/LANG/dates.toml [quarters]: 季度, 四半期)."""
    findings: list[Finding] = []
    if kind == "number":
        pair_range_ends(units, matched, unit_tables)  # 上调50元至1054元 against 50円…1054円
        numbers_in_series(units, matched)  # 福卫八号首颗卫星 against 福衛8号の1基目
    if kind == "date":  # numbers are paired by now: what days are left may be durations
        findings += days_as_durations(units, matched)
        findings += days_as_other_spans(units, matched)  # 两个小时 against 2日
        findings += days_as_ranks(units, matched)  # 阿波罗11号 against アポロ11号
        series_without_suffix(units, matched)  # 隼鸟2号 against はやぶさ2
        years_as_durations(units, matched)
        ranks_as_years(units, matched)  # 第二年 against 翌年
        quarters_as_months(units, matched, quarter_words)  # 第三季度 against 7～9月期
        pair_month_spans(units, matched)  # 7、8月 against 7月と8月
        # dates equal as read first (今年5月 resolved to 2018年5月, 次年 after 2019年 to
        # 2020年), then every date that resolved, then the relative ones that did not,
        # with what is left: in 今年是2023年 against 2024年は今年, 2023 became 2024; 今年 is
        # no more specific year
        _relatives_alike(units, matched)  # 隔年 with 翌年, whatever year each counts from
        hidden = _open_ids(units, matched, _in_context)
        matched |= hidden
        findings += _greedy(kind, _inside(units, kind, matched), EQUAL, matched, unit_tables)
        matched -= hidden
        # (no guessed repetitions: 2023年…前年より is no 2023年 said again, changed, while
        # 上年 waits)
        hidden = _open_ids(units, matched, _unresolved)
        matched |= hidden
        findings += _passes(units, kind, matched, window, unit_tables, repetitions=False)
        matched -= hidden
    return findings + _passes(units, kind, matched, window, unit_tables)


def _passes(
    units, kind: str, matched: set[int], window, unit_tables: UnitTables, repetitions: bool = True
) -> list:
    """The three passes over the facts of a kind not yet in `matched`, and the changed
    repetitions unless told not to."""
    # a word of a few or many (几个, 多くの) takes a figure of its own unit only in pass 3,
    # once the figures are paired: a figure changed beside it (几个…两个 against 3つ) is
    # that figure changed, not the word approximated and the figure missing
    inside = [
        (u.index, s, t)
        for u in units
        for s in open_facts(u.source, kind, matched)
        for t in open_facts(u.target, kind, matched)
        if not _vague_against_figure(kind, s, t, unit_tables)
    ]
    findings = _greedy(kind, inside, UNIT, matched, unit_tables)
    # nor one of a neighbouring unit, ever: 各个 of the sentence before is no rendering of a
    # 65社 whose source says 55家 (that is the figure changed, found in pass 3)
    around = [
        (u.index, s, t)
        for u in units
        for s in open_facts(u.source, kind, matched)
        for w in window(u)
        for t in open_facts(w.target, kind, matched)
        if not _vague_against_figure(kind, s, t, unit_tables)
    ]
    findings += _greedy(kind, around, CONSISTENT, matched, unit_tables)
    groups: dict = {}
    for unit in units:
        groups.setdefault(unit.pair.group, []).append(unit)
    for unit in units:
        repeated = _repetitions(groups[unit.pair.group], unit, matched)
        findings += _compatible_leftovers(unit, kind, matched, unit_tables, repeated)
        if repetitions:
            findings += _changed_repetitions(unit, kind, matched, unit_tables)
    if not fact_kind(kind).leftovers:
        findings += _versions_in_step_around(units, kind, matched, window, unit_tables)
    return findings


def _versions_in_step_around(units, kind, matched, window, unit_tables) -> list[Finding]:
    """Versions left over in a unit, against those left over in the units around it, as
    many and in step (`_versions_in_step`): one sentence of the source said as two in the
    translation (…但低于 0.113.0，例如，版本 0.112.2 仍会被接受。 against …0.46.0 未満…。例えば、
    バージョン 0.45.2 は…), each version changed in its place."""
    findings = []
    for unit in units:
        left = [f for f in open_facts(unit.source, kind, matched) if not f.value.weak]
        if len(left) < 2:
            continue
        right = [
            f
            for around in window(unit)
            for f in open_facts(around.target, kind, matched)
            if not f.value.weak
        ]
        pairs = list(zip(left, right, strict=False))
        if len(left) != len(right) or not _versions_in_step(pairs, kind, unit_tables):
            continue
        for source, target in pairs:
            matched.update((id(source), id(target)))
            related = relation(kind, source, target, unit_tables)
            if related[0] != "equal":
                findings.append(make_finding(kind, related[0], source, target, unit.index))
    return findings


def _vague_against_figure(kind: str, source: Fact, target: Fact, unit_tables) -> bool:
    """Whether one of two number facts is a word of a few or many (no figure) and the
    other is not its equal: pass 3 pairs them, once the figures are paired."""
    if kind != "number" or not _one_word_of_no_figure(source, target):
        return False
    related = relation(kind, source, target, unit_tables)
    return related is None or related[0] != "equal"


def _one_word_of_no_figure(source: Fact, target: Fact) -> bool:
    """Whether exactly one of two facts is a word of a few or many (no figure)."""
    return [_a_few_or_many(f.value) for f in (source, target)].count(True) == 1


def _vague_against_repetition(source: Fact, target: Fact, repeated) -> bool:
    """A word of no figure (各地, 多くの) against a figure said again whose twin is paired:
    the translation referred to what it had counted, it made nothing vague."""
    for word, figure in ((source, target), (target, source)):
        if _a_few_or_many(word.value) and not _a_few_or_many(figure.value):
            return repeated(figure)
    return False


def _relatives_alike(units, matched: set[int]) -> None:
    """Pairs, in each unit, the dates counted alike from the year or month said before
    them (次年 and 翌年, 同年 and その年), whatever that year is on each side: in
    2019年上映，隔年拍续集 against 2018年公開、翌年続編, 翌年 is the 隔年, and the year said
    first is what changed (2019 became 2018), not 翌年 (2019) an equal of 2019年."""
    for unit in units:
        targets = [t for t in open_facts(unit.target, "date", matched) if t.value.counted]
        for source in open_facts(unit.source, "date", matched):
            if not source.value.counted:
                continue
            for target in targets:
                if id(target) not in matched and _counted_alike(source.value, target.value):
                    matched.update((id(source), id(target)))
                    break


def _counted_alike(first: DateValue, second: DateValue) -> bool:
    """Both counted from the last year (or month, or day) said by the same steps, and the
    same in all they say besides (次年3月 against 翌年の4月 is a month changed)."""
    said = _COUNTED_FIELDS + _SAID_AFTER_THE_COUNT.get(first.relative, ())
    return first.anchored_alike(second) and all(
        getattr(first, field) == getattr(second, field) for field in said
    )


# What two dates counted alike must both say: their steps, the part and the time of day;
# and, counted from a year, the month and day they name in it (次年3月), from a month, the
# day (翌月5日).
_COUNTED_FIELDS = (
    "year_offset", "month_offset", "day_offset", "part", "hour", "minute", "weekday", "relation",
)
_SAID_AFTER_THE_COUNT = {"same-year": ("month", "day"), "same-month": ("day",)}


def _open_ids(units, matched: set[int], test: Callable[[Fact], bool]) -> set[int]:
    """The ids of the facts of `units` not yet in `matched` that pass `test`: set aside
    (added to `matched`) for a pass, and taken back after it."""
    return {
        id(f) for u in units for f in (*u.source, *u.target) if id(f) not in matched and test(f)
    }


def _in_context(fact: Fact) -> bool:
    """Whether a date is relative and was read against the year last mentioned, for want
    of a document date (2022年，也就是去年: not 2021)."""
    return fact.kind == "date" and fact.value.relative == "context"


def _unresolved(fact: Fact) -> bool:
    """Whether a date is relative and says no date of its own: 今年 with no document
    date, 去年 read for want of one against a year said in passing, 次年 with no year
    before it (次年 after 2019年 is 2020年, a date like the written ones)."""
    if fact.kind != "date" or not fact.value.relative:
        return False
    return _in_context(fact) or all(field is None for field in fact.value.fields())


def _inside(units, kind: str, matched: set[int]) -> list[tuple]:
    """(unit index, source fact, target fact) of the open facts of a kind in each unit."""
    return [
        (u.index, s, t)
        for u in units
        for s in open_facts(u.source, kind, matched)
        for t in open_facts(u.target, kind, matched)
    ]


def _greedy(kind, triples, minimum, matched, unit_tables: UnitTables) -> list[Finding]:
    """Strongest relation first, then the closer counters (两只 with 2匹 before 两个
    with 2匹), then by unit and position: deterministic."""
    candidates = []
    for unit_index, source, target in triples:
        related = relation(kind, source, target, unit_tables)
        if related and related[0] != "equal" and _article_against_span(source, target):
            continue
        weak = getattr(source.value, "weak", False) or getattr(target.value, "weak", False)
        if weak and _other_things(source, target, unit_tables.currencies):
            continue  # 一度 (once) is no 1ドル: an article count is no sum of money
        few = kind == "number" and (_a_few_or_many(source.value) or _a_few_or_many(target.value))
        if few and related and related[0] == "unit":
            continue  # 你要几斤 against 3元: a few of one thing is no other unit
        if related and related[0] == "unit" and _other_measures(source, target, unit_tables):
            continue  # 7 天 against 30 MB まで: a time and a size, two facts
        if related and related[1] >= minimum:
            key = (
                -related[1],
                # 次年 with 翌年 before 2020年 with 翌年: both count from the year said
                # before them, which may be the one changed (2020年…次年 against 2019年…翌年)
                not (kind == "date" and source.value.anchored_alike(target.value)),
                # an article "one" last; among figures, 第二个 with 2 番目 before 2 つ (a
                # "one" may be a rank's: 首位 with 1シーズン, as written)
                weak,
                not weak and _rank_against_count(source, target),
                -_counter_affinity(source, target, unit_tables.families),
                unit_index,
                source.start,
                target.start,
            )
            candidates.append((key, related[0], source, target))
    candidates.sort(key=lambda c: c[0])
    findings = []
    for (*_, unit_index, _, _), related, source, target in candidates:
        if id(source) in matched or id(target) in matched:
            continue
        matched.update((id(source), id(target)))
        if related != "equal":
            findings.append(make_finding(kind, related, source, target, unit_index))
    return findings


def _rank_against_count(source: Fact, target: Fact) -> bool:
    """Whether one is a rank and the other a count (二次大战 and 第２次世界大戦 may be one
    fact, but a rank pairs with a rank first)."""
    return getattr(source.value, "ordinal", False) != getattr(target.value, "ordinal", False)


def _article_against_span(source: Fact, target: Fact) -> bool:
    """An article "one" (一个介于 1 和 1000 之间的值) against a range or a bound: not that
    figure rounded, another fact; it must not take the range its like would change."""
    for weak, other in ((source, target), (target, source)):
        if getattr(weak.value, "weak", False) and getattr(other.value, "qualifier", "") in (
            "range",
            "ge",
            "gt",
            "le",
            "lt",
        ):
            return True
    return False


def _repetitions(group, unit, matched: set[int]) -> Callable[[Fact], bool]:
    """Whether a fact of `unit` repeats one paired in its paragraph `group` (the units of
    its group, built once per pass: a list per unit made the pass quadratic) (这五个城市 …
    这五城 against 5つの都市 … 各地): a repetition a translation may leave unsaid, which
    is reported with its twin or not at all, never as made vague."""

    def repeats(fact: Fact) -> bool:
        side = "source" if any(f is fact for f in unit.source) else "target"
        key = fact_kind(fact.kind).dedupe_key(fact)
        return any(
            other is not fact
            and id(other) in matched
            and other.kind == fact.kind
            and fact_kind(other.kind).dedupe_key(other) == key
            for u in group
            for other in getattr(u, side)
        )

    return repeats


def _compatible_leftovers(
    unit, kind, matched, unit_tables: UnitTables, repeated: Callable[[Fact], bool]
) -> list[Finding]:
    """3. What is left on both sides of a unit, paired where the pairing is clear;
    `repeated` tells a figure said again (a word of no figure does not take it)."""
    families = unit_tables.families
    findings = []

    def pair(source: Fact, target: Fact, guessed: bool = False) -> None:
        matched.update((id(source), id(target)))
        related = relation(kind, source, target, unit_tables)
        if related is not None and related[0] != "equal":
            findings.append(
                make_finding(kind, related[0], source, target, unit.index, guessed=guessed)
            )

    left, right = open_facts(unit.source, kind, matched), open_facts(unit.target, kind, matched)
    if not left or not right:
        return findings  # every pairing below takes a fact from each side
    if not fact_kind(kind).leftovers:
        left = right = []  # versions: only the last resort below
    options = {
        id(s): [
            t
            for t in right
            if relation(kind, s, t, unit_tables)
            and compatible(s, t, unit_tables)
            # "one" as an article (一个) pairs only with a count of its own kind or unit:
            # 一只狗 with 犬が3匹, 一倍 with 3倍, never 一个 with a bare number left over
            and (not (s.value.weak or t.value.weak) or _same_kind(s, t, families))
            and not _vague_against_repetition(s, t, repeated)
            and _kinds_agree(s, t, unit_tables)
        ]
        for s in left
    }
    # a fact with one compatible counterpart, which has no other: figures first, where a
    # word of no figure is neither a counterpart nor a rival beside a figure (只有一个 beside
    # 很多 against 2人 is 一个 changed), then the words of no figure
    for figures_first in (True, False):
        changed = True
        while changed:
            changed = False
            for source in left:
                if id(source) in matched or (figures_first and _a_few_or_many(source.value)):
                    continue
                targets = [t for t in options[id(source)] if id(t) not in matched]
                if figures_first:
                    targets = [t for t in targets if not _a_few_or_many(t.value)] or targets
                if len(targets) != 1:
                    continue
                rivals = [
                    s
                    for s in left
                    if id(s) not in matched
                    and targets[0] in options[id(s)]
                    and not (figures_first and _a_few_or_many(s.value))
                ]
                # rivals that are one figure said twice (1995-96赛季 ... 1995-96赛季) are one
                if len({(s.value, getattr(s.value, "counter", None)) for s in rivals}) == 1:
                    pair(source, targets[0])
                    changed = True
    # as many strong facts left on each side, each compatible with its like in order
    left = [f for f in open_facts(unit.source, kind, matched) if not f.value.weak]
    right = [f for f in open_facts(unit.target, kind, matched) if not f.value.weak]
    if left and len(left) == len(right):
        pairs = list(zip(left, right, strict=True))
        if all(t in options.get(id(s), ()) for s, t in pairs) or (
            not fact_kind(kind).leftovers and _versions_in_step(pairs, kind, unit_tables)
        ):
            for source, target in pairs:
                pair(source, target)
    if kind == "date":  # a year changed where another was dropped: the nearest, a guess
        for source, target in _nearest_dates(left, right, options, matched):
            pair(source, target, guessed=True)
    # the last resort: a single fact of the kind left on each side, whatever its unit,
    # unless one counts things and the other measures (9000 年 and 45ポンド)
    left = [f for f in open_facts(unit.source, kind, matched) if not f.value.weak]
    right = [f for f in open_facts(unit.target, kind, matched) if not f.value.weak]
    if (
        len(left) == 1
        and len(right) == 1
        and relation(kind, left[0], right[0], unit_tables)
        and not _other_things(left[0], right[0], unit_tables.currencies)
        and not _other_measures(left[0], right[0], unit_tables)
        and not _day_on_one_side(left[0].value, right[0].value)
    ):
        matched.update((id(left[0]), id(right[0])))
        # the relation decides, not the last resort: 大概十八 against １８インチ is the
        # figure approximated (a unit on one side only), not another figure
        related = relation(kind, left[0], right[0], unit_tables)[0]
        if related != "equal":
            findings.append(make_finding(kind, related, left[0], right[0], unit.index))
    findings += _vague_alone(unit, kind, matched, unit_tables, repeated)
    return findings


def _versions_in_step(pairs: list[tuple[Fact, Fact]], kind: str, unit_tables) -> bool:
    """Whether versions left over on both sides of a unit, as many on each, are the same
    statement of other versions, in order: each pair of one product, as many parts and the
    same bound (0.112.0或更高版本，但低于0.113.0，例如0.112.2 against 0.45.0 以上、0.46.0 未満、
    例えば 0.45.2: a page pinned to another release, each version changed in its place)."""
    return len(pairs) > 1 and all(
        relation(kind, source, target, unit_tables)
        and source.value.bound == target.value.bound
        and source.value.product_key == target.value.product_key
        and len(source.value.parts) == len(target.value.parts)
        and not source.value.build
        and not target.value.build
        for source, target in pairs
    )


def _day_on_one_side(a, b) -> bool:
    """Whether two dates are a day and a month with no day, not both of a written year (1日
    of 1日のピーク, "daily", against 较上月): no one date changed, nor a guess a build may
    fail on; 2019年3月5日 against 2018年3月 is a year changed."""
    return (
        isinstance(a, DateValue)
        and isinstance(b, DateValue)
        and a.form == b.form == "calendar"
        and (a.day is None) != (b.day is None)
        and (a.year is None or b.year is None)
    )


def _vague_alone(unit, kind, matched, unit_tables: UnitTables, repeated) -> list[Finding]:
    """The last resort for a word of no figure: the only one of its side left, against
    the only figure left on the other (几本书 against 本を2冊, counters of two families),
    is that figure made vague, unless it is another thing (一些钱 against 3人), a unit of
    another dimension, or a figure said again."""
    if kind != "number":
        return []
    left = [f for f in open_facts(unit.source, kind, matched) if _counts(f)]
    right = [f for f in open_facts(unit.target, kind, matched) if _counts(f)]
    pair = _word_against_figure(left, right)
    if pair is None:
        return []
    source, target = pair
    figure = target if _a_few_or_many(source.value) else source
    word = source if figure is target else target
    if not _counts_its_kind(word, figure, unit_tables):
        return []
    if word.value.unit == AMOUNT or _quantity_made_vague(word, figure):
        return _amount_alone(unit, matched, source, target, figure, repeated)
    related = relation(kind, source, target, unit_tables)
    if (
        related is None
        or related[0] == "unit"
        or repeated(figure)
        or _other_things(source, target, unit_tables.currencies)
        or (source.value.unit is None) != (target.value.unit is None)
    ):
        return []
    matched.update((id(source), id(target)))
    if related[0] == "equal":
        return []
    return [make_finding(kind, related[0], source, target, unit.index)]


def _word_against_figure(left: list[Fact], right: list[Fact]) -> tuple[Fact, Fact] | None:
    """The word of no figure and the figure that _vague_alone weighs, source first: the
    only word left on its side, with no figure beside it, against the only figure left on
    the other. Words of no figure left beside that figure do not count (症状明显改善 beside
    二十八天 against 何週間も服薬: 明显 is a degree said on one side only, never reported
    alone, and no figure the other word could stand for)."""
    sides = []
    for facts in (left, right):
        words = _one_phrase([f for f in facts if _a_few_or_many(f.value)])
        sides.append((words, [f for f in facts if not _a_few_or_many(f.value)]))
    (left_words, left_figures), (right_words, right_figures) = sides
    if len(left_figures) == 1 and not right_figures and len(right_words) == 1:
        return left_figures[0], right_words[0]
    if len(right_figures) == 1 and not left_figures and len(left_words) == 1:
        return left_words[0], right_figures[0]
    return None


def _one_phrase(words: list[Fact]) -> list[Fact]:
    """Words of no figure that stand in one noun phrase, joined by a particle or nothing
    (台湾各地の複数の映画館, 各地の多くの店): the last, which counts the noun, for all of
    them; words apart stay as they are."""
    if len(words) < 2:
        return words
    ordered = sorted(words, key=lambda f: (f.segment, f.start))
    for first, second in itertools.pairwise(ordered):
        if first.segment != second.segment or not 0 <= second.start - first.end <= PHRASE_GAP:
            return words
    return ordered[-1:]


PHRASE_GAP = 1  # の, 的: one particle between two words of one noun phrase


def _counts_its_kind(word: Fact, figure: Fact, unit_tables: UnitTables) -> bool:
    """Whether a word that says what it counts ([many_kinds]) may stand for the figure: a
    part (一部, 部分) for a share or a count of its noun, a sum (多額, 巨额) for a figure in a
    currency; 5亿元 beside 一部の社員 is a figure dropped, not made vague. Other words may
    stand for any figure (their units are weighed apart)."""
    kind = unit_tables.many_kinds.get(word.text.strip())
    unit = figure.value.unit
    if kind == "share":
        return unit in (None, "%")
    if kind == "sum":
        return unit in unit_tables.currencies
    return True


def _kinds_agree(source: Fact, target: Fact, unit_tables: UnitTables) -> bool:
    """_counts_its_kind for a pair of leftovers, whichever side says the word."""
    if _a_few_or_many(source.value) and not _a_few_or_many(target.value):
        return _counts_its_kind(source, target, unit_tables)
    if _a_few_or_many(target.value) and not _a_few_or_many(source.value):
        return _counts_its_kind(target, source, unit_tables)
    return True


def _quantity_made_vague(word: Fact, figure: Fact) -> bool:
    """A word of many or some that counts nothing in particular (多くの, 大量の, 一部, 许多:
    no counter, no unit) against a measure or a share (1260吨 against 大量の野菜, 约三成旅客
    against 旅客の多く, 30%的旅客 against 一部の旅客): the quantity said without its figure,
    as a degree word says it."""
    return (
        word.value.unit is None
        and not getattr(word.value, "counter", None)
        and figure.value.unit is not None
        and not getattr(figure.value, "ordinal", False)
    )


def _amount_alone(unit, matched, source: Fact, target: Fact, figure: Fact, repeated) -> list:
    """A degree word ([many_units] amount: 大幅に, 大きく, 小幅, 略微), the only word left on
    its side, against the only figure left on the other (骤降14℃ against 大幅に急降下, 增长
    35% against 大きく伸びた): the amount said without its figure, approximated whatever the
    figure's unit; not a figure said again, nor a rank or a date's."""
    if repeated(figure) or getattr(figure.value, "ordinal", False) or figure.value.no_figure:
        return []
    matched.update((id(source), id(target)))
    return [make_finding("number", "approximated", source, target, unit.index)]


def _counts(fact: Fact) -> bool:
    """A figure, or a word of a few or many: not a weak "one" (an article)."""
    return not fact.value.weak or _a_few_or_many(fact.value)


def _date_point(value: DateValue) -> int | None:
    """A calendar date's place on a scale of days (near enough to compare distances)."""
    if value.form != "calendar" or value.year is None:
        return None
    return value.year * 372 + (value.month or 1) * 31 + (value.day or 1)


def _nearest_dates(left, right, options, matched) -> list[tuple[Fact, Fact]]:
    """Dates left with several candidates (1998 年和 2014 年 against one 1999 年), paired
    when each is the other's nearest, at most half as far as any other candidate; the
    pairing is a guess, so its finding is too."""
    distance: dict[tuple[int, int], int] = {}
    for source in left:
        for target in options.get(id(source), ()):
            a, b = _date_point(source.value), _date_point(target.value)
            if a is not None and b is not None:
                distance[id(source), id(target)] = abs(a - b)

    def nearest(fact, others, key) -> Fact | None:
        ranked = sorted(
            (distance[key(fact, o)], o.start, id(o), o)
            for o in others
            if id(o) not in matched and key(fact, o) in distance
        )
        if not ranked or (len(ranked) > 1 and 2 * ranked[0][0] > ranked[1][0]):
            return None  # two candidates about as near: which one changed is a guess
        return ranked[0][3]

    pairs = []
    for source in left:
        target = None if id(source) in matched else nearest(source, right, _forward)
        if target is not None and nearest(target, left, _backward) is source:
            pairs.append((source, target))
    return pairs


def _forward(source: Fact, target: Fact) -> tuple[int, int]:
    return id(source), id(target)


def _backward(target: Fact, source: Fact) -> tuple[int, int]:
    return id(source), id(target)


def _changed_repetitions(unit, kind, matched, unit_tables: UnitTables) -> list[Finding]:
    """4. A figure the source says once and the translation twice, one mention changed
    (one 1995～1996年 against 自1995-96赛季以来 … 在1996-96赛季): the changed mention is that
    fact, changed, not a fact added. It is left open while its twin, a mention of the
    same shape, was paired with the source's one fact. The pairing is a guess (the
    translator may have added a fact), so the finding is at most a warning. Only the
    translation's mentions are read so: a source fact left open beside its twin is more
    often a second fact the translation dropped (1998年出生，1999年上学 against 1998年)."""
    findings = []
    if not fact_kind(kind).leftovers:
        return findings  # versions: only the last resort of _compatible_leftovers
    # a twin's pairing vouches for its counter: compared with no counter families (the
    # tables copied only for a unit with a fact to read so, not for every unit)
    any_counter = None
    for fact in open_facts(unit.target, kind, matched):
        if fact.value.weak:
            continue
        if any_counter is None:
            any_counter = replace(unit_tables, families={})
        counterparts = [
            other
            for other in unit.source
            if other.kind == kind
            and id(other) in matched
            and not other.value.weak  # an implicit one (每次) said again is no guess to make
            and _said_again(fact, other, unit.target, matched, any_counter)
        ]
        if len(counterparts) != 1:
            continue
        source = counterparts[0]
        related = relation(kind, source, fact, unit_tables)
        if related is None or related[0] == "equal":
            continue
        matched.add(id(fact))
        findings.append(make_finding(kind, related[0], source, fact, unit.index, guessed=True))
    return findings


def _said_again(fact: Fact, other: Fact, ours, matched, any_counter: UnitTables) -> bool:
    """Whether `other` (paired) has on `fact`'s side a paired twin of its value that is
    a mention of the same shape as `fact`: the same unit and counter, or a date of the
    same shape (the twin's pairing vouches for the unit or counter: 3本 and 3冊);
    `any_counter`: the run's unit tables without counter families."""
    for twin in ours:
        if twin is fact or twin.kind != fact.kind or id(twin) not in matched:
            continue
        if twin.value != other.value or not compatible(twin, fact, any_counter):
            continue
        if twin.kind == "date" and twin.value.relation != fact.value.relation:
            continue  # 2019年に来て、2021年まで: an end said after a point, no mention again
        if twin.kind == "number" and (
            twin.value.unit != fact.value.unit
            or twin.value.counter != fact.value.counter
            # a bare figure has no shape to vouch for: 1680万 paired is no twin of the 3
            # and 2 of 寝室3・浴室2, which the source may count in words it does not read
            or (twin.value.unit is None and twin.value.counter is None)
        ):
            continue
        return True
    return False


def _other_things(source: Fact, target: Fact, currencies: frozenset[str]) -> bool:
    """A count of things against a sum of money (9000 年 and 45ポンド): two facts, not one
    changed. (A count against a measure may be one: 两岁 and ２つ年上 are both an age;
    counters of two families too: the families are coarse, 本 counts books in Chinese.)"""
    if source.kind != "number" or (source.value.unit is None) == (target.value.unit is None):
        return False
    money, counted = (
        (source.value, target.value) if source.value.unit else (target.value, source.value)
    )
    return money.unit in currencies and bool(counted.counter)


def _other_measures(source: Fact, target: Fact, unit_tables: UnitTables) -> bool:
    """Two measures of two dimensions the conversion tables know (a time and a size:
    保留 7 天 and 30 MB まで, a page rewritten), each its own figure: two facts, one
    missing and one added, not one whose unit changed. The same figure in another unit
    (30 公斤 and 30 キロメートル) is one fact, its unit changed."""
    if source.kind != "number":
        return False
    a, b = as_units(source.value, target.value, unit_tables)  # 7 天: days
    if a.unit is None or b.unit is None or units_compatible(a.unit, b.unit, unit_tables):
        return False
    if not (_measured(a.unit, unit_tables) and _measured(b.unit, unit_tables)):
        return False  # a dimension the tables do not know
    # no reading of the two in one base (of open units too: キロ is km or kg)
    return in_common_unit(a, b, unit_tables) is None and (a.low, a.high) != (b.low, b.high)


def _measured(unit: str, unit_tables: UnitTables) -> bool:
    """Whether the conversion tables know a unit's dimension, or one of those a word leaves
    open (キロ: km or kg)."""
    readings = (unit, *unit_tables.open_units.get(unit, ()))
    return any(unit_tables.in_base_unit(reading) is not None for reading in readings)


def _same_kind(source: Fact, target: Fact, families) -> bool:
    """Dates of one shape, quantities of one unit, or two counts with counters that may
    count the same thing (not 一个 against a bare 4)."""
    if source.kind == "date":
        return True
    weak = [f for f in (source, target) if f.value.weak]
    if all(any(ch.isdigit() for ch in f.text) for f in weak):
        return True  # 1 written in digits (UTC+1, 1人) is a figure, not an article
    if len(weak) == 1 and _a_few_or_many(weak[0].value) and weak[0].value.unit is None:
        # a word of many or a few (多くの, 数名) against a count of things: the figure
        # made vague, whatever its size (二十三人 against 多数の人)
        other = target if weak[0] is source else source
        return other.value.unit is None and not other.value.vague
    if len(weak) == 1 and _a_few_or_many(weak[0].value) and weak[0].value.high > ARTICLE_REACH:
        # a word of a while (しばらく, 長いこと) against a span of time: the span made
        # vague, whatever its size (compatible() has checked the units)
        other = target if weak[0] is source else source
        spanned = years_as_unit(other.value, weak[0].value)[0]  # 兩年 against 長らく
        return spanned.unit is not None and not other.value.vague
    if max(abs(source.value.high), abs(target.value.high)) > ARTICLE_REACH:
        return False  # 一个 against 2010 年: another fact, not "one" changed
    if getattr(source.value, "ordinal", False) and getattr(target.value, "ordinal", False):
        # a rank said by a word that may go unsaid (榜首位, 初ゴール) against another rank: the
        # rank changed (位居奖牌榜首位 against 2位), a warning as a weak fact's finding is
        return True
    unit = getattr(source.value, "unit", None)
    if unit is not None and unit == getattr(target.value, "unit", None):
        return True
    if any(f.value.unit == "%" for f in weak):
        # a share said by a word (一半, 半数 = 50 %) against a part of one (3分の1): the
        # share changed, when compatible() reads the part in hundredths
        return True
    # both counted with a counter, of one family or one of them generic (一个儿子: 8人)
    counted = getattr(source.value, "counter", None) and getattr(target.value, "counter", None)
    if counted:
        return _counter_affinity(source, target, families) > 0
    # a weak count of two or more (三窝兔子: a word no table knows) is no article: it is
    # the bare figure on the other side (ウサギを4腹), changed
    return all(
        not f.value.weak or (f.value.counter and f.value.low == f.value.high >= 2)
        for f in (source, target)
    ) and any(f.value.counter is None and f.value.unit is None for f in (source, target))


def _a_few_or_many(value) -> bool:
    """A word of a few or many ([few], [many]: 数名, 几亿, 多くの, 一些, しばらく), known
    by what it is (no figure), not by its bounds; a vague idiom (成千上万, 数以千计:
    [vague]) says a figure's order and is matched only by its overlap."""
    return getattr(value, "no_figure", False)


def _counter_affinity(source: Fact, target: Fact, families) -> int:
    """2 for one unit (1美元 and 1ドル, before a weak 一度 and 1ドル) or counters of one
    family (只 and 匹), 1 when either is generic or bare, 0 for counters of different
    families (只 and 人)."""
    unit = getattr(source.value, "unit", None)
    if unit is not None and unit == getattr(target.value, "unit", None):
        return 2
    ours = families.get(getattr(source.value, "counter", None) or "")
    theirs = families.get(getattr(target.value, "counter", None) or "")
    if ours is None or theirs is None:
        return 1
    return 2 if not ours.isdisjoint(theirs) else 0


def compatible(source: Fact, target: Fact, unit_tables: UnitTables) -> bool:
    """Whether two facts could be one fact, changed: the same unit or currency (or units
    the run converts), the same counter family (or a generic counter), dates of the same
    granularity."""
    a, b = source.value, target.value
    families = unit_tables.families
    if isinstance(a, DateValue) or isinstance(b, DateValue):
        if isinstance(a, DateValue) and isinstance(b, DateValue):
            a, b = until_from_today(a, b), until_from_today(b, a)  # 即日起至: until
        if not (isinstance(a, DateValue) and isinstance(b, DateValue)) or a.form != b.form:
            return False
        if a.form != "calendar":
            return True
        same_shape = all(
            (x is None) == (y is None) for x, y in zip(a.fields(), b.fields(), strict=True)
        )
        # (a month the context supplies makes 3日 one with 5月3日, not a day with a month:
        # 1日 of 1日のピーク against 较上月 is no date changed)
        same_day = (a.day is None) == (b.day is None)
        return (
            (same_shape or ((a.inferred or b.inferred) and same_day))
            and (a.end is None) == (b.end is None)
        )
    # 三十度 against 華氏30度: a temperature; 兩年 against 長らく, 十年 against 10か月: spans
    a, b = as_units(a, b, unit_tables)
    if a.ordinal != b.ordinal or (a.unit is None) != (b.unit is None):
        return False
    if a.unit is not None:
        return (
            units_compatible(a.unit, b.unit, unit_tables)
            or in_common_unit(a, b, unit_tables) is not None
        )
    ours, theirs = families.get(a.counter or ""), families.get(b.counter or "")
    return ours is None or theirs is None or not ours.isdisjoint(theirs)

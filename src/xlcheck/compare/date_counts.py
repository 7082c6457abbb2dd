"""Dates against counts, paired before dates are paired with one another: a bare 3日
against 3天 (a count of days), 2500年 against 两千五百年历史 (a count of years), 第二年
or 2年目 (a rank of years) against 翌年 (the year after the one said before)."""

from __future__ import annotations

from collections.abc import Callable

from ..extract.bounds import TIME_UNITS
from ..model import DateValue, Fact, Finding, Quantity
from ..rules.registry import make_finding
from .relations import YEAR_COUNTERS, open_facts

# How a rank of years ends (第二年, 2年目): the year ranked from the one before it
YEAR_RANKS = ("年", "年目")


def days_as_durations(units, matched: set[int]) -> list[Finding]:
    """A bare Japanese N日 is a day of the month or a count of days (3日で, 3日いた):
    against N天 it is the count. Equal values pair; a single day count left against a
    single bare day is the one fact, changed."""
    return _days_against(
        units,
        matched,
        lambda count: count.value.unit == "day",
        lambda day: _bare_day(day.value) or _day_alone(day),
    )


def days_as_other_spans(units, matched: set[int]) -> list[Finding]:
    """A bare N日 left open against the one span of time in another unit left open on the
    other side (两个小时 against 2日, 三周 against 3日): the span, its unit changed (XL401)
    when the figure is kept, changed otherwise. N日 may have been a date after all: a
    guess, at most a warning."""
    findings = []
    for unit in units:
        for spans, days, source_side in (
            (unit.source, unit.target, True),
            (unit.target, unit.source, False),
        ):
            open_spans = [f for f in open_facts(spans, "number", matched) if _other_span(f)]
            open_days = [f for f in open_facts(days, "date", matched) if _bare_day(f.value)]
            if len(open_spans) != 1 or len(open_days) != 1 or open_days[0].value.end:
                continue
            span, day = open_spans[0], open_days[0]
            matched.update((id(span), id(day)))
            kept = span.value.low == span.value.high == day.value.day
            source, target = (span, day) if source_side else (day, span)
            relation = "unit" if kept else "mismatch"
            findings.append(
                make_finding("number", relation, source, target, unit.index, guessed=True)
            )
    return findings


def _other_span(fact) -> bool:
    """A span of time written with a unit other than days (两个小时, 三周, 6か月)."""
    value = fact.value
    return (
        value.unit in TIME_UNITS
        and value.unit != "day"
        and not value.weak
        and not value.ordinal
        and value.qualifier == "exact"
    )


def days_as_ranks(units, matched: set[int]) -> list[Finding]:
    """A Chinese N号 with no month written is a day of the month or a number in a series
    (阿波罗11号, 三〇二号房间): against a rank of the same figure (アポロ11号, 302号室, 5番) it
    is the number in a series. Equal values pair; a single rank left against a single such
    day is the one fact, changed (神舟十二号 against 神舟13号), at most a warning: the day
    may have been a day after all. A day written with 日 numbers no series: it is never
    taken as a changed rank (3日 against a 首位 or 头奖 of the other side, a rank said by a
    word, is a day and a rank, 他3日登上榜首 = 彼は3日に首位に立った)."""
    return _days_against(
        units,
        matched,
        lambda rank: rank.value.ordinal and rank.value.unit is None,
        _day_alone,
        guessed=True,
        changed=lambda day: not day.text.rstrip().endswith("日"),
    )


def numbers_in_series(units, matched: set[int]) -> None:
    """A Chinese N号 with no month (福卫八号, 神舟十八号) against a rank of the same figure
    (8号, 第8号): the one number in a series, paired before the numbers are, so that a rank
    said by a word (首颗, 首枚) does not take that rank and leave the N号 a day. Equal
    values only; days_as_ranks guesses the changed ones once the numbers are paired."""
    _days_against(
        units,
        matched,
        lambda rank: rank.value.ordinal and rank.value.unit is None,
        lambda day: _day_alone(day) and not day.text.rstrip().endswith("日"),
        changed=lambda day: False,
    )


def series_without_suffix(units, matched: set[int]) -> None:
    """A Chinese N号 with no month (隼鸟2号) against a bare figure of the same value (はやぶさ2,
    the translation leaving the 号 out): the one number in a series. Equal values only, and
    never a day written with 日: a bare figure is too common to take a changed day for."""
    _days_against(
        units,
        matched,
        _bare_figure,
        lambda day: _day_alone(day) and day.text.rstrip().endswith(("号", "號")),
        changed=lambda day: False,
    )


def _bare_figure(fact) -> bool:
    """A whole figure said with no unit, counter or rank (the 2 of はやぶさ2)."""
    value = fact.value
    return (
        isinstance(value, Quantity)
        and value.unit is None
        and value.counter is None
        and not value.ordinal
        and value.qualifier == "exact"
        and value.low == value.high
    )


def _days_against(
    units, matched: set[int], takes, fits, guessed=False, changed=lambda day: True
) -> list[Finding]:
    """Numbers that `takes` against dates that `fits`, in each unit and both directions:
    equal values pair; one of each left is the one fact, changed (a number finding,
    `guessed` when the reading of either is), where `changed` takes the day."""
    findings = []
    for unit in units:
        for counts, days, source_side in (
            (unit.source, unit.target, True),
            (unit.target, unit.source, False),
        ):
            open_counts = [f for f in open_facts(counts, "number", matched) if takes(f)]
            open_days = [f for f in open_facts(days, "date", matched) if fits(f)]
            for count in open_counts:
                for day in open_days:
                    said = _days_said(count.value)
                    if id(day) not in matched and (
                        said == _days_said(day.value) or said == (day.value.day,) * 2
                    ):
                        matched.update((id(count), id(day)))
                        break
            open_counts = [f for f in open_counts if id(f) not in matched]
            open_days = [f for f in open_days if id(f) not in matched]
            if len(open_counts) == 1 and len(open_days) == 1 and changed(open_days[0]):
                count, day = open_counts[0], open_days[0]
                matched.update((id(count), id(day)))
                source, target = (count, day) if source_side else (day, count)
                # (a day the context gave its month, 3月5日…3日遅かった, may be that date after
                # all: a guess)
                guess = guessed or not _bare_day(day.value)
                findings.append(
                    make_finding("number", "mismatch", source, target, unit.index, guessed=guess)
                )
    return findings


def years_as_durations(units, matched: set[int]) -> None:
    """A count of years (两千五百年历史, counter 年) against a bare year of the same figure
    (2500年の歴史): one fact, a duration; paired when the values are equal, never guessed
    as a change (a count of years and a year are two things as often as one)."""
    _pair_first(
        units,
        matched,
        lambda count: count.value.counter in YEAR_COUNTERS or count.value.unit == "year",
        lambda value, year: _bare_year(year) and value.low == value.high == year.year,
    )


def _days_said(value) -> tuple | None:
    """The days a count or a bare day says, as (low, high): 3天 and 3日 (3, 3), 三到五天 and
    3日～5日 (3, 5: a range of bare days is as often a span of days as dates)."""
    if isinstance(value, DateValue):
        end = value.end
        if end is None:
            return value.day, value.day
        return (value.day, end.day) if _bare_day(end) and end.end is None else None
    return value.low, value.high


def _day_alone(fact) -> bool:
    """A day written with no month and no year (11号, 3日), whatever the context gave it."""
    value = fact.value
    return (
        isinstance(value, DateValue)
        and value.form == "calendar"
        and value.day is not None
        and value.end is None
        and not value.relative
        and (value.month is None or value.inferred)
        and "月" not in fact.text  # (inferred: the month came from the context)
    )


def _bare_year(value) -> bool:
    return (
        isinstance(value, DateValue)
        and value.form == "calendar"
        and value.year is not None
        and value.month is None
        and value.day is None
        and value.end is None
        and not value.inferred
    )


def _bare_day(value) -> bool:
    return (
        isinstance(value, DateValue)
        and value.form == "calendar"
        and value.day is not None
        and value.month is None
        and value.year is None
    )


def ranks_as_years(units, matched: set[int]) -> None:
    """A rank of years (第二年, 2年目: the second year of something) against a year counted
    from the one said before it (翌年, 次年): the year after that one is its second year.
    Paired when the rank is the offset plus one; never guessed as a change (第三年 with
    翌年 may be two facts)."""
    _pair_first(
        units,
        matched,
        lambda rank: (
            rank.value.ordinal
            and rank.value.low == rank.value.high
            and rank.text.endswith(YEAR_RANKS)
        ),
        lambda value, year: year.relative == "same-year" and year.year_offset == value.low - 1,
    )


def quarters_as_months(units, matched: set[int], quarter_words: tuple[str, ...]) -> None:
    """A ranked quarter said alone (第三季度, 第3四半期) against the span of its months with no
    year of its own (7～9月期, the form Japanese business news gives a quarter): one fact.
    `quarter_words` end a quarter (the [quarters] of every language's dates). Paired when the
    months are the quarter's; never guessed as a change (a rank and a span may be two facts)."""
    if not quarter_words:
        return
    _pair_first(
        units,
        matched,
        lambda rank: (
            rank.value.ordinal
            and rank.value.low == rank.value.high
            and 1 <= rank.value.low <= 4
            and rank.text.endswith(quarter_words)
        ),
        lambda value, span: (
            span.form == "calendar"
            and (span.year is None or span.inferred)
            and span.day is None
            and span.end is not None
            and span.end.day is None
            and (span.month, span.end.month) == (3 * value.low - 2, 3 * value.low)
        ),
    )


def _pair_first(
    units,
    matched: set[int],
    takes: Callable[[Fact], bool],
    fits: Callable[[Quantity, DateValue], bool],
) -> None:
    """Each open number that `takes` accepts, on either side, paired with the first open
    date of the other side that `fits` its value; never reported as a change."""
    for unit in units:
        for numbers, dates in ((unit.source, unit.target), (unit.target, unit.source)):
            for number in open_facts(numbers, "number", matched):
                if not takes(number):
                    continue
                # (listed again for each number: the number before may have taken a date)
                for date in open_facts(dates, "date", matched):
                    if fits(number.value, date.value):
                        matched.update((id(number), id(date)))
                        break

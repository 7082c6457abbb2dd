"""Dates the date grammar joins after reading them one by one: a year said again in
brackets (平成31年（2019年）4月30日), the year written after the day (3月5日，2013年), and
the end of a span of days written as a bare day (1月15日至17日, 5月28日至3日)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from ..model import DateValue
from ..regexes import compiled


@dataclass(frozen=True)
class DateMatch:
    """A date read at [start, end) of a segment, before relative years are resolved."""

    start: int
    end: int
    value: DateValue
    anchor: str  # explicit, relative, same-year, same-month, none (year from context)
    offset: int = 0  # for relative years: 去年 is -1


# A year said again in brackets, and what may follow it before the month (平成31年（2019年）
# 4月30日, 2019年（平成31年）4月).
RESTATE_OPEN = compiled(r"\s?[（(]\s?")
RESTATE_CLOSE = compiled(r"\s?[)）]\s?")
# What stands between a holiday's name and the day it names, said one beside the other:
# 「独身の日」の11月11日, 双十一（11月11日）, 10月1日的国庆节, 元日・1月1日
NAME_BESIDE_DAY = compiled(r"[\s「」『』“”\"（）()、・,，:：のは的即是]{0,4}")


def _year_only(value: DateValue) -> bool:
    return (
        value.form == "calendar"
        and value.year is not None
        and (value.month, value.day, value.part, value.end) == (None, None, None, None)
    )


def year_restated(found: list[DateMatch], text: str) -> list[DateMatch]:
    """平成31年（2019年）4月30日: one date, said with each year. The month and day go
    with both years; the bracketed one is weak when it agrees (the one fact said twice),
    and a fact of its own when it does not (a year changed in one of its mentions)."""
    result: list[DateMatch] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if not (
            second
            and _year_only(first.value)
            and _year_only(second.value)
            and RESTATE_OPEN.fullmatch(text, first.end, second.start)
            and RESTATE_CLOSE.match(text, second.end)
        ):
            result.append(first)
            index += 1
            continue
        close = RESTATE_CLOSE.match(text, second.end)
        third = found[index + 2] if index + 2 < len(found) else None
        rest = (
            third
            if third
            and third.start == close.end()
            and third.value.form == "calendar"
            and third.value.year is None
            and third.value.month is not None
            and third.anchor == "none"
            else None
        )
        said, again = first.value, second.value
        if rest is not None:
            fields = {"month": rest.value.month, "day": rest.value.day, "part": rest.value.part}
            said, again = replace(said, **fields), replace(again, **fields)
        again = replace(again, restated=again.year == said.year)
        end = rest.end if rest is not None else first.end
        result.append(DateMatch(first.start, end, said, first.anchor, first.offset))
        result.append(DateMatch(second.start, second.end, again, second.anchor, second.offset))
        index += 3 if rest is not None else 2
    return result


# What may stand between a day and the year written after it (3月5日，2013年).
YEAR_AFTER_GAP = compiled(r"\s?[,，、]?\s?")


def year_after_day(found: list[DateMatch], text: str) -> list[DateMatch]:
    """3月5日，2013年 (the year after the day, as English writes it): one date, 2013-03-05,
    not a day and a year."""
    joined: list[DateMatch] = []
    for item in found:
        if joined:
            day, year = joined[-1].value, item.value
            if (
                day.form == year.form == "calendar"
                and day.year is None
                and day.month is not None
                and day.day is not None
                and day.relation == "point"
                and not day.named
                and year.year is not None
                and (year.month, year.day, year.part) == (None, None, None)
                and year.relation == "point"
                and joined[-1].anchor == "none"
                and item.anchor == "explicit"
                and YEAR_AFTER_GAP.fullmatch(text, joined[-1].end, item.start)
            ):
                value = replace(day, year=year.year)
                joined[-1] = DateMatch(joined[-1].start, item.end, value, "explicit")
                continue
        joined.append(item)
    return joined


def year_before_month(
    found: list[DateMatch], text: str, joiners: tuple[str, ...]
) -> list[DateMatch]:
    """翌年の3月, 2019年の5月10日 (a year, a joiner, then a month or a day of the year): one
    date, as 次年3月 is, not a year and a month whose year the context gives. Not a holiday
    (2014年のエイプリルフール): weak as it is, the year must stay a fact of its own."""
    if not joiners:
        return found
    joined: list[DateMatch] = []
    for item in found:
        if joined:
            first, then = joined[-1], item
            year, month = first.value, then.value
            if (
                year.form == month.form == "calendar"
                and (year.month, year.day, year.part, year.end) == (None, None, None, None)
                and (year.year is not None or first.anchor != "explicit")
                and year.relation == "point"
                and then.anchor == "none"
                and not month.named  # (a holiday's year stays a fact of its own: 2014年愚人节)
                and month.year is None
                and month.month is not None
                # (spaced as documentation spaces figures: 2015 年の 11 月)
                and text[first.end : then.start].strip() in joiners
            ):
                value = replace(month, year=year.year, resolved=year.resolved)
                joined[-1] = DateMatch(first.start, then.end, value, first.anchor, first.offset)
                continue
        joined.append(item)
    return joined


def day_after(start: DateValue, day: int) -> DateValue:
    """The end of a span of days written as a bare day: in the start's month and year, or
    in the next month when it is below the start's day (5月28日至3日 ends on June 3)."""
    year, month = start.year, start.month
    if month is not None and start.day is not None and day < start.day:
        year = year + 1 if year is not None and month == 12 else year
        month = month % 12 + 1
    return DateValue(year=year, month=month, day=day)


def day_beside_its_name(found: list[DateMatch], text: str) -> list[DateMatch]:
    """A holiday's name and the day it names said one beside the other (「独身の日」の
    11月11日, 国庆节（10月1日）, 12月25日のクリスマス): one date said twice, so the written
    day is weak when it agrees with the name (a translation says either or both); a day
    that does not agree stays a fact of its own."""
    result = list(found)
    for index, (first, second) in enumerate(pairwise(found)):
        named, written = (first, second) if first.value.named else (second, first)
        if named.value.named == written.value.named or written.value.form != "calendar":
            continue
        if not NAME_BESIDE_DAY.fullmatch(text, first.end, second.start):
            continue
        said = (written.value.month, written.value.day)
        if None in said or said != (named.value.month, named.value.day):
            continue
        at = index if written is first else index + 1
        result[at] = replace(written, value=replace(written.value, restated=True))
    return result

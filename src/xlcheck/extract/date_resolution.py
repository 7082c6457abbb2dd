"""Relative and elliptic dates resolved in reading order: 今年 against the document
date, 同年 and a bare 10月 against the latest year mentioned before them, a bare 5日
against the month last mentioned, 次日 against the last full date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import DateValue
from .date_readers import ANCHOR_WORDS
from .dates import DateMatch

# Anchors of dates said against another date (今年, 同年, 来月), not written out.
_RELATIVE = frozenset(ANCHOR_WORDS)
# A year of 365 days, for the day after a month and day written without their year
_SOME_YEAR = 2001


@dataclass(frozen=True)
class DateContext:
    """What a segment leaves to the next one: the year last mentioned (for 同年 and a bare
    10月), and its last full date, month and day (for 次日, 翌日, 同日)."""

    year: int | None = None
    day: DateValue | None = None


def resolve_dates(
    matches: list[DateMatch], doc_date: date | None, context: DateContext = DateContext()
) -> tuple[list[DateValue], DateContext]:
    """Anchor relative and elliptic dates, in reading order.

    Returns the resolved values and the context after the last one, so that a document's
    segments can be resolved one after another: the year last mentioned goes on until
    another is, a full date only to the next segment (次日 counts from a date close by).
    """
    resolved: list[DateValue] = []
    year_in_context = context.year
    month_in_context: int | None = None
    last_day, day_here = context.day, None
    # the relative year last read in this segment, with no year written after it: a year
    # counted from the one last said, or the base of a comparison, counts from it
    # (去年营收较前年增长 = 昨年の売上高は前年比: both the year before last)
    last_relative: DateValue | None = None
    # the holiday last read that holds no date of the calendar (七夕, 春节), until a day is
    moving: DateValue | None = None
    for match in matches:
        value = match.value
        if match.anchor in _RELATIVE:
            value = replace(value, relative=match.anchor)
        elif value.day_offset is not None and not value.relative:  # 明天, 明後日
            value = replace(value, relative="relative")
        if value.form != "calendar":
            resolved.append(value)
            continue
        if match.anchor == "same-day" and match.offset == 0 and moving:
            # 七夕当天, 春节当天: the day of a holiday that holds no date of the calendar (a
            # lunar one), said again: that holiday's day, as 七夕当日 is 七夕's
            said = moving.resolved or "the holiday"
            value = replace(moving, resolved=f"{value.resolved} → {said}")
        elif match.anchor == "same-day":
            value = _days_on(value, last_day, match.offset) if last_day else value
        elif match.anchor in ("relative", "same-year"):
            # 今年 against the document's year; 同年, 次年 (and 今年 with no document date:
            # 2022年，也就是去年) against the year last mentioned
            relative = match.anchor == "relative"
            counted = last_relative is not None and (value.base or not relative)
            if counted:
                offset = last_relative.year_offset + match.offset
                base = last_relative.year and last_relative.year - last_relative.year_offset
            else:
                offset = match.offset
                base = doc_date.year if doc_date and relative else year_in_context
            year = None if base is None else base + offset
            value = replace(
                value,
                # the offset is kept: 今年 is 今年 on both sides, whichever year it resolves to
                year_offset=offset,
                relative="context" if relative and doc_date is None else value.relative,
                year=value.year if year is None else year,
                resolved=value.resolved if year is None else f"{value.resolved} → {year}",
            )
            if not value.base and (relative or (value.year is None and not value.again)):
                # (上一财年 with no year before it: the year before this one, as 去年 is)
                last_relative = value
        elif match.anchor == "same-month":  # 同月, 翌月: counted from the month last said
            value = replace(value, month_offset=match.offset)
            if month_in_context is not None:
                value = _months_on(value, year_in_context, month_in_context + match.offset)
        elif match.anchor == "day-only" and month_in_context is not None:
            value = replace(
                value,
                year=year_in_context,
                month=month_in_context,
                inferred=True,
                resolved=f"month {month_in_context} from context",
            )
        elif match.anchor == "relative-month" and doc_date is None:
            value = replace(value, month_offset=match.offset)
        elif match.anchor == "relative-month":
            value = _months_on(value, doc_date.year, doc_date.month + match.offset)
        elif match.anchor == "none":
            base = (
                year_in_context
                if year_in_context is not None
                else (doc_date.year if doc_date else None)
            )
            if base is not None:
                value = replace(
                    value, year=base, inferred=True, resolved=f"year {base} from context"
                )
        # (a year read against the context for want of a document date is no new context:
        # 2023年…较上年…比去年 are both 2022)
        if value.year is not None and match.anchor not in ("relative", "same-year"):
            last_relative = None  # 去年…2023年…前年比: the year before 2023
        if value.year is not None and value.relative != "context":
            year_in_context = value.end.year if value.end and value.end.year else value.year
        if value.month is not None:
            month_in_context = value.month
        full = value.end if value.end is not None else value
        if full.month is not None and full.day is not None:
            last_day = day_here = full
            moving = None
        elif value.named and value.month is None and value.hour is None:
            moving = value
        resolved.append(value)
    return resolved, DateContext(year_in_context, day_here)


def _days_on(value: DateValue, last: DateValue, offset: int) -> DateValue:
    """`value` (次日, 同日) resolved to the day `offset` days after `last` (a month and a
    day, its year where written); unresolved when `last` is no day of the calendar."""
    try:
        day = date(last.year or _SOME_YEAR, last.month, last.day) + timedelta(days=offset)
    except (ValueError, OverflowError):
        return value
    year = None if last.year is None else day.year
    shown = f"{year:04d}" if year is not None else "????"
    return replace(
        value,
        year=year,
        month=day.month,
        day=day.day,
        resolved=f"{value.resolved} → {shown}-{day.month:02d}-{day.day:02d}",
    )


def _months_on(value: DateValue, year: int | None, month: int) -> DateValue:
    """`value` resolved to `month` (1-based, past December or before January when counted
    from December or January) of `year` (None when no year was said)."""
    carry, month = divmod(month - 1, 12)
    year = None if year is None else year + carry
    shown = f"{year}-{month + 1:02d}" if year is not None else f"????-{month + 1:02d}"
    return replace(value, year=year, month=month + 1, resolved=f"{value.resolved} → {shown}")

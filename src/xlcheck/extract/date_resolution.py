"""Relative and elliptic dates resolved in reading order: 今年 against the document
date, 同年 and a bare 10月 against the latest year mentioned before them, a bare 5日
against the month last mentioned."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..model import DateValue
from .date_readers import ANCHOR_WORDS
from .dates import DateMatch

# Anchors of dates said against another date (今年, 同年, 来月), not written out.
_RELATIVE = frozenset(ANCHOR_WORDS)


def resolve_dates(
    matches: list[DateMatch], doc_date: date | None, context_year: int | None = None
) -> tuple[list[DateValue], int | None]:
    """Anchor relative and elliptic dates, in reading order.

    Returns the resolved values and the year in context after the last one, so that a
    document's segments can be resolved one after another.
    """
    resolved: list[DateValue] = []
    year_in_context = context_year
    month_in_context: int | None = None
    for match in matches:
        value = match.value
        if match.anchor in _RELATIVE:
            value = replace(value, relative=match.anchor)
        elif value.day_offset is not None:  # 明天, 明後日
            value = replace(value, relative="relative")
        if value.form != "calendar":
            resolved.append(value)
            continue
        if match.anchor in ("relative", "same-year"):
            # 今年 against the document's year; 同年, 次年 (and 今年 with no document date:
            # 2022年，也就是去年) against the year last mentioned
            relative = match.anchor == "relative"
            base = doc_date.year if doc_date and relative else year_in_context
            year = None if base is None else base + match.offset
            value = replace(
                value,
                # the offset is kept: 今年 is 今年 on both sides, whichever year it resolves to
                year_offset=match.offset,
                relative="context" if relative and doc_date is None else value.relative,
                year=value.year if year is None else year,
                resolved=value.resolved if year is None else f"{value.resolved} → {year}",
            )
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
        if value.year is not None and value.relative != "context":
            year_in_context = value.end.year if value.end and value.end.year else value.year
        if value.month is not None:
            month_in_context = value.month
        resolved.append(value)
    return resolved, year_in_context


def _months_on(value: DateValue, year: int | None, month: int) -> DateValue:
    """`value` resolved to `month` (1-based, past December or before January when counted
    from December or January) of `year` (None when no year was said)."""
    carry, month = divmod(month - 1, 12)
    year = None if year is None else year + carry
    shown = f"{year}-{month + 1:02d}" if year is not None else f"????-{month + 1:02d}"
    return replace(value, year=year, month=month + 1, resolved=f"{value.resolved} → {shown}")

"""A span of months against the months said one by one (7、8月 = 7～8月 against 7月と8月,
七八月份 against 7月和8月, 7、8、9月 = 7～9月 against 7月、8月、9月), and a span of days of a
month against its days (11月18、19日 = 11月18日至19日 against 11月18日と19日): one fact,
said two ways, paired whole; and a span against its two ends, each said as a point
(自1368年建立至1644年灭亡 against 1368年の建国から1644年の滅亡まで, whose から and まで stand
after the event, not the date)."""

from __future__ import annotations

from ..model import DateValue, Fact
from .relations import open_facts

# The most days a span said day by day holds (11月18、19、20日 against 18日、19日、20日).
MOST_DAYS_LISTED = 7


def pair_month_spans(units, matched: set[int]) -> None:
    """Mark a span of months of one year (from N to M, no day), or of days of one month,
    and the single months or days N to M of the other side of its unit as paired in
    `matched`."""
    for unit in units:
        for spans, singles in ((unit.source, unit.target), (unit.target, unit.source)):
            for span in open_facts(spans, "date", matched):
                days = _days_spanned(span.value)
                if days:
                    found = [_single(singles, matched, span.value, day=d) for d in days]
                else:
                    spanned = _months_spanned(span.value) or ()
                    found = [_single(singles, matched, span.value, month=m) for m in spanned]
                if not (found and all(found)):
                    found = _ends_said(singles, matched, span.value)
                if found and all(found):
                    matched.update({id(span), *(id(f) for f in found)})


def _months_spanned(value: DateValue) -> range | None:
    """N to M of a span from month N to month M of one year, with no day."""
    end = value.end
    if value.relation != "between" or end is None or value.month is None or end.month is None:
        return None
    if value.day is not None or end.day is not None or end.month <= value.month:
        return None
    return range(value.month, end.month + 1) if end.year in (None, value.year) else None


def _single(
    facts, matched: set[int], span: DateValue, *, month: int | None = None, day: int | None = None
) -> Fact | None:
    """The open single date among `facts` that is month `month` (with no day) or day `day`
    (of the span's month where both say one), of the span's year where both say one."""
    for fact in open_facts(facts, "date", matched):
        value = fact.value
        same_year = None in (value.year, span.year) or value.year == span.year
        point = value.form == "calendar" and value.relation == "point" and value.end is None
        if day is None:
            said = value.month == month and value.day is None
        else:
            same_month = None in (value.month, span.month) or value.month == span.month
            said = value.day == day and same_month
        if point and said and same_year:
            return fact
    return None


def _days_spanned(value: DateValue) -> range | None:
    """N to M of a span from day N to day M of one month, a few days long."""
    end = value.end
    if value.relation != "between" or end is None or value.day is None or end.day is None:
        return None
    if end.month not in (None, value.month) or end.year not in (None, value.year):
        return None
    if not value.day < end.day < value.day + MOST_DAYS_LISTED:
        return None
    return range(value.day, end.day + 1)


def _ends_said(facts, matched: set[int], span: DateValue) -> list[Fact | None]:
    """The open facts of `facts` that are the span's start and its end, as written: points,
    or a "since" and an "until" (从凌晨两点一直烧到上午十点 against 午前2時から午前10時まで)."""
    end = span.end
    if span.relation != "between" or end is None or span.form not in ("calendar", "time"):
        return []
    first = _said(facts, matched, span, None, "since")
    return [first, first and _said(facts, matched, end, first, "until")]


def _said(
    facts, matched: set[int], date: DateValue, taken: Fact | None, bound: str
) -> Fact | None:
    for fact in open_facts(facts, "date", matched):
        value = fact.value
        alone = value.relation in ("point", bound) and value.end is None
        if fact is not taken and alone and _same_moment(value, date):
            return fact
    return None


def _same_moment(value: DateValue, date: DateValue) -> bool:
    """The same calendar date, or the same time of day, as written."""
    if value.form != date.form:
        return False
    if value.form == "time":
        return (value.clock_hour, value.minute or 0) == (date.clock_hour, date.minute or 0)
    return value.fields() == date.fields()

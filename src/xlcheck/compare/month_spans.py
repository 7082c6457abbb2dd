"""A span of months against the months said one by one (7、8月 = 7～8月 against 7月と8月,
七八月份 against 7月和8月, 7、8、9月 = 7～9月 against 7月、8月、9月): one fact, said two
ways, paired whole."""

from __future__ import annotations

from ..model import DateValue, Fact
from .relations import open_facts


def pair_month_spans(units, matched: set[int]) -> None:
    """Mark a span of months of one year (from N to M, no day) and the single months N to
    M of the other side of its unit as paired in `matched`."""
    for unit in units:
        for spans, months in ((unit.source, unit.target), (unit.target, unit.source)):
            for span in open_facts(spans, "date", matched):
                spanned = _months_spanned(span.value)
                if not spanned:
                    continue
                found = [_single(months, matched, span.value, m) for m in spanned]
                if all(found):
                    matched.update({id(span), *(id(f) for f in found)})


def _months_spanned(value: DateValue) -> range | None:
    """N to M of a span from month N to month M of one year, with no day."""
    end = value.end
    if value.relation != "between" or end is None or value.month is None or end.month is None:
        return None
    if value.day is not None or end.day is not None or end.month <= value.month:
        return None
    return range(value.month, end.month + 1) if end.year in (None, value.year) else None


def _single(facts, matched: set[int], span: DateValue, month: int) -> Fact | None:
    """The open single month `month` among `facts`, of the span's year where both say one."""
    for fact in open_facts(facts, "date", matched):
        value = fact.value
        same_year = None in (value.year, span.year) or value.year == span.year
        point = value.form == "calendar" and value.relation == "point" and value.end is None
        if point and value.month == month and value.day is None and same_year:
            return fact
    return None

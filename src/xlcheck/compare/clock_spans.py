"""A span written with a colon on one side and in words on the other (2:30 against 2分30秒,
a song's length; 1:45 against 1時間45分, a film's): one span, said twice.

A colon between two figures is read as a time of day, as it most often is; where the
other side says the same span in minutes and seconds, or in hours and minutes, the two
are one fact, not a time missing and a span added. A time with no meridiem, no date and
no zone, alone or closing a range (2:30 到 3:15 之间: each end against its own span), is
that span when a span of the other side equals it: 2:30 against 2分40秒 stays two facts,
as the two say different things. A span bounded on the other side (2分30秒を下回る)
stands only for a clock after a comparative of the same direction (小于 2:30; not 超过
2:30). Paired before the values are, so a clock is left alone where the other side says a
time of day (会议在 2:30 开始 = 2時30分に始まる) or its own side says the span too (持续
两小时三十分钟): there the clock is a time of day.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from ..model import DateValue, Fact, Quantity
from .relations import open_facts

# after a span, what makes it a point in time from now (2時間30分後, 两小时三十分后): a
# time of day against it is another fact
_FROM_NOW = ("後", "后", "前", "以后", "之后", "以後", "之後")
# the comparatives before a clock said as a span, by the direction of the bound they make
# (歌曲长度小于 2:30, 超过 3:15), in simplified and traditional characters
_BELOW = (
    "小于",
    "小於",
    "低于",
    "低於",
    "少于",
    "少於",
    "短于",
    "短於",
    "不到",
    "不足",
    "不超过",
    "不超過",
)
_ABOVE = (
    "大于",
    "大於",
    "高于",
    "高於",
    "多于",
    "多於",
    "长于",
    "長於",
    "超过",
    "超過",
    "不少于",
    "不少於",
)
_DIRECTIONS = {"lt": _BELOW, "le": _BELOW, "within": _BELOW, "gt": _ABOVE, "ge": _ABOVE}


def clock_times_as_spans(
    units, matched: set[int], text_of: Callable[[str], Callable], window: Callable, unit_tables
) -> None:
    """Mark in `matched` each time of day and each span of the other side that say one
    span (see the module), the span in the time's unit or one of `window(unit)`;
    `text_of(side)` looks a segment's text up by id on that side; `unit_tables` converts
    a span to seconds."""
    for unit in units:
        for times, other_side in (("source", "target"), ("target", "source")):
            clocks = [f for f in open_facts(getattr(unit, times), "date", matched) if _clock(f)]
            if not clocks:
                continue
            around = [unit, *(u for u in window(unit) if u is not unit)]  # its own first
            if any(_time_of_day(f) for u in around for f in getattr(u, other_side)):
                continue  # 2:30 against 2時30分: a time of day, paired as dates are
            own_spans = {
                _seconds(f, unit_tables) for f in getattr(unit, times) if f.kind == "number"
            }
            clock_text, span_text = text_of(times), text_of(other_side)
            spans = [
                f
                for u in around
                for f in open_facts(getattr(u, other_side), "number", matched)
                if _seconds(f, unit_tables) is not None
                and not span_text(f.segment)[f.end :].lstrip().startswith(_FROM_NOW)
            ]
            for clock in clocks:
                ends = _ends(clock.value)
                if any(_length(end, "minute") in own_spans for end in ends):
                    continue  # 2:30 开始，持续两小时三十分钟: the span is said apart
                said_before = clock_text(clock.segment)[: clock.start].rstrip()
                found = [_span_for(end, spans, matched, said_before, unit_tables) for end in ends]
                if all(found) and len({id(f) for f in found}) == len(found):
                    matched.add(id(clock))
                    matched.update(id(f) for f in found)


def _clock(fact: Fact) -> bool:
    """A time of day written with figures alone: no meridiem, no date, no zone."""
    value = fact.value
    if not isinstance(value, DateValue) or value.hour is None or value.minute is None:
        return False
    if value.meridiem or value.utc_offset is not None or value.fields() != (None, None, None):
        return False
    return ":" in fact.text or "：" in fact.text


def _time_of_day(fact: Fact) -> bool:
    """A time of day the other side says (2時30分, 下午两点半): no span."""
    return fact.kind == "date" and isinstance(fact.value, DateValue) and fact.value.hour is not None


def _ends(value: DateValue) -> list[tuple[int, int]]:
    """The (hour, minute) of a time, and of the time closing its range."""
    ends = [(value.hour, value.minute)]
    end = value.end
    if end is not None and end.hour is not None and end.minute is not None:
        ends.append((end.hour, end.minute))
    return ends


def _seconds(fact: Fact, unit_tables) -> Fraction | None:
    """A span's length in seconds (2分30秒 = 150, 2.5分 = 150), or None."""
    value = fact.value
    if not isinstance(value, Quantity) or value.low != value.high or value.vague:
        return None
    base = unit_tables.in_base_unit(value.unit) if value.unit else None
    if base is None or base[0] != "second":
        return None
    return value.low * base[1]


def _length(end: tuple[int, int], unit: str) -> Fraction:
    """The two figures of a clock read as minutes and seconds ("second") or as hours
    and minutes ("minute"), in seconds."""
    first, second = end
    return Fraction((first * 60 + second) * (1 if unit == "second" else 60))


def _span_for(
    end: tuple[int, int], spans: list[Fact], matched: set[int], said_before: str, unit_tables
) -> Fact | None:
    """The first open span equal to the two figures read as minutes and seconds, or as
    hours and minutes; a bounded one only after a comparative of its direction."""
    lengths = {_length(end, "second"), _length(end, "minute")}
    for fact in spans:
        if id(fact) in matched or _seconds(fact, unit_tables) not in lengths:
            continue
        words = _DIRECTIONS.get(fact.value.qualifier)
        if fact.value.qualifier == "exact" or (words and said_before.endswith(words)):
            return fact
    return None

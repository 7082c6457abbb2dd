"""A span written with a colon on one side and in words on the other (2:30 against 2分30秒,
a song's length; 1:45 against 1時間45分, a film's): one span, said twice.

A colon between two figures is read as a time of day, as it most often is; where the
other side says the same span in minutes and seconds, or in hours and minutes, the two
are one fact, not a time missing and a span added. A time with no meridiem, no date and
no zone, alone or closing a range (2:30 到 3:15 之间: each end against its own span), is
that span when a span of the other side equals it: 2:30 against 2分40秒 stays two facts,
as the two say different things. A bound on the span (2分30秒を下回る against 小于 2:30)
is not weighed: the time's reading holds none. Paired before the values are.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import DateValue, Fact, Quantity
from .relations import open_facts

# after a span, what makes it a point in time from now (2時間30分後, 两小时三十分后): a
# time of day against it is another fact
_FROM_NOW = ("後", "后", "前", "以后", "之后", "以後", "之後")
# a time's two figures read as a span: minutes and seconds, or hours and minutes
_SPANS = (("second", 60), ("minute", 60))


def clock_times_as_spans(
    units, matched: set[int], text_of: Callable[[str], Callable], window: Callable
) -> None:
    """Mark in `matched` each time of day and each span of the other side that say one
    span (see the module), the span in the time's unit or one of `window(unit)`;
    `text_of(side)` looks a segment's text up by id on that side."""
    for unit in units:
        for times, other_side in (("source", "target"), ("target", "source")):
            clocks = [f for f in open_facts(getattr(unit, times), "date", matched) if _clock(f)]
            if not clocks:
                continue
            around = [unit, *(u for u in window(unit) if u is not unit)]  # its own first
            span_text = text_of(other_side)
            spans = [
                f
                for u in around
                for f in open_facts(getattr(u, other_side), "number", matched)
                if _span_seconds(f) is not None
                and not span_text(f.segment).startswith(_FROM_NOW, f.end)
            ]
            for clock in clocks:
                ends = _ends(clock.value)
                found = [_span_for(end, spans, matched) for end in ends]
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


def _ends(value: DateValue) -> list[tuple[int, int]]:
    """The (hour, minute) of a time, and of the time closing its range."""
    ends = [(value.hour, value.minute)]
    end = value.end
    if end is not None and end.hour is not None and end.minute is not None:
        ends.append((end.hour, end.minute))
    return ends


def _span_seconds(fact: Fact) -> int | None:
    """A span's length in seconds (2分30秒 = 150, 2分30秒を下回る too: the time's reading
    holds no bound to set against it), or None."""
    value = fact.value
    if not isinstance(value, Quantity) or value.low != value.high or value.vague:
        return None
    factor = {"second": 1, "minute": 60, "hour": 3600}.get(value.unit or "")
    if factor is None or value.low.denominator != 1:
        return None
    return int(value.low) * factor


def _span_for(end: tuple[int, int], spans: list[Fact], matched: set[int]) -> Fact | None:
    """The first open span equal to the two figures read as minutes and seconds, or as
    hours and minutes."""
    first, second = end
    lengths = {(first * 60 + second) * (1 if unit == "second" else 60) for unit, _ in _SPANS}
    return next(
        (f for f in spans if id(f) not in matched and _span_seconds(f) in lengths), None
    )

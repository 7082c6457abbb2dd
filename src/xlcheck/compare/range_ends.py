"""A written range against its two ends said apart (上调五十日元至一千零五十四日元 against
50円引き上げて1054円: "by 50 yen to 1,054 yen", which the Chinese grammar reads as a range
of 50 to 1,054; 从10%充到80% against 10%から80%まで): the same two figures, said two ways,
paired whole. A range whose ends are not both found stays as it is (10～20人 against 10人
is a bound changed)."""

from __future__ import annotations

from ..model import Fact, Quantity
from ..rules.units import UnitTables
from .relations import open_facts, units_compatible


def pair_range_ends(units, matched: set[int], unit_tables: UnitTables) -> None:
    """Mark a range written bound by bound (not a vague one: 十几) and two open exact
    figures of the other side of its unit, its low and its high in a unit it may be in, as
    paired in `matched`."""
    for unit in units:
        for ranges, figures in ((unit.source, unit.target), (unit.target, unit.source)):
            for span in open_facts(ranges, "number", matched):
                value = span.value
                if not _written_range(value) or _range_said(figures, matched, value):
                    continue  # (在400和500之间（包括400和500）: the range is said too)
                ends = (figures, ranges, matched, value)
                low = _end(*ends, value.low, unit_tables)
                high = low and _end(*ends, value.high, unit_tables, low)
                if low and high:
                    matched.update({id(span), id(low), id(high)})


def _written_range(value) -> bool:
    return (
        isinstance(value, Quantity)
        and value.qualifier == "range"
        and not value.vague
        and not value.ordinal
        and value.low < value.high
    )


def _range_said(facts, matched: set[int], span: Quantity) -> bool:
    """Whether the other side says the range itself, which pairs with it as it is."""
    return any(
        isinstance(f.value, Quantity) and (f.value.low, f.value.high) == (span.low, span.high)
        for f in open_facts(facts, "number", matched)
    )


def _end(
    facts, ours, matched: set[int], span: Quantity, figure, unit_tables: UnitTables, taken=None
) -> Fact | None:
    """The first open exact figure `figure` among `facts` in a unit the span's may be, and
    one the span's own side does not say apart as well (会场可容纳50至80人，今天来了50人:
    that 50人 is the other side's 50人, not an end of the range)."""
    if any(_exact(f.value, figure, span, unit_tables) for f in open_facts(ours, "number", matched)):
        return None
    for fact in open_facts(facts, "number", matched):
        if fact is not taken and _exact(fact.value, figure, span, unit_tables):
            return fact
    return None


def _exact(value, figure, span: Quantity, unit_tables: UnitTables) -> bool:
    return (
        isinstance(value, Quantity)
        and not value.ordinal
        and value.qualifier == "exact"
        and value.low == value.high == figure
        and units_compatible(span.unit, value.unit, unit_tables)
    )

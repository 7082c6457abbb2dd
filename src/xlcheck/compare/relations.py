"""How two facts of the same kind relate: equal, consistent but changed, or in conflict.

Each function returns (relation, strength) or None when the two cannot be compared (an
ordinal against a count). Strength orders candidate pairs: 4 equal, 3 consistent change
(approximated, precision), 2 same value in another unit, 1.5 consistent but one side
without its unit, 1 conflict.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from ..extract.bounds import TIME_UNITS, YEAR_COUNTERS
from ..extract.numbers import MANY_HIGH
from ..extract.numerals import last_digit_step, significant_digits
from ..model import LUNAR_CALENDARS, DateValue, Fact, Quantity, VersionValue, calendar_dropped

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..rules.units import UnitTables

EQUAL, CONSISTENT, UNIT, CONFLICT = 4, 3, 2, 1
LOOSE = 1.5  # consistent values, one with a unit and one bare: paired only when alone

# The width from which a range reads as vague (十几 is 11-19) rather than written (3-5).
VAGUE_SPAN = 8
# How far an "about" figure may stray from the exact one and still be consistent.
APPROX_TOLERANCE = Fraction(15, 100)
# Bounds that translators use interchangeably: 十多年 (more than ten) = 十年以上 (ten or more).
_LOOSE = {"gt": "ge", "lt": "le"}
# Which way a bound reaches from its figure.
_DIRECTION = {"ge": "up", "gt": "up", "le": "down", "lt": "down"}


def _interval(q: Quantity) -> tuple[Fraction | None, Fraction | None, bool, bool]:
    """(low, high, low_open, high_open); None for an unbounded side."""
    if q.qualifier in ("exact", "range"):
        return q.low, q.high, False, False
    if q.qualifier == "ge":
        return q.low, None, False, False
    # a strict bound is read as a loose one: 超过一千万 rendered as 1000万 is an
    # approximation, not a contradiction (translators use the two interchangeably)
    if q.qualifier == "gt":
        return q.low, None, False, False
    if q.qualifier == "le":
        return None, q.high, False, False
    if q.qualifier == "lt":
        return None, q.high, False, False
    spread = abs(q.low) * APPROX_TOLERANCE
    return q.low - spread, q.high + spread, False, False


def _direction(q: Quantity) -> str | None:
    """Which way a value reaches from its figure: up (以上, 超过, 強), down (以下, 不到,
    弱), or None (exact, about, a range)."""
    return _DIRECTION.get(q.qualifier) or (q.lean if q.qualifier == "approx" else None)


def _overlap(a: Quantity, b: Quantity) -> bool:
    a_low, a_high, a_lo_open, a_hi_open = _interval(a)
    b_low, b_high, b_lo_open, b_hi_open = _interval(b)
    if (
        a_low is not None
        and b_high is not None
        and (a_low > b_high or (a_low == b_high and (a_lo_open or b_hi_open)))
    ):
        return False
    return not (
        b_low is not None
        and a_high is not None
        and (b_low > a_high or (b_low == a_high and (b_lo_open or a_hi_open)))
    )


def units_compatible(a: str | None, b: str | None, units: UnitTables) -> bool:
    """Whether two units may be one: the same, or one of those a word leaves open (キロ:
    km or kg; rules/common/numbers.toml [open_units])."""
    if a is None or b is None or a == b:
        return True
    return b in units.open_units.get(a, ()) or a in units.open_units.get(b, ())


def _same_reading(a: Quantity, b: Quantity) -> bool:
    """Two wordings translators treat as one: 二十多 (more than 20) = ２０代 (20-29),
    十几 (11-19) = １０代 (10-19), 第五卷 = ５巻目."""
    if a.qualifier == "range" and b.qualifier == "range":
        # vague spans (十几, １０代) are wide; written ranges (3-5, 10～20) are compared as
        # written: 10～20人 against 10～30人 is a changed bound
        if not (a.vague or b.vague):
            return False
        overlap = min(a.high, b.high) - max(a.low, b.low)
        narrower = min(a.high - a.low, b.high - b.low)
        return narrower >= VAGUE_SPAN and overlap >= narrower * Fraction(8, 10)
    for bound, span in ((a, b), (b, a)):
        if bound.qualifier in ("gt", "ge") and span.qualifier == "range" and span.vague:
            # 十几 (11-19) = 10人余り (more than 10): counts above ten start at eleven; up
            # to the next order from a power of ten (上百万 = 100万以上), else not past the
            # bound's next step: 数十万 (200,000-900,000) against 超过二十万 is the figure
            # made vague
            step = last_digit_step(bound.low)
            reach = bound.low * 10 if bound.low == step else bound.low + step
            return span.low in (bound.low, bound.low + (bound.qualifier == "gt")) and (
                span.high < reach
            )
    return False


def in_common_unit(a: Quantity, b: Quantity, units: UnitTables) -> tuple[Quantity, Quantity] | None:
    """Both quantities in the base unit of their dimension (90分 and 1.5小时 in seconds),
    when their units differ and the run's rules/LANG/numbers.toml convert both to one base.
    A unit a word leaves open is read in each of its readings ([open_units]: キロ is km or
    kg, 斤 500 g or 600 g): a reading that makes the two equal first (两斤 = 1キロ)."""
    if a.unit == b.unit or a.unit is None or b.unit is None:
        return None
    found = None
    for ours_unit in _readings(a.unit, units):
        for theirs_unit in _readings(b.unit, units):
            ours, theirs = units.in_base_unit(ours_unit), units.in_base_unit(theirs_unit)
            if ours is None or theirs is None or ours[0] != theirs[0]:
                continue
            pair = (
                replace(a, low=a.low * ours[1], high=a.high * ours[1], unit=ours[0]),
                replace(b, low=b.low * theirs[1], high=b.high * theirs[1], unit=theirs[0]),
            )
            if (pair[0].low, pair[0].high) == (pair[1].low, pair[1].high):
                return pair
            found = found or pair
    return found


def _readings(unit: str, units: UnitTables) -> tuple[str, ...]:
    """A unit and, for one a word leaves open, what it may be (キロ: km, kg)."""
    return (unit, *sorted(units.open_units.get(unit, ())))


def counted_as_unit(a: Quantity, b: Quantity, units: UnitTables) -> tuple[Quantity, Quantity]:
    """A bare count whose counter is a measure ([counter_units]: 三十度) against a figure in
    one of that measure's units (華氏30度) is in the counter's first unit (°C): 三十度
    against 華氏30度 is the unit changed, against 摂氏30度 the same."""
    first = units.counter_units.get(a.counter or "", ())
    if a.unit is None and b.unit in first:
        return replace(a, unit=first[0]), b
    second = units.counter_units.get(b.counter or "", ())
    if b.unit is None and a.unit in second:
        return a, replace(b, unit=second[0])
    return a, b


def number_relation(
    source: Quantity, target: Quantity, units: UnitTables
) -> tuple[str, int] | None:
    found = _number_relation(source, target, units)
    if found is not None and found[0] == "mismatch" and (source.grown or target.grown):
        # 增长了三倍 against 4倍: "three times more" read as as much again three times, on
        # the side whose clause says growth (either: a Chinese source or target)
        pairs = ((_as_much_again(source), target),) if source.grown else ()
        pairs += ((source, _as_much_again(target)),) if target.grown else ()
        for pair in pairs:
            read_again = _number_relation(*pair, units)
            if read_again is not None and read_again[0] != "mismatch":
                return read_again
    turned = bool(source.turned_from or target.turned_from)
    both_negated = turned and source.negated and target.negated
    if found is not None and found[0] == "mismatch" and both_negated:
        # 不能指定两个或更多 against 二つ以上…指定できません: the bound a negation turned on
        # one side is written unturned on the other, under its own negation: the same rule
        # when both write it alike; only ever a mismatch made a match, never the reverse (a
        # negation read on each side may be two verbs': 不超过10人的团体可以预约 against
        # 10人以下の団体しか予約できない)
        read_again = _number_relation(_as_written(source), _as_written(target), units)
        if read_again is not None and read_again[0] != "mismatch":
            return read_again
    if found is not None and found[0] == "mismatch" and _unsure_turn(source, target):
        # ... and where a prohibition a few words before (not for sure) turned one side and
        # the other side's negation was not read, its bound as written
        read_again = _number_relation(_as_written(source), _as_written(target), units)
        if read_again is not None and read_again[0] != "mismatch":
            return read_again
    if found is not None and found[0] == "mismatch" and source.falling != target.falling:
        # 負3.4% against 3.4％減, 同比下降3.4% against -3.4%: a fall said by a word is the
        # rate with a minus
        pair = (_fallen(source), target) if source.falling else (source, _fallen(target))
        read_again = _number_relation(*pair, units)
        if read_again is not None and read_again[0] != "mismatch":
            return read_again
    if found is not None and found[0] == "equal" and _reversed(source, target):
        # 营收同比增长3.4% against 前年比3.4％減: the same rate, its direction said by words
        # that disagree (a rise against a fall)
        return "mismatch", CONFLICT
    if found is not None and found[0] == "mismatch" and (
        _times_as_change(source, target) or _times_as_change(target, source)
    ):
        return "equal", EQUAL  # 一点二倍 = 2割増, 0.8倍 = 2割減: a multiple said as a change
    if found is not None and found[0] == "mismatch" and (
        _scale_a_label(source, target, units) or _scale_a_label(target, source, units)
    ):
        return "equal", EQUAL  # 4K against 4 Key: the letter labels the figure, no thousand
    if found is not None and found[0] == "mismatch" and source.per_side != target.per_side:
        # 双向六车道 against 片側3車線: the count per direction is half the total
        pair = (_both_sides(source), target) if source.per_side else (source, _both_sides(target))
        read_again = _number_relation(*pair, units)
        if read_again is not None and read_again[0] != "mismatch":
            return read_again
    return found


# the largest figure an upper-case K labels (4K, 7K, 18K key modes; 8K, 16K screens): a
# count of thousands is larger (45K downloads)
LARGEST_LABEL = 20
_THOUSAND = 1000


def _scale_a_label(scaled: Quantity, other: Quantity, units: UnitTables) -> bool:
    """Whether a figure an upper-case K scaled (4K, 7K) is the other side's bare figure
    (4 Key, 7キー): the letter a label of the figure (a rhythm game's key mode, a screen's
    resolution), read so on the other side. Not a lower-case k (4k星标: thousands of
    stars), nor another letter (7B parameters)."""
    if not scaled.k_label or other.k_label or other.unit or other.counter:
        return False
    if scaled.low != scaled.high or scaled.low / _THOUSAND >= LARGEST_LABEL:
        return False  # 45K downloads against 45: a count of thousands, changed
    bare = replace(scaled, low=scaled.low / _THOUSAND, high=scaled.high / _THOUSAND)
    found = _number_relation(bare, other, units)
    return found is not None and found[0] == "equal"


def _times_as_change(times: Quantity, change: Quantity) -> bool:
    """Whether a multiple (1.2倍) is a rise or a fall said in percent (2割増 = +20 %, 2割減 =
    -20 %): 1.2 times as much is a fifth more."""
    if times.unit != "times" or change.unit != "%" or times.low != times.high:
        return False
    if change.low != change.high or not (change.rising or change.falling):
        return False
    rate = change.low / 100
    return times.low == (1 - abs(rate) if change.falling or rate < 0 else 1 + rate)


def _unsure_turn(source: Quantity, target: Quantity) -> bool:
    """Whether one side's bound was turned by a prohibition a few words before it (请勿在
    无水状态下通电超过10秒: not for sure), the other's not."""
    return any(
        one.turned_from and one.qualified_apart and not other.turned_from
        for one, other in ((source, target), (target, source))
    )


def _as_written(quantity: Quantity) -> Quantity:
    """A bound as its words say it, before a prohibition turned it round."""
    if quantity.turned_from is None:
        return quantity
    return replace(quantity, qualifier=quantity.turned_from, turned_from=None)


def _reversed(source: Quantity, target: Quantity) -> bool:
    """Whether one side's rate is said by a word to rise and the other's to fall."""
    return (source.rising and target.falling) or (source.falling and target.rising)


def _fallen(falling: Quantity) -> Quantity:
    """下降3.4% read as the rate with its sign: -3.4 %."""
    return replace(falling, low=-falling.high, high=-falling.low, falling=False)


def _both_sides(per_side: Quantity) -> Quantity:
    """片側3車線 read as the lanes of both directions: 6."""
    return replace(per_side, low=per_side.low * 2, high=per_side.high * 2, per_side=False)


# The most a figure converted from another system may differ from the exact conversion
# once rounded: 5 % (6英尺 = 1.83 m: 約1.8メートル is it, 約2メートル is not).
CONVERSION_SLACK = Fraction(5, 100)
# Qualifiers a converted figure may carry and still be its conversion (約2400メートル).
_CONVERTIBLE = frozenset({"exact", "approx"})


def _rounded_conversion(
    source: Quantity,
    target: Quantity,
    converted: tuple[Quantity, Quantity],
    units: UnitTables,
    slopes: tuple[Fraction, Fraction] | None = None,
) -> bool:
    """Whether one figure is the other converted from a unit of another system and rounded
    ([rounded_conversions]: 8000英尺 = 2438.4 m = 約2400メートル, 26.2英里 = 42.195キロ): the
    two agree within the place of the last digit either side writes, in the base unit
    (`slopes`: what one of each side's unit is in it, where an offset makes it no ratio)."""
    if not ({source.unit, target.unit} & units.rounded):
        return False
    if source.qualifier not in _CONVERTIBLE or target.qualifier not in _CONVERTIBLE:
        return False
    if source.low != source.high or target.low != target.high or 0 in (source.low, target.low):
        return False
    ours, theirs = converted
    if slopes is None:
        slopes = (ours.low / source.low, theirs.low / target.low)
    # rounded to the nearest of either side's last place, and never by more than a few
    # percent (8000英尺 is 2438 m: 約2400 is it, 約2000 and 約3000 are other figures)
    places = (
        last_digit_step(source.low) * abs(slopes[0]),
        last_digit_step(target.low) * abs(slopes[1]),
    )
    tolerance = max(places) / 2
    difference = abs(ours.low - theirs.low)
    return difference <= tolerance and difference <= abs(ours.low) * CONVERSION_SLACK


def _offset_converted(
    source: Quantity, target: Quantity, units: UnitTables
) -> tuple[tuple[Quantity, Quantity], tuple[Fraction, Fraction]] | None:
    """Both figures in the unit one of them converts to with an offset ([offset_conversions]:
    100 °F = (100 - 32) × 5/9 °C), with the slope of each side's unit, or None."""
    for ours, theirs, flipped in ((source, target, False), (target, source, True)):
        rule = units.offsets.get(ours.unit or "")
        if rule is None or rule[0] != theirs.unit:
            continue
        _, factor, offset = rule
        moved = replace(
            ours,
            low=(ours.low + offset) * factor,
            high=(ours.high + offset) * factor,
            unit=theirs.unit,
        )
        pair, slopes = (moved, theirs), (factor, Fraction(1))
        return (pair[::-1], slopes[::-1]) if flipped else (pair, slopes)
    return None


def _individuals_against_a_measure(count: Quantity, measure: Quantity, units: UnitTables) -> bool:
    """Whether a count of individuals (a counter of a family, no unit: 尾, 只, 台, 人)
    faces the same figure in a unit of measure (t, km, L): what is counted changed, as
    a unit does. A counter that measures (度, [counter_units]) is read as its unit first."""
    return (
        not (count.weak or measure.weak)  # 世界一周 (a lap) against 一周 (a week, a guess)
        and count.unit is None
        and bool(count.counter)
        and count.counter in units.families
        and count.counter not in units.counter_units
        and measure.counter is None
        and units.in_base_unit(measure.unit) is not None
    )


def _as_much_again(grown: Quantity) -> Quantity:
    """增长了三倍 read as as much again three times: 4倍."""
    return replace(grown, low=grown.low + 1, high=grown.high + 1, grown=False)


def _number_relation(
    source: Quantity, target: Quantity, units: UnitTables
) -> tuple[str, int] | None:
    source, target = as_units(source, target, units)
    as_written = (source, target)
    shifted = _offset_converted(source, target, units)
    if shifted is not None and _rounded_conversion(source, target, shifted[0], units, shifted[1]):
        return "equal", EQUAL  # 华氏一百度 = 摂氏38度近く
    converted = in_common_unit(source, target, units)
    if converted is not None:
        if (source.low, source.high) == (target.low, target.high) and not units_compatible(
            source.unit, target.unit, units
        ):
            return "unit", UNIT  # 30公分 against 30メートル: the figure kept, the unit not
        if _rounded_conversion(source, target, converted, units):
            return "equal", EQUAL  # 8000英尺 = 約2400メートル
        source, target = converted
    source, target = _within_read(source, target)
    if source.ordinal != target.ordinal:
        # 二次大战 = 第２次世界大戦: the same number read as a count or a rank
        same = (source.low, source.high) == (target.low, target.high)
        return ("equal", EQUAL) if same and source.qualifier == target.qualifier else None
    same_value = (source.low, source.high, _LOOSE.get(source.qualifier, source.qualifier)) == (
        target.low,
        target.high,
        _LOOSE.get(target.qualifier, target.qualifier),
    )
    if not units_compatible(source.unit, target.unit, units):
        if same_value or _overlap(source, target):
            return "unit", UNIT
        return "mismatch", CONFLICT
    if same_value and (
        _individuals_against_a_measure(source, target, units)
        or _individuals_against_a_measure(target, source, units)
    ):
        return "unit", UNIT  # 金枪鱼一千二百尾 against マグロ1200トン: fish became tonnes
    directions = {_direction(source), _direction(target)}
    if _extremes_of_a_temperature(source, target):
        return "equal", EQUAL  # 最低零下十一度 = 氷点下11度まで下がる: the lowest reached
    if directions == {"up", "down"}:
        # 18歳以上 against 十八岁以下, 超过100人 against 100人未満: the bound turned round is
        # another fact, not a rounding; on one figure as sure a pair as a unit changed
        same_figure = (source.low, source.high) == (target.low, target.high)
        return "mismatch", UNIT if same_figure else CONFLICT
    if same_value or _same_reading(source, target) or _estimate_rounded(source, target):
        return "equal", EQUAL
    if _magnitude_as_bound(source, target) or _magnitude_as_bound(target, source):
        return "equal", EQUAL  # 数百个集成 = 100以上のインテグレーション
    if _several_as_bound(source, target) or _several_as_bound(target, source):
        return "equal", EQUAL  # 多人 = 2人以上, 多个 = 複数: more than one, said from below
    if _magnitude_reached(source, target) or _magnitude_reached(target, source):
        return "equal", EQUAL  # 上百位记者 = 百人ほどの記者, 上万名 = 1万人近い
    if _extreme_as_figure(source, target) or _extreme_as_figure(target, source):
        return "equal", EQUAL  # 最低零下五度 = 最低気温は氷点下5度, 最高可领取5000元 = 最大5000元
    if _extreme_as_figure(source, target, other=True) or _extreme_as_figure(
        target, source, other=True
    ):
        return "mismatch", CONFLICT  # 工作满十年 against 勤続12年: the figure reached changed
    if (
        len(directions) == 1
        and None not in directions
        and (source.low, source.high) == (target.low, target.high)
        and "approx" in (source.qualifier, target.qualifier)
    ):
        return "equal", EQUAL  # 3万人弱 = 不到三万人, 将近三万 = 3万人足らず: one side, one figure
    if (
        (source.weak or target.weak)
        and (source.low, source.high) == (target.low, target.high)
        and "approx" in (source.qualifier, target.qualifier)
        and "exact" in (source.qualifier, target.qualifier)
    ):
        return "equal", EQUAL  # 一半 = 半分ほど: a word of a figure, hedged or not
    if _about_and_a_little_over(source, target) or _about_and_a_little_over(target, source):
        return "equal", EQUAL  # 四千来斤 = 4000斤余り, 约50人 = 50人あまり: inexact either way
    if _LOOSE.get(source.qualifier, source.qualifier) == _LOOSE.get(
        target.qualifier, target.qualifier
    ) and source.qualifier in ("range", "ge", "gt", "le", "lt", "approx"):
        # 3-5 against 3-6, 五分以内 against ７分以内, 约300万 against 約500万: the same
        # wording with another figure is a changed figure, not a rounding
        return "mismatch", CONFLICT
    if _bound_against_another_about(source, target) or _bound_against_another_about(target, source):
        return "mismatch", CONFLICT  # 超过三万人 against 6万人強: another figure, no rounding
    if (_overlap(source, target) or _about_and_exact(source, target)) and (
        _rounded(source, target) or _rounded_in_its_unit(*as_written, units)
    ):
        if (source.unit is None) != (target.unit is None):
            return "approximated", LOOSE  # 一美分左右 and 1枚: maybe not the same fact
        return "approximated", CONSISTENT
    if _bare_rounding(source, target):
        return "approximated", CONSISTENT  # 12.3亿元 against 12億元: rounded, not changed
    return "mismatch", CONFLICT


def _about_and_a_little_over(about: Quantity, over: Quantity) -> bool:
    """An "about" figure with no side said (约, 左右, 来, ほど) against the same figure and
    "over" (多, 余り, 超): both sides inexact, and a figure said to be about so much is as
    often a little over it (十来个 = 10人余り), so no precision was lost and none added."""
    return (
        about.qualifier == "approx"
        and about.lean is None
        and over.qualifier == "gt"
        and (about.low, about.high) == (over.low, over.high)
    )


def _about_and_exact(a: Quantity, b: Quantity) -> bool:
    """An "about" share against an exact one: a share is said in tenths as often as not
    (約2割, 两成左右 for 23.6%), so rounded at its own last digit it is the share said
    roughly, however far "about" is taken to reach (`_overlap`); `_rounded` says whether
    it is that share's rounding. (Not a count or an amount: 約1万ドル against 12000 stays
    another figure.)"""
    return {a.qualifier, b.qualifier} == {"approx", "exact"} and a.unit == b.unit == "%"


def _rounded_in_its_unit(a: Quantity, b: Quantity, units: UnitTables) -> bool:
    """Whether an exact figure, said in the other side's unit, is the qualified figure
    rounded there: 两小时五十八分钟 (178 minutes) is 2.97 hours, which 約3時間 rounds; in
    seconds (10,680 against 10,800) the rounding is lost to the smaller unit."""
    if a.unit == b.unit or "exact" not in (a.qualifier, b.qualifier) or a.qualifier == b.qualifier:
        return False
    qualified, exact = (a, b) if b.qualifier == "exact" else (b, a)
    theirs, ours = units.in_base_unit(qualified.unit), units.in_base_unit(exact.unit)
    if theirs is None or ours is None or theirs[0] != ours[0]:
        return False
    figure = exact.low * ours[1] / theirs[1]
    return _rounded(replace(exact, low=figure, high=figure, unit=qualified.unit), qualified)


def _bound_against_another_about(bound: Quantity, about: Quantity) -> bool:
    """Whether a bound (超过三万, 300個以上) stands against an "about" figure whose span does
    not reach the bound's figure (6万人強, 約400個): the figure changed, whatever the words
    (约3.3万 against 超过三万 stays a rounding)."""
    if bound.qualifier not in _DIRECTION or about.qualifier != "approx":
        return False
    low, high = _interval(about)[:2]
    return not (low <= bound.low <= high)


def _magnitude_as_bound(vague: Quantity, bound: Quantity) -> bool:
    """Whether a count said by its order of magnitude alone (数百, 几千, 数十万: some
    hundreds) stands against the lower bound that order opens (100以上, 超过一千, 10+): the
    same vague fact, said from below. The bound's figure is the power of ten itself; a
    figure of its own (超过两百 against 数百) or a vague count past the power (千数百 against
    一千多) is more said than the other side says."""
    if not vague.vague or vague.no_figure or bound.qualifier not in ("ge", "gt") or bound.vague:
        return False
    if vague.low <= 0 or bound.low != bound.high:
        return False
    power = Fraction(10) ** (len(str(int(vague.low))) - 1)
    return bound.low == power and vague.low >= 2 * power


def _several_as_bound(several: Quantity, bound: Quantity) -> bool:
    """Whether a count of "several, many" with no top (多人, 多个: two and more, [few] 多)
    stands against the bound it opens from below (2人以上, 1人を超える): the same fact."""
    if several.high < MANY_HIGH or several.low != 2 or bound.low != bound.high:
        return False
    return (bound.qualifier, bound.low) in (("ge", 2), ("gt", 1))


def _extremes_of_a_temperature(a: Quantity, b: Quantity) -> bool:
    """Whether both sides say a temperature as an extreme (最低零下十一度, the lowest, against
    氷点下11度まで下がる, as low as): the extreme value itself, on one figure, whichever way
    each bound faces. Not a price or a count, where a floor against a cap (最低5000元
    against 5000元まで) is another fact."""
    return (
        a.extreme
        and b.extreme
        and (a.low, a.high) == (b.low, b.high)
        and all(q.unit == "°C" or (q.unit is None and q.counter == "度") for q in (a, b))
    )


def _magnitude_reached(vague: Quantity, about: Quantity) -> bool:
    """Whether a count said to reach an order of magnitude (上百, 上千, 成百: a hundred and
    more, a hundred or so) stands against about the power itself (百人ほど, 約1000人, 1万人
    近い): the same vague fact. A figure exactly (100人) or another figure (約200人) is more
    said than the other side says."""
    if not vague.vague or vague.no_figure or about.qualifier != "approx" or about.vague:
        return False
    if vague.low <= 0 or about.low != about.high:
        return False
    power = Fraction(10) ** (len(str(int(vague.low))) - 1)
    return vague.low == power and vague.high == 10 * power - 1 and about.low == power


def _extreme_as_figure(bound: Quantity, figure: Quantity, other: bool = False) -> bool:
    """Whether a superlative's bound (最大, 最低) stands against its figure unbounded: the
    superlative names the extreme value as often as a cap or a floor. With `other`: against
    another figure unbounded, which, read as the extreme value, changed it."""
    return (
        bound.extreme
        and figure.qualifier == "exact"
        and not figure.ordinal
        and ((bound.low, bound.high) != (figure.low, figure.high)) == other
    )


def as_units(a: Quantity, b: Quantity, units: UnitTables) -> tuple[Quantity, Quantity]:
    """Two quantities with a count in a unit where the other says one: a count of years
    against a span of time (years_as_unit), a bare count of a measure's counter against a
    figure in its units (counted_as_unit: 三十度 against 華氏30度), a part of one against a
    percentage (part_as_percent: 三分之一 against 33%)."""
    return part_as_percent(*counted_as_unit(*years_as_unit(a, b), units))


def _strip_twos_fives(number: int) -> int:
    """`number` without its factors 2 and 5: 1 when a fraction of that denominator ends."""
    for prime in (2, 5):
        while number and number % prime == 0:
            number //= prime
    return number


def part_as_percent(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A bare figure under one that is no whole number (a fraction or a decimal: 三分之一,
    0.25, the rate in thousandths 勝率.500) against a percentage (33%, 25％, 5割, which
    [scaled_units] reads as 50 %) is that share in hundredths; where the hundredths never
    end (三分之一 = 33.33…), the figure the percentage writes when it is the share to the
    places it writes (33% or 33.3% for a third; a share that ends is never rounded: 0.26
    against 30% and .325 against 3割 are other figures). Read so only where it does not part two
    figures written alike (降息0.25厘 against 0.25％: a unit one side's tables lack)."""
    if (a.unit is None) == (b.unit is None):
        return a, b
    part, share = (a, b) if a.unit is None else (b, a)
    if share.unit != "%" or part.counter or part.ordinal or part.low != part.high:
        return a, b
    if not 0 < part.low < 1 or part.low == share.low:
        return a, b  # (0.25 against 0.25%: the same figure, its unit word not read)
    hundredths = part.low * 100
    # the places the percentage writes (33 and 30: ones; 33.3: tenths), never its tens
    step = min(Fraction(1), last_digit_step(share.low))
    repeating = _strip_twos_fives(hundredths.denominator) != 1
    if share.low == share.high and repeating and abs(hundredths - share.low) * 2 < step:
        hundredths = share.low  # 三分之一 = 33%: rounded to the percentage's last place
    part = replace(part, low=hundredths, high=hundredths, unit="%")
    return (part, share) if a.unit is None else (share, part)


def years_as_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A count of years (十年, 3年間) against a span in a unit of time (10か月, 3日, 36个月)
    is a span in years: 十年 against 10か月 is the unit changed, 三年 against 36か月 equal
    (rules/common/numbers.toml converts months and years)."""
    if (a.unit is None) == (b.unit is None):
        return a, b
    count, span = (a, b) if a.unit is None else (b, a)
    time_span = span.unit in TIME_UNITS or (span.no_figure and span.unit == "while")
    if count.counter not in YEAR_COUNTERS or not time_span or span.counter:
        return a, b
    count = replace(count, unit="year", counter=None)
    return (count, span) if a.unit is None else (span, count)


def _bare_rounding(precise: Quantity, rounded: Quantity) -> bool:
    """Two exact figures, the source's of three significant digits or more and the
    translation's that figure rounded to one or two at a scale word, ten thousand or more
    (1412万 = 1400万, 384,400公里 = 38万キロ, 3.46万亿 = 3.5兆): a rounding said without 约,
    which no side states for sure. A translation does not add digits (1200 against 1201
    is a changed figure), and 6131 against 6000 or 15 against 20 stays one too."""
    exact = (precise.qualifier, rounded.qualifier) == ("exact", "exact")
    if not exact or precise.low != precise.high or rounded.low != rounded.high:
        return False
    if significant_digits(rounded.low) > 2 or significant_digits(precise.low) < 3:
        return False
    if rounded.low < 10000 or rounded.low % 10000:
        return False
    return abs(precise.low - rounded.low) * 2 <= last_digit_step(rounded.low)


def _within_read(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A span of time that holds what was done (三天内, 3日以内) is said in Japanese as often
    by the span with で (3日で), and in either language by the bare span: against the bare
    span, another "within" or "at most" it is that span (another figure is a changed one);
    against anything else it is "at most", and so against a span counted to a point (3年後
    is three years later, not within three years)."""
    if "within" not in (a.qualifier, b.qualifier):
        return a, b
    if {a.qualifier, b.qualifier} <= {"within", "exact", "le"} and not (a.point or b.point):
        return replace(a, qualifier="exact"), replace(b, qualifier="exact")
    return tuple(replace(q, qualifier="le") if q.qualifier == "within" else q for q in (a, b))


def _estimate_rounded(a: Quantity, b: Quantity) -> bool:
    """An estimate said by a word on one side, by 约/約 on the other, of one figure:
    推定資産額 23億ドル = 约 23 亿美元, 预计5000人 = 約5000人."""
    if (a.low, a.high) != (b.low, b.high) or {a.qualifier, b.qualifier} != {"exact", "approx"}:
        return False
    return (a if a.qualifier == "exact" else b).estimated


def _rounded(a: Quantity, b: Quantity) -> bool:
    """Whether the figure under a qualifier is the other figure, or that figure rounded
    the way the qualifier says: 約6000 for 6131 (to the nearest), 6000以上 for 6131 (down),
    不到7000 for 6131 (up); not 約641 for 645 or 48年以上 for 98年, where the figure
    itself changed. Ranges and two qualified figures are left to the overlap."""
    if a.low == b.low or "range" in (a.qualifier, b.qualifier):
        return True
    if "exact" not in (a.qualifier, b.qualifier) or a.qualifier == b.qualifier:
        return True
    qualified, exact = (a, b) if b.qualifier == "exact" else (b, a)
    figure, other = qualified.low, exact.low
    if significant_digits(figure) >= significant_digits(other):
        return False  # as many digits as the exact figure: another figure, not a rounding
    step = last_digit_step(figure)
    if qualified.qualifier in ("ge", "gt"):
        return figure <= other < figure + step
    if qualified.qualifier in ("le", "lt"):
        return figure - step < other <= figure
    return abs(figure - other) * 2 <= step


def specificity(value: DateValue) -> int:
    return sum(field is not None for field in value.fields()) + (value.part is not None)


# A date or time before which against one after which: the same point, the bound turned round
TURNED_BOUNDS = {"since", "until"}
# Parts of a year that lie one inside the other: 年底 (late) is in 後半 (second half).
NESTED_PARTS = {frozenset(("late", "second-half")), frozenset(("early", "first-half"))}


def _year_alone(source: DateValue, target: DateValue) -> bool:
    """Whether one of two dates is a year alone: a year guessed for the other's day (1638
    of 5月3日 after 1638年) is then all there is to compare (1683年 is not that day)."""
    return any(
        value.year is not None and value.month is None and value.day is None
        for value in (source, target)
    )


def _fields_agree(source: DateValue, target: DateValue) -> bool:
    pairs = list(zip(source.fields(), target.fields(), strict=True))
    if (source.short or target.short) and None not in pairs[0]:
        pairs[0] = (pairs[0][0] % 100, pairs[0][1] % 100)  # '98年 = 1998年
    anchored = source.anchored_alike(target)
    if (source.inferred or target.inferred) and not _year_alone(source, target):
        pairs = pairs[1:]  # a year guessed from the context cannot contradict a written one
    elif anchored:
        # 同年 against その年, 次年 against 翌年: counted from the year last mentioned on
        # each side; a changed year is that year's finding, not this one's (the same for
        # the month of 翌月, and the date of 次日)
        kept = {"same-year": 1, "same-month": 2, "same-day": 3}
        pairs = pairs[kept[source.relative] :]
    if any(a is not None and b is not None and a != b for a, b in pairs):
        return False
    for offsets, values in (
        ((source.year_offset, target.year_offset), (source.year, target.year)),
        ((source.month_offset, target.month_offset), (source.month, target.month)),
        ((source.week_offset, target.week_offset), (None, None)),
        ((source.day_offset, target.day_offset), (source.day, target.day)),
    ):
        # 去年 against 一昨年, 明天 against 明後日: no date resolves either; 次年 against
        # 同年: another year whatever the last one was (resolved, the values decide)
        if None not in offsets and offsets[0] != offsets[1] and (anchored or None in values):
            return False
    return not (
        source.part
        and target.part
        and source.part != target.part
        and frozenset((source.part, target.part)) not in NESTED_PARTS
    )


def _offsets_apart(source: DateValue, target: DateValue) -> bool:
    """Whether two unresolved relative dates count from today in different steps (大前天,
    a day, against 来月, a month; 下周 against 明年): two dates, not one changed."""

    def steps(value: DateValue) -> tuple[bool, ...]:
        offsets = (value.year_offset, value.month_offset, value.week_offset, value.day_offset)
        return tuple(offset is not None for offset in offsets)

    unresolved = all(v.relative and v.fields() == (None, None, None) for v in (source, target))
    return unresolved and any(steps(source)) and any(steps(target)) and (
        steps(source) != steps(target)
    )


def _clock_hour(value: DateValue) -> int:
    """The hour on a 24-hour clock of a time said with am or pm: twelve in the morning is
    midnight (凌晨12点 = 午前0時), twelve or nought in the afternoon noon (中午十二点 = 午後0時).
    The same as DateValue.clock_hour for hours up to twelve; past twelve it counts round
    (上午13点 is 1 here, 13:00 in a report)."""
    hour = value.hour % 12
    return hour + 12 if value.meridiem == "pm" else hour


def _time_relation(source: DateValue, target: DateValue) -> tuple[str, int]:
    if None not in (source.utc_offset, target.utc_offset) and source.form == "time":
        target = _in_zone(target, source.utc_offset)  # 北京时间晚上8点 = 日本時間の午後9時
    related = _clock_relation(source, target)
    if related[0] != "equal" and source.minutes_to_too != target.minutes_to_too:
        # 9時5分前 against 差五分九点: the minutes to the hour, its other reading
        either = _minutes_to(source) if source.minutes_to_too else _minutes_to(target)
        pair = (either, target) if source.minutes_to_too else (source, either)
        if _clock_relation(*pair)[0] == "equal":
            return "equal", EQUAL
    return related


def _in_zone(value: DateValue, offset: int) -> DateValue:
    """A time said in one zone, said in another (日本時間の午後9時 in UTC+8: 20:00)."""
    if value.utc_offset == offset:
        return value
    hour = (_clock_hour(value) if value.meridiem else value.hour) + offset - value.utc_offset
    hour %= 24
    meridiem = ("pm" if hour >= 12 else "am") if value.meridiem else None
    return replace(value, hour=hour, meridiem=meridiem, utc_offset=offset)


def _minutes_to(value: DateValue) -> DateValue:
    """9時5分前 read as the minutes to the hour: 8:55."""
    hour, minute = divmod(value.hour * 60 - value.minute, 60)
    return replace(value, hour=hour % 24, minute=minute, minutes_to_too=False)


def _clock_relation(source: DateValue, target: DateValue) -> tuple[str, int]:
    if source.form == "weekday":
        if source.weekday != target.weekday:
            return "mismatch", CONFLICT
        weeks = (source.week_offset, target.week_offset)
        # 下周五 against 今週の金曜日: another week; against 金曜日, この前の金曜日, 次の日曜日:
        # the week left to the context, as translators do (次の日曜日 may be this week's)
        if None in weeks or weeks[0] == weeks[1]:
            return "equal", EQUAL
        return "mismatch", CONFLICT
    hours = {source.hour % 12, target.hour % 12}
    if source.meridiem and target.meridiem:
        same_hour = _clock_hour(source) == _clock_hour(target)
    else:  # 3点 and 15時 agree when one side leaves am/pm unsaid
        same_hour = len(hours) == 1
    if same_hour and source.minute == target.minute:
        return "equal", EQUAL
    return "mismatch", CONFLICT


# The years a century spans, less one: 2001 to 2100.
CENTURY_SPAN = 99


def _century_as_decade(decade: DateValue, century: DateValue) -> bool:
    """Whether `decade` is the first decade of a hundred (2000年代, 1900年代, with or without
    a part), which writers also use for the century it opens, and `century` that century
    (二十一世纪 = 2001-2100, or 2000-2099)."""
    ends = (decade.end, century.end)
    if decade.relation != "between" or century.relation != "between" or None in ends:
        return False
    if decade.year is None or century.year is None or decade.year % 100:
        return False
    in_decade = decade.end.year is not None and decade.end.year - decade.year < 10
    return (
        in_decade
        and century.year in (decade.year, decade.year + 1)
        and century.end.year == century.year + CENTURY_SPAN
    )


# The months of each half of a year (上半年 = 1～6月期, 下半期 = 7～12月).
HALF_MONTHS = {"first-half": (1, 6), "second-half": (7, 12)}


def _half_as_months(value: DateValue, other: DateValue) -> DateValue:
    """A half of a year (今年上半年) as the span of its months, where the other side says
    a span of months (今年1～6月期) with no part: the form Japanese reports give a half."""
    months = HALF_MONTHS.get(value.part or "")
    if (
        months is None
        or value.month is not None
        or value.end is not None
        or value.relation != "point"
        or other.part is not None
        or other.month is None
        or other.end is None
        or other.end.month is None
    ):
        return value
    end = replace(value, month=months[1], part=None)
    return replace(value, month=months[0], part=None, relation="between", end=end)


def from_today(value: DateValue) -> bool:
    """Whether a date is a span from the day of writing to an end (即日起至3月31日, 本日から
    3月31日まで)."""
    return (
        value.relation == "between"
        and value.end is not None
        and value.day_offset == 0
        and value.relative == "relative"
        and value.year is None
        and value.month is None
        and value.day is None
        and value.hour is None
    )


def until_from_today(value: DateValue, other: DateValue) -> DateValue:
    """A span from the day of writing (即日起至3月31日, 本日から3月31日まで, 今天起到月底) against
    the same end said alone (至3月31日, 3月31日まで): an "until" runs from now, so the span is
    that end as an "until"; anything else as it is."""
    if not from_today(value) or other.relation != "until" or other.end is not None:
        return value
    # (what the span's words said of it holds for its end: 截止 ends it)
    return replace(value.end, relation="until", end=None, ends=value.ends or value.end.ends)


def date_relation(source: DateValue, target: DateValue) -> tuple[str, int] | None:
    source, target = until_from_today(source, target), until_from_today(target, source)
    if source.form != target.form:
        return None
    source, target = _half_as_months(source, target), _half_as_months(target, source)
    moving = [v for v in (source, target) if v.named and v.month is None and v.hour is None]
    if moving:  # 春节, 五四运动: a name that holds no date is one only with its like
        return ("equal", EQUAL) if len(moving) == 2 else None
    timed = source.hour is not None or target.hour is not None
    if (source.named or target.named) and not timed and None in (source.day, target.day):
        return None  # 国庆节 is a day: against 10月1日 or 10月2日, not against 2019年
    if source.named and target.named and source.fields()[1:] != target.fields()[1:]:
        return None  # 情人节 and 七夕: two holidays, not one moved
    if any(v.again and v.year is None for v in (source, target)) and not (
        source.relative and target.relative
    ):
        return None  # 结束的那一年 with no year before it: the year of what is said, no year
    if {source.relation, target.relation} == TURNED_BOUNDS:
        # 12月5日前 against 12月5日以降, 最晚六点 against 早くても6時: the bound turned round
        return "mismatch", CONFLICT
    if source.form != "calendar":
        related = _time_relation(source, target)
        if (source.named or target.named) and related[0] != "equal":
            return None  # 午夜 against 凌晨一点: the word names no hour for sure
        ends = (source.end, target.end)
        if related[0] == "equal" and all(e is not None and e.form == source.form for e in ends):
            return _time_relation(source.end, target.end)  # 7点到8点 against ７時から９時
        if related[0] == "equal" and all(e is not None and e.form == "calendar" for e in ends):
            # 晚上8点到6日 against 午後8時から7日: the day the span ends on changed
            return date_relation(*ends) or related
        if related[0] == "equal" and (ends[0] is None) != (ends[1] is None):
            return "precision", CONSISTENT  # 十点至九点 against 10時から: the end left out
        return related
    if _offsets_apart(source, target):
        return None  # 大前天 against 来月: a day and a month, each counted from today
    if _century_as_decade(source, target) or _century_as_decade(target, source):
        return "equal", EQUAL  # 二十一世纪初 = 2000年代初め: the 2000s, a decade or the century
    if not _fields_agree(source, target):
        if _two_calendars_said(source, target):
            # 农历八月十五 against 新暦9月29日: one day, converted from one calendar to the
            # other, which no field by field reading can check
            return "equal", EQUAL
        return "mismatch", CONFLICT
    if calendars_apart(source, target):
        return "mismatch", CONFLICT  # 农历七月十五 against 新暦7月15日: another day
    if (source.end is None) != (target.end is None):
        return "precision", CONSISTENT
    if source.end and target.end and not _fields_agree(source.end, target.end):
        return "mismatch", CONFLICT
    # 今年 against 今年: the same year, though one side resolved it (from a year said
    # before it) and the other did not
    same_offset = source.year_offset is not None and source.year_offset == target.year_offset
    loose = source.inferred or target.inferred
    same_shape = all(
        (a is None) == (b is None) or loose or (at == 0 and same_offset)
        for at, (a, b) in enumerate(zip(source.fields(), target.fields(), strict=True))
    )
    relations = {source.relation, target.relation}
    if relations == {"since", "point"} and (source.starts or target.starts):
        relations = {"point"}  # 九月一号开学 = 9月1日から新学期, 从2019年开始 = 2019年に始まり
    if relations == {"until", "point"} and (source.ends or target.ends):
        relations = {"point"}  # 到1945年9月2日…结束 = 1945年9月2日…で終わった
    if same_shape and source.part == target.part and len(relations) == 1:
        return "equal", EQUAL
    return "precision", CONSISTENT


def _two_calendars_said(a: DateValue, b: DateValue) -> bool:
    """Whether one date is lunar and the other said solar (农历八月十五, 新暦9月29日): their
    fields are of two calendars, a conversion not compared field by field."""
    calendars = {a.calendar, b.calendar}
    return "solar" in calendars and bool(calendars & LUNAR_CALENDARS)


def calendars_apart(a: DateValue, b: DateValue) -> bool:
    """Whether two dates of the same month and day are said in two calendars: lunar against
    solar (农历七月十五 against 新暦7月15日; 正月十五 against 新暦1月15日), or lunar said
    against nothing said (农历八月十五 against 8月15日: the calendar dropped, which
    rules/__init__.py makes a warning). A lunar month said by name against a date with no
    calendar word is the same date (正月十五 = 1月15日の元宵節): the name says the calendar."""
    if a.calendar == b.calendar or a.month is None or b.month is None:
        return False
    return _two_calendars_said(a, b) or calendar_dropped(a.calendar, b.calendar)


def version_relation(a: VersionValue, b: VersionValue) -> tuple[str, int] | None:
    """Equal, the same version under another bound (1.30以降 against 大于 1.30), or a
    different version; versions compare part by part, never as decimals (1.20 != 1.2).
    A "from" bound (ja から) is either reading: equal to the version and to "or later";
    a "before" bound (以前, 之前, まで, before) equal to "or earlier" and "earlier than".
    A version written onto a product's name (IE9, ES2023) is compared only with a version
    of the same name, and then with the strength of a unit: the name says it is one fact
    (IE9+ against IE11 is the version changed; IE9 against ES2023, two facts)."""
    if a.product_key != b.product_key:
        return None
    if a.number != b.number and not _same_release(a, b):
        return "mismatch", UNIT if a.product else CONFLICT
    if a.bound != b.bound and {a.bound, b.bound} not in _FROM_READINGS:
        return "bound", CONSISTENT
    return "equal", EQUAL


SHORT_RELEASE_PARTS = 2  # parts of a release named short (2.1 for 2.1.0)


def _same_release(a: VersionValue, b: VersionValue) -> bool:
    """Whether two versions differ only by parts of zero at their end, one of them a major
    and minor version at most (2.1 and v2.1.0, 3 and 3.0): one release named short and in
    full. 1.2 and 1.20 stay two (no decimals), and so do 11.0.16 and 11.0.16.0 (a build's
    fourth part, said or not, is the writer's choice of a number)."""
    if a.build or b.build or min(len(a.parts), len(b.parts)) > SHORT_RELEASE_PARTS:
        return False

    def trimmed(parts: tuple[int, ...]) -> tuple[int, ...]:
        while len(parts) > 1 and parts[-1] == 0:
            parts = parts[:-1]
        return parts

    return trimmed(a.parts) == trimmed(b.parts)


# the bounds a "from" bound is read as equal to, and a "before" bound: a word of time
# (以前, 之前, まで, before, prior to) says "earlier" and leaves the version itself open,
# so 之前 = 以前 = 以下 = 未満 (words of comparison, 早于 and より前, keep their strictness)
_FROM_READINGS = ({"from", "exact"}, {"from", "ge"}, {"before", "le"}, {"before", "lt"})


def open_facts(facts: Sequence[Fact], kind: str, matched: set[int]) -> list[Fact]:
    """The facts of a kind that have no counterpart yet."""
    return [f for f in facts if f.kind == kind and id(f) not in matched]

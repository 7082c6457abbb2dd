"""Number grammar, language-neutral: each language's rules/LANG/numbers.toml fills it in.

A number is found as
    [prefix qualifier] numeral [range separator numeral] [suffix qualifier] [unit|counter]
    [suffix qualifier]
and becomes a Quantity (bounds + qualifier + unit), so that comparison is arithmetic.
Kanji numerals need a counter, a unit or a multi-character form (三千, 十二) to count:
this keeps 一些, 之一 and 一线 out. "One" with a counter or a duration (一家公司, 一天,
１回) is mostly an indefinite article: it is marked weak, matched when the other side has
it, never reported alone.

The figure's pattern is built in number_pattern.py, its qualifier words read in bounds.py
and figures read together (ranges, scores, restated figures) in number_ranges.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from ..model import Quantity
from ..regexes import Prechecked, compiled
from .bounds import (
    HAS_NUMERAL,
    PASSABLE_SCALES,
    TIME_UNITS,
    Bounds,
    before_in_sentence,
    sentence_around,
)
from .number_pattern import (
    ENUMERATION,
    GROUP_SPACES,
    IDEOGRAPHIC_THOUSANDS,
    FigureWords,
    figure_pattern,
    list_space,
    more_inside,
    spaced_list_pattern,
    thousands_commas,
    vague_words,
)
from .number_ranges import Ranges, in_score_list, is_minus, restated, score
from .number_tables import NumberMatch, NumberTables
from .numerals import (
    BIG_UNITS,
    DIGITS,
    KANJI_NUMERAL_CHARS,
    SMALL_UNITS,
    NumeralError,
    parse_numeral,
)
from .spans import CLAUSE_END_CHARS, alternation, blank, clause_span, overlaps, said_up_to
from .technical import acronym_counted

# How far before a figure a word makes its scale letter a size (下载, 356K; what may stand
# between them is latin_scales_gap: 下载量超过 1.2M 次 counts downloads, 量超过 stands between).
SIZE_REACH = 12
# How far around a counter of context_counters its context is looked for (以下 before the
# figure, a counted noun of a few characters after it)
CONTEXT_REACH = 12
# Any run of spaces (where the next word starts, found without copying the text after it)
SPACES = re.compile(r"\s*")
# Units with which "one" is as often an article as a count (一天, 一倍).
WEAK_UNITS = TIME_UNITS | {"times"}
# How far after 比 a comparative before N倍 may stand (比去年同期的销售额多三倍).
GROWN_REACH = 16
# How far before 一倍 its sentence is read for a verb of growth (人口渐渐地增长，也许四十年以内
# 会达到现在的一倍), and how many characters may stand between a word of reaching and 一倍
# (达到现在的一倍: the thing reached and its 的).
GROWTH_CLAUSE_REACH = 40
REACHED_GAP = 8
# The longest word that may open those windows (a comparative, a word of reaching: 相当于).
REACHING_WORD_MOST = 4
# How far around a figure in tenths of a degree a word of [tenth_context] is looked for
# (体温は38度5分, 38度5分の熱が出た).
TENTH_REACH = 12
# How far before a figure a word of [per_side_words] is looked for (片側 3 車線).
PER_SIDE_REACH = 4
# How far around a figure a word of [weak_figures] that holds it is looked for.
WEAK_WORD_REACH = 8
# the most things a list names before the count that sums it up (北京、上海两地, 三种颜色)
LIST_COUNT_MOST = 12
# characters looked back from a rank for a word that makes it a count (连续 + 第三年)
RUNNING_REACH = 4
# How far before a rate a word of decrease is looked for (同比下降了约3.4%), and the units of
# a rate whose sign such a word may say (a percentage, percentage or basis points)
FALLING_REACH = 8
RATE_UNITS = frozenset({"%", "pt", "bp"})
# An acronym right before a number, with a space or a hyphen: RFC 1945, COVID-19.
ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,})[ -]$")
# The numerals that count a word no table knows: the common digits from two to nine (not
# 一, which is as often an article, nor the financial 参 of 参照).
COUNTING_DIGITS = frozenset("二两兩三四五六七八九")
# Denominators of a fraction said as a share of a hundred: 千分之三 (per mille) is 0.3 %,
# 万分之五 (per myriad) 0.05 % (百分之 is said by the percent prefix)
PARTS_OF_100 = frozenset({1000, 10000})
# A small numeral in the paired figures of rules/LANG/numbers.toml ({n}): a score, a ratio;
# a whole numeral, never a piece of a larger one (一百零五比九十八 holds no 零五 or 九十 alone,
# 一比一点零五 no 一 before its decimals: a ratio of 1 to 1.05, read as two figures).
_NUMERAL_AROUND = r"\d〇零一二两兩三四五六七八九十百千万萬亿億"
# The noun after "both" (両国, 両チーム), its counter: the thing it counts
_NOUN_AFTER = compiled(r"[ァ-ヶー]+|[\u4e00-\u9fff]")
PAIRED_NUMERAL = (
    rf"(?:(?<![.{_NUMERAL_AROUND}])\d{{1,3}}(?![.{_NUMERAL_AROUND}])"
    rf"|(?<![{_NUMERAL_AROUND}])[〇零一二两兩三四五六七八九十]{{1,3}}"
    rf"(?![{_NUMERAL_AROUND}]|[点點][〇零一二三四五六七八九]))"
)
# How far before a word of a few or many the words that make it another word's are looked
# for (few_not_after, many_not_after).
_WORD_REACH = 4

# the qualifiers of a suffix right after a word number of a unit that are its own: above,
# below, about (翻了一番多, 半小时左右, 半年足らず = 不到半年, 半年以内)
_WORD_NUMBER_BOUNDS = ("gt", "ge", "lt", "le", "approx", "within")

# the top of the ranges of the words of many in rules/ ([many]: 多くの = [2, 10^12]): no bound
MANY_HIGH = 10**12


def _ending(regexes) -> str:
    """A pattern of any of the regexes ending where the search ends; one that never matches
    when there are none."""
    return "(?:" + "|".join(f"(?:{r})" for r in regexes) + ")$" if regexes else "(?!)"


# The scales a range writes once, after its high bound (三到五万, 2～3億, 两到三千).
SHARED_SCALES = {
    char: value for char, value in {**SMALL_UNITS, **BIG_UNITS}.items() if value >= 100
}


def _shared_scale(first: str, second: str, low: Fraction, high: Fraction) -> Fraction:
    """三到五万 is 30,000 to 50,000: a scale written once, after the high bound, is the low
    bound's too where the low bound has none and stands below the high bound's figure
    (not 1000到1.5万, nor 三到一百)."""
    scale = SHARED_SCALES.get(second.rstrip()[-1:])
    if scale is None or any(char in SHARED_SCALES for char in first) or low * scale >= high:
        return low
    return low * scale


# the scale letter that labels a figure as often as it scales it (4K key modes, 8K screens)
K_LABEL = "K"


class NumberGrammar:
    """A compiled number grammar for one language."""

    def __init__(self, tables: NumberTables) -> None:
        self.tables = tables
        self.more_inside = more_inside(tables)
        joiners = "".join(tables.additive_joiners)  # 二十有一: read as 二十一
        # what a numeral is read without: separators, 多 before its big unit, the joiners
        self.dropped = re.compile(f"[,{GROUP_SPACES}{self.more_inside}{joiners}]")
        self.vague = vague_words(tables)
        # a few (数名, 几天): where it opens a text the main grammar runs without a numeral
        self.few_opening = compiled(f"[{''.join(sorted(tables.few))}]" if tables.few else "(?!)")
        self.few_not_after = compiled(_ending(tables.few_not_after))
        words = FigureWords.of(tables, self.more_inside)
        self.spaced_list = spaced_list_pattern(words)
        self.pattern = compiled(figure_pattern(tables, words, self.vague))
        self.scales = "scale" in self.pattern.groupindex  # (only with latin_scales)
        self.bounds = Bounds(tables)
        self.ranges = Ranges(tables)
        # a verb of growth right before 一倍: 增长了一倍 (doubled); before 一倍 any comparative
        # (放大一倍: doubled)
        growth = alternation(tables.growth_verbs)
        comparative = alternation(tables.comparative_words)
        # the verb governing N倍 in its clause: only 了 and adverbs between (提高了整整三倍,
        # 增长了近三倍, 提高了足有三倍); so for a comparative (比前年多了近一倍)
        gap = alternation(tables.growth_gap_words)
        # a comparative in a comparison with 比 before N倍 (比去年多三倍): N or N+1 times
        self.compared = compiled(
            rf"(?:{alternation(tables.comparison_words)})[^{CLAUSE_END_CHARS}]{{0,{GROWN_REACH}}}?"
            # (with a verb of one character and 了 between: 比前年多退了近一倍, 多花了一倍)
            rf"(?:{comparative})(?:[\u4e00-\u9fff]?了)?(?:{gap})*\s?$"
        )
        self.growth_verb = compiled(growth)
        self.grown = compiled(rf"(?:{growth})了?(?:{gap})*\s?$")
        reaching = alternation(tables.reaching_words)
        self.reached = compiled(rf"(?:{reaching})[^{CLAUSE_END_CHARS}]{{0,{REACHED_GAP}}}\s?$")
        self.not_grown = compiled("|".join(tables.grown_not_before) or "(?!)")
        # a word of decrease next to a rate: 同比下降3.4%, 3.4％減 (falling_before, _after)
        self.falling_before = compiled(rf"(?:{'|'.join(tables.falling_before) or '(?!)'})\s?$")
        self.falling_after = compiled(rf"\s?(?:{'|'.join(tables.falling_after) or '(?!)'})")
        # ... and of increase: 同比增长3.4%, 3.4％増 (rising_before, _after)
        self.rising_before = compiled(rf"(?:{'|'.join(tables.rising_before) or '(?!)'})\s?$")
        self.rising_after = compiled(rf"\s?(?:{'|'.join(tables.rising_after) or '(?!)'})")
        self.doubled = compiled(rf"(?:{growth}|{comparative})了?(?:{gap})*\s?$")
        self.per_side = compiled(rf"(?:{alternation(tables.per_side_words)})\s?$")
        self.lone_numeral = compiled("|".join(tables.lone_numerals) or "(?!)")
        self.digit_run = compiled("|".join(tables.digit_runs) or "(?!)")
        # where a counter of context_counters counts (以下三点, 三点建议)
        self.counter_context = compiled("|".join(tables.counter_contexts) or "(?!)")
        self.about_shared = compiled("|".join(tables.about_shared_across) or "(?!)")
        self.tenth_context = compiled(alternation(tables.tenth_context))
        # each alone: a word may name its rank with a numeral, as group n (二次大战)
        self.ordinal_patterns = tuple(Prechecked(compiled(word)) for word in tables.ordinal_words)
        # scanned in every text: skipped where no character that opens a match is found
        self.not_numbers = Prechecked(compiled("|".join(tables.not_numbers) or "(?!)"))
        self.word_numbers = Prechecked(compiled(alternation(tables.word_numbers)))
        # a 半 after a counter that is no half of the figure ([not_half_before]: 第二杯半价,
        # 2本半額): a word of its own there, not inside the number
        apart = "|".join(tables.not_half_before)
        self.half_apart = compiled(f"半(?:{apart})" if apart else "(?!)")
        # a bound or an "about" right after a word number of a unit is its own (翻了一番多:
        # more than doubled, 半小时左右); not one that is a bound only after some words (以后)
        self.word_number_suffix = compiled(
            alternation(
                word
                for word, qualifier in tables.suffixes.items()
                if qualifier in _WORD_NUMBER_BOUNDS
                and word not in tables.suffix_only_after
                # (半値まで: where it went down to, no bound of the word)
                and word not in tables.extreme_suffixes
            )
        )
        self.word_time_suffix = compiled(alternation(tables.time_suffixes) or "(?!)")
        self.many = Prechecked(compiled(alternation(tables.many)))
        self.many_not_after = compiled(_ending(tables.many_not_after))
        self.many_not_around = {w: compiled(r) for w, r in tables.many_not_around.items()}
        # a qualifier that opens with a word of [many] is the qualifier: 不少于 (no fewer than)
        self.qualifier_word = compiled(alternation(tables.prefixes) or "(?!)")
        self.both = Prechecked(compiled("|".join(tables.both_words) or "(?!)"))
        self.grade_marks = Prechecked(compiled("|".join(tables.grade_marks) or "(?!)"))
        self.paired = tuple(
            Prechecked(compiled(pattern.replace("{n}", PAIRED_NUMERAL)))
            for pattern in tables.paired_figures
        )
        # a count right after a list it sums up: normal 和 bold 两种值 (the two named)
        self.after_list = compiled("|".join(f"(?:{r})" for r in tables.list_before) or "(?!)")
        self.weak_figures = compiled("|".join(f"(?:{r})" for r in tables.weak_figures) or "(?!)")
        # 每天, 每股, 每次: a rate's denominator said without a numeral is one of it
        # (in Japanese only a unit of time: 毎週, 毎月; 毎回 is "every time", no rate)
        periods = [w for w, (unit, _) in tables.units.items() if unit in _PERIODS]
        words = alternation(
            periods if tables.rate_words_after else (*tables.units, *tables.counters)
        )
        rate = alternation(tables.rate_words)
        per = [rf"(?:{rate})(?P<word>{words})"] if tables.rate_words else []
        if tables.rate_words_after:  # 月に1回: a unit of time, a word of "per", a count
            per.append(  # (not the 月 of 3か月に1回, 三ヶ月に一度: a count of months)
                rf"(?<![\d{KANJI_NUMERAL_CHARS}数何])(?<![\d{KANJI_NUMERAL_CHARS}数何]\s)"
                rf"(?<![\d{KANJI_NUMERAL_CHARS}数何][かカヵヶケ箇])"
                rf"(?<![\d{KANJI_NUMERAL_CHARS}数何]\s[かカヵヶケ箇])"
                rf"(?P<word2>{alternation(periods)})"
                rf"(?:{alternation(tables.rate_words_after)})"
                rf"(?=\s?(?:\d+|[一二三四五六七八九十]{{1,3}})\s?(?:{alternation(_TIMES)}))"
            )
        self.per_one = compiled("|".join(per) or "(?!)")

    def parse(self, text: str) -> Fraction:
        text = self.dropped.sub("", text)
        marker = self.tables.decimal_marker
        if marker and marker in text:
            whole, _, digits = text.partition(marker)
            # a big unit after the decimals scales the whole figure (二点三万亿 = 2.3 x 10^12)
            scales = digits.lstrip("〇零一二三四五六七八九")
            digits = digits[: len(digits) - len(scales)]
            fraction = parse_numeral(digits.replace("零", "〇"))  # read digit by digit
            value = parse_numeral(whole) + fraction / 10 ** len(digits)
            return value * parse_numeral("一" + scales) if scales else value
        return parse_numeral(text, colloquial=self.tables.colloquial)

    def find(self, text: str) -> Iterator[NumberMatch]:
        """Numbers in `text` (already width-folded and with markup and dates blanked)."""
        text = IDEOGRAPHIC_THOUSANDS.sub(thousands_commas, text)  # same length: offsets hold
        text = self.spaced_list.sub(list_space, text)  # (same length too)
        # 震度6強: the 強 of a grade is no bound (blanked: the same length again)
        text = blank(text, [m.span() for m in self.grade_marks.finditer(text)])
        blocked = [m.span() for m in self.not_numbers.finditer(text)]
        blocked += [m.span() for m in ENUMERATION.finditer(text)]
        yield from self._words(text, blocked)
        if not HAS_NUMERAL.search(text) and not self.few_opening.search(text):
            return  # the main grammar needs a numeral; most sentences have none
        found: list[NumberMatch] = []
        for whole in self.pattern.finditer(text):
            if whole.start() != whole.end() and overlaps(whole.span(), blocked):
                whole = self._past_a_word(whole, blocked, text)
            if whole is None or whole.start() == whole.end():
                continue
            whole = self._counter_apart(self._unit_apart(whole, text), text)
            for match in self._tenth_apart(whole, text):
                found.extend(self._read(match, text))
        found = self._bound_past_the_base(self._about_shared(found, text), text)
        yield from restated(self.ranges.joined(found, text), text)

    def _past_a_word(
        self, whole: re.Match[str], blocked: list[tuple[int, int]], text: str
    ) -> re.Match[str] | None:
        """The figure said right after a word of no figure that the match opened inside (统一
        + 六国 read as 一六 + 国: 六国, six states), or None: the match read again from the
        word's end with the text up to it blanked (the match returned is of that blanked
        copy; its offsets are the text's), when it ends where the first did."""
        ends = [b for a, b in blocked if a <= whole.start() < b < whole.end()]
        if len(ends) != 1 or any(
            whole.start() < a < whole.end() for a, _ in blocked
        ):
            return None
        again = self.pattern.match(blank(text, [(whole.start(), ends[0])]), ends[0])
        if again is None or again.end() != whole.end():
            return None
        return again

    def _read(self, match: re.Match[str], text: str) -> list[NumberMatch]:
        """The figures one match of the pattern says: a change said as two, a figure, or
        the figures of a score."""
        changed = self._change(match, text)
        if changed:
            return changed
        if in_score_list(match, text):
            return list(score(match, closed=False))  # 6-4、3-6、7-5: each set a score
        value = self._value(match, text)
        if value is not None:
            return [NumberMatch(match.start(), match.end(), value)]
        closed = bool(
            match.group("counter")
            or match.group("unit")
            or self.ranges.between_end.match(text, match.end())
        )
        return list(score(match, closed))

    def _counter_apart(self, match: re.Match[str], text: str) -> re.Match[str]:
        """The match, or where its counter is one of context_counters said where it does
        not count (三点见, 高开二百一十点), the figure read again without it."""
        if self._counts_here(match, text):
            return match
        return self._read_before(match, text, "counter")

    def _unit_apart(self, match: re.Match[str], text: str) -> re.Match[str]:
        """The match, or where its figure is larger than its unit takes (2024 成为: 成 takes
        ten tenths at most), the figure read again without the unit."""
        unit = match.group("unit")
        most = self.tables.unit_most.get(unit) if unit else None
        figure = self._safe(match.group("num")) if most is not None and match.group("num") else None
        if figure is None or figure <= most:
            return match
        return self._read_before(match, text, "unit")

    def _read_before(self, match: re.Match[str], text: str, group: str) -> re.Match[str]:
        """The figure of a match read again up to where its `group` starts (its counter or
        unit read as none), or the match where nothing reads there."""
        again = self.pattern.match(text, match.start(), match.start(group))
        return again if again is not None and again.end() > again.start() else match

    def _tenth_apart(self, match: re.Match[str], text: str) -> list[re.Match[str]]:
        """The match, or where it read a tenth after a counter (38度5分) with no word of a
        temperature of the body in its clause ([tenth_context]: 熱, 体温), its figure and
        the minutes after it read apart (緯度35度5分, 角度は30度5分: an angle)."""
        if "ctenth" not in self.pattern.groupindex or not match.group("ctenth"):
            return [match]
        start, end = match.start(), match.end()
        before, after = sentence_around(text, start, end, TENTH_REACH)
        if self.tenth_context.search(before) or self.tenth_context.search(after):
            return [match]
        cut = match.start("ctenth")
        parts = (self.pattern.match(text, start, cut), self.pattern.match(text, cut, end))
        return [part for part in parts if part is not None and part.end() > part.start()]

    def _about_shared(self, found: list[NumberMatch], text: str) -> list[NumberMatch]:
        """The figures after an "about" figure joined to it (约三千家餐厅和五百家酒店,
        分别约为3%和5%), which the "about" may reach: estimated, so that 約 on the other side
        says the same, and its absence too."""
        for at in range(1, len(found)):
            first, then = found[at - 1], found[at]
            if (
                first.value.qualifier == "approx"
                and then.value.qualifier == "exact"
                and first.end <= then.start
                and self.about_shared.fullmatch(text, first.end, then.start)
            ):
                found[at] = replace(then, value=replace(then.value, estimated=True))
        return found

    def _bound_past_the_base(self, found: list[NumberMatch], text: str) -> list[NumberMatch]:
        """A bound before the base of a frequency, one unit of time, is the count's: in
        少なくとも1日2回 (至少一天两次) the floor is on the two times, the day is one day."""
        for at in range(1, len(found)):
            base, count = found[at - 1], found[at]
            if (
                base.value.qualifier in BASE_BOUNDS
                and base.value.low == base.value.high == 1
                and base.value.unit in _PERIODS
                # (a count of times or things: 1時間35分 is one duration, 最短 its floor)
                and count.value.unit not in TIME_UNITS
                and count.value.qualifier in ("exact", base.value.qualifier)
                and RATE_JOINT.fullmatch(text, base.end, count.start)
            ):
                found[at - 1] = replace(base, value=replace(base.value, qualifier="exact"))
                if count.value.qualifier == "exact":
                    bound = base.value.qualifier
                    moved = replace(count.value, qualifier=bound, qualified_apart=True)
                    found[at] = replace(count, value=moved)
        return found

    def _inside_a_word_of_many(self, text: str, start: int, end: int) -> bool:
        """Whether a word of [many] that starts up to two characters before `start` holds
        the span and more (過半数 holds 半数)."""
        found = self.many.regex.search(text, max(0, start - 2), end)
        return (
            found is not None
            and found.start() <= start
            and found.end() >= end
            and found.end() - found.start() > end - start
        )

    def _words(self, text: str, blocked: list[tuple[int, int]]) -> Iterator[NumberMatch]:
        """Numbers said by a word (ふたり, 翻一番), ranks said by a word (首位, 二次大战)
        and the one of a rate (每天); each blocks its span for the figures."""
        for pattern in self.paired:  # 二比一, 战成1平: both figures, even in kanji
            for match in pattern.finditer(text):
                if not overlaps(match.span(), blocked):
                    yield from self._paired(match)
                    blocked.append(match.span())
        for match in self.word_numbers.finditer(text):
            inside = self._inside_a_number(text, match.start())
            if inside and self.half_apart.match(text, match.start()):
                inside = False  # 第二杯半价: the second cup at half price
            if inside or overlaps(match.span(), blocked):
                continue  # 两个半小时: the 半小时 of a larger number; ゼロから始める
            if self._inside_a_word_of_many(text, *match.span()):
                continue  # 半数 of 過半数 (more than half): the longer word's
            number, unit = self.tables.word_numbers[match.group(0)]
            value = Fraction(number)
            # a qualifier right before it is its own (差不多半个小时: about half an hour), or
            # one a few words before (大概要一刻钟, 至少要半个小时)
            start = match.start()
            before = self.bounds.prefix_before.search(text, max(0, start - 6), start)
            word = before.group("word") if before else self.bounds.distant_word(text, start)
            qualifier = self.tables.prefixes[word] if word else "exact"
            end = match.end()
            # (半年内, 半小时以内: within the span, after a word of time)
            timed = unit in TIME_UNITS and self.word_time_suffix.match(text, end)
            after = unit and self.word_number_suffix.match(text, end)  # (俩多大: how old)
            if timed and qualifier == "exact":
                qualifier, end = self.tables.time_suffixes[timed.group(0)], timed.end()
            elif after and qualifier == "exact":
                qualifier, end = self.tables.suffixes[after.group(0)], after.end()
            # ひとつ and ゼロ (ゼロ金利, the digit) are matched, never reported alone
            weak = value in (0, 1) or self._in_weak_word(text, start, match.end())  # 我们俩
            apart = word is not None and before is None  # (a bound read at a distance)
            quantity = Quantity(
                value, value, qualifier, unit=unit, weak=weak, qualified_apart=apart
            )
            yield NumberMatch(start, end, quantity)
            blocked.append((start, end))
        for match in self.many.finditer(text):
            start = match.start()
            if (
                self._inside_a_number(text, start)
                or overlaps(match.span(), self._not_inside(blocked, match, text))
                or self.many_not_after.search(text, max(0, start - _WORD_REACH), start)
                or self._opens_qualifier(text, match)
            ):
                continue  # 十多名 is ten-odd, 两个或多个 two or more: no 多名, 多个 (many)
            word = match.group(0)
            if self._many_inside_word(text, match):
                continue  # 私たち is "we", たちまち "at once": no people made vague
            low, high = (Fraction(v) for v in self.tables.many[word])
            # many, some (多くの, 一些, 子供たち, しばらく): no figure, so never reported alone
            quantity = Quantity(
                low,
                high,
                "range",
                unit=self.tables.many_units.get(word),
                vague=True,
                weak=True,
                counter=self.tables.many_counters.get(word),
                no_figure=True,
            )
            yield NumberMatch(match.start(), match.end(), quantity)
            blocked.append(match.span())
        for match in self.both.finditer(text):
            if not overlaps(match.span(), blocked):
                # 両選手: both of two, a count a translation may say or not (双手 = 両手);
                # counted by the noun after it (両国: 国, so 三国 against it is a count
                # changed), or by the word's own last character (双方: 方)
                word = match.group(0)
                noun = _NOUN_AFTER.match(text, match.end()) if len(word) == 1 else None
                counter = noun.group(0) if noun else word[-1]
                two = Quantity(Fraction(2), Fraction(2), weak=True, counter=counter)
                yield NumberMatch(match.start(), match.end(), two)
                blocked.append(match.span())
        for pattern in self.ordinal_patterns:
            for match in pattern.finditer(text):
                if overlaps(match.span(), blocked):
                    continue
                numeral = match.groupdict().get("n")
                rank = self._safe(numeral) if numeral else Fraction(1)
                if rank is None:
                    continue
                # (a first of a word a translation may leave out is weak: 初版, 首映)
                weak = self._in_weak_word(text, match.start(), match.end())
                quantity = Quantity(rank, rank, ordinal=True, weak=weak)
                yield NumberMatch(match.start(), match.end(), quantity)
                blocked.append(match.span())
        for match in self.per_one.finditer(text):
            if not overlaps(match.span(), blocked):
                word = match.group("word") or match.group("word2")
                end = match.end() if match.group("word") else match.end("word2")
                yield NumberMatch(match.start(), end, self._one_of(word))
                blocked.append(match.span())

    def _paired(self, match: re.Match[str]) -> Iterator[NumberMatch]:
        """The two figures of a score, a ratio or an offer; a draw (战成1平) says its one
        figure for both sides."""
        for group in ("a", "b") if match.groupdict().get("b") else ("a", "a"):
            value = self._safe(match.group(group))
            if value is not None:
                span = match.span(group)
                yield NumberMatch(*span, Quantity(value, value))

    def _value(self, match: re.Match[str], text: str) -> Quantity | None:
        """The quantity a match of the figure pattern says, or None when it is no figure."""
        tables = self.tables
        of_the_order = False
        unit_name, factor = tables.units.get(
            match.group("unit") or match.group("unit2") or "", (None, Fraction(1))
        )
        if match.group("upre") and (unit_name is None or unit_name in tables.refined_units):
            unit_name = tables.unit_prefixes[match.group("upre")]  # 韩币一万元: 10,000 KRW
        if match.group("vague"):
            return self._vague_value(match, text, unit_name, factor)
        if match.group("percent"):
            low = self._safe(match.group("pnum"))
            unit_name, factor = "%", Fraction(1)
            high = self._safe(match.group("pnum2")) if match.group("pnum2") else None
            if low is not None and high is not None and high > low:  # 百分之六十至七十
                return self.bounds.qualified(match, low, high, "range", unit_name, factor, text)
        else:
            raw = match.group("num")
            if raw[0] in PASSABLE_SCALES and (
                self.bounds.passed_scale(match, text)
                or self.bounds.rated_scale(match, text)
                or match.group("pre") in self.tables.scale_alone_prefixes
            ):
                # 破万, 过亿: a big unit alone after a word of passing; 每万人: after a rate's
                # word, one of it (per 10,000 people = 1万人当たり)
                raw = "一" + raw
            if match.group("frac") and raw in BIG_UNITS:
                raw = "一" + raw  # 万分之五: five ten-thousandths
            # 万米高空, 万吨巨轮: a big unit alone before a unit of measure is one of it, said
            # as often for "of that order" (weak: paired, never reported alone)
            of_the_order = (
                raw in BIG_UNITS and bool(match.group("unit")) and not match.group("pre")
            )
            if of_the_order:
                raw = "一" + raw
            has_counter = bool(match.group("counter") or match.group("unit"))
            if not self._is_quantity(raw, match, text, has_counter, unit_name):
                return self._unknown_count(raw, match, text)
            if match.group("num2"):
                ranged = self._range_value(match, text, unit_name, factor)
                if ranged is not None and self._in_weak_word(text, match.start(), match.end()):
                    ranged = replace(ranged, weak=True)  # 0～100キロ加速, a weak word's range
                return ranged
            low = self._figure(match, raw)
            if low is not None and match.group("ibig"):  # 二十来万: 20 x 10,000, about
                low *= parse_numeral("一" + match.group("ibig"))
            if unit_name is None and match.group("frac") and self._safe(raw) in PARTS_OF_100:
                unit_name, factor = "%", Fraction(100)  # 千分之三 = 0.3 %, 万分の5 = 0.05 %
            if low is not None:
                low *= self._scale_of(match)
        if low is None:
            return None
        low, high = self._places(match, text, low)
        quantity = self._rounded(match, self._written(match, text, low, high, unit_name, factor))
        if quantity is not None and of_the_order:
            return replace(quantity, weak=True)
        return quantity

    def _rounded(self, match: re.Match[str], quantity: Quantity | None) -> Quantity | None:
        """A figure scaled by a Latin letter (45k, 1.6M), weak: a README's rounded count
        (stars, downloads) or a download's size (大的单一下载, 356K: K for KB, and each
        language's file has its own), which pairs with its equal in the other script
        (4万5千) but is never reported alone, nor as an error when it differs."""
        if quantity is None or not self._scaled(match):
            return quantity
        letter = match.group("scale2") or match.group("scale")
        return replace(quantity, weak=True, k_label=letter == K_LABEL and not match.group("num2"))

    def _vague_value(self, match, text, unit_name, factor) -> Quantity:
        """十几, 数十亿, 几百万, 二三十: a vague count, of a big unit or not."""
        few = match.group("vague") in self.tables.few and match.group("vague") not in (
            self.tables.vague
        )
        if few and not self._few(match, text):
            return None
        low, high = (Fraction(v) for v in self.vague[match.group("vague")])
        if few and self._closed_as_many(match, text):
            high = Fraction(MANY_HIGH)  # 何日も: for days on end, no bound above
        if match.group("vbig"):  # 数十亿, 几百万, 十几万: a vague count of a big unit
            scale = parse_numeral("一" + match.group("vbig"))
            low, high = low * scale, high * scale
        quantity = self.bounds.qualified(match, low, high, "range", unit_name, factor, text)
        # 成千上万 (countless) is as often rendered 大勢: matched, never reported alone
        idiom = match.group("vague") in self.tables.idiom_counts
        return replace(quantity, vague=True, weak=idiom or few, no_figure=few and not idiom)

    def _not_inside(self, blocked, match: re.Match[str], text: str) -> list:
        """The spans of `blocked` but the words of no figure ([not_numbers]) inside a word
        of [many]: 一部 is no 1 部 (one copy), and 一部の is some (of them)."""
        start, end = match.span()
        return [
            (a, b)
            for a, b in blocked
            if not (start <= a and b <= end and self.not_numbers.regex.fullmatch(text, a, b))
        ]

    def _many_inside_word(self, text: str, match: re.Match[str], group: int | str = 0) -> bool:
        """Whether a word of [many] or [few] (the match's `group`) is part of another word
        here: its [many_not_around] regex matches a stretch of text that holds it (私たち,
        たちまち, 我们; 多元, 多米诺: no 多 + counter)."""
        guard = self.many_not_around.get(match.group(group))
        if guard is None:
            return False
        start, end = match.span(group)
        reach = max(0, start - _WORD_REACH), min(len(text), end + _WORD_REACH)
        return any(m.start() <= start and m.end() >= end for m in guard.finditer(text, *reach))

    def _few(self, match: re.Match[str], text: str) -> bool:
        """Whether a word of "a few" is one here: before a counter, a unit or a big unit
        (数名, 几天, 几亿; not the 数 of 数学), not inside another word (変数名, 人数), and
        followed by its closer where it needs one (何人か, 何度も; 何人 alone asks)."""
        closed = match.group("counter") or match.group("unit") or match.group("vbig")
        if not closed:
            return False
        # what makes a one-character word part of another (人数, 変数名, 茶几) cannot end in a
        # word of its own: 複数 after a noun is many (学生複数人)
        if len(match.group("vague")) == 1 and self.few_not_after.search(
            text, max(0, match.start() - _WORD_REACH), match.start()
        ):
            return False
        if self._many_inside_word(text, match, "vague"):
            return False  # 多元化, 多米诺, 多项式: a word, no 多 (many) before a counter
        closers = self.tables.few_closers.get(match.group("vague"))
        if not closers:
            return True
        end = max(match.end(g) for g in ("counter", "unit", "vbig") if match.group(g))
        return text.startswith(closers, end)

    def _closed_as_many(self, match, text) -> bool:
        """Whether a word of "a few" is closed by a closer that makes it many (何日も)."""
        closers = self.tables.many_closers.get(match.group("vague"))
        groups = ("counter", "unit", "vbig")
        if not closers or not any(match.group(g) for g in groups):
            return False
        return text.startswith(closers, max(match.end(g) for g in groups if match.group(g)))

    def _range_value(self, match, text, unit_name, factor) -> Quantity | None:
        """十到二十人, 10～20人: a range written with a separator."""
        low = self._safe(match.group("num"))
        if low is None:
            return None
        high = self._safe(match.group("num2"))
        if is_minus(match, text):
            low = -low  # -90 到 90: the sign is the first bound's
        if high is None or high <= low:
            return None  # 2016-02 is not a range; dates are found before numbers
        low = _shared_scale(match.group("num"), match.group("num2"), low, high)
        scale = self._scale_of(match)  # 10k-20k, 10-20k
        low, high = low * scale, high * scale
        return self._rounded(
            match, self.bounds.qualified(match, low, high, "range", unit_name, factor, text)
        )

    def _figure(self, match: re.Match[str], raw: str) -> Fraction | None:
        """The numeral's value, or the fraction's (三分之一, 3/4)."""
        low = self._safe(raw)
        if low is None:
            return None
        if match.group("frac"):
            denominator, numerator = low, self._safe(match.group("fnum"))
            if numerator is None or denominator == 0:
                return None
            return numerator / denominator
        if match.group("snum"):
            denominator = Fraction(match.group("snum"))
            if denominator == 0 or low >= denominator or not raw.isdigit():
                return None  # 3/4 is a fraction; 12/3 and 2016/2 are something else
            return low / denominator
        return low

    def _places(self, match, text, low: Fraction) -> tuple[Fraction, Fraction]:
        """The figure with the places said after its unit or counter (一米八, 三成五) and a
        half after it (两个半小时), not one inside it (四半期)."""
        if self.tables.decimal_units and (match.group("dtail") or match.group("ctail")):
            # 一米八 after a unit, 三十九度五 after a counter
            digits = match.group("dtail") or match.group("ctail")  # 一米八, 1米8, 1メートル95
            low += parse_numeral(digits) / 10 ** len(digits)
        if "tenth" in self.pattern.groupindex and match.group("tenth"):
            low += self._safe(match.group("tenth").rstrip("分")) / 10
        if "ctenth" in self.pattern.groupindex and match.group("ctenth"):
            low += self._safe(match.group("ctenth")) / 10  # 38度5分: 38.5 degrees
        words_end = max(match.end(g) if match.group(g) else -1 for g in ("unit", "counter"))
        if "半" in text[max(words_end, match.start()) : match.end()]:
            low += Fraction(1, 2)
        return low, low

    def _written(self, match, text, low, high, unit_name, factor) -> Quantity | None:
        """The figure with its sign, its counter's special reading (九折, ２０代), its rank
        or its qualifier words."""
        if match.group("pm"):  # ±100,000,000 日, 正负三个百分点: from -N to N
            return self.bounds.qualified(match, -high, high, "range", unit_name, factor, text)
        if match.group("sign"):
            if not is_minus(match, text):
                return None  # A-5, 3-5: a hyphen after a letter or digit is no minus sign
            low, high = -high, -low
        counter = match.group("counter")
        # (a rank of floors is the floor's number: 第十二层 = 12階)
        ranked = bool(match.group("ord") or match.group("ordsuf"))
        ranked = ranked and counter not in self.tables.numbering_counters
        ranked = ranked or counter in self.tables.ranking_counters  # 4回戦 = 第四轮
        if ranked and match.group("ord") and self.tables.running_before:
            # 连续第三年 is three years running (3年連続): a count, the rank its last
            at = match.start("ord")
            before = text[max(0, at - RUNNING_REACH) : at].rstrip()
            ranked = not before.endswith(self.tables.running_before)
        if self.tables.discount_counter and counter == self.tables.discount_counter:
            # 九折 is 90% of the price: 10% off; 八五折: 15% off
            price = low / 10 if low >= 10 else low
            off = (10 - price) * 10
            return Quantity(off, off, "exact", "%")
        decade = self.tables.decade_counter
        if decade and counter == decade and not ranked and low == high and low % 10 == 0:
            # ２０代 is 20 to 29; 21代 counts generations, 第20代 is a rank
            return Quantity(low, low + 9, "range", vague=True)
        if ranked:  # (a rank inside a name is weak too: 第一汽車 = 一汽)
            weak = self._in_weak_word(text, match.start(), match.end())
            return Quantity(low, high, "exact", None, ordinal=True, weak=weak)
        raw = match.group("num") or match.group("pnum") or ""
        more = bool(self.more_inside) and any(ch in self.more_inside for ch in raw)
        qualifier = "gt" if more else "exact"
        quantity = self.bounds.qualified(match, low, high, qualifier, unit_name, factor, text)
        start = match.start()
        if unit_name == "times" and self._grows(text, start, match.end(), low):
            quantity = replace(quantity, grown=True)  # 增长了三倍: 3倍 or 4倍
        if self.per_side.search(text, max(0, start - PER_SIDE_REACH), start):
            quantity = replace(quantity, per_side=True)  # 片側3車線: six lanes in all
        if unit_name is None and not counter and any(w in raw for w in self.tables.open_scales):
            quantity = replace(quantity, open_scale=True)  # 100兆: 10^14, or 100 mega-
        rate = quantity.unit in RATE_UNITS or counter in self.tables.rate_counters
        if rate and self._falls(text, start, match.end()):
            quantity = replace(quantity, falling=True)  # 下降3.4%, 3.4％減: -3.4 % said by a word
        elif rate and quantity.low >= 0 and self._rises(text, start, match.end()):
            quantity = replace(quantity, rising=True)  # 增长3.4%, 3.4％増: a rise said by a word
        return self._weakened(match, text, quantity)

    def _falls(self, text: str, start: int, end: int) -> bool:
        """Whether a word of decrease stands right before the rate at start..end (同比下降
        3.4%, 跌幅为2%) or right after it (3.4％減, 3.4％の減少, 2ポイント低下)."""
        return _beside(self.falling_before, self.falling_after, text, start, end)

    def _rises(self, text: str, start: int, end: int) -> bool:
        """Whether a word of increase stands right before the rate at start..end (同比增长
        3.4%, 涨幅为2%) or right after it (3.4％増, 2ポイント上昇)."""
        return _beside(self.rising_before, self.rising_after, text, start, end)

    def _grows(self, text: str, start: int, end: int, low: Fraction) -> bool:
        """Whether N倍 at start..end may say growth by N (N or N+1 times, compare/relations
        decides against the other side): a verb of growth governs it in its clause
        (spans.clause_span), with only 了 and growth_gap_words between (增长了三倍, 同比增长约
        两倍, 提高了足有三倍; not 翻译这本书花费三倍时间, 增长到原来的三倍), or it closes a
        comparison with 比 (比去年多三倍); never before grown_not_before (三倍速, 三倍的价格,
        三倍于去年). 一倍 that a word of reaching reaches, in a sentence with a verb of growth
        before it, is the doubling too (人口渐渐地增长，…会达到现在的一倍: one times what was
        is no change)."""
        if self.not_grown.match(text, end):
            return False
        if self.compared.search(text, max(0, start - GROWN_REACH - REACHING_WORD_MOST), start):
            return True
        if self.grown.search(text, clause_span(text, start, end)[0], start):
            return True
        if low != 1 or not self.reached.search(
            text, max(0, start - REACHED_GAP - REACHING_WORD_MOST), start
        ):
            return False
        before = before_in_sentence(text, start, GROWTH_CLAUSE_REACH)
        return bool(self.growth_verb.search(before))

    def _opens_qualifier(self, text: str, match: re.Match[str]) -> bool:
        """Whether a word of [many] opens a longer qualifier of [prefixes] (不少 of 不少于)."""
        word = self.qualifier_word.match(text, match.start())
        return word is not None and word.end() > match.end()

    def _in_weak_word(self, text: str, start: int, end: int) -> bool:
        """Whether the figure at start..end is inside a word of [weak_figures] (百年老店,
        我们俩), which a translation may say without it."""
        return any(
            word.start() <= start and end <= word.end()
            for word in self.weak_figures.finditer(
                text, max(0, start - WEAK_WORD_REACH), end + WEAK_WORD_REACH
            )
        )

    def _weakened(self, match, text, quantity: Quantity) -> Quantity:
        """A count a translation may leave unsaid, weak: of a list just named, or one as
        an article (一家公司)."""
        if self._in_weak_word(text, match.start(), match.end()):
            return replace(quantity, weak=True)  # 百年老店: 老舗 may say it without the figure
        if (
            match.group("counter")
            and not quantity.unit
            and quantity.high <= LIST_COUNT_MOST
            and self.after_list.search(text, max(0, match.start() - 40), match.start())
        ):
            # normal 和 bold 两种值, thin と bold の 2 つ: the count of the things just
            # named, which a translation may leave implicit (a few of them: 北京和上海约两千万人
            # counts people, not the two cities)
            return replace(quantity, weak=True)
        if quantity.low == quantity.high == 1 and (
            quantity.unit is None or quantity.unit in WEAK_UNITS
        ):
            # 一家公司, 一天, １回: "one" here is mostly an article; it may match, but its
            # absence on the other side says nothing
            quantity = replace(quantity, weak=True)
            start = match.start()
            if quantity.unit == "times" and self.doubled.search(text, max(0, start - 4), start):
                # 增长了一倍 is "doubled": one more time than before (2倍)
                quantity = replace(quantity, low=Fraction(2), high=Fraction(2), grown=False)
        return quantity

    def _change(self, match: re.Match[str], text: str) -> list[NumberMatch]:
        """8000から1万2000に上がった: a change from one figure to the other, not a range;
        each figure with the unit or counter written after the second."""
        if not (match.group("num2") and self.tables.change_markers):
            return []
        if not match.group("sep").isalpha():
            return []  # 8～64文字にする: a range written with a sign is a range
        if not self.ranges.change_end.match(text, match.end()):
            return []
        unit, factor = self.tables.units.get(match.group("unit") or "", (None, Fraction(1)))
        figures = []
        for group, end in (("num", match.end("num")), ("num2", match.end())):
            value = self._safe(match.group(group))
            if value is None:
                return []
            quantity = Quantity(
                value * factor, value * factor, unit=unit, counter=match.group("counter")
            )
            figures.append(NumberMatch(match.start(group), end, quantity))
        return figures

    def _unknown_count(self, raw: str, match: re.Match[str], text: str) -> Quantity | None:
        """三窝兔子, 三路公交车, 两瓣蒜: a numeral of one character from two to nine before a
        word no table knows counts it. The word may as well be a name or an idiom (四川,
        三明治), so the count is weak: it pairs with the same count on the other side and
        is never reported alone, and its change is at most a warning."""
        after = text[match.end("num") : match.end("num") + 1]
        # (nor right after a numeral: the 两 of 二两酒 is a weight, of 两两 "in pairs"; a
        # word of passing that passes nothing here is no qualifier: 连破三起案件)
        before = text[max(0, match.start("num") - 1) : match.start("num")]
        pre = match.group("pre")
        said = pre and not self.bounds.not_passed(match, pre, text)
        if (
            self.tables.not_counted is None
            or raw not in COUNTING_DIGITS
            or before.isdigit()
            or (before and before in KANJI_NUMERAL_CHARS)
            or said
            or any(match.group(g) for g in ("pm", "sign", "ord", "q1", "q1i", "ordsuf", "q2"))
            or not ("\u4e00" <= after <= "\u9fff")
            or after in KANJI_NUMERAL_CHARS
            or after in self.tables.not_counted
        ):
            return None
        value = self._safe(raw)
        if value is None:
            return None
        return Quantity(value, value, counter=after, weak=True, unknown_counter=True)

    def _one_of(self, word: str) -> Quantity:
        """每天 = 1日, 每股 = 1株, 每次 = 1回: one of the unit or counter, weak (a translation
        may say 毎日 or 1日あたり), so that 1株当たり changed to 3株 is a changed figure; 每个
        (`rate_each_counters`) is "each", a weak one of no counter that no count changes."""
        if word in self.tables.units:
            unit, factor = self.tables.units[word]
            return Quantity(factor, factor, unit=unit, weak=True)
        if word in self.tables.rate_each_counters:  # 每个用户 = 各ユーザ: "each", no count
            return Quantity(Fraction(1), Fraction(1), weak=True)
        return Quantity(Fraction(1), Fraction(1), counter=word, weak=True)

    def _inside_a_number(self, text: str, start: int) -> bool:
        def numeral_at(end: int) -> bool:
            if end > 1 and text[end - 1] == " " and text[end - 2].isdigit():
                end -= 1  # digits spaced from the CJK after them (700 多名, 30 多年)
            return end > 0 and (text[end - 1].isdigit() or text[end - 1] in KANJI_NUMERAL_CHARS)

        # a counter counts only after a numeral: 两个半小时, but not 人口翻一番 (口 of 人口)
        return numeral_at(start) or any(
            text.endswith(counter, 0, start) and numeral_at(start - len(counter))
            for counter in self.tables.counters
        )

    def _safe(self, raw: str) -> Fraction | None:
        try:
            return self.parse(raw)
        except NumeralError:
            return None

    def _scaled(self, match: re.Match[str]) -> bool:
        return self.scales and bool(match.group("scale") or match.group("scale2"))

    def _scale_of(self, match: re.Match[str]) -> int:
        """The factor of the Latin scale of a figure or range (1 when none)."""
        if not self._scaled(match):
            return 1
        return self.tables.latin_scales[match.group("scale2") or match.group("scale")]

    def _scale_fits(self, match: re.Match[str], text: str) -> bool:
        """Whether the Latin letters after the digits scale them: 45k, 1.2M, 10M+ (10M
        alone is as often 10 MB), both ends of a range (10k-20k) or its end (10-20k)."""
        if match.group("frac") or match.group("snum"):
            return False
        if match.group("num2") and match.group("scale") not in (None, match.group("scale2")):
            return False  # 10k-20M, 10k-20: read as no range
        name = "scale2" if match.group("num2") else "scale"
        letter, end = match.group(name), match.end(name)
        unit = self.tables.units.get(match.group("unit") or "", (None,))[0]
        if unit is not None and unit not in self.tables.money_units:
            return False  # 4K 分辨率: a unit of measure after it, the letter no scale
        if text.startswith(self.tables.latin_scales_not_before, SPACES.match(text, end).end()):
            return False  # 18K 金, 10K 跑步
        at = match.start("num")
        before = text[max(0, at - SIZE_REACH) : at].rstrip(self.tables.latin_scales_gap)
        if before.endswith(self.tables.latin_scales_not_after):
            return False  # 大的单一下载, 356K; 内存为 512K: a size, K for KB
        return (
            letter in self.tables.latin_scales_whole
            or any("." in (match.group(g) or "") for g in ("num", "num2"))
            or text[end : end + 1] == "+"
            # 1M token, 2M 个参数: what is counted follows, the letter no size
            or text.startswith(self.tables.latin_scales_counted, SPACES.match(text, end).end())
        )

    def _counts_here(self, match: re.Match[str], text: str) -> bool:
        """Whether the figure's counter, if one of context_counters, is said where it
        counts: a regex of counter_contexts ends at it (以下三点, 第三点, 三点建议)."""
        counter = match.group("counter")
        if not counter or counter not in self.tables.context_counters:
            return True
        return said_up_to(
            self.counter_context,
            text,
            match.start(),
            match.end("counter"),
            CONTEXT_REACH,
            CONTEXT_REACH,
        )

    def _is_quantity(self, raw, match, text, has_counter, unit_name) -> bool:
        before = text[match.start() - 1] if match.start() else ""
        scaled = self._scaled(match)
        if scaled and not self._scale_fits(match, text):
            return False  # digits glued to a Latin letter: an identifier, as below
        end = match.end("scale") if match.group("scale") else match.end("num")
        after = text[end] if end < len(text) else ""
        kanji_only = not any(ch.isdigit() for ch in raw)
        if not kanji_only:
            unit = match.group("unit") or ""
            # digits glued to Latin letters are identifiers: JAS 39C, MP3, 4G, and so is a
            # Latin unit glued to more letters: 3LDK is a flat's layout, not 3 litres
            glued = unit.isascii() and _is_latin(text[match.end("unit") : match.end("unit") + 1])
            acronym = ACRONYM_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if (
                acronym
                and acronym.group(1) not in self.tables.figure_acronyms
                and not match.group("pre")  # PI 约 3.14: a qualified figure names nothing
                and not (unit.isascii() and unit and not glued)  # RAM 8GB, TTL 300ms: measured
                # 调用 API 100 次, API 呼び出し 100 回: a count of what the acronym names
                and not (has_counter and not _is_latin(text[match.end() : match.end() + 1]))
            ):
                return False  # RFC 1945, ISO 8601, COVID-19: part of a name
            counter = match.group("counter") or ""
            if (
                _is_latin(before)
                and not match.group("unit")
                and acronym_counted(
                    text, match.start(), raw, counter, match.end("counter") if counter else 0
                )
            ):
                return True  # CPU2基, GPU4枚: a count of what the acronym names
            return not (_is_latin(before) or (_is_latin(after) and not unit) or (unit and glued))
        if match.group("ord") or match.group("frac"):
            return True
        if has_counter or match.group("ordsuf"):
            return True
        if len(raw) == 1:  # 硬度为十。: a value said by the copula before it
            return self.lone_numeral.match(text, match.start("num")) is not None
        if all(ch in DIGITS for ch in raw):  # 一一〇, 三〇五: a number said digit by digit
            return len(raw) >= 3 and self.digit_run.match(text, match.start("num")) is not None
        return True


# the units of time a rate's denominator may be (月に1回, 週に3日), and the counts said per
# one of them
_PERIODS = frozenset({"day", "week", "month", "year", "hour"})
# The bounds a frequency's base passes on to its count, and what may join the two (1日に,
# 1日あたり, 一天 两次)
BASE_BOUNDS = frozenset({"ge", "le", "approx", "gt", "lt"})
RATE_JOINT = re.compile(r"\s?(?:に|あたり|当たり)?\s?")
_TIMES = ("回", "度", "日", "時間", "週", "か月", "カ月", "ヶ月")


def _is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()


def _beside(before, after, text: str, start: int, end: int) -> bool:
    """Whether `before` matches in the few characters before start (FALLING_REACH) or
    `after` right at end: a word of direction next to a rate."""
    return bool(before.search(text, max(0, start - FALLING_REACH), start) or after.match(text, end))

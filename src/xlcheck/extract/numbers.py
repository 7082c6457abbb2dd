"""Number grammar, language-neutral: the tables in zh.py and ja.py fill it in.

A number is found as
    [prefix qualifier] numeral [range separator numeral] [suffix qualifier] [unit|counter]
    [suffix qualifier]
and becomes a Quantity (bounds + qualifier + unit), so that comparison is arithmetic.
Kanji numerals need a counter, a unit or a multi-character form (三千, 十二) to count:
this keeps 一些, 之一 and 一线 out. "One" with a counter or a duration (一家公司, 一天,
１回) is mostly an indefinite article: it is marked weak, matched when the other side has
it, never reported alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from fractions import Fraction

from ..model import Quantity
from ..regexes import Prechecked, compiled
from .numerals import BIG_UNITS, DIGITS, KANJI_NUMERAL_CHARS, NumeralError, parse_numeral
from .spans import alternation, behind, overlaps

# Signs that make a figure a range around zero (±100,000,000 日): symbols, not words.
PLUS_MINUS = ("±", "+/-")
# Units with which "one" is as often an article as a count (一天, 一倍).
WEAK_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "times"})
# How far an estimate word may stand from its figure, and what ends the figure's clause.
ESTIMATE_REACH = 12
CLAUSE_END = re.compile(r"[。．！？!?；;\n]")
# The side of its figure a bound reaches to: an "about" with a bound after it leans so
# (大约两周内 is about two weeks and no more; だいたい2週間以上, about two weeks or more)
BOUND_LEANS = {"ge": "up", "gt": "up", "le": "down", "lt": "down", "within": "down"}
# How far before a bound word a negation may turn it: 不宜超过, 请勿超过, 并不超过
NEGATION_REACH = 2
# The most characters between a distant qualifier and its number, and what may stand there.
DISTANT_GAP = re.compile(r"^[\u4e00-\u9fff]{0,4}\s?$")


@dataclass(frozen=True)
class NumberTables:
    """What a language contributes to the number grammar."""

    prefixes: dict[str, str]  # surface -> qualifier, before the numeral (约, 超过, 約)
    suffixes: dict[str, str]  # surface -> qualifier, after it (以上, 多, 余り)
    units: dict[str, tuple[str, Fraction]]  # surface -> (unit, factor): 成 -> (%, 10)
    counters: tuple[str, ...]  # classifiers that are not units: 家, 个, 社, つ
    ordinal_prefix: str  # 第
    ordinal_suffixes: tuple[str, ...]  # 位, 番目, 名
    # regexes of ordinal words: "first" (首位, 初めて), or a rank named by the numeral of
    # their group n (二次大战: the second)
    ordinal_words: tuple[str, ...]
    range_separators: tuple[str, ...]
    vague: dict[str, tuple[int, int]]  # 十几 -> (11, 19)
    not_numbers: tuple[str, ...]  # regexes: numerals that are not quantities (十分, 一時)
    word_numbers: dict[str, tuple[int, str | None]]  # words: ふたり -> 2, 翻一番 -> 2 times
    percent_prefix: str | None = None  # 百分之
    fraction_infix: str | None = None  # 分之 / 分の
    discount_counter: str | None = None  # 打九折: 10% off
    decade_counter: str | None = None  # ２０代: 20 to 29
    colloquial: bool = False  # 一万二 = 12000
    decimal_marker: str | None = None  # 点: 三点五 = 3.5
    inner_suffixes: dict[str, str] = field(default_factory=dict)  # 来: right after the numeral
    # qualifiers only right after a word of time (time_words): 三年内 is "within three
    # years", but 320 MiB 内存 is memory
    time_suffixes: dict[str, str] = field(default_factory=dict)
    time_words: tuple[str, ...] = ()
    # qualifiers before a sum of money only: 满299元 is 299 yuan or more (a threshold),
    # 满一年 a full year; money_units are the units that are money
    money_prefixes: dict[str, str] = field(default_factory=dict)
    money_units: frozenset[str] = frozenset()
    # units said so only in speech and counters as often (三百块 is 300 yuan, 三块蛋糕 three
    # pieces of cake): units only before one of spoken_unit_after (regexes)
    spoken_units: tuple[str, ...] = ()
    # units written before the figure (韩币一万元, 華氏30度, 摄氏30度): they name the unit
    # where the word after the figure names none, or one of refined_units (元: which yuan)
    unit_prefixes: dict[str, str] = field(default_factory=dict)
    refined_units: frozenset[str] = frozenset()
    spoken_unit_after: tuple[str, ...] = ()
    # a bound said by a verb (を超える, に達する) that a negation later in its clause may
    # undo (を超えることはなかった): bound_verbs open such suffixes, negations undo them
    bound_verbs: tuple[str, ...] = ()
    # negations a few characters before a bound word that may turn it (不宜超过, 请勿超过)
    negations_before: tuple[str, ...] = ()
    # "about" words that say on which side of the figure the value lies: 3万人弱 and
    # 将近三万 are just under 30,000, 3万人強 just over
    under_words: tuple[str, ...] = ()
    over_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    decimal_units: tuple[str, ...] = ()  # 米: 一米八 = 1.8 m
    growth_verbs: tuple[str, ...] = ()  # 增长: 增长了一倍 = 2倍
    # a range said around its bounds: 介于20度和30度之间, 20度と30度の間
    between_joiners: tuple[str, ...] = ()  # 和, と
    between_closers: tuple[str, ...] = ()  # 之间, の間
    # words right after "A から B" that make it a change, not a range: 5人から10人に増えた
    change_markers: tuple[str, ...] = ()
    # regexes of what stands before a count that sums up a list: 和 bold (两种)
    list_before: tuple[str, ...] = ()
    # acronyms after which a number is still a figure (UTC 0230); after others it names
    # something (RFC 1945)
    figure_acronyms: tuple[str, ...] = ()
    # "almost" said around the figure: 快 right before it (almost_before) and 了 right
    # after it (almost_after): 快一百人了; 速度快30% (30 % faster) has no 了
    almost_before: tuple[str, ...] = ()
    almost_after: tuple[str, ...] = ()
    # words that make a figure an estimate (推定, 预计, 見込み), in its clause a few words
    # before or after it: 推定資産額 23億ドル is 约 23 亿美元
    estimate_words: tuple[str, ...] = ()
    # vague counts said as idioms (成千上万): read as [vague] says, never reported alone
    idiom_counts: tuple[str, ...] = ()
    signs: tuple[str, ...] = ("−",)
    # qualifiers that may stand a few characters before their number: 至少要花五美元
    distant_prefixes: tuple[str, ...] = ()
    # words that open the denominator of a rate (每): a qualifier before the rate is the
    # figure's (约为每百公里6.5升: about 6.5 L), and the denominator takes none
    rate_words: tuple[str, ...] = ()
    # a numeral before a word no table knows still counts it (三窝兔子, 三路公交车), weakly,
    # unless the word is one of these (grammar words: 二是, 三的); None: no such counts
    not_counted: tuple[str, ...] | None = None
    # words after a span of time that make it a point: 3年後, 三天前 (later, ago)
    span_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: Quantity


# Thousands grouped by commas, or by spaces (SI style: 2 048 KB, 1 250 000; also thin and
# no-break spaces), where every group after the first has exactly three digits.
GROUP_SPACES = " \u00a0\u2009\u202f"
ARABIC = (
    rf"(?:\d+(?:,\d{{3}})+(?!\d)|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?![\d,.])|\d+)(?:\.\d+)?"
)
# Three or more bare numerals in a list (一、二、三 / 1、2、3, counting or labels): not
# quantities, and not the vague 二、三 (two or three) either.
ENUMERATION = re.compile(
    r"(?<![\d、])(?:(?:\d{1,3}|[一二三四五六七八九十]{1,2})、\s?){2,}"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,2})(?!\d)"
)
# 、 as a thousands separator (１２、０００ドル, common in Japanese text typed on phones):
# groups of three digits after a first group of one or two, or any group that starts
# with 0 (a list item never does: 100、200、300人 stays a list).
IDEOGRAPHIC_THOUSANDS = re.compile(r"(?<![\d、])\d{1,3}(?:、\d{3})+(?!\d)(?!、\d)")
# An acronym right before a number, with a space or a hyphen: RFC 1945, COVID-19.
ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,})[ -]$")
# What multiplies a vague pair of digits: 二三十 (20 to 30), 五六百, 两三千, 三四十万.
VAGUE_SCALE = "(?<=[两兩一二三四五六七八九])[十百千]"
# The numerals that count a word no table knows: the common digits from two to nine (not
# 一, which is as often an article, nor the financial 参 of 参照).
COUNTING_DIGITS = frozenset("二两兩三四五六七八九")
# 参/參 is the financial 3 only inside a financial numeral (参拾, 伍亿参仟万, 壹佰零参元);
# elsewhere it opens a word (参数, 参加, 参考): 5亿参数 is 500 million parameters, not 5.3亿
FINANCIAL_THREE_ALONE = (
    "(?<![壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇])[参參](?![拾佰仟万萬亿億元圆圓角分整])"
)
HAS_NUMERAL = re.compile(r"[\d" + KANJI_NUMERAL_CHARS + "]")


class NumberGrammar:
    """A compiled number grammar for one language."""

    def __init__(self, tables: NumberTables) -> None:
        self.tables = tables
        # a numeral character may start a unit or counter (千米, 千克, 百分点, 四半期): there
        # it belongs to the word, not to the numeral (第2四半期 is the 2nd quarter)
        words = [w for w in (*tables.units, *tables.counters) if w[0] in KANJI_NUMERAL_CHARS]
        blocked = ([alternation(words)] if words else []) + [FINANCIAL_THREE_ALONE]
        kanji = f"(?:(?!{'|'.join(blocked)})[{KANJI_NUMERAL_CHARS}])"
        # a space may stand before a big unit: 1,000 万 (FLORES and much web text space out
        # numbers; the parser drops it)
        # 多 or 余 between a figure and its big unit is "more than" the whole: 一百多万 is
        # more than a million (the one-character "more than" suffixes that are no prefix)
        self.more_inside = "".join(
            word
            for word, qualifier in tables.suffixes.items()
            if qualifier == "gt" and len(word) == 1 and word not in tables.prefixes
        )
        more = rf"|[{self.more_inside}](?=[万亿億兆萬])" if self.more_inside else ""
        # what a suffix or inner suffix means, merged once (asked at every qualified figure)
        self.suffix_meanings = {**tables.suffixes, **tables.inner_suffixes}
        # and after one before more digits (2 万 4 千ドル = 24,000 dollars)
        numeral = (
            rf"(?:{ARABIC}|{kanji})"
            rf"(?:{ARABIC}|{kanji}|\s(?=[万亿億兆萬千])|(?<=[万亿億兆萬])\s(?=\d){more})*"
        )
        if tables.decimal_marker:  # 三点五, 百分之三点五: kanji digits after the point
            numeral += rf"(?:{re.escape(tables.decimal_marker)}[〇零一二三四五六七八九]+)?"
        units = alternation(u for u in tables.units if u not in tables.spoken_units)
        if tables.spoken_units and tables.spoken_unit_after:
            after = "|".join(f"(?:{r})" for r in tables.spoken_unit_after)
            units += rf"|(?:{alternation(tables.spoken_units)})(?={after})"
        special = tuple(c for c in (tables.discount_counter, tables.decade_counter) if c)
        counters = alternation((*tables.counters, *special))
        prefixes = alternation({**tables.prefixes, **tables.money_prefixes})
        suffixes = alternation(tables.suffixes)
        plain_suffixes = suffixes  # (before the time suffixes: 三年内 is after a counter)
        if tables.time_suffixes and tables.time_words:
            # first: 三十分钟以内 is "within" a span before 以内 is "at most"
            timed = f"{behind(tables.time_words)}(?:{alternation(tables.time_suffixes)})"
            suffixes = f"{timed}|{suffixes}"
        # right after the numeral and before a counter or unit only: 二十来岁 (about twenty),
        # but 三年来 is "these three years" and 设置 3 来运行 "set 3 to run"
        inner = alternation(tables.inner_suffixes)
        separators = alternation(tables.range_separators)
        signs = alternation((*tables.signs, *PLUS_MINUS))
        # 三成五 = 35%, 3割5分: a digit after a unit of tenths (成, 割) is its next place
        tenths = [
            word for word, (unit, factor) in tables.units.items() if unit == "%" and factor == 10
        ]
        tenth = rf"(?P<tenth>{behind(tenths)}(?:[1-9]|[一二三四五六七八九])分?)?" if tenths else ""
        # 一米八 = 1.8 m, 一米七五: digits after a unit of length are its decimals
        decimal_tail = (
            rf"(?P<dtail>{behind(tables.decimal_units)}(?:[一二三四五六七八九]{{1,2}}|\d{{1,2}})"
            rf"(?![\d.{KANJI_NUMERAL_CHARS}])(?!\s?(?:{units}|{counters})))?"
            if tables.decimal_units
            else ""
        )
        # a rank's suffix; one of two characters or more also after a space (2 番目)
        ordinal = alternation(tables.ordinal_suffixes)
        spaced_ordinal = alternation(w for w in tables.ordinal_suffixes if len(w) > 1)
        vague = {**tables.vague, **{f"{d}、{d + 1}": (d, d + 1) for d in range(1, 9)}}
        # ５、６０人 and 5、600人 (fifty or sixty, five or six hundred; Japanese says the
        # place once, on the second)
        for d in range(2, 9):
            vague[f"{d}、{d + 1}0"] = (d * 10, (d + 1) * 10)
            vague[f"{d}、{d + 1}00"] = (d * 100, (d + 1) * 100)
        self.vague = vague
        # 端口 80 443: two figures of a list, not 80,443; one space group is thousands only
        # before a unit or counter (4 096 KB); three groups and more always (1 250 000)
        spaces = f"[{GROUP_SPACES}]"
        self.spaced_list = re.compile(
            rf"(?<![\d,.])(?<!\d{spaces})\d{{1,3}}(?P<space>{spaces})\d{{3}}"
            rf"(?![\d,.])(?!{spaces}\d)(?!\s?(?:{units}|{counters}))"
        )
        self.pattern = compiled(
            rf"(?:(?P<pre>{prefixes})\s?)?"
            rf"(?:(?P<upre>{alternation(tables.unit_prefixes)})\s?)?(?P<sign>{signs})?"
            rf"(?:(?P<percent>{re.escape(tables.percent_prefix or '@@')})(?P<pnum>{numeral})"
            rf"|(?P<vague>{alternation(vague)})(?P<vbig>{VAGUE_SCALE}[{''.join(BIG_UNITS)}]?"
            rf"|[{''.join(BIG_UNITS)}])?"
            rf"|(?:(?P<ord>{re.escape(tables.ordinal_prefix)})\s?)?(?P<num>{numeral})"
            rf"(?:(?P<frac>{re.escape(tables.fraction_infix or '@@')})(?P<fnum>{numeral})"
            rf"|/(?P<snum>\d{{1,3}})(?![\d/])"
            rf"|\s?(?P<sep>{separators})\s?(?P<num2>{numeral}))?)"
            rf"(?:\s?(?P<q1>{plain_suffixes})|(?P<q1i>{inner})(?=\s?(?:{units}|{counters})))?"
            rf"(?:\s?(?P<unit>{units}))?{tenth}{decimal_tail}"
            rf"(?:\s?(?P<counter>{counters}))?{decimal_tail.replace('dtail', 'ctail')}"
            # 两个半小时, 1時間半, 2年半: a half after the counter or unit, before a unit
            rf"(?:(?<=[^\d{KANJI_NUMERAL_CHARS}])半(?P<unit2>{units})?)?"
            rf"(?P<ordsuf>{ordinal}|\s(?:{spaced_ordinal}))?(?:\s?(?P<q2>{suffixes}))?"
        )
        # a verb of growth right before 一倍: 增长了一倍 (doubled)
        self.grown = compiled(rf"(?:{alternation(tables.growth_verbs)})了?\s?$")
        # a qualifier before a verb of growth is its figure's: 约增加一倍, 约增长30%
        self.qualified_growth = compiled(
            rf"(?P<word>{prefixes})\s?(?:{alternation(tables.growth_verbs)})了?\s?$"
        )
        # each alone: a word may name its rank with a numeral, as group n (二次大战)
        self.ordinal_patterns = tuple(Prechecked(compiled(word)) for word in tables.ordinal_words)
        # scanned in every text: skipped where no character that opens a match is found
        self.not_numbers = Prechecked(compiled("|".join(tables.not_numbers) or "(?!)"))
        self.word_numbers = Prechecked(compiled(alternation(tables.word_numbers)))
        # two figures of one unit or counter that make one range (10人から20人, 10度到20度)
        self.range_gap = compiled(rf"\s?(?:{separators})\s?")
        self.between_gap = compiled(rf"\s?(?:{alternation(tables.between_joiners)})\s?")
        # a remark in brackets may stand before the closer: 介于 1 和 1000 (包含) 之间
        self.between_end = compiled(
            rf"\s?(?:[(（][^()（）]{{1,8}}[)）]\s?)?(?:{alternation(tables.between_closers)})"
        )
        # a count right after a list it sums up: normal 和 bold 两种值 (the two named)
        self.after_list = compiled("|".join(f"(?:{r})" for r in tables.list_before) or "(?!)")
        self.change_end = compiled(alternation(tables.change_markers))
        self.almost_before = compiled("(?:" + ("|".join(tables.almost_before) or "(?!)") + ")$")
        self.almost_after = compiled("|".join(tables.almost_after) or "(?!)")
        self.estimate = compiled(alternation(tables.estimate_words))
        # a distant qualifier means what it means right before its number: only words
        # [prefixes] gives a meaning (rules check refuses others; tables built in code may
        # still hold them)
        distant = [word for word in tables.distant_prefixes if word in tables.prefixes]
        self.distant = compiled("(?P<word>" + alternation(distant) + ")(?P<gap>[^\\n]{0,5})$")
        self.prefix_before = compiled(rf"(?P<word>{prefixes})\s?$")
        rate = alternation(tables.rate_words)
        # 每天, 每股, 每次: a rate's denominator said without a numeral is one of it
        self.per_one = compiled(
            rf"(?:{rate})(?P<word>{alternation((*tables.units, *tables.counters))})"
            if tables.rate_words
            else "(?!)"
        )
        self.rate_word = compiled(f"(?:{rate})$")
        self.rated = compiled(rf"(?P<word>{prefixes})\s?(?:{rate})[^\s，。、；,;]{{1,5}}$")

    def parse(self, text: str) -> Fraction:
        text = re.sub(f"[,{GROUP_SPACES}{self.more_inside}]", "", text)
        marker = self.tables.decimal_marker
        if marker and marker in text:
            whole, _, digits = text.partition(marker)
            fraction = parse_numeral(digits.replace("零", "〇"))  # read digit by digit
            return parse_numeral(whole) + fraction / 10 ** len(digits)
        return parse_numeral(text, colloquial=self.tables.colloquial)

    def find(self, text: str) -> Iterator[NumberMatch]:
        """Numbers in `text` (already width-folded and with markup and dates blanked)."""
        text = IDEOGRAPHIC_THOUSANDS.sub(_thousands_commas, text)  # same length: offsets hold
        text = self.spaced_list.sub(_list_space, text)  # (same length too)
        blocked = [m.span() for m in self.not_numbers.finditer(text)]
        blocked += [m.span() for m in ENUMERATION.finditer(text)]
        for match in self.word_numbers.finditer(text):
            if self._inside_a_number(text, match.start()) or overlaps(match.span(), blocked):
                continue  # 两个半小时: the 半小时 of a larger number; ゼロから始める
            number, unit = self.tables.word_numbers[match.group(0)]
            value = Fraction(number)
            # a qualifier right before it is its own: 差不多半个小时 (about half an hour)
            before = self.prefix_before.search(text, max(0, match.start() - 6), match.start())
            qualifier = self.tables.prefixes[before.group("word")] if before else "exact"
            # ひとつ and ゼロ (ゼロ金利, the digit) are matched, never reported alone
            quantity = Quantity(value, value, qualifier, unit=unit, weak=value in (0, 1))
            yield NumberMatch(match.start(), match.end(), quantity)
            blocked.append(match.span())
        for pattern in self.ordinal_patterns:
            for match in pattern.finditer(text):
                if overlaps(match.span(), blocked):
                    continue
                numeral = match.groupdict().get("n")
                rank = self._safe(numeral) if numeral else Fraction(1)
                if rank is None:
                    continue
                yield NumberMatch(match.start(), match.end(), Quantity(rank, rank, ordinal=True))
                blocked.append(match.span())
        for match in self.per_one.finditer(text):
            if not overlaps(match.span(), blocked):
                yield NumberMatch(match.start(), match.end(), self._one_of(match.group("word")))
                blocked.append(match.span())
        if not HAS_NUMERAL.search(text):
            return  # the main grammar needs a numeral; most sentences have none
        found: list[NumberMatch] = []
        for match in self.pattern.finditer(text):
            if match.start() == match.end() or overlaps(match.span(), blocked):
                continue
            changed = self._change(match, text)
            value = None if changed else self._value(match, text)
            if changed:
                found.extend(changed)
            elif value is not None:
                found.append(NumberMatch(match.start(), match.end(), value))
            else:
                closed = bool(
                    match.group("counter")
                    or match.group("unit")
                    or self.between_end.match(text, match.end())
                )
                found.extend(_score(match, closed))
        yield from _restated(self._ranges(found, text), text)

    def _ranges(self, found: list[NumberMatch], text: str) -> list[NumberMatch]:
        """Two figures that are the bounds of one range, joined: the same unit or counter
        on both (10人から20人, 十到二十人 is the grammar's own), around a joiner (介于20度和
        30度之间) or as two bounds (1以上1000以下)."""
        joined: list[NumberMatch] = []
        for match in found:
            both = self._range_of(joined[-1], match, text) if joined else None
            if both is None:
                joined.append(match)
            else:
                joined[-1] = both
        return joined

    def _range_of(self, first: NumberMatch, second: NumberMatch, text: str):
        a, b = first.value, second.value
        gap = text[first.end : second.start]
        # the counter said once, on the second bound: 8～約60文字
        counted_once = a.unit is b.unit is a.counter is None and self.range_gap.fullmatch(gap)
        same = (a.unit, a.counter) == (b.unit, b.counter)
        if a.ordinal or b.ordinal or not (same or counted_once):
            return None
        if not a.low < b.high:
            return None  # 5人から3人: a fall, not a range
        qualifiers = (a.qualifier, b.qualifier)
        if qualifiers in (("ge", "le"), ("ge", "lt")):
            if gap.strip():
                return None
        elif not set(qualifiers) <= {"exact", "approx"}:
            return None  # (0 から約 70000: a range with a rounded bound is a range)
        elif self.range_gap.fullmatch(gap):
            said = gap.strip().isalpha()  # から, not ～: 8～64文字にする is a range
            if said and self.tables.change_markers and self.change_end.match(text, second.end):
                return None  # 5人から10人に増えた: a change from one figure to the other
        elif not (
            self.tables.between_joiners
            and self.between_gap.fullmatch(gap)
            and self.between_end.match(text, second.end)
        ):
            return None
        # (约 on a bound is dropped, as the grammar drops it before a range: 约10到20人)
        value = replace(a, high=b.high, qualifier="range", weak=False, counter=b.counter)
        return NumberMatch(first.start, second.end, value)

    def _value(self, match: re.Match[str], text: str) -> Quantity | None:
        tables = self.tables
        unit_name, factor = tables.units.get(
            match.group("unit") or match.group("unit2") or "", (None, Fraction(1))
        )
        if match.group("upre") and (unit_name is None or unit_name in tables.refined_units):
            unit_name = tables.unit_prefixes[match.group("upre")]  # 韩币一万元: 10,000 KRW
        has_counter = bool(match.group("counter") or match.group("unit"))
        if match.group("percent"):
            low = high = self._safe(match.group("pnum"))
            unit_name, factor = "%", Fraction(1)
            if low is None:
                return None
        elif match.group("vague"):
            low, high = (Fraction(v) for v in self.vague[match.group("vague")])
            if match.group("vbig"):  # 数十亿, 几百万, 十几万: a vague count of a big unit
                scale = parse_numeral("一" + match.group("vbig"))
                low, high = low * scale, high * scale
            quantity = self._qualified(match, low, high, "range", unit_name, factor, text)
            # 成千上万 (countless) is as often rendered 大勢: matched, never reported alone
            idiom = match.group("vague") in self.tables.idiom_counts
            return replace(quantity, vague=True, weak=idiom)
        else:
            raw = match.group("num")
            if not self._is_quantity(raw, match, text, has_counter, unit_name):
                return self._unknown_count(raw, match, text)
            low = self._safe(raw)
            if low is None:
                return None
            high = low
            if match.group("frac"):
                denominator, numerator = low, self._safe(match.group("fnum"))
                if numerator is None or denominator == 0:
                    return None
                low = high = numerator / denominator
            elif match.group("snum"):
                denominator = Fraction(match.group("snum"))
                if denominator == 0 or low >= denominator or not raw.isdigit():
                    return None  # 3/4 is a fraction; 12/3 and 2016/2 are something else
                low = high = low / denominator
            elif match.group("num2"):
                high = self._safe(match.group("num2"))
                if _minus(match, text):
                    low = -low  # -90 到 90: the sign is the first bound's
                if high is None or high <= low:
                    return None  # 2016-02 is not a range; dates are found before numbers
                return self._qualified(match, low, high, "range", unit_name, factor, text)
        if self.tables.decimal_units and (match.group("dtail") or match.group("ctail")):
            # 一米八 after a unit, 三十九度五 after a counter
            digits = match.group("dtail") or match.group("ctail")  # 一米八, 1米8, 1メートル95
            extra = parse_numeral(digits) / 10 ** len(digits)
            low, high = low + extra, high + extra
        if "tenth" in self.pattern.groupindex and match.group("tenth"):
            extra = self._safe(match.group("tenth").rstrip("分")) / 10
            low, high = low + extra, high + extra
        # a half after the unit or counter (两个半小时), not one inside it (四半期)
        words_end = max(match.end(g) if match.group(g) else -1 for g in ("unit", "counter"))
        if "半" in text[max(words_end, match.start()) : match.end()]:
            low, high = low + Fraction(1, 2), high + Fraction(1, 2)
        if match.group("sign") in PLUS_MINUS:  # ±100,000,000 日: from -N to N
            return self._qualified(match, -high, high, "range", unit_name, factor, text)
        if match.group("sign"):
            if not _minus(match, text):
                return None  # A-5, 3-5: a hyphen after a letter or digit is no minus sign
            low, high = -high, -low
        if self.tables.discount_counter and match.group("counter") == self.tables.discount_counter:
            # 九折 is 90% of the price: 10% off; 八五折: 15% off
            price = low / 10 if low >= 10 else low
            off = (10 - price) * 10
            return Quantity(off, off, "exact", "%")
        if (
            self.tables.decade_counter
            and match.group("counter") == self.tables.decade_counter
            and not (match.group("ord") or match.group("ordsuf"))
            and low == high
            and low % 10 == 0
        ):  # ２０代 is 20 to 29; 21代 counts generations, 第20代 is a rank
            return Quantity(low, low + 9, "range", vague=True)
        if match.group("ord") or match.group("ordsuf"):
            return Quantity(low, high, "exact", None, ordinal=True)
        raw = match.group("num") or match.group("pnum") or ""
        more = bool(self.more_inside) and any(ch in self.more_inside for ch in raw)
        quantity = self._qualified(
            match, low, high, "gt" if more else "exact", unit_name, factor, text
        )
        if (
            match.group("counter")
            and not quantity.unit
            and self.after_list.search(text, max(0, match.start() - 40), match.start())
        ):
            # normal 和 bold 两种值, thin と bold の 2 つ: the count of the things just
            # named, which a translation may leave implicit
            return replace(quantity, weak=True)
        if quantity.low == quantity.high == 1 and (
            quantity.unit is None or quantity.unit in WEAK_UNITS
        ):
            # 一家公司, 一天, １回: "one" here is mostly an article; it may match, but its
            # absence on the other side says nothing
            quantity = replace(quantity, weak=True)
            if quantity.unit == "times" and self.grown.search(text, 0, match.start()):
                # 增长了一倍 is "doubled": one more time than before (2倍)
                quantity = replace(quantity, low=Fraction(2), high=Fraction(2))
        return quantity

    def _change(self, match: re.Match[str], text: str) -> list[NumberMatch]:
        """8000から1万2000に上がった: a change from one figure to the other, not a range;
        each figure with the unit or counter written after the second."""
        if not (match.group("num2") and self.tables.change_markers):
            return []
        if not match.group("sep").isalpha():
            return []  # 8～64文字にする: a range written with a sign is a range
        if not self.change_end.match(text, match.end()):
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
        if (
            self.tables.not_counted is None
            or raw not in COUNTING_DIGITS
            or any(match.group(g) for g in ("pre", "sign", "ord", "q1", "q1i", "ordsuf", "q2"))
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
        may say 毎日 or 1日あたり), so that 1株当たり changed to 3株 is a changed figure."""
        if word in self.tables.units:
            unit, factor = self.tables.units[word]
            return Quantity(factor, factor, unit=unit, weak=True)
        return Quantity(Fraction(1), Fraction(1), counter=word, weak=True)

    def _inside_a_number(self, text: str, start: int) -> bool:
        def numeral_at(end: int) -> bool:
            return end > 0 and (text[end - 1].isdigit() or text[end - 1] in KANJI_NUMERAL_CHARS)

        # a counter counts only after a numeral: 两个半小时, but not 人口翻一番 (口 of 人口)
        return numeral_at(start) or any(
            text.endswith(counter, 0, start) and numeral_at(start - len(counter))
            for counter in self.tables.counters
        )

    def _qualified(self, match, low, high, qualifier, unit, factor, text) -> Quantity:
        given = apart = False
        lean = None
        for group in ("pre", "q1", "q1i", "q2"):
            surface = match.group(group)
            if surface:
                if surface in self.tables.under_words or surface in self.tables.over_words:
                    lean = "down" if surface in self.tables.under_words else "up"
                if group == "pre" and surface in self.tables.money_prefixes:
                    # (满一年 is a full year: no bound, and 快满一年了 may still be "almost")
                    if unit in self.tables.money_units and qualifier == "exact":
                        qualifier, given = self.tables.money_prefixes[surface], True
                    continue
                given = True
                meaning = self._qualifier_of(group, surface, text[: match.start(group)])
                if qualifier == "approx" and meaning in BOUND_LEANS:
                    lean = BOUND_LEANS[meaning]  # 大约两周内: about, and no more
                qualifier = meaning if qualifier == "exact" else qualifier
                at = match.end(group) if group == "pre" else match.end()
                apart = apart or self._negated_later(group, surface, at, text)
        if not given and qualifier == "exact":
            # the longest prefix plus the widest gap fits in 12 characters
            distant = self.distant.search(text, max(0, match.start() - 12), match.start())
            rated = self.rated.search(text, max(0, match.start() - 12), match.start())
            rated = rated or self.qualified_growth.search(
                text, max(0, match.start() - 12), match.start()
            )
            if self.rate_word.search(text, max(0, match.start() - 2), match.start()):
                pass  # the denominator of a rate: 约为每百公里 is not "about 100 km"
            elif rated:
                qualifier, apart = self.tables.prefixes[rated.group("word")], True
            elif distant and DISTANT_GAP.match(distant.group("gap")):
                qualifier, apart = self.tables.prefixes[distant.group("word")], True
            elif self.almost_before.search(
                text, max(0, match.start() - 4), match.start()
            ) and self.almost_after.match(text, match.end()):
                qualifier = "approx"  # 快一百人了: almost a hundred
        counter = match.group("counter") or None
        estimated = qualifier == "exact" and self._estimated(text, match.start(), match.end())
        point = bool(self.tables.span_points) and text.startswith(
            self.tables.span_points, match.end()
        )
        return Quantity(
            low * factor,
            high * factor,
            qualifier,
            unit,
            counter=counter,
            estimated=estimated,
            qualified_apart=apart,
            lean=lean if qualifier == "approx" else None,
            point=point,
        )

    def _qualifier_of(self, group: str, surface: str, before: str) -> str:
        """The meaning of a qualifier word in `group`: after a word of time a time suffix
        (三十分钟以内: within the span), else a suffix or prefix."""
        tables = self.tables
        if group == "pre":
            return tables.prefixes[surface]
        timed = surface in tables.time_suffixes and before.endswith(tables.time_words)
        if timed or surface not in self.suffix_meanings:
            return tables.time_suffixes[surface]
        return self.suffix_meanings[surface]

    def _negated_later(self, group: str, surface: str, end: int, text: str) -> bool:
        """Whether a bound word may be turned by a negation no entry spells out: one just
        before a prefix (不宜超过5克), or one later in the clause of a bound said by a verb
        (100人を超えることはなかった). Such a bound is not read for sure."""
        if group == "pre":
            start = end - len(surface)
            before = text[max(0, start - NEGATION_REACH) : start]
            return any(word in before for word in self.tables.negations_before)
        if not surface.startswith(self.tables.bound_verbs or ("@@",)):
            return False
        rest = CLAUSE_END.split(text[end : end + ESTIMATE_REACH])[0]
        return any(word in rest for word in self.tables.negations)

    def _estimated(self, text: str, start: int, end: int) -> bool:
        """Whether an estimate word stands in the figure's clause, at most ESTIMATE_REACH
        characters before or after it (预计有5000人, 5000人が参加する見込み)."""
        before = CLAUSE_END.split(text[max(0, start - ESTIMATE_REACH) : start])[-1]
        after = CLAUSE_END.split(text[end : end + ESTIMATE_REACH])[0]
        # the word is the nearest figure's: not across another figure (预计3000人，实际5000人)
        words = list(self.estimate.finditer(before))
        if words and not HAS_NUMERAL.search(before, words[-1].end()):
            return True
        word = self.estimate.search(after)
        return bool(word) and not HAS_NUMERAL.search(after, 0, word.start())

    def _safe(self, raw: str) -> Fraction | None:
        try:
            return self.parse(raw)
        except NumeralError:
            return None

    def _is_quantity(self, raw, match, text, has_counter, unit_name) -> bool:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end("num")] if match.end("num") < len(text) else ""
        kanji_only = not any(ch.isdigit() for ch in raw)
        if not kanji_only:
            acronym = ACRONYM_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if (
                acronym
                and acronym.group(1) not in self.tables.figure_acronyms
                and not match.group("pre")  # PI 约 3.14: a qualified figure names nothing
            ):
                return False  # RFC 1945, ISO 8601, COVID-19: part of a name
            # digits glued to Latin letters are identifiers: JAS 39C, MP3, 4G, and so is a
            # Latin unit glued to more letters: 3LDK is a flat's layout, not 3 litres
            unit = match.group("unit") or ""
            glued = unit.isascii() and _is_latin(text[match.end("unit") : match.end("unit") + 1])
            return not (_is_latin(before) or (_is_latin(after) and not unit) or (unit and glued))
        if match.group("ord") or match.group("frac"):
            return True
        if has_counter or match.group("ordsuf"):
            return True
        return len(raw) >= 2 and any(ch not in DIGITS for ch in raw)


# A bracket still open a few characters before a figure: 1 億 in 100,000,000 (1 億), 400
# and 500 in 之间（包括400和500）.
BRACKET_BEFORE = re.compile(r"[(（][^()（）]{0,14}$")
# How far before the bracket the restated figure may stand: 400和 500之间（包括
RESTATED_REACH = 8


def _restated(found: list[NumberMatch], text: str) -> list[NumberMatch]:
    """A figure in brackets that says again a figure just before the bracket, or a bound
    of a range just before it (100,000,000 (1 億), 400和 500之间（包括400和500）), is that
    fact said twice: weak, matched when the other side has it, never reported alone."""
    restated = []
    for index, match in enumerate(found):
        bracket = BRACKET_BEFORE.search(text, max(0, match.start - 15), match.start)
        said = bracket is not None and any(
            before.end <= bracket.start()
            and bracket.start() - before.end <= RESTATED_REACH
            and match.value.low in (before.value.low, before.value.high)
            and match.value.low == match.value.high
            and match.value.unit in (None, before.value.unit)
            for before in found[max(0, index - 3) : index]
        )
        restated.append(
            NumberMatch(match.start, match.end, replace(match.value, weak=True)) if said else match
        )
    return restated


# Signs between two figures that are never a date's (2016-02), a score's or a subtraction's
# (８から３を引く): a "range" that runs backwards or stays on one figure with one of them is
# two figures as written.
def _minus(match: re.Match[str], text: str) -> bool:
    """Whether the number's sign is a minus: not ±, and not a hyphen after a letter or a
    digit (A-5, 3-5)."""
    sign = match.group("sign")
    if not sign or sign in PLUS_MINUS:
        return False
    before = text[match.start() - 1] if match.start() else " "
    return not (sign == "-" and before.isascii() and before.isalnum())


def _score(match: re.Match[str], closed: bool) -> Iterator[NumberMatch]:
    """Two figures joined by a range sign that is no range (the first is not below the
    second). 7-2, 5-3, 3-3 (small, joined by a dash or a colon) are a score or a record:
    two figures, each a fact (7対2 writes them apart). 400～200, 90000-32767 (a dash
    between figures of as many digits) and 500～500 are a range written backwards or on one
    figure, read as the range of its two figures, so that a changed bound is a changed
    range and never makes both vanish. Two figures a word joins are such a range only when
    a counter, a unit or a closer ends it (3 から 1 の間, 75 到 17 位); ８から３を引く is a
    subtraction, left alone."""
    first, second = match.group("num"), match.group("num2")
    if not (first and second):
        return
    if not (re.fullmatch(r"\d+(?:\.\d+)?", first) and re.fullmatch(r"\d+(?:\.\d+)?", second)):
        return  # (kanji: 九到一 is no figure anyone writes)
    low, high = sorted((Fraction(first), Fraction(second)))
    if match.group("sep") not in (*SCORE_SIGNS, *RANGE_SIGNS) and not closed:
        return  # ８から３を引く: subtraction (a word joins, nothing closes a range)
    if match.group("sep") in SCORE_SIGNS:
        if len(first) <= 2 and len(second) <= 2:
            for group in ("num", "num2"):
                value = Fraction(match.group(group))
                yield NumberMatch(match.start(group), match.end(group), Quantity(value, value))
            return
        if match.group("sep") == ":" or len(first) != len(second):
            return  # 120:80 may be anything; 2016-02 is a month
    yield NumberMatch(match.start("num"), match.end("num2"), Quantity(low, high, "range"))


# What joins the two figures of a score or a record (7-2, 3:1), and the signs that only
# join a range (400～200 is a range written backwards).
SCORE_SIGNS = ("-", "—", "–", ":")
RANGE_SIGNS = ("～", "〜", "~")


def _list_space(match: re.Match[str]) -> str:
    """80 443 with the space made an ideographic one, which groups no thousands."""
    start = match.start("space") - match.start()
    return match.group(0)[:start] + "\u3000" + match.group(0)[start + 1 :]


def _thousands_commas(match: re.Match[str]) -> str:
    groups = match.group(0).split("、")
    first = int(groups[0]) if groups[0].isdigit() else 0
    if len(groups) == 2 and len(groups[0]) == 1 and first >= 2 and groups[1] == f"{first + 1}00":
        return match.group(0)  # 5、600人: five or six hundred, no 5,600
    if len(groups[0]) < 3 or any(group.startswith("0") for group in groups[1:]):
        return ",".join(groups)
    return match.group(0)


def _is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()

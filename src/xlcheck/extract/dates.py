"""Date grammar, language-neutral: each language's rules/LANG/dates.toml fills it in.

Dates are found first (so that 2016年 never becomes the number 2016); one pattern finds
every construction and a reader per construction (`DateGrammar._parse`) gives its value.
Relative and elliptic ones are resolved afterwards, in reading order
(date_resolution.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .. import regexes
from ..model import DateValue
from ..regexes import compiled
from .date_joins import DateMatch, day_after, year_after_day, year_restated
from .numerals import (
    DIGITS,
    FORMS,
    KANJI_NUMERAL_CHARS,
    ZEROS,
    NumeralError,
    numeral_chars,
    parse_numeral,
)
from .spans import alternation, overlaps

# Character classes of numerals, from the numeral table (extract/numerals.toml): the
# everyday kanji 1 to 10 (a day, a month: 十二月), any zero, the nonzero digits of the
# everyday and financial forms, and their 1 and 2, 0, 十, 百, 千.
_KANJI_SMALL = f"[{numeral_chars(('everyday',), range(1, 11))}]"
SMALL = rf"(?:\d{{1,2}}|{_KANJI_SMALL}{{1,3}})"
# the year of an era: 民国 runs past a hundred (民国102年, 民國一百零二年)
ERA_YEAR = rf"(?:\d{{1,3}}|(?:{_KANJI_SMALL}|[百零〇]){{1,5}})"
_WRITTEN = ("everyday", "financial")
_NONZERO = numeral_chars(_WRITTEN, range(1, 10))
_ONE_TWO = f"[{numeral_chars(_WRITTEN, (1, 2))}]"
_ZERO, _TEN = f"[{numeral_chars(_WRITTEN, (0,))}]", f"[{numeral_chars(_WRITTEN, (10,))}]"
_HUNDRED, _THOUSAND = (
    f"[{numeral_chars(_WRITTEN, (100,))}]",
    f"[{numeral_chars(_WRITTEN, (1000,))}]",
)
# a year digit by digit in any script (2011, 二〇一一, 二零一一, 贰零壹壹), or grouped
# (二千十一, 千九百九十七, 二千零一十一; 二千年 only before a month: alone it is as often two
# thousand years)
_YEAR_DIGIT = ZEROS + _NONZERO
YEAR_DIGITS = (
    rf"(?:\d{{4}}|[{_YEAR_DIGIT}]{{4}}"
    rf"|(?!{_ONE_TWO}?{_THOUSAND}\s?年)"  # not round thousands: 二千年 is also 2000 years
    rf"(?:{_ONE_TWO}{_THOUSAND}(?:{_ZERO}?[{_NONZERO}]?{_HUNDRED})?"
    rf"|{_THOUSAND}(?:{_ZERO}?[{_NONZERO}]{_HUNDRED})?)"
    rf"(?:{_ZERO}?[{_NONZERO}]?{_TEN})?{_ZERO}?[{_NONZERO}]?"
    rf"|{_ONE_TWO}{_THOUSAND}(?=\s?年\s?(?:\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?月))"  # 二千年1月
)
# what a time of day is written with: 两点 (two o'clock), but never 两分
_HOUR = f"[{numeral_chars(('everyday', 'counting'), range(11))}]"
_MINUTE = f"[{numeral_chars(('everyday',), range(11))}]"
_DIGIT = numeral_chars(("everyday",), range(10))


# The years of a decade that a part of it names (80年代前半, 九十年代末); not "mid", whose
# one-character word would read 九十年代中国 as the mid-nineties.
_DECADE_PARTS = {"early": (0, 4), "first-half": (0, 4), "second-half": (5, 9), "late": (5, 9)}


# A year written just before a month that the year grammar does not read (more than four
# digits: 紀元前 271821 年 4 月 20 日): the month and day are of that year, not the context's.
_UNREAD_YEAR = re.compile(r"\d{5,}\s?年\s?$")


# What joins the two days of a span in one month (5月3～7日)
DAY_SPAN = "～〜~\\-–—"
# What stands between the names of a list of weekdays (周一、三、五, 月・水・金曜日)
WEEKDAY_LIST = "、・,，"


@dataclass(frozen=True)
class DateTables:
    """What a language contributes to the date grammar."""

    relative_years: dict[str, int]  # 今年 -> 0, 去年 -> -1 (against the document date)
    same_year: tuple[str, ...]  # 同年, 当年: the year last mentioned
    same_month: tuple[str, ...]  # 同月
    relative_months: dict[str, int]  # 本月 -> 0, 先月 -> -1 (against the document date)
    year_parts: dict[str, str]  # 年初 -> early ...
    month_parts: dict[str, str]  # 初 -> early, 下旬 -> late
    day_suffixes: tuple[str, ...]  # 日, 号
    since_prefixes: tuple[str, ...]  # 从, 自
    until_prefixes: tuple[str, ...]  # 截至, 截止
    since_suffixes: tuple[str, ...]  # 以来, 至今, 以降
    until_suffixes: tuple[str, ...]  # まで, 時点, 为止
    between_joiners: tuple[str, ...]  # から, 到, 至, -
    between_closers: tuple[str, ...]  # にかけて, まで
    not_dates: tuple[str, ...]  # regexes that look like dates and are not: 同年纪
    meridiems: dict[str, str]  # 上午 -> am, 午後 -> pm
    hour_markers: tuple[str, ...]  # 点, 时 / 時
    half_hour: str  # 半
    minute_marker: str  # 分
    weekday_prefixes: tuple[str, ...]  # 星期, 周
    weekday_names: dict[str, int]  # 一 -> 1 ... 日 -> 7
    weekday_suffix: str  # 曜 (月曜日)
    month_suffix: str = ""  # 份 (七月份)
    eras: dict[str, int] = field(default_factory=dict)  # 平成 -> 1988 (平成元年 is 1989)
    # a since-suffix that also ends a comparison (より) and the words after which it is
    # "since" all the same (施行: 2016年より施行)
    comparison_suffixes: tuple[str, ...] = ()
    since_before: tuple[str, ...] = ()
    not_until: tuple[str, ...] = ()  # 才: 直到2018年，上海才开始 is a point, not "until"
    moved_to: tuple[str, ...] = ()  # 推迟: 推迟到下个月 is "postponed to"
    season_joiners: tuple[str, ...] = ()  # -, 至: the years of a season (1995-96赛季)
    season_words: tuple[str, ...] = ()  # 年, 赛季, シーズン: what follows them
    century_words: tuple[str, ...] = ()  # 世纪, 世紀 (21世纪)
    # a year named otherwise than with 年: 2019财年, 2019会計年度; FY2019
    fiscal_year_words: tuple[str, ...] = ()
    fiscal_year_prefixes: tuple[str, ...] = ()
    # a day right after its month without 日 (八月十五, 正月十五), only before one of these
    # regexes (八月十五的月亮; not 三月十五人); and the prefix of the lunar days 1-10 (初五)
    bare_day_after: tuple[str, ...] = ()
    lunar_day_prefix: str = ""
    # days relative to the day of writing (明天 = 1, 明後日 = 2, 昨天 = -1): unresolved,
    # compared by their offset (明天 against 明後日 is another day)
    relative_days: dict[str, int] = field(default_factory=dict)
    # holidays and events named by a word: their [month, day] where fixed (国庆节), none
    # where the day moves (春节) or the name holds a date that is no fact (五四运动)
    holidays: dict[str, list[int]] = field(default_factory=dict)
    # regexes after a two-digit year that make it a point in time: 98年に, 98年出生
    short_year_after: tuple[str, ...] = ()


# the group whose word a relative or elliptic date keeps for the report (去年 → 2017)
_ANCHOR_WORDS = {
    "relative": "rel",
    "same-year": "same",
    "same-month": "samem",
    "relative-month": "relm",
}


# A two-digit year up to this is of the 2000s (〇八年, '24年), above it of the 1900s (九八年).
SHORT_YEAR_PIVOT = 40


def _calendar_range(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether what is written can be a date: month 1-12, day 1-31, year 1000-2999."""
    return (
        (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
        and (year is None or 1000 <= year <= 2999)
    )


class DateGrammar:
    """A compiled date grammar for one language."""

    def __init__(self, tables: DateTables) -> None:
        self.tables = tables
        # not inside a numeral: the 九一八 of 一九一八年 is no holiday
        digits = f"0-9{KANJI_NUMERAL_CHARS}〇零"
        self.holidays = re.compile(
            f"(?<![{digits}])(?:{alternation(tables.holidays)})(?![{digits}])"
        )
        moved_to, not_until = tables.moved_to, tables.not_until
        # verbs before an until-prefix that make it "to": 推迟到 (postponed to)
        self.moved_to = compiled(rf"(?:{alternation(moved_to)})$") if moved_to else None
        # a word later in the clause that makes an until-prefix a point (才)
        self.not_until = (
            compiled(rf"[^。！？!?\n]{{0,12}}?(?:{alternation(not_until)})") if not_until else None
        )
        # a since-suffix that also ends a comparison (2019年より増えた): it means "since"
        # only before one of `since_before` (2016年より施行)
        self.comparison_suffixes = tables.comparison_suffixes
        # (tried right after the suffix; never from inside a run of spaces)
        self.since_before = compiled(rf"(?<!\s)\s*+(?:{alternation(tables.since_before)})")
        year_words = alternation(("年", *tables.fiscal_year_words))  # 2019年, 2019财年
        decade_parts = alternation(
            word for word, part in tables.year_parts.items() if part in _DECADE_PARTS
        )
        fiscal = alternation(tables.fiscal_year_prefixes)  # FY2019
        short_after = "|".join(tables.short_year_after) or "(?!)"
        year = (
            # not the last digits of a longer figure (紀元前 271821 年)
            # not inside a larger numeral: 两千五百年 is 2500 years, not the year 1500
            rf"(?:(?<![\d两兩{_YEAR_DIGIT}])(?P<y>{YEAR_DIGITS})\s?(?:{year_words})(?!代)"
            # spaced as FLORES spaces figures: 平成 7 年
            rf"|(?P<era>{alternation(tables.eras)})\s?(?P<ey>元|{ERA_YEAR})\s?年"
            rf"|(?<![A-Za-z])(?:{fiscal})\s?(?P<fy>\d{{4}})(?!\d)"
            rf"|(?P<rel>{alternation(tables.relative_years)})|(?P<same>{alternation(tables.same_year)})"
            # a year of two digits, its century unsaid: digit by digit (九八年, 〇八年), after
            # an apostrophe ('98年), or before a month or a word that makes it a point in
            # time (24年3月, 98年に, 98年出生); 98年 alone is as often 98 years
            rf"|(?<![\d'’‘.{_YEAR_DIGIT}{_TEN[1:-1]}])(?P<sy>[{_YEAR_DIGIT}]{{2}}"
            rf"|['’‘]\d{{2}}|\d{{2}}(?=\s?年\s?(?:\d{{1,2}}\s?月|{short_after})))\s?年(?![代间間])"
            rf")"
        )
        month = (
            # not 第一月, 第1月 (the first month: a count of months, no month of the year)
            # a span of months in one year shares its suffix: 7～8月, 7至8月
            rf"(?:(?<!第)(?P<m>{SMALL})(?:\s?[{DAY_SPAN}至到]\s?(?P<m2>{SMALL}))?\s?月"
            rf"(?:{re.escape(tables.month_suffix)})?"
            rf"|(?P<samem>{alternation(tables.same_month)})"
            rf"|(?P<relm>{alternation(tables.relative_months)}))"
        )
        # a span of days in one month shares its suffix: 5月3～7日, 5月3-7日
        day = (
            rf"(?P<d>{SMALL})(?:\s?[{DAY_SPAN}]\s?(?P<d2>{SMALL}))?"
            rf"\s?(?:{alternation(tables.day_suffixes)})"
        )
        if tables.bare_day_after:  # 八月十五的, 五月初五
            lunar = f"(?:{re.escape(tables.lunar_day_prefix)})?" if tables.lunar_day_prefix else ""
            after = "|".join(tables.bare_day_after)
            day = rf"(?:{day}|{lunar}(?P<bare>{_KANJI_SMALL}{{1,3}})(?=$|{after}))"
        slash_weekday = (
            f"(?:{alternation(tables.weekday_prefixes)})?(?:{alternation(tables.weekday_names)})"
        )
        core = (
            rf"(?:(?P<iso>\d{{4}})[-/.](?P<isom>\d{{1,2}})[-/.](?P<isod>\d{{1,2}})(?!\d)"
            # a month and day with a slash, only before its weekday in brackets (3/15（金）,
            # 3/15（周五）): alone, 3/15 is as often a fraction
            rf"|(?<![\d/.])(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})(?=\s?[(（]{slash_weekday})"
            rf"|(?P<yr1>\d{{4}})\s?(?:{alternation(tables.season_joiners)})"
            rf"\s?(?P<yr2>\d{{4}}|\d{{2}})\s?(?:{alternation(tables.season_words)})"
            # a decade, spaced or not, in its century or not (20 世纪 60 年代 = 1960 年代)
            rf"|(?:(?P<dcent>\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?"
            rf"(?:{alternation(tables.century_words)})\s?)?"
            rf"(?P<dec>\d{{2}}|\d{{4}}|{_KANJI_SMALL}{{2,3}})\s?年代"
            rf"(?P<decpart>{decade_parts})?"
            rf"|(?P<cent>\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?(?:{alternation(tables.century_words)})"
            # a bare day (3日, 三日); not the 3日 of ２、３日 ("two or three days")
            rf"|(?<![\d月第、{_KANJI_SMALL[1:-1]}])(?<!\d、)(?<!{_KANJI_SMALL}、)"
            # nor the 7日 of 3～7日 (three to seven days), unless a month opens it (5月3～7日)
            rf"(?:(?<!\d[～〜~])|(?<=月\d[～〜~])|(?<=月\d\d[～〜~]))"
            rf"(?P<bd>\d{{1,2}}|(?!一日){_KANJI_SMALL}{{1,3}})"
            rf"(?:{alternation(tables.day_suffixes)})(?![间間元圆月目线線楼樓室车車机機厅廳门門])"
            rf"|(?:{year}(?P<ypart>{alternation(tables.year_parts)})?\s?)?(?:{month}(?:\s?{day})?)?)"
        )
        # every date starts with a digit, a kanji numeral or one of the listed words: a
        # look-ahead on those first characters spares the engine most positions
        starters = {
            word[0]
            for word in (
                *tables.relative_years,
                *tables.same_year,
                *tables.same_month,
                *tables.relative_months,
                *tables.eras,
                *tables.fiscal_year_prefixes,
                *tables.since_prefixes,
                *tables.until_prefixes,
            )
        }
        # 两, 十 and 千 (仟) open a date that no digit opens: 两点, 十月, 千九百九十七年
        numerals = FORMS["counting"] + numeral_chars(("everyday",), (10,)) + _THOUSAND[1:-1]
        # (and the apostrophe of a two-digit year: '98年)
        first = f"[0-9{numerals}{_YEAR_DIGIT}'’‘{re.escape(''.join(sorted(starters)))}]"
        self.pattern = compiled(
            rf"(?={first})"
            rf"(?:(?P<pre>{alternation(tables.since_prefixes + tables.until_prefixes)})\s?)?{core}"
            rf"(?P<mpart>{alternation(tables.month_parts)})?"
            rf"(?P<post>{alternation(tables.since_suffixes + tables.until_suffixes)})?"
        )
        # scanned in every text (as are the date pattern, time and weekday, below): skipped
        # where no character that opens a match is found
        self.not_dates = regexes.Prechecked(compiled("|".join(tables.not_dates) or "(?!)"))
        # a kanji hour not inside a larger numeral (高开二百一十点 is 210 points, not 10
        # o'clock); digits may follow a kanji numeral (周五9点)
        inside = f"{_DIGIT}{numerals}百佰万萬亿億"
        hour = rf"(?P<h>\d{{1,2}}|(?<![{inside}]){_HOUR}{{1,3}})"
        minute = rf"(?P<min>\d{{1,2}}|{_MINUTE}{{1,3}})"
        self.time = compiled(
            # not the last part of a version or a decimal (1.18時点 is "as of 1.18"), nor of
            # a name (过渡到 gcc4 时: "when moving to gcc4")
            rf"(?:(?P<mer>{alternation(tables.meridiems)})\s?)?"
            r"(?<![\d.．A-Za-z])"
            rf"(?:(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?!\d)"
            rf"|{hour}\s?(?P<mark>{alternation(tables.hour_markers)})(?![间間])"
            rf"(?:(?P<half>{re.escape(tables.half_hour)})"
            rf"|\s?{minute}\s?{re.escape(tables.minute_marker)}"
            rf"|(?P<quarter>[一三])刻"  # 十点一刻 = 10:15
            rf"|(?P<sharp>钟|整))?(?![{_DIGIT}\d]))"  # 三点五 is 3.5
            rf"(?:\s?(?:UTC|GMT)(?P<tz>[+-−]\d{{1,2}}))?"
        )
        # the names as words, not a class of characters: a name of two (礼拜天) read as a
        # class matched one character of it, which [weekday_names] then lacked
        names = alternation(tables.weekday_names)
        # a list of weekdays shares its prefix or suffix: 每周一、三、五, 月・水・金曜日
        listed = rf"(?:(?:{names})[{WEEKDAY_LIST}]\s?)"
        self.weekday = compiled(
            # 每周三次 is three times a week, not Wednesday
            rf"(?:{alternation(tables.weekday_prefixes)})(?P<more>{listed}*)(?P<wd>{names})"
            rf"(?![次遍趟回个])"
            if tables.weekday_prefixes
            # a list opens after no numeral (not the 月 of 10月・水曜日) and where no word
            # ends (今月、水曜日 is this month and Wednesday; 毎週月・水曜日 is a list); one
            # name may follow a numeral (第1月曜日)
            else rf"(?:(?<![0-9{numerals}])(?:(?<![\u3400-\u9fff])|(?<=[週周毎]))"
            rf"(?P<more>{listed}+))?(?P<wd>{names})"
            rf"{re.escape(tables.weekday_suffix)}(?:日)?"
        )
        self.pattern, self.time, self.weekday = map(
            regexes.Prechecked, (self.pattern, self.time, self.weekday)
        )
        self.weekday_name = compiled(names)
        self.relative_day = compiled(alternation(tables.relative_days))
        # a span of weekdays by their names alone, as timetables write them: 月～金, 土・日 is
        # a list (not after a numeral: 3月～金 is no Monday)
        self.weekday_span = compiled(
            rf"(?<![0-9{numerals}])(?P<a>{names})\s?[{DAY_SPAN}]\s?(?P<b>{names})"
            rf"(?:{re.escape(tables.weekday_suffix)}日?)?"
            if tables.weekday_suffix
            else "(?!)"
        )
        # a weekday's name alone in brackets right after a day: 10月20日（金）, 5日(月)
        self.bracketed_weekday = compiled(
            rf"(?:(?<=[0-9{numerals}]{alternation(tables.day_suffixes)})|(?<=\d/\d)|(?<=/\d\d))"
            rf"\s?[(（]"
            rf"(?P<wd>{names})(?:{re.escape(tables.weekday_suffix)}日?)?[)）]"
            if tables.weekday_suffix
            else "(?!)"
        )
        # from the start of a run of spaces only: a search from each space of a long run
        # took time in the square of its length
        self.joiner = compiled(rf"(?<!\s)\s*(?:{alternation(tables.between_joiners)})\s*+$")
        self.joiner_first = compiled(rf"(?:{alternation(tables.between_joiners)})")
        # a date's day, then perhaps a joiner, right before a bare day: 15日至17日
        self.after_a_day = compiled(
            rf"[0-9{numerals}]\s?(?:{alternation(tables.day_suffixes)})"
            rf"\s*(?:{alternation(tables.between_joiners)})?\s*$"
        )
        # used as .match(text, at)
        self.closer = compiled(rf"\s*(?:{alternation(tables.between_closers)})")

    def find(self, text: str) -> list[DateMatch]:
        """Dates, times and weekdays in `text` (width-folded, markup blanked), relative
        ones unresolved, in text order."""
        blocked = [m.span() for m in self.not_dates.finditer(text)]
        found: list[DateMatch] = []
        for match in self.weekday_span.finditer(text):
            for name in ("a", "b"):
                value = DateValue(weekday=self.tables.weekday_names[match.group(name)])
                end = match.end() if name == "b" else match.end(name)
                found.append(DateMatch(match.start(name), end, value, "explicit"))
            blocked.append(match.span())
        for match in self.holidays.finditer(text):
            if not overlaps(match.span(), blocked):
                found.append(self._holiday(match))
                blocked.append(match.span())
        for match in self.weekday.finditer(text):
            if overlaps(match.span(), blocked):
                continue
            start = match.start()
            listed = match.span("more") if match.group("more") else (start, start)
            for name in self.weekday_name.finditer(text, *listed):
                value = DateValue(weekday=self.tables.weekday_names[name.group(0)])
                found.append(DateMatch(start, name.end(), value, "explicit"))
                start = name.end() + 1
            value = DateValue(weekday=self.tables.weekday_names[match.group("wd")])
            found.append(DateMatch(start, match.end(), value, "explicit"))
            blocked.append(match.span())
        for match in self.relative_day.finditer(text):
            if not overlaps(match.span(), blocked):
                offset = self.tables.relative_days[match.group(0)]
                value = DateValue(day_offset=offset, resolved=match.group(0))
                found.append(DateMatch(match.start(), match.end(), value, "explicit"))
                blocked.append(match.span())
        for match in self.bracketed_weekday.finditer(text):
            if not overlaps(match.span(), blocked):
                value = DateValue(weekday=self.tables.weekday_names[match.group("wd")])
                found.append(DateMatch(match.start("wd"), match.end("wd"), value, "explicit"))
                blocked.append(match.span())
        for match in self.time.finditer(text):
            if not overlaps(match.span(), blocked):
                parsed = self._parse_time(match)
                if parsed is not None:
                    found.append(parsed)
                    blocked.append(match.span())
        for match in self.pattern.finditer(text):
            if match.start() == match.end() or overlaps(match.span(), blocked):
                continue
            parsed = self._parse(match)
            if parsed is not None:
                found.append(parsed)
        found.sort(key=lambda m: m.start)
        return year_after_day(year_restated(self._join_intervals(found, text), text), text)

    def _holiday(self, match: re.Match[str]) -> DateMatch:
        """国庆节 is 10月1日 of the year in context, named; 春节 (its day moves) and 五四运动
        hold no date to compare, only a name that hides its numerals and seasons."""
        day = self.tables.holidays[match.group(0)]
        if not day:
            return DateMatch(match.start(), match.end(), DateValue(named=True), "explicit")
        value = DateValue(month=day[0], day=day[1], named=True)
        return DateMatch(match.start(), match.end(), value, "none")

    def _parse_span(self, match: re.Match[str]) -> DateMatch | None:
        """90年代 (the 1990s), 二十世纪六十年代 (the 1960s), 21世纪 (2001-2100): a span of
        years."""
        g = match.group
        try:
            if g("dec"):
                start = int(parse_numeral(g("dec")))
                if start < 100 and g("dcent"):
                    century = int(parse_numeral(g("dcent")))
                    if not 1 <= century <= 30:
                        return None
                    start += (century - 1) * 100  # 20 世纪 60 年代 = the 1960s
                elif start < 100:
                    start += 1900 if start >= 30 else 2000  # 90年代 = 1990s, 10年代 = 2010s
                if start % 10:
                    return None
                first, last, label = start, start + 9, f"the {start}s"
                part = self.tables.year_parts.get(g("decpart") or "")
                if part in _DECADE_PARTS:  # 80年代前半 = 八十年代初: 1980-1984
                    low, high = _DECADE_PARTS[part]
                    first, last, label = start + low, start + high, f"the {start}s ({part})"
            else:
                century = int(parse_numeral(g("cent")))
                if not 1 <= century <= 30:
                    return None
                first, last = (century - 1) * 100 + 1, century * 100
                label = f"century {century}"
        except NumeralError:
            return None
        value = DateValue(year=first, relation="between", end=DateValue(year=last), resolved=label)
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _parse_time(self, match: re.Match[str]) -> DateMatch | None:
        """上午9:30, 9点半, 午前9時30分, 11:00; a kanji hour needs a minute, 半 or 上午
        (一点 is also "a little", 一時 "for a while")."""
        g = match.group
        try:
            if g("hh"):
                hour, minute = int(g("hh")), int(g("mm"))
            else:
                hour = int(parse_numeral(g("h")))
                qualified = g("mer") or g("half") or g("min") or g("sharp") or g("quarter")
                if hour == 1 and not g("h").isdigit() and not qualified:
                    return None  # 一点 is "a little", 一時 "for a while"
                minute = 30 if g("half") else int(parse_numeral(g("min"))) if g("min") else 0
                if g("quarter"):
                    minute = 15 * int(parse_numeral(g("quarter")))
        except NumeralError:
            return None
        if hour > 24 or minute > 59:
            return None
        meridiem = self.tables.meridiems.get(g("mer") or "")
        offset = int(g("tz").replace("−", "-")) if g("tz") else None
        value = DateValue(hour=hour, minute=minute, meridiem=meridiem, utc_offset=offset)
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _parse(self, match: re.Match[str]) -> DateMatch | None:
        """The construction that matched decides the reading."""
        g = match.group
        if g("dec") or g("cent"):
            return self._parse_span(match)
        if g("yr1"):
            return self._parse_season(match)
        if g("bd"):
            return self._parse_bare_day(match)
        return self._parse_calendar(match)

    def _parse_season(self, match: re.Match[str]) -> DateMatch | None:
        """2019-2020年, 1995-96赛季, 2019～2020シーズン: a range of years."""
        first, last = int(match.group("yr1")), int(match.group("yr2"))
        if last < 100:  # 1995-96; 1999-00 crosses the century
            last += first - first % 100 + (100 if last == (first + 1) % 100 < first % 100 else 0)
        if not (_calendar_range(first, None, None) and _calendar_range(last, None, None)):
            return None
        # an end not after the start (1995～1994年) is read as written: a range that
        # changed is a changed date, not nothing
        value = DateValue(year=first, relation="between", end=DateValue(year=last))
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _parse_bare_day(self, match: re.Match[str]) -> DateMatch | None:
        """3日, 十五号: a day whose month comes from the context; with a prefix, a suffix or a
        part (3日以来, 5日初) it is no date."""
        g = match.group
        if g("mpart") or g("ypart"):
            return None
        # the end of a span whose start is a full date: 1月15日至17日, 1月15日から17日まで
        start = match.start()
        ends_a_span = self.after_a_day.search(match.string, max(0, start - 6), start)
        if (g("pre") or g("post")) and not ends_a_span:
            return None
        try:
            day = int(parse_numeral(g("bd")))
        except NumeralError:
            return None
        if not 1 <= day <= 31:
            return None
        value = DateValue(day=day, relation=self._relation(match) if ends_a_span else "point")
        return DateMatch(match.start(), match.end(), value, "day-only")

    def _parse_calendar(self, match: re.Match[str]) -> DateMatch | None:
        """2018年3月5日, 2018-03-05, 平成30年, 去年年底, 同年10月, 本月下旬: year, month and
        day as written, anchored by the year or month word, with a part and a relation."""
        g = match.group
        if g("ypart") and (g("m") or g("samem") or g("relm")):
            return None  # 2018年底12月 and the like: no reading
        if g("relm") and any(g(name) for name in ("y", "era", "rel", "same")):
            return None  # 去年本月 and the like: too rare to be worth a reading
        fields = self._calendar_fields(match)
        if fields is None:
            return None
        year, month, day, anchor = fields
        if not _calendar_range(year, month, day) or (anchor == "none" and month is None):
            return None
        if g("mpart") and (month is None or day is not None):
            return None  # 下旬 qualifies a month, not a day
        value = DateValue(
            year=year,
            month=month,
            day=day,
            part=self._part(match),
            relation=self._relation(match),
            resolved=g(_ANCHOR_WORDS[anchor]) if anchor in _ANCHOR_WORDS else None,
            short=bool(g("sy")),
        )
        if g("m2"):  # 7～8月: from July to August
            try:
                last = int(parse_numeral(g("m2")))
            except NumeralError:
                return None
            if day is not None or not month < last <= 12:
                return None
            end = DateValue(year=year, month=last)
            value = replace(value, relation="between", end=end)
        if day is not None and g("d2"):  # 5月3～7日: from the 3rd to the 7th
            try:
                last = int(parse_numeral(g("d2")))
            except NumeralError:
                return None
            if not 1 <= last <= 31 or last == day or month is None:
                return None
            end = day_after(DateValue(year=year, month=month, day=day), last)
            value = replace(value, relation="between", end=end)
        if anchor == "relative-month":
            offset = self.tables.relative_months[g("relm")]
        else:
            offset = self.tables.relative_years.get(g("rel") or "", 0)
        return DateMatch(match.start(), match.end(), value, anchor, offset)

    def _calendar_fields(
        self, match: re.Match[str]
    ) -> tuple[int | None, int | None, int | None, str] | None:
        """Year, month, day and anchor as written; None when a numeral does not read."""
        g = match.group
        try:
            if g("iso"):
                return int(g("iso")), int(g("isom")), int(g("isod")), "explicit"
            if g("sm"):  # 3/15（金）: the year from the context
                return None, int(g("sm")), int(g("sd")), "none"
            year, anchor = self._year(match)
            month = int(parse_numeral(g("m"))) if g("m") else None
            written = g("d") or (g("bare") if "bare" in match.re.groupindex else None)
            day = int(parse_numeral(written)) if written else None
        except NumeralError:
            return None
        if g("samem"):
            anchor = "same-month"
        elif g("relm"):
            anchor = "relative-month"
        return year, month, day, anchor

    def _year(self, match: re.Match[str]) -> tuple[int | None, str]:
        """The year written (2018年, 平成30年) or the word that anchors it (去年, 同年)."""
        g = match.group
        if g("y"):
            return int(parse_numeral(g("y"))), "explicit"
        if g("fy"):
            return int(g("fy")), "explicit"
        if g("sy"):
            digits = g("sy").lstrip("'’‘")
            value = int(digits) if digits.isdigit() else int(parse_numeral(digits))
            if not digits.isdigit() and DIGITS.get(digits[1]) == DIGITS.get(digits[0], -9) + 1:
                raise NumeralError("七八年 is seven or eight years")
            return (2000 if value <= SHORT_YEAR_PIVOT else 1900) + value, "explicit"
        if g("era"):
            offset = 1 if g("ey") == "元" else int(parse_numeral(g("ey")))
            return self.tables.eras[g("era")] + offset, "explicit"
        if g("rel"):
            return None, "relative"
        if g("same"):
            return None, "same-year"
        if _UNREAD_YEAR.search(match.string, max(0, match.start() - 16), match.start()):
            return None, "explicit"  # 紀元前 271821 年 4 月 20 日: a year, not the context's
        return None, "none"  # a month alone: the year comes from the context

    def _part(self, match: re.Match[str]) -> str | None:
        """年初 (early in the year), 下旬 (late in the month)."""
        if match.group("mpart"):
            return self.tables.month_parts[match.group("mpart")]
        if match.group("ypart"):
            return self.tables.year_parts[match.group("ypart")]
        return None

    def _relation(self, match: re.Match[str]) -> str:
        """since (从2016年, 2016年以来), until (截至2018年, 2018年まで) or point."""
        pre, post = match.group("pre"), match.group("post")
        relation = "point"
        if pre in self.tables.since_prefixes or post in self.tables.since_suffixes:
            relation = "since"
            if (
                post in self.comparison_suffixes
                and not pre
                and not self.since_before.match(match.string, match.end())
            ):
                relation = "point"  # the point a comparison is made against
        if pre in self.tables.until_prefixes or post in self.tables.until_suffixes:
            relation = "until"
            if pre and self.not_until and self.not_until.match(match.string, match.end()):
                relation = "point"  # 直到2018年，上海才开始: "only in 2018", not an interval
            before = match.string[max(0, match.start() - 4) : match.start()]
            if pre and self.moved_to and self.moved_to.search(before):
                relation = "point"  # 推迟到下个月: moved to next month, not "until" it
        return relation

    def _join_intervals(self, found: list[DateMatch], text: str) -> list[DateMatch]:
        """2016年から2017年にかけて, 从2016年到2017年: one `between` fact, not two."""
        joined: list[DateMatch] = []
        for item in found:
            if joined:
                previous = joined[-1]
                gap = text[previous.end : item.start]
                head = text[previous.start : previous.end] + gap
                # the gap's length first: a search of a long gap is read for nothing
                joined_by = len(gap) <= 3 and (
                    self.joiner.search(head)
                    or self.joiner_first.match(text, item.start)
                    # 从3月5日持续到4月20日: a start, then an end said by its own word
                    or (previous.value.relation, item.value.relation) == ("since", "until")
                )  # 从2016年到2017年: 到 was read as the second date's "until"
                if joined_by:
                    closer = self.closer.match(text, item.end)
                    end = closer.end() if closer else item.end
                    last = replace(item.value, relation="point")
                    if last.day and last.month is None and last.year is None:
                        # 1月15日至17日: the end takes the start's month and year (the next
                        # month's when the day is below the start's: 5月28日至3日)
                        last = day_after(previous.value, last.day)
                    value = replace(previous.value, relation="between", end=last)
                    joined[-1] = DateMatch(
                        previous.start, end, value, previous.anchor, previous.offset
                    )
                    continue
            joined.append(item)
        return joined

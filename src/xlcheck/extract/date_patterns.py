"""The regular expressions of the date grammar, built from a language's tables: the
calendar date (year, month, day and the words around them), the time of day, the
weekday, spans of weekdays and holidays. The grammar (dates.py) scans with them and
date_readers.py reads what each named group holds; this module only writes them."""

from __future__ import annotations

import re

from .date_tables import DateTables
from .numerals import COUNTING_TWOS, FORMS, KANJI_NUMERAL_CHARS, ZEROS, numeral_chars
from .spans import alternation

# Character classes of numerals, from the numeral table (extract/numerals.toml): the
# everyday kanji 1 to 10 (a day, a month: 十二月), any zero, the nonzero digits of the
# everyday and financial forms, and their 1 and 2, 0, 十, 百, 千.
_KANJI_SMALL = f"[{numeral_chars(('everyday',), range(1, 11))}]"
# the numerals of a year before the era, in words (公元前二百二十一年) or digit by digit
_ERA_NUMERALS = "〇零一二两三四五六七八九十百千"
_DIGITS = f"[{numeral_chars(('everyday',), range(1, 10))}]"
SMALL = rf"(?:\d{{1,2}}|{_KANJI_SMALL}{{1,3}})"
# the year of an era: 民国 runs past a hundred (民国102年, 民國一百零二年)
ERA_YEAR = rf"(?:\d{{1,3}}|(?:{_KANJI_SMALL}|[百零〇]){{1,5}})"
_WRITTEN = ("everyday", "financial")
_NONZERO = numeral_chars(_WRITTEN, range(1, 10))
_ONE_TWO = f"[{numeral_chars(_WRITTEN, (1, 2))}]"
_TWO_COUNTING = f"[{COUNTING_TWOS}]"
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
    rf"|{_ONE_TWO}{_THOUSAND}(?=\s?年\s?(?:\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?月)"  # 二千年1月
    # 两千 of counting before a zero or tens only: 两千零五年, 两千一十年 (两千五百年 is
    # 2500 years, and 两千五 is 2500 in speech)
    rf"|{_TWO_COUNTING}{_THOUSAND}(?={_ZERO}|[{_NONZERO}]?{_TEN})"
    rf"(?:{_ZERO}?[{_NONZERO}]?{_TEN})?{_ZERO}?[{_NONZERO}]?)"
)
# what a time of day is written with: 两点 (two o'clock), but never 两分
_HOUR = f"[{numeral_chars(('everyday', 'counting'), range(11))}]"
_MINUTE = f"[{numeral_chars(('everyday',), range(11))}]"
_DIGIT = numeral_chars(("everyday",), range(10))


# What joins the two days of a span in one month (5月3～7日)
DAY_SPAN = "～〜~\\-–—"
# What stands between the months of a list that shares its 月 (7、8、9月, 7・8月号)
MONTH_LIST = "、,・"  # (，is folded to , before the grammar reads)
# the count of such a list, said in its 月's place (七、八两个月, 7、8、9三个月): two to
# ten (the table's kanji go no higher), with the counting 两 and 兩 of _TWO_COUNTING
_LIST_COUNT = f"[{numeral_chars(('everyday',), range(2, 11))}{_TWO_COUNTING[1:-1]}]"
# What stands between the names of a list of weekdays (周一、三、五, 月・水・金曜日)
WEEKDAY_LIST = "、・,，"
# 两, 十 and 千 (仟) open a date that no digit opens: 两点, 十月, 千九百九十七年
OPENING_NUMERALS = FORMS["counting"] + numeral_chars(("everyday",), (10,)) + _THOUSAND[1:-1]
# the numerals a day of the month is written in besides digits (七日, 十八号, 两号, 兩號)
DAY_NUMERALS = numeral_chars(("everyday",), range(1, 11)) + COUNTING_TWOS
# The years of a decade that a part of it names (80年代前半, 九十年代末); not "mid", whose
# one-character word would read 九十年代中国 as the mid-nineties.
DECADE_PARTS = {"early": (0, 4), "first-half": (0, 4), "second-half": (5, 9), "late": (5, 9)}
# the parts of a year that are its seasons (春季, 秋天)
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})


def _year(tables: DateTables) -> str:
    """A year: written (2019年, 二〇一九年, 2019财年, FY2019), of an era (平成30年),
    relative (去年), the same as the last (同年) or of two digits (九八年, '98年)."""
    year_words = alternation(("年", *tables.fiscal_year_words))  # 2019年, 2019财年
    fiscal = alternation(tables.fiscal_year_prefixes)  # FY2019
    short_after = "|".join(tables.short_year_after) or "(?!)"
    same = alternation((*tables.same_year, *tables.years_after_last))  # 同年, 次年
    return (
        # not the last digits of a longer figure (紀元前 271821 年)
        # not inside a larger numeral: 两千五百年 is 2500 years, not the year 1500
        rf"(?:(?<![\d两兩{_YEAR_DIGIT}])(?P<y>{YEAR_DIGITS})\s?(?:{year_words})(?!代)"
        # a class of students by its year (2025级, 2025届), not a count (1000级台阶)
        rf"|(?<![\d.第])(?P<coy>(?:19|20)\d{{2}})\s?(?:{alternation(tables.cohort_words)})"
        rf"(?!{'|'.join(tables.cohort_not_before) or '(?!)'})"
        # a year of digits before a season or a holiday with no 年 between, as schedules
        # and releases write it (2014春季, 2024 秋季发布会, 2014春节 = 2014年の春, 2024年秋の
        # 発表会, 2014年の春節)
        rf"|(?<![\d.第A-Za-z])(?P<sey>(?:19|20)\d{{2}})"
        rf"(?:\s?(?={_seasons(tables)})|(?=\s?(?:{_holidays(tables)})))"
        # spaced as FLORES spaces figures: 平成 7 年
        rf"|(?P<era>{alternation(tables.eras)})\s?(?P<ey>元|{ERA_YEAR})\s?年"
        # a bare year of three digits before a word that names its era (112年度)
        rf"|(?<![\d.,])(?P<iy>[1-9]\d{{2}})\s?(?P<iw>{alternation(tuple(tables.era_year_words))})"
        rf"|(?<![A-Za-z])(?:{fiscal})\s?(?P<fy>\d{{4}})(?!\d)"
        rf"|(?P<rel>{alternation(tables.relative_years)}{_season_year(tables)})|(?P<same>{same})"
        # a year of two digits, its century unsaid: digit by digit (九八年, 〇八年), after
        # an apostrophe ('98年), or before a month or a word that makes it a point in
        # time (24年3月, 98年に, 98年出生); 98年 alone is as often 98 years; not the
        # end of a larger numeral (一百零三年 is 103 years, no year 2003)
        rf"|(?<![\d'’‘.{_YEAR_DIGIT}{_TEN[1:-1]}{_HUNDRED[1:-1]}{_THOUSAND[1:-1]}万萬亿億])"
        rf"(?P<sy>[{_YEAR_DIGIT}]{{2}}"
        rf"|['’‘]\d{{2}}|\d{{2}}(?=\s?年\s?(?:\d{{1,2}}\s?月|{short_after})))\s?年"
        rf"(?!{alternation(tables.not_short_year_after)})"
        rf")"
    )


def _season_year(tables: DateTables) -> str:
    """A year said by one kanji right before a season, as another relative year (来 of
    来春, 今 of 今秋); not before a word the season opens (今春節 is 今 + 春節)."""
    if not tables.season_year_prefixes:
        return ""
    seasons = "".join(
        word for word, part in tables.year_parts.items() if part in SEASONS and len(word) == 1
    )
    # (the regexes of not_part_before: 春 + 節 is the Spring Festival)
    not_part = "|".join(tables.not_part_before) or "(?!)"
    prefixes = alternation(tables.season_year_prefixes)
    return f"|(?:{prefixes})(?=[{seasons}](?!{not_part}))"


def _seasons(tables: DateTables) -> str:
    """The words of a season of two characters or more among the parts of a year (春季,
    秋天); a lone 春 more often opens a word (2014春晚)."""
    words = [
        word
        for word, part in tables.year_parts.items()
        if part in SEASONS and len(word) > 1 and not word.startswith(tables.year_part_joiner or "@")
    ]
    return alternation(words) if words else "(?!)"


def _holidays(tables: DateTables) -> str:
    """The holidays and events named by a word of two characters or more (春节, 国庆节)."""
    words = [word for word in tables.holidays if len(word) > 1]
    return alternation(words) if words else "(?!)"


def _relative_month_joiner(tables: DateTables) -> str:
    """What may join a relative month and its day (来月の10日 = 下个月的十号 = 来月10日)."""
    if not tables.relative_month_day_joiners:
        return ""
    return rf"(?(relm)(?:{alternation(tables.relative_month_day_joiners)})?)"


def _lunar_words(tables: DateTables) -> list[str]:
    """The words of the lunar calendar, alone and with each joiner (农历, 旧暦の)."""
    words = [word for word, calendar in tables.calendar_words.items() if calendar == "lunar"]
    joiners = ("", " ", *tables.calendar_joiners)  # (农历 八月十五: a space, as calendar_before)
    return [word + joiner for word in words for joiner in joiners]


def _after_lunar_word(words: list[str]) -> str:
    """An empty group `lcal` where a word of the lunar calendar (`_lunar_words`) ends right
    before the month (农历 + 八月十五), none elsewhere: a look-behind per length of the
    words."""
    if not words:
        return ""
    lengths = sorted({len(word) for word in words})
    behind = "|".join(
        f"(?<={alternation([w for w in words if len(w) == length])})" for length in lengths
    )
    return rf"(?:(?:{behind})(?P<lcal>))?"


def _month_day(tables: DateTables) -> tuple[str, str]:
    """A month (7月, 七月份, 同月, 下个月) and a day (5日, 十五号, 八月十五的)."""
    joiners = alternation(tables.month_span_joiners)
    same = alternation((*tables.same_month, *tables.months_after_last))  # 同月, 翌月
    # (not a weekday's numeral: 星期五，十月十八号 is Friday, then October; no list of months)
    weekday = "".join(f"(?<!{re.escape(prefix)})" for prefix in tables.weekday_prefixes)
    lunar_words = _lunar_words(tables)
    month = (
        # (after a word of the lunar calendar, 农历八月十五: its day is a day before any word)
        rf"{_after_lunar_word(lunar_words)}"
        # not 第一月, 第1月 (the first month: a count of months, no month of the year)
        # a span of months in one year shares its suffix: 7～8月, 7至8月; so does a list of
        # months (7、8、9月, 4、6、8月), or its count instead (七、八两个月: the two of them,
        # a count the number grammar reads)
        rf"(?:(?<!第){weekday}(?P<m>{SMALL})(?:\s?(?P<mj>[{DAY_SPAN}]|{joiners})\s?(?P<m2>{SMALL})"
        rf"|(?P<ml>(?:\s?[{MONTH_LIST}]\s?{SMALL})+))?"
        rf"\s?(?:月(?:{re.escape(tables.month_suffix)})?|(?(ml)(?={_LIST_COUNT}\s?[个個]月)|(?!)))"
        rf"|(?P<lunm>{alternation(tables.lunar_months)})"
        rf"|(?P<samem>{same})"
        rf"|(?P<relm>{alternation(tables.relative_months)}))"
    )
    # a span of days in one month shares its suffix: 5月3～7日, 5月3-7日; so do two days
    # listed (11月18、19日: the 18th and the 19th)
    day = (
        rf"(?P<d>{SMALL})(?:\s?[{DAY_SPAN}]\s?(?P<d2>{SMALL})|\s?[{MONTH_LIST}]\s?(?P<dl>{SMALL}))?"
        rf"\s?(?:{alternation(tables.day_suffixes)})"
    )
    if tables.bare_day_after:  # 八月十五的, 五月初五; 正月初九, 正月十五 before any word
        prefix = tables.lunar_day_prefix
        lunar = f"(?P<lunar>{re.escape(prefix)})?" if prefix else ""
        after = "|".join(tables.bare_day_after)
        ends = rf"(?=$|{after})"
        if tables.lunar_months:
            ends = rf"(?(lunm)|{ends})"
        if lunar_words:
            # (not a figure's numeral: 农历八月十五万人 is the month, then 150,000 people)
            ends = rf"(?(lcal)(?![万萬亿億千百个個多余餘]|{_KANJI_SMALL})|{ends})"
        if prefix:
            ends = rf"(?(lunar)|{ends})"
        day = rf"(?:{day}|{lunar}(?P<bare>{_KANJI_SMALL}{{1,3}}){ends})"
    return month, day


def _spans_and_days(tables: DateTables) -> str:
    """The constructions that are no year-month-day: ISO and slash dates, seasons (1995-96
    赛季), decades, centuries and a bare day (3日)."""
    decade_parts = alternation(
        (
            *(word for word, part in tables.year_parts.items() if part in DECADE_PARTS),
            *tables.decade_parts,
        )
    )
    slash_weekday = (
        f"(?:{alternation(tables.weekday_prefixes)})?(?:{alternation(tables.weekday_names)})"
    )
    centuries = alternation(tables.century_words)
    before_era = alternation(tables.before_era_words) if tables.before_era_words else "(?!)"
    # ... or before a word that makes them a date (5/3前, 5/3まで, 5/3以降)
    slash_after = "|".join(tables.slash_date_after) or "(?!)"
    counted = "|".join(tables.compact_not_before) or "(?!)"
    return (
        # (not the folders of a path or a link: /2020/01/02/foo/ of a blog's permalinks)
        rf"(?<![A-Za-z0-9_/])(?P<iso>\d{{4}})[-/.](?P<isom>\d{{1,2}})[-/.](?P<isod>\d{{1,2}})"
        rf"(?!\d|/[A-Za-z0-9_])"
        # the same day written compact, as changelogs and build names write it (20231006):
        # eight digits standing alone that read as a year of 1900-2099, a month and a day
        rf"|(?<![A-Za-z0-9_.\-/])(?P<cy>(?:19|20)\d{{2}})(?P<cm>0[1-9]|1[0-2])"
        # (not before what makes them a count: 19910501人, compact_not_before)
        rf"(?P<cd>0[1-9]|[12]\d|3[01])(?![A-Za-z0-9_.]|\s?(?:{counted}))"
        # a month and day with a slash, only before its weekday in brackets (3/15（金）,
        # 3/15（周五）) or a word of slash_date_after: alone, 3/15 is as often a fraction
        rf"|(?<![\d/.])(?P<sm>1[0-2]|0?[1-9])/(?P<sd>3[01]|[12]\d|0?[1-9])"
        rf"(?=\s?[(（]{slash_weekday}|(?:{slash_after}))"
        # ... and the end of a range opened by one (5/1至5/5 = 5月1日から5日まで)
        rf"|(?:(?<=\d/\d[至到~～〜－—-])|(?<=\d/\d\d[至到~～〜－—-]))"
        rf"(?P<sm2>1[0-2]|0?[1-9])/(?P<sd2>3[01]|[12]\d|0?[1-9])(?![\d/])"
        rf"|(?P<yr1>\d{{4}})\s?(?:{alternation(tables.season_joiners)})"
        rf"\s?(?P<yr2>\d{{4}}|\d{{2}})\s?(?:{alternation(tables.season_words)})(?!代)"
        f"{_bracketed_years(tables)}"
        # a decade, spaced or not, in its century or not (20 世纪 60 年代 = 1960 年代)
        rf"|(?:(?P<dcent>\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?"
        rf"(?:{centuries})\s?)?"
        # two decades sharing 年代: 1950～60年代, 五六十年代 (the 1950s and 1960s)
        # (digit by digit too: 九〇年代, 一九九〇年代)
        rf"(?P<dec>\d{{2}}|\d{{4}}|[{_YEAR_DIGIT}]{{4}}|[{_YEAR_DIGIT}][{ZEROS}]|{_KANJI_SMALL}{{2,3}})"
        rf"(?:\s?[{DAY_SPAN}至到]\s?(?P<dec2>\d{{2}}|\d{{4}}|{_KANJI_SMALL}{{2,3}}))?\s?年代"
        rf"(?P<decpart>{decade_parts})?"
        # a year before the era (公元前221年, 紀元前44年), of any number of digits
        rf"|(?:{before_era})\s?"
        rf"(?P<bcy>\d{{1,4}}|[{_ERA_NUMERALS}]{{1,8}}|[{_YEAR_DIGIT}]{{2,4}})\s?年"
        rf"|(?P<bc>{before_era})?\s?(?P<cent>\d{{1,2}}|{_KANJI_SMALL}{{1,3}})\s?(?:{centuries})"
        # a generation by the last two digits of its years of birth, in figures or digit by
        # digit (90后, 九零后, 八〇後, 00后, 95后); not a figure's last digits nor 后 opening
        # a word (90后面, 90后来, 30後半)
        rf"|(?<![\d.第{_YEAR_DIGIT}])(?P<gen>[0-9][05]|[{_YEAR_DIGIT}][{ZEROS}五])"
        rf"(?:{alternation(tables.generation_words)})(?![面来來方边邊天期续續半])"
        # a year and month in digits alone (2024-03, 2024/3, 2024.03), as release tables
        # and changelogs write them: after the day and the seasons above (2024-03-05,
        # 2010-11 赛季, 2011-12学年), a month of 1-12 that no further figure follows; with a
        # dot, only before no word (2019.6亿元, 2020.5万美元 are amounts); never a side of
        # a size (2755.2μm×2049.6μm) nor before a unit's sign, spaced or not (μm, °C, Ω)
        rf"|(?<![A-Za-z0-9_.\-/×])(?P<ymy>(?:19|20)\d{{2}})(?:[-/](?P<ymm>0?[1-9]|1[0-2])"
        rf"|\.(?P<ymd>0?[1-9]|1[0-2])(?![\u3040-\u30ff\u3400-\u9fff%]))"
        rf"(?![\d]|[-/.]\d|[A-Za-z_×]|\s?[μµ°Ω℃])"
        # a bare day (3日, 三日); not the 3日 of ２、３日 ("two or three days")
        # nor the end of a longer numeral (the 二号 of 三〇二号房间); after a word and 、
        # it is a day (会議は、15日に閉幕した); nor the decimals of a count of days (6.9日)
        rf"|(?<![\d月第〇零百千{COUNTING_TWOS}{_KANJI_SMALL[1:-1]}])(?<!\d、)(?<!{_KANJI_SMALL}、)"
        rf"(?<!\d[.．])"
        # nor the 7日 of 3～7日 (three to seven days), unless a month opens it (5月3～7日)
        rf"(?:(?<!\d[～〜~])|(?<=月\d[～〜~])|(?<=月\d\d[～〜~]))"
        # (nor two digits said together: 两三日, 二三日, 五六日 are "two or three days", a day
        # of two digits has its 十: 二十三日)
        rf"(?P<bd>\d{{1,2}}|(?!一日)(?!{_DIGITS}{_DIGITS}){_KANJI_SMALL}{{1,3}})"
        rf"(?:{alternation(tables.day_suffixes)})(?!{'|'.join(tables.not_day_before) or '(?!)'})"
    )


def _bracketed_years(tables: DateTables) -> str:
    """Two years in brackets after an era, a reign or a dynasty (明朝万历年间（1573—1620）,
    唐代（618-907）): a range of years written without 年."""
    if not tables.bracketed_years_after:
        return ""
    # (one look-behind per length of word: Python's look-behinds have a fixed width, and
    # one tried per word before every bracketed figure is slower for the same matches)
    by_length: dict[int, list[str]] = {}
    for word in tables.bracketed_years_after:
        by_length.setdefault(len(word), []).append(word)
    behind = "|".join(
        f"(?<=(?:{alternation(words)})[（(])" for _, words in sorted(by_length.items())
    )
    joiners = alternation(tables.season_joiners)
    return rf"|(?:{behind})(?P<by1>\d{{4}})\s?(?:{joiners})\s?(?P<by2>\d{{4}})(?=\s?[）)])"


def _part_joiner(tables: DateTables) -> str:
    """What may stand between a year and its part: 的 before a part of two characters or
    more (98年的夏天, 2019年的年底; not 的春 of 2019年的春节, whose 春 is no part)."""
    if not tables.year_part_joiner:
        return ""
    long_parts = alternation(part for part in tables.year_parts if len(part) > 1)
    return rf"(?:{re.escape(tables.year_part_joiner)}(?={long_parts}))?"


def date_pattern(tables: DateTables) -> str:
    """A date with the words around it: since or until (从, 截至, 以来, まで) and a part of
    its month (下旬)."""
    month, day = _month_day(tables)
    # (a part is none before what not_part_before lists: the 初 of 今年初の試合, "first")
    not_part = f"(?!{'|'.join(tables.not_part_before)})" if tables.not_part_before else ""
    core = (
        rf"(?:{_spans_and_days(tables)}"
        rf"|(?:{_year(tables)}(?:{_part_joiner(tables)}"
        rf"(?P<ypart>{alternation(tables.year_parts)}){not_part})?\s?)?"
        rf"(?:{month}(?:{_relative_month_joiner(tables)}\s?{day})?)?)"
    )
    # every date starts with a digit, a kanji numeral or one of the listed words: a
    # look-ahead on those first characters spares the engine most positions
    starters = {
        word[0]
        for word in (
            *tables.relative_years,
            *tables.season_year_prefixes,
            *tables.same_year,
            *tables.same_month,
            *tables.years_after_last,
            *tables.months_after_last,
            *tables.relative_months,
            *tables.lunar_months,
            *tables.before_era_words,
            *tables.eras,
            *tables.fiscal_year_prefixes,
            *tables.since_prefixes,
            *tables.until_prefixes,
        )
    }
    # (and the apostrophe of a two-digit year: '98年)
    first = f"[0-9{OPENING_NUMERALS}{_YEAR_DIGIT}'’‘{re.escape(''.join(sorted(starters)))}]"
    return (
        rf"(?={first})"
        rf"(?:(?P<pre>{alternation(tables.since_prefixes + tables.until_prefixes)})\s?)?{core}"
        rf"(?:(?P<mpart>{alternation(tables.month_parts)}){not_part})?"
        rf"(?:(?P<post>{alternation(tables.since_suffixes + tables.until_suffixes)})"
        # not a suffix that opens the next word: the 前 of 5月4日前往 (set off for)
        rf"(?!{'|'.join(tables.suffixes_not_before) or '(?!)'}))?"
    )


def time_pattern(tables: DateTables) -> str:
    """A time of day: 上午9:30, 9点半, 午前9時30分, 十点一刻, 11:00 UTC+8."""
    # a kanji hour not inside a larger numeral (高开二百一十点 is 210 points, not 10
    # o'clock); digits may follow a kanji numeral (周五9点)
    inside = f"{_DIGIT}{OPENING_NUMERALS}百佰万萬亿億"
    hour = rf"(?P<h>\d{{1,2}}|(?<![{inside}]){_HOUR}{{1,3}})"
    minute = rf"(?P<min>\d{{1,2}}|{_MINUTE}{{1,3}})"
    marker = re.escape(tables.minute_marker)
    # the minutes to the hour said before it: 差五分十点 (9:55)
    to = alternation(tables.minutes_to)
    before = (
        rf"(?:(?:{to})\s?(?:(?P<tomin>\d{{1,2}}|{_MINUTE}{{1,3}})\s?{marker}钟?"
        rf"|(?P<toquarter>[一三])刻)\s?)?"  # 差一刻八点 = 7:45
    )
    # ... or after it, and the minutes past it: 十点差五分, 十点过五分, 10時5分過ぎ
    between = rf"(?:(?:{alternation(tables.minutes_past)})|(?P<to2>{to}))?"
    after = alternation(
        (*tables.minutes_to_after, *tables.minutes_past_after, *tables.minutes_to_either)
    )
    if tables.minutes_word_not_before:
        after = rf"(?:{after})(?!{alternation(tables.minutes_word_not_before)})"
    # (what after kanji tens makes them no minutes: 三点二十个, 四点五十元)
    not_minutes = "|".join(tables.minutes_not_before) or "(?!)"
    # (a digit after the hour that opens a word is no decimal: 两点一直 = 2時からずっと)
    opens_word = "|".join(tables.hour_digit_not_before) or "(?!)"
    return (
        # not the last part of a version or a decimal (1.18時点 is "as of 1.18"), nor of
        # a name (过渡到 gcc4 时: "when moving to gcc4")
        rf"(?:(?P<mer>{alternation(tables.meridiems)})\s?)?"
        r"(?<![\d.．A-Za-z])"
        rf"(?:(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?!\d)"
        rf"|{before}{hour}\s?(?P<mark>{alternation(tables.hour_markers)})(?![间間])"
        rf"(?:(?P<half>{re.escape(tables.half_hour)})"
        rf"|\s?{between}\s?{minute}\s?{marker}(?P<after>{after})?"
        # (its seconds, said after the minutes: 0 時 0 分 0 秒, 十点五分三十秒)
        rf"(?:\s?(?:\d{{1,2}}|{_MINUTE}{{1,3}})\s?秒(?![钟鐘]))?"
        # kanji minutes of ten or more without 分: 四点五十 (4:50), 十点十五 (10:15); 三点五
        # stays 3.5, and a counter after them makes a decimal or a count
        rf"|(?P<min2>[二三四五]?十[一二三四五六七八九]?)"
        rf"(?![{_DIGIT}\d{re.escape(tables.minute_marker)}]|\s?(?:{not_minutes}))"
        rf"|(?P<quarter>[一三])刻"  # 十点一刻 = 10:15
        rf"|(?P<sharp>钟|整))?(?!(?!{opens_word})[{_DIGIT}\d]))"  # 三点五 is 3.5
        # the zone said after the time (its seconds between): UTC, UTC+8, (JST), （北京时间）
        rf"(?:(?::[0-5]\d)?\s?[（(]?\s?(?:(?P<utc>UTC|GMT)(?P<tz>[+-−]\d{{1,2}})?"
        rf"|(?P<tzword>{alternation(tables.zone_words) or '(?!)'}))\s?[)）]?)?"
    )


def weekday_pattern(tables: DateTables) -> str:
    """A weekday (星期三, 周三, 水曜日) or a list of them sharing the prefix or suffix."""
    # the names as words, not a class of characters: a name of two (礼拜天) read as a
    # class matched one character of it, which [weekday_names] then lacked
    names = alternation(tables.weekday_names)
    # a list of weekdays shares its prefix or suffix: 每周一、三、五, 月・水・金曜日
    listed = rf"(?:(?:{names})[{WEEKDAY_LIST}]\s?)"
    if tables.weekday_prefixes:
        # 每周三次 is three times a week, not Wednesday; 星期六回来 (comes back on Saturday)
        # is no count of 回
        words = "".join(
            f"(?!(?<={re.escape(name)}){after})"
            for name, after in sorted(tables.weekday_names_not_before.items())
        )
        return (
            rf"(?:{alternation(tables.weekday_prefixes)})(?P<more>{listed}*)(?P<wd>{names})"
            rf"(?![次遍趟个]|回(?![来來去家到国國京乡鄉老校])){words}"
        )
    # a list opens after no numeral (not the 月 of 10月・水曜日) and where no word ends
    # (今月、水曜日 is this month and Wednesday; 毎週月・水曜日 is a list); one name may
    # follow a numeral (第1月曜日)
    # a list right after 週 may leave the suffix out: 毎週月・水・金 (timetables)
    suffix = rf"{re.escape(tables.weekday_suffix)}(?:日)?"
    return (
        rf"(?:(?<![0-9{OPENING_NUMERALS}])(?:(?P<week>(?<=[週周]))|(?<![\u3400-\u9fff])|(?<=毎))"
        rf"(?P<more>{listed}+))?(?P<wd>{names})"
        rf"(?(week)(?:{suffix})?|{suffix})"
    )


def weekday_span_pattern(tables: DateTables) -> str:
    """A span of weekdays by their names alone, as timetables write them: 月～金, 土・日
    is a list (not after a numeral: 3月～金 is no Monday). The first name may carry the
    suffix too (月曜日～金曜日): the 日 of its 曜日 is no Sunday that opens the span. In a
    language that writes a prefix (星期, 周), the span that says it once: 星期一至五."""
    names = alternation(tables.weekday_names)
    if tables.weekday_prefixes:
        # the prefix said once, the last name alone (星期一至五, 周一到五, 週一～五); not
        # before what makes the last a figure (周一至五点: until five o'clock)
        not_after = "|".join(tables.weekday_span_not_before) or "(?!)"
        return (
            rf"(?:{alternation(tables.weekday_prefixes)})(?P<a>{names})(?P<as>)"
            rf"\s?(?:[{DAY_SPAN}]|{alternation(tables.between_joiners)})\s?"
            rf"(?P<b>{names})(?![\d{OPENING_NUMERALS}]|{not_after})"
        )
    if not tables.weekday_suffix:
        return "(?!)"
    suffix = rf"(?:{re.escape(tables.weekday_suffix)}日?)?"
    return (
        rf"(?<![0-9{OPENING_NUMERALS}{re.escape(tables.weekday_suffix)}])(?P<a>{names})"
        rf"(?P<as>{suffix})\s?[{DAY_SPAN}]\s?(?P<b>{names}){suffix}"
    )


def bare_weekday_list_pattern(tables: DateTables) -> str:
    """A list of weekdays by their names alone, as notices write them: 土・日・祝日は休診,
    月・水・金, 土日祝 (the pair 土日 written as one word). Only in a language that writes a
    suffix (曜日) and no prefix; not after a numeral or a kanji (10月・水曜日 is the month;
    the list opens no word), and only before a holiday's word or a word's end, so that a
    word of two kanji is no list (水木しげる). The names must run in the week's order
    (DateGrammar._bare_weekdays): 木・火・土・金・水 are the five elements."""
    if tables.weekday_prefixes or not tables.weekday_suffix:
        return "(?!)"
    names = alternation(tables.weekday_names)
    listed = rf"(?:{names})(?:[{WEEKDAY_LIST}](?:{names})){{1,6}}|土日"
    return (
        rf"(?:(?<=[週周])|(?<![0-9{OPENING_NUMERALS}\u3400-\u9fff々]))(?:{listed})"
        rf"(?=[{WEEKDAY_LIST}]?祝|休|定休|営業|[はにのもやとを、,。)）」\s]|$)"
    )


def weekday_span_word_pattern(tables: DateTables) -> str:
    """A word that names a span of weekdays (平日 = 月～金, 工作日), not after what makes it
    something else (5个工作日: a count of days)."""
    if not tables.weekday_span_words:
        return "(?!)"
    guards = "".join(f"(?<!{guard})" for guard in tables.weekday_span_words_not_after)
    context = tables.weekday_span_words_context
    words = sorted(tables.weekday_span_words, key=lambda word: (-len(word), word))
    # (a word said in a context is also matched bare where words set against it may stand
    # earlier in its sentence: the scan decides there, DateGrammar._weekday_span_word)
    against = bool(tables.weekday_span_words_set_against)
    said = "|".join(
        re.escape(word) + (f"(?={context[word]})" if word in context and not against else "")
        for word in words
    )
    return rf"{guards}(?:{said})"


def bracketed_weekday_pattern(tables: DateTables) -> str:
    """A weekday's name alone in brackets right after a day: 10月20日（金）, 5日(月)."""
    if not tables.weekday_suffix:
        return "(?!)"
    names = alternation(tables.weekday_names)
    # one look-behind a suffix: a look-behind must be of one width, and suffixes of
    # rules/ may differ in length (日, 号 and a user's longer one)
    suffixes = sorted(set(tables.day_suffixes))
    after_day = "|".join(rf"(?<=[0-9{OPENING_NUMERALS}]{re.escape(s)})" for s in suffixes)
    return (
        rf"(?:{after_day or '(?!)'}|(?<=\d/\d)|(?<=/\d\d))"
        rf"\s?[(（]"
        rf"(?P<wd>{names})(?:{re.escape(tables.weekday_suffix)}日?)?[)）]"
    )


def clock_word_pattern(tables: DateTables) -> str:
    """A word that names an hour (午夜, 正午, 真夜中), where no hour follows it: in 午夜十二点
    and 真夜中の3時 it says the half of the day of the time after it."""
    if not tables.clock_words:
        return "(?!)"
    digits = f"0-9{KANJI_NUMERAL_CHARS}〇零两兩"
    return rf"(?:{alternation(tables.clock_words)})(?![时時点點])(?!\s?[の的]?\s?[{digits}])"


def holiday_pattern(tables: DateTables) -> str:
    """A holiday's name, not inside a numeral: the 九一八 of 一九一八年 is no holiday."""
    digits = f"0-9{KANJI_NUMERAL_CHARS}〇零"
    return f"(?<![{digits}])(?:{alternation(tables.holidays)})(?![{digits}])"

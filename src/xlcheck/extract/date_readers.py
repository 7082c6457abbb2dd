"""Readers of the date grammar's matches: the construction that matched (a calendar
date, a span of years, a season, a bare day, a time of day, a holiday) decides the
reading, with its relation (since, until, point) and its anchor (a year written, a
relative year, the year of the context)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..model import DateValue
from ..regexes import compiled
from .date_joins import DateMatch, day_after
from .date_patterns import DAY_NUMERALS, DECADE_PARTS, SMALL
from .date_tables import DateTables
from .numerals import DIGITS, NumeralError, parse_numeral
from .spans import alternation, said_up_to

# How far before and after an hour said alone the words that make it one o'clock (从 and a
# time's 点到 before 一点, 到三点 after it) or a count of points (以下三点, 三点建议) are read.
HOUR_WORDS_BEFORE = 6
HOUR_WORDS_AFTER = 12
# The first hour of midday said as the morning's (中午十一点 = 午前11時; from twelve, the
# afternoon's: 中午一点 = 午後1時)
MIDDAY_MORNING = 10
# A month of a list that shares its 月 (the 8 and 9 of 7、8、9月)
_LISTED_MONTH = compiled(SMALL)
# The anchors of dates said against another date (今年, 同年, 来月), not written out, and
# the group whose word such a date keeps for the report (去年 → 2017).
ANCHOR_WORDS = {
    "relative": "rel",
    "same-year": "same",
    "same-month": "samem",
    "relative-month": "relm",
}


def _calendar_range(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether what is written can be a date: month 1-12, day 1-31, year 1000-2999."""
    return (
        (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
        and (year is None or 1000 <= year <= 2999)
    )


# A year written just before a month that the year grammar does not read (more than four
# digits: 紀元前 271821 年 4 月 20 日): the month and day are of that year, not the context's.
_UNREAD_YEAR = re.compile(r"\d{5,}\s?年\s?$")


# How far after a date a word of starting may stand (2019年に実施が始まった).
START_REACH = 6
# ... and the words of ending, which a clause's subject may stand before (到1945年9月2日日本
# 签署投降书结束: the war ended on that day)
END_REACH = 12
# How far before a time the word of its zone may stand (北京时间10月26日11时14分).
ZONE_REACH = 12
# How far before a bare day the day of the span's start is looked for (17日 of 1月15日至17日,
# 12日 of 10日夜间持续到12日: a half of the day, an hour and a word of "until" between)
AFTER_A_DAY_REACH = 16


# characters before a date a word of its calendar is looked for in (农历的, 旧暦の)
CALENDAR_REACH = 8


class DateReader:
    """Reads the matches of one language's date patterns (date_patterns.py)."""

    def __init__(self, tables: DateTables) -> None:
        self.tables = tables
        self.bases_before = {
            word: compiled(after) for word, after in tables.comparison_bases_before.items()
        }
        # 一点 as one o'clock: at the end of a range from a time, at the start after 从
        self.one_oclock = compiled("|".join(tables.one_oclock) or "(?!)")
        # 三点 as three points: after 第 or 以下, before 建议
        self.hour_as_count = compiled("|".join(tables.hour_as_count) or "(?!)")
        moved_to, not_until = tables.moved_to, tables.not_until
        # verbs before an until-prefix that make it "to": 推迟到 (postponed to)
        self.moved_to = compiled(rf"(?:{alternation(moved_to)})$") if moved_to else None
        entered = tables.entered_before
        self.entered = compiled(rf"(?:{alternation(entered)})\s?$") if entered else None
        # a word later in the clause that makes an until-prefix a point: close after the
        # date (时，), or anywhere in the sentence (才) where no word makes the clause last
        # until the date (一直)
        far, durative = tables.not_until_far, tables.until_durative
        lasting = rf"(?!{alternation(durative)})" if durative else ""
        near = [rf"[^。！？!?\n]{{0,12}}?(?:{alternation(not_until)})"] if not_until else []
        if far:
            near.append(rf"(?:{lasting}[^。！？!?\n]){{0,40}}?(?:{alternation(far)})")
        self.not_until = compiled("|".join(near)) if near else None
        # a since-suffix that also ends a comparison (2019年より増えた): it means "since"
        # only before one of `since_before` (2016年より施行)
        self.comparison_suffixes = tables.comparison_suffixes
        # (tried right after the suffix; never from inside a run of spaces)
        self.since_before = compiled(rf"(?<!\s)\s*+(?:{alternation(tables.since_before)})")
        # a since-suffix before a changed figure is the base of the change (前年末から85万人
        # 減少した = 比上年末减少85万人): a point, as より is
        self.change_after_since = (
            compiled("|".join(tables.change_after_since)) if tables.change_after_since else None
        )
        # since said after the clause the date opens (2020年成立以来, 2020年に設立されて以来)
        self.since_clause = (
            compiled("|".join(tables.since_after_clause)) if tables.since_after_clause else None
        )
        # a word of starting in the date's clause, a few characters on (九月一号开学)
        self.starts = compiled(
            rf"[^。．！？!?；;，,\n]{{0,{START_REACH}}}?(?:{alternation(tables.start_words)})"
        )
        # a word of ending in the date's clause (到1945年9月2日…结束)
        self.ends = compiled(
            rf"[^。．！？!?；;，,\n]{{0,{END_REACH}}}?(?:{alternation(tables.end_words)})"
        )
        # the word of a calendar right before a month (农历八月, 新暦の9月): the date's calendar
        joiners = alternation(tables.calendar_joiners) if tables.calendar_joiners else ""
        self.calendar_before = (
            compiled(
                rf"(?P<calendar>{alternation(tables.calendar_words)})"
                + (rf"(?:{joiners})?" if joiners else "")
                + r"\s?$"
            )
            if tables.calendar_words
            else None
        )
        # the zone a time is said in, a few characters before it (北京时间10月26日11时)
        self.zone = compiled(
            rf"(?P<zone>{alternation(tables.zone_words)})[^。．！？!?；;，,\n]{{0,{ZONE_REACH}}}$"
        )
        # the prefix of a date that names when a figure held is the figure's: 到2020年的97%
        self.figure_of_date = compiled("|".join(tables.figure_of_date) or "(?!)")
        # a bare day right after a joiner (3日から5日), not a count of days
        self.before_a_day = compiled(
            rf"\s*[\d{DAY_NUMERALS}]{{1,3}}\s?(?:{alternation(tables.day_suffixes)})"
            r"(?![间間后後前以之内內未足余餘近超弱強强])"  # (3日から5日後, 5日以内: counts)
        )
        # a date's day, then perhaps the half of the day or the hour it starts at, then
        # perhaps a joiner or a word of "until", right before a bare day: 15日至17日,
        # 10日夜间持续到12日上午, 22日08时至23日08时, 5日晚上8点到6日
        numeral = f"[\\d{DAY_NUMERALS}]"
        hour = (
            rf"{numeral}{{1,3}}\s?(?:{alternation(tables.hour_markers)})"
            rf"(?:\s?{numeral}{{1,3}}\s?{re.escape(tables.minute_marker)}?)?"
        )
        half = alternation(tables.meridiems) if tables.meridiems else "(?!)"
        self.after_a_day = compiled(
            rf"{numeral}\s?(?:{alternation(tables.day_suffixes)})(?:\s?(?:{half}))?(?:\s?{hour})?"
            rf"\s*(?:{alternation((*tables.between_joiners, *tables.until_prefixes))})?\s*$"
        )

    def holiday(self, match: re.Match[str]) -> DateMatch:
        """国庆节 is 10月1日 of the year in context, named; 春节 (its day moves) and 五四运动
        hold no date to compare, only a name that hides its numerals and seasons."""
        day = self.tables.holidays[match.group(0)]
        if not day:
            return DateMatch(match.start(), match.end(), DateValue(named=True), "explicit")
        value = DateValue(month=day[0], day=day[1], named=True)
        # the word of a calendar right before the day's name (旧暦の元日 = 农历正月初一)
        calendar = self._calendar_said_before(match.string, match.start())
        if calendar:
            value = replace(value, calendar=calendar)
        return DateMatch(match.start(), match.end(), value, "none")

    def clock_word(self, match: re.Match[str]) -> DateMatch:
        """午夜 is 00:00, 正午 12:00: named, so it confirms a time said in figures and never
        contradicts one (半夜 and 真夜中 are as often any hour of the night)."""
        hour = self.tables.clock_words[match.group(0)]
        value = DateValue(hour=hour, minute=0, meridiem="pm" if hour >= 12 else "am", named=True)
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _parse_span(self, match: re.Match[str]) -> DateMatch | None:
        """90年代 (the 1990s), 二十世纪六十年代 (the 1960s), 21世纪 (2001-2100): a span of
        years."""
        g = match.group
        try:
            if g("gen"):
                digits = g("gen")  # 90, 九零, 八〇, 九五: digit by digit
                start = int(digits) if digits.isdigit() else int(parse_numeral(digits))
                start += 1900 if start >= 30 else 2000  # 90后 = 1990s, 00后 = 2000s
                first, last = start, start + (9 if start % 10 == 0 else 4)
                label = f"the {start}s" if start % 10 == 0 else f"{first}-{last}"
                value = DateValue(
                    year=first, relation="between", end=DateValue(year=last), resolved=label
                )
                return DateMatch(match.start(), match.end(), value, "explicit")
            if g("dec"):
                decades = _two_decades(g("dec"))
                start = int(parse_numeral(g("dec"))) if decades is None else decades[0]
                # the last decade of two (1950～60年代, 五六十年代), in the first's century
                more = decades[1] - decades[0] if decades else 0
                if g("dec2"):
                    more = int(parse_numeral(g("dec2"))) % 100 - start % 100
                    if more <= 0 or more % 10:
                        return None
                if start < 100 and g("dcent"):
                    century = int(parse_numeral(g("dcent")))
                    if not 1 <= century <= 30:
                        return None
                    start += (century - 1) * 100  # 20 世纪 60 年代 = the 1960s
                elif start < 100:
                    start += 1900 if start >= 30 else 2000  # 90年代 = 1990s, 10年代 = 2010s
                if start % 10:
                    return None
                first, last, label = start, start + more + 9, f"the {start}s"
                if more:
                    label = f"the {start}s to the {start + more}s"
                word = g("decpart") or ""
                part = self.tables.decade_parts.get(word) or self.tables.year_parts.get(word)
                if part in DECADE_PARTS:  # 80年代前半 = 八十年代初: 1980-1984
                    low, high = DECADE_PARTS[part]
                    first, last, label = start + low, start + high, f"the {start}s ({part})"
            elif g("bcy"):  # 公元前221年: a year counted back from the era
                digits = g("bcy")
                year = int(digits) if digits.isdigit() else int(parse_numeral(digits))
                if year < 1:
                    return None
                value = DateValue(year=-year, resolved=f"{year} BCE")
                return DateMatch(match.start(), match.end(), value, "explicit")
            else:
                century = int(parse_numeral(g("cent")))
                if not 1 <= century <= 30:
                    return None
                first, last = (century - 1) * 100 + 1, century * 100
                label = f"century {century}"
                if g("bc"):  # 公元前三世纪: from 300 to 201 before the era
                    first, last = -century * 100, -((century - 1) * 100 + 1)
                    label = f"century {century} BCE"
        except NumeralError:
            return None
        value = DateValue(year=first, relation="between", end=DateValue(year=last), resolved=label)
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _one_oclock(self, match: re.Match[str]) -> bool:
        """Whether a bare 一点 is one o'clock: a range's end after a time (十二点到一点), its
        start after 从 (从一点到三点): a match of `one_oclock` that ends where it does."""
        return said_up_to(
            self.one_oclock, match.string, *match.span(), HOUR_WORDS_BEFORE, HOUR_WORDS_AFTER
        )

    def _count_of_points(self, match: re.Match[str]) -> bool:
        """Whether an hour said alone is a count of points (以下三点, 第三点, 三点建议): a
        match of `hour_as_count` that ends where it does."""
        return said_up_to(
            self.hour_as_count, match.string, *match.span(), HOUR_WORDS_BEFORE, HOUR_WORDS_AFTER
        )

    def time(self, match: re.Match[str]) -> DateMatch | None:
        """上午9:30, 9点半, 午前9時30分, 11:00, 十点过五分 (10:05), 差五分十点 (9:55); a
        kanji hour needs a minute, 半 or 上午 (一点 is also "a little", 一時 "for a while").
        10時5分前 stays 10:05: it is as often "before 10:05" (rules/ja/dates.toml)."""
        g = match.group
        try:
            if g("hh"):
                hour, minute = int(g("hh")), int(g("mm"))
            else:
                hour = int(parse_numeral(g("h")))
                qualified = (
                    g("mer")
                    or g("half")
                    or g("min")
                    or g("min2")
                    or g("sharp")
                    or g("quarter")
                    or g("tomin")
                    or g("toquarter")
                )
                bare_one = hour == 1 and not g("h").isdigit() and not qualified
                if bare_one and not self._one_oclock(match):
                    return None  # 一点 is "a little", 一時 "for a while"
                if not qualified and self._count_of_points(match):
                    return None  # 以下三点 are three points, no three o'clock
                # (the minutes to the hour said before it, 差五分十点, are counted back below)
                written = g("min") or g("min2") or g("tomin")
                minute = 30 if g("half") else int(parse_numeral(written)) if written else 0
                if g("quarter") or g("toquarter"):
                    minute = 15 * int(parse_numeral(g("quarter") or g("toquarter")))
        except NumeralError:
            return None
        if hour > 24 or minute > 59:
            return None
        to = g("tomin") or g("toquarter") or g("to2") or g("after") in self.tables.minutes_to_after
        if to:  # 差五分十点, 十点差五分: the minutes before the hour
            said_before = g("tomin") or g("toquarter")
            if (said_before and (g("min") or g("half") or g("quarter"))) or minute <= 0:
                return None
            hour, minute = divmod((hour * 60 - minute) % (24 * 60), 60)
        meridiem = self.tables.meridiems.get(g("mer") or "")
        if meridiem == "night":  # 晚上十二点, 半夜两点, 夜9時: twelve is midnight
            small = hour in (0, 12, 24) or hour < 6
            hour, meridiem = (0 if hour in (12, 24) else hour), ("am" if small else "pm")
        elif meridiem == "midday":  # 中午十一点 is 11:00, 中午十二点 noon, 中午一点 13:00
            meridiem = "am" if MIDDAY_MORNING <= hour < 12 else "pm"
        if g("tz"):
            offset = int(g("tz").replace("−", "-"))
        elif g("utc"):
            offset = 0
        elif g("tzword"):
            offset = self.tables.zone_words[g("tzword")]
        else:
            offset = self._zone(match)
        value = DateValue(hour=hour, minute=minute, meridiem=meridiem, utc_offset=offset)
        if minute and g("after") in self.tables.minutes_to_either:
            value = replace(value, minutes_to_too=True)  # 9時5分前: 9:05, or 8:55
        return DateMatch(match.start(), match.end(), value, "explicit")

    def _zone(self, match: re.Match[str]) -> int | None:
        """The UTC offset of the zone word a few characters before a time (日本時間の午後9時)."""
        start = match.start()
        zone = self.zone.search(match.string, max(0, start - ZONE_REACH - 8), start)
        return self.tables.zone_words[zone.group("zone")] if zone else None

    def dates(self, match: re.Match[str]) -> list[DateMatch]:
        """The construction that matched decides the reading: one date, or none, or each
        month of a list that shares its 月 (4、6、8月)."""
        g = match.group
        if g("dec") or g("cent") or g("gen") or g("bcy"):
            read = self._parse_span(match)
        elif g("yr1") or ("by1" in match.re.groupindex and g("by1")):  # (not in every language)
            read = self._parse_season(match)
        elif g("bd"):
            read = self._parse_bare_day(match)
        else:
            return self._parse_calendar(match)
        return [] if read is None else [read]

    def _parse_season(self, match: re.Match[str]) -> DateMatch | None:
        """2019-2020年, 1995-96赛季, 2019～2020シーズン, 万历年间（1573—1620）: a range of
        years."""
        # (by1 and by2 exist whenever yr1 did not match: the match came in through them)
        g = match.group
        first, last = int(g("yr1") or g("by1")), int(g("yr2") or g("by2"))
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
        reach = max(0, start - AFTER_A_DAY_REACH)
        ends_a_span = self.after_a_day.search(match.string, reach, start)
        # the start of a span of bare days joined by a word: 3日から5日 (as 3日～5日), the days
        # of a month or a count of days (三到五天), as the comparison decides
        starts_a_span = g("post") in self.tables.between_joiners and self.before_a_day.match(
            match.string, match.end()
        )
        if starts_a_span and not g("pre"):
            ends_a_span = None
        elif (g("pre") or g("post")) and not ends_a_span:
            return None
        try:
            day = int(parse_numeral(g("bd")))
        except NumeralError:
            return None
        if not 1 <= day <= 31:
            return None
        value = DateValue(day=day, relation=self._relation(match) if ends_a_span else "point")
        return DateMatch(match.start(), match.end(), value, "day-only")

    def _parse_calendar(self, match: re.Match[str]) -> list[DateMatch]:
        """2018年3月5日, 2018-03-05, 平成30年, 去年年底, 同年10月, 本月下旬: year, month and
        day as written, anchored by the year or month word, with a part and a relation."""
        g = match.group
        if g("ypart") and (g("m") or g("samem") or g("relm")):
            return []  # 2018年底12月 and the like: no reading
        if g("lunm") and not (g("d") or g("bare")):
            return []  # 正月 alone: the new year's season, no date
        if g("relm") and any(g(name) for name in ("y", "era", "rel", "same")):
            return []  # 去年本月 and the like: too rare to be worth a reading
        fields = self._calendar_fields(match)
        if fields is None:
            return []
        year, (month, last, listed), day, anchor = fields
        if not _calendar_range(year, month, day) or (anchor == "none" and month is None):
            return []
        if g("mpart") and ((month is None and not (g("relm") or g("samem"))) or day is not None):
            return []  # 下旬 qualifies a month (5月, 下个月, 同月), not a day
        if listed and (day is not None or not all(1 <= m <= 12 for m, _, _ in listed)):
            return []  # 7、8月5日: no reading
        value = DateValue(
            year=year,
            month=month,
            day=day,
            part=self._part(match),
            relation=self._relation(match),
            starts=self.starts.match(match.string, match.end()) is not None,
            ends=self.ends.match(match.string, match.end()) is not None,
            resolved=g(ANCHOR_WORDS[anchor]) if anchor in ANCHOR_WORDS else None,
            short=bool(g("sy")),
        )
        calendar = self._calendar(match)
        if calendar:
            value = replace(value, calendar=calendar)
        if self._comparison_base(value.resolved, match):  # 同比: the year before, compared to
            value = replace(value, base=True)
        offset = self._offset(match, anchor)
        if listed and any(b[0] != a[0] + 1 for a, b in pairwise(listed)):
            # 3、5月, 4、6、8月: March, and May; each month where it is written, the first
            # with the year before it, the last with its 月
            spans = [(match.start(), listed[0][2])]
            spans += [(start, end) for _, start, end in listed[1:-1]]
            spans.append((listed[-1][1], match.end()))
            return [
                DateMatch(start, end, replace(value, month=item[0]), anchor, offset)
                for item, (start, end) in zip(listed, spans, strict=True)
            ]
        if last:  # 7～8月, 7、8、9月: from July to August (September)
            if day is not None or not month < last <= 12:
                return []
            end = DateValue(year=year, month=last)
            value = replace(value, relation="between", end=end)
        if day is not None and (g("d2") or g("dl")):  # 5月3～7日: from the 3rd to the 7th
            try:
                last = int(parse_numeral(g("d2") or g("dl")))
            except NumeralError:
                return []
            if not 1 <= last <= 31 or last == day or month is None:
                return []
            if g("dl") and last != day + 1:
                # 11月3、5日: the 3rd, and the 5th, each where it is written
                return [
                    DateMatch(match.start(), match.end("d"), value, anchor, offset),
                    DateMatch(match.start("dl"), match.end(), replace(value, day=last), anchor),
                ]
            end = day_after(DateValue(year=year, month=month, day=day), last)
            value = replace(value, relation="between", end=end)
        return [DateMatch(match.start(), match.end(), value, anchor, offset)]

    def _calendar(self, match: re.Match[str]) -> str:
        """The calendar a date is said in: a word of it right before the month (农历八月十五,
        2024年农历八月十五, 新暦の9月29日: lunar or solar), else lunar for a lunar month said by
        name or a day with the lunar prefix (正月十五, 五月初五: "lunar-implied"), else ""."""
        g = match.group
        month_at = next((match.start(name) for name in ("m", "lunm") if g(name)), None)
        said = self._calendar_said_before(match.string, month_at)
        if said:
            return said
        lunar_day = "lunar" in match.re.groupindex and g("lunar")
        return "lunar-implied" if g("lunm") or lunar_day else ""

    def _calendar_said_before(self, text: str, at: int | None) -> str:
        """The calendar a word of it right before `at` names (农历 + 八月, 旧暦の + 元日:
        lunar or solar), or ""."""
        if self.calendar_before is None or at is None:
            return ""
        said = self.calendar_before.search(text, max(0, at - CALENDAR_REACH), at)
        return self.tables.calendar_words[said.group("calendar")] if said else ""

    def _comparison_base(self, word: str | None, match: re.Match[str]) -> bool:
        """Whether a relative date is the base of a comparison (同比; 前年度 before 比)."""
        if word in self.tables.comparison_bases:
            return True
        after = self.bases_before.get(word or "")
        return after is not None and after.match(match.string, match.end()) is not None

    def _offset(self, match: re.Match[str], anchor: str) -> int:
        """How far the year or month word reaches from its anchor (去年 = -1, 翌月 = 1)."""
        g = match.group
        if anchor == "relative-month":
            return self.tables.relative_months[g("relm")]
        if anchor == "same-month":  # 同月 = 0, 翌月 = 1
            return self.tables.months_after_last.get(g("samem"), 0)
        if anchor == "same-year":  # 同年 = 0, 次年 = 1
            return self.tables.years_after_last.get(g("same"), 0)
        word = g("rel") or ""
        if word in self.tables.relative_years:
            return self.tables.relative_years[word]
        return self.tables.season_year_prefixes.get(word, 0)  # 来 of 来春

    def _calendar_fields(
        self, match: re.Match[str]
    ) -> tuple[int | None, tuple, int | None, str] | None:
        """Year, months (as _months reads them), day and anchor as written; None when a
        numeral does not read."""
        g = match.group
        try:
            if g("iso"):
                return int(g("iso")), (int(g("isom")), None, ()), int(g("isod")), "explicit"
            if g("cy"):  # 20231006
                return int(g("cy")), (int(g("cm")), None, ()), int(g("cd")), "explicit"
            if g("ymy"):  # 2024-03, 2024/3
                return int(g("ymy")), (int(g("ymm") or g("ymd")), None, ()), None, "explicit"
            if g("sm"):  # 3/15（金）: the year from the context
                return None, (int(g("sm")), None, ()), int(g("sd")), "none"
            if g("sm2"):  # the 5/5 of 5/1至5/5
                return None, (int(g("sm2")), None, ()), int(g("sd2")), "none"
            year, anchor = self._year(match)
            months = _months(match) if g("m") else (None, None, ())
            if g("lunm"):  # 正月初九: the lunar month said by name
                months = (self.tables.lunar_months[g("lunm")], None, ())
            written = g("d") or (g("bare") if "bare" in match.re.groupindex else None)
            day = int(parse_numeral(written)) if written else None
        except NumeralError:
            return None
        if g("samem"):
            anchor = "same-month"
        elif g("relm"):
            anchor = "relative-month"
        return year, months, day, anchor

    def _year(self, match: re.Match[str]) -> tuple[int | None, str]:
        """The year written (2018年, 平成30年) or the word that anchors it (去年, 同年)."""
        g = match.group
        if g("y"):
            return int(parse_numeral(g("y"))), "explicit"
        if g("fy"):
            return int(g("fy")), "explicit"
        if g("coy"):
            return int(g("coy")), "explicit"
        if g("sey"):
            return int(g("sey")), "explicit"
        if g("sy"):
            digits = g("sy").lstrip("'’‘")
            value = int(digits) if digits.isdigit() else int(parse_numeral(digits))
            if not digits.isdigit() and DIGITS.get(digits[1]) == DIGITS.get(digits[0], -9) + 1:
                raise NumeralError("七八年 is seven or eight years")
            return (2000 if value <= self.tables.short_year_pivot else 1900) + value, "explicit"
        if g("era"):
            offset = 1 if g("ey") == "元" else int(parse_numeral(g("ey")))
            return self.tables.eras[g("era")] + offset, "explicit"
        if g("iy"):
            return self.tables.eras[self.tables.era_year_words[g("iw")]] + int(g("iy")), "explicit"
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
        if pre and not post and self.figure_of_date.match(match.string, match.end()):
            return relation  # 从1950年的20%提高到2020年的97%: the change is the figures'
        if pre in self.tables.since_prefixes or post in self.tables.since_suffixes:
            relation = "since"
            if (
                post in self.comparison_suffixes
                and not pre
                and not self.since_before.match(match.string, match.end())
            ):
                relation = "point"  # the point a comparison is made against
            elif self.change_after_since and self.change_after_since.match(
                match.string, match.end()
            ):
                relation = "point"  # 前年末から85万人減少: the base of a change
            elif (
                post in _AFTER_WORDS
                and not pre
                and self.entered
                and self.entered.search(match.string, max(0, match.start() - 4), match.start())
            ):
                relation = "point"  # 进入2024年后: after entering it, 2024年に入り
        if pre in self.tables.until_prefixes or post in self.tables.until_suffixes:
            relation = "until"
            if pre and self.not_until and self.not_until.match(match.string, match.end()):
                relation = "point"  # 直到2018年，上海才开始: "only in 2018", not an interval
            before = match.string[max(0, match.start() - 4) : match.start()]
            if pre and self.moved_to and self.moved_to.search(before):
                relation = "point"  # 推迟到下个月: moved to next month, not "until" it
            if post in self.tables.as_of_suffixes:
                relation = "point"  # 2022年末時点で: as of then, a point in time
        if (
            relation == "point"
            and not (pre or post)
            and self.since_clause
            and self.since_clause.match(match.string, match.end())
        ):
            relation = "since"  # 2020年に設立されて以来: since, said after the clause
        return relation


# the words of "after" that close a clause of entering a time (进入2024年后, 以后, 之后), not
# those of "since" (进入2024年以来 spans from it)
_AFTER_WORDS = frozenset({"后", "後", "以后", "以後", "之后", "之後"})


def _two_decades(numeral: str) -> tuple[int, int] | None:
    """五六十 (of 五六十年代): the tens of two decades in a row said with one 十 (50, 60);
    None for one figure (六十, 一九六〇)."""
    if len(numeral) != 3 or numeral[2] not in "十拾":
        return None
    first, second = DIGITS.get(numeral[0]), DIGITS.get(numeral[1])
    if first is None or second is None or second != first + 1 or first == 0:
        return None
    return first * 10, second * 10


def _months(match: re.Match[str]) -> tuple[int, int | None, tuple[tuple[int, int, int], ...]]:
    """The month written, the last month of a span that shares its 月 (7～8月, 7至8月,
    七八月份, 十一二月), and the months of a list that shares it (7、8、9月, 4，6，8月, 7・8月,
    七、八两个月), each with where it is written: a span when each follows the one before,
    else each month. Raises NumeralError when they do not read."""
    first, last, more = match.group("m"), match.group("m2"), match.group("ml")
    if last:
        return int(parse_numeral(first)), int(parse_numeral(last)), ()
    if more:
        offset = match.start("ml")
        items = [(int(parse_numeral(first)), *match.span("m"))] + [
            (int(parse_numeral(item.group())), offset + item.start(), offset + item.end())
            for item in _LISTED_MONTH.finditer(more)
        ]
        month, second = items[0][0], items[1][0]
        if len(items) == 2 and month > 9 and second == month % 10 + 1:
            items[1] = (month + 1, *items[1][1:])  # 十一、二月: the second says its units only
        return month, items[-1][0], tuple(items)
    tens, units = (10, first[1:]) if first[:1] == "十" else (0, first)
    pair = [DIGITS.get(c, 0) for c in units]
    if len(pair) == 2 and pair[0] > 0 and pair[1] == pair[0] + 1:  # 七八月份, 十一二月
        return tens + pair[0], tens + pair[1], ()
    return int(parse_numeral(first)), None, ()

"""Date grammar, language-neutral: each language's rules/LANG/dates.toml fills it in.

Dates are found first (so that 2016年 never becomes the number 2016); one pattern finds
every construction and a reader per construction (date_readers.py) gives its value.
Relative and elliptic ones are resolved afterwards, in reading order
(date_resolution.py). The patterns are built in date_patterns.py; dates read one by one
and then joined (a year restated, the end of a span of days) in date_joins.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from .. import regexes
from ..model import DateValue
from ..regexes import compiled
from .date_joins import (
    DateMatch,
    day_after,
    day_beside_its_name,
    year_after_day,
    year_before_month,
    year_restated,
)
from .date_patterns import (
    bare_weekday_list_pattern,
    bracketed_weekday_pattern,
    clock_word_pattern,
    date_pattern,
    holiday_pattern,
    time_pattern,
    weekday_pattern,
    weekday_span_pattern,
    weekday_span_word_pattern,
)
from .date_readers import DateReader
from .date_tables import DateTables
from .numerals import COUNTING_TWOS, KANJI_NUMERAL_CHARS, NumeralError, parse_numeral
from .spans import alternation, overlaps

# How far before 平日 a weekend it is set against may stand, inside its sentence.
SET_AGAINST_REACH = 24
SENTENCE_SPLIT = re.compile("[。！？!?；;\n]")

# what a scan makes of one match: the dates it says (none: no date, the span stays free)
Maker = Callable[[re.Match[str]], list[DateMatch]]


class DateGrammar:
    """A compiled date grammar for one language."""

    def __init__(self, tables: DateTables) -> None:
        self.tables = tables
        self.reader = DateReader(tables)
        # every scan runs in every text: each is skipped where no character that opens a
        # match is found
        scanned = regexes.Prechecked
        self.holidays = scanned(compiled(holiday_pattern(tables)))
        self.clock_words = scanned(compiled(clock_word_pattern(tables)))
        # a year, then a word that may join it to the period (の, 的), then the period
        joined = (
            rf"\s?(?:(?:{alternation(tables.months_after_joiners)})\s?)?"
            if tables.months_after_joiners
            else r"\s?"
        )
        one = alternation(tables.first_one_prefixes) or "(?!)"
        self.first_months = (
            compiled(
                rf"{joined}(?:(?:{alternation(tables.first_months_prefixes)})\s?"
                rf"(?P<n>[0-9{KANJI_NUMERAL_CHARS}{COUNTING_TWOS}]{{1,3}})|(?:{one}))\s?"
                rf"(?P<period>{alternation(tables.first_months)})"
            )
            if tables.first_months_prefixes and tables.first_months
            else None
        )
        self.quarters = (
            compiled(
                rf"{joined}(?:{alternation(tables.quarter_prefixes)})?\s?"
                rf"(?P<n>[0-9{KANJI_NUMERAL_CHARS}{COUNTING_TWOS}]{{1,2}})\s?"
                rf"(?P<period>{alternation(tables.quarters)})"
            )
            if tables.quarter_prefixes and tables.quarters
            else None
        )
        self.not_dates = scanned(compiled("|".join(tables.not_dates) or "(?!)"))
        self.pattern, self.time, self.weekday = (
            scanned(compiled(pattern(tables)))
            for pattern in (date_pattern, time_pattern, weekday_pattern)
        )
        self.weekday_name = compiled(alternation(tables.weekday_names))
        # the words that make a time of day a bound: 最晚六点, 遅くとも6時 (until), 6時以降
        # (since); a comparison's より is none (6時より早い)
        before = (*tables.since_prefixes, *tables.until_prefixes)
        after = set(tables.since_suffixes + tables.until_suffixes) - set(tables.comparison_suffixes)
        self.time_bound_before = compiled(rf"(?:{alternation(before)})\s?$")
        guards = "|".join(tables.suffixes_not_before) or "(?!)"  # 六点前往: set off at six
        self.time_bound_after = compiled(rf"\s?(?:{alternation(after)})(?!{guards})")
        self.relative_day = scanned(compiled(alternation(tables.relative_days)))
        # 下周, 来週: a week alone, not before its weekday (下周五, 来週の金曜日: the weekday
        # takes it), nor where its end opens another word (这周围)
        # (nor where its first character ends another word: 马上周末)
        weeks = "".join(f"(?<!{r})" for r in tables.relative_weeks_not_after) + (
            f"(?:{alternation(tables.relative_weeks)})"
        )
        week_joiners = f"(?:{alternation(tables.relative_week_joiners)})?"
        not_before = "|".join(tables.relative_weeks_not_before) or "(?!)"
        self.relative_week = scanned(
            compiled(rf"{weeks}(?!{not_before})(?!{week_joiners}(?:{weekday_pattern(tables)}))")
        )
        prefixes = alternation(tables.weekday_prefixes)
        self.week_before = compiled(rf"(?P<week>{weeks}){week_joiners}(?:{prefixes})?$")
        self.longest_week_before = max(
            (
                len(week) + len(joiner) + len(prefix)
                for week in tables.relative_weeks
                for joiner in ("", *tables.relative_week_joiners)
                for prefix in ("", *tables.weekday_prefixes)
            ),
            default=0,
        )
        # 今明两天: two or three days by their words' first characters, before their count
        heads = "".join(map(re.escape, tables.day_list_heads)) or "@"
        counts = "|".join(tables.day_list_counts) or "(?!)"
        # (not a character that ends a word: 说明后两天, 聪明两天)
        ends = "".join(f"(?<!{r})" for r in tables.day_list_not_after)
        self.day_list = scanned(compiled(rf"{ends}[{heads}]{{2,3}}(?=\s?(?:{counts}))"))
        # 同日 is no day in 同日本合作 (with Japan), nor 那天 in 那天空 (that sky)
        not_after = "|".join(tables.days_after_last_not_before) or "(?!)"
        self.day_after_last = scanned(
            compiled(f"(?:{alternation(tables.days_after_last)})(?!{not_after})")
        )
        self.weekday_span = scanned(compiled(weekday_span_pattern(tables)))
        self.weekday_span_word = scanned(compiled(weekday_span_word_pattern(tables)))
        self.bracketed_weekday = scanned(compiled(bracketed_weekday_pattern(tables)))
        self.bare_weekdays = scanned(compiled(bare_weekday_list_pattern(tables)))
        # from the start of a run of spaces only: a search from each space of a long run
        # took time in the square of its length
        self.joiner = compiled(rf"(?<!\s)\s*(?:{alternation(tables.between_joiners)})\s*+$")
        self.joiner_first = compiled(rf"(?:{alternation(tables.between_joiners)})")
        self.next_day = (
            compiled(rf"(?<=\S)(?:{alternation(tables.next_day_in_span)})\s*$")
            if tables.next_day_in_span
            else None
        )
        # a verb that moves or stretches what the next date ends (周六延长至凌晨一点, 推迟到):
        # no span from the date before it
        moved = (*tables.moved_to, *tables.stretched_to)
        self.moved_before = (
            compiled(rf"(?:{alternation(moved)})\s*(?:{alternation(tables.between_joiners)})?$")
            if moved
            else None
        )
        # used as .match(text, at)
        self.closer = compiled(rf"\s*(?:{alternation(tables.between_closers)})")
        # a part of the month alone that ends a span from a month or a part of it (5月上旬
        # から中旬にかけて, 5月上旬至中旬, 3月中旬到月底): a word of 旬 or 半ば, or 月底, 月末
        ends = {w: p for w, p in tables.month_parts.items() if w.endswith(("旬", "半ば"))}
        ends |= {"月" + w: p for w, p in tables.month_parts.items() if w in ("底", "末")}
        self.part_ends = ends
        self.part_end = compiled(
            rf"\s?(?P<joiner>(?:{alternation(tables.between_joiners)})\s?)?"
            rf"(?P<part>{alternation(ends) or '(?!)'})"
            rf"(?:\s?(?:{alternation(tables.between_closers)}))?"
        )
        # the scans before the date pattern, in order: each takes what no earlier one took
        self.scans: tuple[tuple[object, Maker], ...] = (
            (self.weekday_span, self._weekday_span),
            (self.weekday_span_word, self._weekday_span_word),
            (self.holidays, lambda match: [self.reader.holiday(match)]),
            (self.weekday, self._weekdays),
            (self.bare_weekdays, self._bare_weekdays),
            (self.day_list, self._day_list),
            (self.relative_day, self._relative_day),
            (self.relative_week, self._relative_week),
            (self.day_after_last, self._day_after_last),
            (self.bracketed_weekday, self._bracketed_weekday),
            (self.time, self._time),
            (self.clock_words, lambda match: [self.reader.clock_word(match)]),
        )

    def find(self, text: str) -> list[DateMatch]:
        """Dates, times and weekdays in `text` (width-folded, markup blanked), relative
        ones unresolved, in text order."""
        blocked = [m.span() for m in self.not_dates.finditer(text)]
        found: list[DateMatch] = []
        for pattern, make in self.scans:
            for match in pattern.finditer(text):
                taken = ""
                if overlaps(match.span(), blocked):
                    # what an earlier scan left of it (朝7時 after the 翌朝 of 翌朝7時: 7時, in
                    # the morning the word taken says)
                    again = _after_taken(match, blocked)
                    if again is None:
                        continue
                    taken, match = text[match.start() : again.start()], again
                made = make(match)
                if made and taken:
                    made = [self._in_half_of_day(item, taken) for item in made]
                if made:
                    found.extend(made)
                    blocked.append(match.span())
        for match in self.pattern.finditer(text):
            if match.start() == match.end() or overlaps(match.span(), blocked):
                continue
            found.extend(
                parsed
                for parsed in self.reader.dates(match)
                if not self._a_rank(parsed, match, found)
            )
        found.sort(key=lambda m: m.start)
        found = self._part_of_month_ending(self._join_intervals(found, text), text)
        found = year_after_day(year_restated(found, text), text)
        found = year_before_month(found, text, self.tables.year_month_joiners)
        found = day_beside_its_name(found, text)
        return self._first_months(found, text) if self.first_months or self.quarters else found

    def _part_of_month_ending(self, found: list[DateMatch], text: str) -> list[DateMatch]:
        """A month, or a part of it, then a part of the month alone after a span's joiner
        (5月上旬から中旬にかけて, 5月上旬至中旬, 3月中旬到月底): one span, within the month."""
        result = []
        for item in found:
            value = item.value
            after = self.part_end.match(text, item.end)
            opened = value.relation == "since" or (after is not None and after.group("joiner"))
            if (
                after is None
                or not opened
                or value.month is None
                or value.day is not None
                or value.hour is not None
                or value.end is not None
            ):
                result.append(item)
                continue
            end = replace(value, relation="point", part=self.part_ends[after.group("part")])
            value = replace(value, relation="between", end=end)
            result.append(DateMatch(item.start, after.end(), value, item.anchor, item.offset))
        return result

    def _first_months(self, found: list[DateMatch], text: str) -> list[DateMatch]:
        """A year and the count of its first months or quarters after it (今年前十个月,
        2024年前三季度): the span of months from January (今年1～10月, 2024年1～9月)."""
        joined = []
        for item in found:
            value = item.value
            if (
                value.form == "calendar"
                and (value.year is not None or value.resolved)
                and (value.month, value.day, value.part, value.end) == (None, None, None, None)
                and value.relation == "point"
                and not text.endswith(self.tables.not_calendar_years, 0, item.end)
            ):
                item = self._months_after(item, text)
            joined.append(item)
        return joined

    def _months_after(self, item: DateMatch, text: str) -> DateMatch:
        """The year of `item` with the span of months said right after it, if any: its
        first N months (前十个月: 1-10) or its Nth quarter (第三季度: 7-9)."""
        for pattern, table, ranked in (
            (self.first_months, self.tables.first_months, False),
            (self.quarters, self.tables.quarters, True),
        ):
            match = pattern.match(text, item.end) if pattern else None
            if match is None:
                continue
            try:  # (首季: the first one, no count said)
                count = parse_numeral(match.group("n"), colloquial=True) if match.group("n") else 1
            except NumeralError:
                return item
            step = table[match.group("period")]
            last = count * step
            first = last - step + 1 if ranked else 1
            if last.denominator != 1 or not 1 <= first <= last <= 12:
                return item
            end = DateValue(year=item.value.year, month=int(last))
            value = replace(item.value, month=int(first), relation="between", end=end)
            return DateMatch(item.start, match.end(), value, item.anchor, item.offset)
        return item

    def _a_rank(self, parsed: DateMatch, match: re.Match[str], found: list[DateMatch]) -> bool:
        """Whether a year counted from the last that also says a rank (第二年) has no
        year written before it: 工作的第二年 is the second year of working (2年目), for
        the number grammar; 2019年毕业，第二年 is 2020."""
        if match.group("same") not in self.tables.also_ranks:
            return False
        return not any(m.value.year is not None and m.end <= parsed.start for m in found)

    def _weekday_span(self, match: re.Match[str]) -> list[DateMatch]:
        """月～金: the first and the last weekday of the span."""
        found = []
        for name in ("a", "b"):
            value = DateValue(weekday=self.tables.weekday_names[match.group(name)])
            end = match.end() if name == "b" else match.end("as")
            start = match.start() if name == "a" else match.start(name)  # (its prefix: 周一)
            found.append(DateMatch(start, end, value, "explicit"))
        return found

    def _weekday_span_word(self, match: re.Match[str]) -> list[DateMatch]:
        """平日: the span of weekdays the word names, as 月～金 is read (between its first
        and its last day)."""
        word = match.group(0)
        context = self.tables.weekday_span_words_context.get(word)
        if context and self.tables.weekday_span_words_set_against:
            # 平日 is weekdays before what its context names (平日上午), or beside a weekend
            # it is set against in its sentence, before it or after it (平日每隔15分钟一班，
            # 周末改为20分钟); else "usually" (他平日很忙)
            text, start, end = match.string, match.start(), match.end()
            before = SENTENCE_SPLIT.split(text[max(0, start - SET_AGAINST_REACH) : start])[-1]
            after = SENTENCE_SPLIT.split(text[end : end + SET_AGAINST_REACH])[0]
            if not compiled(context).match(text, end) and not any(
                against in before or against in after
                for against in self.tables.weekday_span_words_set_against
            ):
                return []
        first, last = self.tables.weekday_span_words[word]
        value = DateValue(weekday=first, relation="between", end=DateValue(weekday=last))
        return [DateMatch(match.start(), match.end(), value, "explicit")]

    def _weekdays(self, match: re.Match[str]) -> list[DateMatch]:
        """星期三, 每周一、三、五, 月・水・金曜日: each weekday of a list; of the week said
        before it, if one is (下周五, 来週の月・水曜日)."""
        found = []
        start = match.start()
        listed = match.span("more") if match.group("more") else (start, start)
        first_name = listed[0] if match.group("more") else match.start("wd")
        week = self._week_before(match.string, first_name)
        offset = None
        if week is not None:
            start, offset = week.start(), self.tables.relative_weeks[week.group("week")]
        for name in self.weekday_name.finditer(match.string, *listed):
            value = DateValue(weekday=self.tables.weekday_names[name.group(0)])
            found.append(DateMatch(start, name.end(), self._in_week(value, offset), "explicit"))
            start = name.end() + 1
        value = DateValue(weekday=self.tables.weekday_names[match.group("wd")])
        found.append(DateMatch(start, match.end(), self._in_week(value, offset), "explicit"))
        return found

    def _bare_weekdays(self, match: re.Match[str]) -> list[DateMatch]:
        """土・日, 月・水・金, 土日: each weekday of a list of names alone, where they run in
        the week's order (木・火・土・金・水 are the five elements, no days). Weak (shorthand):
        a translation says them as often by a word (土日 = 周末)."""
        names = list(self.weekday_name.finditer(match.string, *match.span()))
        days = [self.tables.weekday_names[name.group(0)] for name in names]
        if any(later <= earlier for earlier, later in pairwise(days)):
            return []
        return [
            DateMatch(name.start(), name.end(), DateValue(weekday=day, shorthand=True), "explicit")
            for name, day in zip(names, days, strict=True)
        ]

    def _week_before(self, text: str, at: int) -> re.Match[str] | None:
        """The relative week said right before the weekday named at `at` (下周 of 下周五,
        来週 of 来週の金曜日), where it is one."""
        for length in range(min(at, self.longest_week_before), 0, -1):
            match = self.week_before.match(text, at - length, at)
            if match is not None:
                return match
        return None

    @staticmethod
    def _in_week(value: DateValue, offset: int | None) -> DateValue:
        if offset is None:
            return value
        # (a weekday, relative to its week but read as itself: 下周五 against 来週の木曜日
        # is a day changed, as sure as 周五 against 木曜日)
        return replace(value, week_offset=offset)

    def _relative_week(self, match: re.Match[str]) -> list[DateMatch]:
        """下周, 先週: a week by its offset from the week of writing, unresolved."""
        offset = self.tables.relative_weeks[match.group(0)]
        value = DateValue(week_offset=offset, relative="relative", resolved=match.group(0))
        return [DateMatch(match.start(), match.end(), value, "explicit")]

    def _relative_day(self, match: re.Match[str]) -> list[DateMatch]:
        """明天, 昨日: a day by its offset from the day of writing, unresolved."""
        offset = self.tables.relative_days[match.group(0)]
        value = DateValue(day_offset=offset, resolved=match.group(0))
        return [DateMatch(match.start(), match.end(), value, "explicit")]

    def _day_list(self, match: re.Match[str]) -> list[DateMatch]:
        """今明两天, 明后两天: each day its character names, where they follow each other
        (今明 = today and tomorrow); anything else (明今) is no list."""
        offsets = [self.tables.day_list_heads[ch] for ch in match.group(0)]
        if any(b != a + 1 for a, b in pairwise(offsets)):
            return []
        days = zip(match.group(0), offsets, strict=True)
        return [
            DateMatch(at, at + 1, DateValue(day_offset=offset, resolved=ch), "explicit")
            for at, (ch, offset) in enumerate(days, match.start())
        ]

    def _day_after_last(self, match: re.Match[str]) -> list[DateMatch]:
        """次日, 翌日, 同日: a day counted from the last full date, resolved in reading order."""
        offset = self.tables.days_after_last[match.group(0)]
        value = DateValue(day_offset=offset, relative="same-day", resolved=match.group(0))
        return [DateMatch(match.start(), match.end(), value, "same-day", offset)]

    def _bracketed_weekday(self, match: re.Match[str]) -> list[DateMatch]:
        """10月20日（金）: the weekday inside the brackets."""
        value = DateValue(weekday=self.tables.weekday_names[match.group("wd")])
        return [DateMatch(match.start("wd"), match.end("wd"), value, "explicit")]

    def _time(self, match: re.Match[str]) -> list[DateMatch]:
        """9点半, 午前9時30分: a time of day, where the match reads as one; a bound where
        a word says so (最晚六点, 6時以降)."""
        time = self.reader.time(match)
        if time is None:
            return []
        text, start, end = match.string, match.start(), match.end()
        before = self.time_bound_before.search(text, max(0, start - 5), start)
        after = self.time_bound_after.match(text, end)
        words = [m.group(0).strip() for m in (before, after) if m]
        tables = self.tables
        since = any(w in tables.since_prefixes or w in tables.since_suffixes for w in words)
        until = any(w in tables.until_prefixes or w in tables.until_suffixes for w in words)
        if since == until:  # neither, or both (从6点到: a span the joins read)
            return [time]
        moved = self.reader.moved_to
        moved_before = (
            before is not None
            and moved is not None
            and moved.search(text, max(0, before.start() - 4), before.start())
        )
        if until and moved_before:
            return [time]  # 周末推迟到八点半: moved to half past eight, a point, not "until" it
        relation = "since" if since else "until"
        return [replace(time, value=replace(time.value, relation=relation))]

    def _in_half_of_day(self, item: DateMatch, taken: str) -> DateMatch:
        """A time whose half of the day an earlier scan's word took (the 朝 of 翌朝 before
        7時): that half, where the time says none (翌朝8時 is 08:00, not 20:00)."""
        meridiem = self.tables.meridiems.get(taken.strip())
        value = item.value
        if value.hour is None or value.meridiem or meridiem not in ("am", "pm"):
            return item
        return replace(item, value=replace(value, meridiem=meridiem))

    def _join_intervals(self, found: list[DateMatch], text: str) -> list[DateMatch]:
        """2016年から2017年にかけて, 从2016年到2017年: one `between` fact, not two."""
        joined: list[DateMatch] = []
        for item in found:
            if joined:
                previous = joined[-1]
                gap = text[previous.end : item.start]
                if self.next_day is not None and item.value.hour is not None:
                    gap = self.next_day.sub("", gap)  # 22:00至次日8:00: the next day's time
                head = text[previous.start : previous.end] + gap
                # the gap's length first: a search of a long gap is read for nothing
                moved = self.moved_before is not None and self.moved_before.search(gap)
                # (a span of weekdays is no start: 平日營業到晚上十點 is open on weekdays until
                # ten, no span from Monday to ten)
                spans_days = previous.value.weekday is not None and previous.value.end is not None
                joined_by = (
                    len(gap) <= 3
                    and not moved
                    and not (spans_days and item.value.hour is not None)
                    and (
                        self.joiner.search(head)
                        or self.joiner_first.match(text, item.start)
                        # 从3月5日持续到4月20日: a start, then an end said by its own word
                        or (previous.value.relation, item.value.relation) == ("since", "until")
                    )
                )  # 从2016年到2017年: 到 was read as the second date's "until"
                if joined_by:
                    closer = self.closer.match(text, item.end)
                    end = closer.end() if closer else item.end
                    last = replace(item.value, relation="point")
                    if item.value.relation == "between" and item.value.end is not None:
                        last = item.value.end  # 1950年代から60年代: to the end of the 1960s
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


def _after_taken(match: re.Match[str], taken: list[tuple[int, int]]) -> re.Match[str] | None:
    """The match's pattern matched right after the spans `taken` that overlap its start,
    within it (翌朝 taken, 朝7時 becomes 7時); None where none is."""
    end = max((e for s, e in taken if s <= match.start() < e), default=None)
    if end is None or end >= match.end():
        return None
    again = match.re.match(match.string, end, match.end())
    return again if again and not overlaps(again.span(), taken) else None

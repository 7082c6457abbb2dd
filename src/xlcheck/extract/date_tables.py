"""What a language contributes to the date grammar (`DateTables`, filled in from
rules/LANG/dates.toml by rules/lexicon.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # the next day said between a span's joiner and the time that ends it (22:00至次日8:00,
    # 22:00～翌8:00): the span is one, read time to time
    next_day_in_span: tuple[str, ...] = ()
    # the nouns of a deadline and what may join them to its date (有效期 + ：, 为, 是): each
    # noun, alone or joined, is an until prefix (有效期：2026年8月 = 使用期限：2026年8月)
    deadline_nouns: tuple[str, ...] = ()
    deadline_joiners: tuple[str, ...] = ()
    # the minutes past the hour (十点过五分) and to it (差五分十点, 十点差五分), and a word
    # after them that says to or past (10時5分過ぎ; no language lists one for "to": the
    # 10時5分前 of Japanese is as often "before 10:05")
    minutes_past: tuple[str, ...] = ()
    minutes_to: tuple[str, ...] = ()
    minutes_to_after: tuple[str, ...] = ()
    minutes_past_after: tuple[str, ...] = ()
    # a word after the minutes that counts them to the hour or says "before" the time
    # (10時5分前: 9:55 or before 10:05), read as the time with the other reading kept
    minutes_to_either: tuple[str, ...] = ()
    # what makes such a word part of a longer one (10時5分前後 is "about 10:05", no "before")
    minutes_word_not_before: tuple[str, ...] = ()
    # words of starting a few characters after a date (开学, 施行, 始まる): "from" the date
    # and "on" it say the same
    start_words: tuple[str, ...] = ()
    # regexes of a digit after the hour marker that opens a word, no decimal (两点一直)
    hour_digit_not_before: tuple[str, ...] = ()
    # regexes of a bare 一点 (also "a little") as one o'clock, ending with it: a range's
    # end after a time (十二点到一点), its start after 从 (从一点到三点)
    one_oclock: tuple[str, ...] = ()
    # regexes of an hour said alone (三点, 十点) as a count of points, each ending where
    # the hour's marker does: after 第 or a word that points at points (以下三点, 这两点),
    # before a noun counted in points (三点建议)
    hour_as_count: tuple[str, ...] = ()
    # regexes of what after eight digits makes them no compact date (19910501人: a count)
    compact_not_before: tuple[str, ...] = ()
    # words of ending a few characters after a date (结束, 闭幕, 終わる): "until" the date
    # and "on" it say the same
    end_words: tuple[str, ...] = ()
    # the time zones a time is said in (北京时间 = UTC+8, 日本時間 = UTC+9), a few
    # characters before it: a time converted to the other side's zone is the same time
    zone_words: dict[str, int] = field(default_factory=dict)
    eras: dict[str, int] = field(default_factory=dict)  # 平成 -> 1988 (平成元年 is 1989)
    # a year said by one kanji before a season, as Japanese news writes it (来 + 春, 今 + 秋,
    # 昨 + 冬): the year's offset from this one, read only right before a season
    season_year_prefixes: dict[str, int] = field(default_factory=dict)
    # words after a bare year of three digits that name its era, unsaid: Taiwan's fiscal and
    # school years count from the Republic (112年度 = 民國112年度 = 2023年度)
    era_year_words: dict[str, str] = field(default_factory=dict)
    # a since-suffix that also ends a comparison (より) and the words after which it is
    # "since" all the same (施行: 2016年より施行)
    comparison_suffixes: tuple[str, ...] = ()
    since_before: tuple[str, ...] = ()
    # regexes after a since-suffix that make the date the base of a change (前年末から85万人
    # 減少した), and until-suffixes that say "as of" (時点, 現在: a point in time, said as often
    # for 截至 as for a date alone)
    change_after_since: tuple[str, ...] = ()
    # regexes right after a date with no since or until of its own that say "since" at
    # the end of the clause it opens (2020年成立以来, 2020年に設立されて以来)
    since_after_clause: tuple[str, ...] = ()
    as_of_suffixes: tuple[str, ...] = ()
    not_until: tuple[str, ...] = ()  # 时，: 到2030年时， is a point, not "until"
    # 才 further into the sentence (直到1996年11月，为了解决这些问题，HTTP/1.1 才发布), not
    # after a word that makes the clause last until the date (直到2019年，项目一直由…)
    not_until_far: tuple[str, ...] = ()
    until_durative: tuple[str, ...] = ()
    # regexes right after a date with a since- or until-prefix that make the date a
    # figure's: 从1950年的20%提高到2020年的97% (from 20% in 1950 to 97% in 2020)
    figure_of_date: tuple[str, ...] = ()
    moved_to: tuple[str, ...] = ()  # 推迟: 推迟到下个月 is "postponed to"
    # 进入: 进入2024年后 is "after entering 2024", a point (2024年に入り), no since
    entered_before: tuple[str, ...] = ()
    # 延长: 周六延长至凌晨一点 is "until 1 am on Saturday", no span from Saturday
    stretched_to: tuple[str, ...] = ()
    season_joiners: tuple[str, ...] = ()  # -, 至: the years of a season (1995-96赛季)
    season_words: tuple[str, ...] = ()  # 年, 赛季, シーズン: what follows them
    century_words: tuple[str, ...] = ()  # 世纪, 世紀 (21世纪)
    # the words of "before the common era" before a year or a century (公元前221年,
    # 紀元前3世紀): a year counted back, no count of years
    before_era_words: tuple[str, ...] = ()
    # words after the last two digits of a year that make the people born from it on (90后
    # = 1990年代生まれ, 95后 = born 1995-1999)
    generation_words: tuple[str, ...] = ()
    # words after a year of four digits that make it a class of students, entering or
    # leaving in it (2025级 = 2025年入学, 2025届 = 2025年卒): the year; and what after
    # them makes them counters (1000级台阶: steps)
    cohort_words: tuple[str, ...] = ()
    cohort_not_before: tuple[str, ...] = ()
    # regexes after the last name of a span of weekdays whose prefix is said once that make
    # that name a figure (周一至五点: Monday until five o'clock)
    weekday_span_not_before: tuple[str, ...] = ()
    # words that name a span of weekdays, with its first and last day (平日 = 月～金,
    # [1, 5]), and regexes before them that make them something else (5个工作日: a count)
    weekday_span_words: dict[str, list[int]] = field(default_factory=dict)
    weekday_span_words_not_after: tuple[str, ...] = ()
    # ... and for a word that is a span only in some contexts, the regex that must follow
    # it (zh 平日 before 票价, 和周末: "usually" elsewhere, 他平日很忙)
    weekday_span_words_context: dict[str, str] = field(default_factory=dict)
    # ... or a word earlier in its sentence it is set against (周末的游客量是平日的两倍)
    weekday_span_words_set_against: tuple[str, ...] = ()
    # words between a relative month and its day (来月の10日, 下个月的十号)
    relative_month_day_joiners: tuple[str, ...] = ()
    # a year named otherwise than with 年: 2019财年, 2019会計年度; FY2019
    fiscal_year_words: tuple[str, ...] = ()
    fiscal_year_prefixes: tuple[str, ...] = ()
    # a day right after its month without 日 (八月十五, 正月十五), only before one of these
    # regexes (八月十五的月亮; not 三月十五人); and the prefix of the lunar days 1-10 (初五)
    bare_day_after: tuple[str, ...] = ()
    # regexes of what after a day alone (3日, 五号) makes it the number of a thing: 3号线,
    # 23号球衣, 5日間
    not_day_before: tuple[str, ...] = ()
    # regexes of what after a part of a year or month makes it none: the 初 of 今年初の
    # (this year's first), 今年初めて (for the first time this year)
    not_part_before: tuple[str, ...] = ()
    # words right before a bracket that make two years in it a range of years: 年间（1573—1620）
    bracketed_years_after: tuple[str, ...] = ()
    lunar_day_prefix: str = ""
    # the lunar months said by name, read before a day only (正月初九 = 旧暦1月9日)
    lunar_months: dict[str, int] = field(default_factory=dict)
    # the words naming the calendar a date is of (农历, 旧暦: lunar; 公历, 新暦: solar), and
    # what may join one to its date (新暦の9月29日)
    calendar_words: dict[str, str] = field(default_factory=dict)
    calendar_joiners: tuple[str, ...] = ()
    # what joins a year and its month as one date (翌年の3月 = 次年3月)
    year_month_joiners: tuple[str, ...] = ()
    # days relative to the day of writing (明天 = 1, 明後日 = 2, 昨天 = -1): unresolved,
    # compared by their offset (明天 against 明後日 is another day)
    relative_days: dict[str, int] = field(default_factory=dict)
    # weeks relative to the week of writing (下周 = 1, 先週 = -1), alone or before a
    # weekday (下周五, 来週の金曜日); what may join the two (的, の); regexes of what before
    # the word makes its first character the end of another word (马上周末 is 马上 + 周末),
    # and of what after it makes its end part of another (这周围 is 这 + 周围)
    relative_weeks: dict[str, int] = field(default_factory=dict)
    relative_week_joiners: tuple[str, ...] = ()
    relative_weeks_not_after: tuple[str, ...] = ()
    relative_weeks_not_before: tuple[str, ...] = ()
    # by a weekday's name, a regex of what after it makes it part of another word (周天气 is
    # 周 + 天气, the week's weather, no Sunday)
    weekday_names_not_before: dict[str, str] = field(default_factory=dict)
    # days listed by the first characters of their words before their count (今明两天 =
    # 今日と明日の2日間, 明后两天): each character's offset, and regexes of the count after
    day_list_heads: dict[str, int] = field(default_factory=dict)
    day_list_counts: tuple[str, ...] = ()
    day_list_not_after: tuple[str, ...] = ()  # regexes: what makes the first a word's end
    # relative dates that are the base of a comparison (同比, 环比上月, 前年比): a
    # translation may leave them unsaid (6%減った for 同比下降6%), unlike 去年 or 明天
    comparison_bases: tuple[str, ...] = ()
    # ... and words that are one only before a regex (前年度比: the base; 前年度の売上高:
    # last fiscal year's sales)
    comparison_bases_before: dict[str, str] = field(default_factory=dict)
    # parts said of a decade only (1950年代后期, 1990年代前期): as a part of a year they are
    # as often a stage of work (项目前期, 后期制作)
    decade_parts: dict[str, str] = field(default_factory=dict)
    # years and months counted from the ones last mentioned (次年 = 1, 前年 = -1 in
    # Japanese, 翌月 = 1): read like same_year and same_month, with their offset
    years_after_last: dict[str, int] = field(default_factory=dict)
    months_after_last: dict[str, int] = field(default_factory=dict)
    # days counted from the last full date written (次日 = 1, 同日 = 0, 前日 = -1 in
    # Japanese): resolved against it, or compared by their offset where none was written
    days_after_last: dict[str, int] = field(default_factory=dict)
    # regexes of what after such a word makes it part of another (同日本: with Japan)
    days_after_last_not_before: tuple[str, ...] = ()
    # regexes of what after a since- or until-suffix makes it the start of another word:
    # 前往 (set off for) after 5月4日
    suffixes_not_before: tuple[str, ...] = ()
    # ... those that also say a rank (第二年: the second year of something), years only
    # after a year written before them
    also_ranks: tuple[str, ...] = ()
    # holidays and events named by a word: their [month, day] where fixed (国庆节), none
    # where the day moves (春节) or the name holds a date that is no fact (五四运动)
    holidays: dict[str, list[int]] = field(default_factory=dict)
    # words that name an hour (午夜, 正午, 真夜中): the hour they confirm, never contradict
    clock_words: dict[str, int] = field(default_factory=dict)
    # regexes after kanji tens that make them no minutes of an hour without 分 (四点五十 is
    # 4:50; 三点二十个 and 四点五十元 are figures)
    minutes_not_before: tuple[str, ...] = ()
    # regexes of what after a month and day with a slash makes them a date (5/3前, 5/3
    # まで); elsewhere, but before a weekday in brackets, 5/3 is as often a fraction
    slash_date_after: tuple[str, ...] = ()
    # the first months of a year said after it (今年前十个月 = 今年1～10月, 前三季度 = 1～9月):
    # the words before the count, and the months each period after it holds
    first_months_prefixes: tuple[str, ...] = ()
    first_months: dict[str, int] = field(default_factory=dict)
    # ... and the words that say the first one with no count (今年首季 = 今年第1四半期)
    first_one_prefixes: tuple[str, ...] = ()
    # a ranked period of a year said after it (2024年第三季度 = 2024年7～9月): the words
    # before the rank, the months each period holds, and the words that end a year whose
    # periods are not the calendar's (年度, 财年: a fiscal year)
    quarter_prefixes: tuple[str, ...] = ()
    # the words that may join a year to either period after it (今年の第1四半期, 今年的前三季度)
    months_after_joiners: tuple[str, ...] = ()
    quarters: dict[str, int] = field(default_factory=dict)
    not_calendar_years: tuple[str, ...] = ()
    # regexes after a two-digit year that make it a point in time: 98年に, 98年出生
    short_year_after: tuple[str, ...] = ()
    # words after 年 that make a two-digit year no year (九八年代, 五六年间), and the
    # year up to which one is of the 2000s (rules/common/dates.toml)
    not_short_year_after: tuple[str, ...] = ()
    short_year_pivot: int = 40
    # words between the months of a span sharing its suffix (7至8月)
    month_span_joiners: tuple[str, ...] = ()
    # what may stand between a year and a part of it of two characters or more (的)
    year_part_joiner: str = ""

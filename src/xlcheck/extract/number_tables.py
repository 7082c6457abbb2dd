"""What a language contributes to the number grammar (`NumberTables`, filled in from
rules/LANG/numbers.toml by rules/lexicon.py), and what the grammar finds (`NumberMatch`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..model import Quantity


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
    # regexes of what right after the marker makes it none: 两点一直 (一直: all along)
    decimal_not_before: tuple[str, ...] = ()
    inner_suffixes: dict[str, str] = field(default_factory=dict)  # 来: right after the numeral
    # qualifiers only right after a word of time (time_words): 三年内 is "within three
    # years", but 320 MiB 内存 is memory
    time_suffixes: dict[str, str] = field(default_factory=dict)
    time_words: tuple[str, ...] = ()
    # qualifiers before a sum of money only: 满299元 is 299 yuan or more (a threshold),
    # 满一年 a full year; money_units are the units that are money
    money_prefixes: dict[str, str] = field(default_factory=dict)
    money_units: frozenset[str] = frozenset()
    # the largest figure a unit of [scaled_units] takes (成: ten tenths): above it the
    # figure is read without the unit (2024 成为 is a year before a verb)
    unit_most: dict[str, Fraction] = field(default_factory=dict)
    # prefixes that say "the last" span of time before what recent_after lists (近十年来: the
    # last ten years; 近十年 alone may be nearly ten)
    recent_prefixes: tuple[str, ...] = ()
    recent_after: tuple[str, ...] = ()
    # regexes right before such a prefix where it opens a clause, and so says "the last"
    # whatever follows (近五年仅招录23人, 在近三个月中): "nearly" follows a verb (历时近五年)
    recent_openers: tuple[str, ...] = ()
    # counters whose rank is the thing's number, a count in the other language: 第十二层 = 12階
    numbering_counters: tuple[str, ...] = ()
    # counters that rank what they count, no 第 needed (4回戦: the fourth round)
    ranking_counters: tuple[str, ...] = ()
    # unit -> regex of what after it makes it the first character of a word: 成本, 成员
    unit_not_before: dict[str, str] = field(default_factory=dict)
    # one-character words joining tens and units in the classical style: 二十有一 (21)
    additive_joiners: tuple[str, ...] = ()
    # words that may join a measure said in two units (两小时零五分, 2時間と5分): one amount
    # (extract/measures.py)
    measure_joiners: tuple[str, ...] = ()
    # prefixes of passing (破, 过了: past the figure), each with a regex of what may not
    # stand right before it (打破, 不过); and regexes of what after the figure makes the
    # word no bound (破三项纪录: broke three records). Not before a span of time.
    passing_prefixes: dict[str, str] = field(default_factory=dict)
    # prefixes no prefix right after what a regex of look-behinds says: the ~ of 10元~20元,
    # $10~$20 or 3.8~3.11 joins a range, where ~10 秒 is about ten
    prefix_not_after: dict[str, str] = field(default_factory=dict)
    passing_not_before: tuple[str, ...] = ()
    # words of passing only before a big unit alone: 过万 (past ten thousand), where 过三次
    # is "been three times"
    passing_scale_only: tuple[str, ...] = ()
    # bounds before which a big unit alone is one of it: 近万 (nearly ten thousand), 逾百
    scale_alone_prefixes: tuple[str, ...] = ()
    # regexes of what follows a sum said without its unit for a money prefix before it to
    # be a threshold: 满三百减五十 (300 or more, 50 off), 满九十九包邮
    money_threshold_after: tuple[str, ...] = ()
    # units said so only in speech and counters as often (三百块 is 300 yuan, 三块蛋糕 three
    # pieces of cake): units only before one of spoken_unit_after (regexes)
    spoken_units: tuple[str, ...] = ()
    # units written before the figure (韩币一万元, 華氏30度, 摄氏30度): they name the unit
    # where the word after the figure names none, or one of refined_units (元: which yuan)
    unit_prefixes: dict[str, str] = field(default_factory=dict)
    # words before a rank that make it a count: 连续第三年 is three years running
    running_before: tuple[str, ...] = ()
    # regexes a unit prefix must stand in, the prefix written inside them (M before a
    # decimal figure is an earthquake's magnitude: M5.8, not the M of PM2.5)
    unit_prefix_contexts: dict[str, str] = field(default_factory=dict)
    refined_units: frozenset[str] = frozenset()
    spoken_unit_after: tuple[str, ...] = ()
    # ... and verbs of sharing or eating out pieces before its figure (每人分到一块: a piece)
    spoken_unit_not_after: tuple[str, ...] = ()
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
    # words after a bound that close what a negation after them may say of it: the
    # condition of 100人を超えたら開催できない (the negation is the consequence's)
    negation_stops: tuple[str, ...] = ()
    decimal_units: tuple[str, ...] = ()  # 米: 一米八 = 1.8 m
    # units after which Arabic digits are decimals before any word but a count (9秒88夺冠)
    timing_units: tuple[str, ...] = ()
    # words of rank that open on a counter's character, with the rank they name (排名第三,
    # 名列前茅, 位居榜首; regular expressions): no count after a time's digits before them
    rank_verbs: tuple[str, ...] = ()
    # big units of two sizes (兆: 10^12 or mega-): a bare figure they scale is a guess
    open_scales: tuple[str, ...] = ()
    # suffixes of a cap that also say "as far as the figure" (5人まで): the figure unbounded
    # on the other side says the same (最多5人, 数到五); after a range's opener they close it
    extreme_suffixes: tuple[str, ...] = ()
    # units of money after which one digit is the tenths before any word but a count (九块九秒杀)
    price_units: tuple[str, ...] = ()
    # what after a unit of money makes the digit no tenths (三块五花肉); not read after 点
    price_not_before: tuple[str, ...] = ()
    # what after a digit said after a unit of money makes an ordinal of the whole (120元3号线)
    price_digit_not_before: tuple[str, ...] = ()
    # units read only right after digits (1650千焦, 390大卡; 两千卡路里 is 2000 and a word)
    digit_units: tuple[str, ...] = ()
    growth_verbs: tuple[str, ...] = ()  # 增长: 增长了一倍 = 2倍
    # comparatives: 比去年多一倍 = 2倍; N times after one is N or N+1 only after 比
    comparative_words: tuple[str, ...] = ()
    comparison_words: tuple[str, ...] = ()  # 比: 比去年多三倍 (comparative_words)
    reaching_words: tuple[str, ...] = ()  # 达到: 增长…达到现在的一倍 (growth_verbs)
    growth_gap_words: tuple[str, ...] = ()  # 整整: 提高了整整三倍 (growth_verbs)
    grown_not_before: tuple[str, ...] = ()  # 速: 三倍速 is no growth (growth_verbs)
    # regexes of a word of decrease right before a rate (同比下降3.4%) or right after it
    # (3.4％減): the rate fell, as a minus says (負3.4%)
    falling_before: tuple[str, ...] = ()
    falling_after: tuple[str, ...] = ()
    # ... and of a word of increase there (同比增长3.4%, 3.4％増): the rate rose, so that a
    # fall said by a word on the other side is a direction reversed
    rising_before: tuple[str, ...] = ()
    rising_after: tuple[str, ...] = ()
    # counters of a rate that words of decrease are read with, as the units of RATE_UNITS
    # (ポイント: 0.5ポイント低下 = 下降0.5个百分点)
    rate_counters: tuple[str, ...] = ()
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
    # "almost" said before the figure alone: 快 after a verb done (用了快三年)
    almost_alone_before: tuple[str, ...] = ()
    # regexes of a "from ... on" frame around a figure (从 Android 10 开始, 自第3章起): the
    # opener, ending where the figure starts (what may stand between included), and the
    # closer, starting where the figure ends; the figure is then a floor that is the
    # figure itself too (Android 10 以降 and Android 10 から say the same)
    from_openers: tuple[str, ...] = ()
    from_closers: tuple[str, ...] = ()
    # words that make a figure an estimate (推定, 预计, 見込み), in its clause a few words
    # before or after it: 推定資産額 23億ドル is 约 23 亿美元
    estimate_words: tuple[str, ...] = ()
    # vague counts said as idioms (成千上万): read as [vague] says, never reported alone
    idiom_counts: tuple[str, ...] = ()
    signs: tuple[str, ...] = ("−",)
    # regexes of what follows a 半 after a counter when it is no half of the figure: the
    # 半价 of 第二杯半价 (half price)
    not_half_before: tuple[str, ...] = ()
    # words of ± before a figure (正负3%, プラスマイナス3ポイント): from -N to N
    plus_minus: tuple[str, ...] = ()
    # qualifiers that may stand a few characters before their number: 至少要花五美元
    distant_prefixes: tuple[str, ...] = ()
    # regexes of more that may stand between such a qualifier and its figure: the base of
    # a frequency (少なくとも週に1回 = 每周至少一次)
    distant_gaps: tuple[str, ...] = ()
    # bound words that reach their figure over a noun with 的 only, the whole the figure is
    # a share of (不足去年的九成, 低于全国平均水平的一半): no shorter gap, where the word is
    # often a noun or a verb of its own (不足之处有三点: shortcomings)
    share_prefixes: tuple[str, ...] = ()
    # words of "or" between two figures of one unit or counter, which make them a range
    # (1つか2つ = 一两个)
    or_joiners: tuple[str, ...] = ()
    # words that join a floor and a cap into one range, the unit said once or on both
    # (年满18且不超过35周岁 = 18歳以上30歳以下 read as 18–35; 18歳以上かつ35歳以下)
    bound_pair_joiners: tuple[str, ...] = ()
    # superlatives of [prefixes] (最大, 最低, 最高可): a cap or a floor, or the extreme
    # value itself (the day's low, the largest seen), as the sentence goes
    extreme_prefixes: tuple[str, ...] = ()
    # words that open the denominator of a rate (每): a qualifier before the rate is the
    # figure's (约为每百公里6.5升: about 6.5 L), and the denominator takes none
    rate_words: tuple[str, ...] = ()
    # a word of "per" after the denominator's unit, before the count (月に1回, 週に3日)
    rate_words_after: tuple[str, ...] = ()
    # generic counters after a rate's word, "each" (每个用户 = 各ユーザ): a one counted by
    # the noun after it, which no count of a counter changed
    rate_each_counters: tuple[str, ...] = ()
    # counters after which a digit and 分 are the next place (38度5分: 38.5 degrees, a body
    # temperature) where a word of tenth_context is in the clause (北緯35度5分 is an arc)
    tenth_counters: tuple[str, ...] = ()
    # words of a body's temperature in the clause that a tenth after a counter needs (熱)
    tenth_context: tuple[str, ...] = ()
    # words right before a count that make it one per direction (片側3車線 = 双向六车道)
    per_side_words: tuple[str, ...] = ()
    # regexes of where a numeral of one kanji with no counter is a value (硬度为十。: ten)
    lone_numerals: tuple[str, ...] = ()
    # where a run of kanji digits alone (no 十, 百 or unit) is a figure said digit by
    # digit: 一一〇, 三〇五 (a 〇 in it), 拨一一九 (after a verb of dialling)
    digit_runs: tuple[str, ...] = ()
    # counters that count only where a regex of counter_contexts ends at them (点: 以下三点
    # are three points, 三点见 is a time and 三点五 a decimal)
    context_counters: tuple[str, ...] = ()
    counter_contexts: tuple[str, ...] = ()
    # bound words of [prefixes] of speed, whose bound holds before a span of time (最快4小时:
    # at least 4 hours) and is turned before any other figure (时速最快350公里: at most)
    time_bound_words: tuple[str, ...] = ()
    # regexes of what between an "about" figure and the next makes the "about" the next's as
    # well, if a translation says so (约三千家餐厅和五百家酒店 = 約3000軒と約500軒)
    about_shared_across: tuple[str, ...] = ()
    # a numeral before a word no table knows still counts it (三窝兔子, 三路公交车), weakly,
    # unless the word is one of these (grammar words: 二是, 三的); None: no such counts
    not_counted: tuple[str, ...] | None = None
    # words after a span of time that make it a point: 3年後, 三天前 (later, ago)
    span_points: tuple[str, ...] = ()
    # suffixes of [suffixes] that make the figure the span up to its next step: 90点台 is 90
    # to 99, 1000円台 1000 to 1999 (Japanese 台)
    step_suffixes: tuple[str, ...] = ()
    # the rank suffixes said after a counter (3回目, 2人目); None: all of them
    counted_ordinal_suffixes: tuple[str, ...] | None = None
    # rank suffixes said only after a counter or a unit (3つ目, 2回目, 3日目); right after
    # the figure they count instead (80目 are eighty stitches)
    ordinal_suffixes_after_counters: tuple[str, ...] = ()
    # regexes of numeral characters that open a word, not a numeral: the 参 of 参数
    not_numerals: tuple[str, ...] = ()
    # regexes of words that hold a figure a translation may leave out or keep (百年老店 =
    # 老舗 or 創業100年の老舗, 二十国集团 = G20 or 主要20カ国・地域): a figure inside one is weak
    weak_figures: tuple[str, ...] = ()
    # regexes of "both of two" before a noun (両選手): a weak count of two
    both_words: tuple[str, ...] = ()
    # regexes of marks inside a grade that say no bound (the 強 of 震度6強): blanked
    grade_marks: tuple[str, ...] = ()
    # Latin letters after digits that scale the figure (45k, 1.2M), and those of them that
    # scale a whole number too (the others only a decimal or a figure before "+")
    latin_scales: dict[str, int] = field(default_factory=dict)
    latin_scales_whole: tuple[str, ...] = ()
    latin_scales_not_before: tuple[str, ...] = ()  # 18K 金: the letter a unit of its own
    latin_scales_not_after: tuple[str, ...] = ()  # 下载, 356K: the letter a size (KB)
    latin_scales_gap: str = ""  # the characters that may stand between them (内存为 512K)
    latin_scales_counted: tuple[str, ...] = ()  # 1M token: a count after it, the letter a scale
    # suffix -> regex it is a bound only before (過ぎ before の; before た, the verb "pass")
    suffix_only_before: dict[str, str] = field(default_factory=dict)
    # suffix -> regex of one width it is a bound only after (以后 after 岁: 五十岁以后)
    suffix_only_after: dict[str, str] = field(default_factory=dict)
    # words of "never" right before a bound prefix that turn it round (从未低于)
    turned_before: tuple[str, ...] = ()
    # regexes of the ending a suffix listed as a stem takes (the い of に届いていな)
    suffix_tails: tuple[str, ...] = ()
    # adverbs of degree between a bound verb's particle and its verb (をわずかに超えた)
    degree_adverbs: tuple[str, ...] = ()
    # regexes right after a bound verb in the past that turn it round (を超えたことはない)
    turned_after: tuple[str, ...] = ()
    # distant prefixes before a noun and the figure it is passed by: the margin, no bound
    # (超过警戒水位0.85米)
    margin_prefixes: tuple[str, ...] = ()
    margin_gap: str = ""  # a regex of the noun between them
    # what makes a money prefix (满) the threshold of any figure: regexes right before it (年满,
    # 须满) and right after the figure (满6笔即可)
    threshold_before: tuple[str, ...] = ()
    # ... and money prefixes that before any other figure say the figure reached (工作满十年,
    # 滿三件): a floor that is also the figure itself, as 最低 is (extreme)
    reached_prefixes: tuple[str, ...] = ()
    threshold_after: tuple[str, ...] = ()
    # what after a bound figure makes it describe a noun (请勿放入超过10公斤的物品): a word of
    # turned_before earlier in its clause forbids the thing, not the bound
    attributive_marks: tuple[str, ...] = ()
    # counters a noun may follow before the figure's bound word (三十个字以内)
    noun_counters: tuple[str, ...] = ()
    # a regex of a noun right after a bare figure before its bound word (300気圧を超える)
    noun_before_bound: str = ""
    # the bound words of quantity such a noun may stand before (not 以后: a bound of time):
    # the suffixes but those of the rules' bounds_not_after_noun (lexicon._lexicon)
    noun_bounds: tuple[str, ...] = ()
    # regexes of what may follow the digits after a unit for them to be its decimals
    decimal_tail_after: tuple[str, ...] = ()
    # words after a figure of tens that leave its units open: 二十几 (21 to 29), 20数
    some_units: tuple[str, ...] = ()
    # inner suffixes that may stand before a big unit scaling the figure (来 of 二十来万)
    inner_before_big: tuple[str, ...] = ()
    # regexes of two figures said together, each a count ({n} is a small numeral; groups a
    # and b, b left out when one figure says both): 二比一, 2対1, 战成1平, 买二送一
    paired_figures: tuple[str, ...] = ()
    # words of "a few" (数名, 几天, 何人か): word -> the range they mean, read only before
    # a counter, a unit or a big unit; weak (paired with a count of its kind, 三名 against
    # 数名 approximated, never reported alone: 几个 asks in 你有几个孩子)
    few: dict[str, tuple[int, int]] = field(default_factory=dict)
    # regexes of what, right before such a word, makes it part of another (変数名, 参数个数)
    few_not_after: tuple[str, ...] = ()
    # words of "a few" that need one of these right after their counter (何人か, 何度も)
    few_closers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ... and those of the closers that make the word many, with no bound above (何日も,
    # 何度も, 何年も: for days on end), not a few
    many_closers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words of an unsaid number (多くの, 很多, いくつかの, 多名): word -> the range they mean;
    # weak, paired only with a count left over (十九个 against 多くの: the figure made vague)
    many: dict[str, tuple[int, int]] = field(default_factory=dict)
    # regexes of what, right before such a word, makes it part of another (两个或多个: two
    # or more; 大多数の: the majority)
    many_not_after: tuple[str, ...] = ()
    # words of [many] that count one kind of thing (子供たち: people) or say a span of
    # time with no figure (しばらく: unit "while"): word -> counter, word -> unit
    many_counters: dict[str, str] = field(default_factory=dict)
    many_units: dict[str, str] = field(default_factory=dict)
    # word of [many] -> a regex that, matched over the word, makes it part of another
    # (私たち is "we", たちまち "at once")
    many_not_around: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: Quantity

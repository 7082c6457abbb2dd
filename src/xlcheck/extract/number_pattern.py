"""The regular expression of the number grammar, built from a language's tables:

    [prefix qualifier] numeral [range separator numeral] [suffix qualifier] [unit|counter]
    [suffix qualifier]

with the alternatives a figure is also written as (百分之三, 十几万, 第三, 3/4). The
grammar (numbers.py) reads what each named group holds; this module only writes them.
Also the rewrites of a text that keep its length (thousands written with 、, a list of
figures split by a space) and the signs a figure may start with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..regexes import compiled
from .number_tables import NumberTables
from .numerals import BIG_UNITS, COUNTING_TWOS, KANJI_NUMERAL_CHARS
from .spans import alternation, behind

# Signs that make a figure a range around zero (±100,000,000 日): symbols, not words.
PLUS_MINUS = ("±", "+/-")
# Thousands grouped by commas, or by spaces (SI style: 2 048 KB, 1 250 000; also thin and
# no-break spaces), where every group after the first has exactly three digits (and a
# decimal may follow the last: 1 234.5万).
GROUP_SPACES = " \u00a0\u2009\u202f"
ARABIC = (
    rf"(?:\d+(?:,\d{{3}})+(?!\d)|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?![\d,])(?!\.(?!\d))|\d+)"
    r"(?:\.\d+)?"
)
# A rate in thousandths written without its leading zero, as batting and winning averages
# are (打率.312, 勝率.549 = 0.549): three digits after a point that no letter, digit or
# other point stands before, no digit nor kanji after (a sentence's ．before a count is no
# such point: である．100人)
POINT_THOUSANDTHS = r"(?<![A-Za-z0-9.,_/\\-])\.\d{3}(?![\d\u4e00-\u9fff])"
# Three or more bare numerals in a list (一、二、三 / 1、2、3, counting or labels; in
# Japanese counting with つ too: 一つ、二つ、三つ; with commas, 4, 6, 8 = 4、6、8, a comma
# followed by a space or full-width, so that 1,000,000 stays a figure): not quantities,
# and not the vague 二、三 (two or three) either.
ENUMERATION = re.compile(
    r"(?<![\d、,，])(?:(?:\d{1,3}|[一二三四五六七八九十]{1,2})つ?(?:、\s?|,\s|，\s?)){2,}"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,2})つ?(?![\d,])"
)
# 、 as a thousands separator (１２、０００ドル, common in Japanese text typed on phones):
# groups of three digits after a first group of one or two, or any group that starts
# with 0 (a list item never does: 100、200、300人 stays a list).
IDEOGRAPHIC_THOUSANDS = re.compile(r"(?<![\d、])\d{1,3}(?:、\d{3})+(?!\d)(?!、\d)")
# Right after digits, spaced or not (a unit of digit_units stands only there).
AFTER_DIGITS = "(?:(?<=[0-9０-９])|(?<=[0-9０-９]\\s))"
# After a kanji numeral that no 千 can go on (二百三十千卡 = 230 kcal: 十千 and 百千 are no
# numerals, 两千卡路里 is 2000 and a calorie), and after any kanji numeral for a unit that
# opens with no numeral character (三百大卡 = 300 kcal), but not before the word it may
# open instead (十大卡通形象: the top ten cartoon figures; 三大卡车: three big trucks).
AFTER_TENS = "(?<=[十百拾佰])"
# The numerals of a few pieces handed out (分到一块, 吃了两块): one character.
SPOKEN_PIECES_NUMERALS = "一两兩二三四五六七八九半几幾"
AFTER_KANJI_NUMERAL = "(?<=[〇零一二两兩三四五六七八九十百千万萬亿億拾佰仟])"
NOT_A_LONGER_WORD = "(?![通车車片])"
# What multiplies a vague pair of digits: 二三十 (20 to 30), 五六百, 两三千, 三四十万.
VAGUE_SCALE = "(?<=[两兩一二三四五六七八九])[十百千]"


def more_inside(tables: NumberTables) -> str:
    """The one-character "more than" suffixes that are no prefix: between a figure and its
    big unit they are "more than" the whole (一百多万 is more than a million)."""
    return "".join(
        word
        for word, qualifier in tables.suffixes.items()
        if qualifier == "gt" and len(word) == 1 and word not in tables.prefixes
    )


def vague_words(tables: NumberTables) -> dict[str, tuple[int, int]]:
    """The vague counts of the tables, with the pairs of digits Japanese writes with 、:
    ５、６人, and ５、６０人 and 5、600人 (fifty or sixty, five or six hundred: the place
    is said once, on the second); the vague units of a figure of tens; and the words of
    "a few" (数名, 几天), which numbers.py keeps only before a counter or a unit."""
    vague = {**tables.vague, **{f"{d}、{d + 1}": (d, d + 1) for d in range(1, 9)}}
    for d in range(2, 9):
        vague[f"{d}、{d + 1}0"] = (d * 10, (d + 1) * 10)
        vague[f"{d}、{d + 1}00"] = (d * 100, (d + 1) * 100)
    return {**tables.few, **_vague_units(tables.some_units), **vague}


def _vague_units(some: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """A figure of tens whose units are left open: by a word (十几, 二十几, 20数, 三十幾: 20
    to 29, from `some`), or by two consecutive digits (十五六, 二十七八, 15、6, 27、8, 十五、六,
    27、28: 15 or 16), in kanji and in digits."""
    vague = {}
    for n in range(1, 10):
        tens = "十" if n == 1 else f"{_DIGITS[n]}十"
        # from the tens themselves (二十几 = 20代; against 20, 20過ぎ or 20台 a rounding,
        # not another figure), but 十几 and 十数 are 11 to 19 as in the tables
        low = 11 if n == 1 else 10 * n
        for word in some:
            vague[f"{tens}{word}"] = vague[f"{n}0{word}"] = (low, 10 * n + 9)
        for d in range(1, 9):
            pair = (10 * n + d, 10 * n + d + 1)
            vague[f"{tens}{_DIGITS[d]}{_DIGITS[d + 1]}"] = pair
            vague[f"{tens}{_DIGITS[d]}、{_DIGITS[d + 1]}"] = pair
            vague[f"{10 * n + d}、{d + 1}"] = vague[f"{10 * n + d}、{10 * n + d + 1}"] = pair
    return vague


_DIGITS = "〇一二三四五六七八九"
# 两 and 兩: two said counting (两个), never a digit of a number read digit by digit
_TWO = f"[{COUNTING_TWOS}]"


def _openings(words) -> str:
    """The characters the words open on, escaped for a character class."""
    return "".join(re.escape(first) for first in sorted({word[0] for word in words if word}))


@dataclass(frozen=True)
class FigureWords:
    """The alternations the figure pattern is made of."""

    numeral: str
    units: str
    counters: str
    # counters that count only in some contexts (点: 以下三点), checked where read
    context_counters: str
    prefixes: str
    suffixes: str  # (with the time suffixes first, after a word of time)
    plain_suffixes: str  # (without them: 三年内 is after a counter)
    separators: str

    @classmethod
    def of(cls, tables: NumberTables, more: str) -> FigureWords:
        # (a unit of one character may open a word: the 成 of 成本, 成员 is no tenths; a
        # guarded word that is no unit, or a spoken one, guards nothing: it is no unit here)
        plain = [u for u in tables.units if u not in tables.spoken_units]
        guards = {u: g for u, g in tables.unit_not_before.items() if u in plain}
        # (units read only after digits: 1650千焦, where 两千焦作 is 2000 and a name; all of
        # them longest first, a guarded 秒 after 秒钟)
        digits_only = [u for u in tables.digit_units if u in plain and u not in guards]
        written = {u: re.escape(u) for u in plain}
        written |= {u: rf"{re.escape(u)}(?!{guard})" for u, guard in guards.items()}
        written |= {u: rf"{_after_a_figure(u)}{re.escape(u)}" for u in digits_only}
        units = "|".join(written[u] for u in sorted(written, key=lambda u: (-len(u), u))) or "(?!)"
        if tables.spoken_units and tables.spoken_unit_after:
            after = "|".join(f"(?:{r})" for r in tables.spoken_unit_after)
            # (not after a verb of pieces and a numeral of one character: 每人分到一块 is
            # one piece each; a look-behind per width, as re needs)
            pieces = "".join(
                f"(?<!(?:{alternation(verbs)})[{SPOKEN_PIECES_NUMERALS}])"
                for verbs in _by_length(tables.spoken_unit_not_after)
            )
            units += rf"|{pieces}(?:{alternation(tables.spoken_units)})(?={after})"
        special = tuple(c for c in (tables.discount_counter, tables.decade_counter) if c)
        suffixes = plain_suffixes = suffix_words(tables)
        if tables.time_suffixes and tables.time_words:
            # first: 三十分钟以内 is "within" a span before 以内 is "at most"
            timed = f"{behind(tables.time_words)}(?:{alternation(tables.time_suffixes)})"
            suffixes = f"{timed}|{suffixes}"
        return cls(
            numeral=_numeral(tables, more),
            units=units,
            counters=_counters(tables, special),
            context_counters=alternation(tables.context_counters) or "(?!)",
            prefixes=_prefixes(tables),
            suffixes=suffixes,
            plain_suffixes=plain_suffixes,
            separators=alternation(tables.range_separators),
        )


def _prefixes(tables: NumberTables) -> str:
    """The prefix qualifiers, longest first; those guarded by prefix_not_after only where
    their look-behinds hold (not the ~ of 10元~20元, a range)."""
    words = {**tables.prefixes, **tables.money_prefixes}
    guards = {w: g for w, g in tables.prefix_not_after.items() if w in words}
    plain = alternation(w for w in words if w not in guards)
    guarded = [f"{guard}{re.escape(word)}" for word, guard in guards.items()]
    return "|".join([*guarded, plain])


def _counters(tables: NumberTables, special: tuple[str, ...]) -> str:
    """The counters, none where it opens a shop's threshold word (the 包 of 满99包邮)."""
    counters = alternation((*tables.counters, *special))
    if not tables.money_threshold_after:
        return counters
    return f"(?:(?!{'|'.join(tables.money_threshold_after)})(?:{counters}))"


def suffix_words(tables: NumberTables, only: tuple[str, ...] | None = None) -> str:
    """The suffix qualifiers (or those of them in `only`), longest first; those said by a
    verb (を超えた) with an adverb of degree allowed between the particle and the verb
    (をわずかに超えた)."""
    suffixes = tables.suffixes if only is None else {w: tables.suffixes[w] for w in only}
    # (first, those only before what their guard says: 過ぎの, not the 過ぎ of 2年過ぎた; and
    # those only after what theirs says: the 以后 of 五十岁以后, not of 三年以后, a point)
    # (a guarded word that is no suffix has no meaning to give: it guards nothing)
    before, after = (
        sorted(((w, g) for w, g in table.items() if w in suffixes), key=lambda i: -len(i[0]))
        for table in (tables.suffix_only_before, tables.suffix_only_after)
    )
    guarded = [rf"{re.escape(word)}(?={guard})" for word, guard in before] + [
        rf"(?<={guard}){re.escape(word)}" for word, guard in after
    ]
    guarded_words = {**tables.suffix_only_before, **tables.suffix_only_after}
    plain = [word for word in suffixes if word not in guarded_words]
    particles = sorted(set(tables.bound_verbs), key=len, reverse=True)
    if not (tables.degree_adverbs and particles):
        return "|".join([*guarded, alternation(plain)])
    verbs: dict[str, list[str]] = {}
    others = []
    for word in plain:
        particle = next((p for p in particles if word.startswith(p) and word != p), None)
        if particle is None:
            others.append(word)
        else:
            verbs.setdefault(particle, []).append(word[len(particle) :])
    adverbs = alternation(tables.degree_adverbs)
    said = [
        rf"{re.escape(particle)}(?:{adverbs})?(?:{alternation(rests)})"
        for particle, rests in verbs.items()
    ]
    return "|".join([*guarded, *said, alternation(others)])


def _unit_prefixes(tables: NumberTables) -> str:
    """The alternation of the units written before a figure: a word as it is, or in the
    context its table gives (M in M5.8)."""
    contexts = tables.unit_prefix_contexts
    plain = alternation(w for w in tables.unit_prefixes if w not in contexts)
    return "|".join((*(contexts[w] for w in sorted(contexts) if w in tables.unit_prefixes), plain))


def _by_length(words) -> list[list[str]]:
    """Words grouped by their length, for look-behinds of one width each."""
    lengths = sorted({len(word) for word in words})
    return [[word for word in words if len(word) == n] for n in lengths]


def _after_a_figure(unit: str) -> str:
    """Where a unit of digit_units may stand: after digits, or after a kanji numeral that
    cannot take its first character as its own."""
    if unit[0] in KANJI_NUMERAL_CHARS:
        return f"(?:{AFTER_DIGITS}|{AFTER_TENS})"
    return f"(?:{AFTER_DIGITS}|{AFTER_KANJI_NUMERAL}(?={re.escape(unit)}{NOT_A_LONGER_WORD}))"


# a bigger place and one digit right before: the 千 that follows is the next place (一万五千)
_AFTER_A_BIG_PLACE_DIGIT = "(?<![万亿億兆萬][一二三四五六七八九两兩1-9１-９])"


def _numeral(tables: NumberTables, more: str) -> str:
    """Digits and kanji numerals, with what may stand inside one numeral."""
    # a numeral character may start a unit or counter (千米, 千克, 百分点, 四半期): there
    # it belongs to the word, not to the numeral (第2四半期 is the 2nd quarter); and a
    # numeral character may open a word of its own (not_numerals: the 参 of 参数)
    # (one read only after digits, only there: the 千 of 1650千焦 is the unit's, that of
    # 两千卡路里 the numeral's)
    words = [
        w
        for w in (*tables.units, *tables.counters)
        if w[0] in KANJI_NUMERAL_CHARS and w not in tables.digit_units
    ]
    # (not where the word's guard says it is none: 千克 before 拉, whose 千 is the numeral's
    # in 两千克拉, 2000 carats)
    guards = tables.unit_not_before
    # (nor the 千 of a numeral that has a bigger place and one digit before it, where the
    # rest is a unit: 一万五千米 is 15,000 m, its 千 the numeral's; 五千米, 三百五十千米 read
    # the unit, and so does 一万五千瓦时, 15,000 kWh: 瓦时 is no unit)
    guarded = [
        (_AFTER_A_BIG_PLACE_DIGIT if w.startswith("千") and w[1:] in tables.units else "")
        + (f"{re.escape(w)}(?!{guards[w]})" if w in guards else re.escape(w))
        for w in sorted(set(words), key=lambda w: (-len(w), w))
    ]
    blocked = (["|".join(guarded)] if words else []) + list(tables.not_numerals)
    # 零 before digits joins two figures (30年零3个月 = 30年と3か月), no numeral of its own
    blocked.append("零(?=[0-9０-９])")
    if tables.digit_units:
        blocked.extend(f"{_after_a_figure(u)}{re.escape(u)}" for u in tables.digit_units)
    kanji = f"(?:(?!{'|'.join(blocked) or '(?!)'})[{KANJI_NUMERAL_CHARS}])"
    # a space may stand before a big unit: 1,000 万 (FLORES and much web text space out
    # numbers; the parser drops it), and after one before more digits (2 万 4 千ドル =
    # 24,000 dollars); 多 or 余 between a figure and its big unit is "more than" the whole
    inside = rf"|[{more}](?=[万亿億兆萬])" if more else ""
    # the classical additive between tens and units: 二十有一 (21), 八十有五
    for joiner in tables.additive_joiners:
        inside += rf"|(?<=十){re.escape(joiner)}(?=[一二三四五六七八九](?![十百千万萬]))"
    # 两 (two, counting) after a digit is no next digit: 一、二两个年级 is grades one and
    # two, the two of them (not 22); 三万两千 is 32000
    next_kanji = rf"(?:(?!{_TWO})|(?<![\d{_DIGITS}零{COUNTING_TWOS}])){kanji}"
    numeral = (
        rf"(?:{POINT_THOUSANDTHS}|{ARABIC}|{kanji})"
        rf"(?:{ARABIC}|{next_kanji}|\s(?=[万亿億兆萬千])|(?<=[万亿億兆萬])\s(?=\d){inside})*"
    )
    if tables.decimal_marker:  # 三点五, 百分之三点五: kanji digits after the point
        # and a big unit after them scales the whole figure: 二点三万亿 = 2.3万亿, 三点五亿
        # (not a digit that opens a word: 两点一直烧到十点, two o'clock and on)
        not_decimal = "|".join(tables.decimal_not_before) or "(?!)"
        # (no big unit that opens a unit: 九十八点六 + 兆赫 is 98.6 MHz, as 五 + 兆赫 is)
        big = f"(?:(?!{'|'.join(blocked)})[万亿億兆萬])*"
        numeral += (
            rf"(?:{re.escape(tables.decimal_marker)}(?!{not_decimal})"
            rf"[〇零一二三四五六七八九]+{big})?"
        )
    return numeral


def _places(tables: NumberTables, words: FigureWords) -> tuple[str, str]:
    """The groups of digits said after a unit: of tenths (三成五 = 35%, 3割5分: a digit
    after a unit of tenths is its next place) and of length (一米八 = 1.8 m, 一米七五)."""
    tenths = [word for word, (unit, factor) in tables.units.items() if unit == "%" and factor == 10]
    tenth = rf"(?P<tenth>{behind(tenths)}(?:[1-9]|[一二三四五六七八九])分?)?" if tenths else ""
    # (before what may follow them: not 三块五花肉, whose 五 opens 五花肉)
    after = "|".join(tables.decimal_tail_after)
    followed = f"(?={after})" if after else ""
    # (a numeral after them is refused, unless what may follow says it: 三块五一斤)
    refused = "" if after else rf"(?![\d.{KANJI_NUMERAL_CHARS}])"
    counted = rf"\s?(?:{words.units}|{words.counters})"
    not_counted = f"(?!{counted})"
    tails = [
        rf"{behind(tables.decimal_units)}(?:[一二三四五六七八九]{{1,2}}|\d{{1,2}})"
        rf"{refused}{not_counted}{followed}"
    ]
    # a spoken price: the digit after 块 or 元 is its tenths before any word but a count, a
    # numeral (but 一 and a counter: 三块五一杯, a price per cup) or a word the digit opens
    # (九块九秒杀, 两块五到手; not 三块五花肉, 五元一斤, 一元二次方程: price_not_before)
    if tables.price_units:
        opened = "|".join(tables.price_not_before or tables.decimal_not_before) or "(?!)"
        numeral = rf"(?!一{counted})[\d.{KANJI_NUMERAL_CHARS}]"
        # (an Arabic digit after a written unit, 元, opens the next phrase, 20元5G套餐: its
        # tenths only before what may follow them, 9元9包邮, where after a spoken one, 块, it
        # is the price's (9块9到手); nor any digit before a Latin letter or a word that makes an
        # ordinal of the whole, 120元3号线: price_digit_not_before)
        # A kanji digit is the tenths of a spoken unit before any word but a count (三块五到手);
        # after a written one, 元, only before what may follow the tenths (二百三十元五角,
        # 十元五。): written prose says a count there, 1280元四档, 120元三款 (four tiers, three
        # kinds), whose counter no table may know.
        spoken = [unit for unit in tables.price_units if unit in tables.spoken_units]
        arabic = f"{behind(spoken)}[1-9]|" if spoken else ""
        said = f"{behind(spoken)}[一二三四五六七八九]|" if spoken else ""
        ordinal = "|".join(tables.price_digit_not_before) or "(?!)"
        tails.append(
            rf"{behind(tables.price_units)}(?!{opened})"
            rf"(?:{said}[一二三四五六七八九]{followed}|{arabic}[1-9]{followed})"
            rf"(?![A-Za-zＡ-Ｚａ-ｚ])(?!{ordinal})(?!{numeral}){not_counted}"
        )
    # a time in a sport's notation: one or two digits after minutes and seconds (1分05秒3),
    # the hundredths after a second (9秒88夺冠, 46秒40), or the tenths after no second at
    # all (0秒4更新), before any word but a count; not after an ordinal, a moment of the
    # match (第45秒10号球员), nor one digit after seconds alone (最后10秒2罚全中)
    if tables.timing_units:
        seconds = behind(tables.timing_units)
        units = sorted(tables.timing_units)
        after_minutes = "|".join(
            rf"(?<=[0-9０-９]分[0-5０-５][0-9０-９]{re.escape(unit)})" for unit in units
        )
        no_seconds = "|".join(rf"(?<=(?<![\d.])[0０]{re.escape(unit)})" for unit in units)
        # (a word of rank that opens on a counter's character is no count: 22秒85排名第三,
        # 名列第三, 位居第二; [rank_verbs])
        ranked = f"(?={_rank_words(tables)})|" if tables.rank_verbs else ""
        # (and the hundredths said in kanji after 零: 十一秒零二 = 11秒02)
        tails.append(
            rf"(?(ord)(?!)|(?:(?:{after_minutes})\d{{1,2}}|{seconds}\d{{2}}|(?:{no_seconds})\d"
            rf"|{seconds}零[一二三四五六七八九])"
            rf"(?![\d.{KANJI_NUMERAL_CHARS}])(?:{ranked}{not_counted}))"
        )
    decimal_tail = f"(?P<dtail>{'|'.join(tails)})?" if tables.decimal_units else ""
    return tenth, decimal_tail


def _counted_tenth(tables: NumberTables) -> str:
    """A digit and 分 after a counter of tenths (38度5分 = 38.5度); numbers.py keeps it only
    with a word of a body's temperature in the clause ([tenth_context])."""
    if not tables.tenth_counters:
        return ""
    digit = "[1-9１-９一二三四五六七八九]"
    return f"(?:{behind(tables.tenth_counters)}(?P<ctenth>{digit})分(?![\\d秒]))?"


def figure_pattern(tables: NumberTables, words: FigureWords, vague: dict) -> str:
    """The pattern of one figure with its qualifiers, unit and counter."""
    # right after the numeral and before a counter or unit only: 二十来岁 (about twenty),
    # but 三年来 is "these three years" and 设置 3 来运行 "set 3 to run"
    inner = alternation(tables.inner_suffixes)
    # (single characters: a lookbehind's width is fixed)
    inner_chars = "".join(sorted(re.escape(w) for w in tables.inner_before_big if len(w) == 1))
    signs = alternation(tables.signs)
    # ± and the words that say it (正负, プラスマイナス): from -N to N, apart from the
    # signs, whose 负 or マイナス they hold
    plus_minus = alternation((*PLUS_MINUS, *tables.plus_minus))
    tenth, decimal_tail = _places(tables, words)
    # a rank's suffix; one of two characters or more also after a space (2 番目)
    ordinal = alternation(tables.ordinal_suffixes)
    if tables.ordinal_suffixes_after_counters:  # (not right after the figure: 80目 counts)
        after_counters = alternation(tables.ordinal_suffixes_after_counters)
        ordinal += f"|(?<![\\d０-９{KANJI_NUMERAL_CHARS}])(?:{after_counters})"
    spaced_ordinal = alternation(w for w in tables.ordinal_suffixes if len(w) > 1)
    rank_suffix = f"{ordinal}|\\s(?:{spaced_ordinal})"
    if tables.counted_ordinal_suffixes is not None:
        # after a counter only the suffixes said there (2人目; 一份名单 holds no rank 名)
        counted = alternation(tables.counted_ordinal_suffixes) or "(?!)"
        rank_suffix = f"(?(counter)(?:{counted})|(?:{rank_suffix}))"
    numeral, units, counters = words.numeral, words.units, words.counters
    # the ending of a suffix listed as a stem, outside its group (に届いていな + い)
    tail = f"(?:{'|'.join(tables.suffix_tails)})?" if tables.suffix_tails else ""
    # a noun between a counter and the figure's bound word of quantity ([noun_bounds]):
    # 三十个字以内, 五家公司以上 (not the 多 of 一个人多少钱, "how much")
    # ... and one right after a bare figure that names what it counts (300気圧を超える,
    # 4000歩未満, 三百步以上: words no counter list holds), by [noun_before_bound]; never
    # before a bound of time (911事件以后, 2020奥运以后: the event's name holds the figure)
    after_counter = rf"(?:(?![半{KANJI_NUMERAL_CHARS}])[\u4e00-\u9fff]){{1,2}}"
    nouns = [behind(tables.noun_counters) + after_counter] if tables.noun_counters else []
    nouns += [f"(?:{tables.noun_before_bound})"] if tables.noun_before_bound else []
    noun_bounds = suffix_words(tables, tables.noun_bounds)
    noun = (
        rf"(?:(?:{'|'.join(nouns)})(?=\s?(?:{noun_bounds})))?"
        if nouns and tables.noun_bounds
        else ""
    )
    # the denominator of a rate between a figure and its bound word (1000 美元/月以上 =
    # 月1000ドル以上): the bound is the figure's
    bounds = alternation(word for word in tables.suffixes if len(word) > 1)
    per = (
        rf"(?:\s?/\s?(?:(?![{KANJI_NUMERAL_CHARS}])[\u4e00-\u9fff\u30a0-\u30ff]){{1,3}}"
        rf"(?=\s?(?:{bounds})))?"
    )
    not_half = f"(?!{'|'.join(tables.not_half_before)})" if tables.not_half_before else ""
    big = "".join(BIG_UNITS)
    about = alternation(w for w, q in tables.prefixes.items() if q == "approx")
    return (
        rf"(?:(?P<pre>{words.prefixes})\s?)?"
        rf"(?:(?P<upre>{_unit_prefixes(tables)})\s?)?(?:(?P<pm>{plus_minus})|(?P<sign>{signs}))?"
        rf"(?:(?P<percent>{re.escape(tables.percent_prefix or '@@')})(?P<pnum>{numeral})"
        # a range of percentages, the prefix said once or twice: 百分之六十至七十 = 60～70%
        # (not a figure of another unit after it: 增长百分之三至二百一十亿美元, "by 3 % to")
        rf"(?:\s?(?:{words.separators})\s?(?:{re.escape(tables.percent_prefix or '@@')})?"
        rf"(?P<pnum2>{numeral})(?![\d.{KANJI_NUMERAL_CHARS}]|\s?(?:{units}|{counters})))?"
        # (the look-ahead spares most places the alternation of some hundred words)
        rf"|(?=[{_openings(vague)}])(?P<vague>{_vague_alternation(vague, tables, units, counters)})"
        # (not the first digits of a longer numeral: 二三五号 is 235, 二三〇〇 2300)
        rf"(?![\d{_DIGITS}零])"
        rf"(?P<vbig>{VAGUE_SCALE}[{big}]?"
        rf"|[{big}])?"
        rf"|(?:(?P<ord>{re.escape(tables.ordinal_prefix)})\s?)?(?P<num>{numeral}){_scale(tables)}"
        rf"(?:(?P<frac>{re.escape(tables.fraction_infix or '@@')})(?P<fnum>{numeral})"
        # (not the first group of a figure grouped by thousands after the slash: 1,895/1,625毫米
        # is two figures, not 1,895 halves)
        rf"|/(?P<snum>\d{{1,3}})(?![\d/]|,\d{{3}}(?!\d))"
        # 二十三至约三十度, 23～約30℃: the end of a range may be said about
        rf"|\s?(?P<sep>{words.separators})\s?(?:(?:{about})\s?)?(?P<num2>{numeral})"
        rf"{_scale(tables, 'scale2')})?)"
        rf"(?:\s?(?P<q1>{words.plain_suffixes})|(?P<q1i>{inner})"
        # ... or before a big unit that scales the figure (二十来万 = about 200,000, 十来万人),
        # after a round numeral only (一来万一 is "first, in case")
        rf"(?:(?<=[十百千拾佰仟0０][{inner_chars or '@'}])(?P<ibig>[{big}]{{1,2}})"
        rf"|(?=\s?(?:{units}|{counters}))))?"
        # (a Latin unit glued to more Latin letters is a word's first letters: the t of
        # 1M tokens is no tonne; the figure is then read without it)
        rf"(?:\s?(?P<unit>{units})(?!(?<=[A-Za-z])[A-Za-z]))?{tenth}{decimal_tail}"
        # (a time's digits end the figure before a word of rank: 22秒85排名, not 排 counted)
        rf"{_rank_after_time(tables)}"
        # (no counter after a percentage: 百分之百 + 支持, 百分之三十 + 家庭 open a word)
        rf"(?(percent)|(?:\s?(?P<counter>{counters}|{words.context_counters}))?)"
        rf"{decimal_tail.replace('dtail', 'ctail')}"
        f"{_counted_tenth(tables)}"
        # 两个半小时, 1時間半, 2年半: a half after the counter or unit, before a unit
        # (not the 半 of a price: 第二杯半价 is the second cup at half price)
        rf"(?:(?<=[^\d{KANJI_NUMERAL_CHARS}])半{not_half}(?P<unit2>{units})?)?"
        # (a counter said twice, the other in brackets, before the bound: 160点（組）余り)
        rf"(?P<ordsuf>{rank_suffix})?{noun}{per}"
        rf"(?:(?:[（(][\u4e00-\u9fff\u30a1-\u30fc]{{1,2}}[）)])?\s?(?P<q2>{words.suffixes}){tail})?"
    )


def _rank_after_time(tables: NumberTables) -> str:
    """Where a time's digits were read (22秒85), no counter nor rank suffix after them
    opens a word of rank ([rank_verbs]: 排名, 名列): the figure ends there."""
    if not (tables.decimal_units and tables.rank_verbs):
        return ""
    return f"(?(dtail)(?!{_rank_words(tables)}))"


def _rank_words(tables: NumberTables) -> str:
    """The words of rank of [rank_verbs], each with the rank it names, as one alternation."""
    return "|".join(tables.rank_verbs)


def _vague_alternation(vague: dict, tables: NumberTables, units: str, counters: str) -> str:
    """The vague words, the words of "a few" last and only right before a counter, a unit
    or a big unit (数名, 几天, 几亿; not the 数 of 人数多于五十人, which would take 多于
    from the figure after it)."""
    few = [word for word in tables.few if word not in tables.vague]
    others = alternation(word for word in vague if word not in few)
    if not few:
        return others
    big = "".join(BIG_UNITS)
    return rf"{others}|(?:{alternation(few)})(?=\s?(?:{units}|{counters})|[{big}])"


def _scale(tables: NumberTables, name: str = "scale") -> str:
    """A Latin letter scaling the digits before it (45k, 1.2M, the end of 10k-20k), where
    no Latin or Greek letter, letterlike symbol or digit follows (KB, k8s, 1kΩ: a unit's
    prefix); which figures it may scale, numbers.py decides."""
    if not tables.latin_scales:
        return ""
    letters = "".join(re.escape(letter) for letter in tables.latin_scales)
    letterlike = r"[0-9A-Za-z\u00b5\u0370-\u03ff\u2100-\u214f]"
    after = rf"(?!{letterlike})"
    # nor where the letter opens a unit of its own (18K金: karats, not 18,000 of gold): only
    # units whose second character the class above lets through (Kg, km are refused there)
    opened = [
        rf"(?<={re.escape(word[0])}){re.escape(word[1:])}"
        for word in tables.units
        if len(word) > 1 and word[0] in tables.latin_scales and not re.match(letterlike, word[1])
    ]
    if opened:
        after += f"(?!{'|'.join(opened)})"
    return rf"(?:(?<=\d)(?P<{name}>[{letters}]){after})?"


def spaced_list_pattern(words: FigureWords) -> re.Pattern[str]:
    """端口 80 443: two figures of a list, not 80,443; one space group is thousands only
    before a unit, a counter or a big unit that scales it (4 096 KB, 2 474亿美元, 5 000万);
    three groups and more always (1 250 000)."""
    spaces = f"[{GROUP_SPACES}]"
    big = "".join(BIG_UNITS)
    return compiled(
        rf"(?<![\d,.])(?<!\d{spaces})\d{{1,3}}(?P<space>{spaces})\d{{3}}"
        rf"(?![\d,.])(?!{spaces}\d)(?!\s?(?:[{big}]|{words.units}|{words.counters}))"
    )


def list_space(match: re.Match[str]) -> str:
    """80 443 with the space made an ideographic one, which groups no thousands."""
    start = match.start("space") - match.start()
    return match.group(0)[:start] + "\u3000" + match.group(0)[start + 1 :]


def thousands_commas(match: re.Match[str]) -> str:
    """１２、０００ with commas (the same length), unless it is a vague pair (5、600人)."""
    groups = match.group(0).split("、")
    first = int(groups[0]) if groups[0].isdigit() else 0
    if len(groups) == 2 and len(groups[0]) == 1 and first >= 2 and groups[1] == f"{first + 1}00":
        return match.group(0)  # 5、600人: five or six hundred, no 5,600
    if len(groups[0]) < 3 or any(group.startswith("0") for group in groups[1:]):
        return ",".join(groups)
    return match.group(0)

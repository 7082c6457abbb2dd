"""The words around a figure that bound it or make it approximate: 约, 超过, 以上, を超え
ない, 3万人弱, 满299元, a distant 至少, an estimate word in its clause. `Bounds` reads them
for the number grammar (numbers.py) once a figure and its unit are read, and gives the
figure's Quantity its qualifier, its lean and how sure the bound is."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from ..model import Quantity
from ..regexes import compiled
from ..scripts import SENTENCE_ENDERS
from .number_tables import NumberTables
from .numerals import DIGITS, KANJI_NUMERAL_CHARS, last_digit_step
from .spans import alternation

# How far an estimate word may stand from its figure.
ESTIMATE_REACH = 12
# characters after a bound suffix where a negated verb of its clause may stand (2,000個以上
# + のサブドメインを持っていない: the noun the figure describes, its particle and the verb)
NEGATED_CLAUSE_REACH = 24
# Japanese obligations said by two negations ("must"): no negation of a bound before them
_OBLIGATION = compiled(
    r"な(?:ければ|くては|くちゃ|いと)"
    r"(?:なら(?:ない|なかった|ず|ぬ)|なりません|いけ(?:ない|なかった)|いけません|だめ|ダメ)"
)


class Said(NamedTuple):
    """What the qualifier words inside a figure's match say (Bounds._said)."""

    qualifier: str
    given: bool  # whether any word gave the qualifier
    apart: bool  # whether the bound may not hold for sure (a negation may undo it)
    lean: str | None  # the side an "about" leans to: "up", "down"
    unturned: str | None  # the bound as written where a negation turned it round
    held: bool = False  # whether that negation is the bound word's own (不少于, 不得超过)
    reached: bool = False  # a floor that is the figure reached too (工作满十年: extreme)


# What ends a figure's sentence for the words read around it: the sentence marks, a
# full-width period, a semicolon and a line (a comma does not).
SENTENCE_END = compiled(f"[{re.escape(SENTENCE_ENDERS)}．；;\n]")
# The side of its figure a bound reaches to: an "about" with a bound after it leans so
# (大约两周内 is about two weeks and no more; だいたい2週間以上, about two weeks or more)
BOUND_LEANS = {"ge": "up", "gt": "up", "le": "down", "lt": "down", "within": "down"}
# How far before a bound word a negation may turn it: 不宜超过, 请勿超过, 并不超过
NEGATION_REACH = 2
# How far before a money prefix (满) a word of threshold_before is read (年满, 必须满)
REQUIRED_REACH = 3
# ... and how far before it, in its clause, a word of turned_before may turn it as the
# verb it governs: 请勿在无水状态下通电超过10秒 (at most 10 s)
PROHIBITION_REACH = 12
# What ends a clause for that word: a comma does (请勿…，超过… is another clause)
CLAUSE_END = compiled(f"[{re.escape(SENTENCE_ENDERS)}．；;\n，,、：:]")
# How far before a figure a word of almost said after its verb is looked for (用了快三年,
# 等了快接近: the verb's 了 and the longest such word).
ALMOST_ALONE_REACH = 5
# The most characters between a distant qualifier and its number, and what may stand there:
# up to four, or a noun of up to eight with 的 whose share the figure is (约占国内生产总值的
# 百分之十二 = 国内総生産の約12％); not 的 right after the word, which makes it an adjective
# (历史最多的五百万人: the most ever, 過去最多の500万人). The noun may hold a date, which the
# grammar sees blanked, as the base of a comparison (约为去年同期的4倍 = 前年同期の約4倍).
DISTANT_GAP = compiled(r"^(?!的)(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff ]{1,8}的)\s?$")
# How far before its figure a "from" frame's opener may end (从 + a product's name: 从
# Android 10 开始), and the word said for the frame's bound
FROM_REACH = 24
FROM_FRAME = "从…起"
# The gap a word of share_prefixes reaches over: a noun of up to eight characters with 的
SHARE_GAP = r"[\u4e00-\u9fff ]{1,8}的\s?"
# ... and the figures that are a share or a multiple of that noun by their own words (九成,
# 两倍, 三分之一, 一半), not a percentage or a plain figure, which the noun may hold as its
# own (低于今年的3.1%: lower than this year's 3.1%, a figure compared with)
SHARE_FIGURE = compiled(
    r"(?!百分之)[0-9０-９.〇零一二两兩三四五六七八九十百千万萬几幾]{1,6}(?:成|倍|分之)|一半"
)
# ... and its widest: eight characters, 的 and a space
DISTANT_GAP_WIDTH = 10
# A counted figure in that gap, which the distant word binds first (至少两个人花半个小时: at
# least two people, not at least half an hour; 不超过三天他俩): a numeral, but not one of
# what Bounds.gap_not_counted takes out first
GAP_FIGURE = compiled(rf"[0-9０-９{KANJI_NUMERAL_CHARS}俩倆仨]")
# "One" as the figure of a rate (约每十分钟一班: about every ten minutes, one bus), a few
# characters after the rate's denominator, and not the start of a longer numeral: the
# "about" before the rate is then the denominator's
ONES = frozenset({"1", "１", *(c for c, v in DIGITS.items() if v == 1)})
ONE_AFTER = compiled(
    rf"[^\s，。、；,;{KANJI_NUMERAL_CHARS}\d]{{0,6}}?[{''.join(sorted(ONES))}]"
    rf"(?![\d.点點{KANJI_NUMERAL_CHARS}])"
)
# The scales that may stand alone after a word of passing (破万, 过亿, 破百).
PASSABLE_SCALES = frozenset("百千万萬亿億")
# The units of a span of time: a word of passing before them passes time (过了三天).
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "century"})
# Counters that count years (两千五百年历史, 289年続いた): N年 is a counter to the grammars
# (the calendar's years are written alike), a unit of time against one on the other side.
YEAR_COUNTERS = frozenset({"年", "年間"})
# A bound turned round by what follows its verb (を超えたことはない: never more than 100,
# so at most 100).
TURNED = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}
# A bound said the other way: a word of speed before a figure in a unit of another measure
# (时速最快350公里: at most 350 km/h, where 最快4小时 and 最快3个工作日 are at least).
MIRRORED = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}
# Any numeral: an estimate word is the nearest figure's, not one across another figure.
HAS_NUMERAL = compiled(r"[\d" + KANJI_NUMERAL_CHARS + "]")


def before_in_sentence(text: str, start: int, reach: int) -> str:
    """What stands before text[start] in its sentence, at most `reach` characters: since the
    last SENTENCE_END (a comma does not end it, where spans.clause_span's clause ends)."""
    return SENTENCE_END.split(text[max(0, start - reach) : start])[-1]


def after_in_sentence(text: str, end: int, reach: int) -> str:
    """What stands after text[end] in its sentence, at most `reach` characters."""
    return SENTENCE_END.split(text[end : end + reach])[0]


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[str, str]:
    """The sentence of the figure at start..end, at most `reach` characters before and after
    it: what stands before it since the last SENTENCE_END, and after it up to the next."""
    return before_in_sentence(text, start, reach), after_in_sentence(text, end, reach)


class Bounds:
    """The qualifier words of one language's number grammar, compiled."""

    def __init__(self, tables: NumberTables) -> None:
        self.tables = tables
        prefixes = alternation({**tables.prefixes, **tables.money_prefixes})
        # what a suffix or inner suffix means, merged once (asked at every qualified figure)
        self.suffix_meanings = {**tables.suffixes, **tables.inner_suffixes}
        growth = alternation(tables.growth_verbs)
        # a qualifier before a verb of growth is its figure's: 约增加一倍, 约增长30%
        self.qualified_growth = compiled(rf"(?P<word>{prefixes})\s?(?:{growth})了?\s?$")
        self.almost_before = compiled("(?:" + ("|".join(tables.almost_before) or "(?!)") + ")$")
        self.almost_after = compiled("|".join(tables.almost_after) or "(?!)")
        alone = "|".join(tables.almost_alone_before) or "(?!)"
        self.almost_alone = compiled(f"(?:{alone})$")
        self.from_opener = compiled(f"(?:{'|'.join(tables.from_openers) or '(?!)'})$")
        self.from_closer = compiled("|".join(tables.from_closers) or "(?!)")
        self.estimate = compiled(alternation(tables.estimate_words))
        # a distant qualifier means what it means right before its number: only words
        # [prefixes] gives a meaning (rules check refuses others; tables built in code may
        # still hold them)
        distant = [word for word in tables.distant_prefixes if word in tables.prefixes]
        # (those prefix_not_after guards only where their look-behinds hold: the 约 of 预约,
        # 节约 is no "about")
        guards = tables.prefix_not_after
        words = "|".join(
            [f"{guards[w]}{re.escape(w)}" for w in distant if w in guards]
            + [alternation(w for w in distant if w not in guards) or "(?!)"]
        )
        self.distant = compiled(
            f"(?P<word>{words})(?P<gap>[^\\n]{{0,{DISTANT_GAP_WIDTH}}})$"
        )
        # (and the gaps the language adds: 少なくとも週に1回, where 週に is the frequency's base)
        self.distant_gap = compiled(
            "|".join([DISTANT_GAP.pattern, *(f"^(?:{g})$" for g in tables.distant_gaps)])
        )
        # how far before its figure a distant word may start: the longest and the widest gap
        self.distant_reach = max(map(len, distant), default=0) + DISTANT_GAP_WIDTH
        # the bound words that reach over a noun with 的 only (不足去年的九成)
        shares = [word for word in tables.share_prefixes if word in tables.prefixes]
        self.share = compiled(
            f"(?:{alternation(shares) or '(?!)'})(?P<gap>{SHARE_GAP})$"
        )
        self.share_reach = max(map(len, shares), default=0) + DISTANT_GAP_WIDTH
        # what in its gap is no counted figure: a numeral that opens a word (大约一般需要, 一共:
        # decimal_not_before), the one of a rate and what a rate is counted by (至少一天刷两次,
        # 至少每三个月一次), a share (超过半数所需的226席, 三分之一)
        numeral = f"[{KANJI_NUMERAL_CHARS}0-9０-９]"
        not_counted = [
            *tables.decimal_not_before,
            rf"[一1１](?:{alternation(tables.time_words)})",
            *(rf"{re.escape(w)}\s?{numeral}+" for w in tables.rate_words),
        ]
        if tables.fraction_infix:
            infix = re.escape(tables.fraction_infix)
            # (from the first numeral of a run only: a search from each one took time in the
            # square of the run's length)
            not_counted.append(rf"(?<!{numeral}){numeral}*+{infix}{numeral}*|半[数數]|一半")
        self.gap_not_counted = compiled("|".join(f"(?:{p})" for p in not_counted))
        # the gap of a word of margin_prefixes that names what the figure is measured from
        self.margin_gap = compiled(f"(?:{tables.margin_gap})$" if tables.margin_gap else "(?!)")
        self.prefix_before = compiled(rf"(?P<word>{prefixes})\s?$")
        self.prohibition = (
            compiled(alternation(tables.turned_before)) if tables.turned_before else None
        )
        rate = alternation(tables.rate_words)
        self.rate_word = compiled(f"(?:{rate})$")
        self.rated = compiled(rf"(?P<word>{prefixes})\s?(?:{rate})[^\s，。、；,;]{{1,5}}$")
        # "about" right before the rate word, whose denominator follows (约每九十分钟)
        self.about_rate = compiled(rf"(?P<word>{prefixes})\s?(?:{rate})$")
        # an adverb of degree inside a bound verb (をわずかに超えた), dropped to look it up
        particles = alternation(tables.bound_verbs)
        adverbs = alternation(tables.degree_adverbs)
        self.adverb = compiled(rf"^({particles})(?:{adverbs})")
        self.turned = compiled("|".join(tables.turned_after) or "(?!)")
        # the negations a bound word may open with (不得 of 不得少于), the longest first
        self.negation_words = sorted(
            {*tables.turned_before, *tables.negations_before}, key=len, reverse=True
        )
        # what after a sum said without its unit makes a money prefix its threshold:
        # 满三百减五十 (300 or more, 50 off)
        self.threshold = compiled("|".join(tables.money_threshold_after) or "(?!)")
        self.required = compiled("|".join(tables.threshold_after) or "(?!)")
        self.required_before = compiled(f"(?:{'|'.join(tables.threshold_before) or '(?!)'})$")
        # 近十年来: the last ten years, no "nearly"
        self.recent = compiled("|".join(tables.recent_after) or "(?!)")
        self.recent_opener = compiled(f"(?:{'|'.join(tables.recent_openers) or '(?!)'})$")
        # 破百万, 过了七千: a figure passed; not where the word does something else before
        # (打破, 不过) or after it (破三项纪录: broke three records)
        self.passing_before = {
            word: compiled(f"(?:{guard})$") for word, guard in tables.passing_prefixes.items()
        }
        self.passing_after = compiled("|".join(tables.passing_not_before) or "(?!)")

    def qualified(self, match, low, high, qualifier, unit, factor, text) -> Quantity:
        """The figure `low`..`high` of `match` (times `factor`, in `unit`) with what its
        qualifier words say: `qualifier` is what the figure says before them."""
        # (近十年来, the last ten years, is said as often with "about": ここ10年ほど)
        recent = bool(match.group("pre")) and self._recent(match, match.group("pre"), text)
        said = self._said(match, qualifier, unit, text, recent)
        qualifier, apart, lean, unturned = said.qualifier, said.apart, said.lean, said.unturned
        in_clause = qualifier in TURNED and self.negation_in_clause(
            match.start(), match.end(), text
        )
        if said.held and in_clause:
            # 不超过10人的团体不能预约: the clause's own negation is the verb's; the bound word
            # (at most 10) is read whole, as 10人以下の団体は予約できません writes it
            unturned = None
        word = match.group("pre") if said.given else None
        if not said.given and qualifier == "exact":
            qualifier, apart, word = self._unsaid(match, text) or (qualifier, apart, None)
        if word in self.tables.time_bound_words and unit is not None and unit not in TIME_UNITS:
            # 时速最快350公里: at most; a count (最快3个工作日) keeps its floor
            qualifier = MIRRORED.get(qualifier, qualifier)
        counter = match.group("counter") or None
        steps = self.tables.step_suffixes
        # (after a unit the step word reads as a counter: 9秒台, 1000円台, 30歳台)
        stepped = any(match.group(g) in steps for g in ("q1", "q1i", "q2")) or (
            unit is not None and counter in steps
        )
        if steps and low == high and stepped:
            # 90点台: the tens of 90, 90 to 99; 1000円台: 1000 to 1999; 9秒台: 9 to 9.9
            step = _next_step(low)
            top = low + step - (1 if step >= 10 else step / 10)
            return Quantity(low * factor, top * factor, "range", unit, vague=True, counter=counter)
        estimated = qualifier == "exact" and (
            recent or self.estimated(text, match.start(), match.end())
        )
        point = bool(self.tables.span_points) and text.startswith(
            self.tables.span_points, match.end()
        )
        negated = unturned is not None or in_clause
        end_point = qualifier != "exact" and any(
            match.group(g) in self.tables.extreme_suffixes for g in ("q1", "q2")
        )
        return Quantity(
            low * factor,
            high * factor,
            qualifier,
            unit,
            counter=counter,
            estimated=estimated,
            negated=negated,
            qualified_apart=apart,
            lean=lean if qualifier == "approx" else None,
            point=point,
            extreme=qualifier != "exact"
            and (
                said.reached
                or word in self.tables.extreme_prefixes
                or word == FROM_FRAME
                or end_point
            ),
            end_point=end_point,
            turned_from=unturned,
        )

    def _said(self, match, qualifier, unit, text, recent) -> Said:
        """The qualifier the words in the match give (and whether any did), whether the
        bound may not hold for sure, the side an "about" leans to (`recent`: the prefix
        says "the last", no bound), and the bound as written where a prohibition before it
        turned it round."""
        tables = self.tables
        given = apart = False
        lean = unturned = None
        held = reached = False
        for group in ("pre", "q1", "q1i", "q2"):
            surface = match.group(group)
            if not surface:
                continue
            if surface in tables.under_words or surface in tables.over_words:
                lean = "down" if surface in tables.under_words else "up"
            if group == "pre" and surface in tables.money_prefixes:
                # (满一年 is a full year: no bound, and 快满一年了 may still be "almost")
                money = unit in tables.money_units or (
                    unit is None and self.threshold.match(text, match.end()) is not None
                )
                # any figure's threshold where a rule's requirement or grant says so: 年满18周岁,
                # 须满35岁, 消费满6笔即可免除 (at least: 35歳以上, 6回以上)
                at = match.start(group)
                before = self.required_before.search(text, max(0, at - REQUIRED_REACH), at)
                required = before is not None or self.required.match(text, match.end()) is not None
                if (money or required) and qualifier == "exact":
                    qualifier, given = tables.money_prefixes[surface], True
                elif (
                    qualifier == "exact"
                    and surface in tables.reached_prefixes
                    and self._unsaid(match, text) is None  # (快满一年了: almost)
                ):
                    # 工作满十年, 滿三件打八折: the figure reached, which is also a floor (10年以上
                    # and 10年 say the same; 12年 or 8年以上 is another figure)
                    qualifier, given, reached = tables.money_prefixes[surface], True, True
                continue
            if group == "pre" and (recent or self.not_passed(match, surface, text, unit)):
                continue
            given = True
            meaning = self.qualifier_of(group, surface, text[: match.start(group)])
            at = match.end(group) if group == "pre" else match.end()
            turned = self.turned_round(group, surface, at, text)
            if turned:  # 100人を超えたことはない: at most 100, for sure
                if qualifier == "exact" and meaning in TURNED:
                    unturned = meaning
                meaning = TURNED.get(meaning, meaning)
            elif group in ("pre", "q1", "q2") and self.prohibited(match.start(), text):
                # 请勿在无水状态下通电超过10秒, 请勿连续使用两小时以上: at most 10 s, less than two
                # hours, as the verb it governs is forbidden; not a figure that describes a
                # noun (请勿放入超过10公斤的物品: the things are over 10 kg); not for sure
                if not text.startswith(self.tables.attributive_marks, match.end()):
                    if qualifier == "exact" and meaning in TURNED:
                        unturned = meaning
                    meaning = TURNED.get(meaning, meaning)
                apart = True
            elif group == "pre" and qualifier == "exact":
                # 不少于, 不得超过: a bound word that holds its negation is the turned one
                unturned = self.negation_held(surface, meaning)
                held = unturned is not None
            if qualifier == "approx" and meaning in BOUND_LEANS:
                lean = BOUND_LEANS[meaning]  # 大约两周内: about, and no more
            if (
                group in ("q1", "q2")
                and meaning == "approx"
                and match.group("pre") in tables.extreme_prefixes
            ):
                qualifier = meaning  # 最大で2時間近く: the longest, nearly two hours
            qualifier = meaning if qualifier == "exact" else qualifier
            apart = apart or (not turned and self.negated_later(group, surface, at, text))
        return Said(qualifier, given, apart, lean, unturned, held, reached)

    def _recent(self, match, surface: str, text: str) -> bool:
        """Whether a prefix says "the last" span of time, not "nearly": 近十年来, 近三个月以来
        (the last ten years, three months), or 近五年 opening a clause that goes on
        (近五年仅招录23人, 在近三个月中); after a verb, 近十年 is nearly ten (历时近十年)."""
        timed = match.group("counter") or match.group("unit")
        if surface not in self.tables.recent_prefixes or timed not in self.tables.time_words:
            return False
        if self.recent.match(text, match.end()) is not None:
            return True
        start = match.start("pre")
        opens = start == 0 or self.recent_opener.search(text, max(0, start - 2), start) is not None
        # ... and the clause goes on after it (…，近二十分钟。 stands apart: nearly twenty)
        goes_on = match.end() < len(text) and CLAUSE_END.match(text, match.end()) is None
        return opens and goes_on

    def not_passed(self, match, surface: str, text: str, unit: str | None = None) -> bool:
        """Whether a word of passing (破, 过了) says no bound here: after a word that makes
        it another verb (打破, 不过), before a span of time (过了三天, 过40分左右: time
        passed), before what passing_not_before lists after the numeral (破三项纪录, 去过三次)
        or, for a word said so only before a big unit alone (过万), before anything else."""
        guard = self.passing_before.get(surface)
        if guard is None:
            return False
        timed = match.group("counter") or match.group("unit")
        start = match.start("pre")
        numeral = match.group("num") or ""  # (none in 百分之五十 or 十几万)
        after = match.end("num") if numeral else match.end()
        return bool(
            guard.search(text, max(0, start - 2), start)
            or timed in self.tables.time_words
            or unit in TIME_UNITS
            or self.passing_after.match(text, after)
            or (surface in self.tables.passing_scale_only and numeral[:1] not in PASSABLE_SCALES)
        )

    def passed_scale(self, match, text: str) -> bool:
        """Whether a bare big unit (万 of 破万, 过亿) is a figure: after a word of passing."""
        surface = match.group("pre")
        return surface in self.passing_before and not self.not_passed(match, surface, text)

    def rated_scale(self, match, text: str) -> bool:
        """Whether a bare big unit (万 of 每万人, 百 of 每百公里) is a figure: right after a
        rate's word, the denominator of a rate (per 10,000 people)."""
        return bool(self.tables.rate_words) and text.endswith(
            self.tables.rate_words, 0, match.start()
        )

    def distant_word(self, text: str, start: int) -> str | None:
        """A prefix of distant_prefixes a few words before text[start], what stands between
        allowed (至少要花五美元, 约占国内生产总值的百分之十二): the word, or None."""
        distant = self.distant.search(text, max(0, start - self.distant_reach), start)
        if not distant or not self.distant_gap.match(gap := distant.group("gap")):
            return self._share_word(text, start)
        if GAP_FIGURE.search(self.gap_not_counted.sub("", gap)):
            return None  # the first figure after the word is the one it binds
        word = distant.group("word")
        if word in self.tables.margin_prefixes and self.margin_gap.match(gap):
            return None  # 超过警戒水位0.85米: exceeds the mark by 0.85 m, the figure exact
        return word

    def _share_word(self, text: str, start: int) -> str | None:
        """A bound word of share_prefixes before a noun with 的 and the figure (不足去年的
        九成 = 前年の9割に満たない), no other figure between: the word, or None."""
        if not SHARE_FIGURE.match(text, start):
            return None  # 低于今年的3.1%: a figure compared with, exact
        share = self.share.search(text, max(0, start - self.share_reach), start)
        if not share or GAP_FIGURE.search(self.gap_not_counted.sub("", share.group("gap"))):
            return None
        return share.group(0)[: share.start("gap") - share.start()]

    def _unsaid(self, match, text) -> tuple[str, bool, str | None] | None:
        """A qualifier outside the match that is the figure's: a distant prefix (至少要花
        五美元), one before a rate or a verb of growth, or 快…了 (almost); with whether it
        stands apart from the figure, and the word that says it."""
        start = match.start()
        distant = self.distant_word(text, start)
        rated = self.rated.search(text, max(0, start - 12), start)
        rated = rated or self.qualified_growth.search(text, max(0, start - 12), start)
        if self.rate_word.search(text, max(0, start - 2), start):
            # the denominator of a rate: 约为每百公里 is not "about 100 km"; but where the
            # rate counts one of something, the denominator is what is about (大约每九十
            # 分钟绕行一圈 = およそ90分で1周)
            about = self.about_rate.search(text, max(0, start - 6), start)
            counted = about and ONE_AFTER.match(text, match.end())
            if counted and self.tables.prefixes[about.group("word")] == "approx":
                return "approx", False, about.group("word")
            return None
        if rated and not self._one_of_a_counted_rate(match, rated):
            return self.tables.prefixes[rated.group("word")], True, rated.group("word")
        if distant:
            return self.tables.prefixes[distant], True, distant
        if self.from_closer.match(text, match.end()) and self.from_opener.search(
            text, max(0, start - FROM_REACH), start
        ):
            return "ge", False, FROM_FRAME  # 从 Android 10 开始: from 10 on
        if self.almost_before.search(text, max(0, start - 4), start) and self.almost_after.match(
            text, match.end()
        ):
            return "approx", False, None  # 快一百人了: almost a hundred
        if self.almost_alone.search(text, max(0, start - ALMOST_ALONE_REACH), start):
            return "approx", False, None  # 用了快三年: almost three years
        return None

    def _one_of_a_counted_rate(self, match, rated) -> bool:
        """Whether the figure is the "one" of a rate whose denominator holds a figure of its
        own (约每十分钟一班): the "about" is that figure's, not the one's."""
        if match.groupdict().get("num") not in ONES:
            return False
        denominator = rated.group(0)[len(rated.group("word")) :]
        return any(ch.isdigit() or ch in KANJI_NUMERAL_CHARS for ch in denominator)

    def turned_round(self, group: str, surface: str, end: int, text: str) -> bool:
        """Whether a bound is turned round for sure: a prefix by "never" right before it
        (从未低于, turned_before), a bound said by a verb by what follows it
        (100人を超えたことはない, turned_after)."""
        if group == "pre":
            start = end - len(surface)
            return bool(self.tables.turned_before) and text.endswith(
                self.tables.turned_before, 0, start
            )
        # (a suffix too: 30人未満であってはならない is at least 30)
        return group in ("q1", "q2") and bool(self.turned.match(text, end))

    def prohibited(self, start: int, text: str) -> bool:
        """Whether a word of turned_before stands earlier in the clause of a bound figure
        at `start` (请勿在无水状态下通电超过10秒), not right before a prefix (turned_round
        reads that one)."""
        if self.prohibition is None:
            return False
        clause = CLAUSE_END.split(text[max(0, start - PROHIBITION_REACH) : start])[-1]
        return bool(self.prohibition.search(clause))

    def negation_held(self, surface: str, meaning: str) -> str | None:
        """The bound a prefix says without the negation it opens with (少于 of 不得少于: lt),
        where the negation turns it into `meaning`; else None."""
        for word in self.negation_words:
            rest = surface[len(word) :]
            if surface.startswith(word) and TURNED.get(self.tables.prefixes.get(rest)) == meaning:
                return self.tables.prefixes[rest]
        return None

    def negation_in_clause(self, start: int, end: int, text: str) -> bool:
        """Whether a negation stands in the clause of the figure at `start`..`end`: a word
        of turned_before or negations_before before it (请勿…, 不要少于), one of negations
        after it (10個未満の購入はしないでください), whether it turned the bound or not."""
        tables = self.tables
        before = CLAUSE_END.split(text[max(0, start - PROHIBITION_REACH) : start])[-1]
        words_before = (*tables.turned_before, *tables.negations_before)
        if words_before and any(word in before for word in words_before):
            return True
        # (a stop from the match's last character on: the た of 100人を超えた opens たら; a
        # negation after the match only: the ず of 20隻足らず is the bound's own word)
        lead = text[max(start, end - 1) : end]
        after = lead + CLAUSE_END.split(text[end : end + PROHIBITION_REACH])[0]
        for stop in tables.negation_stops:
            after = after.partition(stop)[0]
        # (a word of turned_before after it too: 不超过10人的团体不能预约)
        return any(
            word in after[len(lead) :] for word in (*tables.negations, *tables.turned_before)
        )

    def qualifier_of(self, group: str, surface: str, before: str) -> str:
        """The meaning of a qualifier word in `group`: after a word of time a time suffix
        (三十分钟以内: within the span), else a suffix or prefix."""
        tables = self.tables
        if group == "pre":
            return tables.prefixes[surface]
        if tables.degree_adverbs:
            surface = self.adverb.sub(r"\1", surface)  # をわずかに超えた: を超えた
        timed = surface in tables.time_suffixes and before.endswith(tables.time_words)
        if timed or surface not in self.suffix_meanings:
            return tables.time_suffixes[surface]
        return self.suffix_meanings[surface]

    def negated_later(self, group: str, surface: str, end: int, text: str) -> bool:
        """Whether a bound word may be turned by a negation no entry spells out: one just
        before a prefix (不宜超过5克), or one later in the clause of a bound said by a verb
        (100人を超えることはなかった) or by a suffix in a language whose bounds take verbs
        (2,000個以上のサブドメインを持っていない限り: unless one has 2,000 or more, fewer).
        Such a bound is not read for sure."""
        if group == "pre":
            start = end - len(surface)
            before = text[max(0, start - NEGATION_REACH) : start]
            return any(word in before for word in self.tables.negations_before)
        if not self.tables.bound_verbs:
            return False
        if surface.startswith(self.tables.bound_verbs):
            rest = after_in_sentence(text, end, ESTIMATE_REACH)
        else:  # (a suffix's figure describes a noun the verb takes: a clause further)
            rest = CLAUSE_END.split(text[end : end + NEGATED_CLAUSE_REACH])[0]
            # (an obligation is two negations that say "must": 8文字以上でなければならない;
            # a bound that is the topic or the subject is what the negated verb is said of:
            # 20歳以下はお酒を飲めない, 100人以上が参加しなかった)
            rest = _OBLIGATION.sub("", rest).partition("は")[0]
            if rest.startswith("が"):
                return False
        return any(word in rest for word in self.tables.negations)

    def estimated(self, text: str, start: int, end: int) -> bool:
        """Whether an estimate word stands in the figure's clause, at most ESTIMATE_REACH
        characters before or after it (预计有5000人, 5000人が参加する見込み)."""
        before, after = sentence_around(text, start, end, ESTIMATE_REACH)
        # the word is the nearest figure's: not across another figure (预计3000人，实际5000人)
        words = list(self.estimate.finditer(before))
        if words and not HAS_NUMERAL.search(before, words[-1].end()):
            return True
        word = self.estimate.search(after)
        return bool(word) and not HAS_NUMERAL.search(after, 0, word.start())


def _next_step(value: Fraction) -> Fraction:
    """The place of a figure's last non-zero digit: 10 for 90, 1000 for 1000 and for
    3000, 1 for 9, 1/10 for 30.5 (30.5度台 is 30.5 to 30.59, not to 31.4); 1 for 0."""
    if value == 0:
        return Fraction(1)
    return last_digit_step(value)

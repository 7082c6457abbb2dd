"""Constructions the fresh41 blind set met (issue 12), each as its own table with the
variants the languages allow and the change that must still be reported."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
# a count of days after a word of "about" or before one, or before a verb of taking (約8日,
# 3日ほどかかる, およそ10日): a span of days, no day of a month; 8日ごろ and 8日に are dates
DAYS_ABOUT = [
    ("全市医院平均住院日约为8天。", "市内の病院の平均在院日数は約8日だ。", OK),
    ("全市医院平均住院日为7.6天。", "市内の病院の平均在院日数は約8日だ。", "XL102:warning"),
    ("大概要三天。", "3日ほどかかる。", OK),
    ("大概要三天。", "３日くらいかかる。", OK),
    ("需要三到五天。", "3日から5日ほどかかる。", OK),
    ("会议8号召开。", "会議は8日に開かれる。", OK),
    ("货物8号左右到。", "荷物は8日ごろ届く。", OK),
    ("大概要三天。", "5日ほどかかる。", CHANGED),
]
# 我们俩, 咱们俩 (the two of us) said as 私たち: two said or not; 他们俩 stays a count
WE_TWO = [
    ("我们俩是2016年在大学认识的。", "私たちは2016年に大学で知り合った。", OK),
    ("咱們倆一起去吧。", "私たち、一緒に行こう。", OK),
    ("我们俩一起去吧。", "二人で一緒に行こう。", OK),
    ("他们俩相差十岁。", "3人は10歳離れている。", CHANGED),
]
# free of charge is a price of nothing (免费 = 無料 = 0円): paired where the other side says
# a price, never reported alone
FREE = [
    ("ATM手续费工作日白天免费。", "ATMの手数料は平日の日中なら0円だ。", OK),
    ("ATM手續費工作日白天免費。", "ATMの手数料は平日の日中なら０円だ。", OK),
    ("送货免费。", "送料は無料です。", OK),
    ("门票免费。", "入場料はかからない。", OK),
    ("门票10元。", "入場料は無料です。", "XL103:warning"),
]
# fmt: on

TABLES = {"days-about": DAYS_ABOUT, "we-two": WE_TWO, "free": FREE}

test_construction, test_faithful_both_ways = construction_tests(TABLES)

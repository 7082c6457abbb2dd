"""Vague numerals as families of constructions (issue 12, sixth stop; review 5 §1): a
figure of tens with 几 or 数 for its units (二十几岁 = 20数歳 = 二十数歳, 21 to 29), a pair of
consecutive units after the tens (十五六岁 = 15、6歳 = 15～16歳, 二十七八 = 27、8), and two
months that follow each other and share their 月 (7、8月 = 7～8月 = 七八月份 = 十一、二月),
and a range whose end is said about (二十三至约三十度 = 23～約30℃).

Each construction is written for every digit of the tens, in both scripts and both
languages, with a faithful row and a changed row, checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
KANJI = "一二三四五六七八九"

# (zh, ja, number and date findings)
# fmt: off
TENS_AND_SOME = {
    "ages": [
        (f"他{KANJI[n - 1]}十几岁。", f"彼は{n}0数歳だ。", OK) for n in range(2, 10)
    ] + [
        ("他二十几岁。", "彼は二十数歳だ。", OK),
        ("他三十幾歲。", "彼は30数歳だ。", OK),
        ("他二十几岁。", "彼は40数歳だ。", CHANGED),
        ("他五十几岁。", "彼は30数歳だ。", CHANGED),
        # 90点台 is the nineties (90 to 99, `step_suffixes`), as 九十几分 is; 20歳過ぎ (more
        # than 20) says the same
        ("他九十几分。", "彼は90点台だ。", OK),
        ("他二十几岁。", "彼は20歳過ぎだ。", OK),
        ("他三十几岁。", "彼は30代だ。", OK),
    ],
    "counts": [
        ("来了三十几个人。", "30数人が来た。", OK),
        ("来了四十几个人。", "四十数人が来た。", OK),
        ("来了三十几个人。", "50数人が来た。", CHANGED),
        # 十几 and 几十 as before
        ("来了十几个人。", "十数人が来た。", OK),
        ("来了几十个人。", "数十人が来た。", OK),
    ],
}

CONSECUTIVE_UNITS = {
    "teens": [
        ("他十五六岁。", "彼は15、6歳だ。", OK),
        ("他十五六岁。", "彼は15～16歳だ。", OK),
        ("他十二三岁。", "彼は12、3歳だ。", OK),
        ("他十五六岁。", "彼は17、8歳だ。", CHANGED),
    ],
    "tens": [
        ("他二十七八岁。", "彼は27、8歳だ。", OK),
        ("他三十五六岁。", "彼は35～36歳だ。", OK),
        ("来了四十七八个人。", "47、8人が来た。", OK),
        ("他二十七八岁。", "彼は37、8歳だ。", CHANGED),
        # both written in full (final review 6 §18)
        ("他二十七八岁。", "彼は27、28歳だ。", OK),
        ("他三十五六岁。", "彼は35、36歳だ。", OK),
        ("来了四十七八个人。", "47、48人が来た。", OK),
        ("他二十七八岁。", "彼は37、38歳だ。", CHANGED),
    ],
}

MONTHS_SHARING_YUE = {
    "listed": [
        ("7、8月天气很热。", "7～8月は暑い。", OK),
        ("7、8月份天气很热。", "7月から8月は暑い。", OK),
        ("七八月份天气很热。", "7～8月は暑い。", OK),
        ("十一二月很冷。", "11～12月は寒い。", OK),
        ("十一、二月很冷。", "11～12月は寒い。", OK),
        ("一二月很冷。", "1～2月は寒い。", OK),
        # the span against its two months said one by one: one fact
        ("他7、8月去了北京。", "彼は7月と8月に北京へ行った。", OK),
        ("七、八月是旺季。", "7月と8月はハイシーズンだ。", OK),
        ("3月和4月很忙。", "3～4月は忙しい。", OK),
        ("7、8月天气很热。", "8～9月は暑い。", "XL201:error"),
        ("七八月份天气很热。", "6～7月は暑い。", "XL201:error"),
    ],
    "not-a-span": [
        # months that do not follow each other are each a month (tests/test_month_lists.py)
        ("3、5月很忙。", "3月と5月は忙しい。", OK),
        # 十二月 and 十一月 are one month; so is 一一月 (eleven, digit by digit)
        ("十二月很冷。", "12月は寒い。", OK),
        ("一一月下雨。", "11月は雨だ。", OK),
        ("十一月很冷。", "11月は寒い。", OK),
    ],
}

# the end of a range said about: the range still reads, and a changed end is a change
RANGE_END_ABOUT = {
    "range-end": [
        ("气温二十三至约三十度。", "気温は23～約30℃。", OK),
        ("气温二十三至约三十度。", "気温は23～27℃。", CHANGED),
        ("气温23至27度。", "気温は23～約30℃。", CHANGED),
        ("气温23至大约27度。", "気温は23～およそ27℃。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    table_rows(TENS_AND_SOME | CONSECUTIVE_UNITS | MONTHS_SHARING_YUE | RANGE_END_ABOUT),
)
def test_vague_families(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

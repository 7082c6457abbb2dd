"""Holidays and dated events named by a word (issue 12, fifth stop).

A holiday on a fixed day is that day (元旦 = 1月1日, 国庆节 = 10月1日, クリスマス =
12月25日): a named date, weak (a translation may name it otherwise: 国庆节 = 建国記念の
祝日), which pairs with the date or another name of it. A holiday whose day moves (春节,
中秋, 端午) and an event named by its date (五四运动, 九一八事变, 三・一一) hold no date
fact or figure of their own: 春 of 春节 is no spring, 十一 of 双十一 no count.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected; a faithful row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
FIXED = [
    ("元旦我们去看日出。", "1月1日に日の出を見に行く。", OK),
    ("元旦我们去看日出。", "元日に日の出を見に行く。", OK),
    ("国庆节那天放假。", "10月1日は休みだ。", OK),
    ("國慶節放七天假。", "国慶節は７日間休みだ。", OK),
    ("圣诞节我们吃蛋糕。", "12月25日にケーキを食べる。", OK),
    ("聖誕節我們吃蛋糕。", "クリスマスにケーキを食べる。", OK),
    ("情人节他送了花。", "2月14日に彼は花を贈った。", OK),
    ("情人节他送了花。", "バレンタインデーに彼は花を贈った。", OK),
    ("五一劳动节放假五天。", "5月1日のメーデーは5日間休みだ。", OK),
    ("双十一我买了很多东西。", "11月11日にたくさん買い物をした。", OK),
    ("双十一我买了很多东西。", "独身の日にたくさん買い物をした。", OK),
    ("除夕我们吃饺子。", "大晦日に餃子を食べる。", OK),
    # the holiday under another name, or none: never reported alone
    ("国庆节放七天假。", "建国記念の祝日は7日間休みだ。", OK),
    ("元旦快乐！", "あけましておめでとう！", OK),
    # another day: a changed date, at most a warning (the name is read from a list)
    ("国庆节那天放假。", "10月2日は休みだ。", "XL201:warning"),
    ("圣诞节我们吃蛋糕。", "12月24日にケーキを食べる。", "XL201:warning"),
]

MOVABLE = [
    ("去年春节我回老家了。", "去年の旧正月は実家に帰った。", OK),
    ("今年春节我回老家了。", "今年の春節は実家に帰った。", OK),
    ("今年中秋我们赏月了。", "今年の中秋は月見をした。", OK),
    ("今年中秋节我们赏月了。", "今年の十五夜は月見をした。", OK),
    ("今年七夕下雨了。", "今年の七夕は雨だった。", OK),
    # two holidays are two facts, not one moved
    ("七夕是中国的情人节。", "七夕は中国の恋人の日だ。", OK),
    ("七夕是中国的情人节。", "七夕は中国のバレンタインデーだ。", OK),
    ("端午节吃粽子。", "端午の節句にちまきを食べる。", OK),
    # events named by their date
    ("五四运动以后，", "5・4運動以後、", OK),
    ("五四运动以后，", "五四運動以後、", OK),
    ("九一一事件以后，", "9・11以後、", OK),
    ("三一一地震以后，", "三・一一の震災以後、", OK),
    ("九一八事变", "満州事変", OK),
    ("双十节", "双十節", OK),
    # a season that is a season is still read
    ("他在今年春天出生。", "彼は今年の春に生まれた。", OK),
    # (a warning: 今年 is not resolved without the document's date)
    ("他在今年春天出生。", "彼は今年の秋に生まれた。", "XL201:warning"),
]
# fmt: on

TABLES = {"fixed": FIXED, "movable": MOVABLE}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja) == OK

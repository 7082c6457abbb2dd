"""Counts of things the counter tables may not know (issue 12, fifth stop).

A count is a numeral and a counter or noun (四晚, 两队, 三站). The common counters are
data (rules/LANG/numbers.toml: nights 晚/泊, teams 队/チーム, games 局/試合, laps 圈/周,
stations 站/駅, dishes 道/品 …). A Chinese numeral before a word no table knows is still a
count: a weak one, which pairs with the same count on the other side and is never reported
alone (a word is as often a name or an idiom: 四川, 三明治), and whose change is at most a
warning.

Each row is a Chinese source, a Japanese translation and the number findings expected,
each as RULE:severity. A faithful row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
KNOWN_COUNTERS = [
    ("我们在京都住了四晚。", "私たちは京都に4泊した。", OK),
    ("我們在京都住了四晚。", "私たちは京都で四晩過ごした。", OK),
    ("两队都进了决赛。", "2チームとも決勝に進んだ。", OK),
    ("兩隊都進了決賽。", "２チームとも決勝に進んだ。", OK),
    ("他下了三盘棋。", "彼は将棋を3局指した。", OK),
    ("他跑了三圈。", "彼は3周走った。", OK),
    ("坐三站就到了。", "3駅で着く。", OK),
    ("他做了三道菜。", "彼は料理を3品作った。", OK),
    ("这条路有四车道。", "この道路は4車線だ。", OK),
    ("他走了三步。", "彼は3歩歩いた。", OK),
    ("我们看了两场比赛。", "私たちは2試合見た。", OK),
    ("今年是建国七十周年。", "今年は建国70周年だ。", OK),
    ("请写五百字以内。", "500字以内で書いてください。", OK),
    ("九局下半两人出局。", "9回裏ツーアウト。", OK),
    # 両 (both) + a counted noun is two
    ("两队上半场战成1平。", "両チームは前半を1対1で折り返した。", OK),
    ("两国签署了协议。", "両国は協定に署名した。", OK),
    # changed counts of known counters: a change
    ("我们在京都住了四晚。", "私たちは京都に5泊した。", "XL101:error"),
    ("他跑了三圈。", "彼は4周走った。", "XL101:error"),
    ("坐三站就到了。", "4駅で着く。", "XL101:error"),
    ("今年是建国七十周年。", "今年は建国80周年だ。", "XL101:error"),
    # 十字 is a cross, no ten characters
    ("在十字路口左转。", "交差点で左に曲がる。", OK),
]

UNKNOWN_NOUNS = [
    # a numeral before a word no table knows: a weak count of it, paired by value
    ("他养了三窝兔子。", "彼はウサギを3腹飼っている。", OK),
    ("他拿了两瓣蒜。", "彼はニンニクを2片取った。", OK),
    ("坐三路公交车去。", "3系統のバスで行く。", OK),
    ("他们生了三胎。", "彼らは3人の子を産んだ。", OK),
    ("他有三门课。", "彼は授業が3コマある。", OK),
    # changed: at most a warning (the Chinese word was not read as a counter)
    ("他养了三窝兔子。", "彼はウサギを4腹飼っている。", "XL101:warning"),
    # (a bus line is read on both sides, 三路公交车 and 5系統のバス: an error)
    ("坐三路公交车去。", "5系統のバスで行く。", "XL101:error"),
    # never reported alone: a place or a dish is no count
    ("他去了四川。", "彼は四川に行った。", OK),
    ("他去了四川。", "彼は成都に行った。", OK),
    ("我吃了三明治。", "サンドイッチを食べた。", OK),
    ("他是个二手货商人。", "彼は中古品の商人だ。", OK),
    # in Japanese too: 二筋, 三腹 (kanji numerals before a word no table knows)
    ("两束光照向天空。", "二筋の光が空を照らす。", OK),
    ("两道光照向天空。", "二筋の光が空を照らす。", OK),
    # a count of one family is no other thing counted: 两束 against 一晩 (a night)
    ("两束光彻夜照向天空。", "光が一晩中空を照らす。", "XL103:warning"),
    # arithmetic is no count: 八减去三 (the 5 of the result is read on one side only)
    ("八减去三得五。", "８から３を引くと５になる。", "XL104:info"),
    # 五大 is "the five great": a count of five, weak (no anchor of the alignment either)
    ("五大城市的政策", "五大都市の政策", OK),
    ("五大城市的政策", "5大都市の政策", OK),
    # a numeral before a classifier of kinds or things (docs: 三样, 两大类)
    ("支持三样东西。", "3つのものをサポートします。", OK),
    ("分为两大类。", "2種類に分けられる。", OK),
    ("分为两大类。", "大きく2つに分けられる。", OK),
    ("分为两大类。", "大きく3つに分けられる。", "XL101:warning"),
    # idioms hold numerals before words no table knows: no counts (四舍五入 is rounding)
    ("数值将被四舍五入。", "値は四捨五入される。", OK),
    ("数值将被四舍五入。", "値は4つに丸められる。", "XL104:info"),
    ("花园里五颜六色的。", "庭は色とりどりだ。", OK),
    # 一 before an unknown word is left alone (一些, 一直, 一样)
    ("他一直在等。", "彼はずっと待っていた。", OK),
]
# fmt: on

TABLES = {"known-counter": KNOWN_COUNTERS, "unknown-noun": UNKNOWN_NOUNS}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja, ("number",)) == expected
    if expected == OK:
        assert reverse_fact_findings(zh, ja, ("number",)) == OK

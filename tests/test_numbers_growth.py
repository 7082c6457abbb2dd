"""Growth by N倍 as a relation between the two sides (issue 12, session 14): N倍 whose clause
holds a verb of growth before it (增长了两倍, 同比增长近两倍, 扩大了三倍) says N or N+1 times,
as writers use it; compare/relations reads N+1倍 on the other side as the same growth. With
no verb of growth in the clause (是原来的三倍, 3倍になった), or a word of reaching or another
figure between the verb and N倍 (增加到三倍, 增长5%，是去年的两倍), N倍 is N times, and N+1倍
on the other side is a changed figure.

Each row is a Chinese source, a Japanese translation and the number findings expected, each
as RULE:severity; a faithful row holds both ways (the Japanese as the source too).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
GROWTH_BY = [
    # a verb of growth before N倍 in its clause, whatever adverb stands between: N or N+1
    ("今年销量增长了两倍。", "今年の販売台数は3倍に増えた。", OK),
    ("今年銷量增長了兩倍。", "今年の販売台数は3倍に増えた。", OK),
    ("今年销量增长了两倍。", "今年の販売台数は2倍に増えた。", OK),
    ("营收同比增长约两倍。", "売上高は前年同期の約3倍になった。", OK),
    ("网购用户数增加了几乎两倍。", "ネット通販の利用者数はほぼ3倍に増えた。", OK),
    ("網購用戶數增加了幾乎兩倍。", "ネット通販の利用者数はほぼ3倍に増えた。", OK),
    ("该地区的降水量比常年提高了足有三倍。", "同地域の降水量は平年の4倍に達した。", OK),
    ("三年来，公司的用户规模扩大了三倍。", "この3年で同社のユーザー規模は4倍に拡大した。", OK),
    ("三年來，公司的用戶規模擴大了三倍。", "この3年で同社のユーザー規模は4倍に拡大した。", OK),
    (
        "去年该省的出口额同比大幅增长了一点五倍。",
        "昨年の同省の輸出額は前年比2.5倍に大きく伸びた。",
        OK,
    ),
    ("与十年前相比，人均收入增长了将近两倍。", "1人当たり収入は10年前の3倍近くに増えた。", OK),
    ("今年的销量比去年多三倍。", "今年の販売量は前年の4倍だ。", OK),
    # the doubling: 翻了一番 = 倍増 = 2倍
    ("人口翻了一番。", "人口は倍増した。", OK),
    ("人口翻了一番。", "人口は2倍になった。", OK),
]
TIMES_AS_WRITTEN = [
    ("翻译这本书花费三倍时间。", "この本の翻訳には3倍の時間がかかった。", OK),
    ("扩大产能需要投入三倍资金。", "生産能力の拡大には3倍の資金が必要だ。", OK),
    ("成長型企業獲得的補貼多出三倍。", "成長企業が受け取る補助金は3倍多い。", OK),
    # no verb of growth in the clause, or one that reaches (增加到), or another figure
    # between: N times, as written on both sides
    ("出口额是原来的三倍。", "輸出額は元の3倍になった。", OK),
    ("出口額是原來的三倍。", "輸出額は元の3倍になった。", OK),
    ("产量增加到三倍。", "生産量は3倍に増えた。", OK),
    ("產量增加到三倍。", "生産量は3倍に増えた。", OK),
    ("营收增长了，达到去年的两倍。", "売上高は増え、前年の2倍に達した。", OK),
]
CHANGED = [
    # growth by N against neither N nor N+1
    ("今年销量增长了两倍。", "今年の販売台数は4倍に増えた。", "XL101:error"),
    ("今年銷量增長了兩倍。", "今年の販売台数は5倍に増えた。", "XL101:error"),
    ("出口额上涨了差不多三倍。", "輸出額はほぼ6倍になった。", "XL101:error"),
    ("人口翻了一番。", "人口は3倍になった。", "XL101:error"),
    # N times with no growth said in the clause: N+1 is another figure
    ("出口额是原来的三倍。", "輸出額は元の4倍になった。", "XL101:error"),
    ("出口額是原來的三倍。", "輸出額は元の4倍になった。", "XL101:error"),
    ("产量增加到三倍。", "生産量は4倍に増えた。", "XL101:error"),
    ("营收增长5%，是去年的两倍。", "売上高は5％増え、前年の3倍になった。", "XL101:error"),
    ("营收增长5%达到去年的两倍。", "売上高は5％増えて前年の3倍になった。", "XL101:error"),
    ("收入增长了，达到去年的两倍。", "収入は増え、前年の3倍に達した。", "XL101:error"),
    # a verb of growth that does not govern N倍 (another word, another object): N times
    # (reread18 item 7)
    ("翻译这本书花费三倍时间。", "この本の翻訳には4倍の時間がかかった。", "XL101:error"),
    ("扩大产能需要投入三倍资金。", "生産能力の拡大には4倍の資金が必要だ。", "XL101:error"),
    (
        "需求增加使今年产量三倍于去年。",
        "需要が増え、今年の生産量は去年の4倍になった。",
        "XL101:error",
    ),
    ("提高班的学费要贵三倍。", "上級クラスの学費は4倍高い。", "XL101:error"),
    ("成長型企業獲得的補貼多出三倍。", "成長企業が受け取る補助金は4倍多い。", "XL101:error"),
]
# fmt: on

FAITHFUL = {"growth-by": GROWTH_BY, "times-as-written": TIMES_AS_WRITTEN}
TABLES = {**FAITHFUL, "changed": CHANGED}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_growth_relation(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(FAITHFUL))
def test_growth_relation_both_ways(zh: str, ja: str, expected: str) -> None:
    assert reverse_fact_findings(zh, ja) == expected

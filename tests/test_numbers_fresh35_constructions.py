"""Everyday constructions that fresh35's blind pairs showed unread or misread (issue 12).

- The carat of gems is a weight of its own (1.5克拉 = 1.5カラット, a fifth of a gram): not
  grams read from its first character.
- A span said in years and months (3年7か月, 三年零七个月) is one span, 43 months: against
  将近四年 it is approximated, against 3年8か月 changed, never two figures missing.
- The two of a "between" (两次之间, 两国之间, 两地间) is the pair the text names, said or not.
- 以来初めて, the first time since (創部以来初めて = 自创立以来首次), is no rank on either
  side, as 以来首次 is none in Chinese.
- 前々年 and 前々月, two years or months back from the last one said.
- A holiday's name beside the day it names (「独身の日」の11月11日, 双十一（11月11日）) is one
  date said twice: a translation may say either or both.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
UNIT = "XL401:error"
CHANGED = "XL101:error"
ABOUT = "XL102:warning"
REVERSED = {}

# (zh, ja, number and date findings)
# fmt: off
ROWS = {
    "carats": [
        ("这颗钻石重1.5克拉。", "このダイヤモンドは1.5カラットだ。", OK),
        ("一枚三克拉的钻戒。", "3カラットのダイヤの指輪。", OK),
        ("这颗钻石重1.5克拉。", "このダイヤモンドの重さは1.5グラムだ。", UNIT),
        ("这颗钻石重2克拉。", "このダイヤモンドの重さは2グラムだ。", UNIT),
        # the fineness of gold stays a karat
        ("一枚18K金戒指。", "18金の指輪。", OK),
    ],
    "years-and-months": [
        ("这个计划花了三年七个月。", "この計画には３年７か月を費やした。", OK),
        ("这个计划花了三年零七个月。", "この計画には43か月を費やした。", OK),
        ("这个计划花了3年7个月。", "この計画には3年7カ月かかった。", OK),
        # 零 between figures in digits joins them too (30年零3个月, not 30年 and a lost 3个月)
        ("平成历时约30年零3个月。", "平成は約30年3か月続いた。", OK),
        ("平成歷時約30年零3個月。", "平成は約３０年３か月続いた。", OK),
        ("这个计划花了3年零7个月。", "この計画には43か月を費やした。", OK),
        ("这个计划花了3年零7个月。", "この計画には3年8か月を費やした。", CHANGED),
        ("这个计划花了将近四年。", "この計画には３年７か月を費やした。", ABOUT),
        ("这个计划花了三年七个月。", "この計画には３年８か月を費やした。", CHANGED),
        ("这个计划花了三年七个月。", "この計画には４年７か月を費やした。", CHANGED),
    ],
    "between-the-two": [
        ("这个药一天最多吃四次，两次之间至少间隔六小时。",
         "この薬は1日4回までで、服用間隔は6時間以上空けること。", OK),
        ("两国之间的贸易额增长了一成。", "両国間の貿易額は1割増えた。", OK),
        ("两地之间相距三十公里。", "両地の間は30キロ離れている。", OK),
        # ... with the act between (两次服用之间 = 服用の間隔)
        ("这个药两次服用之间请间隔六小时以上。", "この薬は6時間以上あけて飲んでください。", OK),
        ("這個藥兩次給藥之間請間隔六小時以上。", "この薬は6時間以上あけて飲んでください。", OK),
        # a count that is no pair of a between stays one
        ("两次会议都推迟了。", "3回の会議がすべて延期された。", CHANGED),
    ],
    "first-since": [
        ("这支队伍自创立以来首次在全国大赛中闯入四强。",
         "このチームは創部以来初めて、全国大会でベスト４に進出した。", OK),
        ("这是2008年以来首次出现这种情况。", "このような事態は2008年以来初めてだ。", OK),
        ("这支队伍首次闯入四强。", "このチームは初めてベスト４に進出した。", OK),
    ],
    "named-days-restated": [
        ("双十一当天，这家网店的销售额超过了两亿元。",
         "「独身の日」の11月11日当日、このネットショップの売上高は2億元を超えた。", OK),
        ("双十一（11月11日）当天销售额超过了两亿元。", "11月11日、売上高は2億元を超えた。", OK),
        ("12月25日的圣诞节很热闹。", "クリスマスはにぎやかだった。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_fresh35_constructions(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == REVERSED.get(expected, expected)


# (zh, ja, findings): two years back from the year said (前々年 = Chinese 前年, both ways)
# fmt: off
YEARS_BACK = [
    ("2019年营收增长，前年则下降。", "2019年は増収、前々年は減収だった。", OK),
    ("去年同期出口额仅为三百亿美元。", "前々年同期の輸出額はわずか300億ドルだった。",
     "XL201:warning"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), YEARS_BACK)
def test_two_years_back(zh, ja, expected):
    assert fact_findings(zh, ja) == expected

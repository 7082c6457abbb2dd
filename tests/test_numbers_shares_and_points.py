"""Bounds over the whole a figure is a share of, ages in full years, and points counted
(issue 12, fresh45).

- A bound word may stand before the noun whose share or multiple the figure is, with 的
  (不足去年的九成 = 前年の9割に満たない, 高于去年同期的两倍 = 前年同期の2倍を上回る): the
  bound is the figure's. Only a share or a multiple by its own word (成, 倍, 分之, 一半);
  a figure the noun holds as its own (低于今年的3.1%) is a figure compared with, exact.
  No shorter gap, where the word is a noun of its own (不足之处有三点: shortcomings).
- Japanese says an age in full years with 満 before the figure (満18歳以上、満60歳以下):
  two bounds around 、 are one range still, as without 満.
- An argument counts its points after 有 before a pause (不足之处有三点。, 原因有两点，):
  a count, no hour of the day (我三点有课 is one).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity ("" for a faithful rendering), in simplified and
traditional characters, with a changed variant that must still be reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
TABLES = {
    "share-bounds": [
        (
            "该雪场今年游客人数不足去年的九成。",
            "同スキー場の今年の来場者数は前年の9割に満たなかった。",
            OK,
        ),
        (
            "該雪場今年遊客人數不足去年的九成。",
            "同スキー場の今年の来場者数は前年の9割に満たなかった。",
            OK,
        ),
        (
            "该雪场今年游客人数不足去年的九成。",
            "同スキー場の今年の来場者数は前年の9割未満だった。",
            OK,
        ),
        ("今年的产量低于全国平均水平的一半。", "今年の生産量は全国平均の半分を下回った。", OK),
        ("今年的產量低於全國平均水準的一半。", "今年の生産量は全国平均の半分を下回った。", OK),
        ("今年的产量高于去年同期的两倍。", "今年の生産量は前年同期の2倍を上回った。", OK),
        (
            "该项目的支出不到总预算的三分之一。",
            "このプロジェクトの支出は総予算の3分の1に満たない。",
            OK,
        ),
        ("出口额少于进口额的四成。", "輸出額は輸入額の4割未満だった。", OK),
        # another share, or the bound lost
        (
            "该雪场今年游客人数不足去年的八成。",
            "同スキー場の今年の来場者数は前年の9割に満たなかった。",
            "XL101:error",
        ),
        (
            "今年的产量高于去年同期的两倍。",
            "今年の生産量は前年同期の3倍を上回った。",
            "XL101:error",
        ),
        (
            "该项目的支出不到总预算的三分之一。",
            "このプロジェクトの支出は総予算の4分の1に満たない。",
            "XL101:error",
        ),
        # a figure the noun holds is compared with: exact (明年 2.9%, 低于今年的 3.1%)
        (
            "明年经济将增长2.9%，低于今年的3.1%。",
            "来年の成長率は今年の3.1%を下回る2.9%と予測される。",
            OK,
        ),
        (
            "明年經濟將增長2.9%，低於今年的3.1%。",
            "来年の成長率は今年の3.1%を下回る2.9%と予測される。",
            OK,
        ),
        # a share with no bound word is exact
        ("今年的产量是去年的九成。", "今年の生産量は前年の9割だった。", OK),
        ("今年的产量是去年的九成。", "今年の生産量は前年の9割に満たなかった。", "XL102:warning"),
    ],
    "full-years": [
        (
            "报名者年龄须在十八周岁以上、六十周岁以下。",
            "応募者は満18歳以上、満60歳以下でなければならない。",
            OK,
        ),
        (
            "報名者年齡須在十八周歲以上、六十周歲以下。",
            "応募者は満18歳以上、満60歳以下でなければならない。",
            OK,
        ),
        (
            "报名者年龄须在十八周岁以上、六十周岁以下。",
            "応募者は18歳以上、60歳以下でなければならない。",
            OK,
        ),
        (
            "报名者年龄须在18周岁以上、60周岁以下。",
            "応募者は満１８歳以上、満６０歳以下でなければならない。",
            OK,
        ),
        (
            "报名者年龄须在十八周岁以上、六十周岁以下。",
            "応募者は満18歳以上、満65歳以下でなければならない。",
            "XL101:error",
        ),
        (
            "报名者年龄须在十八周岁以上、六十周岁以下。",
            "応募者は満20歳以上、満60歳以下でなければならない。",
            "XL101:error",
        ),
        ("他工作满三年了。", "彼は勤続満3年になった。", OK),
        # 未満 is under, whatever 満 says alone
        ("未满十八周岁不得入内。", "18歳未満は入場できない。", OK),
        ("未满十八周岁不得入内。", "20歳未満は入場できない。", "XL101:error"),
    ],
    "points-counted": [
        ("他的不足之处有三点。", "彼の欠点は3つある。", OK),
        ("他的不足之處有三點。", "彼の欠点は3つある。", OK),
        ("原因有两点，一是价格太高。", "理由は2点あり、1つは価格が高すぎることだ。", OK),
        ("他的不足之处有三点。", "彼の欠点は4つある。", "XL101:error"),
        # an hour said with 有 stays an hour
        ("我下午三点有课。", "私は午後3時に授業がある。", OK),
        ("我下午三点有课。", "私は午後4時に授業がある。", "XL201:error"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_shares_full_years_and_points(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected

"""Two figures said together (issue 12, sixth stop): a score or a ratio (二比一, 2比1,
２対２, 二対一), a draw that says one figure for both sides (战成1平 = 1対1), an offer (买二送一
= 2つ買うと1つ無料). Each is two counts, read even as kanji digits with no counter after
them (which alone are no figure), so that a changed score is a changed figure (XL101).

Each row is checked in both directions; the negatives keep 比 and 平 in other words.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
PAIRED = {
    "score": [
        ("我们队以二比一获胜。", "私たちのチームが2対1で勝った。", OK),
        ("我们队以二比一获胜。", "私たちのチームが二対一で勝った。", OK),
        ("我们队以2比1获胜。", "私たちのチームが２対１で勝った。", OK),
        ("我们队以二比一获胜。", "私たちのチームが3対1で勝った。", CHANGED),
        ("我们队以三比一获胜。", "私たちのチームが三対二で勝った。", CHANGED),
        ("两队战成2比2平。", "両チームは2対6で引き分けた。", CHANGED),
        ("比例是1比1。", "比率は1対1だ。", OK),
    ],
    "score-over-a-hundred": [
        # a score opens only where no larger numeral ends: 一百零五 is 105, never 零五
        ("湖人以一百零五比九十八击败勇士。", "レイカーズは105対98でウォリアーズを破った。", OK),
        ("湖人以一百一十二比九十获胜。", "レイカーズが112対90で勝った。", OK),
        ("湖人以一百零二比九十九获胜。", "レイカーズが百二対九十九で勝った。", OK),
        ("湖人以一百零五比九十八获胜。", "レイカーズが105対97で勝った。", CHANGED),
    ],
    "draw": [
        ("两队上半场战成1平。", "両チームは前半を1対1で折り返した。", OK),
        ("两队上半场战成1平。", "両チームは前半を8対1で折り返した。", CHANGED),
        ("双方以二平收场。", "双方は2対2で終わった。", OK),
        ("双方以二平收场。", "双方は2対3で終わった。", CHANGED),
        # 両 (both) names no figure of the score (final review 6 §18)
        ("双方以二平握手言和。", "両チームは2対2で引き分けた。", OK),
        ("双方以二平握手言和。", "両チームは1対1で引き分けた。", "XL101:error XL101:error"),
        ("双方各派三人参加。", "両者は3人ずつ参加させた。", OK),
        ("双方各派三人参加。", "それぞれ3人が参加した。", OK),
    ],
    "offer": [
        ("全场买二送一。", "全品2つ買うと1つ無料。", OK),
        ("全场买二送一。", "全品3つ買うと1つ無料。", CHANGED),
        ("全场買一送一。", "全品1つ買うともう1つ無料。", OK),
    ],
    "negatives": [
        # 比 comparing, 平 of 平方米 and 平均: no score
        ("他比我大三岁。", "彼は私より3歳年上だ。", OK),
        ("房子有五十平方米。", "家は50平方メートルある。", OK),
        ("我们进行一对一的面谈。", "一対一の面談を行う。", OK),
        # 一比一复刻: a replica at full scale, no score
        ("一比一复刻模型。", "1/1スケールの複製モデル。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(PAIRED))
def test_paired_figures(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

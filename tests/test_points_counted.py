"""点 as a count of points, not an hour (md29b, a grading rubric: 至少十点 = 最低10点).

Chinese counts the points of a list, a speech or a rubric with 点: 以下三点 = 次の3点,
第二点 = 2点目, 三点建议 = 3つの提案. The same N点 said alone is also three o'clock (我三点到 =
3時に着く) and, before a digit, a decimal (三点五米 = 3.5 m). The count is read where a word
before it points at points or bounds a count (第, 以下, 如下, 下列, 上述, 这, 前, 至少) or a
noun counted in points follows it (建议, 意见, 理由, 原因, 问题); a qualified hour
(下午三点, 三点钟, 三点半) stays a time wherever it is. The words are data
(`context_counters`, `counter_contexts` in rules/zh/numbers.toml; the dates read the same
regexes). Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
TIME_CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
POINTS = {
    "after-a-pointing-word": [
        ("请注意以下三点。", "次の3点に注意してください。", OK),
        ("以下三點需要注意。", "以下の3点に注意が必要だ。", OK),
        ("请注意以下３点。", "次の3点に注意してください。", OK),
        ("请注意以下 3 点。", "次の3点に注意してください。", OK),
        ("有如下两点说明。", "次の2点を説明する。", OK),
        ("这两点必须写清楚。", "この2点は明確に書く必要がある。", OK),
        ("這兩點必須寫清楚。", "この二点ははっきり書かなければならない。", OK),
        ("这三点都很重要。", "この3つのポイントはどれも重要だ。", OK),
        ("前两点已经完成。", "最初の2点はすでに完了した。", OK),
        ("下列四点适用于所有用户。", "以下の4点はすべてのユーザーに適用される。", OK),
    ],
    "a-bound-before": [
        ("总分至少十点。", "合計で最低10点。", OK),
        ("至少十点才能及格。", "少なくとも10点で合格だ。", OK),
    ],
    "ordinal": [
        ("第二点是成本。", "2点目はコストだ。", OK),
        ("第三點很重要。", "3つ目の点が重要だ。", OK),
        # a slogan's 第一 (安全第一) is no rank of the points
        ("第一点，安全第一。", "第一に、安全が最優先だ。", OK),
        ("第一点，要注意安全。", "第一に、安全に注意すること。", OK),
    ],
    "before-a-counted-noun": [
        ("他提出了三点建议。", "彼は3つの提案をした。", OK),
        ("他提出了三點意見。", "彼は3点の意見を述べた。", OK),
        ("原因有两点理由。", "理由は2つある。", OK),
        ("会上达成了四点共识。", "会議で4点の合意に達した。", OK),
    ],
    "changed": [
        ("请注意以下三点。", "次の4点に注意してください。", CHANGED),
        ("以下三點需要注意。", "以下の5点に注意が必要だ。", CHANGED),
        ("他提出了三点建议。", "彼は5つの提案をした。", CHANGED),
        ("第二点是成本。", "3点目はコストだ。", CHANGED),
        ("总分至少十点。", "合計で最低12点。", CHANGED),
    ],
    "still-a-time": [
        ("下午三点开会。", "午後3時に会議がある。", OK),
        ("三点钟我们出发。", "3時に出発する。", OK),
        ("我三点到。", "私は3時に着く。", OK),
        ("他十点半睡觉。", "彼は10時半に寝る。", OK),
        ("下午三点开会。", "午後4時に会議がある。", TIME_CHANGED),
        ("我三点到。", "私は4時に着く。", TIME_CHANGED),
        # a qualified hour is a time even after a word that may point at points
        ("这下午三点的会很重要。", "この午後3時の会議は重要だ。", OK),
    ],
    "still-a-decimal-or-a-little": [
        ("全长三点五米。", "全長3.5メートル。", OK),
        ("以下车辆全长三点五米。", "以下の車両は全長3.5メートルだ。", OK),
        ("快一点！", "早く！", OK),
        ("请说慢一点。", "もう少しゆっくり話してください。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(POINTS))
def test_points_counted(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

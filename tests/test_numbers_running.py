"""A rank after 连续 is a count (issue 12, session 25): 连续第三年下降 is three years of
decline in a row, Japanese 3年連続で減少; 连续第五次夺冠 = 5回連続で優勝. Read as a rank it
equalled the count of the same figure, but a changed figure was reported as one missing
and one added instead of a change. A rank after other words stays a rank (这是第三年 =
3年目; 连第三名都没拿到: 连 ... 都 is "even").

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "running": [
        ("粗钢产量连续第三年下降。", "粗鋼生産量は3年連続で減少した。", OK),
        ("粗鋼產量連續第三年下降。", "粗鋼生産量は三年連続で減少した。", OK),
        ("粗钢产量连续第3年下降。", "粗鋼生産量は３年連続で減少した。", OK),
        ("他连续第五次夺冠。", "彼は5回連続で優勝した。", OK),
        ("他连续第五次夺冠。", "彼は5度目の連続優勝を果たした。", OK),
    ],
    "changed": [
        ("粗钢产量连续第三年下降。", "粗鋼生産量は4年連続で減少した。", CHANGED),
        ("粗鋼產量連續第三年下降。", "粗鋼生産量は2年連続で減少した。", CHANGED),
        ("他連續第五次奪冠。", "彼は6回連続で優勝した。", CHANGED),
    ],
    "ranks": [
        ("这是他工作的第三年。", "これは彼が働いて3年目だ。", OK),
        ("他连第三名都没拿到。", "彼は3位にすら入れなかった。", OK),
        ("他连第三名都没拿到。", "彼は4位にすら入れなかった。", CHANGED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_running_counts(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

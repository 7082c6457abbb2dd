"""Japanese counters written with their okurigana or without (issue 12, session 25): テント
2000張り余り, 2000張余り, 刀2振り, ケーキ3切れ. Without the counter the bound after it
(余り, あまり, 以上) was not the figure's, and 2000余顶 / 2000張り余り read as "more than
2000" against an exact 2000 (XL102). A changed figure is still a mismatch.

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
    "more-than": [
        (f"售出{zh}帐篷。", f"テントが{ja}売れた。", OK)
        for zh in ("2,000余顶", "2000多顶", "两千余顶", "2000餘頂")
        for ja in ("2000張り余り", "2000張余り", "2000張りあまり", "2000張り以上", "２０００張余り")
    ],
    "changed": [
        ("售出2,000余顶帐篷。", "テントが3000張り余り売れた。", CHANGED),
        ("售出两千余顶帐篷。", "テントが2500張余り売れた。", CHANGED),
    ],
    "exact": [
        ("奉纳了两把刀。", "刀2振りを奉納した。", OK),
        ("奉納了兩把刀。", "刀二振りを奉納した。", OK),
        ("他吃了三片蛋糕。", "彼はケーキを3切れ食べた。", OK),
        ("他吃了三片蛋糕。", "彼はケーキを5切れ食べた。", CHANGED),
        ("缴获五支步枪。", "小銃5挺を押収した。", OK),
    ],
    "no-counter": [
        ("他很努力。", "彼の頑張りはすごい。", OK),
        ("商品已经卖完了。", "商品は品切れだ。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_okurigana_counters(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

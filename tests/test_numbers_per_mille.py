"""Per mille and per myriad as parts of a hundred (final review 6 §12): 千分之三 = 0.3 % =
3‰ = 千分の3, 万分之五 = 0.05 % = 5‱; a fraction over a thousand or ten thousand is a
share like a percentage, so a changed share is a changed figure whichever way it is
said, and other fractions stay fractions (三分之一 = 3分の1). 万分 alone is "utterly"
(万分感谢), no fraction.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
PARTS = {
    "per-mille": [
        ("误差为千分之三。", "誤差は0.3%だ。", OK),
        ("误差为千分之三。", "誤差は0.3％だ。", OK),
        ("误差为千分之三。", "誤差は3‰だ。", OK),
        ("误差为千分之三。", "誤差は千分の3だ。", OK),
        ("误差为千分之五。", "誤差は0.5パーセントだ。", OK),
        ("误差为0.3%。", "誤差は千分の3だ。", OK),
        ("误差为千分之三。", "誤差は0.5%だ。", CHANGED),
        ("误差为千分之三。", "誤差は3%だ。", CHANGED),
    ],
    "per-myriad": [
        ("利率为万分之五。", "金利は0.05％だ。", OK),
        ("利率为万分之五。", "金利は5‱だ。", OK),
        ("概率只有万分之一。", "確率は1万分の1しかない。", OK),
        ("利率为万分之五。", "金利は0.5％だ。", CHANGED),
    ],
    "other-fractions": [
        ("三分之一的人", "3分の1の人", OK),
        ("三分之一的人", "4分の1の人", CHANGED),
        ("他万分感谢。", "彼は心から感謝した。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(PARTS))
def test_parts_of_a_hundred(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected

"""A figure glossed in brackets in the reader's unit (fresh31: 三斤苹果 = リンゴを3斤（1.5キロ）;
FLORES: 645 英里（1040 公里）).

The bracketed figure says the figure before it again, converted: where it equals it (a
rounded conversion counts) it is no figure of its own, on either side. A wrong conversion
stays reported. Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# (zh, ja, number findings, (zh to ja, ja to zh) where they differ)
# fmt: off
ROWS = {
    "a-conversion-in-brackets": [
        ("我买了三斤苹果。", "リンゴを3斤（1.5キロ）買った。", OK),
        ("风暴位于群岛以西 645 英里。", "暴風雨は諸島の西645マイル（1040 km）にある。", OK),
        ("他身高六英尺（1.83米）。", "彼の身長は6フィートだ。", OK),
        ("他身高六英尺（约1.8米）。", "彼の身長は6フィート（約1.8メートル）だ。", OK),
    ],
    "a-wrong-conversion": [
        ("我买了三斤苹果。", "リンゴを3斤（3キロ）買った。", ("XL104:info", "XL103:warning")),
    ],
    "a-figure-of-its-own-in-brackets": [
        ("我买了三斤苹果。", "リンゴを3斤（5個）買った。", ("XL104:info", "XL103:warning")),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(ROWS))
def test_glossed_figures(zh, ja, expected):
    forward, reverse = expected if isinstance(expected, tuple) else (expected, expected)
    assert fact_findings(zh, ja, ("number",)) == forward
    assert reverse_fact_findings(zh, ja, ("number",)) == reverse

"""A small figure with a Latin scale letter may be a label (issue 14, md64: osu!mania's
`4K Normal` is 4 Key, not 4,000): against the other side's same figure without the
letter, bare, it is that figure; a different figure is still a change, and a count of
thousands (45k stars against 45) is too.
"""

from __future__ import annotations

import pytest

from tests.conftest import number_relations


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("*4K Normal* 难度中。", "*4 KeyのNormal*難易度では。", []),
        ("*7K Hard* 难度中。", "*7 keyのHard*難易度では。", []),
        ("这款显示器支持8K分辨率。", "このモニターは8K解像度に対応している。", []),
        ("项目获得了45k星标。", "プロジェクトは4.5万スターを獲得した。", []),
        ("*4K Normal* 难度中。", "*5 KeyのNormal*難易度では。", [("XL101", "mismatch")]),
        ("项目获得了45k星标。", "プロジェクトは45スターを獲得した。", [("XL101", "mismatch")]),
    ],
)
def test_scale_letter_as_a_label(zh, ja, expected):
    assert number_relations(zh, ja, ("number",)) == expected

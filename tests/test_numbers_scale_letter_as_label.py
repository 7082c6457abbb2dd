"""A small figure with an upper-case K may be a label (issue 14, md64: osu!mania's
`4K Normal` is 4 Key, not 4,000): against the other side's same figure without the
letter, bare, it is that figure; a different figure is still a change, and so are a count
of thousands (45k stars against 45), a lower-case k (4k星标, 15k) and another letter (7B
parameters).
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
        ("项目获得了4k星标。", "プロジェクトは4スターを獲得した。", [("XL101", "mismatch")]),
        ("工资是15k。", "給料は15だ。", [("XL101", "mismatch")]),
        ("模型有7B参数。", "モデルには7のパラメータがある。", [("XL101", "mismatch")]),
    ],
)
def test_scale_letter_as_a_label(zh, ja, expected):
    assert number_relations(zh, ja, ("number",)) == expected

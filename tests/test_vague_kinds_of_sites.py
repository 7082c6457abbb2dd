"""Sites and bodies said by their kind in a translation (issue 13): a cave temple, a
fjord, a botanical garden, a zoo, an insurer (ある石窟 for 莫高窟, とあるフィヨルド for
松恩峡湾, ある植物園 for 西双版纳热带植物园, ある生命保険会社): anonymized, where the name
was "missing" or nothing was said. A fjord after a transliteration is a feature (松恩 +
峡湾, as 埃特纳 + 火山), and a garden, a zoo, an observatory after a place a body (西双版纳
+ 热带 + 植物园, 上海 + 动物园)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

PAIRS = [
    # faithful
    ("她在莫高窟做了十年壁画修复工作。", "彼女は莫高窟で10年間、壁画の修復に携わってきた。", []),
    ("他在西双版纳热带植物园工作。", "彼は西双版納熱帯植物園で働いている。", []),
    ("他在上海动物园工作。", "彼は上海動物園で働いている。", []),
    # turned vague
    ("她在莫高窟做了十年壁画修复工作。", "彼女はある石窟で10年間、壁画の修復に携わってきた。",
     [("XL302", "莫高窟", "ある石窟")]),
    ("我们在挪威的松恩峡湾坐船看了冰川。", "私たちはノルウェーのとあるフィヨルドで船に乗った。",
     [("XL302", "松恩峡湾", "とあるフィヨルド")]),
    ("植物学家在西双版纳热带植物园发现了新兰花。", "植物学者が、ある植物園で新種のランを発見した。",
     [("XL302", "西双版纳热带植物园", "ある植物園")]),
    ("他在上海动物园工作。", "彼はある動物園で働いている。",
     [("XL302", "上海动物园", "ある動物園")]),
    ("他在中国人寿保险公司工作。", "彼はある生命保険会社で働いている。",
     [("XL302", "中国人寿保险公司", "ある生命保険会社")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=[r[1][:14] for r in PAIRS])
def test_sites_by_their_kind(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

"""A katakana city right after the kanji province it lies in is a name of its own (issue
13, point 3): 新疆カシュガル was one place, so 新疆阿克苏 → 新疆カシュガル and 新疆喀什 →
新疆カシュガル read the same. The two are two levels, as 米国 + ウィスコンシン州 was; a
people's region stays one name (新疆ウイグル自治区, 甘孜チベット族自治州).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_relations, facts_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("この綿糸は新疆カシュガル地区産だ。", ["新疆", "カシュガル"]),
        ("新疆ウルムチ市に行く。", ["新疆", "ウルムチ市"]),
        ("新疆ウイグル自治区に行く。", ["新疆ウイグル自治区"]),
        ("甘孜チベット族自治州に行く。", ["甘孜チベット族自治州"]),
        ("米国ウィスコンシン州に行く。", ["米国", "ウィスコンシン州"]),
    ],
)
def test_katakana_city_after_a_province(text, names):
    assert [f.text for f in facts_of(text, "ja") if f.kind == "entity"] == names


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("这批棉纱来自新疆喀什地区。", "この綿糸は新疆カシュガル地区産だ。", []),
        ("他去了新疆乌鲁木齐市。", "彼は新疆ウルムチ市に行った。", []),
        ("他去了新疆乌鲁木齐市。", "彼は新疆カシュガル市に行った。", [("mismatch", "乌鲁木齐市")]),
    ],
)
def test_city_after_its_province_in_a_pair(zh, ja, expected):
    assert entity_relations(zh, ja) == expected

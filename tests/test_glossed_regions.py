"""A region the press names by an abbreviation (亚太 = 亚洲太平洋, アジア太平洋): the
glossary (rules/glossary.tsv) holds it, so that 亚太区 and アジア太平洋地域 are one region
(UniDic cuts アジア + 太平 + 洋, and 太平 would stand as another place), in simplified and
traditional characters, with 区 or 地区; another region in its place is still heard.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, entity_relations


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        (
            "慕尼黑再保险公司的亚太区负责人出席了论坛。",
            "ミュンヘン再保険のアジア太平洋地域責任者がフォーラムに出席した。",
        ),
        ("亚太地区的经济增长很快。", "アジア太平洋地域の経済成長は速い。"),
        ("亞太區的銷售額增長了。", "アジア太平洋地域の売上高が伸びた。"),
        ("该公司亚太区总部设在新加坡。", "同社のアジア・太平洋地域本部はシンガポールにある。"),
    ],
)
def test_abbreviated_region_matches(zh, ja):
    assert [f for f in check_strings(zh, ja) if f.kind == "entity"] == []


def test_another_region_is_not_the_abbreviated_one():
    zh, ja = "亚太区的负责人出席了论坛。", "欧州地域の責任者がフォーラムに出席した。"
    assert ("mismatch", "亚太区") in entity_relations(zh, ja)

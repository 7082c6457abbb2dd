"""A dynasty and what makes its period (明 + 代, 清 + 朝, 明 + 末) name no one, though
UniDic reads 明代 as a given name (issue 13): a translation's 明代の城壁 is no name standing
in for the source's person (fresh60: 钟书华教授 → ある教授 was reported as 钟书华 became
明代). Before a title it is someone's name (明代さん). Each row: a pair and its entity
findings as (rule, source, target); faithful rows give none."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"

ROWS = [
    pytest.param("南京大学的钟书华教授在会上发表了关于明城墙砖铭文的研究。",
                 "南京大学のある教授が会議で、明代の城壁れんがに刻まれた銘文に関する研究を発表した。",
                 [(ANONYMIZED, "钟书华", "ある教授")], id="a-name-made-vague-beside-a-period"),
    pytest.param("南京大学的钟书华教授在会上发表了关于明城墙砖铭文的研究。",
                 "南京大学の鍾書華教授が会議で、明代の城壁れんがに刻まれた銘文に関する研究を発表した。",
                 [], id="faithful-beside-a-period"),
    pytest.param("这是明代的瓷器。", "これは明代の磁器だ。", [], id="明代-faithful"),
    pytest.param("這是清朝的瓷器。", "これは清朝の磁器だ。", [], id="traditional-清朝-faithful"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_dynasty_period_is_no_name(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


def test_before_a_title_it_is_a_name():
    from xlcheck.pipeline import current

    tokens = current().language("ja").tokens("明代さんが来た。")
    assert ("明代", "person") in [(token.text, token.tag) for token in tokens]

"""Faithful renderings of names written in another form on each side (issue 13, session
12): constructions, each table with rows where the same construction carries another name
and must still be reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"
ADDED = "XL304"

# Japanese writes a repeated kanji with the iteration mark 々 (佐々木, 代々木, 奈々), Chinese
# writes the character twice (佐佐木, 代代木, 奈奈): one name, in family names, given names
# and places, simplified or traditional; another name in its place is still another name.
ITERATION_MARK = [
    pytest.param("佐佐木希主演的电视剧下个月播出。", "佐々木希主演のドラマは来月放送される。", [],
                 id="佐々木-actress"),
    pytest.param("我们周末在代代木公园野餐了。", "週末は代々木公園でピクニックをした。", [],
                 id="代々木-park"),
    pytest.param("野野村议员在记者会上哭了。", "野々村議員は記者会見で泣いた。", [],
                 id="野々村-title"),
    pytest.param("水樹奈奈在東京巨蛋開了演唱會。", "水樹奈々は東京ドームでコンサートを開いた。", [],
                 id="奈々-traditional"),
    pytest.param("佐佐木老师明天要去福冈出差。", "佐々木先生は明日福岡に出張する。", [],
                 id="佐々木-teacher"),
    pytest.param("佐佐木老师明天要去福冈出差。", "佐藤先生は明日福岡に出張する。",
                 [(MISMATCH, "佐佐木", "佐藤")], id="佐々木-swapped"),
    pytest.param("水樹奈奈在東京巨蛋開了演唱會。", "水樹由奈は東京ドームでコンサートを開いた。",
                 [(ADDED, None, "水樹由奈")], id="奈々-swapped"),  # 水樹奈奈 is not read
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ITERATION_MARK)
def test_iteration_mark(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected

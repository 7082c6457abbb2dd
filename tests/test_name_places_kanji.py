"""A Han name jieba tags as a person (高雄 nr, 涩谷 nrt) that UniDic reads as one place in
Japanese kanji forms is a place (compare/names.may_be_place, extract/zh/names.py): another
place in its stead is a mismatch (XL301), its own kanji are silent. And the sources of a
report (関係筋) stand for a news agency as for a person (rules/anonymization.toml)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED = "XL301", "XL302"

SWAPPED = [
    pytest.param("我下個月要去高雄看我姊姊。", "来月、台南に姉に会いに行く。", "高雄", "台南",
                 id="traditional-city-tagged-nr"),
    pytest.param("我们住的酒店在涩谷，很方便。", "泊まってるホテルは新宿にあって、すごく便利。",
                 "涩谷", "新宿", id="japanese-place-tagged-nrt"),
    pytest.param("我下个月要去高雄出差。", "来月、台中へ出張する。", "高雄", "台中",
                 id="simplified-city-tagged-nr"),
]

FAITHFUL = [
    pytest.param("我下個月要去高雄看我姊姊。", "来月、高雄に姉に会いに行く。", id="same-city"),
    pytest.param("我们住的酒店在涩谷，很方便。", "泊まってるホテルは渋谷にあって、すごく便利。",
                 id="japanese-kanji-form"),
    pytest.param("高明昨天去了东京。", "高明は昨日東京に行った。", id="person-stays-a-person"),
]

ANONYMIZED_ROWS = [
    pytest.param("据新华社报道，双方已经达成协议。", "関係筋によると、双方は合意に達した。",
                 "新华社", "関係筋", id="agency-as-sources"),
    pytest.param("据新華社報道，雙方已經達成協議。", "外交筋によると、双方は合意に達した。",
                 "新華社", "外交筋", id="agency-as-diplomatic-sources-traditional"),
]


@pytest.mark.parametrize(("zh", "ja", "source", "target"), SWAPPED)
def test_another_place_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(MISMATCH, source, target)]


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_same_place_is_silent(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), ANONYMIZED_ROWS)
def test_sources_stand_for_a_body(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(ANONYMIZED, source, target)]

"""A body of a state said with its country on one side only (日本 + 厚生劳动省 =
厚生労働省) is one body, when its name holds a Japanese-only kanji that Chinese writes
with another character OpenCC does not map (働 = 动: 厚生労働省, 劳动): the form is read
through japanese_name_characters of rules/zh/names.toml (compare/names.country_of_a_body).
Another ministry in its place is still a mismatch."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"

SAME_BODY = [
    pytest.param("日本厚生劳动省公布了最新数据。", "厚生労働省は最新のデータを公表した。",
                 id="ministry-country-implicit"),
    pytest.param("日本厚生勞動省公布了最新數據。", "厚生労働省は最新のデータを公表した。",
                 id="ministry-traditional"),
    pytest.param("据日本厚生劳动省统计，去年出生人数再创新低。",
                 "厚生労働省の統計によると、昨年の出生数は過去最少を更新した。",
                 id="ministry-as-a-source"),
    pytest.param("日本厚生劳动省公布了最新数据。", "日本の厚生労働省は最新のデータを公表した。",
                 id="ministry-country-said"),
]

ANOTHER_BODY = [
    pytest.param("日本厚生劳动省公布了最新数据。", "文部科学省は最新のデータを公表した。",
                 "日本厚生劳动省", "文部科学省", id="another-ministry"),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_BODY)
def test_a_body_in_japanese_only_kanji_is_the_same_body(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), ANOTHER_BODY)
def test_another_body_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(MISMATCH, source, target)]

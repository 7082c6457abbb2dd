"""Whether the other side names a country joined by a dot before a place
(compare/addresses.py `_names_a_country`): タイ・マンダレー市 names one, a country said
elsewhere in the sentence does not, and neither does a country that ends the text (the
empty slice after it once read as a dot, since "" is `in` any string)."""

from __future__ import annotations

import pytest

from xlcheck.compare.addresses import _names_a_country
from xlcheck.run import current

JAPANESE = [
    pytest.param("タイ・マンダレー市に行った。", True, id="nakaguro"),
    pytest.param(
        "タイ･マンダレー市に行った。",
        True,
        id="half-width-dot",
        marks=pytest.mark.xfail(reason="before ･ UniDic reads タイ as a common noun (tie)"),
    ),
    pytest.param("ミャンマー・ヤンゴンで会議が開かれた。", True, id="another-country"),
    pytest.param("マンダレー市に行った。", False, id="no-country"),
    pytest.param("日本を訪問した。", False, id="destination"),
    pytest.param("彼の出身は日本", False, id="country-ends-text"),
    pytest.param("会議の開催国はタイ", False, id="katakana-country-ends-text"),
    pytest.param("彼は日本、妻はタイ", False, id="countries-in-a-list"),
]


@pytest.mark.parametrize(("ja", "expected"), JAPANESE)
def test_country_joined_by_a_dot(ja: str, expected: bool):
    assert _names_a_country(ja, "zh", current()) is expected

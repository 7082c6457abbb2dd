"""The names Taiwan and Hong Kong write for the two Koreas (南韓 for 韩国, 北韓 for 朝鲜),
issue 13: 南韓 was read as a place of no known rendering, so 韓国 in the translation did
not match it and 南韓 was paired with another place there (ブライトン) as a changed name.
They are countries (`places` in rules/zh/names.toml) rendered 韓国 and 北朝鮮
(glossary.tsv), in simplified and traditional characters."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "南韓球星孫興慜射入一球。",
            "韓国のスター選手ソン・フンミンが1ゴールを挙げた。",
            id="traditional-south-korea",
        ),
        pytest.param(
            "南韩政府今天宣布了新政策。", "韓国政府は本日、新政策を発表した。", id="simplified"
        ),
        pytest.param("北韓再度試射飛彈。", "北朝鮮は再びミサイルを試射した。", id="north-korea"),
        pytest.param("南韓與北韓舉行會談。", "韓国と北朝鮮が会談した。", id="both"),
        pytest.param(
            "他去南韓首爾旅遊。", "彼は韓国のソウルを旅行した。", id="country-before-its-capital"
        ),
    ],
)
def test_the_two_koreas_by_their_taiwanese_names(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "南韓政府今天宣布了新政策。",
            "北朝鮮政府は本日、新政策を発表した。",
            ("XL301", "南韓政府", "北朝鮮政府"),
            id="swapped-korea",
        ),
        pytest.param(
            "北韓再度試射飛彈。",
            "韓国は再びミサイルを試射した。",
            ("XL301", "北韓", "韓国"),
            id="swapped-north",
        ),
    ],
)
def test_swapped_koreas(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]

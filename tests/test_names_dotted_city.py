"""A country and a city in it said as one dotted Japanese name (issue 13, fresh45).

フィリピン・マニラ renders 菲律宾马尼拉: the dotted name matches the country, and its last
part is the city's name, whatever type the tagger gave the source's (jieba calls 马尼拉
a person). Without the city, the city is missing; a bare description that renders a
noun the source says itself (国立博物館 for 国家博物馆) stands in for no name.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CASES = [
    (
        "菲律宾马尼拉的国家博物馆展出了模型。",
        "フィリピン・マニラの国立博物館で模型が展示された。",
        [],
    ),
    (
        "菲律賓馬尼拉的國家博物館展出了模型。",
        "フィリピン・マニラの国立博物館で模型が展示された。",
        [],
    ),
    (
        "菲律宾马尼拉的国家博物馆展出了模型。",
        "フィリピンのマニラの国立博物館で模型が展示された。",
        [],
    ),
    ("阿根廷门多萨的葡萄酒很受欢迎。", "アルゼンチン・メンドーサのワインは人気がある。", []),
    # the city left out: missing, not made vague by 国立博物館, the rendering of the
    # source's own 国家博物馆
    (
        "菲律宾马尼拉的国家博物馆展出了模型。",
        "フィリピンの国立博物館で模型が展示された。",
        [("XL303", "马尼拉", None)],
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_country_and_its_city_said_as_one_name(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

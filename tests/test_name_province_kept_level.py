"""A province or prefecture said before a lower level (湖南省 + 恩施州), which UniDic reads
as a place it knows and a suffix although the place alone is a family name to it (湖南 is
人名 alone, 地名 in 湖南省): a named place's level, no noun of a class like 大都市 or
中核市. A province swapped while the lower level stays is a different name; nouns of a
class stay vague references."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("湖南省恩施州的舞蹈历史悠久。", "湖南省恩施州の踊りは長い歴史を持つ。"),
    ("湖北省恩施州的土家族摆手舞历史悠久。", "湖北省恩施州のトゥチャ族の擺手舞は長い歴史を持つ。"),
    ("他在湖南省长沙市工作。", "彼は湖南省長沙市で働いている。"),
    ("河南省洛陽市的牡丹很有名。", "河南省洛陽市の牡丹は有名だ。"),
]
test_the_same_provinces_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "湖北省恩施州的土家族摆手舞历史悠久。",
            "湖南省恩施州のトゥチャ族の擺手舞は長い歴史を持つ。",
            [("XL301", "湖北省", "湖南省")],
            id="province-swapped-lower-level-kept",
        ),
        pytest.param(
            "湖南省恩施州的舞蹈历史悠久。",
            "湖北省恩施州の踊りは長い歴史を持つ。",
            [("XL301", "湖南省", "湖北省")],
            id="the-other-way",
        ),
        pytest.param(
            "湖北省恩施州的舞蹈歷史悠久。",
            "湖南省恩施州の踊りは長い歴史を持つ。",
            [("XL301", "湖北省", "湖南省")],
            id="traditional",
        ),
        # nouns of a class stay vague references for the name they stand in for
        pytest.param(
            "湖南省长沙市的一家企业上市了。",
            "湖南省のある大都市の企業が上場した。",
            [("XL302", "长沙市", "ある大都市")],
            id="a-class-noun-stands-in",
        ),
    ],
)
def test_a_province_before_a_level(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

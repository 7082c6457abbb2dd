"""A body made vague by what locates or owns it (issue 13, point 2): 英紙 for 《泰晤士报》,
米規制当局 for 美国联邦贸易委员会, 国営通信社 for 新华社, 外国通信社 for 路透社.

The Japanese press names a body it leaves unnamed by a word that locates or owns it and a
noun of a body: a country's one-character abbreviation (英, 米, 仏, 独, 露, 韓, 豪, 欧) or a
word of ownership (国営, 公営, 民間, 外国, 政府系) before the noun compound (米 + 規制 +
当局, 国営 + 通信 + 社), as the descriptors 大手, 地元 already did; a newspaper or magazine
by the suffix 紙, 誌 (地元 + 紙); and a country's character and a body's suffix in one word
(英紙, 米紙). A country's character with a place's suffix is the country itself (米国,
英国), and a reference that is a name read in the translation (米国務省) stands in for
nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "路透社报道说，谈判破裂。",
            "英通信社は、交渉が決裂したと報じた。",
            "路透社",
            "英通信社",
            id="country-character-news-agency",
        ),
        pytest.param(
            "美国国务院发言人表示。",
            "米当局の報道官は述べた。",
            "美国国务院",
            "米当局",
            id="country-character-authority",
        ),
        pytest.param(
            "新华社报道说，会议将在北京举行。",
            "国営通信社は、会議が北京で開かれると報じた。",
            "新华社",
            "国営通信社",
            id="state-owned-agency",
        ),
        pytest.param(
            "据《泰晤士报》报道，首相将辞职。",
            "英紙によると、首相は辞任する。",
            "泰晤士报",
            "英紙",
            id="newspaper-in-one-word",
        ),
        pytest.param(
            "据路透社报道，双方已达成协议。",
            "外国通信社によると、双方は合意に達した。",
            "路透社",
            "外国通信社",
            id="foreign-agency",
        ),
    ],
)
def test_a_body_located_by_country_or_owner_is_anonymized(zh, ja, name, reference):
    assert (ANONYMIZED, name, reference) in [f[:3] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "美国国务院发言人表示。", "米国務省の報道官は述べた。", id="a-name-not-a-reference"
        ),
        pytest.param(
            "据美国报纸报道，他已辞职。", "米紙によると、彼は辞任した。", id="common-noun-rendered"
        ),
        pytest.param(
            "法新社报道说，谈判破裂。",
            "フランス通信社は、交渉が決裂したと報じた。",
            id="agency-named",
        ),
        pytest.param("美国总统访问了英国。", "米大統領は英国を訪れた。", id="country-kept"),
        # a country's character before a body's own Japanese name is that name
        pytest.param(
            "美国司法部宣布起诉。", "米司法省は起訴を発表した。", id="us-justice-department"
        ),
        pytest.param(
            "美国联邦储备委员会决定加息。",
            "米連邦準備制度理事会は利上げを決めた。",
            id="federal-reserve",
        ),
        pytest.param(
            "英国国防部发表声明。", "英国防省は声明を発表した。", id="uk-defence-ministry"
        ),
        pytest.param(
            "俄罗斯外交部发表声明。", "露外務省は声明を発表した。", id="russian-foreign-ministry"
        ),
        pytest.param(
            "法国外交部发表声明。", "仏外務省は声明を発表した。", id="french-foreign-ministry"
        ),
    ],
)
def test_located_names_said_stay_silent(zh, ja):
    assert ANONYMIZED not in [f[0] for f in entity_findings(zh, ja)]


# A place described by the farthest part of its province (黒竜江省最北部の都市, 九州最南端
# の町: the province's suffix UniDic writes apart, then the part) is a located description
# that stands in for the city; the same part said by the source (中国最北端的村庄 = 中国最北端
# の村) renders the source's own words and stands in for nothing.
@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("黑龙江省漠河市北极村是中国最北端的村庄。",
                     "黒竜江省最北部の都市にある北極村は、中国最北端の村だ。",
                     [("XL302", "漠河市", "黒竜江省最北部の都市")], id="the-northernmost-city"),
        pytest.param("广东省汕头市今年举办了国际马拉松。",
                     "広東省東部の都市で今年、国際マラソンが開かれた。",
                     [("XL302", "汕头市", "広東省東部の都市")], id="a-city-in-the-east"),
        pytest.param("黑龙江省漠河市北极村是中国最北端的村庄。",
                     "黒竜江省漠河市の北極村は、中国最北端の村だ。", [], id="faithful"),
    ],
)  # fmt: skip
def test_a_place_by_the_part_of_its_province(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected

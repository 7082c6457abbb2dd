"""A place described by the wide region it lies in (issue 13, a name made vague).

Both languages name regions wider than any country or city: a continent or a part of
one (欧州, ヨーロッパ, 東南アジア, アフリカ), a world region (中東, 南米), a country's
region by the compass (華南, 関西). A translation that describes the source's country or
city by a region that holds it and a noun of a type (中東の大都市, 南米の首脳,
東南アジアの一国, 華南地方の工場) left the name unsaid: anonymized, not a different name.
Which region holds which place is data ([ja.vague.region_holds]): a region that does not
hold the place (智利 -> 欧州の国, 东京 -> アフリカの企業) is another place, a mismatch.
A region said as a place of its own (アジアから召還された for 从华沙召回) may be another
place, and a region said for a region (欧洲 -> アジア) is one: those stay mismatches.
The regions are data ([LANG.vague] regions in rules/anonymization.toml); compare/regions.py
reads them.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED, MISMATCH = "XL302", "XL301"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "智利发生强烈地震。",
            "南米の国で強い地震が起きた。",
            "智利",
            "南米",
            id="country-continent",
        ),
        pytest.param(
            "他在德国的一家公司工作了十年。",
            "彼は欧州の企業で十年働いた。",
            "德国",
            "欧州",
            id="country-by-region-of-a-body",
        ),
        pytest.param(
            "廣州的工廠停工了。",
            "華南の工場が操業を停止した。",
            "廣州",
            "華南",
            id="traditional-city-compass-region",
        ),
        pytest.param(
            "深圳的工厂停工了。",
            "華南地方の工場が操業を停止した。",
            "深圳",
            "華南",
            id="region-and-place-class-noun",
        ),
        pytest.param(
            "马来西亚将举办峰会。",
            "東南アジアの一国がサミットを開く。",
            "马来西亚",
            "東南アジア",
            id="count-of-one-after-region",
        ),
        pytest.param(
            "肯尼亚选手夺冠。",
            "アフリカの選手が優勝した。",
            "肯尼亚",
            "アフリカ",
            id="region-locates-a-person",
        ),
        pytest.param(
            "大阪的企业纷纷涨价。",
            "関西の企業が相次いで値上げした。",
            "大阪",
            "関西",
            id="japanese-region",
        ),
        pytest.param(
            "她在瑞士的一所大学任教。",
            "彼女はヨーロッパの大学で教えている。",
            "瑞士",
            "ヨーロッパ",
            id="katakana-region",
        ),
        # the parts of a continent hold their countries and capitals too
        pytest.param(
            "这种鱼主要产自挪威和冰岛的近海。",
            "この魚は主にノルウェーともう一つの北欧の国の近海で獲れる。",
            "冰岛",
            "北欧",
            id="nordic-country",
        ),
        pytest.param(
            "布拉格的一家工厂倒闭了。",
            "東欧の都市の工場が倒産した。",
            "布拉格",
            "東欧",
            id="east-european-capital",
        ),
        pytest.param(
            "塔什干將舉辦博覽會。",
            "中央アジアの都市で博覧会が開かれる。",
            "塔什干",
            "中央アジア",
            id="central-asian-city-traditional",
        ),
        pytest.param(
            "尼日利亚选手夺冠。",
            "西アフリカの選手が優勝した。",
            "尼日利亚",
            "西アフリカ",
            id="west-african-country",
        ),
    ],
)
def test_a_place_described_by_its_region_is_anonymized(zh, ja, name, reference):
    found = [f[:3] for f in entity_findings(zh, ja)]
    assert (ANONYMIZED, name, reference) in found
    assert MISMATCH not in [f[0] for f in found]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "大使被从华沙召回。", "大使はアジアから召還された。", id="region-said-as-a-place"
        ),
        pytest.param(
            "他在欧洲工作了十年。", "彼はアジアの国で十年働いた。", id="region-for-a-region"
        ),
        pytest.param(
            "中东局势紧张。", "南米の情勢が緊迫している。", id="region-for-a-region-no-type"
        ),
        pytest.param(
            "他在德国工作了十年。", "彼はフランスの企業で十年働いた。", id="country-for-country"
        ),
        # a region that does not hold the place is another place (reread26 item 6)
        pytest.param(
            "智利发生强烈地震。", "欧州の国で強い地震が起きた。", id="region-not-holding-country"
        ),
        pytest.param(
            "东京的企业纷纷涨价。",
            "アフリカの企業が相次いで値上げした。",
            id="continent-not-holding-city",
        ),
        pytest.param("越南发生强烈地震。", "南米の国で強い地震が起きた。", id="other-continent"),
        pytest.param(
            "这种鱼主要产自挪威和希腊的近海。",
            "この魚は主にノルウェーともう一つの北欧の国の近海で獲れる。",
            id="a-part-of-a-continent-not-holding-the-country",
        ),
        pytest.param(
            "北京的工厂停工了。",
            "華南の都市の工場が操業を停止した。",
            id="compass-region-elsewhere",
        ),
        pytest.param(
            "他在德累斯顿工作了十年。",
            "彼はアジアの都市で十年働いた。",
            id="holding-not-listed-or-other",
        ),
        # a listed place that only opens the name is not the name (reread26 item 15)
        pytest.param(
            "印度尼西亚发生强烈地震。",
            "南アジアの国で強い地震が起きた。",
            id="a-prefix-is-another-place",
        ),
    ],
)
def test_a_region_said_as_a_place_stays_a_different_name(zh, ja):
    assert MISMATCH in [f[0] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "他在欧洲的德国工作。", "彼は欧州のドイツで働いた。", id="region-and-country-kept"
        ),
        pytest.param(
            "东南亚的经济增长很快。", "東南アジアの経済成長は速い。", id="region-faithful"
        ),
        pytest.param(
            "关西电力宣布涨价。", "関西電力が値上げを発表した。", id="company-named-by-region"
        ),
        pytest.param(
            "德国企业纷纷在亚洲设厂。",
            "ドイツ企業が相次いでアジアの国に工場を建てた。",
            id="region-rendered-country-kept",
        ),
    ],
)
def test_faithful_regions_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []

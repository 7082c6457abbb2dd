"""A country and a place in it (issue 13, fresh46).

jieba glues a country to the transliterated name after it (捷克科林, a word its HMM made
up; 法国巴黎, one it has seen thrice): read as the country and the place, two names, so
that the place is compared on its own (法国巴黎 against フランスのリヨン is 巴黎 → リヨン).
Not a name of its own that opens on a country (巴西利亚, 印度尼西亚), nor a company
(美国运通). Japanese often joins the two with a dot (チェコ・プルゼニ, 南アフリカ・ダーバン),
a name that matches the country: a last part that is another place than the source's is
a guessed mismatch; the same place, no finding.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of

MISMATCH = "XL301"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("丰田汽车在捷克科林的工厂生产小型车。", ["丰田", "捷克", "科林"]),
        ("他去了法国巴黎。", ["法国", "巴黎"]),
        ("他去了巴西利亚。", ["巴西利亚"]),
        ("他去了印度尼西亚。", ["印度尼西亚"]),
        ("他用美国运通卡付款。", ["美国"]),
        # a word of the dictionary before no place it knows: a currency, an old empire
        ("他用丹麦克朗付款。", ["丹麦克朗"]),
        ("古巴比伦的遗址很壮观。", ["古巴比伦"]),
    ],
)
def test_a_country_glued_to_a_place_is_read_apart(text, names):
    assert [f.text for f in facts_of(text, "zh") if f.kind == "entity"] == names


CASES = [
    ("他去了法国巴黎。", "彼はフランスのパリに行った。", []),
    ("他去了法国巴黎。", "彼はフランスのリヨンに行った。", [(MISMATCH, "巴黎", "リヨン")]),
    (
        "丰田汽车在捷克科林的工厂生产小型车。",
        "トヨタ自動車は、チェコ・コリンの工場で小型車を生産している。",
        [],
    ),
    (
        "丰田汽车在捷克科林的工厂生产小型车。",
        "トヨタ自動車は、チェコ・プルゼニの工場で小型車を生産している。",
        [(MISMATCH, "科林", "プルゼニ")],
    ),
    (
        "南非开普敦的国家公园发生山火。",
        "南アフリカ・ケープタウンの国立公園で山火事が発生した。",
        [],
    ),
    (
        "南非开普敦的国家公园发生山火。",
        "南アフリカ・ダーバンの国立公園で山火事が発生した。",
        [(MISMATCH, "开普敦", "ダーバン")],
    ),
    (
        "菲律宾马尼拉的国家博物馆展出了模型。",
        "フィリピン・セブの国立博物館で模型が展示された。",
        [(MISMATCH, "马尼拉", "セブ")],
    ),
    # a person's dotted name is no country and place
    ("梅莉·史翠普共获三次奥斯卡奖。", "メリル・ストリープはアカデミー賞を3回受賞した。", []),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_place_in_its_country(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

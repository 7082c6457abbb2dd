"""A country and its city said one after the other in Chinese and as one dotted name in
Japanese (乌兹别克斯坦塔什干 = ウズベキスタン・タシケント), issue 13 point 1: when the dotted
name is matched to the country, another city after the dot (ブハラ) is the city replaced,
a mismatch, read before any noun of the sentence (地下鉄駅) is taken for a description of it;
and a person is never the same name as a body that ends in a body's suffix, however
their parts sound (肖邦音乐大学 against マグダレナ・コヴァルスカ), so a professor replaced
beside her university is a mismatch too."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("乌兹别克斯坦塔什干的地铁站以华丽的装饰著称。",
     "ウズベキスタン・タシケントの地下鉄駅は華麗な装飾で知られている。"),
    ("卢旺达基加利的纪念馆每年接待大批外国访客。",
     "ルワンダ・キガリの記念館には毎年大勢の外国人が訪れる。"),
    ("华沙肖邦音乐大学的玛格达莱娜·诺瓦克教授担任了评委。",
     "ワルシャワ・ショパン音楽大学のマグダレナ・ノヴァク教授が審査員を務めた。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("乌兹别克斯坦塔什干的地铁站以华丽的装饰著称。",
                     "ウズベキスタン・ブハラの地下鉄駅は華麗な装飾で知られている。",
                     ("XL301", "塔什干", "ブハラ"), id="tashkent-for-bukhara"),
        pytest.param("卢旺达基加利的纪念馆每年接待大批外国访客。",
                     "ルワンダ・ブタレの記念館には毎年大勢の外国人が訪れる。",
                     ("XL301", "基加利", "ブタレ"), id="kigali-for-butare"),
        pytest.param("华沙肖邦音乐大学的玛格达莱娜·诺瓦克教授担任了评委。",
                     "ワルシャワ・ショパン音楽大学のマグダレナ・コヴァルスカ教授が審査員を務めた。",
                     ("XL301", "玛格达莱娜·诺瓦克", "マグダレナ・コヴァルスカ"),
                     id="a-professor-beside-her-university"),
    ],
)  # fmt: skip
def test_the_city_or_the_person_replaced(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]

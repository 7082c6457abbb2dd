"""The readers' country said before a body of its state on one side only (日本 +
厚生劳动省 = 厚生労働省, read as one name or as 日本 and the ministry) is that body's
country, set aside before the names left open are paired: left open, it paired with
another name the other side says and the source does not read (卫材 against エーザイ,
电装 against デンソー) and was called a different name, at error level
(compare/aside.set_aside_countries_of_bodies). Another country before the body on the
other side is still a mismatch; a city before a title (西安市 + 市长 against 西寧市の…
市長) is left to the pairing."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"

# an unread company on the source side, read in the translation
COUNTRY_OF_A_BODY = [
    pytest.param(
        "日本厚生劳动省批准了卫材的新药。",
        "厚生労働省はエーザイの新薬を承認した。",
        id="ministry-one-name",
    ),
    pytest.param(
        "日本经济产业省批准了卫材的计划。",
        "経済産業省はエーザイの計画を承認した。",
        id="country-and-ministry-apart",
    ),
    pytest.param(
        "日本經濟產業省批准了衛材的計劃。",
        "経済産業省はエーザイの計画を承認した。",
        id="traditional",
    ),
    pytest.param(
        "日本经济产业省向电装提供了补贴。",
        "経済産業省はデンソーに補助金を出した。",
        id="another-company",
    ),
    pytest.param(
        "日本厚生劳动省批准了卫材与渤健共同研发的药物。",
        "厚生労働省は、エーザイとバイオジェンが共同開発した薬を承認した。",
        id="two-companies",
    ),
]

ANOTHER_COUNTRY = [
    pytest.param(
        "日本厚生劳动省批准了卫材的新药。",
        "韓国の保健福祉部はエーザイの新薬を承認した。",
        "日本厚生劳动省",
        "韓国",
        id="korean-ministry-with-no",
    ),
    pytest.param(
        "日本经济产业省批准了卫材的计划。",
        "韓国の産業通商資源部はエーザイの計画を承認した。",
        "日本",
        "韓国",
        id="korean-ministry-apart",
    ),
    pytest.param(
        "日本厚生劳动省批准了渤健的新药。",
        "米国の保健福祉省はバイオジェンの新薬を承認した。",
        "日本厚生劳动省",
        "米国",
        id="us-department",
    ),
]

CITY_BEFORE_TITLE = [
    pytest.param(
        "西安市市长在常务会议上部署了供暖工作。",
        "西寧市の市長は常務会議で暖房供給について指示を出した。",
        "西安市",
        "西寧市",
        id="another-city-before-mayor",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), COUNTRY_OF_A_BODY)
def test_the_country_of_a_body_pairs_with_no_other_name(zh: str, ja: str):
    assert [f for f in entity_findings(zh, ja) if f[0] == MISMATCH] == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), ANOTHER_COUNTRY + CITY_BEFORE_TITLE)
def test_another_country_or_city_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert (MISMATCH, source, target) in entity_findings(zh, ja)

"""A nested source name whose outer level the translation keeps and whose inner name it
makes vague (issue 13, a name made vague).

瑞士诺华公司 is read as one name, a country and a company; スイスの大手製薬会社 says the
country and describes the company. The name was taken as found by its outer level (スイス),
so nothing was reported. A vague reference of the name's type said right after that outer
level (スイス + の + 大手製薬会社, アリババ + 傘下の + 某フィンテック企業, 米国 + 東部の
+ ある都市) stands in for the inner name: anonymized. The outer level said with the inner
name kept (スイスのノバルティス), or a vague phrase said elsewhere, is no stand-in.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        pytest.param(
            "上海药物研究所与瑞士诺华公司签署了协议。",
            "上海薬物研究所は、スイスの大手製薬会社と契約を結んだ。",
            "瑞士诺华公司",
            id="country-company",
        ),
        pytest.param(
            "德国西门子公司宣布裁员。",
            "ドイツのある大手企業が人員削減を発表した。",
            "德国西门子公司",
            id="country-company-determiner",
        ),
        pytest.param(
            "中国銀行與阿里巴巴旗下螞蟻集團合作推出新服務。",
            "中国銀行は、アリババ傘下の某フィンテック企業と組んで新サービスを始めた。",
            "阿里巴巴旗下螞蟻集團",
            id="parent-company",
        ),
        pytest.param(
            "他出生在美国波士顿。",
            "彼は米国東部のある都市で生まれた。",
            "波士顿",  # (a place by the glossary's ボストン: a level of its own)
            id="country-city",
        ),
        pytest.param(
            "法国育碧公司发布了新游戏。",
            "フランスの某ゲーム会社が新作を発表した。",
            "法国育碧公司",
            id="country-company-mou",
        ),
    ],
)
def test_the_inner_name_made_vague_after_its_outer_level(zh, ja, name):
    assert (ANONYMIZED, name) in [f[:2] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "上海药物研究所与瑞士诺华公司签署了协议。",
            "上海薬物研究所は、スイスのノバルティスと契約を結んだ。",
            id="inner-name-kept",
        ),
        pytest.param(
            "他出生在美国波士顿。",
            "彼は米国ボストンで生まれた。",
            id="city-kept",
        ),
        pytest.param(
            "德国西门子公司宣布裁员。",
            "独シーメンスが人員削減を発表した。ある大手企業も続いた。",
            id="phrase-elsewhere",
        ),
    ],
)
def test_no_stand_in_where_the_inner_name_is_said(zh, ja):
    assert ANONYMIZED not in [f[0] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "上海药物研究所与瑞士诺华公司签署了协议。",
            "上海薬物研究所は、スイスの製薬大手ノバルティスと契約を結んだ。",
            id="description-before-the-name",
        ),
        pytest.param(
            "法国育碧公司发布了新游戏。",
            "フランスの大手ゲーム会社カプコンが新作を発表した。",
            id="description-before-another-name",
        ),
    ],
)
def test_a_description_in_apposition_to_a_name_stands_in_for_nothing(zh, ja):
    assert ANONYMIZED not in [f[0] for f in entity_findings(zh, ja)]


@pytest.mark.xfail(
    strict=True,
    reason="a source name found by its outer level (法国 of 法国育碧公司) is no open name, "
    "so nothing pairs it with the other company (reread27 item 4)",
)
def test_another_company_after_the_description_is_a_mismatch():
    # the row above asserts only that no XL302 is given; the swap itself should be one
    findings = entity_findings(
        "法国育碧公司发布了新游戏。", "フランスの大手ゲーム会社カプコンが新作を発表した。"
    )
    assert "XL301" in [f[0] for f in findings]

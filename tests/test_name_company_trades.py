"""A company of the rules with its trade written after it in one word of jieba's dictionary
(松下电器, 三星電子: company_trades in rules/zh/names.toml) is the company, though jieba tags
松下电器 a common noun; the translation naming the company alone (パナソニック, 松下) names
it. fresh54: 松下电器 turned into ある日本企業 was silent; fresh47, read again: with 松下电器
read, 海尔集团 against ハイセンス beside it became a name missing until the company matched
パナソニック."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED = "XL301", "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("松下电器在越南河内附近新建了一座工厂。",
                     "パナソニックはベトナムのハノイ近郊に新しい工場を建設した。", [],
                     id="its-new-name"),
        pytest.param("松下电器在越南河内附近新建了一座工厂。",
                     "松下電器はベトナムのハノイ近郊に新しい工場を建設した。", [],
                     id="kanji-form"),
        pytest.param("松下电器在越南河内附近新建了一座工厂。",
                     "ある日本企業がベトナムのハノイ近郊に新しい工場を建設した。",
                     [(ANONYMIZED, "松下电器", "ある日本企業")], id="made-vague"),
        pytest.param("松下電器在越南新建了一座工廠。", "あるメーカーはベトナムに新工場を建てた。",
                     [(ANONYMIZED, "松下電器", "あるメーカー")], id="traditional-made-vague"),
        pytest.param("松下电器与海尔集团在青岛签署了战略合作协议。",
                     "パナソニックとハイセンスは青島で戦略的協力協定に調印した。",
                     [(MISMATCH, "海尔集团", "ハイセンス")], id="the-other-company-swapped"),
        pytest.param("松下电器在越南新建了一座工厂。", "松下はベトナムに新工場を建てた。", [],
                     id="the-company-alone-in-kanji"),
        # a trade's word alone, or after no company of the rules, names nothing
        pytest.param("家用电器的价格上涨了。", "家電の価格が上がった。", [], id="appliances"),
    ],
)
def test_a_company_and_its_trade(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

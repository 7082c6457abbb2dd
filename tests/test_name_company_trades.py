"""A company of the rules with its trade written after it as one word (松下电器, 丰田汽车,
三星電子: company_trades in rules/zh/names.toml) is the company, though jieba tags 松下电器
a common noun. fresh54: 松下电器 turned into ある日本企業 was silent."""

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
        # a trade's word alone, or after no company of the rules, names nothing
        pytest.param("家用电器的价格上涨了。", "家電の価格が上がった。", [], id="appliances"),
    ],
)
def test_a_company_and_its_trade(zh, ja, expected):
    assert entity_findings(zh, ja) == expected

"""A currency written after its country's name in Japanese (米国ドル, 香港ドル, カナダドル,
日本円), with a figure or without (米国ドルの為替レート = 美元汇率): the place is the
currency's name, no place of the text, so it is no name "added" against 美元 (md48,
Cordova's globalization pages). With a figure the currency is read: 100米国ドル is 100 USD.
The country said on its own stays a place."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, fact_findings

SAME = [
    ("货币代码为美元。", "通貨コードは米国ドルです。"),
    ("他用港币付款。", "彼は香港ドルで支払った。"),
    ("美元汇率上涨了。", "米国ドルの為替レートが上がった。"),
    ("加元兑美元下跌。", "カナダドルは米ドルに対して下落した。"),
]


@pytest.mark.parametrize(("zh", "ja"), SAME)
def test_a_currency_named_by_its_country_is_no_place(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("价格是100美元。", "価格は100米国ドルだ。", ""),
        ("价格是100美元。", "価格は100アメリカドルだ。", ""),
        ("价格是100美元。", "価格は100香港ドルだ。", "XL401:error"),
    ],
)
def test_the_currency_with_a_figure(zh, ja, expected):
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        # 元 after a country is "former" (米国元大統領): the place stays
        ("美国前总统访问了日本。", "英国元首相が来日した。", [("XL301", "美国", "英国")]),
        # a currency's word is whole: ランド of ランドマーク is none
        ("美国地标建筑很多。", "英国ランドマークの建物は多い。", [("XL301", "美国", "英国")]),
    ],
)
def test_no_currency_there(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected


def test_the_country_alone_stays_a_place():
    assert [f[:3] for f in entity_findings("他在美国工作。", "彼は英国で働いている。")] == [
        ("XL301", "美国", "英国")
    ]

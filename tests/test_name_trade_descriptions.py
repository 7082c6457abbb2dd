"""A company turned into a description by its trade (fresh32): a trade and 大手 or メーカー
(IT大手, 重工メーカー, EVメーカー, 海運大手), with or without its country before it (中国の
IT大手, 日本の重工メーカー): an anonymisation, not the country put in the company's place (an
error before). A trade said by its Latin abbreviation (IT, EV) is part of the
description. Taiwan's airlines and shipping lines are read whole (長榮海運, 長榮航空, not
長 + 榮海運) and rendered by their Japanese names (エバー航空, チャイナエアライン)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

# (zh, ja, the source name anonymized)
ANONYMIZED = [
    (
        "阿里巴巴昨日宣布收购一家杭州的物流企业。",
        "中国のIT大手が昨日、杭州の物流企業を買収すると発表した。",
        "阿里巴巴",
    ),
    (
        "阿里巴巴昨日宣布收购一家杭州的物流企业。",
        "IT大手が昨日、杭州の物流企業を買収すると発表した。",
        "阿里巴巴",
    ),
    (
        "三菱重工向该国交付了两台燃气轮机。",
        "日本の重工メーカーが同国にガスタービン2基を納入した。",
        "三菱",
    ),
    ("比亚迪在匈牙利建厂。", "中国のEVメーカーがハンガリーに工場を建設する。", "比亚迪"),
    (
        "高雄市政府宣布將與長榮海運合作。",
        "高雄市政府は、地元の海運大手と協力すると発表した。",
        "長榮海運",
    ),
]

FAITHFUL = [
    ("比亚迪在匈牙利建厂。", "BYDがハンガリーに工場を建設する。"),
    ("長榮航空新開了台北飛往札幌的航線。", "エバー航空は台北―札幌線を新たに開設した。"),
    (
        "高雄市政府宣布將與長榮海運合作。",
        "高雄市政府は、エバーグリーン・マリンと協力すると発表した。",
    ),
    (
        "中華航空今年起開闢高雄直飛沖繩的新航線。",
        "チャイナエアラインは今年から高雄―沖縄便を就航させた。",
    ),
    ("这家家电厂商总部位于大阪。", "この家電メーカーは大阪に本社を置く。"),
]


@pytest.mark.parametrize(("zh", "ja", "name"), ANONYMIZED)
def test_company_said_by_its_trade(zh: str, ja: str, name: str) -> None:
    assert entity_findings(zh, ja) == [("XL302", name, entity_findings(zh, ja)[0][2])]


@pytest.mark.parametrize(("zh", "ja"), FAITHFUL)
def test_company_named_stays_silent(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []


def test_another_airline_is_a_mismatch() -> None:
    found = entity_findings(
        "長榮航空新開了台北飛往札幌的航線。", "チャイナエアラインは台北―札幌線を新たに開設した。"
    )
    assert [(rule, source) for rule, source, _ in found] == [("XL301", "長榮航空")]

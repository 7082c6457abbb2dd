"""Constructions of faithful pairs read alike on both sides (issue 12, session 19): 両 after a
numeral, the counter of cars (8両編成 = 8节车厢), not "both".
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# 両 right after a numeral (Arabic, full-width, kanji, 数, 何) counts cars and carriages; before
# a noun elsewhere it is "both" (両選手 = 两位选手, 両国 = 两国), a count of two
CAR_COUNTER = [
    ("列车有8节车厢。", "列車は8両編成だ。", OK),
    ("列车有８节车厢。", "列車は８両編成だ。", OK),
    ("这趟列车共十二节车厢。", "この列車は十二両編成だ。", OK),
    ("本次列车由8节车厢重联为16节。", "本列車は8両編成を2本連結して16両とした。", "XL104:info"),
    ("这趟车有几节车厢？", "この電車は何両編成ですか。", OK),
    ("地铁改为6节编组。", "地下鉄は6両編成に変更された。", OK),
    ("两位选手握手。", "両選手は握手した。", OK),
    ("两国选手入场。", "両国の選手が入場した。", OK),
    ("列车有8节车厢。", "列車は6両編成だ。", "XL101:error"),
    ("地铁改为6节编组。", "地下鉄は8両編成に変更された。", "XL101:error"),
]
# fmt: on

TABLES = {
    "car-counter": CAR_COUNTER,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "expected"), [row for row in table_rows(TABLES) if row.values[2] == OK]
)
def test_faithful_both_ways(zh: str, ja: str, expected: str) -> None:
    assert reverse_fact_findings(zh, ja) == expected

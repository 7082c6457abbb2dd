"""Constructions of faithful pairs read alike on both sides (issue 12, session 18): a
sport's time before a word of rank that opens on a counter's character (22秒85排名第三).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
# a time in a sport's notation (22秒85: hundredths after the seconds) right before a word of
# rank that opens on a counter's character (排名, 名列, 位列, 位居, 排在): the digits are the
# time's, not a count of rows or people; a count after the seconds stays a count
TIMING_BEFORE_RANK = [
    ("他以22秒85排名第三，晉級決賽。", "彼は22秒85の3位で決勝に進んだ。", OK),
    ("她以12秒45名列第一。", "彼女は12秒45で1位となった。", OK),
    ("他以9秒98位列第二。", "彼は9秒98で2位に入った。", OK),
    ("她以１２秒４５位居第二。", "彼女は12秒45で2位だった。", OK),
    ("他以1分44秒70排在第四。", "彼は1分44秒70で4位だった。", OK),
    ("他以22秒85排名第三。", "彼は22秒58の3位だった。", "XL101:error"),
    ("她以12秒45名列第一。", "彼女は12秒45で2位となった。", "XL101:error"),
    # (a count after the seconds: 12 players, not hundredths)
    ("最后10秒12名球员同时冲刺。", "最後の10秒で12人の選手が一斉にスパートした。", OK),
    ("每30秒2名顾客进店。", "30秒ごとに2人の客が来店する。", OK),
]
# fmt: on

TABLES = {
    "timing-before-rank": TIMING_BEFORE_RANK,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(
    ("zh", "ja", "expected"), [row for row in table_rows(TABLES) if row.values[2] == OK]
)
def test_faithful_both_ways(zh: str, ja: str, expected: str) -> None:
    assert reverse_fact_findings(zh, ja) == expected

"""A bound said after the figure with 或 (或更长, 或者更密, 或更少) or before it with a
comparative of span (长于, 短于), in simplified and traditional characters (issue 12).

`250 ms 或更长` is 250ms以上, `1/8 或者更密的节奏` 1/8以上のリズム, `长于 125 毫秒` at
least 125 ms (少なくとも125ms): no finding, where the figure alone (exact) against the
Japanese bound was "approximated". 或更短 is no bound here: said of a beat's division
(1/6 或更短的节拍细分) it is 1/6ビート以上 in Japanese. A changed figure is still a
change.
"""

from __future__ import annotations

import pytest

from tests.conftest import number_relations


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("间隔应为 250 ms 或更长。", "間隔は250ms以上にする。"),
        ("间隔应为250毫秒或更久。", "間隔は250ms以上にする。"),
        ("1/8 或者更密的节奏应极少使用。", "1/8以上のリズムは慎重に使う。"),
        ("需要三个或者更多的按键。", "3つ以上のキーが必要だ。"),
        ("每次最多 5 人或更少。", "1回あたり5人以下。"),
        ("间隔应为 250 ms 或者更少。", "間隔は250ms以下にする。"),
        ("间隔应为 250 ms 或者更小。", "間隔は250ms以下にする。"),
        ("相隔时间必须长于 125 毫秒。", "少なくとも125msの間隔が必要だ。"),
        ("長於兩秒的停頓不被允許。", "2秒を超える停止は認められない。"),
        ("停顿必须短于两秒。", "停止は2秒未満でなければならない。"),
    ],
)
def test_bound_read_on_both_sides(zh, ja):
    assert number_relations(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("间隔应为 250 ms 或更长。", "間隔は300ms以上にする。"),
        ("相隔时间必须长于 125 毫秒。", "少なくとも150msの間隔が必要だ。"),
    ],
)
def test_changed_bound_is_a_mismatch(zh, ja):
    assert ("XL101", "mismatch") in number_relations(zh, ja)
